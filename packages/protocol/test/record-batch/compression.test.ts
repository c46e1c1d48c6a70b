// Codecs against what real client libraries write and read: kafkajs's gzip codec, kafkajs-snappy (raw snappy out,
// xerial in), kafkajs-lz4 / the lz4 package's frame encoder and decoder, snappyjs, @mongodb-js/zstd; kafkajs's
// Produce v3 encoder for compressed v2 batches and its RecordBatch decoder to read ours back.

import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import * as lz4 from 'lz4';
import * as snappyjs from 'snappyjs';
import { compress as zstdCompressLib } from '@mongodb-js/zstd';
import {
  BATCH_HEADER_SIZE,
  CompressionCodec,
  CompressionType,
  CorruptRecordError,
  DEFAULT_MAX_DECOMPRESSED_BYTES,
  InvalidCompressionConfigError,
  InvalidRecordError,
  ProduceApi,
  Reader,
  RecordIterator,
  UnsupportedCompressionTypeError,
  buildRecordBatch,
  codecForTopicCompression,
  compress,
  compressBatch,
  decompress,
  decompressBatch,
  readBatchHeader,
  recompressBatches,
  updateBatchCrc,
  validateBatch,
  type BatchHeader,
  type RecordInput,
} from '../../src';
import { checkRawBlock, XERIAL_BLOCK_SIZE } from '../../src/record-batch/snappy';
import { lz4CompressFrame } from '../../src/record-batch/lz4-frame';
import { zstdDecompressedBound } from '../../src/record-batch/zstd';

interface KafkajsCodec {
  compress(encoder: { buffer: Buffer }): Promise<Buffer>;
  decompress(buffer: Buffer): Promise<Buffer>;
}
const kafkajs = require('kafkajs') as {
  CompressionTypes: Record<'None' | 'GZIP' | 'Snappy' | 'LZ4' | 'ZSTD', number>;
  CompressionCodecs: Record<number, () => KafkajsCodec>;
};
const kafkajsGzip = require('kafkajs/src/protocol/message/compression/gzip') as KafkajsCodec;
const kafkajsSnappy = (require('kafkajs-snappy') as () => KafkajsCodec)();
const LZ4Codec = require('kafkajs-lz4') as new (options?: Record<string, unknown>) => { codec: () => KafkajsCodec };
const kafkajsLz4 = new LZ4Codec().codec();
kafkajs.CompressionCodecs[kafkajs.CompressionTypes.Snappy] = () => kafkajsSnappy;
kafkajs.CompressionCodecs[kafkajs.CompressionTypes.LZ4] = () => kafkajsLz4;
const produceV3 = require('kafkajs/src/protocol/requests/produce/v3/request') as (args: Record<string, unknown>) => {
  encode(): Promise<{ buffer: Buffer }>;
};
const KafkajsDecoder = require('kafkajs/src/protocol/decoder') as new (buf: Buffer) => unknown;
const decodeKafkajsBatch = require('kafkajs/src/protocol/recordBatch/v0/decoder') as (decoder: unknown) => Promise<{
  firstOffset: string;
  producerId: string;
  records: Array<{
    offset: string;
    key: Buffer | null;
    value: Buffer | null;
    timestamp: string;
    headers: Record<string, Buffer>;
  }>;
}>;

const CODECS = [
  CompressionType.none,
  CompressionType.gzip,
  CompressionType.snappy,
  CompressionType.lz4,
  CompressionType.zstd,
] as const;
const NAMES = ['none', 'gzip', 'snappy', 'lz4', 'zstd'] as const;

