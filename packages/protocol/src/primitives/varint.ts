// Variable-length integers as Kafka writes them (protobuf style, 7 bits per byte, low group first,
// high bit set on every byte but the last). Signed values are zigzag-mapped first so that small
// negative numbers stay short: 0 -> 0, -1 -> 1, 1 -> 2, -2 -> 3, ...
//
// uvarint: unsigned 32-bit, at most 5 bytes (compact lengths, tags, tagged-field sizes).
// varint:  zigzag int32, at most 5 bytes (record fields).
// varlong: zigzag int64, at most 10 bytes; the number variants use float arithmetic and are exact
//          for the safe-integer range, the bigint variants cover the full int64 range.

export const MAX_UVARINT_BYTES = 5;
export const MAX_VARLONG_BYTES = 10;

export function zigzagEncode32(value: number): number {
  return ((value << 1) ^ (value >> 31)) >>> 0;
}

export function zigzagDecode32(value: number): number {
  return (value >>> 1) ^ -(value & 1);
}

/** Zigzag for safe integers without 64-bit bit operations. */
export function zigzagEncode64(value: number): number {
  return value >= 0 ? value * 2 : -value * 2 - 1;
}

export function zigzagDecode64(value: number): number {
  return value % 2 === 0 ? value / 2 : -(value + 1) / 2;
}

export function sizeOfUvarint(value: number): number {
  if (value < 0x80) return 1;
  if (value < 0x4000) return 2;
  if (value < 0x200000) return 3;
  if (value < 0x10000000) return 4;
  return 5;
}

export function sizeOfVarint(value: number): number {
  return sizeOfUvarint(zigzagEncode32(value));
}

export function sizeOfVarlong(value: number): number {
  let v = value >= 2 ** 51 || value <= -(2 ** 51) ? Number(zigzagEncode64Big(BigInt(value))) : zigzagEncode64(value);
  let n = 1;
  while (v >= 0x80) {
    v = Math.floor(v / 128);
    n++;
  }
  return n;
}

/** Writes an unsigned varint (value < 2^32) at `pos`; returns the position after it. */
export function writeUvarintAt(buf: Buffer, pos: number, value: number): number {
  let v = value >>> 0;
  while (v >= 0x80) {
    buf[pos++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  buf[pos++] = v;
  return pos;
}

/** Writes an unsigned varlong given as a non-negative safe integer; returns the position after it. */
export function writeUvarlongAt(buf: Buffer, pos: number, value: number): number {
  let v = value;
  while (v >= 0x80) {
    buf[pos++] = (v % 128) | 0x80;
    v = Math.floor(v / 128);
  }
  buf[pos++] = v;
  return pos;
}

/** Writes an unsigned 64-bit varlong given as a bigint in [0, 2^64). */
export function writeUvarlongBigAt(buf: Buffer, pos: number, value: bigint): number {
  let v = value;
  while (v >= 0x80n) {
    buf[pos++] = Number(v & 0x7fn) | 0x80;
    v >>= 7n;
  }
  buf[pos++] = Number(v);
  return pos;
}

export function zigzagEncode64Big(value: bigint): bigint {
  return BigInt.asUintN(64, (value << 1n) ^ (value >> 63n));
}

export function zigzagDecode64Big(value: bigint): bigint {
  return BigInt.asIntN(64, (value >> 1n) ^ -(value & 1n));
}
