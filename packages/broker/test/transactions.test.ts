// The transaction coordinator over TCP with the raw protocol: FindCoordinator (key type 1), InitProducerId with a
// transactional id, AddPartitionsToTxn (v0-3 and batched v4 with verify_only), AddOffsetsToTxn, EndTxn,
// DescribeTransactions, ListTransactions; a full begin → add → produce → commit/abort cycle with the markers read
// back from the partition; fencing of an old epoch per API version; proactive abort past the timeout; a disk
// broker restarted with an open transaction.
import {
  AddOffsetsToTxnApi,
  AddPartitionsToTxnApi,
  buildRecordBatch,
  DescribeTransactionsApi,
  EndTxnApi,
  ErrorCode,
  FindCoordinatorApi,
  InitProducerIdApi,
  isControl,
  ListTransactionsApi,
  ProduceApi,
  readBatchHeader,
  RecordIterator,
} from '@samsa/protocol';
import { partitionFor } from '@samsa/coordinator';
import { startTestBroker, tempDataDir, waitFor, type TestBroker } from './helpers/test-broker';
import { WireClient } from './helpers/wire-client';
import { fetch } from './helpers/records';

jest.setTimeout(30_000);

interface Producer {
  readonly transactionalId: string;
  readonly producerId: number;
  readonly producerEpoch: number;
}

class TxnClient {
  constructor(readonly client: WireClient) {}

  async findCoordinator(transactionalId: string, version = 1) {
    return this.client.request(FindCoordinatorApi, version, { key: transactionalId, keyType: 1 });
  }

  async init(
    transactionalId: string,
    timeoutMs = 60_000,
    version = 1,
    current?: { producerId: number; producerEpoch: number },
  ) {
    return this.client.request(InitProducerIdApi, version, {
      transactionalId,
      transactionTimeoutMs: timeoutMs,
      ...(current ?? {}),
    });
  }

  async begin(transactionalId: string, timeoutMs = 60_000): Promise<Producer> {
    expect((await this.findCoordinator(transactionalId)).errorCode).toBe(ErrorCode.NONE);
    const res = await this.init(transactionalId, timeoutMs);
    expect(res.errorCode).toBe(ErrorCode.NONE);
    return { transactionalId, producerId: res.producerId, producerEpoch: res.producerEpoch };
  }

  async add(p: Producer, topics: { name: string; partitions: number[] }[], version = 1): Promise<number[]> {
    const res = await this.client.request(AddPartitionsToTxnApi, version, {
      v3AndBelowTransactionalId: p.transactionalId,
      v3AndBelowProducerId: p.producerId,
      v3AndBelowProducerEpoch: p.producerEpoch,
      v3AndBelowTopics: topics,
    });
    return (res.resultsByTopicV3AndBelow ?? []).flatMap((t) => t.resultsByPartition.map((r) => r.partitionErrorCode));
  }

  async end(p: Producer, committed: boolean, version = 1) {
    return (
      await this.client.request(EndTxnApi, version, {
        transactionalId: p.transactionalId,
        producerId: p.producerId,
        producerEpoch: p.producerEpoch,
        committed,
      })
    ).errorCode;
  }

  async produce(p: Producer, topic: string, values: string[], baseSequence: number, version = 9) {
    const ts = Date.now();
    const records = buildRecordBatch({
      records: values.map((v) => ({ key: null, value: Buffer.from(v), timestamp: ts })),
      baseTimestamp: ts,
      producerId: p.producerId,
      producerEpoch: p.producerEpoch,
      baseSequence,
      transactional: true,
    });
    const res = await this.client.request(ProduceApi, version, {
      transactionalId: p.transactionalId,
      acks: -1,
      timeoutMs: 5000,
      topicData: [{ name: topic, partitionData: [{ index: 0, records }] }],
    });
    const r = res.responses[0]!.partitionResponses[0]!;
    return { errorCode: r.errorCode, errorMessage: r.errorMessage ?? null };
  }

  /** [offset, value or COMMIT/ABORT] pairs of partition 0, read_uncommitted unless told otherwise. */
  async read(topic: string, isolationLevel = 0) {
    const res = await fetch(this.client, 11, [{ topic, partition: 0, offset: 0 }], { isolationLevel });
    const p = res.responses[0]!.partitions[0]!;
    const data =
      p.records === null ? Buffer.alloc(0) : Buffer.isBuffer(p.records) ? p.records : Buffer.concat(p.records);
    const entries: (readonly [number, string])[] = [];
    for (let pos = 0; pos + 61 <= data.length; ) {
      const h = readBatchHeader(data, pos);
      const it = new RecordIterator(data, pos);
      while (it.next())
        entries.push([
          it.record.offset,
          isControl(h.attributes)
            ? it.record.key()!.readInt16BE(2) === 1
              ? 'COMMIT'
              : 'ABORT'
            : (it.record.value()?.toString() ?? ''),
        ]);
      pos += 12 + h.batchLength;
    }
    return { highWatermark: p.highWatermark, lastStableOffset: p.lastStableOffset, entries };
  }