/** Text-like data that compresses, long enough to cross the 32 KiB (snappy) and 64 KiB (lz4) block boundaries. */
function sample(size: number): Buffer {
  const words = ['kafka', 'broker', 'partition', 'offset', 'record', 'batch', 'leader', 'epoch'];
  const out = Buffer.alloc(size);
  let pos = 0;
  let i = 0;
  while (pos < size) {
    pos += out.write(`${words[(i * 7) % words.length]}-${i} `, pos);
    i++;
  }
  return out;
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

describe('codec table and topic compression.type', () => {
  test('codec ids are Kafka CompressionType ids, under both exported names', () => {
    expect(CompressionType).toEqual({ none: 0, gzip: 1, snappy: 2, lz4: 3, zstd: 4 });
    expect(CompressionCodec).toBe(CompressionType);
    expect(kafkajs.CompressionTypes).toMatchObject({ None: 0, GZIP: 1, Snappy: 2, LZ4: 3, ZSTD: 4 });
  });

  test.each([
    ['producer', null],
    ['uncompressed', 0],
    ['gzip', 1],
    ['snappy', 2],
    ['lz4', 3],
    ['zstd', 4],
  ])('%s -> %p', (value, codec) => {
    expect(codecForTopicCompression(value)).toBe(codec);
  });

  test.each(['none', 'GZIP', '', 'brotli'])('%p is not a compression.type value: INVALID_CONFIG', (value) => {
    expect(() => codecForTopicCompression(value)).toThrow(InvalidCompressionConfigError);
    try {
      codecForTopicCompression(value);
    } catch (err) {
      expect((err as InvalidCompressionConfigError).errorName).toBe('INVALID_CONFIG');
    }
  });
});

describe('compress/decompress round trips', () => {
  const inputs: Array<[string, Buffer]> = [
    ['empty', Buffer.alloc(0)],
    ['one byte', Buffer.from([7])],
    ['200 KB text', sample(200 * 1024)],
    ['100 KB random (incompressible)', randomBytes(100 * 1024)],
  ];
  for (const codec of CODECS) {
    test.each(inputs)(`${NAMES[codec]}: %s`, async (_name, data) => {
      const packed = await compress(codec, data);
      expect((await decompress(codec, packed)).equals(data)).toBe(true);
    });
  }

  test('codecs 5-7 are UNSUPPORTED_COMPRESSION_TYPE for compress and decompress', async () => {
    for (const codec of [5, 6, 7]) {
      const err = await rejectsWith(
        decompress(codec as CompressionCodec, Buffer.from('x')),
        UnsupportedCompressionTypeError,
      );
      expect((err as UnsupportedCompressionTypeError).errorName).toBe('UNSUPPORTED_COMPRESSION_TYPE');
      await rejectsWith(compress(codec as CompressionCodec, Buffer.from('x')), UnsupportedCompressionTypeError);
    }
  });
});

describe('gzip', () => {
  test("decompresses kafkajs's gzip codec output and kafkajs decompresses ours", async () => {
    const data = sample(50_000);
    expect((await decompress(CompressionType.gzip, await kafkajsGzip.compress({ buffer: data }))).equals(data)).toBe(
      true,
    );
    expect((await kafkajsGzip.decompress(await compress(CompressionType.gzip, data))).equals(data)).toBe(true);
  });

  test('accepts concatenated gzip members, as GZIPInputStream does', async () => {
    const joined = Buffer.concat([gzipSync(Buffer.from('first ')), gzipSync(Buffer.from('second'))]);
    expect((await decompress(CompressionType.gzip, joined)).toString()).toBe('first second');
  });

  test('honours a compression level', async () => {
    const data = sample(100_000);
    const fast = await compress(CompressionType.gzip, data, 1);
    const best = await compress(CompressionType.gzip, data, 9);
    expect(best.length).toBeLessThan(fast.length);
    expect((await decompress(CompressionType.gzip, fast)).equals(data)).toBe(true);
  });

  test('corrupt, truncated or oversized input is CORRUPT_MESSAGE', async () => {
    const good = gzipSync(sample(10_000));
    const truncated = good.subarray(0, good.length - 10);
    const flipped = Buffer.from(good);
    flipped[good.length >> 1] ^= 0xff;
    await rejectsWith(decompress(CompressionType.gzip, truncated), CorruptRecordError);
    await rejectsWith(decompress(CompressionType.gzip, flipped), CorruptRecordError);
    await rejectsWith(decompress(CompressionType.gzip, Buffer.from('not gzip at all')), CorruptRecordError);
    const bomb = gzipSync(Buffer.alloc(8 << 20));
    const err = await rejectsWith(decompress(CompressionType.gzip, bomb, 1 << 20), CorruptRecordError);
    expect(err.message).toMatch(/gzip/);
  });
});

describe('snappy', () => {
  const XERIAL_HEADER = Buffer.from('82534e41505059000000000100000001', 'hex');

  test('reads raw snappy from kafkajs-snappy and snappyjs', async () => {
    const data = sample(100_000);
    expect(
      (await decompress(CompressionType.snappy, await kafkajsSnappy.compress({ buffer: data }))).equals(data),
    ).toBe(true);
    expect((await decompress(CompressionType.snappy, snappyjs.compress(data))).equals(data)).toBe(true);
  });

  test('writes what Kafka writes: xerial header (version 1, compatible 1), then 32 KiB blocks', async () => {
    const data = sample(100_000);
    const packed = await compress(CompressionType.snappy, data);
    expect(packed.subarray(0, 16).equals(XERIAL_HEADER)).toBe(true);
    const blockSizes: number[] = [];
    for (let pos = 16; pos < packed.length; ) {
      const length = packed.readInt32BE(pos);
      blockSizes.push(snappyjs.uncompress(packed.subarray(pos + 4, pos + 4 + length)).length);
      pos += 4 + length;
    }
    expect(XERIAL_BLOCK_SIZE).toBe(32 * 1024);
    expect(blockSizes).toEqual([32768, 32768, 32768, 100_000 - 3 * 32768]);
    // kafkajs-snappy is a client-side xerial reader.
    expect((await kafkajsSnappy.decompress(packed)).equals(data)).toBe(true);
  });

  test('reads xerial streams with blocks of any size', async () => {
    const a = sample(1000);
    const b = sample(70_000);
    const framed = Buffer.concat([
      XERIAL_HEADER,
      ...[a, b].flatMap((part) => {
        const block = snappyjs.compress(part);
        const len = Buffer.alloc(4);
        len.writeInt32BE(block.length);
        return [len, block];
      }),
    ]);
    expect((await decompress(CompressionType.snappy, framed)).equals(Buffer.concat([a, b]))).toBe(true);
    expect((await decompress(CompressionType.snappy, XERIAL_HEADER)).length).toBe(0);
  });

  test('corrupt raw and framed input is CORRUPT_MESSAGE', async () => {
    const framed = await compress(CompressionType.snappy, sample(40_000));
    const cases: Array<[string, Buffer]> = [
      ['truncated frame', framed.subarray(0, framed.length - 3)],
      ['truncated block length', Buffer.concat([XERIAL_HEADER, Buffer.from([0, 0])])],
      ['negative block length', Buffer.concat([XERIAL_HEADER, Buffer.from([0xff, 0xff, 0xff, 0xf0, 0])])],
      ['header cut inside', XERIAL_HEADER.subarray(0, 10)],
      // declares 100 bytes but holds a 5-byte literal
      ['short output', Buffer.from([100, 4 << 2, 1, 2, 3, 4, 5])],
      // copy from offset 9 when nothing has been written
      ['copy before start', Buffer.from([10, (2 << 2) | 1, 9])],
      // a literal whose 4-byte length is 0xfffffff0
      ['huge literal length', Buffer.from([10, 0xfc, 0xf0, 0xff, 0xff, 0xff, 1])],
      ['bad preamble', Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff])],
    ];
    for (const [name, input] of cases) {
      const err = await rejectsWith(decompress(CompressionType.snappy, input), CorruptRecordError);
      expect(`${name}: ${err.message}`).toMatch(/snappy/);
    }
  });

  test('a block declaring more than the limit is refused before allocation', async () => {
    const block = snappyjs.compress(Buffer.alloc(2 << 20));
    expect(checkRawBlock(block)).toBe(2 << 20);
    await rejectsWith(decompress(CompressionType.snappy, block, 1 << 20), CorruptRecordError);
  });
});

