// All partition logs of a broker, across its log dirs (log.dirs). Owns the per-dir files Kafka
// keeps next to the partition directories: recovery-point-offset-checkpoint,
// log-start-offset-checkpoint, replication-offset-checkpoint and the .kafka_cleanshutdown marker.
//
// Start-up: each dir's checkpoints and marker are read, leftover `*-delete` directories removed,
// and every `<topic>-<partition>` directory opened (recovering from the recovery point when the
// marker is missing); the marker is then removed so a later crash is noticed. close() flushes
// every log, writes the checkpoints and the marker.
//
// A log dir that cannot be read at start-up (gone, a file, an I/O error) is offline, as Kafka's LogManager
// takes a failed dir offline: new logs go to the other dirs, and a partition the cluster already had that is in
// none of them is offline (KafkaStorageException, as LogManager.getOrCreateLog does for a replica that is not new
// while a dir is offline), since its log may be in the failed dir. Only when every dir fails does start-up fail.
//
// A partition directory that cannot be opened (unreadable, corrupted beyond recovery, a file where a
// directory should be) does not stop the others: it is logged once with its path and kept offline,
// untouched on disk, until a restart finds it readable again (Kafka takes a whole failed log dir
// offline; here the unit is the partition). Its checkpoint entries are carried over as they were,
// and a dir holding one that was not recovered gets no clean-shutdown marker, so the recovery it
// still needs happens once it opens. A partition that fails while being created leaves no
// directory behind.
//
// A replica moving to another dir (AlterReplicaLogDirs, KIP-113) gets a *future* log there, in
// `<topic>-<partition>.<uuid>-future` (Kafka's UnifiedLog.logFutureDirName), which start-up never loads as a
// partition; promoteFuture swaps it in. Kafka resumes a move after a restart; here a future log found at start-up is
// removed (the current log is whole, so only the copy is lost) and the move must be asked for again. A swap cut short
// by a crash can leave the partition in two dirs: the log with the larger end offset is kept.
//
// Background work runs on an injectable scheduler: retention every
// log.retention.check.interval.ms, flush.ms checks every log.flush.scheduler.interval.ms,
// checkpoints every log.flush.offset.checkpoint.interval.ms, and the log cleaner
// (cleaner/log-cleaner.ts) on compacted partitions, whose progress each dir keeps in
// cleaner-offset-checkpoint.

import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import type { Logger } from 'pino';
import {
  CLEANER_OFFSET_CHECKPOINT,
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
import { InvalidTopicError, KafkaStorageError, toStorageError } from './errors';
import type { SegmentIO } from './io/segment-io';
import { invariant } from './offsets';
import { PartitionLog } from './partition-log';
import { LogCleaner, type CleanResult } from './cleaner/log-cleaner';

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
  /**
   * Told when an I/O failure hits a log or the checkpoints of an online log dir (Kafka's LogDirFailureChannel); the
   * caller decides whether the dir has failed and then calls failDir. Without it a failure stays the operation's.
   */
  onLogDirFailure?: (dir: string, error: KafkaStorageError) => void;
}

/** A partition whose directory could not be opened at start-up. */
export interface OfflinePartition {
  readonly topic: string;
  readonly partition: number;
  readonly dir: string;
  readonly error: KafkaStorageError;
  /** Its log dir had a clean-shutdown marker when it failed to open (so it needs no recovery of its own). */
  readonly cleanShutdown: boolean;
  /** Its checkpoint entries at start-up, written back unchanged. */
  readonly recoveryPoint: number | undefined;
  readonly logStartOffset: number | undefined;
  readonly highWatermark: number | undefined;
}

/** Asking for a partition whose directory could not be opened. Kafka: KAFKA_STORAGE_ERROR (56). */
export class PartitionOfflineError extends KafkaStorageError {
  readonly dir: string;
  constructor(offline: OfflinePartition) {
    super(
      `${offline.topic}-${offline.partition} is offline: its directory ${offline.dir} could not be opened (${offline.error.message})`,
      offline.error.cause ?? offline.error,
    );
    this.name = 'PartitionOfflineError';
    this.dir = offline.dir;
  }
}

const PARTITION_DIR = /^(.+)-(\d+)$/;
const DELETED_PARTITION_DIR = /^(.+)-(\d+)\.([0-9a-f]{32})-delete$/;
const FUTURE_PARTITION_DIR = /^(.+)-(\d+)\.([0-9a-f]{32})-future$/;
const LEGAL_TOPIC = /^[a-zA-Z0-9._-]+$/;

