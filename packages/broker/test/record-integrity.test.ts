/**
 * Poison pills over the wire: batches whose CRC holds but whose records are malformed, for every codec, are refused
 * with INVALID_RECORD while the other partitions of the same request are appended; kafkajs then reads every record
 * produced before and after them, and every follower holds exactly the leader's bytes, none of the refused ones.
 * (kcat reads the same through librdkafka in compat-tests/librdkafka/poison-records.test.ts.)
 */
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { CompressionType, ErrorCode, type CompressionCodec } from '@samsa/protocol';
import { registerKafkajsCodecs } from './helpers/kafkajs-codecs';
import { MALFORMATIONS, rawBatch, soundBatch } from './helpers/malformed-records';
import { produce } from './helpers/records';
import { startTestBroker, type TestBroker } from './helpers/test-broker';
import { WireClient } from './helpers/wire-client';

const CODECS = [
  ['uncompressed', CompressionType.none],
  ['gzip', CompressionType.gzip],
  ['snappy', CompressionType.snappy],
  ['lz4', CompressionType.lz4],
  ['zstd', CompressionType.zstd],
] as const;

describe('malformed records in a produce', () => {
  let tb: TestBroker;
  let kafka: Kafka;
  let client: WireClient;
  const consumers: Consumer[] = [];

  jest.setTimeout(60_000);

  beforeAll(async () => {
    registerKafkajsCodecs();
    tb = await startTestBroker({ 'samsa.broker.count': 3, 'group.initial.rebalance.delay.ms': 0 });
    kafka = new Kafka({
      clientId: 'integrity',
      brokers: tb.broker.bootstrapServers.split(','),
      logLevel: logLevel.NOTHING,
    });
    client = await WireClient.connect(tb.broker.nodes[0]!.port);
  });
  afterAll(async () => {
    await Promise.all(consumers.map((c) => c.disconnect()));
    client.destroy();
    await tb.dispose();
  });

  /** Every value of the topic's partitions, read from the beginning by a kafkajs consumer. */
  async function consumeAll(topic: string, count: number): Promise<Map<number, string[]>> {
    const consumer = kafka.consumer({ groupId: `integrity-${topic}`, maxWaitTimeInMs: 100 });
    consumers.push(consumer);
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const seen = new Map<number, string[]>();
    let total = 0;
    await new Promise<void>((resolve) => {
      void consumer.run({
        eachMessage: async ({ partition, message }) => {
          seen.set(partition, [...(seen.get(partition) ?? []), message.value?.toString() ?? '']);
          if (++total === count) resolve();
        },
      });
    });
    await consumer.stop();
    return seen;
  }

  it.each(CODECS)(
    '%s: each malformation refused on its own partition; kafkajs reads everything around them; followers agree',
    async (label, codec: CompressionCodec) => {
      const topic = `integrity-${label}`;
      const ids = tb.broker.nodes.map((n) => n.nodeId);
      tb.broker.cluster.createTopic({
        name: topic,
        numPartitions: -1,
        replicationFactor: -1,
        // The broker the client talks to leads every partition; the other two follow.
        assignments: [0, 1, 2].map((partitionIndex) => ({ partitionIndex, brokerIds: ids })),
        configs: [],
      });
      const expected = new Map<number, string[]>([
        [0, []],
        [1, []],
        [2, []],
      ]);
      const send = async (partitions: { index: number; records: Buffer }[]): Promise<number[]> => {
        const res = await produce(client, 9, topic, partitions, -1);
        return res.responses[0]!.partitionResponses.map((p) => p.errorCode);
      };
      const good = async (index: number, value: string) => {
        expected.get(index)!.push(value);
        return { index, records: await soundBatch(value, codec) };
      };

      expect(await send([await good(0, 'first')])).toEqual([ErrorCode.NONE]);
      for (const [name, make] of MALFORMATIONS) {
        const { records, count } = make();
        const bad = await rawBatch(records, count, codec);
        const codes = await send([await good(1, `beside ${name}`), { index: 0, records: bad }, await good(2, name)]);
        expect({ name, codes }).toEqual({ name, codes: [ErrorCode.NONE, ErrorCode.INVALID_RECORD, ErrorCode.NONE] });
        expect(await send([await good(0, `after ${name}`)])).toEqual([ErrorCode.NONE]);
      }

      const total = [...expected.values()].reduce((n, v) => n + v.length, 0);
      expect(total).toBe(1 + 3 * MALFORMATIONS.length);
      expect(await consumeAll(topic, total)).toEqual(expected);

      for (const index of [0, 1, 2]) {
        const p = tb.broker.replicas.partition(topic, index)!;
        const leader = p.log;
        expect(leader.logEndOffset).toBe(expected.get(index)!.length);
        const leaderBytes = Buffer.concat(leader.read(0, 1 << 20).records);
        expect(leaderBytes.length).toBeGreaterThan(0);
        expect(p.replicas.size).toBe(3);
        for (const r of p.replicas.values()) {
          expect(r.log.logEndOffset).toBe(leader.logEndOffset);
          expect(Buffer.concat(r.log.read(0, 1 << 20).records)).toEqual(leaderBytes);
        }
      }
    },
    60_000,
  );
});
