/**
 * One partition of `__consumer_offsets` as a state machine (Kafka's GroupCoordinatorShard): its groups, classic and
 * consumer (KIP-848), their committed offsets, the replay of its records, and the periodic cleanup of expired
 * offsets and of Empty groups left without offsets (offsets.retention.check.interval.ms).
 *
 * A group id names one group of either type; the classic APIs reach a consumer group's classic members (online
 * migration), a ConsumerGroupHeartbeat upgrades a classic group, and an empty group of one type gives way to a new
 * group of the other, as in Kafka's GroupMetadataManager.
 */
import {
  ErrorCode,
  type JoinGroupResponse,
  type ListedGroup,
  type MemberResponse,
  type OffsetDeleteResponseTopic,
  type SyncGroupResponse,
} from '@samsa/protocol';
import { CoordinatorError } from '../runtime/errors';
import { EMPTY_RESULT, type CoordinatorResult } from '../runtime/result';
import type { CoordinatorShard, ShardContext } from '../runtime/runtime';
import type { ReplayMeta } from '../runtime/txn';
import {
  ClassicGroupManager,
  type HeartbeatRequest as ClassicHeartbeatRequest,
  type JoinRequest,
  type LeavingMember,
  type MemberContext,
  type SyncRequest,
} from './classic/classic-groups';
import type { ClassicGroup } from './classic/group';
import type { Respond } from './classic/member';
import { GroupState } from './classic/state';
import type { GroupCoordinatorConfig } from './config';
import { ClassicMembers } from './consumer/classic-members';
import { type Caller, ConsumerGroupManager, type HeartbeatRequest } from './consumer/consumer-groups';
import { ConsumerGroup } from './consumer/group';
import { usesClassicProtocol } from './consumer/member';
import { GroupMigration } from './consumer/migration';
import type { TopicsImage } from './consumer/topics';
import { OffsetMetadataManager, type CommitTopic, type TopicResult } from './offsets';
import { groupTombstone, type GroupRecord } from './records';
import { GroupRegistry } from './registry';

export interface CommitRequest {
  readonly groupId: string;
  /** The generation of a classic group, the member epoch of a consumer group. */
  readonly generationId: number;
  readonly memberId: string;
  readonly groupInstanceId: string | null;
  readonly retentionTimeMs: number;
  readonly topics: readonly CommitTopic[];
  readonly apiVersion: number;
}

type Result<T = void> = CoordinatorResult<T, GroupRecord>;

const CLEANUP_KEY = 'cleanup-group-metadata';

export class GroupCoordinatorShard implements CoordinatorShard<GroupRecord> {
  readonly registry = new GroupRegistry();
  readonly groups: ClassicGroupManager;
  readonly consumer: ConsumerGroupManager;
  readonly classicMembers: ClassicMembers;
  readonly migration: GroupMigration;
  readonly offsets: OffsetMetadataManager;
  readonly #ctx: ShardContext<GroupRecord>;
  readonly #config: GroupCoordinatorConfig;

  constructor(ctx: ShardContext<GroupRecord>, config: GroupCoordinatorConfig, topics: () => TopicsImage) {
    this.#ctx = ctx;
    this.#config = config;
    this.groups = new ClassicGroupManager(ctx, config, this.registry.classic);
    this.consumer = new ConsumerGroupManager(ctx, config, this.registry, topics);
    this.classicMembers = new ClassicMembers(this.consumer, ctx.timer);
    this.migration = new GroupMigration(this.consumer, this.groups, this.registry, () => ctx.scheduler.now());
    this.consumer.downgrades = this.migration;
    this.offsets = new OffsetMetadataManager(config);
  }

  replay(record: GroupRecord, meta: ReplayMeta): void {
    switch (record.type) {
      case 'group-metadata':
        this.groups.replay(record);
        return;
      case 'offset-commit':
        // Offsets committed without membership belong to a "simple" group, which exists from its first commit
        // (a pending transactional one included, as in Kafka).
        if (record.value !== null && !this.registry.has(record.key.group))
          this.groups.getOrCreateSimpleGroup(record.key.group);
        this.offsets.replay(record, meta);
        return;
      default:
        this.consumer.replay(record);
    }
  }

