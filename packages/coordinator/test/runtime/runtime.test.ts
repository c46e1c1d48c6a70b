import { BatchHeaderView, buildRecordBatch, KafkaError, RecordIterator } from '@samsa/protocol';
import { MemoryCoordinatorLog } from '../helpers/memory-coordinator-log';
import { CoordinatorError } from '../../src/runtime/errors';
import {
  CoordinatorRuntime,
  type CoordinatorShard,
  type RecordSerde,
  type ShardContext,
} from '../../src/runtime/runtime';
import { ManualScheduler } from '../../src/runtime/scheduler';
import { CONTROL_ABORT, CONTROL_COMMIT, readControlType, type ReplayMeta } from '../../src/runtime/txn';
import { MemoryLogs, silent } from '../helpers/harness';

/**
 * A counter shard: records are numbers added to a total; numbers from a transactional batch wait per producer until
 * its marker (added on commit, dropped on abort).
 */
class CounterShard implements CoordinatorShard<number> {
  total = 0;
  loaded = false;
  unloaded = false;
  readonly pending = new Map<number, number>();
  readonly metas: ReplayMeta[] = [];
  readonly markers: [number, number, boolean][] = [];
  readonly ctx: ShardContext<number>;
  constructor(ctx: ShardContext<number>) {
    this.ctx = ctx;
  }
  replay(n: number, meta: ReplayMeta): void {
    this.metas.push(meta);
    if (meta.producerId >= 0) this.pending.set(meta.producerId, (this.pending.get(meta.producerId) ?? 0) + n);
    else this.total += n;
  }
  replayEndTransactionMarker(producerId: number, producerEpoch: number, committed: boolean): void {
    this.markers.push([producerId, producerEpoch, committed]);
    if (committed) this.total += this.pending.get(producerId) ?? 0;
    this.pending.delete(producerId);
  }
  onLoaded(): void {
    this.loaded = true;
  }
  onUnloaded(): void {
    this.unloaded = true;
  }
}

/** Numbers as record values (decimal text) in real v2 batches; a value that is not a number fails the replay. */
const serde: RecordSerde<number> = {
  serialize: (records, now, txn) =>
    buildRecordBatch({
      baseTimestamp: now,
      ...(txn ? { producerId: txn.producerId, producerEpoch: txn.producerEpoch, transactional: true } : {}),
      records: records.map((n) => ({ key: null, value: Buffer.from(String(n)) })),
    }),
  deserialize: (batch) => {
    const out: number[] = [];
    const it = new RecordIterator(batch, 0);
    while (it.next()) {
      const n = Number(it.record.value()?.toString());
      if (!Number.isFinite(n)) throw new Error('not a number');
      out.push(n);
    }
    return out;
  },
};

const valuesOf = (batch: Buffer): string[] => {
  const out: string[] = [];
  const it = new RecordIterator(batch, 0);
  while (it.next()) out.push(it.record.value()?.toString() ?? '');
  return out;
};

function runtime(logs = new MemoryLogs(), loadChunkBatches?: number) {
  const scheduler = new ManualScheduler();
  const shards: CounterShard[] = [];
  const rt = new CoordinatorRuntime<CounterShard, number>({
    serde,
    logs,
    scheduler,
    logger: silent,
    loadChunkBatches,
    createShard: (ctx) => {
      const s = new CounterShard(ctx);
      shards.push(s);
      return s;
    },
  });
  return { rt, scheduler, shards, logs };
}

