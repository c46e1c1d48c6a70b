// Transactions in the partition log, on every backend: control markers (Kafka's EndTransactionMarker batch), the
// `.txnindex` of aborted transactions (its bytes, lazy creation, truncation, deletion with its segment, rebuild after
// an unclean stop), the last stable offset, and collectAbortedTransactions across segments. A property runs random
// transactional workloads through appends, rolls, clean and unclean reopens, power cuts (FaultyFs) and truncations,
// and checks the indexes, the LSO and every range lookup against a model computed from the batches kept.
import { join } from 'node:path';
import { BatchHeaderView, buildRecordBatch, readBatchHeader, RecordIterator } from '@samsa/protocol';
import {
  ABORTED_TXN_SIZE,
  FaultyFs,
  InvalidProducerEpochError,
  TransactionCoordinatorFencedError,
  TXN_INDEX_SUFFIX,
  asOffset,
  offsetFileName,
  type AbortedTxn,
  type PartitionLog,
  type SegmentIO,
} from '../src';
import { backends, withNativeCrc } from './helpers/backends';
import { makeBatch, randInt } from './helpers/batches';
import { openLog, partitionDir, readAll, type OpenOpts } from './helpers/log';
import { pick, propertySeeds, withSeed } from './helpers/property';

const T0 = 1_700_000_000_000;

function txnBatch(
  pid: number,
  seq: number,
  count = 1,
  o: { epoch?: number; ts?: number; transactional?: boolean } = {},
): Buffer {
  return buildRecordBatch({
    records: Array.from({ length: count }, (_, i) => ({ value: Buffer.from(`p${pid}s${seq + i}`) })),
    baseTimestamp: o.ts ?? T0,
    producerId: pid,
    producerEpoch: o.epoch ?? 0,
    baseSequence: seq,
    transactional: o.transactional ?? true,
  });
}

const abort = (log: PartitionLog, pid: number, o: { epoch?: number; coordinatorEpoch?: number } = {}) =>
  log.appendControlMarker({
    producerId: pid,
    producerEpoch: o.epoch ?? 0,
    coordinatorEpoch: o.coordinatorEpoch ?? 0,
    type: 'ABORT',
    leaderEpoch: 1,
    now: T0,
  });
const commit = (log: PartitionLog, pid: number, o: { epoch?: number; coordinatorEpoch?: number } = {}) =>
  log.appendControlMarker({
    producerId: pid,
    producerEpoch: o.epoch ?? 0,
    coordinatorEpoch: o.coordinatorEpoch ?? 0,
    type: 'COMMIT',
    leaderEpoch: 1,
    now: T0,
  });

const txnIndexPath = (root: string, base: number): string =>
  join(partitionDir(root), offsetFileName(base, TXN_INDEX_SUFFIX));

/** Decodes a .txnindex file by Kafka's AbortedTxn layout. */
function decodeTxnIndex(bytes: Buffer): Array<AbortedTxn & { version: number }> {
  expect(bytes.length % ABORTED_TXN_SIZE).toBe(0);
  const out: Array<AbortedTxn & { version: number }> = [];
  for (let p = 0; p < bytes.length; p += 34) {
    out.push({
      version: bytes.readInt16BE(p),
      producerId: Number(bytes.readBigInt64BE(p + 2)),
      firstOffset: Number(bytes.readBigInt64BE(p + 10)),
      lastOffset: Number(bytes.readBigInt64BE(p + 18)),
      lastStableOffset: Number(bytes.readBigInt64BE(p + 26)),
    });
  }
  return out;
}

const withHw = (log: PartitionLog): PartitionLog => {
  log.setHighWatermark(log.logEndOffset);
  return log;
};

