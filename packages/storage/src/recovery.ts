// Loading a partition directory and recovering it after an unclean stop, as Kafka does:
// - a swap of cleaned segments interrupted by the stop is finished or undone (cleaner/swap.ts);
// - leftovers are cleaned first: `*.deleted` files (a deletion interrupted by the stop), temporary
//   files, and indexes whose .log is gone;
// - every segment is opened; one whose index is inconsistent or whose tail is torn is rebuilt;
// - without a clean-shutdown marker, every segment from the one holding the recovery point on is
//   rescanned batch by batch (length, CRC32C, offsets going forward): the first bad batch and
//   everything after it, including later segments, is cut, and what was cut is logged;
// - empty segments left at the end after a gap (their predecessor lost its tail) are removed, so
//   the log end offset follows the last batch actually kept and appends continue right after it.
// Flushed data always lies before the recovery point or passes the checks, so it is never lost;
// torn or unflushed tails never survive to be served.

import type { Logger } from 'pino';
import { join } from 'node:path';
import type { LogConfig } from './config';
import type { SegmentIO } from './io/segment-io';
import { DELETED_SUFFIX, INDEX_SUFFIX, LOG_SUFFIX, LogSegment, TIME_INDEX_SUFFIX } from './log-segment';
import { LogSegments } from './log-segments';
import { recoverSwaps } from './cleaner/swap';

const SEGMENT_NAME = /^(\d{20})\.(log|index|timeindex|txnindex)$/;

export interface LoadOptions {
  io: SegmentIO;
  dir: string;
  config: LogConfig;
  now: number;
  logger: Logger;
  /** Offset below which data is known to be flushed. */
  recoveryPoint: number;
  /** A clean-shutdown marker was present: only inconsistent segments are rebuilt. */
  cleanShutdown: boolean;
}

export interface LoadResult {
  segments: LogSegments;
  /** Bytes cut from torn or corrupt tails. */
  truncatedBytes: number;
  /**
   * Base offset of the first segment rebuilt from its bytes, or null: the transaction indexes from there on are
   * rebuilt while the producer state is replayed.
   */
  recoveredFrom: number | null;
  /** The directory held no segment: the log starts empty here. */
  created: boolean;
}

export function loadAndRecover(opts: LoadOptions): LoadResult {
  const { io, dir, config, now, logger } = opts;
  recoverSwaps(io, dir, logger);
  const names = io.readdir(dir);
  const logs = new Set<number>();
  for (const name of names) {
    if (name.endsWith(DELETED_SUFFIX) || name.endsWith('.tmp')) {
      io.unlink(join(dir, name));
      continue;
    }
    const m = SEGMENT_NAME.exec(name);
    if (m && m[2] === 'log') logs.add(Number(m[1]));
  }
  for (const name of names) {
    const m = SEGMENT_NAME.exec(name);
    if (m && m[2] !== 'log' && !logs.has(Number(m[1]))) {
      logger.warn({ file: join(dir, name) }, 'removing index file without a segment');
      io.unlink(join(dir, name));
    }
  }
  const segments = new LogSegments();
  try {
    for (const base of [...logs].sort((a, b) => a - b)) segments.add(LogSegment.load(io, dir, base, config, now));
    const created = segments.size === 0;
    if (created) segments.add(LogSegment.create(io, dir, 0, config, now));
    return { ...recover(opts, segments), created };
  } catch (err) {
    releaseAll(segments);
    throw err;
  }
}

/** Lets go of every segment's files as they are (the partition failed to open). */
export function releaseAll(segments: LogSegments): void {
  for (const seg of segments.all()) {
    try {
      seg.release();
    } catch {
      // Best effort: the open failure is what gets reported.
    }
  }
}

function recover(opts: LoadOptions, segments: LogSegments): Omit<LoadResult, 'created'> {
  const { io, config, logger } = opts;

  let truncatedBytes = 0;
  let recoveredFrom: number | null = null;
  const list = segments.all();
  const firstUnflushed = opts.cleanShutdown ? list.length : Math.max(0, segments.floorIndex(opts.recoveryPoint));
  for (let i = 0; i < list.length; i++) {
    const seg = list[i];
    if (i < firstUnflushed && !seg.needsRecovery) continue;
    if (seg.needsRecovery) logger.warn({ segment: seg.logPath }, 'segment index inconsistent or tail torn; rebuilding');
    const cut = seg.recover();
    recoveredFrom ??= seg.baseOffset;
    if (cut > 0) {
      truncatedBytes += cut;
      logger.warn(
        { segment: seg.logPath, bytes: cut, nextOffset: seg.nextOffset },
        'truncated invalid bytes at the end of the segment',
      );
      const dropped = segments.removeAfter(i);
      for (const d of dropped) {
        truncatedBytes += d.size;
        logger.warn({ segment: d.logPath, bytes: d.size }, 'deleting segment after a truncated one');
        for (const p of d.renameToDeleted()) io.unlink(p);
      }
      break;
    }
  }
  // Every segment starts at its predecessor's next offset, so an empty segment past that point
  // only remains when the bytes before it were lost.
  for (let list2 = segments.all(); list2.length > 1; list2 = segments.all()) {
    const last = list2[list2.length - 1];
    const prev = list2[list2.length - 2];
    if (last.size > 0 || last.baseOffset <= prev.nextOffset) break;
    logger.warn(
      { segment: last.logPath, previousNextOffset: prev.nextOffset },
      'deleting empty segment after lost data',
    );
    segments.removeAfter(list2.length - 2);
    for (const p of last.renameToDeleted()) io.unlink(p);
  }
  // Only the active segment keeps preallocated indexes.
  const all = segments.all();
  for (let i = 0; i < all.length - 1; i++) {
    if (
      all[i].timeIndex.maxEntries > all[i].timeIndex.entries ||
      all[i].offsetIndex.maxEntries > all[i].offsetIndex.entries
    ) {
      all[i].onBecomeInactive();
    }
  }
  segments.active.resizeIndexes(config.segmentIndexBytes);
  return { segments, truncatedBytes, recoveredFrom };
}

export { LOG_SUFFIX, INDEX_SUFFIX, TIME_INDEX_SUFFIX };
