/**
 * The coordinator runtime (Kafka's CoordinatorRuntime, reduced to one process): one shard per partition of the
 * coordinator's internal topic, each a state machine with its own log and timers.
 *
 * - `write(partition, op)` runs an operation against the shard, appends the records it returns to the partition's
 *   log as one batch, replays them (unless the result says otherwise) and only then releases the response.
 *   Everything is synchronous: operations of one process never interleave, so no locking is needed.
 * - `read(partition, op)` runs a read-only operation.
 * - Loading replays the partition's log into a fresh shard, yielding to the event loop between chunks; until it
 *   finishes, operations fail with COORDINATOR_LOAD_IN_PROGRESS, as in Kafka. Start-up runs the same replay, so
 *   recovery is exercised on every restart (docs/ARCHITECTURE.md §5.6).
 * - Timers are keyed per shard; a timer operation runs through `write`, so its records are appended like any other.
 * - A failed append reports the error to the operation (`appended`), and a shard whose state changed without a
 *   way to undo it is reloaded from its log, which holds exactly what was durable.
 * - Transactions (Kafka's scheduleTransactionalWriteOperation / scheduleTransactionCompletion): `writeTransactional`
 *   appends the operation's records as one transactional batch of the producer (the log fences an older epoch) and
 *   replays them with the producer id, so the shard keeps them pending; `completeTransaction` appends the
 *   end-transaction marker and replays it (`replayEndTransactionMarker`). Loading replays markers found in the log
 *   the same way, so pending and completed transactions come back as they were.
 */
import { BatchHeaderView, BATCH_LENGTH_OFFSET, LOG_OVERHEAD } from '@samsa/protocol';
import type { Logger } from 'pino';
import type { CoordinatorLog } from './coordinator-log';
import { appendErrorToResponseError, CoordinatorError } from './errors';
import type { CoordinatorResult } from './result';
import type { Scheduler } from './scheduler';
import { CONTROL_ABORT, CONTROL_COMMIT, readControlType, type ReplayMeta, type TxnProducer } from './txn';

/** Encodes records as one batch and decodes a batch read back from the log. */
export interface RecordSerde<R> {
  /** One batch; with `txn`, a transactional batch of that producer. */
  serialize(records: readonly R[], now: number, txn?: TxnProducer): Buffer;
  /** The records of one data batch, in order; records of unknown types are left out. */
  deserialize(batch: Buffer): R[];
}

export interface CoordinatorLogProvider {
  /** The partition's log if it already exists (nothing is created). */
  existing(partition: number): CoordinatorLog | null;
  /** The partition's log, created when missing. */
  open(partition: number): CoordinatorLog;
}

/** Keyed timers: scheduling a key again replaces the pending task, as Kafka's CoordinatorTimer does. */
export interface CoordinatorTimer<R> {
  schedule(key: string, delayMs: number, op: () => CoordinatorResult<void, R>): void;
  cancel(key: string): void;
  isScheduled(key: string): boolean;
}

export interface ShardContext<R> {
  readonly partition: number;
  readonly timer: CoordinatorTimer<R>;
  readonly scheduler: Scheduler;
  readonly logger: Logger;
}

export interface CoordinatorShard<R> {
  /** Applies one record; `meta` says which batch (offset, producer) it came from. */
  replay(record: R, meta: ReplayMeta): void;
  /** Applies an end-transaction marker of the producer (shards that take transactional writes). */
  replayEndTransactionMarker?(producerId: number, producerEpoch: number, committed: boolean): void;
  /** The log has been replayed: start timers (session timeouts of loaded members, periodic cleanup). */
  onLoaded(): void;
  /** The shard goes away: answer every parked request so no client waits forever. */
  onUnloaded(): void;
}

