/**
 * Classic members of a consumer group (KIP-848 online migration, Kafka's classicGroupJoinToConsumerGroup and its
 * SyncGroup, Heartbeat and LeaveGroup counterparts): a consumer on the classic protocol keeps sending JoinGroup,
 * SyncGroup and Heartbeat, and the coordinator plays its part of the consumer group for it.
 *
 * - JoinGroup updates the member from its embedded subscription (topics, rack, owned partitions) and reconciles it
 *   like a heartbeat would; the answer (generation = member epoch, no leader, no member list) comes once the records
 *   are written. A classic consumer is never the leader: its assignment comes from the server.
 * - SyncGroup answers the member's assigned partitions in the consumer protocol's format, at its subscription's
 *   version; REBALANCE_IN_PROGRESS when the group moved past the member's epoch.
 * - Heartbeat answers REBALANCE_IN_PROGRESS when the member must rejoin: the group epoch is ahead of it, it must
 *   revoke partitions, or partitions it waits for were released.
 * - LeaveGroup fences the members (and may downgrade the group).
 */
import {
  ErrorCode,
  randomUuid,
  type JoinGroupResponse,
  type MemberResponse,
  type SyncGroupResponse,
} from '@samsa/protocol';
import { CoordinatorError } from '../../runtime/errors';
import { EMPTY_RESULT } from '../../runtime/result';
import {
  type HeartbeatRequest as ClassicHeartbeatRequest,
  type JoinRequest,
  joinError,
  type LeavingMember,
  type MemberContext,
  type SyncRequest,
} from '../classic/classic-groups';
import {
  CONSUMER_PROTOCOL_TYPE,
  parseSubscription,
  serializeAssignment,
  subscriptionVersion,
} from '../classic/consumer-protocol';
import type { Respond } from '../classic/member';
import type { GroupRecord } from '../records';
import type { Assignment } from './assignment';
import {
  type ConsumerGroupManager,
  joinTimeoutKey,
  type Result,
  syncTimeoutKey,
  throwIfInstanceIdIsFenced,
} from './consumer-groups';
import type { ConsumerGroup } from './group';
import { type ConsumerGroupMember, MemberState, usesClassicProtocol } from './member';
import { assignmentToNames, namesToAssignment } from './migration';

/** Kafka's JoinGroupRequest.requiresKnownMemberId. */
const requiresKnownMemberId = (version: number, req: JoinRequest): boolean =>
  version >= 4 && req.groupInstanceId === null && req.memberId === '';

export class ClassicMembers {
  readonly #consumer: ConsumerGroupManager;
  readonly #timer: import('../../runtime/runtime').CoordinatorTimer<GroupRecord>;

  constructor(consumer: ConsumerGroupManager, timer: import('../../runtime/runtime').CoordinatorTimer<GroupRecord>) {
    this.#consumer = consumer;
    this.#timer = timer;
  }

