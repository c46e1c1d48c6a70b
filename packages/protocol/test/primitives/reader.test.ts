import { ProtocolDecodeError, Reader, Writer } from '../../src';

const reader = (...bytes: number[]): Reader => new Reader(Buffer.from(bytes));

test('fixed-width integers, big-endian', () => {
  const r = reader(0xff, 0x80, 0x00, 0xff, 0xff, 0xff, 0xff, 0xfe, 0xff, 0xff);
  expect(r.int8()).toBe(-1);
  expect(r.int16()).toBe(-32768);
  expect(r.uint32()).toBe(0xffffffff);
  expect(r.int16()).toBe(-257);
  expect(r.remaining).toBe(1);
  expect(r.offset).toBe(9);
});

test('int64 as number within the safe range, bigint beyond it', () => {
  const w = new Writer();
  w.int64(Number.MAX_SAFE_INTEGER);
  w.int64(-1);
  w.int64(Number.MIN_SAFE_INTEGER);
  w.int64BigInt(9223372036854775807n);
  const r = new Reader(w.toBuffer());
  expect(r.int64()).toBe(Number.MAX_SAFE_INTEGER);
  expect(r.int64()).toBe(-1);
  expect(r.int64()).toBe(Number.MIN_SAFE_INTEGER);
  const at = r.offset;
  expect(() => r.int64()).toThrow(/safe integer/);
  expect(r.offset).toBe(at);
  expect(r.int64BigInt()).toBe(9223372036854775807n);
  expect(() => new Writer().int64(2 ** 53)).toThrow(/safe integer/);
});

test('classic and compact strings, nullable and not', () => {
  const w = new Writer();
  w.string('héllo');
  w.nullableString(null);
  w.compactString('');
  w.compactNullableString(null);
  w.compactNullableString('x');
  const buf = w.toBuffer();
  expect([...buf.subarray(0, 2)]).toEqual([0, 6]);
  const r = new Reader(buf);
  expect(r.string()).toBe('héllo');
  expect(r.nullableString()).toBeNull();
  expect(r.compactString()).toBe('');
  expect(r.compactNullableString()).toBeNull();
  expect(r.compactNullableString()).toBe('x');
  expect(r.remaining).toBe(0);
});

test('null where the encoding is not nullable is an error both ways', () => {
  expect(() => reader(0xff, 0xff).string()).toThrow(/null/);
  expect(() => reader(0x00).compactString()).toThrow(/null/);
  expect(() => reader(0xff, 0xff, 0xff, 0xff).bytes()).toThrow(/null/);
  expect(() => new Writer().string(null)).toThrow(/null/);
  expect(() => new Writer().compactBytes(null)).toThrow(/null/);
});

test('bytes and records are views of the frame', () => {
  const frame = Buffer.from([0, 0, 0, 3, 1, 2, 3, 4, 9, 8, 7]);
  const r = new Reader(frame);
  const b = r.bytes();
  expect([...b]).toEqual([1, 2, 3]);
  expect(b.buffer).toBe(frame.buffer);
  const rec = r.records(true) as Buffer;
  expect([...rec]).toEqual([9, 8, 7]);
  b[0] = 42;
  expect(frame[4]).toBe(42);
});

test('truncation is a ProtocolDecodeError naming the offset', () => {
  expect(() => reader(0, 0, 0).int32()).toThrow(ProtocolDecodeError);
  expect(() => reader(0, 5, 0x61).string()).toThrow(/truncated string/);
  expect(() => reader(0, 0, 0, 9, 1).bytes()).toThrow(/truncated bytes/);
  expect(() => reader(1, 2, 3).uuid()).toThrow(/truncated uuid/);
  try {
    reader(1, 2, 3).int32();
    throw new Error('unreachable');
  } catch (e) {
    expect((e as ProtocolDecodeError).offset).toBe(0);
  }
});

test('negative and absurd lengths are refused before anything is allocated', () => {
  expect(() => reader(0xff, 0xfe).nullableString()).toThrow(/invalid string length/);
  expect(() => reader(0xff, 0xff, 0xff, 0xfe).nullableBytes()).toThrow(/invalid bytes length/);
  expect(() => reader(0xff, 0xff, 0xff, 0xfe).arrayLength()).toThrow(/invalid array length/);
  expect(() => reader(0x7f, 0xff, 0xff, 0xff, 0).arrayLength(4)).toThrow(/exceeds the frame/);
  expect(() => reader(0xff, 0xff, 0xff, 0xff, 0x07).compactArrayLength()).toThrow(/exceeds the frame/);
  expect(reader(0xff, 0xff, 0xff, 0xff).arrayLength()).toBe(-1);
  expect(reader(0).compactArrayLength()).toBe(-1);
});

test('skip checks bounds', () => {
  const r = reader(1, 2);
  r.skip(2);
  expect(() => r.skip(1)).toThrow(ProtocolDecodeError);
  expect(() => r.skip(-1)).toThrow(ProtocolDecodeError);
});
