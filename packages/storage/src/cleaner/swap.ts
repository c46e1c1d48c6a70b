// Swapping a cleaned segment in for the segments it was cleaned from, and finishing or undoing a swap that a crash
// interrupted (Kafka's LocalLog.replaceSegments and LogLoader's swap handling). Every step is a rename, ordered so
// that the files left after a crash tell recovery what to do:
//   1. the cleaned files (closed and fsynced) go from `<base>.<ext>.cleaned` to `<base>.<ext>.swap`, the .log last:
//      until `<base>.log.swap` exists a `.cleaned` file is left, and recovery deletes every `.cleaned` and `.swap`
//      file from that base on, leaving the old segments as they were;
//   2. the old segments' files are renamed `*.deleted` (removed later), the last segment first, the one sharing the
//      base offset last;
//   3. `<base>.<ext>.swap` becomes `<base>.<ext>`, the .log first, and the directory is fsynced.
// Once `<base>.log.swap` exists the swap is decided: recovery removes every segment whose base offset lies in
// [base, the swap segment's next offset) and finishes the renames. That range is exactly the old group, since the
// cleaner always keeps the last batch of a group (empty if need be), so a cleaned segment ends where its group ended.

import { join } from 'node:path';
import type { Logger } from 'pino';
import type { LogConfig } from '../config';
import type { SegmentIO } from '../io/segment-io';
import { BatchCursor } from '../batch-cursor';
import { CLEANED_SUFFIX, INDEX_SUFFIX, LOG_SUFFIX, LogSegment, SWAP_SUFFIX, TIME_INDEX_SUFFIX } from '../log-segment';
import { offsetFileName } from '../offsets';
import { TXN_INDEX_SUFFIX } from '../txn-index';

/** The extensions of a segment's files, the .log last (the order step 1 renames them in). */
const EXTENSIONS = [INDEX_SUFFIX, TIME_INDEX_SUFFIX, TXN_INDEX_SUFFIX, LOG_SUFFIX] as const;

const SEGMENT_FILE = /^(\d{20})\.(log|index|timeindex|txnindex)$/;
const PENDING_FILE = /^(\d{20})\.(log|index|timeindex|txnindex)\.(cleaned|swap)$/;

/** `<dir>/<base><ext><suffix>`. */
export const segmentFile = (dir: string, base: number, ext: string, suffix = ''): string =>
  join(dir, offsetFileName(base, ext + suffix));

/** Removes what an abandoned pass left of a cleaned segment (its `.cleaned` files). */
export function deleteCleanedFiles(io: SegmentIO, dir: string, base: number): void {
  for (const ext of EXTENSIONS) io.unlink(segmentFile(dir, base, ext, CLEANED_SUFFIX));
}

/**
 * Steps 1-3 for one group. `cleaned` is closed and fsynced; the old segments are closed and their renamed files handed
 * to `deleteLater`. Returns the segment opened from the swapped-in files.
 */
export function swapInCleanedSegment(
  io: SegmentIO,
  dir: string,
  group: readonly LogSegment[],
  cleaned: LogSegment,
  config: LogConfig,
  now: number,
  deleteLater: (paths: string[]) => void,
): LogSegment {
  const base = cleaned.baseOffset;
  for (const ext of EXTENSIONS) {
    const from = segmentFile(dir, base, ext, CLEANED_SUFFIX);
    if (io.exists(from)) io.rename(from, segmentFile(dir, base, ext, SWAP_SUFFIX));
  }
  const deleted: string[] = [];
  for (let i = group.length - 1; i >= 0; i--) deleted.push(...(group[i] as LogSegment).renameToDeleted());
  for (const ext of [LOG_SUFFIX, INDEX_SUFFIX, TIME_INDEX_SUFFIX, TXN_INDEX_SUFFIX]) {
    const from = segmentFile(dir, base, ext, SWAP_SUFFIX);
    if (io.exists(from)) io.rename(from, segmentFile(dir, base, ext));
  }
  io.syncDir(dir);
  deleteLater(deleted);
  return LogSegment.load(io, dir, base, config, now);
}

/**
 * Recovery of the directory's `.cleaned` and `.swap` files, before its segments are loaded: undecided swaps are
 * undone, decided ones finished (see the header). Returns the base offsets of the segments swapped in.
 */
export function recoverSwaps(io: SegmentIO, dir: string, logger: Logger): number[] {
  const names = io.readdir(dir);
  const cleanedBases: number[] = [];
  const swapBases = new Set<number>();
  for (const name of names) {
    const m = PENDING_FILE.exec(name);
    if (!m) continue;
    if (m[3] === 'cleaned') cleanedBases.push(Number(m[1]));
    else swapBases.add(Number(m[1]));
  }
  if (cleanedBases.length === 0 && swapBases.size === 0) return [];
  // Kafka's rule: a .swap file at or after the lowest .cleaned one belongs to a swap that was not decided.
  const minCleaned = cleanedBases.length > 0 ? Math.min(...cleanedBases) : Number.POSITIVE_INFINITY;
  for (const name of names) {
    const m = PENDING_FILE.exec(name);
    if (!m) continue;
    if (m[3] === 'cleaned' || Number(m[1]) >= minCleaned) {
      io.unlink(join(dir, name));
      swapBases.delete(Number(m[1]));
    }
  }
  if (cleanedBases.length > 0) logger.warn({ dir, base: minCleaned }, 'removed an unfinished cleaned segment');
  const swapped: number[] = [];
  for (const base of [...swapBases].sort((a, b) => a - b)) {
    const swapLog = segmentFile(dir, base, LOG_SUFFIX, SWAP_SUFFIX);
    if (io.exists(swapLog)) {
      const end = nextOffsetOf(io, swapLog, base);
      for (const name of io.readdir(dir)) {
        const m = SEGMENT_FILE.exec(name);
        if (m && Number(m[1]) >= base && Number(m[1]) < end) io.unlink(join(dir, name));
      }
    }
    for (const ext of [LOG_SUFFIX, INDEX_SUFFIX, TIME_INDEX_SUFFIX, TXN_INDEX_SUFFIX]) {
      const from = segmentFile(dir, base, ext, SWAP_SUFFIX);
      if (io.exists(from)) io.rename(from, segmentFile(dir, base, ext));
    }
    swapped.push(base);
    logger.warn({ dir, base }, 'completed the swap of a cleaned segment interrupted by a stop');
  }
  io.syncDir(dir);
  return swapped;
}

/** One past the last offset of the batches in the file (its base when it holds none). */
function nextOffsetOf(io: SegmentIO, path: string, base: number): number {
  const file = io.openSegment(path);
  try {
    const size = file.size();
    const cursor = new BatchCursor(file, size);
    let next = base;
    for (let pos = 0; pos < size; ) {
      const n = cursor.headerAt(pos);
      if (n < 0) break;
      next = cursor.header.lastOffset + 1;
      pos += n;
    }
    return next;
  } finally {
    file.close();
  }
}
