/**
 * Offset lookups on a hosted partition, as Kafka's Partition and UnifiedLog answer them: ListOffsets by timestamp
 * (record-exact inside compressed batches) and its v0 form, the end offset of a leader epoch (OffsetForLeaderEpoch,
 * fetches with a last fetched epoch), and the current-leader-epoch check every partition request makes.
 */
import { BATCH_HEADER_SIZE, BatchHeaderView, RecordIterator, decompressBatch } from '@samsa/protocol';
import type { PartitionLog } from '@samsa/storage';
import { KafkaError } from '../errors';
import type { ReplicaPartition } from './replica-partition';

/** UnifiedLog.UnknownOffset / ListOffsetsResponse.UNKNOWN_OFFSET. */
const UNKNOWN_OFFSET = -1;
/** LeaderEpochFileCache: UNDEFINED_EPOCH and UNDEFINED_EPOCH_OFFSET. */
export const UNDEFINED_EPOCH = -1;
export const UNDEFINED_EPOCH_OFFSET = -1;

export interface OffsetAndEpoch {
  readonly timestamp: number;
  readonly offset: number;
  readonly leaderEpoch: number;
}

/** ListOffsets special timestamps (ListOffsetsRequest). */
export const ListOffsetsTimestamp = {
  LATEST: -1,
  EARLIEST: -2,
  MAX_TIMESTAMP: -3,
  EARLIEST_LOCAL: -4,
  LATEST_TIERED: -5,
} as const;

/** Partition.checkCurrentLeaderEpoch: -1 skips the check. */
export function checkLeaderEpoch(p: ReplicaPartition, requested: number): void {
  if (requested === UNDEFINED_EPOCH) return;
  if (requested > p.leaderEpoch) {
    throw new KafkaError(
      'UNKNOWN_LEADER_EPOCH',
      `Received leader epoch ${requested} is larger than the current epoch ${p.leaderEpoch} of ${p.name}`,
    );
  }
  if (requested < p.leaderEpoch) {
    throw new KafkaError(
      'FENCED_LEADER_EPOCH',
      `Received leader epoch ${requested} is older than the current epoch ${p.leaderEpoch} of ${p.name}`,
    );
  }
}

/**
 * ListOffsets for one partition (UnifiedLog.fetchOffsetByTimestamp plus Partition's isolation rules). `isolation`
 * is null for requests that are not from consumers (they may see up to the log end offset). Returns null when no
 * record has a timestamp at or after `timestamp`. Storage answers a compressed batch at batch level; the record is
 * then found inside it, as Kafka's FileRecords.searchForTimestamp and RecordBatch.offsetOfMaxTimestamp do.
 */
export async function offsetForTimestamp(
  p: ReplicaPartition,
  timestamp: number,
  isolation: number | null,
): Promise<OffsetAndEpoch | null> {
  const log = p.log;
  // Partition.fetchOffsetForTimestamp: READ_COMMITTED consumers see up to the last stable offset.
  const lastFetchable =
    isolation === null ? log.logEndOffset : isolation === 1 ? log.lastStableOffset : log.highWatermark;
  // A new leader whose high watermark still lags the start of its epoch (it held records the old ISR had not all
  // copied) cannot tell consumers where the committed log ends yet (KIP-392's lagging high watermark state).
  const lagging = isolation !== null && leaderEpochStartOffset(p) > log.highWatermark;
  switch (timestamp) {
    case ListOffsetsTimestamp.LATEST:
      if (lagging) throw offsetNotAvailable(p);
      return { timestamp: -1, offset: lastFetchable, leaderEpoch: p.leaderEpoch };
    case ListOffsetsTimestamp.EARLIEST:
    case ListOffsetsTimestamp.EARLIEST_LOCAL:
      return { timestamp: -1, offset: log.logStartOffset, leaderEpoch: p.leaderEpoch };
    case ListOffsetsTimestamp.LATEST_TIERED:
      // No tiered storage: nothing has been uploaded.
      return { timestamp: -1, offset: UNKNOWN_OFFSET, leaderEpoch: UNDEFINED_EPOCH };
    case ListOffsetsTimestamp.MAX_TIMESTAMP: {
      const max = log.maxTimestamp();
      if (max.offset < 0) return { timestamp: -1, offset: UNKNOWN_OFFSET, leaderEpoch: UNDEFINED_EPOCH };
      const exact = await recordAtOrAfter(log, max.offset, max.timestamp);
      return {
        timestamp: exact?.timestamp ?? max.timestamp,
        offset: exact?.offset ?? max.offset,
        leaderEpoch: p.leaderEpoch,
      };
    }
    default: {
      const found = log.offsetForTimestamp(timestamp);
      if (found === null || found.offset >= lastFetchable) return notFetchable(p, lagging);
      const exact = (await recordAtOrAfter(log, found.offset, timestamp)) ?? found;
      if (exact.offset >= lastFetchable) return notFetchable(p, lagging);
      return { timestamp: exact.timestamp, offset: exact.offset, leaderEpoch: p.leaderEpoch };
    }
  }
}

