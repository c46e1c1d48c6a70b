/**
 * kafkajs end to end: what its producer writes (gzip, headers, null keys and values, a 1 MiB message) comes back
 * through its consumer (Fetch v11, ListOffsets for fromBeginning and latest, seek).
 */
import { CompressionTypes, Kafka, logLevel, type Consumer, type EachMessagePayload, type Producer } from 'kafkajs';
import { startTestBroker, type TestBroker } from './helpers/test-broker';

interface Seen {
  offset: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
}

describe('kafkajs producer and consumer', () => {
  let tb: TestBroker;
  let kafka: Kafka;
  let producer: Producer;
  const consumers: Consumer[] = [];
  let n = 0;

  beforeAll(async () => {
    tb = await startTestBroker({ 'group.initial.rebalance.delay.ms': 0 });
    kafka = new Kafka({ clientId: 'e2e', brokers: [tb.broker.bootstrapServers], logLevel: logLevel.NOTHING });
    producer = kafka.producer();
    await producer.connect();
  });
  afterAll(async () => {
    await Promise.all(consumers.map((c) => c.disconnect()));
    await producer.disconnect();
    await tb.dispose();
  });

  function topic(configs: Record<string, string> = {}): string {
    const name = `e2e-${n++}`;
    tb.broker.cluster.createTopic({
      name,
      numPartitions: 1,
      replicationFactor: 1,
      assignments: [],
      configs: Object.entries(configs).map(([k, v]) => ({ name: k, value: v })),
    });
    return name;
  }

  /** Runs a consumer on `name` until `count` messages arrived; `onStart` may seek once the run has begun. */
  async function consume(
    name: string,
    count: number,
    fromBeginning: boolean,
    onStart?: (c: Consumer) => void,
  ): Promise<Seen[]> {
    const consumer = kafka.consumer({ groupId: `group-${name}-${consumers.length}`, maxWaitTimeInMs: 200 });
    consumers.push(consumer);
    await consumer.connect();
    await consumer.subscribe({ topic: name, fromBeginning });
    const seen: Seen[] = [];
    await new Promise<void>((resolve) => {
      void consumer.run({
        eachMessage: async ({ message }: EachMessagePayload) => {
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(message.headers ?? {})) headers[k] = String(v);
          seen.push({
            offset: message.offset,
            key: message.key?.toString() ?? null,
            value: message.value?.toString() ?? null,
            headers,
          });
          if (seen.length === count) resolve();
        },
      });
      onStart?.(consumer);
    });
    await consumer.stop();
    return seen;
  }

  it('reads from the beginning what was produced: gzip, headers, null key and value', async () => {
    const name = topic();
    await producer.send({
      topic: name,
      compression: CompressionTypes.GZIP,
      messages: [
        { key: 'k1', value: 'v1', headers: { trace: 't-1' } },
        { key: null, value: 'no key' },
        { key: 'gone', value: null },
      ],
    });
    await producer.send({ topic: name, messages: [{ key: 'k2', value: 'plain' }] });
    expect(await consume(name, 4, true)).toEqual([
      { offset: '0', key: 'k1', value: 'v1', headers: { trace: 't-1' } },
      { offset: '1', key: null, value: 'no key', headers: {} },
      { offset: '2', key: 'gone', value: null, headers: {} },
      { offset: '3', key: 'k2', value: 'plain', headers: {} },
    ]);
  });

  it('consumes a 1 MiB message (larger than the partition fetch size: the first batch still comes back)', async () => {
    const name = topic({ 'max.message.bytes': String(2 << 20) });
    const big = 'b'.repeat(1 << 20);
    await producer.send({
      topic: name,
      messages: [
        { key: 'big', value: big },
        { key: 'small', value: 's' },
      ],
    });
    const seen = await consume(name, 2, true);
    expect(seen.map((m) => [m.key, m.value?.length])).toEqual([
      ['big', 1 << 20],
      ['small', 1],
    ]);
  });

  it('without fromBeginning starts at the end; seek moves the position', async () => {
    const name = topic();
    await producer.send({ topic: name, messages: [{ value: 'old-0' }, { value: 'old-1' }, { value: 'old-2' }] });
    const latest = kafka.consumer({ groupId: `latest-${name}`, maxWaitTimeInMs: 200 });
    consumers.push(latest);
    await latest.connect();
    await latest.subscribe({ topic: name, fromBeginning: false });
    const fresh: string[] = [];
    const gotFresh = new Promise<void>((resolve) => {
      void latest.run({
        eachMessage: async ({ message }) => {
          fresh.push(String(message.value));
          resolve();
        },
      });
    });
    // Wait for a completed fetch: the position (latest, resolved with ListOffsets) is known before the new message.
    await new Promise<void>((resolve) => latest.on(latest.events.FETCH, () => resolve()));
    await producer.send({ topic: name, messages: [{ value: 'new-3' }] });
    await gotFresh;
    expect(fresh).toEqual(['new-3']);
    await latest.stop();

    const seeked = await consume(name, 2, true, (c) => {
      c.on(c.events.GROUP_JOIN, () => c.seek({ topic: name, partition: 0, offset: '2' }));
    });
    expect(seeked.map((m) => [m.offset, m.value])).toEqual([
      ['2', 'old-2'],
      ['3', 'new-3'],
    ]);
  });
});
