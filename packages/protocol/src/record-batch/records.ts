// Lazy iteration over the records of an uncompressed v2 batch. Each record is
//
//   length varint | attributes int8 | timestampDelta varlong | offsetDelta varint |
//   keyLength varint | key | valueLength varint | value | headerCount varint |
//   headers: (keyLength varint | key | valueLength varint | value) * headerCount
//
// (varints zigzag-encoded; a length of -1 means null). The iterator reuses one RecordView and
// exposes key/value as positions in the batch buffer, so walking a batch allocates nothing per
// record; key()/value() return subarray views only when asked.

import { BATCH_HEADER_SIZE, BatchHeaderView, LOG_OVERHEAD, BATCH_LENGTH_OFFSET } from './batch-header';
import { CorruptRecordError } from './errors';

/** One record, valid until the iterator advances. Positions are absolute within `buf`. */
export class RecordView {
  buf: Buffer = Buffer.alloc(0);
  attributes = 0;
  timestampDelta = 0;
  offsetDelta = 0;
  /** Absolute timestamp: baseTimestamp + timestampDelta (CreateTime semantics). */
  timestamp = 0;
  /** Absolute offset: baseOffset + offsetDelta. */
  offset = 0;
  keyStart = 0;
  /** -1 for a null key. */
  keyLength = -1;
  valueStart = 0;
  /** -1 for a null value (a tombstone). */
  valueLength = -1;
  headerCount = 0;
  headersStart = 0;

  key(): Buffer | null {
    return this.keyLength < 0 ? null : this.buf.subarray(this.keyStart, this.keyStart + this.keyLength);
  }

  value(): Buffer | null {
    return this.valueLength < 0 ? null : this.buf.subarray(this.valueStart, this.valueStart + this.valueLength);
  }

  /** Decodes the headers (allocates; not for hot paths). */
  headers(): Array<{ key: string; value: Buffer | null }> {
    const out: Array<{ key: string; value: Buffer | null }> = [];
    const cursor = { pos: this.headersStart };
    for (let i = 0; i < this.headerCount; i++) {
      const kLen = readVarint(this.buf, cursor, this.buf.length);
      if (kLen < 0) throw new CorruptRecordError('record header key is null');
      const key = this.buf.toString('utf8', cursor.pos, cursor.pos + kLen);
      cursor.pos += kLen;
      const vLen = readVarint(this.buf, cursor, this.buf.length);
      const value = vLen < 0 ? null : this.buf.subarray(cursor.pos, cursor.pos + vLen);
      if (vLen > 0) cursor.pos += vLen;
      out.push({ key, value });
    }
    return out;
  }
}

interface Cursor {
  pos: number;
}

/** Reads a zigzag varint (int32 range); throws CorruptRecordError past `end` or when over 5 bytes. */
export function readVarint(buf: Buffer, cursor: Cursor, end: number): number {
  let value = 0;
  let shift = 0;
  for (;;) {
    if (cursor.pos >= end) throw new CorruptRecordError('varint runs past the end of the record');
    const b = buf[cursor.pos++];
    value |= (b & 0x7f) << shift;
    if ((b & 0x80) === 0) break;
    shift += 7;
    if (shift > 28) throw new CorruptRecordError('varint longer than 5 bytes');
  }
  return (value >>> 1) ^ -(value & 1);
}

/** Reads a zigzag varlong as a number (exact within +-2^53). */
export function readVarlong(buf: Buffer, cursor: Cursor, end: number): number {
  let value = 0;
  let multiplier = 1;
  for (let i = 0; ; i++) {
    if (i >= 10) throw new CorruptRecordError('varlong longer than 10 bytes');
    if (cursor.pos >= end) throw new CorruptRecordError('varlong runs past the end of the record');
    const b = buf[cursor.pos++];
    value += (b & 0x7f) * multiplier;
    if ((b & 0x80) === 0) break;
    multiplier *= 128;
  }
  // zigzag on a non-negative integer held in a double
  return value % 2 === 0 ? value / 2 : -(value + 1) / 2;
}

/**
 * Iterates the records of the uncompressed batch at buf[offset]:
 *   const it = new RecordIterator(buf, 0); while (it.next()) use(it.record);
 */
