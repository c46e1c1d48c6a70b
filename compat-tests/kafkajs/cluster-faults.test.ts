// kafkajs 2.2.4 against faults injected through samsa's HTTP admin endpoint: Produce answers with
// NOT_LEADER_OR_FOLLOWER and REQUEST_TIMED_OUT and a dropped connection are retried by an idempotent acks=all
// producer without loss or duplicates; capped ApiVersions make kafkajs use older versions (seen in the request
// log); a paused broker answers kafkajs once resumed.
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { startTestCluster, type TestCluster } from '../helpers/cluster';

jest.setTimeout(60_000);

async function consumeValues(kafka: Kafka, topic: string, count: number, groupId: string): Promise<string[]> {
  const consumer: Consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 100 });
  const values: string[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let done!: () => void;
  const all = new Promise<void>((resolve) => {
    done = resolve;
  });
  await consumer.run({
    eachMessage: async ({ message }) => {
      values.push(message.value?.toString() ?? '');
      if (values.length >= count) done();
    },
  });
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    all,
    new Promise((resolve) => {
      timer = setTimeout(resolve, 20_000);
    }),
  ]);
  clearTimeout(timer);
  // A little longer: a duplicate would arrive now.
  await new Promise((resolve) => setTimeout(resolve, 300));
  await consumer.disconnect();
  return values;
}

describe('kafkajs through injected faults', () => {
  let c: TestCluster;
  let kafka: Kafka;
  beforeAll(async () => {
    c = await startTestCluster();
    kafka = new Kafka({
      clientId: 'faults',
      brokers: c.bootstrapServers.split(','),
      logLevel: logLevel.NOTHING,
      retry: { retries: 8, initialRetryTime: 20 },
    });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: ['kj-faults', 'kj-capped', 'kj-paused'].map((topic) => ({ topic, numPartitions: 1 })),
    });
    await admin.disconnect();
  });
  afterAll(async () => c.stop());
  afterEach(async () => {
    await c.control.clear();
    await c.control.stopRequestLog();
    await c.control.clearRequestLog();
  });

  test('faults: an idempotent acks=all producer retries NOT_LEADER_OR_FOLLOWER, REQUEST_TIMED_OUT and a dropped connection; every record is read once, in order', async () => {
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    await c.control.startRequestLog();
    await c.control.injectError({ api: 'Produce', error: 'NOT_LEADER_OR_FOLLOWER', count: 2 });
    await c.control.injectError({ api: 'Produce', error: 'REQUEST_TIMED_OUT', count: 2, topic: 'kj-faults' });
    await c.control.dropConnections({ api: 'Produce', count: 1, partition: 0 });
    const sent: string[] = [];
    for (let i = 0; i < 10; i++) {
      const batch = [0, 1, 2].map((j) => `m${i * 3 + j}`);
      await producer.send({ topic: 'kj-faults', acks: -1, messages: batch.map((value) => ({ value })) });
      sent.push(...batch);
    }
    await producer.disconnect();
    expect(await c.control.faults()).toEqual([]);
    expect((await c.control.requests({ api: 'Produce' })).filter((e) => e.fault !== null)).toHaveLength(5);
    expect(await consumeValues(kafka, 'kj-faults', sent.length, 'g-faults')).toEqual(sent);
  });

  test('faults: capped ApiVersions make kafkajs produce and fetch with older versions', async () => {
    await c.control.capApiVersion({ api: 'Produce', maxVersion: 3 });
    await c.control.capApiVersion({ api: 'Fetch', maxVersion: 4 });
    await c.control.startRequestLog();
    const fresh = new Kafka({ clientId: 'capped', brokers: c.bootstrapServers.split(','), logLevel: logLevel.NOTHING });
    const producer = fresh.producer();
    await producer.connect();
    await producer.send({ topic: 'kj-capped', messages: [{ value: 'a' }, { value: 'b' }] });
    await producer.disconnect();
    expect(await consumeValues(fresh, 'kj-capped', 2, 'g-capped')).toEqual(['a', 'b']);
    const produce = await c.control.requests({ api: 'Produce', clientId: 'capped' });
    const fetches = await c.control.requests({ api: 'Fetch', clientId: 'capped' });
    expect(produce.length).toBeGreaterThan(0);
    expect(fetches.length).toBeGreaterThan(0);
    expect(Math.max(...produce.map((e) => e.apiVersion))).toBe(3);
    expect(Math.max(...fetches.map((e) => e.apiVersion))).toBe(4);
  });

  test('faults: a paused broker answers kafkajs once resumed', async () => {
    const producer = kafka.producer();
    await producer.connect();
    const nodeId = c.brokers[0]!.nodeId;
    await c.control.pauseBroker(nodeId);
    let acked = false;
    const sending = producer.send({ topic: 'kj-paused', messages: [{ value: 'late' }] }).then(() => {
      acked = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(acked).toBe(false);
    await c.control.resumeBroker(nodeId);
    await sending;
    expect(acked).toBe(true);
    await producer.disconnect();
    expect(await consumeValues(kafka, 'kj-paused', 1, 'g-paused')).toEqual(['late']);
  });
});