describe('CoordinatorRuntime', () => {
  it('appends the records of a write as one batch, replays them, then answers', async () => {
    const { rt, logs } = runtime();
    await rt.load([0]);
    expect(rt.write(0, () => ({ records: [1, 2, 3], response: 'ok' }))).toBe('ok');
    expect(rt.read(0, (s) => s.total)).toBe(6);
    expect([...logs.logs.get(0)!.batches()].map(valuesOf)).toEqual([['1', '2', '3']]);
  });

  it('does not replay records of results that mutate state themselves, and reports the append', async () => {
    const { rt } = runtime();
    await rt.load([0]);
    const seen: (Error | null)[] = [];
    rt.write(0, () => ({ records: [5], response: undefined, replay: false, appended: (e) => seen.push(e) }));
    expect(rt.read(0, (s) => s.total)).toBe(0);
    expect(seen).toEqual([null]);
  });

  it('a failed append leaves replayed state untouched and throws the mapped error', async () => {
    const { rt, logs } = runtime();
    await rt.load([0]);
    rt.write(0, () => ({ records: [1], response: undefined }));
    logs.logs.get(0)!.failNextAppend(new KafkaError('KAFKA_STORAGE_ERROR', 'EIO'));
    expect(() => rt.write(0, () => ({ records: [100], response: undefined }))).toThrow(
      expect.objectContaining({ errorName: 'NOT_COORDINATOR' }),
    );
    expect(rt.read(0, (s) => s.total)).toBe(1);
  });

  it('a failed append of in-place state changes reloads the shard from its log', async () => {
    const { rt, logs, shards } = runtime();
    await rt.load([0]);
    rt.write(0, () => ({ records: [7], response: undefined }));
    shards[0]!.total = 999; // a change the log does not hold
    logs.logs.get(0)!.failNextAppend(new Error('boom'));
    expect(() => rt.write(0, () => ({ records: [1], response: undefined, replay: false }))).toThrow(CoordinatorError);
    expect(shards[0]!.unloaded).toBe(true);
    expect(rt.read(0, (s) => s.total)).toBe(7);
  });

  it('answers COORDINATOR_LOAD_IN_PROGRESS while a partition replays, then serves the replayed state', async () => {
    const logs = new MemoryLogs();
    const log = logs.open(3);
    for (let i = 1; i <= 10; i++) log.append(serde.serialize([i], 0));
    const { rt } = runtime(logs, 2);
    const loading = rt.load([3]);
    expect(rt.status(3)).toBe('loading');
    expect(() => rt.read(3, (s) => s.total)).toThrow(
      expect.objectContaining({ errorName: 'COORDINATOR_LOAD_IN_PROGRESS' }),
    );
    await loading;
    expect(rt.status(3)).toBe('active');
    expect(rt.read(3, (s) => [s.total, s.loaded])).toEqual([55, true]);
  });

  it('a partition whose log does not replay is unavailable (COORDINATOR_NOT_AVAILABLE)', async () => {
    const logs = new MemoryLogs();
    logs.open(1).append(buildRecordBatch({ records: [{ key: null, value: Buffer.from('not a number') }] }));
    const { rt } = runtime(logs);
    await rt.load([1]);
    expect(rt.status(1)).toBe('failed');
    expect(() => rt.write(1, () => ({ records: [], response: 0 }))).toThrow(
      expect.objectContaining({ errorName: 'COORDINATOR_NOT_AVAILABLE' }),
    );
  });

  it('runs timer operations through the log; rescheduling a key replaces it; close cancels timers', async () => {
    const { rt, scheduler, shards } = runtime();
    await rt.load([0]);
    const timer = shards[0]!.ctx.timer;
    timer.schedule('a', 100, () => ({ records: [1], response: undefined }));
    timer.schedule('a', 200, () => ({ records: [10], response: undefined }));
    timer.schedule('b', 50, () => ({ records: [100], response: undefined }));
    scheduler.advance(100);
    expect(rt.read(0, (s) => s.total)).toBe(100);
    scheduler.advance(100);
    expect(rt.read(0, (s) => s.total)).toBe(110);
    timer.schedule('c', 10, () => ({ records: [1000], response: undefined }));
    rt.close();
    scheduler.advance(10);
    expect(shards[0]!.total).toBe(110);
    expect(shards[0]!.unloaded).toBe(true);
    expect(() => rt.read(0, (s) => s.total)).toThrow(expect.objectContaining({ errorName: 'NOT_COORDINATOR' }));
  });
});

