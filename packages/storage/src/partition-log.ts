// One partition's log: the segments of `<topic>-<partition>/`, the offsets that bound it (log
// start, high watermark, log end), appends, reads, timestamp lookups, retention and flushing.
//
// Invariants (asserted): logStartOffset <= highWatermark <= logEndOffset; segments are ordered
// and only the last (active) one is written; a failed append leaves no bytes behind.
//
// Appends take the client's encoded v2 batches as one Buffer and rewrite, in place, only the
// 61-byte headers: baseOffset, partitionLeaderEpoch and, for LogAppendTime, maxTimestamp with the
// timestamp-type bit and the CRC. Records are never decoded on the produce path.
// Appends, reads and explicit flushes are synchronous: an append has hit the page cache (or the
// disk, with samsa.log.flush.on.append) when it returns. The one background task is Kafka's flush
// on roll: the rolled segment's files are fsynced off the event loop, and the recovery point moves
// past them only once that succeeds (a failure leaves it for the next flush to retry).
//
// Transactions: control batches (commit/abort markers, appendControlMarker) close a producer's open transaction; an
// ABORT adds an entry to the segment's transaction index with the last stable offset after it (as Kafka's UnifiedLog
// does). The last stable offset is the first offset of the oldest open transaction, capped by the high watermark.
// After an unclean stop the indexes of rebuilt segments are filled again from the producer-state replay.
//
// Compaction (cleanup.policy=compact): the log cleaner (cleaner/) reads closed segments and writes each group of them
// into a `.cleaned` segment, which replaceCleanedSegments swaps in (Kafka's `.cleaned` -> `.swap` -> rename protocol,
// completed or rolled back by recovery after a crash). Anything that changes the segment list meanwhile (truncation,
// retention, DeleteRecords, close) moves the cleaning generation, and a swap planned before it is refused.

import type { Logger } from 'pino';
import {
  BatchHeaderView,
  buildRecordBatch,
  setBaseOffset,
  setMaxTimestamp,
  setPartitionLeaderEpoch,
} from '@samsa/protocol';
import type { LogConfig } from './config';
import type { SegmentIO } from './io/segment-io';
import { ValidatedRecords, validateRecordSet, type RecordSetInfo } from './log-validator';
import { KafkaStorageError, OffsetOutOfRangeError, toStorageError } from './errors';
import { StorageErrorLog, type StorageOp } from './io-error-log';
import { LogSegment } from './log-segment';
import type { LogSegments } from './log-segments';
import { asOffset, fail, invariant, type Offset } from './offsets';
import {
  ControlRecordType,
  ProducerStateManager,
  type CompletedTxn,
  rebuildProducerState,
  writeProducerSnapshot,
} from './producer-state';
import { LeaderEpochCache } from './leader-epoch-cache';
import { loadAndRecover, releaseAll } from './recovery';
import { belowLogStart, expiredBySize, expiredByTime, type RetentionReason } from './retention';
import type { AbortedTxn } from './txn-index';
import { swapInCleanedSegment } from './cleaner/swap';
import type { CleanerState, LastRecord } from './cleaner/cleaner-state';

export type { CleanerState, LastRecord } from './cleaner/cleaner-state';

export interface AppendOptions {
  leaderEpoch: number;
  /** Defaults to the topic's message.timestamp.type. */
  timestampType?: 'CreateTime' | 'LogAppendTime';
  /** Append time in ms (defaults to the log's clock). */
  now?: number;
  /** Client batches get the client-only checks (default true); coordinators append control batches with false. */
  fromClient?: boolean;
}

export interface AppendResult {
  baseOffset: Offset;
  lastOffset: Offset;
  /** The broker time written into LogAppendTime batches; -1 for CreateTime. */
  logAppendTime: number;
  logStartOffset: Offset;
  /** A retry of a batch already in the log: nothing was written, the offsets are the original ones. */
  duplicate?: boolean;
  /** Transactions closed by control batches in this append. */
  completedTxns?: readonly CompletedTxn[];
}

/** A commit or abort marker written by a transaction coordinator (WriteTxnMarkers). */
export interface ControlMarker {
  producerId: number;
  producerEpoch: number;
  coordinatorEpoch: number;
  type: 'COMMIT' | 'ABORT';
  leaderEpoch: number;
  /** Marker timestamp (defaults to the log's clock). */
  now?: number;
}

/** An aborted transaction overlapping a fetched range (FetchResponse's AbortedTransaction). */
export interface AbortedTransaction {
  producerId: number;
  firstOffset: number;
}

export interface ReadOptions {
  /** Return the first batch even when it exceeds maxBytes (Kafka fetch semantics). Default true. */
  minOneBatch?: boolean;
  /** Exclusive upper bound (usually the high watermark); defaults to the log end offset. */
  upTo?: Offset;
}

export interface ReadResult {
  /** Views of whole batches, in offset order (empty when nothing is readable). */
  records: Buffer[];
  highWatermark: Offset;
  logStartOffset: Offset;
  logEndOffset: Offset;
}

export interface TimestampAndOffset {
  timestamp: number;
  offset: Offset;
}

