import { AlterPartitionReassignmentsApi, CreateTopicsApi, ErrorCode } from '@samsa/protocol';
import { WireClient } from '../helpers/wire-client';
import { startTestBroker, type TestBroker } from '../helpers/test-broker';

describe('AlterPartitionReassignments', () => {
  let tb: TestBroker;
  let client: WireClient;
  beforeAll(async () => {
    tb = await startTestBroker({ 'samsa.broker.count': 2 });
    client = await WireClient.connect(tb.broker.port);
    const res = await client.request(CreateTopicsApi, 5, {
      topics: [
        { name: 'single', numPartitions: 2, replicationFactor: 1, assignments: [], configs: [] },
        { name: 'double', numPartitions: 1, replicationFactor: 2, assignments: [], configs: [] },
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

  const alter = async (name: string, partitionIndex: number, replicas: number[] | null) => {
    const res = await client.request(AlterPartitionReassignmentsApi, 0, {
      timeoutMs: 1000,
      topics: [{ name, partitions: [{ partitionIndex, replicas }] }],
    });
    expect(res.errorCode).toBe(0);
    expect(res.errorMessage).toBeNull();
    return res.responses[0]!.partitions[0]!;
  };

  it('accepts the current replica set and changes nothing', async () => {
    expect(await alter('single', 0, [1])).toEqual({ partitionIndex: 0, errorCode: 0, errorMessage: null });
    expect(await alter('double', 0, [1, 2])).toEqual({ partitionIndex: 0, errorCode: 0, errorMessage: null });
    expect(tb.broker.cluster.topicByName('single')!.partitions.map((p) => p.replicas)).toEqual([[1], [2]]);
  });

  it.each([
    ['an empty replica list', [], 'The manual partition assignment includes an empty replica list.'],
    [
      'a broker that is not registered',
      [1, 7],
      'The manual partition assignment includes broker 7, but no such broker is registered.',
    ],
    ['a broker twice', [1, 1], 'The manual partition assignment includes the broker 1 more than once.'],
  ])('answers INVALID_REPLICA_ASSIGNMENT for %s', async (_what, replicas, message) => {
    expect(await alter('single', 0, replicas)).toEqual({
      partitionIndex: 0,
      errorCode: ErrorCode.INVALID_REPLICA_ASSIGNMENT,
      errorMessage: message,
    });
  });

  it('does not move replicas to another broker identity', async () => {
    const res = await alter('single', 0, [2]);
    expect(res.errorCode).toBe(ErrorCode.INVALID_REPLICA_ASSIGNMENT);
    expect((await alter('double', 0, [2, 1])).errorCode).toBe(ErrorCode.INVALID_REPLICA_ASSIGNMENT);
    expect(tb.broker.cluster.topicByName('single')!.partitions[0]!.replicas).toEqual([1]);
    expect(tb.broker.cluster.topicByName('double')!.partitions[0]!.replicas).toEqual([1, 2]);
  });

  it('answers NO_REASSIGNMENT_IN_PROGRESS when cancelling (null replicas)', async () => {
    expect(await alter('single', 1, null)).toEqual({
      partitionIndex: 1,
      errorCode: ErrorCode.NO_REASSIGNMENT_IN_PROGRESS,
      errorMessage: 'No partition reassignment is in progress.',
    });
  });

  it('answers UNKNOWN_TOPIC_OR_PARTITION for unknown topics and partitions, per partition', async () => {
    const res = await client.request(AlterPartitionReassignmentsApi, 0, {
      timeoutMs: 1000,
      topics: [
        { name: 'missing', partitions: [{ partitionIndex: 0, replicas: [1] }] },
        {
          name: 'single',
          partitions: [
            { partitionIndex: 5, replicas: [1] },
            { partitionIndex: 1, replicas: [2] },
          ],
        },
      ],
    });
    expect(res.responses).toEqual([
      {
        name: 'missing',
        partitions: [
          {
            partitionIndex: 0,
            errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
            errorMessage: 'Unable to find a topic named missing.',
          },
        ],
      },
      {
        name: 'single',
        partitions: [
          {
            partitionIndex: 5,
            errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
            errorMessage: 'Unable to find partition single:5.',
          },
          { partitionIndex: 1, errorCode: 0, errorMessage: null },
        ],
      },
    ]);
  });
});