export class RecordIterator {
  readonly record = new RecordView();
  #buf: Buffer;
  #pos: number;
  #end: number;
  #remaining: number;
  #baseOffset: number;
  #baseTimestamp: number;
  #cursor: Cursor = { pos: 0 };

  constructor(buf: Buffer, offset = 0) {
    if (buf.length - offset < BATCH_HEADER_SIZE) throw new CorruptRecordError('record batch shorter than its header');
    const h = new BatchHeaderView().at(buf, offset);
    if (h.compression !== 0) throw new CorruptRecordError('records of a compressed batch need decompressing first');
    this.#buf = buf;
    this.#pos = offset + BATCH_HEADER_SIZE;
    this.#end = offset + LOG_OVERHEAD + buf.readInt32BE(offset + BATCH_LENGTH_OFFSET);
    if (this.#end > buf.length) throw new CorruptRecordError('record batch runs past the end of the buffer');
    this.#remaining = h.recordCount;
    this.#baseOffset = h.baseOffset;
    this.#baseTimestamp = h.baseTimestamp;
    this.record.buf = buf;
  }

  /** Byte position just past the last record read (the batch's first record position before any). */
  get position(): number {
    return this.#pos;
  }

  /** Advances to the next record; false when the batch is exhausted. */
  next(): boolean {
    if (this.#remaining <= 0) return false;
    this.#remaining--;
    const buf = this.#buf;
    const c = this.#cursor;
    c.pos = this.#pos;
    const length = readVarint(buf, c, this.#end);
    const recordEnd = c.pos + length;
    if (length < 0 || recordEnd > this.#end)
      throw new CorruptRecordError(`record length ${length} runs past the batch`);
    const r = this.record;
    if (c.pos >= recordEnd) throw new CorruptRecordError('empty record');
    r.attributes = buf[c.pos++];
    r.timestampDelta = readVarlong(buf, c, recordEnd);
    r.offsetDelta = readVarint(buf, c, recordEnd);
    r.timestamp = this.#baseTimestamp + r.timestampDelta;
    r.offset = this.#baseOffset + r.offsetDelta;
    r.keyLength = readVarint(buf, c, recordEnd);
    r.keyStart = c.pos;
    if (r.keyLength > 0) c.pos += r.keyLength;
    r.valueLength = readVarint(buf, c, recordEnd);
    r.valueStart = c.pos;
    if (r.valueLength > 0) c.pos += r.valueLength;
    if (c.pos > recordEnd) throw new CorruptRecordError('record key/value run past the record');
    r.headerCount = readVarint(buf, c, recordEnd);
    if (r.headerCount < 0) throw new CorruptRecordError(`negative header count ${r.headerCount}`);
    r.headersStart = c.pos;
    this.#pos = recordEnd;
    return true;
  }
}

/**
 * The largest record timestamp of the uncompressed batch at buf[offset], as LogValidator computes a CreateTime batch's
 * max timestamp (starting from NO_TIMESTAMP, -1): each record's length, attributes and timestamp delta are read and
 * the rest of the record skipped, so nothing is allocated. Throws CorruptRecordError when a record runs past the batch.
 */
export function maxRecordTimestamp(buf: Buffer, offset = 0): number {
  if (buf.length - offset < BATCH_HEADER_SIZE) throw new CorruptRecordError('record batch shorter than its header');
  const h = new BatchHeaderView().at(buf, offset);
  if (h.compression !== 0) throw new CorruptRecordError('records of a compressed batch need decompressing first');
  const end = offset + LOG_OVERHEAD + h.batchLength;
  if (end > buf.length) throw new CorruptRecordError('record batch runs past the end of the buffer');
  const base = h.baseTimestamp;
  const cursor: Cursor = { pos: offset + BATCH_HEADER_SIZE };
  let max = -1;
  for (let remaining = h.recordCount; remaining > 0; remaining--) {
    const length = readVarint(buf, cursor, end);
    const recordEnd = cursor.pos + length;
    if (length <= 0 || recordEnd > end) throw new CorruptRecordError(`record length ${length} runs past the batch`);
    cursor.pos++; // attributes
    const timestamp = base + readVarlong(buf, cursor, recordEnd);
    if (timestamp > max) max = timestamp;
    cursor.pos = recordEnd;
  }
  return max;
}
