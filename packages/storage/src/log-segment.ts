// One segment of a partition log: `<base>.log` (batches exactly as clients sent them, with the
// broker's baseOffset / leader epoch / LogAppendTime rewrites), `<base>.index`,
// `<base>.timeindex` and, once a transaction aborts in it, `<base>.txnindex`, all named by the
// 20-digit base offset. The segment appends batches,
// maintains both indexes every index.interval.bytes, serves reads as views of the file, finds
// offsets by timestamp, and can rebuild itself from the .log bytes after an unclean stop.

import { join } from 'node:path';
import {
  BATCH_HEADER_SIZE,
  BatchHeaderView,
  CorruptRecordError,
  InvalidRecordError,
  RecordIterator,
  validateBatchAt,
} from '@samsa/protocol';
import { maxSegmentMs, type LogConfig } from './config';
import type { SegmentFile, SegmentIO } from './io/segment-io';
import { BatchCursor } from './batch-cursor';
import { OffsetIndex } from './offset-index';
import { TimeIndex } from './time-index';
import { TransactionIndex, TXN_INDEX_SUFFIX } from './txn-index';
import { fail, invariant, offsetFileName } from './offsets';

export const LOG_SUFFIX = '.log';
export const INDEX_SUFFIX = '.index';
export const TIME_INDEX_SUFFIX = '.timeindex';
export const DELETED_SUFFIX = '.deleted';
/** A segment the log cleaner is writing (Kafka's CleanedFileSuffix); never loaded as part of the log. */
export const CLEANED_SUFFIX = '.cleaned';
/** A cleaned segment about to replace the ones it was cleaned from (Kafka's SwapFileSuffix). */
export const SWAP_SUFFIX = '.swap';

/** Where a batch lives in the file. */
export interface BatchLocation {
  position: number;
  size: number;
  baseOffset: number;
  lastOffset: number;
  maxTimestamp: number;
}

export interface SegmentReadResult {
  /** View of whole batches, starting with the one containing the requested offset. */
  records: Buffer;
  firstBatchBaseOffset: number;
}

export class LogSegment {
  readonly baseOffset: number;
  readonly logPath: string;
  readonly indexPath: string;
  readonly timeIndexPath: string;
  readonly txnIndexPath: string;
  /** Creation time (ms): the roll clock for segments whose batches carry no timestamps. */
  readonly created: number;
  readonly offsetIndex: OffsetIndex;
  readonly timeIndex: TimeIndex;
  /** Aborted transactions whose marker is in this segment (maintained by the partition log). */
  readonly txnIndex: TransactionIndex;
  /** Set by load() when the files are inconsistent (torn tail, bad index) and recover() must run. */
  needsRecovery = false;

  #io: SegmentIO;
  #file: SegmentFile;
  #config: LogConfig;
  #nextOffset: number;
  #maxTimestampSoFar = -1;
  #offsetOfMaxTimestampSoFar: number;
  #bytesSinceLastIndexEntry = 0;
  /** maxTimestamp of the first batch (the segment.ms clock), undefined until looked up. */
  #rollingBasedTimestamp: number | undefined;
  #header = new BatchHeaderView();

