/**
 * The group coordinator's settings, under Kafka's server.properties names, with Kafka's defaults.
 */
export interface GroupCoordinatorConfig {
  /** offsets.topic.num.partitions */
  readonly offsetsTopicPartitions: number;
  /** group.min.session.timeout.ms */
  readonly minSessionTimeoutMs: number;
  /** group.max.session.timeout.ms */
  readonly maxSessionTimeoutMs: number;
  /** group.initial.rebalance.delay.ms */
  readonly initialRebalanceDelayMs: number;
  /** group.max.size */
  readonly maxSize: number;
  /** offset.metadata.max.bytes */
  readonly offsetMetadataMaxBytes: number;
  /** offsets.retention.minutes, in ms */
  readonly offsetsRetentionMs: number;
  /** offsets.retention.check.interval.ms */
  readonly offsetsRetentionCheckIntervalMs: number;
  /**
   * How long a new member's JoinGroup may stay parked before the member is dropped (Kafka's
   * group.classic.new.member.join.timeout.ms is not a broker config; it is fixed at 5 minutes).
   */
  readonly newMemberJoinTimeoutMs: number;
  /** group.consumer.session.timeout.ms: a KIP-848 member that does not heartbeat this long is fenced. */
  readonly consumerGroupSessionTimeoutMs: number;
  /** group.consumer.heartbeat.interval.ms: the interval handed to KIP-848 members. */
  readonly consumerGroupHeartbeatIntervalMs: number;
  /** group.consumer.max.size */
  readonly consumerGroupMaxSize: number;
  /** group.consumer.assignors, as assignor names (`uniform`, `range`); the first is the default. */
  readonly consumerGroupAssignors: readonly string[];
  /** group.consumer.migration.policy */
  readonly consumerGroupMigrationPolicy: MigrationPolicy;
}

/** Kafka's ConsumerGroupMigrationPolicy: which online conversions between classic and consumer groups are allowed. */
export type MigrationPolicy = 'bidirectional' | 'upgrade' | 'downgrade' | 'disabled';

export const isUpgradeEnabled = (p: MigrationPolicy): boolean => p === 'bidirectional' || p === 'upgrade';
export const isDowngradeEnabled = (p: MigrationPolicy): boolean => p === 'bidirectional' || p === 'downgrade';

export const DEFAULT_GROUP_COORDINATOR_CONFIG: GroupCoordinatorConfig = Object.freeze({
  offsetsTopicPartitions: 50,
  minSessionTimeoutMs: 6000,
  maxSessionTimeoutMs: 1_800_000,
  initialRebalanceDelayMs: 3000,
  maxSize: 2_147_483_647,
  offsetMetadataMaxBytes: 4096,
  offsetsRetentionMs: 10080 * 60_000,
  offsetsRetentionCheckIntervalMs: 600_000,
  newMemberJoinTimeoutMs: 300_000,
  consumerGroupSessionTimeoutMs: 45_000,
  consumerGroupHeartbeatIntervalMs: 5000,
  consumerGroupMaxSize: 2_147_483_647,
  consumerGroupAssignors: ['uniform', 'range'],
  consumerGroupMigrationPolicy: 'bidirectional',
});

/**
 * Kafka's partitionFor: `Utils.abs(groupId.hashCode()) % partitions`, with Java's String.hashCode over UTF-16 code
 * units and Utils.abs as `n & 0x7fffffff`, so a group lands on the same partition as on Kafka.
 */
export function partitionFor(key: string, partitions: number): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  return (h & 0x7fffffff) % partitions;
}
