import { isUuid, randomUuid, Reader, uuidFromBytes, uuidToBytes, Writer, ZERO_UUID } from '../../src';

test('zero uuid is 16 zero bytes', () => {
  expect(uuidToBytes(ZERO_UUID)).toEqual(Buffer.alloc(16));
  expect(uuidFromBytes(Buffer.alloc(16))).toBe(ZERO_UUID);
});

test('text form is 22 chars of unpadded base64url and round-trips', () => {
  const bytes = Buffer.from('fbfffffffffffffffffffffffffffff0', 'hex');
  const text = uuidFromBytes(bytes);
  expect(text).toHaveLength(22);
  expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
  expect(text.startsWith('-')).toBe(true);
  expect(uuidToBytes(text)).toEqual(bytes);
  const w = new Writer();
  w.uuid(text);
  expect(new Reader(w.toBuffer()).uuid()).toBe(text);
});

test('random uuids are version 4, non-zero, and never start with a dash', () => {
  for (let i = 0; i < 200; i++) {
    const id = randomUuid();
    expect(isUuid(id)).toBe(true);
    expect(id).not.toBe(ZERO_UUID);
    expect(id.startsWith('-')).toBe(false);
    const b = uuidToBytes(id);
    expect(b[6] >> 4).toBe(4);
    expect(b[8] >> 6).toBe(2);
  }
});

test('malformed text is refused', () => {
  expect(isUuid('short')).toBe(false);
  expect(isUuid('AAAAAAAAAAAAAAAAAAAAAB')).toBe(false);
  expect(() => new Writer().uuid('not a uuid')).toThrow(/not a Kafka UUID/);
});
