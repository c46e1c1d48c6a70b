import {
  CreatePartitionsApi,
  CreateTopicsApi,
  ErrorCode,
  MetadataApi,
  type CreatePartitionsMessages,
} from '@samsa/protocol';
import { batchOf, fetch, produceOne, decodeRecords } from '../helpers/records';
import { WireClient } from '../helpers/wire-client';
import { startTestBroker, type TestBroker } from '../helpers/test-broker';

type Topic = CreatePartitionsMessages.CreatePartitionsTopic;

describe('CreatePartitions', () => {
  let tb: TestBroker;
  let client: WireClient;
  let n = 0;
  beforeAll(async () => {
    tb = await startTestBroker({ 'samsa.broker.count': 3 });
  });
  afterAll(async () => tb.dispose());
  beforeEach(async () => {
    client = await WireClient.connect(tb.broker.port);
  });
  afterEach(() => client.destroy());

  const newTopic = async (partitions: number, replicationFactor = 1): Promise<string> => {
    const name = `cp-${n++}`;
    const res = await client.request(CreateTopicsApi, 5, {
      topics: [{ name, numPartitions: partitions, replicationFactor, assignments: [], configs: [] }],
      timeoutMs: 1000,
      validateOnly: false,
    });
    expect(res.topics[0]!.errorCode).toBe(0);
    return name;
  };
  const grow = async (topics: Topic[], validateOnly = false, version = 3) =>
    (await client.request(CreatePartitionsApi, version, { topics, timeoutMs: 1000, validateOnly })).results;
  const leaderClient = async (topic: string, partition: number): Promise<WireClient> => {
    const leader = tb.broker.cluster.topicByName(topic)!.partitions[partition]!.leader;
    return WireClient.connect(tb.broker.nodes.find((node) => node.nodeId === leader)!.port);
  };

  it.each([0, 1, 2, 3])('adds partitions that Metadata lists and that take writes (v%i)', async (version) => {
    const name = await newTopic(2, 2);
    expect(await grow([{ name, count: 5, assignments: null }], false, version)).toEqual([
      { name, errorCode: 0, errorMessage: null },
    ]);
    const md = await client.request(MetadataApi, 9, {
      topics: [{ name, topicId: undefined }],
      allowAutoTopicCreation: false,
      includeTopicAuthorizedOperations: false,
    });
    const partitions = md.topics[0]!.partitions;
    expect(partitions.map((p) => p.partitionIndex)).toEqual([0, 1, 2, 3, 4]);
    expect(partitions.every((p) => p.replicaNodes.length === 2 && p.errorCode === 0)).toBe(true);
    const leader = await leaderClient(name, 4);
    try {
      expect((await produceOne(leader, 9, name, 4, batchOf(['new']))).errorCode).toBe(0);
      const fetched = await fetch(leader, 12, [{ topic: name, partition: 4, offset: 0 }]);
      expect((await decodeRecords(fetched.responses[0]!.partitions[0]!.records)).map((r) => r.value)).toEqual(['new']);
    } finally {
      leader.destroy();
    }
  });

  it('places new partitions where the assignments say', async () => {
    const name = await newTopic(1, 2);
    const res = await grow([{ name, count: 3, assignments: [{ brokerIds: [3, 1] }, { brokerIds: [2, 3] }] }]);
    expect(res[0]!.errorCode).toBe(0);
    expect(
      tb.broker.cluster
        .topicByName(name)!
        .partitions.slice(1)
        .map((p) => [p.partition, p.replicas, p.leader]),
    ).toEqual([
      [1, [3, 1], 3],
      [2, [2, 3], 2],
    ]);
    expect(tb.broker.replicas.partition(name, 2)).toBeDefined();
  });

  it('validate_only checks without adding', async () => {
    const name = await newTopic(1);
    expect((await grow([{ name, count: 4, assignments: null }], true))[0]!.errorCode).toBe(0);
    expect(tb.broker.cluster.topicByName(name)!.partitions).toHaveLength(1);
    expect(tb.broker.replicas.partition(name, 1)).toBeUndefined();
  });

  it.each([
    ['the same count', 2, null, ErrorCode.INVALID_PARTITIONS, 'Topic already has 2 partition(s).'],
    [
      'a smaller count',
      1,
      null,
      ErrorCode.INVALID_PARTITIONS,
      /currently has 2 partition\(s\); 1 would not be an increase/,
    ],
    ['more than the limit', 10_001, null, ErrorCode.INVALID_PARTITIONS, /exceeds the limit of 10000/],
    [
      'too few assignments',
      4,
      [[1]],
      ErrorCode.INVALID_REPLICA_ASSIGNMENT,
      'Attempted to add 2 additional partition(s), but only 1 assignment(s) were specified.',
    ],
    [
      'an unknown broker',
      3,
      [[9]],
      ErrorCode.INVALID_REPLICA_ASSIGNMENT,
      /includes broker 9, but no such broker is registered/,
    ],
    ['a repeated broker', 3, [[1, 1]], ErrorCode.INVALID_REPLICA_ASSIGNMENT, /includes the broker 1 more than once/],
    ['an empty list', 3, [[]], ErrorCode.INVALID_REPLICA_ASSIGNMENT, /empty replica list/],
    [
      'another replication factor',
      3,
      [[1, 2]],
      ErrorCode.INVALID_REPLICA_ASSIGNMENT,
      /partition with 2 replica\(s\), but .* previous partitions, which have 1 replica\(s\)/,
    ],
  ])('rejects %s', async (_what, count, assignments, code, message) => {
    const name = await newTopic(2);
    const [res] = await grow([
      { name, count, assignments: assignments === null ? null : assignments.map((brokerIds) => ({ brokerIds })) },
    ]);
    expect(res!.errorCode).toBe(code);
    expect(res!.errorMessage).toEqual(typeof message === 'string' ? message : expect.stringMatching(message));
    expect(tb.broker.cluster.topicByName(name)!.partitions).toHaveLength(2);
  });

  it('answers unknown topics and duplicates per topic', async () => {
    const name = await newTopic(1);
    const res = await grow([
      { name: 'missing', count: 2, assignments: null },
      { name, count: 2, assignments: null },
      { name, count: 3, assignments: null },
    ]);
    expect(res).toEqual([
      { name: 'missing', errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: null },
      { name, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: 'Duplicate topic name.' },
    ]);
  });

  it('keeps added partitions and their data across a restart', async () => {
    const name = await newTopic(1);
    await grow([{ name, count: 2, assignments: [{ brokerIds: [tb.broker.nodeId] }] }]);
    expect((await produceOne(client, 9, name, 1, batchOf(['kept']))).errorCode).toBe(0);
    const dataDir = tb.dataDir;
    client.destroy();
    await tb.stop();
    tb = await startTestBroker({ 'samsa.broker.count': 3 }, dataDir);
    client = await WireClient.connect(tb.broker.port);
    expect(tb.broker.cluster.topicByName(name)!.partitions).toHaveLength(2);
    const fetched = await fetch(client, 12, [{ topic: name, partition: 1, offset: 0 }]);
    expect((await decodeRecords(fetched.responses[0]!.partitions[0]!.records)).map((r) => r.value)).toEqual(['kept']);
  });
});
