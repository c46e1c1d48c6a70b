// kafka-python 2.0.2 consumer groups against samsa: a group of two members with RoundRobinPartitionAssignor
// sharing a topic, committing as they go; after the members and then the broker restart, the group continues from
// its committed offsets.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { connectAdmin } from '../helpers/kafkajs-admin';
import { startTestBroker, type TestBroker } from '../helpers/broker';
import { describeWithClient } from '../helpers/clients';
import { runPythonJson } from '../helpers/python';
import { waitForFile } from '../helpers/wait';

jest.setTimeout(120_000);

const SCRIPT = join(__dirname, 'py', 'groups.py');

interface ConsumeResult {
  readonly records: Array<[number, number, string | null]>;
  readonly assignment: number[];
}

describeWithClient('kafka-python', 'kafka-python consumer groups against samsa', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'samsa-compat-kp-groups-'));
  const signals = mkdtempSync(join(tmpdir(), 'samsa-compat-kp-ready-'));
  const config = { 'group.initial.rebalance.delay.ms': 0 };
  let broker: TestBroker;

  const consume = (options: Record<string, unknown>): Promise<ConsumeResult> => {
    const running = runPythonJson<ConsumeResult>(
      SCRIPT,
      [broker.bootstrap, 'consume', 'kp-group', 'kp-topic', JSON.stringify(options)],
      90_000,
    );
    running.catch(() => undefined);
    return running;
  };

  async function produce(values: string[]): Promise<void> {
    const kafka = new Kafka({
      clientId: 'compat-kp-producer',
      brokers: [broker.bootstrap],
      logLevel: logLevel.NOTHING,
    });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: 'kp-topic', messages: values.map((value, i) => ({ value, partition: i % 4 })) });
    await producer.disconnect();
  }

  beforeAll(async () => {
    broker = await startTestBroker({ dataDir, config });
    const admin = await connectAdmin('compat-kp-admin', [broker.bootstrap]);
    await admin.createTopics({ topics: [{ topic: 'kp-topic', numPartitions: 4 }] });
    await admin.disconnect();
  });

  afterAll(async () => {
    await broker?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(signals, { recursive: true, force: true });
  });

  test('groups: two members with the round-robin assignor split the partitions and commit; restarts resume from the commits', async () => {
    const first = consume({ ready_file: join(signals, 'first'), idle_s: 4 });
    await waitForFile(join(signals, 'first'));
    const second = consume({ ready_file: join(signals, 'second'), idle_s: 4 });
    await waitForFile(join(signals, 'second'));
    await new Promise((r) => setTimeout(r, 1500));
    await produce(Array.from({ length: 100 }, (_, i) => `a${i}`));
    const [a, b] = await Promise.all([first, second]);

    const all = [...a.records, ...b.records].map(([p, o]) => `${p}:${o}`);
    expect(new Set(all).size).toBe(100);
    expect(all).toHaveLength(100);
    expect(a.records.length).toBeGreaterThan(0);
    expect(b.records.length).toBeGreaterThan(0);

    const kafka = new Kafka({ clientId: 'compat-kp-check', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    expect(
      (await admin.fetchOffsets({ groupId: 'kp-group', topics: ['kp-topic'] }))[0]!.partitions.map((p) => p.offset),
    ).toEqual(['25', '25', '25', '25']);
    await admin.disconnect();

    // A member restarts: it sees only what was produced after the commits.
    await produce(['b0', 'b1', 'b2', 'b3']);
    const restarted = await consume({ idle_s: 2 });
    expect(restarted.records.map(([, , v]) => v).sort()).toEqual(['b0', 'b1', 'b2', 'b3']);
    expect(restarted.assignment).toEqual([0, 1, 2, 3]);

    // The broker restarts: the group's offsets are still there.
    await broker.stop();
    broker = await startTestBroker({ dataDir, config });
    await produce(['c0', 'c1', 'c2', 'c3']);
    const afterBrokerRestart = await consume({ idle_s: 2 });
    expect(afterBrokerRestart.records.map(([, , v]) => v).sort()).toEqual(['c0', 'c1', 'c2', 'c3']);
  });
});