/** Our Kafka-style frame rewritten with block checksums and a content checksum (FLG bits 4 and 2), per the frame spec. */
function withChecksums(frame: Buffer, content: Buffer): Buffer {
  const header = Buffer.from(frame.subarray(0, 7));
  header[4] |= 0x10 | 0x04;
  header[6] = lz4.utils.descriptorChecksum(header.subarray(4, 6));
  const parts: Buffer[] = [header];
  let pos = 7;
  for (;;) {
    const field = frame.readUInt32LE(pos);
    if (field === 0) break;
    const size = field & 0x7fffffff;
    const block = frame.subarray(pos + 4, pos + 4 + size);
    const sum = Buffer.alloc(4);
    sum.writeUInt32LE(lz4.utils.blockChecksum(block) >>> 0);
    parts.push(frame.subarray(pos, pos + 4 + size), sum);
    pos += 4 + size;
  }
  const end = Buffer.alloc(8);
  end.writeUInt32LE(lz4.utils.blockChecksum(content) >>> 0, 4);
  parts.push(end);
  return Buffer.concat(parts);
}

describe('lz4', () => {
  test('reads frames from kafkajs-lz4 and the lz4 package (content checksum, 64 KB-4 MB blocks, HC-compressed)', async () => {
    const data = sample(300_000);
    expect((await decompress(CompressionType.lz4, await kafkajsLz4.compress({ buffer: data }))).equals(data)).toBe(
      true,
    );
    // (the lz4 package's blockChecksum and streamSize options write broken frames; those fields are covered below)
    for (const options of [
      { blockMaxSize: 64 << 10 },
      { blockMaxSize: 256 << 10, streamChecksum: false },
      { highCompression: true },
    ]) {
      const frame = lz4.encode(data, { ...options });
      expect((await decompress(CompressionType.lz4, frame)).equals(data)).toBe(true);
    }
  });

  test('skips a content size field (FLG bit 3) and concatenated or skippable frames', async () => {
    const data = sample(80_000);
    const plain = lz4CompressFrame(data);
    const header = Buffer.alloc(15);
    plain.copy(header, 0, 0, 6);
    header[4] |= 0x08;
    header.writeBigUInt64LE(BigInt(data.length), 6);
    header[14] = lz4.utils.descriptorChecksum(header.subarray(4, 14));
    const sized = Buffer.concat([header, plain.subarray(7)]);
    expect((await decompress(CompressionType.lz4, sized)).equals(data)).toBe(true);
    const skippable = Buffer.from('5a2a4d1803000000010203', 'hex');
    const two = Buffer.concat([sized, skippable, lz4.encode(Buffer.from('tail'))]);
    expect((await decompress(CompressionType.lz4, two)).equals(Buffer.concat([data, Buffer.from('tail')]))).toBe(true);
  });

  test('verifies block and content checksums (XXH32) when the frame carries them', async () => {
    const data = sample(150_000);
    const frame = withChecksums(lz4CompressFrame(data), data);
    expect(frame[4]).toBe(0x60 | 0x10 | 0x04);
    expect((await decompress(CompressionType.lz4, frame)).equals(data)).toBe(true);
    const badBlock = Buffer.from(frame);
    badBlock[7 + 4 + 10] ^= 0x01;
    expect((await rejectsWith(decompress(CompressionType.lz4, badBlock), CorruptRecordError)).message).toMatch(
      /block checksum/,
    );
    const badContent = Buffer.from(frame);
    badContent[badContent.length - 1] ^= 0x01;
    expect((await rejectsWith(decompress(CompressionType.lz4, badContent), CorruptRecordError)).message).toMatch(
      /content checksum/,
    );
  });

  test("writes Kafka's frame: FLG 0x60, BD 0x40 (64 KiB), correct HC, no checksums; kafkajs-lz4 reads it", async () => {
    const data = sample(200_000);
    const frame = await compress(CompressionType.lz4, data);
    expect(frame.readUInt32LE(0)).toBe(0x184d2204);
    expect(frame[4]).toBe(0x60);
    expect(frame[5]).toBe(0x40);
    expect(frame[6]).toBe(lz4.utils.descriptorChecksum(Buffer.from([0x60, 0x40])));
    expect(frame.readUInt32LE(frame.length - 4)).toBe(0);
    expect((await kafkajsLz4.decompress(frame)).equals(data)).toBe(true);
    expect(lz4.decode(frame).equals(data)).toBe(true);
  });

  test('incompressible blocks are stored with the high bit set', async () => {
    const data = randomBytes(70_000);
    const frame = await compress(CompressionType.lz4, data);
    expect(frame.readUInt32LE(7)).toBe((0x80000000 | 65536) >>> 0);
    expect((await decompress(CompressionType.lz4, frame)).equals(data)).toBe(true);
  });

  test('KAFKA-3160: the broken magic-0 header checksum (HC over magic+FLG+BD) is written on request and accepted', async () => {
    const data = sample(10_000);
    const broken = lz4CompressFrame(data, { brokenHeaderChecksum: true });
    const expectedHc = lz4.utils.descriptorChecksum(Buffer.from([0x04, 0x22, 0x4d, 0x18, 0x60, 0x40]));
    expect(broken[6]).toBe(expectedHc);
    expect(expectedHc).not.toBe(lz4.utils.descriptorChecksum(Buffer.from([0x60, 0x40])));
    // The lz4 package's own decoder refuses it; ours must not.
    expect(() => lz4.decode(broken)).toThrow(/descriptor checksum/);
    expect((await decompress(CompressionType.lz4, broken)).equals(data)).toBe(true);
    // The same for a third-party frame with its HC rewritten the old way.
    const theirs = Buffer.from(lz4.encode(data));
    theirs[6] = lz4.utils.descriptorChecksum(theirs.subarray(0, 6));
    expect((await decompress(CompressionType.lz4, theirs)).equals(data)).toBe(true);
  });

  test('damaged frames are CORRUPT_MESSAGE (where the lz4 package returns an empty buffer for some)', async () => {
    const data = sample(100_000);
    const good = lz4.encode(data, { blockMaxSize: 64 << 10 });
    const truncated = good.subarray(0, good.length - 20);
    expect(lz4.decode(good.subarray(0, 6)).length).toBe(0);
    const badHc = Buffer.from(good);
    badHc[6] ^= 0x55;
    const dependent = lz4CompressFrame(data);
    dependent[4] = 0x40; // block independence cleared
    dependent[6] = lz4.utils.descriptorChecksum(dependent.subarray(4, 6));
    const cases: Array<[string, Buffer]> = [
      ['empty', Buffer.alloc(0)],
      ['header only', good.subarray(0, 6)],
      ['truncated', truncated],
      ['bad magic', Buffer.from('00000000000000', 'hex')],
      ['bad header checksum', badHc],
      ['dependent blocks', dependent],
      [
        'garbage block',
        Buffer.concat([
          lz4CompressFrame(Buffer.alloc(0)).subarray(0, 7),
          Buffer.from([5, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]),
        ]),
      ],
    ];
    for (const [name, input] of cases) {
      const err = await rejectsWith(decompress(CompressionType.lz4, input), CorruptRecordError);
      expect(`${name}: ${err.message}`).toMatch(/lz4/);
    }
  });

  test('output over the limit is refused', async () => {
    const frame = lz4CompressFrame(Buffer.alloc(1 << 20));
    await rejectsWith(decompress(CompressionType.lz4, frame, 100_000), CorruptRecordError);
  });
});

