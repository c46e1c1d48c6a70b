// @samsa/storage: Kafka's partition log layout (segments, offset and time indexes, checkpoints)
// behind one I/O seam with native, node:fs, memory and fault-injecting backends.
export * from './offsets';
export * from './errors';
export * from './config';
export * from './io/segment-io';
export { FallbackSegmentIO } from './io/fallback';
export { MemorySegmentIO } from './io/memory';
export { NativeSegmentIO } from './io/native';
export { FaultyFs, type FaultOp } from './io/faulty-fs';
export { selectSegmentIO, loadNativeBinding, useNativeCrc32c, type StorageKind } from './io/select';
export { OffsetIndex, OFFSET_INDEX_ENTRY_SIZE, type OffsetPosition } from './offset-index';
export { TimeIndex, TIME_INDEX_ENTRY_SIZE, type TimestampOffset } from './time-index';
export {
  TransactionIndex,
  TXN_INDEX_SUFFIX,
  ABORTED_TXN_SIZE,
  type AbortedTxn,
  type TxnIndexSearchResult,
} from './txn-index';
export { LogSegment, LOG_SUFFIX, INDEX_SUFFIX, TIME_INDEX_SUFFIX, DELETED_SUFFIX } from './log-segment';
export * from './partition-log';
export * from './leader-epoch-cache';
export * from './log-manager';
export * from './checkpoint-file';
export { validateRecordSet, type RecordSetInfo } from './batch-validator';
export * from './producer-state';
