/**
 * The produce-side checks Kafka makes that storage does not:
 * - the Produce v3+ shape rule (`ProduceRequest.validateRecords`): exactly one batch per partition, magic 2, and no
 *   zstd below Produce v7;
 * - LogValidator's record-level rules: CreateTime timestamps within `message.timestamp.before.max.ms` /
 *   `message.timestamp.after.max.ms` of the broker clock, no LogAppendTime from producers, and a key on every record
 *   of a compacted topic. Failures carry Kafka's per-record errors (Produce v8+ `record_errors`, KIP-467).
 *
 * The record-level rules read each 61-byte header and walk records only when the header cannot settle the question
 * (a max timestamp past the upper bound, a finite lower bound, a LogAppendTime batch, a compacted topic, a compressed
 * batch, whose record count LogValidator checks by iterating it), so the usual uncompressed produce never touches a
 * record. A walked batch is fully validated first (CRC included), and a compressed one is
 * decompressed into a scratch copy that is dropped afterwards; the client's bytes are never changed here.
 */
import {
  ATTRIBUTES_OFFSET,
  BATCH_HEADER_SIZE,
  BATCH_LENGTH_OFFSET,
  BatchHeaderView,
  CompressionType,
  CorruptRecordError,
  InvalidRecordError,
  LOG_OVERHEAD,
  MAGIC_OFFSET,
  RecordIterator,
  computeBatchCrc,
  decompressBatch,
  validateBatchAt,
} from '@samsa/protocol';
import { KafkaError } from '../errors';
import type { TopicSettings } from './topic-settings';

/** Kafka's RecordBatch.NO_TIMESTAMP. */
const NO_TIMESTAMP = -1;
/** Bytes up to and including the magic byte: the least a batch must have to be recognised as one. */
const HEADER_SIZE_UP_TO_MAGIC = MAGIC_OFFSET + 1;
/** LegacyRecord.RECORD_OVERHEAD_V0: a declared batch length below this is corrupt. */
const MIN_RECORD_OVERHEAD = 14;
const ZSTD = CompressionType.zstd;

export interface RecordError {
  readonly batchIndex: number;
  readonly message: string;
}

/** A batch whose records break LogValidator's rules; `recordErrors` go into Produce v8+ responses. */
export class RecordValidationError extends KafkaError {
  readonly recordErrors: readonly RecordError[];

  constructor(
    errorName: 'INVALID_TIMESTAMP' | 'INVALID_RECORD',
    message: string,
    recordErrors: readonly RecordError[],
  ) {
    super(errorName, message);
    this.recordErrors = recordErrors;
  }
}

/** Produce v3+: one magic-2 batch per partition, and zstd only from Produce v7 (KIP-110). */
export function validateProduceShape(apiVersion: number, records: Buffer | null): void {
  if (apiVersion < 3) return;
  const buf = records ?? Buffer.alloc(0);
  const first = batchSizeAt(buf, 0);
  if (first === 0) {
    throw new KafkaError(
      'INVALID_RECORD',
      `Produce requests with version ${apiVersion} must have at least one record batch per partition`,
    );
  }
  if (buf[MAGIC_OFFSET] !== 2) {
    throw new KafkaError(
      'INVALID_RECORD',
      `Produce requests with version ${apiVersion} are only allowed to contain record batches with magic version 2`,
    );
  }
  if (apiVersion < 7 && first >= ATTRIBUTES_OFFSET + 2 && (buf.readInt16BE(ATTRIBUTES_OFFSET) & 0x07) === ZSTD) {
    throw new KafkaError(
      'UNSUPPORTED_COMPRESSION_TYPE',
      `Produce requests with version ${apiVersion} are not allowed to use ZStandard compression`,
    );
  }
  if (batchSizeAt(buf, first) > 0) {
    throw new KafkaError(
      'INVALID_RECORD',
      `Produce requests with version ${apiVersion} are only allowed to contain exactly one record batch per partition`,
    );
  }
}

