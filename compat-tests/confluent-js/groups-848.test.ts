// @confluentinc/kafka-javascript 1.10.1 (librdkafka 2.15), its classic API, with group.protocol=consumer (KIP-848)
// against samsa: the suite in ../helpers/groups-848-suite.ts, members in child processes.
import { describeWithClient } from '../helpers/clients';
import { describeGroups848DurabilitySuite, describeGroups848Suite } from '../helpers/groups-848-suite';
import { ckjsClassic } from '../helpers/node-clients';

// Reconciliations take a few heartbeats and every member is a process: each test gets three minutes.
jest.setTimeout(180_000);

describeWithClient(
  'confluent-kafka-javascript',
  '@confluentinc/kafka-javascript (librdkafka 2.15) with the KIP-848 consumer protocol',
  () => {
    describeGroups848Suite(ckjsClassic, 'ckjs');
    describeGroups848DurabilitySuite(ckjsClassic, 'ckjs');
  },
);
