/**
 * One partition of `__consumer_offsets` as a state machine (Kafka's GroupCoordinatorShard): its classic groups and
 * their committed offsets, the replay of its records, and the periodic cleanup of expired offsets and of Empty
 * groups left without offsets (offsets.retention.check.interval.ms).
 */
import { ErrorCode, type OffsetDeleteResponseTopic } from '@samsa/protocol';
import { CoordinatorError } from '../runtime/errors';
import { EMPTY_RESULT, type CoordinatorResult } from '../runtime/result';
import type { CoordinatorShard, ShardContext } from '../runtime/runtime';
import type { ReplayMeta } from '../runtime/txn';
import { ClassicGroupManager } from './classic/classic-groups';
import type { ClassicGroup } from './classic/group';
import { GroupState } from './classic/state';
import type { GroupCoordinatorConfig } from './config';
import { OffsetMetadataManager, type CommitTopic, type TopicResult } from './offsets';
import { groupTombstone, type GroupRecord } from './records';

export interface CommitRequest {
  readonly groupId: string;
  readonly generationId: number;
  readonly memberId: string;
  readonly groupInstanceId: string | null;
  readonly retentionTimeMs: number;
  readonly topics: readonly CommitTopic[];
  readonly apiVersion: number;
}

const CLEANUP_KEY = 'cleanup-group-metadata';

export class GroupCoordinatorShard implements CoordinatorShard<GroupRecord> {
  readonly groups: ClassicGroupManager;
  readonly offsets: OffsetMetadataManager;
  readonly #ctx: ShardContext<GroupRecord>;
  readonly #config: GroupCoordinatorConfig;

  constructor(ctx: ShardContext<GroupRecord>, config: GroupCoordinatorConfig) {
    this.#ctx = ctx;
    this.#config = config;
    this.groups = new ClassicGroupManager(ctx, config);
    this.offsets = new OffsetMetadataManager(config);
  }

  replay(record: GroupRecord, meta: ReplayMeta): void {
    if (record.type === 'group-metadata') {
      this.groups.replay(record);
      return;
    }
    // Offsets committed without membership belong to a "simple" group, which exists from its first commit
    // (a pending transactional one included, as in Kafka).
    if (record.value !== null) this.groups.getOrCreateSimpleGroup(record.key.group);
    this.offsets.replay(record, meta);
  }

  replayEndTransactionMarker(producerId: number, _producerEpoch: number, committed: boolean): void {
    this.offsets.replayEndTransactionMarker(producerId, committed);
  }

  onLoaded(): void {
    this.groups.onLoaded();
    this.#scheduleCleanup();
  }

  onUnloaded(): void {
    this.#ctx.timer.cancel(CLEANUP_KEY);
    this.groups.onUnloaded();
  }

