// v2 record batches: header layout and in-place rewrites, CRC32C, validation, lazy record
// iteration and an encoder for uncompressed batches.
export * from './batch-header';
export * from './crc32c';
export * from './errors';
export * from './validate-batch';
export * from './records';
export * from './builder';