  async describe(...ids: string[]) {
    return (await this.client.request(DescribeTransactionsApi, 0, { transactionalIds: ids })).transactionStates;
  }
}

describe('transaction coordinator over the wire', () => {
  let tb: TestBroker;
  let c: TxnClient;
  let n = 0;
  const topic = (partitions = 1): string => {
    const name = `txn-${n++}`;
    tb.broker.cluster.createTopic({
      name,
      numPartitions: partitions,
      replicationFactor: 1,
      assignments: [],
      configs: [],
    });
    return name;
  };

  beforeAll(async () => {
    tb = await startTestBroker({
      'transaction.max.timeout.ms': 120_000,
      'transaction.abort.timed.out.transaction.cleanup.interval.ms': 100,
    });
    c = new TxnClient(await WireClient.connect(tb.broker.port));
  });
  afterAll(async () => {
    c.client.destroy();
    await tb.dispose();
  });

  test('FindCoordinator key type 1 creates __transaction_state and names this broker for every version', async () => {
    for (const v of [1, 2, 3]) {
      expect(await c.findCoordinator('find-me', v)).toMatchObject({
        errorCode: ErrorCode.NONE,
        nodeId: tb.broker.nodeId,
        port: tb.broker.port,
      });
    }
    const state = tb.broker.cluster.topicByName('__transaction_state');
    expect(state?.partitions).toHaveLength(50);
  });

  test('commit: data and a COMMIT marker in the partition; describe and list show CompleteCommit', async () => {
    const name = topic();
    const p = await c.begin('commit-1');
    expect(await c.add(p, [{ name, partitions: [0] }])).toEqual([ErrorCode.NONE]);
    expect((await c.describe('commit-1'))[0]).toMatchObject({
      errorCode: 0,
      transactionState: 'Ongoing',
      producerId: p.producerId,
      topics: [{ topic: name, partitions: [0] }],
    });
    expect(await c.produce(p, name, ['a', 'b'], 0)).toEqual({ errorCode: ErrorCode.NONE, errorMessage: null });
    expect((await c.read(name, 1)).entries).toEqual([]);
    expect(await c.end(p, true)).toBe(ErrorCode.NONE);
    const view = await c.read(name);
    expect(view.entries).toEqual([
      [0, 'a'],
      [1, 'b'],
      [2, 'COMMIT'],
    ]);
    expect(view.lastStableOffset).toBe(3);
    expect((await c.read(name, 1)).entries).toEqual([
      [0, 'a'],
      [1, 'b'],
      [2, 'COMMIT'],
    ]);
    expect((await c.describe('commit-1'))[0]).toMatchObject({
      errorCode: 0,
      transactionState: 'CompleteCommit',
      topics: [],
    });
    // A retried EndTxn of the completed transaction succeeds and writes nothing more; the other result does not.
    expect(await c.end(p, true)).toBe(ErrorCode.NONE);
    expect(await c.end(p, false)).toBe(ErrorCode.INVALID_TXN_STATE);
    expect((await c.read(name)).entries).toHaveLength(3);
    const list = await c.client.request(ListTransactionsApi, 1, {
      stateFilters: ['CompleteCommit', 'Nope'],
      producerIdFilters: [p.producerId],
      durationFilter: -1,
    });
    expect(list).toMatchObject({
      errorCode: 0,
      unknownStateFilters: ['Nope'],
      transactionStates: [
        { transactionalId: 'commit-1', producerId: p.producerId, transactionState: 'CompleteCommit' },
      ],
    });
  });

  test('abort: an ABORT marker; read_committed sees nothing of it', async () => {
    const name = topic();
    const p = await c.begin('abort-1');
    expect(await c.add(p, [{ name, partitions: [0] }], 3)).toEqual([ErrorCode.NONE]);
    await c.produce(p, name, ['x'], 0);
    expect(await c.end(p, false, 3)).toBe(ErrorCode.NONE);
    expect((await c.read(name)).entries).toEqual([
      [0, 'x'],
      [1, 'ABORT'],
    ]);
    const committed = await c.read(name, 1);
    expect(committed.lastStableOffset).toBe(2);
    expect((await c.describe('abort-1'))[0]?.transactionState).toBe('CompleteAbort');
  });

  test('a new instance fences the old one: CONCURRENT_TRANSACTIONS while the open transaction is aborted, then the old epoch is refused per version', async () => {
    const name = topic();
    const old = await c.begin('fence-1');
    await c.add(old, [{ name, partitions: [0] }]);
    await c.produce(old, name, ['zombie'], 0);
    expect((await c.init('fence-1')).errorCode).toBe(ErrorCode.CONCURRENT_TRANSACTIONS);
    expect((await c.read(name)).entries).toEqual([
      [0, 'zombie'],
      [1, 'ABORT'],
    ]);
    const fresh = await c.init('fence-1');
    expect(fresh).toMatchObject({
      errorCode: ErrorCode.NONE,
      producerId: old.producerId,
      producerEpoch: old.producerEpoch + 2,
    });
    // The zombie: KIP-588 answers PRODUCER_FENCED from AddPartitionsToTxn/EndTxn v2 and InitProducerId v4.
    expect(await c.add(old, [{ name, partitions: [0] }], 1)).toEqual([ErrorCode.INVALID_PRODUCER_EPOCH]);
    expect(await c.add(old, [{ name, partitions: [0] }], 2)).toEqual([ErrorCode.PRODUCER_FENCED]);
    expect(await c.end(old, true, 1)).toBe(ErrorCode.INVALID_PRODUCER_EPOCH);
    expect(await c.end(old, true, 2)).toBe(ErrorCode.PRODUCER_FENCED);
    const stale = { producerId: old.producerId, producerEpoch: 7 };
    expect((await c.init('fence-1', 60_000, 3, stale)).errorCode).toBe(ErrorCode.INVALID_PRODUCER_EPOCH);
    expect((await c.init('fence-1', 60_000, 4, stale)).errorCode).toBe(ErrorCode.PRODUCER_FENCED);
    // Its data batch is refused by partition verification (INVALID_PRODUCER_EPOCH, as Kafka maps PRODUCER_FENCED).
    expect((await c.produce(old, name, ['late'], 1)).errorCode).toBe(ErrorCode.INVALID_PRODUCER_EPOCH);
    expect((await c.read(name)).entries).toHaveLength(2);
  });

  test('InitProducerId: INVALID_TRANSACTION_TIMEOUT above transaction.max.timeout.ms or at 0', async () => {
    await c.findCoordinator('timeouts');
    expect((await c.init('timeouts', 120_001)).errorCode).toBe(ErrorCode.INVALID_TRANSACTION_TIMEOUT);
    expect((await c.init('timeouts', 0)).errorCode).toBe(ErrorCode.INVALID_TRANSACTION_TIMEOUT);
    expect((await c.init('timeouts', 120_000)).errorCode).toBe(ErrorCode.NONE);
  });

  test('produce verification: INVALID_TXN_STATE with its message up to v10, TRANSACTION_ABORTABLE from v11', async () => {
    const name = topic();
    const p = await c.begin('verify-1');
    expect(await c.produce(p, name, ['x'], 0, 10)).toEqual({
      errorCode: ErrorCode.INVALID_TXN_STATE,
      errorMessage: 'Partition was not added to the transaction',
    });
    expect((await c.produce(p, name, ['x'], 0, 11)).errorCode).toBe(ErrorCode.TRANSACTION_ABORTABLE);
    expect((await c.read(name)).highWatermark).toBe(0);
  });

  test('AddPartitionsToTxn v4: batched transactions, each answered on its own; verify_only adds nothing', async () => {
    const name = topic(2);
    const a = await c.begin('batch-a');
    const b = await c.begin('batch-b');
    await c.add(a, [{ name, partitions: [0] }]);
    const res = await c.client.request(AddPartitionsToTxnApi, 4, {
      transactions: [
        {
          transactionalId: 'batch-a',
          producerId: a.producerId,
          producerEpoch: a.producerEpoch,
          verifyOnly: true,
          topics: [{ name, partitions: [0, 1] }],
        },
        {
          transactionalId: 'batch-b',
          producerId: b.producerId,
          producerEpoch: b.producerEpoch,
          verifyOnly: false,
          topics: [{ name, partitions: [1] }],
        },
        {
          transactionalId: 'batch-c',
          producerId: 1,
          producerEpoch: 0,
          verifyOnly: false,
          topics: [{ name, partitions: [1] }],
        },
      ],
    });
    expect(res.errorCode).toBe(ErrorCode.NONE);
    const codes = (res.resultsByTransaction ?? []).map((t) => [
      t.transactionalId,
      t.topicResults.flatMap((r) => r.resultsByPartition.map((x) => x.partitionErrorCode)),
    ]);
    expect(codes).toEqual([
      ['batch-a', [ErrorCode.NONE, ErrorCode.TRANSACTION_ABORTABLE]],
      ['batch-b', [ErrorCode.NONE]],
      ['batch-c', [ErrorCode.INVALID_PRODUCER_ID_MAPPING]],
    ]);
    const [da, db] = await c.describe('batch-a', 'batch-b');
    expect(da?.topics).toEqual([{ topic: name, partitions: [0] }]);
    expect(db?.topics).toEqual([{ topic: name, partitions: [1] }]);
  });

  test("AddOffsetsToTxn adds the group's __consumer_offsets partition to the transaction", async () => {
    const p = await c.begin('offsets-1');
    const res = await c.client.request(AddOffsetsToTxnApi, 1, {
      transactionalId: 'offsets-1',
      producerId: p.producerId,
      producerEpoch: p.producerEpoch,
      groupId: 'my-group',
    });
    expect(res.errorCode).toBe(ErrorCode.NONE);
    expect((await c.describe('offsets-1'))[0]?.topics).toEqual([
      { topic: '__consumer_offsets', partitions: [partitionFor('my-group', 50)] },
    ]);
    const fenced = await c.client.request(AddOffsetsToTxnApi, 1, {
      transactionalId: 'offsets-1',
      producerId: p.producerId,
      producerEpoch: p.producerEpoch + 1,
      groupId: 'my-group',
    });
    expect(fenced.errorCode).toBe(ErrorCode.INVALID_PRODUCER_EPOCH);
    expect(await c.end(p, false)).toBe(ErrorCode.NONE);
    expect((await c.describe('offsets-1'))[0]?.transactionState).toBe('CompleteAbort');
  });

  test('a transaction past its timeout is aborted by the coordinator, fencing its producer', async () => {
    const name = topic();
    const p = await c.begin('timeout-1', 300);
    await c.add(p, [{ name, partitions: [0] }]);
    await c.produce(p, name, ['slow'], 0);
    await waitFor(() => tb.broker.transactions.coordinator.transactionState('timeout-1')?.state === 5, 5000);
    expect((await c.read(name)).entries).toEqual([
      [0, 'slow'],
      [1, 'ABORT'],
    ]);
    expect(await c.end(p, true)).toBe(ErrorCode.INVALID_PRODUCER_EPOCH);
    expect((await c.describe('timeout-1'))[0]).toMatchObject({
      transactionState: 'CompleteAbort',
      producerEpoch: p.producerEpoch + 1,
    });
  });

  test('DescribeTransactions: unknown id TRANSACTIONAL_ID_NOT_FOUND, empty id INVALID_REQUEST', async () => {
    const [unknown, empty] = await c.describe('never-seen', '');
    expect(unknown).toMatchObject({ errorCode: ErrorCode.TRANSACTIONAL_ID_NOT_FOUND, transactionalId: 'never-seen' });
    expect(empty?.errorCode).toBe(ErrorCode.INVALID_REQUEST);
  });
});

