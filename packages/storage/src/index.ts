// @samsa/storage: Kafka's partition log layout (segments, offset and time indexes, checkpoints)
// behind one I/O seam with native, node:fs, memory and fault-injecting backends.
export * from './offsets';
export * from './errors';
export * from './config';
export * from './io/segment-io';
export { FallbackSegmentIO } from './io/fallback';
export { MemorySegmentIO } from './io/memory';
export { NativeSegmentIO } from './io/native';
export { FaultyFs, PowerCutError, type FaultOp } from './io/faulty-fs';
export { LogDirFence } from './io/dir-fence';
export { HandleCache, CachedHandle, DEFAULT_MAX_OPEN_FILES, type OpenHandleStats } from './io/handle-cache';
export { raiseFileLimit, defaultMaxOpenFiles, MIN_MAX_OPEN_FILES, type FileLimit } from './io/file-limit';
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
export {
  validateProducedRecords,
  validateRecordSet,
  ValidatedRecords,
  PendingValidation,
  RecordValidationError,
  type ProduceValidation,
  type RecordSetInfo,
  type RecordRules,
  type RecordError,
} from './log-validator';
export * from './producer-state';
export { LogCleaner, type CleanResult, type LogCleanerOptions } from './cleaner/log-cleaner';
export { Cleaner, CleaningAbortedError, groupSegmentsBySize, type CleanStats } from './cleaner/cleaner';
export { cleanableRange, logToClean, needsCleaning, type CleanableRange, type LogToClean } from './cleaner/cleanable';
export { OffsetMap, OFFSET_MAP_ENTRY_BYTES } from './cleaner/offset-map';
export { hashKey } from './cleaner/key-hash';
export { Throttler } from './cleaner/throttler';
export { CLEANED_SUFFIX, SWAP_SUFFIX } from './log-segment';
