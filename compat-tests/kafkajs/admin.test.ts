// kafkajs 2.2.4 admin client, unmodified, against samsa: every call a kafkajs
// user makes to manage topics, and the error type each Kafka error code becomes.
import { Kafka, KafkaJSAggregateError, logLevel, type Admin } from 'kafkajs';
import { startTestBroker, type TestBroker } from '../helpers/broker';

// Real clients start processes and wait on the network; each test gets a minute.
jest.setTimeout(60_000);

/** The kafkajs error `type` strings a rejection carries, unwrapping retry and aggregate wrappers. */
function errorTypes(err: unknown): string[] {
  if (err instanceof KafkaJSAggregateError) return err.errors.flatMap((inner) => errorTypes(inner));
  if (err === null || typeof err !== 'object') return [];
  const { type, cause } = err as { type?: unknown; cause?: unknown };
  if (typeof type === 'string') return [type];
  return cause !== undefined && cause !== err ? errorTypes(cause) : [];
}

async function rejectionTypes(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise;
  } catch (err) {
    const types = errorTypes(err);
    if (types.length === 0) throw err;
    return types;
  }
  throw new Error('expected the call to be rejected');
}

function newAdmin(bootstrap: string): Admin {
  // No retries: an error code must surface on the first answer, not after backoff.
  return new Kafka({ clientId: 'compat-kafkajs', brokers: [bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 0 } }).admin();
}

