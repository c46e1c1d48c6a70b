// What the cleaner keeps of one batch (Kafka's Cleaner.cleanInto filter and MemoryRecords.filterTo), for a batch whose
// records are plain (a compressed batch is decompressed first and compressed again by the caller):
// - a data batch of an aborted transaction is dropped whole; a marker whose transaction has no data left may be
//   dropped once its delete horizon passed;
// - a record is kept when it is past the offset map's end, or it is the latest record of its key and either has a
//   value or is a tombstone whose batch's delete horizon has not passed (a keyless record below the map's end goes,
//   as in Kafka);
// - a batch keeping every record goes out as it came; one losing records is rebuilt with the same base offset, last
//   offset delta, producer id, epoch and base sequence, every kept record byte for byte, and a new CRC;
// - the first time a batch keeps a tombstone (or is a marker left alone) its delete horizon is set to now +
//   delete.retention.ms (KIP-534: the base timestamp becomes the horizon, the record timestamp deltas follow it);
// - a batch left without records is still written, as a bare header, when it is the last batch of an active producer
//   (so its sequence and epoch survive) or the last batch of the group (so the cleaned segment ends where the group
//   did; Kafka keeps only the last batch of a pass this way). A header kept only for the group carries no producer:
//   otherwise an aborted transaction's emptied batch would hold its marker in the log for good.

import {
  ATTRIBUTES_OFFSET,
  BASE_TIMESTAMP_OFFSET,
  BATCH_HEADER_SIZE,
  BATCH_LENGTH_OFFSET,
  BatchHeaderView,
  CONTROL_MASK,
  DELETE_HORIZON_MASK,
  LOG_OVERHEAD,
  BASE_SEQUENCE_OFFSET,
  MAX_TIMESTAMP_OFFSET,
  PRODUCER_EPOCH_OFFSET,
  PRODUCER_ID_OFFSET,
  RECORD_COUNT_OFFSET,
  TIMESTAMP_TYPE_MASK,
  TRANSACTIONAL_MASK,
  readVarint,
  readVarlong,
  sizeOfVarint,
  sizeOfVarlong,
  updateBatchCrc,
  writeInt64,
  writeUvarintAt,
  writeUvarlongAt,
  zigzagEncode32,
  zigzagEncode64,
} from '@samsa/protocol';
import type { LastRecord } from './cleaner-state';
import { readControlMarker } from '../producer-state';
import type { OffsetMap } from './offset-map';
import type { CleanedTxnMetadata } from './txn-metadata';

export interface FilterContext {
  readonly map: OffsetMap;
  readonly txns: CleanedTxnMetadata;
  /** The last batch of each producer the log's state holds. */
  readonly producers: ReadonlyMap<number, LastRecord>;
  readonly now: number;
  readonly deleteRetentionMs: number;
  /** The next offset of the group's last segment: the batch ending there is kept, empty if need be. */
  readonly groupEndOffset: number;
}

export interface FilterCounts {
  recordsRead: number;
  recordsKept: number;
  /** Keyless records below the map's end (dropped, Kafka's invalid messages). */
  invalid: number;
}

/** What becomes of a batch: dropped, kept as it is, or replaced by `bytes` (rebuilt, or a bare header). */
export type FilterOutcome = { kind: 'drop' } | { kind: 'keep' } | { kind: 'replace'; bytes: Buffer; empty: boolean };

const DROP: FilterOutcome = { kind: 'drop' };
const KEEP: FilterOutcome = { kind: 'keep' };

/** Filters batches one at a time; keeps its scratch space between calls (no allocation per record). */
export class BatchFilter {
  readonly #view = new BatchHeaderView();
  readonly #cursor = { pos: 0 };
  /** Per kept record: start, position after its timestamp delta, end, absolute timestamp. */
  #kept: number[] = [];