/**
 * Size of the whole batch at `offset` as Kafka's batch iterator sees it: 0 when no complete batch is there (the
 * iterator simply ends), CORRUPT_MESSAGE when the declared length is below the minimum.
 */
function batchSizeAt(buf: Buffer, offset: number): number {
  const remaining = buf.length - offset;
  if (remaining < HEADER_SIZE_UP_TO_MAGIC) return 0;
  const declared = buf.readInt32BE(offset + BATCH_LENGTH_OFFSET);
  if (declared < MIN_RECORD_OVERHEAD)
    throw new KafkaError(
      'CORRUPT_MESSAGE',
      `Record size ${declared} is less than the minimum record overhead (${MIN_RECORD_OVERHEAD})`,
    );
  const size = LOG_OVERHEAD + declared;
  return size > remaining ? 0 : size;
}

/**
 * Checks that the records of every uncompressed batch exactly fill it and number `recordCount`, reading only each
 * record's length varint (no decoding, no allocation): a header whose count agrees with its offset delta can still
 * lie about the records behind it. Kafka's batch iterator fails such a batch with INVALID_RECORD ("Incorrect declared
 * batch size"), after the CRC check; so when the framing is wrong, the CRC decides whether the bytes are damaged
 * (CORRUPT_MESSAGE) or the batch was built wrong (INVALID_RECORD). Compressed batches are checked by `checkRecords`,
 * after inflating them.
 */
export function checkRecordFraming(records: Buffer, view = new BatchHeaderView()): void {
  let off = 0;
  while (off + BATCH_HEADER_SIZE <= records.length) {
    view.at(records, off);
    const size = view.sizeInBytes;
    if (view.magic !== 2 || size < BATCH_HEADER_SIZE || off + size > records.length) return; // storage reports it
    if (view.compression === CompressionType.none) {
      const problem = framingProblem(records, off + BATCH_HEADER_SIZE, off + size, view.recordCount);
      if (problem !== null) {
        if (computeBatchCrc(records, off) !== view.crc)
          throw new CorruptRecordError(`record batch CRC mismatch at byte ${off}`);
        throw new InvalidRecordError(problem);
      }
    }
    off += size;
  }
}

