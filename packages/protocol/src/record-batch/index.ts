// v2 record batches: header layout and in-place rewrites, CRC32C, validation, lazy record
// iteration and an encoder for uncompressed batches; compression codecs; legacy (magic 0/1) message sets.
export * from './batch-header';
export * from './crc32c';
export * from './errors';
export * from './validate-batch';
export * from './records';
export * from './record-scan';
export * from './builder';
export * from './compression';
export * from './legacy';
// compression.ts declares CompressionCodec as both the codec table (batch-header.ts's value) and the codec id type.
export { CompressionCodec } from './compression';
