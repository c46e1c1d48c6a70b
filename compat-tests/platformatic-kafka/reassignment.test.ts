// @platformatic/kafka 1.35.0 moving a partition between the brokers of a three-broker samsa cluster (KIP-455)
// through its AlterPartitionReassignments v0 and ListPartitionReassignments v0 APIs (its Admin class has no method
// for them; the package exports the protocol APIs, which run over its own Connection): an idempotent acks=all
// producer keeps sending while a throttled reassignment adds a replica, removes the leader's and moves the leader;
// the reassignment is listed while the throttle holds the adding replica back and completes once it is lifted; the
// client's metadata then shows the new replicas, ISR and leader, and every acknowledged record is read back once, in
// order. Null replicas cancel a reassignment; the errors the broker answers per partition reach the client as Kafka's
// codes. Topics and throttles are set up with kafkajs's admin, as in the other @platformatic/kafka suites.
import { ConfigResourceTypes, type Admin } from 'kafkajs';
import { connectAdmin } from '../helpers/kafkajs-admin';
import { QUICK_THROTTLE_CONFIG, startTestCluster, type TestCluster } from '../helpers/cluster';
import { platformatic, type ProducerStream } from '../helpers/platformatic';
import { waitFor } from '../helpers/wait';

jest.setTimeout(120_000);

