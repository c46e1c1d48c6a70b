import { ProtocolDecodeError, Reader, sizeOfUvarint, sizeOfVarint, sizeOfVarlong, Writer } from '../../src';

const bytesOf = (write: (w: Writer) => void): Buffer => {
  const w = new Writer();
  write(w);
  return w.toBuffer();
};

test.each([
  [0, [0x00]],
  [-1, [0x01]],
  [1, [0x02]],
  [-64, [0x7f]],
  [64, [0x80, 0x01]],
  [2147483647, [0xfe, 0xff, 0xff, 0xff, 0x0f]],
  [-2147483648, [0xff, 0xff, 0xff, 0xff, 0x0f]],
])('varint %i', (value, bytes) => {
  const encoded = bytesOf((w) => w.varint(value));
  expect([...encoded]).toEqual(bytes);
  expect(sizeOfVarint(value)).toBe(bytes.length);
  expect(new Reader(encoded).varint()).toBe(value);
});

test.each([0, 127, 128, 16383, 16384, 2 ** 31, 2 ** 32 - 1])('uvarint %i', (value) => {
  const encoded = bytesOf((w) => w.uvarint(value));
  expect(encoded.length).toBe(sizeOfUvarint(value));
  expect(new Reader(encoded).uvarint()).toBe(value);
});

test.each([0, -1, 1, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER])(
  'varlong %d',
  (value) => {
    const encoded = bytesOf((w) => w.varlong(value));
    expect(encoded.length).toBe(sizeOfVarlong(value));
    expect(new Reader(encoded).varlong()).toBe(value);
    expect(new Reader(encoded).varlongBigInt()).toBe(BigInt(value));
  },
);

test('varlong over the full int64 range as bigint', () => {
  for (const value of [9223372036854775807n, -9223372036854775808n, 2n ** 53n]) {
    const encoded = bytesOf((w) => w.varlongBigInt(value));
    expect(new Reader(encoded).varlongBigInt()).toBe(value);
    expect(() => new Reader(encoded).varlong()).toThrow(ProtocolDecodeError);
  }
  expect(bytesOf((w) => w.varlongBigInt(-1n))).toEqual(Buffer.from([1]));
});

test('malformed varints are decode errors', () => {
  expect(() => new Reader(Buffer.from([0x80, 0x80])).uvarint()).toThrow(/truncated varint/);
  expect(() => new Reader(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x7f])).uvarint()).toThrow(/longer than 32 bits/);
  expect(() => new Reader(Buffer.from(Array(11).fill(0xff))).varlongBigInt()).toThrow(ProtocolDecodeError);
  expect(() => new Writer().varlong(2 ** 60)).toThrow(/safe integer/);
});
