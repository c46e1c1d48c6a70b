// A bounds-checked cursor over one frame. Every read checks the remaining length first and throws
// ProtocolDecodeError instead of reading past the end, so malformed input can never crash the broker
// or make it allocate what a hostile length field asks for.
//
// Encodings (all big-endian):
//   classic string  int16 length, -1 = null, then UTF-8        compact string  uvarint(length + 1), 0 = null
//   classic bytes   int32 length, -1 = null                     compact bytes   uvarint(length + 1), 0 = null
//   classic array   int32 count, -1 = null                      compact array   uvarint(count + 1), 0 = null
// Bytes and records come back as `subarray` views of the frame, never copies.
import { ProtocolDecodeError } from '../errors';
import { uuidFromBytes, type Uuid } from './uuid';
import { zigzagDecode32, zigzagDecode64, zigzagDecode64Big } from './varint';

const TWO_32 = 4294967296;
/** The shared empty Buffer (default of non-nullable bytes fields). */
export const EMPTY_BUFFER: Buffer = Buffer.alloc(0);

export class Reader {
  readonly buf: Buffer;
  offset: number;

  constructor(buf: Buffer, offset = 0) {
    this.buf = buf;
    this.offset = offset;
  }

  get remaining(): number {
    return this.buf.length - this.offset;
  }

  fail(message: string): never {
    throw new ProtocolDecodeError(message, this.offset);
  }