export interface RuntimeOptions<S extends CoordinatorShard<R>, R> {
  readonly serde: RecordSerde<R>;
  readonly logs: CoordinatorLogProvider;
  readonly scheduler: Scheduler;
  readonly logger: Logger;
  readonly createShard: (ctx: ShardContext<R>) => S;
  /** Batches replayed between two yields to the event loop while loading. */
  readonly loadChunkBatches?: number;
}

export type ShardStatus = 'loading' | 'active' | 'failed' | 'closed';

interface ShardSlot<S> {
  status: ShardStatus;
  shard: S;
  log: CoordinatorLog | null;
  timer: ShardTimer;
  loaded: Promise<void>;
}

class ShardTimer {
  readonly #tasks = new Map<string, unknown>();
  readonly #scheduler: Scheduler;
  readonly #run: (key: string, op: () => CoordinatorResult<void, unknown>) => void;

  constructor(scheduler: Scheduler, run: (key: string, op: () => CoordinatorResult<void, unknown>) => void) {
    this.#scheduler = scheduler;
    this.#run = run;
  }

  schedule(key: string, delayMs: number, op: () => CoordinatorResult<void, unknown>): void {
    this.cancel(key);
    const handle = this.#scheduler.setTimeout(() => {
      if (this.#tasks.get(key) !== handle) return;
      this.#tasks.delete(key);
      this.#run(key, op);
    }, delayMs);
    this.#tasks.set(key, handle);
  }

  cancel(key: string): void {
    const handle = this.#tasks.get(key);
    if (handle === undefined) return;
    this.#tasks.delete(key);
    this.#scheduler.clearTimeout(handle);
  }

  isScheduled(key: string): boolean {
    return this.#tasks.has(key);
  }

  cancelAll(): void {
    for (const handle of this.#tasks.values()) this.#scheduler.clearTimeout(handle);
    this.#tasks.clear();
  }
}

export class CoordinatorRuntime<S extends CoordinatorShard<R>, R> {
  readonly #o: RuntimeOptions<S, R>;
  readonly #slots = new Map<number, ShardSlot<S>>();
  readonly #view = new BatchHeaderView();
  #closed = false;

  constructor(options: RuntimeOptions<S, R>) {
    this.#o = options;
  }

  get scheduler(): Scheduler {
    return this.#o.scheduler;
  }

