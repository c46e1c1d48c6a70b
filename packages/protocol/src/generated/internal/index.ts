// Generated from protocol-specs/internal/*.json by scripts/gen-protocol.ts. Do not edit.

export type { InternalRecordCodec } from './codec';
export * from './group-metadata';
export * from './offset-commit';
export * from './transaction-log';