describe.each(backends)('transactions in PartitionLog on $name', (backend) => {
  withNativeCrc();
  let io: SegmentIO;
  let root: string;
  let cleanup: () => void;
  beforeEach(() => ({ io, root, cleanup } = backend.make()));
  afterEach(() => cleanup());

  it("writes a marker as Kafka's EndTransactionMarker control batch", () => {
    const log = openLog(io, root);
    log.append(txnBatch(9, 0, 3), { leaderEpoch: 1 });
    const r = log.appendControlMarker({
      producerId: 9,
      producerEpoch: 4,
      coordinatorEpoch: 17,
      type: 'COMMIT',
      leaderEpoch: 1,
      now: T0 + 5,
    });
    expect(r).toMatchObject({
      baseOffset: 3,
      lastOffset: 3,
      completedTxns: [{ producerId: 9, firstOffset: 0, lastOffset: 3, isAborted: false }],
    });
    const marker = readAll(log)[1] as Buffer;
    const h = new BatchHeaderView().at(marker, 0);
    expect([
      h.baseOffset,
      h.isControl,
      h.isTransactional,
      h.producerId,
      h.producerEpoch,
      h.baseSequence,
      h.lastOffsetDelta,
    ]).toEqual([3, true, true, 9, 4, -1, 0]);
    expect([h.maxTimestamp, h.partitionLeaderEpoch]).toEqual([T0 + 5, 1]);
    const it = new RecordIterator(marker, 0);
    expect(it.next()).toBe(true);
    expect(it.record.key()?.toString('hex')).toBe('00000001');
    expect(it.record.value()?.toString('hex')).toBe('000000000011');
    expect(it.next()).toBe(false);
    // ABORT is type 0. (The marker moved the producer to epoch 4, whose sequences start at 0.)
    log.append(txnBatch(9, 0, 1, { epoch: 4 }), { leaderEpoch: 1 });
    abort(log, 9, { epoch: 4, coordinatorEpoch: 17 });
    const it2 = new RecordIterator(readAll(log)[3] as Buffer, 0);
    it2.next();
    expect(it2.record.key()?.toString('hex')).toBe('00000000');
    log.close();
  });

  it('refuses markers from an older coordinator or producer epoch and writes nothing', () => {
    const log = openLog(io, root);
    log.append(txnBatch(5, 0, 1, { epoch: 2 }), { leaderEpoch: 1 });
    commit(log, 5, { epoch: 2, coordinatorEpoch: 3 });
    log.append(txnBatch(5, 1, 1, { epoch: 2 }), { leaderEpoch: 1 });
    const end = log.logEndOffset;
    expect(() => abort(log, 5, { epoch: 2, coordinatorEpoch: 2 })).toThrow(TransactionCoordinatorFencedError);
    expect(() => abort(log, 5, { epoch: 1, coordinatorEpoch: 3 })).toThrow(InvalidProducerEpochError);
    expect(log.logEndOffset).toBe(end);
    expect(log.producerState.firstUnstableOffset()).toBe(2);
    // A newer producer epoch (the coordinator fencing the producer) is accepted.
    expect(abort(log, 5, { epoch: 3, coordinatorEpoch: 3 }).completedTxns).toEqual([
      { producerId: 5, firstOffset: 2, lastOffset: 3, isAborted: true },
    ]);
    log.close();
  });

  it("creates .txnindex on the first abort and records Kafka's AbortedTxn with the LSO after it", () => {
    const log = withHw(openLog(io, root));
    log.append(makeBatch(2, T0), { leaderEpoch: 1 }); // 0-1, plain
    log.append(txnBatch(1, 0, 2), { leaderEpoch: 1 }); // 2-3
    log.append(txnBatch(2, 0, 1), { leaderEpoch: 1 }); // 4
    commit(log, 1); // 5
    expect(io.exists(txnIndexPath(root, 0))).toBe(false);
    log.append(txnBatch(3, 0, 1), { leaderEpoch: 1 }); // 6
    abort(log, 2); // 7: producer 3's transaction (from 6) is still open
    abort(log, 3); // 8: nothing open after it
    expect(decodeTxnIndex(io.readFile(txnIndexPath(root, 0)) as Buffer)).toEqual([
      { version: 0, producerId: 2, firstOffset: 4, lastOffset: 7, lastStableOffset: 6 },
      { version: 0, producerId: 3, firstOffset: 6, lastOffset: 8, lastStableOffset: 9 },
    ]);
    expect(log.abortedTransactions()).toEqual([
      { producerId: 2, firstOffset: 4, lastOffset: 7, lastStableOffset: 6 },
      { producerId: 3, firstOffset: 6, lastOffset: 8, lastStableOffset: 9 },
    ]);
    log.close();
  });

  it('keeps the last stable offset at the oldest open transaction, capped by the high watermark', () => {
    const log = openLog(io, root);
    log.append(makeBatch(3, T0), { leaderEpoch: 1 }); // 0-2
    expect(log.lastStableOffset).toBe(0); // the high watermark is still 0
    log.setHighWatermark(log.logEndOffset);
    expect(log.lastStableOffset).toBe(3);
    log.append(txnBatch(1, 0, 2), { leaderEpoch: 1 }); // 3-4
    log.append(txnBatch(2, 0, 1), { leaderEpoch: 1 }); // 5
    log.append(makeBatch(1, T0), { leaderEpoch: 1 }); // 6
    log.setHighWatermark(log.logEndOffset);
    expect(log.lastStableOffset).toBe(3);
    commit(log, 1); // 7
    log.setHighWatermark(log.logEndOffset);
    expect(log.lastStableOffset).toBe(5);
    log.append(txnBatch(1, 2, 1), { leaderEpoch: 1 }); // 8
    abort(log, 2); // 9
    log.setHighWatermark(log.logEndOffset);
    expect(log.lastStableOffset).toBe(8);
    commit(log, 1); // 10
    expect(log.lastStableOffset).toBe(10); // high watermark not moved yet
    log.setHighWatermark(log.logEndOffset);
    expect(log.lastStableOffset).toBe(11);
    log.close();
  });

  it('collects the aborted transactions overlapping a range across segments, stopping at the LSO bound', () => {
    const log = withHw(openLog(io, root));
    log.append(txnBatch(1, 0, 2), { leaderEpoch: 1 }); // 0-1
    log.append(txnBatch(2, 0, 1), { leaderEpoch: 1 }); // 2
    log.roll();
    log.append(txnBatch(1, 2, 1), { leaderEpoch: 1 }); // 3
    abort(log, 1); // 4: [0, 4] ends in the second segment
    log.append(txnBatch(3, 0, 1), { leaderEpoch: 1 }); // 5
    log.roll();
    abort(log, 3); // 6
    abort(log, 2); // 7
    log.append(txnBatch(4, 0, 2), { leaderEpoch: 1 }); // 8-9
    abort(log, 4); // 10
    expect(log.segmentBaseOffsets()).toEqual([0, 3, 6]);
    const p = (id: number, first: number) => ({ producerId: id, firstOffset: first });
    expect(log.collectAbortedTransactions(0, 11)).toEqual([p(1, 0), p(3, 5), p(2, 2), p(4, 8)]);
    expect(log.collectAbortedTransactions(0, 1)).toEqual([p(1, 0)]);
    expect(log.collectAbortedTransactions(0, 3)).toEqual([p(1, 0), p(2, 2)]);
    expect(log.collectAbortedTransactions(5, 6)).toEqual([p(3, 5), p(2, 2)]);
    expect(log.collectAbortedTransactions(7, 8)).toEqual([p(2, 2)]);
    expect(log.collectAbortedTransactions(8, 11)).toEqual([p(4, 8)]);
    expect(log.collectAbortedTransactions(11, 12)).toEqual([]);
    // Commits leave no entries.
    commit(log, 5);
    expect(log.collectAbortedTransactions(11, 12)).toEqual([]);
    log.close();
  });

  it('truncation drops the entries of markers it cuts; retention and DeleteRecords delete the index with its segment', () => {
    const log = withHw(openLog(io, root, { config: { 'file.delete.delay.ms': 0 } }));
    log.append(txnBatch(1, 0), { leaderEpoch: 1 }); // 0
    abort(log, 1); // 1
    log.append(txnBatch(1, 1), { leaderEpoch: 1 }); // 2
    abort(log, 1); // 3
    log.append(txnBatch(1, 2), { leaderEpoch: 1 }); // 4
    abort(log, 1); // 5
    expect(io.fileSize(txnIndexPath(root, 0))).toBe(3 * 34);
    log.setHighWatermark(log.logEndOffset);
    log.truncateTo(asOffset(3));
    expect(io.fileSize(txnIndexPath(root, 0))).toBe(34);
    expect(log.abortedTransactions().map((t) => t.lastOffset)).toEqual([1]);
    expect(log.lastStableOffset).toBe(2); // the transaction from 2 is open again
    abort(log, 1); // 3 again
    expect(log.abortedTransactions().map((t) => [t.firstOffset, t.lastOffset])).toEqual([
      [0, 1],
      [2, 3],
    ]);
    log.roll();
    log.append(txnBatch(1, 2), { leaderEpoch: 1 }); // 4 (sequence 2 was cut with its batch)
    abort(log, 1); // 5
    log.roll();
    log.append(makeBatch(1, T0), { leaderEpoch: 1 }); // 6
    log.setHighWatermark(log.logEndOffset);
    expect(io.exists(txnIndexPath(root, 4))).toBe(true);
    log.deleteRecordsBefore(6);
    log.deleteOldSegments(T0);
    expect(log.segmentBaseOffsets()).toEqual([6]);
    expect(io.exists(txnIndexPath(root, 0))).toBe(false);
    expect(io.exists(txnIndexPath(root, 4))).toBe(false);
    expect(io.readdir(partitionDir(root)).filter((n) => n.includes('txnindex'))).toEqual([]);
    expect(log.collectAbortedTransactions(6, 7)).toEqual([]);
    log.close();
  });

  it('keeps the index and the LSO across a clean restart (open transactions come back from the snapshot)', () => {
    let log = withHw(openLog(io, root));
    log.append(txnBatch(1, 0, 2), { leaderEpoch: 1 }); // 0-1
    log.append(txnBatch(2, 0), { leaderEpoch: 1 }); // 2
    abort(log, 1); // 3
    log.setHighWatermark(log.logEndOffset);
    expect(log.lastStableOffset).toBe(2);
    log.close();
    log = openLog(io, root, { highWatermark: 4 });
    expect(log.lastStableOffset).toBe(2);
    expect(log.abortedTransactions()).toEqual([{ producerId: 1, firstOffset: 0, lastOffset: 3, lastStableOffset: 2 }]);
    commit(log, 2);
    log.setHighWatermark(log.logEndOffset);
    expect(log.lastStableOffset).toBe(5);
    log.close();
  });

  it('rebuilds the index after an unclean stop, byte for byte, and replaces a damaged one', () => {
    let log = withHw(openLog(io, root, { config: { 'segment.bytes': 400 } }));
    for (let i = 0; i < 12; i++) {
      log.append(txnBatch(1, i), { leaderEpoch: 1 });
      log.append(txnBatch(2, i), { leaderEpoch: 1 });
      if (i % 3 === 0) abort(log, 1);
      else commit(log, 1);
      if (i % 2 === 0) abort(log, 2);
    }
    log.append(txnBatch(3, 0), { leaderEpoch: 1 }); // left open
    expect(log.segmentCount).toBeGreaterThan(2);
    const bases = log.segmentBaseOffsets();
    const expected = new Map(bases.map((b) => [b, io.readFile(txnIndexPath(root, b))]));
    const aborted = log.abortedTransactions();
    const lso = log.lastStableOffset;
    log.close();
    // Unclean start: every segment is rescanned; one index is damaged (a partial entry), one is missing.
    const damaged = bases.find((b) => expected.get(b) !== null) as number;
    io.writeFileAtomic(
      txnIndexPath(root, damaged),
      Buffer.concat([expected.get(damaged) as Buffer, Buffer.alloc(7, 1)]),
    );
    const missing = bases.filter((b) => expected.get(b) !== null)[1] as number;
    io.unlink(txnIndexPath(root, missing));
    // An index whose segment is gone is a leftover.
    io.writeFileAtomic(txnIndexPath(root, 999_999), Buffer.alloc(34));
    log = openLog(io, root, { clean: false, recoveryPoint: 0, highWatermark: lso, config: { 'segment.bytes': 400 } });
    for (const b of bases) expect([b, io.readFile(txnIndexPath(root, b))]).toEqual([b, expected.get(b)]);
    expect(io.exists(txnIndexPath(root, 999_999))).toBe(false);
    expect(log.abortedTransactions()).toEqual(aborted);
    expect(log.lastStableOffset).toBe(lso);
    log.close();
  });
});

