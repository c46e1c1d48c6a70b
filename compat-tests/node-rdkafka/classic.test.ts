// node-rdkafka 3.6.1 (librdkafka 2.12.0, built from its bundled source) against samsa, through
// js/driver.js in child processes: the classic-API suite in ../helpers/classic-suite.ts.
import { describeWithClient } from '../helpers/clients';
import { describeClassicSuite } from '../helpers/classic-suite';
import { nodeRdkafka } from '../helpers/node-clients';

// Real clients start processes and wait on the network; each test gets two minutes.
jest.setTimeout(120_000);

describeWithClient('node-rdkafka', 'node-rdkafka (librdkafka 2.12) against samsa', () => {
  describeClassicSuite(nodeRdkafka, { binaryHeaderValues: false }, 'rdk');
});