  private constructor(io: SegmentIO, dir: string, baseOffset: number, config: LogConfig, now: number, suffix = '') {
    this.#io = io;
    this.baseOffset = baseOffset;
    this.#config = config;
    this.created = now;
    this.logPath = join(dir, offsetFileName(baseOffset, LOG_SUFFIX + suffix));
    this.indexPath = join(dir, offsetFileName(baseOffset, INDEX_SUFFIX + suffix));
    this.timeIndexPath = join(dir, offsetFileName(baseOffset, TIME_INDEX_SUFFIX + suffix));
    this.txnIndexPath = join(dir, offsetFileName(baseOffset, TXN_INDEX_SUFFIX + suffix));
    const indexesExisted = io.fileSize(this.indexPath) !== null && io.fileSize(this.timeIndexPath) !== null;
    this.#file = io.openSegment(this.logPath);
    let offsetIndex: OffsetIndex | null = null;
    try {
      offsetIndex = new OffsetIndex(io, this.indexPath, baseOffset);
      this.timeIndex = new TimeIndex(io, this.timeIndexPath, baseOffset);
    } catch (err) {
      // Nothing may keep a descriptor or mapping of a segment that failed to open.
      offsetIndex?.release();
      this.#file.close();
      throw err;
    }
    this.offsetIndex = offsetIndex;
    this.txnIndex = new TransactionIndex(io, this.txnIndexPath);
    this.#nextOffset = baseOffset;
    this.#offsetOfMaxTimestampSoFar = baseOffset;
    if (!indexesExisted && this.#file.size() > 0) this.needsRecovery = true;
    if (!this.offsetIndex.wholeEntries || !this.timeIndex.wholeEntries || !this.txnIndex.wholeEntries)
      this.needsRecovery = true;
  }

  /**
   * A new, empty segment with preallocated indexes: the active segment, or (with `suffix` `.cleaned`) the one the log
   * cleaner writes a group of segments into.
   */
  static create(
    io: SegmentIO,
    dir: string,
    baseOffset: number,
    config: LogConfig,
    now: number,
    suffix = '',
  ): LogSegment {
    const s = new LogSegment(io, dir, baseOffset, config, now, suffix);
    try {
      invariant(s.size === 0, `new segment ${s.logPath} is not empty`);
      s.resizeIndexes(config.segmentIndexBytes);
    } catch (err) {
      s.release();
      throw err;
    }
    return s;
  }

  /** Opens an existing segment, finds its next offset from the last index entry, and checks the indexes. */
  static load(io: SegmentIO, dir: string, baseOffset: number, config: LogConfig, now: number): LogSegment {
    const s = new LogSegment(io, dir, baseOffset, config, now);
    try {
      s.#loadTail();
    } catch (err) {
      s.release();
      throw err;
    }
    return s;
  }

  #loadTail(): void {
    const size = this.#file.size();
    const cursor = new BatchCursor(this.#file, size);
    if (!this.offsetIndex.isConsistent(size) || !this.#lastIndexEntryMatches(cursor)) {
      this.needsRecovery = true;
      this.offsetIndex.reset();
    }
    const last =
      this.offsetIndex.entries > 0
        ? this.offsetIndex.entry(this.offsetIndex.entries - 1)
        : { offset: this.baseOffset, position: 0 };
    let pos = last.position;
    let next = this.baseOffset;
    const t =
      this.timeIndex.entries > 0 && !this.needsRecovery
        ? this.timeIndex.lastEntry()
        : { timestamp: -1, offset: this.baseOffset };
    let maxTs = t.timestamp;
    let maxTsOffset = t.offset;
    while (pos < size) {
      const n = cursor.headerAt(pos);
      if (n < 0) {
        this.needsRecovery = true;
        break;
      }
      const h = cursor.header;
      next = h.lastOffset + 1;
      if (h.maxTimestamp > maxTs) {
        maxTs = h.maxTimestamp;
        maxTsOffset = h.lastOffset;
      }
      pos += n;
    }
    this.#nextOffset = Math.max(next, this.baseOffset);
    this.#maxTimestampSoFar = maxTs;
    this.#offsetOfMaxTimestampSoFar = maxTsOffset;
    if (!this.timeIndex.isConsistent(this.#nextOffset)) this.needsRecovery = true;
  }

  /**
   * The scan for the next offset starts at the last offset index entry, so that entry must point at
   * a batch ending at its offset (an entry that merely looks ordered is not enough).
   */
  #lastIndexEntryMatches(cursor: BatchCursor): boolean {
    if (this.offsetIndex.entries === 0) return true;
    const { offset, position } = this.offsetIndex.entry(this.offsetIndex.entries - 1);
    return cursor.headerAt(position) >= 0 && cursor.header.magic === 2 && cursor.header.lastOffset === offset;
  }

  get size(): number {
    return this.#file.size();
  }

  /** One past the last offset in the segment (its base offset when empty). */
  get nextOffset(): number {
    return this.#nextOffset;
  }

  get maxTimestampSoFar(): number {
    return this.#maxTimestampSoFar;
  }

  get offsetOfMaxTimestampSoFar(): number {
    return this.#offsetOfMaxTimestampSoFar;
  }

  /** The timestamp retention compares with retention.ms: the largest batch timestamp, else creation time. */
  get largestTimestamp(): number {
    return this.#maxTimestampSoFar >= 0 ? this.#maxTimestampSoFar : this.created;
  }

  resizeIndexes(maxIndexBytes: number): void {
    this.offsetIndex.resize(maxIndexBytes);
    this.timeIndex.resize(maxIndexBytes);
  }

  /**
   * Kafka's roll rules for an incoming record set: the segment would pass segment.bytes, its age
   * (by the first batch's timestamp, else creation time) passed segment.ms (or a compacted topic's
   * max.compaction.lag.ms, when shorter), an index is full, or
   * the last offset would not fit a 32-bit relative offset.
   */
  shouldRoll(batchesSize: number, maxTimestampInBatches: number, lastOffset: number, now: number): boolean {
    const size = this.size;
    if (size === 0) return this.offsetIndex.isFull() || this.timeIndex.isFull();
    if (size > this.#config.segmentBytes - batchesSize) return true;
    if (this.#timeWaitedForRoll(now, maxTimestampInBatches) > maxSegmentMs(this.#config)) return true;
    if (this.offsetIndex.isFull() || this.timeIndex.isFull()) return true;
    return lastOffset - this.baseOffset > 0x7fffffff;
  }

  /** The first batch's max timestamp (LogSegment.getFirstBatchTimestamp), -1 when the segment is empty. */
  firstBatchTimestamp(): number {
    if (this.#rollingBasedTimestamp === undefined && this.size > 0) {
      const cursor = new BatchCursor(this.#file, this.size);
      this.#rollingBasedTimestamp = cursor.headerAt(0) < 0 ? -1 : cursor.header.maxTimestamp;
    }
    return this.#rollingBasedTimestamp ?? -1;
  }

  #timeWaitedForRoll(now: number, messageTimestamp: number): number {
    const t = this.firstBatchTimestamp();
    return t >= 0 ? messageTimestamp - t : now - this.created;
  }

  /**
   * Appends validated batches (one Buffer, possibly several batches) with one write, then indexes
   * them. On a write failure the file is cut back to its previous size, so no partial batch stays.
   */
  append(batches: Buffer): void {
    this.appendBatches([batches]);
  }

  /** As append, for batches in several Buffers (each holding whole batches), still written with one call. */
  appendBatches(bufs: readonly Buffer[]): void {
    const position = this.#file.size();
    try {
      const at = this.#file.append(bufs);
      if (at !== position) fail(`segment append landed at ${at}, expected ${position}`);
    } catch (err) {
      this.#file.truncate(position);
      throw err;
    }
    const h = this.#header;
    let base = position;
    for (const batches of bufs) {
      let off = 0;
      while (off < batches.length) {
        h.at(batches, off);
        const size = h.sizeInBytes;
        if (this.#rollingBasedTimestamp === undefined && base + off === 0) this.#rollingBasedTimestamp = h.maxTimestamp;
        this.#indexBatch(h.lastOffset, h.maxTimestamp, base + off, size);
        this.#nextOffset = h.lastOffset + 1;
        off += size;
      }
      base += batches.length;
    }
    h.release();
  }

  /** Bytes [position, position + length) of the .log file (the log cleaner reads segments whole this way). */
  readRange(position: number, length: number): Buffer {
    return this.#file.read(position, length);
  }

  #indexBatch(lastOffset: number, maxTimestamp: number, position: number, size: number): void {
    if (maxTimestamp > this.#maxTimestampSoFar) {
      this.#maxTimestampSoFar = maxTimestamp;
      this.#offsetOfMaxTimestampSoFar = lastOffset;
    }
    if (
      this.#bytesSinceLastIndexEntry > this.#config.indexIntervalBytes &&
      !this.offsetIndex.isFull() &&
      !this.timeIndex.isFull()
    ) {
      this.offsetIndex.append(lastOffset, position);
      this.timeIndex.maybeAppend(this.#maxTimestampSoFar, this.#offsetOfMaxTimestampSoFar);
      this.#bytesSinceLastIndexEntry = 0;
    }
    this.#bytesSinceLastIndexEntry += size;
  }

  /** The first batch whose last offset >= offset, scanning from the index entry for it; null past the end. */
  translateOffset(offset: number, startingPosition = 0): BatchLocation | null {
    const size = this.size;
    const cursor = new BatchCursor(this.#file, size);
    let pos = Math.max(this.offsetIndex.lookup(offset).position, startingPosition);
    while (pos < size) {
      const n = cursor.headerAt(pos);
      if (n < 0) return null;
      const h = cursor.header;
      if (h.lastOffset >= offset) {
        return {
          position: pos,
          size: n,
          baseOffset: h.baseOffset,
          lastOffset: h.lastOffset,
          maxTimestamp: h.maxTimestamp,
        };
      }
      pos += n;
    }
    return null;
  }

  /**
   * Whole batches from the one containing startOffset, at most maxSize bytes (but at least one
   * batch when minOneBatch), never at or past maxPosition. Null when startOffset is past the segment.
   */
  read(startOffset: number, maxSize: number, maxPosition: number, minOneBatch: boolean): SegmentReadResult | null {
    const first = this.translateOffset(startOffset);
    if (!first) return null;
    const limit = Math.min(maxPosition, this.size) - first.position;
    if (limit <= 0) return { records: Buffer.alloc(0), firstBatchBaseOffset: first.baseOffset };
    if (first.size > maxSize || first.size > limit) {
      const records =
        minOneBatch && first.size <= limit ? this.#file.read(first.position, first.size) : Buffer.alloc(0);
      return { records, firstBatchBaseOffset: first.baseOffset };
    }
    const window = Math.min(limit, maxSize);
    const view = this.#file.read(first.position, window);
    let end = 0;
    while (window - end >= BATCH_HEADER_SIZE) {
      const size = 12 + view.readInt32BE(end + 8);
      if (end + size > window) break;
      end += size;
    }
    return { records: end === window ? view : view.subarray(0, end), firstBatchBaseOffset: first.baseOffset };
  }

  /** Reads one batch whole (for record-level lookups). */
  readBatch(loc: BatchLocation): Buffer {
    return this.#file.read(loc.position, loc.size);
  }

  /** First record with timestamp >= target at or after startingOffset, or null when none in this segment. */
  findOffsetByTimestamp(target: number, startingOffset: number): { timestamp: number; offset: number } | null {
    const fromTime = this.timeIndex.lookup(target);
    const startPos = this.offsetIndex.lookup(Math.max(fromTime.offset, startingOffset)).position;
    const size = this.size;
    const cursor = new BatchCursor(this.#file, size);
    let pos = startPos;
    while (pos < size) {
      const n = cursor.headerAt(pos);
      if (n < 0) return null;
      const h = cursor.header;
      if (h.maxTimestamp >= target && h.lastOffset >= startingOffset) {
        const loc = {
          position: pos,
          size: n,
          baseOffset: h.baseOffset,
          lastOffset: h.lastOffset,
          maxTimestamp: h.maxTimestamp,
        };
        return this.firstRecordAtOrAfter(loc, target, startingOffset);
      }
      pos += n;
    }
    return null;
  }

  /**
   * Record-level answer inside one batch: the first record with timestamp >= target. Compressed
   * and LogAppendTime batches answer at batch level (the batch's base offset and max timestamp).
   */
  firstRecordAtOrAfter(
    loc: BatchLocation,
    target: number,
    startingOffset: number,
  ): { timestamp: number; offset: number } {
    const batch = this.readBatch(loc);
    const h = new BatchHeaderView().at(batch, 0);
    if (h.compression === 0 && h.timestampType === 'CreateTime') {
      const it = new RecordIterator(batch, 0);
      while (it.next()) {
        if (it.record.timestamp >= target && it.record.offset >= startingOffset) {
          return { timestamp: it.record.timestamp, offset: it.record.offset };
        }
      }
    }
    return { timestamp: loc.maxTimestamp, offset: Math.max(loc.baseOffset, startingOffset) };
  }

  /**
   * Rebuilds both indexes from the .log bytes and cuts the file at the first batch that is torn,
   * fails its CRC, or goes back in offsets. Returns the number of bytes cut.
   */
  recover(): number {
    this.resizeIndexes(this.#config.segmentIndexBytes);
    this.offsetIndex.reset();
    this.timeIndex.reset();
    // The partition log re-adds the aborted transactions while it replays the producer state (LogSegment.recover).
    this.txnIndex.reset();
    this.#maxTimestampSoFar = -1;
    this.#offsetOfMaxTimestampSoFar = this.baseOffset;
    this.#bytesSinceLastIndexEntry = 0;
    this.#rollingBasedTimestamp = undefined;
    this.#nextOffset = this.baseOffset;
    const size = this.size;
    const cursor = new BatchCursor(this.#file, size);
    const view = new BatchHeaderView();
    let pos = 0;
    while (pos < size) {
      const n = cursor.headerAt(pos);
      if (n < 0) break;
      const buf = cursor.bytes(pos, n);
      const at = pos - cursor.bufferStart;
      try {
        validateBatchAt(buf, at, at + n, { fromClient: false }, view);
      } catch (err) {
        if (err instanceof CorruptRecordError || err instanceof InvalidRecordError) break;
        throw err;
      }
      view.at(buf, at);
      if (view.baseOffset < this.#nextOffset || view.lastOffset < view.baseOffset) break;
      this.#indexBatch(view.lastOffset, view.maxTimestamp, pos, n);
      this.#nextOffset = view.lastOffset + 1;
      pos += n;
    }
    const cut = size - pos;
    if (cut > 0) this.#file.truncate(pos);
    this.needsRecovery = false;
    return cut;
  }

  /** Removes the batch holding `offset` and everything after it; returns the bytes cut. */
  truncateTo(offset: number): number {
    const loc = this.translateOffset(offset);
    if (!loc) return 0;
    this.offsetIndex.truncateTo(offset);
    this.timeIndex.truncateTo(offset);
    this.txnIndex.truncateTo(offset);
    const cut = this.size - loc.position;
    this.#file.truncate(loc.position);
    this.#bytesSinceLastIndexEntry = 0;
    if (loc.position === 0) this.#rollingBasedTimestamp = undefined;
    this.#loadTail();
    return cut;
  }

  flush(): void {
    this.#file.flush();
    this.offsetIndex.flush();
    this.timeIndex.flush();
    this.txnIndex.flush();
  }

  /** The segment stops being active: record the final time index entry and trim both indexes. */
  onBecomeInactive(): void {
    if (this.size > 0) this.timeIndex.maybeAppend(this.#maxTimestampSoFar, this.#offsetOfMaxTimestampSoFar, true);
    this.offsetIndex.trimToValidSize();
    this.timeIndex.trimToValidSize();
  }

  close(): void {
    if (this.size > 0 && this.timeIndex.maxEntries > 0)
      this.timeIndex.maybeAppend(this.#maxTimestampSoFar, this.#offsetOfMaxTimestampSoFar, true);
    this.offsetIndex.close();
    this.timeIndex.close();
    this.txnIndex.close();
    this.#file.close();
  }

  /** Lets go of every file without writing to any (its partition failed to open and stays as it was on disk). */
  release(): void {
    this.offsetIndex.release();
    this.timeIndex.release();
    this.txnIndex.close();
    this.#file.close();
  }

  /** The segment's files that exist, log first (the txn index only once an abort was indexed). */
  existingPaths(): string[] {
    return [this.logPath, this.indexPath, this.timeIndexPath, this.txnIndexPath].filter((p) => this.#io.exists(p));
  }

  /** Closes the files and renames them to `*.deleted`; returns the new paths for the delayed unlink. */
  renameToDeleted(): string[] {
    this.offsetIndex.close();
    this.timeIndex.close();
    this.txnIndex.close();
    this.#file.close();
    const out: string[] = [];
    for (const p of [this.logPath, this.indexPath, this.timeIndexPath, this.txnIndexPath]) {
      if (this.#io.exists(p)) {
        this.#io.rename(p, p + DELETED_SUFFIX);
        out.push(p + DELETED_SUFFIX);
      }
    }
    return out;
  }
}
