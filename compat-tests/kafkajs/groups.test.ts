// kafkajs 2.2.4 consumer groups against samsa: groups of consumers sharing a topic, rebalances when members
// leave or stop heartbeating, auto and manual commits, eachBatch, committed offsets across a broker restart, and
// the admin group calls.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AssignerProtocol,
  Kafka,
  logLevel,
  type Admin,
  type Consumer,
  type ConsumerConfig,
  type EachMessagePayload,
  type Producer,
} from 'kafkajs';
import { startTestBroker, type TestBroker } from '../helpers/broker';

jest.setTimeout(120_000);

const BROKER_CONFIG = {
  'group.initial.rebalance.delay.ms': 0,
  'group.min.session.timeout.ms': 1000,
  'num.partitions': 1,
};

function kafka(bootstrap: string, clientId = 'compat-groups'): Kafka {
  return new Kafka({
    clientId,
    brokers: [bootstrap],
    logLevel: logLevel.NOTHING,
    retry: { initialRetryTime: 100, retries: 8 },
  });
}

async function waitFor(what: string, predicate: () => boolean | Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const FAST: Partial<ConsumerConfig> = {
  sessionTimeout: 6000,
  rebalanceTimeout: 10_000,
  heartbeatInterval: 300,
  maxWaitTimeInMs: 100,
};

/** Records every (partition, offset) consumed, by consumer, to check that each is seen exactly once. */
class Ledger {
  readonly seen = new Map<string, number>();
  readonly byConsumer = new Map<string, number>();
  record(consumer: string, p: { partition: number; message: { offset: string } }): void {
    const key = `${p.partition}:${p.message.offset}`;
    this.seen.set(key, (this.seen.get(key) ?? 0) + 1);
    this.byConsumer.set(consumer, (this.byConsumer.get(consumer) ?? 0) + 1);
  }
  get total(): number {
    return this.seen.size;
  }
  duplicates(): string[] {
    return [...this.seen].filter(([, n]) => n > 1).map(([k]) => k);
  }
}

async function produce(producer: Producer, topic: string, count: number, from = 0): Promise<void> {
  const messages = Array.from({ length: count }, (_, i) => ({
    key: `k${from + i}`,
    value: `v${from + i}`,
    partition: (from + i) % 12,
  }));
  for (let i = 0; i < messages.length; i += 200) await producer.send({ topic, messages: messages.slice(i, i + 200) });
}

describe('kafkajs consumer groups', () => {
  let broker: TestBroker;
  let admin: Admin;
  let producer: Producer;
  const consumers: Consumer[] = [];

  beforeAll(async () => {
    broker = await startTestBroker({ config: BROKER_CONFIG });
    admin = kafka(broker.bootstrap).admin();
    await admin.connect();
    producer = kafka(broker.bootstrap).producer();
    await producer.connect();
  });

  afterEach(async () => {
    await Promise.all(consumers.splice(0).map((c) => c.disconnect().catch(() => undefined)));
  });

  afterAll(async () => {
    await producer?.disconnect();
    await admin?.disconnect();
    await broker?.stop();
  });

  async function startConsumer(
    groupId: string,
    topic: string,
    name: string,
    onMessage: (p: EachMessagePayload) => Promise<void>,
    config: Partial<ConsumerConfig> = {},
    autoCommit = true,
  ): Promise<Consumer> {
    const consumer = kafka(broker.bootstrap, name).consumer({ groupId, ...FAST, ...config });
    consumers.push(consumer);
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({ autoCommit, eachMessage: onMessage });
    return consumer;
  }

  async function assignmentOf(groupId: string): Promise<Map<string, number[]>> {
    const { groups } = await admin.describeGroups([groupId]);
    const out = new Map<string, number[]>();
    for (const m of groups[0]!.members) {
      const a = AssignerProtocol.MemberAssignment.decode(m.memberAssignment);
      out.set(
        m.clientId,
        Object.values(a?.assignment ?? {})
          .flat()
          .sort((x, y) => x - y),
      );
    }
    return out;
  }

  for (const mode of ['auto-commit', 'manual commits'] as const) {
    test(`groups: 3 consumers share a 12-partition topic; one leaves; every record is consumed exactly once (${mode})`, async () => {
      const topic = `shared-${mode === 'auto-commit' ? 'auto' : 'manual'}`;
      const groupId = `group-${topic}`;
      await admin.createTopics({ topics: [{ topic, numPartitions: 12 }] });
      const ledger = new Ledger();
      const handlers = new Map<string, Consumer>();
      for (const name of ['c1', 'c2', 'c3']) {
        let consumer: Consumer;
        const onMessage = async (p: EachMessagePayload): Promise<void> => {
          ledger.record(name, p);
          if (mode === 'manual commits')
            await consumer.commitOffsets([
              { topic: p.topic, partition: p.partition, offset: (BigInt(p.message.offset) + 1n).toString() },
            ]);
        };
        consumer = await startConsumer(groupId, topic, name, onMessage, {}, mode === 'auto-commit');
        handlers.set(name, consumer);
      }
      await waitFor('three members Stable', async () => {
        const a = await assignmentOf(groupId);
        return a.size === 3 && [...a.values()].every((p) => p.length === 4);
      });
      expect([...(await assignmentOf(groupId)).values()].flat().sort((x, y) => x - y)).toEqual([
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
      ]);

      await produce(producer, topic, 600);
      await waitFor('600 records consumed', () => ledger.total === 600);
      expect(new Set(ledger.byConsumer.keys())).toEqual(new Set(['c1', 'c2', 'c3']));

      // c3 leaves: the group rebalances its partitions onto c1 and c2.
      await handlers.get('c3')!.disconnect();
      await waitFor('two members own all 12 partitions', async () => {
        const a = await assignmentOf(groupId);
        return a.size === 2 && [...a.values()].flat().length === 12;
      });
      await produce(producer, topic, 600, 600);
      await waitFor('1200 records consumed', () => ledger.total === 1200);
      await new Promise((r) => setTimeout(r, 500));
      expect(ledger.duplicates()).toEqual([]);
      expect(ledger.total).toBe(1200);

      const committed = await admin.fetchOffsets({ groupId, topics: [topic] });
      await waitFor('commits of every partition', async () => {
        const offsets = await admin.fetchOffsets({ groupId, topics: [topic] });
        return offsets[0]!.partitions.every((p) => p.offset === '100');
      });
      expect(committed[0]!.partitions).toHaveLength(12);
    });
  }

  test('groups: eachBatch with resolveOffset and commitOffsetsIfNecessary', async () => {
    const topic = 'batches';
    const groupId = 'batch-group';
    await admin.createTopics({ topics: [{ topic, numPartitions: 12 }] });
    await produce(producer, topic, 360);
    const consumer = kafka(broker.bootstrap, 'batcher').consumer({ groupId, ...FAST });
    consumers.push(consumer);
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const ledger = new Ledger();
    await consumer.run({
      eachBatchAutoResolve: false,
      autoCommitThreshold: 10,
      eachBatch: async ({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary }) => {
        for (const message of batch.messages) {
          ledger.record('batcher', { partition: batch.partition, message });
          resolveOffset(message.offset);
          await commitOffsetsIfNecessary();
        }
        await heartbeat();
      },
    });
    await waitFor('360 records', () => ledger.total === 360);
    await waitFor('all offsets committed', async () =>
      (await admin.fetchOffsets({ groupId, topics: [topic] }))[0]!.partitions.every((p) => p.offset === '30'),
    );
    expect(ledger.duplicates()).toEqual([]);
  });

  test('groups: a consumer that stops heartbeating is evicted after its session timeout and its partitions move', async () => {
    const topic = 'evict';
    const groupId = 'evict-group';
    await admin.createTopics({ topics: [{ topic, numPartitions: 12 }] });
    const ledger = new Ledger();
    let release: () => void = () => undefined;
    const stuck = new Promise<void>((r) => (release = r));
    // The stuck consumer blocks in its handler, so kafkajs sends no heartbeats from it.
    await startConsumer(
      groupId,
      topic,
      'stuck',
      async (p) => {
        ledger.record('stuck', p);
        await stuck;
      },
      { sessionTimeout: 2000 },
    );
    await startConsumer(groupId, topic, 'healthy', async (p) => ledger.record('healthy', p), { sessionTimeout: 2000 });
    await waitFor('two members', async () => (await assignmentOf(groupId)).size === 2);
    const before = await assignmentOf(groupId);
    const stuckPartitions = before.get('stuck')!;
    expect(stuckPartitions.length).toBeGreaterThan(0);

    await produce(producer, topic, 120);
    await waitFor(
      'the stuck member is evicted and healthy owns every partition',
      async () => {
        const a = await assignmentOf(groupId);
        return a.size === 1 && a.get('healthy')?.length === 12;
      },
      30_000,
    );
    // Records of the stuck member's partitions (except the one it is blocked on) reach the healthy member.
    await waitFor('healthy consumes the moved partitions', () => (ledger.byConsumer.get('healthy') ?? 0) >= 120 - 10);
    release();
  });

  test('groups: committed offsets survive a broker restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'samsa-compat-restart-'));
    try {
      let b = await startTestBroker({ dataDir, config: BROKER_CONFIG });
      let k = kafka(b.bootstrap);
      const a = k.admin();
      await a.connect();
      await a.createTopics({ topics: [{ topic: 'durable', numPartitions: 3 }] });
      const p = k.producer();
      await p.connect();
      await p.send({
        topic: 'durable',
        messages: Array.from({ length: 30 }, (_, i) => ({ value: `first-${i}`, partition: i % 3 })),
      });
      const seen: string[] = [];
      const c1 = k.consumer({ groupId: 'durable-group', ...FAST });
      await c1.connect();
      await c1.subscribe({ topic: 'durable', fromBeginning: true });
      await c1.run({ eachMessage: async ({ message }) => void seen.push(message.value!.toString()) });
      await waitFor('30 records', () => seen.length === 30);
      await c1.disconnect();
      await p.disconnect();
      await a.disconnect();
      await b.stop();

      b = await startTestBroker({ dataDir, config: BROKER_CONFIG });
      k = kafka(b.bootstrap);
      const a2 = k.admin();
      await a2.connect();
      const offsets = await a2.fetchOffsets({ groupId: 'durable-group', topics: ['durable'] });
      expect(offsets[0]!.partitions.map((x) => x.offset)).toEqual(['10', '10', '10']);
      const p2 = k.producer();
      await p2.connect();
      await p2.send({
        topic: 'durable',
        messages: Array.from({ length: 6 }, (_, i) => ({ value: `second-${i}`, partition: i % 3 })),
      });
      const c2 = k.consumer({ groupId: 'durable-group', ...FAST });
      await c2.connect();
      await c2.subscribe({ topic: 'durable', fromBeginning: true });
      const after: string[] = [];
      await c2.run({ eachMessage: async ({ message }) => void after.push(message.value!.toString()) });
      await waitFor('6 new records', () => after.length === 6);
      await new Promise((r) => setTimeout(r, 300));
      expect(after.sort()).toEqual(Array.from({ length: 6 }, (_, i) => `second-${i}`).sort());
      await c2.disconnect();
      await p2.disconnect();
      await a2.disconnect();
      await b.stop();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('admin: describeGroups, listGroups, fetchOffsets, resetOffsets, setOffsets, deleteGroups', async () => {
    const topic = 'admin-groups';
    const groupId = 'admin-group';
    await admin.createTopics({ topics: [{ topic, numPartitions: 2 }] });
    await producer.send({
      topic,
      messages: Array.from({ length: 10 }, (_, i) => ({ value: `m${i}`, partition: i % 2 })),
    });
    const ledger = new Ledger();
    const consumer = await startConsumer(groupId, topic, 'admin-consumer', async (p) =>
      ledger.record('admin-consumer', p),
    );
    await waitFor('10 records', () => ledger.total === 10);

    const described = await admin.describeGroups([groupId]);
    const group = described.groups[0]!;
    expect(group).toMatchObject({
      groupId,
      errorCode: 0,
      state: 'Stable',
      protocolType: 'consumer',
      protocol: 'RoundRobinAssigner',
    });
    expect(group.members).toHaveLength(1);
    expect(group.members[0]).toMatchObject({ clientId: 'admin-consumer', clientHost: '/127.0.0.1' });
    expect(AssignerProtocol.MemberMetadata.decode(group.members[0]!.memberMetadata)).toMatchObject({ topics: [topic] });
    expect(AssignerProtocol.MemberAssignment.decode(group.members[0]!.memberAssignment)!.assignment).toEqual({
      [topic]: [0, 1],
    });

    const listed = await admin.listGroups();
    expect(listed.groups).toEqual(expect.arrayContaining([{ groupId, protocolType: 'consumer' }]));

    await waitFor('offsets committed', async () =>
      (await admin.fetchOffsets({ groupId, topics: [topic] }))[0]!.partitions.every((p) => p.offset === '5'),
    );

    // Offsets can only be reset while the group has no members.
    await expect(admin.resetOffsets({ groupId, topic, earliest: true })).rejects.toThrow();
    await expect(admin.deleteGroups([groupId])).rejects.toMatchObject({
      groups: [expect.objectContaining({ errorCode: 68 })],
    });
    await consumer.disconnect();
    consumers.splice(consumers.indexOf(consumer), 1);
    expect((await admin.describeGroups([groupId])).groups[0]).toMatchObject({ state: 'Empty', members: [] });

    // kafkajs commits its sentinels (-2 earliest, -1 latest) and resolves them when a consumer starts; the
    // broker stores and returns them as given, as Kafka does.
    await admin.resetOffsets({ groupId, topic, earliest: true });
    expect((await admin.fetchOffsets({ groupId, topics: [topic] }))[0]!.partitions.map((p) => p.offset)).toEqual([
      '-2',
      '-2',
    ]);
    await admin.resetOffsets({ groupId, topic, earliest: false });
    expect((await admin.fetchOffsets({ groupId, topics: [topic] }))[0]!.partitions.map((p) => p.offset)).toEqual([
      '-1',
      '-1',
    ]);
    await admin.setOffsets({
      groupId,
      topic,
      partitions: [
        { partition: 0, offset: '2' },
        { partition: 1, offset: '4' },
      ],
    });
    const set = await admin.fetchOffsets({ groupId, topics: [topic] });
    expect(Object.fromEntries(set[0]!.partitions.map((p) => [p.partition, p.offset]))).toEqual({ 0: '2', 1: '4' });

    // A new member starts from the set offsets.
    const replay = new Ledger();
    await startConsumer(groupId, topic, 'admin-consumer-2', async (p) => replay.record('admin-consumer-2', p));
    await waitFor('4 records from the set offsets', () => replay.total === 4);
    await Promise.all(consumers.splice(0).map((c) => c.disconnect()));

    const deleted = await admin.deleteGroups([groupId]);
    expect(deleted).toEqual([{ groupId, errorCode: 0 }]);
    expect((await admin.describeGroups([groupId])).groups[0]).toMatchObject({ state: 'Dead' });
    expect((await admin.listGroups()).groups.map((g) => g.groupId)).not.toContain(groupId);
    const gone = await admin.fetchOffsets({ groupId, topics: [topic] });
    expect(gone[0]!.partitions.map((p) => p.offset)).toEqual(['-1', '-1']);
  });
});
