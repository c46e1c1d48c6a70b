// One cleaning pass over one log (Kafka's Cleaner.doClean):
// 1. the offset map: every keyed record of the dirty section, outside aborted transactions, mapped to its latest
//    offset, until the map is as full as it may get (the pass then ends where the map ends);
// 2. the segments from the log start to the map's end, grouped so that a group fits segment.bytes, the index size
//    and a 32-bit relative offset (Cleaner.groupSegmentsBySize), each group rewritten into one `.cleaned` segment
//    through the batch filter and swapped in (swap.ts) before the next group starts.
// Source segments are read a window at a time through the segment files (so through the handle cache), every batch
// checked (CRC32C) before it is rewritten; the event loop runs between windows, and log.cleaner.io.max.bytes.per.second
// paces the bytes read and written. A pass stops, dropping its unfinished segment, when its log is closed or the
// segment list changed under it.

import type { Logger } from 'pino';
import {
  BATCH_HEADER_SIZE,
  BATCH_LENGTH_OFFSET,
  BatchHeaderView,
  compressBatch,
  decompressBatch,
  LOG_OVERHEAD,
  RecordIterator,
  validateBatchAt,
  type CompressionCodec,
} from '@samsa/protocol';
import type { CleanerConfig } from '../config';
import { CLEANED_SUFFIX, LogSegment } from '../log-segment';
import type { PartitionLog } from '../partition-log';
import { readControlMarker } from '../producer-state';
import { BatchFilter, type FilterContext, type FilterCounts } from './batch-filter';
import type { CleanableRange } from './cleanable';
import { OffsetMap } from './offset-map';
import { deleteCleanedFiles } from './swap';
import type { Throttler } from './throttler';
import { CleanedTxnMetadata } from './txn-metadata';

/** What one pass did. */
export interface CleanStats {
  readonly firstDirtyOffset: number;
  /** The first offset the pass did not clean (the new cleaner checkpoint). */
  endOffset: number;
  /** Bytes and records of the segments rewritten, and what was written back. */
  bytesRead: number;
  bytesWritten: number;
  recordsRead: number;
  recordsKept: number;
  /** Bytes and records read to build the offset map. */
  mapBytesRead: number;
  mapRecordsRead: number;
  /** Keyless records dropped (Kafka's invalid messages). */
  invalidRecords: number;
  segmentsBefore: number;
  segmentsAfter: number;
  /** Share of the offset map's slots used. */
  bufferUtilization: number;
  durationMs: number;
}

/** The pass was stopped: its log closed or changed under it. Nothing of it stays but the groups already swapped. */
export class CleaningAbortedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CleaningAbortedError';
  }
}

export interface CleanerOptions {
  readonly config: CleanerConfig;
  readonly logger: Logger;
  readonly throttler: Throttler;
  /** Lets the event loop run between windows (default setImmediate). */
  readonly pause?: () => Promise<void>;
  readonly clock?: () => number;
}

const MIN_WINDOW = 64 * 1024;
const defaultPause = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The state of one pass over one log. */
interface Pass {
  readonly log: PartitionLog;
  readonly generation: number;
  readonly stats: CleanStats;
  aborted: boolean;
  /** The segment being written, dropped by an abort. */
  cleaned: LogSegment | null;
}

export class Cleaner {
  readonly #o: CleanerOptions;
  readonly #pause: () => Promise<void>;
  readonly #clock: () => number;
  readonly #window: number;
  readonly #filter = new BatchFilter();
  readonly #view = new BatchHeaderView();

  constructor(o: CleanerOptions) {
    this.#o = o;
    this.#pause = o.pause ?? defaultPause;
    this.#clock = o.clock ?? Date.now;
    // Kafka splits log.cleaner.io.buffer.size between the read and the write buffer of each thread.
    this.#window = Math.max(MIN_WINDOW, Math.floor(o.config.ioBufferSize / Math.max(1, o.config.threads) / 2));
  }

