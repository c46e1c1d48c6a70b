// An append-only encoder. Small values go into a growing chunk; large Buffers (record sets, bytes of
// 1 KiB or more) are pushed by reference, so a produce/fetch payload is never copied on its way out.
// The result is a list of Buffers for a vectored socket write (`toBuffers`), or one Buffer (`toBuffer`).
//
// `reserveInt32()` leaves a 4-byte hole (a frame size, say) that `setInt32At()` fills in once the
// rest is written. Positions are absolute byte offsets from the start of the output.
import { ProtocolEncodeError } from '../errors';
import { isUuid, ZERO_UUID, type Uuid } from './uuid';
import {
  writeUvarintAt,
  writeUvarlongAt,
  writeUvarlongBigAt,
  zigzagEncode32,
  zigzagEncode64,
  zigzagEncode64Big,
} from './varint';

/** Raw record data: decoded as a view of the frame; encoded from one Buffer or a list (zero-copy fetch). */
export type RecordsData = Buffer | readonly Buffer[] | null;

const TWO_32 = 4294967296;
/** Buffers at least this large are referenced, not copied. */
export const ZERO_COPY_THRESHOLD = 1024;
const MIN_CHUNK = 1024;
const MAX_CHUNK = 64 * 1024;

export class Writer {
  /** Finished pieces, in order. */
  #done: Buffer[] = [];
  #doneBytes = 0;
  /** The chunk being filled: bytes [#start, #pos) are written but not yet in #done. */
  #chunk: Buffer;
  #start = 0;
  #pos = 0;
  #nextChunkSize: number;

  constructor(initialCapacity = MIN_CHUNK) {
    this.#chunk = Buffer.allocUnsafe(initialCapacity);
    this.#nextChunkSize = Math.min(Math.max(initialCapacity * 2, MIN_CHUNK), MAX_CHUNK);
  }

  get byteLength(): number {
    return this.#doneBytes + this.#pos - this.#start;
  }

