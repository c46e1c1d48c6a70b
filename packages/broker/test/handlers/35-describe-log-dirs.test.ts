import { statfsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CreateTopicsApi, DescribeLogDirsApi, ErrorCode } from '@samsa/protocol';
import { batchOf, produceOne } from '../helpers/records';
import { WireClient } from '../helpers/wire-client';
import { startTestBroker, type TestBroker } from '../helpers/test-broker';

describe('DescribeLogDirs', () => {
  let tb: TestBroker;
  let client: WireClient;
  beforeAll(async () => {
    tb = await startTestBroker();
    client = await WireClient.connect(tb.broker.port);
    const res = await client.request(CreateTopicsApi, 5, {
      topics: [
        { name: 'dirs-a', numPartitions: 2, replicationFactor: 1, assignments: [], configs: [] },
        { name: 'dirs-b', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] },
      ],
      timeoutMs: 1000,
      validateOnly: false,
    });
    expect(res.topics.map((t) => t.errorCode)).toEqual([0, 0]);
    for (let i = 0; i < 3; i++)
      expect((await produceOne(client, 9, 'dirs-a', 1, batchOf([`value-${i}`]))).errorCode).toBe(0);
  });
  afterAll(async () => {
    client.destroy();
    await tb.dispose();
  });

  const sizeOf = (topic: string, partition: number): number => tb.broker.replicas.log(topic, partition)!.size;

  it.each([0, 1, 2, 3, 4])(
    'v%i lists every partition of the log dir with its size when topics is null',
    async (version) => {
      const res = await client.request(DescribeLogDirsApi, version, { topics: null });
      if (version >= 3) expect(res.errorCode).toBe(ErrorCode.NONE);
      expect(res.results).toHaveLength(1);
      const [dir] = res.results;
      expect(dir!.errorCode).toBe(0);
      expect(dir!.logDir).toBe(resolve(tb.dataDir));
      const topics = Object.fromEntries(
        dir!.topics.map((t) => [t.name, t.partitions.sort((a, b) => a.partitionIndex - b.partitionIndex)]),
      );
      expect(sizeOf('dirs-a', 1)).toBeGreaterThan(0);
      expect(topics['dirs-a']).toEqual([
        { partitionIndex: 0, partitionSize: 0, offsetLag: 0, isFutureKey: false },
        { partitionIndex: 1, partitionSize: sizeOf('dirs-a', 1), offsetLag: 0, isFutureKey: false },
      ]);
      expect(topics['dirs-b']).toEqual([{ partitionIndex: 0, partitionSize: 0, offsetLag: 0, isFutureKey: false }]);
      if (version >= 4) {
        const s = statfsSync(tb.dataDir);
        expect(dir!.totalBytes).toBe(s.blocks * s.bsize);
        // Usable space moves with other writers on the volume: only its range is stable.
        expect(dir!.usableBytes).toBeGreaterThan(0);
        expect(dir!.usableBytes!).toBeLessThanOrEqual(dir!.totalBytes!);
      }
    },
  );

  it('filters partitions but, as Kafka, keeps every topic of the dir (with an empty list when none is asked)', async () => {
    const res = await client.request(DescribeLogDirsApi, 4, {
      topics: [
        { topic: 'dirs-a', partitions: [1, 7] },
        { topic: 'missing', partitions: [0] },
      ],
    });
    const topics = Object.fromEntries(
      res.results[0]!.topics.map((t) => [t.name, t.partitions.map((p) => p.partitionIndex)]),
    );
    expect(topics['dirs-a']).toEqual([1]);
    expect(topics['dirs-b']).toEqual([]);
    expect(topics['missing']).toBeUndefined();
  });

  it('lists only the partitions a broker identity holds a replica of', async () => {
    const multi = await startTestBroker({ 'samsa.broker.count': 2 });
    try {
      const c1 = await WireClient.connect(multi.broker.port);
      const res = await c1.request(CreateTopicsApi, 5, {
        topics: [{ name: 'spread', numPartitions: 2, replicationFactor: 1, assignments: [], configs: [] }],
        timeoutMs: 1000,
        validateOnly: false,
      });
      expect(res.topics[0]!.errorCode).toBe(0);
      const replicas = multi.broker.cluster.topicByName('spread')!.partitions.map((p) => p.replicas);
      expect(replicas).toEqual([[1], [2]]);
      const described = await c1.request(DescribeLogDirsApi, 4, { topics: null });
      const spread = described.results[0]!.topics.find((t) => t.name === 'spread')!;
      expect(spread.partitions.map((p) => p.partitionIndex)).toEqual([0]);
      c1.destroy();
    } finally {
      await multi.dispose();
    }
  });
  it('each broker identity reports the replicas it holds, with their sizes, under the configured log dir', async () => {
    const multi = await startTestBroker({ 'samsa.broker.count': 3 });
    const clients: WireClient[] = [];
    try {
      for (const node of multi.broker.nodes) clients.push(await WireClient.connect(node.port));
      const [first] = clients as [WireClient];
      const created = await first.request(CreateTopicsApi, 5, {
        topics: [
          { name: 'one-each', numPartitions: 3, replicationFactor: 1, assignments: [], configs: [] },
          { name: 'everywhere', numPartitions: 2, replicationFactor: 3, assignments: [], configs: [] },
        ],
        timeoutMs: 1000,
        validateOnly: false,
      });
      expect(created.topics.map((t) => t.errorCode)).toEqual([0, 0]);
      const leaders = multi.broker.cluster.topicByName('one-each')!.partitions.map((p) => p.replicas[0]!);
      expect([...leaders].sort()).toEqual([1, 2, 3]);
      for (let p = 0; p < 3; p++) {
        const leader = clients[leaders[p]! - 1]!;
        expect((await produceOne(leader, 9, 'one-each', p, batchOf(['x', 'y']))).errorCode).toBe(ErrorCode.NONE);
      }
      const logDir = resolve(multi.broker.config.logDirs[0]!);
      for (const [i, client] of clients.entries()) {
        const nodeId = multi.broker.nodes[i]!.nodeId;
        const described = await client.request(DescribeLogDirsApi, 4, { topics: null });
        expect(described.results.map((r) => r.logDir)).toEqual([logDir]);
        const topics = Object.fromEntries(described.results[0]!.topics.map((t) => [t.name, t.partitions]));
        const held = topics['one-each']!;
        expect(held.map((p) => p.partitionIndex)).toEqual([leaders.indexOf(nodeId)]);
        expect(held[0]!.partitionSize).toBeGreaterThan(0);
        expect(topics['everywhere']!.map((p) => p.partitionIndex).sort()).toEqual([0, 1]);
      }
    } finally {
      for (const c of clients) c.destroy();
      await multi.dispose();
    }
  });
});