  /** Cleans `range` of `log` with `now` as the time tombstone horizons are measured from. */
  async clean(log: PartitionLog, range: CleanableRange, now: number): Promise<CleanStats> {
    const started = this.#clock();
    const pass: Pass = {
      log,
      generation: log.cleaningGeneration,
      aborted: false,
      cleaned: null,
      stats: {
        firstDirtyOffset: range.firstDirtyOffset,
        endOffset: range.firstDirtyOffset,
        bytesRead: 0,
        bytesWritten: 0,
        recordsRead: 0,
        recordsKept: 0,
        mapBytesRead: 0,
        mapRecordsRead: 0,
        invalidRecords: 0,
        segmentsBefore: log.segmentCount,
        segmentsAfter: log.segmentCount,
        bufferUtilization: 0,
        durationMs: 0,
      },
    };
    const done = log.beginCleaning(() => {
      pass.aborted = true;
      const cleaned = pass.cleaned;
      pass.cleaned = null;
      if (cleaned) dropCleaned(log, cleaned);
    });
    try {
      const c = this.#o.config;
      const map = new OffsetMap(
        Math.floor(c.dedupeBufferSize / Math.max(1, c.threads)),
        range.firstUncleanableOffset - range.firstDirtyOffset,
        c.dedupeBufferLoadFactor,
        range.firstDirtyOffset - 1,
      );
      await this.#buildOffsetMap(pass, range, map);
      const endOffset = map.latestOffset + 1;
      pass.stats.bufferUtilization = map.utilization;
      // Segments starting past the uncleanable offset stay out even when the dirty section starts later (the log start
      // moved past it): they may hold undecided transactions.
      const groupsEnd = Math.min(endOffset, range.firstUncleanableOffset);
      const groups = groupSegmentsBySize(
        log.segments().filter((s, i, all) => i < all.length - 1 && s.baseOffset < groupsEnd),
        log.config.segmentBytes,
        log.config.segmentIndexBytes,
        endOffset,
      );
      const txns = new CleanedTxnMetadata();
      for (const group of groups) await this.#cleanGroup(pass, group, map, txns, now);
      pass.stats.endOffset = endOffset;
      pass.stats.segmentsAfter = log.segmentCount;
      pass.stats.durationMs = this.#clock() - started;
      return pass.stats;
    } finally {
      done();
      const cleaned = pass.cleaned;
      pass.cleaned = null;
      if (cleaned) dropCleaned(log, cleaned);
    }
  }

