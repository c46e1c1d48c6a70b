// Record compression: the codecs of the batch attributes (bits 0-2) and the batch-level operations built on them.
// Batches are stored as the client compressed them; these functions run only where the broker must look inside or
// rewrite (a topic whose compression.type names a codec, down-conversion for old fetchers, legacy produce).
//
//   none 0, gzip 1 (node zlib), snappy 2 (snappyjs, xerial framing on write), lz4 3 (LZ4 frame, lz4 package),
//   zstd 4 (@mongodb-js/zstd; KIP-110), 5-7 unknown.
//
// Decompression is capped (DEFAULT_MAX_DECOMPRESSED_BYTES unless the caller passes a limit) so a small hostile
// payload cannot make the broker allocate gigabytes; going over the cap is a CorruptRecordError.

import type * as Zlib from 'node:zlib';
import {
  ATTRIBUTES_OFFSET,
  BATCH_HEADER_SIZE,
  BATCH_LENGTH_OFFSET,
  BatchHeaderView,
  COMPRESSION_CODEC_MASK,
  CompressionCodec as CODEC_IDS,
  LOG_OVERHEAD,
  RECORD_COUNT_OFFSET,
  updateBatchCrc,
} from './batch-header';
import { KafkaError } from '../kafka-error';
import { CorruptRecordError, InvalidRecordError } from './errors';
import { lz4CompressFrame, lz4DecompressFrame } from './lz4-frame';
import { RecordIterator } from './records';
import { snappyCompressXerial, snappyDecompress } from './snappy';
import { validateBatchAt } from './validate-batch';
import { zstdCompress, zstdDecompress } from './zstd';

export const CompressionType = CODEC_IDS;
/** The same table under the name batch-header.ts gives it, so both spellings work for the value. */
export const CompressionCodec = CODEC_IDS;
export type CompressionCodec = (typeof CompressionType)[keyof typeof CompressionType];

/** 1 GiB: far above what a batch within message.max.bytes decompresses to in practice. */
export const DEFAULT_MAX_DECOMPRESSED_BYTES = 1 << 30;

/** A codec id this broker does not know (5-7), or one a request version may not use. Kafka: UNSUPPORTED_COMPRESSION_TYPE. */
export class UnsupportedCompressionTypeError extends KafkaError {
  override name = 'UnsupportedCompressionTypeError';

  constructor(message: string) {
    super('UNSUPPORTED_COMPRESSION_TYPE', message);
  }
}

/** A compression.type value Kafka does not accept. Kafka: INVALID_CONFIG. */
export class InvalidCompressionConfigError extends KafkaError {
  override name = 'InvalidCompressionConfigError';

  constructor(message: string) {
    super('INVALID_CONFIG', message);
  }
}

// node:zlib loads on the first gzip batch, like lz4 and zstd: a broker that never sees one starts without it.
let zlibModule: typeof Zlib | undefined;
function zlib(): typeof Zlib {
  return (zlibModule ??= require('node:zlib') as typeof Zlib);
}

function gzipAsync(data: Buffer, options: Zlib.ZlibOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => zlib().gzip(data, options, (err, out) => (err ? reject(err) : resolve(out))));
}

function gunzipAsync(data: Buffer, options: Zlib.ZlibOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    zlib().gunzip(data, options, (err, out) => (err ? reject(err) : resolve(out))),
  );
}

/** Throws UnsupportedCompressionTypeError unless `codec` is 0-4. */
export function checkCodec(codec: number): asserts codec is CompressionCodec {
  if (!Number.isInteger(codec) || codec < 0 || codec > 4) {
    throw new UnsupportedCompressionTypeError(`unknown compression codec ${codec}`);
  }
}

/**
 * Compresses `data` as Kafka's producer would: gzip (level 6 unless `level`), snappy with xerial framing,
 * an LZ4 frame of 64 KiB blocks with a correct header checksum, zstd (level 3 unless `level`).
 */
export async function compress(codec: CompressionCodec, data: Buffer, level?: number): Promise<Buffer> {
  checkCodec(codec);
  switch (codec) {
    case CompressionType.none:
      return data;
    case CompressionType.gzip:
      return gzipAsync(data, level === undefined ? {} : { level });
    case CompressionType.snappy:
      return snappyCompressXerial(data);
    case CompressionType.lz4:
      return lz4CompressFrame(data);
    default:
      return zstdCompress(data, level);
  }
}

/**
 * Decompresses `data`. Snappy may be raw or xerial-framed; LZ4 frames may carry either header checksum
 * (KAFKA-3160). Throws CorruptRecordError on bad input or output over `maxBytes`, and
 * UnsupportedCompressionTypeError for codecs 5-7.
 */
export async function decompress(
  codec: CompressionCodec,
  data: Buffer,
  maxBytes: number = DEFAULT_MAX_DECOMPRESSED_BYTES,
): Promise<Buffer> {
  checkCodec(codec);
  switch (codec) {
    case CompressionType.none:
      return data;
    case CompressionType.gzip:
      try {
        return await gunzipAsync(data, { maxOutputLength: maxBytes });
      } catch (err) {
        throw new CorruptRecordError(`gzip: ${(err as Error).message}`);
      }
    case CompressionType.snappy:
      return snappyDecompress(data, maxBytes);
    case CompressionType.lz4:
      return lz4DecompressFrame(data, maxBytes);
    default:
      return zstdDecompress(data, maxBytes);
  }
}

/**
 * topic compression.type -> codec; null for 'producer' (keep what the producer sent). Any other value throws
 * InvalidCompressionConfigError (Kafka's validator accepts exactly these six, case-sensitively).
 */
