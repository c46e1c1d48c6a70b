/**
 * The KIP-848 consumer group protocol, as Kafka's GroupMetadataManager runs it for consumer groups: every
 * ConsumerGroupHeartbeat (1) creates or updates the member, bumping the group epoch when its subscription (or the
 * subscribed topics' metadata) changed, (2) recomputes the target assignment when the group epoch is ahead of it,
 * (3) moves the member one reconciliation step towards its target, and answers with its epoch and, when it changed
 * (or the request was a full one), its assignment. No group-wide barrier: each member advances on its own heartbeats.
 *
 * Operations return records and never touch the group directly: the records are replayed (`replay`) after they are
 * appended, at run time and at start-up alike. Soft state only (timers, the metadata refresh flag) changes in place.
 *
 * Timers per member: the session (`session-timeout-<group>-<member>`, group.consumer.session.timeout.ms, or the
 * classic session timeout of a classic member) and, while it must revoke partitions, its rebalance timeout
 * (`rebalance-timeout-...`); both fence the member. Classic members also have join and sync timeouts.
 *
 * Regular expressions are resolved against the topics in a write of their own before and after a heartbeat
 * (Kafka resolves them asynchronously and writes the result the same way), so a new regex is resolved right after
 * the heartbeat that brings it, and topics created or deleted are picked up by the next heartbeat.
 */
import {
  ErrorCode,
  randomUuid,
  type ConsumerGroupDescribeMessages,
  type ConsumerGroupHeartbeatResponse,
} from '@samsa/protocol';
import type { Logger } from 'pino';
import { CoordinatorError } from '../../runtime/errors';
import { EMPTY_RESULT, type CoordinatorResult } from '../../runtime/result';
import type { ShardContext } from '../../runtime/runtime';
import type { GroupCoordinatorConfig } from '../config';
import type { ConsumerGroupRecord, GroupRecord } from '../records';
import type { GroupRegistry } from '../registry';
import {
  type Assignment,
  assignmentEquals,
  assignmentFromList,
  assignmentToList,
  assignmentToString,
  EMPTY_ASSIGNMENT,
} from './assignment';
import type { PartitionAssignor } from './assignors/assignor';
import { rangeAssignor } from './assignors/range';
import { uniformAssignor } from './assignors/uniform';
import { reconcile } from './current-assignment';
import { ConsumerGroup, type ResolvedRegex } from './group';
import {
  type ConsumerGroupMember,
  isReconciledTo,
  LEAVE_GROUP_MEMBER_EPOCH,
  LEAVE_GROUP_STATIC_MEMBER_EPOCH,
  MemberState,
  memberStateFromByte,
  memberStateName,
  newMember,
  reconciliationEquals,
  sameList,
  subscriptionEquals,
  usesClassicProtocol,
} from './member';
import {
  currentAssignmentRecord,
  currentAssignmentTombstone,
  groupEpochRecord,
  groupEpochTombstone,
  memberSubscriptionRecord,
  memberSubscriptionTombstone,
  partitionMetadataTombstone,
  regexRecord,
  regexTombstone,
  targetAssignmentEpochTombstone,
  targetAssignmentTombstone,
} from './records';
import { compileTopicRegex, resolveRegex } from './regex';
import { computeTargetAssignment } from './target-assignment';
import { metadataHash, type TopicsImage } from './topics';

export type Result<T = void> = CoordinatorResult<T, GroupRecord>;
export type DescribedConsumerGroup = ConsumerGroupDescribeMessages.DescribedGroup;

/** The built-in assignors, by the names `group.consumer.assignors` and ServerAssignor use. */
export const BUILTIN_ASSIGNORS: ReadonlyMap<string, PartitionAssignor> = new Map([
  [uniformAssignor.name, uniformAssignor],
  [rangeAssignor.name, rangeAssignor],
]);

export interface HeartbeatRequest {
  readonly groupId: string;
  readonly memberId: string;
  readonly memberEpoch: number;
  readonly instanceId: string | null;
  readonly rackId: string | null;
  readonly rebalanceTimeoutMs: number;
  readonly subscribedTopicNames: readonly string[] | null;
  readonly subscribedTopicRegex: string | null;
  readonly serverAssignor: string | null;
  readonly topicPartitions: readonly { readonly topicId: string; readonly partitions: readonly number[] }[] | null;
}

export interface Caller {
  readonly clientId: string;
  readonly clientHost: string;
}

/** How the classic side takes over a group a consumer group becomes (the online downgrade). */
export interface DowngradeHandler {
  downgrade(group: ConsumerGroup, leaving: readonly ConsumerGroupMember[], records: GroupRecord[]): Result;
}

const isNotEmpty = (s: string | null): s is string => s !== null && s !== '';

export const sessionTimeoutKey = (groupId: string, memberId: string): string =>
  `session-timeout-${groupId}-${memberId}`;
export const rebalanceTimeoutKey = (groupId: string, memberId: string): string =>
  `rebalance-timeout-${groupId}-${memberId}`;
export const joinTimeoutKey = (groupId: string, memberId: string): string =>
  `consumer-group-join-${groupId}-${memberId}`;
export const syncTimeoutKey = (groupId: string, memberId: string): string =>
  `consumer-group-sync-${groupId}-${memberId}`;

export class ConsumerGroupManager {
  readonly #ctx: ShardContext<GroupRecord>;
  readonly #config: GroupCoordinatorConfig;
  readonly #groups: GroupRegistry;
  readonly #topics: () => TopicsImage;
  readonly #log: Logger;
  readonly #assignors: ReadonlyMap<string, PartitionAssignor>;
  readonly #defaultAssignor: PartitionAssignor;
  readonly #compiled = new Map<string, RegExp>();
  downgrades: DowngradeHandler | null = null;

