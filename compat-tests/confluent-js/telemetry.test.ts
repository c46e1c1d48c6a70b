// @confluentinc/kafka-javascript 1.10.1 (librdkafka 2.15.1) pushing client telemetry (KIP-714) to samsa, through its
// classic API: ../helpers/telemetry-suite.ts.
import { describeWithClient } from '../helpers/clients';
import { ckjsClassic } from '../helpers/node-clients';
import { describeTelemetrySuite } from '../helpers/telemetry-suite';

jest.setTimeout(120_000);

describeWithClient(
  'confluent-kafka-javascript',
  '@confluentinc/kafka-javascript classic API (librdkafka 2.15) client telemetry against samsa',
  () => {
    describeTelemetrySuite(ckjsClassic, 'ckjs');
  },
);
