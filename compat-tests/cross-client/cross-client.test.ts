// Records written by one client and read by every other, byte for byte: keys,
// values, headers (repeated names, empty and null values, multi-byte UTF-8), null
// keys, null values, empty keys and values, and timestamps. Each producer writes
// its own topic with its own codec, so readers also decode each other's
// compression; legacy message formats (kafka-python at 0.9 and 0.10.2) are read by
// the v2 clients, and zstd crosses between the clients that have it.
//
// Producers' limits (kept out of what they send, and read back from the others):
// kafkajs cannot write a null header value; kafka-python cannot write a null header
// value nor a record with neither key nor value; kcat sets one header list per run
// and cannot set timestamps. kcat reads text only, so the records all clients read
// are UTF-8; binary records (every byte value) cross between the other four.
import { CompressionTypes, Kafka, logLevel, type Admin, type Producer } from 'kafkajs';
import { startTestBroker, type TestBroker } from '../helpers/broker';
import { describeWithClients } from '../helpers/clients';
import { confluentGo, kafkaGo, sarama } from '../helpers/go';
import { kafkajsConsume, registerKafkajsCodecs, toKafkajsMessage } from '../helpers/kafkajs';
import { kcat, kcatConsume } from '../helpers/kcat';
import { platformatic } from '../helpers/platformatic';
import { confluentPython, kafkaPython } from '../helpers/python-clients';
import { rdkafkaC } from '../helpers/rdkafka-c';
import {
  actualShape,
  binaryRecords,
  expectedShape,
  textRecords,
  type ReadRecord,
  type TestRecord,
} from '../helpers/records';
import { storedBatches } from '../helpers/stored-batches';

// Real clients start processes and wait on the network; each test gets a minute.
jest.setTimeout(60_000);

registerKafkajsCodecs();

type Reader =
  | 'kafkajs'
  | 'kcat'
  | 'confluent-kafka-python'
  | 'kafka-python'
  | '@platformatic/kafka'
  | 'sarama'
  | 'confluent-kafka-go'
  | 'librdkafka-c'
  | 'kafka-go';
const READERS: readonly Reader[] = [
  'kafkajs',
  'kcat',
  'confluent-kafka-python',
  'kafka-python',
  '@platformatic/kafka',
  'sarama',
  'confluent-kafka-go',
  'librdkafka-c',
  'kafka-go',
];

/** textRecords plus the two null shapes textRecords leaves out: a null header value, and neither key nor value. */
function crossRecords(tag: string): TestRecord[] {
  return [
    ...textRecords(tag, 0),
    {
      key: Buffer.from(`null-header-${tag}`),
      value: Buffer.from('v'),
      headers: [
        ['n', null],
        ['after', Buffer.from('x')],
      ],
      timestamp: 1_700_000_000_007,
      partition: 0,
    },
    { key: null, value: null, headers: [], timestamp: 1_700_000_000_008, partition: 0 },
  ];
}

const withoutNullHeaderValues = (records: readonly TestRecord[]): TestRecord[] =>
  records.map((r) => ({ ...r, headers: r.headers.filter(([, value]) => value !== null) }));
const withKeyOrValue = (records: readonly TestRecord[]): TestRecord[] =>
  records.filter((r) => r.key !== null || r.value !== null);

/** kafka-go 0.2 reads no headers (Fetch v2, magic 1) and reads empty keys and values as nil (FINDINGS.md). */
const asKafkaGoReads = (records: readonly TestRecord[]): TestRecord[] =>
  records.map((r) => ({
    ...r,
    headers: [],
    key: r.key?.length === 0 ? null : r.key,
    value: r.value?.length === 0 ? null : r.value,
  }));

const CLIENTS = [
  'kcat',
  'confluent-kafka-python',
  'kafka-python',
  'sarama',
  'kafka-go',
  'confluent-kafka-go',
  'librdkafka-c',
] as const;

