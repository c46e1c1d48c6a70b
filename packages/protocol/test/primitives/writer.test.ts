import { Reader, Writer, ZERO_COPY_THRESHOLD } from '../../src';

test('small values are packed into one chunk', () => {
  const w = new Writer();
  w.int8(1);
  w.int16(2);
  w.int32(3);
  w.bool(true);
  expect(w.byteLength).toBe(8);
  expect(w.toBuffers()).toHaveLength(1);
  expect(w.toBuffer()).toEqual(Buffer.from([1, 0, 2, 0, 0, 0, 3, 1]));
});

test('large buffers are referenced, not copied', () => {
  const big = Buffer.alloc(ZERO_COPY_THRESHOLD, 5);
  const small = Buffer.from([9, 9]);
  const w = new Writer();
  w.bytes(small);
  w.bytes(big);
  w.int8(7);
  const pieces = w.toBuffers();
  expect(pieces).toHaveLength(3);
  expect(pieces[1]).toBe(big);
  expect(w.byteLength).toBe(4 + 2 + 4 + big.length + 1);
  expect(w.toBuffer().length).toBe(w.byteLength);
});

test('records from a list of buffers are written in order with one length', () => {
  const parts = [Buffer.alloc(2000, 1), Buffer.from([2, 3])];
  const w = new Writer();
  w.records(parts, false);
  const out = w.toBuffer();
  expect(out.readInt32BE(0)).toBe(2002);
  expect(out.subarray(4)).toEqual(Buffer.concat(parts));
  expect(new Reader(out).records(false)).toEqual(Buffer.concat(parts));
});

test('a reserved int32 is filled in later, across chunk boundaries', () => {
  const w = new Writer(16);
  const size = w.reserveInt32();
  for (let i = 0; i < 100; i++) w.int32(i);
  w.raw(Buffer.alloc(4096, 1));
  const tail = w.reserveInt32();
  w.int8(1);
  w.setInt32At(size, w.byteLength - 4);
  w.setInt32At(tail, -7);
  const out = w.toBuffer();
  expect(out.readInt32BE(0)).toBe(out.length - 4);
  expect(out.readInt32BE(tail)).toBe(-7);
  expect(out.readInt32BE(4 + 99 * 4)).toBe(99);
  expect(() => w.setInt32At(out.length + 10, 1)).toThrow(RangeError);
});

test('grows past the initial chunk', () => {
  const w = new Writer(8);
  const s = 'x'.repeat(3000);
  w.string(s);
  w.compactString(s);
  const r = new Reader(w.toBuffer());
  expect(r.string()).toBe(s);
  expect(r.compactString()).toBe(s);
});
