// Type declarations for the untyped compression libraries, limited to the calls this package makes.

declare module 'snappyjs' {
  /** Raw snappy block decompression; throws on a malformed stream or when the declared length exceeds maxLength. */
  export function uncompress(compressed: Buffer, maxLength?: number): Buffer;
  /** Raw snappy block compression (the varint length preamble included). */
  export function compress(uncompressed: Buffer): Buffer;
}
