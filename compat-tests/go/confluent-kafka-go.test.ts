// confluent-kafka-go 0.11.6 (Go on Debian's librdkafka 2.0.2 through cgo) against samsa, through
// go/confluent-kafka-go/main.go: metadata, produce and consume with every codec, a consumer group with a
// rebalance and commits, the AdminClient of 0.11.6, enable.idempotence, OffsetsForTimes. 0.11 has no
// transactions API (a client limitation, FINDINGS.md).
import type { Admin } from 'kafkajs';
import { connectAdmin } from '../helpers/kafkajs-admin';
import { startTestBroker, type TestBroker } from '../helpers/broker';
import { describeWithClient } from '../helpers/clients';
import { confluentGo, goBinary, runGoJson } from '../helpers/go';
import { twoMembersSplitThenResume } from '../helpers/group-members';
import { actualShape, binaryRecords, expectedShape, textRecords, type TestRecord } from '../helpers/records';
import { storedBatches } from '../helpers/stored-batches';

jest.setTimeout(120_000);

const CODECS = ['none', 'gzip', 'snappy', 'lz4', 'zstd'] as const;

interface AdminOut {
  readonly results: Array<{ name: string; error: { code: number; name: string } | null }>;
  readonly configs?: Record<string, Record<string, string>>;
}