describe('zstd', () => {
  test('reads @mongodb-js/zstd output at several levels and skips skippable frames', async () => {
    const data = sample(500_000);
    for (const level of [1, 3, 10, 19]) {
      expect((await decompress(CompressionType.zstd, await zstdCompressLib(data, level))).equals(data)).toBe(true);
    }
    const skippable = Buffer.from('502a4d18040000000a0b0c0d', 'hex');
    const framed = Buffer.concat([skippable, await zstdCompressLib(data, 3)]);
    expect((await decompress(CompressionType.zstd, framed)).equals(data)).toBe(true);
  });

  test('the header-derived bound covers the real size', async () => {
    for (const data of [sample(1000), sample(1 << 20), randomBytes(300_000)]) {
      const bound = zstdDecompressedBound(await zstdCompressLib(data, 3));
      expect(bound).toBeGreaterThanOrEqual(data.length);
      expect(bound).toBeLessThanOrEqual(data.length + 128 * 1024);
    }
  });

  test('a frame of RLE blocks that would expand past the default limit is refused without decompressing', async () => {
    // 9000 RLE blocks of 128 KiB: 36 KB of input declaring 1.1 GiB of output.
    const blocks: Buffer[] = [Buffer.from('28b52ffd00', 'hex'), Buffer.from([0])];
    for (let i = 0; i < 9000; i++) {
      const last = i === 8999 ? 1 : 0;
      const header = Buffer.alloc(3);
      header.writeUIntLE(((128 * 1024) << 3) | (1 << 1) | last, 0, 3);
      blocks.push(header, Buffer.from([0x61]));
    }
    const bomb = Buffer.concat(blocks);
    expect(zstdDecompressedBound(bomb)).toBeGreaterThan(DEFAULT_MAX_DECOMPRESSED_BYTES);
    const err = await rejectsWith(decompress(CompressionType.zstd, bomb), CorruptRecordError);
    expect(err.message).toMatch(/limit/);
  });

  test('corrupt input is CORRUPT_MESSAGE', async () => {
    const good = await zstdCompressLib(sample(50_000), 3);
    // This library writes frame header descriptor 0 (window byte, no content size, no checksum): block 1 at byte 6.
    expect(good[4]).toBe(0);
    const reservedBlockType = Buffer.from(good);
    reservedBlockType[6] |= 0x06;
    for (const input of [
      good.subarray(0, good.length - 5),
      Buffer.from('garbage!'),
      Buffer.alloc(0),
      reservedBlockType,
    ]) {
      await rejectsWith(decompress(CompressionType.zstd, input), CorruptRecordError);
    }
  });
});