// ------------------------------------------------------------------ property

interface ModelTxn extends AbortedTxn {}

/** What the log should hold, computed from its batches alone: aborted transactions and open transactions. */
function model(batches: readonly Buffer[]): { aborted: ModelTxn[]; firstUnstable: number } {
  const ongoing = new Map<number, number>();
  const aborted: ModelTxn[] = [];
  for (const b of batches) {
    const h = readBatchHeader(b);
    if (h.producerId < 0 || !(h.attributes & 0x10)) continue;
    const last = h.baseOffset + h.lastOffsetDelta;
    if (h.attributes & 0x20) {
      const it = new RecordIterator(b, 0);
      it.next();
      const type = (it.record.key() as Buffer).readInt16BE(2);
      const first = ongoing.get(h.producerId) ?? last;
      ongoing.delete(h.producerId);
      const others = [...ongoing.values()];
      if (type === 0)
        aborted.push({
          producerId: h.producerId,
          firstOffset: first,
          lastOffset: last,
          lastStableOffset: others.length ? Math.min(...others) : last + 1,
        });
    } else if (!ongoing.has(h.producerId)) ongoing.set(h.producerId, h.baseOffset);
  }
  const open = [...ongoing.values()];
  return { aborted, firstUnstable: open.length ? Math.min(...open) : -1 };
}