describeWithClient('confluent-kafka-go', 'confluent-kafka-go 0.11 against samsa', () => {
  let broker: TestBroker;
  let admin: Admin;
  const adminOp = (op: string, args: unknown): Promise<AdminOut> =>
    runGoJson<AdminOut>('confluent-kafka-go', [broker.bootstrap, 'admin', op, JSON.stringify(args)]);

  beforeAll(async () => {
    await goBinary('confluent-kafka-go');
    broker = await startTestBroker({ config: { 'group.initial.rebalance.delay.ms': 0 } });
    admin = await connectAdmin('compat-ckg-admin', [broker.bootstrap]);
    await admin.createTopics({
      topics: [
        ...[...CODECS.map((c) => `codecs-${c}`), 'by-time', 'idempotent'].map((topic) => ({ topic, numPartitions: 1 })),
        { topic: 'group', numPartitions: 4 },
      ],
    });
  });

  afterAll(async () => {
    await admin?.disconnect();
    await broker?.stop();
  });

  test('metadata: GetMetadata lists this broker and every partition with it as leader', async () => {
    const md = await runGoJson<{ brokers: number[]; topics: Record<string, number[]> }>('confluent-kafka-go', [
      broker.bootstrap,
      'metadata',
    ]);
    expect(md.brokers).toHaveLength(1);
    expect(md.topics['group']).toEqual([0, 1, 2, 3].map(() => md.brokers[0]));
  });

  test.each(CODECS)(
    'codecs: compression.type=%s: keys, nulls, headers, timestamps and binary bytes come back byte for byte',
    async (codec) => {
      const topic = `codecs-${codec}`;
      const sent: TestRecord[] = [...textRecords(`ckg-${codec}`, 0), ...binaryRecords(`ckg-${codec}`, 0)];
      const delivered = await confluentGo.produce(broker.bootstrap, topic, sent, { 'compression.type': codec });
      expect(delivered.map((d) => [d.partition, d.offset])).toEqual(sent.map((_, i) => [0, i]));
      const read = await confluentGo.consume(broker.bootstrap, topic, 0, 'beginning', sent.length);
      expect(read.map((r) => r.offset)).toEqual(sent.map((_, i) => i));
      expect(actualShape(read, sent)).toEqual(expectedShape(sent));
      // librdkafka sends a batch uncompressed when compressing would not make it smaller.
      const codecs = new Set((await storedBatches(broker.bootstrap, topic, 0)).map((b) => b.codec));
      expect(codecs.has(CODECS.indexOf(codec))).toBe(true);
      expect([...codecs].every((c) => c === 0 || c === CODECS.indexOf(codec))).toBe(true);
    },
  );

  test('offsets-by-time: OffsetsForTimes finds the first record at or after a time, inside a compressed batch', async () => {
    const base = 1_690_000_000_000;
    const sent = [0, 10, 20, 30].map((d, i) => ({
      key: null,
      value: Buffer.from(`v${i}`.repeat(50)),
      headers: [],
      timestamp: base + d,
      partition: 0,
    }));
    await confluentGo.produce(broker.bootstrap, 'by-time', sent, { 'compression.type': 'gzip' });
    expect(await confluentGo.offsetForTime(broker.bootstrap, 'by-time', 0, base + 15)).toEqual({ offset: 2 });
    expect(await confluentGo.offsetForTime(broker.bootstrap, 'by-time', 0, base)).toEqual({ offset: 0 });
  });

  test('idempotence: enable.idempotence=true stores every record once, in order', async () => {
    const sent = Array.from({ length: 50 }, (_, i) => ({
      key: Buffer.from(`k${i}`),
      value: Buffer.from(`idempotent ${i}`),
      headers: [],
      timestamp: null,
      partition: 0,
    }));
    const delivered = await confluentGo.produce(broker.bootstrap, 'idempotent', sent, {
      'enable.idempotence': true,
      'max.in.flight.requests.per.connection': 5,
      'batch.num.messages': 7,
    });
    expect(delivered.map((d) => d.offset)).toEqual(sent.map((_, i) => i));
    const read = await confluentGo.consume(broker.bootstrap, 'idempotent', 0, 'beginning', 51, { idle_ms: 1500 });
    expect(read.map((r) => r.value?.toString())).toEqual(sent.map((r) => r.value.toString()));
  });

  test('groups: two members split 4 partitions after a rebalance, consume 100 records once and commit them', async () => {
    await twoMembersSplitThenResume(broker.bootstrap, 'ckg-group', 'group', (options, timeoutMs) =>
      confluentGo.group(broker.bootstrap, 'ckg-group', 'group', options, timeoutMs),
    );
  });

  test('admin: CreateTopics creates a topic with a config; again reports TOPIC_ALREADY_EXISTS (36)', async () => {
    expect(
      await adminOp('create-topics', [
        { Topic: 'ckg-made', NumPartitions: 2, ReplicationFactor: 1, Config: { 'cleanup.policy': 'compact' } },
      ]),
    ).toEqual({ results: [{ name: 'ckg-made', error: null }] });
    expect((await admin.fetchTopicMetadata({ topics: ['ckg-made'] })).topics[0]!.partitions).toHaveLength(2);
    expect(
      (await adminOp('create-topics', [{ Topic: 'ckg-made', NumPartitions: 2, ReplicationFactor: 1 }])).results[0]!
        .error?.code,
    ).toBe(36);
  });

  test('admin: DescribeConfigs returns the topic override and broker defaults', async () => {
    const out = await adminOp('describe-configs', ['ckg-made']);
    expect(out.results).toEqual([{ name: 'ckg-made', error: null }]);
    expect(out.configs?.['ckg-made']).toEqual(
      expect.objectContaining({ 'cleanup.policy': 'compact', 'retention.ms': '604800000' }),
    );
  });

  test('admin: CreatePartitions grows a topic to 4 partitions', async () => {
    expect(await adminOp('create-partitions', [{ Topic: 'ckg-made', IncreaseTo: 4 }])).toEqual({
      results: [{ name: 'ckg-made', error: null }],
    });
    expect((await admin.fetchTopicMetadata({ topics: ['ckg-made'] })).topics[0]!.partitions).toHaveLength(4);
  });

  test('admin: DeleteTopics removes a topic; an unknown topic reports UNKNOWN_TOPIC_OR_PARTITION (3)', async () => {
    expect(await adminOp('delete-topics', ['ckg-made'])).toEqual({ results: [{ name: 'ckg-made', error: null }] });
    expect((await admin.listTopics()).includes('ckg-made')).toBe(false);
    expect((await adminOp('delete-topics', ['ckg-made'])).results[0]!.error?.code).toBe(3);
  });
});
