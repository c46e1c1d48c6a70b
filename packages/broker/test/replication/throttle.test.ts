/**
 * Replication throttles (KIP-73) over the wire: with `follower.replication.throttled.replicas` /
 * `leader.replication.throttled.replicas` naming a replica and the broker's `*.replication.throttled.rate` set by
 * IncrementalAlterConfigs, a reassignment onto that replica copies at the quota's pace, so it is seen in progress with
 * part of the log copied, and then completes with every record.
 */
import {
  AlterPartitionReassignmentsApi,
  IncrementalAlterConfigsApi,
  ListPartitionReassignmentsApi,
} from '@samsa/protocol';
import { batchOf, produceOne } from '../helpers/records';
import { startTestBroker, waitFor, type TestBroker } from '../helpers/test-broker';
import { WireClient } from '../helpers/wire-client';

const TOPIC = 2;
const BROKER = 4;

describe('replication throttles', () => {
  let tb: TestBroker;
  let client: WireClient;

  beforeEach(async () => {
    tb = await startTestBroker({
      'samsa.broker.count': 3,
      'replica.fetch.max.bytes': 4096,
      'replica.fetch.backoff.ms': 50,
      'replication.quota.window.num': 2,
    });
    client = await WireClient.connect(tb.broker.port);
  });
  afterEach(async () => {
    client.destroy();
    await tb.dispose();
  });

  async function setConfigs(resourceType: number, resourceName: string, configs: Record<string, string>) {
    // A BROKER resource is altered on that broker, as Kafka requires.
    const node = tb.broker.nodes.find((b) => String(b.nodeId) === resourceName);
    const target = resourceType === BROKER && node ? await WireClient.connect(node.port) : client;
    const res = await target.request(IncrementalAlterConfigsApi, 1, {
      validateOnly: false,
      resources: [
        {
          resourceType,
          resourceName,
          configs: Object.entries(configs).map(([name, value]) => ({ name, configOperation: 0, value })),
        },
      ],
    });
    if (target !== client) target.destroy();
    expect(res.responses.map((r) => [r.errorCode, r.errorMessage])).toEqual([[0, null]]);
  }

  it.each([
    ['follower', 'follower.replication.throttled.replicas', '0:3', '3'],
    ['leader', 'leader.replication.throttled.replicas', '0:1', '1'],
    ['follower (*)', 'follower.replication.throttled.replicas', '*', '3'],
  ])(
    'a %s throttle slows a reassignment, which still completes',
    async (side, replicasKey, list, broker) => {
      const name = `throttled-${side.replace(/\W/g, '')}`;
      tb.broker.cluster.createTopic({
        name,
        numPartitions: -1,
        replicationFactor: -1,
        assignments: [{ partitionIndex: 0, brokerIds: [1, 2] }],
        configs: [],
      });
      // 60 batches of about 2 KB: some 120 KB to copy at 20 KB/s.
      const value = 'v'.repeat(2000);
      for (let i = 0; i < 60; i++) {
        const r = await produceOne(client, 9, name, 0, batchOf([`${i}-${value}`]), -1);
        expect(r.errorCode).toBe(0);
      }
      const rateKey = replicasKey.startsWith('leader')
        ? 'leader.replication.throttled.rate'
        : 'follower.replication.throttled.rate';
      await setConfigs(TOPIC, name, { [replicasKey]: list });
      await setConfigs(BROKER, broker, { [rateKey]: '20000' });

      const altered = await client.request(AlterPartitionReassignmentsApi, 0, {
        timeoutMs: 1000,
        topics: [{ name, partitions: [{ partitionIndex: 0, replicas: [1, 3] }] }],
      });
      expect(altered.responses[0]!.partitions[0]!.errorCode).toBe(0);

      await new Promise((r) => setTimeout(r, 1000));
      const during = await client.request(ListPartitionReassignmentsApi, 0, { timeoutMs: 1000, topics: null });
      expect(during.topics).toEqual([
        { name, partitions: [{ partitionIndex: 0, replicas: [1, 3, 2], addingReplicas: [3], removingReplicas: [2] }] },
      ]);
      const copied = tb.broker.replication.describe(name, 0).logEndOffsets[3]!;
      expect(copied).toBeGreaterThan(0);
      expect(copied).toBeLessThan(60);

      await waitFor(() => tb.broker.replication.describe(name, 0).replicas.length === 2, 30_000);
      expect(tb.broker.replication.describe(name, 0)).toMatchObject({
        leader: 1,
        replicas: [1, 3],
        isr: [1, 3],
        logEndOffsets: { 1: 60, 3: 60 },
      });
      const after = await client.request(ListPartitionReassignmentsApi, 0, { timeoutMs: 1000, topics: null });
      expect(after.topics).toEqual([]);
    },
    40_000,
  );
});