/** Every stored index, the LSO and random range lookups agree with the model of the log's own batches. */
function expectMatchesModel(log: PartitionLog, rng: () => number): void {
  const m = model(readAll(log));
  expect(log.abortedTransactions()).toEqual(m.aborted);
  const hw = log.highWatermark;
  expect(log.lastStableOffset).toBe(
    m.firstUnstable < 0 ? hw : Math.min(Math.max(m.firstUnstable, log.logStartOffset), hw),
  );
  for (let i = 0; i < 20; i++) {
    const start = randInt(rng, log.logStartOffset, log.logEndOffset);
    const upper = randInt(rng, start, log.logEndOffset + 1);
    const expected = m.aborted
      .filter((t) => t.lastOffset >= start && t.firstOffset < upper)
      .map((t) => ({ producerId: t.producerId, firstOffset: t.firstOffset }));
    expect([start, upper, log.collectAbortedTransactions(start, upper)]).toEqual([start, upper, expected]);
  }
}

/** A random transactional workload: three transactional producers, one idempotent, plain batches. */
function workload(log: PartitionLog, rng: () => number, steps: number, seqs: Map<number, number>): void {
  for (let i = 0; i < steps; i++) {
    const r = rng();
    const pid = pick(rng, [1, 2, 3]);
    if (r < 0.45) {
      const count = randInt(rng, 1, 4);
      const seq = seqs.get(pid) ?? 0;
      log.append(txnBatch(pid, seq, count), { leaderEpoch: 1 });
      seqs.set(pid, seq + count);
    } else if (r < 0.7) {
      if (rng() < 0.5) abort(log, pid);
      else commit(log, pid);
    } else if (r < 0.8) {
      const seq = seqs.get(7) ?? 0;
      log.append(txnBatch(7, seq, 2, { transactional: false }), { leaderEpoch: 1 });
      seqs.set(7, seq + 2);
    } else if (r < 0.95) log.append(makeBatch(randInt(rng, 1, 3), T0), { leaderEpoch: 1 });
    else log.roll();
    if (rng() < 0.8) log.setHighWatermark(log.logEndOffset);
  }
}

