// Generated from protocol-specs/internal/*.json by scripts/gen-protocol.ts. Do not edit.

export type { InternalRecordCodec } from './codec';
export * from './consumer-group-current-member-assignment';
export * from './consumer-group-member-metadata';
export * from './consumer-group-metadata';
export * from './consumer-group-partition-metadata';
export * from './consumer-group-regular-expression';
export * from './consumer-group-target-assignment-member';
export * from './consumer-group-target-assignment-metadata';
export * from './group-metadata';
export * from './offset-commit';
export * from './share-snapshot';
export * from './transaction-log';