  constructor(
    ctx: ShardContext<GroupRecord>,
    config: GroupCoordinatorConfig,
    groups: GroupRegistry,
    topics: () => TopicsImage,
  ) {
    this.#ctx = ctx;
    this.#config = config;
    this.#groups = groups;
    this.#topics = topics;
    this.#log = ctx.logger;
    const assignors = new Map<string, PartitionAssignor>();
    for (const name of config.consumerGroupAssignors) {
      const a = BUILTIN_ASSIGNORS.get(name);
      if (!a) throw new Error(`unknown consumer group assignor ${name}`);
      assignors.set(name, a);
    }
    this.#assignors = assignors;
    this.#defaultAssignor = [...assignors.values()][0] ?? uniformAssignor;
  }

  get #now(): number {
    return this.#ctx.scheduler.now();
  }

  get topics(): TopicsImage {
    return this.#topics();
  }

  get config(): GroupCoordinatorConfig {
    return this.#config;
  }

  get defaultAssignorName(): string {
    return this.#defaultAssignor.name;
  }

  get assignorNames(): string[] {
    return [...this.#assignors.keys()];
  }

  group(groupId: string): ConsumerGroup | undefined {
    return this.#groups.consumer.get(groupId);
  }

  groupIds(): string[] {
    return [...this.#groups.consumer.keys()];
  }

  /** Kafka's consumerGroup(id): the consumer group, or GROUP_ID_NOT_FOUND. */
  consumerGroupOrThrow(groupId: string): ConsumerGroup {
    const g = this.#groups.get(groupId);
    if (g === undefined) throw new CoordinatorError('GROUP_ID_NOT_FOUND', `Group ${groupId} not found.`);
    if (!(g instanceof ConsumerGroup))
      throw new CoordinatorError('GROUP_ID_NOT_FOUND', `Group ${groupId} is not a consumer group.`);
    return g;
  }

  // --- ConsumerGroupHeartbeat ----------------------------------------------------------------------------

  /**
   * A heartbeat: -1 and -2 leave (a static member's -2 keeps its place for its session timeout), any other epoch
   * is a regular heartbeat. `group` is the group to heartbeat into when the caller created or converted one (a
   * classic group upgrading); otherwise the registry's.
   */
  heartbeat(
    caller: Caller,
    req: HeartbeatRequest,
    group: ConsumerGroup | null,
  ): Result<ConsumerGroupHeartbeatResponse> {
    if (req.memberEpoch === LEAVE_GROUP_MEMBER_EPOCH || req.memberEpoch === LEAVE_GROUP_STATIC_MEMBER_EPOCH)
      return this.#leave(req);
    return this.#heartbeat(caller, req, group);
  }

  #heartbeat(
    caller: Caller,
    req: HeartbeatRequest,
    given: ConsumerGroup | null,
  ): Result<ConsumerGroupHeartbeatResponse> {
    const records: GroupRecord[] = [];
    const create = req.memberEpoch === 0;
    const group = given ?? this.#groups.consumer.get(req.groupId) ?? (create ? new ConsumerGroup(req.groupId) : null);
    if (group === null) throw new CoordinatorError('GROUP_ID_NOT_FOUND', `Consumer group ${req.groupId} not found.`);
    const memberId = req.memberId === '' ? randomUuid() : req.memberId;
    this.throwIfFull(group, memberId);
    const owned = req.topicPartitions === null ? null : assignmentFromList(req.topicPartitions);
    const member =
      req.instanceId === null
        ? this.dynamicMember(group, memberId, req.memberEpoch, owned, create, false)
        : this.staticMember(group, memberId, req.memberEpoch, req.instanceId, owned, create, false, records);

    let updated: ConsumerGroupMember = {
      ...member,
      instanceId: req.instanceId ?? member.instanceId,
      rackId: req.rackId ?? member.rackId,
      rebalanceTimeoutMs: req.rebalanceTimeoutMs !== -1 ? req.rebalanceTimeoutMs : member.rebalanceTimeoutMs,
      serverAssignorName: req.serverAssignor ?? member.serverAssignorName,
      subscribedTopicNames: req.subscribedTopicNames ?? member.subscribedTopicNames,
      subscribedTopicRegex: req.subscribedTopicRegex ?? member.subscribedTopicRegex,
      clientId: caller.clientId,
      clientHost: caller.clientHost,
      classicMemberMetadata: null,
    };
    const namesChanged = this.writeSubscription(group, member, updated, records);
    const regex = this.updateRegex(group, member, updated, records);
    // A new group moves away from epoch 0 at once; a subscription change bumps the epoch (a new regex only once
    // resolved: its resolution bumps it).
    const bump = group.groupEpoch === 0 || namesChanged || regex === 'updated-and-resolved';
    let groupEpoch = group.groupEpoch;
    if (bump || group.metadataRefreshRequested)
      groupEpoch = this.updateSubscriptionMetadata(group, bump, member, updated, records);

    let targetEpoch: number;
    let target: Assignment;
    if (groupEpoch > group.assignmentEpoch) {
      target = this.updateTargetAssignment(group, groupEpoch, member, updated, records);
      targetEpoch = groupEpoch;
    } else {
      targetEpoch = group.assignmentEpoch;
      target = group.targetAssignmentOf(updated.memberId, updated.instanceId);
    }
    updated = this.maybeReconcile(group, updated, targetEpoch, target, owned, records);
    this.scheduleSessionTimeout(group.groupId, updated.memberId, this.#config.consumerGroupSessionTimeoutMs);

    // The assignment goes back when the member joins, sends a full request (after an error it resends everything),
    // or its assignment changed.
    const full =
      req.rebalanceTimeoutMs !== -1 &&
      (req.subscribedTopicNames !== null || req.subscribedTopicRegex !== null) &&
      req.topicPartitions !== null;
    const withAssignment =
      req.memberEpoch === 0 || full || !assignmentEquals(member.assignedPartitions, updated.assignedPartitions);
    return {
      records,
      response: {
        throttleTimeMs: 0,
        errorCode: ErrorCode.NONE,
        errorMessage: null,
        memberId: updated.memberId,
        memberEpoch: updated.memberEpoch,
        heartbeatIntervalMs: this.#config.consumerGroupHeartbeatIntervalMs,
        assignment: withAssignment ? { topicPartitions: assignmentToList(updated.assignedPartitions) } : null,
      },
    };
  }

  /** Kafka's throwIfConsumerGroupIsFull: a member not yet in the group is refused at group.consumer.max.size. */
  throwIfFull(group: ConsumerGroup, memberId: string): void {
    if (group.size >= this.#config.consumerGroupMaxSize && (memberId === '' || !group.hasMember(memberId))) {
      throw new CoordinatorError(
        'GROUP_MAX_SIZE_REACHED',
        `The consumer group has reached its maximum capacity of ${this.#config.consumerGroupMaxSize} members.`,
      );
    }
  }

  /** Kafka's getOrMaybeSubscribeDynamicConsumerGroupMember. */
  dynamicMember(
    group: ConsumerGroup,
    memberId: string,
    memberEpoch: number,
    owned: Assignment | null,
    create: boolean,
    classic: boolean,
  ): ConsumerGroupMember {
    const member = group.getOrCreateMember(memberId, create);
    if (!member)
      throw new CoordinatorError('UNKNOWN_MEMBER_ID', `Member ${memberId} is not a member of group ${group.groupId}.`);
    if (!classic) throwIfEpochIsInvalid(member, memberEpoch, owned);
    if (create && !group.hasMember(memberId))
      this.#log.info(
        { groupId: group.groupId, memberId, protocol: classic ? 'classic' : 'consumer' },
        'member joins the consumer group',
      );
    return member;
  }

  /**
   * Kafka's getOrMaybeSubscribeStaticConsumerGroupMember: a new instance id joins; a known one rejoining (epoch 0)
   * with a new member id replaces its previous member only once that one left temporarily (epoch -2), else
   * UNRELEASED_INSTANCE_ID; the replacement keeps its predecessor's assignment, so a restart does not rebalance.
   */
  staticMember(
    group: ConsumerGroup,
    memberId: string,
    memberEpoch: number,
    instanceId: string,
    owned: Assignment | null,
    create: boolean,
    classic: boolean,
    records: GroupRecord[],
  ): ConsumerGroupMember {
    const existing = group.staticMember(instanceId);
    if (create) {
      if (existing === undefined) {
        this.#log.info(
          { groupId: group.groupId, memberId, instanceId, protocol: classic ? 'classic' : 'consumer' },
          'static member joins the consumer group',
        );
        return group.getOrCreateMember(memberId, true) as ConsumerGroupMember;
      }
      if (existing.memberId === memberId) return existing;
      if (!classic && !usesClassicProtocol(existing) && existing.memberEpoch !== LEAVE_GROUP_STATIC_MEMBER_EPOCH) {
        this.#log.info(
          { groupId: group.groupId, memberId, instanceId, owner: existing.memberId },
          'static member cannot join: its instance id is still in use',
        );
        throw new CoordinatorError(
          'UNRELEASED_INSTANCE_ID',
          `Static member ${memberId} with instance id ${instanceId} cannot join the group because the instance id is owned by ${existing.memberId} member.`,
        );
      }
      const replacement: ConsumerGroupMember = { ...existing, memberId, memberEpoch: 0, previousMemberEpoch: 0 };
      this.replaceMember(records, group, existing, replacement);
      this.#log.info(
        { groupId: group.groupId, instanceId, memberId, replaced: existing.memberId },
        'static member rejoins the consumer group with a new member id',
      );
      return replacement;
    }
    if (existing === undefined)
      throw new CoordinatorError('UNKNOWN_MEMBER_ID', `Instance id ${instanceId} is unknown.`);
    throwIfInstanceIdIsFenced(existing, memberId, instanceId);
    if (!classic) throwIfEpochIsInvalid(existing, memberEpoch, owned);
    return existing;
  }

  /** Kafka's replaceMember: the old member's tombstones, then the new member with the old target assignment. */
  replaceMember(
    records: GroupRecord[],
    group: ConsumerGroup,
    old: ConsumerGroupMember,
    replacement: ConsumerGroupMember,
  ): void {
    this.removeMemberRecords(records, group.groupId, old.memberId);
    records.push(memberSubscriptionRecord(group.groupId, replacement));
    records.push(targetAssignmentRecordOf(group, old.memberId, replacement.memberId));
    records.push(currentAssignmentRecord(group.groupId, replacement));
  }

  /** Writes the member's subscription record when it changed; true when its topic names changed. */
  writeSubscription(
    group: ConsumerGroup,
    member: ConsumerGroupMember,
    updated: ConsumerGroupMember,
    records: GroupRecord[],
  ): boolean {
    if (subscriptionEquals(member, updated)) return false;
    records.push(memberSubscriptionRecord(group.groupId, updated));
    return !sameList(member.subscribedTopicNames, updated.subscribedTopicNames);
  }

  /**
   * Kafka's maybeUpdateRegularExpressions, less the resolution (a write of its own, `refreshRegexes`): a regex no
   * other member uses is tombstoned when its member moves away from it; a new regex is validated (RE2/J syntax).
   */
  updateRegex(
    group: ConsumerGroup,
    member: ConsumerGroupMember,
    updated: ConsumerGroupMember,
    records: GroupRecord[],
  ): 'unchanged' | 'updated' | 'updated-and-resolved' {
    const oldRegex = member.subscribedTopicRegex;
    const newRegex = updated.subscribedTopicRegex;
    if (oldRegex === newRegex) return 'unchanged';
    let status: 'updated' | 'updated-and-resolved' = 'updated';
    if (isNotEmpty(oldRegex) && group.numSubscribedMembers(oldRegex) === 1 && group.hasMember(member.memberId)) {
      records.push(regexTombstone(group.groupId, oldRegex));
    }
    if (isNotEmpty(newRegex)) {
      if (group.numSubscribedMembers(newRegex) === 0) this.#compile(newRegex);
      else if (group.resolvedRegex(newRegex) !== undefined) status = 'updated-and-resolved';
    } else if (isNotEmpty(oldRegex)) status = 'updated-and-resolved';
    return status;
  }

  #compile(regex: string): RegExp {
    let compiled = this.#compiled.get(regex);
    if (!compiled) {
      compiled = compileTopicRegex(regex);
      if (this.#compiled.size > 10_000) this.#compiled.clear();
      this.#compiled.set(regex, compiled);
    }
    return compiled;
  }

  /**
   * Kafka's updateSubscriptionMetadata: recomputes the hash of the subscribed topics' metadata (with `updated` in
   * place of `member`); a different hash, or `bump`, moves the group to the next epoch. Returns the group epoch.
   */
  updateSubscriptionMetadata(
    group: ConsumerGroup,
    bump: boolean,
    member: ConsumerGroupMember | null,
    updated: ConsumerGroupMember | null,
    records: GroupRecord[],
  ): number {
    const topics = subscribedTopicsWith(group, member, updated);
    const hash = metadataHash(topics, this.#topics());
    let epoch = group.groupEpoch;
    if (bump || hash !== group.metadataHash) {
      epoch += 1;
      records.push(groupEpochRecord(group.groupId, epoch, hash));
      this.#log.info({ groupId: group.groupId, groupEpoch: epoch }, 'bumped the consumer group epoch');
      if (group.hasPartitionMetadataRecord) records.push(partitionMetadataTombstone(group.groupId));
    }
    group.metadataRefreshRequested = false;
    return epoch;
  }

  /** Kafka's updateTargetAssignment with the group's preferred assignor; returns `updated`'s new target. */
  updateTargetAssignment(
    group: ConsumerGroup,
    groupEpoch: number,
    member: ConsumerGroupMember | null,
    updated: ConsumerGroupMember,
    records: GroupRecord[],
  ): Assignment {
    const name = group.preferredServerAssignor(member, updated) ?? this.#defaultAssignor.name;
    const assignor = this.#assignors.get(name) ?? this.#defaultAssignor;
    const changes = new Map<string, ConsumerGroupMember | null>([[updated.memberId, updated]]);
    const previous = group.staticMemberId(updated.instanceId);
    if (previous !== undefined && previous !== updated.memberId) changes.set(previous, null);
    const started = this.#now;
    const result = computeTargetAssignment(group, groupEpoch, assignor, this.#topics(), changes);
    records.push(...result.records);
    this.#log.info(
      { groupId: group.groupId, groupEpoch, assignor: assignor.name, ms: this.#now - started },
      'computed a new target assignment',
    );
    return result.assignments.get(updated.memberId) ?? EMPTY_ASSIGNMENT;
  }

  /** Kafka's maybeReconcile: one reconciliation step, recorded when it changed something. */
  maybeReconcile(
    group: ConsumerGroup,
    member: ConsumerGroupMember,
    targetEpoch: number,
    target: Assignment,
    owned: Assignment | null,
    records: GroupRecord[],
  ): ConsumerGroupMember {
    if (isReconciledTo(member, targetEpoch)) return member;
    const next = reconcile(member, {
      targetAssignmentEpoch: targetEpoch,
      targetAssignment: target,
      partitionEpoch: (t, p) => group.partitionEpoch(t, p),
      ownedTopicPartitions: owned,
    });
    if (reconciliationEquals(next, member)) return next;
    records.push(currentAssignmentRecord(group.groupId, next));
    this.#log.debug(
      {
        groupId: group.groupId,
        memberId: next.memberId,
        memberEpoch: next.memberEpoch,
        state: memberStateName(next.state),
        assigned: assignmentToString(next.assignedPartitions),
        revoking: assignmentToString(next.partitionsPendingRevocation),
      },
      'member assignment changed',
    );
    if (!usesClassicProtocol(next)) {
      if (next.state === MemberState.UNREVOKED_PARTITIONS)
        this.scheduleRebalanceTimeout(group.groupId, next.memberId, next.memberEpoch, next.rebalanceTimeoutMs);
      else this.#ctx.timer.cancel(rebalanceTimeoutKey(group.groupId, next.memberId));
    }
    return next;
  }

  // --- regular expressions ---------------------------------------------------------------------------------

  /**
   * Resolves the group's regexes that were never resolved, or were resolved before the topics last changed (Kafka's
   * handleRegularExpressionsResult): each gets a record with its topics, and a change of what they match (or of
   * the subscribed topics' metadata) bumps the group epoch.
   */
  refreshRegexes(groupId: string): Result {
    const group = this.#groups.consumer.get(groupId);
    if (!group || group.subscribedRegexes.size === 0) return EMPTY_RESULT;
    const topics = this.#topics();
    const records: GroupRecord[] = [];
    const names = group.subscribedTopicNames();
    let bump = false;
    for (const regex of group.subscribedRegexes.keys()) {
      const old = group.resolvedRegex(regex);
      if (old !== undefined && old.version >= topics.version) continue;
      let compiled: RegExp;
      try {
        compiled = this.#compile(regex);
      } catch (err) {
        this.#log.warn({ groupId, regex, err: (err as Error).message }, 'cannot resolve a subscribed regex');
        continue;
      }
      const matched = new Set(resolveRegex(compiled, topics.names()));
      const count = group.numSubscribedMembers(regex);
      if (old === undefined || !sameSet(old.topics, matched)) {
        bump = true;
        for (const t of old?.topics ?? []) names.set(t, (names.get(t) ?? 0) - count);
        for (const t of matched) names.set(t, (names.get(t) ?? 0) + count);
      }
      const resolved: ResolvedRegex = { topics: matched, version: topics.version, timestamp: this.#now };
      records.push(regexRecord(groupId, regex, resolved));
    }
    if (records.length === 0) return EMPTY_RESULT;
    const subscribed = [...names].filter(([, n]) => n > 0).map(([t]) => t);
    const hash = metadataHash(subscribed, topics);
    if (bump || hash !== group.metadataHash) {
      records.push(groupEpochRecord(groupId, group.groupEpoch + 1, hash));
      this.#log.info(
        { groupId, groupEpoch: group.groupEpoch + 1 },
        'resolved the subscribed regexes; bumped the group epoch',
      );
    }
    return { records, response: undefined };
  }

  // --- leaving and fencing ---------------------------------------------------------------------------------

  #leave(req: HeartbeatRequest): Result<ConsumerGroupHeartbeatResponse> {
    const group = this.consumerGroupOrThrow(req.groupId);
    const response = (memberId: string, memberEpoch: number): ConsumerGroupHeartbeatResponse => ({
      throttleTimeMs: 0,
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      memberId,
      memberEpoch,
      heartbeatIntervalMs: 0,
      assignment: null,
    });
    if (req.instanceId === null) {
      const member = group.member(req.memberId);
      if (!member)
        throw new CoordinatorError(
          'UNKNOWN_MEMBER_ID',
          `Member ${req.memberId} is not a member of group ${group.groupId}.`,
        );
      this.#log.info({ groupId: group.groupId, memberId: member.memberId }, 'member left the consumer group');
      return this.fenceMembers(group, [member], response(req.memberId, req.memberEpoch));
    }
    const member = group.staticMember(req.instanceId);
    if (!member) throw new CoordinatorError('UNKNOWN_MEMBER_ID', `Instance id ${req.instanceId} is unknown.`);
    throwIfInstanceIdIsFenced(member, req.memberId, req.instanceId);
    if (req.memberEpoch === LEAVE_GROUP_STATIC_MEMBER_EPOCH) {
      this.#log.info(
        { groupId: group.groupId, memberId: member.memberId, instanceId: req.instanceId },
        'static member left the consumer group temporarily',
      );
      // Epoch -2 keeps its place (and its partitions) until it comes back or its session times out.
      const away: ConsumerGroupMember = {
        ...member,
        memberEpoch: LEAVE_GROUP_STATIC_MEMBER_EPOCH,
        partitionsPendingRevocation: EMPTY_ASSIGNMENT,
      };
      return {
        records: [currentAssignmentRecord(group.groupId, away)],
        response: response(member.memberId, LEAVE_GROUP_STATIC_MEMBER_EPOCH),
      };
    }
    this.#log.info(
      { groupId: group.groupId, memberId: member.memberId, instanceId: req.instanceId },
      'static member left the consumer group',
    );
    return this.fenceMembers(group, [member], response(req.memberId, req.memberEpoch));
  }

  /**
   * Kafka's consumerGroupFenceMembers: the members' tombstones, tombstones for regexes nobody else uses, and the
   * next group epoch (the others' next heartbeat computes the new target assignment). When the members leaving are
   * the last consumer-protocol ones and the policy allows it, the group becomes a classic group instead.
   */
  fenceMembers<T>(group: ConsumerGroup, members: readonly ConsumerGroupMember[], response: T): Result<T> {
    if (members.length === 0) return { records: [], response };
    const records: GroupRecord[] = [];
    if (this.downgrades && this.#canDowngrade(group, members)) {
      for (const m of members) this.cancelTimers(group.groupId, m.memberId);
      const res = this.downgrades.downgrade(group, members, records);
      return { ...res, response };
    }
    for (const m of members) this.removeMemberRecords(records, group.groupId, m.memberId);
    const deleted = new Set<string>();
    const counts = new Map<string, number>();
    for (const m of members)
      if (isNotEmpty(m.subscribedTopicRegex))
        counts.set(m.subscribedTopicRegex, (counts.get(m.subscribedTopicRegex) ?? 0) + 1);
    for (const [regex, n] of counts) {
      if (group.numSubscribedMembers(regex) === n) {
        records.push(regexTombstone(group.groupId, regex));
        deleted.add(regex);
      }
    }
    const topics = group.subscribedTopicNames();
    for (const m of members) {
      for (const t of new Set(m.subscribedTopicNames)) topics.set(t, (topics.get(t) ?? 0) - 1);
      if (isNotEmpty(m.subscribedTopicRegex))
        for (const t of group.resolvedRegex(m.subscribedTopicRegex)?.topics ?? [])
          topics.set(t, (topics.get(t) ?? 0) - 1);
    }
    const hash = metadataHash(
      [...topics].filter(([, n]) => n > 0).map(([t]) => t),
      this.#topics(),
    );
    const epoch = group.groupEpoch + 1;
    records.push(groupEpochRecord(group.groupId, epoch, hash));
    this.#log.info(
      { groupId: group.groupId, groupEpoch: epoch, members: members.map((m) => m.memberId) },
      'fenced members; bumped the group epoch',
    );
    for (const m of members) this.cancelTimers(group.groupId, m.memberId);
    return { records, response };
  }

  /** Kafka's validateOnlineDowngradeWithFencedMembers. */
  #canDowngrade(group: ConsumerGroup, leaving: readonly ConsumerGroupMember[]): boolean {
    if (!group.allMembersUseClassicProtocolExcept(leaving)) return false;
    if (group.size - leaving.length <= 0) return false;
    if (
      this.#config.consumerGroupMigrationPolicy !== 'bidirectional' &&
      this.#config.consumerGroupMigrationPolicy !== 'downgrade'
    ) {
      this.#log.info({ groupId: group.groupId }, 'cannot downgrade the consumer group: online downgrade is disabled');
      return false;
    }
    if (group.size - leaving.length > this.#config.maxSize) {
      this.#log.info(
        { groupId: group.groupId },
        'cannot downgrade the consumer group: it is larger than group.max.size',
      );
      return false;
    }
    return true;
  }

  /** The member's three tombstones, in the order a replay needs (Kafka's removeMember). */
  removeMemberRecords(records: GroupRecord[], groupId: string, memberId: string): void {
    records.push(currentAssignmentTombstone(groupId, memberId));
    records.push(targetAssignmentTombstone(groupId, memberId));
    records.push(memberSubscriptionTombstone(groupId, memberId));
  }

  /** Every tombstone of the group (deletion, expiry, downgrade): members first, the group epoch last. */
  groupTombstones(group: ConsumerGroup, records: GroupRecord[]): void {
    for (const id of group.members.keys()) records.push(currentAssignmentTombstone(group.groupId, id));
    for (const id of group.members.keys()) records.push(targetAssignmentTombstone(group.groupId, id));
    records.push(targetAssignmentEpochTombstone(group.groupId));
    for (const id of group.members.keys()) records.push(memberSubscriptionTombstone(group.groupId, id));
    for (const regex of group.resolvedRegexes.keys()) records.push(regexTombstone(group.groupId, regex));
    records.push(partitionMetadataTombstone(group.groupId));
    records.push(groupEpochTombstone(group.groupId));
  }

  /** Fences a member if it is still there (session timeouts, and the classic members' join and sync timeouts). */
  fenceMemberOperation(groupId: string, memberId: string, reason: string): Result {
    const group = this.#groups.consumer.get(groupId);
    const member = group?.member(memberId);
    if (!group || !member) return EMPTY_RESULT;
    this.#log.info({ groupId, memberId, reason }, 'member fenced from the consumer group');
    return this.fenceMembers(group, [member], undefined);
  }

  // --- timers ----------------------------------------------------------------------------------------------

  scheduleSessionTimeout(groupId: string, memberId: string, timeoutMs: number): void {
    this.#ctx.timer.schedule(sessionTimeoutKey(groupId, memberId), timeoutMs, () =>
      this.fenceMemberOperation(groupId, memberId, 'the member session expired'),
    );
  }

  /** A member that does not revoke within its rebalance timeout is fenced (if still at that epoch). */
  scheduleRebalanceTimeout(groupId: string, memberId: string, memberEpoch: number, timeoutMs: number): void {
    this.#ctx.timer.schedule(rebalanceTimeoutKey(groupId, memberId), Math.max(0, timeoutMs), () => {
      const group = this.#groups.consumer.get(groupId);
      const member = group?.member(memberId);
      if (!group || !member || member.memberEpoch !== memberEpoch) return EMPTY_RESULT;
      this.#log.info(
        { groupId, memberId, memberEpoch, rebalanceTimeoutMs: timeoutMs },
        'member fenced: it did not revoke its partitions within its rebalance timeout',
      );
      return this.fenceMembers(group, [member], undefined);
    });
  }

  cancelTimers(groupId: string, memberId: string): void {
    this.#ctx.timer.cancel(sessionTimeoutKey(groupId, memberId));
    this.#ctx.timer.cancel(rebalanceTimeoutKey(groupId, memberId));
    this.#ctx.timer.cancel(joinTimeoutKey(groupId, memberId));
    this.#ctx.timer.cancel(syncTimeoutKey(groupId, memberId));
  }

  // --- administration --------------------------------------------------------------------------------------

  /** ConsumerGroupDescribe of one group (Kafka's ConsumerGroup.asDescribedGroup); GROUP_ID_NOT_FOUND otherwise. */
  describe(groupId: string, version: number): DescribedConsumerGroup {
    let group: ConsumerGroup;
    try {
      group = this.consumerGroupOrThrow(groupId);
    } catch (err) {
      return {
        errorCode: ErrorCode.GROUP_ID_NOT_FOUND,
        errorMessage: (err as Error).message,
        groupId,
        groupState: '',
        groupEpoch: -1,
        assignmentEpoch: -1,
        assignorName: '',
        members: [],
        authorizedOperations: -2147483648,
      };
    }
    const topics = this.#topics();
    const named = (a: Assignment) => ({
      topicPartitions: assignmentToList(a).flatMap((tp) => {
        const t = topics.byId(tp.topicId);
        return t ? [{ topicId: tp.topicId, topicName: t.name, partitions: tp.partitions }] : [];
      }),
    });
    return {
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      groupId,
      groupState: group.state,
      groupEpoch: group.groupEpoch,
      assignmentEpoch: group.assignmentEpoch,
      assignorName: group.preferredServerAssignor() ?? this.#defaultAssignor.name,
      members: [...group.members.values()].map((m) => ({
        memberId: m.memberId,
        instanceId: m.instanceId,
        rackId: m.rackId,
        memberEpoch: m.memberEpoch,
        clientId: m.clientId,
        clientHost: m.clientHost,
        subscribedTopicNames: [...m.subscribedTopicNames],
        subscribedTopicRegex: m.subscribedTopicRegex,
        assignment: named(m.assignedPartitions),
        targetAssignment: named(group.targetAssignmentOf(m.memberId)),
        ...(version >= 1 ? { memberType: usesClassicProtocol(m) ? 0 : 1 } : {}),
      })),
      authorizedOperations: -2147483648,
    };
  }

  /** Kafka's ConsumerGroup.validateDeleteGroup: only an Empty group can go. */
  validateDelete(group: ConsumerGroup): void {
    if (!group.isEmpty) throw new CoordinatorError('NON_EMPTY_GROUP', `group ${group.groupId} is not empty`);
  }

  // --- topics ----------------------------------------------------------------------------------------------

  /**
   * Topics were created, deleted or changed (partitions added): groups subscribed to them, and every group with a
   * regex (a new topic may match it), recompute their metadata on their next heartbeat (Kafka's onNewMetadataImage).
   */
  onTopicsChanged(names: readonly string[]): void {
    for (const group of this.#groups.consumer.values()) {
      if (group.subscribedRegexes.size > 0 || names.some((n) => group.isSubscribedToTopic(n)))
        group.metadataRefreshRequested = true;
    }
  }

  // --- replay ----------------------------------------------------------------------------------------------

  /** Creates the group for a record when needed, replacing a "simple" classic group that only holds offsets. */
  #persistedGroup(groupId: string, create: boolean): ConsumerGroup | undefined {
    const existing = this.#groups.get(groupId);
    if (existing instanceof ConsumerGroup) return existing;
    if (!create) return undefined;
    if (existing !== undefined && !existing.isSimpleGroup)
      throw new Error(`group ${groupId} is a classic group, not a consumer group`);
    const group = new ConsumerGroup(groupId);
    this.#groups.consumer.set(groupId, group);
    return group;
  }

  replay(record: ConsumerGroupRecord): void {
    switch (record.type) {
      case 'consumer-group-metadata': {
        const { groupId } = record.key;
        if (record.value !== null) {
          this.#persistedGroup(groupId, true)?.setGroupEpoch(record.value.epoch, record.value.metadataHash);
        } else {
          const group = this.#persistedGroup(groupId, false);
          if (!group) return;
          for (const id of group.members.keys()) this.cancelTimers(groupId, id);
          this.#groups.consumer.delete(groupId);
        }
        return;
      }
      case 'consumer-group-partition-metadata': {
        const group = this.#persistedGroup(record.key.groupId, record.value !== null);
        if (group) group.hasPartitionMetadataRecord = record.value !== null;
        return;
      }
      case 'consumer-group-member-metadata': {
        const { groupId, memberId } = record.key;
        const group = this.#persistedGroup(groupId, record.value !== null);
        if (!group) return;
        if (record.value === null) {
          group.removeMember(memberId);
          return;
        }
        const v = record.value;
        const old = group.member(memberId) ?? newMember(memberId);
        group.updateMember({
          ...old,
          instanceId: v.instanceId,
          rackId: v.rackId,
          clientId: v.clientId,
          clientHost: v.clientHost,
          subscribedTopicNames: v.subscribedTopicNames,
          subscribedTopicRegex: v.subscribedTopicRegex,
          rebalanceTimeoutMs: v.rebalanceTimeoutMs,
          serverAssignorName: v.serverAssignor,
          classicMemberMetadata: v.classicMemberMetadata
            ? {
                sessionTimeoutMs: v.classicMemberMetadata.sessionTimeoutMs,
                supportedProtocols: v.classicMemberMetadata.supportedProtocols.map((p) => ({
                  name: p.name,
                  metadata: Buffer.from(p.metadata),
                })),
              }
            : null,
        });
        return;
      }
      case 'consumer-group-target-assignment-metadata': {
        const group = this.#persistedGroup(record.key.groupId, record.value !== null);
        if (group) group.setAssignmentEpoch(record.value === null ? -1 : record.value.assignmentEpoch);
        return;
      }
      case 'consumer-group-target-assignment-member': {
        const group = this.#persistedGroup(record.key.groupId, record.value !== null);
        if (!group) return;
        if (record.value === null) group.removeTargetAssignment(record.key.memberId);
        else group.setTargetAssignment(record.key.memberId, assignmentFromList(record.value.topicPartitions));
        return;
      }
      case 'consumer-group-current-member-assignment': {
        const { groupId, memberId } = record.key;
        const group = this.#persistedGroup(groupId, record.value !== null);
        if (!group) return;
        const old = group.member(memberId) ?? (record.value !== null ? newMember(memberId) : undefined);
        if (!old) return;
        const v = record.value;
        group.updateMember(
          v === null
            ? {
                ...old,
                memberEpoch: LEAVE_GROUP_MEMBER_EPOCH,
                previousMemberEpoch: LEAVE_GROUP_MEMBER_EPOCH,
                assignedPartitions: EMPTY_ASSIGNMENT,
                partitionsPendingRevocation: EMPTY_ASSIGNMENT,
              }
            : {
                ...old,
                memberEpoch: v.memberEpoch,
                previousMemberEpoch: v.previousMemberEpoch,
                state: memberStateFromByte(v.state),
                assignedPartitions: assignmentFromList(v.assignedPartitions),
                partitionsPendingRevocation: assignmentFromList(v.partitionsPendingRevocation),
              },
        );
        return;
      }
      case 'consumer-group-regex': {
        const group = this.#persistedGroup(record.key.groupId, record.value !== null);
        if (!group) return;
        if (record.value === null) group.removeResolvedRegex(record.key.regularExpression);
        else
          group.setResolvedRegex(record.key.regularExpression, {
            topics: new Set(record.value.topics),
            version: record.value.version,
            timestamp: record.value.timestamp,
          });
        return;
      }
    }
  }

  /** After loading: members must heartbeat within their session timeout; unrevoked members get their rebalance timeout. */
  onLoaded(): void {
    for (const group of this.#groups.consumer.values()) {
      for (const m of group.members.values()) {
        this.scheduleSessionTimeout(
          group.groupId,
          m.memberId,
          m.classicMemberMetadata?.sessionTimeoutMs ?? this.#config.consumerGroupSessionTimeoutMs,
        );
        if (m.state === MemberState.UNREVOKED_PARTITIONS)
          this.scheduleRebalanceTimeout(group.groupId, m.memberId, m.memberEpoch, m.rebalanceTimeoutMs);
      }
      // The topics may have changed while the group was not loaded here.
      group.metadataRefreshRequested = true;
      if (group.size > 0)
        this.#log.info(
          { groupId: group.groupId, members: group.size, groupEpoch: group.groupEpoch },
          'loaded consumer group',
        );
    }
  }
}