function isPartitionDir(name: string): boolean {
  const m = PARTITION_DIR.exec(name);
  return m !== null && LEGAL_TOPIC.test(m[1]);
}

export function validateTopicName(topic: string): void {
  if (topic.length === 0 || topic.length > 249 || !LEGAL_TOPIC.test(topic) || topic === '.' || topic === '..') {
    throw new InvalidTopicError(`illegal topic name '${topic}'`);
  }
}

function asStorageError(err: unknown, what: string): KafkaStorageError {
  const e = toStorageError(err, what);
  return e instanceof KafkaStorageError ? e : new KafkaStorageError(`${what}: ${e.message}`, e);
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
  #offline = new Map<string, OfflinePartition>();
  /** Log dirs that could not be read at start-up, with why. */
  #offlineDirs = new Map<string, KafkaStorageError>();
  #pendingDeletes = new Set<unknown>();
  readonly #onLogDirFailure: ((dir: string, error: KafkaStorageError) => void) | undefined;
  #tasks: RetentionScheduler;
  readonly #cleaner: LogCleaner;
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
    this.#onLogDirFailure = o.onLogDirFailure;
    this.#cleaner = new LogCleaner({
      config: this.config.cleaner,
      logs: () => this.#logs.values(),
      logger: this.#logger,
      scheduler: this.#scheduler,
      clock: this.#clock,
      onCleaned: (log) => this.#guard('cleaner checkpoint', () => this.#writeCleanerCheckpoint(log.dir)),
    });
  }

  /** Opens every log dir, recovering partitions as needed, and starts the periodic tasks. */
  static open(o: LogManagerOptions): LogManager {
    const m = new LogManager(o);
    for (const dir of m.logDirs) {
      try {
        m.#loadDir(dir);
      } catch (err) {
        const error = asStorageError(err, `loading log dir ${dir}`);
        if (m.#offlineDirs.size === m.logDirs.length - 1) {
          for (const log of m.#logs.values()) log.close();
          throw error;
        }
        m.#offlineDirs.set(dir, error);
        m.#logger.error({ err: error, dir }, 'log dir cannot be read; it is offline, with the partitions in it');
      }
    }
    m.#tasks.every(m.config.retentionCheckIntervalMs, () => m.#guard('retention', () => m.runRetention()));
    m.#tasks.every(m.config.flushSchedulerIntervalMs, () => m.#guard('flush', () => m.flushDue()));
    m.#tasks.every(m.config.flushOffsetCheckpointIntervalMs, () => m.#guard('checkpoint', () => m.checkpoint()));
    m.#cleaner.start();
    m.#logger.info(
      {
        logDirs: m.logDirs,
        io: o.io.name,
        partitions: m.#logs.size,
        offline: m.#offline.size,
        offlineDirs: [...m.#offlineDirs.keys()],
      },
      'log manager started',
    );
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
      const cleaned = readCheckpoint(io, dir, CLEANER_OFFSET_CHECKPOINT);
      const names = io.readdir(dir);
      const partitionDirs = names.filter(isPartitionDir);
      // A new or empty directory has nothing to recover; only logs without the marker mean an unclean stop.
      if (!cleanShutdown && partitionDirs.length > 0) {
        this.#logger.warn(
          { dir, partitions: partitionDirs.length },
          'no clean shutdown marker; recovering unflushed segments',
        );
      }
      for (const name of names) {
        if (DELETED_PARTITION_DIR.test(name)) {
          io.rmdir(join(dir, name));
          continue;
        }
        if (FUTURE_PARTITION_DIR.test(name)) {
          this.#logger.warn({ path: join(dir, name) }, 'removing the future log of a replica move cut short by a stop');
          io.rmdir(join(dir, name));
          continue;
        }
        const m = PARTITION_DIR.exec(name);
        // Only directories are partitions (Kafka's LogManager lists directories alone): a stray file is left be.
        if (!m || !isPartitionDir(name) || !io.isDirectory(join(dir, name))) continue;
        const topic = m[1];
        const partition = Number(m[2]);
        const key = partitionKey(topic, partition);
        const path = join(dir, name);
        try {
          const log = PartitionLog.open({
            io,
            dir: path,
            topic,
            partition,
            config: this.config.defaults,
            logger: this.#logger,
            recoveryPoint: recovery.get(key) ?? 0,
            logStartOffset: logStart.get(key) ?? 0,
            highWatermark: hw.get(key),
            cleanerCheckpoint: cleaned.get(key),
            cleanShutdown,
            clock: this.#clock,
            deleteFiles: (paths, delay) => this.#deleteLater(paths, delay),
            onIoFailure: this.#failureHook(dir),
          });
          const twin = this.#logs.get(key);
          if (twin !== undefined) {
            // A move between dirs stopped between its two renames: keep the copy that has more.
            const [keep, drop] = twin.logEndOffset >= log.logEndOffset ? [twin, log] : [log, twin];
            this.#logger.warn(
              { topic, partition, kept: keep.dir, dropped: drop.dir },
              'partition log found in two dirs',
            );
            drop.closeWithoutFlush();
            this.#renameForDeletion(drop.dir, 0);
            this.#logs.set(key, keep);
            continue;
          }
          this.#logs.set(key, log);
        } catch (err) {
          const error = asStorageError(err, `opening ${path}`);
          this.#offline.set(key, {
            topic,
            partition,
            dir: path,
            error,
            cleanShutdown,
            recoveryPoint: recovery.get(key),
            logStartOffset: logStart.get(key),
            highWatermark: hw.get(key),
          });
          this.#logger.error(
            { err: error, topic, partition, path },
            'partition log cannot be opened; it stays offline',
          );
        }
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

  /** The log dirs that were read at start-up. */
  onlineLogDirs(): string[] {
    return this.logDirs.filter((d) => !this.#offlineDirs.has(d));
  }

  /** The log dirs that could not be read at start-up or failed since, with the error. */
  offlineLogDirs(): ReadonlyMap<string, KafkaStorageError> {
    return this.#offlineDirs;
  }

  #failureHook(dir: string): ((error: KafkaStorageError) => void) | undefined {
    if (this.#onLogDirFailure === undefined) return undefined;
    return (error) => this.#ioFailed(dir, error);
  }

  #ioFailed(dir: string, error: KafkaStorageError): void {
    if (this.#onLogDirFailure === undefined || this.#offlineDirs.has(dir) || this.#closed) return;
    this.#onLogDirFailure(dir, error);
  }

  /**
   * Lists a log dir to see whether it still works (the control API fails a dir and probes it, so it goes offline at
   * once rather than at its next write); a failure goes to onLogDirFailure. False when it failed.
   */
  probeDir(dir: string): boolean {
    try {
      this.#io.readdir(dir);
      return true;
    } catch (err) {
      this.#ioFailed(dir, asStorageError(err, `listing log dir ${dir}`));
      return false;
    }
  }

  /**
   * Takes a log dir offline while the broker runs (Kafka's LogManager.handleLogDirFailure): every log in it is closed
   * without a flush (its files may not be writable) and becomes an offline partition, its checkpoints are no longer
   * written and it gets no clean-shutdown marker, so the next start recovers what is there. Returns the partitions
   * taken offline; none when the dir was offline already.
   */
  failDir(dir: string, error: KafkaStorageError): { topic: string; partition: number }[] {
    if (!this.logDirs.includes(dir) || this.#offlineDirs.has(dir)) return [];
    this.#offlineDirs.set(dir, error);
    const taken: { topic: string; partition: number }[] = [];
    for (const [key, log] of [...this.#logs]) {
      if (this.logDirOf(log) !== dir) continue;
      this.#logs.delete(key);
      try {
        log.closeWithoutFlush();
      } catch (err) {
        this.#logger.warn({ err, path: log.dir }, 'closing a log of a failed log dir failed');
      }
      this.#offline.set(key, {
        topic: log.topic,
        partition: log.partition,
        dir: log.dir,
        error,
        cleanShutdown: false,
        recoveryPoint: undefined,
        logStartOffset: undefined,
        highWatermark: undefined,
      });
      taken.push({ topic: log.topic, partition: log.partition });
    }
    this.#logger.error(
      { err: error, dir, partitions: taken.length },
      'log dir failed; it is offline, with the partitions in it, until a restart finds it readable',
    );
    return taken;
  }

  /** The log dir (one of `logDirs`) a partition log lives in. */
  logDirOf(log: PartitionLog): string | undefined {
    return this.logDirs.find((d) => log.dir.startsWith(join(d, '/')));
  }

  /**
   * Creates an empty future log of a partition in `logDir` (AlterReplicaLogDirs): `<topic>-<partition>.<uuid>-future`,
   * with the current log's settings. The caller copies the current log into it and then calls promoteFuture, or
   * abandonFuture.
   */
  createFutureLog(current: PartitionLog, logDir: string): PartitionLog {
    invariant(!this.#closed, 'log manager is closed');
    invariant(this.logDirs.includes(logDir), `${logDir} is not a log dir`);
    if (this.#offlineDirs.has(logDir)) throw this.#offlineDirs.get(logDir) as KafkaStorageError;
    const dir = join(logDir, `${current.topic}-${current.partition}.${randomUUID().replace(/-/g, '')}-future`);
    try {
      return PartitionLog.open({
        io: this.#io,
        dir,
        topic: current.topic,
        partition: current.partition,
        config: current.config,
        logger: this.#logger,
        cleanShutdown: true,
        clock: this.#clock,
        deleteFiles: (paths, delay) => this.#deleteLater(paths, delay),
        onIoFailure: this.#failureHook(logDir),
      });
    } catch (err) {
      this.#removeQuietly(dir);
      throw err;
    }
  }

  /** Drops a future log that will not be promoted (the move was cancelled or failed). */
  abandonFuture(future: PartitionLog): void {
    try {
      future.closeWithoutFlush();
    } finally {
      this.#removeQuietly(future.dir);
    }
  }

  /**
   * Makes a future log that holds every offset of the current one the partition's log (Kafka's
   * UnifiedLog.renameDir + LogManager.replaceCurrentWithFutureLog): the future log is closed (flushed) and renamed to
   * `<topic>-<partition>` in its dir, then reopened with the current log's start offset, high watermark and cleaner
   * progress; the current log is closed and renamed `-delete`, removed after file.delete.delay.ms (readers holding its
   * bytes keep them, segment reads being views that outlive the file). Synchronous, so no append lands between the
   * last copy and the swap. Returns the new log.
   */
  promoteFuture(current: PartitionLog, future: PartitionLog): PartitionLog {
    const key = partitionKey(current.topic, current.partition);
    invariant(this.#logs.get(key) === current, `${current.dir} is not the current log`);
    invariant(future.logEndOffset === current.logEndOffset, 'a future log is promoted only once caught up');
    const logDir = this.logDirOf(future) ?? dirname(future.dir);
    const finalDir = join(logDir, `${current.topic}-${current.partition}`);
    future.close();
    try {
      this.#io.rename(future.dir, finalDir);
    } catch (err) {
      throw toStorageError(err, `renaming ${future.dir}`);
    }
    const log = PartitionLog.open({
      io: this.#io,
      dir: finalDir,
      topic: current.topic,
      partition: current.partition,
      config: current.config,
      logger: this.#logger,
      logStartOffset: current.logStartOffset,
      highWatermark: current.highWatermark,
      cleanerCheckpoint: current.cleanerState.firstDirtyOffset,
      cleanShutdown: true,
      clock: this.#clock,
      deleteFiles: (paths, delay) => this.#deleteLater(paths, delay),
      onIoFailure: this.#failureHook(logDir),
    });
    this.#logs.set(key, log);
    current.closeWithoutFlush();
    this.#renameForDeletion(current.dir, current.config.fileDeleteDelayMs);
    // The checkpoints of both dirs now name the log where it is, so a crash does not recover it from offset 0.
    this.#guard('checkpoint', () => this.checkpoint());
    return log;
  }

  /** The dir holding the fewest partitions (Kafka's placement for new logs). */
  #pickDir(): string {
    // One directory, the usual case: no need to count every hosted log on each creation.
    const online = this.onlineLogDirs();
    if (online.length === 0) throw new KafkaStorageError('every log dir is offline');
    if (online.length === 1) return online[0] as string;
    const counts = new Map(online.map((d) => [d, 0]));
    for (const log of this.#logs.values()) {
      for (const d of online) if (log.dir.startsWith(join(d, '/'))) counts.set(d, (counts.get(d) ?? 0) + 1);
    }
    return [...counts.entries()].sort((a, b) => a[1] - b[1])[0][0];
  }

  /**
   * Returns the partition's log, creating it when missing; topic-level overrides are applied either way. `isNew`
   * false (a partition the cluster had before this start) while a log dir is offline: PartitionOfflineError instead
   * of a new empty log, as the partition's log may be in that dir (Kafka's LogManager.getOrCreateLog).
   */
  createPartition(
    topic: string,
    partition: number,
    topicConfig: TopicConfigOverrides = {},
    isNew = true,
  ): PartitionLog {
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
    const offline = this.#offline.get(key);
    if (offline) throw new PartitionOfflineError(offline);
    const failedDir = this.#offlineDirs.entries().next().value;
    if (!isNew && failedDir !== undefined) {
      const [dir, error] = failedDir;
      throw new PartitionOfflineError({
        topic,
        partition,
        dir: join(dir, `${topic}-${partition}`),
        error,
        cleanShutdown: false,
        recoveryPoint: undefined,
        logStartOffset: undefined,
        highWatermark: undefined,
      });
    }
    const logDir = this.#pickDir();
    const dir = join(logDir, `${topic}-${partition}`);
    let existed = false;
    let log: PartitionLog;
    try {
      existed = this.#io.exists(dir);
      log = PartitionLog.open({
        io: this.#io,
        dir,
        topic,
        partition,
        config,
        logger: this.#logger,
        cleanShutdown: true,
        clock: this.#clock,
        deleteFiles: (paths, delay) => this.#deleteLater(paths, delay),
        onIoFailure: this.#failureHook(logDir),
      });
    } catch (err) {
      const e = toStorageError(err, `creating ${dir}`);
      if (e instanceof KafkaStorageError) this.#ioFailed(logDir, e);
      // A creation that failed leaves nothing behind (a directory that was there before stays).
      if (!existed) this.#removeQuietly(dir);
      throw err;
    }
    this.#logs.set(key, log);
    return log;
  }

  /**
   * Takes back a partition created moments ago by createPartition, because its topic could not be created whole: it
   * is closed and its directory removed at once (no record was ever acknowledged from it). False when unknown.
   */
  removeCreatedPartition(topic: string, partition: number): boolean {
    const key = partitionKey(topic, partition);
    const log = this.#logs.get(key);
    if (!log) return false;
    this.#logs.delete(key);
    try {
      log.closeWithoutFlush();
    } finally {
      this.#removeQuietly(log.dir);
    }
    return true;
  }

  #removeQuietly(dir: string): void {
    try {
      this.#io.rmdir(dir);
    } catch (err) {
      this.#logger.warn({ err, path: dir }, 'could not remove the directory of a partition that failed to be created');
    }
  }

  /** Partitions whose directory could not be opened at start-up. */
  offlinePartitions(): OfflinePartition[] {
    return [...this.#offline.values()];
  }

  /** Whether the partition's directory could not be opened at start-up. */
  isOffline(topic: string, partition: number): boolean {
    return this.#offline.has(partitionKey(topic, partition));
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
    const offline = this.#offline.get(key);
    if (offline) {
      // Its topic is gone: the directory goes the way of any deleted partition's, unopened.
      this.#offline.delete(key);
      this.#renameForDeletion(offline.dir, this.config.defaults.fileDeleteDelayMs);
      this.#logger.info({ topic, partition, path: offline.dir }, 'deleted offline partition directory');
      return true;
    }
    const log = this.#logs.get(key);
    if (!log) return false;
    this.#logs.delete(key);
    try {
      log.closeWithoutFlush();
    } catch (err) {
      throw toStorageError(err, `deleting ${log.dir}`);
    }
    this.#renameForDeletion(log.dir, log.config.fileDeleteDelayMs);
    this.#logger.info({ topic, partition }, 'deleted partition log');
    return true;
  }

  /** Renames a partition directory to `<dir>.<uuid>-delete` (never loaded again) and removes it after `delayMs`. */
  #renameForDeletion(dir: string, delayMs: number): void {
    try {
      const renamed = `${dir}.${randomUUID().replace(/-/g, '')}-delete`;
      this.#io.rename(dir, renamed);
      this.#deleteLater([renamed], delayMs, (p) => this.#io.rmdir(p));
    } catch (err) {
      throw toStorageError(err, `deleting ${dir}`);
    }
  }

  /** One retention pass over every partition; returns the segments deleted. */
  runRetention(now: number = this.#clock()): number {
    let n = 0;
    for (const log of this.#logs.values()) n += log.deleteOldSegments(now);
    return n;
  }

  /**
   * Runs a cleaning pass now on the compacted partitions (all of them, a topic's, or one), each after rolling its
   * active segment; resolves with what each pass removed (Kafka has no such call: the control API's compact).
   */
  compact(topic?: string, partition?: number): Promise<CleanResult[]> {
    const logs = [...this.#logs.values()].filter(
      (l) =>
        (topic === undefined ? l.config.compact : l.topic === topic) &&
        (partition === undefined || l.partition === partition),
    );
    return this.#cleaner.cleanNow(logs.sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition));
  }

  /** The log cleaner's settings (log.cleaner.*). */
  get cleanerConfig(): LogManagerConfig['cleaner'] {
    return this.config.cleaner;
  }

  #writeCleanerCheckpoint(partitionDir: string): void {
    for (const dir of this.logDirs) {
      if (!partitionDir.startsWith(join(dir, '/'))) continue;
      writeCheckpoint(this.#io, dir, CLEANER_OFFSET_CHECKPOINT, this.#cleanerEntries(dir));
    }
  }

  #cleanerEntries(dir: string): CheckpointEntries {
    const out: CheckpointEntries = new Map();
    for (const [key, log] of this.#logs) {
      if (log.config.compact && log.dir.startsWith(join(dir, '/'))) out.set(key, log.cleanerState.firstDirtyOffset);
    }
    return out;
  }

  /** flush.ms pass. */
  flushDue(now: number = this.#clock()): void {
    for (const log of this.#logs.values()) log.maybeFlushByTime(now);
  }

  /** Writes the recovery-point, log-start-offset and replication-offset checkpoints of every dir. */
  checkpoint(): void {
    for (const dir of this.onlineLogDirs()) {
      const recovery: CheckpointEntries = new Map();
      const logStart: CheckpointEntries = new Map();
      const hw: CheckpointEntries = new Map();
      for (const [key, log] of this.#logs) {
        if (!log.dir.startsWith(join(dir, '/'))) continue;
        recovery.set(key, log.recoveryPoint);
        logStart.set(key, log.logStartOffset);
        hw.set(key, log.highWatermark);
      }
      // An offline partition keeps the entries it had, for when it opens again.
      for (const [key, o] of this.#offline) {
        if (!o.dir.startsWith(join(dir, '/'))) continue;
        if (o.recoveryPoint !== undefined) recovery.set(key, o.recoveryPoint);
        if (o.logStartOffset !== undefined) logStart.set(key, o.logStartOffset);
        if (o.highWatermark !== undefined) hw.set(key, o.highWatermark);
      }
      try {
        writeCheckpoint(this.#io, dir, RECOVERY_POINT_CHECKPOINT, recovery);
        writeCheckpoint(this.#io, dir, LOG_START_OFFSET_CHECKPOINT, logStart);
        writeCheckpoint(this.#io, dir, REPLICATION_OFFSET_CHECKPOINT, hw);
        const cleaned = this.#cleanerEntries(dir);
        if (cleaned.size > 0 || this.#io.exists(join(dir, CLEANER_OFFSET_CHECKPOINT)))
          writeCheckpoint(this.#io, dir, CLEANER_OFFSET_CHECKPOINT, cleaned);
      } catch (err) {
        const e = toStorageError(err, `writing checkpoints in ${dir}`);
        if (e instanceof KafkaStorageError) this.#ioFailed(dir, e);
        throw e;
      }
    }
  }

  /** Clean shutdown: flush and close every log, write the checkpoints, then the marker. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#tasks.stop();
    this.#cleaner.stop();
    for (const h of this.#pendingDeletes) this.#scheduler.clearTimeout(h);
    this.#pendingDeletes.clear();
    for (const log of this.#logs.values()) log.close();
    this.checkpoint();
    for (const dir of this.onlineLogDirs()) {
      // The marker says every partition of the dir is consistent on disk; one that was never recovered is not.
      const unrecovered = [...this.#offline.values()].filter(
        (o) => !o.cleanShutdown && o.dir.startsWith(join(dir, '/')),
      );
      if (unrecovered.length > 0) {
        this.#logger.warn(
          { dir, offline: unrecovered.map((o) => o.dir) },
          'no clean shutdown marker: offline partitions still need recovery',
        );
        continue;
      }
      this.#io.writeFileAtomic(join(dir, CLEAN_SHUTDOWN_FILE), Buffer.alloc(0));
    }
    this.#logger.info({ partitions: this.#logs.size, offline: this.#offline.size }, 'log manager closed cleanly');
  }
}
