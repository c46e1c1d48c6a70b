// sarama 1.22.1 (Go, Debian's golang-github-shopify-sarama-dev) against samsa, through go/sarama/main.go:
// metadata, produce and consume with each codec it has (Config.Version 2.1.0, v2 record batches with headers)
// and with its default Version (V0_8_2_0: Produce v0, magic 0 messages), a ConsumerGroup with a rebalance and
// commits, ClusterAdmin, the idempotent producer and GetOffset by time.
import type { Admin } from 'kafkajs';
import { connectAdmin } from '../helpers/kafkajs-admin';
import { startTestBroker, type TestBroker } from '../helpers/broker';
import { describeWithClient } from '../helpers/clients';
import { goBinary, runGoJson, sarama } from '../helpers/go';
import { twoMembersSplitThenResume } from '../helpers/group-members';
import { actualShape, binaryRecords, expectedShape, textRecords, type TestRecord } from '../helpers/records';
import { storedBatches } from '../helpers/stored-batches';

jest.setTimeout(120_000);

const V2 = { version: '2.1.0' };

interface AdminResult<T = unknown> {
  readonly result: T;
  readonly error: { code: number; message: string } | null;
}

describeWithClient('sarama', 'sarama 1.22 against samsa', () => {
  let broker: TestBroker;
  let admin: Admin;
  const saramaAdmin = <T>(op: string, args: object): Promise<AdminResult<T>> =>
    runGoJson<AdminResult<T>>('sarama', [broker.bootstrap, 'admin', op, JSON.stringify(args)]);

  beforeAll(async () => {
    await goBinary('sarama');
    broker = await startTestBroker({ config: { 'group.initial.rebalance.delay.ms': 0 } });
    admin = await connectAdmin('compat-sarama-admin', [broker.bootstrap]);
    const topics = [
      'codecs-none',
      'codecs-gzip',
      'codecs-snappy',
      'codecs-lz4',
      'codecs-zstd',
      'legacy',
      'by-time',
      'idempotent',
    ];
    await admin.createTopics({
      topics: [...topics.map((topic) => ({ topic, numPartitions: 1 })), { topic: 'group', numPartitions: 4 }],
    });
  });

  afterAll(async () => {
    await admin?.disconnect();
    await broker?.stop();
  });

  test('metadata: Version 2.1.0 sees this broker, the controller (Metadata v1+) and every partition leader', async () => {
    const md = await runGoJson<{
      brokers: Array<{ id: number; addr: string }>;
      controller: number;
      topics: Record<string, number[]>;
    }>('sarama', [broker.bootstrap, 'metadata', 'version=2.1.0']);
    expect(md.brokers).toEqual([{ id: expect.any(Number), addr: broker.bootstrap }]);
    expect(md.controller).toBe(md.brokers[0]!.id);
    expect(md.topics['group']).toEqual([1, 1, 1, 1].map(() => md.brokers[0]!.id));
  });

  test('metadata: the default Version (V0_8_2_0, Metadata v0) bootstraps too', async () => {
    const md = await runGoJson<{
      brokers: Array<{ id: number }>;
      controller: number;
      topics: Record<string, number[]>;
    }>('sarama', [broker.bootstrap, 'metadata']);
    expect(md.brokers).toHaveLength(1);
    expect(Object.keys(md.topics)).toEqual(expect.arrayContaining(['group', 'legacy']));
  });

  test.each(['none', 'gzip', 'snappy', 'lz4'] as const)(
    'codecs: %s v2 batches: keys, nulls, headers, timestamps and binary bytes come back byte for byte',
    async (codec) => {
      const topic = `codecs-${codec}`;
      const sent: TestRecord[] = [...textRecords(`sarama-${codec}`, 0), ...binaryRecords(`sarama-${codec}`, 0)];
      const delivered = await sarama.produce(broker.bootstrap, topic, sent, { ...V2, compression: codec });
      expect(delivered.map((d) => [d.partition, d.offset])).toEqual(sent.map((_, i) => [0, i]));
      const read = await sarama.consume(broker.bootstrap, topic, 0, 'beginning', sent.length, V2);
      expect(read.map((r) => r.offset)).toEqual(sent.map((_, i) => i));
      expect(actualShape(read, sent)).toEqual(expectedShape(sent));
      const batches = await storedBatches(broker.bootstrap, topic, 0);
      expect(batches.reduce((n, b) => n + b.recordCount, 0)).toBe(sent.length);
      expect(batches.map((b) => [b.magic, b.codec])).toEqual(
        batches.map(() => [2, ['none', 'gzip', 'snappy', 'lz4'].indexOf(codec)]),
      );
    },
  );

  // sarama 1.22 sends zstd batches in Produce v3; Kafka only takes zstd from Produce v7 on (KIP-110) and answers
  // UNSUPPORTED_COMPRESSION_TYPE, so the records are refused, as by Kafka.
  test('codecs: zstd from sarama 1.22 (Produce v3) is refused with UNSUPPORTED_COMPRESSION_TYPE, as Kafka does', async () => {
    await expect(
      sarama.produce(broker.bootstrap, 'codecs-zstd', textRecords('zstd', 0), { ...V2, compression: 'zstd' }),
    ).rejects.toThrow(/does not support the compression type/);
    expect(await storedBatches(broker.bootstrap, 'codecs-zstd', 0)).toEqual([]);
  });

  test('records: the default Version (V0_8_2_0) writes magic 0 messages that both Versions read back without timestamps', async () => {
    // Magic 0 has no headers and no timestamps; keys and values (null, empty, binary) survive.
    const sent: TestRecord[] = [...textRecords('legacy', 0), ...binaryRecords('legacy', 0)].map((r) => ({
      ...r,
      headers: [],
      timestamp: null,
    }));
    await sarama.produce(broker.bootstrap, 'legacy', sent.slice(0, 4), { compression: 'gzip' });
    await sarama.produce(broker.bootstrap, 'legacy', sent.slice(4), {});
    for (const options of [{}, V2]) {
      const read = await sarama.consume(broker.bootstrap, 'legacy', 0, 'beginning', sent.length, options);
      expect(actualShape(read, sent)).toEqual(expectedShape(sent));
      expect(read.map((r) => r.timestamp)).toEqual(sent.map(() => -1));
    }
  });

  test('offsets-by-time: GetOffset with a timestamp finds the first record at or after it (ListOffsets v1)', async () => {
    const base = 1_690_000_000_000;
    const sent = [0, 10, 20, 30].map((d, i) => ({
      key: Buffer.from(`t${i}`),
      value: Buffer.from(`v${i}`),
      headers: [],
      timestamp: base + d,
      partition: 0,
    }));
    await sarama.produce(broker.bootstrap, 'by-time', sent, { ...V2, compression: 'gzip' });
    expect(await sarama.offsetForTime(broker.bootstrap, 'by-time', 0, base + 15, V2)).toEqual({ offset: 2 });
    expect(await sarama.offsetForTime(broker.bootstrap, 'by-time', 0, base, V2)).toEqual({ offset: 0 });
    // -1 (OffsetNewest) and -2 (OffsetOldest) are the log end and start.
    expect(await sarama.offsetForTime(broker.bootstrap, 'by-time', 0, -1, V2)).toEqual({ offset: 4 });
    expect(await sarama.offsetForTime(broker.bootstrap, 'by-time', 0, -2)).toEqual({ offset: 0 });
  });

  test('idempotence: Producer.Idempotent stores every record once, in order, with a producer id', async () => {
    const sent = Array.from({ length: 30 }, (_, i) => ({
      key: Buffer.from(`k${i}`),
      value: Buffer.from(`idempotent ${i}`),
      headers: [],
      timestamp: null,
      partition: 0,
    }));
    const delivered = await sarama.produce(broker.bootstrap, 'idempotent', sent, { ...V2, idempotent: true });
    expect(delivered.map((d) => d.offset)).toEqual(sent.map((_, i) => i));
    const read = await sarama.consume(broker.bootstrap, 'idempotent', 0, 'beginning', 31, { ...V2, idle_ms: 1500 });
    expect(read.map((r) => r.value?.toString())).toEqual(sent.map((r) => r.value.toString()));
  });

  test('groups: two ConsumerGroup members split 4 partitions after a rebalance, consume 100 records once and commit them', async () => {
    const [a, b] = await twoMembersSplitThenResume(broker.bootstrap, 'sarama-group', 'group', (options, timeoutMs) =>
      sarama.group(broker.bootstrap, 'sarama-group', 'group', options, timeoutMs),
    );
    // The first member held all four partitions, then gave some up in the rebalance: the last assignments split them.
    expect(a.assignments.at(-1)!.length + b.assignments.at(-1)!.length).toBe(4);
  });

  test('admin: ClusterAdmin lists and describes the group the members formed', async () => {
    const groups = await saramaAdmin<Record<string, string>>('list-groups', {});
    expect(groups).toEqual({ result: expect.objectContaining({ 'sarama-group': 'consumer' }), error: null });
    const described = await saramaAdmin<Array<Record<string, unknown>>>('describe-groups', { names: ['sarama-group'] });
    expect(described.result).toEqual([
      { group: 'sarama-group', state: 'Empty', protocolType: 'consumer', protocol: '', members: 0, error: 0 },
    ]);
    const offsets = await saramaAdmin<Record<string, number>>('group-offsets', {
      group: 'sarama-group',
      topic: 'group',
      parts: [0, 1, 2, 3],
    });
    expect(offsets).toEqual({ result: { 0: 26, 1: 26, 2: 26, 3: 26 }, error: null });
  });

  // sarama 1.22's DescribeCluster sends Metadata v0, which has no controller field: sarama reports -1, as with Kafka.
  test('admin: DescribeCluster lists this broker (Metadata v0: no controller id)', async () => {
    const { result, error } = await saramaAdmin<{ brokers: number[]; controller: number }>('describe-cluster', {});
    expect(error).toBeNull();
    expect(result.brokers).toHaveLength(1);
    expect(result.controller).toBe(-1);
  });

  test('admin: CreateTopic creates a topic with its configs; again fails with TOPIC_ALREADY_EXISTS (36); 0 partitions with INVALID_PARTITIONS (37)', async () => {
    expect(
      await saramaAdmin('create-topic', {
        topic: 'sarama-made',
        partitions: 2,
        replication: 1,
        configs: { 'cleanup.policy': 'compact' },
      }),
    ).toEqual({ result: null, error: null });
    expect((await admin.fetchTopicMetadata({ topics: ['sarama-made'] })).topics[0]!.partitions).toHaveLength(2);
    expect(
      (await saramaAdmin('create-topic', { topic: 'sarama-made', partitions: 2, replication: 1 })).error?.code,
    ).toBe(36);
    expect(
      (await saramaAdmin('create-topic', { topic: 'sarama-zero', partitions: 0, replication: 1 })).error?.code,
    ).toBe(37);
  });

  // sarama 1.22's ListTopics follows Metadata with one DescribeConfigs for every topic.
  test('admin: ListTopics reports every topic with its partition count', async () => {
    const { result, error } = await saramaAdmin<Record<string, number>>('list-topics', {});
    expect(error).toBeNull();
    expect(result).toEqual(expect.objectContaining({ group: 4, legacy: 1, 'sarama-made': 2 }));
  });

  test('admin: DescribeConfig returns a topic override and the broker defaults', async () => {
    const { result, error } = await saramaAdmin<Record<string, { value: string; default: boolean }>>(
      'describe-config',
      { topic: 'sarama-made' },
    );
    expect(error).toBeNull();
    expect(result['cleanup.policy']).toEqual(expect.objectContaining({ value: 'compact', default: false }));
    expect(result['retention.ms']).toEqual(expect.objectContaining({ value: '604800000', default: true }));
  });

  test('admin: CreatePartitions grows a topic; shrinking fails with INVALID_PARTITIONS (37)', async () => {
    expect(await saramaAdmin('create-partitions', { topic: 'sarama-made', partitions: 5 })).toEqual({
      result: null,
      error: null,
    });
    expect((await admin.fetchTopicMetadata({ topics: ['sarama-made'] })).topics[0]!.partitions).toHaveLength(5);
    expect((await saramaAdmin('create-partitions', { topic: 'sarama-made', partitions: 3 })).error?.code).toBe(37);
  });

  test('admin: DeleteRecords moves the log start offset, and consumers start there', async () => {
    expect(await saramaAdmin('delete-records', { topic: 'idempotent', offsets: { 0: 10 } })).toEqual({
      result: null,
      error: null,
    });
    const read = await sarama.consume(broker.bootstrap, 'idempotent', 0, 'beginning', 1, V2);
    expect(read.map((r) => r.offset)).toEqual([10]);
    expect(await sarama.offsetForTime(broker.bootstrap, 'idempotent', 0, -2, V2)).toEqual({ offset: 10 });
  });

  test('admin: DeleteTopic removes a topic; an unknown topic fails with UNKNOWN_TOPIC_OR_PARTITION (3)', async () => {
    expect(await saramaAdmin('delete-topic', { topic: 'sarama-made' })).toEqual({ result: null, error: null });
    expect((await admin.listTopics()).includes('sarama-made')).toBe(false);
    expect((await saramaAdmin('delete-topic', { topic: 'sarama-made' })).error?.code).toBe(3);
  });
});