describeWithClients(CLIENTS, 'cross-client: records cross between clients', () => {
  describe('with every client family', () => {
    describe('byte for byte', () => {
      let broker: TestBroker;
      let kafka: Kafka;
      let admin: Admin;
      let producer: Producer;

      async function read(reader: Reader, topic: string, count: number): Promise<ReadRecord[]> {
        switch (reader) {
          case 'kafkajs':
            return kafkajsConsume(kafka, topic, { count });
          case 'kcat':
            return kcatConsume(broker.bootstrap, topic, 0, 'beginning');
          case 'confluent-kafka-python': {
            const { records, errors } = await confluentPython.consume(broker.bootstrap, topic, 0, 'beginning', count);
            expect(errors).toEqual([]);
            return records;
          }
          case 'kafka-python':
            return kafkaPython.consume(broker.bootstrap, topic, 0, 'beginning', count);
          case '@platformatic/kafka':
            return (await platformatic.read(broker.bootstrap, topic, 0, 0, count)).records;
          case 'sarama':
            return sarama.consume(broker.bootstrap, topic, 0, 'beginning', count, { version: '2.1.0' });
          case 'confluent-kafka-go':
            return confluentGo.consume(broker.bootstrap, topic, 0, 'beginning', count);
          case 'librdkafka-c':
            return rdkafkaC.consume(broker.bootstrap, topic, 0, 'beginning', count);
          case 'kafka-go':
            return kafkaGo.consume(broker.bootstrap, topic, 0, 'beginning', count);
        }
      }

      async function expectReadBack(reader: Reader, topic: string, sent: readonly TestRecord[]): Promise<void> {
        const expected = reader === 'kafka-go' ? asKafkaGoReads(sent) : sent;
        const records = await read(reader, topic, expected.length);
        expect(records.map((r) => [r.partition, r.offset])).toEqual(expected.map((_, i) => [0, i]));
        expect(actualShape(records, expected)).toEqual(expectedShape(expected));
      }

      beforeAll(async () => {
        broker = await startTestBroker({ config: { 'group.initial.rebalance.delay.ms': 0 } });
        kafka = new Kafka({ clientId: 'compat-cross', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
        admin = kafka.admin();
        await admin.connect();
        const topics = [
          'kafkajs',
          'kcat',
          'confluent',
          'kafka-python',
          'platformatic',
          'magic1',
          'magic0',
          'binary-confluent',
          'binary-kafkajs',
          'zstd-kafkajs',
          'zstd-confluent',
          'by-time',
          'sarama',
          'confluent-kafka-go',
          'librdkafka-c',
          'kafka-go',
          'zstd-c',
        ];
        await admin.createTopics({ topics: topics.map((t) => ({ topic: `x-${t}`, numPartitions: 1 })) });
        producer = kafka.producer({ allowAutoTopicCreation: false });
        await producer.connect();
      });

      afterAll(async () => {
        await producer?.disconnect();
        await admin?.disconnect();
        await broker?.stop();
      });

      describe('kafkajs writes (lz4)', () => {
        const sent = withoutNullHeaderValues(crossRecords('kafkajs'));
        beforeAll(async () => {
          await producer.send({
            topic: 'x-kafkajs',
            compression: CompressionTypes.LZ4,
            messages: sent.map(toKafkajsMessage),
          });
        });
        test.each(READERS)('cross-client: %s reads kafkajs lz4 records', (reader) =>
          expectReadBack(reader, 'x-kafkajs', sent),
        );
      });

      describe('kcat writes (snappy, -K keys, -H headers, -Z nulls)', () => {
        let sent: TestRecord[];
        beforeAll(async () => {
          const common = ['-b', broker.bootstrap, '-P', '-t', 'x-kcat', '-p', '0', '-z', 'snappy', '-K', '\t'];
          await kcat(
            [...common, '-H', 'trace=abc', '-H', 'trace=def', '-H', 'empty=', '-H', 'ünï=✓'],
            'key-kcat\tvalue kcat héllo ☃ 🚀\nno delimiter: null key\n\tempty key\nempty-value\t\n',
          );
          await kcat([...common, '-Z'], 'tombstone\t\n\t\n');
          // kcat stamps records itself: take the times from its own read, then hold every reader to them.
          const times = (await kcatConsume(broker.bootstrap, 'x-kcat', 0, 'beginning')).map((r) => r.timestamp);
          expect(times).toHaveLength(6);
          const b = (s: string): Buffer => Buffer.from(s, 'utf8');
          const headers = [
            ['trace', b('abc')],
            ['trace', b('def')],
            ['empty', b('')],
            ['ünï', b('✓')],
          ] as const;
          const plain = [
            { key: b('key-kcat'), value: b('value kcat héllo ☃ 🚀'), headers },
            { key: null, value: b('no delimiter: null key'), headers },
            { key: b(''), value: b('empty key'), headers },
            { key: b('empty-value'), value: b(''), headers },
            { key: b('tombstone'), value: null, headers: [] },
            { key: null, value: null, headers: [] },
          ];
          sent = plain.map((r, i) => ({ ...r, timestamp: times[i] ?? null }));
        });
        test.each(READERS)('cross-client: %s reads kcat snappy records', (reader) =>
          expectReadBack(reader, 'x-kcat', sent),
        );
      });

      describe('confluent-kafka-python writes (gzip)', () => {
        const sent = crossRecords('confluent');
        beforeAll(async () => {
          const delivered = await confluentPython.produce(broker.bootstrap, 'x-confluent', sent, {
            'compression.type': 'gzip',
          });
          expect(delivered.every((d) => d.error === null)).toBe(true);
        });
        test.each(READERS)('cross-client: %s reads confluent-kafka-python gzip records', (reader) =>
          expectReadBack(reader, 'x-confluent', sent),
        );
      });

      describe('kafka-python writes (lz4, v2 batches)', () => {
        const sent = withKeyOrValue(withoutNullHeaderValues(crossRecords('kafka-python')));
        beforeAll(async () => {
          await kafkaPython.produce(broker.bootstrap, 'x-kafka-python', sent, { compression_type: 'lz4' });
        });
        test.each(READERS)('cross-client: %s reads kafka-python lz4 records', (reader) =>
          expectReadBack(reader, 'x-kafka-python', sent),
        );
      });

      describe('@platformatic/kafka writes (snappy)', () => {
        const sent = crossRecords('platformatic');
        beforeAll(async () => {
          await platformatic.produce(broker.bootstrap, 'x-platformatic', sent, { compression: 'snappy' });
        });
        test.each(READERS)('cross-client: %s reads @platformatic/kafka snappy records', (reader) =>
          expectReadBack(reader, 'x-platformatic', sent),
        );
      });

      describe('kafka-python writes magic 1 message sets (api_version 0.10.2, gzip)', () => {
        const sent = withKeyOrValue(crossRecords('magic1')).map((r) => ({ ...r, headers: [] }));
        beforeAll(async () => {
          await kafkaPython.produce(broker.bootstrap, 'x-magic1', sent, {
            api_version: '0.10.2',
            compression_type: 'gzip',
          });
        });
        test.each(READERS)(
          'cross-client: %s reads kafka-python magic 1 gzip messages as v2 records with their timestamps',
          (reader) => expectReadBack(reader, 'x-magic1', sent),
        );
      });

      describe('kafka-python writes magic 0 message sets (api_version 0.9, snappy)', () => {
        const sent = withKeyOrValue(crossRecords('magic0')).map((r) => ({ ...r, headers: [] }));
        // Magic 0 has no timestamps: Kafka stores -1 and every reader sees -1.
        const stored = sent.map((r) => ({ ...r, timestamp: -1 }));
        beforeAll(async () => {
          await kafkaPython.produce(broker.bootstrap, 'x-magic0', sent, {
            api_version: '0.9',
            compression_type: 'snappy',
          });
        });
        // Converted snappy is written with xerial framing, as Kafka's own conversion does; @platformatic/kafka only
        // decodes raw snappy (FINDINGS.md), so it is not among the readers here.
        test.each(READERS.filter((r) => r !== '@platformatic/kafka'))(
          'cross-client: %s reads kafka-python magic 0 snappy messages with timestamp -1',
          (reader) => expectReadBack(reader, 'x-magic0', stored),
        );
      });

      describe('sarama writes (gzip, v2 batches, Version 2.1.0)', () => {
        const sent = crossRecords('sarama');
        beforeAll(async () => {
          await sarama.produce(broker.bootstrap, 'x-sarama', sent, { version: '2.1.0', compression: 'gzip' });
        });
        test.each(READERS)('cross-client: %s reads sarama gzip records', (reader) =>
          expectReadBack(reader, 'x-sarama', sent),
        );
      });

      describe('confluent-kafka-go writes (snappy)', () => {
        const sent = crossRecords('confluent-kafka-go');
        beforeAll(async () => {
          const delivered = await confluentGo.produce(broker.bootstrap, 'x-confluent-kafka-go', sent, {
            'compression.type': 'snappy',
          });
          expect(delivered.every((d) => d.offset >= 0)).toBe(true);
        });
        test.each(READERS)('cross-client: %s reads confluent-kafka-go snappy records', (reader) =>
          expectReadBack(reader, 'x-confluent-kafka-go', sent),
        );
      });

      describe('librdkafka-c writes (lz4)', () => {
        const sent = crossRecords('librdkafka-c');
        beforeAll(async () => {
          const delivered = await rdkafkaC.produce(broker.bootstrap, 'x-librdkafka-c', sent, {
            'compression.type': 'lz4',
          });
          expect(delivered.every((d) => d.error === null)).toBe(true);
        });
        test.each(READERS)('cross-client: %s reads librdkafka-c lz4 records', (reader) =>
          expectReadBack(reader, 'x-librdkafka-c', sent),
        );
      });

      // kafka-go 0.2 writes magic 1 message sets: no headers; empty keys and values are sent as such.
      describe('kafka-go writes (gzip, magic 1 message sets)', () => {
        const sent = withKeyOrValue(crossRecords('kafka-go')).map((r) => ({ ...r, headers: [] }));
        beforeAll(async () => {
          await kafkaGo.produce(broker.bootstrap, 'x-kafka-go', sent, { compression: 'gzip' });
        });
        test.each(READERS)('cross-client: %s reads kafka-go gzip messages', (reader) =>
          expectReadBack(reader, 'x-kafka-go', sent),
        );
      });

      describe('librdkafka-c writes zstd', () => {
        const sent = crossRecords('zstd-c');
        beforeAll(async () => {
          await rdkafkaC.produce(broker.bootstrap, 'x-zstd-c', sent, { 'compression.type': 'zstd' });
        });
        test.each(['kafkajs', 'kcat', 'confluent-kafka-python', 'sarama', 'confluent-kafka-go'] as const)(
          'cross-client: %s reads librdkafka-c zstd batches',
          (reader) => expectReadBack(reader, 'x-zstd-c', sent),
        );
      });

      // kcat prints text, so the binary records (every byte value) cross between the four other clients.
      describe('binary keys, values and header values', () => {
        const BINARY_READERS = READERS.filter((r) => r !== 'kcat' && r !== 'kafka-go');
        const fromConfluent = binaryRecords('binary-confluent', 0);
        const fromKafkajs = withoutNullHeaderValues(binaryRecords('binary-kafkajs', 0));
        beforeAll(async () => {
          await confluentPython.produce(broker.bootstrap, 'x-binary-confluent', fromConfluent, {
            'compression.type': 'lz4',
          });
          await producer.send({
            topic: 'x-binary-kafkajs',
            compression: CompressionTypes.GZIP,
            messages: fromKafkajs.map(toKafkajsMessage),
          });
        });
        test.each(BINARY_READERS)('cross-client: %s reads confluent-kafka-python binary records', (reader) =>
          expectReadBack(reader, 'x-binary-confluent', fromConfluent),
        );
        test.each(BINARY_READERS)('cross-client: %s reads kafkajs binary records', (reader) =>
          expectReadBack(reader, 'x-binary-kafkajs', fromKafkajs),
        );
      });

      // zstd: kafkajs (with its registered codec), kcat and confluent-kafka-python have it; kafka-python lacks the
      // zstandard module here and @platformatic/kafka needs Node 22's zlib.
      describe('zstd between kafkajs, kcat and confluent-kafka-python', () => {
        const fromKafkajs = withoutNullHeaderValues(crossRecords('zstd-kafkajs'));
        const fromConfluent = crossRecords('zstd-confluent');
        beforeAll(async () => {
          await producer.send({
            topic: 'x-zstd-kafkajs',
            compression: CompressionTypes.ZSTD,
            messages: fromKafkajs.map(toKafkajsMessage),
          });
          await confluentPython.produce(broker.bootstrap, 'x-zstd-confluent', fromConfluent, {
            'compression.type': 'zstd',
          });
          for (const [topic, written] of [
            ['x-zstd-kafkajs', fromKafkajs],
            ['x-zstd-confluent', fromConfluent],
          ] as const) {
            const batches = await storedBatches(broker.bootstrap, topic, 0);
            expect(batches.reduce((n, b) => n + b.recordCount, 0)).toBe(written.length);
            expect(batches.map((b) => b.codec)).toEqual(batches.map(() => 4));
          }
        });
        test.each(['kcat', 'confluent-kafka-python', 'sarama', 'confluent-kafka-go', 'librdkafka-c'] as const)(
          'cross-client: %s reads kafkajs zstd batches',
          (reader) => expectReadBack(reader, 'x-zstd-kafkajs', fromKafkajs),
        );
        test.each(['kafkajs', 'kcat', 'sarama', 'confluent-kafka-go', 'librdkafka-c'] as const)(
          'cross-client: %s reads confluent-kafka-python zstd batches',
          (reader) => expectReadBack(reader, 'x-zstd-confluent', fromConfluent),
        );
      });

      // Kafka answers a lookup by time with the first record at or after it, looking inside compressed batches
      // (FileRecords.searchForTimestamp iterates the batch's records), so every client starts at the same record.
      test('offsets-by-time: a lookup by time inside one compressed batch lands on the same record for every client', async () => {
        const base = 1_680_000_000_000;
        const records: TestRecord[] = [0, 10, 20, 30].map((delta, i) => ({
          key: Buffer.from(`t${i}`),
          value: Buffer.from(`at +${delta} ms `.repeat(40)),
          headers: [],
          timestamp: base + delta,
          partition: 0,
        }));
        await platformatic.produce(broker.bootstrap, 'x-by-time', records, { compression: 'gzip' });
        expect(
          (await storedBatches(broker.bootstrap, 'x-by-time', 0)).map((b) => [b.baseOffset, b.recordCount, b.codec]),
        ).toEqual([[0, 4, 1]]);
        const target = base + 15;
        expect(await confluentPython.offsetForTime(broker.bootstrap, 'x-by-time', 0, target)).toEqual({ offset: 2 });
        expect(await platformatic.listOffsets(broker.bootstrap, 'x-by-time', 0, target)).toEqual({
          offset: 2,
          timestamp: base + 20,
        });
        expect((await kcatConsume(broker.bootstrap, 'x-by-time', 0, `s@${target}`)).map((r) => r.offset)).toEqual([
          2, 3,
        ]);
      });
    });
  });
});
