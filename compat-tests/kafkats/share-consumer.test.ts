// @kafkats/client 0.12 ShareConsumer (KIP-932 share groups, Kafka 4.2's ShareGroupHeartbeat v1, ShareFetch v2 and
// ShareAcknowledge v2) against samsa: three share consumers on one two-partition topic. Every record is delivered
// and accepted once; released records come back with a higher delivery count; rejected ones never again; a record
// released every time is delivered group.share.delivery.count.limit times and then archived; and the records a
// consumer held when it crashed (a child process killed with SIGKILL, js/stuck-member.mjs) are redelivered to the
// others once their acquisition lock (group.share.record.lock.duration.ms) expires.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { KafkaClient, type ShareConsumer, type ShareMessage } from '@kafkats/client';
import { startTestBroker, type TestBroker } from '../helpers/broker';

jest.setTimeout(120_000);

const TOPIC = 'share-jobs';
const GROUP = 'share-workers';
const LOCK_MS = 2000;
const DELIVERY_LIMIT = 3;

interface Delivery {
  readonly consumer: string;
  readonly value: string;
  readonly partition: number;
  readonly offset: bigint;
  readonly deliveryCount: number | undefined;
  readonly outcome: 'accept' | 'release' | 'reject';
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, ok: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** Starts js/stuck-member.mjs and collects the JSON lines it prints. */
function stuckMember(bootstrap: string): { child: ChildProcess; events: Record<string, unknown>[] } {
  const child = spawn(process.execPath, [join(__dirname, 'js', 'stuck-member.mjs'), bootstrap, GROUP, TOPIC], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const events: Record<string, unknown>[] = [];
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (line.startsWith('{')) events.push(JSON.parse(line) as Record<string, unknown>);
  });
  child.on('exit', (code, signal) => events.push({ event: 'exit', code, signal }));
  return { child, events };
}

