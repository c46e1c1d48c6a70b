// Type declarations for the kafkajs codec packages, which ship none.
declare module 'kafkajs-snappy' {
  /** Returns a kafkajs codec: `{ compress(encoder), decompress(buffer) }`. */
  const SnappyCodec: () => unknown;
  export default SnappyCodec;
}

declare module 'kafkajs-lz4' {
  export default class LZ4Codec {
    constructor(options?: Record<string, unknown>);
    readonly codec: () => unknown;
  }
}
