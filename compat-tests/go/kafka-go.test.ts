// segmentio/kafka-go 0.2.1 (Go, Debian's golang-github-segmentio-kafka-go-dev) against samsa, through
// go/kafka-go/main.go. kafka-go 0.2 speaks the 0.10 protocol (Produce v2 with magic 1 message sets, Fetch v2,
// ListOffsets v1): keys, values and timestamps, no headers, no idempotence or transactions, no zstd.
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { connectAdmin } from '../helpers/kafkajs-admin';
import { startTestBroker, type TestBroker } from '../helpers/broker';
import { describeWithClient } from '../helpers/clients';
import { goBinary, kafkaGo, runGoJson } from '../helpers/go';
import { kafkajsConsume, registerKafkajsCodecs } from '../helpers/kafkajs';
import { twoMembersSplitThenResume } from '../helpers/group-members';
import { actualShape, binaryRecords, expectedShape, textRecords, type TestRecord } from '../helpers/records';
import { storedBatches } from '../helpers/stored-batches';

jest.setTimeout(120_000);

registerKafkajsCodecs();

/** What kafka-go can write: no headers. */
const withoutHeaders = (records: readonly TestRecord[]): TestRecord[] => records.map((r) => ({ ...r, headers: [] }));

/** What kafka-go 0.2 reads: its decoder returns nil for a zero-length key or value (FINDINGS.md). */
const emptyAsNull = (records: readonly TestRecord[]): TestRecord[] =>
  records.map((r) => ({
    ...r,
    key: r.key?.length === 0 ? null : r.key,
    value: r.value?.length === 0 ? null : r.value,
  }));

