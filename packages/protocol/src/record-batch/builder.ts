// Encodes uncompressed v2 record batches: for internal topics written by the broker itself and for
// tests. Produces one Buffer with a correct batchLength and CRC32C; the broker-assigned fields
// (baseOffset, partitionLeaderEpoch) can be given or left at 0 / -1 for the log to fill in.

import {
  ATTRIBUTES_OFFSET,
  BATCH_HEADER_SIZE,
  BATCH_LENGTH_OFFSET,
  BASE_SEQUENCE_OFFSET,
  BASE_TIMESTAMP_OFFSET,
  LAST_OFFSET_DELTA_OFFSET,
  LOG_OVERHEAD,
  MAGIC_OFFSET,
  MAX_TIMESTAMP_OFFSET,
  PARTITION_LEADER_EPOCH_OFFSET,
  PRODUCER_EPOCH_OFFSET,
  PRODUCER_ID_OFFSET,
  RECORD_COUNT_OFFSET,
  makeAttributes,
  updateBatchCrc,
  writeInt64,
  type TimestampTypeName,
} from './batch-header';

export interface RecordInput {
  key?: Buffer | null;
  value: Buffer | null;
  headers?: ReadonlyArray<{ key: string; value: Buffer | null }>;
  /** Absolute timestamp; defaults to the batch's base timestamp. */
  timestamp?: number;
}

export interface BatchInput {
  records: readonly RecordInput[];
  baseOffset?: number;
  partitionLeaderEpoch?: number;
  baseTimestamp?: number;
  timestampType?: TimestampTypeName;
  producerId?: number;
  producerEpoch?: number;
  baseSequence?: number;
  transactional?: boolean;
  control?: boolean;
}

function varintSize(v: number): number {
  let u = v >= 0 ? v * 2 : -v * 2 - 1;
  let n = 1;
  while (u >= 128) {
    u = Math.floor(u / 128);
    n++;
  }
  return n;
}

function writeVarint(buf: Buffer, pos: number, v: number): number {
  let u = v >= 0 ? v * 2 : -v * 2 - 1;
  while (u >= 128) {
    buf[pos++] = (u % 128) | 0x80;
    u = Math.floor(u / 128);
  }
  buf[pos++] = u;
  return pos;
}

function recordBodySize(r: RecordInput, tsDelta: number, offsetDelta: number): number {
  let n = 1 + varintSize(tsDelta) + varintSize(offsetDelta);
  n += r.key ? varintSize(r.key.length) + r.key.length : varintSize(-1);
  n += r.value ? varintSize(r.value.length) + r.value.length : varintSize(-1);
  const headers = r.headers ?? [];
  n += varintSize(headers.length);
  for (const h of headers) {
    const kLen = Buffer.byteLength(h.key);
    n += varintSize(kLen) + kLen;
    n += h.value ? varintSize(h.value.length) + h.value.length : varintSize(-1);
  }
  return n;
}

/** Encodes one uncompressed v2 batch. */
export function buildRecordBatch(input: BatchInput): Buffer {
  const records = input.records;
  const baseTimestamp = input.baseTimestamp ?? records[0]?.timestamp ?? 0;
  let size = BATCH_HEADER_SIZE;
  const bodies: number[] = [];
  let maxTimestamp = records.length === 0 ? -1 : baseTimestamp;
  records.forEach((r, i) => {
    const ts = r.timestamp ?? baseTimestamp;
    if (ts > maxTimestamp) maxTimestamp = ts;
    const body = recordBodySize(r, ts - baseTimestamp, i);
    bodies.push(body);
    size += varintSize(body) + body;
  });
  const buf = Buffer.alloc(size);
  writeInt64(buf, 0, input.baseOffset ?? 0);
  buf.writeInt32BE(size - LOG_OVERHEAD, BATCH_LENGTH_OFFSET);
  buf.writeInt32BE(input.partitionLeaderEpoch ?? -1, PARTITION_LEADER_EPOCH_OFFSET);
  buf.writeInt8(2, MAGIC_OFFSET);
  buf.writeInt16BE(
    makeAttributes({ timestampType: input.timestampType, transactional: input.transactional, control: input.control }),
    ATTRIBUTES_OFFSET,
  );
  buf.writeInt32BE(records.length - 1, LAST_OFFSET_DELTA_OFFSET);
  writeInt64(buf, BASE_TIMESTAMP_OFFSET, baseTimestamp);
  writeInt64(buf, MAX_TIMESTAMP_OFFSET, maxTimestamp);
  writeInt64(buf, PRODUCER_ID_OFFSET, input.producerId ?? -1);
  buf.writeInt16BE(input.producerEpoch ?? -1, PRODUCER_EPOCH_OFFSET);
  buf.writeInt32BE(input.baseSequence ?? -1, BASE_SEQUENCE_OFFSET);
  buf.writeInt32BE(records.length, RECORD_COUNT_OFFSET);
  let pos = BATCH_HEADER_SIZE;
  records.forEach((r, i) => {
    pos = writeVarint(buf, pos, bodies[i]);
    buf[pos++] = 0;
    pos = writeVarint(buf, pos, (r.timestamp ?? baseTimestamp) - baseTimestamp);
    pos = writeVarint(buf, pos, i);
    if (r.key) {
      pos = writeVarint(buf, pos, r.key.length);
      pos += r.key.copy(buf, pos);
    } else pos = writeVarint(buf, pos, -1);
    if (r.value) {
      pos = writeVarint(buf, pos, r.value.length);
      pos += r.value.copy(buf, pos);
    } else pos = writeVarint(buf, pos, -1);
    const headers = r.headers ?? [];
    pos = writeVarint(buf, pos, headers.length);
    for (const h of headers) {
      pos = writeVarint(buf, pos, Buffer.byteLength(h.key));
      pos += buf.write(h.key, pos);
      if (h.value) {
        pos = writeVarint(buf, pos, h.value.length);
        pos += h.value.copy(buf, pos);
      } else pos = writeVarint(buf, pos, -1);
    }
  });
  updateBatchCrc(buf, 0);
  return buf;
}
