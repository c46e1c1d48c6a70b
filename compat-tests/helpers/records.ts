// Records as the produce/consume compat suites exchange them between clients: a
// client-neutral shape, a JSON form (bytes as hex, so binary keys, values and
// header values survive a trip through a Python script or a child process
// unchanged) and the fixtures every client produces and reads back.

export type Header = readonly [name: string, value: Buffer | null];

/** One record as a test writes it. `timestamp` null lets the producing client pick the time. */
export interface TestRecord {
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  readonly headers: readonly Header[];
  readonly timestamp: number | null;
  /** Target partition; a client's partitioner decides when absent. */
  readonly partition?: number;
}

/** One record as a client read it back. */
export interface ReadRecord {
  readonly partition: number;
  readonly offset: number;
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  readonly headers: readonly Header[];
  readonly timestamp: number;
}

/** The JSON form: key, value and header values as lowercase hex, null kept as null. */
export interface JsonRecord {
  readonly key: string | null;
  readonly value: string | null;
  readonly headers: ReadonlyArray<readonly [string, string | null]>;
  readonly timestamp: number | null;
  readonly partition?: number;
  readonly offset?: number;
}

const hex = (b: Buffer | null): string | null => (b === null ? null : b.toString('hex'));
const unhex = (s: string | null): Buffer | null => (s === null ? null : Buffer.from(s, 'hex'));

export function toJsonRecord(r: TestRecord | ReadRecord): JsonRecord {
  const json: { -readonly [K in keyof JsonRecord]: JsonRecord[K] } = {
    key: hex(r.key),
    value: hex(r.value),
    headers: r.headers.map(([name, value]) => [name, hex(value)] as const),
    timestamp: r.timestamp,
  };
  if (r.partition !== undefined) json.partition = r.partition;
  if ('offset' in r) json.offset = r.offset;
  return json;
}

export function fromJsonRecord(j: JsonRecord): ReadRecord {
  if (j.partition === undefined || j.offset === undefined || j.timestamp === null) {
    throw new Error(`a consumed record needs partition, offset and timestamp: ${JSON.stringify(j)}`);
  }
  return {
    partition: j.partition,
    offset: j.offset,
    key: unhex(j.key),
    value: unhex(j.value),
    headers: j.headers.map(([name, value]) => [name, unhex(value)] as const),
    timestamp: j.timestamp,
  };
}

/**
 * What a comparison looks at: key, value and headers as hex, and the timestamp when the test set one. Jest diffs
 * of this shape name the differing byte, unlike diffs of Buffers.
 */
export function comparable(r: TestRecord | ReadRecord, withTimestamp = true): JsonRecord {
  const { key, value, headers, timestamp } = toJsonRecord(r);
  return withTimestamp ? { key, value, headers, timestamp } : { key, value, headers, timestamp: null };
}

/** Expected records in the comparable shape; records without a set timestamp are compared without one. */
export function expectedShape(records: readonly TestRecord[]): JsonRecord[] {
  return records.map((r) => comparable(r, r.timestamp !== null));
}

/** Read records in the comparable shape, dropping the timestamp wherever the matching expected record has none. */
export function actualShape(read: readonly ReadRecord[], expected: readonly TestRecord[]): JsonRecord[] {
  return read.map((r, i) => comparable(r, (expected[i]?.timestamp ?? null) !== null));
}

const BASE_TS = 1_700_000_000_000;

/** Every byte value once, so a client that decodes or re-encodes bytes as text shows up. */
export const ALL_BYTES = Buffer.from(Array.from({ length: 256 }, (_, i) => i));

/**
 * The record shapes Kafka distinguishes, in text every client (kcat included) can print: a key and value with
 * headers (a repeated name, an empty value, multi-byte UTF-8), a null key, a null value (tombstone), an empty
 * value, an empty key, and a record with no headers. Timestamps are fixed and distinct. `tag` makes values unique
 * per test so a read of the wrong topic or offset cannot pass.
 */
export function textRecords(tag: string, partition?: number): TestRecord[] {
  const at = partition === undefined ? {} : { partition };
  const b = (s: string): Buffer => Buffer.from(s, 'utf8');
  return [
    {
      key: b(`key-${tag}`),
      value: b(`value ${tag} héllo ☃ 🚀`),
      headers: [
        ['trace', b('abc')],
        ['trace', b('def')],
        ['empty', b('')],
        ['ünï', b('✓')],
      ],
      timestamp: BASE_TS + 1,
      ...at,
    },
    { key: null, value: b(`null key ${tag}`), headers: [['only', b('one')]], timestamp: BASE_TS + 2, ...at },
    { key: b(`tombstone-${tag}`), value: null, headers: [], timestamp: BASE_TS + 3, ...at },
    { key: b(`empty-value-${tag}`), value: b(''), headers: [], timestamp: BASE_TS + 4, ...at },
    { key: b(''), value: b(`empty key ${tag}`), headers: [], timestamp: BASE_TS + 5, ...at },
    { key: b(`plain-${tag}`), value: b(`plain ${tag}`), headers: [], timestamp: BASE_TS + 6, ...at },
  ];
}

/**
 * Binary records for clients that carry arbitrary bytes: every byte value in keys, values and header values, a
 * null header value, and a null key with a null value.
 */
export function binaryRecords(tag: string, partition?: number): TestRecord[] {
  const at = partition === undefined ? {} : { partition };
  const t = Buffer.from(tag, 'utf8');
  return [
    {
      key: Buffer.concat([t, ALL_BYTES]),
      value: Buffer.concat([ALL_BYTES, t, ALL_BYTES]),
      headers: [
        ['bin', ALL_BYTES],
        ['null', null],
      ],
      timestamp: BASE_TS + 11,
      ...at,
    },
    { key: null, value: null, headers: [['tag', t]], timestamp: BASE_TS + 12, ...at },
    { key: Buffer.from([0]), value: Buffer.from([0xff, 0x00, 0xfe]), headers: [], timestamp: BASE_TS + 13, ...at },
  ];
}

/** A record set large enough to be worth compressing: repeated text, so every codec shrinks it. */
export function compressibleRecords(tag: string, count: number, partition?: number): TestRecord[] {
  const at = partition === undefined ? {} : { partition };
  return Array.from({ length: count }, (_, i) => ({
    key: Buffer.from(`${tag}-${i}`),
    value: Buffer.from(`${tag} record ${i} `.repeat(20)),
    headers: [['i', Buffer.from(String(i))]] as const,
    timestamp: BASE_TS + 100 + i,
    ...at,
  }));
}
