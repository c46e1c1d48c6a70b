// kafkajs 2.2.4 against a three-broker samsa cluster whose followers fetch asynchronously: a follower's broker paused
// for longer than replica.lag.time.max.ms leaves the ISR (acks=all sends wait for it until then, acks=1 writes stay
// invisible to consumers until then) and rejoins after the resume; an idempotent producer retries REQUEST_TIMED_OUT
// answers without duplicates; NOT_ENOUGH_REPLICAS_AFTER_APPEND reaches the producer when the ISR shrinks below
// min.insync.replicas under a waiting send. The clients only know broker 1 (the leader): the paused broker holds
// every request it gets, so nothing is sent to it.
import { Kafka, logLevel } from 'kafkajs';
import { startTestCluster, type TestCluster } from '../helpers/cluster';
import { waitFor } from '../helpers/wait';

jest.setTimeout(60_000);

const LAG_MS = 1000;

describe('kafkajs against a cluster whose followers lag', () => {
  let c: TestCluster;
  let kafka: Kafka;
  beforeEach(async () => {
    c = await startTestCluster({ brokers: 3, config: { 'replica.lag.time.max.ms': LAG_MS } });
    const first = c.brokers[0]!;
    kafka = new Kafka({
      clientId: 'isr',
      brokers: [`${first.host}:${first.port}`],
      logLevel: logLevel.NOTHING,
      retry: { retries: 10, initialRetryTime: 50, maxRetryTime: 300 },
    });
  });
  afterEach(async () => {
    await c.stop();
  });

  async function createTopic(
    topic: string,
    replicas: number[],
    configEntries: { name: string; value: string }[] = [],
  ): Promise<void> {
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, replicaAssignment: [{ partition: 0, replicas }], configEntries }] });
    await admin.disconnect();
  }

  async function highWatermark(topic: string): Promise<string> {
    const admin = kafka.admin();
    await admin.connect();
    try {
      return (await admin.fetchTopicOffsets(topic))[0]!.high;
    } finally {
      await admin.disconnect();
    }
  }

  async function readAll(topic: string, groupId: string, count: number): Promise<string[]> {
    const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 100 });
    const seen: string[] = [];
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        seen.push(message.value!.toString());
      },
    });
    await waitFor(() => seen.length >= count, 20_000, 20);
    await new Promise((r) => setTimeout(r, 300));
    await consumer.disconnect();
    return seen;
  }

  it('replication: a paused follower holds acks=1 writes back from consumers until it leaves the ISR, and an acks=all send until then', async () => {
    await createTopic('kj-isr', [1, 2, 3]);
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: 'kj-isr', acks: -1, messages: [{ value: 'a' }] });
    await c.control.pauseBroker(3);
    const pausedAt = Date.now();

    await producer.send({ topic: 'kj-isr', acks: 1, messages: [{ value: 'b' }] });
    // Broker 3 is still in the ISR and has not fetched: the high watermark (ListOffsets latest) stays at 1.
    expect(await c.control.describePartition('kj-isr', 0)).toMatchObject({
      isr: [1, 2, 3],
      logEndOffsets: { 1: 2, 3: 1 },
    });
    expect(await highWatermark('kj-isr')).toBe('1');

    // An acks=all send waits until the ISR drops broker 3 (replica.lag.time.max.ms after it last caught up).
    await producer.send({ topic: 'kj-isr', acks: -1, messages: [{ value: 'c' }] });
    expect(Date.now() - pausedAt).toBeGreaterThanOrEqual(LAG_MS - 100);
    expect(await c.control.describePartition('kj-isr', 0)).toMatchObject({
      isr: [1, 2],
      highWatermark: 3,
      logEndOffsets: { 1: 3, 2: 3, 3: 1 },
    });
    expect(await highWatermark('kj-isr')).toBe('3');

    await c.control.resumeBroker(3);
    await waitFor(async () => (await c.control.describePartition('kj-isr', 0)).isr.length === 3, 5000, 20);
    expect((await c.control.describePartition('kj-isr', 0)).logEndOffsets).toEqual({ 1: 3, 2: 3, 3: 3 });
    await producer.disconnect();
    expect(await readAll('kj-isr', 'kj-isr-reader', 3)).toEqual(['a', 'b', 'c']);
  });

  it('replication: an idempotent producer retries REQUEST_TIMED_OUT from a short timeout without writing twice', async () => {
    await createTopic('kj-timeout', [1, 2, 3]);
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    await c.control.pauseBroker(2);
    await c.control.startRequestLog();
    // Each attempt waits 200 ms for broker 2 and times out, until the ISR drops it; the retries are duplicates of
    // the first append and are answered with its offset.
    const [meta] = await producer.send({ topic: 'kj-timeout', acks: -1, timeout: 200, messages: [{ value: 'once' }] });
    expect(meta).toMatchObject({ errorCode: 0, baseOffset: '0' });
    expect((await c.control.requests({ api: 'Produce' })).length).toBeGreaterThanOrEqual(2);
    await waitFor(async () => (await c.control.describePartition('kj-timeout', 0)).isr.length === 2, 5000, 20);
    expect(await c.control.describePartition('kj-timeout', 0)).toMatchObject({
      isr: [1, 3],
      highWatermark: 1,
      logEndOffsets: { 1: 1, 2: 0, 3: 1 },
    });
    await c.control.resumeBroker(2);
    await producer.disconnect();
    expect(await readAll('kj-timeout', 'kj-timeout-reader', 1)).toEqual(['once']);
  });

  it('replication: NOT_ENOUGH_REPLICAS_AFTER_APPEND reaches the producer when the ISR shrinks below min.insync.replicas', async () => {
    await createTopic('kj-after-append', [1, 2], [{ name: 'min.insync.replicas', value: '2' }]);
    const producer = kafka.producer({ retry: { retries: 0 } });
    await producer.connect();
    await c.control.pauseBroker(2);
    await expect(
      producer.send({ topic: 'kj-after-append', acks: -1, timeout: 10 * LAG_MS, messages: [{ value: 'x' }] }),
    ).rejects.toMatchObject({
      message: 'Messages are written to the log, but to fewer in-sync replicas than required',
    });
    expect(await c.control.describePartition('kj-after-append', 0)).toMatchObject({ isr: [1], highWatermark: 1 });
    await c.control.resumeBroker(2);
    await waitFor(async () => (await c.control.describePartition('kj-after-append', 0)).isr.length === 2, 5000, 20);
    await producer.send({ topic: 'kj-after-append', acks: -1, messages: [{ value: 'y' }] });
    await producer.disconnect();
    expect(await readAll('kj-after-append', 'kj-after-append-reader', 2)).toEqual(['x', 'y']);
  });
});