/** Kafka's throwIfConsumerGroupMemberEpochIsInvalid (epoch 0 rejoins). */
function throwIfEpochIsInvalid(member: ConsumerGroupMember, received: number, owned: Assignment | null): void {
  if (received === 0) return;
  if (received > member.memberEpoch) {
    throw new CoordinatorError(
      'FENCED_MEMBER_EPOCH',
      `The consumer group member has a greater member epoch (${received}) than the one known by the group coordinator (${member.memberEpoch}). The member must abandon all its partitions and rejoin.`,
    );
  }
  if (received < member.memberEpoch) {
    // The previous epoch with owned partitions within the current assignment: the response bumping it was lost.
    if (received !== member.previousMemberEpoch || !isSubset(owned, member.assignedPartitions)) {
      throw new CoordinatorError(
        'FENCED_MEMBER_EPOCH',
        `The consumer group member has a smaller member epoch (${received}) than the one known by the group coordinator (${member.memberEpoch}). The member must abandon all its partitions and rejoin.`,
      );
    }
  }
}

export function throwIfInstanceIdIsFenced(member: ConsumerGroupMember, memberId: string, instanceId: string): void {
  if (member.memberId !== memberId) {
    throw new CoordinatorError(
      'FENCED_INSTANCE_ID',
      `Static member ${memberId} with instance id ${instanceId} was fenced by member ${member.memberId}.`,
    );
  }
}

