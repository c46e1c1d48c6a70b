// kafkajs 2.2.4 transactions against samsa: a transactional producer (InitProducerId with a transactional id,
// AddPartitionsToTxn v1, EndTxn v1) commits and aborts; consume-transform-produce commits the input offsets with
// `transaction.sendOffsets` (AddOffsetsToTxn v1 + TxnOffsetCommit v1), visible to the group only once committed;
// read_committed consumers (kafkajs's default) see committed records only, read_uncommitted ones see aborted records
// too, and neither ever sees a control record (checked against the raw log, where the markers are); a second producer
// with the same transactional id fences the first.
import { Kafka, logLevel, type Admin, type Producer } from 'kafkajs';
import { startTestBroker, type TestBroker } from '../helpers/broker';
import {
  fetchPartition,
  kafkajsCollect,
  kafkajsErrorType,
  pollUntil,
  withDeadline,
  type CollectedRecord,
} from '../helpers/transactions';

jest.setTimeout(90_000);

/** Each partition's records as [offset, value] pairs in the order they arrived. */
function byPartition(records: readonly CollectedRecord[]): Record<number, [number, string][]> {
  const out: Record<number, [number, string][]> = {};
  for (const r of records) (out[r.partition] ??= []).push([r.offset, r.value]);
  return out;
}

