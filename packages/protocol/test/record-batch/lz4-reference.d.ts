// The native lz4 package: the reference LZ4 implementation (liblz4 itself) that the tests hold samsa's frame codec
// against. A development dependency only; the calls the tests make.

declare module 'lz4' {
  /** LZ4 frame encoder (a third-party frame writer). */
  export function encode(input: Buffer, options?: Record<string, unknown>): Buffer;
  /** LZ4 frame decoder (a third-party frame reader). */
  export function decode(input: Buffer): Buffer;
  export const utils: {
    /** XXH32(seed 0) of `data`. */
    blockChecksum(data: Buffer): number;
    /** (XXH32(data) >> 8) & 0xff: the frame descriptor's HC byte. */
    descriptorChecksum(data: Buffer): number;
  };
}
