import {
  AlterPartitionReassignmentsApi,
  CreateTopicsApi,
  ErrorCode,
  ListPartitionReassignmentsApi,
} from '@samsa/protocol';
import { WireClient } from '../helpers/wire-client';
import { startTestBroker, type TestBroker } from '../helpers/test-broker';

describe('ListPartitionReassignments', () => {
  let tb: TestBroker;
  let client: WireClient;
  beforeAll(async () => {
    tb = await startTestBroker();
    client = await WireClient.connect(tb.broker.port);
    const res = await client.request(CreateTopicsApi, 5, {
      topics: [{ name: 'listed', numPartitions: 2, replicationFactor: 1, assignments: [], configs: [] }],
      timeoutMs: 1000,
      validateOnly: false,
    });
    expect(res.topics[0]!.errorCode).toBe(0);
  });
  afterAll(async () => {
    client.destroy();
    await tb.dispose();
  });

  it.each([
    ['every reassignment', null],
    ['named partitions', [{ name: 'listed', partitionIndexes: [0, 1] }]],
    [
      'unknown topics and partitions',
      [
        { name: 'listed', partitionIndexes: [9] },
        { name: 'missing', partitionIndexes: [0] },
      ],
    ],
  ])('lists nothing ongoing for %s', async (_what, topics) => {
    const res = await client.request(ListPartitionReassignmentsApi, 0, { timeoutMs: 1000, topics });
    expect(res).toEqual({ throttleTimeMs: 0, errorCode: ErrorCode.NONE, errorMessage: null, topics: [] });
  });

  it('still lists nothing after a reassignment to the current replicas', async () => {
    const altered = await client.request(AlterPartitionReassignmentsApi, 0, {
      timeoutMs: 1000,
      topics: [{ name: 'listed', partitions: [{ partitionIndex: 0, replicas: [1] }] }],
    });
    expect(altered.responses[0]!.partitions[0]!.errorCode).toBe(0);
    const res = await client.request(ListPartitionReassignmentsApi, 0, { timeoutMs: 1000, topics: null });
    expect(res.topics).toEqual([]);
  });
});