describe('kafkajs', () => {
  let broker: TestBroker;
  let kafka: Kafka;
  const producers: Producer[] = [];

  beforeAll(async () => {
    broker = await startTestBroker();
    kafka = new Kafka({
      clientId: 'compat-kafkajs-txn',
      brokers: [broker.bootstrap],
      logLevel: process.env.KJS_DEBUG ? logLevel.DEBUG : logLevel.NOTHING,
      retry: { retries: 8, initialRetryTime: 100 },
    });
  });
  afterAll(async () => {
    for (const p of producers) await p.disconnect().catch(() => undefined);
    await broker?.stop();
  });

  async function createTopic(topic: string, numPartitions = 1): Promise<void> {
    const admin = kafka.admin();
    await admin.connect();
    try {
      await admin.createTopics({ topics: [{ topic, numPartitions }], waitForLeaders: true });
    } finally {
      await admin.disconnect();
    }
  }

  async function transactionalProducer(transactionalId: string): Promise<Producer> {
    const producer = kafka.producer({
      transactionalId,
      maxInFlightRequests: 1,
      idempotent: true,
      allowAutoTopicCreation: false,
    });
    producers.push(producer);
    await producer.connect();
    return producer;
  }

  test('transactions: committed records reach read_committed and read_uncommitted consumers, aborted ones only read_uncommitted, control records neither', async () => {
    const topic = 'txn-commit-abort';
    await createTopic(topic, 2);
    const producer = await transactionalProducer('compat-kafkajs-commit-abort');

    const first = await producer.transaction();
    await first.send({
      topic,
      messages: [
        { value: 'c1-p0-a', partition: 0 },
        { value: 'c1-p0-b', partition: 0 },
        { value: 'c1-p1-a', partition: 1 },
      ],
    });
    await first.commit();
    const aborted = await producer.transaction();
    await aborted.send({
      topic,
      messages: [
        { value: 'ab-p0-a', partition: 0 },
        { value: 'ab-p1-a', partition: 1 },
        { value: 'ab-p1-b', partition: 1 },
      ],
    });
    await aborted.abort();
    const second = await producer.transaction();
    await second.send({
      topic,
      messages: [
        { value: 'c2-p0-a', partition: 0 },
        { value: 'c2-p1-a', partition: 1 },
      ],
    });
    await second.commit();

    // The log: each transaction's data followed, in every partition it touched, by its COMMIT or ABORT marker.
    const stable = (p: { lastStableOffset: number; highWatermark: number }): boolean =>
      p.highWatermark === 7 && p.lastStableOffset === 7;
    const log0 = await pollUntil(
      'partition 0 complete',
      () => fetchPartition(broker.bootstrap, topic, 0, 0, 'read_uncommitted'),
      stable,
    );
    const log1 = await pollUntil(
      'partition 1 complete',
      () => fetchPartition(broker.bootstrap, topic, 1, 0, 'read_uncommitted'),
      stable,
    );
    const shape = (b: { baseOffset: number; control: boolean; transactional: boolean; values: readonly string[] }) => [
      b.baseOffset,
      b.control,
      b.transactional,
      b.values,
    ];
    expect(log0.batches.map(shape)).toEqual([
      [0, false, true, ['c1-p0-a', 'c1-p0-b']],
      [2, true, true, ['COMMIT']],
      [3, false, true, ['ab-p0-a']],
      [4, true, true, ['ABORT']],
      [5, false, true, ['c2-p0-a']],
      [6, true, true, ['COMMIT']],
    ]);
    expect(log1.batches.map(shape)).toEqual([
      [0, false, true, ['c1-p1-a']],
      [1, true, true, ['COMMIT']],
      [2, false, true, ['ab-p1-a', 'ab-p1-b']],
      [4, true, true, ['ABORT']],
      [5, false, true, ['c2-p1-a']],
      [6, true, true, ['COMMIT']],
    ]);
    const producerId = log0.batches[0]!.producerId;
    expect(producerId).toBeGreaterThanOrEqual(0);
    expect(new Set([...log0.batches, ...log1.batches].map((b) => b.producerId))).toEqual(new Set([producerId]));
    // A read_committed Fetch lists the aborted transaction (its first offset) so the client can drop its records;
    // a read_uncommitted one lists none.
    expect(log0.abortedTransactions).toEqual([]);
    expect(await fetchPartition(broker.bootstrap, topic, 0, 0, 'read_committed')).toMatchObject({
      errorCode: 0,
      lastStableOffset: 7,
      abortedTransactions: [{ producerId, firstOffset: 3 }],
    });
    expect(await fetchPartition(broker.bootstrap, topic, 1, 0, 'read_committed')).toMatchObject({
      errorCode: 0,
      lastStableOffset: 7,
      abortedTransactions: [{ producerId, firstOffset: 2 }],
    });

    const committed = await kafkajsCollect(kafka, topic, 5, 'read_committed');
    expect(byPartition(committed)).toEqual({
      0: [
        [0, 'c1-p0-a'],
        [1, 'c1-p0-b'],
        [5, 'c2-p0-a'],
      ],
      1: [
        [0, 'c1-p1-a'],
        [5, 'c2-p1-a'],
      ],
    });
    const everything = await kafkajsCollect(kafka, topic, 8, 'read_uncommitted');
    expect(byPartition(everything)).toEqual({
      0: [
        [0, 'c1-p0-a'],
        [1, 'c1-p0-b'],
        [3, 'ab-p0-a'],
        [5, 'c2-p0-a'],
      ],
      1: [
        [0, 'c1-p1-a'],
        [2, 'ab-p1-a'],
        [3, 'ab-p1-b'],
        [5, 'c2-p1-a'],
      ],
    });
  });

  test('transactions: a read_committed consumer does not read past an open transaction until it commits', async () => {
    const topic = 'txn-open';
    await createTopic(topic);
    const plain = kafka.producer({ allowAutoTopicCreation: false });
    await plain.connect();
    producers.push(plain);
    const producer = await transactionalProducer('compat-kafkajs-open');

    await plain.send({ topic, messages: [{ value: 'before' }] });
    const open = await producer.transaction();
    await open.send({ topic, messages: [{ value: 'in-txn' }] });
    await plain.send({ topic, messages: [{ value: 'after' }] });

    // The LSO stops at the open transaction's first offset: read_committed gets 'before' only, read_uncommitted all.
    const pending = await fetchPartition(broker.bootstrap, topic, 0, 0, 'read_committed');
    expect(pending).toMatchObject({ errorCode: 0, highWatermark: 3, lastStableOffset: 1 });
    expect(pending.batches.flatMap((b) => b.values)).toEqual(['before']);
    expect(
      (await fetchPartition(broker.bootstrap, topic, 0, 0, 'read_uncommitted')).batches.flatMap((b) => b.values),
    ).toEqual(['before', 'in-txn', 'after']);

    // A read_committed consumer that has read up to the LSO ('before') reads on through the transaction once it commits.
    const seen: CollectedRecord[] = [];
    const reader = kafkajsCollect(kafka, topic, 3, 'read_committed', 30_000, seen);
    await pollUntil(
      'the reader at the LSO',
      async () => seen.map((r) => r.value),
      (values) => values.length > 0,
      20_000,
    );
    expect(seen.map((r) => r.value)).toEqual(['before']);
    await open.commit();
    const done = await pollUntil(
      'LSO past the commit marker',
      () => fetchPartition(broker.bootstrap, topic, 0, 0, 'read_committed'),
      (p) => p.lastStableOffset === 4,
    );
    expect(done.batches.map((b) => [b.baseOffset, b.control ? b.values[0] : b.values])).toEqual([
      [0, ['before']],
      [1, ['in-txn']],
      [2, ['after']],
      [3, 'COMMIT'],
    ]);
    expect((await reader).map((r) => [r.offset, r.value])).toEqual([
      [0, 'before'],
      [1, 'in-txn'],
      [2, 'after'],
    ]);
  });

  test('transactions: a transactionTimeout above transaction.max.timeout.ms is refused with INVALID_TRANSACTION_TIMEOUT', async () => {
    // transaction.max.timeout.ms defaults to 900000 (15 minutes).
    const producer = kafka.producer({
      transactionalId: 'compat-kafkajs-timeout',
      transactionTimeout: 900_001,
      maxInFlightRequests: 1,
      idempotent: true,
    });
    producers.push(producer);
    await producer.connect();
    const err: unknown = await producer.transaction().then(
      () => null,
      (e: unknown) => e,
    );
    expect(kafkajsErrorType(err)).toBe('INVALID_TRANSACTION_TIMEOUT');
    const atMax = kafka.producer({
      transactionalId: 'compat-kafkajs-timeout',
      transactionTimeout: 900_000,
      maxInFlightRequests: 1,
      idempotent: true,
    });
    producers.push(atMax);
    await atMax.connect();
    const txn = await atMax.transaction();
    await txn.abort();
  });

  test('transactions: consume-transform-produce with sendOffsets; the group sees the offsets only once committed, never when aborted', async () => {
    await createTopic('ctp-in');
    await createTopic('ctp-out');
    const plain = kafka.producer({ allowAutoTopicCreation: false });
    producers.push(plain);
    await plain.connect();
    await plain.send({ topic: 'ctp-in', messages: ['v0', 'v1', 'v2', 'v3'].map((value) => ({ value })) });

    const groupId = 'compat-kafkajs-ctp';
    const admin: Admin = kafka.admin();
    await admin.connect();
    const committedOffset = async (): Promise<string> =>
      (await admin.fetchOffsets({ groupId, topics: ['ctp-in'] }))[0]!.partitions[0]!.offset;
    const producer = await transactionalProducer('compat-kafkajs-ctp');
    const steps: { offset: number; beforeEnd: string; afterEnd: string }[] = [];
    const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 100 });
    await consumer.connect();
    try {
      await consumer.subscribe({ topic: 'ctp-in', fromBeginning: true });
      let finish: (err?: unknown) => void = () => undefined;
      const finished = new Promise<void>(
        (resolve, reject) => (finish = (err) => (err === undefined ? resolve() : reject(err))),
      );
      await consumer.run({
        autoCommit: false,
        eachMessage: async ({ topic, partition, message }) => {
          try {
            const offset = Number(message.offset);
            const txn = await producer.transaction();
            await txn.send({ topic: 'ctp-out', messages: [{ value: message.value!.toString().toUpperCase() }] });
            await txn.sendOffsets({
              consumerGroupId: groupId,
              topics: [{ topic, partitions: [{ partition, offset: String(offset + 1) }] }],
            });
            const beforeEnd = await committedOffset();
            // The last input record's transaction is aborted: neither its output nor its offset may become visible.
            if (offset < 3) await txn.commit();
            else await txn.abort();
            steps.push({ offset, beforeEnd, afterEnd: await committedOffset() });
            if (offset === 3) finish();
          } catch (err) {
            finish(err);
          }
        },
      });
      await withDeadline(finished, 45_000, 'consume-transform-produce of 4 input records');
    } finally {
      await consumer.disconnect();
    }
    expect(steps).toEqual([
      { offset: 0, beforeEnd: '-1', afterEnd: '1' },
      { offset: 1, beforeEnd: '1', afterEnd: '2' },
      { offset: 2, beforeEnd: '2', afterEnd: '3' },
      { offset: 3, beforeEnd: '3', afterEnd: '3' },
    ]);
    await admin.disconnect();

    expect((await kafkajsCollect(kafka, 'ctp-out', 3, 'read_committed')).map((r) => r.value)).toEqual([
      'V0',
      'V1',
      'V2',
    ]);
    expect((await kafkajsCollect(kafka, 'ctp-out', 4, 'read_uncommitted')).map((r) => r.value)).toEqual([
      'V0',
      'V1',
      'V2',
      'V3',
    ]);
    // The group resumes where the last committed transaction left it: at the input record whose transaction aborted.
    const resumed = kafka.consumer({ groupId, maxWaitTimeInMs: 100 });
    await resumed.connect();
    try {
      await resumed.subscribe({ topic: 'ctp-in', fromBeginning: true });
      const firstRecord = new Promise<[number, string]>((resolve) => {
        void resumed.run({
          autoCommit: false,
          eachMessage: async ({ message }) => resolve([Number(message.offset), message.value!.toString()]),
        });
      });
      const first = await withDeadline(firstRecord, 20_000, 'the resumed group member reading its first record');
      expect(first).toEqual([3, 'v3']);
    } finally {
      await resumed.disconnect();
    }
  });

  test('transactions: a second producer with the same transactional id fences the first (INVALID_PRODUCER_EPOCH) and aborts its open transaction', async () => {
    const topic = 'txn-zombie';
    await createTopic(topic);
    const zombie = await transactionalProducer('compat-kafkajs-zombie');
    const open = await zombie.transaction();
    await open.send({ topic, messages: [{ value: 'zombie-1' }] });

    // kafkajs sends InitProducerId on the first transaction(): for the same transactional id, the coordinator aborts
    // the open transaction and bumps the epoch.
    const successor = await transactionalProducer('compat-kafkajs-zombie');
    const txn = await successor.transaction();
    const sendError: unknown = await open.send({ topic, messages: [{ value: 'zombie-2' }] }).then(
      () => null,
      (err: unknown) => err,
    );
    expect(kafkajsErrorType(sendError)).toBe('INVALID_PRODUCER_EPOCH');
    const commitError: unknown = await open.commit().then(
      () => null,
      (err: unknown) => err,
    );
    // EndTxn v1 reports PRODUCER_FENCED as INVALID_PRODUCER_EPOCH, which clients before KIP-588 understand.
    expect(kafkajsErrorType(commitError)).toBe('INVALID_PRODUCER_EPOCH');

    await txn.send({ topic, messages: [{ value: 'successor-1' }] });
    await txn.commit();

    const log = await pollUntil(
      'the successor committed',
      () => fetchPartition(broker.bootstrap, topic, 0, 0, 'read_uncommitted'),
      (p) => p.lastStableOffset === 4,
    );
    expect(log.batches.map((b) => [b.baseOffset, b.control, b.values])).toEqual([
      [0, false, ['zombie-1']],
      [1, true, ['ABORT']],
      [2, false, ['successor-1']],
      [3, true, ['COMMIT']],
    ]);
    const [zombieData, fenceMarker, successorData, commitMarker] = log.batches;
    expect(new Set(log.batches.map((b) => b.producerId)).size).toBe(1);
    expect(fenceMarker!.producerEpoch).toBeGreaterThan(zombieData!.producerEpoch);
    expect(successorData!.producerEpoch).toBeGreaterThanOrEqual(fenceMarker!.producerEpoch);
    expect(commitMarker!.producerEpoch).toBe(successorData!.producerEpoch);
    expect((await kafkajsCollect(kafka, topic, 1, 'read_committed')).map((r) => [r.offset, r.value])).toEqual([
      [2, 'successor-1'],
    ]);
  });
});
