// LogValidator's record-level rules (validateKey, validateTimestamp, processRecordErrors): CreateTime timestamps
// within message.timestamp.before.max.ms / message.timestamp.after.max.ms of the broker clock, no LogAppendTime from
// producers, and a key on every record of a compacted topic. The first check reads only what the record scan already
// found (min and max timestamps, null keys), so a batch that breaks no rule costs nothing more; only a refused batch
// is walked again, to name each record that breaks a rule (Produce v8+ record_errors, KIP-467).

import { KafkaError, type RecordScan, readVarint, readVarlong } from '@samsa/protocol';

/** Kafka's RecordBatch.NO_TIMESTAMP. */
const NO_TIMESTAMP = -1;

/** The topic settings the record rules read (the broker resolves them from the topic's configs). */
export interface RecordRules {
  readonly timestampType: 'CreateTime' | 'LogAppendTime';
  /** How far a CreateTime timestamp may lag the clock; Long.MAX_VALUE (as a double) when unbounded. */
  readonly timestampBeforeMaxMs: number;
  /** How far a CreateTime timestamp may lead the clock. */
  readonly timestampAfterMaxMs: number;
  /** cleanup.policy contains `compact`: every record needs a key. */
  readonly compacted: boolean;
  /** compression.type: `producer` keeps the producer's codec, anything else is the codec batches are stored in. */
  readonly compressionType: string;
}

export interface RecordError {
  readonly batchIndex: number;
  readonly message: string;
}

/** A batch whose records break LogValidator's rules; `recordErrors` go into Produce v8+ responses. */
export class RecordValidationError extends KafkaError {
  override name = 'RecordValidationError';
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

/** The records of one batch, as the rules need them: where they are, and the batch header fields they depend on. */
export interface ScannedBatch {
  readonly buf: Buffer;
  readonly start: number;
  readonly end: number;
  readonly count: number;
  readonly baseTimestamp: number;
  readonly baseOffset: number;
  readonly timestampType: 'CreateTime' | 'LogAppendTime';
  readonly maxTimestamp: number;
}

/**
 * Whether the records of a batch break a rule, from what their scan found (no record is read again): `timestampType`
 * and `maxTimestamp` are the batch header's, `now` the broker clock.
 */
export function breaksRecordRules(
  timestampType: 'CreateTime' | 'LogAppendTime',
  maxTimestamp: number,
  scan: RecordScan,
  rules: RecordRules,
  now: number,
): boolean {
  if (rules.compacted && scan.nullKeys > 0) return true;
  const logAppendTime = timestampType === 'LogAppendTime';
  if (rules.timestampType !== 'CreateTime') return logAppendTime;
  const lower = now - rules.timestampBeforeMaxMs;
  const upper = now + rules.timestampAfterMaxMs;
  // A LogAppendTime batch's records all carry its max timestamp (DefaultRecordBatch); -1 there is refused outright.
  if (logAppendTime) return maxTimestamp === NO_TIMESTAMP || maxTimestamp < lower || maxTimestamp > upper;
  return scan.maxTimestamp > upper || scan.minTimestamp < lower;
}

/** The RecordValidationError of a batch that breaks the rules, naming each record that does. */
export function recordRulesError(
  batch: ScannedBatch,
  rules: RecordRules,
  topicPartition: string,
  now: number,
): RecordValidationError {
  return toValidationError(recordErrors(batch, rules, topicPartition, now));
}

type ErrorKind = 'INVALID_TIMESTAMP' | 'INVALID_RECORD';

/** LogValidator.validateRecord for every record: the key rule first, then the timestamp rule, one error at most. */
function recordErrors(
  batch: ScannedBatch,
  rules: RecordRules,
  topicPartition: string,
  now: number,
): { kind: ErrorKind; error: RecordError }[] {
  const lower = now - rules.timestampBeforeMaxMs;
  const upper = now + rules.timestampAfterMaxMs;
  const logAppendTime = batch.timestampType === 'LogAppendTime';
  const out: { kind: ErrorKind; error: RecordError }[] = [];
  const cursor = { pos: batch.start };
  const buf = batch.buf;
  for (let batchIndex = 0; batchIndex < batch.count; batchIndex++) {
    const length = readVarint(buf, cursor, batch.end);
    const recordEnd = cursor.pos + length;
    cursor.pos++; // attributes
    const recordTimestamp = batch.baseTimestamp + readVarlong(buf, cursor, recordEnd);
    const offset = batch.baseOffset + readVarint(buf, cursor, recordEnd);
    const keyLength = readVarint(buf, cursor, recordEnd);
    cursor.pos = recordEnd;
    if (rules.compacted && keyLength < 0) {
      out.push({
        kind: 'INVALID_RECORD',
        error: {
          batchIndex,
          message: `Compacted topic cannot accept message without key in topic partition ${topicPartition}.`,
        },
      });
      continue;
    }
    const timestamp = logAppendTime ? batch.maxTimestamp : recordTimestamp;
    if (rules.timestampType === 'CreateTime' && timestamp !== NO_TIMESTAMP) {
      if (timestamp < lower || timestamp > upper) {
        out.push({
          kind: 'INVALID_TIMESTAMP',
          error: {
            batchIndex,
            message: `Timestamp ${timestamp} of message with offset ${offset} is out of range. The timestamp should be within [${lower}, ${upper}]`,
          },
        });
      }
    } else if (logAppendTime) {
      out.push({
        kind: 'INVALID_TIMESTAMP',
        error: {
          batchIndex,
          message: `Invalid timestamp type in message with offset ${offset}. Producer should not set timestamp type to LogAppendTime.`,
        },
      });
    }
  }
  return out;
}

/** LogValidator.processRecordErrors: INVALID_TIMESTAMP wins over INVALID_RECORD; the message quotes up to three. */
export function toValidationError(errors: readonly { kind: ErrorKind; error: RecordError }[]): RecordValidationError {
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

/** Every record of a legacy message set marked LogAppendTime by its producer, on a CreateTime topic. */
export function logAppendTimeFromProducer(recordCount: number): RecordValidationError {
  const errors = Array.from({ length: recordCount }, (_, batchIndex) => ({
    kind: 'INVALID_TIMESTAMP' as const,
    error: {
      batchIndex,
      message: 'Invalid timestamp type in message. Producer should not set timestamp type to LogAppendTime.',
    },
  }));
  return toValidationError(errors);
}
