// zstd through @mongodb-js/zstd (native, asynchronous). That library grows its output until the stream ends and
// takes no size limit, so a small input of RLE blocks could expand to gigabytes; before decompressing, the frame
// and block headers (RFC 8878) are walked to bound the output:
//
//   frame:  magic 0xFD2FB528 (LE) | descriptor | [window] | [dictionary id] | [content size] | block* | [checksum]
//   block:  3-byte LE header: last (bit 0), type (bits 1-2: raw, RLE, compressed, reserved), size (bits 3-23)
//
// raw and RLE blocks produce exactly `size` bytes; a compressed block at most 128 KiB (Block_Maximum_Size).

import type * as ZstdModule from '@mongodb-js/zstd';

// Loaded on first use: its native loader costs start-up time that brokers without zstd batches need not pay.
let zstdModule: typeof ZstdModule | undefined;
function zstd(): typeof ZstdModule {
  return (zstdModule ??= require('@mongodb-js/zstd') as typeof ZstdModule);
}
import { CorruptRecordError } from './errors';

const ZSTD_MAGIC = 0xfd2fb528;
const SKIPPABLE_MAGIC_MASK = 0xfffffff0;
const SKIPPABLE_MAGIC = 0x184d2a50;
const BLOCK_MAXIMUM_SIZE = 128 * 1024;
const DICT_ID_SIZES = [0, 1, 2, 4] as const;
const FCS_SIZES = [0, 2, 4, 8] as const;
/** Kafka's CompressionType.ZSTD default level (ZstdCompression / compression.zstd.level). */
export const ZSTD_DEFAULT_LEVEL = 3;

/**
 * An upper bound on the decompressed size of `data` (one or more zstd or skippable frames), read from the headers
 * alone. Throws CorruptRecordError when the frame structure is malformed or truncated.
 */
export function zstdDecompressedBound(data: Buffer): number {
  let pos = 0;
  let bound = 0;
  if (data.length === 0) throw new CorruptRecordError('zstd: empty input');
  while (pos < data.length) {
    need(data, pos, 4, 'frame magic');
    const magic = data.readUInt32LE(pos);
    pos += 4;
    if ((magic & SKIPPABLE_MAGIC_MASK) >>> 0 === SKIPPABLE_MAGIC) {
      need(data, pos, 4, 'skippable frame size');
      const size = data.readUInt32LE(pos);
      need(data, pos + 4, size, 'skippable frame');
      pos += 4 + size;
      continue;
    }
    if (magic !== ZSTD_MAGIC) throw new CorruptRecordError(`zstd: bad frame magic 0x${magic.toString(16)}`);
    need(data, pos, 1, 'frame header');
    const fhd = data[pos++];
    if (fhd & 0x08) throw new CorruptRecordError('zstd: reserved frame header bit set');
    const singleSegment = (fhd & 0x20) !== 0;
    const fcsFlag = fhd >>> 6;
    const headerRest =
      (singleSegment ? 0 : 1) +
      DICT_ID_SIZES[fhd & 0x03] +
      (fcsFlag === 0 ? (singleSegment ? 1 : 0) : FCS_SIZES[fcsFlag]);
    need(data, pos, headerRest, 'frame header');
    pos += headerRest;
    for (;;) {
      need(data, pos, 3, 'block header');
      const header = data.readUIntLE(pos, 3);
      pos += 3;
      const last = (header & 1) !== 0;
      const type = (header >>> 1) & 0x03;
      const size = header >>> 3;
      switch (type) {
        case 0: // raw
          need(data, pos, size, 'raw block');
          pos += size;
          bound += size;
          break;
        case 1: // RLE: one byte repeated `size` times
          need(data, pos, 1, 'RLE block');
          pos += 1;
          bound += size;
          break;
        case 2:
          need(data, pos, size, 'compressed block');
          pos += size;
          bound += BLOCK_MAXIMUM_SIZE;
          break;
        default:
          throw new CorruptRecordError('zstd: reserved block type');
      }
      if (last) break;
    }
    if (fhd & 0x04) {
      need(data, pos, 4, 'content checksum');
      pos += 4;
    }
  }
  return bound;
}

/** Decompresses zstd, refusing input whose headers allow more than `maxBytes` of output. */
export async function zstdDecompress(data: Buffer, maxBytes: number): Promise<Buffer> {
  const bound = zstdDecompressedBound(data);
  if (bound > maxBytes) {
    throw new CorruptRecordError(
      `zstd: input may expand to ${bound} bytes, over the ${maxBytes}-byte decompression limit`,
    );
  }
  try {
    return await zstd().decompress(data);
  } catch (err) {
    throw new CorruptRecordError(`zstd: ${(err as Error).message}`);
  }
}

export function zstdCompress(data: Buffer, level: number = ZSTD_DEFAULT_LEVEL): Promise<Buffer> {
  return zstd().compress(data, level);
}

function need(data: Buffer, pos: number, n: number, what: string): void {
  if (pos + n > data.length) throw new CorruptRecordError(`zstd: truncated ${what} at byte ${pos}`);
}