// ---- batches ----

const RECORDS: RecordInput[] = [
  {
    key: Buffer.from('k0'),
    value: Buffer.from('v0'),
    timestamp: 1_700_000_000_000,
    headers: [{ key: 'h', value: Buffer.from('x') }],
  },
  { key: null, value: sample(40_000), timestamp: 1_700_000_000_005 },
  { key: Buffer.from('k2'), value: null, timestamp: 1_699_999_999_990 },
  {
    key: Buffer.from(''),
    value: Buffer.from('v3'),
    timestamp: 1_700_000_000_001,
    headers: [{ key: 'n', value: null }],
  },
];

function plainBatch(): Buffer {
  return buildRecordBatch({
    records: RECORDS,
    baseOffset: 1234,
    partitionLeaderEpoch: 7,
    producerId: 42,
    producerEpoch: 3,
    baseSequence: 100,
    transactional: true,
  });
}

function recordsOf(
  batch: Buffer,
): Array<{ offset: number; timestamp: number; key: string | null; value: string | null; headers: string }> {
  const out: Array<{ offset: number; timestamp: number; key: string | null; value: string | null; headers: string }> =
    [];
  const it = new RecordIterator(batch, 0);
  while (it.next()) {
    const r = it.record;
    out.push({
      offset: r.offset,
      timestamp: r.timestamp,
      key: r.key()?.toString('hex') ?? null,
      value: r.value()?.toString('hex') ?? null,
      headers: JSON.stringify(r.headers().map((h) => [h.key, h.value?.toString('hex') ?? null])),
    });
  }
  return out;
}

