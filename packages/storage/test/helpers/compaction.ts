// Compaction tests: keyed batches, whole-log record reads (decompressing where needed) at read_uncommitted and
// read_committed (as a Kafka consumer filters with the aborted transactions a fetch lists), and one cleaning pass.
import {
  BatchHeaderView,
  buildRecordBatch,
  compressBatch,
  decompressBatch,
  RecordIterator,
  type CompressionCodec,
} from '@samsa/protocol';
import {
  Cleaner,
  cleanableRange,
  DEFAULT_CLEANER_CONFIG,
  Throttler,
  type CleanStats,
  type PartitionLog,
} from '../../src';
import { silentLogger } from './backends';
import { readAll } from './log';

export interface KV {
  key: string | null;
  value: string | null;
  timestamp: number;
  headers?: Array<{ key: string; value: string }>;
}

export interface BatchOptions {
  producerId?: number;
  producerEpoch?: number;
  baseSequence?: number;
  transactional?: boolean;
  codec?: CompressionCodec;
}

/** One batch of keyed records (null value: a tombstone), compressed when asked. */
export async function keyedBatch(records: readonly KV[], o: BatchOptions = {}): Promise<Buffer> {
  const plain = buildRecordBatch({
    baseTimestamp: records[0]?.timestamp,
    records: records.map((r) => ({
      key: r.key === null ? null : Buffer.from(r.key),
      value: r.value === null ? null : Buffer.from(r.value),
      timestamp: r.timestamp,
      headers: r.headers?.map((h) => ({ key: h.key, value: Buffer.from(h.value) })),
    })),
    producerId: o.producerId,
    producerEpoch: o.producerEpoch,
    baseSequence: o.baseSequence,
    transactional: o.transactional,
  });
  return o.codec === undefined || o.codec === 0 ? plain : compressBatch(plain, o.codec);
}

/** A record as read back. */
export interface ReadRecord {
  offset: number;
  key: string | null;
  value: string | null;
  timestamp: number;
  headers: string;
  control: boolean;
  producerId: number;
  transactional: boolean;
}

/** Every record of the log, in offset order (control records included, flagged). */
export async function readRecords(log: PartitionLog): Promise<ReadRecord[]> {
  const out: ReadRecord[] = [];
  const h = new BatchHeaderView();
  for (const raw of readAll(log)) {
    const batch = await decompressBatch(raw, 0);
    h.at(batch, 0);
    const control = h.isControl;
    const producerId = h.producerId;
    const transactional = h.isTransactional;
    const logAppendTime = h.timestampType === 'LogAppendTime' ? h.maxTimestamp : -1;
    const it = new RecordIterator(batch, 0);
    while (it.next()) {
      const r = it.record;
      out.push({
        offset: r.offset,
        key: control ? null : (r.key()?.toString() ?? null),
        value: control ? null : (r.value()?.toString() ?? null),
        timestamp: logAppendTime >= 0 ? logAppendTime : r.timestamp,
        headers: r
          .headers()
          .map((x) => `${x.key}=${x.value?.toString() ?? ''}`)
          .join(','),
        control,
        producerId,
        transactional,
      });
    }
  }
  return out;
}

/**
 * The data records a read_committed consumer returns from the log start up to the last stable offset: it fetches
 * with the aborted transactions the log lists for the range and drops a transactional producer's batches from the
 * first offset of each of its aborted transactions to that transaction's ABORT marker (Kafka's Fetcher).
 */
export async function readCommitted(log: PartitionLog): Promise<ReadRecord[]> {
  const lso = log.lastStableOffset;
  const aborted = log.collectAbortedTransactions(log.logStartOffset, lso).sort((a, b) => a.firstOffset - b.firstOffset);
  const abortedPids = new Set<number>();
  let next = 0;
  const out: ReadRecord[] = [];
  const h = new BatchHeaderView();
  for (const raw of readAll(log)) {
    h.at(raw, 0);
    if (h.baseOffset >= lso) break;
    while (next < aborted.length && (aborted[next] as { firstOffset: number }).firstOffset <= h.lastOffset)
      abortedPids.add((aborted[next++] as { producerId: number }).producerId);
    const batch = await decompressBatch(raw, 0);
    h.at(batch, 0);
    if (h.isControl) {
      const it = new RecordIterator(batch, 0);
      if (it.next() && it.record.key()?.readInt16BE(2) === 0) abortedPids.delete(h.producerId);
      continue;
    }
    if (h.isTransactional && abortedPids.has(h.producerId)) continue;
    const pid = h.producerId;
    const transactional = h.isTransactional;
    const it = new RecordIterator(batch, 0);
    while (it.next()) {
      const r = it.record;
      if (r.offset >= lso) break;
      out.push({
        offset: r.offset,
        key: r.key()?.toString() ?? null,
        value: r.value()?.toString() ?? null,
        timestamp: r.timestamp,
        headers: r
          .headers()
          .map((x) => `${x.key}=${x.value?.toString() ?? ''}`)
          .join(','),
        control: false,
        producerId: pid,
        transactional,
      });
    }
  }
  return out;
}

/** One pass of a cleaner with Kafka's defaults (or `config`) over what the log lets it clean at `now`. */
export async function cleanOnce(
  log: PartitionLog,
  now: number,
  config: Partial<typeof DEFAULT_CLEANER_CONFIG> = {},
): Promise<CleanStats> {
  const cleaner = new Cleaner({
    config: { ...DEFAULT_CLEANER_CONFIG, ...config },
    logger: silentLogger,
    throttler: new Throttler(Number.POSITIVE_INFINITY),
    clock: () => now,
  });
  const stats = await cleaner.clean(log, cleanableRange(log, now), now);
  log.cleanerState.firstDirtyOffset = stats.endOffset;
  return stats;
}

export const describeRecord = (r: ReadRecord): string =>
  r.control ? `${r.offset}:marker(${r.producerId})` : `${r.offset}:${r.key}=${r.value}@${r.timestamp}[${r.headers}]`;