describe('@platformatic/kafka reassigning partitions on a three-broker cluster', () => {
  let c: TestCluster;
  let bootstrap: string;
  let admin: Admin;
  let producer: ProducerStream | undefined;
  beforeEach(async () => {
    c = await startTestCluster({
      brokers: 3,
      config: { 'offsets.topic.num.partitions': 3, ...QUICK_THROTTLE_CONFIG },
    });
    bootstrap = c.bootstrapServers.split(',')[0]!;
    admin = await connectAdmin('platformatic-reassignment-setup', c.bootstrapServers.split(','));
  });
  afterEach(async () => {
    // Stopped in any case, so a failure is reported rather than the producer's retries outliving the cluster.
    await producer?.stop().catch(() => undefined);
    producer = undefined;
    await admin.disconnect();
    await c.stop();
  });

  async function createTopic(topic: string, replicas: number[]): Promise<void> {
    await admin.createTopics({ topics: [{ topic, replicaAssignment: [{ partition: 0, replicas }] }] });
  }

  const ok = (topic: string) => ({ topic, partition: 0, errorCode: 0, error: null, errorMessage: null });

  it('replication: acks=all produce goes on through a throttled reassignment that adds and removes replicas and moves the leader; nothing lost or duplicated', async () => {
    const topic = 'plat-live';
    await createTopic(topic, [1, 2]);
    // 300 kB already in the log: at 20 kB/s the adding replica needs some 15 s to copy it, so the reassignment is
    // still in progress when it is listed.
    const padding = 'x'.repeat(2000);
    const preloaded = Array.from({ length: 150 }, (_, i) => `p${i}${padding}`);
    await platformatic.produce(
      bootstrap,
      topic,
      preloaded.map((value) => ({ key: null, value: Buffer.from(value), headers: [], timestamp: null })),
      { acks: -1 },
    );
    await admin.alterConfigs({
      validateOnly: false,
      resources: [
        {
          type: ConfigResourceTypes.TOPIC,
          name: topic,
          configEntries: [{ name: 'follower.replication.throttled.replicas', value: '0:3' }],
        },
        {
          type: ConfigResourceTypes.BROKER,
          name: '3',
          configEntries: [{ name: 'follower.replication.throttled.rate', value: '20000' }],
        },
      ],
    });
    const before = (await platformatic.metadata(bootstrap, topic))[0]!;
    expect(before).toMatchObject({ leader: 1, replicas: [1, 2], isr: [1, 2] });

    producer = platformatic.produceStream(bootstrap, topic);
    await producer.waitForAcked(100);
    expect(
      await platformatic.reassign(bootstrap, [{ name: topic, partitions: [{ partitionIndex: 0, replicas: [3, 2] }] }]),
    ).toEqual({
      errorCode: 0,
      error: null,
      partitions: [ok(topic)],
    });
    const started = producer.acked;
    await producer.waitForAcked(started + 100);

    const inProgress = [
      {
        name: topic,
        partitions: [{ partitionIndex: 0, replicas: [3, 2, 1], addingReplicas: [3], removingReplicas: [1] }],
      },
    ];
    expect(await platformatic.listReassignments(bootstrap, `${topic}:0`)).toEqual(inProgress);
    expect(await platformatic.listReassignments(bootstrap)).toEqual(inProgress);
    expect((await platformatic.metadata(bootstrap, topic))[0]).toMatchObject({ leader: 1, replicas: [3, 2, 1] });

    // Lifting the throttle lets broker 3 catch up; the reassignment completes while records keep coming.
    await admin.alterConfigs({
      validateOnly: false,
      resources: [
        {
          type: ConfigResourceTypes.BROKER,
          name: '3',
          configEntries: [{ name: 'follower.replication.throttled.rate', value: '1000000000' }],
        },
      ],
    });
    await waitFor(async () => (await platformatic.listReassignments(bootstrap, `${topic}:0`)).length === 0, 30_000);
    const moved = producer.acked;
    await producer.waitForAcked(moved + 50);
    const sent = await producer.stop();
    producer = undefined;

    const after = (await platformatic.metadata(bootstrap, topic))[0]!;
    expect(after).toMatchObject({ leader: 3, replicas: [3, 2], isr: [3, 2] });
    expect(after.leaderEpoch).toBeGreaterThan(before.leaderEpoch);

    // The log holds every acknowledged record once, in order, read from the new leader.
    const expected = [...preloaded, ...Array.from({ length: sent }, (_, i) => `v${i}`)];
    const read = await platformatic.read(bootstrap, topic, 0, 0, expected.length + 1);
    expect(read.records.map((r) => r.value?.toString())).toEqual(expected);
    expect(read.records.map((r) => r.offset)).toEqual(expected.map((_, i) => i));
    expect(read.highWatermark).toBe(expected.length);
  });

  it('admin: null replicas cancel a reassignment back to the replicas before it; cancelling again is NO_REASSIGNMENT_IN_PROGRESS', async () => {
    const topic = 'plat-cancel';
    await createTopic(topic, [1, 2]);
    // Broker 3 copies nothing while paused, so the reassignment stays in progress.
    await c.control.pauseBroker(3);
    const target = (replicas: number[] | null) => [{ name: topic, partitions: [{ partitionIndex: 0, replicas }] }];
    expect((await platformatic.reassign(bootstrap, target([1, 3]))).partitions).toEqual([ok(topic)]);
    expect(await platformatic.listReassignments(bootstrap, `${topic}:0`)).toEqual([
      {
        name: topic,
        partitions: [{ partitionIndex: 0, replicas: [1, 3, 2], addingReplicas: [3], removingReplicas: [2] }],
      },
    ]);

    expect((await platformatic.reassign(bootstrap, target(null))).partitions).toEqual([ok(topic)]);
    expect(await platformatic.listReassignments(bootstrap, `${topic}:0`)).toEqual([]);
    expect((await platformatic.metadata(bootstrap, topic))[0]).toMatchObject({
      leader: 1,
      replicas: [1, 2],
      isr: [1, 2],
    });

    expect((await platformatic.reassign(bootstrap, target(null))).partitions).toEqual([
      {
        topic,
        partition: 0,
        errorCode: 85,
        error: 'NO_REASSIGNMENT_IN_PROGRESS',
        errorMessage: expect.any(String),
      },
    ]);
    await c.control.resumeBroker(3);
  });

  it('admin: bad targets are INVALID_REPLICA_ASSIGNMENT and missing partitions UNKNOWN_TOPIC_OR_PARTITION, each partition on its own', async () => {
    const topic = 'plat-errors';
    await createTopic(topic, [1, 2]);
    const invalid = (message: string) => ({
      topic,
      partition: 0,
      errorCode: 39,
      error: 'INVALID_REPLICA_ASSIGNMENT',
      errorMessage: message,
    });
    const attempt = async (replicas: number[]) =>
      (await platformatic.reassign(bootstrap, [{ name: topic, partitions: [{ partitionIndex: 0, replicas }] }]))
        .partitions;
    expect(await attempt([1, 1])).toEqual([
      invalid('The manual partition assignment includes the broker 1 more than once.'),
    ]);
    expect(await attempt([1, 9])).toEqual([
      invalid('The manual partition assignment includes broker 9, but no such broker is registered.'),
    ]);
    expect(await attempt([])).toEqual([invalid('The manual partition assignment includes an empty replica list.')]);

    // One request: a valid move of partition 0, an unknown partition of the topic and an unknown topic.
    const mixed = await platformatic.reassign(bootstrap, [
      {
        name: topic,
        partitions: [
          { partitionIndex: 0, replicas: [2, 3] },
          { partitionIndex: 7, replicas: [1, 2] },
        ],
      },
      { name: 'plat-missing', partitions: [{ partitionIndex: 0, replicas: [1, 2] }] },
    ]);
    expect(mixed).toEqual({
      errorCode: 0,
      error: null,
      partitions: [
        ok(topic),
        { topic, partition: 7, errorCode: 3, error: 'UNKNOWN_TOPIC_OR_PARTITION', errorMessage: expect.any(String) },
        {
          topic: 'plat-missing',
          partition: 0,
          errorCode: 3,
          error: 'UNKNOWN_TOPIC_OR_PARTITION',
          errorMessage: expect.any(String),
        },
      ],
    });
    // Only the valid move happened: it completes, the leader moving from 1 (removed) to 2.
    await waitFor(async () => (await platformatic.listReassignments(bootstrap)).length === 0, 20_000);
    expect((await platformatic.metadata(bootstrap, topic))[0]).toMatchObject({
      leader: 2,
      replicas: [2, 3],
      isr: [2, 3],
    });
  });
});
