// Records written by the native and legacy Node clients (node-rdkafka, both APIs of @confluentinc/kafka-javascript,
// kafka-node) read back byte for byte by every client family, and records written by the other families (kafkajs,
// confluent-kafka-python, kafka-python, @platformatic/kafka) read back by the new clients. The records are
// cross-client.test.ts's: keys, values, headers (repeated names, empty and multi-byte UTF-8 values), null keys, null
// values, empty keys and values, a null header value, a record with neither key nor value, explicit timestamps.
//
// What a client cannot carry is taken out of what it writes, or what it is expected to read (FINDINGS.md):
// node-rdkafka and @confluentinc/kafka-javascript cannot write a null header value and read one as empty;
// kafka-node writes and reads magic 1 message sets, which have no headers, and decodes only gzip (no lz4 codec, and
// its optional snappy module is not installed): it reads the uncompressed and gzip rows.
import { CompressionTypes, Kafka, logLevel, type Admin, type Producer } from 'kafkajs';
import { startTestBroker, type TestBroker } from '../helpers/broker';
import { describeWithClient } from '../helpers/clients';
import { kafkajsConsume, registerKafkajsCodecs, toKafkajsMessage } from '../helpers/kafkajs';
import { kcatConsume } from '../helpers/kcat';
import { ckjsClassic, ckjsKafkajs, kafkaNode, nodeRdkafka } from '../helpers/node-clients';
import { platformatic } from '../helpers/platformatic';
import { confluentPython, kafkaPython } from '../helpers/python-clients';
import { actualShape, expectedShape, type ReadRecord, type TestRecord } from '../helpers/records';
import { storedBatches } from '../helpers/stored-batches';
import { crossRecords, named, withKeyOrValue, withoutHeaders, withoutNullHeaderValues } from '../helpers/cross-records';

jest.setTimeout(60_000);

registerKafkajsCodecs();

const NEW_READERS = ['node-rdkafka', 'ckjs classic', 'ckjs KafkaJS', 'kafka-node'] as const;
const OLD_READERS = ['kafkajs', 'kcat', 'confluent-kafka-python', 'kafka-python', '@platformatic/kafka'] as const;
type Reader = (typeof NEW_READERS)[number] | (typeof OLD_READERS)[number];
const ALL_READERS: readonly Reader[] = [...OLD_READERS, ...NEW_READERS];
const BUT_KAFKA_NODE = ALL_READERS.filter((r) => r !== 'kafka-node');

/** What a reader can see of what was written. */
function asSeenBy(reader: Reader, records: readonly TestRecord[]): TestRecord[] {
  if (reader === 'kafka-node') return withoutHeaders(records);
  if (reader === 'node-rdkafka' || reader === 'ckjs classic' || reader === 'ckjs KafkaJS') {
    return records.map((r) => ({
      ...r,
      headers: r.headers.map(([name, value]) => [name, value ?? Buffer.alloc(0)] as const),
    }));
  }
  return [...records];
}

