// One strict pass over the records of a v2 batch (uncompressed, or a compressed batch's inflated payload), as Kafka
// reads them when it appends (DefaultRecordBatch's iterator over DefaultRecord.readFrom): for each record the length
// varint, attributes, timestamp delta (varlong), offset delta, key and value lengths, header count and each header's
// key and value lengths, every length inside the record and the record exactly consumed; then no bytes after the
// declared number of records. Stricter than Kafka in two places, both of which make librdkafka and kafkajs consumers
// stop at the record for good: an offset delta other than the record's index, and a length below -1 (Kafka reads
// those as null).
//
// The scan reads varints in place and writes what it found into a reused RecordScan, so it allocates nothing per
// record (nor per batch); a problem is a number, and its message is built only when the batch is refused.

/** What the scan found wrong; NONE when the records are sound. */
export const RecordProblem = {
  NONE: 0,
  /** Fewer records than declared before the end of the data. */
  PREMATURE_EOF: 1,
  /** Bytes left after the declared number of records. */
  RECORDS_REMAINING: 2,
  /** A record's length runs past the data. */
  RECORD_PAST_END: 3,
  /** A field runs past its record, or the record has bytes after its headers. */
  RECORD_SIZE: 4,
  /** A varint longer than 5 bytes or a varlong longer than 10. */
  MALFORMED_VARINT: 5,
  NEGATIVE_HEADER_COUNT: 6,
  HEADER_COUNT_TOO_LARGE: 7,
  NEGATIVE_HEADER_KEY: 8,
  /** A key, value or header value length below -1 (null). */
  NEGATIVE_LENGTH: 9,
  /** An offset delta other than the record's index in the batch. */
  OFFSET_DELTA: 10,
} as const;
export type RecordProblemCode = (typeof RecordProblem)[keyof typeof RecordProblem];

/** Kafka's RecordBatch.NO_TIMESTAMP. */
const NO_TIMESTAMP = -1;

/** The result of scanRecords, reused from scan to scan. */
export class RecordScan {
  /** Records read (all of them when the scan succeeded). */
  count = 0;
  /** Largest record timestamp (base timestamp + delta), NO_TIMESTAMP (-1) when none is larger: LogValidator's max. */
  maxTimestamp = NO_TIMESTAMP;
  /** Smallest record timestamp other than NO_TIMESTAMP; +Infinity when there is none. */
  minTimestamp = Number.POSITIVE_INFINITY;
  /** Records with a null key. */
  nullKeys = 0;
  problem: RecordProblemCode = RecordProblem.NONE;
  /** Index of the record the problem was found in. */
  problemRecord = -1;
  /** The values the problem's message quotes (a length, a count, bytes read). */
  problemValue = 0;
  problemExpected = 0;

  reset(): void {
    this.count = 0;
    this.maxTimestamp = NO_TIMESTAMP;
    this.minTimestamp = Number.POSITIVE_INFINITY;
    this.nullKeys = 0;
    this.problem = RecordProblem.NONE;
    this.problemRecord = -1;
    this.problemValue = 0;
    this.problemExpected = 0;
  }
}

// The position after the last varint read: a module variable, so reading one returns a number and allocates nothing.
let after = 0;
/** Returned for a varint that runs past its limit or is too long (no varint or varlong decodes to it). */
const BAD = Number.NEGATIVE_INFINITY;
let badLength = false;

/** Zigzag varint (int32, at most 5 bytes) at buf[pos], ending before `limit`; BAD otherwise. */
function varint(buf: Buffer, pos: number, limit: number): number {
  let raw = 0;
  let shift = 0;
  let b: number;
  do {
    if (shift > 28) {
      badLength = true;
      return BAD;
    }
    if (pos >= limit) {
      badLength = false;
      return BAD;
    }
    b = buf[pos++] as number;
    raw |= (b & 0x7f) << shift;
    shift += 7;
  } while (b & 0x80);
  after = pos;
  return (raw >>> 1) ^ -(raw & 1);
}

