// kcat 1.7.1 (librdkafka 2.0.2) balanced consumers (-G) against samsa: two members of one group split a topic's
// partitions, each reads its share to the end, and together they read every record exactly once; their commits
// then let a later member of the group start where they stopped.
import { Kafka, logLevel, type Admin, type Producer } from 'kafkajs';
import { startTestBroker, type TestBroker } from '../helpers/broker';
import { describeWithClient } from '../helpers/clients';
import { runProcess } from '../helpers/process';

jest.setTimeout(90_000);

/** Runs `kcat -G` until every assigned partition reaches its end (-e); returns "partition offset value" lines. */
async function balancedConsumer(bootstrap: string, group: string, topic: string): Promise<string[]> {
  const result = await runProcess(
    'kcat',
    [
      // No -o: in -G mode kcat would seek every assigned partition to it, ignoring the group's commits.
      '-b',
      bootstrap,
      '-G',
      group,
      '-e',
      '-q',
      '-X',
      'auto.offset.reset=earliest',
      '-X',
      'session.timeout.ms=6000',
      '-X',
      'heartbeat.interval.ms=300',
      '-f',
      '%p %o %s\n',
      topic,
    ],
    { timeoutMs: 60_000 },
  );
  if (result.code !== 0) throw new Error(`kcat -G exited with ${result.code}: ${result.stderr}`);
  return result.stdout.split('\n').filter((l) => l.trim() !== '');
}

describeWithClient('kcat', 'kcat -G balanced consumers against samsa', () => {
  let broker: TestBroker;
  let admin: Admin;
  let producer: Producer;

  beforeAll(async () => {
    // Kafka's default initial delay lets both members join the first rebalance.
    broker = await startTestBroker({ config: { 'group.initial.rebalance.delay.ms': 3000 } });
    const kafka = new Kafka({
      clientId: 'compat-kcat-groups',
      brokers: [broker.bootstrap],
      logLevel: logLevel.NOTHING,
    });
    admin = kafka.admin();
    await admin.connect();
    producer = kafka.producer();
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await admin?.disconnect();
    await broker?.stop();
  });

  test('groups: two members split the partitions and consume every record exactly once; their offsets are committed', async () => {
    await admin.createTopics({ topics: [{ topic: 'kcat-balanced', numPartitions: 4 }] });
    await producer.send({
      topic: 'kcat-balanced',
      messages: Array.from({ length: 200 }, (_, i) => ({ value: `r${i}`, partition: i % 4 })),
    });

    const [a, b] = await Promise.all([
      balancedConsumer(broker.bootstrap, 'kcat-group', 'kcat-balanced'),
      balancedConsumer(broker.bootstrap, 'kcat-group', 'kcat-balanced'),
    ]);
    const partitionsOf = (lines: string[]) => [...new Set(lines.map((l) => Number(l.split(' ')[0])))].sort();
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBeGreaterThan(0);
    // Each member read only its own partitions.
    expect(partitionsOf(a).filter((p) => partitionsOf(b).includes(p))).toEqual([]);
    const all = [...a, ...b].map((l) => l.split(' ').slice(0, 2).join(' '));
    expect(new Set(all).size).toBe(200);
    expect(all).toHaveLength(200);

    const offsets = await admin.fetchOffsets({ groupId: 'kcat-group', topics: ['kcat-balanced'] });
    expect(offsets[0]!.partitions.map((p) => p.offset)).toEqual(['50', '50', '50', '50']);

    // A new member starts from the committed offsets and sees only what came after.
    await producer.send({
      topic: 'kcat-balanced',
      messages: [0, 1, 2, 3].map((p) => ({ value: `late-${p}`, partition: p })),
    });
    const late = await balancedConsumer(broker.bootstrap, 'kcat-group', 'kcat-balanced');
    expect(late.map((l) => l.split(' ')[2]).sort()).toEqual(['late-0', 'late-1', 'late-2', 'late-3']);
  });
});