export function codecForTopicCompression(value: string): CompressionCodec | null {
  switch (value) {
    case 'producer':
      return null;
    case 'uncompressed':
      return CompressionType.none;
    case 'gzip':
      return CompressionType.gzip;
    case 'snappy':
      return CompressionType.snappy;
    case 'lz4':
      return CompressionType.lz4;
    case 'zstd':
      return CompressionType.zstd;
    default:
      throw new InvalidCompressionConfigError(`invalid compression.type '${value}'`);
  }
}

/**
 * The batch at buf[offset] with its records decompressed: same header (codec bits cleared, batchLength and CRC
 * recomputed), records as plain bytes, ready for RecordIterator. An uncompressed batch is returned as a view.
 */
export async function decompressBatch(
  buf: Buffer,
  offset = 0,
  maxBytes: number = DEFAULT_MAX_DECOMPRESSED_BYTES,
): Promise<Buffer> {
  const end = batchEnd(buf, offset);
  const attributes = buf.readInt16BE(offset + ATTRIBUTES_OFFSET);
  const codec = attributes & COMPRESSION_CODEC_MASK;
  if (codec === CompressionType.none) return buf.subarray(offset, end);
  checkCodec(codec);
  const records = await decompress(codec, buf.subarray(offset + BATCH_HEADER_SIZE, end), maxBytes);
  return withRecords(buf, offset, records, CompressionType.none);
}

/**
 * The uncompressed batch at buf[offset] with its records compressed by `codec` (header kept, codec bits, length and
 * CRC updated). A batch already compressed is decompressed first; one already in `codec` is returned as a view.
 */
export async function compressBatch(buf: Buffer, codec: CompressionCodec, offset = 0, level?: number): Promise<Buffer> {
  checkCodec(codec);
  const end = batchEnd(buf, offset);
  const current = buf.readInt16BE(offset + ATTRIBUTES_OFFSET) & COMPRESSION_CODEC_MASK;
  if (current === codec) return buf.subarray(offset, end);
  const plain = await decompressBatch(buf, offset);
  const records = plain.subarray(BATCH_HEADER_SIZE);
  return withRecords(plain, 0, codec === CompressionType.none ? records : await compress(codec, records, level), codec);
}

/**
 * Rewrites v2 batches (one Buffer holding one or more batches) so each uses `codec`, as Kafka does for a topic whose
 * compression.type names a codec. Batches already in that codec, and uncompressed control batches (Kafka leaves
 * those alone), are kept as they are; if every batch is kept the input Buffer itself is returned. baseOffset,
 * partitionLeaderEpoch, timestamps and producer fields are kept; the CRC is recomputed. Each batch must pass
 * validateBatchAt (structure and CRC) and its records must parse and match the declared count.
 */
export async function recompressBatches(records: Buffer, codec: CompressionCodec, level?: number): Promise<Buffer> {
  checkCodec(codec);
  const view = new BatchHeaderView();
  const parts: Buffer[] = [];
  let changed = false;
  let offset = 0;
  if (records.length === 0) throw new CorruptRecordError('empty record set');
  while (offset < records.length) {
    const size = validateBatchAt(records, offset, records.length, { fromClient: false }, view);
    const h = view.at(records, offset);
    if (h.compression === codec || (h.isControl && h.compression === CompressionType.none)) {
      parts.push(records.subarray(offset, offset + size));
    } else {
      const plain = await decompressBatch(records, offset);
      checkRecordCount(plain);
      parts.push(codec === CompressionType.none ? plain : await compressBatch(plain, codec, 0, level));
      changed = true;
    }
    offset += size;
  }
  return changed ? Buffer.concat(parts) : records;
}

/** Walks every record of an uncompressed batch: CorruptRecordError if one does not parse, InvalidRecordError if the count is off. */
function checkRecordCount(plain: Buffer): void {
  const it = new RecordIterator(plain, 0);
  const declared = plain.readInt32BE(RECORD_COUNT_OFFSET);
  let n = 0;
  while (it.next()) n++;
  const lastEnd = it.position;
  if (n !== declared || lastEnd !== plain.length) {
    throw new InvalidRecordError(
      `batch declares ${declared} records but its ${plain.length - BATCH_HEADER_SIZE} record bytes hold ${n}`,
    );
  }
}

function batchEnd(buf: Buffer, offset: number): number {
  if (buf.length - offset < BATCH_HEADER_SIZE) throw new CorruptRecordError('record batch shorter than its header');
  const end = offset + LOG_OVERHEAD + buf.readInt32BE(offset + BATCH_LENGTH_OFFSET);
  if (end > buf.length || end < offset + BATCH_HEADER_SIZE) {
    throw new CorruptRecordError('record batch length does not fit the buffer');
  }
  return end;
}

/**
 * A new batch: the header of the batch at src[offset] followed by `records` (payload bytes, compressed with `codec`
 * or plain), the codec bits set to `codec`, batchLength and CRC recomputed.
 */
export function withRecords(src: Buffer, offset: number, records: Buffer, codec: number): Buffer {
  const out = Buffer.allocUnsafe(BATCH_HEADER_SIZE + records.length);
  src.copy(out, 0, offset, offset + BATCH_HEADER_SIZE);
  records.copy(out, BATCH_HEADER_SIZE);
  out.writeInt32BE(out.length - LOG_OVERHEAD, BATCH_LENGTH_OFFSET);
  const attributes = out.readInt16BE(ATTRIBUTES_OFFSET);
  out.writeInt16BE((attributes & ~COMPRESSION_CODEC_MASK) | codec, ATTRIBUTES_OFFSET);
  updateBatchCrc(out, 0);
  return out;
}