/** Zigzag varlong (at most 10 bytes) as a double (exact within 2^53), ending before `limit`; BAD otherwise. */
function varlong(buf: Buffer, pos: number, limit: number): number {
  if (pos >= limit) {
    badLength = false;
    return BAD;
  }
  let b = buf[pos++] as number;
  if ((b & 0x80) === 0) {
    after = pos;
    return (b >>> 1) ^ -(b & 1);
  }
  let raw = b & 0x7f;
  let multiplier = 128;
  for (let i = 1; ; i++) {
    if (i >= 10) {
      badLength = true;
      return BAD;
    }
    if (pos >= limit) {
      badLength = false;
      return BAD;
    }
    b = buf[pos++] as number;
    raw += (b & 0x7f) * multiplier;
    if ((b & 0x80) === 0) break;
    multiplier *= 128;
  }
  after = pos;
  return raw % 2 === 0 ? raw / 2 : -(raw + 1) / 2;
}

/**
 * Scans `declared` records in buf[start, end) of a batch whose base timestamp is `baseTimestamp`. Returns
 * RecordProblem.NONE and fills `scan` (count, max and min timestamps, null keys), or the first problem found (with
 * `scan.problemRecord` and the values its message quotes).
 */
export function scanRecords(
  buf: Buffer,
  start: number,
  end: number,
  declared: number,
  baseTimestamp: number,
  scan: RecordScan,
): RecordProblemCode {
  scan.reset();
  let pos = start;
  let max = NO_TIMESTAMP;
  let min = Number.POSITIVE_INFINITY;
  let nullKeys = 0;
  for (let i = 0; i < declared; i++) {
    if (pos >= end) return fail(scan, RecordProblem.PREMATURE_EOF, i, 0, 0);
    const length = varint(buf, pos, end);
    if (length === BAD)
      return fail(scan, badLength ? RecordProblem.MALFORMED_VARINT : RecordProblem.PREMATURE_EOF, i, 0, 0);
    pos = after;
    const recordStart = pos;
    const recordEnd = pos + length;
    if (length <= 0) return fail(scan, RecordProblem.RECORD_SIZE, i, 0, length);
    if (recordEnd > end) return fail(scan, RecordProblem.RECORD_PAST_END, i, end - pos, length);
    pos++; // attributes
    const timestampDelta = varlong(buf, pos, recordEnd);
    if (timestampDelta === BAD) return fieldFailure(scan, i, recordStart, pos, length);
    pos = after;
    const offsetDelta = varint(buf, pos, recordEnd);
    if (offsetDelta === BAD) return fieldFailure(scan, i, recordStart, pos, length);
    if (offsetDelta !== i) return fail(scan, RecordProblem.OFFSET_DELTA, i, offsetDelta, i);
    pos = after;
    const keyLength = varint(buf, pos, recordEnd);
    if (keyLength === BAD) return fieldFailure(scan, i, recordStart, pos, length);
    pos = after;
    if (keyLength >= 0) pos += keyLength;
    else if (keyLength === -1) nullKeys++;
    else return fail(scan, RecordProblem.NEGATIVE_LENGTH, i, keyLength, 0);
    const valueLength = varint(buf, pos, recordEnd);
    if (valueLength === BAD) return fieldFailure(scan, i, recordStart, pos, length);
    pos = after;
    if (valueLength >= 0) pos += valueLength;
    else if (valueLength !== -1) return fail(scan, RecordProblem.NEGATIVE_LENGTH, i, valueLength, 0);
    const headerCount = varint(buf, pos, recordEnd);
    if (headerCount === BAD) return fieldFailure(scan, i, recordStart, pos, length);
    pos = after;
    if (headerCount < 0) return fail(scan, RecordProblem.NEGATIVE_HEADER_COUNT, i, headerCount, 0);
    if (headerCount > recordEnd - pos) return fail(scan, RecordProblem.HEADER_COUNT_TOO_LARGE, i, headerCount, 0);
    for (let h = 0; h < headerCount; h++) {
      const headerKeyLength = varint(buf, pos, recordEnd);
      if (headerKeyLength === BAD) return fieldFailure(scan, i, recordStart, pos, length);
      if (headerKeyLength < 0) return fail(scan, RecordProblem.NEGATIVE_HEADER_KEY, i, headerKeyLength, 0);
      pos = after + headerKeyLength;
      const headerValueLength = varint(buf, pos, recordEnd);
      if (headerValueLength === BAD) return fieldFailure(scan, i, recordStart, pos, length);
      pos = after;
      if (headerValueLength >= 0) pos += headerValueLength;
      else if (headerValueLength !== -1) return fail(scan, RecordProblem.NEGATIVE_LENGTH, i, headerValueLength, 0);
    }
    if (pos !== recordEnd) return fail(scan, RecordProblem.RECORD_SIZE, i, pos - recordStart, length);
    const timestamp = baseTimestamp + timestampDelta;
    if (timestamp > max) max = timestamp;
    if (timestamp !== NO_TIMESTAMP && timestamp < min) min = timestamp;
  }
  scan.count = declared;
  if (pos !== end) return fail(scan, RecordProblem.RECORDS_REMAINING, declared, end - pos, 0);
  scan.maxTimestamp = max;
  scan.minTimestamp = min;
  scan.nullKeys = nullKeys;
  return RecordProblem.NONE;
}