  #need(n: number, what: string): void {
    if (this.buf.length - this.offset < n) {
      this.fail(`truncated ${what}: need ${n} bytes, have ${this.buf.length - this.offset}`);
    }
  }

  skip(n: number): void {
    if (n < 0) this.fail(`negative skip ${n}`);
    this.#need(n, 'field');
    this.offset += n;
  }

  int8(): number {
    this.#need(1, 'int8');
    return this.buf.readInt8(this.offset++);
  }

  uint8(): number {
    this.#need(1, 'uint8');
    return this.buf[this.offset++];
  }

  bool(): boolean {
    this.#need(1, 'bool');
    return this.buf[this.offset++] !== 0;
  }

  int16(): number {
    this.#need(2, 'int16');
    const v = this.buf.readInt16BE(this.offset);
    this.offset += 2;
    return v;
  }

  uint16(): number {
    this.#need(2, 'uint16');
    const v = this.buf.readUInt16BE(this.offset);
    this.offset += 2;
    return v;
  }

  int32(): number {
    this.#need(4, 'int32');
    const v = this.buf.readInt32BE(this.offset);
    this.offset += 4;
    return v;
  }

  uint32(): number {
    this.#need(4, 'uint32');
    const v = this.buf.readUInt32BE(this.offset);
    this.offset += 4;
    return v;
  }

  /** int64 as a number; values outside ±(2^53 - 1) are rejected rather than silently rounded. */
  int64(): number {
    this.#need(8, 'int64');
    const hi = this.buf.readInt32BE(this.offset);
    const lo = this.buf.readUInt32BE(this.offset + 4);
    const v = hi * TWO_32 + lo;
    if (!Number.isSafeInteger(v)) this.fail('int64 outside the safe integer range');
    this.offset += 8;
    return v;
  }

  int64BigInt(): bigint {
    this.#need(8, 'int64');
    const v = this.buf.readBigInt64BE(this.offset);
    this.offset += 8;
    return v;
  }

  float64(): number {
    this.#need(8, 'float64');
    const v = this.buf.readDoubleBE(this.offset);
    this.offset += 8;
    return v;
  }

  uuid(): Uuid {
    this.#need(16, 'uuid');
    const v = uuidFromBytes(this.buf, this.offset);
    this.offset += 16;
    return v;
  }

  /** Unsigned 32-bit varint. */
  uvarint(): number {
    const buf = this.buf;
    let pos = this.offset;
    // one-byte values (lengths, tag counts) are by far the most common
    if (pos < buf.length && buf[pos] < 0x80) {
      this.offset = pos + 1;
      return buf[pos];
    }
    let result = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (pos >= buf.length) this.fail('truncated varint');
      const b = buf[pos++];
      if (shift === 28 && b > 0x0f) this.fail('varint longer than 32 bits');
      result += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) {
        this.offset = pos;
        return result;
      }
    }
    return this.fail('varint longer than 5 bytes');
  }

  /** Zigzag signed 32-bit varint. */
  varint(): number {
    return zigzagDecode32(this.uvarint() >>> 0);
  }

  /** Zigzag signed varlong as a number; values outside the safe-integer range are rejected. */
  varlong(): number {
    const buf = this.buf;
    let pos = this.offset;
    let result = 0;
    // Up to 7 bytes (49 bits) float arithmetic is exact; longer encodings take the bigint path.
    for (let shift = 0; shift < 49; shift += 7) {
      if (pos >= buf.length) this.fail('truncated varlong');
      const b = buf[pos++];
      result += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) {
        this.offset = pos;
        return zigzagDecode64(result);
      }
    }
    const start = this.offset;
    const big = this.varlongBigInt();
    if (big > BigInt(Number.MAX_SAFE_INTEGER) || big < BigInt(Number.MIN_SAFE_INTEGER)) {
      this.offset = start;
      this.fail('varlong outside the safe integer range');
    }
    return Number(big);
  }

  /** Zigzag signed varlong over the full int64 range. */
  varlongBigInt(): bigint {
    const buf = this.buf;
    let pos = this.offset;
    let result = 0n;
    for (let shift = 0n; shift < 70n; shift += 7n) {
      if (pos >= buf.length) this.fail('truncated varlong');
      const b = buf[pos++];
      result |= BigInt(b & 0x7f) << shift;
      if (b < 0x80) {
        this.offset = pos;
        return zigzagDecode64Big(BigInt.asUintN(64, result));
      }
    }
    return this.fail('varlong longer than 10 bytes');
  }

  #utf8(length: number): string {
    this.#need(length, 'string');
    const s = this.buf.toString('utf8', this.offset, this.offset + length);
    this.offset += length;
    return s;
  }

  #view(length: number): Buffer {
    this.#need(length, 'bytes');
    const v = this.buf.subarray(this.offset, this.offset + length);
    this.offset += length;
    return v;
  }

  /** Classic int16-length string; null is an error. */
  string(): string {
    const length = this.int16();
    if (length < 0) this.fail('null in a non-nullable string');
    return this.#utf8(length);
  }

  nullableString(): string | null {
    const length = this.int16();
    if (length < -1) this.fail(`invalid string length ${length}`);
    return length === -1 ? null : this.#utf8(length);
  }

  compactString(): string {
    const length = this.uvarint() - 1;
    if (length < 0) this.fail('null in a non-nullable compact string');
    return this.#utf8(length);
  }

  compactNullableString(): string | null {
    const length = this.uvarint() - 1;
    return length < 0 ? null : this.#utf8(length);
  }

  /** Classic int32-length bytes as a view; null is an error. */
  bytes(): Buffer {
    const length = this.int32();
    if (length < 0) this.fail('null in non-nullable bytes');
    return length === 0 ? EMPTY_BUFFER : this.#view(length);
  }

  nullableBytes(): Buffer | null {
    const length = this.int32();
    if (length < -1) this.fail(`invalid bytes length ${length}`);
    return length === -1 ? null : this.#view(length);
  }

  compactBytes(): Buffer {
    const length = this.uvarint() - 1;
    if (length < 0) this.fail('null in non-nullable compact bytes');
    return this.#view(length);
  }

  compactNullableBytes(): Buffer | null {
    const length = this.uvarint() - 1;
    return length < 0 ? null : this.#view(length);
  }

  /** A record set: nullable bytes in the classic or compact encoding, as a view of the frame. */
  records(compact: boolean): Buffer | null {
    return compact ? this.compactNullableBytes() : this.nullableBytes();
  }

  /**
   * Classic array count; -1 = null. `minElementBytes` rejects counts the remaining bytes cannot hold,
   * so a hostile count never drives a huge allocation or loop.
   */
  arrayLength(minElementBytes = 1): number {
    const count = this.int32();
    if (count < -1) this.fail(`invalid array length ${count}`);
    if (count > 0 && count * minElementBytes > this.remaining) this.fail(`array length ${count} exceeds the frame`);
    return count;
  }

  /** Compact array count (uvarint count + 1); -1 = null. */
  compactArrayLength(minElementBytes = 1): number {
    const count = this.uvarint() - 1;
    if (count > 0 && count * minElementBytes > this.remaining) this.fail(`array length ${count} exceeds the frame`);
    return count;
  }

  /** Skips a tagged-field section entirely (all tags unknown). */
  skipTaggedFields(): void {
    const count = this.uvarint();
    for (let i = 0; i < count; i++) {
      this.uvarint();
      this.skip(this.uvarint());
    }
  }
}
