// The v2 record batch header (magic 2, KIP-98). All integers are big-endian.
//
//   offset size field
//        0    8 baseOffset            int64  first offset of the batch (assigned by the broker)
//        8    4 batchLength           int32  bytes after this field: the whole batch is 12 + batchLength
//       12    4 partitionLeaderEpoch  int32  set by the broker on append
//       16    1 magic                 int8   2
//       17    4 crc                   uint32 CRC32C of bytes [21, 12 + batchLength)
//       21    2 attributes            int16  bits 0-2 compression, 3 timestamp type, 4 transactional,
//                                            5 control, 6 delete horizon set
//       23    4 lastOffsetDelta       int32  offset of the last record minus baseOffset
//       27    8 baseTimestamp         int64
//       35    8 maxTimestamp          int64  the broker's append time when timestamp type is LogAppendTime
//       43    8 producerId            int64  -1 when not idempotent
//       51    2 producerEpoch         int16
//       53    4 baseSequence          int32
//       57    4 recordCount           int32
//       61      records (possibly compressed)
//
// int64 fields are read as JavaScript numbers (exact within +-2^53, which offsets and millisecond
// timestamps never leave); nothing here copies the buffer.

import { crc32c } from './crc32c';

export const BATCH_HEADER_SIZE = 61;
/** baseOffset + batchLength: the part of the header not counted by batchLength. */
export const LOG_OVERHEAD = 12;
export const CURRENT_MAGIC = 2;

export const BASE_OFFSET_OFFSET = 0;
export const BATCH_LENGTH_OFFSET = 8;
export const PARTITION_LEADER_EPOCH_OFFSET = 12;
export const MAGIC_OFFSET = 16;
export const CRC_OFFSET = 17;
export const ATTRIBUTES_OFFSET = 21;
export const LAST_OFFSET_DELTA_OFFSET = 23;
export const BASE_TIMESTAMP_OFFSET = 27;
export const MAX_TIMESTAMP_OFFSET = 35;
export const PRODUCER_ID_OFFSET = 43;
export const PRODUCER_EPOCH_OFFSET = 51;
export const BASE_SEQUENCE_OFFSET = 53;
export const RECORD_COUNT_OFFSET = 57;
export const RECORDS_OFFSET = 61;

export const COMPRESSION_CODEC_MASK = 0x07;
export const TIMESTAMP_TYPE_MASK = 0x08;
export const TRANSACTIONAL_MASK = 0x10;
export const CONTROL_MASK = 0x20;
export const DELETE_HORIZON_MASK = 0x40;

export const CompressionCodec = { none: 0, gzip: 1, snappy: 2, lz4: 3, zstd: 4 } as const;
export type CompressionCodecId = (typeof CompressionCodec)[keyof typeof CompressionCodec];
export const TimestampType = { CreateTime: 0, LogAppendTime: 1 } as const;
export type TimestampTypeName = keyof typeof TimestampType;

const TWO_32 = 4294967296;

/** Reads a big-endian int64 as a number (exact for |v| < 2^53). */
export function readInt64(buf: Buffer, offset: number): number {
  return buf.readInt32BE(offset) * TWO_32 + buf.readUInt32BE(offset + 4);
}

/** Writes a number as a big-endian int64. */
export function writeInt64(buf: Buffer, offset: number, value: number): void {
  const hi = Math.floor(value / TWO_32);
  buf.writeInt32BE(hi, offset);
  buf.writeUInt32BE(value - hi * TWO_32, offset + 4);
}

/**
 * A reusable read-only view of one batch header: `at(buf, offset)` repositions it, so scanning
 * a log of batches allocates one view, not one per batch.
 */
const NO_BYTES = Buffer.alloc(0);

export class BatchHeaderView {
  buf: Buffer = NO_BYTES;
  offset = 0;

  at(buf: Buffer, offset: number): this {
    this.buf = buf;
    this.offset = offset;
    return this;
  }

  /**
   * Lets go of the buffer last viewed. A view kept for reuse (one per partition) would otherwise hold the request
   * it last read, and with it the whole network read it was sliced from, for as long as the partition stays idle.
   */
  release(): void {
    this.buf = NO_BYTES;
    this.offset = 0;
  }

  get baseOffset(): number {
    return readInt64(this.buf, this.offset + BASE_OFFSET_OFFSET);
  }
  get batchLength(): number {
    return this.buf.readInt32BE(this.offset + BATCH_LENGTH_OFFSET);
  }
  /** Total bytes of the batch including baseOffset and batchLength. */
  get sizeInBytes(): number {
    return LOG_OVERHEAD + this.batchLength;
  }
  get partitionLeaderEpoch(): number {
    return this.buf.readInt32BE(this.offset + PARTITION_LEADER_EPOCH_OFFSET);
  }
  get magic(): number {
    return this.buf.readInt8(this.offset + MAGIC_OFFSET);
  }
  get crc(): number {
    return this.buf.readUInt32BE(this.offset + CRC_OFFSET);
  }
  get attributes(): number {
    return this.buf.readInt16BE(this.offset + ATTRIBUTES_OFFSET);
  }
  get lastOffsetDelta(): number {
    return this.buf.readInt32BE(this.offset + LAST_OFFSET_DELTA_OFFSET);
  }
  get lastOffset(): number {
    return this.baseOffset + this.lastOffsetDelta;
  }
  get baseTimestamp(): number {
    return readInt64(this.buf, this.offset + BASE_TIMESTAMP_OFFSET);
  }
  get maxTimestamp(): number {
    return readInt64(this.buf, this.offset + MAX_TIMESTAMP_OFFSET);
  }
  get producerId(): number {
    return readInt64(this.buf, this.offset + PRODUCER_ID_OFFSET);
  }
  get producerEpoch(): number {
    return this.buf.readInt16BE(this.offset + PRODUCER_EPOCH_OFFSET);
  }
  get baseSequence(): number {
    return this.buf.readInt32BE(this.offset + BASE_SEQUENCE_OFFSET);
  }
  get recordCount(): number {
    return this.buf.readInt32BE(this.offset + RECORD_COUNT_OFFSET);
  }
  get compression(): number {
    return compressionOf(this.attributes);
  }
  get timestampType(): TimestampTypeName {
    return timestampTypeOf(this.attributes);
  }
  get isTransactional(): boolean {
    return isTransactional(this.attributes);
  }
  get isControl(): boolean {
    return isControl(this.attributes);
  }
  get hasDeleteHorizon(): boolean {
    return hasDeleteHorizon(this.attributes);
  }
}