  /**
   * OffsetCommit (Kafka's validateOffsetCommit): a commit with generation -1 comes from a consumer without group
   * membership (or an admin) and is accepted while the group is Empty, creating a simple group when needed;
   * otherwise the member and generation must match, and a group completing a rebalance answers
   * REBALANCE_IN_PROGRESS. A commit keeps the member's session alive.
   */
  commitOffsets(req: CommitRequest): CoordinatorResult<TopicResult[], GroupRecord> {
    let group = this.groups.group(req.groupId);
    if (!group) {
      if (req.generationId < 0) {
        group = this.groups.getOrCreateSimpleGroup(req.groupId);
      } else {
        // v9+ says what happened; older versions keep their ILLEGAL_GENERATION.
        throw new CoordinatorError(
          req.apiVersion >= 9 ? 'GROUP_ID_NOT_FOUND' : 'ILLEGAL_GENERATION',
          `group ${req.groupId} not found`,
        );
      }
    }
    validateOffsetCommit(group, req);
    this.groups.touchMember(group, req.memberId);
    return this.offsets.commit(req.groupId, req.topics, req.retentionTimeMs, this.#ctx.scheduler.now());
  }

  /**
   * TxnOffsetCommit (Kafka's validateTransactionalOffsetCommit): a missing group is accepted with generation -1
   * (the group is created by the replay of the records), ILLEGAL_GENERATION otherwise; an existing group checks
   * member and generation as OffsetCommit does, except that, since TxnOffsetCommit v0-2 carry neither, a request
   * without them is accepted in any state, and a group completing a rebalance is no error. The records are
   * appended as one transactional batch by the caller and stay pending until the transaction's marker.
   */
  commitTransactionalOffsets(req: CommitRequest): CoordinatorResult<TopicResult[], GroupRecord> {
    const group = this.groups.group(req.groupId);
    if (!group) {
      if (req.generationId >= 0) throw new CoordinatorError('ILLEGAL_GENERATION', `group ${req.groupId} not found`);
    } else {
      validateOffsetCommit(group, req, true);
    }
    return this.offsets.commit(req.groupId, req.topics, -1, this.#ctx.scheduler.now());
  }

  /** OffsetDelete: the group must exist and, unless it uses the consumer protocol, be Empty. */
  deleteOffsets(
    groupId: string,
    topics: readonly { name: string; partitions: readonly { partitionIndex: number }[] }[],
  ): CoordinatorResult<OffsetDeleteResponseTopic[], GroupRecord> {
    const group = this.groups.group(groupId);
    if (!group || group.is(GroupState.Dead))
      throw new CoordinatorError('GROUP_ID_NOT_FOUND', `group ${groupId} not found`);
    if (!group.is(GroupState.Empty) && !group.usesConsumerProtocol)
      throw new CoordinatorError('NON_EMPTY_GROUP', `group ${groupId} is not empty`);
    return this.offsets.delete(group, topics);
  }

  /** DeleteGroups for the groups of this partition: per group NONE, GROUP_ID_NOT_FOUND or NON_EMPTY_GROUP. */
  deleteGroups(groupIds: readonly string[]): CoordinatorResult<Map<string, number>, GroupRecord> {
    const records: GroupRecord[] = [];
    const results = new Map<string, number>();
    for (const groupId of groupIds) {
      try {
        this.groups.validateDelete(groupId);
        this.offsets.deleteAll(groupId, records);
        records.push(groupTombstone(groupId));
        results.set(groupId, ErrorCode.NONE);
      } catch (err) {
        const name = (err as CoordinatorError).kafkaErrorName;
        results.set(groupId, (ErrorCode as Record<string, number>)[name] ?? ErrorCode.UNKNOWN_SERVER_ERROR);
      }
    }
    return { records, response: results };
  }

  /** Expires offsets and removes Empty groups that no longer have any (Kafka's cleanupGroupMetadata). */
  cleanupGroupMetadata(): CoordinatorResult<void, GroupRecord> {
    const records: GroupRecord[] = [];
    const now = this.#ctx.scheduler.now();
    for (const groupId of this.groups.groupIds()) {
      const group = this.groups.group(groupId) as ClassicGroup;
      const allExpired = this.offsets.cleanupExpired(group, records, now);
      if (allExpired && group.is(GroupState.Empty)) records.push(groupTombstone(groupId));
    }
    if (records.length > 0)
      this.#ctx.logger.info(
        { partition: this.#ctx.partition, records: records.length },
        'expired offsets and empty groups removed',
      );
    this.#scheduleCleanup();
    return records.length === 0 ? EMPTY_RESULT : { records, response: undefined };
  }

  #scheduleCleanup(): void {
    this.#ctx.timer.schedule(CLEANUP_KEY, this.#config.offsetsRetentionCheckIntervalMs, () =>
      this.cleanupGroupMetadata(),
    );
  }
}

function validateOffsetCommit(group: ClassicGroup, req: CommitRequest, transactional = false): void {
  if (group.is(GroupState.Dead)) throw new CoordinatorError('COORDINATOR_NOT_AVAILABLE');
  if (req.generationId < 0 && group.is(GroupState.Empty)) return;
  if (req.generationId >= 0 || req.memberId !== '' || req.groupInstanceId !== null) {
    group.validateMember(req.memberId, req.groupInstanceId);
    if (req.generationId !== group.generationId) throw new CoordinatorError('ILLEGAL_GENERATION');
  } else if (!transactional && !group.is(GroupState.Empty)) {
    // Without member id and generation, offsets may only be committed for a group without members.
    throw new CoordinatorError('UNKNOWN_MEMBER_ID');
  }
  if (!transactional && group.is(GroupState.CompletingRebalance)) throw new CoordinatorError('REBALANCE_IN_PROGRESS');
}