describe('kafkajs admin against an embedded broker', () => {
  let broker: TestBroker;
  let admin: Admin;

  beforeAll(async () => {
    broker = await startTestBroker();
    admin = newAdmin(broker.bootstrap);
    await admin.connect();
  });

  afterAll(async () => {
    await admin?.disconnect();
    await broker?.stop();
  });

  test('describeCluster names this broker as the only broker and the controller', async () => {
    const cluster = await admin.describeCluster();
    expect(cluster.brokers).toHaveLength(1);
    const [self] = cluster.brokers;
    expect(self).toMatchObject({ host: broker.host, port: broker.port });
    if (broker.nodeId !== null) expect(self?.nodeId).toBe(broker.nodeId);
    expect(cluster.controller).toBe(self?.nodeId);
    expect(typeof cluster.clusterId).toBe('string');
    expect(cluster.clusterId.length).toBeGreaterThan(0);
  });

  test('createTopics creates topics that listTopics and fetchTopicMetadata then report', async () => {
    const created = await admin.createTopics({
      topics: [
        { topic: 'kjs-three', numPartitions: 3, replicationFactor: 1 },
        { topic: 'kjs-one', numPartitions: 1, replicationFactor: 1 },
      ],
    });
    expect(created).toBe(true);
    const topics = await admin.listTopics();
    expect(topics).toEqual(expect.arrayContaining(['kjs-three', 'kjs-one']));

    const { brokers } = await admin.describeCluster();
    const nodeId = brokers[0]?.nodeId;
    const metadata = await admin.fetchTopicMetadata({ topics: ['kjs-three', 'kjs-one'] });
    const byName = new Map(metadata.topics.map((t) => [t.name, t]));
    const three = byName.get('kjs-three');
    expect(three?.partitions.map((p) => p.partitionId).sort()).toEqual([0, 1, 2]);
    for (const partition of three?.partitions ?? []) {
      expect(partition).toMatchObject({ partitionErrorCode: 0, leader: nodeId, replicas: [nodeId], isr: [nodeId] });
    }
    expect(byName.get('kjs-one')?.partitions).toHaveLength(1);
  });

  test("createTopics with kafkajs's defaults (-1 partitions, -1 replicas) uses the broker defaults", async () => {
    expect(await admin.createTopics({ topics: [{ topic: 'kjs-defaults' }] })).toBe(true);
    const metadata = await admin.fetchTopicMetadata({ topics: ['kjs-defaults'] });
    // num.partitions and default.replication.factor both default to 1 in Kafka.
    expect(metadata.topics[0]?.partitions).toHaveLength(1);
    expect(metadata.topics[0]?.partitions[0]?.replicas).toHaveLength(1);
  });

  test('createTopics of an existing topic resolves false (kafkajs swallows TOPIC_ALREADY_EXISTS)', async () => {
    await admin.createTopics({ topics: [{ topic: 'kjs-existing', numPartitions: 2 }] });
    expect(await admin.createTopics({ topics: [{ topic: 'kjs-existing', numPartitions: 2 }] })).toBe(false);
    const metadata = await admin.fetchTopicMetadata({ topics: ['kjs-existing'] });
    expect(metadata.topics[0]?.partitions).toHaveLength(2);
  });

  test.each([
    ['characters outside [a-zA-Z0-9._-]', 'bad topic!'],
    ['"."', '.'],
    ['".."', '..'],
    ['more than 249 characters', 'x'.repeat(250)],
  ])('createTopics with a name of %s fails with INVALID_TOPIC_EXCEPTION', async (_why, name) => {
    expect(await rejectionTypes(admin.createTopics({ topics: [{ topic: name, numPartitions: 1 }] }))).toEqual([
      'INVALID_TOPIC_EXCEPTION',
    ]);
  });

  test.each([0, -2])('createTopics with %i partitions fails with INVALID_PARTITIONS', async (numPartitions) => {
    expect(await rejectionTypes(admin.createTopics({ topics: [{ topic: `kjs-partitions${numPartitions}`, numPartitions }] }))).toEqual([
      'INVALID_PARTITIONS',
    ]);
  });

  test.each([0, 3])('createTopics with replication factor %i on one broker fails with INVALID_REPLICATION_FACTOR', async (replicationFactor) => {
    expect(
      await rejectionTypes(admin.createTopics({ topics: [{ topic: `kjs-rf${replicationFactor}`, numPartitions: 1, replicationFactor }] })),
    ).toEqual(['INVALID_REPLICATION_FACTOR']);
  });

  test('createTopics with an unknown config name fails with INVALID_CONFIG', async () => {
    const topics = [{ topic: 'kjs-bad-config', configEntries: [{ name: 'no.such.config', value: '1' }] }];
    expect(await rejectionTypes(admin.createTopics({ topics }))).toEqual(['INVALID_CONFIG']);
    expect(await admin.listTopics()).not.toContain('kjs-bad-config');
  });

  test('createTopics with an invalid config value fails with INVALID_CONFIG', async () => {
    const topics = [{ topic: 'kjs-bad-value', configEntries: [{ name: 'cleanup.policy', value: 'sometimes' }] }];
    expect(await rejectionTypes(admin.createTopics({ topics }))).toEqual(['INVALID_CONFIG']);
  });

  test('createTopics accepts a valid topic config', async () => {
    const topics = [{ topic: 'kjs-compacted', numPartitions: 1, configEntries: [{ name: 'cleanup.policy', value: 'compact' }] }];
    expect(await admin.createTopics({ topics })).toBe(true);
    expect(await admin.listTopics()).toContain('kjs-compacted');
  });

  test('createTopics with validateOnly checks the request without creating the topic', async () => {
    await admin.createTopics({ topics: [{ topic: 'kjs-validate-only', numPartitions: 2 }], validateOnly: true, waitForLeaders: false });
    expect(await admin.listTopics()).not.toContain('kjs-validate-only');
  });

  test('one bad topic fails alone: the rest of the request is still created', async () => {
    const types = await rejectionTypes(
      admin.createTopics({ topics: [{ topic: 'kjs-good-neighbour', numPartitions: 1 }, { topic: 'kjs-bad', numPartitions: 0 }] }),
    );
    expect(types).toEqual(['INVALID_PARTITIONS']);
    expect(await admin.listTopics()).toContain('kjs-good-neighbour');
  });

  test('fetchTopicMetadata of an unknown topic fails with UNKNOWN_TOPIC_OR_PARTITION and does not create it', async () => {
    expect(await rejectionTypes(admin.fetchTopicMetadata({ topics: ['kjs-never-created'] }))).toEqual(['UNKNOWN_TOPIC_OR_PARTITION']);
    expect(await admin.listTopics()).not.toContain('kjs-never-created');
  });

  test('deleteTopics removes a topic, and the name can be created again', async () => {
    await admin.createTopics({ topics: [{ topic: 'kjs-doomed', numPartitions: 2 }] });
    await admin.deleteTopics({ topics: ['kjs-doomed'] });
    expect(await admin.listTopics()).not.toContain('kjs-doomed');
    expect(await admin.createTopics({ topics: [{ topic: 'kjs-doomed', numPartitions: 1 }] })).toBe(true);
    const metadata = await admin.fetchTopicMetadata({ topics: ['kjs-doomed'] });
    expect(metadata.topics[0]?.partitions).toHaveLength(1);
  });

  test('deleteTopics of an unknown topic fails with UNKNOWN_TOPIC_OR_PARTITION', async () => {
    expect(await rejectionTypes(admin.deleteTopics({ topics: ['kjs-no-such-topic'] }))).toEqual(['UNKNOWN_TOPIC_OR_PARTITION']);
  });
});

describe('kafkajs admin against the CLI broker process', () => {
  let broker: TestBroker;
  let admin: Admin;

  beforeAll(async () => {
    broker = await startTestBroker({ mode: 'process' });
    admin = newAdmin(broker.bootstrap);
    await admin.connect();
  });

  afterAll(async () => {
    await admin?.disconnect();
    await broker?.stop();
  });

  test('connects, creates, lists and deletes a topic', async () => {
    const cluster = await admin.describeCluster();
    expect(cluster.brokers).toEqual([expect.objectContaining({ host: broker.host, port: broker.port })]);
    expect(await admin.createTopics({ topics: [{ topic: 'kjs-cli', numPartitions: 2 }] })).toBe(true);
    expect(await admin.listTopics()).toContain('kjs-cli');
    await admin.deleteTopics({ topics: ['kjs-cli'] });
    expect(await admin.listTopics()).not.toContain('kjs-cli');
  });
});