function headerWithout(
  h: BatchHeader,
): Omit<BatchHeader, 'batchLength' | 'crc' | 'attributes'> & { attributes: number } {
  const { batchLength: _l, crc: _c, ...rest } = h;
  return { ...rest, attributes: h.attributes & ~0x07 };
}

describe('decompressBatch / compressBatch', () => {
  test.each(CODECS.map((c) => [NAMES[c], c] as const))(
    '%s batch round trip keeps header and records; CRC valid',
    async (_n, codec) => {
      const plain = plainBatch();
      const packed = await compressBatch(plain, codec);
      expect(validateBatch(packed)).toBe(1);
      expect(readBatchHeader(packed).attributes & 0x07).toBe(codec);
      expect(headerWithout(readBatchHeader(packed))).toEqual(headerWithout(readBatchHeader(plain)));
      const unpacked = await decompressBatch(packed);
      expect(validateBatch(unpacked)).toBe(1);
      expect(unpacked.equals(plain)).toBe(true);
    },
  );

  test('an uncompressed batch is returned as a view, not a copy', async () => {
    const buf = Buffer.concat([plainBatch(), Buffer.from('trailing')]);
    const view = await decompressBatch(buf);
    expect(view.buffer).toBe(buf.buffer);
    expect(view.length).toBe(buf.length - 8);
  });

  test('kafkajs reads our compressed batches (gzip, snappy, lz4)', async () => {
    for (const codec of [CompressionType.gzip, CompressionType.snappy, CompressionType.lz4]) {
      const packed = await compressBatch(plainBatch(), codec);
      const decoded = await decodeKafkajsBatch(new KafkajsDecoder(packed));
      expect(decoded.firstOffset).toBe('1234');
      expect(decoded.producerId).toBe('42');
      expect(
        decoded.records.map((r) => [
          r.offset,
          r.key?.toString('hex') ?? null,
          r.value?.toString('hex') ?? null,
          r.timestamp,
        ]),
      ).toEqual(
        RECORDS.map((r, i) => [
          String(1234 + i),
          r.key?.toString('hex') ?? null,
          r.value?.toString('hex') ?? null,
          String(r.timestamp),
        ]),
      );
    }
  });
});

