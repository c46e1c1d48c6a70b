// node-rdkafka 3.6.1 (librdkafka 2.12.0) pushing client telemetry (KIP-714) to samsa: ../helpers/telemetry-suite.ts.
import { describeWithClient } from '../helpers/clients';
import { nodeRdkafka } from '../helpers/node-clients';
import { describeTelemetrySuite } from '../helpers/telemetry-suite';

jest.setTimeout(120_000);

describeWithClient('node-rdkafka', 'node-rdkafka (librdkafka 2.12) client telemetry against samsa', () => {
  describeTelemetrySuite(nodeRdkafka, 'rdk');
});
