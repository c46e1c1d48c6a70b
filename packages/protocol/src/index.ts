// @samsa/protocol: Kafka's wire format without I/O. Primitives, the generated per-API codecs, request and
// response headers, the error table, and record batches.
export * from './api-codec';
export * from './errors';
export * from './kafka-error';
export * from './primitives';
export * from './generated';
export * from './request-header';
export * from './response-header';
export * from './record-batch';