function isSubset(owned: Assignment | null, target: Assignment): boolean {
  if (owned === null) return false;
  for (const [topicId, parts] of owned) {
    const t = target.get(topicId);
    if (!t) {
      if (parts.size > 0) return false;
      continue;
    }
    for (const p of parts) if (!t.has(p)) return false;
  }
  return true;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** The group's subscribed topic names with `updated` in place of `member` (Kafka's computeSubscribedTopicNames). */
export function subscribedTopicsWith(
  group: ConsumerGroup,
  member: ConsumerGroupMember | null,
  updated: ConsumerGroupMember | null,
): string[] {
  const counts = group.subscribedTopicNames();
  const apply = (m: ConsumerGroupMember | null, delta: number): void => {
    if (m === null) return;
    for (const t of group.memberTopics(m)) counts.set(t, (counts.get(t) ?? 0) + delta);
  };
  // The member's old subscription goes: its own if it is in the group, else (a static member replacing another)
  // the one of the member it replaces.
  if (member !== null) {
    const counted = group.member(member.memberId) ?? group.staticMember(member.instanceId) ?? null;
    apply(counted, -1);
  }
  apply(updated, 1);
  return [...counts].filter(([, n]) => n > 0).map(([t]) => t);
}

function targetAssignmentRecordOf(group: ConsumerGroup, fromMemberId: string, toMemberId: string): GroupRecord {
  return {
    type: 'consumer-group-target-assignment-member',
    key: { groupId: group.groupId, memberId: toMemberId },
    value: { topicPartitions: assignmentToList(group.targetAssignmentOf(fromMemberId)) },
  };
}