/** A field that does not fit its record: a varint too long, or one (or a key or value before it) past the end. */
function fieldFailure(
  scan: RecordScan,
  index: number,
  recordStart: number,
  pos: number,
  length: number,
): RecordProblemCode {
  if (badLength) return fail(scan, RecordProblem.MALFORMED_VARINT, index, 0, 0);
  return fail(scan, RecordProblem.RECORD_SIZE, index, pos - recordStart, length);
}

function fail(
  scan: RecordScan,
  problem: RecordProblemCode,
  index: number,
  value: number,
  expected: number,
): RecordProblemCode {
  scan.problem = problem;
  scan.problemRecord = index;
  scan.problemValue = value;
  scan.problemExpected = expected;
  return problem;
}

/** The message of a scan's problem, in Kafka's words where Kafka has them (InvalidRecordException's). */
export function recordProblemMessage(scan: RecordScan): string {
  const at = `(record ${scan.problemRecord} of the batch)`;
  switch (scan.problem) {
    case RecordProblem.NONE:
      return 'no problem';
    case RecordProblem.PREMATURE_EOF:
      return `Incorrect declared batch size, premature EOF reached ${at}`;
    case RecordProblem.RECORDS_REMAINING:
      return `Incorrect declared batch size, records still remaining in file (${scan.problemValue} bytes after record ${scan.problemRecord - 1})`;
    case RecordProblem.RECORD_PAST_END:
      return `Invalid record size: expected ${scan.problemExpected} bytes in record payload, but instead the buffer has only ${scan.problemValue} remaining bytes. ${at}`;
    case RecordProblem.RECORD_SIZE:
      return `Invalid record size: expected to read ${scan.problemExpected} bytes in record payload, but instead read ${scan.problemValue} ${at}`;
    case RecordProblem.MALFORMED_VARINT:
      return `Found invalid record structure: a varint is too long ${at}`;
    case RecordProblem.NEGATIVE_HEADER_COUNT:
      return `Found invalid number of record headers ${scan.problemValue} ${at}`;
    case RecordProblem.HEADER_COUNT_TOO_LARGE:
      return `Found invalid number of record headers. ${scan.problemValue} is larger than the remaining size of the buffer ${at}`;
    case RecordProblem.NEGATIVE_HEADER_KEY:
      return `Invalid negative header key size ${scan.problemValue} ${at}`;
    case RecordProblem.NEGATIVE_LENGTH:
      return `Invalid length ${scan.problemValue}: -1 is the only negative length (null) ${at}`;
    case RecordProblem.OFFSET_DELTA:
      return `Invalid offset delta ${scan.problemValue} for the record at index ${scan.problemExpected} of the batch`;
  }
}
