// Which closed segments retention may delete, by Kafka's three rules. Deletion is always a
// prefix of the log (oldest first, stopping at the first segment that must stay) and never
// touches the active segment.
// - retention.ms: the segment's largest timestamp is older than now - retention.ms;
// - retention.bytes: the log would still hold at least retention.bytes without the segment;
// - log start offset: the next segment starts at or below the log start offset (DeleteRecords).

import type { LogSegment } from './log-segment';

export type RetentionReason = 'retention.ms' | 'retention.bytes' | 'log-start-offset';

/** Number of leading segments (excluding the active one) that `keep` rejects. */
function deletablePrefix(
  segments: readonly LogSegment[],
  deletable: (s: LogSegment, next: LogSegment) => boolean,
): number {
  let n = 0;
  while (n < segments.length - 1 && deletable(segments[n], segments[n + 1])) n++;
  return n;
}

export function expiredByTime(segments: readonly LogSegment[], now: number, retentionMs: number): number {
  if (retentionMs < 0) return 0;
  return deletablePrefix(segments, (s) => now - s.largestTimestamp > retentionMs);
}

export function expiredBySize(segments: readonly LogSegment[], retentionBytes: number): number {
  if (retentionBytes < 0) return 0;
  let total = 0;
  for (const s of segments) total += s.size;
  let excess = total - retentionBytes;
  return deletablePrefix(segments, (s) => {
    if (excess - s.size < 0) return false;
    excess -= s.size;
    return true;
  });
}

export function belowLogStart(segments: readonly LogSegment[], logStartOffset: number): number {
  return deletablePrefix(segments, (_s, next) => next.baseOffset <= logStartOffset);
}