/** Partition.leaderEpochStartOffsetOpt: where the current leader epoch began (the log end when nothing came since). */
function leaderEpochStartOffset(p: ReplicaPartition): number {
  const entries = p.log.leaderEpochs.entries;
  const last = entries[entries.length - 1];
  return last !== undefined && last.epoch === p.leaderEpoch ? last.startOffset : p.log.logEndOffset;
}

function offsetNotAvailable(p: ReplicaPartition): KafkaError {
  return new KafkaError(
    'OFFSET_NOT_AVAILABLE',
    `Failed to fetch offsets for partition ${p.name} with leader epoch ${p.leaderEpoch} as this partition's high watermark (${p.log.highWatermark}) is lagging behind the start offset from the beginning of this epoch (${leaderEpochStartOffset(p)}).`,
  );
}

/** A timestamp lookup past the last fetchable offset: none, or OFFSET_NOT_AVAILABLE while the high watermark lags. */
function notFetchable(p: ReplicaPartition, lagging: boolean): null {
  if (lagging) throw offsetNotAvailable(p);
  return null;
}

/**
 * ListOffsets v0 (legacyFetchOffsetsBefore): segment base offsets plus the log end offset, newest first, limited to
 * `maxNumOffsets`; for consumers nothing above the high watermark. Segment modification times are not tracked, so
 * a specific timestamp counts every segment as written now.
 */
export function legacyOffsetsBefore(
  p: ReplicaPartition,
  timestamp: number,
  maxNumOffsets: number,
  fromConsumer: boolean,
  now: number,
): number[] {
  const log = p.log;
  const entries: { offset: number; time: number }[] = log
    .segmentBaseOffsets()
    .map((base) => ({ offset: Math.max(base, log.logStartOffset), time: now }));
  const bases = log.segmentBaseOffsets();
  const lastBase = bases[bases.length - 1] ?? 0;
  if (log.logEndOffset > lastBase) entries.push({ offset: log.logEndOffset, time: now });
  let start: number;
  if (timestamp === ListOffsetsTimestamp.LATEST) start = entries.length - 1;
  else if (timestamp === ListOffsetsTimestamp.EARLIEST) start = 0;
  else {
    start = entries.length - 1;
    while (start >= 0 && (entries[start] as { time: number }).time > timestamp) start--;
  }
  const out: number[] = [];
  for (let i = start; i >= 0 && out.length < Math.max(0, maxNumOffsets); i--)
    out.push((entries[i] as { offset: number }).offset);
  out.sort((a, b) => b - a);
  if (!fromConsumer) return out;
  const hw = log.highWatermark;
  if (out.some((o) => o > hw)) return [hw, ...out.filter((o) => o <= hw)];
  return out;
}

/**
 * LeaderEpochFileCache.endOffsetFor over the leader's epoch history: the current epoch ends at the log end offset,
 * an older one where the next higher epoch starts, an unknown newer epoch or -1 has no end. A log with no history
 * yet (nothing appended since it was created) has had the current epoch since its start.
 */
export function endOffsetForEpoch(
  p: ReplicaPartition,
  requestedEpoch: number,
): { leaderEpoch: number; offset: number } {
  if (requestedEpoch === UNDEFINED_EPOCH || requestedEpoch > p.leaderEpoch) {
    return { leaderEpoch: UNDEFINED_EPOCH, offset: UNDEFINED_EPOCH_OFFSET };
  }
  if (requestedEpoch === p.leaderEpoch) return { leaderEpoch: requestedEpoch, offset: p.log.logEndOffset };
  const epochs = p.log.leaderEpochs;
  if (epochs.latestEpoch === UNDEFINED_EPOCH) return { leaderEpoch: requestedEpoch, offset: p.log.logStartOffset };
  if (epochs.latestEpoch < p.leaderEpoch) {
    // The current epoch has no entry yet (nothing appended in it): it starts at the log end offset.
    if (requestedEpoch >= epochs.latestEpoch) return { leaderEpoch: epochs.latestEpoch, offset: p.log.logEndOffset };
  }
  return epochs.endOffsetFor(requestedEpoch, p.log.logEndOffset);
}

/**
 * The first record at or after `fromOffset` whose timestamp is >= `target`, looked up inside the batch that holds
 * `fromOffset` when that batch is compressed with CreateTime (storage cannot open it synchronously); null when the
 * batch is uncompressed or LogAppendTime (storage's answer is already exact) or holds no such record.
 */
async function recordAtOrAfter(
  log: PartitionLog,
  fromOffset: number,
  target: number,
): Promise<{ timestamp: number; offset: number } | null> {
  const batch = log.read(fromOffset, 1).records[0];
  if (batch === undefined || batch.length < BATCH_HEADER_SIZE) return null;
  const header = new BatchHeaderView().at(batch, 0);
  if (header.compression === 0 || header.timestampType !== 'CreateTime') return null;
  const records = new RecordIterator(await decompressBatch(batch, 0), 0);
  while (records.next()) {
    const r = records.record;
    if (r.offset >= fromOffset && r.timestamp >= target) return { timestamp: r.timestamp, offset: r.offset };
  }
  return null;
}
