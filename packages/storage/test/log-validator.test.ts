// The produce validator (log-validator.ts): every record of every batch is walked as Kafka's LogValidator walks
// it, for every codec, and a batch whose CRC holds but whose records are malformed is refused with INVALID_RECORD
// (the poison pills librdkafka and kafkajs consumers otherwise stop at for good); sound batches pass untouched.
import { crc32 } from 'node:zlib';
import {
  BATCH_HEADER_SIZE,
  CompressionType,
  buildRecordBatch,
  compress,
  computeBatchCrc,
  readBatchHeader,
  updateBatchCrc,
  withRecords,
  type CompressionCodec,
} from '@samsa/protocol';
import {
  DEFAULT_LOG_CONFIG,
  PendingValidation,
  type RecordValidationError,
  ValidatedRecords,
  validateProducedRecords,
  type ProduceValidation,
  type RecordRules,
} from '../src';

const NOW = 1_700_000_000_000;
const RULES: RecordRules = {
  timestampType: 'CreateTime',
  timestampBeforeMaxMs: Number.MAX_VALUE,
  timestampAfterMaxMs: Number.MAX_VALUE,
  compacted: false,
  compressionType: 'producer',
};

function context(rules: Partial<RecordRules> = {}): ProduceValidation {
  return { rules: { ...RULES, ...rules }, config: DEFAULT_LOG_CONFIG, topicPartition: 't-0', now: NOW };
}

/** Validates to the end (finishing a pending validation), as the broker's append path does. */
async function validate(records: Buffer, v: ProduceValidation = context()): Promise<ValidatedRecords> {
  const checked = validateProducedRecords(records, v);
  return checked instanceof PendingValidation ? checked.finish(v.now) : checked;
}

async function refusal(records: Buffer, v?: ProduceValidation): Promise<{ errorName: string; message: string }> {
  try {
    await validate(records, v);
  } catch (err) {
    return err as { errorName: string; message: string };
  }
  throw new Error('the batch was accepted');
}

// ---------------------------------------------------------------- raw record bytes, malformed at will

function zigzag(v: number): number[] {
  let u = v >= 0 ? v * 2 : -v * 2 - 1;
  const out: number[] = [];
  while (u >= 128) {
    out.push((u % 128) | 0x80);
    u = Math.floor(u / 128);
  }
  out.push(u);
  return out;
}

interface RawRecord {
  timestampDelta?: number[];
  offsetDelta?: number[];
  key?: number[];
  value?: number[];
  headers?: number[];
  /** Bytes after the headers, counted in the record's length. */
  trailing?: number[];
  /** Replaces the computed length varint. */
  length?: number[];
}

const bytes = (s: string): number[] => [...Buffer.from(s)];
const field = (s: string | null): number[] =>
  s === null ? zigzag(-1) : [...zigzag(Buffer.byteLength(s)), ...bytes(s)];

/** One record body (attributes, timestamp delta, offset delta, key, value, headers) with its length prefix. */
function record(index: number, r: RawRecord = {}): number[] {
  const body = [
    0,
    ...(r.timestampDelta ?? zigzag(index)),
    ...(r.offsetDelta ?? zigzag(index)),
    ...(r.key ?? field(`k${index}`)),
    ...(r.value ?? field(`value ${index}`)),
    ...(r.headers ?? [...zigzag(1), ...field('h'), ...field('v')]),
    ...(r.trailing ?? []),
  ];
  return [...(r.length ?? zigzag(body.length)), ...body];
}

/** An uncompressed batch of `count` records with the given record bytes, its header and CRC consistent. */
function batch(records: number[], count: number): Buffer {
  const template = buildRecordBatch({
    baseTimestamp: NOW,
    records: Array.from({ length: count }, (_, i) => ({ value: Buffer.from('x'), timestamp: NOW + i })),
  });
  return withRecords(template, 0, Buffer.from(records), CompressionType.none);
}

/** `n` sound records, with record `at` replaced. */
function recordsWith(n: number, at: number, bad: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(...(i === at ? bad : record(i)));
  return out;
}

/** The batch compressed with `codec` (the header kept, CRC recomputed): a producer that compressed garbage. */
async function encoded(plain: Buffer, codec: CompressionCodec): Promise<Buffer> {
  if (codec === CompressionType.none) return plain;
  return withRecords(plain, 0, await compress(codec, plain.subarray(BATCH_HEADER_SIZE)), codec);
}

