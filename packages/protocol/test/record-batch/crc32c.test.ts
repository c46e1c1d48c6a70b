import { crc32c, crc32cPortable, setCrc32cImplementation, crc32cImplementationName } from '../../src/record-batch';

describe('crc32c', () => {
  it('matches the standard check value for "123456789"', () => {
    expect(crc32c(Buffer.from('123456789'))).toBe(0xe3069283);
  });

  it('matches known vectors (RFC 3720 B.4)', () => {
    expect(crc32c(Buffer.alloc(32, 0))).toBe(0x8a9136aa);
    expect(crc32c(Buffer.alloc(32, 0xff))).toBe(0x62a8ab43);
    const inc = Buffer.alloc(32);
    for (let i = 0; i < 32; i++) inc[i] = i;
    expect(crc32c(inc)).toBe(0x46dd794e);
  });

  it('agrees with a bytewise reference over random sub-ranges', () => {
    const ref = (b: Buffer, s: number, e: number): number => {
      let c = 0xffffffff;
      for (let i = s; i < e; i++) {
        c ^= b[i];
        for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
      }
      return (c ^ 0xffffffff) >>> 0;
    };
    const buf = Buffer.alloc(1000);
    for (let i = 0; i < buf.length; i++) buf[i] = (i * 7919 + 13) & 0xff;
    for (const [s, e] of [
      [0, 0],
      [0, 1],
      [3, 11],
      [5, 1000],
      [17, 523],
    ]) {
      expect(crc32cPortable(buf, s, e)).toBe(ref(buf, s, e));
    }
    // Views at every alignment of their memory, over ranges shorter and longer than one 16-byte block.
    const backing = Buffer.alloc(300);
    for (let i = 0; i < backing.length; i++) backing[i] = (i * 131 + 7) & 0xff;
    for (let offset = 0; offset < 8; offset++) {
      const view = backing.subarray(offset);
      for (const [s, e] of [
        [0, 15],
        [1, 17],
        [2, 64],
        [3, 255],
        [0, view.length],
      ]) {
        expect(crc32cPortable(view, s, e)).toBe(ref(view, s, e));
      }
    }
  });

  it('routes through a plugged-in implementation and can be restored', () => {
    setCrc32cImplementation(() => 42, 'fake');
    expect(crc32c(Buffer.from('x'))).toBe(42);
    expect(crc32cImplementationName()).toBe('fake');
    setCrc32cImplementation(null);
    expect(crc32c(Buffer.from('123456789'))).toBe(0xe3069283);
    expect(crc32cImplementationName()).toBe('portable');
  });
});