  /** Moves the written part of the current chunk into the finished list (the rest of the chunk stays usable). */
  #seal(): void {
    if (this.#pos > this.#start) {
      this.#done.push(this.#chunk.subarray(this.#start, this.#pos));
      this.#doneBytes += this.#pos - this.#start;
      this.#start = this.#pos;
    }
  }

  #ensure(n: number): void {
    if (this.#chunk.length - this.#pos >= n) return;
    this.#seal();
    const size = Math.max(n, this.#nextChunkSize);
    this.#nextChunkSize = Math.min(this.#nextChunkSize * 2, MAX_CHUNK);
    this.#chunk = Buffer.allocUnsafe(size);
    this.#start = 0;
    this.#pos = 0;
  }

  int8(v: number): void {
    this.#ensure(1);
    this.#chunk.writeInt8(v, this.#pos++);
  }

  uint8(v: number): void {
    this.#ensure(1);
    this.#chunk[this.#pos++] = v;
  }

  bool(v: boolean): void {
    this.#ensure(1);
    this.#chunk[this.#pos++] = v ? 1 : 0;
  }

  int16(v: number): void {
    this.#ensure(2);
    this.#pos = this.#chunk.writeInt16BE(v, this.#pos);
  }

  uint16(v: number): void {
    this.#ensure(2);
    this.#pos = this.#chunk.writeUInt16BE(v, this.#pos);
  }

  int32(v: number): void {
    this.#ensure(4);
    this.#pos = this.#chunk.writeInt32BE(v, this.#pos);
  }

  uint32(v: number): void {
    this.#ensure(4);
    this.#pos = this.#chunk.writeUInt32BE(v, this.#pos);
  }

  /** int64 from a safe integer. */
  int64(v: number): void {
    if (!Number.isSafeInteger(v)) throw new ProtocolEncodeError(`int64 value ${v} is not a safe integer`);
    this.#ensure(8);
    const hi = Math.floor(v / TWO_32);
    this.#chunk.writeInt32BE(hi, this.#pos);
    this.#chunk.writeUInt32BE(v - hi * TWO_32, this.#pos + 4);
    this.#pos += 8;
  }

  int64BigInt(v: bigint): void {
    this.#ensure(8);
    this.#pos = this.#chunk.writeBigInt64BE(v, this.#pos);
  }

  float64(v: number): void {
    this.#ensure(8);
    this.#pos = this.#chunk.writeDoubleBE(v, this.#pos);
  }

  uuid(v: Uuid): void {
    this.#ensure(16);
    if (v === ZERO_UUID) {
      this.#chunk.fill(0, this.#pos, this.#pos + 16);
    } else {
      if (!isUuid(v)) throw new ProtocolEncodeError(`not a Kafka UUID: ${JSON.stringify(v)}`);
      this.#chunk.write(v, this.#pos, 16, 'base64url');
    }
    this.#pos += 16;
  }

  uvarint(v: number): void {
    this.#ensure(5);
    this.#pos = writeUvarintAt(this.#chunk, this.#pos, v);
  }

  varint(v: number): void {
    this.uvarint(zigzagEncode32(v));
  }

  varlong(v: number): void {
    if (!Number.isSafeInteger(v)) throw new ProtocolEncodeError(`varlong value ${v} is not a safe integer`);
    // zigzag doubles the magnitude, which float arithmetic holds exactly only below 2^52
    if (v >= 2 ** 51 || v <= -(2 ** 51)) {
      this.varlongBigInt(BigInt(v));
      return;
    }
    this.#ensure(10);
    this.#pos = writeUvarlongAt(this.#chunk, this.#pos, zigzagEncode64(v));
  }

  varlongBigInt(v: bigint): void {
    this.#ensure(10);
    this.#pos = writeUvarlongBigAt(this.#chunk, this.#pos, zigzagEncode64Big(v));
  }

  #utf8(s: string, length: number): void {
    this.#ensure(length);
    this.#pos += this.#chunk.write(s, this.#pos, length, 'utf8');
  }

  /** Classic int16-length string. */
  string(s: string | null): void {
    if (s === null) throw new ProtocolEncodeError('null written to a non-nullable string');
    const length = Buffer.byteLength(s, 'utf8');
    if (length > 0x7fff) throw new ProtocolEncodeError(`string of ${length} bytes exceeds the int16 length limit`);
    this.int16(length);
    this.#utf8(s, length);
  }

  nullableString(s: string | null): void {
    if (s === null) this.int16(-1);
    else this.string(s);
  }

  compactString(s: string | null): void {
    if (s === null) throw new ProtocolEncodeError('null written to a non-nullable string');
    const length = Buffer.byteLength(s, 'utf8');
    if (length > 0x7fff) throw new ProtocolEncodeError(`string of ${length} bytes exceeds the int16 length limit`);
    this.uvarint(length + 1);
    this.#utf8(s, length);
  }

  compactNullableString(s: string | null): void {
    if (s === null) this.uvarint(0);
    else this.compactString(s);
  }

  /** Appends raw bytes: copied when small, referenced when large. */
  raw(b: Buffer): void {
    if (b.length >= ZERO_COPY_THRESHOLD) {
      this.#seal();
      this.#done.push(b);
      this.#doneBytes += b.length;
    } else if (b.length > 0) {
      this.#ensure(b.length);
      this.#pos += b.copy(this.#chunk, this.#pos);
    }
  }

  bytes(b: Buffer | null): void {
    if (b === null) throw new ProtocolEncodeError('null written to non-nullable bytes');
    this.int32(b.length);
    this.raw(b);
  }

  nullableBytes(b: Buffer | null): void {
    if (b === null) this.int32(-1);
    else this.bytes(b);
  }

  compactBytes(b: Buffer | null): void {
    if (b === null) throw new ProtocolEncodeError('null written to non-nullable bytes');
    this.uvarint(b.length + 1);
    this.raw(b);
  }

  compactNullableBytes(b: Buffer | null): void {
    if (b === null) this.uvarint(0);
    else this.compactBytes(b);
  }

  /** A record set (nullable): one Buffer or a list of Buffers (e.g. segment slices), each referenced without copying. */
  records(data: RecordsData, compact: boolean): void {
    if (data === null) {
      if (compact) this.uvarint(0);
      else this.int32(-1);
      return;
    }
    if (Buffer.isBuffer(data)) {
      if (compact) this.uvarint(data.length + 1);
      else this.int32(data.length);
      this.raw(data);
      return;
    }
    let length = 0;
    for (const part of data) length += part.length;
    if (compact) this.uvarint(length + 1);
    else this.int32(length);
    for (const part of data) this.raw(part);
  }

  arrayLength(count: number): void {
    this.int32(count);
  }

  compactArrayLength(count: number): void {
    this.uvarint(count + 1);
  }

  /** Appends everything another writer produced (used for tagged-field payloads). */
  append(other: Writer): void {
    for (const b of other.toBuffers()) this.raw(b);
  }

  /** Leaves room for an int32 to be filled in later; returns its absolute position. */
  reserveInt32(): number {
    this.#ensure(4);
    const position = this.byteLength;
    this.#chunk.writeInt32BE(0, this.#pos);
    this.#pos += 4;
    return position;
  }

  /** Fills an int32 reserved with `reserveInt32`. */
  setInt32At(position: number, value: number): void {
    let base = 0;
    for (const piece of this.#done) {
      if (position < base + piece.length) {
        piece.writeInt32BE(value, position - base);
        return;
      }
      base += piece.length;
    }
    const at = this.#start + position - base;
    if (position < base || at + 4 > this.#pos) throw new RangeError(`no reserved int32 at ${position}`);
    this.#chunk.writeInt32BE(value, at);
  }

  toBuffers(): Buffer[] {
    this.#seal();
    return this.#done.slice();
  }

  toBuffer(): Buffer {
    this.#seal();
    if (this.#done.length === 1) return this.#done[0];
    return Buffer.concat(this.#done, this.#doneBytes);
  }
}
