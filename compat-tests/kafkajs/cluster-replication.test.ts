// kafkajs 2.2.4 against a three-broker samsa cluster in one process with replication.factor 3: an idempotent acks=all
// producer keeps producing through a leader move and through the leader's broker stopping, and a consumer then reads
// every record exactly once, in order; a consumer group survives its coordinator's broker stopping (the coordinator
// moves with the __consumer_offsets partition's leadership); min.insync.replicas=2 accepts acks=all with one broker
// of three stopped and answers NOT_ENOUGH_REPLICAS with two stopped.
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { startTestCluster, type TestCluster } from '../helpers/cluster';
import { findCoordinatorRequest } from '../helpers/kafkajs-wire';
import { waitFor } from '../helpers/wait';

jest.setTimeout(90_000);

describe('kafkajs against a replicated three-broker cluster', () => {
  let c: TestCluster;
  let kafka: Kafka;
  beforeEach(async () => {
    c = await startTestCluster({ brokers: 3, config: { 'offsets.topic.num.partitions': 3 } });
    kafka = new Kafka({
      clientId: 'replication',
      brokers: c.bootstrapServers.split(','),
      logLevel: logLevel.NOTHING,
      retry: { retries: 10, initialRetryTime: 50, maxRetryTime: 1000 },
    });
  });
  afterEach(async () => {
    await c.stop();
  });

  /** The group's coordinator as FindCoordinator answers it, asked of a running broker. */
  async function coordinatorOf(groupId: string): Promise<number> {
    let answer = { errorCode: -1, nodeId: -1 };
    await waitFor(async () => {
      const running = (await c.control.cluster()).brokers.find((b) => b.state === 'running')!;
      const res = await findCoordinatorRequest(`${running.host}:${running.port}`, 1, { groupId });
      answer = { errorCode: res.errorCode, nodeId: res.coordinator.nodeId };
      return res.errorCode === 0;
    }, 10_000);
    return answer.nodeId;
  }

  async function createTopic(topic: string, configEntries: { name: string; value: string }[] = []): Promise<void> {
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 1, replicationFactor: 3, configEntries }] });
    await admin.disconnect();
  }

  it('replication: an idempotent acks=all producer keeps every record through a leader move and the leader stopping', async () => {
    await createTopic('kj-repl');
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const sent: string[] = [];
    const send = async (from: number, to: number): Promise<void> => {
      for (let i = from; i < to; i++) {
        await producer.send({ topic: 'kj-repl', acks: -1, messages: [{ key: 'k', value: `v${i}` }] });
        sent.push(`v${i}`);
      }
    };
    await send(0, 10);
    const first = (await c.control.describePartition('kj-repl', 0)).leader;
    const next = first === 1 ? 2 : 1;
    await c.control.moveLeader('kj-repl', 0, next);
    await send(10, 20);
    await c.control.stopBroker(next);
    const after = await c.control.describePartition('kj-repl', 0);
    expect(after.leader).not.toBe(next);
    expect(after.isr).not.toContain(next);
    await send(20, 30);
    await producer.disconnect();
    // Every replica still running holds the same log.
    const d = await c.control.describePartition('kj-repl', 0);
    expect(d.highWatermark).toBe(30);
    for (const id of d.isr) expect(d.logEndOffsets[id]).toBe(30);

    const consumer: Consumer = kafka.consumer({ groupId: 'kj-repl-reader', maxWaitTimeInMs: 100 });
    const seen: { value: string; offset: string }[] = [];
    await consumer.connect();
    await consumer.subscribe({ topic: 'kj-repl', fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        seen.push({ value: message.value!.toString(), offset: message.offset });
      },
    });
    await waitFor(() => seen.length >= 30, 30_000);
    await new Promise((r) => setTimeout(r, 300));
    await consumer.disconnect();
    expect(seen.map((s) => s.value)).toEqual(sent);
    expect(seen.map((s) => Number(s.offset))).toEqual(sent.map((_, i) => i));

    // The stopped broker comes back, truncates nothing (it had only acknowledged data) and catches up.
    await c.control.startBroker(next);
    expect(await c.control.describePartition('kj-repl', 0)).toMatchObject({
      isr: [1, 2, 3],
      logEndOffsets: { 1: 30, 2: 30, 3: 30 },
    });
  });

  it("replication: a consumer group survives its coordinator's broker stopping", async () => {
    await createTopic('kj-coord');
    const producer = kafka.producer({ idempotent: true });
    await producer.connect();
    await producer.send({
      topic: 'kj-coord',
      acks: -1,
      messages: Array.from({ length: 5 }, (_, i) => ({ value: `a${i}` })),
    });

    const groupId = 'kj-coord-group';
    const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 100, heartbeatInterval: 200, sessionTimeout: 6000 });
    const seen: string[] = [];
    await consumer.connect();
    await consumer.subscribe({ topic: 'kj-coord', fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        seen.push(message.value!.toString());
      },
    });
    await waitFor(() => seen.length >= 5, 20_000);

    // The coordinator is the leader of the group's __consumer_offsets partition.
    const admin = kafka.admin();
    await admin.connect();
    const md = await admin.fetchTopicMetadata({ topics: ['__consumer_offsets'] });
    const coordinatorBefore = await coordinatorOf(groupId);
    expect(md.topics[0]!.partitions.map((p) => p.leader)).toContain(coordinatorBefore);
    await c.control.stopBroker(coordinatorBefore);
    const coordinatorAfter = await coordinatorOf(groupId);
    expect(coordinatorAfter).not.toBe(coordinatorBefore);

    await producer.send({
      topic: 'kj-coord',
      acks: -1,
      messages: Array.from({ length: 5 }, (_, i) => ({ value: `b${i}` })),
    });
    await waitFor(() => seen.length >= 10, 30_000);
    // The member commits through the new coordinator.
    let committed = '';
    const end = Date.now() + 20_000;
    while (committed !== '10' && Date.now() < end) {
      committed = (await admin.fetchOffsets({ groupId, topics: ['kj-coord'] }))[0]!.partitions[0]!.offset;
      if (committed !== '10') await new Promise((r) => setTimeout(r, 100));
    }
    expect(committed).toBe('10');
    await consumer.disconnect();
    await admin.disconnect();
    await producer.disconnect();
    expect(seen.slice(0, 5)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
    expect(new Set(seen)).toEqual(
      new Set([...Array.from({ length: 5 }, (_, i) => `a${i}`), ...Array.from({ length: 5 }, (_, i) => `b${i}`)]),
    );
  });

  it('replication: min.insync.replicas=2: one broker of three stopped still takes acks=all; two stopped answer NOT_ENOUGH_REPLICAS', async () => {
    await createTopic('kj-minisr', [{ name: 'min.insync.replicas', value: '2' }]);
    const producer = kafka.producer({ retry: { retries: 2, initialRetryTime: 20, maxRetryTime: 100 } });
    await producer.connect();
    const leader = (await c.control.describePartition('kj-minisr', 0)).leader;
    const others = [1, 2, 3].filter((id) => id !== leader);
    await c.control.stopBroker(others[0]!);
    await producer.send({ topic: 'kj-minisr', acks: -1, messages: [{ value: 'one-down' }] });
    await c.control.stopBroker(others[1]!);
    await expect(
      producer.send({ topic: 'kj-minisr', acks: -1, messages: [{ value: 'two-down' }] }),
    ).rejects.toMatchObject({
      name: 'KafkaJSNumberOfRetriesExceeded',
      message: 'Messages are rejected since there are fewer in-sync replicas than required',
    });
    await producer.disconnect();
  });
});
