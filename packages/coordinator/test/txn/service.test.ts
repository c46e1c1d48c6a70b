import { TxnState } from '../../src/txn/state';
import { Counter, PARTITIONS, RecordingMarkers, txnHarness, type TxnHarness } from '../helpers/txn-harness';

const tp = (topic: string, partition: number) => ({ topic, partition });

async function begin(h: TxnHarness, id: string, timeoutMs = 60_000) {
  const init = h.service.initProducerId(id, timeoutMs, null);
  expect(init.errorName).toBeNull();
  return init;
}

function stateOf(h: TxnHarness, id: string) {
  return h.service.transactionState(id);
}

describe('TransactionCoordinatorService', () => {
  describe('InitProducerId', () => {
    test('a new transactional id gets a fresh producer id with epoch 0; each later call bumps the epoch', async () => {
      const h = await txnHarness();
      const first = h.service.initProducerId('tx', 60_000, null);
      expect(first).toEqual({ errorName: null, producerId: 1000, producerEpoch: 0 });
      const second = h.service.initProducerId('tx', 60_000, null);
      expect(second).toEqual({ errorName: null, producerId: 1000, producerEpoch: 1 });
      expect(stateOf(h, 'tx')?.state).toBe(TxnState.Empty);
      const log = h.logs.existing(h.service.partitionFor('tx'));
      expect(log?.size).toBe(2);
    });

    test('empty id → INVALID_REQUEST; timeout 0 or above transaction.max.timeout.ms → INVALID_TRANSACTION_TIMEOUT', async () => {
      const h = await txnHarness({ transactionMaxTimeoutMs: 1000 });
      expect(h.service.initProducerId('', 1000, null).errorName).toBe('INVALID_REQUEST');
      expect(h.service.initProducerId('tx', 1001, null).errorName).toBe('INVALID_TRANSACTION_TIMEOUT');
      expect(h.service.initProducerId('tx', 0, null).errorName).toBe('INVALID_TRANSACTION_TIMEOUT');
      expect(h.service.initProducerId('tx', 1000, null).errorName).toBeNull();
    });

    test('KIP-360: the current epoch is bumped, the previous epoch is a retry, any other is fenced', async () => {
      const h = await txnHarness();
      const { producerId } = await begin(h, 'tx');
      const bumped = h.service.initProducerId('tx', 60_000, { producerId, producerEpoch: 0 });
      expect(bumped).toEqual({ errorName: null, producerId, producerEpoch: 1 });
      // The answer was lost and the client retries with epoch 0: same epoch, no second bump.
      expect(h.service.initProducerId('tx', 60_000, { producerId, producerEpoch: 0 })).toEqual({
        errorName: null,
        producerId,
        producerEpoch: 1,
      });
      expect(h.service.initProducerId('tx', 60_000, { producerId, producerEpoch: 7 }).errorName).toBe(
        'PRODUCER_FENCED',
      );
      expect(h.service.initProducerId('tx', 60_000, { producerId: producerId + 50, producerEpoch: 1 }).errorName).toBe(
        'PRODUCER_FENCED',
      );
    });

    test('an exhausted epoch gets a new producer id with epoch 0', async () => {
      const h = await txnHarness();
      const { producerId } = await begin(h, 'tx');
      // Bump up to the last usable epoch through the API (32766 = Short.MaxValue - 1 is exhausted).
      let epoch = 0;
      while (epoch < 32766) epoch = h.service.initProducerId('tx', 60_000, null).producerEpoch;
      const rotated = h.service.initProducerId('tx', 60_000, { producerId, producerEpoch: 32766 });
      expect(rotated.errorName).toBeNull();
      expect(rotated.producerId).not.toBe(producerId);
      expect(rotated.producerEpoch).toBe(0);
      // A retry naming the old id with its exhausted epoch is recognised, not fenced.
      const retry = h.service.initProducerId('tx', 60_000, { producerId, producerEpoch: 32766 });
      expect(retry.errorName).toBeNull();
    }, 30_000);

    test('with an Ongoing transaction: the transaction is aborted under a bumped epoch and the client told CONCURRENT_TRANSACTIONS', async () => {
      const h = await txnHarness();
      const { producerId } = await begin(h, 'tx');
      expect(h.service.addPartitions('tx', producerId, 0, [tp('t', 0)])).toBeNull();
      const fenced = h.service.initProducerId('tx', 60_000, null);
      expect(fenced.errorName).toBe('CONCURRENT_TRANSACTIONS');
      expect(h.markers.written).toEqual([
        { producerId, producerEpoch: 1, coordinatorEpoch: 7, committed: false, partitions: [tp('t', 0)] },
      ]);
      expect(stateOf(h, 'tx')).toMatchObject({ state: TxnState.CompleteAbort, producerEpoch: 1 });
      // The retry bumps once more; the zombie (epoch 0) is fenced.
      expect(h.service.initProducerId('tx', 60_000, null)).toEqual({ errorName: null, producerId, producerEpoch: 2 });
      expect(h.service.endTransaction('tx', producerId, 0, true, false).errorName).toBe('PRODUCER_FENCED');
      expect(h.service.addPartitions('tx', producerId, 0, [tp('t', 1)])).toBe('PRODUCER_FENCED');
    });
  });

  describe('AddPartitionsToTxn', () => {
    test('starts the transaction (Ongoing, start time), adds more partitions, and answers known ones without a record', async () => {
      const h = await txnHarness();
      const { producerId } = await begin(h, 'tx');
      const start = h.scheduler.now();
      expect(h.service.addPartitions('tx', producerId, 0, [tp('a', 0), tp('a', 1)])).toBeNull();
      h.scheduler.advance(500);
      expect(h.service.addPartitions('tx', producerId, 0, [tp('b', 0)])).toBeNull();
      const log = h.logs.existing(h.service.partitionFor('tx'))!;
      const size = log.size;
      expect(h.service.addPartitions('tx', producerId, 0, [tp('a', 1)])).toBeNull();
      expect(log.size).toBe(size);
      const d = h.service.describe('tx');
      expect(d).toMatchObject({
        errorName: null,
        state: 'Ongoing',
        producerId,
        producerEpoch: 0,
        transactionStartTimeMs: start,
        transactionTimeoutMs: 60_000,
      });
      expect(d.topics).toEqual([
        { topic: 'a', partitions: [0, 1] },
        { topic: 'b', partitions: [0] },
      ]);
    });

    test('unknown id or producer id → INVALID_PRODUCER_ID_MAPPING, wrong epoch → PRODUCER_FENCED, empty id → INVALID_REQUEST', async () => {
      const h = await txnHarness();
      const { producerId } = await begin(h, 'tx');
      expect(h.service.addPartitions('nope', producerId, 0, [tp('a', 0)])).toBe('INVALID_PRODUCER_ID_MAPPING');
      expect(h.service.addPartitions('tx', producerId + 1, 0, [tp('a', 0)])).toBe('INVALID_PRODUCER_ID_MAPPING');
      expect(h.service.addPartitions('tx', producerId, 1, [tp('a', 0)])).toBe('PRODUCER_FENCED');
      expect(h.service.addPartitions('', producerId, 0, [tp('a', 0)])).toBe('INVALID_REQUEST');
      expect(stateOf(h, 'tx')?.state).toBe(TxnState.Empty);
    });

    test('verification: partitions in the transaction pass, others are TRANSACTION_ABORTABLE; fenced or unknown producers fail', async () => {
      const h = await txnHarness();
      const { producerId } = await begin(h, 'tx');
      h.service.addPartitions('tx', producerId, 0, [tp('a', 0)]);
      expect(h.service.verifyPartitions('tx', producerId, 0, [tp('a', 0), tp('a', 1)])).toEqual([
        { topic: 'a', partition: 0, errorName: null },
        { topic: 'a', partition: 1, errorName: 'TRANSACTION_ABORTABLE' },
      ]);
      expect(h.service.verifyPartitions('tx', producerId, 3, [tp('a', 0)])[0]?.errorName).toBe('PRODUCER_FENCED');
      expect(h.service.verifyPartitions('tx', 1, 0, [tp('a', 0)])[0]?.errorName).toBe('INVALID_PRODUCER_ID_MAPPING');
      expect(h.service.verifyPartitions('unknown', producerId, 0, [tp('a', 0)])[0]?.errorName).toBe(
        'INVALID_PRODUCER_ID_MAPPING',
      );
    });
  });

  describe('EndTxn', () => {
    test('commit: PrepareCommit, markers to every partition, CompleteCommit; a retried commit succeeds, an abort is INVALID_TXN_STATE', async () => {
      const h = await txnHarness();
      const { producerId } = await begin(h, 'tx');
      h.service.addPartitions('tx', producerId, 0, [tp('a', 0), tp('b', 1)]);
      expect(h.service.endTransaction('tx', producerId, 0, true, false).errorName).toBeNull();
      expect(h.markers.written).toEqual([
        { producerId, producerEpoch: 0, coordinatorEpoch: 7, committed: true, partitions: [tp('a', 0), tp('b', 1)] },
      ]);
      expect(stateOf(h, 'tx')).toMatchObject({ state: TxnState.CompleteCommit, producerEpoch: 0 });
      expect(stateOf(h, 'tx')?.partitions.size).toBe(0);
      expect(h.service.endTransaction('tx', producerId, 0, true, false).errorName).toBeNull();
      expect(h.service.endTransaction('tx', producerId, 0, false, false).errorName).toBe('INVALID_TXN_STATE');
      expect(h.markers.written).toHaveLength(1);
      // Next transaction on the same epoch.
      expect(h.service.addPartitions('tx', producerId, 0, [tp('a', 0)])).toBeNull();
      expect(h.service.endTransaction('tx', producerId, 0, false, false).errorName).toBeNull();
      expect(h.markers.written[1]).toMatchObject({ committed: false, partitions: [tp('a', 0)] });
      expect(stateOf(h, 'tx')?.state).toBe(TxnState.CompleteAbort);
      expect(h.service.endTransaction('tx', producerId, 0, true, false).errorName).toBe('INVALID_TXN_STATE');
    });

    test('bad input: unknown id, Empty state, wrong producer id or epoch, empty id', async () => {
      const h = await txnHarness();
      const { producerId } = await begin(h, 'tx');
      expect(h.service.endTransaction('unknown', producerId, 0, true, false).errorName).toBe(
        'INVALID_PRODUCER_ID_MAPPING',
      );
      expect(h.service.endTransaction('tx', producerId, 0, true, false).errorName).toBe('INVALID_TXN_STATE');
      expect(h.service.endTransaction('tx', producerId, 0, false, false).errorName).toBe('INVALID_TXN_STATE');
      h.service.addPartitions('tx', producerId, 0, [tp('a', 0)]);
      expect(h.service.endTransaction('tx', producerId + 1, 0, true, false).errorName).toBe(
        'INVALID_PRODUCER_ID_MAPPING',
      );
      expect(h.service.endTransaction('tx', producerId, 1, true, false).errorName).toBe('PRODUCER_FENCED');
      expect(h.service.endTransaction('', producerId, 0, true, false).errorName).toBe('INVALID_REQUEST');
      expect(stateOf(h, 'tx')?.state).toBe(TxnState.Ongoing);
      expect(h.markers.written).toHaveLength(0);
    });

    test('markers that fail are retried after the backoff; meanwhile the transaction answers CONCURRENT_TRANSACTIONS', async () => {
      const h = await txnHarness({ markerRetryBackoffMs: 100 });
      const { producerId } = await begin(h, 'tx');
      h.service.addPartitions('tx', producerId, 0, [tp('a', 0), tp('b', 0)]);
      h.markers.failing.set('b-0', 'NOT_LEADER_OR_FOLLOWER');
      expect(h.service.endTransaction('tx', producerId, 0, true, false).errorName).toBeNull();
      expect(stateOf(h, 'tx')?.state).toBe(TxnState.PrepareCommit);
      expect(h.markers.written.map((m) => m.partitions)).toEqual([[tp('a', 0)]]);
      expect(h.service.endTransaction('tx', producerId, 0, true, false).errorName).toBe('CONCURRENT_TRANSACTIONS');
      expect(h.service.endTransaction('tx', producerId, 0, false, false).errorName).toBe('INVALID_TXN_STATE');
      expect(h.service.addPartitions('tx', producerId, 0, [tp('c', 0)])).toBe('CONCURRENT_TRANSACTIONS');
      expect(h.service.initProducerId('tx', 60_000, null).errorName).toBe('CONCURRENT_TRANSACTIONS');
      expect(h.service.verifyPartitions('tx', producerId, 0, [tp('a', 0)])[0]?.errorName).toBe(
        'CONCURRENT_TRANSACTIONS',
      );
      h.scheduler.advance(100);
      expect(stateOf(h, 'tx')?.state).toBe(TxnState.PrepareCommit);
      h.markers.failing.clear();
      h.scheduler.advance(100);
      // Only the partition still missing its marker is written again.
      expect(h.markers.written.map((m) => m.partitions)).toEqual([[tp('a', 0)], [tp('b', 0)]]);
      expect(stateOf(h, 'tx')?.state).toBe(TxnState.CompleteCommit);
    });

    test('a partition whose topic is gone is skipped; a fenced marker stops the completion', async () => {
      const h = await txnHarness();
      const { producerId } = await begin(h, 'tx');
      h.service.addPartitions('tx', producerId, 0, [tp('gone', 0), tp('a', 0)]);
      h.markers.failing.set('gone-0', 'UNKNOWN_TOPIC_OR_PARTITION');
      h.service.endTransaction('tx', producerId, 0, false, false);
      expect(stateOf(h, 'tx')?.state).toBe(TxnState.CompleteAbort);

      const { producerId: p2 } = await begin(h, 'tx2');
      h.service.addPartitions('tx2', p2, 0, [tp('a', 1)]);
      h.markers.failing.set('a-1', 'TRANSACTION_COORDINATOR_FENCED');
      h.service.endTransaction('tx2', p2, 0, true, false);
      h.scheduler.advance(10_000);
      expect(stateOf(h, 'tx2')?.state).toBe(TxnState.PrepareCommit);
    });

    test('transaction version 2 (EndTxn v5): every end bumps the epoch and answers the new one; a retry with the old epoch succeeds', async () => {
      const h = await txnHarness();
      const { producerId } = await begin(h, 'tx');
      h.service.addPartitions('tx', producerId, 0, [tp('a', 0)]);
      expect(h.service.endTransaction('tx', producerId, 0, true, true)).toEqual({
        errorName: null,
        producerId,
        producerEpoch: 1,
      });
      expect(h.markers.written[0]).toMatchObject({ producerEpoch: 1, committed: true });
      expect(h.service.endTransaction('tx', producerId, 0, true, true)).toEqual({
        errorName: null,
        producerId,
        producerEpoch: 1,
      });
      expect(h.service.endTransaction('tx', producerId, 0, false, true).errorName).toBe('INVALID_TXN_STATE');
      // An abort with nothing added is allowed and bumps the epoch too.
      expect(h.service.endTransaction('tx', producerId, 1, false, true)).toEqual({
        errorName: null,
        producerId,
        producerEpoch: 2,
      });
      expect(h.service.endTransaction('tx', producerId, 5, false, true).errorName).toBe('PRODUCER_FENCED');
    });
  });

  describe('timeouts and expiry', () => {
    test('an Ongoing transaction past its timeout is aborted under a bumped epoch at the next check', async () => {
      const h = await txnHarness({ abortTimedOutTransactionsIntervalMs: 1000 });
      const { producerId } = await begin(h, 'tx', 5_000);
      h.service.addPartitions('tx', producerId, 0, [tp('a', 0)]);
      h.scheduler.advance(5_000);
      expect(stateOf(h, 'tx')?.state).toBe(TxnState.Ongoing);
      h.scheduler.advance(1_000);
      expect(stateOf(h, 'tx')).toMatchObject({ state: TxnState.CompleteAbort, producerEpoch: 1 });
      expect(h.markers.written).toEqual([
        { producerId, producerEpoch: 1, coordinatorEpoch: 7, committed: false, partitions: [tp('a', 0)] },
      ]);
      expect(h.service.endTransaction('tx', producerId, 0, true, false).errorName).toBe('PRODUCER_FENCED');
      expect(h.service.addPartitions('tx', producerId, 0, [tp('a', 0)])).toBe('PRODUCER_FENCED');
      // The producer starts over.
      expect(h.service.initProducerId('tx', 5_000, { producerId, producerEpoch: 0 }).errorName).toBe('PRODUCER_FENCED');
      expect(h.service.initProducerId('tx', 5_000, null)).toMatchObject({ errorName: null, producerEpoch: 2 });
    });

    test('an idle transactional id expires after transactional.id.expiration.ms; an open one does not', async () => {
      const h = await txnHarness({
        transactionalIdExpirationMs: 10_000,
        removeExpiredTransactionalIdsIntervalMs: 1_000,
        transactionMaxTimeoutMs: 100_000_000,
      });
      await begin(h, 'idle');
      const { producerId } = await begin(h, 'busy', 100_000_000);
      h.service.addPartitions('busy', producerId, 0, [tp('a', 0)]);
      h.scheduler.advance(11_000);
      expect(h.service.describe('idle').errorName).toBe('TRANSACTIONAL_ID_NOT_FOUND');
      expect(h.service.describe('busy').state).toBe('Ongoing');
      // A new InitProducerId starts from a new producer id.
      expect(h.service.initProducerId('idle', 1000, null)).toMatchObject({ errorName: null, producerEpoch: 0 });
      const restarted = await h.restart();
      expect(restarted.service.describe('idle').state).toBe('Empty');
      expect(restarted.service.describe('busy').state).toBe('Ongoing');
    });
  });

  describe('restart', () => {
    // The last epoch and previous producer id are in-memory only under value v0, as in Kafka.
    test('replaying the log gives the live state', async () => {
      const h = await txnHarness();
      const a = await begin(h, 'a');
      h.service.addPartitions('a', a.producerId, 0, [tp('t', 0), tp('u', 3)]);
      const b = await begin(h, 'b');
      h.service.addPartitions('b', b.producerId, 0, [tp('t', 1)]);
      h.service.endTransaction('b', b.producerId, 0, true, false);
      await begin(h, 'c');
      h.service.initProducerId('c', 30_000, null);
      const before = ['a', 'b', 'c'].map((id) => ({ ...stateOf(h, id)!, lastProducerEpoch: 0, previousProducerId: 0 }));
      const r = await h.restart();
      const after = ['a', 'b', 'c'].map((id) => ({ ...stateOf(r, id)!, lastProducerEpoch: 0, previousProducerId: 0 }));
      expect(after).toEqual(before);
    });

    test('a transaction found in PrepareCommit is completed on load (markers re-sent)', async () => {
      const h = await txnHarness();
      const { producerId } = await begin(h, 'tx');
      h.service.addPartitions('tx', producerId, 0, [tp('a', 0)]);
      h.markers.failing.set('a-0', 'KAFKA_STORAGE_ERROR');
      h.service.endTransaction('tx', producerId, 0, true, false);
      expect(stateOf(h, 'tx')?.state).toBe(TxnState.PrepareCommit);
      h.service.close();
      h.markers.failing.clear();
      const r = await txnHarness({}, h.logs, h.scheduler, h.markers, h.ids);
      expect(stateOf(r, 'tx')?.state).toBe(TxnState.PrepareCommit);
      r.scheduler.advance(0);
      expect(stateOf(r, 'tx')?.state).toBe(TxnState.CompleteCommit);
      expect(r.markers.written).toEqual([
        { producerId, producerEpoch: 0, coordinatorEpoch: 7, committed: true, partitions: [tp('a', 0)] },
      ]);
    });

    test('a transaction found Ongoing is aborted once its timeout passes', async () => {
      const h = await txnHarness();
      const { producerId } = await begin(h, 'tx', 20_000);
      h.service.addPartitions('tx', producerId, 0, [tp('a', 0)]);
      const r = await h.restart();
      expect(stateOf(r, 'tx')?.state).toBe(TxnState.Ongoing);
      r.scheduler.advance(10_000);
      expect(stateOf(r, 'tx')?.state).toBe(TxnState.Ongoing);
      r.scheduler.advance(20_000);
      expect(stateOf(r, 'tx')).toMatchObject({ state: TxnState.CompleteAbort, producerEpoch: 1 });
      expect(r.markers.written).toEqual([
        { producerId, producerEpoch: 1, coordinatorEpoch: 7, committed: false, partitions: [tp('a', 0)] },
      ]);
    });

    test('while a partition loads, requests get COORDINATOR_LOAD_IN_PROGRESS; another broker gets NOT_COORDINATOR', async () => {
      const h = await txnHarness();
      for (let i = 0; i < 5; i++) h.service.initProducerId('tx', 60_000, null);
      h.service.close();
      const { TransactionCoordinatorService } = await import('../../src/txn/service');
      const { silent } = await import('../helpers/harness');
      const service = new TransactionCoordinatorService({
        logs: h.logs,
        logger: silent,
        scheduler: h.scheduler,
        markers: new RecordingMarkers(),
        producerIds: new Counter(),
        config: { transactionTopicPartitions: PARTITIONS },
        loadChunkBatches: 1,
      });
      const loaded = service.load([service.partitionFor('tx')]);
      expect(service.initProducerId('tx', 60_000, null).errorName).toBe('COORDINATOR_LOAD_IN_PROGRESS');
      expect(service.describe('tx').errorName).toBe('COORDINATOR_LOAD_IN_PROGRESS');
      expect(service.list([], [], -1).errorName).toBe('COORDINATOR_LOAD_IN_PROGRESS');
      await loaded;
      expect(service.initProducerId('tx', 60_000, null)).toMatchObject({ errorName: null, producerEpoch: 5 });
      expect(service.initProducerId('tx', 60_000, null, () => false).errorName).toBe('NOT_COORDINATOR');
      expect(service.endTransaction('tx', 1000, 5, true, false, () => false).errorName).toBe('NOT_COORDINATOR');
      service.close();
    });
  });

  describe('DescribeTransactions / ListTransactions', () => {
    test('filters by state, producer id and duration; unknown state names are reported', async () => {
      const h = await txnHarness();
      const a = await begin(h, 'a');
      h.service.addPartitions('a', a.producerId, 0, [tp('t', 0)]);
      h.scheduler.advance(5_000);
      const b = await begin(h, 'b');
      h.service.addPartitions('b', b.producerId, 0, [tp('t', 1)]);
      await begin(h, 'c');
      const ids = (r: { transactions: { transactionalId: string }[] }) =>
        r.transactions.map((t) => t.transactionalId).sort();
      expect(ids(h.service.list([], [], -1))).toEqual(['a', 'b', 'c']);
      expect(ids(h.service.list(['Ongoing'], [], -1))).toEqual(['a', 'b']);
      expect(ids(h.service.list([], [b.producerId], -1))).toEqual(['b']);
      expect(ids(h.service.list(['Ongoing'], [], 1_000))).toEqual(['a']);
      const unknown = h.service.list(['Ongoing', 'Bogus'], [], -1);
      expect(unknown.unknownStateFilters).toEqual(['Bogus']);
      expect(h.service.list([], [], -1).transactions.find((t) => t.transactionalId === 'c')).toEqual({
        transactionalId: 'c',
        producerId: expect.any(Number),
        state: 'Empty',
      });
      expect(h.service.describe('unknown').errorName).toBe('TRANSACTIONAL_ID_NOT_FOUND');
      expect(h.service.describe('').errorName).toBe('INVALID_REQUEST');
      // Only the partitions the receiving broker coordinates are listed.
      const pa = h.service.partitionFor('a');
      expect(ids(h.service.list([], [], -1, (p) => p === pa))).toEqual(
        ['a', 'b', 'c'].filter((id) => h.service.partitionFor(id) === pa),
      );
    });
  });
});
