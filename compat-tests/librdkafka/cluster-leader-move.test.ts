// librdkafka's clients see a new leader after a control move on a three-broker samsa cluster: kcat 1.7.1 lists the
// new leader and epoch's ISR in `-L -J` metadata from every broker and produces to it; confluent-kafka-python moves
// the leadership itself over the HTTP admin endpoint between two acks=all batches (py/leader_move.py), its producer
// follows the move without losing or duplicating a record, and its metadata names the new leader.
import { join } from 'node:path';
import { connectAdmin } from '../helpers/kafkajs-admin';
import { describeWithClient } from '../helpers/clients';
import { startTestCluster, type TestCluster } from '../helpers/cluster';
import { kcat, kcatConsume } from '../helpers/kcat';
import { runPythonJson } from '../helpers/python';

jest.setTimeout(60_000);

const SCRIPT = join(__dirname, 'py', 'leader_move.py');

interface KcatMetadata {
  readonly originating_broker: { readonly id: number };
  readonly topics: ReadonlyArray<{
    readonly topic: string;
    readonly partitions: ReadonlyArray<{
      readonly partition: number;
      readonly leader: number;
      readonly isrs: ReadonlyArray<{ readonly id: number }>;
    }>;
  }>;
}

async function kcatLeader(bootstrap: string, topic: string): Promise<{ from: number; leader: number; isr: number[] }> {
  const md = JSON.parse(await kcat(['-b', bootstrap, '-L', '-J', '-t', topic, '-m', '10'])) as KcatMetadata;
  const p = md.topics.find((t) => t.topic === topic)!.partitions[0]!;
  return { from: md.originating_broker.id, leader: p.leader, isr: p.isrs.map((r) => r.id).sort() };
}

/** One partition on brokers 1, 2 and 3, broker 1 leading (CreateTopics with a replica assignment, through kafkajs). */
async function createTopic(c: TestCluster, name: string): Promise<void> {
  const admin = await connectAdmin('compat-leader-move-setup', c.bootstrapServers.split(','));
  try {
    await admin.createTopics({ topics: [{ topic: name, replicaAssignment: [{ partition: 0, replicas: [1, 2, 3] }] }] });
  } finally {
    await admin.disconnect();
  }
}

describeWithClient('kcat', 'kcat against a three-broker samsa cluster', () => {
  let c: TestCluster;
  beforeAll(async () => {
    c = await startTestCluster({ brokers: 3 });
    await createTopic(c, 'kcat-move');
  });
  afterAll(async () => c?.stop());

  test('metadata: kcat -L shows the new leader after a control move, from every broker, and produces to it', async () => {
    await kcat(['-b', c.bootstrapServers, '-P', '-t', 'kcat-move', '-p', '0', '-X', 'acks=all'], 'a\nb\n');
    for (const b of c.brokers)
      expect(await kcatLeader(`${b.host}:${b.port}`, 'kcat-move')).toEqual({
        from: b.nodeId,
        leader: 1,
        isr: [1, 2, 3],
      });

    await c.control.moveLeader('kcat-move', 0, 3);
    for (const b of c.brokers)
      expect(await kcatLeader(`${b.host}:${b.port}`, 'kcat-move')).toEqual({
        from: b.nodeId,
        leader: 3,
        isr: [1, 2, 3],
      });

    await c.control.startRequestLog();
    await kcat(['-b', c.bootstrapServers, '-P', '-t', 'kcat-move', '-p', '0', '-X', 'acks=all'], 'c\n');
    // The write went to the new leader.
    expect((await c.control.requests({ api: 'Produce' })).map((r) => r.nodeId)).toEqual([3]);
    expect(
      (await kcatConsume(c.bootstrapServers, 'kcat-move', 0, 'beginning')).map((r) => r.value?.toString()),
    ).toEqual(['a', 'b', 'c']);
    expect(await c.control.describePartition('kcat-move', 0)).toMatchObject({
      leader: 3,
      leaderEpoch: 1,
      highWatermark: 3,
      logEndOffsets: { 1: 3, 2: 3, 3: 3 },
    });
  });
});

interface MoveResult {
  readonly leader_before: number;
  readonly leader_after: number;
  readonly producer_leader_after: number;
  readonly moved: { readonly leader: number; readonly leaderEpoch: number };
  readonly delivered: ({ offset: number; error: string | null } | null)[];
  readonly values: string[];
}

describeWithClient('confluent-kafka-python', 'confluent-kafka-python against a three-broker samsa cluster', () => {
  let c: TestCluster;
  beforeAll(async () => {
    c = await startTestCluster({ brokers: 3 });
    await createTopic(c, 'py-move');
  });
  afterAll(async () => c?.stop());

  test('metadata: the producer and a new client see the leader moved over HTTP, and no record is lost or doubled', async () => {
    const count = 4;
    const r = await runPythonJson<MoveResult>(SCRIPT, [c.bootstrapServers, c.adminUrl, 'py-move', '2', String(count)]);
    expect(r.leader_before).toBe(1);
    expect(r.moved).toMatchObject({ leader: 2, leaderEpoch: 1 });
    expect(r.producer_leader_after).toBe(2);
    expect(r.leader_after).toBe(2);
    expect(r.delivered).toEqual(Array.from({ length: 2 * count }, (_, i) => ({ offset: i, error: null })));
    expect(r.values).toEqual(Array.from({ length: 2 * count }, (_, i) => `v${i}`));
    expect(await c.control.describePartition('py-move', 0)).toMatchObject({
      leader: 2,
      isr: [1, 2, 3],
      highWatermark: 2 * count,
    });
  });
});
