// The LZ4 frame format as Kafka reads and writes it (Kafka's Lz4BlockOutputStream / Lz4BlockInputStream):
//
//   magic 0x184D2204 (LE) | FLG | BD | [content size uint64 LE] | HC | ( size uint32 LE | block | [XXH32] )* | 0 | [XXH32]
//
// FLG: version (bits 7-6) = 01, block independence (5), block checksum (4), content size (3), content checksum (2).
// BD: block maximum size code (bits 6-4): 4 = 64 KiB, 5 = 256 KiB, 6 = 1 MiB, 7 = 4 MiB. A block size with the high
// bit set is a stored (uncompressed) block. HC is (XXH32(FLG..last descriptor byte) >> 8) & 0xff.
//
// KAFKA-3160: clients of message format 0 computed HC over the magic number too (FLG..HC preceded by the 4 magic
// bytes). Kafka writes that broken checksum for magic 0 and skips the check when reading magic 0; here the reader
// accepts either value, and the writer produces the broken one on request (down-conversion to magic 0).
//
// Library frame codecs reject the broken HC, so the frame is parsed here and only the raw blocks go to the library:
// lz4-napi (lz4_flex, prebuilt binaries, nothing compiled at install) for the blocks and @node-rs/xxhash for XXH32.
// lz4-napi speaks the block format with a 4-byte little-endian length prefix (lz4_flex's `*_size_prepended`): the
// prefix is dropped from compressed blocks and added, as an upper bound, before a block is decoded. Like Kafka,
// dependent (linked) blocks are refused.

import type * as Lz4Module from 'lz4-napi';
import type * as XxhashModule from '@node-rs/xxhash';

// Loaded on first use, like zstd: only lz4 batches that must be opened need them.
let lz4Module: typeof Lz4Module | undefined;
let xxhashModule: typeof XxhashModule | undefined;
function lz4(): typeof Lz4Module {
  return (lz4Module ??= require('lz4-napi') as typeof Lz4Module);
}
function xxh32(data: Buffer): number {
  return (xxhashModule ??= require('@node-rs/xxhash') as typeof XxhashModule).xxh32(data, 0) >>> 0;
}
/** The frame descriptor's HC byte: the second byte of XXH32 over the descriptor. */
function descriptorChecksum(descriptor: Buffer): number {
  return (xxh32(descriptor) >>> 8) & 0xff;
}
/** Size of lz4-napi's length prefix on a block. */
const LENGTH_PREFIX = 4;
import { CorruptRecordError } from './errors';

export const LZ4_FRAME_MAGIC = 0x184d2204;
const SKIPPABLE_MAGIC_MASK = 0xfffffff0;
const SKIPPABLE_MAGIC = 0x184d2a50;
const FLG_VERSION = 0x40;
const FLG_BLOCK_INDEPENDENCE = 0x20;
const FLG_BLOCK_CHECKSUM = 0x10;
const FLG_CONTENT_SIZE = 0x08;
const FLG_CONTENT_CHECKSUM = 0x04;
const FLG_DICT_ID = 0x01;
const STORED_BLOCK = 0x80000000;
/** Kafka's Lz4BlockOutputStream.BLOCKSIZE_64KB. */
const BD_64KB = 4;
const BLOCK_MAX_SIZES: Readonly<Record<number, number>> = { 4: 64 << 10, 5: 256 << 10, 6: 1 << 20, 7: 4 << 20 };

export interface Lz4CompressOptions {
  /** Compute HC over the magic bytes too, as magic 0 clients did (KAFKA-3160). */
  brokenHeaderChecksum?: boolean;
}

/** Writes one frame the way Kafka does: independent 64 KiB blocks, no block, content-size or content checksums. */
export function lz4CompressFrame(data: Buffer, options: Lz4CompressOptions = {}): Buffer {
  const blockSize = BLOCK_MAX_SIZES[BD_64KB];
  const header = Buffer.alloc(7);
  header.writeUInt32LE(LZ4_FRAME_MAGIC, 0);
  header[4] = FLG_VERSION | FLG_BLOCK_INDEPENDENCE;
  header[5] = BD_64KB << 4;
  header[6] = descriptorChecksum(options.brokenHeaderChecksum ? header.subarray(0, 6) : header.subarray(4, 6));
  const parts: Buffer[] = [header];
  for (let pos = 0; pos < data.length; pos += blockSize) {
    const chunk = data.subarray(pos, Math.min(pos + blockSize, data.length));
    const block = lz4().compressSync(chunk).subarray(LENGTH_PREFIX);
    const sizeField = Buffer.alloc(4);
    // Stored uncompressed when compression does not pay, as Lz4BlockOutputStream.writeBlock does.
    if (block.length > 0 && block.length < chunk.length) {
      sizeField.writeUInt32LE(block.length, 0);
      parts.push(sizeField, block);
    } else {
      sizeField.writeUInt32LE((STORED_BLOCK | chunk.length) >>> 0, 0);
      parts.push(sizeField, chunk);
    }
  }
  parts.push(Buffer.alloc(4)); // end mark
  return Buffer.concat(parts);
}

