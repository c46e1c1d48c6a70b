// Message formats 0 and 1 (Kafka's LegacyRecord), spoken by Produce v0-2 and Fetch v0-3. A message set is a
// sequence of
//
//   offset int64 | size int32 | crc uint32 | magic int8 | attributes int8 | [timestamp int64, magic 1] |
//   keyLength int32 | key | valueLength int32 | value
//
// where size counts the bytes after itself and crc is the CRC32 (IEEE) of magic..end. Attributes: bits 0-2 the
// codec (gzip, snappy, lz4; zstd needs magic 2), bit 3 the timestamp type (magic 1). A compressed message (a
// "wrapper") has a null key and, as value, a compressed message set of uncompressed inner messages with the same
// magic. Inner offsets are absolute for magic 0; for magic 1 (KIP-31) they are relative (0..n-1) and the wrapper
// carries the absolute offset of the last one. Magic 0 has no timestamps (NO_TIMESTAMP, -1).
//
// The broker's log holds only v2 batches, so legacy data is converted on the way in (legacyToBatches, what
// LogValidator does for a v0-2 produce) and on the way out (batchesToLegacy, RecordsUtil.downConvert). Both run
// only for old clients; they build per-record objects and favour clarity over speed.

import { buf as crc32 } from 'crc-32';
import {
  BATCH_HEADER_SIZE,
  BATCH_LENGTH_OFFSET,
  BatchHeaderView,
  LOG_OVERHEAD,
  MAGIC_OFFSET,
  readInt64,
  writeInt64,
} from './batch-header';
import { buildRecordBatch, type RecordInput } from './builder';
import {
  CompressionType,
  UnsupportedCompressionTypeError,
  checkCodec,
  compress,
  compressBatch,
  decompress,
  decompressBatch,
  type CompressionCodec,
} from './compression';
import { CorruptRecordError, InvalidRecordError } from './errors';
import { lz4CompressFrame } from './lz4-frame';
import { RecordIterator } from './records';

/** offset int64 + size int32, the part of a legacy entry outside its size. */
export const LEGACY_LOG_OVERHEAD = 12;
/** crc, magic, attributes, key length, value length. */
export const RECORD_OVERHEAD_V0 = 14;
/** RECORD_OVERHEAD_V0 + timestamp. */
export const RECORD_OVERHEAD_V1 = 22;
export const LEGACY_TIMESTAMP_TYPE_MASK = 0x08;
export const NO_TIMESTAMP = -1;
const LEGACY_CODEC_MASK = 0x07;

/** The magic byte of the first entry of a record set: byte 16 in both the legacy and the v2 layout. */
export function recordSetMagic(records: Buffer): number {
  if (records.length <= MAGIC_OFFSET) {
    throw new CorruptRecordError(`record set of ${records.length} bytes is too short to hold a magic byte`);
  }
  return records.readInt8(MAGIC_OFFSET);
}

/** One parsed legacy message; key and value are views of the buffer it was read from. */
export interface LegacyMessage {
  offset: number;
  magic: 0 | 1;
  attributes: number;
  /** NO_TIMESTAMP for magic 0. */
  timestamp: number;
  key: Buffer | null;
  value: Buffer | null;
}

/**
 * Parses every message of buf (strictly: a truncated trailing entry is corrupt, not skipped). Checks sizes, magic
 * 0/1, the CRC32 and that key and value exactly fill each message; throws CorruptRecordError otherwise.
 */