describeWithClient(
  'node-rdkafka',
  'cross-client: records cross between the native Node clients and every other family',
  () => {
    describeWithClient('confluent-kafka-javascript', 'with @confluentinc/kafka-javascript', () => {
      describeWithClient('kafka-node', 'and kafka-node', () => {
        describeWithClient('kcat', 'kcat', () => {
          describeWithClient('confluent-kafka-python', 'confluent-kafka-python', () => {
            describeWithClient('kafka-python', 'kafka-python', () => {
              let broker: TestBroker;
              let kafka: Kafka;
              let admin: Admin;
              let producer: Producer;

              async function read(reader: Reader, topic: string, count: number): Promise<ReadRecord[]> {
                const b = broker.bootstrap;
                switch (reader) {
                  case 'kafkajs':
                    return kafkajsConsume(kafka, topic, { count });
                  case 'kcat':
                    return kcatConsume(b, topic, 0, 'beginning');
                  case 'confluent-kafka-python':
                    return (await confluentPython.consume(b, topic, 0, 'beginning', count)).records;
                  case 'kafka-python':
                    return kafkaPython.consume(b, topic, 0, 'beginning', count);
                  case '@platformatic/kafka':
                    return (await platformatic.read(b, topic, 0, 0, count)).records;
                  case 'node-rdkafka':
                    return (await nodeRdkafka.consume(b, topic, 0, 'beginning', count)).records;
                  case 'ckjs classic':
                    return (await ckjsClassic.consume(b, topic, 0, 'beginning', count)).records;
                  case 'ckjs KafkaJS':
                    return ckjsKafkajs.consume(b, topic, count);
                  case 'kafka-node':
                    return kafkaNode.consume(b, topic, 0, 0, count, 'group');
                }
              }

              async function expectReadBack(
                reader: Reader,
                topic: string,
                written: readonly TestRecord[],
              ): Promise<void> {
                const expected = asSeenBy(reader, written);
                const records = await read(reader, topic, expected.length);
                expect(records.map((r) => [r.partition, r.offset])).toEqual(expected.map((_, i) => [0, i]));
                expect(actualShape(records, expected)).toEqual(expectedShape(expected));
              }

              beforeAll(async () => {
                broker = await startTestBroker({ config: { 'group.initial.rebalance.delay.ms': 0 } });
                kafka = new Kafka({
                  clientId: 'compat-cross-native',
                  brokers: [broker.bootstrap],
                  logLevel: logLevel.NOTHING,
                });
                admin = kafka.admin();
                await admin.connect();
                const topics = [
                  'rdk',
                  'ckjs',
                  'ckjs-kjs',
                  'kafka-node',
                  'rdk-zstd',
                  'kafkajs',
                  'confluent',
                  'kafka-python',
                  'platformatic',
                  'ckjs-gzip',
                  'ckjs-kjs-gzip',
                ];
                await admin.createTopics({ topics: topics.map((t) => ({ topic: `n-${t}`, numPartitions: 1 })) });
                producer = kafka.producer({ allowAutoTopicCreation: false });
                await producer.connect();
              });

              afterAll(async () => {
                await producer?.disconnect();
                await admin?.disconnect();
                await broker?.stop();
              });

              describe('node-rdkafka writes (gzip)', () => {
                const sent = withoutNullHeaderValues(crossRecords('rdk'));
                beforeAll(async () => {
                  expect(
                    (await nodeRdkafka.produce(broker.bootstrap, 'n-rdk', sent, { 'compression.codec': 'gzip' })).every(
                      (d) => d.error === null,
                    ),
                  ).toBe(true);
                });
                test.each(named(ALL_READERS))('cross-client: %s reads node-rdkafka gzip records (%s)', (_, reader) =>
                  expectReadBack(reader, 'n-rdk', sent),
                );
              });

              describe('@confluentinc/kafka-javascript classic API writes (snappy)', () => {
                const sent = withoutNullHeaderValues(crossRecords('ckjs'));
                beforeAll(async () => {
                  expect(
                    (
                      await ckjsClassic.produce(broker.bootstrap, 'n-ckjs', sent, { 'compression.codec': 'snappy' })
                    ).every((d) => d.error === null),
                  ).toBe(true);
                });
                test.each(named(BUT_KAFKA_NODE))(
                  'cross-client: %s reads @confluentinc/kafka-javascript classic snappy records (%s)',
                  (_, reader) => expectReadBack(reader, 'n-ckjs', sent),
                );
              });

              describe('@confluentinc/kafka-javascript KafkaJS API writes (lz4)', () => {
                const sent = withoutNullHeaderValues(crossRecords('ckjs-kjs'));
                beforeAll(async () => {
                  await ckjsKafkajs.produce(broker.bootstrap, 'n-ckjs-kjs', sent, { compression: 'lz4' });
                });
                test.each(named(BUT_KAFKA_NODE))(
                  'cross-client: %s reads @confluentinc/kafka-javascript KafkaJS-API lz4 records (%s)',
                  (_, reader) => expectReadBack(reader, 'n-ckjs-kjs', sent),
                );
              });

              // kafka-node decodes neither snappy nor lz4: both Confluent APIs also write gzip for it.
              describe('@confluentinc/kafka-javascript writes gzip with both APIs', () => {
                const classic = withoutNullHeaderValues(crossRecords('ckjs-gzip'));
                const kafkajsApi = withoutNullHeaderValues(crossRecords('ckjs-kjs-gzip'));
                beforeAll(async () => {
                  expect(
                    (
                      await ckjsClassic.produce(broker.bootstrap, 'n-ckjs-gzip', classic, {
                        'compression.codec': 'gzip',
                      })
                    ).every((d) => d.error === null),
                  ).toBe(true);
                  await ckjsKafkajs.produce(broker.bootstrap, 'n-ckjs-kjs-gzip', kafkajsApi, { compression: 'gzip' });
                  for (const topic of ['n-ckjs-gzip', 'n-ckjs-kjs-gzip'])
                    expect((await storedBatches(broker.bootstrap, topic, 0)).map((b) => b.codec)).toContain(1);
                });
                test.each(named(['kafka-node']))(
                  'cross-client: %s reads @confluentinc/kafka-javascript classic gzip records (%s)',
                  (_, reader) => expectReadBack(reader, 'n-ckjs-gzip', classic),
                );
                test.each(named(['kafka-node']))(
                  'cross-client: %s reads @confluentinc/kafka-javascript KafkaJS-API gzip records (%s)',
                  (_, reader) => expectReadBack(reader, 'n-ckjs-kjs-gzip', kafkajsApi),
                );
              });

              describe('kafka-node writes magic 1 message sets (gzip)', () => {
                const sent = withoutHeaders(crossRecords('kafka-node'));
                beforeAll(async () => {
                  await kafkaNode.produce(broker.bootstrap, 'n-kafka-node', sent, { compression: 'gzip' });
                });
                test.each(named(ALL_READERS))(
                  'cross-client: %s reads kafka-node magic 1 gzip message sets as v2 records with their timestamps (%s)',
                  (_, reader) => expectReadBack(reader, 'n-kafka-node', sent),
                );
              });

              // zstd: kafka-python (no zstandard module here), @platformatic/kafka (Node 22's zlib) and kafka-node (magic
              // 0/1 cannot carry zstd: Kafka answers its Fetch v2 with UNSUPPORTED_COMPRESSION_TYPE) cannot read it.
              describe('node-rdkafka writes zstd', () => {
                const sent = withoutNullHeaderValues(crossRecords('rdk-zstd'));
                beforeAll(async () => {
                  await nodeRdkafka.produce(broker.bootstrap, 'n-rdk-zstd', sent, {
                    'compression.codec': 'zstd',
                    'linger.ms': 50,
                  });
                  expect((await storedBatches(broker.bootstrap, 'n-rdk-zstd', 0)).map((b) => b.codec)).toEqual([4]);
                });
                test.each(named(['kafkajs', 'kcat', 'confluent-kafka-python', 'ckjs classic', 'ckjs KafkaJS']))(
                  'cross-client: %s reads node-rdkafka zstd records (%s)',
                  (_, reader) => expectReadBack(reader, 'n-rdk-zstd', sent),
                );
              });

              describe('the other families write, the native Node clients read', () => {
                const fromKafkajs = withoutNullHeaderValues(crossRecords('kafkajs'));
                const fromConfluent = crossRecords('confluent');
                const fromKafkaPython = withKeyOrValue(withoutNullHeaderValues(crossRecords('kafka-python')));
                const fromPlatformatic = crossRecords('platformatic');
                beforeAll(async () => {
                  // Codecs kafka-node can decode; the other codecs of these writers cross in cross-client.test.ts.
                  await producer.send({
                    topic: 'n-kafkajs',
                    compression: CompressionTypes.GZIP,
                    messages: fromKafkajs.map(toKafkajsMessage),
                  });
                  await confluentPython.produce(broker.bootstrap, 'n-confluent', fromConfluent, {
                    'compression.type': 'gzip',
                  });
                  await kafkaPython.produce(broker.bootstrap, 'n-kafka-python', fromKafkaPython, {});
                  await platformatic.produce(broker.bootstrap, 'n-platformatic', fromPlatformatic, {
                    compression: 'none',
                  });
                });
                test.each(named(NEW_READERS))('cross-client: %s reads kafkajs gzip records (%s)', (_, reader) =>
                  expectReadBack(reader, 'n-kafkajs', fromKafkajs),
                );
                test.each(named(NEW_READERS))(
                  'cross-client: %s reads confluent-kafka-python gzip records (%s)',
                  (_, reader) => expectReadBack(reader, 'n-confluent', fromConfluent),
                );
                test.each(named(NEW_READERS))(
                  'cross-client: %s reads kafka-python uncompressed records (%s)',
                  (_, reader) => expectReadBack(reader, 'n-kafka-python', fromKafkaPython),
                );
                test.each(named(NEW_READERS))(
                  'cross-client: %s reads @platformatic/kafka uncompressed records (%s)',
                  (_, reader) => expectReadBack(reader, 'n-platformatic', fromPlatformatic),
                );
              });
            });
          });
        });
      });
    });
  },
);
