// confluent-kafka-python 1.7.0 (librdkafka 2.0.2) Producer and Consumer against
// samsa, without consumer groups: produce with each codec and each acks setting,
// read back with assign() from the beginning and from given offsets, and look
// offsets up by time (offsets_for_times) and by watermarks. Keys, values and
// headers are compared byte for byte, including nulls and every byte value.
import type { Admin } from 'kafkajs';
import { connectAdmin } from '../helpers/kafkajs-admin';
import { startTestBroker, type TestBroker } from '../helpers/broker';
import { describeWithClient } from '../helpers/clients';
import { platformatic } from '../helpers/platformatic';
import { confluentPython } from '../helpers/python-clients';
import { storedBatches } from '../helpers/stored-batches';
import {
  actualShape,
  binaryRecords,
  compressibleRecords,
  expectedShape,
  textRecords,
  type TestRecord,
} from '../helpers/records';

// Real clients start processes and wait on the network; each test gets a minute.
jest.setTimeout(60_000);

const CODEC_IDS = { none: 0, gzip: 1, snappy: 2, lz4: 3, zstd: 4 } as const;
type Codec = keyof typeof CODEC_IDS;
const CODECS = Object.keys(CODEC_IDS) as Codec[];
/** librdkafka's timestamp type for CreateTime. */
const TIMESTAMP_CREATE_TIME = 1;