export function readLegacyMessages(buf: Buffer): LegacyMessage[] {
  const out: LegacyMessage[] = [];
  let pos = 0;
  while (pos < buf.length) {
    if (buf.length - pos < LEGACY_LOG_OVERHEAD) {
      throw new CorruptRecordError(`message set has ${buf.length - pos} trailing bytes, too few for an entry header`);
    }
    const offset = readInt64(buf, pos);
    const size = buf.readInt32BE(pos + 8);
    if (size < RECORD_OVERHEAD_V0) {
      throw new CorruptRecordError(
        `message size ${size} is less than the minimum record overhead (${RECORD_OVERHEAD_V0})`,
      );
    }
    const start = pos + LEGACY_LOG_OVERHEAD;
    const end = start + size;
    if (end > buf.length)
      throw new CorruptRecordError(`message of ${size} bytes at byte ${pos} runs past the message set`);
    const magic = buf.readInt8(start + 4);
    if (magic !== 0 && magic !== 1)
      throw new CorruptRecordError(`message at byte ${pos} has magic ${magic}, expected 0 or 1`);
    if (magic === 1 && size < RECORD_OVERHEAD_V1) {
      throw new CorruptRecordError(
        `magic 1 message size ${size} is less than the minimum record overhead (${RECORD_OVERHEAD_V1})`,
      );
    }
    const stored = buf.readUInt32BE(start);
    const computed = crc32(buf.subarray(start + 4, end)) >>> 0;
    if (stored !== computed) {
      throw new CorruptRecordError(
        `message at byte ${pos} is corrupt (stored crc = ${stored}, computed crc = ${computed})`,
      );
    }
    const attributes = buf.readInt8(start + 5);
    let p = start + 6;
    let timestamp = NO_TIMESTAMP;
    if (magic === 1) {
      timestamp = readInt64(buf, p);
      p += 8;
    }
    const [key, afterKey] = readBytes(buf, p, end, 'key');
    const [value, afterValue] = readBytes(buf, afterKey, end, 'value');
    if (afterValue !== end)
      throw new CorruptRecordError(`message at byte ${pos} has ${end - afterValue} bytes after its value`);
    out.push({ offset, magic, attributes, timestamp, key, value });
    pos = end;
  }
  return out;
}

function readBytes(buf: Buffer, pos: number, end: number, what: string): [Buffer | null, number] {
  if (end - pos < 4) throw new CorruptRecordError(`message ${what} length runs past the message`);
  const length = buf.readInt32BE(pos);
  pos += 4;
  if (length === -1) return [null, pos];
  if (length < 0 || length > end - pos)
    throw new CorruptRecordError(`message ${what} length ${length} does not fit the message`);
  return [buf.subarray(pos, pos + length), pos + length];
}

/** Encodes one legacy entry (offset, size, CRC32 and message). */
export function writeLegacyMessage(m: LegacyMessage): Buffer {
  const keyLength = m.key?.length ?? 0;
  const valueLength = m.value?.length ?? 0;
  const size = (m.magic === 0 ? RECORD_OVERHEAD_V0 : RECORD_OVERHEAD_V1) + keyLength + valueLength;
  const buf = Buffer.allocUnsafe(LEGACY_LOG_OVERHEAD + size);
  writeInt64(buf, 0, m.offset);
  buf.writeInt32BE(size, 8);
  buf.writeInt8(m.magic, 16);
  buf.writeInt8(m.attributes, 17);
  let pos = 18;
  if (m.magic === 1) {
    writeInt64(buf, pos, m.timestamp);
    pos += 8;
  }
  buf.writeInt32BE(m.key ? keyLength : -1, pos);
  pos += 4;
  if (m.key) pos += m.key.copy(buf, pos);
  buf.writeInt32BE(m.value ? valueLength : -1, pos);
  pos += 4;
  if (m.value) m.value.copy(buf, pos);
  buf.writeUInt32BE(crc32(buf.subarray(16)) >>> 0, 12);
  return buf;
}

export interface LegacyConversion {
  /** One v2 batch, offsets relative (0..n-1) for the log to assign; compressed with the producer's codec, if any. */
  batches: Buffer;
  recordCount: number;
  /** Whether the producer marked the message(s) LogAppendTime (magic 1, attribute bit 3). */
  logAppendTime: boolean;
}

/** legacyToBatch's result: the batch still uncompressed, with the codec the producer's wrapper used. */
export interface LegacyBatch {
  /** One uncompressed v2 batch, offsets relative (0..n-1). */
  batch: Buffer;
  /** The producer's codec (the wrapper's; none for uncompressed messages). */
  codec: CompressionCodec;
  recordCount: number;
  /** Whether the producer marked the message(s) LogAppendTime (magic 1, attribute bit 3). */
  logAppendTime: boolean;
}

