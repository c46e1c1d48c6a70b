import { ErrorCode, MetadataApi, ZERO_UUID, type MetadataRequest } from '@samsa/protocol';
import { WireClient } from '../helpers/wire-client';
import { startTestBroker, type TestBroker } from '../helpers/test-broker';

const OMITTED = -2147483648;

function req(
  topics: (string | { name: string | null; topicId: string })[] | null,
  extra: Partial<MetadataRequest> = {},
): MetadataRequest {
  return {
    topics: topics === null ? null : topics.map((t) => (typeof t === 'string' ? { name: t, topicId: ZERO_UUID } : t)),
    allowAutoTopicCreation: true,
    includeClusterAuthorizedOperations: false,
    includeTopicAuthorizedOperations: false,
    ...extra,
  };
}

describe('Metadata', () => {
  let tb: TestBroker;
  let client: WireClient;
  beforeAll(async () => {
    tb = await startTestBroker({ 'num.partitions': 3 });
    tb.broker.cluster.createTopic({
      name: 'existing',
      numPartitions: 2,
      replicationFactor: 1,
      assignments: [],
      configs: [],
    });
    tb.broker.cluster.createTopic({
      name: 'other',
      numPartitions: 1,
      replicationFactor: 1,
      assignments: [],
      configs: [],
    });
  });
  afterAll(async () => tb.dispose());
  beforeEach(async () => {
    client = await WireClient.connect(tb.broker.port);
  });
  afterEach(() => client.destroy());

  const names = (topics: { name: string | null }[]): (string | null)[] => topics.map((t) => t.name).sort();

  it('v0: an empty topic list means all topics', async () => {
    const res = await client.request(MetadataApi, 0, req([]));
    expect(names(res.topics)).toEqual(expect.arrayContaining(['existing', 'other']));
    expect(res.brokers).toEqual([{ nodeId: 1, host: '127.0.0.1', port: tb.broker.port, rack: null }]);
  });

  it('flexible versions get response header v1 with a single empty tagged-field byte; older ones header v0', async () => {
    const flexible = client.encode(MetadataApi, 9, req([]));
    const raw9 = (await client.sendRaw(flexible.frame, flexible.correlationId))!;
    expect(raw9.readInt32BE(0)).toBe(flexible.correlationId);
    expect(raw9[4]).toBe(0);
    // throttle_time_ms (int32 0) follows the single tag byte.
    expect(raw9.readInt32BE(5)).toBe(0);
    const classic = client.encode(MetadataApi, 8, req([]));
    const raw8 = (await client.sendRaw(classic.frame, classic.correlationId))!;
    expect(raw8.readInt32BE(4)).toBe(0);
    expect(client.decode(MetadataApi, 8, raw8).topics).toEqual([]);
  });

  it('v1+: null means all topics, empty means none', async () => {
    for (const v of [1, 4, 9, 12]) {
      const all = await client.request(MetadataApi, v, req(null));
      expect(names(all.topics)).toEqual(expect.arrayContaining(['existing', 'other']));
      const none = await client.request(MetadataApi, v, req([]));
      expect(none.topics).toEqual([]);
    }
  });

  it('describes partitions, leader epoch, controller and cluster id', async () => {
    const res = await client.request(MetadataApi, 12, req(['existing']));
    expect(res.clusterId).toBe(tb.broker.clusterId);
    expect(res.controllerId).toBe(1);
    const topic = res.topics[0]!;
    expect(topic.errorCode).toBe(0);
    expect(topic.isInternal).toBe(false);
    expect(topic.topicId).toBe(tb.broker.cluster.topicByName('existing')!.id);
    expect(topic.topicId).not.toBe(ZERO_UUID);
    expect(topic.topicAuthorizedOperations).toBe(OMITTED);
    expect(topic.partitions).toEqual([
      {
        errorCode: 0,
        partitionIndex: 0,
        leaderId: 1,
        leaderEpoch: 0,
        replicaNodes: [1],
        isrNodes: [1],
        offlineReplicas: [],
      },
      {
        errorCode: 0,
        partitionIndex: 1,
        leaderId: 1,
        leaderEpoch: 0,
        replicaNodes: [1],
        isrNodes: [1],
        offlineReplicas: [],
      },
    ]);
    expect(res.clusterAuthorizedOperations).toBe(OMITTED);
  });

  it('fills authorized operations only when asked', async () => {
    const res = await client.request(
      MetadataApi,
      10,
      req(['existing'], { includeTopicAuthorizedOperations: true, includeClusterAuthorizedOperations: true }),
    );
    expect(res.topics[0]!.topicAuthorizedOperations).toBeGreaterThan(0);
    expect(res.clusterAuthorizedOperations).toBeGreaterThan(0);
  });

  it('auto-creates a requested topic with num.partitions and returns it at once', async () => {
    const res = await client.request(MetadataApi, 9, req(['auto-made']));
    expect(res.topics[0]).toMatchObject({ name: 'auto-made', errorCode: 0 });
    expect(res.topics[0]!.partitions).toHaveLength(3);
    expect(tb.broker.cluster.topicByName('auto-made')).toBeDefined();
  });

  it('auto-creates for v0-v3 requests, which cannot express a preference', async () => {
    const res = await client.request(MetadataApi, 1, req(['auto-v1']));
    expect(res.topics[0]).toMatchObject({ name: 'auto-v1', errorCode: 0 });
  });

  it('does not auto-create when the request disallows it (v4+)', async () => {
    const res = await client.request(MetadataApi, 4, req(['not-made'], { allowAutoTopicCreation: false }));
    expect(res.topics[0]).toMatchObject({
      name: 'not-made',
      errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
      partitions: [],
    });
    expect(tb.broker.cluster.topicByName('not-made')).toBeUndefined();
  });

  it('answers INVALID_TOPIC_EXCEPTION for an illegal name', async () => {
    const res = await client.request(MetadataApi, 9, req(['bad name!']));
    expect(res.topics[0]).toMatchObject({ name: 'bad name!', errorCode: ErrorCode.INVALID_TOPIC_EXCEPTION });
  });

  it('v12: looks topics up by id; an unknown id is UNKNOWN_TOPIC_ID with a null name', async () => {
    const id = tb.broker.cluster.topicByName('other')!.id;
    const res = await client.request(
      MetadataApi,
      12,
      req([
        { name: null, topicId: id },
        { name: null, topicId: 'AAAAAAAAAAAAAAAAAAAAAQ' },
      ]),
    );
    expect(res.topics[0]).toMatchObject({ name: 'other', topicId: id, errorCode: 0 });
    expect(res.topics[1]).toMatchObject({
      name: null,
      topicId: 'AAAAAAAAAAAAAAAAAAAAAQ',
      errorCode: ErrorCode.UNKNOWN_TOPIC_ID,
    });
  });

  it('v10-11: a topic id in the request is INVALID_REQUEST, as in Kafka', async () => {
    const id = tb.broker.cluster.topicByName('other')!.id;
    const res = await client.request(MetadataApi, 10, req([{ name: 'other', topicId: id }]));
    expect(res.topics[0]).toMatchObject({ errorCode: ErrorCode.INVALID_REQUEST });
  });
});

describe('Metadata with auto.create.topics.enable=false', () => {
  let tb: TestBroker;
  beforeAll(async () => {
    tb = await startTestBroker({ 'auto.create.topics.enable': false });
  });
  afterAll(async () => tb.dispose());

  it('never auto-creates, whatever the request says', async () => {
    const client = await WireClient.connect(tb.broker.port);
    for (const v of [0, 4, 12]) {
      const res = await client.request(MetadataApi, v, req(['nope']));
      expect(res.topics[0]).toMatchObject({ name: 'nope', errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION });
    }
    expect(tb.broker.cluster.topicByName('nope')).toBeUndefined();
    client.destroy();
  });
});