  #check(pass: Pass): void {
    if (pass.aborted || pass.log.closed)
      throw new CleaningAbortedError(`cleaning of ${pass.log.topic}-${pass.log.partition} stopped: the log closed`);
    if (pass.log.cleaningGeneration !== pass.generation)
      throw new CleaningAbortedError(
        `cleaning of ${pass.log.topic}-${pass.log.partition} stopped: its segments changed`,
      );
  }

  /** Step 1 (Cleaner.buildOffsetMap): maps the dirty section's keys, segment by segment, until the map is full. */
  async #buildOffsetMap(pass: Pass, range: CleanableRange, map: OffsetMap): Promise<void> {
    const { log } = pass;
    const start = range.firstDirtyOffset;
    const end = range.firstUncleanableOffset;
    if (end <= start) return;
    const dirty = log
      .segments()
      .filter((s, i, all) => i < all.length - 1 && s.baseOffset < end && s.nextOffset > start);
    const txns = new CleanedTxnMetadata();
    txns.addAbortedTransactions(log.abortedTxnsOverlapping(start, end));
    for (let i = 0; i < dirty.length; i++) {
      const seg = dirty[i] as LogSegment;
      const full = await this.#mapSegment(pass, seg, start, map, txns);
      if (full) return;
      // Offsets missing at the end of a segment (cleaned away earlier) are covered too.
      map.updateLatestOffset((i + 1 < dirty.length ? (dirty[i + 1] as LogSegment).baseOffset : end) - 1);
    }
  }

  /** Maps one segment's keys from `start` on; true when the map filled up first. */
  async #mapSegment(
    pass: Pass,
    seg: LogSegment,
    start: number,
    map: OffsetMap,
    txns: CleanedTxnMetadata,
  ): Promise<boolean> {
    const stats = pass.stats;
    for await (const [buf, off, size] of this.#batches(pass, seg, seg.offsetIndex.lookup(start).position)) {
      const h = this.#view.at(buf, off);
      const lastOffset = h.lastOffset;
      const pid = h.producerId;
      stats.mapBytesRead += size;
      if (h.isControl) {
        txns.onControlBatch(pid, lastOffset, h.recordCount === 0 ? null : readControlMarker(buf, off).type);
        stats.mapRecordsRead += h.recordCount;
      } else if (txns.onDataBatch(pid, lastOffset, h.isTransactional)) {
        stats.mapRecordsRead += h.recordCount;
      } else {
        const plain = h.compression === 0 ? buf.subarray(off, off + size) : await decompressBatch(buf, off);
        const it = new RecordIterator(plain, 0);
        while (it.next()) {
          const r = it.record;
          stats.mapRecordsRead++;
          if (r.keyLength < 0 || r.offset < start) continue;
          if (map.full) return true;
          map.put(plain, r.keyStart, r.keyStart + r.keyLength, r.offset);
        }
      }
      if (lastOffset >= start) map.updateLatestOffset(lastOffset);
    }
    return false;
  }

  /**
   * The batches of a segment from `position` to its end, each checked (length, magic 2, CRC32C), as [buffer, offset,
   * size]; reads a window at a time, lets the event loop run between windows, and is paced by the throttler.
   */
  async *#batches(pass: Pass, seg: LogSegment, position: number): AsyncGenerator<[Buffer, number, number]> {
    const segSize = seg.size;
    let pos = position;
    while (pos < segSize) {
      this.#check(pass);
      let win = seg.readRange(pos, Math.min(this.#window, segSize - pos));
      if (win.length >= LOG_OVERHEAD) {
        const first = LOG_OVERHEAD + win.readInt32BE(BATCH_LENGTH_OFFSET);
        // A batch larger than the window is read whole (Cleaner.growBuffersOrFail).
        if (first > win.length && pos + first <= segSize) win = seg.readRange(pos, first);
      }
      let off = 0;
      while (win.length - off >= BATCH_HEADER_SIZE) {
        const size = LOG_OVERHEAD + win.readInt32BE(off + BATCH_LENGTH_OFFSET);
        if (off + size > win.length) break;
        validateBatchAt(win, off, off + size, { fromClient: false }, this.#view);
        yield [win, off, size];
        off += size;
      }
      if (off === 0) throw new Error(`segment ${seg.logPath} holds no whole batch at position ${pos}`);
      pos += off;
      await this.#o.throttler.maybeThrottle(off);
      await this.#pause();
    }
  }

  /** Step 2 for one group (Cleaner.cleanSegments): rewrites it into a `.cleaned` segment and swaps that in. */
  async #cleanGroup(
    pass: Pass,
    group: readonly LogSegment[],
    map: OffsetMap,
    txns: CleanedTxnMetadata,
    now: number,
  ): Promise<void> {
    this.#check(pass);
    const { log } = pass;
    const first = group[0] as LogSegment;
    const last = group[group.length - 1] as LogSegment;
    deleteCleanedFiles(log.io, log.dir, first.baseOffset);
    const cleaned = LogSegment.create(log.io, log.dir, first.baseOffset, log.config, last.created, CLEANED_SUFFIX);
    pass.cleaned = cleaned;
    txns.onRetainedAbort = (txn) => cleaned.txnIndex.append(txn);
    const ctx: FilterContext = {
      map,
      txns,
      producers: log.lastRecordsOfActiveProducers(),
      now,
      deleteRetentionMs: log.config.deleteRetentionMs,
      groupEndOffset: last.nextOffset,
    };
    const counts: FilterCounts = { recordsRead: 0, recordsKept: 0, invalid: 0 };
    for (let i = 0; i < group.length; i++) {
      const seg = group[i] as LogSegment;
      const upper = i + 1 < group.length ? (group[i + 1] as LogSegment).baseOffset : seg.nextOffset;
      txns.addAbortedTransactions(log.abortedTxnsOverlapping(seg.baseOffset, upper));
      await this.#cleanInto(pass, seg, cleaned, ctx, counts);
    }
    txns.onRetainedAbort = null;
    this.#check(pass);
    cleaned.onBecomeInactive();
    cleaned.flush();
    cleaned.close();
    pass.cleaned = null;
    pass.stats.recordsRead += counts.recordsRead;
    pass.stats.recordsKept += counts.recordsKept;
    pass.stats.invalidRecords += counts.invalid;
    if (!log.replaceCleanedSegments(group, cleaned, pass.generation)) {
      deleteCleanedFiles(log.io, log.dir, first.baseOffset);
      this.#check(pass);
      throw new CleaningAbortedError(`cleaning of ${log.topic}-${log.partition} stopped: its segments changed`);
    }
  }

  /** Copies what the filter keeps of one segment into `dest`, one window of batches per write. */
  async #cleanInto(
    pass: Pass,
    seg: LogSegment,
    dest: LogSegment,
    ctx: FilterContext,
    counts: FilterCounts,
  ): Promise<void> {
    const stats = pass.stats;
    let out: Buffer[] = [];
    let outBytes = 0;
    let lastWin: Buffer | null = null;
    const flush = async (): Promise<void> => {
      if (out.length === 0) return;
      this.#check(pass);
      dest.appendBatches(out);
      stats.bytesWritten += outBytes;
      const n = outBytes;
      out = [];
      outBytes = 0;
      await this.#o.throttler.maybeThrottle(n);
    };
    for await (const [buf, off, size] of this.#batches(pass, seg, 0)) {
      // Views of one window are written together, before the next window is read.
      if (buf !== lastWin) await flush();
      lastWin = buf;
      stats.bytesRead += size;
      const codec = this.#view.at(buf, off).compression;
      let bytes: Buffer | null;
      if (codec === 0) {
        const outcome = this.#filter.filter(buf, off, size, ctx, counts);
        bytes =
          outcome.kind === 'drop' ? null : outcome.kind === 'keep' ? buf.subarray(off, off + size) : outcome.bytes;
      } else {
        const plain = await decompressBatch(buf, off);
        const outcome = this.#filter.filter(plain, 0, plain.length, ctx, counts);
        if (outcome.kind === 'drop') bytes = null;
        else if (outcome.kind === 'keep') bytes = buf.subarray(off, off + size);
        else if (outcome.empty) bytes = outcome.bytes;
        else bytes = await compressBatch(outcome.bytes, codec as CompressionCodec);
      }
      if (bytes !== null) {
        out.push(bytes);
        outBytes += bytes.length;
      }
    }
    await flush();
  }
}