export interface PartitionLogOptions {
  io: SegmentIO;
  dir: string;
  topic: string;
  partition: number;
  config: LogConfig;
  logger: Logger;
  recoveryPoint?: number;
  logStartOffset?: number;
  highWatermark?: number;
  cleanShutdown?: boolean;
  clock?: () => number;
  /** Removes renamed `*.deleted` files after file.delete.delay.ms; default: at once. */
  deleteFiles?: (paths: string[], delayMs: number) => void;
  /** The log cleaner's checkpoint (cleaner-offset-checkpoint): the first offset not cleaned yet. */
  cleanerCheckpoint?: number;
  /** Told of every I/O failure of the log (Kafka's LogDirFailureChannel): its log dir may be failing. */
  onIoFailure?: (error: KafkaStorageError) => void;
}

export class PartitionLog {
  readonly topic: string;
  readonly partition: number;
  readonly dir: string;
  /** The leader epoch history (leader-epoch-checkpoint): appends add new epochs, truncations remove them. */
  readonly leaderEpochs: LeaderEpochCache;
  #io: SegmentIO;
  #logger: Logger;
  #config: LogConfig;
  #segments: LogSegments;
  #clock: () => number;
  #deleteFiles: (paths: string[], delayMs: number) => void;
  #logStartOffset: number;
  #logEndOffset: number;
  #highWatermark: number;
  #recoveryPoint: number;
  #lastFlushTime: number;
  /** Bumped by every truncation of the log end: a background flush started before one proves nothing. */
  #truncations = 0;
  #backgroundFlushes = new Set<Promise<void>>();
  #view = new BatchHeaderView();
  #closed = false;
  /** Idempotence and transactions: who wrote what (rebuilt from a snapshot and the log at open). */
  #producers = new ProducerStateManager();
  /** I/O failures, logged once per kind until the partition recovers. */
  readonly #ioErrors: StorageErrorLog;
  readonly #onIoFailure: ((error: KafkaStorageError) => void) | undefined;
  /** Rebuilding transaction indexes from here on (open after an unclean stop); null otherwise. */
  #indexTxnsFrom: number | null = null;
  /** Moves whenever the segment list changes other than by a roll; a cleaner swap planned before it is refused. */
  #cleaningGeneration = 0;
  /** Drops the segment a cleaning pass is writing (close, deletion); null when no pass runs. */
  #abortCleaning: (() => void) | null = null;
  readonly cleanerState: CleanerState;
  readonly #onTxnCompleted = (txn: CompletedTxn, lastStableOffset: number): void =>
    this.#indexCompletedTxn(txn, lastStableOffset);

