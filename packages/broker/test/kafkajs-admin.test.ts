import { Kafka, logLevel, type Admin } from 'kafkajs';
import { startTestBroker, type TestBroker } from './helpers/test-broker';

describe('kafkajs admin against the broker', () => {
  let tb: TestBroker;
  let admin: Admin;
  beforeAll(async () => {
    tb = await startTestBroker({ 'samsa.broker.count': 2 });
    admin = new Kafka({
      clientId: 'kafkajs-admin',
      brokers: [tb.broker.bootstrapServers.split(',')[0]!],
      logLevel: logLevel.NOTHING,
    }).admin();
    await admin.connect();
  });
  afterAll(async () => {
    await admin.disconnect();
    await tb.dispose();
  });

  it('describes the cluster', async () => {
    const cluster = await admin.describeCluster();
    expect(cluster.clusterId).toBe(tb.broker.clusterId);
    expect(cluster.controller).toBe(1);
    expect(cluster.brokers.map((b) => b.nodeId).sort()).toEqual([1, 2]);
  });

  it('creates, lists, describes and deletes topics', async () => {
    await expect(
      admin.createTopics({
        topics: [
          {
            topic: 'kjs-a',
            numPartitions: 3,
            replicationFactor: 2,
            configEntries: [{ name: 'cleanup.policy', value: 'compact' }],
          },
          { topic: 'kjs-b', replicaAssignment: [{ partition: 0, replicas: [2, 1] }] },
        ],
      }),
    ).resolves.toBe(true);
    expect(await admin.listTopics()).toEqual(expect.arrayContaining(['kjs-a', 'kjs-b']));
    const { topics } = await admin.fetchTopicMetadata({ topics: ['kjs-a', 'kjs-b'] });
    const a = topics.find((t) => t.name === 'kjs-a')!;
    expect(a.partitions).toHaveLength(3);
    expect(a.partitions.every((p) => p.replicas.length === 2 && p.isr.length === 2)).toBe(true);
    const b = topics.find((t) => t.name === 'kjs-b')!;
    expect(b.partitions[0]).toMatchObject({ partitionId: 0, leader: 2, replicas: [2, 1] });
    // Creating again reports the existing topic: kafkajs resolves false when every topic already exists.
    await expect(admin.createTopics({ topics: [{ topic: 'kjs-a' }] })).resolves.toBe(false);
    await admin.deleteTopics({ topics: ['kjs-a', 'kjs-b'] });
    expect(await admin.listTopics()).not.toEqual(expect.arrayContaining(['kjs-a']));
  });

  it('surfaces a Kafka error for a bad request', async () => {
    const err = await admin.createTopics({ topics: [{ topic: 'bad topic' }] }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ name: 'KafkaJSAggregateError' });
    const [inner] = (err as { errors: { type: string; topic: string }[] }).errors;
    expect(inner).toMatchObject({ type: 'INVALID_TOPIC_EXCEPTION', topic: 'bad topic' });
  });
});
