// @samsa/coordinator: coordinators as state machines over internal-topic logs. The runtime (shards, records,
// replay, timers), the group coordinator (classic and KIP-848 consumer groups, committed offsets) and the
// transaction coordinator.
export * from './runtime/result';
export * from './runtime/errors';
export * from './runtime/scheduler';
export * from './runtime/coordinator-log';
export * from './runtime/runtime';
export * from './runtime/txn';
export * from './group/config';
export * from './group/records';
export { ClassicGroup } from './group/classic/group';
export { ClassicGroupMember, type MemberProtocol } from './group/classic/member';
export { GroupState, type GroupStateName } from './group/classic/state';
export { subscribedTopics, CONSUMER_PROTOCOL_TYPE } from './group/classic/consumer-protocol';
export { OffsetMetadataManager, type OffsetAndMetadata } from './group/offsets';
export { ConsumerGroup, ConsumerGroupState, type ConsumerGroupStateName } from './group/consumer/group';
export { BUILTIN_ASSIGNORS } from './group/consumer/consumer-groups';
export { EMPTY_TOPICS_IMAGE, type TopicImage, type TopicsImage } from './group/consumer/topics';
export { compileTopicRegex } from './group/consumer/regex';
export { GroupCoordinatorShard } from './group/shard';
export {
  GroupCoordinatorService,
  type GroupCoordinatorServiceOptions,
  type GroupSummary,
  type ConsumerGroupAssignments,
  type RequestInfo,
  type PartitionExists,
  type VerifyTransaction,
} from './group/service';
export * from './txn/config';
export * from './txn/state';
export * from './txn/markers';
export {
  txnRecordSerde,
  decodeRecord as decodeTxnRecord,
  type TxnRecord,
  type TransactionLogValue,
} from './txn/records';
export type { TxnMetadata, TopicPartitionRef, TxnPartitions } from './txn/metadata';
export {
  TransactionCoordinatorShard,
  type InitProducerIdResult,
  type EndTxnResult,
  type PartitionError,
} from './txn/shard';
export {
  TransactionCoordinatorService,
  type TransactionCoordinatorServiceOptions,
  type IsCoordinatorFor,
  type DescribedTransaction,
  type ListedTransaction,
  type ListTransactionsResult,
} from './txn/service';
export * from './share/share-partition';
export * from './share/share-groups';
export * from './share/share-state-records';
export { simpleAssign, type MemberTopicPartitions } from './share/simple-assignor';
