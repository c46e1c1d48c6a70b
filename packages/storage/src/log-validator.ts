// The one validator of produced records: Kafka's UnifiedLog.analyzeAndValidateRecords and LogValidator in a single
// walk per batch. For each batch, in order: the header (size, magic, CRC32C, record count vs last offset delta, no
// control batch, a base sequence for idempotent producers; CORRUPT_MESSAGE / INVALID_RECORD), max.message.bytes
// (MESSAGE_TOO_LARGE), then every record (record-scan.ts: lengths, varints, headers, offset deltas, nothing left
// over; INVALID_RECORD, as Kafka's batch iterator throws InvalidRecordException), the record rules (record-rules.ts:
// timestamps, compacted keys; INVALID_TIMESTAMP / INVALID_RECORD with per-record errors), and the CreateTime max
// timestamp LogValidator writes into the header (rewritten, with the CRC, only when the producer's differs).
//
// Uncompressed v2 batches are validated synchronously, in place, without copying or allocating per record, so the
// usual produce appends in the same tick. Whatever needs async work comes back as PendingValidation, to be finished
// in the partition's append order: a compressed batch (its payload is inflated into a scratch buffer and scanned
// there; the client's bytes are stored as sent), a batch the topic's compression.type stores in another codec
// (rebuilt, as Kafka's buildRecordsAndAssignOffsets does), and magic 0/1 message sets (converted into one v2 batch,
// legacy.ts). Only a ValidatedRecords, which this module alone constructs, is appended by PartitionLog as a client's:
// nothing else reaches the log unvalidated.
//
// validateRecordSet is the header-only form for batches the broker itself wrote or a leader already validated
// (coordinator records, control markers, follower fetches).

import {
  BATCH_HEADER_SIZE,
  BatchHeaderView,
  CompressionType,
  CorruptRecordError,
  InvalidRecordError,
  MAGIC_OFFSET,
  RecordProblem,
  RecordScan,
  codecForTopicCompression,
  compressBatch,
  decompress,
  legacyToBatch,
  recordProblemMessage,
  scanRecords,
  setMaxTimestamp,
  validateBatchAt,
  withRecords,
  type CompressionCodec,
} from '@samsa/protocol';
import type { LogConfig } from './config';
import { RecordListTooLargeError, RecordTooLargeError } from './errors';
import { breaksRecordRules, logAppendTimeFromProducer, recordRulesError, type RecordRules } from './record-rules';

export { RecordValidationError, type RecordError, type RecordRules } from './record-rules';

/** What an append needs to know about a record set, read from its headers. */
export interface RecordSetInfo {
  batches: number;
  /** Offsets the set will take (sum of lastOffsetDelta + 1). */
  offsetCount: number;
  maxTimestamp: number;
}

/** What a produced record set is validated against. */
export interface ProduceValidation {
  readonly rules: RecordRules;
  /** max.message.bytes and segment.bytes of the partition's log. */
  readonly config: LogConfig;
  /** `topic-partition`, for messages. */
  readonly topicPartition: string;
  /** The broker clock, for the timestamp rules. */
  readonly now: number;
}

const VALIDATED: unique symbol = Symbol('validated');

/** A client's record set that passed every rule, with what the append needs: PartitionLog.append takes it as is. */
export class ValidatedRecords implements RecordSetInfo {
  readonly records: Buffer;
  readonly batches: number;
  readonly offsetCount: number;
  readonly maxTimestamp: number;

  /** Only this module validates; `token` keeps anything else from claiming it did. */
  constructor(token: typeof VALIDATED, records: Buffer, info: RecordSetInfo) {
    if (token !== VALIDATED) throw new TypeError('ValidatedRecords come from validateProducedRecords only');
    this.records = records;
    this.batches = info.batches;
    this.offsetCount = info.offsetCount;
    this.maxTimestamp = info.maxTimestamp;
  }
}

/** A record set whose validation needs async work (decompression, recompression, legacy conversion). */
export class PendingValidation {
  readonly #records: Buffer;
  readonly #v: ProduceValidation;
  /** Byte offset of the first batch whose records are not validated yet (0 for a legacy set). */
  readonly #from: number;
  readonly #legacy: boolean;

  constructor(token: typeof VALIDATED, records: Buffer, v: ProduceValidation, from: number, legacy: boolean) {
    if (token !== VALIDATED) throw new TypeError('PendingValidation comes from validateProducedRecords only');
    this.#records = records;
    this.#v = v;
    this.#from = from;
    this.#legacy = legacy;
  }