/** kafkajs's Produce v3 request body, decoded by our generated codec: the record set exactly as kafkajs sends it. */
async function kafkajsProducedBatch(
  compression: number,
  messages: Array<{ key: string | null; value: string | null; timestamp: number }>,
): Promise<Buffer> {
  const request = produceV3({
    acks: -1,
    timeout: 1000,
    compression,
    topicData: [
      {
        topic: 't',
        partitions: [
          { partition: 0, firstSequence: 0, messages: messages.map((m) => ({ ...m, headers: { hk: 'hv' } })) },
        ],
      },
    ],
  });
  const body = (await request.encode()).buffer;
  const decoded = ProduceApi.decodeRequest(new Reader(body), 3);
  return decoded.topicData[0].partitionData[0].records as Buffer;
}

describe('recompressBatches', () => {
  const messages = [
    { key: 'a', value: 'one', timestamp: 1_700_000_000_000 },
    { key: null, value: 'two '.repeat(5000), timestamp: 1_700_000_000_003 },
    { key: 'c', value: null, timestamp: 1_700_000_000_004 },
  ];

  for (const [sourceName, source] of [
    ['none', 0],
    ['gzip', 1],
    ['snappy', 2],
    ['lz4', 3],
  ] as const) {
    test(`kafkajs ${sourceName} batch -> every codec: CRC valid, header kept, records identical`, async () => {
      const original = await kafkajsProducedBatch(source, messages);
      expect(validateBatch(original)).toBe(1);
      const expected = recordsOf(await decompressBatch(original));
      expect(expected.map((r) => r.value && Buffer.from(r.value, 'hex').toString().slice(0, 4))).toEqual([
        'one',
        'two ',
        null,
      ]);
      for (const target of CODECS) {
        const out = await recompressBatches(original, target);
        if (target === source) expect(out).toBe(original);
        expect(validateBatch(out)).toBe(1);
        expect(readBatchHeader(out).attributes & 0x07).toBe(target);
        expect(headerWithout(readBatchHeader(out))).toEqual(headerWithout(readBatchHeader(original)));
        expect(recordsOf(await decompressBatch(out))).toEqual(expected);
      }
    });
  }

  test('several batches in one buffer: each converted, order and offsets kept', async () => {
    const a = await compressBatch(plainBatch(), CompressionType.gzip);
    const b = buildRecordBatch({
      records: [{ key: null, value: Buffer.from('solo'), timestamp: 5 }],
      baseOffset: 1238,
    });
    const c = await compressBatch(buildRecordBatch({ records: RECORDS, baseOffset: 1239 }), CompressionType.zstd);
    const input = Buffer.concat([a, b, c]);
    const out = await recompressBatches(input, CompressionType.lz4);
    expect(validateBatch(out, { fromClient: false })).toBe(3);
    let pos = 0;
    const offsets: number[] = [];
    for (const expected of [a, b, c]) {
      const h = readBatchHeader(out, pos);
      expect(h.attributes & 0x07).toBe(CompressionType.lz4);
      const size = 12 + h.batchLength;
      const got = await decompressBatch(out.subarray(pos, pos + size));
      expect(recordsOf(got)).toEqual(recordsOf(await decompressBatch(expected)));
      offsets.push(h.baseOffset);
      pos += size;
    }
    expect(offsets).toEqual([1234, 1238, 1239]);
  });

  test('uncompressed control batches are left alone', async () => {
    const control = buildRecordBatch({
      records: [{ key: Buffer.from([0, 0, 0, 0]), value: Buffer.from([0, 0, 0, 0, 0, 1]), timestamp: 9 }],
      control: true,
      transactional: true,
      producerId: 5,
      producerEpoch: 0,
    });
    expect(await recompressBatches(control, CompressionType.gzip)).toBe(control);
  });

  test('a bad CRC, a truncated batch or undecodable records are CORRUPT_MESSAGE; a wrong count INVALID_RECORD', async () => {
    const packed = await compressBatch(plainBatch(), CompressionType.gzip);
    const badCrc = Buffer.from(packed);
    badCrc[BATCH_HEADER_SIZE + 5] ^= 1;
    await rejectsWith(recompressBatches(badCrc, CompressionType.snappy), CorruptRecordError);
    await rejectsWith(
      recompressBatches(packed.subarray(0, packed.length - 1), CompressionType.snappy),
      CorruptRecordError,
    );
    await rejectsWith(recompressBatches(Buffer.alloc(0), CompressionType.snappy), CorruptRecordError);

    const garbage = Buffer.from(packed.subarray(0, BATCH_HEADER_SIZE));
    const payload = gzipSync(Buffer.from([0x7f, 0x7f, 0x7f]));
    const withGarbage = Buffer.concat([garbage, payload]);
    withGarbage.writeInt32BE(withGarbage.length - 12, 8);
    updateBatchCrc(withGarbage);
    await rejectsWith(recompressBatches(withGarbage, CompressionType.none), CorruptRecordError);

    const miscounted = Buffer.from(plainBatch());
    miscounted.writeInt32BE(3, 57);
    updateBatchCrc(miscounted);
    await rejectsWith(recompressBatches(miscounted, CompressionType.gzip), InvalidRecordError);
  });
});
