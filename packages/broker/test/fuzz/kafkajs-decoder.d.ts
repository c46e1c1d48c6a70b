// Types for the two kafkajs 2.2.4 modules the fuzzer decodes stored batches with (src/protocol/decoder.js and
// src/protocol/recordBatch/v0/decoder.js); kafkajs ships types for its public API only.
declare module 'kafkajs/src/protocol/decoder' {
  class Decoder {
    constructor(buffer: Buffer);
  }
  export = Decoder;
}

declare module 'kafkajs/src/protocol/recordBatch/v0/decoder' {
  import type Decoder from 'kafkajs/src/protocol/decoder';
  /** Decodes one v2 batch (decompressing it with the registered codec): every record, headers included. */
  function decodeRecordBatch(decoder: Decoder): Promise<{ readonly records: readonly unknown[] }>;
  export = decodeRecordBatch;
}