function framingProblem(buf: Buffer, start: number, end: number, declared: number): string | null {
  let pos = start;
  let count = 0;
  while (pos < end) {
    // zigzag varint: the record's length
    let raw = 0;
    let shift = 0;
    let b: number;
    do {
      if (pos >= end || shift > 28) return 'Incorrect declared batch size, premature EOF reached';
      b = buf[pos++] as number;
      raw |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    const length = (raw >>> 1) ^ -(raw & 1);
    if (length <= 0 || pos + length > end) return 'Incorrect declared batch size, premature EOF reached';
    pos += length;
    count++;
  }
  if (count < declared) return 'Incorrect declared batch size, premature EOF reached';
  if (count > declared) return 'Incorrect declared batch size, records still remaining in file';
  return null;
}

/** What the record-level checks need to know about the partition and the clock. */
export interface RecordCheckContext {
  readonly settings: TopicSettings;
  readonly topicPartition: string;
  readonly now: number;
}

/** True when some batch of `records` needs its records walked (the header alone cannot settle the rules). */
export function needsRecordWalk(records: Buffer, ctx: RecordCheckContext, view = new BatchHeaderView()): boolean {
  const { settings, now } = ctx;
  if (settings.compacted) return true;
  const upper = now + settings.timestampAfterMaxMs;
  const lowerActive = now - settings.timestampBeforeMaxMs > 0;
  let off = 0;
  while (off + BATCH_HEADER_SIZE <= records.length) {
    view.at(records, off);
    if (view.magic !== 2) return false; // storage rejects it as corrupt
    if (view.timestampType === 'LogAppendTime') return true;
    // LogValidator iterates a compressed batch's records too, so a count that lies inside one is refused.
    if (view.compression !== CompressionType.none) return true;
    if (settings.timestampType === 'CreateTime' && (lowerActive || view.maxTimestamp > upper)) return true;
    const size = view.sizeInBytes;
    if (size < BATCH_HEADER_SIZE) return false;
    off += size;
  }
  return false;
}

/**
 * Walks every batch (each validated first) and throws RecordValidationError for the first batch with bad records,
 * as LogValidator does batch by batch.
 */
export async function checkRecords(records: Buffer, ctx: RecordCheckContext): Promise<void> {
  const view = new BatchHeaderView();
  let off = 0;
  while (off < records.length) {
    const size = validateBatchAt(records, off, records.length, { fromClient: true }, view);
    view.at(records, off);
    const timestampType = view.timestampType;
    const maxTimestamp = view.maxTimestamp;
    // A compressed batch is inflated into a scratch copy; the client's bytes stay as they are.
    const batch = await decompressBatch(records, off);
    if (view.compression !== CompressionType.none) {
      const problem = framingProblem(batch, BATCH_HEADER_SIZE, batch.length, view.recordCount);
      if (problem !== null) throw new InvalidRecordError(problem);
    }
    const errors = recordErrorsOf(batch, timestampType, maxTimestamp, ctx);
    if (errors.length > 0) throw toValidationError(errors);
    off += size;
  }
}

type ErrorKind = 'INVALID_TIMESTAMP' | 'INVALID_RECORD';

function recordErrorsOf(
  batch: Buffer,
  batchTimestampType: 'CreateTime' | 'LogAppendTime',
  batchMaxTimestamp: number,
  ctx: RecordCheckContext,
): { kind: ErrorKind; error: RecordError }[] {
  const { settings, now } = ctx;
  const lower = now - settings.timestampBeforeMaxMs;
  const upper = now + settings.timestampAfterMaxMs;
  const out: { kind: ErrorKind; error: RecordError }[] = [];
  const it = new RecordIterator(batch, 0);
  let batchIndex = 0;
  while (it.next()) {
    const r = it.record;
    // A LogAppendTime batch's records all carry the batch's max timestamp (DefaultRecordBatch semantics).
    const timestamp = batchTimestampType === 'LogAppendTime' ? batchMaxTimestamp : r.timestamp;
    if (settings.timestampType === 'CreateTime' && timestamp !== NO_TIMESTAMP) {
      if (timestamp < lower || timestamp > upper) {
        out.push({
          kind: 'INVALID_TIMESTAMP',
          error: {
            batchIndex,
            message: `Timestamp ${timestamp} of message with offset ${r.offset} is out of range. The timestamp should be within [${lower}, ${upper}]`,
          },
        });
      }
    } else if (batchTimestampType === 'LogAppendTime') {
      out.push({
        kind: 'INVALID_TIMESTAMP',
        error: {
          batchIndex,
          message: `Invalid timestamp type in message with offset ${r.offset}. Producer should not set timestamp type to LogAppendTime.`,
        },
      });
    }
    if (settings.compacted && r.keyLength < 0) {
      out.push({
        kind: 'INVALID_RECORD',
        error: {
          batchIndex,
          message: `Compacted topic cannot accept message without key in topic partition ${ctx.topicPartition}.`,
        },
      });
    }
    batchIndex++;
  }
  return out;
}

/** LogValidator.processRecordErrors: INVALID_TIMESTAMP wins over INVALID_RECORD; the message quotes up to three. */
function toValidationError(errors: readonly { kind: ErrorKind; error: RecordError }[]): RecordValidationError {
  const recordErrors = errors.map((e) => e.error);
  if (errors.some((e) => e.kind === 'INVALID_TIMESTAMP')) {
    return new RecordValidationError(
      'INVALID_TIMESTAMP',
      'One or more records have been rejected due to invalid timestamp',
      recordErrors,
    );
  }
  const shown = recordErrors
    .slice(0, 3)
    .map((e) => `RecordError(batchIndex=${e.batchIndex}, message='${e.message}')`)
    .join(', ');
  return new RecordValidationError(
    'INVALID_RECORD',
    `One or more records have been rejected due to ${recordErrors.length} record errors in total, and only showing the first three errors at most: [${shown}]`,
    recordErrors,
  );
}
