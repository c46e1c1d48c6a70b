// Records crossing between the native and legacy Node clients (node-rdkafka, both APIs of
// @confluentinc/kafka-javascript, kafka-node) and the Go and C families (kcat, librdkafka-c, sarama, kafka-go,
// confluent-kafka-go), byte for byte, both ways. The records are cross-client.test.ts's: keys, values, headers
// (repeated names, empty and multi-byte UTF-8 values), null keys, null values, empty keys and values, a null header
// value, a record with neither key nor value, explicit timestamps.
//
// Each client's limits (FINDINGS.md of its folder) shape what it writes or is expected to read, nothing more:
// node-rdkafka and @confluentinc/kafka-javascript cannot write a null header value and read one as empty; kafka-node
// writes and reads magic 1 message sets (no headers) and decodes only gzip, so the Go and C writers write gzip;
// kafka-go 0.2 writes magic 1 (no headers), and reads no headers and empty keys and values as null; sarama reads and
// writes with Version 2.1.0 (its default version has no headers or timestamps); kcat stamps its own records.
import { Kafka, logLevel } from 'kafkajs';
import { startTestBroker, type TestBroker } from '../helpers/broker';
import { describeWithClients } from '../helpers/clients';
import { confluentGo, kafkaGo, sarama } from '../helpers/go';
import { kcat, kcatConsume } from '../helpers/kcat';
import { ckjsClassic, ckjsKafkajs, kafkaNode, nodeRdkafka } from '../helpers/node-clients';
import { rdkafkaC } from '../helpers/rdkafka-c';
import { actualShape, expectedShape, type ReadRecord, type TestRecord } from '../helpers/records';
import { storedBatches } from '../helpers/stored-batches';
import { crossRecords, named, withKeyOrValue, withoutHeaders, withoutNullHeaderValues } from '../helpers/cross-records';

jest.setTimeout(60_000);

const NODE_READERS = ['node-rdkafka', 'ckjs classic', 'ckjs KafkaJS', 'kafka-node'] as const;
const GO_C_READERS = ['librdkafka-c', 'sarama', 'kafka-go', 'confluent-kafka-go'] as const;
type Reader = (typeof NODE_READERS)[number] | (typeof GO_C_READERS)[number];

/** What a reader can see of what was written. */
function asSeenBy(reader: Reader, records: readonly TestRecord[]): TestRecord[] {
  switch (reader) {
    case 'kafka-node':
      return withoutHeaders(records);
    case 'kafka-go':
      return records.map((r) => ({
        ...r,
        headers: [],
        key: r.key?.length === 0 ? null : r.key,
        value: r.value?.length === 0 ? null : r.value,
      }));
    case 'node-rdkafka':
    case 'ckjs classic':
    case 'ckjs KafkaJS':
      return records.map((r) => ({
        ...r,
        headers: r.headers.map(([name, value]) => [name, value ?? Buffer.alloc(0)] as const),
      }));
    default:
      return [...records];
  }
}

const CLIENTS = [
  'node-rdkafka',
  'confluent-kafka-javascript',
  'kafka-node',
  'kcat',
  'librdkafka-c',
  'sarama',
  'kafka-go',
  'confluent-kafka-go',
] as const;