describe.each(backends)('transaction index property on $name', (backend) => {
  withNativeCrc();

  it.each(propertySeeds([1, 2, 3, 4, 1245501277]))(
    'seed %i: appends, reopens, power cuts and truncations keep the index and LSO exact',
    async (seed) => {
      await withSeed(seed, async (rng) => {
        const { io: inner, root, cleanup } = backend.make();
        try {
          let io = new FaultyFs(inner);
          const flushMessages = pick(rng, [1, 5, 0]);
          const config = {
            'segment.bytes': randInt(rng, 300, 1500),
            'file.delete.delay.ms': 0,
            ...(flushMessages > 0 ? { 'flush.messages': flushMessages } : {}),
          };
          const open = (o: OpenOpts = {}): PartitionLog => openLog(io, root, { config, ...o });
          let log = open();
          let seqs = new Map<number, number>();
          // After a cut, each producer the state still knows continues after its last sequence; the others are
          // unknown again, and Kafka accepts any sequence from them.
          const nextSeqs = (): Map<number, number> =>
            new Map([...log.producerState.entries()].map((e) => [e.producerId, (e.batches.at(-1)?.lastSeq ?? -1) + 1]));
          for (let round = 0; round < 6; round++) {
            workload(log, rng, randInt(rng, 10, 40), seqs);
            expectMatchesModel(log, rng);
            const action = pick(rng, ['clean', 'unclean', 'crash', 'truncate'] as const);
            if (action === 'clean') {
              log.close();
              log = open({ clean: true, highWatermark: Number.MAX_SAFE_INTEGER });
            } else if (action === 'unclean') {
              log.close();
              log = open({ clean: false, recoveryPoint: randInt(rng, 0, log.logEndOffset) });
              log.setHighWatermark(log.logEndOffset);
            } else if (action === 'crash') {
              if (rng() < 0.5) await log.flushed();
              const checkpoint = log.recoveryPoint;
              io.crash();
              io = new FaultyFs(inner);
              log = open({ clean: false, recoveryPoint: checkpoint });
              log.setHighWatermark(log.logEndOffset);
              seqs = nextSeqs();
            } else {
              log.truncateTo(asOffset(randInt(rng, log.logStartOffset, log.logEndOffset)));
              seqs = nextSeqs();
            }
            expectMatchesModel(log, rng);
          }
          await log.flushed();
          log.close();
        } finally {
          cleanup();
        }
      });
    },
    // Hundreds of appends, reopens and power cuts per seed: seconds on a loaded machine.
    30_000,
  );
});
