import { DescribeQuorumApi, ErrorCode, ZERO_UUID, type DescribeQuorumRequest } from '@samsa/protocol';
import { WireClient } from '../helpers/wire-client';
import { startTestBroker, type TestBroker } from '../helpers/test-broker';

const NOW = 1_700_000_000_000;

function req(topicName = '__cluster_metadata', partitions = [0]): DescribeQuorumRequest {
  return { topics: [{ topicName, partitions: partitions.map((partitionIndex) => ({ partitionIndex })) }] };
}

describe('DescribeQuorum', () => {
  let tb: TestBroker;
  beforeAll(async () => {
    tb = await startTestBroker({ 'samsa.broker.count': 3, 'node.id': 5 }, undefined, () => NOW);
  });
  afterAll(async () => tb.dispose());

  it('v0 reports the controller as the single voter and leader, the other brokers as observers', async () => {
    const client = await WireClient.connect(tb.broker.nodes[1]!.port);
    const res = await client.request(DescribeQuorumApi, 0, req());
    expect(res.errorCode).toBe(ErrorCode.NONE);
    expect(res.topics).toHaveLength(1);
    expect(res.topics[0]!.topicName).toBe('__cluster_metadata');
    const p = res.topics[0]!.partitions[0]!;
    expect(p.partitionIndex).toBe(0);
    expect(p.errorCode).toBe(ErrorCode.NONE);
    expect(p.leaderId).toBe(5);
    expect(p.leaderEpoch).toBe(1);
    // Three broker registrations at least.
    expect(p.highWatermark).toBeGreaterThanOrEqual(3);
    expect(p.currentVoters.map((v) => [v.replicaId, v.logEndOffset])).toEqual([[5, p.highWatermark]]);
    expect(p.observers.map((o) => [o.replicaId, o.logEndOffset])).toEqual([
      [6, p.highWatermark],
      [7, p.highWatermark],
    ]);
    client.destroy();
  });

  it('v1 adds fetch and caught-up timestamps; the high watermark follows metadata changes', async () => {
    const client = await WireClient.connect(tb.broker.port);
    const before = (await client.request(DescribeQuorumApi, 1, req())).topics[0]!.partitions[0]!;
    tb.broker.cluster.createTopic({ name: 'q', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] });
    const after = (await client.request(DescribeQuorumApi, 1, req())).topics[0]!.partitions[0]!;
    expect(after.highWatermark).toBeGreaterThan(before.highWatermark);
    expect(after.leaderEpoch).toBe(before.leaderEpoch);
    const replicas = [...after.currentVoters, ...after.observers];
    expect(replicas).toHaveLength(3);
    for (const r of replicas) {
      expect(r.lastFetchTimestamp).toBe(NOW);
      expect(r.lastCaughtUpTimestamp).toBe(NOW);
      expect(r.logEndOffset).toBe(after.highWatermark);
    }
    client.destroy();
  });

  it('v2 adds directory ids and the voter node with its listener', async () => {
    const client = await WireClient.connect(tb.broker.port);
    const res = await client.request(DescribeQuorumApi, 2, req());
    expect(res.errorCode).toBe(ErrorCode.NONE);
    expect(res.errorMessage).toBe('');
    const p = res.topics[0]!.partitions[0]!;
    expect(p.currentVoters[0]!.replicaDirectoryId).toBe(ZERO_UUID);
    expect(p.observers).toHaveLength(2);
    expect(res.nodes).toEqual([
      { nodeId: 5, listeners: [{ name: 'PLAINTEXT', host: '127.0.0.1', port: tb.broker.nodes[0]!.port }] },
    ]);
    client.destroy();
  });

  it('a new controller is a new leader epoch', async () => {
    const client = await WireClient.connect(tb.broker.nodes[2]!.port);
    await tb.broker.control.stopBroker(5);
    try {
      const res = await client.request(DescribeQuorumApi, 2, req());
      const p = res.topics[0]!.partitions[0]!;
      expect(p.leaderId).toBe(6);
      expect(p.leaderEpoch).toBe(2);
      expect(p.currentVoters.map((v) => v.replicaId)).toEqual([6]);
      expect(p.observers.map((o) => o.replicaId)).toEqual([7]);
      expect(res.nodes!.map((n) => n.nodeId)).toEqual([6]);
    } finally {
      await tb.broker.control.startBroker(5);
    }
    const back = (await client.request(DescribeQuorumApi, 0, req())).topics[0]!.partitions[0]!;
    expect([back.leaderId, back.leaderEpoch]).toEqual([5, 3]);
    client.destroy();
  });

  it.each([0, 1, 2])('v%i answers UNKNOWN_TOPIC_OR_PARTITION for any other partition', async (version) => {
    const client = await WireClient.connect(tb.broker.port);
    for (const request of [
      req('other'),
      req('__cluster_metadata', [1]),
      req('__cluster_metadata', [0, 1]),
      { topics: [...req().topics, ...req('other').topics] },
    ]) {
      const res = await client.request(DescribeQuorumApi, version, request);
      expect(res.errorCode).toBe(ErrorCode.NONE);
      const answered = res.topics.flatMap((t) =>
        t.partitions.map((p) => [t.topicName, p.partitionIndex, p.errorCode, p.currentVoters.length]),
      );
      const asked = request.topics.flatMap((t) =>
        t.partitions.map((p) => [t.topicName, p.partitionIndex, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, 0]),
      );
      expect(asked.length).toBeGreaterThan(0);
      expect(answered).toEqual(asked);
    }
    client.destroy();
  });
});
