// The log cleaner of one log manager (Kafka's LogCleaner, LogCleanerManager and CleanerThread): in the background
// (log.cleaner.enable), it repeatedly picks the dirtiest compacted log that needs cleaning (cleanable.ts), cleans it
// (cleaner.ts), records the new cleaner checkpoint, and waits log.cleaner.backoff.ms whenever no log needs it.
// `cleanNow` runs a pass on chosen logs at once (the control API's compact): their active segment is rolled first,
// and the dirty ratio does not matter; min.compaction.lag.ms, the last stable offset and delete.retention.ms still do.
// Passes run one at a time (log.cleaner.threads > 1 changes nothing but the share of the dedupe buffer each pass
// gets: the event loop is one thread). A log whose pass fails for another reason than being closed or changed is
// skipped by background cleaning until a restart, as Kafka marks a partition uncleanable.

import type { Logger } from 'pino';
import type { CleanerConfig } from '../config';
import { toStorageError } from '../errors';
import type { PartitionLog } from '../partition-log';
import { logToClean, needsCleaning, cleanableRange } from './cleanable';
import { Cleaner, CleaningAbortedError, type CleanStats } from './cleaner';
import { Throttler } from './throttler';

/** The timers the cleaner runs on (the log manager's scheduler). */
export interface CleanerScheduler {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** What a pass did to one log (the control API's answer). */
export interface CleanResult {
  readonly topic: string;
  readonly partition: number;
  /** The dirty section cleaned: [firstDirtyOffset, endOffset). */
  readonly firstDirtyOffset: number;
  readonly endOffset: number;
  readonly recordsRead: number;
  readonly recordsRemoved: number;
  readonly bytesRead: number;
  readonly bytesRemoved: number;
  readonly segmentsBefore: number;
  readonly segmentsAfter: number;
  readonly durationMs: number;
  /** Why the pass did not run or stopped; absent when it completed. */
  readonly error?: string;
}

export interface LogCleanerOptions {
  readonly config: CleanerConfig;
  /** Every log the manager holds (compacted or not). */
  readonly logs: () => Iterable<PartitionLog>;
  readonly logger: Logger;
  readonly scheduler: CleanerScheduler;
  readonly clock: () => number;
  /** A pass moved a log's cleaner checkpoint: persist it. */
  readonly onCleaned: (log: PartitionLog) => void;
}

export class LogCleaner {
  readonly #o: LogCleanerOptions;
  readonly #cleaner: Cleaner;
  #timer: unknown = null;
  #running = false;
  #stopped = false;
  /** The pass in progress (one at a time). */
  #busy: Promise<unknown> = Promise.resolve();

  constructor(o: LogCleanerOptions) {
    this.#o = o;
    this.#cleaner = new Cleaner({
      config: o.config,
      logger: o.logger,
      throttler: new Throttler(o.config.maxIoBytesPerSecond),
      clock: o.clock,
    });
  }

  get config(): CleanerConfig {
    return this.#o.config;
  }