const CODECS = [
  ['uncompressed', CompressionType.none],
  ['gzip', CompressionType.gzip],
  ['snappy', CompressionType.snappy],
  ['lz4', CompressionType.lz4],
  ['zstd', CompressionType.zstd],
] as const;

/** Each malformation: the batch (uncompressed) and what the refusal says. */
const MALFORMED: readonly [string, () => Buffer, RegExp][] = [
  [
    'a header count running past the record',
    () => batch(recordsWith(3, 1, record(1, { headers: [...zigzag(2), ...field('h'), ...field('v')] })), 3),
    /Invalid record size: expected to read \d+ bytes in record payload, but instead read \d+ \(record 1/,
  ],
  [
    'a header count larger than the bytes left',
    () => batch(recordsWith(3, 1, record(1, { headers: [...zigzag(60), ...field('h'), ...field('v')] })), 3),
    /Found invalid number of record headers\. 60 is larger than the remaining size of the buffer/,
  ],
  [
    'a negative header count',
    () => batch(recordsWith(2, 1, record(1, { headers: zigzag(-3) })), 2),
    /Found invalid number of record headers -3/,
  ],
  [
    'bytes left after the headers',
    () => batch(recordsWith(3, 2, record(2, { trailing: [7, 7] })), 3),
    /expected to read \d+ bytes in record payload, but instead read \d+ \(record 2/,
  ],
  [
    'a key running past the record',
    () => batch(recordsWith(2, 0, record(0, { key: [...zigzag(40), ...bytes('k')] })), 2),
    /Invalid record size.*\(record 0/,
  ],
  [
    'a value running past the record',
    () => batch(recordsWith(2, 1, record(1, { value: [...zigzag(40), ...bytes('v')] })), 2),
    /Invalid record size.*\(record 1/,
  ],
  [
    'a header value running past the record',
    () => batch(recordsWith(2, 1, record(1, { headers: [...zigzag(1), ...field('h'), ...zigzag(50), 1] })), 2),
    /Invalid record size.*\(record 1/,
  ],
  [
    'a negative header key length',
    () => batch(recordsWith(2, 0, record(0, { headers: [...zigzag(1), ...zigzag(-1), ...field('v')] })), 2),
    /Invalid negative header key size -1/,
  ],
  ['a key length below -1', () => batch(recordsWith(2, 1, record(1, { key: zigzag(-2) })), 2), /Invalid length -2/],
  [
    'a header value length below -1',
    () => batch(recordsWith(2, 1, record(1, { headers: [...zigzag(1), ...field('h'), ...zigzag(-7)] })), 2),
    /Invalid length -7/,
  ],
  [
    'a varint longer than 5 bytes',
    () => batch(recordsWith(2, 1, record(1, { offsetDelta: [0x82, 0x80, 0x80, 0x80, 0x80, 0x00] })), 2),
    /varint is too long/,
  ],
  [
    'a varlong longer than 10 bytes',
    () => batch(recordsWith(2, 0, record(0, { timestampDelta: [...Array(10).fill(0x80), 0x00] })), 2),
    /varint is too long/,
  ],
  [
    'offset deltas that do not increase',
    () => batch(recordsWith(3, 2, record(2, { offsetDelta: zigzag(1) })), 3),
    /Invalid offset delta 1 for the record at index 2/,
  ],
  [
    'a record length past the end of the batch',
    () => batch(recordsWith(2, 1, record(1, { length: zigzag(500) })), 2),
    /expected 500 bytes in record payload, but instead the buffer has only \d+ remaining bytes/,
  ],
  [
    'a zero record length',
    () => batch([...record(0), ...zigzag(0), ...record(1).slice(1)], 2),
    /Invalid record size.*\(record 1/,
  ],
  [
    'fewer records than the header declares',
    () => batch(recordsWith(2, -1, []), 3),
    /Incorrect declared batch size, premature EOF reached \(record 2/,
  ],
  [
    'bytes after the last record',
    () => batch([...recordsWith(2, -1, []), 1, 2, 3], 2),
    /Incorrect declared batch size, records still remaining in file \(3 bytes after record 1\)/,
  ],
  [
    'records that are garbage throughout',
    () => batch([...Buffer.from('these bytes were never records, only text the producer compressed')], 4),
    /topic partition t-0/,
  ],
];

describe('the produce validator refuses malformed records with INVALID_RECORD', () => {
  it('checks the test batches themselves: each has a valid CRC and a header that agrees with itself', () => {
    expect(MALFORMED.length).toBeGreaterThan(15);
    for (const [, make] of MALFORMED) {
      const b = make();
      const h = readBatchHeader(b);
      expect(computeBatchCrc(b)).toBe(h.crc);
      expect(h.lastOffsetDelta + 1).toBe(h.recordCount);
    }
  });

  describe.each(CODECS)('%s', (_label, codec) => {
    it.each(MALFORMED)('%s', async (_name, make, message) => {
      const plain = make();
      const sent = await encoded(plain, codec);
      const copy = Buffer.from(sent);
      const err = await refusal(sent);
      expect(err.errorName).toBe('INVALID_RECORD');
      expect(err.message).toMatch(message);
      expect(err.message).toMatch(/in topic partition t-0$/);
      expect(sent).toEqual(copy); // a refused batch is left as it came
    });
  });
});

describe('sound batches', () => {
  const sound = () => batch(recordsWith(4, -1, []), 4);

  it.each(CODECS)('%s: accepted with their totals, the bytes as sent', async (_label, codec) => {
    const sent = await encoded(sound(), codec);
    const copy = Buffer.from(sent);
    const checked = validateProducedRecords(sent, context());
    // Uncompressed batches are validated in place, in the same tick; compressed ones need their payload inflated.
    expect(checked instanceof ValidatedRecords).toBe(codec === CompressionType.none);
    const v = checked instanceof PendingValidation ? await checked.finish(NOW) : checked;
    expect(v.records).toBe(sent);
    expect(v).toMatchObject({ batches: 1, offsetCount: 4, maxTimestamp: NOW + 3 });
    expect(sent).toEqual(copy);
  });

  it('several batches in one set (Produce v0-2) are each walked', async () => {
    const two = Buffer.concat([sound(), batch(recordsWith(2, 1, record(1, { trailing: [0] })), 2)]);
    expect((await refusal(two)).message).toMatch(/\(record 1 of the batch\)/);
    const v = await validate(Buffer.concat([sound(), sound()]));
    expect(v).toMatchObject({ batches: 2, offsetCount: 8 });
  });

  it('a damaged batch is CORRUPT_MESSAGE before its records are looked at', async () => {
    const b = batch(recordsWith(2, 1, record(1, { trailing: [0] })), 2);
    b[b.length - 1] ^= 0xff;
    expect((await refusal(b)).errorName).toBe('CORRUPT_MESSAGE');
  });

  it('a compressed payload that does not inflate is CORRUPT_MESSAGE', async () => {
    for (const codec of [CompressionType.gzip, CompressionType.snappy, CompressionType.lz4, CompressionType.zstd]) {
      const b = withRecords(sound(), 0, Buffer.from('not compressed at all, whatever the attributes say'), codec);
      expect((await refusal(b)).errorName).toBe('CORRUPT_MESSAGE');
    }
  });

  it('a wrong CreateTime max timestamp is rewritten from the records, with the CRC', async () => {
    for (const [, codec] of CODECS) {
      const b = await encoded(sound(), codec);
      b.writeBigInt64BE(BigInt(NOW + 999), 35);
      updateBatchCrc(b, 0);
      const v = await validate(b);
      const h = readBatchHeader(v.records);
      expect(h.maxTimestamp).toBe(NOW + 3);
      expect(computeBatchCrc(v.records)).toBe(h.crc);
      expect(v.maxTimestamp).toBe(NOW + 3);
    }
  });

  it('the record rules see every record, compressed or not', async () => {
    for (const [, codec] of CODECS) {
      const late = await encoded(sound(), codec);
      const err = (await refusal(late, context({ timestampAfterMaxMs: 1 }))) as RecordValidationError;
      expect(err.errorName).toBe('INVALID_TIMESTAMP');
      expect(err.recordErrors.map((e) => e.batchIndex)).toEqual([2, 3]);
      const unkeyed = await encoded(batch(recordsWith(3, 1, record(1, { key: zigzag(-1) })), 3), codec);
      const keys = (await refusal(unkeyed, context({ compacted: true }))) as RecordValidationError;
      expect(keys.errorName).toBe('INVALID_RECORD');
      expect(keys.recordErrors).toEqual([
        { batchIndex: 1, message: 'Compacted topic cannot accept message without key in topic partition t-0.' },
      ]);
    }
  });

  it('only this module makes ValidatedRecords', () => {
    const forged = () => new (ValidatedRecords as unknown as new (...a: unknown[]) => unknown)(Symbol('validated'));
    expect(forged).toThrow(TypeError);
  });
});

// ---------------------------------------------------------------- magic 0/1 message sets (Produce v0-2)

/** A legacy entry: offset, size, CRC32 of magic..end, magic, attributes, [timestamp], key, value, [trailing]. */
function legacy(
  magic: 0 | 1,
  offset: number,
  m: { key?: Buffer | null; value: Buffer | null; attributes?: number; keyLength?: number; trailing?: number[] },
): Buffer {
  const key = m.key ?? null;
  const parts: Buffer[] = [Buffer.from([magic, m.attributes ?? 0])];
  if (magic === 1) {
    const ts = Buffer.alloc(8);
    ts.writeBigInt64BE(BigInt(NOW));
    parts.push(ts);
  }
  const keyLength = Buffer.alloc(4);
  keyLength.writeInt32BE(m.keyLength ?? (key ? key.length : -1));
  parts.push(keyLength, key ?? Buffer.alloc(0));
  const valueLength = Buffer.alloc(4);
  valueLength.writeInt32BE(m.value ? m.value.length : -1);
  parts.push(valueLength, m.value ?? Buffer.alloc(0), Buffer.from(m.trailing ?? []));
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(16);
  head.writeBigInt64BE(BigInt(offset), 0);
  head.writeInt32BE(4 + body.length, 8);
  head.writeUInt32BE(crc32(body), 12);
  return Buffer.concat([head, body]);
}

const messages = (magic: 0 | 1, n: number): Buffer =>
  Buffer.concat(
    Array.from({ length: n }, (_, i) => legacy(magic, i, { key: Buffer.from(`k${i}`), value: Buffer.from(`v${i}`) })),
  );

describe.each([0, 1] as const)('magic %i message sets', (magic) => {
  it('sound sets, plain and in a gzip wrapper, become one v2 batch', async () => {
    const plain = await validate(messages(magic, 3));
    expect(plain).toMatchObject({ batches: 1, offsetCount: 3 });
    expect(readBatchHeader(plain.records).magic).toBe(2);
    const wrapped = legacy(magic, magic === 1 ? 2 : 0, {
      value: await compress(CompressionType.gzip, messages(magic, 3)),
      attributes: CompressionType.gzip,
    });
    const inflated = await validate(wrapped);
    expect(inflated).toMatchObject({ batches: 1, offsetCount: 3 });
    expect(readBatchHeader(inflated.records).attributes & 0x07).toBe(CompressionType.gzip);
  });

  it.each([
    ['a key length past the message', () => legacy(magic, 0, { key: Buffer.from('k'), keyLength: 50, value: null })],
    ['bytes after the value', () => legacy(magic, 0, { value: Buffer.from('v'), trailing: [1, 2] })],
    ['a truncated last entry', () => messages(magic, 2).subarray(0, -3)],
  ])('%s: CORRUPT_MESSAGE', async (_name, make) => {
    expect((await refusal(make())).errorName).toBe('CORRUPT_MESSAGE');
  });

  it.each([CompressionType.gzip, CompressionType.snappy, CompressionType.lz4])(
    'a wrapper (codec %i) inflating into garbage, or into a damaged message: CORRUPT_MESSAGE',
    async (codec) => {
      const garbage = legacy(magic, 0, {
        value: await compress(codec, Buffer.from('inflates cleanly, but into no message at all')),
        attributes: codec,
      });
      expect((await refusal(garbage)).errorName).toBe('CORRUPT_MESSAGE');
      const inner = messages(magic, 2);
      inner[inner.length - 1] ^= 0x01; // the last inner message's CRC no longer holds
      const damaged = legacy(magic, 0, { value: await compress(codec, inner), attributes: codec });
      expect((await refusal(damaged)).errorName).toBe('CORRUPT_MESSAGE');
    },
  );
});
