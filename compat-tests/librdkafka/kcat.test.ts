// kcat 1.7.1 (librdkafka 2.0.2) metadata listing against samsa: the broker list,
// the controller and every topic's partitions, leaders, replicas and ISRs must be
// what kafkajs sees for topics created over the wire, in both output formats.
import type { Admin } from 'kafkajs';
import { connectAdmin } from '../helpers/kafkajs-admin';
import { startTestBroker, type TestBroker } from '../helpers/broker';
import { describeWithClient } from '../helpers/clients';
import { runProcess } from '../helpers/process';

// Real clients start processes and wait on the network; each test gets a minute.
jest.setTimeout(60_000);

interface KcatMetadata {
  readonly originating_broker: { readonly id: number; readonly name: string };
  readonly controllerid: number;
  readonly brokers: ReadonlyArray<{ readonly id: number; readonly name: string }>;
  readonly topics: ReadonlyArray<{
    readonly topic: string;
    readonly error?: string;
    readonly partitions: ReadonlyArray<{
      readonly partition: number;
      readonly leader: number;
      readonly replicas: ReadonlyArray<{ readonly id: number }>;
      readonly isrs: ReadonlyArray<{ readonly id: number }>;
    }>;
  }>;
}

async function kcat(args: readonly string[]): Promise<string> {
  const result = await runProcess('kcat', args, { timeoutMs: 30_000 });
  if (result.code !== 0) throw new Error(`kcat ${args.join(' ')} exited with ${result.code}: ${result.stderr}`);
  return result.stdout;
}

async function kcatJson(bootstrap: string, ...extra: string[]): Promise<KcatMetadata> {
  return JSON.parse(await kcat(['-b', bootstrap, '-L', '-J', '-m', '10', ...extra])) as KcatMetadata;
}

describeWithClient('kcat', 'kcat -L against samsa', () => {
  let broker: TestBroker;
  let admin: Admin;
  let nodeId: number;

  beforeAll(async () => {
    broker = await startTestBroker();
    admin = await connectAdmin('compat-kcat-setup', [broker.bootstrap]);
    await admin.createTopics({
      topics: [
        { topic: 'kcat-three', numPartitions: 3, replicationFactor: 1 },
        { topic: 'kcat-one', numPartitions: 1, replicationFactor: 1 },
      ],
    });
    const cluster = await admin.describeCluster();
    nodeId = cluster.brokers[0]?.nodeId ?? -1;
  });

  afterAll(async () => {
    await admin?.disconnect();
    await broker?.stop();
  });

  test('metadata: -J lists this broker as the only broker and the controller', async () => {
    const metadata = await kcatJson(broker.bootstrap);
    expect(metadata.brokers).toEqual([{ id: nodeId, name: broker.bootstrap }]);
    expect(metadata.controllerid).toBe(nodeId);
    expect(metadata.originating_broker.id).toBe(nodeId);
  });

  test("metadata: -J shows every topic with partitions, leaders, replicas and ISRs matching kafkajs's view", async () => {
    const metadata = await kcatJson(broker.bootstrap);
    const names = metadata.topics.map((t) => t.topic);
    expect(names).toEqual(expect.arrayContaining(['kcat-three', 'kcat-one']));

    const seenByKafkajs = await admin.fetchTopicMetadata({ topics: ['kcat-three', 'kcat-one'] });
    for (const expected of seenByKafkajs.topics) {
      const topic = metadata.topics.find((t) => t.topic === expected.name);
      expect(topic?.error).toBeUndefined();
      const partitions = [...(topic?.partitions ?? [])].sort((a, b) => a.partition - b.partition);
      expect(partitions).toEqual(
        [...expected.partitions]
          .sort((a, b) => a.partitionId - b.partitionId)
          .map((p) => ({
            partition: p.partitionId,
            leader: p.leader,
            replicas: p.replicas.map((id) => ({ id })),
            isrs: p.isr.map((id) => ({ id })),
          })),
      );
    }
    const three = metadata.topics.find((t) => t.topic === 'kcat-three');
    expect(three?.partitions.map((p) => p.leader)).toEqual([nodeId, nodeId, nodeId]);
  });

  test('metadata: -t limits the listing to one topic', async () => {
    const metadata = await kcatJson(broker.bootstrap, '-t', 'kcat-three');
    expect(metadata.topics.map((t) => t.topic)).toEqual(['kcat-three']);
    expect(metadata.topics[0]?.partitions).toHaveLength(3);
  });

  test('metadata: the text listing names the broker, the controller and each partition', async () => {
    const text = await kcat(['-b', broker.bootstrap, '-L', '-m', '10', '-t', 'kcat-three']);
    expect(text).toContain(' 1 brokers:');
    expect(text).toContain(`broker ${nodeId} at ${broker.bootstrap} (controller)`);
    expect(text).toContain('topic "kcat-three" with 3 partitions:');
    for (const partition of [0, 1, 2]) {
      expect(text).toContain(`partition ${partition}, leader ${nodeId}, replicas: ${nodeId}, isrs: ${nodeId}`);
    }
  });

  test('metadata: a topic deleted through kafkajs disappears from the listing', async () => {
    await admin.createTopics({ topics: [{ topic: 'kcat-deleted', numPartitions: 2 }] });
    expect((await kcatJson(broker.bootstrap)).topics.map((t) => t.topic)).toContain('kcat-deleted');
    await admin.deleteTopics({ topics: ['kcat-deleted'] });
    expect((await kcatJson(broker.bootstrap)).topics.map((t) => t.topic)).not.toContain('kcat-deleted');
  });

  test('metadata: works against the CLI broker process too', async () => {
    const cli = await startTestBroker();
    try {
      const metadata = await kcatJson(cli.bootstrap);
      expect(metadata.brokers).toHaveLength(1);
      expect(metadata.brokers[0]?.name).toBe(cli.bootstrap);
      expect(metadata.controllerid).toBe(metadata.brokers[0]?.id);
    } finally {
      await cli.stop();
    }
  });
});
