// Type declarations for the untyped compression libraries, limited to the calls this package makes.

declare module 'lz4' {
  /** LZ4_decompress_safe of one raw block into `output`; returns the bytes written, or a negative number on bad input. */
  export function decodeBlock(input: Buffer, output: Buffer): number;
  /** LZ4_compress_default of one raw block; returns the compressed size (0 when `output` is too small). */
  export function encodeBlock(input: Buffer, output: Buffer): number;
  /** LZ4_compressBound. */
  export function encodeBound(size: number): number;
  /** LZ4 frame encoder (test use: a third-party frame writer). */
  export function encode(input: Buffer, options?: Record<string, unknown>): Buffer;
  /** LZ4 frame decoder (test use: a third-party frame reader). */
  export function decode(input: Buffer): Buffer;
  export const utils: {
    /** XXH32(seed 0) of `data`. */
    blockChecksum(data: Buffer): number;
    /** (XXH32(data) >> 8) & 0xff: the frame descriptor's HC byte. */
    descriptorChecksum(data: Buffer): number;
  };
}

declare module 'snappyjs' {
  /** Raw snappy block decompression; throws on a malformed stream or when the declared length exceeds maxLength. */
  export function uncompress(compressed: Buffer, maxLength?: number): Buffer;
  /** Raw snappy block compression (the varint length preamble included). */
  export function compress(uncompressed: Buffer): Buffer;
}