describe('transaction coordinator across a restart', () => {
  test('an Ongoing transaction found at start-up is aborted once its timeout passes; a committed one stays committed', async () => {
    const dataDir = tempDataDir();
    const config = { 'transaction.abort.timed.out.transaction.cleanup.interval.ms': 100 };
    let tb = await startTestBroker(config, dataDir);
    let c = new TxnClient(await WireClient.connect(tb.broker.port));
    tb.broker.cluster.createTopic({
      name: 'durable',
      numPartitions: 1,
      replicationFactor: 1,
      assignments: [],
      configs: [],
    });
    const done = await c.begin('restart-done');
    await c.add(done, [{ name: 'durable', partitions: [0] }]);
    await c.produce(done, 'durable', ['kept'], 0);
    expect(await c.end(done, true)).toBe(ErrorCode.NONE);
    const open = await c.begin('restart-open', 1500);
    await c.add(open, [{ name: 'durable', partitions: [0] }]);
    await c.produce(open, 'durable', ['lost'], 0);
    c.client.destroy();
    await tb.stop();

    tb = await startTestBroker(config, dataDir);
    try {
      c = new TxnClient(await WireClient.connect(tb.broker.port));
      await waitFor(() => tb.broker.transactions.coordinator.transactionState('restart-open') !== undefined, 5000);
      expect((await c.describe('restart-done'))[0]?.transactionState).toBe('CompleteCommit');
      expect((await c.describe('restart-open'))[0]?.transactionState).toBe('Ongoing');
      await waitFor(() => tb.broker.transactions.coordinator.transactionState('restart-open')?.state === 5, 5000);
      expect((await c.read('durable')).entries).toEqual([
        [0, 'kept'],
        [1, 'COMMIT'],
        [2, 'lost'],
        [3, 'ABORT'],
      ]);
      const committed = await c.read('durable', 1);
      expect(committed.lastStableOffset).toBe(4);
      expect(await c.end(open, true)).toBe(ErrorCode.INVALID_PRODUCER_EPOCH);
      c.client.destroy();
    } finally {
      await tb.dispose();
    }
  });
});
