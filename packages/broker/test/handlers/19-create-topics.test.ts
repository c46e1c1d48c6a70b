import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CreateTopicsApi, ErrorCode, MetadataApi, ZERO_UUID, type CreatableTopic } from '@samsa/protocol';
import { WireClient } from '../helpers/wire-client';
import { startTestBroker, tempDataDir, type TestBroker } from '../helpers/test-broker';

function topic(name: string, extra: Partial<CreatableTopic> = {}): CreatableTopic {
  return { name, numPartitions: 1, replicationFactor: 1, assignments: [], configs: [], ...extra };
}

describe('CreateTopics', () => {
  let tb: TestBroker;
  let client: WireClient;
  beforeAll(async () => {
    tb = await startTestBroker({
      'samsa.broker.count': 3,
      'num.partitions': 4,
      'default.replication.factor': 2,
      'log.retention.hours': 2,
    });
  });
  afterAll(async () => tb.dispose());
  beforeEach(async () => {
    client = await WireClient.connect(tb.broker.port);
  });
  afterEach(() => client.destroy());

  const create = async (topics: CreatableTopic[], version = 7, validateOnly = false) =>
    (await client.request(CreateTopicsApi, version, { topics, timeoutMs: 1000, validateOnly })).topics;

  it('creates a topic and returns count, replication factor, configs with sources and the topic id (v7)', async () => {
    const [res] = await create([
      topic('created', {
        numPartitions: 3,
        replicationFactor: 2,
        configs: [{ name: 'cleanup.policy', value: 'compact' }],
      }),
    ]);
    expect(res).toMatchObject({
      name: 'created',
      errorCode: 0,
      errorMessage: null,
      numPartitions: 3,
      replicationFactor: 2,
    });
    const stored = tb.broker.cluster.topicByName('created')!;
    expect(res!.topicId).toBe(stored.id);
    expect(stored.partitions.map((p) => p.replicas)).toEqual([
      [1, 2],
      [2, 3],
      [3, 1],
    ]);
    const configs = new Map(res!.configs!.map((c) => [c.name, c]));
    expect(configs.get('cleanup.policy')).toEqual({
      name: 'cleanup.policy',
      value: 'compact',
      readOnly: false,
      configSource: 1,
      isSensitive: false,
    });
    expect(configs.get('retention.ms')).toMatchObject({ value: '7200000', configSource: 4 });
    expect(configs.get('segment.bytes')).toMatchObject({ value: '1073741824', configSource: 5 });
  });

  it('uses broker defaults for -1 partitions and replication factor', async () => {
    const [res] = await create([topic('defaults', { numPartitions: -1, replicationFactor: -1 })]);
    expect(res).toMatchObject({ errorCode: 0, numPartitions: 4, replicationFactor: 2 });
  });

  it('validate_only checks without creating', async () => {
    const [ok] = await create([topic('validated')], 7, true);
    expect(ok).toMatchObject({ errorCode: 0, numPartitions: 1, topicId: ZERO_UUID });
    expect(tb.broker.cluster.topicByName('validated')).toBeUndefined();
    const [bad] = await create([topic('validated', { numPartitions: 0 })], 7, true);
    expect(bad!.errorCode).toBe(ErrorCode.INVALID_PARTITIONS);
  });

  it('honours an explicit replica assignment', async () => {
    const [res] = await create([
      topic('assigned', {
        numPartitions: -1,
        replicationFactor: -1,
        assignments: [
          { partitionIndex: 1, brokerIds: [3, 1] },
          { partitionIndex: 0, brokerIds: [2, 3] },
        ],
      }),
    ]);
    expect(res).toMatchObject({ errorCode: 0, numPartitions: 2, replicationFactor: 2 });
    const partitions = tb.broker.cluster.topicByName('assigned')!.partitions;
    expect(partitions.map((p) => [p.replicas, p.leader])).toEqual([
      [[2, 3], 2],
      [[3, 1], 3],
    ]);
  });

  it.each([
    ['TOPIC_ALREADY_EXISTS', topic('created'), /Topic 'created' already exists/],
    ['INVALID_PARTITIONS', topic('p0', { numPartitions: 0 }), /non-positive/],
    ['INVALID_PARTITIONS', topic('pneg', { numPartitions: -5 }), /non-positive/],
    ['INVALID_REPLICATION_FACTOR', topic('rf0', { replicationFactor: 0 }), /larger than 0/],
    ['INVALID_REPLICATION_FACTOR', topic('rf4', { replicationFactor: 4 }), /only 3 broker/],
    ['INVALID_TOPIC_EXCEPTION', topic('has space'), /illegal/],
    ['INVALID_TOPIC_EXCEPTION', topic(''), /empty/],
    ['INVALID_TOPIC_EXCEPTION', topic('.'), /"\." or "\.\."/],
    ['INVALID_TOPIC_EXCEPTION', topic('..'), /"\." or "\.\."/],
    ['INVALID_TOPIC_EXCEPTION', topic('x'.repeat(250)), /249/],
    [
      'INVALID_CONFIG',
      topic('c1', { configs: [{ name: 'no.such', value: '1' }] }),
      /Unknown topic config name: no.such/,
    ],
    ['INVALID_CONFIG', topic('c2', { configs: [{ name: 'retention.ms', value: 'abc' }] }), /retention.ms/],
    [
      'INVALID_REQUEST',
      topic('a1', { assignments: [{ partitionIndex: 0, brokerIds: [1] }] }),
      /numPartitions was not set to -1/,
    ],
    [
      'INVALID_REQUEST',
      topic('a2', { numPartitions: -1, assignments: [{ partitionIndex: 0, brokerIds: [1] }] }),
      /replicationFactor was not set to -1/,
    ],
    [
      'INVALID_REPLICA_ASSIGNMENT',
      topic('a3', { numPartitions: -1, replicationFactor: -1, assignments: [{ partitionIndex: 1, brokerIds: [1] }] }),
      /consecutive/,
    ],
    [
      'INVALID_REPLICA_ASSIGNMENT',
      topic('a4', { numPartitions: -1, replicationFactor: -1, assignments: [{ partitionIndex: 0, brokerIds: [9] }] }),
      /broker 9/,
    ],
    [
      'INVALID_REPLICA_ASSIGNMENT',
      topic('a5', {
        numPartitions: -1,
        replicationFactor: -1,
        assignments: [{ partitionIndex: 0, brokerIds: [1, 1] }],
      }),
      /more than once/,
    ],
    [
      'INVALID_REPLICA_ASSIGNMENT',
      topic('a6', {
        numPartitions: -1,
        replicationFactor: -1,
        assignments: [
          { partitionIndex: 0, brokerIds: [1] },
          { partitionIndex: 0, brokerIds: [2] },
        ],
      }),
      /multiple/,
    ],
    [
      'INVALID_REPLICA_ASSIGNMENT',
      topic('a7', { numPartitions: -1, replicationFactor: -1, assignments: [{ partitionIndex: 0, brokerIds: [] }] }),
      /empty/,
    ],
  ] as const)('answers %s for %j', async (errorName, t, message) => {
    const [res] = await create([t]);
    expect(res!.errorCode).toBe(ErrorCode[errorName]);
    expect(res!.errorMessage).toMatch(message);
    expect(res).toMatchObject({ numPartitions: -1, replicationFactor: -1, topicId: ZERO_UUID });
  });

  it('rejects a name that collides with an existing one through . and _', async () => {
    await create([topic('my.events')]);
    const [res] = await create([topic('my_events')]);
    expect(res!.errorCode).toBe(ErrorCode.INVALID_TOPIC_EXCEPTION);
    expect(res!.errorMessage).toMatch(/collides with existing topic: my.events/);
  });

  it('fails every duplicate name with INVALID_REQUEST and still creates the rest', async () => {
    const res = await create([topic('dup'), topic('single'), topic('dup')]);
    expect(res.map((r) => [r.name, r.errorCode])).toEqual([
      ['dup', ErrorCode.INVALID_REQUEST],
      ['single', 0],
    ]);
    expect(res[0]!.errorMessage).toBe('Duplicate topic name.');
    expect(tb.broker.cluster.topicByName('dup')).toBeUndefined();
  });

  it.each([0, 1, 2, 3, 4, 5, 6])('serves v%i', async (version) => {
    const [res] = await create([topic(`versioned-${version}`)], version, false);
    expect(res).toMatchObject({ name: `versioned-${version}`, errorCode: 0 });
    if (version >= 1) {
      const [dup] = await create([topic(`versioned-${version}`)], version, false);
      expect(dup!.errorMessage).toMatch(/already exists/);
    }
  });
});

