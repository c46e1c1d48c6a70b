// Coordinator and consumer group metrics through /metrics: coordinator partitions by load state, groups by state,
// members, and each group's lag behind the high watermark, with the groups made by real clients.
import { Kafka, logLevel } from 'kafkajs';
import { ErrorCode, OffsetCommitApi } from '@samsa/protocol';
import { startCluster, TEST_CLUSTER_DEFAULTS, type StartedCluster } from '../../src/index';
import { findCoordinator } from '../helpers/groups';
import { scrape, type Samples } from '../helpers/metrics';
import { batchOf, produceOne } from '../helpers/records';
import { WireClient } from '../helpers/wire-client';

/** The offsets topic's partitions under startCluster's defaults. */
const OFFSETS_PARTITIONS = TEST_CLUSTER_DEFAULTS['offsets.topic.num.partitions'];

async function scrapeUntil(
  c: StartedCluster,
  check: (m: Samples) => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<Samples> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const m = await scrape(c.adminUrl as string);
    if (check(m)) return m;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('coordinator metrics', () => {
  let c: StartedCluster;
  let client: WireClient;
  beforeAll(async () => {
    c = await startCluster({ admin: true, config: { 'group.initial.rebalance.delay.ms': 0 } });
    client = await WireClient.connect(c.brokers[0]!.port);
    c.broker.cluster.createTopic({
      name: 'lagging',
      numPartitions: 2,
      replicationFactor: 1,
      assignments: [],
      configs: [],
    });
    expect((await produceOne(client, 9, 'lagging', 0, batchOf(['a', 'b', 'c', 'd', 'e']))).errorCode).toBe(
      ErrorCode.NONE,
    );
    expect((await produceOne(client, 9, 'lagging', 1, batchOf(['f', 'g', 'h']))).errorCode).toBe(ErrorCode.NONE);
  });
  afterAll(async () => {
    client.destroy();
    await c.stop();
  });

  it('lists no coordinator partitions and no groups before __consumer_offsets exists', async () => {
    const m = await scrape(c.adminUrl as string);
    expect(m.value('samsa_coordinator_partitions', { coordinator: 'group', state: 'active' })).toBe(0);
    expect(m.value('samsa_consumer_groups', { state: 'Empty' })).toBe(0);
    expect(m.series('samsa_consumer_group_lag')).toEqual([]);
  });

  it("shows a group's committed-offset lag per partition", async () => {
    await findCoordinator(client, 'watcher');
    const m0 = await scrapeUntil(
      c,
      (m) => m.value('samsa_coordinator_partitions', { coordinator: 'group', state: 'active' }) === OFFSETS_PARTITIONS,
      'the offsets partitions to load',
    );
    expect(m0.value('samsa_coordinator_partitions', { coordinator: 'group', state: 'loading' })).toBe(0);
    const committed = await client.request(OffsetCommitApi, 8, {
      groupId: 'watcher',
      generationIdOrMemberEpoch: -1,
      memberId: '',
      groupInstanceId: null,
      topics: [
        {
          name: 'lagging',
          partitions: [
            { partitionIndex: 0, committedOffset: 2, committedLeaderEpoch: -1, committedMetadata: null },
            { partitionIndex: 1, committedOffset: 3, committedLeaderEpoch: -1, committedMetadata: null },
          ],
        },
      ],
    });
    expect(committed.topics[0]!.partitions.map((p) => p.errorCode)).toEqual([0, 0]);
    const m = await scrape(c.adminUrl as string);
    expect(m.value('samsa_consumer_group_lag', { group: 'watcher', topic: 'lagging', partition: '0' })).toBe(3);
    expect(m.value('samsa_consumer_group_lag', { group: 'watcher', topic: 'lagging', partition: '1' })).toBe(0);
    expect(m.value('samsa_consumer_groups', { state: 'Empty' })).toBe(1);
    expect(m.value('samsa_consumer_group_members', { group: 'watcher' })).toBe(0);
    // The lag follows the high watermark.
    expect((await produceOne(client, 9, 'lagging', 1, batchOf(['i', 'j']))).errorCode).toBe(ErrorCode.NONE);
    expect(
      (await scrape(c.adminUrl as string)).value('samsa_consumer_group_lag', {
        group: 'watcher',
        topic: 'lagging',
        partition: '1',
      }),
    ).toBe(2);
  });

  it("counts a consumer's group as Stable with one member while it runs, Empty once it left", async () => {
    const kafka = new Kafka({ brokers: [c.bootstrapServers], logLevel: logLevel.NOTHING });
    // Short fetch waits: leaving the group waits for the fetch in flight.
    const consumer = kafka.consumer({ groupId: 'live', heartbeatInterval: 100, maxWaitTimeInMs: 100 });
    await consumer.connect();
    await consumer.subscribe({ topic: 'lagging', fromBeginning: true });
    let seen = 0;
    await consumer.run({ eachMessage: async () => void seen++ });
    const stable = await scrapeUntil(
      c,
      (m) => m.value('samsa_consumer_groups', { state: 'Stable' }) === 1,
      'the group to be Stable',
    );
    expect(stable.value('samsa_consumer_group_members', { group: 'live' })).toBe(1);
    expect(stable.value('samsa_consumer_groups', { state: 'Empty' })).toBe(1);
    // Once the consumer has read and committed all 10 records, its lag is 0 on both partitions.
    const caughtUp = await scrapeUntil(
      c,
      (m) =>
        m.value('samsa_consumer_group_lag', { group: 'live', topic: 'lagging', partition: '0' }) === 0 &&
        m.value('samsa_consumer_group_lag', { group: 'live', topic: 'lagging', partition: '1' }) === 0,
      'the consumer to commit',
    );
    expect(caughtUp.value('samsa_consumer_group_lag', { group: 'watcher', topic: 'lagging', partition: '0' })).toBe(3);
    expect(seen).toBe(10);
    await consumer.disconnect();
    const left = await scrapeUntil(
      c,
      (m) => m.value('samsa_consumer_groups', { state: 'Empty' }) === 2,
      'the group to be Empty',
    );
    expect(left.value('samsa_consumer_groups', { state: 'Stable' })).toBe(0);
    expect(left.value('samsa_consumer_group_members', { group: 'live' })).toBe(0);
  }, 30_000);
});
