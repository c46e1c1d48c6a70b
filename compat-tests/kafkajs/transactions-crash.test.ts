// Transactions across a broker crash (the CLI broker killed with SIGKILL, then restarted on the same data
// directory), seen by kafkajs 2.2.4. A transaction left open by the crash is never half visible to read_committed:
// after the restart the partition's last stable offset stays at the transaction's first offset until the
// coordinator, which reloads the transaction from `__transaction_state`, aborts it when its timeout expires; records
// written after it then become readable, its own never. A transaction whose EndTxn(commit) was acknowledged before
// the crash is entirely visible after the restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { startTestBroker, type BrokerConfig, type TestBroker } from '../helpers/broker';
import { fetchPartition, kafkajsCollect, pollUntil } from '../helpers/transactions';

jest.setTimeout(120_000);

/** The producer's transaction timeout: long enough to outlive the restart, short enough for the test to wait for. */
const TRANSACTION_TIMEOUT_MS = 8_000;

const BROKER_CONFIG: BrokerConfig = {
  'transaction.max.timeout.ms': 10_000,
  'transaction.abort.timed.out.transaction.cleanup.interval.ms': 250,
};

describe('kafkajs', () => {
  const dataDirs: string[] = [];
  const brokers: TestBroker[] = [];
  const producers: Producer[] = [];

  afterAll(async () => {
    for (const p of producers) await p.disconnect().catch(() => undefined);
    for (const b of brokers) await b.stop();
    for (const d of dataDirs) rmSync(d, { recursive: true, force: true });
  });

  async function start(dataDir: string): Promise<{ broker: TestBroker; kafka: Kafka }> {
    const broker = await startTestBroker({ dataDir, config: BROKER_CONFIG });
    brokers.push(broker);
    const kafka = new Kafka({
      clientId: 'compat-kafkajs-txn-crash',
      brokers: [broker.bootstrap],
      logLevel: process.env.KJS_DEBUG ? logLevel.DEBUG : logLevel.NOTHING,
      retry: { retries: 8, initialRetryTime: 100 },
    });
    return { broker, kafka };
  }

  async function crash(broker: TestBroker, producer: Producer): Promise<void> {
    await broker.kill!();
    // The client's connections are dead; let it go without waiting on them.
    await producer.disconnect().catch(() => undefined);
  }

  async function createTopic(kafka: Kafka, topic: string): Promise<void> {
    const admin = kafka.admin();
    await admin.connect();
    try {
      await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
    } finally {
      await admin.disconnect();
    }
  }

  async function producer(kafka: Kafka, transactionalId?: string): Promise<Producer> {
    const p =
      transactionalId === undefined
        ? kafka.producer({ allowAutoTopicCreation: false })
        : kafka.producer({
            transactionalId,
            transactionTimeout: TRANSACTION_TIMEOUT_MS,
            maxInFlightRequests: 1,
            idempotent: true,
            allowAutoTopicCreation: false,
          });
    producers.push(p);
    await p.connect();
    return p;
  }

  test('transactions: a transaction open at a crash stays invisible to read_committed after the restart, and is aborted when it times out', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'samsa-txn-crash-open-'));
    dataDirs.push(dataDir);
    const topic = 'txn-crash-open';
    const first = await start(dataDir);
    await createTopic(first.kafka, topic);
    const txnProducer = await producer(first.kafka, 'compat-crash-open');
    const plain = await producer(first.kafka);

    await plain.send({ topic, acks: -1, messages: [{ value: 'before' }] });
    const open = await txnProducer.transaction();
    await open.send({ topic, acks: -1, messages: [{ value: 'open-1' }, { value: 'open-2' }] });
    await open.send({ topic, acks: -1, messages: [{ value: 'open-3' }] });
    await plain.send({ topic, acks: -1, messages: [{ value: 'after' }] });
    const beforeCrash = await fetchPartition(first.broker.bootstrap, topic, 0, 0, 'read_committed');
    expect(beforeCrash).toMatchObject({ errorCode: 0, highWatermark: 5, lastStableOffset: 1 });
    expect(beforeCrash.batches.flatMap((b) => b.values)).toEqual(['before']);
    await crash(first.broker, txnProducer);
    await plain.disconnect().catch(() => undefined);

    const second = await start(dataDir);
    // A read_committed consumer running from the restart until the abort: it must never see the open transaction.
    const reader = kafkajsCollect(second.kafka, topic, 2, 'read_committed', 60_000);
    const restarted = await fetchPartition(second.broker.bootstrap, topic, 0, 0, 'read_committed');
    expect(restarted).toMatchObject({ errorCode: 0, highWatermark: 5, lastStableOffset: 1 });
    expect(restarted.batches.flatMap((b) => b.values)).toEqual(['before']);

    // The coordinator aborts the transaction once its timeout has passed: the ABORT marker moves the LSO to the end.
    const aborted = await pollUntil(
      'the timed-out transaction aborted',
      () => fetchPartition(second.broker.bootstrap, topic, 0, 0, 'read_committed'),
      (p) => p.lastStableOffset === p.highWatermark && p.highWatermark > 5,
      40_000,
      200,
    );
    expect(aborted.batches.map((b) => [b.baseOffset, b.control, b.values])).toEqual([
      [0, false, ['before']],
      [1, false, ['open-1', 'open-2']],
      [3, false, ['open-3']],
      [4, false, ['after']],
      [5, true, ['ABORT']],
    ]);
    const txnProducerId = aborted.batches[1]!.producerId;
    expect(aborted.abortedTransactions).toEqual([{ producerId: txnProducerId, firstOffset: 1 }]);
    expect(aborted.batches[4]!.producerEpoch).toBeGreaterThan(aborted.batches[1]!.producerEpoch);
    expect((await reader).map((r) => [r.offset, r.value])).toEqual([
      [0, 'before'],
      [4, 'after'],
    ]);

    // The transactional id works again: a new producer commits, and read_committed reads on past the aborted records.
    const successor = await producer(second.kafka, 'compat-crash-open');
    const txn = await successor.transaction();
    await txn.send({ topic, acks: -1, messages: [{ value: 'later' }] });
    await txn.commit();
    expect((await kafkajsCollect(second.kafka, topic, 3, 'read_committed')).map((r) => [r.offset, r.value])).toEqual([
      [0, 'before'],
      [4, 'after'],
      [6, 'later'],
    ]);
  });

  test('transactions: a transaction whose commit was acknowledged before a crash is entirely visible to read_committed after the restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'samsa-txn-crash-commit-'));
    dataDirs.push(dataDir);
    const topic = 'txn-crash-commit';
    const first = await start(dataDir);
    await createTopic(first.kafka, topic);
    const txnProducer = await producer(first.kafka, 'compat-crash-commit');

    const aborted = await txnProducer.transaction();
    await aborted.send({ topic, acks: -1, messages: [{ value: 'aborted-1' }] });
    await aborted.abort();
    const committed = await txnProducer.transaction();
    await committed.send({ topic, acks: -1, messages: [{ value: 'commit-1' }, { value: 'commit-2' }] });
    await committed.send({ topic, acks: -1, messages: [{ value: 'commit-3' }] });
    await committed.commit();
    await crash(first.broker, txnProducer);

    const second = await start(dataDir);
    const log = await pollUntil(
      'the committed transaction stable after the restart',
      () => fetchPartition(second.broker.bootstrap, topic, 0, 0, 'read_committed'),
      (p) => p.highWatermark > 0 && p.lastStableOffset === p.highWatermark,
      20_000,
      200,
    );
    expect(log.batches.map((b) => [b.baseOffset, b.control, b.values])).toEqual([
      [0, false, ['aborted-1']],
      [1, true, ['ABORT']],
      [2, false, ['commit-1', 'commit-2']],
      [4, false, ['commit-3']],
      [5, true, ['COMMIT']],
    ]);
    expect(log.abortedTransactions).toEqual([{ producerId: log.batches[0]!.producerId, firstOffset: 0 }]);
    expect((await kafkajsCollect(second.kafka, topic, 3, 'read_committed')).map((r) => [r.offset, r.value])).toEqual([
      [2, 'commit-1'],
      [3, 'commit-2'],
      [4, 'commit-3'],
    ]);
  });
});
