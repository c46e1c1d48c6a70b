// The KIP-848 consumer group suite (`group.protocol=consumer`), run by node-rdkafka (librdkafka 2.12) and by
// @confluentinc/kafka-javascript's classic API (librdkafka 2.15): members joining and leaving a group of 12
// partitions, a static member restarting without a reassignment, a regex subscription picking up a new topic,
// exactly-once consume-transform-produce, committed offsets across a broker restart and a coordinator move, and a
// classic kafkajs group migrating while consumer-protocol members join and leave. Each member is a child process
// (helpers/node-clients.ts); the broker's view of the group comes from the admin endpoint (`GET /v1/groups/<id>`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel, type Consumer, type EachMessagePayload } from 'kafkajs';
import { connectAdmin } from './kafkajs-admin';
import { startTestCluster, type TestCluster } from './cluster';
import { committedOffsets, produceValues } from './group-members';
import type { ClassicClient, GroupMember } from './node-clients';
import type { ConsumerGroupView } from './samsa-admin';

/** KIP-848 on the broker, with a heartbeat interval short enough for a test's reconciliations. */
export const KIP848_BROKER_CONFIG = {
  'group.consumer.heartbeat.interval.ms': 500,
  'group.consumer.min.heartbeat.interval.ms': 100,
  'group.consumer.session.timeout.ms': 10_000,
  'group.consumer.min.session.timeout.ms': 5_000,
  'group.min.session.timeout.ms': 1000,
} as const;

const CONSUMER = { 'group.protocol': 'consumer' } as const;