describe('CreateTopics persistence', () => {
  it('keeps topics, ids, assignments and configs across a restart', async () => {
    const dir = tempDataDir();
    const first = await startTestBroker({}, dir);
    const client = await WireClient.connect(first.broker.port);
    const created = await client.request(CreateTopicsApi, 7, {
      topics: [topic('durable', { numPartitions: 2, configs: [{ name: 'retention.ms', value: '1000' }] })],
      timeoutMs: 1000,
      validateOnly: false,
    });
    client.destroy();
    const clusterId = first.broker.clusterId;
    await first.stop();
    const file = JSON.parse(readFileSync(join(dir, '__cluster_metadata', 'topics.json'), 'utf8')) as {
      topics: { name: string }[];
    };
    expect(file.topics.map((t) => t.name)).toEqual(['durable']);

    const second = await startTestBroker({}, dir);
    expect(second.broker.clusterId).toBe(clusterId);
    const again = await WireClient.connect(second.broker.port);
    const md = await again.request(MetadataApi, 12, {
      topics: [{ name: 'durable', topicId: ZERO_UUID }],
      allowAutoTopicCreation: false,
      includeTopicAuthorizedOperations: false,
    });
    expect(md.topics[0]).toMatchObject({ name: 'durable', errorCode: 0, topicId: created.topics[0]!.topicId });
    expect(md.topics[0]!.partitions).toHaveLength(2);
    expect(second.broker.cluster.topicByName('durable')!.configs).toEqual({ 'retention.ms': '1000' });
    again.destroy();
    await second.dispose();
  });
});
