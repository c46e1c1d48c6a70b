/**
 * AlterPartitionReassignments v0 over the wire: replicas move between broker identities (adding replicas get logs,
 * catch up and join the ISR; removing replicas leave the replica set, the ISR and their logs), the leader moves off a
 * removed replica with a new epoch, cancellation reverts, and Kafka's errors and messages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlterPartitionReassignmentsApi,
  CreateTopicsApi,
  DescribeTopicPartitionsApi,
  ErrorCode,
  ListPartitionReassignmentsApi,
  MetadataApi,
} from '@samsa/protocol';
import { batchOf, decodeRecords, fetch, produceOne } from '../helpers/records';
import { WireClient } from '../helpers/wire-client';
import { startTestBroker, waitFor, type TestBroker } from '../helpers/test-broker';

describe('AlterPartitionReassignments', () => {
  let tb: TestBroker;
  const clients = new Map<number, WireClient>();
  let n = 0;

  beforeEach(async () => {
    tb = await startTestBroker({ 'samsa.broker.count': 3 });
    for (const node of tb.broker.nodes) clients.set(node.nodeId, await WireClient.connect(node.port));
  });
  afterEach(async () => {
    for (const c of clients.values()) c.destroy();
    clients.clear();
    await tb.dispose();
  });

  const client = (nodeId = 1): WireClient => clients.get(nodeId) as WireClient;

  function topic(replicas: number[]): string {
    const name = `moving-${n++}`;
    tb.broker.cluster.createTopic({
      name,
      numPartitions: -1,
      replicationFactor: -1,
      assignments: [{ partitionIndex: 0, brokerIds: replicas }],
      configs: [],
    });
    return name;
  }

  const alter = async (name: string, partitionIndex: number, replicas: number[] | null) => {
    const res = await client().request(AlterPartitionReassignmentsApi, 0, {
      timeoutMs: 1000,
      topics: [{ name, partitions: [{ partitionIndex, replicas }] }],
    });
    expect(res.errorCode).toBe(0);
    expect(res.errorMessage).toBeNull();
    return res.responses[0]!.partitions[0]!;
  };

  const ongoing = async () =>
    (await client().request(ListPartitionReassignmentsApi, 0, { timeoutMs: 1000, topics: null })).topics;

  async function values(nodeId: number, name: string): Promise<(string | null)[]> {
    const res = await fetch(client(nodeId), 12, [{ topic: name, partition: 0, offset: 0 }]);
    const p = res.responses[0]?.partitions[0];
    expect(p?.errorCode).toBe(ErrorCode.NONE);
    return (await decodeRecords(p?.records)).map((r) => r.value?.toString() ?? null);
  }

  const ok = { partitionIndex: 0, errorCode: 0, errorMessage: null };

  it('moves every replica, the leader too: new logs catch up, old ones go, the leader moves with a new epoch', async () => {
    const name = topic([1, 2]);
    await produceOne(client(1), 9, name, 0, batchOf(['a', 'b']), -1);
    await produceOne(client(1), 9, name, 0, batchOf(['c']), -1);
    expect(await alter(name, 0, [3, 2])).toEqual(ok);
    await waitFor(() => tb.broker.replication.describe(name, 0).replicas.length === 2);
    expect(await ongoing()).toEqual([]);
    expect(tb.broker.replication.describe(name, 0)).toEqual({
      leader: 3,
      leaderEpoch: 1,
      replicas: [3, 2],
      isr: [3, 2],
      highWatermark: 3,
      logEndOffsets: { 2: 3, 3: 3 },
    });
    expect(await values(3, name)).toEqual(['a', 'b', 'c']);
    // The new replica lives in its identity's dirs; the removed one's directory is gone (renamed for deletion).
    expect(existsSync(join(tb.dataDir, '.replicas', 'node-3', `${name}-0`))).toBe(true);
    expect(existsSync(join(tb.dataDir, `${name}-0`))).toBe(false);
    const meta = await client(2).request(MetadataApi, 12, {
      topics: [{ name, topicId: undefined as never }],
      allowAutoTopicCreation: false,
      includeTopicAuthorizedOperations: false,
    });
    expect(meta.topics[0]!.partitions[0]).toMatchObject({ leaderId: 3, leaderEpoch: 1, replicaNodes: [3, 2] });
    const old = await produceOne(client(1), 9, name, 0, batchOf(['x']), -1);
    expect(old.errorCode).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER);
    const moved = await produceOne(client(3), 9, name, 0, batchOf(['d']), -1);
    expect([moved.errorCode, moved.baseOffset]).toEqual([0, 3]);
    expect(await values(3, name)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('removing a follower completes at once and bumps the leader epoch; the leader stays', async () => {
    const name = topic([1, 2, 3]);
    await produceOne(client(1), 9, name, 0, batchOf(['a']), -1);
    expect(await alter(name, 0, [1, 2])).toEqual(ok);
    expect(await ongoing()).toEqual([]);
    expect(tb.broker.replication.describe(name, 0)).toMatchObject({
      leader: 1,
      leaderEpoch: 1,
      replicas: [1, 2],
      isr: [1, 2],
    });
    expect(existsSync(join(tb.dataDir, '.replicas', 'node-3', `${name}-0`))).toBe(false);
  });

  it('reordering keeps the leader and its epoch; adding a replica raises the replication factor', async () => {
    const name = topic([1, 2]);
    await produceOne(client(1), 9, name, 0, batchOf(['a']), -1);
    expect(await alter(name, 0, [2, 1])).toEqual(ok);
    expect(tb.broker.replication.describe(name, 0)).toMatchObject({ leader: 1, leaderEpoch: 0, replicas: [2, 1] });
    expect(await alter(name, 0, [2, 1, 3])).toEqual(ok);
    await waitFor(() => tb.broker.replication.describe(name, 0).isr.length === 3);
    expect(await ongoing()).toEqual([]);
    expect(tb.broker.replication.describe(name, 0)).toMatchObject({
      leader: 1,
      leaderEpoch: 0,
      replicas: [2, 1, 3],
      isr: [2, 1, 3],
      logEndOffsets: { 1: 1, 2: 1, 3: 1 },
    });
  });

  it('keeps a reassignment in progress while the adding replica cannot copy; acks=-1 produce goes on', async () => {
    const name = topic([1, 2]);
    tb.broker.replication.brokerPaused(3);
    expect(await alter(name, 0, [1, 3])).toEqual(ok);
    expect(await ongoing()).toEqual([
      { name, partitions: [{ partitionIndex: 0, replicas: [1, 3, 2], addingReplicas: [3], removingReplicas: [2] }] },
    ]);
    expect(tb.broker.replication.describe(name, 0)).toMatchObject({ leader: 1, leaderEpoch: 0, isr: [1, 2] });
    // Metadata and DescribeTopicPartitions report the replicas in progress: the target, then the removing ones.
    const meta = await client(2).request(MetadataApi, 12, {
      topics: [{ name, topicId: undefined as never }],
      allowAutoTopicCreation: false,
      includeTopicAuthorizedOperations: false,
    });
    expect(meta.topics[0]!.partitions[0]).toMatchObject({ leaderId: 1, replicaNodes: [1, 3, 2], isrNodes: [1, 2] });
    const described = await client(3).request(DescribeTopicPartitionsApi, 0, {
      topics: [{ name }],
      responsePartitionLimit: 10,
      cursor: null,
    });
    expect(described.topics[0]!.partitions[0]).toMatchObject({
      leaderId: 1,
      replicaNodes: [1, 3, 2],
      isrNodes: [1, 2],
    });
    const r = await produceOne(client(1), 9, name, 0, batchOf(['during']), -1);
    expect([r.errorCode, r.baseOffset]).toEqual([0, 0]);
    tb.broker.replication.brokerResumed(3);
    await waitFor(() => tb.broker.replication.describe(name, 0).replicas.length === 2);
    expect(tb.broker.replication.describe(name, 0)).toMatchObject({
      leader: 1,
      leaderEpoch: 1,
      replicas: [1, 3],
      isr: [1, 3],
      logEndOffsets: { 1: 1, 3: 1 },
    });
    const after = await client(1).request(DescribeTopicPartitionsApi, 0, {
      topics: [{ name }],
      responsePartitionLimit: 10,
      cursor: null,
    });
    expect(after.topics[0]!.partitions[0]).toMatchObject({ leaderEpoch: 1, replicaNodes: [1, 3], isrNodes: [1, 3] });
  });

  it('cancels (null replicas) back to the replicas before, deleting the adding replica log', async () => {
    const name = topic([1, 2]);
    tb.broker.replication.brokerPaused(3);
    expect(await alter(name, 0, [3, 2])).toEqual(ok);
    expect(existsSync(join(tb.dataDir, '.replicas', 'node-3', `${name}-0`))).toBe(true);
    expect(await alter(name, 0, null)).toEqual(ok);
    expect(await ongoing()).toEqual([]);
    // PartitionReassignmentRevert keeps the order of the replicas in progress ([3, 2, 1]) without the adding ones.
    expect(tb.broker.replication.describe(name, 0)).toMatchObject({
      leader: 1,
      leaderEpoch: 1,
      replicas: [2, 1],
      isr: [1, 2],
    });
    expect(existsSync(join(tb.dataDir, '.replicas', 'node-3', `${name}-0`))).toBe(false);
    expect(await alter(name, 0, null)).toEqual({
      partitionIndex: 0,
      errorCode: ErrorCode.NO_REASSIGNMENT_IN_PROGRESS,
      errorMessage: 'No partition reassignment is in progress.',
    });
    tb.broker.replication.brokerResumed(3);
  });

  it('persists a reassignment in progress; it completes after a restart', async () => {
    const name = topic([1, 2]);
    await produceOne(client(1), 9, name, 0, batchOf(['a', 'b']), -1);
    tb.broker.replication.brokerPaused(3);
    expect(await alter(name, 0, [3, 1])).toEqual(ok);
    for (const c of clients.values()) c.destroy();
    clients.clear();
    await tb.stop();
    const saved = JSON.parse(readFileSync(join(tb.dataDir, '__cluster_metadata', 'topics.json'), 'utf8')) as {
      topics: { name: string; partitions: unknown[] }[];
    };
    expect(saved.topics.find((t) => t.name === name)!.partitions[0]).toEqual({
      partition: 0,
      replicas: [3, 1, 2],
      isr: [1, 2],
      leader: 1,
      leaderEpoch: 0,
      addingReplicas: [3],
      removingReplicas: [2],
    });
    tb = await startTestBroker({ 'samsa.broker.count': 3 }, tb.dataDir);
    for (const node of tb.broker.nodes) clients.set(node.nodeId, await WireClient.connect(node.port));
    await waitFor(() => tb.broker.replication.describe(name, 0).replicas.length === 2);
    expect(tb.broker.replication.describe(name, 0)).toMatchObject({
      leader: 1,
      leaderEpoch: 1,
      replicas: [3, 1],
      isr: [3, 1],
      logEndOffsets: { 1: 2, 3: 2 },
    });
    expect(await values(1, name)).toEqual(['a', 'b']);
    expect(existsSync(join(tb.dataDir, '.replicas', 'node-2', `${name}-0`))).toBe(false);
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
    const name = topic([1]);
    expect(await alter(name, 0, replicas)).toEqual({
      partitionIndex: 0,
      errorCode: ErrorCode.INVALID_REPLICA_ASSIGNMENT,
      errorMessage: message,
    });
    expect(tb.broker.replication.describe(name, 0).replicas).toEqual([1]);
  });

  it('answers UNKNOWN_TOPIC_OR_PARTITION for unknown topics and partitions, per partition', async () => {
    const res = await client().request(CreateTopicsApi, 5, {
      topics: [{ name: 'single', numPartitions: 2, replicationFactor: 1, assignments: [], configs: [] }],
      timeoutMs: 1000,
      validateOnly: false,
    });
    expect(res.topics[0]!.errorCode).toBe(0);
    const before = tb.broker.replication.describe('single', 1).replicas;
    const altered = await client().request(AlterPartitionReassignmentsApi, 0, {
      timeoutMs: 1000,
      topics: [
        { name: 'missing', partitions: [{ partitionIndex: 0, replicas: [1] }] },
        {
          name: 'single',
          partitions: [
            { partitionIndex: 5, replicas: [1] },
            { partitionIndex: 1, replicas: before },
          ],
        },
      ],
    });
    expect(altered.responses).toEqual([
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