/** Polls `probe` until `done` holds, failing with the last value after `timeoutMs`. */
async function until<T>(
  what: string,
  probe: () => Promise<T>,
  done: (v: T) => boolean,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    try {
      last = await probe();
      if (done(last)) return last;
    } catch (err) {
      if (Date.now() > deadline) throw err;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Every partition of `topic` in the view, by member id; members whose current assignment covers `expected` sizes. */
const owned = (view: ConsumerGroupView, topic: string): number[][] =>
  view.members.map((m) => [...(m.current[topic] ?? [])].sort((a, b) => a - b));

const covers = (lists: number[][], n: number): boolean => {
  const all = lists.flat().sort((a, b) => a - b);
  return all.length === n && all.every((p, i) => p === i);
};

const sameList = (a: readonly number[], b: readonly number[] | undefined): boolean =>
  b !== undefined && a.length === b.length && [...a].sort((x, y) => x - y).every((p, i) => p === b[i]);

const values = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);

/** Waits until the members together reported every value (at least once). */
async function consumedAll(members: readonly GroupMember[], expected: readonly string[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const seen = new Set(members.flatMap((m) => m.records.map((r) => r.value)));
    const missing = expected.filter((v) => !seen.has(v));
    if (missing.length === 0) return;
    if (Date.now() > deadline)
      throw new Error(
        `missing ${missing.length} records (${missing.slice(0, 5).join(', ')}...); events: ${members
          .map((m) => JSON.stringify(m.events.filter((e) => e.event !== 'record')))
          .join(' | ')}`,
      );
    await new Promise((r) => setTimeout(r, 200));
  }
}

export function describeGroups848Suite(client: ClassicClient, prefix: string): void {
  let cluster: TestCluster;
  const members: GroupMember[] = [];
  const kafkajsConsumers: Consumer[] = [];
  const t = (name: string): string => `${prefix}-848-${name}`;
  const member = (group: string, topic: string, conf: Record<string, string | number> = {}): GroupMember => {
    const m = client.group(cluster.bootstrapServers, group, topic, { ...CONSUMER, ...conf });
    members.push(m);
    return m;
  };
  const view = (group: string): Promise<ConsumerGroupView> => cluster.control.consumerGroup(group);
  const kafka = (): Kafka =>
    new Kafka({
      clientId: `${prefix}-848-setup`,
      brokers: cluster.bootstrapServers.split(','),
      logLevel: logLevel.NOTHING,
    });
  const createTopics = async (topics: { topic: string; numPartitions: number }[]): Promise<void> => {
    const admin = kafka().admin();
    await admin.connect();
    await admin.createTopics({ topics });
    await admin.disconnect();
  };

  beforeAll(async () => {
    cluster = await startTestCluster({ config: KIP848_BROKER_CONFIG });
  });

  afterEach(async () => {
    for (const m of members.splice(0)) m.kill();
    for (const c of kafkajsConsumers.splice(0)) await c.disconnect().catch(() => undefined);
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  test('groups-848: 3 members share 12 partitions 4/4/4; one leaves, one joins; every partition is owned once', async () => {
    const topic = t('twelve');
    const group = t('g12');
    await createTopics([{ topic, numPartitions: 12 }]);
    const [a, b, c] = [member(group, topic), member(group, topic), member(group, topic)];
    let v = await until(
      'a 4/4/4 split',
      () => view(group),
      (g) => g.state === 'Stable' && g.members.length === 3 && covers(owned(g, topic), 12),
    );
    expect(owned(v, topic).map((p) => p.length)).toEqual([4, 4, 4]);
    expect(v.members.every((m) => m.protocol === 'consumer')).toBe(true);
    const first = values('first', 60);
    await produceValues(cluster.bootstrapServers, topic, first, 12);
    await consumedAll([a, b, c], first);
    // One member leaves (epoch -1): the two others take its partitions.
    await b.stop();
    v = await until(
      'a 6/6 split',
      () => view(group),
      (g) => g.state === 'Stable' && g.members.length === 2 && covers(owned(g, topic), 12),
    );
    expect(owned(v, topic).map((p) => p.length)).toEqual([6, 6]);
    // A new member joins and gets its share without a stop-the-world rebalance.
    const d = member(group, topic);
    v = await until(
      'a 4/4/4 split again',
      () => view(group),
      (g) => g.state === 'Stable' && g.members.length === 3 && covers(owned(g, topic), 12),
    );
    expect(owned(v, topic).map((p) => p.length)).toEqual([4, 4, 4]);
    const second = values('second', 60);
    await produceValues(cluster.bootstrapServers, topic, second, 12);
    await consumedAll([a, c, d], second);
    // The members' own reports agree with the broker: disjoint, and together all 12.
    expect(covers([a.assignment, c.assignment, d.assignment], 12)).toBe(true);
    await Promise.all([a.stop(), c.stop(), d.stop()]);
    expect(await committedOffsets(cluster.bootstrapServers, group, topic)).toEqual(Array(12).fill(10));
  });

  test('groups-848: a static member restarts without a reassignment', async () => {
    const topic = t('static');
    const group = t('gstatic');
    await createTopics([{ topic, numPartitions: 6 }]);
    const a = member(group, topic, { 'group.instance.id': `${prefix}-pod-a` });
    const b = member(group, topic, { 'group.instance.id': `${prefix}-pod-b` });
    const before = await until(
      'a stable group of two',
      () => view(group),
      (g) => g.state === 'Stable' && g.members.length === 2 && covers(owned(g, topic), 6),
    );
    const podA = before.members.find((m) => m.instanceId === `${prefix}-pod-a`)!;
    const podB = before.members.find((m) => m.instanceId === `${prefix}-pod-b`)!;
    // pod-b may have given partitions to pod-a while the group formed; from here on it must give up nothing.
    await b.waitFor((m) => sameList(m.assignment, podB.current[topic]), 'pod-b holding its share');
    const settled = b.events.length;
    await a.stop();
    // pod-a left with epoch -2: it keeps its place and its partitions while it restarts.
    const away = await until(
      'pod-a away',
      () => view(group),
      (g) => g.members.some((m) => m.instanceId === `${prefix}-pod-a` && m.memberEpoch === -2),
    );
    expect(away.members.find((m) => m.instanceId === `${prefix}-pod-a`)!.current).toEqual(podA.current);
    const restarted = member(group, topic, { 'group.instance.id': `${prefix}-pod-a` });
    const after = await until(
      'pod-a back',
      () => view(group),
      (g) => g.state === 'Stable' && g.members.some((m) => m.instanceId === `${prefix}-pod-a` && m.memberEpoch >= 0),
    );
    const back = after.members.find((m) => m.instanceId === `${prefix}-pod-a`)!;
    expect(back.memberId).not.toBe(podA.memberId);
    expect(back.current).toEqual(podA.current);
    // No new group epoch, and pod-b never gave anything up.
    expect(after.groupEpoch).toBe(before.groupEpoch);
    expect(b.events.slice(settled).filter((e) => e.event === 'revoke')).toEqual([]);
    expect(b.assignment).toEqual(podB.current[topic]);
    await restarted.waitFor(
      (m) => m.assignment.length === podA.current[topic]!.length,
      'pod-a reassigned its partitions',
    );
    expect(restarted.assignment).toEqual(podA.current[topic]);
  });

  test('groups-848: a regex subscription picks up a newly created topic', async () => {
    const group = t('gregex');
    await createTopics([{ topic: t('rx-one'), numPartitions: 2 }]);
    const m = member(group, `^${t('rx-')}.*`);
    await until(
      'the first topic assigned',
      () => view(group),
      (g) => covers(owned(g, t('rx-one')), 2),
    );
    await createTopics([{ topic: t('rx-two'), numPartitions: 3 }]);
    const v = await until(
      'the new topic assigned',
      () => view(group),
      (g) => covers(owned(g, t('rx-two')), 3),
    );
    expect(v.members[0]!.current).toEqual({ [t('rx-one')]: [0, 1], [t('rx-two')]: [0, 1, 2] });
    const fresh = values('rx', 9);
    await produceValues(cluster.bootstrapServers, t('rx-two'), fresh, 3);
    await consumedAll([m], fresh);
  });

  test('groups-848: exactly-once consume-transform-produce commits the offsets in each transaction', async () => {
    const input = t('eos-in');
    const output = t('eos-out');
    const group = t('geos');
    await createTopics([
      { topic: input, numPartitions: 3 },
      { topic: output, numPartitions: 1 },
    ]);
    const inputs = values('eos', 30);
    await produceValues(cluster.bootstrapServers, input, inputs, 3);
    const run = await client.eos(cluster.bootstrapServers, group, input, output, inputs.length, CONSUMER);
    expect(run.processed).toBe(inputs.length);
    expect(run.transactions).toBeGreaterThan(0);
    expect(await committedOffsets(cluster.bootstrapServers, group, input)).toEqual([10, 10, 10]);
    // Read committed: each input once, transformed.
    const out: string[] = [];
    const reader = kafka().consumer({ groupId: `${group}-reader`, readUncommitted: false });
    kafkajsConsumers.push(reader);
    await reader.connect();
    await reader.subscribe({ topic: output, fromBeginning: true });
    await reader.run({
      eachMessage: async ({ message }: EachMessagePayload) => void out.push(message.value!.toString()),
    });
    await until(
      'the transformed records',
      async () => out.length,
      (n) => n >= inputs.length,
    );
    expect([...out].sort()).toEqual(inputs.map((v) => v.toUpperCase()).sort());
  });

  test('groups-848: a classic kafkajs group migrates online while a consumer-protocol member joins and leaves', async () => {
    const topic = t('migrate');
    const group = t('gmigrate');
    await createTopics([{ topic, numPartitions: 4 }]);
    const seen: string[] = [];
    const classic = async (): Promise<Consumer> => {
      const c = kafka().consumer({
        groupId: group,
        sessionTimeout: 6000,
        heartbeatInterval: 500,
        rebalanceTimeout: 10_000,
      });
      kafkajsConsumers.push(c);
      await c.connect();
      await c.subscribe({ topic, fromBeginning: true });
      await c.run({
        eachMessage: async ({ message }: EachMessagePayload) => void seen.push(message.value!.toString()),
      });
      return c;
    };
    await classic();
    await classic();
    const early = values('early', 20);
    await produceValues(cluster.bootstrapServers, topic, early, 4);
    await until(
      'the classic group consuming',
      async () => seen.length,
      (n) => n >= early.length,
    );
    // A KIP-848 member joins: the classic group is upgraded, its members become classic members of it.
    const m = member(group, topic);
    const mixed = await until(
      'a mixed group covering every partition',
      () => view(group),
      (g) => g.members.length === 3 && g.state === 'Stable' && covers(owned(g, topic), 4),
    );
    expect(mixed.members.map((x) => x.protocol).sort()).toEqual(['classic', 'classic', 'consumer']);
    const during = values('during', 20);
    await produceValues(cluster.bootstrapServers, topic, during, 4);
    await until(
      'every record consumed by one protocol or the other',
      async () => new Set([...seen, ...m.records.map((r) => r.value ?? '')]),
      (all) => during.every((v) => all.has(v)),
    );
    // The consumer-protocol member leaves: the group turns back into a classic group, which keeps consuming.
    await m.stop();
    await until(
      'the group downgraded',
      async () =>
        view(group).then(
          () => false,
          () => true,
        ),
      (gone) => gone,
    );
    const after = values('after', 20);
    await produceValues(cluster.bootstrapServers, topic, after, 4);
    await until(
      'the classic group consuming again',
      async () => new Set(seen),
      (all) => after.every((v) => all.has(v)),
    );
    const admin = kafka().admin();
    await admin.connect();
    try {
      const listed = await admin.describeGroups([group]);
      expect(listed.groups[0]).toMatchObject({ protocolType: 'consumer', state: 'Stable' });
      expect(listed.groups[0]!.members).toHaveLength(2);
    } finally {
      await admin.disconnect();
    }
  });
}

/** Committed offsets across a broker restart and a coordinator move (its own clusters: disk storage, 3 brokers). */
export function describeGroups848DurabilitySuite(client: ClassicClient, prefix: string): void {
  const members: GroupMember[] = [];
  afterEach(() => {
    for (const m of members.splice(0)) m.kill();
  });

  test('groups-848: offsets and the group survive a broker restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'samsa-compat-848-'));
    const topic = `${prefix}-848-restart`;
    const group = `${prefix}-848-grestart`;
    try {
      let cluster = await startTestCluster({ dataDir, config: KIP848_BROKER_CONFIG });
      const admin = await connectAdmin('setup', [cluster.bootstrapServers]);
      await admin.createTopics({ topics: [{ topic, numPartitions: 2 }] });
      await admin.disconnect();
      const first = values('before', 10);
      await produceValues(cluster.bootstrapServers, topic, first, 2);
      const a = client.group(cluster.bootstrapServers, group, topic, CONSUMER);
      members.push(a);
      await consumedAll([a], first);
      await a.stop();
      expect(await committedOffsets(cluster.bootstrapServers, group, topic)).toEqual([5, 5]);
      await cluster.stop();
      cluster = await startTestCluster({ dataDir, config: KIP848_BROKER_CONFIG });
      try {
        expect(await committedOffsets(cluster.bootstrapServers, group, topic)).toEqual([5, 5]);
        const second = values('after', 10);
        await produceValues(cluster.bootstrapServers, topic, second, 2);
        const b = client.group(cluster.bootstrapServers, group, topic, CONSUMER);
        members.push(b);
        await consumedAll([b], second);
        // It resumed from the committed offsets: nothing from before the restart again.
        expect(b.records.map((r) => r.value).filter((v) => first.includes(v ?? ''))).toEqual([]);
        await b.stop();
        expect(await committedOffsets(cluster.bootstrapServers, group, topic)).toEqual([10, 10]);
      } finally {
        await cluster.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('groups-848: members and offsets follow a coordinator move', async () => {
    const cluster = await startTestCluster({
      brokers: 3,
      config: { ...KIP848_BROKER_CONFIG, 'offsets.topic.replication.factor': 3, 'offsets.topic.num.partitions': 1 },
    });
    const topic = `${prefix}-848-move`;
    const group = `${prefix}-848-gmove`;
    const bootstrap = cluster.bootstrapServers.split(',')[0]!;
    try {
      const admin = await connectAdmin('setup', cluster.bootstrapServers.split(','));
      await admin.createTopics({ topics: [{ topic, numPartitions: 3, replicationFactor: 3 }] });
      await admin.disconnect();
      const a = client.group(cluster.bootstrapServers, group, topic, CONSUMER);
      members.push(a);
      const first = values('first', 15);
      await produceValues(bootstrap, topic, first, 3);
      await consumedAll([a], first);
      const before = await cluster.control.consumerGroup(group);
      const leader = (await cluster.control.describePartition('__consumer_offsets', 0)).leader;
      const next = [1, 2, 3].find((n) => n !== leader)!;
      await cluster.control.moveLeader('__consumer_offsets', 0, next);
      // The new coordinator rebuilt the group from its replica of the log: the same member at the same epoch.
      const moved = await until(
        'the group on the new coordinator',
        () => cluster.control.consumerGroup(group),
        (g) => g.members.length === 1,
      );
      expect(moved.members[0]!.memberId).toBe(before.members[0]!.memberId);
      expect(moved.members[0]!.current).toEqual(before.members[0]!.current);
      const second = values('second', 15);
      await produceValues(bootstrap, topic, second, 3);
      await consumedAll([a], second);
      await a.stop();
      expect(await committedOffsets(bootstrap, group, topic)).toEqual([10, 10, 10]);
    } finally {
      await cluster.stop();
    }
  });
}
