// The compat suite for the classic node-rdkafka API, run by node-rdkafka (librdkafka 2.12) and by
// @confluentinc/kafka-javascript's classic API (librdkafka 2.15): metadata, every codec with keys, null keys and
// values, headers and timestamps, offsets by time, the idempotent producer, a consumer group of two with a
// rebalance and synchronous commits, the AdminClient, and transactions read with both isolation levels.
import { Kafka, logLevel, type Admin, type Producer } from 'kafkajs';
import { startTestBroker, type TestBroker } from './broker';
import type { ClassicClient, GroupMember } from './node-clients';
import {
  actualShape,
  binaryRecords,
  compressibleRecords,
  expectedShape,
  textRecords,
  type TestRecord,
} from './records';
import { storedBatches } from './stored-batches';

export const CODEC_IDS = { none: 0, gzip: 1, snappy: 2, lz4: 3, zstd: 4 } as const;
export type Codec = keyof typeof CODEC_IDS;

export interface ClassicCapabilities {
  /** node-rdkafka turns every header value into a UTF-8 string; @confluentinc/kafka-javascript takes Buffers. */
  readonly binaryHeaderValues: boolean;
}

/** Neither client can produce a null header value (node-rdkafka writes "null", the Confluent client throws). */
export function producible(records: readonly TestRecord[], caps: ClassicCapabilities): TestRecord[] {
  return records.map((r) => ({
    ...r,
    headers: caps.binaryHeaderValues
      ? r.headers.filter(([, v]) => v !== null)
      : r.headers.filter(([, v]) => v !== null && Buffer.from(v.toString('utf8'), 'utf8').equals(v)),
  }));
}

