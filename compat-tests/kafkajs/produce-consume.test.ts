// kafkajs 2.2.4 producer and consumer, unmodified, against samsa: every codec
// (gzip built in, snappy, lz4 and zstd registered), headers, null keys and values,
// a 1 MB message, a 100-partition topic, seek, fromBeginning and latest, and the
// three acks settings. Records are read back by kafkajs's consumer (which always
// runs in a consumer group) and compared byte for byte; stored batch headers show
// the producer's codec was kept.
import { randomBytes } from 'node:crypto';
import { CompressionTypes, Kafka, logLevel, type Admin, type Producer } from 'kafkajs';
import { startTestBroker, type TestBroker } from '../helpers/broker';
import { kafkajsConsume, registerKafkajsCodecs, toKafkajsMessage } from '../helpers/kafkajs';
import {
  actualShape,
  binaryRecords,
  compressibleRecords,
  expectedShape,
  textRecords,
  type TestRecord,
} from '../helpers/records';
import { storedBatches } from '../helpers/stored-batches';

// Real clients wait on the network and on group joins; each test gets a minute.
jest.setTimeout(60_000);

registerKafkajsCodecs();

const CODECS = [
  ['none', CompressionTypes.None],
  ['gzip', CompressionTypes.GZIP],
  ['snappy', CompressionTypes.Snappy],
  ['lz4', CompressionTypes.LZ4],
  ['zstd', CompressionTypes.ZSTD],
] as const;

/** kafkajs's encoder cannot write a null header value (Buffer.byteLength(null) throws), so those headers are left out. */
const sendable = (records: readonly TestRecord[]): TestRecord[] =>
  records.map((r) => ({ ...r, headers: r.headers.filter(([, value]) => value !== null) }));

