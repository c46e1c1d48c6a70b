// node-rdkafka 3.6.1 (librdkafka 2.12) with group.protocol=consumer (KIP-848) against samsa: the suite in
// ../helpers/groups-848-suite.ts, members in child processes through js/driver.js.
import { describeWithClient } from '../helpers/clients';
import { describeGroups848DurabilitySuite, describeGroups848Suite } from '../helpers/groups-848-suite';
import { nodeRdkafka } from '../helpers/node-clients';

// Reconciliations take a few heartbeats and every member is a process: each test gets three minutes.
jest.setTimeout(180_000);

describeWithClient('node-rdkafka', 'node-rdkafka (librdkafka 2.12) with the KIP-848 consumer protocol', () => {
  describeGroups848Suite(nodeRdkafka, 'rdk');
  describeGroups848DurabilitySuite(nodeRdkafka, 'rdk');
});