describeWithClient('confluent-kafka-python', 'confluent-kafka-python Producer / Consumer.assign against samsa', () => {
  let broker: TestBroker;
  let admin: Admin;

  beforeAll(async () => {
    broker = await startTestBroker();
    admin = await connectAdmin('compat-confluent-setup', [broker.bootstrap]);
    await admin.createTopics({
      topics: [
        ...CODECS.map((codec) => ({ topic: `cpy-codec-${codec}`, numPartitions: 1 })),
        ...['acks-0', 'acks-1', 'acks-all', 'times-none', 'times-gzip'].map((name) => ({
          topic: `cpy-${name}`,
          numPartitions: 1,
        })),
        { topic: 'cpy-three', numPartitions: 3 },
      ],
    });
  });

  afterAll(async () => {
    await admin?.disconnect();
    await broker?.stop();
  });

  test.each(CODECS)(
    'codecs: compression.type=%s: every record comes back byte for byte with its timestamp, from any offset',
    async (codec) => {
      const topic = `cpy-codec-${codec}`;
      const records: TestRecord[] = [
        ...textRecords(codec, 0),
        ...binaryRecords(codec, 0),
        ...compressibleRecords(codec, 30, 0),
      ];
      const delivered = await confluentPython.produce(broker.bootstrap, topic, records, { 'compression.type': codec });
      expect(delivered).toEqual(records.map((_, offset) => ({ partition: 0, offset, error: null })));

      const { records: read, errors } = await confluentPython.consume(
        broker.bootstrap,
        topic,
        0,
        'beginning',
        records.length,
      );
      expect(errors).toEqual([]);
      expect(read.map((r) => r.offset)).toEqual(records.map((_, i) => i));
      expect(actualShape(read, records)).toEqual(expectedShape(records));
      expect(read.every((r) => r.timestampType === TIMESTAMP_CREATE_TIME)).toBe(true);

      const fromMiddle = await confluentPython.consume(broker.bootstrap, topic, 0, 20, 5);
      expect(fromMiddle.records.map((r) => r.offset)).toEqual([20, 21, 22, 23, 24]);
      expect(actualShape(fromMiddle.records, records.slice(20, 25))).toEqual(expectedShape(records.slice(20, 25)));

      // The stored batches keep librdkafka's codec. librdkafka sends a batch uncompressed when compressing would not
      // shrink it (how records fall into batches depends on timing), so a batch is stored in the codec or uncompressed.
      const stored = await storedBatches(broker.bootstrap, topic, 0);
      expect(stored.every((b) => b.magic === 2 && (b.codec === CODEC_IDS[codec] || b.codec === 0))).toBe(true);
      expect(stored.some((b) => b.codec === CODEC_IDS[codec])).toBe(true);
    },
  );

  test.each([
    ['0', 'cpy-acks-0'],
    ['1', 'cpy-acks-1'],
    ['all', 'cpy-acks-all'],
  ])('produce-consume: acks=%s: records are stored and read back in order', async (acks, topic) => {
    const records = textRecords(`acks-${acks}`, 0);
    const delivered = await confluentPython.produce(broker.bootstrap, topic, records, { acks });
    // With acks=0 no answer comes back, so librdkafka learns no offsets (Python's Message.offset() is None).
    expect(delivered.map((d) => d.offset)).toEqual(records.map((_, i) => (acks === '0' ? null : i)));
    expect(delivered.every((d) => d.error === null)).toBe(true);
    const { records: read } = await confluentPython.consume(broker.bootstrap, topic, 0, 'beginning', records.length);
    expect(actualShape(read, records)).toEqual(expectedShape(records));
  });

  test('produce-consume: records go to the partition they name, and each partition reads back only its own', async () => {
    const records = [0, 1, 2].flatMap((p) => textRecords(`p${p}`, p).slice(0, 2));
    const delivered = await confluentPython.produce(broker.bootstrap, 'cpy-three', records);
    expect(delivered.map((d) => [d.partition, d.offset])).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
      [2, 0],
      [2, 1],
    ]);
    for (const p of [0, 1, 2]) {
      const { records: read } = await confluentPython.consume(broker.bootstrap, 'cpy-three', p, 'beginning', 2);
      expect(read.map((r) => r.partition)).toEqual([p, p]);
      expect(actualShape(read, records.slice(p * 2, p * 2 + 2))).toEqual(
        expectedShape(records.slice(p * 2, p * 2 + 2)),
      );
    }
    expect(await confluentPython.watermarks(broker.bootstrap, 'cpy-three', 1)).toEqual({ low: 0, high: 2 });
  });

  // Kafka answers a timestamp lookup with the first record at or after it, looking inside compressed batches too
  // (FileRecords.searchForTimestamp iterates a batch's records).
  test.each(['none', 'gzip'] as const)(
    'offsets-by-time: offsets_for_times finds the first record at or after a time (compression.type=%s)',
    async (codec) => {
      const topic = `cpy-times-${codec}`;
      const base = 1_650_000_000_000;
      const records: TestRecord[] = [0, 10, 20, 30].map((delta, i) => ({
        key: Buffer.from(`t${i}`),
        value: Buffer.from(`at +${delta} ms `.repeat(50)),
        headers: [],
        timestamp: base + delta,
        partition: 0,
      }));
      // One send of @platformatic/kafka is one batch, so the lookups below land inside it.
      await platformatic.produce(broker.bootstrap, topic, records, { compression: codec });
      const stored = await storedBatches(broker.bootstrap, topic, 0);
      expect(stored.map((batch) => [batch.baseOffset, batch.recordCount, batch.codec])).toEqual([
        [0, 4, CODEC_IDS[codec]],
      ]);
      const lookups: Array<[number, number]> = [
        [base - 1000, 0],
        [base, 0],
        [base + 1, 1],
        [base + 15, 2],
        [base + 20, 2],
        [base + 30, 3],
      ];
      for (const [ts, offset] of lookups) {
        expect([ts - base, await confluentPython.offsetForTime(broker.bootstrap, topic, 0, ts)]).toEqual([
          ts - base,
          { offset },
        ]);
      }
      // After the newest record there is none: Kafka answers offset -1 (librdkafka's OFFSET_END).
      expect(await confluentPython.offsetForTime(broker.bootstrap, topic, 0, base + 31)).toEqual({ offset: -1 });
    },
  );
});
