// @samsa/coordinator: coordinators as state machines over internal-topic logs. The runtime (shards, records,
// replay, timers) and the group coordinator (classic protocol, committed offsets).
export * from './runtime/result';
export * from './runtime/errors';
export * from './runtime/scheduler';
export * from './runtime/coordinator-log';
export * from './runtime/runtime';
export * from './group/config';
export * from './group/records';
export { ClassicGroup } from './group/classic/group';
export { ClassicGroupMember, type MemberProtocol } from './group/classic/member';
export { GroupState, type GroupStateName } from './group/classic/state';
export { subscribedTopics, CONSUMER_PROTOCOL_TYPE } from './group/classic/consumer-protocol';
export { OffsetMetadataManager, type OffsetAndMetadata } from './group/offsets';
export { GroupCoordinatorShard } from './group/shard';
export { GroupCoordinatorService, type GroupCoordinatorServiceOptions, type RequestInfo, type PartitionExists } from './group/service';