  /**
   * The outcome for the batch at b[pos, pos + size), whose records are plain. Throws CorruptRecordError when a record
   * does not parse.
   */
  filter(b: Buffer, pos: number, size: number, ctx: FilterContext, counts: FilterCounts): FilterOutcome {
    const h = this.#view.at(b, pos);
    const pid = h.producerId;
    const lastOffset = h.lastOffset;
    const control = h.isControl;
    const hasHorizon = h.hasDeleteHorizon;
    const baseTimestamp = h.baseTimestamp;
    const recordCount = h.recordCount;
    let canDiscard: boolean;
    let discardRecords: boolean;
    if (control) {
      const type = recordCount === 0 ? null : readControlMarker(b, pos).type;
      canDiscard = ctx.txns.onControlBatch(pid, lastOffset, type);
      discardRecords = canDiscard && hasHorizon && baseTimestamp <= ctx.now;
    } else {
      canDiscard = ctx.txns.onDataBatch(pid, lastOffset, h.isTransactional);
      discardRecords = canDiscard;
    }
    let lastOfProducer = false;
    if (pid >= 0) {
      const last = ctx.producers.get(pid);
      if (last !== undefined) {
        lastOfProducer =
          last.lastDataOffset >= 0
            ? lastOffset === last.lastDataOffset
            : control && h.producerEpoch === last.producerEpoch;
      }
    }
    const lastOfGroup = lastOffset + 1 === ctx.groupEndOffset;
    const retainEmpty = lastOfProducer || lastOfGroup;
    counts.recordsRead += recordCount;
    if (discardRecords && !retainEmpty) return DROP;

    const kept = this.#kept;
    kept.length = 0;
    let tombstones = false;
    let keptAll = true;
    let maxTimestamp = -1;
    const map = ctx.map;
    const latestMapped = map.latestOffset;
    const retainDeletes = !hasHorizon || ctx.now < baseTimestamp;
    const baseOffset = h.baseOffset;
    const end = pos + size;
    const c = this.#cursor;
    let p = pos + BATCH_HEADER_SIZE;
    for (let i = 0; i < recordCount; i++) {
      c.pos = p;
      const length = readVarint(b, c, end);
      const recordEnd = c.pos + length;
      c.pos++; // attributes
      const timestamp = baseTimestamp + readVarlong(b, c, recordEnd);
      const afterTimestamp = c.pos;
      const offset = baseOffset + readVarint(b, c, recordEnd);
      const keyLength = readVarint(b, c, recordEnd);
      const keyStart = c.pos;
      if (keyLength > 0) c.pos += keyLength;
      const valueLength = readVarint(b, c, recordEnd);
      let keep: boolean;
      if (discardRecords) keep = false;
      else if (control || offset > latestMapped) keep = true;
      else if (keyLength < 0) {
        counts.invalid++;
        keep = false;
      } else {
        keep = offset >= map.get(b, keyStart, keyStart + keyLength) && (valueLength >= 0 || retainDeletes);
      }
      if (keep) {
        kept.push(p, afterTimestamp, recordEnd, timestamp);
        if (valueLength < 0) tombstones = true;
        if (timestamp > maxTimestamp) maxTimestamp = timestamp;
      } else keptAll = false;
      p = recordEnd;
    }
    const keptRecords = kept.length / 4;
    counts.recordsKept += keptRecords;
    if (keptRecords === 0) {
      if (!retainEmpty) return DROP;
      // Kept only to end the group: as no producer's batch, so it holds no transaction's marker in the log.
      return { kind: 'replace', bytes: emptyHeader(b, pos, !lastOfProducer), empty: true };
    }
    const setHorizon = (tombstones || (canDiscard && control)) && !hasHorizon;
    if (keptAll && !setHorizon) return KEEP;
    const newBase = setHorizon ? ctx.now + ctx.deleteRetentionMs : baseTimestamp;
    const logAppendTime = (h.attributes & TIMESTAMP_TYPE_MASK) !== 0;
    return {
      kind: 'replace',
      bytes: this.#rebuild(b, pos, newBase, setHorizon, logAppendTime ? h.maxTimestamp : maxTimestamp),
      empty: false,
    };
  }