export function describeClassicSuite(client: ClassicClient, caps: ClassicCapabilities, prefix: string): void {
  let broker: TestBroker;
  let admin: Admin;
  let kafkajsProducer: Producer;
  const members: GroupMember[] = [];
  const t = (name: string): string => `${prefix}-${name}`;

  beforeAll(async () => {
    broker = await startTestBroker({
      config: { 'group.initial.rebalance.delay.ms': 0, 'group.min.session.timeout.ms': 1000 },
    });
    const kafka = new Kafka({ clientId: `${prefix}-setup`, brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
    admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: [
        ...Object.keys(CODEC_IDS).map((codec) => ({ topic: t(`codec-${codec}`), numPartitions: 1 })),
        ...['times', 'now', 'idempotent', 'txn'].map((name) => ({ topic: t(name), numPartitions: 1 })),
        { topic: t('meta'), numPartitions: 3 },
        { topic: t('group'), numPartitions: 4 },
        { topic: t('partitioned'), numPartitions: 3 },
      ],
    });
    kafkajsProducer = kafka.producer();
    await kafkajsProducer.connect();
  });

  afterEach(() => {
    for (const m of members.splice(0)) m.kill();
  });

  afterAll(async () => {
    await kafkajsProducer?.disconnect();
    await admin?.disconnect();
    await broker?.stop();
  });

  test('metadata: the broker, and each partition of a topic with its leader', async () => {
    const md = await client.metadata(broker.bootstrap, t('meta'));
    expect(md.brokers).toEqual([{ id: md.origBrokerId, host: broker.host, port: broker.port }]);
    const topic = md.topics.find((x) => x.name === t('meta'));
    expect(topic?.partitions.map((p) => [p.id, p.leader, p.replicas, p.isrs])).toEqual(
      [0, 1, 2].map((id) => [id, md.origBrokerId, [md.origBrokerId], [md.origBrokerId]]),
    );
  });

  test.each(Object.keys(CODEC_IDS) as Codec[])(
    'codecs: %s: keys, nulls, headers and timestamps come back byte for byte',
    async (codec) => {
      const topic = t(`codec-${codec}`);
      const records = producible(
        [...textRecords(codec, 0), ...binaryRecords(codec, 0), ...compressibleRecords(codec, 30, 0)],
        caps,
      );
      // linger.ms gathers the records into one batch, so the stored batch shows the codec.
      const deliveries = await client.produce(broker.bootstrap, topic, records, {
        'compression.codec': codec,
        'linger.ms': 50,
      });
      expect(deliveries.map((d) => [d.error, d.partition, d.offset])).toEqual(records.map((_, i) => [null, 0, i]));

      const { records: read, errors } = await client.consume(broker.bootstrap, topic, 0, 'beginning', records.length);
      expect(errors).toEqual([]);
      expect(read.map((r) => r.offset)).toEqual(records.map((_, i) => i));
      expect(actualShape(read, records)).toEqual(expectedShape(records));

      const batches = await storedBatches(broker.bootstrap, topic, 0);
      expect(batches.map((b) => [b.magic, b.codec, b.timestampType])).toEqual(
        batches.map(() => [2, CODEC_IDS[codec], 'CreateTime']),
      );
      expect(batches.reduce((n, b) => n + b.recordCount, 0)).toBe(records.length);

      const fromMiddle = await client.consume(broker.bootstrap, topic, 0, 7, 3);
      expect(fromMiddle.records.map((r) => r.offset)).toEqual([7, 8, 9]);
    },
  );

  test('records: a record without a timestamp gets the producer clock; the partitioner spreads keys over partitions', async () => {
    const before = Date.now();
    const [delivery] = await client.produce(broker.bootstrap, t('now'), [
      { key: null, value: Buffer.from('now'), headers: [], timestamp: null, partition: 0 },
    ]);
    const [read] = (await client.consume(broker.bootstrap, t('now'), 0, 'beginning', 1)).records;
    expect(read?.timestamp).toBeGreaterThanOrEqual(before - 1000);
    expect(read?.timestamp).toBeLessThanOrEqual(Date.now() + 1000);
    expect(delivery?.offset).toBe(0);

    const keyed: TestRecord[] = Array.from({ length: 30 }, (_, i) => ({
      key: Buffer.from(`key-${i}`),
      value: Buffer.from(`v${i}`),
      headers: [],
      timestamp: null,
    }));
    const deliveries = await client.produce(broker.bootstrap, t('partitioned'), keyed);
    expect(new Set(deliveries.map((d) => d.partition)).size).toBe(3);
    // The same key always lands on the same partition (librdkafka's consistent_random partitioner).
    const again = await client.produce(broker.bootstrap, t('partitioned'), keyed);
    expect(again.map((d) => d.partition)).toEqual(deliveries.map((d) => d.partition));
  });

  test('offsets-by-time: offsetsForTimes and watermarks, ListOffsets by time, earliest and latest', async () => {
    const base = 1_650_000_000_000;
    const records: TestRecord[] = [0, 10, 20].map((delta, i) => ({
      key: null,
      value: Buffer.from(`t${i}`),
      headers: [],
      timestamp: base + delta,
      partition: 0,
    }));
    await client.produce(broker.bootstrap, t('times'), records, { 'compression.codec': 'gzip', 'linger.ms': 50 });
    expect(await client.watermarks(broker.bootstrap, t('times'), 0)).toEqual({ low: 0, high: 3 });
    expect(await client.offsetForTime(broker.bootstrap, t('times'), 0, base - 1)).toBe(0);
    expect(await client.offsetForTime(broker.bootstrap, t('times'), 0, base + 5)).toBe(1);
    expect(await client.offsetForTime(broker.bootstrap, t('times'), 0, base + 20)).toBe(2);
    // Past the last record: Kafka answers offset -1, which librdkafka reports as the end (OFFSET_END, -1).
    expect(await client.offsetForTime(broker.bootstrap, t('times'), 0, base + 21)).toBe(-1);
  });

  test('idempotence: every record stored once, in order', async () => {
    const records: TestRecord[] = Array.from({ length: 200 }, (_, i) => ({
      key: Buffer.from(`k${i}`),
      value: Buffer.from(`idempotent ${i}`),
      headers: [],
      timestamp: null,
      partition: 0,
    }));
    const deliveries = await client.produce(broker.bootstrap, t('idempotent'), records, {
      'enable.idempotence': true,
      'compression.codec': 'lz4',
      'batch.num.messages': 40,
    });
    expect(deliveries.map((d) => [d.error, d.offset])).toEqual(records.map((_, i) => [null, i]));
    const { records: read } = await client.consume(broker.bootstrap, t('idempotent'), 0, 'beginning', records.length, {
      'linger.ms': 500,
    });
    expect(read.map((r) => r.value?.toString())).toEqual(records.map((r) => r.value?.toString()));
  });

  test('groups: a group of two, a rebalance shares the partitions, synchronous commits hold, every record read once', async () => {
    const topic = t('group');
    const group = t('group-g');
    const send = (from: number, count: number): Promise<unknown> =>
      kafkajsProducer.send({
        topic,
        messages: Array.from({ length: count }, (_, i) => ({ value: `g${from + i}`, partition: (from + i) % 4 })),
      });
    await send(0, 40);
    const first = client.group(broker.bootstrap, group, topic);
    members.push(first);
    await first.waitFor((m) => m.records.length === 40, 'the first member to read all 40 records');
    expect(first.assignment).toEqual([0, 1, 2, 3]);

    const second = client.group(broker.bootstrap, group, topic);
    members.push(second);
    await second.waitFor((m) => m.assignment.length > 0, 'the second member to get partitions');
    await first.waitFor(
      (m) => m.assignment.length > 0 && m.assignment.length < 4,
      'the first member to give partitions up',
    );
    expect([...first.assignment, ...second.assignment].sort()).toEqual([0, 1, 2, 3]);

    await send(40, 40);
    const total = (): number => first.records.length + second.records.length;
    await first.waitFor(() => total() >= 80, 'both members to read the next 40 records');
    const seen = [...first.records, ...second.records].map((r) => r.value).sort();
    expect(seen).toEqual(Array.from({ length: 80 }, (_, i) => `g${i}`).sort());
    // Each member read only the partitions it held after the rebalance.
    for (const m of [first, second])
      expect(m.records.slice(m === first ? 40 : 0).every((r) => m.assignment.includes(r.partition))).toBe(true);

    await second.stop();
    await first.stop();
    expect(await client.committed(broker.bootstrap, group, topic, [0, 1, 2, 3])).toEqual(
      [0, 1, 2, 3].map((partition) => ({ partition, offset: 20 })),
    );
    const offsets = await admin.fetchOffsets({ groupId: group, topics: [topic] });
    expect(offsets[0]?.partitions.map((p) => [p.partition, p.offset]).sort()).toEqual(
      [0, 1, 2, 3].map((p) => [p, '20']),
    );
  });

  test('admin: AdminClient createTopic, createPartitions, deleteTopic', async () => {
    const topic = t('admin-made');
    expect(
      await client.admin(broker.bootstrap, 'create-topic', {
        topic,
        partitions: 2,
        config: { 'cleanup.policy': 'compact' },
      }),
    ).toEqual({ ok: true });
    await expect(client.admin(broker.bootstrap, 'create-topic', { topic, partitions: 1 })).rejects.toThrow(
      /already exists/i,
    );

    expect(await client.admin(broker.bootstrap, 'create-partitions', { topic, total: 5 })).toEqual({ ok: true });
    const md = await client.metadata(broker.bootstrap, topic);
    expect(md.topics.find((x) => x.name === topic)?.partitions.map((p) => p.id)).toEqual([0, 1, 2, 3, 4]);

    expect(await client.admin(broker.bootstrap, 'delete-topic', { topic })).toEqual({ ok: true });
    expect((await admin.listTopics()).includes(topic)).toBe(false);
    await expect(client.admin(broker.bootstrap, 'delete-topic', { topic })).rejects.toThrow(/unknown topic/i);
  });

  test('transactions: committed records are read by read_committed consumers, aborted ones only by read_uncommitted', async () => {
    const topic = t('txn');
    const batch = (tag: string): TestRecord[] =>
      [0, 1, 2].map((i) => ({
        key: Buffer.from(`${tag}${i}`),
        value: Buffer.from(`${tag} ${i}`),
        headers: [],
        timestamp: null,
        partition: 0,
      }));
    const result = await client.transactions(
      broker.bootstrap,
      topic,
      [
        { records: batch('committed-a'), outcome: 'commit' },
        { records: batch('aborted'), outcome: 'abort' },
        { records: batch('committed-b'), outcome: 'commit' },
      ],
      { 'transactional.id': `${prefix}-txn-id` },
    );
    expect(result.map((r) => [r.outcome, r.deliveries.every((d) => d.error === null)])).toEqual([
      ['commit', true],
      ['abort', true],
      ['commit', true],
    ]);
    const values = (records: ReadonlyArray<{ value: Buffer | null }>): Array<string | undefined> =>
      records.map((r) => r.value?.toString());
    const committed = await client.consume(broker.bootstrap, topic, 0, 'beginning', 6, {
      'isolation.level': 'read_committed',
      'linger.ms': 1500,
    });
    expect(values(committed.records)).toEqual(values([...batch('committed-a'), ...batch('committed-b')]));
    const uncommitted = await client.consume(broker.bootstrap, topic, 0, 'beginning', 9, {
      'isolation.level': 'read_uncommitted',
      'linger.ms': 1000,
    });
    expect(values(uncommitted.records)).toEqual(
      values([...batch('committed-a'), ...batch('aborted'), ...batch('committed-b')]),
    );
    // Three transaction markers sit between the data batches: 9 records and 3 control records end at offset 12.
    expect(await client.watermarks(broker.bootstrap, topic, 0)).toEqual({ low: 0, high: 12 });
  });
}