  private constructor(o: PartitionLogOptions, segments: LogSegments) {
    this.topic = o.topic;
    this.partition = o.partition;
    this.dir = o.dir;
    this.#io = o.io;
    this.leaderEpochs = new LeaderEpochCache(o.io, o.dir);
    this.#logger = o.logger;
    this.#ioErrors = new StorageErrorLog(o.logger, o.topic, o.partition);
    this.#onIoFailure = o.onIoFailure;
    this.#config = o.config;
    this.#segments = segments;
    this.#clock = o.clock ?? Date.now;
    this.#deleteFiles = o.deleteFiles ?? ((paths) => paths.forEach((p) => o.io.unlink(p)));
    this.#logEndOffset = segments.active.nextOffset;
    this.#logStartOffset = Math.min(Math.max(o.logStartOffset ?? 0, segments.first.baseOffset), this.#logEndOffset);
    this.#highWatermark = Math.min(
      Math.max(o.highWatermark ?? this.#logStartOffset, this.#logStartOffset),
      this.#logEndOffset,
    );
    // Kafka's rule (LogLoader): after a clean shutdown everything is on disk; otherwise recovery
    // checked the bytes but not that they reached the disk, so the old recovery point stands.
    this.#recoveryPoint = o.cleanShutdown
      ? this.#logEndOffset
      : Math.min(Math.max(o.recoveryPoint ?? 0, this.#logStartOffset), this.#logEndOffset);
    this.#lastFlushTime = this.#clock();
    const checkpoint = o.cleanerCheckpoint ?? this.#logStartOffset;
    this.cleanerState = {
      // Kafka's LogCleanerManager.cleanableOffsets: a checkpoint outside the log starts again from its start.
      firstDirtyOffset:
        checkpoint < this.#logStartOffset || checkpoint > this.#logEndOffset ? this.#logStartOffset : checkpoint,
      lastCleanTimeMs: -1,
      bytesCleaned: 0,
      bytesRemoved: 0,
      recordsRemoved: 0,
      passes: 0,
      error: null,
    };
  }

  /** Opens (creating the directory when missing) and recovers a partition log. */
  static open(o: PartitionLogOptions): PartitionLog {
    let segments: LogSegments | null = null;
    try {
      o.io.mkdir(o.dir);
      const now = (o.clock ?? Date.now)();
      const loaded = loadAndRecover({
        io: o.io,
        dir: o.dir,
        config: o.config,
        now,
        logger: o.logger,
        recoveryPoint: o.recoveryPoint ?? 0,
        cleanShutdown: o.cleanShutdown ?? false,
      });
      segments = loaded.segments;
      const { truncatedBytes, recoveredFrom, created } = loaded;
      const log = new PartitionLog(o, segments);
      if (recoveredFrom !== null) {
        // Kafka's LogSegment.recover re-collects the aborted transactions of rebuilt segments from the producer state.
        for (const seg of segments.all()) if (seg.baseOffset >= recoveredFrom) seg.txnIndex.reset();
        log.#indexTxnsFrom = recoveredFrom;
      }
      try {
        log.#rebuildProducerState();
      } finally {
        log.#indexTxnsFrom = null;
      }
      // The recovery point may lie past a rebuilt segment, so no later flush would reach its rebuilt indexes again,
      // and a lost one reads as valid (a missing .txnindex as "no aborts", a short time index as older records):
      // make the rebuilt segments durable now.
      if (recoveredFrom !== null) for (const seg of segments.all()) if (seg.baseOffset >= recoveredFrom) seg.flush();
      if (created) {
        // A topic of 10,000 partitions would write 10,000 lines; the topic's creation is logged once by the broker.
        o.logger.debug({ topic: o.topic, partition: o.partition, dir: o.dir }, 'created partition log');
      } else {
        // One line per partition: at info, a broker with hundreds of partitions would bury its start-up in them.
        o.logger.debug(
          {
            topic: o.topic,
            partition: o.partition,
            segments: segments.size,
            logStartOffset: log.logStartOffset,
            logEndOffset: log.logEndOffset,
            truncatedBytes,
          },
          'loaded partition log',
        );
      }
      return log;
    } catch (err) {
      // A log that failed to open keeps no descriptor or mapping, and its files stay as they are.
      if (segments !== null) releaseAll(segments);
      throw toStorageError(err, `opening ${o.dir}`);
    }
  }

  get config(): LogConfig {
    return this.#config;
  }

  /** An I/O failure as Kafka's storage error, logged once per kind while the partition keeps failing (StorageErrorLog). */
  #ioFailure(op: StorageOp, err: unknown, what: string, path: string = this.dir): Error {
    const e = toStorageError(err, what);
    if (e instanceof KafkaStorageError) {
      this.#ioErrors.failed(op, e, path);
      this.#onIoFailure?.(e);
    }
    return e;
  }

  /** The producer state of this partition (sequence checks, open transactions). */
  get producerState(): ProducerStateManager {
    return this.#producers;
  }

  #rebuildProducerState(): void {
    const indexFrom = this.#indexTxnsFrom;
    rebuildProducerState(this.#producers, {
      io: this.#io,
      dir: this.dir,
      logStartOffset: this.#logStartOffset,
      logEndOffset: this.#logEndOffset,
      read: (offset, maxBytes) => this.read(offset, maxBytes).records,
      logger: this.#logger,
      snapshotAtOrBelow: indexFrom ?? undefined,
      onCompleted:
        indexFrom === null
          ? undefined
          : (txn, lso) => {
              if (txn.lastOffset >= indexFrom) this.#indexCompletedTxn(txn, lso);
            },
    });
  }

  /** An aborted transaction goes to the transaction index of the segment holding its marker. */
  #indexCompletedTxn(txn: CompletedTxn, lastStableOffset: number): void {
    if (!txn.isAborted) return;
    const seg = this.#segments.at(Math.max(0, this.#segments.floorIndex(txn.lastOffset)));
    seg?.txnIndex.append({
      producerId: txn.producerId,
      firstOffset: txn.firstOffset,
      lastOffset: txn.lastOffset,
      lastStableOffset,
    });
  }

  /** Applies new topic settings; segment sizes apply from the next roll, as in Kafka. */
  updateConfig(config: LogConfig): void {
    this.#config = config;
  }

  get logStartOffset(): Offset {
    return this.#logStartOffset as Offset;
  }
  get logEndOffset(): Offset {
    return this.#logEndOffset as Offset;
  }
  get highWatermark(): Offset {
    return this.#highWatermark as Offset;
  }
  /**
   * The last stable offset: the first offset of the oldest open transaction (never below the log start offset),
   * capped by the high watermark (UnifiedLog.lastStableOffset). read_committed consumers read below it.
   */
  get lastStableOffset(): Offset {
    const firstUnstable = this.#producers.firstUnstableOffset();
    if (firstUnstable < 0) return this.#highWatermark as Offset;
    return Math.min(Math.max(firstUnstable, this.#logStartOffset), this.#highWatermark) as Offset;
  }

  /**
   * The aborted transactions overlapping [startOffset, upperBoundOffset): those whose marker is at or after
   * `startOffset` and whose first offset is below `upperBoundOffset`, from the segment holding `startOffset` on
   * (UnifiedLog.collectAbortedTransactions), oldest marker first.
   */
  collectAbortedTransactions(startOffset: number, upperBoundOffset: number): AbortedTransaction[] {
    const out: AbortedTransaction[] = [];
    const segs = this.#segments.all();
    for (let i = Math.max(0, this.#segments.floorIndex(startOffset)); i < segs.length; i++) {
      const r = (segs[i] as LogSegment).txnIndex.collectAbortedTxns(startOffset, upperBoundOffset);
      for (const t of r.abortedTransactions) out.push({ producerId: t.producerId, firstOffset: t.firstOffset });
      if (r.isComplete) break;
    }
    return out;
  }

  /**
   * The indexed aborted transactions overlapping [startOffset, upperBoundOffset), whole (the cleaner copies the
   * entries of the ABORT markers it keeps).
   */
  abortedTxnsOverlapping(startOffset: number, upperBoundOffset: number): AbortedTxn[] {
    const out: AbortedTxn[] = [];
    const segs = this.#segments.all();
    for (let i = Math.max(0, this.#segments.floorIndex(startOffset)); i < segs.length; i++) {
      const r = (segs[i] as LogSegment).txnIndex.collectAbortedTxns(startOffset, upperBoundOffset);
      out.push(...r.abortedTransactions);
      if (r.isComplete) break;
    }
    return out;
  }

  /** The last batch of every producer the state still holds (UnifiedLog.lastRecordsOfActiveProducers). */
  lastRecordsOfActiveProducers(): Map<number, LastRecord> {
    const out = new Map<number, LastRecord>();
    for (const e of this.#producers.entries()) {
      const last = e.batches[e.batches.length - 1];
      out.set(e.producerId, { lastDataOffset: last ? last.lastOffset : -1, producerEpoch: e.producerEpoch });
    }
    return out;
  }

  /** The segments, oldest first, the last one active (the cleaner's view; never changed through it). */
  segments(): readonly LogSegment[] {
    return this.#segments.all();
  }

  /** The I/O backend and the directory the cleaner writes cleaned segments into. */
  get io(): SegmentIO {
    return this.#io;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** See #cleaningGeneration. */
  get cleaningGeneration(): number {
    return this.#cleaningGeneration;
  }

  /**
   * A cleaning pass starts: `abort` drops what it has written so far, and is called (at most once) if the log is
   * closed before the pass ends. Returns the function the pass calls when it ends either way.
   */
  beginCleaning(abort: () => void): () => void {
    invariant(this.#abortCleaning === null, `${this.dir} is being cleaned already`);
    this.#abortCleaning = abort;
    return () => {
      if (this.#abortCleaning === abort) this.#abortCleaning = null;
    };
  }

  /**
   * Swaps a cleaned segment in for the group of segments it was cleaned from (LocalLog.replaceSegments): false, with
   * nothing changed, when the segment list changed since `generation` (the pass is then abandoned). `cleaned` is closed
   * and flushed, named `<base>.*.cleaned`; the old segments' files are deleted after file.delete.delay.ms.
   */
  replaceCleanedSegments(group: readonly LogSegment[], cleaned: LogSegment, generation: number): boolean {
    if (this.#closed || generation !== this.#cleaningGeneration) return false;
    const segs = this.#segments.all();
    const first = this.#segments.floorIndex(group[0]?.baseOffset ?? -1);
    if (first < 0 || group.some((g, i) => segs[first + i] !== g) || first + group.length >= segs.length) return false;
    let swapped: LogSegment;
    try {
      swapped = swapInCleanedSegment(this.#io, this.dir, group, cleaned, this.#config, this.#clock(), (paths) =>
        this.#deleteFiles(paths, this.#config.fileDeleteDelayMs),
      );
    } catch (err) {
      throw this.#ioFailure('clean', err, `swapping a cleaned segment into ${this.dir}`, cleaned.logPath);
    }
    this.#segments.replace(first, group.length, swapped);
    return true;
  }

  /** Every aborted transaction still indexed, oldest first (tests and tools). */
  abortedTransactions(): AbortedTxn[] {
    const out: AbortedTxn[] = [];
    for (const seg of this.#segments.all()) out.push(...seg.txnIndex.entries());
    return out;
  }

  /**
   * Bytes of the batches from the one holding `fromOffset` up to `toOffset` when both lie in one segment (the
   * position difference Kafka's DelayedFetch compares with min_bytes); null when they are in different segments.
   */
  bytesBetween(fromOffset: number, toOffset: number): number | null {
    if (toOffset <= fromOffset) return 0;
    const i = this.#segments.floorIndex(fromOffset);
    if (i < 0 || i !== this.#segments.floorIndex(toOffset)) return null;
    const seg = this.#segments.at(i) as LogSegment;
    const position = (o: number): number =>
      o >= seg.nextOffset ? seg.size : (seg.translateOffset(o)?.position ?? seg.size);
    try {
      return Math.max(0, position(toOffset) - position(fromOffset));
    } catch (err) {
      throw this.#ioFailure('read', err, `read of ${this.dir}`, seg.logPath);
    }
  }

  get recoveryPoint(): Offset {
    return this.#recoveryPoint as Offset;
  }
  /** Bytes in all segments. */
  get size(): number {
    return this.#segments.sizeInBytes;
  }
  get segmentCount(): number {
    return this.#segments.size;
  }
  /** Base offsets of the segments, oldest first. */
  segmentBaseOffsets(): number[] {
    return this.#segments.all().map((s) => s.baseOffset);
  }

  setHighWatermark(offset: Offset): void {
    if (offset > this.#logEndOffset) fail(`high watermark ${offset} above log end offset ${this.#logEndOffset}`);
    this.#highWatermark = Math.max(offset, this.#logStartOffset);
  }

  /**
   * Appends a record set: a client's as validateProducedRecords returned it (log-validator.ts; it is not walked
   * again), or raw batches, whose headers are checked here (`fromClient` adds the client-only header rules).
   */
  append(records: Buffer | ValidatedRecords, options: AppendOptions): AppendResult {
    try {
      if (records instanceof ValidatedRecords) return this.#append(records.records, records, true, options);
      const fromClient = options.fromClient ?? true;
      return this.#append(
        records,
        validateRecordSet(records, this.#config, fromClient, this.#view),
        fromClient,
        options,
      );
    } finally {
      // The view must not keep the request (and the network buffer under it) alive while the partition idles.
      this.#view.release();
    }
  }

  #append(records: Buffer, info: RecordSetInfo, fromClient: boolean, options: AppendOptions): AppendResult {
    if (this.#closed) fail(`append to closed log ${this.dir}`);
    const now = options.now ?? this.#clock();
    // A retry of one of the producer's last 5 batches is answered with its original offsets, unwritten.
    const duplicate = fromClient ? this.#producers.checkClientAppend(records, this.#view) : null;
    if (duplicate) {
      return {
        baseOffset: duplicate.firstOffset as Offset,
        lastOffset: duplicate.lastOffset as Offset,
        logAppendTime: duplicate.timestamp,
        logStartOffset: this.#logStartOffset as Offset,
        duplicate: true,
      };
    }
    const timestampType = options.timestampType ?? this.#config.timestampType;
    const firstOffset = this.#logEndOffset;

    // Assign offsets (and LogAppendTime) in place: only header bytes change.
    let next = firstOffset;
    let off = 0;
    const view = this.#view;
    let maxTimestamp = info.maxTimestamp;
    while (off < records.length) {
      view.at(records, off);
      const size = view.sizeInBytes;
      const count = view.lastOffsetDelta + 1;
      setBaseOffset(records, off, next);
      setPartitionLeaderEpoch(records, off, options.leaderEpoch);
      if (timestampType === 'LogAppendTime') setMaxTimestamp(records, off, 'LogAppendTime', now);
      next += count;
      off += size;
    }
    if (timestampType === 'LogAppendTime') maxTimestamp = now;
    const lastOffset = next - 1;

    try {
      // A log without history (created before epochs were tracked) has had one epoch since its start. The checkpoint
      // is written before the batches, as Kafka's UnifiedLog.append assigns the epoch first; its failure is a storage
      // error like the append's.
      const epochs = this.leaderEpochs;
      if (options.leaderEpoch > epochs.latestEpoch)
        epochs.assign(options.leaderEpoch, epochs.latestEpoch < 0 ? this.#logStartOffset : firstOffset);
      let active = this.#segments.active;
      if (active.shouldRoll(records.length, maxTimestamp, lastOffset, now)) {
        this.#roll(now);
        active = this.#segments.active;
      }
      active.append(records);
    } catch (err) {
      throw this.#ioFailure('append', err, `append to ${this.dir}`, this.#segments.active.logPath);
    }
    this.#logEndOffset = next;
    const completedTxns = this.#producers.onAppend(records, view, this.#onTxnCompleted);

    if (this.#config.flushOnAppend || this.unflushedMessages >= this.#config.flushMessages) {
      try {
        this.flush();
      } catch (err) {
        // Not durable: take the append back so a retry cannot duplicate it.
        this.#truncateEnd(firstOffset);
        throw this.#ioFailure('flush', err, `flush of ${this.dir}`, this.#segments.active.logPath);
      }
    }
    if (this.#ioErrors.failing !== null) this.#ioErrors.recovered();
    // Both derive from the log end offset, a safe integer by construction.
    return {
      baseOffset: firstOffset as Offset,
      lastOffset: lastOffset as Offset,
      logAppendTime: timestampType === 'LogAppendTime' ? now : -1,
      logStartOffset: this.#logStartOffset as Offset,
      completedTxns,
    };
  }

  /**
   * A follower's append (Kafka's UnifiedLog.appendAsFollower): the batches are the leader's, offsets and leader
   * epochs already assigned, so nothing in them is rewritten and no client rule applies; they must start at or past
   * the log end offset (the follower truncates first when its log diverged). Returns the offsets written.
   */
  appendAsFollower(records: Buffer): AppendResult {
    try {
      return this.#appendAsFollower(records);
    } finally {
      this.#view.release();
    }
  }

  #appendAsFollower(records: Buffer): AppendResult {
    if (this.#closed) fail(`append to closed log ${this.dir}`);
    const view = this.#view;
    const info = validateRecordSet(records, this.#config, false, view);
    view.at(records, 0);
    const firstOffset = view.baseOffset;
    if (firstOffset < this.#logEndOffset) {
      throw new OffsetOutOfRangeError(
        `follower append at ${firstOffset} of ${this.topic}-${this.partition} is below the log end offset ${this.#logEndOffset}`,
      );
    }
    let lastOffset = firstOffset;
    for (let off = 0; off < records.length; ) {
      view.at(records, off);
      lastOffset = view.lastOffset;
      off += view.sizeInBytes;
    }
    const now = this.#clock();
    try {
      let active = this.#segments.active;
      if (active.shouldRoll(records.length, info.maxTimestamp, lastOffset, now)) {
        this.#roll(now);
        active = this.#segments.active;
      }
      active.append(records);
    } catch (err) {
      throw this.#ioFailure('append', err, `append to ${this.dir}`, this.#segments.active.logPath);
    }
    this.#logEndOffset = lastOffset + 1;
    try {
      for (let off = 0; off < records.length; ) {
        view.at(records, off);
        this.leaderEpochs.assign(view.partitionLeaderEpoch, view.baseOffset);
        off += view.sizeInBytes;
      }
    } catch (err) {
      throw this.#ioFailure('append', err, `leader epoch checkpoint of ${this.dir}`);
    }
    const completedTxns = this.#producers.onAppend(records, view, this.#onTxnCompleted);
    if (this.#config.flushOnAppend || this.unflushedMessages >= this.#config.flushMessages) {
      try {
        this.flush();
      } catch (err) {
        throw this.#ioFailure('flush', err, `flush of ${this.dir}`);
      }
    }
    if (this.#ioErrors.failing !== null) this.#ioErrors.recovered();
    return {
      baseOffset: firstOffset as Offset,
      lastOffset: lastOffset as Offset,
      logAppendTime: -1,
      logStartOffset: this.#logStartOffset as Offset,
      completedTxns,
    };
  }

  /**
   * Writes a transaction marker (Kafka's EndTransactionMarker control batch: attributes control|transactional, the
   * producer id and epoch, base sequence -1, one record whose key is version 0 + the type and whose value is version
   * 0 + the coordinator epoch). The producer state checks it first: TRANSACTION_COORDINATOR_FENCED for an older
   * coordinator epoch, INVALID_PRODUCER_EPOCH for an older producer epoch. Nothing is written then.
   */
  appendControlMarker(m: ControlMarker): AppendResult {
    this.#producers.checkMarker(m.producerId, m.producerEpoch, m.coordinatorEpoch);
    const now = m.now ?? this.#clock();
    const key = Buffer.alloc(4);
    key.writeInt16BE(0, 0);
    key.writeInt16BE(m.type === 'COMMIT' ? ControlRecordType.COMMIT : ControlRecordType.ABORT, 2);
    const value = Buffer.alloc(6);
    value.writeInt16BE(0, 0);
    value.writeInt32BE(m.coordinatorEpoch, 2);
    const batch = buildRecordBatch({
      records: [{ key, value }],
      baseTimestamp: now,
      producerId: m.producerId,
      producerEpoch: m.producerEpoch,
      baseSequence: -1,
      transactional: true,
      control: true,
    });
    return this.append(batch, { leaderEpoch: m.leaderEpoch, now, fromClient: false });
  }

  #roll(now: number): void {
    const active = this.#segments.active;
    if (active.size === 0) return;
    const newBase = this.#logEndOffset;
    active.onBecomeInactive();
    writeProducerSnapshot(this.#producers, this.#io, this.dir, newBase);
    this.#segments.add(LogSegment.create(this.#io, this.dir, newBase, this.#config, now));
    this.#logger.debug({ topic: this.topic, partition: this.partition, baseOffset: newBase }, 'rolled segment');
    this.#flushInBackground(newBase);
  }

  /** Kafka's asynchronous flush on roll: fsyncs every segment below `upTo`, then moves the recovery point. */
  #flushInBackground(upTo: number): void {
    const paths: string[] = [];
    const segs = this.#segments.all();
    for (
      let i = Math.max(0, this.#segments.floorIndex(this.#recoveryPoint));
      i < segs.length && segs[i].baseOffset < upTo;
      i++
    ) {
      paths.push(segs[i].logPath, segs[i].indexPath, segs[i].timeIndexPath, segs[i].txnIndexPath);
    }
    if (paths.length === 0) return;
    const truncations = this.#truncations;
    const done: Promise<void> = Promise.all(paths.map((p) => this.#io.syncFile(p))).then(
      () => {
        if (this.#closed || truncations !== this.#truncations || upTo <= this.#recoveryPoint) return;
        this.#recoveryPoint = Math.min(upTo, this.#logEndOffset);
      },
      (err: unknown) => {
        // The recovery point stays where it was: the next flush covers these segments again.
        this.#ioFailure('flush', err, `background flush of ${this.dir} below offset ${upTo}`);
      },
    );
    this.#backgroundFlushes.add(done);
    void done.finally(() => this.#backgroundFlushes.delete(done));
  }

  /** Resolves once every background flush started so far has finished (tests, orderly shutdown). */
  async flushed(): Promise<void> {
    while (this.#backgroundFlushes.size > 0) await Promise.all([...this.#backgroundFlushes]);
  }

  /** Messages appended since the recovery point (what flush.messages counts). */
  get unflushedMessages(): number {
    return this.#logEndOffset - this.#recoveryPoint;
  }

  /**
   * Starts a log that holds nothing at `offset` (Kafka's UnifiedLog.truncateFullyAndStartAt, for an empty log): a copy
   * of a log whose start is past 0 keeps its offsets.
   */
  startAt(offset: number): void {
    invariant(
      this.#logEndOffset === this.#logStartOffset && this.#segments.all().every((s) => s.size === 0),
      `${this.dir} is not empty`,
    );
    invariant(Number.isSafeInteger(offset) && offset >= 0, `invalid start offset ${offset}`);
    if (offset === this.#logEndOffset) return;
    try {
      const old = this.#segments.removeFirst(this.#segments.size);
      this.#segments.add(LogSegment.create(this.#io, this.dir, offset, this.#config, this.#clock()));
      for (const s of old) this.#deleteFiles(s.renameToDeleted(), 0);
    } catch (err) {
      throw this.#ioFailure('roll', err, `start of ${this.dir} at ${offset}`);
    }
    this.#logEndOffset = offset;
    this.#logStartOffset = offset;
    this.#highWatermark = offset;
    this.#recoveryPoint = offset;
    this.cleanerState.firstDirtyOffset = offset;
  }

  /** How many times the log end was cut back (follower truncation): a copy of the log restarts when it moves. */
  get truncationCount(): number {
    return this.#truncations;
  }

  /** Rolls the active segment now (tests and admin tools). */
  roll(): void {
    try {
      this.#roll(this.#clock());
    } catch (err) {
      throw this.#ioFailure('roll', err, `roll of ${this.dir}`);
    }
  }

  /** Removes every offset >= offset (follower truncation, failed durable appends). */
  truncateTo(offset: Offset): void {
    invariant(offset >= this.#logStartOffset, `truncating ${this.dir} below the log start offset`);
    try {
      this.#truncateEnd(offset);
      this.leaderEpochs.truncateFromEnd(this.#logEndOffset);
    } catch (err) {
      throw this.#ioFailure('truncate', err, `truncation of ${this.dir}`);
    }
  }

  #truncateEnd(offset: number): void {
    if (offset >= this.#logEndOffset) return;
    this.#truncations++;
    this.#cleaningGeneration++;
    if (this.cleanerState.firstDirtyOffset > offset) this.cleanerState.firstDirtyOffset = offset;
    let i = this.#segments.floorIndex(offset);
    if (i < 0) i = 0;
    for (const s of this.#segments.removeAfter(i)) this.#deleteFiles(s.renameToDeleted(), 0);
    const seg = this.#segments.active;
    seg.truncateTo(offset);
    seg.resizeIndexes(this.#config.segmentIndexBytes);
    this.#logEndOffset = seg.nextOffset;
    this.#highWatermark = Math.min(this.#highWatermark, this.#logEndOffset);
    this.#recoveryPoint = Math.min(this.#recoveryPoint, this.#logEndOffset);
    this.#rebuildProducerState();
  }

  read(offset: number, maxBytes: number, options: ReadOptions = {}): ReadResult {
    if (!Number.isSafeInteger(offset) || offset < this.#logStartOffset || offset > this.#logEndOffset) {
      throw new OffsetOutOfRangeError(
        `offset ${offset} is outside [${this.#logStartOffset}, ${this.#logEndOffset}] of ${this.topic}-${this.partition}`,
      );
    }
    const result: ReadResult = {
      records: [],
      highWatermark: this.highWatermark,
      logStartOffset: this.logStartOffset,
      logEndOffset: this.logEndOffset,
    };
    const upTo = Math.min(options.upTo ?? this.#logEndOffset, this.#logEndOffset);
    if (offset >= upTo) return result;
    const minOneBatch = options.minOneBatch ?? true;
    try {
      for (let i = Math.max(0, this.#segments.floorIndex(offset)); i < this.#segments.size; i++) {
        const seg = this.#segments.at(i)!;
        const maxPosition = upTo >= seg.nextOffset ? seg.size : (seg.translateOffset(upTo)?.position ?? seg.size);
        const r = seg.read(offset, maxBytes, maxPosition, minOneBatch);
        if (r) {
          if (r.records.length > 0) result.records.push(r.records);
          return result;
        }
      }
    } catch (err) {
      throw this.#ioFailure('read', err, `read of ${this.dir}`);
    }
    return result;
  }

  /** ListOffsets by timestamp: the first record with timestamp >= ts, or null when every record is older. */
  offsetForTimestamp(timestamp: number): TimestampAndOffset | null {
    const segs = this.#segments.all();
    for (const seg of segs) {
      if (seg.maxTimestampSoFar < timestamp || seg.nextOffset <= this.#logStartOffset) continue;
      const found = seg.findOffsetByTimestamp(timestamp, this.#logStartOffset);
      if (found) return { timestamp: found.timestamp, offset: asOffset(found.offset) };
    }
    return null;
  }

  /** ListOffsets MAX_TIMESTAMP (-3): the largest timestamp and the offset of its record; (-1, -1) when empty. */
  maxTimestamp(): { timestamp: number; offset: number } {
    let best: LogSegment | null = null;
    for (const seg of this.#segments.all()) {
      if (
        seg.size > 0 &&
        seg.nextOffset > this.#logStartOffset &&
        (!best || seg.maxTimestampSoFar > best.maxTimestampSoFar)
      )
        best = seg;
    }
    if (!best) return { timestamp: -1, offset: -1 };
    const loc = best.translateOffset(best.offsetOfMaxTimestampSoFar);
    if (!loc) return { timestamp: best.maxTimestampSoFar, offset: best.offsetOfMaxTimestampSoFar };
    return best.firstRecordAtOrAfter(loc, best.maxTimestampSoFar, this.#logStartOffset);
  }

  /** DeleteRecords: moves the log start offset up to `offset` (<= high watermark) and drops segments wholly below it. */
  deleteRecordsBefore(offset: number): Offset {
    if (!Number.isSafeInteger(offset) || offset > this.#highWatermark || offset < 0) {
      throw new OffsetOutOfRangeError(
        `cannot delete records before ${offset}: high watermark is ${this.#highWatermark}`,
      );
    }
    if (offset > this.#logStartOffset) this.#logStartOffset = offset;
    // Also when the start did not move: a roll since the last call can leave a whole segment below it.
    this.#deletePrefix(belowLogStart(this.#segments.all(), this.#logStartOffset), 'log-start-offset');
    return this.logStartOffset;
  }

  /**
   * Applies retention.ms, retention.bytes (when cleanup.policy has `delete`, as UnifiedLog.deleteOldSegments) and the
   * log start offset; returns the segments deleted.
   */
  deleteOldSegments(now: number = this.#clock()): number {
    let deleted = 0;
    if (this.#config.delete) {
      deleted += this.#deletePrefix(expiredByTime(this.#segments.all(), now, this.#config.retentionMs), 'retention.ms');
      deleted += this.#deletePrefix(
        expiredBySize(this.#segments.all(), this.#config.retentionBytes),
        'retention.bytes',
      );
    }
    deleted += this.#deletePrefix(belowLogStart(this.#segments.all(), this.#logStartOffset), 'log-start-offset');
    return deleted;
  }

  #deletePrefix(n: number, reason: RetentionReason): number {
    if (n === 0) return 0;
    this.#cleaningGeneration++;
    const removed = this.#segments.removeFirst(n);
    const newStart = this.#segments.first.baseOffset;
    this.#logStartOffset = Math.max(this.#logStartOffset, newStart);
    this.#highWatermark = Math.max(this.#highWatermark, this.#logStartOffset);
    this.#recoveryPoint = Math.max(this.#recoveryPoint, this.#logStartOffset);
    if (this.cleanerState.firstDirtyOffset < this.#logStartOffset)
      this.cleanerState.firstDirtyOffset = this.#logStartOffset;
    for (const s of removed) {
      this.#logger.info(
        { topic: this.topic, partition: this.partition, segment: s.baseOffset, reason },
        'deleting segment',
      );
      try {
        this.#deleteFiles(s.renameToDeleted(), this.#config.fileDeleteDelayMs);
      } catch (err) {
        throw this.#ioFailure('delete', err, `deleting segment ${s.logPath}`, s.logPath);
      }
    }
    return n;
  }

  /** fsyncs everything appended since the recovery point and moves the recovery point to the log end. */
  flush(): void {
    const segs = this.#segments.all();
    for (let i = Math.max(0, this.#segments.floorIndex(this.#recoveryPoint)); i < segs.length; i++) segs[i].flush();
    this.#recoveryPoint = this.#logEndOffset;
    this.#lastFlushTime = this.#clock();
  }

  /** flush.ms: flushes when the last flush is older than flush.ms. */
  maybeFlushByTime(now: number = this.#clock()): void {
    if (this.unflushedMessages > 0 && now - this.#lastFlushTime >= this.#config.flushMs) {
      try {
        this.flush();
      } catch (err) {
        throw this.#ioFailure('flush', err, `flush of ${this.dir}`);
      }
      if (this.#ioErrors.failing !== null) this.#ioErrors.recovered();
    }
  }

  #stopCleaning(): void {
    this.#cleaningGeneration++;
    const abort = this.#abortCleaning;
    this.#abortCleaning = null;
    abort?.();
  }

  /** Flushes and closes every segment (clean shutdown). */
  close(): void {
    if (this.#closed) return;
    this.#stopCleaning();
    try {
      this.flush();
      writeProducerSnapshot(this.#producers, this.#io, this.dir, this.#logEndOffset);
    } finally {
      this.#closed = true;
      for (const s of this.#segments.all()) s.close();
    }
  }

  /** Closes without flushing (the partition is being deleted). */
  closeWithoutFlush(): void {
    if (this.#closed) return;
    this.#stopCleaning();
    this.#closed = true;
    for (const s of this.#segments.all()) s.close();
  }
}
