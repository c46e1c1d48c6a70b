// confluent-kafka-python 1.7.0 (librdkafka 2.0.2) consumer groups against samsa: a group of 3 with the `range`
// (eager) and `cooperative-sticky` (incremental) assignors where one member leaves, static membership
// (group.instance.id) surviving a consumer restart without a rebalance, and AdminClient.list_groups.
// Each consumer is its own process (py/groups.py), records are produced with kafkajs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { startTestBroker, type TestBroker } from '../helpers/broker';
import { describeWithClient } from '../helpers/clients';
import { runPythonJson } from '../helpers/python';
import { waitForFile } from '../helpers/wait';

jest.setTimeout(120_000);

const SCRIPT = join(__dirname, 'py', 'groups.py');

interface ConsumeResult {
  readonly records: Array<[number, number, string | null]>;
  readonly events: Array<['assign' | 'revoke', number[]]>;
  readonly assignment: number[];
}

interface ListedGroup {
  readonly id: string;
  readonly error: string | null;
  readonly state: string;
  readonly protocol_type: string;
  readonly protocol: string;
  readonly members: ReadonlyArray<{ id: string; client_id: string; client_host: string }>;
}

describeWithClient('confluent-kafka-python', 'confluent-kafka-python consumer groups against samsa', () => {
  let broker: TestBroker;
  let producer: Producer;
  let kafka: Kafka;
  const dir = mkdtempSync(join(tmpdir(), 'samsa-compat-groups-'));

  const consume = (group: string, topic: string, options: Record<string, unknown>): Promise<ConsumeResult> => {
    const running = runPythonJson<ConsumeResult>(
      SCRIPT,
      [broker.bootstrap, 'consume', group, topic, JSON.stringify(options)],
      90_000,
    );
    // Consumers run in the background; a test that fails before awaiting one must not leave an unhandled rejection.
    running.catch(() => undefined);
    return running;
  };
  const list = (group?: string): Promise<ListedGroup[]> =>
    runPythonJson<ListedGroup[]>(SCRIPT, group ? [broker.bootstrap, 'list', group] : [broker.bootstrap, 'list']);

  beforeAll(async () => {
    broker = await startTestBroker({ config: { 'group.initial.rebalance.delay.ms': 0 } });
    kafka = new Kafka({ clientId: 'compat-groups-producer', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
    producer = kafka.producer();
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await broker?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function createTopic(topic: string, partitions: number): Promise<void> {
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: partitions }] });
    await admin.disconnect();
  }

  async function produce(topic: string, count: number, partitions: number, prefix = 'v'): Promise<void> {
    await producer.send({
      topic,
      messages: Array.from({ length: count }, (_, i) => ({ value: `${prefix}${i}`, partition: i % partitions })),
    });
  }

  for (const assignor of ['range', 'cooperative-sticky'] as const) {
    test(`groups: a group of 3 (${assignor}) shares 6 partitions; one member leaves; every record is consumed exactly once`, async () => {
      const topic = `py-${assignor}`;
      const group = `py-group-${assignor}`;
      await createTopic(topic, 6);
      const ready = (n: number) => join(dir, `${assignor}-${n}`);
      const c1 = consume(group, topic, { assignor, ready_file: ready(1), idle_s: 5, min_records: 1 });
      await waitForFile(ready(1));
      const c2 = consume(group, topic, { assignor, ready_file: ready(2), idle_s: 5, min_records: 1 });
      await waitForFile(ready(2));
      // The third member leaves after 60 records, committing them first.
      const c3 = consume(group, topic, { assignor, ready_file: ready(3), max_records: 60 });
      await waitForFile(ready(3));
      await new Promise((r) => setTimeout(r, 1000));
      await produce(topic, 600, 6);
      const results = await Promise.all([c1, c2, c3]);

      const seen = new Map<string, number>();
      for (const r of results) for (const [p, o] of r.records) seen.set(`${p}:${o}`, (seen.get(`${p}:${o}`) ?? 0) + 1);
      expect([...seen.values()].filter((n) => n > 1)).toEqual([]);
      expect(seen.size).toBe(600);
      expect(results[2]!.records).toHaveLength(60);
      // Every member got partitions, and the two that stayed ended up with all six between them (the one that
      // stops last may have taken over the other's partitions too).
      for (const r of results)
        expect(r.events.some(([kind, parts]) => kind === 'assign' && parts.length > 0)).toBe(true);
      expect([...new Set([...results[0]!.assignment, ...results[1]!.assignment])].sort()).toEqual([0, 1, 2, 3, 4, 5]);

      const firstMember = results[0]!.events;
      const revokes = firstMember.filter(([kind]) => kind === 'revoke').map(([, parts]) => parts);
      expect(revokes.length).toBeGreaterThan(0);
      if (assignor === 'range') {
        // Eager: each rebalance revokes everything the member had.
        expect(revokes[0]).toEqual([0, 1, 2, 3, 4, 5]);
      } else {
        // Incremental (KIP-429): only the partitions that move are revoked, never the whole assignment at once.
        expect(revokes.every((parts) => parts.length < 6)).toBe(true);
        expect(firstMember[0]).toEqual(['assign', [0, 1, 2, 3, 4, 5]]);
      }
    });
  }

  test('groups: a static member (group.instance.id) restarts and rejoins without a rebalance', async () => {
    const topic = 'py-static';
    const group = 'py-static-group';
    await createTopic(topic, 4);
    const options = (name: string, extra: Record<string, unknown> = {}) => ({
      instance_id: name,
      session_ms: 30_000,
      ready_file: join(dir, `static-${name}-${String(extra.round ?? 1)}`),
      ...extra,
    });
    const a = consume(group, topic, { ...options('a'), idle_s: 12, min_records: 1 });
    await waitForFile(join(dir, 'static-a-1'));
    const b1 = consume(group, topic, { ...options('b'), idle_s: 1, min_records: 1 });
    await waitForFile(join(dir, 'static-b-1'));
    await new Promise((r) => setTimeout(r, 1500));
    await produce(topic, 40, 4, 'first-');
    const first = await b1; // closes without LeaveGroup: static members keep their place
    const b2 = consume(group, topic, { ...options('b', { round: 2 }), idle_s: 2, min_records: 1 });
    await waitForFile(join(dir, 'static-b-2'));
    await new Promise((r) => setTimeout(r, 500));
    await produce(topic, 40, 4, 'second-');
    const second = await b2;
    const stayed = await a;

    expect(second.assignment).toEqual(first.assignment);
    expect(second.events).toEqual([['assign', first.assignment]]);
    // The member that stayed saw one rebalance (when b first joined) and none when b came back.
    const stayedEvents = stayed.events.map(([kind]) => kind);
    expect(stayedEvents).toEqual(['assign', 'revoke', 'assign']);
    // b's second incarnation continued from b's committed offsets: nothing of the first round twice.
    const firstRound = new Set(first.records.map(([p, o]) => `${p}:${o}`));
    expect(second.records.every(([p, o, v]) => !firstRound.has(`${p}:${o}`) && v!.startsWith('second-'))).toBe(true);
    const all = [...stayed.records, ...first.records, ...second.records].map(([p, o]) => `${p}:${o}`);
    expect(new Set(all).size).toBe(80);
    expect(all).toHaveLength(80);
  });

  test('admin: AdminClient.list_groups reports groups with state, protocol and members', async () => {
    const topic = 'py-listed';
    const group = 'py-listed-group';
    await createTopic(topic, 2);
    const ready = join(dir, 'listed');
    const member = consume(group, topic, { ready_file: ready, idle_s: 3, min_records: 0 });
    await waitForFile(ready);
    await new Promise((r) => setTimeout(r, 500));
    const [listed] = await list(group);
    expect(listed).toMatchObject({
      id: group,
      error: null,
      state: 'Stable',
      protocol_type: 'consumer',
      protocol: 'range',
    });
    expect(listed!.members).toHaveLength(1);
    expect(listed!.members[0]).toMatchObject({ client_id: 'rdkafka', client_host: '/127.0.0.1' });
    await member;
    const all = await list();
    expect(all.find((g) => g.id === group)).toMatchObject({ state: 'Empty', members: [] });
    expect(all.map((g) => g.id)).toEqual(
      expect.arrayContaining(['py-group-range', 'py-group-cooperative-sticky', 'py-static-group', group]),
    );
  });
});