/**
 * Converts a magic 0/1 message set from Produce v0-2 into v2 batch bytes, as Kafka's LogValidator does when it
 * appends legacy data to a v2 log: every record goes into one batch (a run of uncompressed messages, or the inner
 * messages of the single wrapper), keys/values/timestamps kept (magic 0: NO_TIMESTAMP; magic 1 inside a
 * LogAppendTime wrapper: the wrapper's timestamp), CreateTime, no producer id; a wrapper's codec is kept.
 *
 * CorruptRecordError: bad sizes, magic or CRC32 (outer or inner), undecodable compressed value.
 * InvalidRecordError (Kafka's InvalidRecordException): mixed magics, a compressed message alongside others,
 * a wrapper with a null value or no inner messages, inner messages that are compressed or of another magic, a
 * magic 1 wrapper offset below its last inner offset (other than 0).
 * UnsupportedCompressionTypeError: zstd (needs Produce v7) or codec 5-7.
 */
export async function legacyToBatches(messageSet: Buffer): Promise<LegacyConversion> {
  const { batch, codec, recordCount, logAppendTime } = await legacyToBatch(messageSet);
  return {
    batches: codec === CompressionType.none ? batch : await compressBatch(batch, codec),
    recordCount,
    logAppendTime,
  };
}

/** legacyToBatches without the final compression: the uncompressed batch and the producer's codec. */
export async function legacyToBatch(messageSet: Buffer): Promise<LegacyBatch> {
  const outer = readLegacyMessages(messageSet);
  if (outer.length === 0) throw new CorruptRecordError('empty message set');
  const magic = outer[0].magic;
  let codec: number = CompressionType.none;
  for (const m of outer) {
    if (m.magic !== magic) {
      throw new InvalidRecordError(`message magic ${m.magic} is not the same as the first message's magic ${magic}`);
    }
    const c = m.attributes & LEGACY_CODEC_MASK;
    if (c !== CompressionType.none) codec = c;
  }
  if (codec === CompressionType.none) {
    const records: RecordInput[] = outer.map((m) => ({ key: m.key, value: m.value, timestamp: m.timestamp }));
    return {
      batch: buildRecordBatch({ records }),
      codec: CompressionType.none,
      recordCount: records.length,
      logAppendTime: magic === 1 && outer.some((m) => (m.attributes & LEGACY_TIMESTAMP_TYPE_MASK) !== 0),
    };
  }
  if (outer.length > 1) throw new InvalidRecordError('Compressed outer record has more than one batch');
  const wrapper = outer[0];
  checkCodec(codec);
  if (codec === CompressionType.zstd) {
    throw new UnsupportedCompressionTypeError(
      `zstd compression needs message format 2 (Produce v7+), got magic ${magic}`,
    );
  }
  if (wrapper.value === null) {
    throw new InvalidRecordError(`Found invalid compressed record set with null value (magic = ${magic})`);
  }
  const inner = readLegacyMessages(await decompress(codec, wrapper.value));
  if (inner.length === 0) throw new InvalidRecordError('Found invalid compressed record set with no inner records');
  for (const m of inner) {
    if (m.magic !== magic)
      throw new InvalidRecordError(`Compressed message magic ${m.magic} does not match wrapper magic ${magic}`);
    if ((m.attributes & LEGACY_CODEC_MASK) !== CompressionType.none) {
      throw new InvalidRecordError(
        'Compressed outer record should not have an inner record with a compression attribute set',
      );
    }
  }
  const logAppendTime = magic === 1 && (wrapper.attributes & LEGACY_TIMESTAMP_TYPE_MASK) !== 0;
  if (magic === 1) {
    const lastInner = inner[inner.length - 1].offset;
    // Older librdkafka sends wrapper offset 0; otherwise it must be the absolute offset of the last inner message.
    if (wrapper.offset !== 0 && wrapper.offset < lastInner) {
      throw new InvalidRecordError(
        `Found invalid wrapper offset in compressed v1 message set, wrapper offset '${wrapper.offset}' is less than the last inner message offset '${lastInner}' and it is not zero.`,
      );
    }
  }
  const records: RecordInput[] = inner.map((m) => ({
    key: m.key,
    value: m.value,
    timestamp: logAppendTime ? wrapper.timestamp : m.timestamp,
  }));
  return { batch: buildRecordBatch({ records }), codec, recordCount: records.length, logAppendTime };
}