/** Plain-object snapshot of a header, for tests and logs (allocates; not for hot paths). */
export interface BatchHeader {
  baseOffset: number;
  batchLength: number;
  partitionLeaderEpoch: number;
  magic: number;
  crc: number;
  attributes: number;
  lastOffsetDelta: number;
  baseTimestamp: number;
  maxTimestamp: number;
  producerId: number;
  producerEpoch: number;
  baseSequence: number;
  recordCount: number;
}

/** Reads the header at buf[offset]; the caller ensures at least 61 bytes are there. */
export function readBatchHeader(buf: Buffer, offset = 0): BatchHeader {
  const v = new BatchHeaderView().at(buf, offset);
  return {
    baseOffset: v.baseOffset,
    batchLength: v.batchLength,
    partitionLeaderEpoch: v.partitionLeaderEpoch,
    magic: v.magic,
    crc: v.crc,
    attributes: v.attributes,
    lastOffsetDelta: v.lastOffsetDelta,
    baseTimestamp: v.baseTimestamp,
    maxTimestamp: v.maxTimestamp,
    producerId: v.producerId,
    producerEpoch: v.producerEpoch,
    baseSequence: v.baseSequence,
    recordCount: v.recordCount,
  };
}

export const compressionOf = (attributes: number): number => attributes & COMPRESSION_CODEC_MASK;
export const timestampTypeOf = (attributes: number): TimestampTypeName =>
  attributes & TIMESTAMP_TYPE_MASK ? 'LogAppendTime' : 'CreateTime';
export const isTransactional = (attributes: number): boolean => (attributes & TRANSACTIONAL_MASK) !== 0;
export const isControl = (attributes: number): boolean => (attributes & CONTROL_MASK) !== 0;
export const hasDeleteHorizon = (attributes: number): boolean => (attributes & DELETE_HORIZON_MASK) !== 0;

/** Builds an attributes value from its parts. */
export function makeAttributes(parts: {
  compression?: number;
  timestampType?: TimestampTypeName;
  transactional?: boolean;
  control?: boolean;
  deleteHorizon?: boolean;
}): number {
  return (
    ((parts.compression ?? 0) & COMPRESSION_CODEC_MASK) |
    (parts.timestampType === 'LogAppendTime' ? TIMESTAMP_TYPE_MASK : 0) |
    (parts.transactional ? TRANSACTIONAL_MASK : 0) |
    (parts.control ? CONTROL_MASK : 0) |
    (parts.deleteHorizon ? DELETE_HORIZON_MASK : 0)
  );
}

/** CRC32C over attributes..end of the batch at buf[offset] (the value the crc field must hold). */
export function computeBatchCrc(buf: Buffer, offset = 0): number {
  const end = offset + LOG_OVERHEAD + buf.readInt32BE(offset + BATCH_LENGTH_OFFSET);
  return crc32c(buf, offset + ATTRIBUTES_OFFSET, end);
}

/** Recomputes and stores the CRC of the batch at buf[offset]. */
export function updateBatchCrc(buf: Buffer, offset = 0): void {
  buf.writeUInt32BE(computeBatchCrc(buf, offset), offset + CRC_OFFSET);
}

/** Rewrites baseOffset in place. baseOffset is outside the CRC, so the CRC stays valid. */
export function setBaseOffset(buf: Buffer, offset: number, baseOffset: number): void {
  writeInt64(buf, offset + BASE_OFFSET_OFFSET, baseOffset);
}

/** Rewrites partitionLeaderEpoch in place (outside the CRC). */
export function setPartitionLeaderEpoch(buf: Buffer, offset: number, epoch: number): void {
  buf.writeInt32BE(epoch, offset + PARTITION_LEADER_EPOCH_OFFSET);
}

/**
 * Sets the timestamp type and maxTimestamp in place and recomputes the CRC, as the broker does
 * for LogAppendTime topics (baseTimestamp and the record deltas stay as the client sent them).
 */
export function setMaxTimestamp(buf: Buffer, offset: number, type: TimestampTypeName, maxTimestamp: number): void {
  const attrs = buf.readInt16BE(offset + ATTRIBUTES_OFFSET);
  const next = type === 'LogAppendTime' ? attrs | TIMESTAMP_TYPE_MASK : attrs & ~TIMESTAMP_TYPE_MASK;
  buf.writeInt16BE(next, offset + ATTRIBUTES_OFFSET);
  writeInt64(buf, offset + MAX_TIMESTAMP_OFFSET, maxTimestamp);
  updateBatchCrc(buf, offset);
}
