// Structural validation of v2 batches, the checks Kafka applies to a produce request before it
// touches the log: header present, magic 2, batchLength inside the buffer, CRC32C, and (for
// batches from clients) count > 0, lastOffsetDelta == count - 1, no control batches, and a
// base sequence for idempotent producers. Damaged bytes → CorruptRecordError; well-formed but
// disallowed → InvalidRecordError. No per-record work: records are never decoded here.

import {
  BATCH_HEADER_SIZE,
  BATCH_LENGTH_OFFSET,
  BatchHeaderView,
  CURRENT_MAGIC,
  LOG_OVERHEAD,
  MAGIC_OFFSET,
  computeBatchCrc,
} from './batch-header';
import { CorruptRecordError, InvalidRecordError } from './errors';

export interface BatchValidationOptions {
  /** Apply the client-only rules (count/offset-delta, no control batches, base sequence). Default true. */
  fromClient?: boolean;
  /** Skip the CRC check (data already verified). Default false. */
  skipCrc?: boolean;
}

/**
 * Validates the batch at buf[offset] and returns its size in bytes. The batch must end within
 * `end` (default buf.length).
 */
export function validateBatchAt(
  buf: Buffer,
  offset: number,
  end: number = buf.length,
  options: BatchValidationOptions = {},
  view: BatchHeaderView = new BatchHeaderView(),
): number {
  const remaining = end - offset;
  if (remaining < BATCH_HEADER_SIZE) {
    throw new CorruptRecordError(
      `record batch at byte ${offset} is truncated: ${remaining} bytes, header needs ${BATCH_HEADER_SIZE}`,
    );
  }
  const batchLength = buf.readInt32BE(offset + BATCH_LENGTH_OFFSET);
  const size = LOG_OVERHEAD + batchLength;
  if (size < BATCH_HEADER_SIZE) {
    throw new CorruptRecordError(`record batch size ${size} is smaller than the minimum ${BATCH_HEADER_SIZE}`);
  }
  if (size > remaining) {
    throw new CorruptRecordError(
      `record batch of ${size} bytes at byte ${offset} runs past the end of the data (${remaining} bytes)`,
    );
  }
  const magic = buf.readInt8(offset + MAGIC_OFFSET);
  if (magic !== CURRENT_MAGIC) {
    throw new CorruptRecordError(`record batch magic ${magic} where ${CURRENT_MAGIC} was expected`);
  }
  const h = view.at(buf, offset);
  if (!options.skipCrc) {
    const computed = computeBatchCrc(buf, offset);
    if (computed !== h.crc) {
      throw new CorruptRecordError(`record batch CRC mismatch: stored ${h.crc}, computed ${computed}`);
    }
  }
  if (options.fromClient ?? true) {
    const count = h.recordCount;
    const delta = h.lastOffsetDelta;
    if (delta < 0) throw new InvalidRecordError(`batch has an invalid last offset delta ${delta}`);
    if (count <= 0) throw new InvalidRecordError(`invalid record count ${count} in batch`);
    if (delta + 1 !== count) {
      throw new InvalidRecordError(`last offset delta ${delta} does not match the record count ${count}`);
    }
    if (h.isControl) throw new InvalidRecordError('clients may not write control batches');
    if (h.producerId >= 0 && h.baseSequence < 0) {
      throw new InvalidRecordError(`batch from producer ${h.producerId} has invalid base sequence ${h.baseSequence}`);
    }
  }
  return size;
}

/**
 * Validates every batch in buf (one or several concatenated) and returns how many there are.
 * Trailing bytes that do not form a whole batch are corrupt.
 */
export function validateBatch(buf: Buffer, options: BatchValidationOptions = {}): number {
  if (buf.length === 0) throw new CorruptRecordError('empty record set');
  const view = new BatchHeaderView();
  let offset = 0;
  let batches = 0;
  while (offset < buf.length) {
    offset += validateBatchAt(buf, offset, buf.length, options, view);
    batches++;
  }
  return batches;
}