describe('kafkajs producer and consumer against samsa', () => {
  let broker: TestBroker;
  let kafka: Kafka;
  let admin: Admin;
  let producer: Producer;

  beforeAll(async () => {
    // No initial rebalance delay: every read here is a new single-member group.
    broker = await startTestBroker({ config: { 'group.initial.rebalance.delay.ms': 0 } });
    kafka = new Kafka({ clientId: 'compat-kafkajs', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
    admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: [
        ...CODECS.map(([name]) => ({ topic: `kjs-codec-${name}`, numPartitions: 1 })),
        ...['large', 'seek', 'latest', 'acks-0', 'acks-1', 'acks-all'].map((name) => ({
          topic: `kjs-${name}`,
          numPartitions: 1,
        })),
        { topic: 'kjs-hundred', numPartitions: 100 },
      ],
    });
    producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await admin?.disconnect();
    await broker?.stop();
  });

  test.each(CODECS)(
    'codecs: %s: keys, values, headers, nulls and timestamps come back byte for byte; the batch keeps the codec',
    async (name, compression) => {
      const topic = `kjs-codec-${name}`;
      const records = sendable([
        ...textRecords(name, 0),
        ...binaryRecords(name, 0),
        ...compressibleRecords(name, 30, 0),
      ]);
      const sent = await producer.send({ topic, compression, messages: records.map(toKafkajsMessage) });
      expect(sent).toEqual([
        expect.objectContaining({ topicName: topic, partition: 0, errorCode: 0, baseOffset: '0' }),
      ]);

      expect(await storedBatches(broker.bootstrap, topic, 0)).toEqual([
        expect.objectContaining({
          baseOffset: 0,
          lastOffset: records.length - 1,
          magic: 2,
          codec: compression,
          recordCount: records.length,
        }),
      ]);

      const read = await kafkajsConsume(kafka, topic, { count: records.length });
      expect(read.map((r) => r.offset)).toEqual(records.map((_, i) => i));
      expect(actualShape(read, records)).toEqual(expectedShape(records));
    },
  );

  test('produce-consume: a 1 MB message is stored and read back intact', async () => {
    const value = randomBytes(1_000_000);
    const key = Buffer.from('large');
    await producer.send({
      topic: 'kjs-large',
      compression: CompressionTypes.None,
      messages: [{ key, value, partition: 0 }],
    });
    const [read] = await kafkajsConsume(kafka, 'kjs-large', { count: 1 });
    expect(read?.key).toEqual(key);
    expect(read?.value?.length).toBe(value.length);
    expect(read?.value?.equals(value)).toBe(true);
  });

  test('produce-consume: 100 partitions: one send fills every partition, and one consumer reads them all back', async () => {
    const records: TestRecord[] = Array.from({ length: 100 }, (_, p) => ({
      key: Buffer.from(`key-${p}`),
      value: Buffer.from(`value for partition ${p}`),
      headers: [['p', Buffer.from(String(p))]],
      timestamp: 1_690_000_000_000 + p,
      partition: p,
    }));
    const sent = await producer.send({
      topic: 'kjs-hundred',
      compression: CompressionTypes.GZIP,
      messages: records.map(toKafkajsMessage),
    });
    expect(
      sent.map((r) => [r.partition, r.errorCode, r.baseOffset]).sort((a, b) => Number(a[0]) - Number(b[0])),
    ).toEqual(records.map((_, p) => [p, 0, '0']));

    const read = await kafkajsConsume(kafka, 'kjs-hundred', { count: 100, timeoutMs: 40_000 });
    const byPartition = [...read].sort((a, b) => a.partition - b.partition);
    expect(byPartition.map((r) => [r.partition, r.offset])).toEqual(records.map((_, p) => [p, 0]));
    expect(actualShape(byPartition, records)).toEqual(expectedShape(records));

    const offsets = await admin.fetchTopicOffsets('kjs-hundred');
    expect(offsets.sort((a, b) => a.partition - b.partition).map((o) => [o.partition, o.low, o.high])).toEqual(
      records.map((_, p) => [p, '0', '1']),
    );
  });

  test('offsets-by-time: seek moves a running consumer to the given offset', async () => {
    const records = Array.from({ length: 10 }, (_, i) => ({
      key: null,
      value: Buffer.from(`seek ${i}`),
      headers: [],
      timestamp: null,
      partition: 0,
    }));
    await producer.send({ topic: 'kjs-seek', messages: records.map(toKafkajsMessage) });
    // Subscribed at the end (fromBeginning false), so every record read is there because of the seek.
    const read = await kafkajsConsume(kafka, 'kjs-seek', {
      count: 4,
      fromBeginning: false,
      onRunning: (consumer) => consumer.seek({ topic: 'kjs-seek', partition: 0, offset: '6' }),
    });
    expect(read.map((r) => [r.offset, r.value?.toString()])).toEqual([6, 7, 8, 9].map((i) => [i, `seek ${i}`]));
  });

  test('produce-consume: fromBeginning false (latest) skips what was there and reads what comes after joining', async () => {
    await producer.send({
      topic: 'kjs-latest',
      messages: ['old-0', 'old-1', 'old-2'].map((value) => ({ value, partition: 0 })),
    });
    let stop = false;
    const reading = kafkajsConsume(kafka, 'kjs-latest', { count: 1, fromBeginning: false }).finally(
      () => (stop = true),
    );
    // The consumer resolves "latest" some time after joining: keep producing until it has read one record.
    let sent = 0;
    while (!stop && sent < 100) {
      await producer.send({ topic: 'kjs-latest', messages: [{ value: `new-${sent++}`, partition: 0 }] });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const [first] = await reading;
    expect(first?.value?.toString()).toMatch(/^new-\d+$/);
    expect(first?.offset).toBe(3 + Number(first?.value?.toString().slice('new-'.length)));

    const everything = await kafkajsConsume(kafka, 'kjs-latest', { count: 3 + sent, fromBeginning: true });
    expect(everything.map((r) => r.value?.toString())).toEqual([
      'old-0',
      'old-1',
      'old-2',
      ...Array.from({ length: sent }, (_, i) => `new-${i}`),
    ]);
  });

  test.each([
    [0, 'kjs-acks-0'],
    [1, 'kjs-acks-1'],
    [-1, 'kjs-acks-all'],
  ])('produce-consume: acks=%s: records are stored in order', async (acks, topic) => {
    const records = textRecords(`acks${acks}`, 0);
    const sent = await producer.send({ topic, acks, messages: records.map(toKafkajsMessage) });
    // acks=0 gets no response: kafkajs resolves with no metadata.
    if (acks === 0) expect(sent).toEqual([]);
    else expect(sent).toEqual([expect.objectContaining({ partition: 0, errorCode: 0, baseOffset: '0' })]);
    const read = await kafkajsConsume(kafka, topic, { count: records.length });
    expect(actualShape(read, records)).toEqual(expectedShape(records));
  });
});
