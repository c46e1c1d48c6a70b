// Snappy as Kafka uses it. Kafka's Java client (through snappy-java's SnappyOutputStream) and librdkafka's
// reader use the xerial framing:
//
//   "\x82SNAPPY\0" | version int32 BE (1) | compatible version int32 BE (1) | ( length int32 BE | raw snappy block )*
//
// where each raw block compresses at most 32 KiB of input. Other clients (kafkajs-snappy, librdkafka's writer,
// sarama) send one raw snappy block with no framing. Readers tell the two apart by the 8-byte magic, as snappy-java's
// SnappyInputStream does. We write what Kafka writes: xerial framing with 32 KiB blocks.
//
// The raw blocks are compressed and decompressed by snappyjs. snappyjs trusts the stream: it neither checks that
// the output fills the declared length nor guards against negative literal lengths, so every block is walked first
// (tags only, no copying) to prove that it decodes to exactly its declared length.

import * as snappyjs from 'snappyjs';
import { CorruptRecordError } from './errors';

export const XERIAL_MAGIC = Buffer.from([0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00]);
export const XERIAL_HEADER_SIZE = 16;
/** snappy-java's SnappyOutputStream.DEFAULT_BLOCK_SIZE. */
export const XERIAL_BLOCK_SIZE = 32 * 1024;
const XERIAL_VERSION = 1;
const XERIAL_COMPATIBLE_VERSION = 1;

/** True when `data` starts with the xerial magic. */
export function isXerialFramed(data: Buffer): boolean {
  return (
    data.length >= XERIAL_MAGIC.length &&
    data.compare(XERIAL_MAGIC, 0, XERIAL_MAGIC.length, 0, XERIAL_MAGIC.length) === 0
  );
}

/** Compresses `data` the way Kafka's producer does: xerial framing, one raw block per 32 KiB of input. */
export function snappyCompressXerial(data: Buffer): Buffer {
  const parts: Buffer[] = [];
  const header = Buffer.alloc(XERIAL_HEADER_SIZE);
  XERIAL_MAGIC.copy(header, 0);
  header.writeInt32BE(XERIAL_VERSION, 8);
  header.writeInt32BE(XERIAL_COMPATIBLE_VERSION, 12);
  parts.push(header);
  for (let pos = 0; pos < data.length; pos += XERIAL_BLOCK_SIZE) {
    const block = snappyjs.compress(data.subarray(pos, Math.min(pos + XERIAL_BLOCK_SIZE, data.length)));
    const length = Buffer.alloc(4);
    length.writeInt32BE(block.length, 0);
    parts.push(length, block);
  }
  return Buffer.concat(parts);
}

/** Compresses `data` as one raw snappy block (no framing). */
export function snappyCompressRaw(data: Buffer): Buffer {
  return snappyjs.compress(data);
}

/**
 * Decompresses xerial-framed or raw snappy. Throws CorruptRecordError on a malformed stream or when the output
 * would exceed `maxBytes`.
 */
export function snappyDecompress(data: Buffer, maxBytes: number): Buffer {
  if (!isXerialFramed(data)) return decompressBlock(data, maxBytes);
  if (data.length < XERIAL_HEADER_SIZE)
    throw new CorruptRecordError(`xerial snappy header truncated: ${data.length} bytes`);
  const blocks: Buffer[] = [];
  let total = 0;
  let pos = XERIAL_HEADER_SIZE;
  while (pos < data.length) {
    if (data.length - pos < 4) throw new CorruptRecordError(`xerial snappy block length truncated at byte ${pos}`);
    const length = data.readInt32BE(pos);
    pos += 4;
    if (length < 0 || length > data.length - pos) {
      throw new CorruptRecordError(`xerial snappy block of ${length} bytes at byte ${pos} runs past the input`);
    }
    const block = decompressBlock(data.subarray(pos, pos + length), maxBytes - total);
    total += block.length;
    blocks.push(block);
    pos += length;
  }
  return blocks.length === 1 ? blocks[0] : Buffer.concat(blocks, total);
}

function decompressBlock(block: Buffer, maxBytes: number): Buffer {
  const declared = checkRawBlock(block);
  if (declared > maxBytes) {
    throw new CorruptRecordError(
      `snappy block declares ${declared} bytes, over the ${maxBytes}-byte decompression limit`,
    );
  }
  try {
    return snappyjs.uncompress(block, declared);
  } catch (err) {
    throw new CorruptRecordError(`snappy: ${(err as Error).message}`);
  }
}

/**
 * Walks the tags of one raw snappy block without producing output and returns its declared uncompressed length.
 * Throws CorruptRecordError unless every literal lies inside the input, every copy refers back into output already
 * produced, and the output adds up to exactly the declared length.
 */
export function checkRawBlock(block: Buffer): number {
  let pos = 0;
  let declared = 0;
  let multiplier = 1;
  for (let i = 0; ; i++) {
    if (i >= 5 || pos >= block.length) throw new CorruptRecordError('snappy block length preamble is malformed');
    const b = block[pos++];
    declared += (b & 0x7f) * multiplier;
    if ((b & 0x80) === 0) break;
    multiplier *= 128;
  }
  if (declared > 0xffffffff) throw new CorruptRecordError(`snappy block declares ${declared} bytes`);
  let out = 0;
  while (pos < block.length) {
    const tag = block[pos++];
    let length: number;
    let offset = 0;
    switch (tag & 0x03) {
      case 0: {
        length = (tag >>> 2) + 1;
        if (length > 60) {
          const extra = length - 60;
          if (pos + extra > block.length) throw new CorruptRecordError('snappy literal length runs past the input');
          length = block.readUIntLE(pos, extra) + 1;
          pos += extra;
        }
        if (length > block.length - pos) throw new CorruptRecordError('snappy literal runs past the input');
        pos += length;
        break;
      }
      case 1:
        if (pos + 1 > block.length) throw new CorruptRecordError('snappy copy runs past the input');
        length = ((tag >>> 2) & 0x07) + 4;
        offset = ((tag >>> 5) << 8) | block[pos];
        pos += 1;
        break;
      case 2:
        if (pos + 2 > block.length) throw new CorruptRecordError('snappy copy runs past the input');
        length = (tag >>> 2) + 1;
        offset = block.readUInt16LE(pos);
        pos += 2;
        break;
      default:
        if (pos + 4 > block.length) throw new CorruptRecordError('snappy copy runs past the input');
        length = (tag >>> 2) + 1;
        offset = block.readUInt32LE(pos);
        pos += 4;
        break;
    }
    if ((tag & 0x03) !== 0 && (offset === 0 || offset > out)) {
      throw new CorruptRecordError(`snappy copy offset ${offset} points before the start of the output`);
    }
    out += length;
    if (out > declared) throw new CorruptRecordError(`snappy block produces more than its declared ${declared} bytes`);
  }
  if (out !== declared) throw new CorruptRecordError(`snappy block produces ${out} bytes, declared ${declared}`);
  return declared;
}