describe('CoordinatorRuntime transactions', () => {
  const view = new BatchHeaderView();

  it('writes a transactional batch of the producer and replays its records with the producer id', async () => {
    const { rt, logs, shards } = runtime();
    await rt.load([0]);
    rt.write(0, () => ({ records: [1], response: undefined }));
    expect(
      rt.writeTransactional(0, { producerId: 42, producerEpoch: 3 }, () => ({ records: [10, 20], response: 'ok' })),
    ).toBe('ok');
    const batch = [...logs.logs.get(0)!.batches()][1]!;
    view.at(batch, 0);
    expect([view.isTransactional, view.isControl, view.producerId, view.producerEpoch, view.baseOffset]).toEqual([
      true,
      false,
      42,
      3,
      1,
    ]);
    expect(shards[0]!.metas.slice(1)).toEqual([
      { offset: 1, producerId: 42, producerEpoch: 3 },
      { offset: 1, producerId: 42, producerEpoch: 3 },
    ]);
    expect(rt.read(0, (s) => [s.total, s.pending.get(42)])).toEqual([1, 30]);
  });

  it('the log fences an older epoch of the producer: INVALID_PRODUCER_EPOCH, nothing appended or replayed', async () => {
    const { rt, logs } = runtime();
    await rt.load([0]);
    rt.writeTransactional(0, { producerId: 7, producerEpoch: 2 }, () => ({ records: [5], response: undefined }));
    expect(() =>
      rt.writeTransactional(0, { producerId: 7, producerEpoch: 1 }, () => ({ records: [50], response: undefined })),
    ).toThrow(expect.objectContaining({ errorName: 'INVALID_PRODUCER_EPOCH' }));
    expect(logs.logs.get(0)!.size).toBe(1);
    expect(rt.read(0, (s) => s.pending.get(7))).toBe(5);
    // The same or a newer epoch is accepted.
    rt.writeTransactional(0, { producerId: 7, producerEpoch: 3 }, () => ({ records: [1], response: undefined }));
    expect(rt.read(0, (s) => s.pending.get(7))).toBe(6);
  });

  it('completeTransaction appends a control batch and applies it; commit and abort', async () => {
    const { rt, logs } = runtime();
    await rt.load([0]);
    rt.writeTransactional(0, { producerId: 1, producerEpoch: 0 }, () => ({ records: [100], response: undefined }));
    rt.writeTransactional(0, { producerId: 2, producerEpoch: 0 }, () => ({ records: [1000], response: undefined }));
    rt.completeTransaction(0, 1, 0, 5, true);
    rt.completeTransaction(0, 2, 0, 5, false);
    expect(rt.read(0, (s) => [s.total, s.pending.size])).toEqual([100, 0]);
    const batches = [...logs.logs.get(0)!.batches()];
    expect(batches).toHaveLength(4);
    const markers = batches.slice(2).map((b) => {
      view.at(b, 0);
      return [view.isControl, view.isTransactional, view.producerId, view.baseOffset, readControlType(b, 0)];
    });
    expect(markers).toEqual([
      [true, true, 1, 2, CONTROL_COMMIT],
      [true, true, 2, 3, CONTROL_ABORT],
    ]);
  });

  it('a fenced marker throws the log error and changes nothing', async () => {
    const { rt, logs } = runtime();
    await rt.load([0]);
    rt.writeTransactional(0, { producerId: 1, producerEpoch: 4 }, () => ({ records: [9], response: undefined }));
    rt.completeTransaction(0, 1, 4, 10, false);
    rt.writeTransactional(0, { producerId: 1, producerEpoch: 4 }, () => ({ records: [3], response: undefined }));
    expect(() => rt.completeTransaction(0, 1, 4, 9, true)).toThrow(
      expect.objectContaining({ errorName: 'TRANSACTION_COORDINATOR_FENCED' }),
    );
    expect(() => rt.completeTransaction(0, 1, 3, 10, true)).toThrow(
      expect.objectContaining({ errorName: 'INVALID_PRODUCER_EPOCH' }),
    );
    expect(logs.logs.get(0)!.size).toBe(3);
    expect(rt.read(0, (s) => [s.total, s.pending.get(1)])).toEqual([0, 3]);
  });

  it('loading replays transactional batches and markers into the same state as live', async () => {
    const logs = new MemoryLogs();
    const live = runtime(logs);
    await live.rt.load([0]);
    live.rt.write(0, () => ({ records: [1], response: undefined }));
    live.rt.writeTransactional(0, { producerId: 1, producerEpoch: 0 }, () => ({ records: [10], response: undefined }));
    live.rt.writeTransactional(0, { producerId: 2, producerEpoch: 0 }, () => ({ records: [100], response: undefined }));
    live.rt.writeTransactional(0, { producerId: 3, producerEpoch: 0 }, () => ({
      records: [1000],
      response: undefined,
    }));
    live.rt.completeTransaction(0, 1, 0, 0, true);
    live.rt.completeTransaction(0, 2, 0, 0, false);
    const state = (s: CounterShard) => ({
      total: s.total,
      pending: [...s.pending],
      metas: s.metas,
      markers: s.markers,
    });
    const before = live.rt.read(0, state);
    live.rt.close();
    const again = runtime(logs);
    await again.rt.load([0]);
    expect(again.rt.read(0, state)).toEqual(before);
    expect(before).toMatchObject({ total: 11, pending: [[3, 1000]] });
  });

  it('completeTransaction on a partition still loading is COORDINATOR_LOAD_IN_PROGRESS', async () => {
    const logs = new MemoryLogs();
    const log = logs.open(0);
    for (let i = 0; i < 4; i++) log.append(serde.serialize([i], 0));
    const { rt } = runtime(logs, 1);
    const loading = rt.load([0]);
    expect(() => rt.completeTransaction(0, 1, 0, 0, true)).toThrow(
      expect.objectContaining({ errorName: 'COORDINATOR_LOAD_IN_PROGRESS' }),
    );
    await loading;
  });
});

describe('MemoryCoordinatorLog', () => {
  it('keeps copies of appended batches and assigns offsets', () => {
    const log = new MemoryCoordinatorLog();
    const b = serde.serialize([1, 2], 0);
    expect(log.append(b)).toBe(0);
    b.fill(0);
    expect(log.append(serde.serialize([3], 0))).toBe(2);
    expect([...log.batches()].map(valuesOf)).toEqual([['1', '2'], ['3']]);
  });
});
