// kafkajs 2.2.4 moving partitions between the brokers of a three-broker samsa cluster (KIP-455): its admin's
// alterPartitionReassignments starts a reassignment that listPartitionReassignments reports (replicas, adding and
// removing replicas) until the adding replica has caught up; the leader's replica moves away and the leader with it;
// a throttled reassignment (alterConfigs on the follower's broker and the topic) is seen in progress, then completes;
// bad targets and missing partitions fail per partition with Kafka's error codes, next to a move that succeeds;
// an idempotent acks=all producer and a consumer keep going through a reassignment without losing or duplicating a
// record (the log holds each once; the running consumer may be handed some twice at the same offsets when kafkajs
// rejoins its group on NOT_LEADER_OR_FOLLOWER, as against Kafka).
import { ConfigResourceTypes, Kafka, logLevel, type Admin, type Consumer } from 'kafkajs';
import { QUICK_THROTTLE_CONFIG, startTestCluster, type TestCluster } from '../helpers/cluster';
import { waitFor } from '../helpers/wait';

jest.setTimeout(90_000);

describe('kafkajs reassigning partitions on a three-broker cluster', () => {
  let c: TestCluster;
  let kafka: Kafka;
  let admin: Admin;
  beforeEach(async () => {
    c = await startTestCluster({
      brokers: 3,
      config: { 'offsets.topic.num.partitions': 3, ...QUICK_THROTTLE_CONFIG },
    });
    kafka = new Kafka({
      clientId: 'reassignment',
      brokers: c.bootstrapServers.split(','),
      logLevel: logLevel.NOTHING,
      retry: { retries: 10, initialRetryTime: 50, maxRetryTime: 1000 },
    });
    admin = kafka.admin();
    await admin.connect();
  });
  const afterCleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const clean of afterCleanup.splice(0)) await clean().catch(() => undefined);
    await admin.disconnect();
    await c.stop();
  });

  async function createTopic(topic: string, replicas: number[]): Promise<void> {
    await admin.createTopics({ topics: [{ topic, replicaAssignment: [{ partition: 0, replicas }] }] });
  }

  const moving = async (topic: string) =>
    (await admin.listPartitionReassignments({ topics: [{ topic, partitions: [0] }] })).topics;

  it('admin: a reassignment is listed while the adding replica cannot copy, and moves the leader once it has', async () => {
    await createTopic('kj-move', [1, 2]);
    const producer = kafka.producer({ idempotent: true });
    await producer.connect();
    await producer.send({ topic: 'kj-move', acks: -1, messages: [{ value: 'a' }, { value: 'b' }] });
    await producer.disconnect();
    await c.control.pauseBroker(3);
    await admin.alterPartitionReassignments({
      topics: [{ topic: 'kj-move', partitionAssignment: [{ partition: 0, replicas: [3, 2] }] }],
    });
    expect(await admin.listPartitionReassignments({})).toEqual({
      topics: [
        {
          name: 'kj-move',
          partitions: [{ partition: 0, replicas: [3, 2, 1], addingReplicas: [3], removingReplicas: [1] }],
        },
      ],
    });
    expect(await c.control.describePartition('kj-move', 0)).toMatchObject({ leader: 1, replicas: [3, 2, 1] });

    await c.control.resumeBroker(3);
    await waitFor(async () => (await moving('kj-move')).length === 0, 20_000);
    expect(await c.control.describePartition('kj-move', 0)).toMatchObject({
      leader: 3,
      leaderEpoch: 1,
      replicas: [3, 2],
      isr: [3, 2],
      logEndOffsets: { 2: 2, 3: 2 },
    });
    const [meta] = (await admin.fetchTopicMetadata({ topics: ['kj-move'] })).topics;
    expect(meta!.partitions[0]).toMatchObject({ leader: 3, replicas: [3, 2] });
  });

  it('admin: a throttled reassignment is seen in progress, then completes', async () => {
    await createTopic('kj-throttled', [1, 2]);
    const producer = kafka.producer({ idempotent: true });
    await producer.connect();
    const value = 'x'.repeat(2000);
    for (let i = 0; i < 6; i++)
      await producer.send({
        topic: 'kj-throttled',
        acks: -1,
        messages: Array.from({ length: 10 }, (_, j) => ({ value: `${i * 10 + j}${value}` })),
      });
    await producer.disconnect();
    await admin.alterConfigs({
      validateOnly: false,
      resources: [
        {
          type: ConfigResourceTypes.TOPIC,
          name: 'kj-throttled',
          configEntries: [{ name: 'follower.replication.throttled.replicas', value: '0:3' }],
        },
        {
          type: ConfigResourceTypes.BROKER,
          name: '3',
          configEntries: [{ name: 'follower.replication.throttled.rate', value: '20000' }],
        },
      ],
    });
    await admin.alterPartitionReassignments({
      topics: [{ topic: 'kj-throttled', partitionAssignment: [{ partition: 0, replicas: [1, 3] }] }],
    });
    await new Promise((r) => setTimeout(r, 1000));
    expect(await moving('kj-throttled')).toEqual([
      {
        name: 'kj-throttled',
        partitions: [{ partition: 0, replicas: [1, 3, 2], addingReplicas: [3], removingReplicas: [2] }],
      },
    ]);
    const during = await c.control.describePartition('kj-throttled', 0);
    expect(during.logEndOffsets[3]).toBeLessThan(60);

    await waitFor(async () => (await moving('kj-throttled')).length === 0, 40_000);
    expect(await c.control.describePartition('kj-throttled', 0)).toMatchObject({
      leader: 1,
      replicas: [1, 3],
      isr: [1, 3],
      logEndOffsets: { 1: 60, 3: 60 },
    });
  });

  it('admin: a cancelled reassignment (kafkajs sends the current replicas) goes back to them', async () => {
    await createTopic('kj-cancel', [1, 2]);
    await c.control.pauseBroker(3);
    await admin.alterPartitionReassignments({
      topics: [{ topic: 'kj-cancel', partitionAssignment: [{ partition: 0, replicas: [1, 3] }] }],
    });
    expect(await moving('kj-cancel')).toHaveLength(1);
    // kafkajs cannot send null replicas; a new target equal to the original replicas undoes the move the same way.
    await admin.alterPartitionReassignments({
      topics: [{ topic: 'kj-cancel', partitionAssignment: [{ partition: 0, replicas: [1, 2] }] }],
    });
    expect(await moving('kj-cancel')).toEqual([]);
    expect(await c.control.describePartition('kj-cancel', 0)).toMatchObject({
      leader: 1,
      replicas: [1, 2],
      isr: [1, 2],
    });
    await c.control.resumeBroker(3);
  });

  it('admin: bad targets are INVALID_REPLICA_ASSIGNMENT and missing partitions UNKNOWN_TOPIC_OR_PARTITION, per partition', async () => {
    await createTopic('kj-errors', [1, 2]);
    // kafkajs throws a KafkaJSAggregateError holding one KafkaJSAlterPartitionReassignmentsError per failed partition.
    const failures = async (
      topics: { topic: string; partitionAssignment: { partition: number; replicas: number[] }[] }[],
    ) => {
      const err: unknown = await admin.alterPartitionReassignments({ topics }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(Error);
      return (err as { errors: { type: string; topic: string; partition: number }[] }).errors.map(
        ({ type, topic, partition }) => ({ type, topic, partition }),
      );
    };
    const invalid = [{ type: 'INVALID_REPLICA_ASSIGNMENT', topic: 'kj-errors', partition: 0 }];
    for (const replicas of [[1, 1], [1, 9], []])
      expect(await failures([{ topic: 'kj-errors', partitionAssignment: [{ partition: 0, replicas }] }])).toEqual(
        invalid,
      );

    // One request: a valid move of partition 0, an unknown partition and an unknown topic; only the move happens.
    expect(
      await failures([
        {
          topic: 'kj-errors',
          partitionAssignment: [
            { partition: 0, replicas: [2, 3] },
            { partition: 7, replicas: [1, 2] },
          ],
        },
        { topic: 'kj-missing', partitionAssignment: [{ partition: 0, replicas: [1, 2] }] },
      ]),
    ).toEqual([
      { type: 'UNKNOWN_TOPIC_OR_PARTITION', topic: 'kj-errors', partition: 7 },
      { type: 'UNKNOWN_TOPIC_OR_PARTITION', topic: 'kj-missing', partition: 0 },
    ]);
    await waitFor(async () => (await moving('kj-errors')).length === 0, 20_000);
    const [meta] = (await admin.fetchTopicMetadata({ topics: ['kj-errors'] })).topics;
    expect(meta!.partitions[0]).toMatchObject({ leader: 2, replicas: [2, 3], isr: [2, 3] });
  });

  it('replication: acks=all produce and a consumer go on through a reassignment that moves the leader; nothing lost or duplicated', async () => {
    await createTopic('kj-live', [1, 2]);
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const consumer: Consumer = kafka.consumer({ groupId: 'kj-live-reader', maxWaitTimeInMs: 100 });
    const seen: { value: string; offset: string }[] = [];
    await consumer.connect();
    await consumer.subscribe({ topic: 'kj-live', fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        seen.push({ value: message.value!.toString(), offset: message.offset });
      },
    });

    // Disconnected in any case, so a failure is reported rather than the client's retries outliving the cluster.
    afterCleanup.push(
      () => consumer.disconnect(),
      () => producer.disconnect(),
    );
    const sent: string[] = [];
    let stop = false;
    const producing = (async () => {
      for (let i = 0; !stop; i++) {
        await producer.send({ topic: 'kj-live', acks: -1, messages: [{ key: 'k', value: `v${i}` }] });
        sent.push(`v${i}`);
      }
    })();
    await waitFor(() => sent.length >= 200, 20_000);
    // Broker 3 copies nothing while paused, so records keep coming while the reassignment is in progress.
    await c.control.pauseBroker(3);
    await admin.alterPartitionReassignments({
      topics: [{ topic: 'kj-live', partitionAssignment: [{ partition: 0, replicas: [3, 2] }] }],
    });
    const started = sent.length;
    await waitFor(() => sent.length >= started + 100, 20_000);
    expect(await moving('kj-live')).toHaveLength(1);
    await c.control.resumeBroker(3);
    await waitFor(async () => (await moving('kj-live')).length === 0, 20_000);
    const moved = sent.length;
    await waitFor(() => sent.length >= moved + 20, 20_000);
    stop = true;
    await producing;
    await producer.disconnect();

    expect(await c.control.describePartition('kj-live', 0)).toMatchObject({ leader: 3, replicas: [3, 2], isr: [3, 2] });
    // The running consumer read every record. kafkajs answers NOT_LEADER_OR_FOLLOWER by rejoining its group
    // (ConsumerGroup.recoverFromFetch), which, as against Kafka, can fail an offset commit in flight and hand the
    // records it covered over again: at the same offsets with the same values, never another record.
    const byOffset = new Map<number, string>();
    await waitFor(() => {
      for (const s of seen) byOffset.set(Number(s.offset), s.value);
      return byOffset.size >= sent.length;
    }, 30_000);
    await consumer.disconnect();
    for (const s of seen) expect(sent[Number(s.offset)]).toBe(s.value);
    expect([...byOffset.keys()].sort((a, b) => a - b)).toEqual(sent.map((_, i) => i));

    // The log holds every acknowledged record once, in order: a new consumer reads exactly what was sent.
    const reader: Consumer = kafka.consumer({ groupId: 'kj-live-check', maxWaitTimeInMs: 100 });
    afterCleanup.push(() => reader.disconnect());
    const read: { value: string; offset: string }[] = [];
    await reader.connect();
    await reader.subscribe({ topic: 'kj-live', fromBeginning: true });
    await reader.run({
      eachMessage: async ({ message }) => {
        read.push({ value: message.value!.toString(), offset: message.offset });
      },
    });
    await waitFor(() => read.length >= sent.length, 30_000);
    await new Promise((r) => setTimeout(r, 300));
    await reader.disconnect();
    expect(read.map((r) => r.value)).toEqual(sent);
    expect(read.map((r) => Number(r.offset))).toEqual(sent.map((_, i) => i));
  });
});
