import { readFileSync } from 'node:fs';
import { describeNative, pseudoRandomBytes, thrownBy } from './binding';

// The pure-JS table implementation the native one must agree with.
const jsCrc32c = require('crc-32/crc32c') as { buf(data: Uint8Array, seed?: number): number };
const reference = (b: Uint8Array): number => jsCrc32c.buf(b) >>> 0;

describeNative('crc32c', (native) => {
  it('gives the check value for "123456789"', () => {
    expect(native.crc32c(Buffer.from('123456789'))).toBe(0xe3069283);
  });

  it('is 0 for empty input', () => {
    expect(native.crc32c(Buffer.alloc(0))).toBe(0);
    expect(native.crc32c(Buffer.from('abc'), 3)).toBe(0);
    expect(native.crc32c(Buffer.from('abc'), 1, 0)).toBe(0);
  });

  it('matches the RFC 3720 patterns', () => {
    expect(native.crc32c(Buffer.alloc(32, 0))).toBe(0x8a9136aa);
    expect(native.crc32c(Buffer.alloc(32, 0xff))).toBe(0x62a8ab43);
    expect(native.crc32c(Buffer.from(Array.from({ length: 32 }, (_, i) => i)))).toBe(0x46dd794e);
  });

  it('covers [offset, offset + length) only', () => {
    const buf = Buffer.from('xx123456789yy');
    expect(native.crc32c(buf, 2, 9)).toBe(0xe3069283);
    expect(native.crc32c(buf, 2)).toBe(reference(buf.subarray(2)));
    expect(native.crc32c(buf.subarray(2, 11))).toBe(0xe3069283);
  });

  it('agrees with the JS implementation on 1 MB of random bytes', () => {
    const data = pseudoRandomBytes(1 << 20, 42);
    expect(native.crc32c(data)).toBe(reference(data));
  });

  it('agrees with the JS implementation at every small length and alignment', () => {
    const data = pseudoRandomBytes(30_000, 7);
    for (let offset = 0; offset < 9; offset++) {
      for (const length of [0, 1, 7, 8, 9, 15, 16, 63, 255, 767, 768, 769, 1000, 4096, 24_575, 24_576, 24_600]) {
        expect([offset, length, native.crc32c(data, offset, length)]).toEqual([
          offset,
          length,
          reference(data.subarray(offset, offset + length)),
        ]);
      }
    }
  });

  it('rejects what is not a Buffer with a TypeError', () => {
    expect(thrownBy(() => native.crc32c('123456789' as unknown as Buffer)).name).toBe('TypeError');
    expect(thrownBy(() => native.crc32c(Buffer.from('a'), '0' as unknown as number)).name).toBe('TypeError');
  });

  it('rejects ranges outside the buffer with a RangeError', () => {
    const buf = Buffer.alloc(10);
    expect(thrownBy(() => native.crc32c(buf, 11)).name).toBe('RangeError');
    expect(thrownBy(() => native.crc32c(buf, 5, 6)).name).toBe('RangeError');
    expect(thrownBy(() => native.crc32c(buf, -1)).name).toBe('RangeError');
    expect(thrownBy(() => native.crc32c(buf, 1.5)).name).toBe('RangeError');
    expect(thrownBy(() => native.crc32c(buf, 0, Number.NaN)).name).toBe('RangeError');
  });

  it('reports the implementation, hardware where the CPU has it', () => {
    const impl = native.crc32cImpl();
    expect(['avx512-vpclmulqdq', 'sse4.2', 'armv8', 'table']).toContain(impl);
    if (process.platform === 'linux' && process.arch === 'x64') {
      const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
      const has = (flag: string): boolean => new RegExp(`\\b${flag}\\b`).test(cpuinfo);
      const folding = has('avx512f') && has('vpclmulqdq') && has('pclmulqdq') && has('sse4_2');
      expect(impl).toBe(folding ? 'avx512-vpclmulqdq' : has('sse4_2') ? 'sse4.2' : 'table');
    }
  });
});
