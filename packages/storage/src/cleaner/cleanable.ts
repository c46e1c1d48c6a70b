// Which part of a compacted log a pass may clean, and how dirty the log is (Kafka's LogCleanerManager
// .cleanableOffsets, .calculateCleanableBytes, .maxCompactionDelay and LogToClean):
// - the dirty section starts at the cleaner checkpoint (the log start offset when it is outside the log);
// - it ends before the active segment, before the last stable offset (so every transaction in it is decided), and
//   before the first segment holding a record younger than min.compaction.lag.ms, rounded down to a segment start;
// - the cleanable ratio is the dirty bytes over all bytes up to that end; a log is picked when it passes
//   min.cleanable.dirty.ratio, or when a dirty segment's first batch is older than max.compaction.lag.ms.

import type { LogSegment } from '../log-segment';
import type { PartitionLog } from '../partition-log';

export interface CleanableRange {
  /** The first offset of the dirty section. */
  readonly firstDirtyOffset: number;
  /** The first offset a pass may not clean: a segment's base offset. */
  readonly firstUncleanableOffset: number;
}

export interface LogToClean extends CleanableRange {
  readonly log: PartitionLog;
  /** Bytes of the segments before the dirty section (the one holding its start included, as Kafka counts). */
  readonly cleanBytes: number;
  /** Bytes of the segments of the dirty section that may be cleaned. */
  readonly cleanableBytes: number;
  /** cleanableBytes / (cleanBytes + cleanableBytes); 0 for an empty log. */
  readonly cleanableRatio: number;
  /** How long past max.compaction.lag.ms its oldest dirty record is (0: not overdue). */
  readonly compactionDelayMs: number;
}

const sizeOf = (segs: readonly LogSegment[]): number => segs.reduce((n, s) => n + s.size, 0);

/** Base offset of the segment holding `offset` (of the active one at or past it). */
function segmentBaseAt(segs: readonly LogSegment[], offset: number): number {
  let base = (segs[0] as LogSegment).baseOffset;
  for (let i = 0; i < segs.length - 1; i++) {
    const s = segs[i] as LogSegment;
    if (s.baseOffset > offset) break;
    base = s.baseOffset;
  }
  const active = segs[segs.length - 1] as LogSegment;
  return offset >= active.baseOffset ? active.baseOffset : base;
}

/** The dirty section a pass may clean now. */
export function cleanableRange(log: PartitionLog, now: number): CleanableRange {
  const segs = log.segments();
  const active = segs[segs.length - 1] as LogSegment;
  const checkpoint = log.cleanerState.firstDirtyOffset;
  const firstDirtyOffset =
    checkpoint < log.logStartOffset || checkpoint > log.logEndOffset ? log.logStartOffset : checkpoint;
  let uncleanable = Math.min(log.lastStableOffset, active.baseOffset);
  const lag = Math.max(0, log.config.minCompactionLagMs);
  if (lag > 0) {
    for (const s of segs) {
      if (s === active || s.nextOffset <= firstDirtyOffset) continue;
      if (s.largestTimestamp > now - lag) {
        uncleanable = Math.min(uncleanable, s.baseOffset);
        break;
      }
    }
  }
  return {
    firstDirtyOffset,
    firstUncleanableOffset: segmentBaseAt(segs, Math.max(firstDirtyOffset, uncleanable)),
  };
}

/** How far past max.compaction.lag.ms the oldest dirty, closed segment's first batch is. */
function compactionDelay(log: PartitionLog, firstDirtyOffset: number, now: number): number {
  const segs = log.segments();
  let earliest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < segs.length - 1; i++) {
    const s = segs[i] as LogSegment;
    if (s.nextOffset <= firstDirtyOffset) continue;
    const t = s.firstBatchTimestamp();
    if (t > 0 && t < earliest) earliest = t;
  }
  const cleanUntil = now - Math.max(log.config.maxCompactionLagMs, 0);
  return earliest < cleanUntil ? cleanUntil - earliest : 0;
}

/** The log as the cleaner weighs it. */
export function logToClean(log: PartitionLog, now: number): LogToClean {
  const range = cleanableRange(log, now);
  const segs = log.segments();
  const clean = segs.filter((s) => s.baseOffset < range.firstDirtyOffset);
  const from = Math.min(range.firstDirtyOffset, range.firstUncleanableOffset);
  const cleanable = segs.filter(
    (s) => s.baseOffset < range.firstUncleanableOffset && (s.nextOffset > from || s.baseOffset >= from),
  );
  const cleanBytes = sizeOf(clean);
  const cleanableBytes = sizeOf(cleanable);
  const total = cleanBytes + cleanableBytes;
  return {
    ...range,
    log,
    cleanBytes,
    cleanableBytes,
    cleanableRatio: total === 0 ? 0 : cleanableBytes / total,
    compactionDelayMs: compactionDelay(log, range.firstDirtyOffset, now),
  };
}

/** Whether a background pass should clean the log now (LogCleanerManager.grabFilthiestCompactedLog's filter). */
export function needsCleaning(ltc: LogToClean): boolean {
  return (
    ltc.cleanBytes + ltc.cleanableBytes > 0 &&
    ((ltc.compactionDelayMs > 0 && ltc.cleanableBytes > 0) ||
      ltc.cleanableRatio > ltc.log.config.minCleanableDirtyRatio)
  );
}
