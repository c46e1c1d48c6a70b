// Legacy (magic 0/1) message sets against real client code: kafka-python's LegacyRecordBatchBuilder writes the
// fixtures and its MemoryRecords / LegacyRecordBatch / DefaultRecordBatch read our output back; kafkajs's Produce v2
// encoder writes magic 1 sets (plain, gzip, snappy, lz4) and its Fetch v0-3 message-set decoder reads our
// down-conversions.

import { spawnSync } from 'node:child_process';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as lz4 from 'lz4';
import {
  CompressionType,
  CorruptRecordError,
  InvalidRecordError,
  LEGACY_TIMESTAMP_TYPE_MASK,
  NO_TIMESTAMP,
  ProduceApi,
  Reader,
  RecordIterator,
  UnsupportedCompressionTypeError,
  batchesToLegacy,
  buildRecordBatch,
  compress,
  compressBatch,
  decompress,
  decompressBatch,
  legacyToBatches,
  readBatchHeader,
  readLegacyMessages,
  recordSetMagic,
  setMaxTimestamp,
  validateBatch,
  writeLegacyMessage,
  type CompressionCodec,
  type LegacyMessage,
  type RecordInput,
} from '../../src';

/* ---------- kafkajs (always installed: a dependency of the workspace) ---------- */

interface KafkajsCodec {
  compress(encoder: { buffer: Buffer }): Promise<Buffer>;
  decompress(buffer: Buffer): Promise<Buffer>;
}
const kafkajs = require('kafkajs') as {
  CompressionTypes: Record<'None' | 'GZIP' | 'Snappy' | 'LZ4', number>;
  CompressionCodecs: Record<number, () => KafkajsCodec>;
};
const kafkajsSnappy = (require('kafkajs-snappy') as () => KafkajsCodec)();
const LZ4Codec = require('kafkajs-lz4') as new () => { codec: () => KafkajsCodec };
const kafkajsLz4 = new LZ4Codec().codec();
kafkajs.CompressionCodecs[kafkajs.CompressionTypes.Snappy] = () => kafkajsSnappy;
kafkajs.CompressionCodecs[kafkajs.CompressionTypes.LZ4] = () => kafkajsLz4;
const produceV2 = require('kafkajs/src/protocol/requests/produce/v2/request') as (args: Record<string, unknown>) => {
  encode(): Promise<{ buffer: Buffer }>;
};
const KafkajsDecoder = require('kafkajs/src/protocol/decoder') as new (buf: Buffer) => unknown;
const decodeKafkajsMessageSet = require('kafkajs/src/protocol/messageSet/decoder') as (
  decoder: unknown,
  size: number,
) => Promise<
  Array<{
    offset: string;
    magicByte: number;
    attributes: number;
    timestamp?: string;
    key: Buffer | null;
    value: Buffer | null;
  }>
>;

/** The record set of a kafkajs Produce v2 request (magic 1), decoded by our generated codec. */
async function kafkajsMessageSet(
  compression: number,
  messages: Array<{ key: string | null; value: string | null; timestamp: number }>,
): Promise<Buffer> {
  const body = (
    await produceV2({
      acks: -1,
      timeout: 1000,
      compression,
      topicData: [{ topic: 't', partitions: [{ partition: 0, messages }] }],
    }).encode()
  ).buffer;
  return ProduceApi.decodeRequest(new Reader(body), 2).topicData[0].partitionData[0].records as Buffer;
}

/* ---------- kafka-python ---------- */

const SYSTEM_PYTHON = '/usr/bin/python3';
const PYTHON_KAFKA_INSTALL = 'apt-get install -y --no-install-recommends python3-kafka';
const probe = spawnSync(SYSTEM_PYTHON, ['-c', 'import kafka'], { stdio: 'ignore', timeout: 15_000 });
const havePythonKafka = probe.error === undefined && probe.status === 0;

