// kafkajs 2.2.4 while one of a broker's two log dirs fails (the admin endpoint's log-dirs/fail, a dead disk): a
// producer goes on producing to a topic in the healthy dir without an error, a consumer of a replicated partition
// whose replica was in the failed dir follows its leadership to the other broker and reads every record once, and
// an unreplicated partition in the failed dir has no leader (kafkajs refuses its metadata and a send to it).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { startTestCluster, type TestCluster } from '../helpers/cluster';

jest.setTimeout(60_000);

describe('kafkajs while a log dir fails', () => {
  let root: string;
  let dirs: [string, string];
  let c: TestCluster;
  let kafka: Kafka;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'samsa-compat-jbod-'));
    dirs = [join(root, 'a'), join(root, 'b')];
    c = await startTestCluster({ brokers: 2, storage: 'disk', config: { 'log.dirs': dirs.join(',') } });
    kafka = new Kafka({
      clientId: 'jbod',
      brokers: c.bootstrapServers.split(','),
      logLevel: logLevel.NOTHING,
      retry: { retries: 8, initialRetryTime: 50 },
    });
  });
  afterAll(async () => {
    await c?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  test('faults: a log dir fails: the producer to the healthy dir goes on, leadership of the failed replica moves, a lone replica is offline', async () => {
    const admin = kafka.admin();
    await admin.connect();
    // Broker 1 places each new log in the dir with fewer: one topic of each kind lands in each dir.
    for (const [topic, replicas] of [
      ['jbod-lone-1', [1]],
      ['jbod-lone-2', [1]],
      ['jbod-rep-1', [1, 2]],
      ['jbod-rep-2', [1, 2]],
    ] as const) {
      await admin.createTopics({ topics: [{ topic, replicaAssignment: [{ partition: 0, replicas: [...replicas] }] }] });
    }
    const dirOf = (topic: string): string => dirs.find((d) => existsSync(join(d, `${topic}-0`))) as string;
    const failed = dirOf('jbod-lone-1');
    const healthy = dirs.find((d) => d !== failed) as string;
    const lone = ['jbod-lone-1', 'jbod-lone-2'].find((t) => dirOf(t) === failed) as string;
    const ok = ['jbod-lone-1', 'jbod-lone-2'].find((t) => dirOf(t) === healthy) as string;
    const rep = ['jbod-rep-1', 'jbod-rep-2'].find((t) => dirOf(t) === failed) as string;
    expect([lone, ok, rep].every((t) => t !== undefined)).toBe(true);

    const producer = kafka.producer();
    await producer.connect();
    const sentRep: string[] = [];
    for (let i = 0; i < 5; i++) {
      await producer.send({ topic: rep, acks: -1, messages: [{ value: `r${i}` }] });
      sentRep.push(`r${i}`);
    }

    // A consumer of the replicated partition, reading from its leader on broker 1.
    const received: string[] = [];
    const consumer: Consumer = kafka.consumer({ groupId: 'g-jbod', maxWaitTimeInMs: 100 });
    await consumer.connect();
    await consumer.subscribe({ topic: rep, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        received.push(message.value?.toString() ?? '');
      },
    });

    // The producer keeps writing to the healthy dir's topic while the other dir fails.
    const sentOk: string[] = [];
    let producing = true;
    const loop = (async () => {
      for (let i = 0; producing; i++) {
        await producer.send({ topic: ok, acks: -1, messages: [{ value: `h${i}` }] });
        sentOk.push(`h${i}`);
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    await new Promise((r) => setTimeout(r, 200));
    expect(await c.control.failLogDir(1, failed)).toEqual({ offlineLogDirs: [failed] });
    await new Promise((r) => setTimeout(r, 300));

    // The replicated partition is led by broker 2 now; kafkajs follows it for both produce and fetch.
    for (let i = 5; i < 10; i++) {
      await producer.send({ topic: rep, acks: -1, messages: [{ value: `r${i}` }] });
      sentRep.push(`r${i}`);
    }
    const meta = await admin.fetchTopicMetadata({ topics: [rep] });
    expect(meta.topics[0]!.partitions[0]).toMatchObject({ leader: 2, isr: [2], offlineReplicas: [1] });
    // The lone replica's partition has no leader: kafkajs refuses its metadata with that error.
    const leaderless = await admin.fetchTopicMetadata({ topics: [lone] }).then(
      () => null,
      (err: unknown) => err,
    );
    expect(String((leaderless as { cause?: unknown } | null)?.cause)).toContain('no leader for this topic-partition');

    // A producer to the lone replica's partition finds no leader to send to, retries, and gives up.
    const lonely = kafka.producer({ retry: { retries: 1, initialRetryTime: 20 } });
    await lonely.connect();
    const refused = await lonely.send({ topic: lone, acks: -1, messages: [{ value: 'x' }] }).then(
      () => null,
      (err: unknown) => err as { cause?: unknown },
    );
    await lonely.disconnect();
    expect(String(refused?.cause)).toContain('no leader for this topic-partition');

    producing = false;
    await loop;
    expect(sentOk.length).toBeGreaterThan(20);

    const deadline = Date.now() + 20_000;
    while (received.length < sentRep.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 300));
    await consumer.disconnect();
    expect(received).toEqual(sentRep);

    // Every acknowledged record of the healthy topic is there, once, in order.
    const reader = kafka.consumer({ groupId: 'g-jbod-healthy', maxWaitTimeInMs: 100 });
    const readOk: string[] = [];
    await reader.connect();
    await reader.subscribe({ topic: ok, fromBeginning: true });
    await reader.run({
      eachMessage: async ({ message }) => {
        readOk.push(message.value?.toString() ?? '');
      },
    });
    const until = Date.now() + 20_000;
    while (readOk.length < sentOk.length && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 300));
    await reader.disconnect();
    expect(readOk).toEqual(sentOk);

    await producer.disconnect();
    await admin.disconnect();
  });
});
