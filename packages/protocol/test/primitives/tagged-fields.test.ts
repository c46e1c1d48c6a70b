import {
  readRawTaggedFields,
  Reader,
  skipTaggedFields,
  writeEmptyTaggedFields,
  writeRawTaggedFields,
  writeTaggedField,
  Writer,
} from '../../src';

test('an empty section is one zero byte', () => {
  const w = new Writer();
  writeEmptyTaggedFields(w);
  expect(w.toBuffer()).toEqual(Buffer.from([0]));
});

test('fields are written as tag, size, value and read back as views', () => {
  const w = new Writer();
  w.uvarint(2);
  writeTaggedField(w, 0, (t) => t.int32(7));
  writeTaggedField(w, 300, (t) => t.compactString('ab'));
  const buf = w.toBuffer();
  expect([...buf]).toEqual([2, 0, 4, 0, 0, 0, 7, 0xac, 0x02, 3, 3, 0x61, 0x62]);
  const r = new Reader(buf);
  const fields = readRawTaggedFields(r);
  expect(fields.map((f) => f.tag)).toEqual([0, 300]);
  expect(fields[0].data.readInt32BE(0)).toBe(7);
  expect(r.remaining).toBe(0);
  const copy = new Writer();
  writeRawTaggedFields(copy, [fields[1], fields[0]]);
  expect(copy.toBuffer()).toEqual(buf);
  const s = new Reader(buf);
  skipTaggedFields(s);
  expect(s.remaining).toBe(0);
});

test('out-of-order tags and oversized fields are decode errors', () => {
  expect(() => readRawTaggedFields(new Reader(Buffer.from([2, 5, 0, 1, 0])))).toThrow(/out of order/);
  expect(() => readRawTaggedFields(new Reader(Buffer.from([1, 0, 9, 1])))).toThrow(/truncated/);
});
