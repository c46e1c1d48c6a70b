// @kafkats/client 0.12 ShareConsumer across a broker restart: a share group accepts half of a topic's records and
// releases the rest, the broker stops cleanly and starts again on the same data directory, and a new share consumer
// of the group gets exactly the records never accepted, each with its delivery count carried over (KIP-932's
// share-partition state in __share_group_state), and none of the accepted ones.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KafkaClient, type ShareMessage } from '@kafkats/client';
import { startTestBroker, type TestBroker } from '../helpers/broker';

jest.setTimeout(120_000);

const TOPIC = 'share-durable';
const GROUP = 'share-durable-workers';
const CONFIG = { 'group.share.enable': true };

interface Delivery {
  readonly value: string;
  readonly deliveryCount: number | undefined;
  readonly outcome: 'accept' | 'release';
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, ok: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** One share consumer of the group until `done`: accepts what `accept` says, releases the rest. */
async function consume(
  client: KafkaClient,
  accept: (value: string) => boolean,
  done: (deliveries: readonly Delivery[]) => boolean,
  beforeProduce?: () => Promise<void>,
): Promise<Delivery[]> {
  const deliveries: Delivery[] = [];
  let assigned = false;
  const consumer = client.shareConsumer({ groupId: GROUP, maxWaitMs: 200 });
  consumer.on('partitionsAssigned', () => {
    assigned = true;
  });
  const abort = new AbortController();
  const run = consumer.runEach(
    TOPIC,
    async (message: ShareMessage) => {
      const value = message.value?.toString() ?? '';
      const ok = accept(value);
      deliveries.push({ value, deliveryCount: message.deliveryCount, outcome: ok ? 'accept' : 'release' });
      if (!ok) await message.release();
    },
    { signal: abort.signal },
  );
  await until('the consumer to be assigned', () => assigned);
  if (beforeProduce) await beforeProduce();
  await until('the expected deliveries', () => done(deliveries));
  abort.abort();
  await consumer.stop();
  await Promise.allSettled([run]);
  return deliveries;
}

describe('@kafkats/client ShareConsumer across a samsa restart', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'samsa-compat-share-'));
  let broker: TestBroker | undefined;
  let client: KafkaClient | undefined;

  afterAll(async () => {
    await client?.disconnect();
    await broker?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('share-groups: accepted records stay accepted after a clean restart; the rest arrive with their delivery counts', async () => {
    broker = await startTestBroker({ dataDir, config: CONFIG });
    client = new KafkaClient({ brokers: [broker.bootstrap], clientId: 'compat-kafkats', logLevel: 'error' });
    await client.connect();
    await client.createTopics([{ name: TOPIC, numPartitions: 1 }]);
    const values = Array.from({ length: 10 }, (_, i) => `d-${i}`);
    const firstHalf = new Set(values.slice(0, 5));
    const secondHalf = values.slice(5);

    const producer = client.producer({});
    const before = await consume(
      client,
      (v) => firstHalf.has(v),
      (ds) =>
        values.every((v) => ds.some((d) => d.value === v)) &&
        [...firstHalf].every((v) => ds.some((d) => d.value === v && d.outcome === 'accept')),
      // The share-partition starts at the high watermark: produce once the member has fetched.
      async () => {
        await sleep(1000);
        for (const value of values) await producer.send(TOPIC, { partition: 0, value: Buffer.from(value) });
      },
    );
    await producer.disconnect();
    await client.disconnect();
    client = undefined;
    await broker.stop();

    broker = await startTestBroker({ dataDir, config: CONFIG });
    client = new KafkaClient({ brokers: [broker.bootstrap], clientId: 'compat-kafkats', logLevel: 'error' });
    await client.connect();
    // Once every released record is back, wait a while longer: an accepted record coming back would show up.
    let settledAt: number | null = null;
    const after = await consume(
      client,
      () => true,
      (ds) => {
        if (!secondHalf.every((v) => ds.some((d) => d.value === v))) return false;
        settledAt ??= Date.now();
        return Date.now() - settledAt > 1500;
      },
    );

    // Nothing accepted before the restart comes back.
    expect(after.filter((d) => firstHalf.has(d.value))).toEqual([]);
    // Each released record arrives once more, its delivery count carried over: above the deliveries the handler saw
    // before the restart (the client may have acquired it once more before it stopped, which counts too).
    for (const v of secondHalf) {
      const earlier = before.filter((d) => d.value === v).length;
      const again = after.filter((d) => d.value === v);
      expect({ v, deliveries: again.length }).toEqual({ v, deliveries: 1 });
      expect(again[0]!.deliveryCount).toBeGreaterThan(earlier);
    }
  });
});
