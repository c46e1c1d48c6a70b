// kafkajs 2.2.4 admin client, unmodified, against samsa: every call a kafkajs
// user makes to manage topics, and the error type each Kafka error code becomes.
import {
  AclOperationTypes,
  AclPermissionTypes,
  AclResourceTypes,
  ConfigResourceTypes,
  Kafka,
  KafkaJSAggregateError,
  logLevel,
  ResourcePatternTypes,
  type Admin,
} from 'kafkajs';
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
  return new Kafka({
    clientId: 'compat-kafkajs',
    brokers: [bootstrap],
    logLevel: logLevel.NOTHING,
    retry: { retries: 0 },
  }).admin();
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

  test('metadata: describeCluster names this broker as the only broker and the controller', async () => {
    const cluster = await admin.describeCluster();
    expect(cluster.brokers).toHaveLength(1);
    const [self] = cluster.brokers;
    expect(self).toMatchObject({ host: broker.host, port: broker.port });
    expect(self?.nodeId).toBe(broker.nodeId);
    expect(cluster.controller).toBe(self?.nodeId);
    expect(typeof cluster.clusterId).toBe('string');
    expect(cluster.clusterId.length).toBeGreaterThan(0);
  });

  test('admin: createTopics creates topics that listTopics and fetchTopicMetadata then report', async () => {
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

  test("admin: createTopics with kafkajs's defaults (-1 partitions, -1 replicas) uses the broker defaults", async () => {
    expect(await admin.createTopics({ topics: [{ topic: 'kjs-defaults' }] })).toBe(true);
    const metadata = await admin.fetchTopicMetadata({ topics: ['kjs-defaults'] });
    // num.partitions and default.replication.factor both default to 1 in Kafka.
    expect(metadata.topics[0]?.partitions).toHaveLength(1);
    expect(metadata.topics[0]?.partitions[0]?.replicas).toHaveLength(1);
  });

  test('admin: createTopics of an existing topic resolves false (kafkajs swallows TOPIC_ALREADY_EXISTS)', async () => {
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
  ])('admin: createTopics with a name of %s fails with INVALID_TOPIC_EXCEPTION', async (_why, name) => {
    expect(await rejectionTypes(admin.createTopics({ topics: [{ topic: name, numPartitions: 1 }] }))).toEqual([
      'INVALID_TOPIC_EXCEPTION',
    ]);
  });

  test.each([0, -2])('admin: createTopics with %i partitions fails with INVALID_PARTITIONS', async (numPartitions) => {
    expect(
      await rejectionTypes(
        admin.createTopics({ topics: [{ topic: `kjs-partitions${numPartitions}`, numPartitions }] }),
      ),
    ).toEqual(['INVALID_PARTITIONS']);
  });

  test.each([0, 3])(
    'admin: createTopics with replication factor %i on one broker fails with INVALID_REPLICATION_FACTOR',
    async (replicationFactor) => {
      expect(
        await rejectionTypes(
          admin.createTopics({
            topics: [{ topic: `kjs-rf${replicationFactor}`, numPartitions: 1, replicationFactor }],
          }),
        ),
      ).toEqual(['INVALID_REPLICATION_FACTOR']);
    },
  );

  test('admin: createTopics with an unknown config name fails with INVALID_CONFIG', async () => {
    const topics = [{ topic: 'kjs-bad-config', configEntries: [{ name: 'no.such.config', value: '1' }] }];
    expect(await rejectionTypes(admin.createTopics({ topics }))).toEqual(['INVALID_CONFIG']);
    expect(await admin.listTopics()).not.toContain('kjs-bad-config');
  });

  test('admin: createTopics with an invalid config value fails with INVALID_CONFIG', async () => {
    const topics = [{ topic: 'kjs-bad-value', configEntries: [{ name: 'cleanup.policy', value: 'sometimes' }] }];
    expect(await rejectionTypes(admin.createTopics({ topics }))).toEqual(['INVALID_CONFIG']);
  });

  test('admin: createTopics accepts a valid topic config', async () => {
    const topics = [
      { topic: 'kjs-compacted', numPartitions: 1, configEntries: [{ name: 'cleanup.policy', value: 'compact' }] },
    ];
    expect(await admin.createTopics({ topics })).toBe(true);
    expect(await admin.listTopics()).toContain('kjs-compacted');
  });

  test('admin: createTopics with validateOnly checks the request without creating the topic', async () => {
    await admin.createTopics({
      topics: [{ topic: 'kjs-validate-only', numPartitions: 2 }],
      validateOnly: true,
      waitForLeaders: false,
    });
    expect(await admin.listTopics()).not.toContain('kjs-validate-only');
  });

  test('admin: one bad topic fails alone: the rest of the request is still created', async () => {
    const types = await rejectionTypes(
      admin.createTopics({
        topics: [
          { topic: 'kjs-good-neighbour', numPartitions: 1 },
          { topic: 'kjs-bad', numPartitions: 0 },
        ],
      }),
    );
    expect(types).toEqual(['INVALID_PARTITIONS']);
    expect(await admin.listTopics()).toContain('kjs-good-neighbour');
  });

  test('admin: fetchTopicMetadata of an unknown topic fails with UNKNOWN_TOPIC_OR_PARTITION and does not create it', async () => {
    expect(await rejectionTypes(admin.fetchTopicMetadata({ topics: ['kjs-never-created'] }))).toEqual([
      'UNKNOWN_TOPIC_OR_PARTITION',
    ]);
    expect(await admin.listTopics()).not.toContain('kjs-never-created');
  });

  test('admin: deleteTopics removes a topic, and the name can be created again', async () => {
    await admin.createTopics({ topics: [{ topic: 'kjs-doomed', numPartitions: 2 }] });
    await admin.deleteTopics({ topics: ['kjs-doomed'] });
    expect(await admin.listTopics()).not.toContain('kjs-doomed');
    expect(await admin.createTopics({ topics: [{ topic: 'kjs-doomed', numPartitions: 1 }] })).toBe(true);
    const metadata = await admin.fetchTopicMetadata({ topics: ['kjs-doomed'] });
    expect(metadata.topics[0]?.partitions).toHaveLength(1);
  });

  test('admin: deleteTopics of an unknown topic fails with UNKNOWN_TOPIC_OR_PARTITION', async () => {
    expect(await rejectionTypes(admin.deleteTopics({ topics: ['kjs-no-such-topic'] }))).toEqual([
      'UNKNOWN_TOPIC_OR_PARTITION',
    ]);
  });

  test('admin: describeConfigs reports every topic config with its source, and alterConfigs changes them', async () => {
    await admin.createTopics({
      topics: [{ topic: 'kjs-configs', numPartitions: 1, configEntries: [{ name: 'retention.ms', value: '60000' }] }],
    });
    const describe = async () => {
      const { resources } = await admin.describeConfigs({
        resources: [{ type: ConfigResourceTypes.TOPIC, name: 'kjs-configs' }],
        includeSynonyms: false,
      });
      expect(resources[0]).toMatchObject({ errorCode: 0, resourceName: 'kjs-configs' });
      return new Map(resources[0]!.configEntries.map((e) => [e.configName, e]));
    };
    const before = await describe();
    expect(before.get('retention.ms')).toMatchObject({
      configValue: '60000',
      isDefault: false,
      readOnly: false,
      isSensitive: false,
    });
    expect(before.get('cleanup.policy')).toMatchObject({ configValue: 'delete', isDefault: true });
    expect(before.size).toBeGreaterThanOrEqual(30);

    await admin.alterConfigs({
      validateOnly: false,
      resources: [
        {
          type: ConfigResourceTypes.TOPIC,
          name: 'kjs-configs',
          configEntries: [{ name: 'cleanup.policy', value: 'compact' }],
        },
      ],
    });
    const after = await describe();
    // AlterConfigs replaces the whole set: retention.ms is back to its default.
    expect(after.get('cleanup.policy')).toMatchObject({ configValue: 'compact', isDefault: false });
    expect(after.get('retention.ms')).toMatchObject({ configValue: '604800000', isDefault: true });
  });

  test('admin: describeConfigs of the broker and alterConfigs errors', async () => {
    const { brokers } = await admin.describeCluster();
    const nodeId = String(brokers[0]?.nodeId);
    const { resources } = await admin.describeConfigs({
      resources: [
        { type: ConfigResourceTypes.BROKER, name: nodeId, configNames: ['num.partitions', 'log.retention.ms'] },
      ],
      includeSynonyms: true,
    });
    const entries = new Map(resources[0]!.configEntries.map((e) => [e.configName, e]));
    expect(entries.get('num.partitions')).toMatchObject({ configValue: '1', readOnly: true });
    expect(entries.get('log.retention.ms')).toMatchObject({ readOnly: false });
    expect(
      await rejectionTypes(
        admin.alterConfigs({
          validateOnly: false,
          resources: [
            {
              type: ConfigResourceTypes.TOPIC,
              name: 'kjs-configs',
              configEntries: [{ name: 'no.such.config', value: '1' }],
            },
          ],
        }),
      ),
    ).toEqual(['INVALID_CONFIG']);
    expect(
      await rejectionTypes(
        admin.describeConfigs({
          resources: [{ type: ConfigResourceTypes.TOPIC, name: 'kjs-no-configs' }],
          includeSynonyms: false,
        }),
      ),
    ).toEqual(['UNKNOWN_TOPIC_OR_PARTITION']);
  });

  test('admin: createPartitions adds partitions that metadata lists and producers write to', async () => {
    await admin.createTopics({ topics: [{ topic: 'kjs-grow', numPartitions: 1 }] });
    await admin.createPartitions({ topicPartitions: [{ topic: 'kjs-grow', count: 3 }] });
    const metadata = await admin.fetchTopicMetadata({ topics: ['kjs-grow'] });
    expect(metadata.topics[0]?.partitions.map((p) => p.partitionId).sort()).toEqual([0, 1, 2]);
    const producer = new Kafka({
      clientId: 'compat-kafkajs',
      brokers: [broker.bootstrap],
      logLevel: logLevel.NOTHING,
    }).producer();
    await producer.connect();
    try {
      const [sent] = await producer.send({
        topic: 'kjs-grow',
        messages: [{ value: 'on the new partition', partition: 2 }],
      });
      expect(sent).toMatchObject({ partition: 2, errorCode: 0 });
    } finally {
      await producer.disconnect();
    }
    expect(
      await rejectionTypes(admin.createPartitions({ topicPartitions: [{ topic: 'kjs-grow', count: 2 }] })),
    ).toEqual(['INVALID_PARTITIONS']);
  });

  test('admin: deleteTopicRecords moves the low watermark that fetchTopicOffsets reports', async () => {
    await admin.createTopics({ topics: [{ topic: 'kjs-trim', numPartitions: 1 }] });
    const producer = new Kafka({
      clientId: 'compat-kafkajs',
      brokers: [broker.bootstrap],
      logLevel: logLevel.NOTHING,
    }).producer();
    await producer.connect();
    try {
      for (let i = 0; i < 4; i++) await producer.send({ topic: 'kjs-trim', messages: [{ value: `m${i}` }] });
    } finally {
      await producer.disconnect();
    }
    // kafkajs finds partition leaders in the admin's own metadata cache, which has not seen this topic yet.
    await admin.fetchTopicMetadata({ topics: ['kjs-trim'] });
    await admin.deleteTopicRecords({ topic: 'kjs-trim', partitions: [{ partition: 0, offset: '3' }] });
    expect(await admin.fetchTopicOffsets('kjs-trim')).toEqual([
      expect.objectContaining({ partition: 0, low: '3', high: '4' }),
    ]);
    await admin.deleteTopicRecords({ topic: 'kjs-trim', partitions: [{ partition: 0, offset: '-1' }] });
    expect((await admin.fetchTopicOffsets('kjs-trim'))[0]).toMatchObject({ low: '4', high: '4' });
  });

  test('admin: ACL calls answer SECURITY_DISABLED (no authorizer, as Kafka without one)', async () => {
    const filter = {
      resourceType: AclResourceTypes.TOPIC,
      resourceName: 'kjs-acl',
      resourcePatternType: ResourcePatternTypes.LITERAL,
      principal: 'User:alice',
      host: '*',
      operation: AclOperationTypes.READ,
      permissionType: AclPermissionTypes.ALLOW,
    };
    expect(await rejectionTypes(admin.describeAcls(filter))).toEqual(['SECURITY_DISABLED']);
    expect(await rejectionTypes(admin.createAcls({ acl: [filter] }))).toEqual(['SECURITY_DISABLED']);
    expect(await rejectionTypes(admin.deleteAcls({ filters: [filter] }))).toEqual(['SECURITY_DISABLED']);
  });

  test('admin: listPartitionReassignments lists nothing; alterPartitionReassignments keeps the current replicas and rejects unknown brokers', async () => {
    await admin.createTopics({ topics: [{ topic: 'kjs-reassign', numPartitions: 2 }] });
    const { brokers } = await admin.describeCluster();
    const self = brokers[0]!.nodeId;
    await admin.alterPartitionReassignments({
      topics: [{ topic: 'kjs-reassign', partitionAssignment: [{ partition: 0, replicas: [self] }] }],
    });
    expect(await admin.listPartitionReassignments({})).toEqual({ topics: [] });
    expect(await admin.listPartitionReassignments({ topics: [{ topic: 'kjs-reassign', partitions: [0, 1] }] })).toEqual(
      { topics: [] },
    );
    expect(
      await rejectionTypes(
        admin.alterPartitionReassignments({
          topics: [{ topic: 'kjs-reassign', partitionAssignment: [{ partition: 1, replicas: [self + 100] }] }],
        }),
      ),
    ).toEqual(['INVALID_REPLICA_ASSIGNMENT']);
  });
});

describe('kafkajs admin against the CLI broker process', () => {
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

  test('admin: connects, creates, lists and deletes a topic', async () => {
    const cluster = await admin.describeCluster();
    expect(cluster.brokers).toEqual([expect.objectContaining({ host: broker.host, port: broker.port })]);
    expect(await admin.createTopics({ topics: [{ topic: 'kjs-cli', numPartitions: 2 }] })).toBe(true);
    expect(await admin.listTopics()).toContain('kjs-cli');
    await admin.deleteTopics({ topics: ['kjs-cli'] });
    expect(await admin.listTopics()).not.toContain('kjs-cli');
  });
});
