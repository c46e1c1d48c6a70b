/**
 * Replication between the broker identities of one process, over the wire: followers hold copies of the leader's
 * batches in their own logs, elections on broker stop move leaders and bump epochs, min.insync.replicas answers
 * NOT_ENOUGH_REPLICAS, a returning replica truncates where it diverged and catches up, Metadata, Produce and Fetch
 * carry the new leader, ElectLeaders moves leadership back to the preferred replica.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ElectLeadersApi, ErrorCode, MetadataApi, OffsetForLeaderEpochApi } from '@samsa/protocol';
import { batchOf, decodeRecords, fetch, produceOne } from '../helpers/records';
import { startTestBroker, type TestBroker } from '../helpers/test-broker';
import { WireClient } from '../helpers/wire-client';

describe('replication across broker identities', () => {
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

  function client(nodeId: number): WireClient {
    return clients.get(nodeId) as WireClient;
  }

  function topic(replicas: number[], configs: Record<string, string> = {}): string {
    const name = `repl-${n++}`;
    tb.broker.cluster.createTopic({
      name,
      numPartitions: -1,
      replicationFactor: -1,
      assignments: [{ partitionIndex: 0, brokerIds: replicas }],
      configs: Object.entries(configs).map(([k, v]) => ({ name: k, value: v })),
    });
    return name;
  }

  async function values(nodeId: number, name: string): Promise<(string | null)[]> {
    const res = await fetch(client(nodeId), 12, [{ topic: name, partition: 0, offset: 0 }]);
    const p = res.responses[0]?.partitions[0];
    expect(p?.errorCode).toBe(ErrorCode.NONE);
    return (await decodeRecords(p?.records)).map((r) => r.value?.toString() ?? null);
  }

  it('copies every batch into each follower log, byte for byte, and advances the high watermark with them', async () => {
    const name = topic([1, 2, 3]);
    const r1 = await produceOne(client(1), 9, name, 0, batchOf(['a', 'b']), -1);
    const r2 = await produceOne(client(1), 9, name, 0, batchOf(['c']), 1);
    expect([r1.errorCode, r1.baseOffset, r2.errorCode, r2.baseOffset]).toEqual([0, 0, 0, 2]);
    const d = tb.broker.replication.describe(name, 0);
    expect(d).toEqual({
      leader: 1,
      leaderEpoch: 0,
      replicas: [1, 2, 3],
      isr: [1, 2, 3],
      highWatermark: 3,
      logEndOffsets: { 1: 3, 2: 3, 3: 3 },
    });
    const p = tb.broker.replicas.partition(name, 0)!;
    const leaderBytes = p.replicas.get(1)!.log.read(0, 1 << 20).records;
    for (const id of [2, 3])
      expect(Buffer.concat(p.replicas.get(id)!.log.read(0, 1 << 20).records)).toEqual(Buffer.concat(leaderBytes));
    // Each replica has its own directory: the first identity in log.dirs, the others under .replicas/node-N.
    expect(existsSync(join(tb.dataDir, `${name}-0`))).toBe(true);
    expect(existsSync(join(tb.dataDir, '.replicas', 'node-2', `${name}-0`))).toBe(true);
    expect(existsSync(join(tb.dataDir, '.replicas', 'node-3', `${name}-0`))).toBe(true);
  });

  it('stopping the leader elects the next ISR member with a new epoch; clients are told who leads', async () => {
    const name = topic([1, 2, 3]);
    await produceOne(client(1), 9, name, 0, batchOf(['a', 'b']), -1);
    tb.broker.replication.brokerDown(1);
    expect(tb.broker.replication.describe(name, 0)).toMatchObject({ leader: 2, leaderEpoch: 1, isr: [2, 3] });

    // Every identity answers Metadata the same way, with the stopped replica offline.
    for (const id of [2, 3]) {
      const md = await client(id).request(MetadataApi, 12, {
        topics: [{ name, topicId: undefined as never }],
        allowAutoTopicCreation: false,
        includeTopicAuthorizedOperations: false,
      });
      const part = md.topics[0]!.partitions[0]!;
      expect([part.errorCode, part.leaderId, part.leaderEpoch, part.isrNodes, part.offlineReplicas]).toEqual([
        0,
        2,
        1,
        [2, 3],
        [1],
      ]);
    }
    // The old leader answers NOT_LEADER_OR_FOLLOWER with the new leader (KIP-951) on Produce and Fetch.
    const refused = await produceOne(client(1), 10, name, 0, batchOf(['x']), -1);
    expect(refused.errorCode).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER);
    expect(refused.currentLeader).toEqual({ leaderId: 2, leaderEpoch: 1 });
    const topicId = tb.broker.cluster.topicByName(name)!.id;
    const fetched = await fetch(client(1), 16, [{ topic: name, topicId, partition: 0, offset: 0 }]);
    expect(fetched.responses[0]!.partitions[0]!.errorCode).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER);
    expect(fetched.responses[0]!.partitions[0]!.currentLeader).toEqual({ leaderId: 2, leaderEpoch: 1 });
    expect(fetched.nodeEndpoints?.map((e) => e.nodeId)).toEqual([2]);
    // The new leader has everything that was acknowledged and takes writes in its epoch.
    expect(await values(2, name)).toEqual(['a', 'b']);
    const ok = await produceOne(client(2), 9, name, 0, batchOf(['c']), -1);
    expect([ok.errorCode, ok.baseOffset]).toEqual([0, 2]);
    // A fenced epoch is refused by the new leader.
    const stale = await fetch(client(2), 12, [{ topic: name, partition: 0, offset: 0, currentLeaderEpoch: 0 }]);
    expect(stale.responses[0]!.partitions[0]!.errorCode).toBe(ErrorCode.FENCED_LEADER_EPOCH);

    // The returning replica catches up and rejoins the ISR; leadership stays until a preferred election.
    tb.broker.replication.brokerUp(1);
    expect(tb.broker.replication.describe(name, 0)).toMatchObject({
      leader: 2,
      isr: [1, 2, 3],
      logEndOffsets: { 1: 3, 2: 3, 3: 3 },
    });
    const elected = await client(3).request(ElectLeadersApi, 2, {
      electionType: 0,
      topicPartitions: [{ topic: name, partitions: [0] }],
      timeoutMs: 1000,
    });
    expect(elected.replicaElectionResults[0]!.partitionResult).toEqual([
      { partitionId: 0, errorCode: ErrorCode.NONE, errorMessage: null },
    ]);
    expect(tb.broker.replication.describe(name, 0)).toMatchObject({ leader: 1, leaderEpoch: 2 });
    expect(await values(1, name)).toEqual(['a', 'b', 'c']);
    // The leader epoch history: epoch 0 from offset 0, 1 from 2, 2 from 3 (leader-epoch-checkpoint).
    const checkpoint = readFileSync(join(tb.dataDir, `${name}-0`, 'leader-epoch-checkpoint'), 'utf8');
    expect(checkpoint).toBe('0\n3\n0 0\n1 2\n2 3\n');
    const eo = await client(1).request(OffsetForLeaderEpochApi, 3, {
      replicaId: -1,
      topics: [
        {
          topic: name,
          partitions: [
            { partition: 0, currentLeaderEpoch: 2, leaderEpoch: 0 },
            { partition: 0, currentLeaderEpoch: 2, leaderEpoch: 1 },
          ],
        },
      ],
    });
    expect(eo.topics[0]!.partitions.map((p) => [p.errorCode, p.leaderEpoch, p.endOffset])).toEqual([
      [0, 0, 2],
      [0, 1, 3],
    ]);
  });

  it('min.insync.replicas=2: one of three stopped still takes acks=all, two stopped answers NOT_ENOUGH_REPLICAS', async () => {
    const name = topic([1, 2, 3], { 'min.insync.replicas': '2' });
    tb.broker.replication.brokerDown(3);
    expect((await produceOne(client(1), 9, name, 0, batchOf(['a']), -1)).errorCode).toBe(ErrorCode.NONE);
    tb.broker.replication.brokerDown(2);
    expect((await produceOne(client(1), 9, name, 0, batchOf(['b']), -1)).errorCode).toBe(ErrorCode.NOT_ENOUGH_REPLICAS);
    // acks=1 does not need the ISR.
    expect((await produceOne(client(1), 9, name, 0, batchOf(['c']), 1)).errorCode).toBe(ErrorCode.NONE);
    tb.broker.replication.brokerUp(2);
    expect((await produceOne(client(1), 9, name, 0, batchOf(['d']), -1)).errorCode).toBe(ErrorCode.NONE);
    expect(await values(1, name)).toEqual(['a', 'c', 'd']);
    // Broker 3 is still stopped: it copied nothing.
    expect(tb.broker.replication.describe(name, 0).logEndOffsets).toEqual({ 1: 3, 2: 3, 3: 0 });
  });

  it('a leaderless partition answers LEADER_NOT_AVAILABLE in Metadata and NOT_LEADER_OR_FOLLOWER to writes until a leader is set', async () => {
    const name = topic([2, 3]);
    tb.broker.replication.setLeaderless(name, 0);
    const md = await client(1).request(MetadataApi, 9, {
      topics: [{ name }],
      allowAutoTopicCreation: false,
      includeClusterAuthorizedOperations: false,
      includeTopicAuthorizedOperations: false,
    });
    expect([md.topics[0]!.partitions[0]!.errorCode, md.topics[0]!.partitions[0]!.leaderId]).toEqual([
      ErrorCode.LEADER_NOT_AVAILABLE,
      -1,
    ]);
    expect((await produceOne(client(2), 9, name, 0, batchOf(['a']), -1)).errorCode).toBe(
      ErrorCode.NOT_LEADER_OR_FOLLOWER,
    );
    tb.broker.replication.moveLeader(name, 0, 3);
    expect(tb.broker.replication.describe(name, 0)).toMatchObject({ leader: 3, leaderEpoch: 2 });
    expect((await produceOne(client(3), 9, name, 0, batchOf(['a']), -1)).errorCode).toBe(ErrorCode.NONE);
    expect(() => tb.broker.replication.moveLeader(name, 0, 1)).toThrow(
      expect.objectContaining({ errorName: 'INELIGIBLE_REPLICA' }),
    );
  });

  it('the last ISR member stopping leaves the partition leaderless; its return makes it lead again', async () => {
    const name = topic([1, 2]);
    await produceOne(client(1), 9, name, 0, batchOf(['a']), -1);
    tb.broker.replication.brokerDown(2);
    tb.broker.replication.brokerDown(1);
    expect(tb.broker.replication.describe(name, 0)).toMatchObject({ leader: -1, isr: [1] });
    // Unclean election is off by default: replica 2 is not in the ISR, so it may not lead.
    tb.broker.replication.brokerUp(2);
    expect(tb.broker.replication.describe(name, 0)).toMatchObject({ leader: -1 });
    const res = await client(2).request(ElectLeadersApi, 1, {
      electionType: 0,
      topicPartitions: [{ topic: name, partitions: [0] }],
      timeoutMs: 1000,
    });
    expect(res.replicaElectionResults[0]!.partitionResult[0]!.errorCode).toBe(ErrorCode.PREFERRED_LEADER_NOT_AVAILABLE);
    tb.broker.replication.brokerUp(1);
    expect(tb.broker.replication.describe(name, 0)).toMatchObject({
      leader: 1,
      isr: [1, 2],
      logEndOffsets: { 1: 1, 2: 1 },
    });
    expect(await values(1, name)).toEqual(['a']);
  });

  it("an unclean election loses the old leader's unreplicated tail: the returning replica truncates to the new leader's epoch", async () => {
    const name = topic([1, 2], { 'unclean.leader.election.enable': 'true' });
    await produceOne(client(1), 9, name, 0, batchOf(['a']), -1);
    // Replica 2 leaves the ISR and stops copying; the leader writes on alone.
    tb.broker.replication.setIsr(name, 0, [1]);
    await produceOne(client(1), 9, name, 0, batchOf(['lost-1', 'lost-2']), 1);
    expect(tb.broker.replication.describe(name, 0).logEndOffsets).toEqual({ 1: 3, 2: 1 });
    tb.broker.replication.brokerDown(1);
    expect(tb.broker.replication.describe(name, 0)).toMatchObject({ leader: 2, leaderEpoch: 1, isr: [2] });
    await produceOne(client(2), 9, name, 0, batchOf(['b', 'c', 'd']), -1);
    tb.broker.replication.brokerUp(1);
    // Replica 1 had epoch 0 up to offset 3; on the leader epoch 0 ends at 1, so 1 truncates to 1 and copies 1-3.
    expect(tb.broker.replication.describe(name, 0)).toMatchObject({
      leader: 2,
      isr: [1, 2],
      logEndOffsets: { 1: 4, 2: 4 },
    });
    tb.broker.replication.moveLeader(name, 0, 1);
    expect(await values(1, name)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('setIsr forces the ISR: a replica left out stops copying, put back it catches up first', async () => {
    const name = topic([1, 2, 3]);
    tb.broker.replication.setIsr(name, 0, [1, 2]);
    await produceOne(client(1), 9, name, 0, batchOf(['a', 'b']), -1);
    expect(tb.broker.replication.describe(name, 0)).toMatchObject({
      isr: [1, 2],
      highWatermark: 2,
      logEndOffsets: { 1: 2, 2: 2, 3: 0 },
    });
    expect(() => tb.broker.replication.setIsr(name, 0, [2, 3])).toThrow(
      expect.objectContaining({ errorName: 'INVALID_REQUEST' }),
    );
    tb.broker.replication.setIsr(name, 0, [1, 2, 3]);
    expect(tb.broker.replication.describe(name, 0)).toMatchObject({
      isr: [1, 2, 3],
      logEndOffsets: { 1: 2, 2: 2, 3: 2 },
    });
  });
});

describe('replicated logs across a restart', () => {
  it('each identity reopens its own replica logs and epoch history', async () => {
    const first = await startTestBroker({ 'samsa.broker.count': 2 });
    const dir = first.dataDir;
    first.broker.cluster.createTopic({
      name: 'kept',
      numPartitions: 1,
      replicationFactor: 2,
      assignments: [],
      configs: [],
    });
    const c = await WireClient.connect(first.broker.port);
    await produceOne(c, 9, 'kept', 0, batchOf(['a', 'b']), -1);
    first.broker.replication.moveLeader('kept', 0, 2);
    c.destroy();
    await first.stop();
    const second = await startTestBroker({ 'samsa.broker.count': 2 }, dir);
    try {
      expect(second.broker.replication.describe('kept', 0)).toEqual({
        leader: 2,
        leaderEpoch: 1,
        replicas: [1, 2],
        isr: [1, 2],
        highWatermark: 2,
        logEndOffsets: { 1: 2, 2: 2 },
      });
      expect(second.broker.replicas.partition('kept', 0)!.log.leaderEpochs.entries).toEqual([
        { epoch: 0, startOffset: 0 },
        { epoch: 1, startOffset: 2 },
      ]);
    } finally {
      await second.dispose();
    }
  });
});