  replayEndTransactionMarker(producerId: number, _producerEpoch: number, committed: boolean): void {
    this.offsets.replayEndTransactionMarker(producerId, committed);
  }

  onLoaded(): void {
    this.groups.onLoaded();
    this.consumer.onLoaded();
    this.#scheduleCleanup();
  }

  onUnloaded(): void {
    this.#ctx.timer.cancel(CLEANUP_KEY);
    this.groups.onUnloaded();
  }

  // --- the classic protocol, routed by group type (Kafka's classicGroupJoin and friends) --------------------

  /**
   * JoinGroup: a non-empty consumer group takes the member as a classic member; an empty one gives way to a new
   * classic group (its tombstones are written, the group goes at once); otherwise the classic state machine.
   */
  join(mctx: MemberContext, req: JoinRequest, respond: Respond<JoinGroupResponse>): Result {
    const group = this.registry.get(req.groupId);
    if (group instanceof ConsumerGroup && !group.isEmpty) return this.classicMembers.join(group, mctx, req, respond);
    const records: GroupRecord[] = [];
    if (group instanceof ConsumerGroup) {
      this.consumer.groupTombstones(group, records);
      this.registry.consumer.delete(group.groupId);
      this.#ctx.logger.info({ groupId: group.groupId }, 'converted the empty consumer group to a classic group');
    }
    const res = this.groups.join(mctx, req, respond);
    return records.length === 0 ? res : { ...res, records: [...records, ...res.records], replay: false };
  }

  sync(req: SyncRequest, respond: Respond<SyncGroupResponse>): Result {
    const group = this.registry.get(req.groupId);
    if (group instanceof ConsumerGroup) {
      if (group.isEmpty) {
        respond({
          errorCode: ErrorCode.UNKNOWN_MEMBER_ID,
          protocolType: null,
          protocolName: null,
          assignment: Buffer.alloc(0),
        });
        return EMPTY_RESULT;
      }
      return this.classicMembers.sync(group, req, respond);
    }
    return this.groups.sync(req, respond);
  }

  heartbeat(req: ClassicHeartbeatRequest): Result<number> {
    const group = this.registry.get(req.groupId);
    if (group instanceof ConsumerGroup) return this.classicMembers.heartbeat(group, req);
    return this.groups.heartbeat(req);
  }

  leave(groupId: string, leaving: readonly LeavingMember[]): Result<{ errorCode: number; members: MemberResponse[] }> {
    const group = this.registry.get(groupId);
    if (group instanceof ConsumerGroup) return this.classicMembers.leave(group, leaving);
    return this.groups.leave(groupId, leaving);
  }

  // --- the consumer protocol ------------------------------------------------------------------------------

  /**
   * ConsumerGroupHeartbeat. Joining (epoch 0) creates the group; an empty classic group gives way to it (its
   * tombstone is written) and a non-empty classic group of the consumer protocol is upgraded (Kafka's
   * getOrMaybeCreateConsumerGroup); any other classic group is GROUP_ID_NOT_FOUND.
   */
  consumerHeartbeat(caller: Caller, req: HeartbeatRequest) {
    const existing = this.registry.get(req.groupId);
    const joining = req.memberEpoch === 0;
    if (existing === undefined || existing instanceof ConsumerGroup) return this.consumer.heartbeat(caller, req, null);
    if (!joining) throw new CoordinatorError('GROUP_ID_NOT_FOUND', `Group ${req.groupId} is not a consumer group.`);
    const records: GroupRecord[] = [];
    let group: ConsumerGroup;
    if (existing.is(GroupState.Empty) || existing.is(GroupState.Dead)) {
      records.push(groupTombstone(existing.groupId));
      group = new ConsumerGroup(existing.groupId);
      this.#ctx.logger.info({ groupId: existing.groupId }, 'converted the empty classic group to a consumer group');
    } else {
      group = this.migration.upgrade(existing, records);
      this.#ctx.logger.info({ groupId: existing.groupId }, 'converted the classic group to a consumer group');
    }
    const res = this.consumer.heartbeat(caller, req, group);
    return { ...res, records: [...records, ...res.records] };
  }