/** Lets go of a segment the pass will not swap in, and of its files. */
function dropCleaned(log: PartitionLog, cleaned: LogSegment): void {
  try {
    cleaned.release();
    deleteCleanedFiles(log.io, log.dir, cleaned.baseOffset);
  } catch {
    // Recovery removes `.cleaned` files at the next start.
  }
}

/**
 * Groups consecutive segments so each group's log bytes fit `maxSize`, its index bytes `maxIndexSize`, and its
 * offsets a 32-bit distance from its base (Cleaner.groupSegmentsBySize). A group never ends with an empty segment,
 * so every cleaned segment ends with a batch (swap.ts relies on it).
 */
export function groupSegmentsBySize(
  segments: readonly LogSegment[],
  maxSize: number,
  maxIndexSize: number,
  firstUncleanableOffset: number,
): LogSegment[][] {
  const groups: LogSegment[][] = [];
  let i = 0;
  while (i < segments.length) {
    const group = [segments[i] as LogSegment];
    let logSize = (segments[i] as LogSegment).size;
    let indexSize = (segments[i] as LogSegment).offsetIndex.sizeInBytes;
    let timeIndexSize = (segments[i] as LogSegment).timeIndex.sizeInBytes;
    i++;
    while (i < segments.length) {
      const next = segments[i] as LogSegment;
      const lastOffset =
        i + 1 < segments.length ? (segments[i + 1] as LogSegment).baseOffset - 1 : firstUncleanableOffset - 1;
      if (
        logSize + next.size > maxSize ||
        indexSize + next.offsetIndex.sizeInBytes > maxIndexSize ||
        timeIndexSize + next.timeIndex.sizeInBytes > maxIndexSize ||
        (next.size > 0 && lastOffset - (group[0] as LogSegment).baseOffset > 0x7fffffff)
      )
        break;
      group.push(next);
      logSize += next.size;
      indexSize += next.offsetIndex.sizeInBytes;
      timeIndexSize += next.timeIndex.sizeInBytes;
      i++;
    }
    while (group.length > 0 && (group[group.length - 1] as LogSegment).size === 0) group.pop();
    if (group.length > 0) groups.push(group);
  }
  return groups;
}
