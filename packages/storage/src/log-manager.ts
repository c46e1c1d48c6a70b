// All partition logs of a broker, across its log dirs (log.dirs). Owns the per-dir files Kafka
// keeps next to the partition directories: recovery-point-offset-checkpoint,
// log-start-offset-checkpoint, replication-offset-checkpoint and the .kafka_cleanshutdown marker.
//
// Start-up: each dir's checkpoints and marker are read, leftover `*-delete` directories removed,
// and every `<topic>-<partition>` directory opened (recovering from the recovery point when the
// marker is missing); the marker is then removed so a later crash is noticed. close() flushes
// every log, writes the checkpoints and the marker.
//
// Background work runs on an injectable scheduler: retention every
// log.retention.check.interval.ms, flush.ms checks every log.flush.scheduler.interval.ms, and
// checkpoints every log.flush.offset.checkpoint.interval.ms.

import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Logger } from 'pino';
import {
  CLEAN_SHUTDOWN_FILE,
  LOG_START_OFFSET_CHECKPOINT,
  RECOVERY_POINT_CHECKPOINT,
  REPLICATION_OFFSET_CHECKPOINT,
  partitionKey,
  readCheckpoint,
  writeCheckpoint,
  type CheckpointEntries,
} from './checkpoint-file';
import { DEFAULT_LOG_MANAGER_CONFIG, NEVER, resolveLogConfig, type LogManagerConfig } from './config';
import { InvalidTopicError, toStorageError } from './errors';
import type { SegmentIO } from './io/segment-io';
import { invariant } from './offsets';
import { PartitionLog } from './partition-log';

/** Timers, injectable so tests can drive time. */
export interface Scheduler {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemScheduler: Scheduler = {
  setInterval: (fn, ms) => setInterval(fn, ms).unref(),
  clearInterval: (h) => clearInterval(h as NodeJS.Timeout),
  setTimeout: (fn, ms) => setTimeout(fn, ms).unref(),
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};

export type TopicConfigOverrides = Readonly<Record<string, string | number | boolean | undefined>>;

export interface LogManagerOptions {
  logDirs: readonly string[];
  io: SegmentIO;
  logger: Logger;
  config?: Partial<LogManagerConfig>;
  scheduler?: Scheduler;
  clock?: () => number;
}

const PARTITION_DIR = /^(.+)-(\d+)$/;
const DELETED_PARTITION_DIR = /^(.+)-(\d+)\.([0-9a-f]{32})-delete$/;
const LEGAL_TOPIC = /^[a-zA-Z0-9._-]+$/;

export function validateTopicName(topic: string): void {
  if (topic.length === 0 || topic.length > 249 || !LEGAL_TOPIC.test(topic) || topic === '.' || topic === '..') {
    throw new InvalidTopicError(`illegal topic name '${topic}'`);
  }
}

/** Runs retention (and the other periodic log tasks) on the scheduler. */
export class RetentionScheduler {
  #scheduler: Scheduler;
  #handles: unknown[] = [];

  constructor(scheduler: Scheduler) {
    this.#scheduler = scheduler;
  }

  every(ms: number, task: () => void): void {
    if (ms >= NEVER || ms <= 0) return;
    this.#handles.push(this.#scheduler.setInterval(task, ms));
  }

  stop(): void {
    for (const h of this.#handles) this.#scheduler.clearInterval(h);
    this.#handles = [];
  }
}

export class LogManager {
  readonly logDirs: readonly string[];
  readonly config: LogManagerConfig;
  #io: SegmentIO;
  #logger: Logger;
  #scheduler: Scheduler;
  #clock: () => number;
  #logs = new Map<string, PartitionLog>();
  #pendingDeletes = new Set<unknown>();
  #tasks: RetentionScheduler;
  #closed = false;

  private constructor(o: LogManagerOptions) {
    invariant(o.logDirs.length > 0, 'at least one log dir is needed');
    this.logDirs = o.logDirs;
    this.#io = o.io;
    this.#logger = o.logger;
    this.config = { ...DEFAULT_LOG_MANAGER_CONFIG, ...o.config };
    this.#scheduler = o.scheduler ?? systemScheduler;
    this.#clock = o.clock ?? Date.now;
    this.#tasks = new RetentionScheduler(this.#scheduler);
  }