  /** The batch at b[pos] with only the kept records, its timestamps based on `newBase`. */
  #rebuild(b: Buffer, pos: number, newBase: number, setHorizon: boolean, maxTimestamp: number): Buffer {
    const kept = this.#kept;
    const oldBase = this.#view.at(b, pos).baseTimestamp;
    const rebase = newBase !== oldBase;
    let size = BATCH_HEADER_SIZE;
    for (let i = 0; i < kept.length; i += 4) {
      if (!rebase) size += (kept[i + 2] as number) - (kept[i] as number);
      else {
        const body =
          1 + sizeOfVarlong((kept[i + 3] as number) - newBase) + (kept[i + 2] as number) - (kept[i + 1] as number);
        size += sizeOfVarint(body) + body;
      }
    }
    const out = Buffer.allocUnsafe(size);
    b.copy(out, 0, pos, pos + BATCH_HEADER_SIZE);
    let w = BATCH_HEADER_SIZE;
    for (let i = 0; i < kept.length; i += 4) {
      const start = kept[i] as number;
      const afterTimestamp = kept[i + 1] as number;
      const end = kept[i + 2] as number;
      if (!rebase) {
        w += b.copy(out, w, start, end);
        continue;
      }
      const delta = (kept[i + 3] as number) - newBase;
      const body = 1 + sizeOfVarlong(delta) + end - afterTimestamp;
      w = writeUvarintAt(out, w, zigzagEncode32(body));
      // attributes: the byte after the length varint
      this.#cursor.pos = start;
      readVarint(b, this.#cursor, end);
      out[w++] = b[this.#cursor.pos] as number;
      w = writeUvarlongAt(out, w, zigzagEncode64(delta));
      w += b.copy(out, w, afterTimestamp, end);
    }
    out.writeInt32BE(size - LOG_OVERHEAD, BATCH_LENGTH_OFFSET);
    if (setHorizon) out.writeInt16BE(out.readInt16BE(ATTRIBUTES_OFFSET) | DELETE_HORIZON_MASK, ATTRIBUTES_OFFSET);
    writeInt64(out, BASE_TIMESTAMP_OFFSET, newBase);
    writeInt64(out, MAX_TIMESTAMP_OFFSET, maxTimestamp);
    out.writeInt32BE(kept.length / 4, RECORD_COUNT_OFFSET);
    updateBatchCrc(out, 0);
    return out;
  }
}

/**
 * The bare header Kafka keeps of a batch that lost every record (DefaultRecordBatch.writeEmptyHeader): same offsets,
 * producer, epoch, sequence, leader epoch and flags, no compression, both timestamps the batch's max timestamp.
 * `anonymous` (a header kept only to end a group) drops the producer and the transaction flags.
 */
export function emptyHeader(b: Buffer, pos: number, anonymous = false): Buffer {
  const out = Buffer.allocUnsafe(BATCH_HEADER_SIZE);
  b.copy(out, 0, pos, pos + BATCH_HEADER_SIZE);
  const attributes = b.readInt16BE(pos + ATTRIBUTES_OFFSET);
  out.writeInt32BE(BATCH_HEADER_SIZE - LOG_OVERHEAD, BATCH_LENGTH_OFFSET);
  const kept = anonymous ? TIMESTAMP_TYPE_MASK : TIMESTAMP_TYPE_MASK | TRANSACTIONAL_MASK | CONTROL_MASK;
  out.writeInt16BE(attributes & kept, ATTRIBUTES_OFFSET);
  if (anonymous) {
    writeInt64(out, PRODUCER_ID_OFFSET, -1);
    out.writeInt16BE(-1, PRODUCER_EPOCH_OFFSET);
    out.writeInt32BE(-1, BASE_SEQUENCE_OFFSET);
  }
  b.copy(out, BASE_TIMESTAMP_OFFSET, pos + MAX_TIMESTAMP_OFFSET, pos + MAX_TIMESTAMP_OFFSET + 8);
  out.writeInt32BE(0, RECORD_COUNT_OFFSET);
  updateBatchCrc(out, 0);
  return out;
}
