// A reference model of a partition log for property tests: the batches as stored (after offset
// assignment), the log start offset and high watermark, and Kafka's answers for reads, timestamp
// lookups and retention, computed from the batch list alone. Segment boundaries come from the
// log under test (rolls are checked separately), everything else from the model.
import { BatchHeaderView, RecordIterator } from '@samsa/protocol';
import type { PartitionLog } from '../../src';

export interface StoredBatch {
  bytes: Buffer;
  base: number;
  last: number;
  maxTimestamp: number;
  /** [offset, timestamp] of every record. */
  records: Array<[number, number]>;
}

const header = new BatchHeaderView();

/** Splits a record set (as stored) into model batches (copies). */
export function storedBatches(set: Buffer): StoredBatch[] {
  const out: StoredBatch[] = [];
  let off = 0;
  while (off < set.length) {
    header.at(set, off);
    const size = header.sizeInBytes;
    const bytes = Buffer.from(set.subarray(off, off + size));
    const records: Array<[number, number]> = [];
    const it = new RecordIterator(bytes, 0);
    while (it.next()) records.push([it.record.offset, it.record.timestamp]);
    out.push({ bytes, base: header.baseOffset, last: header.lastOffset, maxTimestamp: header.maxTimestamp, records });
    off += size;
  }
  return out;
}

export class LogModel {
  readonly batches: StoredBatch[] = [];
  logStartOffset = 0;
  highWatermark = 0;

  get logEndOffset(): number {
    return this.batches.length === 0 ? 0 : this.batches[this.batches.length - 1].last + 1;
  }

  appended(set: Buffer): void {
    this.batches.push(...storedBatches(set));
  }

  /** Batches at or after the log start offset, as a fetch from the log start sees them. */
  visible(): StoredBatch[] {
    return this.batches.filter((b) => b.last >= this.logStartOffset);
  }

  /** Index (into `bases`) of the segment holding batch b; -1 when its segment was deleted. */
  static segmentOf(bases: readonly number[], b: StoredBatch): number {
    if (b.base < bases[0]) return -1;
    let i = 0;
    while (i + 1 < bases.length && bases[i + 1] <= b.base) i++;
    return i;
  }

  /** Kafka's fetch answer: whole batches of one segment from the one holding `offset`, within maxBytes and below upTo's batch. */
  expectedRead(
    bases: readonly number[],
    offset: number,
    maxBytes: number,
    minOneBatch: boolean,
    upTo: number,
  ): StoredBatch[] {
    const limit = Math.min(upTo, this.logEndOffset);
    if (offset >= limit) return [];
    const start = this.batches.findIndex((b) => b.last >= offset);
    if (start < 0) return [];
    const first = this.batches[start];
    if (first.last >= limit) return [];
    const seg = LogModel.segmentOf(bases, first);
    const out: StoredBatch[] = [];
    let total = 0;
    for (let i = start; i < this.batches.length; i++) {
      const b = this.batches[i];
      if (LogModel.segmentOf(bases, b) !== seg || b.last >= limit || total + b.bytes.length > maxBytes) break;
      out.push(b);
      total += b.bytes.length;
    }
    if (out.length === 0 && minOneBatch) out.push(first);
    return out;
  }

  /** ListOffsets by timestamp: the first record at or after the log start with timestamp >= ts. */
  expectedOffsetForTimestamp(ts: number): { offset: number; timestamp: number } | null {
    for (const b of this.batches) {
      if (b.last < this.logStartOffset || b.maxTimestamp < ts) continue;
      for (const [offset, timestamp] of b.records)
        if (offset >= this.logStartOffset && timestamp >= ts) return { offset, timestamp };
    }
    return null;
  }

  /** ListOffsets MAX_TIMESTAMP, for strictly increasing timestamps: the last record, when any is visible. */
  expectedMaxTimestamp(): { offset: number; timestamp: number } {
    const last = this.batches[this.batches.length - 1];
    if (!last || last.last < this.logStartOffset) return { offset: -1, timestamp: -1 };
    const [offset, timestamp] = last.records[last.records.length - 1];
    return { offset, timestamp };
  }

  /**
   * Kafka's retention pass over the closed segments (never the active one), oldest first:
   * retention.ms, then retention.bytes, then segments wholly below the log start offset.
   * Returns the base offsets that remain.
   */
  expectedRetention(bases: readonly number[], now: number, retentionMs: number, retentionBytes: number): number[] {
    const segs = bases.map((base, i) => {
      const inSeg = this.batches.filter((b) => b.base >= base && (i + 1 >= bases.length || b.base < bases[i + 1]));
      return {
        base,
        size: inSeg.reduce((n, b) => n + b.bytes.length, 0),
        largest: inSeg.reduce((m, b) => Math.max(m, b.maxTimestamp), -1),
      };
    });
    let kept = segs;
    const dropPrefix = (keep: (s: (typeof segs)[number], i: number) => boolean): void => {
      let n = 0;
      while (n < kept.length - 1 && !keep(kept[n], n)) n++;
      kept = kept.slice(n);
    };
    if (retentionMs >= 0) dropPrefix((s) => !(now - s.largest > retentionMs));
    if (retentionBytes >= 0) {
      let excess = kept.reduce((n, s) => n + s.size, 0) - retentionBytes;
      dropPrefix((s) => {
        if (excess - s.size < 0) return true;
        excess -= s.size;
        return false;
      });
    }
    dropPrefix((_s, i) => !(kept[i + 1].base <= this.logStartOffset));
    if (kept.length > 0) this.logStartOffset = Math.max(this.logStartOffset, kept[0].base);
    this.highWatermark = Math.max(this.highWatermark, this.logStartOffset);
    return kept.map((s) => s.base);
  }
}

/** The log's visible state next to the model's, for one toEqual. */
export function offsets(log: PartitionLog): { logStartOffset: number; highWatermark: number; logEndOffset: number } {
  return { logStartOffset: log.logStartOffset, highWatermark: log.highWatermark, logEndOffset: log.logEndOffset };
}