  /**
   * ListGroups: classic groups (type `classic`) and consumer groups (type `consumer`, protocol type `consumer`), in
   * the given states (case-insensitive, each type's own state names) and of the given types; none = all.
   */
  listGroups(statesFilter: readonly string[], typesFilter: readonly string[]): ListedGroup[] {
    const out = this.groups.list(statesFilter, typesFilter);
    const states = new Set(statesFilter.map((s) => s.toLowerCase().trim()));
    const types = new Set(typesFilter.map((t) => t.toLowerCase().trim()));
    if (types.size > 0 && !types.has('consumer')) return out;
    for (const g of this.registry.consumer.values()) {
      if (states.size > 0 && !states.has(g.state.toLowerCase())) continue;
      out.push({ groupId: g.groupId, protocolType: g.protocolType, groupState: g.state, groupType: 'consumer' });
    }
    return out;
  }

  // --- offsets ---------------------------------------------------------------------------------------------

  /**
   * OffsetCommit (Kafka's validateOffsetCommit): a commit with generation -1 comes from a consumer without group
   * membership (or an admin) and is accepted while the group is Empty, creating a simple group when needed;
   * otherwise the member and generation (member epoch) must match, and a classic group completing a rebalance
   * answers REBALANCE_IN_PROGRESS. A commit keeps a classic member's session alive.
   */
  commitOffsets(req: CommitRequest): Result<TopicResult[]> {
    const group = this.registry.get(req.groupId);
    if (!group) {
      if (req.generationId >= 0) {
        // v9+ says what happened; older versions keep their ILLEGAL_GENERATION.
        throw new CoordinatorError(
          req.apiVersion >= 9 ? 'GROUP_ID_NOT_FOUND' : 'ILLEGAL_GENERATION',
          `group ${req.groupId} not found`,
        );
      }
      this.groups.getOrCreateSimpleGroup(req.groupId);
    } else if (group instanceof ConsumerGroup) {
      validateConsumerGroupCommit(group, req, false);
    } else {
      validateOffsetCommit(group, req);
      this.groups.touchMember(group, req.memberId);
    }
    return this.offsets.commit(req.groupId, req.topics, req.retentionTimeMs, this.#ctx.scheduler.now());
  }

  /**
   * TxnOffsetCommit (Kafka's validateTransactionalOffsetCommit): a missing group is accepted with generation -1
   * (the group is created by the replay of the records), ILLEGAL_GENERATION otherwise; a classic group checks
   * member and generation as OffsetCommit does, except that, since TxnOffsetCommit v0-2 carry neither, a request
   * without them is accepted in any state, and a group completing a rebalance is no error; a consumer group checks
   * member and epoch (a stale epoch is ILLEGAL_GENERATION, the only error these versions know). The records are
   * appended as one transactional batch by the caller and stay pending until the transaction's marker.
   */
  commitTransactionalOffsets(req: CommitRequest): Result<TopicResult[]> {
    const group = this.registry.get(req.groupId);
    if (!group) {
      if (req.generationId >= 0) throw new CoordinatorError('ILLEGAL_GENERATION', `group ${req.groupId} not found`);
    } else if (group instanceof ConsumerGroup) {
      validateConsumerGroupCommit(group, req, true);
    } else {
      validateOffsetCommit(group, req, true);
    }
    return this.offsets.commit(req.groupId, req.topics, -1, this.#ctx.scheduler.now());
  }

  /**
   * OffsetFetch v9 with a member id or epoch (Kafka's ConsumerGroup.validateOffsetFetch): in a consumer group the
   * member must exist (UNKNOWN_MEMBER_ID) at that epoch (STALE_MEMBER_EPOCH, ILLEGAL_GENERATION for a classic
   * member). Classic groups and requests without them are not checked.
   */
  validateOffsetFetch(groupId: string, memberId: string | null, memberEpoch: number): void {
    const group = this.registry.get(groupId);
    if (!(group instanceof ConsumerGroup)) return;
    if (memberId === null && memberEpoch < 0) return;
    const member = memberId === null ? undefined : group.member(memberId);
    if (!member)
      throw new CoordinatorError('UNKNOWN_MEMBER_ID', `Member ${memberId} is not a member of group ${groupId}.`);
    if (member.memberEpoch !== memberEpoch)
      throwEpochMismatch(memberEpoch, member.memberEpoch, usesClassicProtocol(member));
  }

  /** OffsetDelete: the group must exist and, if classic and not of the consumer protocol, be Empty. */
  deleteOffsets(
    groupId: string,
    topics: readonly { name: string; partitions: readonly { partitionIndex: number }[] }[],
  ): Result<OffsetDeleteResponseTopic[]> {
    const group = this.registry.get(groupId);
    if (!group || (!(group instanceof ConsumerGroup) && group.is(GroupState.Dead)))
      throw new CoordinatorError('GROUP_ID_NOT_FOUND', `group ${groupId} not found`);
    if (!(group instanceof ConsumerGroup) && !group.is(GroupState.Empty) && !group.usesConsumerProtocol)
      throw new CoordinatorError('NON_EMPTY_GROUP', `group ${groupId} is not empty`);
    return this.offsets.delete(group, topics);
  }

  /** DeleteGroups for the groups of this partition: per group NONE, GROUP_ID_NOT_FOUND or NON_EMPTY_GROUP. */
  deleteGroups(groupIds: readonly string[]): Result<Map<string, number>> {
    const records: GroupRecord[] = [];
    const results = new Map<string, number>();
    for (const groupId of groupIds) {
      try {
        const group = this.registry.get(groupId);
        if (group instanceof ConsumerGroup) {
          this.consumer.validateDelete(group);
          this.offsets.deleteAll(groupId, records);
          this.consumer.groupTombstones(group, records);
        } else {
          this.groups.validateDelete(groupId);
          this.offsets.deleteAll(groupId, records);
          records.push(groupTombstone(groupId));
        }
        results.set(groupId, ErrorCode.NONE);
      } catch (err) {
        const name = (err as CoordinatorError).errorName;
        results.set(groupId, (ErrorCode as Record<string, number>)[name] ?? ErrorCode.UNKNOWN_SERVER_ERROR);
      }
    }
    return { records, response: results };
  }

  /** Expires offsets and removes Empty groups that no longer have any (Kafka's cleanupGroupMetadata). */
  cleanupGroupMetadata(): Result {
    const records: GroupRecord[] = [];
    const now = this.#ctx.scheduler.now();
    for (const groupId of this.registry.ids()) {
      const group = this.registry.get(groupId);
      if (group === undefined) continue;
      const allExpired = this.offsets.cleanupExpired(group, records, now);
      if (!allExpired) continue;
      if (group instanceof ConsumerGroup) {
        if (group.isEmpty) this.consumer.groupTombstones(group, records);
      } else if (group.is(GroupState.Empty)) records.push(groupTombstone(groupId));
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

/**
 * Kafka's ConsumerGroup.validateOffsetCommit: epoch -1 is accepted while the group has no members (admins,
 * consumers without membership); otherwise the member must exist and commit at its epoch. A consumer-protocol
 * member must use OffsetCommit v9+ (UNSUPPORTED_VERSION); a stale epoch is STALE_MEMBER_EPOCH for it (v9+), or
 * ILLEGAL_GENERATION for a classic member and for transactional commits.
 */
function validateConsumerGroupCommit(group: ConsumerGroup, req: CommitRequest, transactional: boolean): void {
  if (req.generationId < 0 && group.size === 0) return;
  const member = group.member(req.memberId);
  if (!member)
    throw new CoordinatorError(
      'UNKNOWN_MEMBER_ID',
      `Member ${req.memberId} is not a member of group ${group.groupId}.`,
    );
  const classic = usesClassicProtocol(member);
  if (!transactional && !classic && req.apiVersion < 9)
    throw new CoordinatorError(
      'UNSUPPORTED_VERSION',
      'OffsetCommit version 9 or above must be used by members using the modern group protocol',
    );
  if (req.generationId !== member.memberEpoch)
    throwEpochMismatch(req.generationId, member.memberEpoch, classic || transactional);
}

function throwEpochMismatch(received: number, expected: number, classic: boolean): never {
  if (classic)
    throw new CoordinatorError(
      'ILLEGAL_GENERATION',
      `The received generation id ${received} does not match the expected member epoch ${expected}.`,
    );
  throw new CoordinatorError(
    'STALE_MEMBER_EPOCH',
    `The received member epoch ${received} does not match the expected member epoch ${expected}.`,
  );
}