/** Runs the suite when /usr/bin/python3 can import kafka; otherwise fails in CI and skips with the install command elsewhere. */
function describeWithPythonKafka(title: string, fn: () => void): void {
  if (havePythonKafka) {
    describe(title, fn);
    return;
  }
  const message = `kafka-python is not importable by ${SYSTEM_PYTHON}; install it with: ${PYTHON_KAFKA_INSTALL}`;
  if (process.env.CI) {
    describe(title, () => {
      test('kafka-python must be installed in CI', () => {
        throw new Error(message);
      });
    });
    return;
  }
  console.warn(`Skipping "${title}": ${message}`);
  describe.skip(title, fn);
}

const PYTHON = `
import sys, json, base64, struct
from kafka.record.legacy_records import LegacyRecordBatchBuilder
from kafka.record.memory_records import MemoryRecords
import kafka.codec as codec

def b(x):
    return None if x is None else base64.b64decode(x)
def e(x):
    return None if x is None else base64.b64encode(bytes(x)).decode()

req = json.load(sys.stdin)
op = req['op']
if op == 'build':
    out = bytearray()
    for spec in req['sets']:
        builder = LegacyRecordBatchBuilder(magic=spec['magic'], compression_type=spec['compression'], batch_size=1 << 30)
        for r in spec['records']:
            assert builder.append(r['offset'], timestamp=r['timestamp'], key=b(r['key']), value=b(r['value'])) is not None
        out += builder.build()
    print(json.dumps({'bytes': e(out)}))
elif op == 'parse':
    records = MemoryRecords(b(req['bytes']))
    batches = []
    while records.has_next():
        batch = records.next_batch()
        if batch is None:
            break
        batches.append({
            'crcOk': batch.validate_crc(),
            'compression': batch.compression_type,
            'records': [{'offset': r.offset, 'timestamp': r.timestamp, 'timestampType': r.timestamp_type,
                         'key': e(r.key), 'value': e(r.value)} for r in batch],
        })
    print(json.dumps(batches))
elif op == 'codec':
    data = b(req['data'])
    print(json.dumps({
        'gzip': e(codec.gzip_encode(data)),
        'gunzip': e(codec.gzip_decode(b(req['gzipped']))),
        'xerialHeader': e(struct.pack('!' + codec._XERIAL_V1_FORMAT, *codec._XERIAL_V1_HEADER)),
    }))
`;