describe('@kafkats/client ShareConsumer against samsa', () => {
  let broker: TestBroker;
  let client: KafkaClient;

  beforeAll(async () => {
    broker = await startTestBroker({
      config: {
        // Kafka's switch for share groups (share.version 1 is the other way; kafkats has no UpdateFeatures).
        'group.share.enable': true,
        'group.share.record.lock.duration.ms': LOCK_MS,
        'group.share.min.record.lock.duration.ms': 1000,
        'group.share.delivery.count.limit': DELIVERY_LIMIT,
      },
    });
    client = new KafkaClient({ brokers: [broker.bootstrap], clientId: 'compat-kafkats', logLevel: 'error' });
    await client.connect();
    await client.createTopics([{ name: TOPIC, numPartitions: 2 }]);
  });

  afterAll(async () => {
    await client?.disconnect();
    await broker?.stop();
  });

  it('share-groups: three share consumers: each record accepted once, releases redelivered, rejects not, the delivery limit kept, a crashed member redelivered', async () => {
    const producer = client.producer({});
    const send = async (values: string[]) => {
      for (const [i, value] of values.entries())
        await producer.send(TOPIC, { partition: i % 2, value: Buffer.from(value) });
    };

    // 1. A member takes records and dies without acknowledging them.
    const stuck = stuckMember(broker.bootstrap);
    try {
      const exited = () => {
        const exit = stuck.events.find((e) => e['event'] === 'exit');
        if (exit) throw new Error(`the stuck member exited: ${JSON.stringify(exit)}`);
      };
      await until('the stuck member to be assigned', () => {
        exited();
        return stuck.events.some((e) => e['event'] === 'assigned');
      });
      // Its first ShareFetch creates the share-partitions (at the high watermark, share.auto.offset.reset=latest).
      await sleep(1000);
      await send(['crash-0', 'crash-1', 'crash-2', 'crash-3']);
      await until('the stuck member to hold a record', () => stuck.events.some((e) => e['event'] === 'record'));
    } finally {
      stuck.child.kill('SIGKILL');
    }
    const held = stuck.events.filter((e) => e['event'] === 'record').map((e) => String(e['value']));
    expect(held.length).toBeGreaterThan(0);

    // 2. Three share consumers of the same group.
    const deliveries: Delivery[] = [];
    const assigned = new Map<string, number>();
    const consumers: ShareConsumer[] = [];
    const runs: Promise<void>[] = [];
    const abort = new AbortController();
    for (const name of ['a', 'b', 'c']) {
      const consumer = client.shareConsumer({ groupId: GROUP, maxWaitMs: 200 });
      consumer.on('partitionsAssigned', (tps) => assigned.set(name, (assigned.get(name) ?? 0) + tps.length));
      consumers.push(consumer);
      runs.push(
        consumer.runEach(
          TOPIC,
          async (message: ShareMessage) => {
            const value = message.value?.toString() ?? '';
            const seen = deliveries.filter((d) => d.value === value).length;
            const base = { consumer: name, value, partition: message.partition, offset: message.offset };
            const deliveryCount = message.deliveryCount;
            if (value.startsWith('reject-')) {
              deliveries.push({ ...base, deliveryCount, outcome: 'reject' });
              await message.reject();
            } else if (value.startsWith('poison-') || (value.startsWith('release-') && seen === 0)) {
              deliveries.push({ ...base, deliveryCount, outcome: 'release' });
              await message.release();
            } else {
              deliveries.push({ ...base, deliveryCount, outcome: 'accept' });
            }
          },
          { signal: abort.signal },
        ),
      );
    }
    await until('all three consumers to be assigned partitions', () => assigned.size === 3);

    const ok = Array.from({ length: 20 }, (_, i) => `ok-${i}`);
    const released = ['release-0', 'release-1', 'release-2', 'release-3'];
    const rejected = ['reject-0', 'reject-1'];
    const poison = ['poison-0', 'poison-1'];
    await send([...ok, ...released, ...rejected, ...poison]);

    const accepted = (v: string) => deliveries.filter((d) => d.value === v && d.outcome === 'accept');
    const crash = ['crash-0', 'crash-1', 'crash-2', 'crash-3'];
    await until(
      'every record to be accepted and the poison records to reach the delivery limit',
      () =>
        [...ok, ...released, ...crash].every((v) => accepted(v).length > 0) &&
        poison.every((v) => deliveries.filter((d) => d.value === v).length >= DELIVERY_LIMIT),
    );
    // Give late redeliveries (there must be none) two lock periods to show up.
    await sleep(2 * LOCK_MS + 500);
    abort.abort();
    await Promise.all(consumers.map((c) => c.stop()));
    await Promise.allSettled(runs);
    await producer.disconnect();

    const of = (v: string) => deliveries.filter((d) => d.value === v);
    for (const v of ok)
      expect({ v, deliveries: of(v).map((d) => [d.outcome, d.deliveryCount]) }).toEqual({
        v,
        deliveries: [['accept', 1]],
      });
    for (const v of released)
      expect({ v, deliveries: of(v).map((d) => [d.outcome, d.deliveryCount]) }).toEqual({
        v,
        deliveries: [
          ['release', 1],
          ['accept', 2],
        ],
      });
    for (const v of rejected)
      expect({ v, deliveries: of(v).map((d) => [d.outcome, d.deliveryCount]) }).toEqual({
        v,
        deliveries: [['reject', 1]],
      });
    for (const v of poison) expect({ v, counts: of(v).map((d) => d.deliveryCount) }).toEqual({ v, counts: [1, 2, 3] });
    // What the crashed member held came back once its lock expired, with a second delivery.
    for (const v of crash) expect(accepted(v)).toHaveLength(1);
    for (const v of held) expect(accepted(v)[0]!.deliveryCount).toBeGreaterThanOrEqual(2);
    // Two partitions, three members: the simple assignor gives each member at least one partition.
    expect([...assigned.keys()].sort()).toEqual(['a', 'b', 'c']);
    const listed = await client.admin().listGroups();
    expect(listed).toContainEqual(expect.objectContaining({ groupId: GROUP, protocolType: 'share' }));
  });
});
