// A small C program on librdkafka 2.0.2 (Debian librdkafka-dev, c/rdkafka_compat.c) against samsa: produce
// with each codec, consume by assign(), a consumer group with a rebalance and commits, the idempotent and
// the transactional producer (commit and abort, read back read_committed and read_uncommitted), and
// rd_kafka_offsets_for_times.
import type { Admin } from 'kafkajs';
import { connectAdmin } from '../helpers/kafkajs-admin';
import { startTestBroker, type TestBroker } from '../helpers/broker';
import { describeWithClient } from '../helpers/clients';
import { twoMembersSplitThenResume } from '../helpers/group-members';
import { rdkafkaC, rdkafkaCBinary } from '../helpers/rdkafka-c';
import { actualShape, binaryRecords, expectedShape, textRecords, type TestRecord } from '../helpers/records';
import { storedBatches } from '../helpers/stored-batches';

jest.setTimeout(120_000);

const CODECS = ['none', 'gzip', 'snappy', 'lz4', 'zstd'] as const;

describeWithClient('librdkafka-c', 'librdkafka-c (a C program on librdkafka 2.0.2) against samsa', () => {
  let broker: TestBroker;
  let admin: Admin;

  beforeAll(async () => {
    await rdkafkaCBinary();
    broker = await startTestBroker({ config: { 'group.initial.rebalance.delay.ms': 0 } });
    admin = await connectAdmin('compat-c-admin', [broker.bootstrap]);
    await admin.createTopics({
      topics: [
        ...[...CODECS.map((c) => `codecs-${c}`), 'by-time', 'idempotent', 'txn'].map((topic) => ({
          topic,
          numPartitions: 1,
        })),
        { topic: 'group', numPartitions: 4 },
      ],
    });
  });

  afterAll(async () => {
    await admin?.disconnect();
    await broker?.stop();
  });

  test.each(CODECS)(
    'codecs: compression.type=%s: keys, nulls, headers, timestamps and binary bytes come back byte for byte',
    async (codec) => {
      const topic = `codecs-${codec}`;
      const sent: TestRecord[] = [...textRecords(`c-${codec}`, 0), ...binaryRecords(`c-${codec}`, 0)];
      const delivered = await rdkafkaC.produce(broker.bootstrap, topic, sent, { 'compression.type': codec });
      expect(delivered).toEqual(sent.map((_, i) => ({ partition: 0, offset: i, error: null })));
      const read = await rdkafkaC.consume(broker.bootstrap, topic, 0, 'beginning', sent.length);
      expect(read.map((r) => r.offset)).toEqual(sent.map((_, i) => i));
      expect(actualShape(read, sent)).toEqual(expectedShape(sent));
      // librdkafka sends a batch uncompressed when compressing would not make it smaller.
      const codecs = new Set((await storedBatches(broker.bootstrap, topic, 0)).map((b) => b.codec));
      expect(codecs.has(CODECS.indexOf(codec))).toBe(true);
      expect([...codecs].every((c) => c === 0 || c === CODECS.indexOf(codec))).toBe(true);
    },
  );

  test('offsets-by-time: rd_kafka_offsets_for_times finds the first record at or after a time, inside a compressed batch', async () => {
    const base = 1_690_000_000_000;
    const sent = [0, 10, 20, 30].map((d, i) => ({
      key: null,
      value: Buffer.from(`v${i}`.repeat(50)),
      headers: [],
      timestamp: base + d,
      partition: 0,
    }));
    await rdkafkaC.produce(broker.bootstrap, 'by-time', sent, { 'compression.type': 'lz4' });
    expect(await rdkafkaC.offsetForTime(broker.bootstrap, 'by-time', 0, base + 15)).toEqual({ offset: 2 });
    expect(await rdkafkaC.offsetForTime(broker.bootstrap, 'by-time', 0, base)).toEqual({ offset: 0 });
    expect(await rdkafkaC.offsetForTime(broker.bootstrap, 'by-time', 0, base + 1000)).toEqual({ offset: -1 });
  });

  test('idempotence: enable.idempotence=true stores every record once, in order, over several in-flight batches', async () => {
    const sent = Array.from({ length: 200 }, (_, i) => ({
      key: Buffer.from(`k${i}`),
      value: Buffer.from(`idempotent ${i}`),
      headers: [],
      timestamp: null,
      partition: 0,
    }));
    const delivered = await rdkafkaC.produce(broker.bootstrap, 'idempotent', sent, {
      'enable.idempotence': true,
      'batch.num.messages': 10,
    });
    expect(delivered.map((d) => [d.offset, d.error])).toEqual(sent.map((_, i) => [i, null]));
    const read = await rdkafkaC.consume(broker.bootstrap, 'idempotent', 0, 'beginning', 201, { idle_ms: 1500 });
    expect(read.map((r) => r.value?.toString())).toEqual(sent.map((r) => r.value.toString()));
  });

  test('transactions: a committed transaction is read by read_committed consumers; an aborted one only by read_uncommitted', async () => {
    const committed = Array.from({ length: 5 }, (_, i) => ({
      key: null,
      value: Buffer.from(`committed ${i}`),
      headers: [],
      timestamp: null,
      partition: 0,
    }));
    const aborted = Array.from({ length: 5 }, (_, i) => ({
      key: null,
      value: Buffer.from(`aborted ${i}`),
      headers: [],
      timestamp: null,
      partition: 0,
    }));
    await rdkafkaC.transaction(broker.bootstrap, 'txn', 'commit', committed, { 'transactional.id': 'c-txn' });
    await rdkafkaC.transaction(broker.bootstrap, 'txn', 'abort', aborted, { 'transactional.id': 'c-txn' });
    await rdkafkaC.transaction(broker.bootstrap, 'txn', 'commit', committed, { 'transactional.id': 'c-txn' });
    const readCommitted = await rdkafkaC.consume(broker.bootstrap, 'txn', 0, 'beginning', 100, {
      'isolation.level': 'read_committed',
      idle_ms: 2000,
    });
    expect(readCommitted.map((r) => r.value?.toString())).toEqual(
      [...committed, ...committed].map((r) => r.value.toString()),
    );
    const readUncommitted = await rdkafkaC.consume(broker.bootstrap, 'txn', 0, 'beginning', 100, {
      'isolation.level': 'read_uncommitted',
      idle_ms: 2000,
    });
    expect(readUncommitted.map((r) => r.value?.toString())).toEqual(
      [...committed, ...aborted, ...committed].map((r) => r.value.toString()),
    );
  });

  test('groups: two members split 4 partitions after a rebalance, consume 100 records once and commit them', async () => {
    await twoMembersSplitThenResume(broker.bootstrap, 'c-group', 'group', (options) =>
      rdkafkaC.group(broker.bootstrap, 'c-group', 'group', { ...options }),
    );
  });
});