function python<T>(request: object): T {
  const result = spawnSync(SYSTEM_PYTHON, ['-c', PYTHON], {
    input: JSON.stringify(request),
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 256 << 20,
  });
  if (result.status !== 0) throw new Error(`python exited with ${result.status}: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

interface PyRecord {
  offset: number;
  timestamp: number | null;
  timestampType: number | null;
  key: string | null;
  value: string | null;
}
interface PyBatch {
  crcOk: boolean;
  compression: number;
  records: PyRecord[];
}

/* ---------- shared fixtures and helpers ---------- */

interface Rec {
  key: Buffer | null;
  value: Buffer | null;
  timestamp: number;
}

const BIG = Buffer.from('legacy message value '.repeat(3000));
const RECS: Rec[] = [
  { key: Buffer.from('key-0'), value: Buffer.from('value-0'), timestamp: 1_600_000_000_000 },
  { key: null, value: Buffer.from('no key'), timestamp: 1_600_000_000_007 },
  { key: Buffer.from('tombstone'), value: null, timestamp: 1_599_999_999_999 },
  { key: Buffer.alloc(0), value: Buffer.alloc(0), timestamp: 1_600_000_000_003 },
  { key: Buffer.from('big'), value: BIG, timestamp: 1_600_000_000_004 },
];
const b64 = (b: Buffer | null): string | null => (b === null ? null : b.toString('base64'));

function buildWithPython(sets: Array<{ magic: 0 | 1; compression: number; records: Rec[] }>): Buffer {
  const req = {
    op: 'build',
    sets: sets.map((s) => ({
      magic: s.magic,
      compression: s.compression,
      records: s.records.map((r, i) => ({ offset: i, timestamp: r.timestamp, key: b64(r.key), value: b64(r.value) })),
    })),
  };
  return Buffer.from(python<{ bytes: string }>(req).bytes, 'base64');
}

/** Records of every batch in buf (decompressed), with absolute offsets. */
async function readBatches(
  buf: Buffer,
): Promise<Array<{ offset: number; timestamp: number; key: Buffer | null; value: Buffer | null }>> {
  const out: Array<{ offset: number; timestamp: number; key: Buffer | null; value: Buffer | null }> = [];
  for (let pos = 0; pos < buf.length; ) {
    const size = 12 + buf.readInt32BE(pos + 8);
    const it = new RecordIterator(await decompressBatch(buf.subarray(pos, pos + size)), 0);
    while (it.next())
      out.push({
        offset: it.record.offset,
        timestamp: it.record.timestamp,
        key: it.record.key(),
        value: it.record.value(),
      });
    pos += size;
  }
  return out;
}

function expectSameRecords(
  got: Array<{ key: Buffer | null; value: Buffer | null }>,
  want: Array<{ key: Buffer | null; value: Buffer | null }>,
): void {
  expect(got.map((r) => [b64(r.key), b64(r.value)])).toEqual(want.map((r) => [b64(r.key), b64(r.value)]));
}

/** A v2 batch at baseOffset (compressed with codec, optionally LogAppendTime), as the log holds it. */
async function logBatch(
  baseOffset: number,
  records: RecordInput[],
  codec: CompressionCodec = 0,
  appendTime?: number,
): Promise<Buffer> {
  const plain = buildRecordBatch({ records, baseOffset, partitionLeaderEpoch: 3 });
  if (appendTime !== undefined) setMaxTimestamp(plain, 0, 'LogAppendTime', appendTime);
  return compressBatch(plain, codec);
}

async function rejectsWith(p: Promise<unknown>, type: new (...args: never[]) => Error): Promise<Error> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(type);
    return err as Error;
  }
  throw new Error(`expected a ${type.name}`);
}

const message = (m: Partial<LegacyMessage> & { magic: 0 | 1 }): Buffer =>
  writeLegacyMessage({
    offset: 0,
    attributes: 0,
    timestamp: m.magic === 0 ? NO_TIMESTAMP : 1_600_000_000_000,
    key: null,
    value: Buffer.from('v'),
    ...m,
  });

/* ---------- tests ---------- */

describe('recordSetMagic', () => {
  test('reads byte 16 of a v2 batch and of legacy messages', () => {
    expect(recordSetMagic(buildRecordBatch({ records: [{ value: Buffer.from('x') }] }))).toBe(2);
    expect(recordSetMagic(message({ magic: 0 }))).toBe(0);
    expect(recordSetMagic(message({ magic: 1 }))).toBe(1);
  });

  test('a record set too short for the magic byte is CORRUPT_MESSAGE', () => {
    expect(() => recordSetMagic(Buffer.alloc(16))).toThrow(CorruptRecordError);
  });
});

describeWithPythonKafka('kafka-python message sets -> v2 batches', () => {
  for (const magic of [0, 1] as const) {
    for (const [name, codec] of [
      ['uncompressed', 0],
      ['gzip', 1],
    ] as const) {
      test(`magic ${magic} ${name}: every key, value and timestamp kept; kafka-python reads the v2 batch back`, async () => {
        const set = buildWithPython([{ magic, compression: codec, records: RECS }]);
        expect(recordSetMagic(set)).toBe(magic);
        const { batches, recordCount, logAppendTime } = await legacyToBatches(set);
        expect(recordCount).toBe(RECS.length);
        expect(logAppendTime).toBe(false);
        expect(validateBatch(batches)).toBe(1);
        const h = readBatchHeader(batches);
        expect([h.baseOffset, h.lastOffsetDelta, h.recordCount, h.producerId, h.attributes]).toEqual([
          0,
          RECS.length - 1,
          RECS.length,
          -1,
          codec,
        ]);
        const got = await readBatches(batches);
        expectSameRecords(got, RECS);
        expect(got.map((r) => r.offset)).toEqual([0, 1, 2, 3, 4]);
        expect(got.map((r) => r.timestamp)).toEqual(RECS.map((r) => (magic === 0 ? NO_TIMESTAMP : r.timestamp)));

        const [parsed] = python<PyBatch[]>({ op: 'parse', bytes: batches.toString('base64') });
        expect(parsed.crcOk).toBe(true);
        expect(parsed.compression).toBe(codec);
        expect(parsed.records.map((r) => [r.offset, r.timestamp, r.key, r.value])).toEqual(
          RECS.map((r, i) => [i, magic === 0 ? NO_TIMESTAMP : r.timestamp, b64(r.key), b64(r.value)]),
        );
      });
    }
  }

  test('several uncompressed messages from separate builders become one batch', async () => {
    const set = buildWithPython([
      { magic: 1, compression: 0, records: RECS.slice(0, 2) },
      { magic: 1, compression: 0, records: RECS.slice(2) },
    ]);
    const { batches, recordCount } = await legacyToBatches(set);
    expect(validateBatch(batches)).toBe(1);
    expect(recordCount).toBe(RECS.length);
    expectSameRecords(await readBatches(batches), RECS);
  });

  test('two compressed wrappers in one set are INVALID_RECORD (Kafka allows one)', async () => {
    const set = buildWithPython([
      { magic: 1, compression: 1, records: RECS.slice(0, 2) },
      { magic: 1, compression: 1, records: RECS.slice(2) },
    ]);
    await rejectsWith(legacyToBatches(set), InvalidRecordError);
  });

  test("kafka-python's gzip codec and xerial header match ours", async () => {
    const data = BIG;
    const ours = await compress(CompressionType.gzip, data);
    const res = python<{ gzip: string; gunzip: string; xerialHeader: string }>({
      op: 'codec',
      data: data.toString('base64'),
      gzipped: ours.toString('base64'),
    });
    expect((await decompress(CompressionType.gzip, Buffer.from(res.gzip, 'base64'))).equals(data)).toBe(true);
    expect(Buffer.from(res.gunzip, 'base64').equals(data)).toBe(true);
    const snappy = await compress(CompressionType.snappy, data);
    expect(snappy.subarray(0, 16).equals(Buffer.from(res.xerialHeader, 'base64'))).toBe(true);
  });
});

describeWithPythonKafka('v2 batches -> legacy message sets read by kafka-python', () => {
  const appendTime = 1_650_000_000_000;
  const headers = [{ key: 'dropped', value: Buffer.from('on down-conversion') }];

  for (const magic of [0, 1] as const) {
    test(`magic ${magic}: plain, gzip and LogAppendTime batches keep offsets, keys, values and timestamps`, async () => {
      const log = [
        await logBatch(
          1000,
          RECS.map((r) => ({ ...r, headers })),
        ),
        await logBatch(2000, RECS, CompressionType.gzip),
        Buffer.concat([
          await logBatch(3000, RECS.slice(0, 2), 0, appendTime),
          await logBatch(3002, RECS.slice(2), CompressionType.gzip, appendTime),
        ]),
      ];
      const set = await batchesToLegacy(log, magic);
      const parsed = python<PyBatch[]>({ op: 'parse', bytes: set.toString('base64') });
      expect(parsed.every((b) => b.crcOk)).toBe(true);
      // uncompressed records are one message each; a compressed batch is one wrapper
      expect(parsed.map((b) => b.compression)).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 1]);
      const records = parsed.flatMap((b) => b.records);
      const offsets = [1000, 1001, 1002, 1003, 1004, 2000, 2001, 2002, 2003, 2004, 3000, 3001, 3002, 3003, 3004];
      expect(records.map((r) => r.offset)).toEqual(offsets);
      expect(records.map((r) => [r.key, r.value])).toEqual(
        [...RECS, ...RECS, ...RECS].map((r) => [b64(r.key), b64(r.value)]),
      );
      if (magic === 0) {
        expect(records.every((r) => r.timestamp === null && r.timestampType === null)).toBe(true);
      } else {
        expect(records.map((r) => r.timestamp)).toEqual([
          ...RECS.map((r) => r.timestamp),
          ...RECS.map((r) => r.timestamp),
          ...RECS.map(() => appendTime),
        ]);
        expect(records.map((r) => r.timestampType)).toEqual([
          ...RECS.map(() => 0),
          ...RECS.map(() => 0),
          ...RECS.map(() => 1),
        ]);
      }
    });
  }
});

describe('kafkajs Produce v2 (magic 1) message sets -> v2 batches', () => {
  const messages = [
    { key: 'a', value: 'first', timestamp: 1_600_000_000_001 },
    { key: null, value: 'x'.repeat(10_000), timestamp: 1_600_000_000_002 },
    { key: 'c', value: null, timestamp: 1_600_000_000_003 },
  ];

  test('uncompressed', async () => {
    const set = await kafkajsMessageSet(kafkajs.CompressionTypes.None, messages);
    const { batches, recordCount } = await legacyToBatches(set);
    expect(recordCount).toBe(3);
    expect(validateBatch(batches)).toBe(1);
    const got = await readBatches(batches);
    expect(got.map((r) => [r.key?.toString() ?? null, r.value?.toString() ?? null, r.timestamp])).toEqual(
      messages.map((m) => [m.key, m.value, m.timestamp]),
    );
  });

  for (const [name, codec] of [
    ['gzip', 1],
    ['snappy', 2],
    ['lz4', 3],
  ] as const) {
    test(`${name}: converts with the codec kept (kafkajs writes wrapper offset 0, which Kafka accepts)`, async () => {
      const set = await kafkajsMessageSet(codec, messages);
      expect(set.readBigInt64BE(0)).toBe(0n);
      const { batches, recordCount } = await legacyToBatches(set);
      expect(recordCount).toBe(3);
      expect(validateBatch(batches)).toBe(1);
      expect(readBatchHeader(batches).attributes & 0x07).toBe(codec);
      const got = await readBatches(batches);
      expect(got.map((r) => [r.key?.toString() ?? null, r.value?.toString() ?? null])).toEqual(
        messages.map((m) => [m.key, m.value]),
      );
      expect(got.map((r) => r.timestamp)).toEqual(messages.map((m) => m.timestamp));
      // Any other wrapper offset below the last inner offset is refused, as Kafka's DeepRecordsIterator does.
      // (The offset is outside the CRC, so it can be changed in place.)
      const bad = Buffer.from(set);
      bad.writeBigInt64BE(1n, 0);
      expect((await rejectsWith(legacyToBatches(bad), InvalidRecordError)).message).toMatch(/wrapper offset/);
    });
  }
});

describe('down-conversion read by kafkajs (Fetch v0-3 message-set decoder)', () => {
  const recs: RecordInput[] = RECS.map((r) => ({ ...r, headers: [{ key: 'h', value: Buffer.from('v') }] }));

  for (const magic of [0, 1] as const) {
    const codecs = magic === 0 ? ([0, 1, 2] as const) : ([0, 1, 2, 3] as const);
    for (const codec of codecs) {
      test(`magic ${magic}, codec ${codec}`, async () => {
        const set = await batchesToLegacy([await logBatch(500, recs, codec)], magic);
        const decoded = await decodeKafkajsMessageSet(new KafkajsDecoder(set), set.length);
        expect(decoded.map((m) => m.offset)).toEqual(['500', '501', '502', '503', '504']);
        expect(decoded.every((m) => m.magicByte === magic)).toBe(true);
        expectSameRecords(decoded, RECS);
        if (magic === 1) expect(decoded.map((m) => Number(m.timestamp))).toEqual(RECS.map((r) => r.timestamp));
      });
    }
  }

  test('magic 0 + lz4 carries the KAFKA-3160 header checksum, which our reader accepts and the lz4 package refuses', async () => {
    const set = await batchesToLegacy([await logBatch(500, recs, CompressionType.lz4)], 0);
    const [wrapper] = readLegacyMessages(set);
    expect(wrapper.attributes).toBe(CompressionType.lz4);
    const frame = wrapper.value as Buffer;
    expect(frame[6]).toBe(lz4.utils.descriptorChecksum(frame.subarray(0, 6)));
    expect(() => lz4.decode(frame)).toThrow(/descriptor checksum/);
    const back = await legacyToBatches(set);
    expectSameRecords(await readBatches(back.batches), RECS);
    // magic 1 + lz4 uses the correct checksum
    const v1 = readLegacyMessages(await batchesToLegacy([await logBatch(500, recs, CompressionType.lz4)], 1))[0]
      .value as Buffer;
    expect(v1[6]).toBe(lz4.utils.descriptorChecksum(v1.subarray(4, 6)));
  });
});

describe('down-conversion layout (RecordsUtil.downConvert)', () => {
  const recs: RecordInput[] = [
    { key: Buffer.from('a'), value: Buffer.from('1'), timestamp: 10_000 },
    { key: Buffer.from('b'), value: Buffer.from('2'), timestamp: 30_000 },
    { key: Buffer.from('c'), value: Buffer.from('3'), timestamp: 20_000 },
  ];

  test('compressed magic 1: wrapper at the last offset with the max timestamp; inner offsets relative', async () => {
    const [wrapper] = readLegacyMessages(await batchesToLegacy([await logBatch(100, recs, CompressionType.gzip)], 1));
    expect([wrapper.offset, wrapper.magic, wrapper.attributes, wrapper.timestamp, wrapper.key]).toEqual([
      102,
      1,
      1,
      30_000,
      null,
    ]);
    const inner = readLegacyMessages(gunzipSync(wrapper.value as Buffer));
    expect(inner.map((m) => [m.offset, m.attributes, m.timestamp, m.key?.toString()])).toEqual([
      [0, 0, 10_000, 'a'],
      [1, 0, 30_000, 'b'],
      [2, 0, 20_000, 'c'],
    ]);
  });

  test('compressed magic 0: inner offsets absolute, no timestamps', async () => {
    const [wrapper] = readLegacyMessages(await batchesToLegacy([await logBatch(100, recs, CompressionType.snappy)], 0));
    expect([wrapper.offset, wrapper.magic, wrapper.attributes, wrapper.timestamp]).toEqual([102, 0, 2, NO_TIMESTAMP]);
    const inner = readLegacyMessages(await decompress(CompressionType.snappy, wrapper.value as Buffer));
    expect(inner.map((m) => m.offset)).toEqual([100, 101, 102]);
  });

  test('LogAppendTime: bit 3 on wrapper and inner messages, the append time everywhere', async () => {
    const [wrapper] = readLegacyMessages(
      await batchesToLegacy([await logBatch(7, recs, CompressionType.gzip, 99_999)], 1),
    );
    expect([wrapper.attributes, wrapper.timestamp]).toEqual([1 | LEGACY_TIMESTAMP_TYPE_MASK, 99_999]);
    const inner = readLegacyMessages(gunzipSync(wrapper.value as Buffer));
    expect(inner.map((m) => [m.attributes, m.timestamp])).toEqual(recs.map(() => [LEGACY_TIMESTAMP_TYPE_MASK, 99_999]));
  });

  test('fromOffset drops earlier records of uncompressed batches only', async () => {
    const log = [
      Buffer.concat([await logBatch(100, recs), await logBatch(103, recs, CompressionType.lz4)]),
      await logBatch(106, recs),
    ];
    const all = readLegacyMessages(await batchesToLegacy(log, 1, 105));
    // 100-102 dropped; the lz4 batch 103-105 kept whole as one wrapper; 106-108 kept
    expect(all.map((m) => [m.offset, m.attributes])).toEqual([
      [105, 3],
      [106, 0],
      [107, 0],
      [108, 0],
    ]);
    expect(readLegacyMessages(await batchesToLegacy(log, 1, 101)).map((m) => m.offset)).toEqual([
      101, 102, 105, 106, 107, 108,
    ]);
  });

  test('control batches are skipped; a batch cut short at the end of a buffer is left out', async () => {
    const control = buildRecordBatch({
      records: [{ key: Buffer.from([0, 0, 0, 1]), value: Buffer.from([0, 0, 0, 0, 0, 0]) }],
      baseOffset: 5,
      control: true,
      transactional: true,
      producerId: 9,
      producerEpoch: 1,
    });
    const next = await logBatch(6, recs);
    const set = await batchesToLegacy([Buffer.concat([await logBatch(2, recs), control, next.subarray(0, 40)])], 1);
    expect(readLegacyMessages(set).map((m) => m.offset)).toEqual([2, 3, 4]);
    expect((await batchesToLegacy([control], 0)).length).toBe(0);
  });

  test('zstd batches cannot be down-converted: UNSUPPORTED_COMPRESSION_TYPE', async () => {
    const err = await rejectsWith(
      batchesToLegacy([await logBatch(0, recs, CompressionType.zstd)], 1),
      UnsupportedCompressionTypeError,
    );
    expect((err as UnsupportedCompressionTypeError).errorName).toBe('UNSUPPORTED_COMPRESSION_TYPE');
  });

  test('a log batch with another magic is CORRUPT_MESSAGE', async () => {
    const bad = Buffer.from(await logBatch(0, recs));
    bad[16] = 1;
    await rejectsWith(batchesToLegacy([bad], 1), CorruptRecordError);
  });

  test('round trip: down-converted sets convert back to the same records', async () => {
    for (const magic of [0, 1] as const) {
      for (const codec of [0, 1, 2, 3] as const) {
        const set = await batchesToLegacy([await logBatch(40, recs, codec)], magic);
        const back = await legacyToBatches(set);
        expect(readBatchHeader(back.batches).attributes & 0x07).toBe(codec);
        const got = await readBatches(back.batches);
        expectSameRecords(got, recs as Rec[]);
        expect(got.map((r) => r.timestamp)).toEqual(recs.map((r) => (magic === 0 ? NO_TIMESTAMP : r.timestamp)));
      }
    }
  });
});

describe('legacyToBatches: timestamp types', () => {
  test('a magic 1 message marked LogAppendTime is reported', async () => {
    const set = Buffer.concat([message({ magic: 1 }), message({ magic: 1, attributes: LEGACY_TIMESTAMP_TYPE_MASK })]);
    expect((await legacyToBatches(set)).logAppendTime).toBe(true);
    expect((await legacyToBatches(message({ magic: 1 }))).logAppendTime).toBe(false);
    // bit 3 means nothing in magic 0
    expect((await legacyToBatches(message({ magic: 0, attributes: LEGACY_TIMESTAMP_TYPE_MASK }))).logAppendTime).toBe(
      false,
    );
  });

  test('inner messages of a LogAppendTime wrapper take the wrapper timestamp', async () => {
    const inner = Buffer.concat([
      message({ magic: 1, offset: 0, timestamp: 1 }),
      message({ magic: 1, offset: 1, timestamp: 2 }),
    ]);
    const wrapper = message({
      magic: 1,
      offset: 1,
      attributes: 1 | LEGACY_TIMESTAMP_TYPE_MASK,
      timestamp: 777,
      value: gzipSync(inner),
    });
    const res = await legacyToBatches(wrapper);
    expect(res.logAppendTime).toBe(true);
    expect((await readBatches(res.batches)).map((r) => r.timestamp)).toEqual([777, 777]);
  });
});

describe('legacyToBatches: bad input', () => {
  const inner = (magic: 0 | 1, n = 2): Buffer =>
    Buffer.concat(Array.from({ length: n }, (_, i) => message({ magic, offset: i, value: Buffer.from(`v${i}`) })));
  const wrap = (magic: 0 | 1, value: Buffer | null, codec = 1, offset = 1): Buffer =>
    message({ magic, offset, attributes: codec, value });

  test('CORRUPT_MESSAGE: CRC, sizes, magic, truncation, undecodable payloads, inner CRC', async () => {
    const good = Buffer.concat([message({ magic: 1, key: Buffer.from('k') }), message({ magic: 1 })]);
    const flipped = Buffer.from(good);
    flipped[25] ^= 1;
    const tooSmall = Buffer.from(message({ magic: 0 }));
    tooSmall.writeInt32BE(13, 8);
    const keyOverflow = Buffer.from(message({ magic: 0, key: Buffer.from('kk') }));
    keyOverflow.writeInt32BE(1000, 18);
    keyOverflow.writeUInt32BE(
      (require('crc-32') as { buf(b: Buffer): number }).buf(keyOverflow.subarray(16)) >>> 0,
      12,
    );
    const magic2 = Buffer.from(message({ magic: 1 }));
    magic2[16] = 2;
    const badInner = Buffer.from(inner(1));
    badInner[badInner.length - 1] ^= 1;
    const cases: Array<[string, Buffer]> = [
      ['empty', Buffer.alloc(0)],
      ['flipped byte', flipped],
      ['truncated', good.subarray(0, good.length - 1)],
      ['trailing partial header', Buffer.concat([good, Buffer.alloc(5)])],
      ['size below overhead', tooSmall],
      ['key length past the message', keyOverflow],
      ['magic 2 inside a legacy set', magic2],
      ['gzip payload not gzip', wrap(1, Buffer.from('not gzip'))],
      ['inner CRC', wrap(1, gzipSync(badInner))],
      ['truncated inner set', wrap(1, gzipSync(inner(1).subarray(0, 30)))],
    ];
    for (const [name, input] of cases) {
      const err = await rejectsWith(legacyToBatches(input), CorruptRecordError);
      expect(`${name}: ${err.name}`).toBe(`${name}: CorruptRecordError`);
    }
  });

  test("INVALID_RECORD: Kafka's LogValidator / DeepRecordsIterator rules", async () => {
    const cases: Array<[string, Buffer]> = [
      ['mixed magic', Buffer.concat([message({ magic: 0 }), message({ magic: 1 })])],
      ['compressed next to plain', Buffer.concat([message({ magic: 1 }), wrap(1, gzipSync(inner(1)))])],
      ['wrapper with null value', wrap(1, null)],
      ['wrapper with no inner messages', wrap(1, gzipSync(Buffer.alloc(0)))],
      ['inner magic differs', wrap(1, gzipSync(inner(0)))],
      ['inner message compressed', wrap(0, gzipSync(wrap(0, gzipSync(inner(0)))))],
      ['magic 1 wrapper offset below the last inner offset', wrap(1, gzipSync(inner(1, 3)), 1, 1)],
    ];
    for (const [name, input] of cases) {
      const err = await rejectsWith(legacyToBatches(input), InvalidRecordError);
      expect(`${name}: ${err.name}`).toBe(`${name}: InvalidRecordError`);
    }
    // wrapper offset 0 (older librdkafka) and any offset >= the last inner one are accepted
    for (const offset of [0, 2, 50])
      expect((await legacyToBatches(wrap(1, gzipSync(inner(1, 3)), 1, offset))).recordCount).toBe(3);
  });

  test('UNSUPPORTED_COMPRESSION_TYPE: zstd (Produce v7+ only) and codecs 5-7', async () => {
    await rejectsWith(
      legacyToBatches(wrap(1, gzipSync(inner(1)), CompressionType.zstd)),
      UnsupportedCompressionTypeError,
    );
    await rejectsWith(legacyToBatches(wrap(0, gzipSync(inner(0)), 5)), UnsupportedCompressionTypeError);
    await rejectsWith(legacyToBatches(wrap(1, gzipSync(inner(1)), 7)), UnsupportedCompressionTypeError);
  });
});