  /** Starts background cleaning (when log.cleaner.enable and at least one thread). */
  start(): void {
    if (!this.#o.config.enable || this.#o.config.threads < 1 || this.#running || this.#stopped) return;
    this.#running = true;
    this.#schedule(this.#o.config.backoffMs);
  }

  /** Stops background cleaning; a pass in progress stops when its logs close. */
  stop(): void {
    this.#stopped = true;
    this.#running = false;
    if (this.#timer !== null) this.#o.scheduler.clearTimeout(this.#timer);
    this.#timer = null;
  }

  #schedule(ms: number): void {
    if (!this.#running) return;
    this.#timer = this.#o.scheduler.setTimeout(() => {
      this.#timer = null;
      void this.#exclusive(() => this.#cleanFilthiest()).then((cleaned) =>
        this.#schedule(cleaned ? 0 : this.#o.config.backoffMs),
      );
    }, ms);
  }

  /** Runs `task` after the pass in progress. */
  #exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#busy.then(task, task);
    this.#busy = run.catch(() => undefined);
    return run;
  }

  /** One background round: cleans the dirtiest log that needs it; false when none does. */
  async #cleanFilthiest(): Promise<boolean> {
    if (!this.#running) return false;
    const now = this.#o.clock();
    let filthiest: ReturnType<typeof logToClean> | null = null;
    for (const log of this.#o.logs()) {
      if (!log.config.compact || log.closed || log.cleanerState.error !== null) continue;
      const ltc = logToClean(log, now);
      if (needsCleaning(ltc) && (filthiest === null || ltc.cleanableRatio > filthiest.cleanableRatio)) filthiest = ltc;
    }
    if (filthiest === null) return false;
    await this.#pass(filthiest.log, filthiest, now);
    return true;
  }

  /**
   * Cleans each log now (rolling its active segment first) and reports what each pass removed. A log whose
   * cleanup.policy has no `compact` is reported with an error and left alone.
   */
  cleanNow(logs: readonly PartitionLog[]): Promise<CleanResult[]> {
    return this.#exclusive(async () => {
      const out: CleanResult[] = [];
      for (const log of logs) {
        if (!log.config.compact) {
          out.push(result(log, null, 'cleanup.policy does not include compact'));
          continue;
        }
        if (log.closed) continue;
        if (log.segments()[log.segmentCount - 1]!.size > 0) log.roll();
        const now = this.#o.clock();
        out.push(await this.#pass(log, cleanableRange(log, now), now));
      }
      return out;
    });
  }

  async #pass(log: PartitionLog, range: Parameters<Cleaner['clean']>[1], now: number): Promise<CleanResult> {
    const state = log.cleanerState;
    try {
      const stats = await this.#cleaner.clean(log, range, now);
      state.firstDirtyOffset = stats.endOffset;
      state.lastCleanTimeMs = this.#o.clock();
      state.bytesCleaned += stats.bytesRead;
      state.bytesRemoved += stats.bytesRead - stats.bytesWritten;
      state.recordsRemoved += stats.recordsRead - stats.recordsKept;
      state.passes++;
      state.error = null;
      this.#o.onCleaned(log);
      this.#o.logger.info(
        {
          topic: log.topic,
          partition: log.partition,
          dirty: [stats.firstDirtyOffset, stats.endOffset],
          bytesRead: stats.bytesRead,
          bytesWritten: stats.bytesWritten,
          recordsRead: stats.recordsRead,
          recordsKept: stats.recordsKept,
          segments: [stats.segmentsBefore, stats.segmentsAfter],
          bufferUtilization: Math.round(stats.bufferUtilization * 1000) / 1000,
          ms: stats.durationMs,
        },
        'cleaned log',
      );
      if (stats.invalidRecords > 0)
        this.#o.logger.warn(
          { topic: log.topic, partition: log.partition, records: stats.invalidRecords },
          'removed keyless records while cleaning',
        );
      return result(log, stats, undefined);
    } catch (err) {
      if (err instanceof CleaningAbortedError) return result(log, null, err.message);
      const e = toStorageError(err, `cleaning ${log.dir}`);
      state.error = e.message;
      this.#o.logger.warn(
        { err: e, topic: log.topic, partition: log.partition },
        'log cleaning failed; the partition is not cleaned again until a restart',
      );
      return result(log, null, e.message);
    }
  }
}

function result(log: PartitionLog, stats: CleanStats | null, error: string | undefined): CleanResult {
  const base = {
    topic: log.topic,
    partition: log.partition,
    firstDirtyOffset: stats?.firstDirtyOffset ?? log.cleanerState.firstDirtyOffset,
    endOffset: stats?.endOffset ?? log.cleanerState.firstDirtyOffset,
    recordsRead: stats?.recordsRead ?? 0,
    recordsRemoved: stats ? stats.recordsRead - stats.recordsKept : 0,
    bytesRead: stats?.bytesRead ?? 0,
    bytesRemoved: stats ? stats.bytesRead - stats.bytesWritten : 0,
    segmentsBefore: stats?.segmentsBefore ?? log.segmentCount,
    segmentsAfter: stats?.segmentsAfter ?? log.segmentCount,
    durationMs: stats?.durationMs ?? 0,
  };
  return error === undefined ? base : { ...base, error };
}