  /** Opens every log dir, recovering partitions as needed, and starts the periodic tasks. */
  static open(o: LogManagerOptions): LogManager {
    const m = new LogManager(o);
    for (const dir of m.logDirs) m.#loadDir(dir);
    m.#tasks.every(m.config.retentionCheckIntervalMs, () => m.#guard('retention', () => m.runRetention()));
    m.#tasks.every(m.config.flushSchedulerIntervalMs, () => m.#guard('flush', () => m.flushDue()));
    m.#tasks.every(m.config.flushOffsetCheckpointIntervalMs, () => m.#guard('checkpoint', () => m.checkpoint()));
    m.#logger.info({ logDirs: m.logDirs, io: o.io.name, partitions: m.#logs.size }, 'log manager started');
    return m;
  }

  #guard(task: string, fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.#logger.error({ err, task }, 'periodic log task failed');
    }
  }

  #loadDir(dir: string): void {
    const io = this.#io;
    try {
      io.mkdir(dir);
      const cleanShutdown = io.exists(join(dir, CLEAN_SHUTDOWN_FILE));
      const recovery = readCheckpoint(io, dir, RECOVERY_POINT_CHECKPOINT);
      const logStart = readCheckpoint(io, dir, LOG_START_OFFSET_CHECKPOINT);
      const hw = readCheckpoint(io, dir, REPLICATION_OFFSET_CHECKPOINT);
      if (!cleanShutdown) this.#logger.warn({ dir }, 'no clean shutdown marker; recovering unflushed segments');
      for (const name of io.readdir(dir)) {
        if (DELETED_PARTITION_DIR.test(name)) {
          io.rmdir(join(dir, name));
          continue;
        }
        const m = PARTITION_DIR.exec(name);
        if (!m || !LEGAL_TOPIC.test(m[1])) continue;
        const topic = m[1];
        const partition = Number(m[2]);
        const key = partitionKey(topic, partition);
        const log = PartitionLog.open({
          io,
          dir: join(dir, name),
          topic,
          partition,
          config: this.config.defaults,
          logger: this.#logger,
          recoveryPoint: recovery.get(key) ?? 0,
          logStartOffset: logStart.get(key) ?? 0,
          highWatermark: hw.get(key),
          cleanShutdown,
          clock: this.#clock,
          deleteFiles: (paths, delay) => this.#deleteLater(paths, delay),
        });
        this.#logs.set(key, log);
      }
      if (cleanShutdown) io.unlink(join(dir, CLEAN_SHUTDOWN_FILE));
    } catch (err) {
      throw toStorageError(err, `loading log dir ${dir}`);
    }
  }

  #deleteLater(paths: string[], delayMs: number, remove: (p: string) => void = (p) => this.#io.unlink(p)): void {
    if (delayMs <= 0) {
      paths.forEach(remove);
      return;
    }
    const handle = this.#scheduler.setTimeout(() => {
      this.#pendingDeletes.delete(handle);
      this.#guard('delete', () => paths.forEach(remove));
    }, delayMs);
    this.#pendingDeletes.add(handle);
  }

  /** The dir holding the fewest partitions (Kafka's placement for new logs). */
  #pickDir(): string {
    // One directory, the usual case: no need to count every hosted log on each creation.
    if (this.logDirs.length === 1) return this.logDirs[0] as string;
    const counts = new Map(this.logDirs.map((d) => [d, 0]));
    for (const log of this.#logs.values()) {
      for (const d of this.logDirs) if (log.dir.startsWith(join(d, '/'))) counts.set(d, (counts.get(d) ?? 0) + 1);
    }
    return [...counts.entries()].sort((a, b) => a[1] - b[1])[0][0];
  }

  /** Returns the partition's log, creating it when missing; topic-level overrides are applied either way. */
  createPartition(topic: string, partition: number, topicConfig: TopicConfigOverrides = {}): PartitionLog {
    invariant(!this.#closed, 'log manager is closed');
    validateTopicName(topic);
    if (!Number.isInteger(partition) || partition < 0) throw new InvalidTopicError(`invalid partition ${partition}`);
    const config = resolveLogConfig(topicConfig, this.config.defaults);
    const key = partitionKey(topic, partition);
    const existing = this.#logs.get(key);
    if (existing) {
      existing.updateConfig(config);
      return existing;
    }
    const log = PartitionLog.open({
      io: this.#io,
      dir: join(this.#pickDir(), `${topic}-${partition}`),
      topic,
      partition,
      config,
      logger: this.#logger,
      cleanShutdown: true,
      clock: this.#clock,
      deleteFiles: (paths, delay) => this.#deleteLater(paths, delay),
    });
    this.#logs.set(key, log);
    return log;
  }

  getPartition(topic: string, partition: number): PartitionLog | undefined {
    return this.#logs.get(partitionKey(topic, partition));
  }

  partitions(): PartitionLog[] {
    return [...this.#logs.values()];
  }

  /**
   * Topic deletion: the directory is renamed to `<topic>-<p>.<uuid>-delete` at once (so a restart
   * never loads it) and removed after file.delete.delay.ms. Returns false when unknown.
   */
  deletePartition(topic: string, partition: number): boolean {
    const key = partitionKey(topic, partition);
    const log = this.#logs.get(key);
    if (!log) return false;
    this.#logs.delete(key);
    try {
      log.closeWithoutFlush();
      const renamed = `${log.dir}.${randomUUID().replace(/-/g, '')}-delete`;
      this.#io.rename(log.dir, renamed);
      this.#deleteLater([renamed], log.config.fileDeleteDelayMs, (p) => this.#io.rmdir(p));
    } catch (err) {
      throw toStorageError(err, `deleting ${log.dir}`);
    }
    this.#logger.info({ topic, partition }, 'deleted partition log');
    return true;
  }

  /** One retention pass over every partition; returns the segments deleted. */
  runRetention(now: number = this.#clock()): number {
    let n = 0;
    for (const log of this.#logs.values()) n += log.deleteOldSegments(now);
    return n;
  }

  /** flush.ms pass. */
  flushDue(now: number = this.#clock()): void {
    for (const log of this.#logs.values()) log.maybeFlushByTime(now);
  }

  /** Writes the recovery-point, log-start-offset and replication-offset checkpoints of every dir. */
  checkpoint(): void {
    for (const dir of this.logDirs) {
      const recovery: CheckpointEntries = new Map();
      const logStart: CheckpointEntries = new Map();
      const hw: CheckpointEntries = new Map();
      for (const [key, log] of this.#logs) {
        if (!log.dir.startsWith(join(dir, '/'))) continue;
        recovery.set(key, log.recoveryPoint);
        logStart.set(key, log.logStartOffset);
        hw.set(key, log.highWatermark);
      }
      try {
        writeCheckpoint(this.#io, dir, RECOVERY_POINT_CHECKPOINT, recovery);
        writeCheckpoint(this.#io, dir, LOG_START_OFFSET_CHECKPOINT, logStart);
        writeCheckpoint(this.#io, dir, REPLICATION_OFFSET_CHECKPOINT, hw);
      } catch (err) {
        throw toStorageError(err, `writing checkpoints in ${dir}`);
      }
    }
  }

  /** Clean shutdown: flush and close every log, write the checkpoints, then the marker. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#tasks.stop();
    for (const h of this.#pendingDeletes) this.#scheduler.clearTimeout(h);
    this.#pendingDeletes.clear();
    for (const log of this.#logs.values()) log.close();
    this.checkpoint();
    for (const dir of this.logDirs) this.#io.writeFileAtomic(join(dir, CLEAN_SHUTDOWN_FILE), Buffer.alloc(0));
    this.#logger.info({ partitions: this.#logs.size }, 'log manager closed cleanly');
  }
}