/**
 * Down-converts v2 batches read from the log (absolute offsets; each Buffer holds one or more batches) into a
 * magic 0 or 1 message set for Fetch v0-3, as Kafka's RecordsUtil.downConvert does:
 *  - control batches are skipped; headers are dropped;
 *  - an uncompressed batch becomes one message per record, dropping records below `fromOffset` (the fetch offset;
 *    some librdkafka versions rely on this);
 *  - a compressed batch becomes one wrapper of the same codec holding all its records, inner offsets absolute
 *    (magic 0) or relative to the first record (magic 1), wrapper offset = last record's offset, wrapper timestamp =
 *    the max record timestamp; magic 0 + lz4 uses the broken header checksum of KAFKA-3160;
 *  - LogAppendTime batches give every message the batch's append time and set attribute bit 3 (magic 1);
 *  - a batch cut short at the end of a Buffer (a read bounded by max bytes) is left out.
 * zstd batches cannot be expressed: UnsupportedCompressionTypeError (Kafka answers UNSUPPORTED_COMPRESSION_TYPE to
 * fetches below v10 for them).
 */
export async function batchesToLegacy(batches: readonly Buffer[], magic: 0 | 1, fromOffset = 0): Promise<Buffer> {
  const out: Buffer[] = [];
  const view = new BatchHeaderView();
  for (const buf of batches) {
    let offset = 0;
    while (buf.length - offset >= LOG_OVERHEAD) {
      const size = LOG_OVERHEAD + buf.readInt32BE(offset + BATCH_LENGTH_OFFSET);
      if (size > buf.length - offset) break;
      if (size < BATCH_HEADER_SIZE)
        throw new CorruptRecordError(`record batch size ${size} is smaller than its header`);
      const h = view.at(buf, offset);
      if (h.magic !== 2) throw new CorruptRecordError(`log batch at byte ${offset} has magic ${h.magic}, expected 2`);
      if (!h.isControl) await downConvertBatch(buf.subarray(offset, offset + size), magic, fromOffset, out);
      offset += size;
    }
  }
  return Buffer.concat(out);
}

async function downConvertBatch(batch: Buffer, magic: 0 | 1, fromOffset: number, out: Buffer[]): Promise<void> {
  const h = new BatchHeaderView().at(batch, 0);
  const codec = h.compression;
  checkCodec(codec);
  if (codec === CompressionType.zstd) {
    throw new UnsupportedCompressionTypeError(
      'zstd-compressed batches cannot be down-converted for Fetch versions below 10',
    );
  }
  const logAppendTime = h.timestampType === 'LogAppendTime';
  const appendTime = h.maxTimestamp;
  const typeBit = magic === 1 && logAppendTime ? LEGACY_TIMESTAMP_TYPE_MASK : 0;
  const records: LegacyMessage[] = [];
  const it = new RecordIterator(await decompressBatch(batch), 0);
  while (it.next()) {
    const r = it.record;
    if (codec === CompressionType.none && r.offset < fromOffset) continue;
    records.push({
      offset: r.offset,
      magic,
      attributes: typeBit,
      timestamp: magic === 0 ? NO_TIMESTAMP : logAppendTime ? appendTime : r.timestamp,
      key: r.key(),
      value: r.value(),
    });
  }
  if (records.length === 0) return;
  if (codec === CompressionType.none) {
    for (const m of records) out.push(writeLegacyMessage(m));
    return;
  }
  const baseOffset = records[0].offset;
  let maxTimestamp = NO_TIMESTAMP;
  const inner: Buffer[] = [];
  for (const m of records) {
    if (m.timestamp > maxTimestamp) maxTimestamp = m.timestamp;
    inner.push(writeLegacyMessage(magic === 1 ? { ...m, offset: m.offset - baseOffset } : m));
  }
  const innerSet = Buffer.concat(inner);
  const value =
    magic === 0 && codec === CompressionType.lz4
      ? lz4CompressFrame(innerSet, { brokenHeaderChecksum: true })
      : await compress(codec, innerSet);
  out.push(
    writeLegacyMessage({
      offset: records[records.length - 1].offset,
      magic,
      attributes: codec | typeBit,
      timestamp: magic === 0 ? NO_TIMESTAMP : maxTimestamp,
      key: null,
      value,
    }),
  );
}