describeWithClients(
  CLIENTS,
  'cross-client: records cross between the native Node clients and the Go and C families',
  () => {
    let broker: TestBroker;

    async function read(reader: Reader, topic: string, count: number): Promise<ReadRecord[]> {
      const b = broker.bootstrap;
      switch (reader) {
        case 'node-rdkafka': {
          const { records, errors } = await nodeRdkafka.consume(b, topic, 0, 'beginning', count);
          expect(errors).toEqual([]);
          return records;
        }
        case 'ckjs classic': {
          const { records, errors } = await ckjsClassic.consume(b, topic, 0, 'beginning', count);
          expect(errors).toEqual([]);
          return records;
        }
        case 'ckjs KafkaJS':
          return ckjsKafkajs.consume(b, topic, count);
        case 'kafka-node':
          return kafkaNode.consume(b, topic, 0, 0, count, 'group');
        case 'librdkafka-c':
          return rdkafkaC.consume(b, topic, 0, 'beginning', count);
        case 'sarama':
          return sarama.consume(b, topic, 0, 'beginning', count, { version: '2.1.0' });
        case 'kafka-go':
          return kafkaGo.consume(b, topic, 0, 'beginning', count);
        case 'confluent-kafka-go':
          return confluentGo.consume(b, topic, 0, 'beginning', count);
      }
    }

    async function expectReadBack(reader: Reader, topic: string, written: readonly TestRecord[]): Promise<void> {
      const expected = asSeenBy(reader, written);
      const records = await read(reader, topic, expected.length);
      expect(records.map((r) => [r.partition, r.offset])).toEqual(expected.map((_, i) => [0, i]));
      expect(actualShape(records, expected)).toEqual(expectedShape(expected));
    }

    /** The writer's codec reached the log (librdkafka sends a batch uncompressed when compression would not shrink it). */
    async function expectCodec(topic: string, codec: number): Promise<void> {
      expect((await storedBatches(broker.bootstrap, topic, 0)).map((b) => b.codec)).toContain(codec);
    }

    beforeAll(async () => {
      broker = await startTestBroker({ config: { 'group.initial.rebalance.delay.ms': 0 } });
      const topics = [
        'rdk',
        'ckjs',
        'ckjs-kjs',
        'kafka-node',
        'kcat',
        'librdkafka-c',
        'sarama',
        'kafka-go',
        'confluent-kafka-go',
        'librdkafka-c-lz4',
        'confluent-kafka-go-snappy',
      ];
      const kafka = new Kafka({
        clientId: 'compat-cross-native-go-c',
        brokers: [broker.bootstrap],
        logLevel: logLevel.NOTHING,
      });
      const admin = kafka.admin();
      await admin.connect();
      try {
        await admin.createTopics({ topics: topics.map((t) => ({ topic: `g-${t}`, numPartitions: 1 })) });
      } finally {
        await admin.disconnect();
      }
    });

    afterAll(async () => {
      await broker?.stop();
    });

    describe('the native Node clients write, the Go and C clients read', () => {
      describe('node-rdkafka writes (gzip)', () => {
        const sent = withoutNullHeaderValues(crossRecords('rdk'));
        beforeAll(async () => {
          expect(
            (await nodeRdkafka.produce(broker.bootstrap, 'g-rdk', sent, { 'compression.codec': 'gzip' })).every(
              (d) => d.error === null,
            ),
          ).toBe(true);
        });
        test.each(named(GO_C_READERS))('cross-client: %s reads node-rdkafka gzip records (%s)', (_, reader) =>
          expectReadBack(reader, 'g-rdk', sent),
        );
      });

      describe('@confluentinc/kafka-javascript classic API writes (snappy)', () => {
        const sent = withoutNullHeaderValues(crossRecords('ckjs'));
        beforeAll(async () => {
          expect(
            (await ckjsClassic.produce(broker.bootstrap, 'g-ckjs', sent, { 'compression.codec': 'snappy' })).every(
              (d) => d.error === null,
            ),
          ).toBe(true);
        });
        test.each(named(GO_C_READERS))(
          'cross-client: %s reads @confluentinc/kafka-javascript classic snappy records (%s)',
          (_, reader) => expectReadBack(reader, 'g-ckjs', sent),
        );
      });

      describe('@confluentinc/kafka-javascript KafkaJS API writes (lz4)', () => {
        const sent = withoutNullHeaderValues(crossRecords('ckjs-kjs'));
        beforeAll(async () => {
          await ckjsKafkajs.produce(broker.bootstrap, 'g-ckjs-kjs', sent, { compression: 'lz4' });
        });
        test.each(named(GO_C_READERS))(
          'cross-client: %s reads @confluentinc/kafka-javascript KafkaJS-API lz4 records (%s)',
          (_, reader) => expectReadBack(reader, 'g-ckjs-kjs', sent),
        );
      });

      describe('kafka-node writes magic 1 message sets (gzip)', () => {
        const sent = withoutHeaders(crossRecords('kafka-node'));
        beforeAll(async () => {
          await kafkaNode.produce(broker.bootstrap, 'g-kafka-node', sent, { compression: 'gzip' });
        });
        test.each(named(GO_C_READERS))(
          'cross-client: %s reads kafka-node magic 1 gzip message sets as v2 records with their timestamps (%s)',
          (_, reader) => expectReadBack(reader, 'g-kafka-node', sent),
        );
      });
    });

    describe('the Go and C clients write, the native Node clients read', () => {
      describe('kcat writes (gzip, -K keys, -H headers, -Z nulls)', () => {
        let sent: TestRecord[];
        beforeAll(async () => {
          const common = ['-b', broker.bootstrap, '-P', '-t', 'g-kcat', '-p', '0', '-z', 'gzip', '-K', '\t'];
          await kcat(
            [...common, '-H', 'trace=abc', '-H', 'trace=def', '-H', 'empty=', '-H', 'ünï=✓'],
            'key-kcat\tvalue kcat héllo ☃ 🚀\nno delimiter: null key\n\tempty key\nempty-value\t\n',
          );
          await kcat([...common, '-Z'], 'tombstone\t\n\t\n');
          // kcat stamps records itself: take the times from its own read, then hold every reader to them.
          await expectCodec('g-kcat', 1);
          const times = (await kcatConsume(broker.bootstrap, 'g-kcat', 0, 'beginning')).map((r) => r.timestamp);
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
        test.each(named(NODE_READERS))('cross-client: %s reads kcat gzip records (%s)', (_, reader) =>
          expectReadBack(reader, 'g-kcat', sent),
        );
      });

      describe('librdkafka-c writes (gzip)', () => {
        const sent = crossRecords('librdkafka-c');
        beforeAll(async () => {
          expect(
            (await rdkafkaC.produce(broker.bootstrap, 'g-librdkafka-c', sent, { 'compression.type': 'gzip' })).every(
              (d) => d.error === null,
            ),
          ).toBe(true);
          await expectCodec('g-librdkafka-c', 1);
        });
        test.each(named(NODE_READERS))('cross-client: %s reads librdkafka-c gzip records (%s)', (_, reader) =>
          expectReadBack(reader, 'g-librdkafka-c', sent),
        );
      });

      describe('sarama writes (gzip, v2 batches, Version 2.1.0)', () => {
        const sent = crossRecords('sarama');
        beforeAll(async () => {
          await sarama.produce(broker.bootstrap, 'g-sarama', sent, { version: '2.1.0', compression: 'gzip' });
          await expectCodec('g-sarama', 1);
        });
        test.each(named(NODE_READERS))('cross-client: %s reads sarama gzip records (%s)', (_, reader) =>
          expectReadBack(reader, 'g-sarama', sent),
        );
      });

      // kafka-go 0.2 writes magic 1 message sets: no headers; empty keys and values are sent as such.
      describe('kafka-go writes (gzip, magic 1 message sets)', () => {
        const sent = withoutHeaders(withKeyOrValue(crossRecords('kafka-go')));
        beforeAll(async () => {
          await kafkaGo.produce(broker.bootstrap, 'g-kafka-go', sent, { compression: 'gzip' });
          await expectCodec('g-kafka-go', 1);
        });
        test.each(named(NODE_READERS))('cross-client: %s reads kafka-go gzip messages (%s)', (_, reader) =>
          expectReadBack(reader, 'g-kafka-go', sent),
        );
      });

      describe('confluent-kafka-go writes (gzip)', () => {
        const sent = crossRecords('confluent-kafka-go');
        beforeAll(async () => {
          expect(
            (
              await confluentGo.produce(broker.bootstrap, 'g-confluent-kafka-go', sent, { 'compression.type': 'gzip' })
            ).every((d) => d.offset >= 0),
          ).toBe(true);
          await expectCodec('g-confluent-kafka-go', 1);
        });
        test.each(named(NODE_READERS))('cross-client: %s reads confluent-kafka-go gzip records (%s)', (_, reader) =>
          expectReadBack(reader, 'g-confluent-kafka-go', sent),
        );
      });

      // The codecs kafka-node lacks, read by the librdkafka-based Node clients.
      describe('librdkafka-c writes lz4 and confluent-kafka-go writes snappy', () => {
        const lz4 = crossRecords('librdkafka-c-lz4');
        const snappy = crossRecords('confluent-kafka-go-snappy');
        beforeAll(async () => {
          expect(
            (await rdkafkaC.produce(broker.bootstrap, 'g-librdkafka-c-lz4', lz4, { 'compression.type': 'lz4' })).every(
              (d) => d.error === null,
            ),
          ).toBe(true);
          expect(
            (
              await confluentGo.produce(broker.bootstrap, 'g-confluent-kafka-go-snappy', snappy, {
                'compression.type': 'snappy',
              })
            ).every((d) => d.offset >= 0),
          ).toBe(true);
          await expectCodec('g-librdkafka-c-lz4', 3);
          await expectCodec('g-confluent-kafka-go-snappy', 2);
        });
        const LIBRDKAFKA_NODE_READERS = NODE_READERS.filter((r) => r !== 'kafka-node');
        test.each(named(LIBRDKAFKA_NODE_READERS))('cross-client: %s reads librdkafka-c lz4 records (%s)', (_, reader) =>
          expectReadBack(reader, 'g-librdkafka-c-lz4', lz4),
        );
        test.each(named(LIBRDKAFKA_NODE_READERS))(
          'cross-client: %s reads confluent-kafka-go snappy records (%s)',
          (_, reader) => expectReadBack(reader, 'g-confluent-kafka-go-snappy', snappy),
        );
      });
    });
  },
);
