/**
 * ListPartitionReassignments v0 over the wire: reassignments in progress with their replicas, adding and removing
 * replicas, filtered by topic and partition (null = all); nothing for partitions that are not moving or unknown.
 */
import { AlterPartitionReassignmentsApi, ErrorCode, ListPartitionReassignmentsApi } from '@samsa/protocol';
import { WireClient } from '../helpers/wire-client';
import { startTestBroker, type TestBroker } from '../helpers/test-broker';

describe('ListPartitionReassignments', () => {
  let tb: TestBroker;
  let client: WireClient;
  beforeAll(async () => {
    tb = await startTestBroker({ 'samsa.broker.count': 3 });
    client = await WireClient.connect(tb.broker.port);
    for (const name of ['listed', 'other'])
      tb.broker.cluster.createTopic({
        name,
        numPartitions: -1,
        replicationFactor: -1,
        assignments: [
          { partitionIndex: 0, brokerIds: [1, 2] },
          { partitionIndex: 1, brokerIds: [2, 1] },
          { partitionIndex: 2, brokerIds: [1, 2] },
        ],
        configs: [],
      });
    // Broker 3 copies nothing, so reassignments onto it stay in progress.
    tb.broker.replication.brokerPaused(3);
    const res = await client.request(AlterPartitionReassignmentsApi, 0, {
      timeoutMs: 1000,
      topics: [
        {
          name: 'listed',
          partitions: [
            { partitionIndex: 0, replicas: [3, 1] },
            { partitionIndex: 1, replicas: [2, 1, 3] },
          ],
        },
        { name: 'other', partitions: [{ partitionIndex: 2, replicas: [2, 3] }] },
      ],
    });
    expect(res.responses.flatMap((t) => t.partitions.map((p) => p.errorCode))).toEqual([0, 0, 0]);
  });
  afterAll(async () => {
    client.destroy();
    await tb.dispose();
  });

  const list = async (topics: { name: string; partitionIndexes: number[] }[] | null) => {
    const res = await client.request(ListPartitionReassignmentsApi, 0, { timeoutMs: 1000, topics });
    expect([res.errorCode, res.errorMessage, res.throttleTimeMs]).toEqual([ErrorCode.NONE, null, 0]);
    return res.topics;
  };

  const listed0 = { partitionIndex: 0, replicas: [3, 1, 2], addingReplicas: [3], removingReplicas: [2] };
  const listed1 = { partitionIndex: 1, replicas: [2, 1, 3], addingReplicas: [3], removingReplicas: [] };
  const other2 = { partitionIndex: 2, replicas: [2, 3, 1], addingReplicas: [3], removingReplicas: [1] };

  it('lists every reassignment in progress for null topics', async () => {
    expect(await list(null)).toEqual([
      { name: 'listed', partitions: [listed0, listed1] },
      { name: 'other', partitions: [other2] },
    ]);
  });

  it('lists the named partitions that are moving, leaving out the others and unknown ones', async () => {
    expect(
      await list([
        { name: 'listed', partitionIndexes: [1, 2, 9] },
        { name: 'missing', partitionIndexes: [0] },
        { name: 'other', partitionIndexes: [0, 2] },
      ]),
    ).toEqual([
      { name: 'listed', partitions: [listed1] },
      { name: 'other', partitions: [other2] },
    ]);
    expect(await list([{ name: 'other', partitionIndexes: [0, 1] }])).toEqual([]);
  });

  it('lists a partition no more once its reassignment is cancelled', async () => {
    const res = await client.request(AlterPartitionReassignmentsApi, 0, {
      timeoutMs: 1000,
      topics: [{ name: 'other', partitions: [{ partitionIndex: 2, replicas: null }] }],
    });
    expect(res.responses[0]!.partitions[0]!.errorCode).toBe(0);
    expect(await list(null)).toEqual([{ name: 'listed', partitions: [listed0, listed1] }]);
  });
});
