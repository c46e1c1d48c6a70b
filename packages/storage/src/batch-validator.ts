// Produce-time checks on a record set before anything is written: every batch passes the v2
// header and CRC32C checks (@samsa/protocol validateBatchAt), no batch exceeds max.message.bytes,
// and the set fits in one segment. Returns the totals append needs, without touching records.

import { BatchHeaderView, validateBatchAt, CorruptRecordError, InvalidRecordError } from '@samsa/protocol';
import type { LogConfig } from './config';
import { RecordListTooLargeError, RecordTooLargeError } from './errors';

export interface RecordSetInfo {
  batches: number;
  /** Offsets the set will take (sum of lastOffsetDelta + 1). */
  offsetCount: number;
  maxTimestamp: number;
}

const FROM_CLIENT = Object.freeze({ fromClient: true });
const FROM_BROKER = Object.freeze({ fromClient: false });

export function validateRecordSet(
  records: Buffer,
  config: LogConfig,
  fromClient: boolean,
  view = new BatchHeaderView(),
): RecordSetInfo {
  const options = fromClient ? FROM_CLIENT : FROM_BROKER;
  if (records.length === 0) throw new CorruptRecordError('empty record set');
  if (records.length > config.segmentBytes) {
    throw new RecordListTooLargeError(
      `record set of ${records.length} bytes exceeds segment.bytes ${config.segmentBytes}`,
    );
  }
  let off = 0;
  let batches = 0;
  let offsetCount = 0;
  let maxTimestamp = -1;
  while (off < records.length) {
    const size = validateBatchAt(records, off, records.length, options, view);
    if (size > config.maxMessageBytes) {
      throw new RecordTooLargeError(`batch of ${size} bytes exceeds max.message.bytes ${config.maxMessageBytes}`);
    }
    view.at(records, off);
    if (view.lastOffsetDelta < 0) throw new InvalidRecordError(`negative last offset delta ${view.lastOffsetDelta}`);
    offsetCount += view.lastOffsetDelta + 1;
    if (view.maxTimestamp > maxTimestamp) maxTimestamp = view.maxTimestamp;
    batches++;
    off += size;
  }
  return { batches, offsetCount, maxTimestamp };
}