  /** Finishes the validation at broker time `now`; rejects with the set's Kafka error. */
  finish(now: number): Promise<ValidatedRecords> {
    const v = { ...this.#v, now };
    return this.#legacy ? finishLegacy(this.#records, v) : finishBatches(this.#records, v, this.#from);
  }
}

const FROM_CLIENT = Object.freeze({ fromClient: true });
const FROM_BROKER = Object.freeze({ fromClient: false });

// The synchronous walk is never re-entered, so one view and one scan serve every call.
const syncView = new BatchHeaderView();
const syncScan = new RecordScan();

/**
 * Validates a client's record set (Produce). Returns ValidatedRecords when everything could be checked in place, a
 * PendingValidation when compressed data or a conversion needs async work, and throws the set's Kafka error
 * otherwise. Nothing but the CreateTime max timestamp (and its CRC) of a batch is ever rewritten here.
 */
export function validateProducedRecords(records: Buffer, v: ProduceValidation): ValidatedRecords | PendingValidation {
  if (records.length > MAGIC_OFFSET && records.readInt8(MAGIC_OFFSET) < 2)
    return new PendingValidation(VALIDATED, records, v, 0, true);
  const view = syncView;
  try {
    checkSetSize(records, v.config);
    const target = codecForTopicCompression(v.rules.compressionType);
    const info: RecordSetInfo = { batches: 0, offsetCount: 0, maxTimestamp: -1 };
    // Records are walked in order up to the first batch that needs async work; the rest waits for finish().
    let deferredFrom = -1;
    let off = 0;
    while (off < records.length) {
      const size = validateBatchAt(records, off, records.length, FROM_CLIENT, view);
      checkBatchSize(size, v.config);
      const codec = view.compression;
      if (deferredFrom < 0) {
        if (codec !== CompressionType.none || (target !== null && target !== codec)) deferredFrom = off;
        else validateUncompressed(records, off, size, view, syncScan, v);
      }
      addBatch(info, view);
      off += size;
    }
    if (deferredFrom >= 0) return new PendingValidation(VALIDATED, records, v, deferredFrom, false);
    return new ValidatedRecords(VALIDATED, records, info);
  } finally {
    // The view must not keep the request (and the network read under it) alive.
    view.release();
  }
}

/**
 * Header-level validation of batches the broker wrote or a leader validated: every batch's header, CRC and sizes
 * (`fromClient` adds the client-only header rules). Returns the totals an append needs, without touching records.
 */
export function validateRecordSet(
  records: Buffer,
  config: LogConfig,
  fromClient: boolean,
  view = new BatchHeaderView(),
): RecordSetInfo {
  const options = fromClient ? FROM_CLIENT : FROM_BROKER;
  checkSetSize(records, config);
  const info: RecordSetInfo = { batches: 0, offsetCount: 0, maxTimestamp: -1 };
  let off = 0;
  while (off < records.length) {
    const size = validateBatchAt(records, off, records.length, options, view);
    checkBatchSize(size, config);
    addBatch(info, view);
    off += size;
  }
  return info;
}

function checkSetSize(records: Buffer, config: LogConfig): void {
  if (records.length === 0) throw new CorruptRecordError('empty record set');
  if (records.length > config.segmentBytes) {
    throw new RecordListTooLargeError(
      `record set of ${records.length} bytes exceeds segment.bytes ${config.segmentBytes}`,
    );
  }
}

function checkBatchSize(size: number, config: LogConfig): void {
  if (size > config.maxMessageBytes)
    throw new RecordTooLargeError(`batch of ${size} bytes exceeds max.message.bytes ${config.maxMessageBytes}`);
}

/** Adds the batch under `view` (validated) to the set's totals. */
function addBatch(info: RecordSetInfo, view: BatchHeaderView): void {
  if (view.lastOffsetDelta < 0) throw new InvalidRecordError(`negative last offset delta ${view.lastOffsetDelta}`);
  info.offsetCount += view.lastOffsetDelta + 1;
  if (view.maxTimestamp > info.maxTimestamp) info.maxTimestamp = view.maxTimestamp;
  info.batches++;
}

/** The records of the uncompressed batch under `view` (at buf[off], `size` bytes): scan, rules, max timestamp. */
function validateUncompressed(
  buf: Buffer,
  off: number,
  size: number,
  view: BatchHeaderView,
  scan: RecordScan,
  v: ProduceValidation,
): void {
  const start = off + BATCH_HEADER_SIZE;
  validateRecords(buf, start, off + size, view, scan, v);
  const max = scan.maxTimestamp;
  if (keepsCreateTimeMax(view, v) && max !== view.maxTimestamp) {
    setMaxTimestamp(buf, off, 'CreateTime', max);
    view.at(buf, off);
  }
}

/** The records in buf[start, end) of the batch under `view`: the strict scan, then the record rules. */
function validateRecords(
  buf: Buffer,
  start: number,
  end: number,
  view: BatchHeaderView,
  scan: RecordScan,
  v: ProduceValidation,
): void {
  const problem = scanRecords(buf, start, end, view.recordCount, view.baseTimestamp, scan);
  if (problem !== RecordProblem.NONE)
    throw new InvalidRecordError(`${recordProblemMessage(scan)} in topic partition ${v.topicPartition}`);
  if (breaksRecordRules(view.timestampType, view.maxTimestamp, scan, v.rules, v.now)) {
    const batch = {
      buf,
      start,
      end,
      count: view.recordCount,
      baseTimestamp: view.baseTimestamp,
      baseOffset: view.baseOffset,
      timestampType: view.timestampType,
      maxTimestamp: view.maxTimestamp,
    };
    throw recordRulesError(batch, v.rules, v.topicPartition, v.now);
  }
}

/**
 * LogValidator writes a CreateTime batch's max timestamp from its records; on a LogAppendTime topic storage stamps
 * the append time instead, and a batch its producer marked LogAppendTime keeps its header.
 */
function keepsCreateTimeMax(view: BatchHeaderView, v: ProduceValidation): boolean {
  return v.rules.timestampType === 'CreateTime' && view.timestampType === 'CreateTime';
}

/** The async rest of a v2 set: from `from` on, each batch's records (inflated when compressed), then conversion. */
async function finishBatches(records: Buffer, v: ProduceValidation, from: number): Promise<ValidatedRecords> {
  const target = codecForTopicCompression(v.rules.compressionType);
  const view = new BatchHeaderView();
  const scan = new RecordScan();
  const parts: Buffer[] = [];
  let rewritten = false;
  let off = 0;
  while (off < records.length) {
    view.at(records, off);
    const size = view.sizeInBytes;
    const codec = view.compression as CompressionCodec;
    const convert = target !== null && target !== codec;
    let batch = records.subarray(off, off + size);
    if (codec === CompressionType.none) {
      if (off >= from) validateUncompressed(records, off, size, view, scan, v);
    } else {
      const payload = await decompress(codec, records.subarray(off + BATCH_HEADER_SIZE, off + size));
      view.at(records, off);
      validateRecords(payload, 0, payload.length, view, scan, v);
      const max = keepsCreateTimeMax(view, v) ? scan.maxTimestamp : view.maxTimestamp;
      if (convert) batch = withRecords(records, off, payload, CompressionType.none);
      if (max !== view.maxTimestamp) setMaxTimestamp(convert ? batch : records, convert ? 0 : off, 'CreateTime', max);
    }
    if (convert) {
      batch = await compressBatch(batch, target);
      rewritten = true;
    }
    parts.push(batch);
    off += size;
  }
  const out = rewritten ? Buffer.concat(parts) : records;
  // A rebuilt set is checked again: its batches' sizes changed (UnifiedLog's messageSizeMaybeChanged).
  return new ValidatedRecords(VALIDATED, out, rewritten ? validateRecordSet(out, v.config, true) : totals(out));
}

/** The totals of a set whose headers are validated. */
function totals(records: Buffer): RecordSetInfo {
  const view = new BatchHeaderView();
  const info: RecordSetInfo = { batches: 0, offsetCount: 0, maxTimestamp: -1 };
  for (let off = 0; off < records.length; off += view.sizeInBytes) addBatch(info, view.at(records, off));
  return info;
}

/**
 * A magic 0/1 message set (Produce v0-2): converted into one v2 batch as LogValidator does for a v2 log (legacy.ts
 * checks every message, CRC32 included), then held to the same record rules, and compressed with the topic's
 * compression.type, else with the producer's wrapper codec.
 */
async function finishLegacy(records: Buffer, v: ProduceValidation): Promise<ValidatedRecords> {
  const converted = await legacyToBatch(records);
  if (converted.logAppendTime && v.rules.timestampType === 'CreateTime')
    throw logAppendTimeFromProducer(converted.recordCount);
  const plain = converted.batch;
  const view = new BatchHeaderView().at(plain, 0);
  validateUncompressed(plain, 0, plain.length, view, new RecordScan(), v);
  const codec = codecForTopicCompression(v.rules.compressionType) ?? converted.codec;
  const batch = codec === CompressionType.none ? plain : await compressBatch(plain, codec);
  checkSetSize(batch, v.config);
  checkBatchSize(batch.length, v.config);
  return new ValidatedRecords(VALIDATED, batch, totals(batch));
}