  join(group: ConsumerGroup, mctx: MemberContext, req: JoinRequest, respond: Respond<JoinGroupResponse>): Result {
    const consumer = this.#consumer;
    const records: GroupRecord[] = [];
    const isUnknown = req.memberId === '';
    const memberId = isUnknown ? randomUuid() : req.memberId;
    consumer.throwIfFull(group, memberId);
    if (
      !group.supportsClassicProtocols(
        req.protocolType,
        req.protocols.map((p) => p.name),
      )
    )
      throw new CoordinatorError('INCONSISTENT_GROUP_PROTOCOL', `Member ${memberId}'s protocols are not supported.`);
    if (requiresKnownMemberId(mctx.apiVersion, req)) {
      respond(joinError(memberId, ErrorCode.MEMBER_ID_REQUIRED));
      return EMPTY_RESULT;
    }
    const member =
      req.groupInstanceId === null
        ? consumer.dynamicMember(group, memberId, -1, null, true, true)
        : consumer.staticMember(group, memberId, -1, req.groupInstanceId, null, isUnknown, true, records);
    let subscription: ReturnType<typeof parseSubscription>;
    try {
      subscription = parseSubscription((req.protocols[0] as { metadata: Buffer }).metadata);
    } catch {
      throw new CoordinatorError('UNKNOWN_SERVER_ERROR', 'Malformed embedded consumer protocol in subscription.');
    }
    let updated: ConsumerGroupMember = {
      ...member,
      instanceId: req.groupInstanceId ?? member.instanceId,
      rackId: subscription.rackId ?? member.rackId,
      rebalanceTimeoutMs: req.rebalanceTimeoutMs !== -1 ? req.rebalanceTimeoutMs : member.rebalanceTimeoutMs,
      subscribedTopicNames: subscription.topics,
      // A classic member cannot subscribe by regex.
      subscribedTopicRegex: '',
      clientId: mctx.clientId,
      clientHost: mctx.clientHost,
      classicMemberMetadata: {
        sessionTimeoutMs: req.sessionTimeoutMs,
        supportedProtocols: req.protocols.map((p) => ({ name: p.name, metadata: p.metadata })),
      },
    };
    const namesChanged = consumer.writeSubscription(group, member, updated, records);
    const regex = consumer.updateRegex(group, member, updated, records);
    const bump = namesChanged || regex !== 'unchanged';
    let groupEpoch = group.groupEpoch;
    if (bump || group.metadataRefreshRequested)
      groupEpoch = consumer.updateSubscriptionMetadata(group, bump, member, updated, records);
    let targetEpoch: number;
    let target: Assignment;
    if (groupEpoch > group.assignmentEpoch) {
      target = consumer.updateTargetAssignment(group, groupEpoch, member, updated, records);
      targetEpoch = groupEpoch;
    } else {
      targetEpoch = group.assignmentEpoch;
      target = group.targetAssignmentOf(updated.memberId, updated.instanceId);
    }
    const owned = namesToAssignment(subscription.ownedPartitions, consumer.topics);
    updated = consumer.maybeReconcile(group, updated, targetEpoch, target, owned, records);
    const response: JoinGroupResponse = {
      errorCode: ErrorCode.NONE,
      generationId: updated.memberEpoch,
      protocolType: CONSUMER_PROTOCOL_TYPE,
      protocolName: req.protocols[0]?.name ?? null,
      leader: '',
      skipAssignment: false,
      memberId: updated.memberId,
      members: [],
    };
    const groupId = group.groupId;
    const finalId = updated.memberId;
    return {
      records,
      response: undefined,
      appended: (err) => {
        if (err !== null) return;
        this.#timer.cancel(joinTimeoutKey(groupId, finalId));
        consumer.scheduleSessionTimeout(groupId, finalId, req.sessionTimeoutMs);
        this.#timer.schedule(syncTimeoutKey(groupId, finalId), req.rebalanceTimeoutMs, () =>
          consumer.fenceMemberOperation(groupId, finalId, 'the member failed to sync within timeout'),
        );
        respond(response);
      },
    };
  }

  sync(group: ConsumerGroup, req: SyncRequest, respond: Respond<SyncGroupResponse>): Result {
    const member = this.#classicMember(group, req.memberId, req.groupInstanceId);
    if (member.memberEpoch !== req.generationId) {
      throw new CoordinatorError(
        'ILLEGAL_GENERATION',
        `The request generation id ${req.generationId} is not equal to the member epoch ${member.memberEpoch} of member ${member.memberId}.`,
      );
    }
    const protocolName = member.classicMemberMetadata?.supportedProtocols[0]?.name ?? '';
    if (
      (req.protocolType !== null && req.protocolType !== CONSUMER_PROTOCOL_TYPE) ||
      (req.protocolName !== null && req.protocolName !== protocolName)
    )
      throw new CoordinatorError(
        'INCONSISTENT_GROUP_PROTOCOL',
        `The protocol of member ${member.memberId} does not match.`,
      );
    this.#throwIfRebalanceInProgress(group, member);
    const groupId = group.groupId;
    const assignment = this.#assignmentBytes(member);
    return {
      records: [],
      response: undefined,
      appended: (err) => {
        if (err !== null) return;
        this.#timer.cancel(syncTimeoutKey(groupId, member.memberId));
        this.#consumer.scheduleSessionTimeout(
          groupId,
          member.memberId,
          member.classicMemberMetadata?.sessionTimeoutMs ?? 0,
        );
        respond({
          errorCode: ErrorCode.NONE,
          protocolType: req.protocolType,
          protocolName: req.protocolName,
          assignment,
        });
      },
    };
  }

  heartbeat(group: ConsumerGroup, req: ClassicHeartbeatRequest): Result<number> {
    const member = this.#classicMember(group, req.memberId, req.groupInstanceId);
    if (member.memberEpoch !== req.generationId) {
      throw new CoordinatorError(
        'ILLEGAL_GENERATION',
        `The request generation id ${req.generationId} is not equal to the member epoch ${member.memberEpoch} of member ${member.memberId}.`,
      );
    }
    this.#consumer.scheduleSessionTimeout(
      group.groupId,
      member.memberId,
      member.classicMemberMetadata?.sessionTimeoutMs ?? 0,
    );
    // Rejoin when the group moved on, when partitions must be revoked, or when the partitions waited for are free.
    if (
      member.memberEpoch < group.groupEpoch ||
      member.state === MemberState.UNREVOKED_PARTITIONS ||
      (member.state === MemberState.UNRELEASED_PARTITIONS && !group.waitingOnUnreleasedPartition(member))
    ) {
      this.#scheduleJoinTimeoutIfAbsent(group.groupId, member);
      return { records: [], response: ErrorCode.REBALANCE_IN_PROGRESS };
    }
    return { records: [], response: ErrorCode.NONE };
  }

  leave(
    group: ConsumerGroup,
    leaving: readonly LeavingMember[],
  ): Result<{ errorCode: number; members: MemberResponse[] }> {
    const members: MemberResponse[] = [];
    const valid: ConsumerGroupMember[] = [];
    for (const m of leaving) {
      try {
        let member: ConsumerGroupMember | undefined;
        if (m.groupInstanceId === null) {
          member = group.member(m.memberId);
          if (!member)
            throw new CoordinatorError(
              'UNKNOWN_MEMBER_ID',
              `Member ${m.memberId} is not a member of group ${group.groupId}.`,
            );
        } else {
          member = group.staticMember(m.groupInstanceId);
          if (!member) throw new CoordinatorError('UNKNOWN_MEMBER_ID', `Instance id ${m.groupInstanceId} is unknown.`);
          // An admin may remove a static member by instance id alone.
          if (m.memberId !== '') throwIfInstanceIdIsFenced(member, m.memberId, m.groupInstanceId);
        }
        members.push({ memberId: m.memberId, groupInstanceId: m.groupInstanceId, errorCode: ErrorCode.NONE });
        if (!valid.includes(member)) valid.push(member);
      } catch (err) {
        members.push({
          memberId: m.memberId,
          groupInstanceId: m.groupInstanceId,
          errorCode: (err as CoordinatorError).code ?? ErrorCode.UNKNOWN_SERVER_ERROR,
        });
      }
    }
    return this.#consumer.fenceMembers(group, valid, { errorCode: ErrorCode.NONE, members });
  }

  /** Kafka's validateConsumerGroupMember + throwIfMemberDoesNotUseClassicProtocol. */
  #classicMember(group: ConsumerGroup, memberId: string, instanceId: string | null): ConsumerGroupMember {
    let member: ConsumerGroupMember | undefined;
    if (instanceId === null) {
      member = group.member(memberId);
      if (!member)
        throw new CoordinatorError(
          'UNKNOWN_MEMBER_ID',
          `Member ${memberId} is not a member of group ${group.groupId}.`,
        );
    } else {
      member = group.staticMember(instanceId);
      if (!member)
        throw new CoordinatorError(
          'UNKNOWN_MEMBER_ID',
          `Member with instance id ${instanceId} is not a member of group ${group.groupId}.`,
        );
      throwIfInstanceIdIsFenced(member, memberId, instanceId);
    }
    if (!usesClassicProtocol(member))
      throw new CoordinatorError('UNKNOWN_MEMBER_ID', `Member ${member.memberId} does not use the classic protocol.`);
    return member;
  }

  #throwIfRebalanceInProgress(group: ConsumerGroup, member: ConsumerGroupMember): void {
    // A member still revoking has rejoined already: it finishes first, and its next heartbeat asks it to rejoin.
    if (group.groupEpoch > member.memberEpoch && member.state !== MemberState.UNREVOKED_PARTITIONS) {
      this.#scheduleJoinTimeoutIfAbsent(group.groupId, member);
      throw new CoordinatorError(
        'REBALANCE_IN_PROGRESS',
        `A new rebalance is triggered in group ${group.groupId} and member ${member.memberId} should rejoin to catch up.`,
      );
    }
  }

  #scheduleJoinTimeoutIfAbsent(groupId: string, member: ConsumerGroupMember): void {
    const key = joinTimeoutKey(groupId, member.memberId);
    if (this.#timer.isScheduled(key)) return;
    this.#timer.schedule(key, Math.max(0, member.rebalanceTimeoutMs), () =>
      this.#consumer.fenceMemberOperation(
        groupId,
        member.memberId,
        'the classic member failed to join within the rebalance timeout',
      ),
    );
  }

  /** The member's partitions as a ConsumerProtocolAssignment at its subscription's version (Kafka's prepareAssignment). */
  #assignmentBytes(member: ConsumerGroupMember): Buffer {
    const metadata = member.classicMemberMetadata?.supportedProtocols[0]?.metadata ?? Buffer.alloc(0);
    return serializeAssignment(
      assignmentToNames(member.assignedPartitions, this.#consumer.topics),
      subscriptionVersion(metadata),
    );
  }
}