describeWithClient('kafka-go', 'kafka-go 0.2 against samsa', () => {
  let broker: TestBroker;
  let admin: Admin;
  const adminOp = (op: string, args: unknown): Promise<{ error: { code: number } | null }> =>
    runGoJson('kafka-go', [broker.bootstrap, op, JSON.stringify(args)]);

  beforeAll(async () => {
    await goBinary('kafka-go');
    broker = await startTestBroker({ config: { 'group.initial.rebalance.delay.ms': 0 } });
    admin = await connectAdmin('compat-kafka-go-admin', [broker.bootstrap]);
    const topics = ['codecs-none', 'codecs-gzip', 'codecs-snappy', 'codecs-lz4', 'by-time', 'headers'];
    await admin.createTopics({
      topics: [
        ...topics.map((topic) => ({ topic, numPartitions: 1 })),
        { topic: 'group', numPartitions: 4 },
        { topic: 'hashed', numPartitions: 3 },
      ],
    });
  });

  afterAll(async () => {
    await admin?.disconnect();
    await broker?.stop();
  });

  test('metadata: ReadPartitions names this broker as the leader of every partition', async () => {
    const md = await runGoJson<{
      partitions: Array<{ topic: string; partition: number; leader: number; host: string; port: number }>;
    }>('kafka-go', [broker.bootstrap, 'metadata', 'group']);
    expect(md.partitions.map((p) => [p.topic, p.partition, p.host, p.port])).toEqual(
      [0, 1, 2, 3].map((p) => ['group', p, broker.host, broker.port]),
    );
  });

  test.each(['none', 'gzip', 'snappy', 'lz4'] as const)(
    'codecs: %s magic 1 messages: keys, nulls, timestamps and binary bytes come back (empty read as nil by kafka-go)',
    async (codec) => {
      const topic = `codecs-${codec}`;
      const sent = withoutHeaders([...textRecords(`kafka-go-${codec}`, 0), ...binaryRecords(`kafka-go-${codec}`, 0)]);
      const delivered = await kafkaGo.produce(broker.bootstrap, topic, sent, { compression: codec });
      expect(delivered.map((d) => d.offset)).toEqual(sent.map((_, i) => i));
      const read = await kafkaGo.consume(broker.bootstrap, topic, 0, 'beginning', sent.length);
      expect(read.map((r) => r.offset)).toEqual(sent.map((_, i) => i));
      expect(actualShape(read, sent)).toEqual(expectedShape(emptyAsNull(sent)));
      // What kafka-go wrote is exact, empty keys and values included: kafkajs reads it back.
      const kafka = new Kafka({
        clientId: 'compat-kafka-go-reader',
        brokers: [broker.bootstrap],
        logLevel: logLevel.NOTHING,
      });
      expect(actualShape(await kafkajsConsume(kafka, topic, { count: sent.length }), sent)).toEqual(
        expectedShape(sent),
      );
      // Stored as v2 batches, converted on the way in as Kafka does, with the codec kept.
      const batches = await storedBatches(broker.bootstrap, topic, 0);
      expect(batches.reduce((n, b) => n + b.recordCount, 0)).toBe(sent.length);
      expect(batches.map((b) => [b.magic, b.codec])).toEqual(
        batches.map(() => [2, ['none', 'gzip', 'snappy', 'lz4'].indexOf(codec)]),
      );
    },
  );

  test('records: v2 records with headers are read by kafka-go (Fetch v2, down-converted) with keys, values and timestamps', async () => {
    const sent = textRecords('headers', 0);
    const kafka = new Kafka({
      clientId: 'compat-kafka-go-writer',
      brokers: [broker.bootstrap],
      logLevel: logLevel.NOTHING,
    });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic: 'headers',
      messages: sent.map((r) => ({
        key: r.key,
        value: r.value,
        timestamp: String(r.timestamp),
        partition: 0,
        headers: Object.fromEntries(r.headers.map(([k, v]) => [k, v ?? ''])),
      })),
    });
    await producer.disconnect();
    const read = await kafkaGo.consume(broker.bootstrap, 'headers', 0, 'beginning', sent.length);
    expect(actualShape(read, sent)).toEqual(expectedShape(emptyAsNull(withoutHeaders(sent))));
  });

  test('produce-consume: kafka.Writer spreads keys over partitions with its hash balancer', async () => {
    const sent = Array.from({ length: 30 }, (_, i) => ({
      key: Buffer.from(`key-${i}`),
      value: Buffer.from(`value-${i}`),
      headers: [],
      timestamp: null,
    }));
    expect(
      await runGoJson('kafka-go', [broker.bootstrap, 'write', 'hashed', 'compression=snappy'], {
        input: JSON.stringify({
          records: sent.map((r) => ({
            key: r.key.toString('hex'),
            value: r.value.toString('hex'),
            headers: [],
            timestamp: null,
          })),
        }),
      }),
    ).toEqual({ written: 30 });
    const perPartition = await Promise.all(
      [0, 1, 2].map((p) => kafkaGo.consume(broker.bootstrap, 'hashed', p, 'beginning', 30, { idle_ms: 1000 })),
    );
    expect(
      perPartition
        .flat()
        .map((r) => r.value?.toString())
        .sort(),
    ).toEqual(sent.map((r) => r.value.toString()).sort());
    expect(perPartition.filter((records) => records.length > 0).length).toBeGreaterThan(1);
  });

  test('offsets-by-time: Conn.ReadOffset finds the first record at or after a time (ListOffsets v1)', async () => {
    const base = 1_690_000_000_000;
    const sent = [0, 10, 20, 30].map((d, i) => ({
      key: null,
      value: Buffer.from(`v${i}`),
      headers: [],
      timestamp: base + d,
      partition: 0,
    }));
    await kafkaGo.produce(broker.bootstrap, 'by-time', sent, { compression: 'gzip' });
    expect(await kafkaGo.offsetForTime(broker.bootstrap, 'by-time', 0, base + 15)).toEqual({ offset: 2 });
    expect(await kafkaGo.offsetForTime(broker.bootstrap, 'by-time', 0, base)).toEqual({ offset: 0 });
    // After the last record: no offset (-1), as Kafka answers ListOffsets v1+.
    expect(await kafkaGo.offsetForTime(broker.bootstrap, 'by-time', 0, base + 1000)).toEqual({ offset: -1 });
  });

  test('groups: two Reader members split 4 partitions after a rebalance, consume 100 records once and commit them', async () => {
    await twoMembersSplitThenResume(broker.bootstrap, 'kafka-go-group', 'group', (options, timeoutMs) =>
      kafkaGo.group(broker.bootstrap, 'kafka-go-group', 'group', options, timeoutMs),
    );
  });

  test('admin: CreateTopics creates topics (an existing one is accepted, as kafka-go means it); 0 partitions fails with INVALID_PARTITIONS (37)', async () => {
    expect(
      await adminOp('create-topics', [
        { topic: 'made-1', partitions: 2, replication: 1 },
        { topic: 'made-2', partitions: 1, replication: 1, configs: { 'cleanup.policy': 'compact' } },
      ]),
    ).toEqual({ error: null });
    const md = await admin.fetchTopicMetadata({ topics: ['made-1', 'made-2'] });
    expect(md.topics.map((t) => [t.name, t.partitions.length]).sort()).toEqual([
      ['made-1', 2],
      ['made-2', 1],
    ]);
    // kafka-go's CreateTopics treats TOPIC_ALREADY_EXISTS as success.
    expect(await adminOp('create-topics', [{ topic: 'made-1', partitions: 2, replication: 1 }])).toEqual({
      error: null,
    });
    expect((await adminOp('create-topics', [{ topic: 'made-zero', partitions: 0, replication: 1 }])).error?.code).toBe(
      37,
    );
  });

  test('admin: DeleteTopics removes topics; an unknown topic fails with UNKNOWN_TOPIC_OR_PARTITION (3)', async () => {
    expect(await adminOp('delete-topics', ['made-1', 'made-2'])).toEqual({ error: null });
    expect((await admin.listTopics()).filter((t) => t.startsWith('made-'))).toEqual([]);
    expect((await adminOp('delete-topics', ['made-1'])).error?.code).toBe(3);
  });
});