  /**
   * Starts loading the partitions not loaded yet; resolves when all of them are active (or failed). One info line
   * sums up the partitions this call loaded (each partition's own line is debug; a failure is an error line).
   */
  load(partitions: Iterable<number>): Promise<void> {
    const started = this.#o.scheduler.now();
    const waits: Promise<void>[] = [];
    const fresh: number[] = [];
    for (const p of partitions) {
      if (!this.#slots.has(p)) fresh.push(p);
      waits.push(this.#slot(p).loaded);
    }
    return Promise.all(waits).then(() => {
      if (fresh.length === 0 || this.#closed) return;
      const failed = fresh.filter((p) => this.status(p) === 'failed');
      this.#o.logger.info(
        { partitions: fresh.length, failed: failed.length, ms: this.#o.scheduler.now() - started },
        'coordinator partitions loaded',
      );
    });
  }

  /**
   * Unloads a partition's shard (parked requests answered, timers stopped) and loads it again from the log the
   * provider gives now: the broker calls it when the partition's leadership moved, so the state is rebuilt from the
   * new leader's replica.
   */
  reload(partition: number): Promise<void> {
    if (this.#closed) return Promise.resolve();
    const slot = this.#slots.get(partition);
    if (slot) {
      this.#unload(partition, slot);
      this.#slots.delete(partition);
    }
    return this.#slot(partition).loaded;
  }

  status(partition: number): ShardStatus | 'unloaded' {
    return this.#slots.get(partition)?.status ?? 'unloaded';
  }

  /** The partitions that have a shard (loaded or loading). */
  partitions(): number[] {
    return [...this.#slots.keys()].sort((a, b) => a - b);
  }

  /** Runs a read-only operation on an active shard. */
  read<T>(partition: number, op: (shard: S) => T): T {
    return op(this.#active(partition).shard);
  }

  /** Runs an operation, appends its records, replays them and returns its response. */
  write<T>(partition: number, op: (shard: S) => CoordinatorResult<T, R>): T {
    const slot = this.#active(partition);
    const res = op(slot.shard);
    this.#commit(partition, slot, res, null);
    return res.response;
  }

  /**
   * `write` for a transaction: the records go into one transactional batch of `txn`, so the log's producer state
   * fences an older epoch (the append error reaches the caller, mapped as for any append), and they are replayed
   * with the producer id: the shard holds them pending until the transaction's marker.
   */
  writeTransactional<T>(partition: number, txn: TxnProducer, op: (shard: S) => CoordinatorResult<T, R>): T {
    const slot = this.#active(partition);
    const res = op(slot.shard);
    this.#commit(partition, slot, res, txn);
    return res.response;
  }

  /**
   * Writes the end-transaction marker of a producer into the partition and applies it to the shard. A fenced
   * marker (older coordinator or producer epoch) throws the log's error and changes nothing; so does a partition
   * that is not loaded (COORDINATOR_LOAD_IN_PROGRESS, NOT_COORDINATOR), which the transaction coordinator retries.
   */
  completeTransaction(
    partition: number,
    producerId: number,
    producerEpoch: number,
    coordinatorEpoch: number,
    committed: boolean,
  ): void {
    const slot = this.#active(partition);
    slot.log ??= this.#o.logs.open(partition);
    if (!slot.log.appendControlMarker)
      throw new CoordinatorError(
        'UNKNOWN_SERVER_ERROR',
        `the log of partition ${partition} takes no transaction markers`,
      );
    slot.log.appendControlMarker({ producerId, producerEpoch, coordinatorEpoch, committed });
    slot.shard.replayEndTransactionMarker?.(producerId, producerEpoch, committed);
  }

  /** Unloads every shard: parked requests are answered, timers stop. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    for (const [partition, slot] of this.#slots) this.#unload(partition, slot);
  }

  #commit<T>(partition: number, slot: ShardSlot<S>, res: CoordinatorResult<T, R>, txn: TxnProducer | null): void {
    if (res.records.length > 0) {
      let offset: number;
      try {
        slot.log ??= this.#o.logs.open(partition);
        const now = this.#o.scheduler.now();
        offset =
          slot.log.append(
            txn ? this.#o.serde.serialize(res.records, now, txn) : this.#o.serde.serialize(res.records, now),
          ) ?? -1;
      } catch (err) {
        this.#o.logger.error({ err, partition, records: res.records.length }, 'appending coordinator records failed');
        try {
          res.appended?.(err as Error);
        } finally {
          // State changed in place and nothing can take it back: rebuild the shard from what the log holds.
          if (res.replay === false && res.appended === undefined) this.#reload(partition, slot);
        }
        throw new CoordinatorError(
          appendErrorToResponseError(err) as 'NOT_COORDINATOR',
          `could not write to the coordinator log: ${(err as Error).message}`,
        );
      }
      if (res.replay !== false) {
        const meta: ReplayMeta = { offset, producerId: txn?.producerId ?? -1, producerEpoch: txn?.producerEpoch ?? -1 };
        for (const r of res.records) slot.shard.replay(r, meta);
      }
    }
    res.appended?.(null);
  }

  #active(partition: number): ShardSlot<S> {
    if (this.#closed) throw new CoordinatorError('NOT_COORDINATOR', 'the coordinator is shutting down');
    const slot = this.#slot(partition);
    switch (slot.status) {
      case 'active':
        return slot;
      case 'loading':
        throw new CoordinatorError('COORDINATOR_LOAD_IN_PROGRESS', `coordinator partition ${partition} is loading`);
      default:
        throw new CoordinatorError('COORDINATOR_NOT_AVAILABLE', `coordinator partition ${partition} failed to load`);
    }
  }

  #slot(partition: number): ShardSlot<S> {
    let slot = this.#slots.get(partition);
    if (slot) return slot;
    const timer = new ShardTimer(this.#o.scheduler, (key, op) =>
      this.#runTimer(partition, key, op as () => CoordinatorResult<void, R>),
    );
    const shard = this.#o.createShard({
      partition,
      timer: timer as unknown as CoordinatorTimer<R>,
      scheduler: this.#o.scheduler,
      logger: this.#o.logger,
    });
    slot = { status: 'loading', shard, log: null, timer, loaded: Promise.resolve() };
    this.#slots.set(partition, slot);
    slot.loaded = this.#loadInto(partition, slot);
    return slot;
  }

  async #loadInto(partition: number, slot: ShardSlot<S>): Promise<void> {
    const started = this.#o.scheduler.now();
    const chunk = this.#o.loadChunkBatches ?? 500;
    let batches = 0;
    let records = 0;
    try {
      const log = this.#o.logs.existing(partition);
      slot.log = log;
      if (log) {
        for (const buf of log.batches()) {
          records += this.#replayBuffer(slot.shard, buf);
          if (++batches % chunk === 0) {
            await new Promise<void>((resolve) => setImmediate(resolve));
            if (slot.status !== 'loading') return;
          }
        }
      }
    } catch (err) {
      slot.status = 'failed';
      this.#o.logger.error({ err, partition }, 'loading coordinator partition failed');
      return;
    }
    if (slot.status !== 'loading') return;
    slot.status = 'active';
    slot.shard.onLoaded();
    this.#o.logger.debug(
      { partition, batches, records, ms: this.#o.scheduler.now() - started },
      'coordinator partition loaded',
    );
  }

  /**
   * Replays every batch of a buffer read from the log: data batches record by record (with their batch's offset
   * and producer), control batches as end-transaction markers. Returns how many records were applied.
   */
  #replayBuffer(shard: S, buf: Buffer): number {
    const view = this.#view;
    let records = 0;
    for (let pos = 0; pos + LOG_OVERHEAD <= buf.length; ) {
      const end = pos + LOG_OVERHEAD + buf.readInt32BE(pos + BATCH_LENGTH_OFFSET);
      view.at(buf, pos);
      if (view.isControl) {
        const type = readControlType(buf, pos);
        if (type === CONTROL_COMMIT || type === CONTROL_ABORT) {
          shard.replayEndTransactionMarker?.(view.producerId, view.producerEpoch, type === CONTROL_COMMIT);
        }
      } else {
        const meta: ReplayMeta = view.isTransactional
          ? { offset: view.baseOffset, producerId: view.producerId, producerEpoch: view.producerEpoch }
          : { offset: view.baseOffset, producerId: -1, producerEpoch: -1 };
        for (const r of this.#o.serde.deserialize(buf.subarray(pos, end))) {
          shard.replay(r, meta);
          records++;
        }
      }
      pos = end;
    }
    return records;
  }

  #runTimer(partition: number, key: string, op: () => CoordinatorResult<void, R>): void {
    const slot = this.#slots.get(partition);
    if (slot?.status !== 'active') return;
    try {
      this.#commit(partition, slot, op(), null);
    } catch (err) {
      this.#o.logger.error({ err, partition, key }, 'coordinator timer operation failed');
    }
  }

  #unload(partition: number, slot: ShardSlot<S>): void {
    const wasActive = slot.status === 'active';
    slot.status = 'closed';
    slot.timer.cancelAll();
    if (wasActive) {
      try {
        slot.shard.onUnloaded();
      } catch (err) {
        this.#o.logger.error({ err, partition }, 'unloading coordinator partition failed');
      }
    }
  }

  #reload(partition: number, slot: ShardSlot<S>): void {
    this.#unload(partition, slot);
    this.#slots.delete(partition);
    void this.#slot(partition).loaded;
  }
}