/**
 * Decodes one or more concatenated LZ4 frames (skippable frames are skipped). Throws CorruptRecordError on any
 * malformed or truncated frame, a checksum mismatch, or output over `maxBytes`.
 */
export function lz4DecompressFrame(data: Buffer, maxBytes: number): Buffer {
  const out: Buffer[] = [];
  let total = 0;
  let pos = 0;
  if (data.length === 0) throw new CorruptRecordError('lz4: empty input');
  while (pos < data.length) {
    need(data, pos, 4, 'frame magic');
    const magic = data.readUInt32LE(pos);
    if ((magic & SKIPPABLE_MAGIC_MASK) >>> 0 === SKIPPABLE_MAGIC) {
      need(data, pos + 4, 4, 'skippable frame size');
      const size = data.readUInt32LE(pos + 4);
      need(data, pos + 8, size, 'skippable frame');
      pos += 8 + size;
      continue;
    }
    if (magic !== LZ4_FRAME_MAGIC) throw new CorruptRecordError(`lz4: bad frame magic 0x${magic.toString(16)}`);
    pos += 4;
    const descriptorStart = pos;
    need(data, pos, 2, 'frame descriptor');
    const flg = data[pos];
    const bd = data[pos + 1];
    pos += 2;
    if ((flg & 0xc0) !== FLG_VERSION) throw new CorruptRecordError(`lz4: unsupported frame version ${flg >>> 6}`);
    if ((flg & 0x02) !== 0 || (bd & 0x8f) !== 0) throw new CorruptRecordError('lz4: reserved descriptor bits set');
    if ((flg & FLG_BLOCK_INDEPENDENCE) === 0) throw new CorruptRecordError('lz4: dependent blocks are not supported');
    const blockMaxSize = BLOCK_MAX_SIZES[(bd >>> 4) & 0x07];
    if (blockMaxSize === undefined)
      throw new CorruptRecordError(`lz4: invalid block maximum size code ${(bd >>> 4) & 0x07}`);
    if (flg & FLG_CONTENT_SIZE) {
      need(data, pos, 8, 'content size');
      pos += 8;
    }
    if (flg & FLG_DICT_ID) {
      need(data, pos, 4, 'dictionary id');
      pos += 4;
    }
    need(data, pos, 1, 'header checksum');
    const hc = data[pos];
    const correct = descriptorChecksum(data.subarray(descriptorStart, pos));
    if (hc !== correct && hc !== descriptorChecksum(data.subarray(descriptorStart - 4, pos))) {
      throw new CorruptRecordError('lz4: frame descriptor checksum mismatch');
    }
    pos += 1;
    const contentStart = out.length;
    for (;;) {
      need(data, pos, 4, 'block size');
      const field = data.readUInt32LE(pos);
      pos += 4;
      if (field === 0) break;
      const stored = (field & STORED_BLOCK) !== 0;
      const size = field & 0x7fffffff;
      if (size > blockMaxSize)
        throw new CorruptRecordError(`lz4: block of ${size} bytes exceeds the maximum ${blockMaxSize}`);
      need(data, pos, size, 'block');
      const block = data.subarray(pos, pos + size);
      pos += size;
      if (flg & FLG_BLOCK_CHECKSUM) {
        need(data, pos, 4, 'block checksum');
        if (data.readUInt32LE(pos) !== xxh32(block)) {
          throw new CorruptRecordError('lz4: block checksum mismatch');
        }
        pos += 4;
      }
      let decoded: Buffer;
      if (stored) {
        decoded = Buffer.from(block);
      } else {
        decoded = decodeBlock(block, blockMaxSize);
      }
      total += decoded.length;
      if (total > maxBytes) throw new CorruptRecordError(`lz4: output over the ${maxBytes}-byte decompression limit`);
      out.push(decoded);
    }
    if (flg & FLG_CONTENT_CHECKSUM) {
      need(data, pos, 4, 'content checksum');
      const content = Buffer.concat(out.slice(contentStart));
      if (data.readUInt32LE(pos) !== xxh32(content)) {
        throw new CorruptRecordError('lz4: content checksum mismatch');
      }
      pos += 4;
    }
  }
  return out.length === 1 ? out[0] : Buffer.concat(out, total);
}

/** One raw block, decoded into at most `maxSize` bytes. */
function decodeBlock(block: Buffer, maxSize: number): Buffer {
  const prefixed = Buffer.allocUnsafe(LENGTH_PREFIX + block.length);
  prefixed.writeUInt32LE(maxSize, 0);
  block.copy(prefixed, LENGTH_PREFIX);
  try {
    return lz4().uncompressSync(prefixed);
  } catch (err) {
    throw new CorruptRecordError(`lz4: malformed block (${err instanceof Error ? err.message : String(err)})`);
  }
}

function need(data: Buffer, pos: number, n: number, what: string): void {
  if (pos + n > data.length) throw new CorruptRecordError(`lz4: truncated ${what} at byte ${pos}`);
}
