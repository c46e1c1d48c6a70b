import { CreateTopicsApi, ElectLeadersApi, ErrorCode } from '@samsa/protocol';
import { WireClient } from '../helpers/wire-client';
import { startTestBroker, type TestBroker } from '../helpers/test-broker';

describe('ElectLeaders', () => {
  let tb: TestBroker;
  let client: WireClient;
  beforeAll(async () => {
    tb = await startTestBroker({ 'samsa.broker.count': 2 });
    client = await WireClient.connect(tb.broker.port);
    const res = await client.request(CreateTopicsApi, 5, {
      topics: [
        { name: 'elected', numPartitions: 2, replicationFactor: 2, assignments: [], configs: [] },
        { name: 'other', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] },
      ],
      timeoutMs: 1000,
      validateOnly: false,
    });
    expect(res.topics.map((t) => t.errorCode)).toEqual([0, 0]);
  });
  afterAll(async () => {
    client.destroy();
    await tb.dispose();
  });

  it.each([
    [0, undefined],
    [1, 0],
    [2, 0],
    [2, 1],
  ])('answers ELECTION_NOT_NEEDED for existing partitions (v%i, type %s)', async (version, electionType) => {
    const res = await client.request(ElectLeadersApi, version, {
      ...(electionType === undefined ? {} : { electionType }),
      topicPartitions: [
        { topic: 'elected', partitions: [0, 1, 5] },
        { topic: 'missing', partitions: [0] },
      ],
      timeoutMs: 1000,
    });
    expect(res.errorCode ?? 0).toBe(0);
    expect(res.replicaElectionResults).toEqual([
      {
        topic: 'elected',
        partitionResult: [
          { partitionId: 0, errorCode: ErrorCode.ELECTION_NOT_NEEDED, errorMessage: null },
          { partitionId: 1, errorCode: ErrorCode.ELECTION_NOT_NEEDED, errorMessage: null },
          {
            partitionId: 5,
            errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
            errorMessage: 'No such partition as elected-5',
          },
        ],
      },
      {
        topic: 'missing',
        partitionResult: [
          { partitionId: 0, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: 'No such topic as missing' },
        ],
      },
    ]);
    // Nothing changed: leaders and epochs stay.
    expect(tb.broker.cluster.topicByName('elected')!.partitions.map((p) => [p.leader, p.leaderEpoch])).toEqual([
      [1, 0],
      [2, 0],
    ]);
  });

  it('leaves out partitions needing no election when asked for every partition', async () => {
    const res = await client.request(ElectLeadersApi, 2, { electionType: 0, topicPartitions: null, timeoutMs: 1000 });
    expect(res.errorCode).toBe(0);
    expect(res.replicaElectionResults.sort((a, b) => a.topic.localeCompare(b.topic))).toEqual([
      { topic: 'elected', partitionResult: [] },
      { topic: 'other', partitionResult: [] },
    ]);
  });

  it('fails the request for an unknown election type', async () => {
    const res = await client.request(ElectLeadersApi, 2, {
      electionType: 7,
      topicPartitions: [{ topic: 'elected', partitions: [0] }],
      timeoutMs: 1000,
    });
    expect(res.errorCode).toBe(ErrorCode.INVALID_REQUEST);
    expect(res.replicaElectionResults[0]!.partitionResult[0]).toMatchObject({
      partitionId: 0,
      errorCode: ErrorCode.INVALID_REQUEST,
    });
  });
});
