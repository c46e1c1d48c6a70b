/**
 * A CreateTime batch's `maxTimestamp` as Kafka stores it: LogValidator sets it to the largest timestamp among the
 * batch's records (`DefaultRecordBatch.setMaxTimestamp`, which rewrites the CRC too), for uncompressed and compressed
 * batches alike, and the time index, ListOffsets by time and `retention.ms` all read it from there.
 *
 * Kafka recomputes it because it iterates every record anyway; samsa does not touch the records of a valid batch, so
 * it trusts a header that can be right and recomputes only one that cannot:
 * - -1 or below the base timestamp: producers write the first record's timestamp as the base, so the true maximum is
 *   at least that (sarama before 1.23 never sets the field and sends -1);
 * - past the broker clock plus `message.timestamp.after.max.ms`: either a record really is that far ahead, and the
 *   corrected header makes the record-level check refuse it, or the header is wrong.
 * Uncompressed batches are fixed synchronously with a varint scan (no allocation); a compressed one is inflated
 * into a scratch copy during the append's async preparation. The CRC is checked before it is rewritten, so a damaged
 * batch is left for storage to refuse as CORRUPT_MESSAGE. Only the header's maxTimestamp and CRC change.
 */
import {
  BATCH_HEADER_SIZE,
  BatchHeaderView,
  CompressionType,
  computeBatchCrc,
  decompressBatch,
  maxRecordTimestamp,
  setMaxTimestamp,
} from '@samsa/protocol';
import type { TopicSettings } from './topic-settings';

/** RecordBatch.NO_TIMESTAMP. */
const NO_TIMESTAMP = -1;

/**
 * Corrects, in place, the maxTimestamp of every uncompressed batch whose header cannot be right. Returns true when a
 * compressed batch needs the same (the append must then go through `correctMaxTimestampsAsync`).
 */
export function correctMaxTimestamps(
  records: Buffer,
  settings: TopicSettings,
  now: number,
  view = new BatchHeaderView(),
): boolean {
  if (settings.timestampType !== 'CreateTime') return false; // storage stamps LogAppendTime over every batch
  const upper = now + settings.timestampAfterMaxMs;
  let compressedPending = false;
  let off = 0;
  while (off + BATCH_HEADER_SIZE <= records.length) {
    view.at(records, off);
    const size = view.sizeInBytes;
    if (size < BATCH_HEADER_SIZE || off + size > records.length) break; // storage refuses the set
    if (headerMaxImpossible(view, upper) && crcHolds(records, off, view)) {
      if (view.compression !== CompressionType.none) compressedPending = true;
      else setMax(records, off, view, maxRecordTimestamp(records, off));
    }
    off += size;
  }
  return compressedPending;
}

/** `correctMaxTimestamps` for every batch, inflating compressed ones to read their records' timestamps. */
export async function correctMaxTimestampsAsync(records: Buffer, settings: TopicSettings, now: number): Promise<void> {
  if (!correctMaxTimestamps(records, settings, now)) return;
  const upper = now + settings.timestampAfterMaxMs;
  const view = new BatchHeaderView();
  let off = 0;
  while (off + BATCH_HEADER_SIZE <= records.length) {
    view.at(records, off);
    const size = view.sizeInBytes;
    if (size < BATCH_HEADER_SIZE || off + size > records.length) break;
    if (view.compression !== CompressionType.none && headerMaxImpossible(view, upper) && crcHolds(records, off, view)) {
      const max = maxRecordTimestamp(await decompressBatch(records, off), 0);
      setMax(records, off, view.at(records, off), max);
    }
    off += size;
  }
}

function headerMaxImpossible(view: BatchHeaderView, upper: number): boolean {
  if (view.magic !== 2 || view.timestampType !== 'CreateTime') return false;
  const max = view.maxTimestamp;
  return max === NO_TIMESTAMP || max < view.baseTimestamp || max > upper;
}

/** A damaged batch keeps its header, so storage refuses it as CORRUPT_MESSAGE rather than storing it re-signed. */
function crcHolds(records: Buffer, off: number, view: BatchHeaderView): boolean {
  return computeBatchCrc(records, off) === view.crc;
}

function setMax(records: Buffer, off: number, view: BatchHeaderView, max: number): void {
  if (max !== view.maxTimestamp) setMaxTimestamp(records, off, 'CreateTime', max);
}
