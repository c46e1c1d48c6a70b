/**
 * The classic group protocol (JoinGroup, SyncGroup, Heartbeat, LeaveGroup, DescribeGroups, ListGroups and group
 * deletion), as Kafka's GroupMetadataManager runs it for classic groups. Operations return `{ records, response }`;
 * JoinGroup and SyncGroup answer through a `respond` callback because a rebalance parks them until every member has
 * joined (or the rebalance timeout passes) and until the leader has sent the assignment.
 *
 * Timers (keyed per group and member, like Kafka's): the initial rebalance delay and the join phase (`join-`), the
 * wait for SyncGroups (`sync-`), and each member's session (`heartbeat-`).
 *
 * Group metadata records are written when a generation completes: the leader's assignment (SyncGroup), a group
 * that became Empty, a newly created group, and a static member replaced while Stable. The state is mutated in
 * place (records are not replayed at run time, as in Kafka); at start-up the same records are replayed, which
 * brings a group back with its last persisted generation, members and assignments.
 */
import {
  ErrorCode,
  type DescribeGroupsMessages,
  type DescribedGroupMember,
  type JoinGroupResponse,
  type ListedGroup,
  type MemberResponse,
  type SyncGroupResponse,
} from '@samsa/protocol';
import type { Logger } from 'pino';
import { toErrorName } from '@samsa/protocol';
import { appendErrorToResponseError, CoordinatorError } from '../../runtime/errors';
import { EMPTY_RESULT, type CoordinatorResult } from '../../runtime/result';
import type { ShardContext } from '../../runtime/runtime';
import type { GroupCoordinatorConfig } from '../config';
import { groupMetadataRecord, type GroupMemberMetadata, type GroupMetadataRecord, type GroupRecord } from '../records';
import type { GroupView } from '../registry';
import { ClassicGroup } from './group';
import { ClassicGroupMember, EMPTY_ASSIGNMENT, type MemberProtocol, type Respond } from './member';
import { GroupState } from './state';

type Result = CoordinatorResult<void, GroupRecord>;
type DescribedGroup = DescribeGroupsMessages.DescribedGroup;

export interface MemberContext {
  readonly clientId: string;
  readonly clientHost: string;
  readonly apiVersion: number;
}

export interface JoinRequest {
  readonly groupId: string;
  /** '' for a member that does not have an id yet. */
  readonly memberId: string;
  readonly groupInstanceId: string | null;
  readonly sessionTimeoutMs: number;
  readonly rebalanceTimeoutMs: number;
  readonly protocolType: string;
  readonly protocols: readonly MemberProtocol[];
  readonly reason: string | null;
}

export interface SyncRequest {
  readonly groupId: string;
  readonly generationId: number;
  readonly memberId: string;
  readonly groupInstanceId: string | null;
  readonly protocolType: string | null;
  readonly protocolName: string | null;
  readonly assignments: readonly { readonly memberId: string; readonly assignment: Buffer }[];
}

export interface HeartbeatRequest {
  readonly groupId: string;
  readonly generationId: number;
  readonly memberId: string;
  readonly groupInstanceId: string | null;
}

export interface LeavingMember {
  readonly memberId: string;
  readonly groupInstanceId: string | null;
  readonly reason: string | null;
}

export const UNKNOWN_MEMBER_ID = '';

/** Kafka's JoinGroupRequest.requiresKnownMemberId: from v4 a new dynamic member first gets MEMBER_ID_REQUIRED. */
const requiresKnownMemberId = (version: number): boolean => version >= 4;
/** KIP-814: from v9 a static leader that rejoins while Stable is told to skip the assignment. */
const supportsSkippingAssignment = (version: number): boolean => version >= 9;

export function joinError(memberId: string, errorCode: number): JoinGroupResponse {
  return {
    errorCode,
    generationId: -1,
    protocolType: null,
    protocolName: null,
    leader: '',
    skipAssignment: false,
    memberId,
    members: [],
  };
}

export function syncError(errorCode: number): SyncGroupResponse {
  return { errorCode, protocolType: null, protocolName: null, assignment: EMPTY_ASSIGNMENT };
}

const code = (name: string): number => (ErrorCode as Record<string, number>)[name] ?? ErrorCode.UNKNOWN_SERVER_ERROR;

export class ClassicGroupManager {
  readonly #groups: GroupView<ClassicGroup>;
  readonly #ctx: ShardContext<GroupRecord>;
  readonly #config: GroupCoordinatorConfig;
  readonly #log: Logger;

  constructor(ctx: ShardContext<GroupRecord>, config: GroupCoordinatorConfig, groups: GroupView<ClassicGroup>) {
    this.#ctx = ctx;
    this.#config = config;
    this.#log = ctx.logger;
    this.#groups = groups;
  }

  get #now(): number {
    return this.#ctx.scheduler.now();
  }

  group(groupId: string): ClassicGroup | undefined {
    return this.#groups.get(groupId);
  }

  groupIds(): string[] {
    return [...this.#groups.keys()];
  }

  /** A group for offsets committed without membership (generation -1): a "simple" group, Empty, no protocol. */
  getOrCreateSimpleGroup(groupId: string): ClassicGroup {
    let group = this.#groups.get(groupId);
    if (!group) {
      group = new ClassicGroup(groupId, GroupState.Empty, this.#now);
      this.#groups.set(groupId, group);
    }
    return group;
  }

  // --- JoinGroup -------------------------------------------------------------------------------------------

  join(mctx: MemberContext, req: JoinRequest, respond: Respond<JoinGroupResponse>): Result {
    const isUnknownMember = req.memberId === UNKNOWN_MEMBER_ID;
    const isNewGroup = !this.#groups.has(req.groupId);
    let group = this.#groups.get(req.groupId);
    if (!group) {
      // Only a member without an id may create the group; a known member id for a missing group is stale.
      if (!isUnknownMember) {
        respond(joinError(req.memberId, ErrorCode.UNKNOWN_MEMBER_ID));
        return EMPTY_RESULT;
      }
      group = new ClassicGroup(req.groupId, GroupState.Empty, this.#now);
      this.#groups.set(req.groupId, group);
    }

    let res: Result = EMPTY_RESULT;
    if (!this.#acceptJoiningMember(group, req.memberId)) {
      group.remove(req.memberId);
      respond(joinError(UNKNOWN_MEMBER_ID, ErrorCode.GROUP_MAX_SIZE_REACHED));
    } else if (isUnknownMember) {
      res = this.#joinNewMember(mctx, req, group, respond);
    } else {
      res = this.#joinExistingMember(mctx, req, group, respond);
    }

    if (isNewGroup && res === EMPTY_RESULT) {
      // A new group is persisted right away, so it exists after a restart even before its first generation.
      const created = group;
      return {
        records: [this.#emptyGroupRecord(created)],
        response: undefined,
        replay: false,
        appended: (err) => {
          if (err === null) return;
          this.#log.warn({ groupId: created.groupId, err: err.message }, 'failed to write the metadata of a new group');
          if (created.size === 0 && this.#groups.get(created.groupId) === created) this.#groups.delete(created.groupId);
          respond(joinError(UNKNOWN_MEMBER_ID, code(appendErrorToResponseError(err))));
        },
      };
    }
    return res;
  }

  #acceptJoiningMember(group: ClassicGroup, memberId: string): boolean {
    switch (group.state) {
      case GroupState.Empty:
      case GroupState.Dead:
        return true;
      case GroupState.PreparingRebalance:
        // Counting members awaiting a join (not the group size) turns away the last rejoiners of a group that is
        // already over a lowered group.max.size.
        return (
          (group.hasMember(memberId) && group.member(memberId).isAwaitingJoin) ||
          group.awaitingJoinCount < this.#config.maxSize
        );
      default:
        return group.hasMember(memberId) || group.size < this.#config.maxSize;
    }
  }

  #joinNewMember(
    mctx: MemberContext,
    req: JoinRequest,
    group: ClassicGroup,
    respond: Respond<JoinGroupResponse>,
  ): Result {
    if (group.is(GroupState.Dead)) {
      respond(joinError(UNKNOWN_MEMBER_ID, ErrorCode.COORDINATOR_NOT_AVAILABLE));
      return EMPTY_RESULT;
    }
    if (!group.supportsProtocols(req.protocolType, req.protocols)) {
      respond(joinError(UNKNOWN_MEMBER_ID, ErrorCode.INCONSISTENT_GROUP_PROTOCOL));
      return EMPTY_RESULT;
    }
    const newMemberId = group.generateMemberId(mctx.clientId, req.groupInstanceId);
    if (req.groupInstanceId !== null) {
      const existing = group.staticMemberId(req.groupInstanceId);
      if (existing !== undefined) {
        this.#log.info(
          {
            groupId: group.groupId,
            groupInstanceId: req.groupInstanceId,
            state: group.state,
            oldMemberId: existing,
            newMemberId,
          },
          'static member rejoins with an unknown member id; replacing its previous member id',
        );
        return this.#updateStaticMember(mctx, req, group, existing, newMemberId, respond);
      }
      return this.#addMemberThenRebalanceOrCompleteJoin(mctx, req, group, newMemberId, respond);
    }
    if (requiresKnownMemberId(mctx.apiVersion)) {
      // KIP-394: the member is told its id and must join again with it; it is pending until then and expires
      // after its session timeout if it never comes back.
      group.addPendingMember(newMemberId);
      this.#ctx.timer.schedule(heartbeatKey(group.groupId, newMemberId), req.sessionTimeoutMs, () =>
        this.#expireHeartbeat(group.groupId, newMemberId),
      );
      respond(joinError(newMemberId, ErrorCode.MEMBER_ID_REQUIRED));
      return EMPTY_RESULT;
    }
    return this.#addMemberThenRebalanceOrCompleteJoin(mctx, req, group, newMemberId, respond);
  }

  #joinExistingMember(
    mctx: MemberContext,
    req: JoinRequest,
    group: ClassicGroup,
    respond: Respond<JoinGroupResponse>,
  ): Result {
    const memberId = req.memberId;
    if (group.is(GroupState.Dead)) {
      respond(joinError(memberId, ErrorCode.COORDINATOR_NOT_AVAILABLE));
      return EMPTY_RESULT;
    }
    if (!group.supportsProtocols(req.protocolType, req.protocols)) {
      respond(joinError(memberId, ErrorCode.INCONSISTENT_GROUP_PROTOCOL));
      return EMPTY_RESULT;
    }
    if (group.isPendingMember(memberId)) {
      // A pending member is always dynamic: static members never get MEMBER_ID_REQUIRED (Kafka fails the request
      // with an IllegalStateException, which reaches the client as UNKNOWN_SERVER_ERROR).
      if (req.groupInstanceId !== null) {
        respond(joinError(memberId, ErrorCode.UNKNOWN_SERVER_ERROR));
        return EMPTY_RESULT;
      }
      return this.#addMemberThenRebalanceOrCompleteJoin(mctx, req, group, memberId, respond);
    }
    try {
      group.validateMember(memberId, req.groupInstanceId);
    } catch (err) {
      respond(joinError(memberId, code(toErrorName(err))));
      return EMPTY_RESULT;
    }
    const member = group.member(memberId);
    const reason = req.reason ?? 'not provided';
    switch (group.state) {
      case GroupState.PreparingRebalance:
        return this.#updateMemberThenRebalanceOrCompleteJoin(
          req,
          group,
          member,
          `member ${memberId} is joining; client reason: ${reason}`,
          respond,
        );
      case GroupState.CompletingRebalance:
        if (member.matches(req.protocols)) {
          // The member lost the JoinGroup response: answer again with the current generation.
          respond(this.#joinResponse(group, memberId, group.isLeader(memberId)));
          return EMPTY_RESULT;
        }
        return this.#updateMemberThenRebalanceOrCompleteJoin(
          req,
          group,
          member,
          `member ${memberId} changed its metadata; client reason: ${reason}`,
          respond,
        );
      case GroupState.Stable:
        // A rejoining leader always triggers a rebalance: it may know of changes (new topic partitions) the
        // member metadata does not show.
        if (group.isLeader(memberId) || !member.matches(req.protocols)) {
          return this.#updateMemberThenRebalanceOrCompleteJoin(
            req,
            group,
            member,
            `member ${memberId} rejoins while Stable; client reason: ${reason}`,
            respond,
          );
        }
        respond(this.#joinResponse(group, memberId, false));
        return EMPTY_RESULT;
      default:
        this.#log.warn(
          { groupId: group.groupId, memberId, state: group.state },
          'member rejoins a group in an unexpected state',
        );
        respond(joinError(memberId, ErrorCode.UNKNOWN_MEMBER_ID));
        return EMPTY_RESULT;
    }
  }

  #joinResponse(
    group: ClassicGroup,
    memberId: string,
    withMembers: boolean,
    skipAssignment = false,
  ): JoinGroupResponse {
    return {
      errorCode: ErrorCode.NONE,
      generationId: group.generationId,
      protocolType: group.protocolType,
      protocolName: group.protocolName,
      leader: group.leaderId ?? '',
      skipAssignment,
      memberId,
      members: withMembers ? group.joinResponseMembers() : [],
    };
  }

  #addMemberThenRebalanceOrCompleteJoin(
    mctx: MemberContext,
    req: JoinRequest,
    group: ClassicGroup,
    memberId: string,
    respond: Respond<JoinGroupResponse>,
  ): Result {
    const member = new ClassicGroupMember({
      memberId,
      groupInstanceId: req.groupInstanceId,
      clientId: mctx.clientId,
      clientHost: mctx.clientHost,
      rebalanceTimeoutMs: req.rebalanceTimeoutMs,
      sessionTimeoutMs: req.sessionTimeoutMs,
      protocolType: req.protocolType,
      protocols: req.protocols,
    });
    member.isNew = true;
    // A member joining during the initial delay extends it (group.initial.rebalance.delay.ms).
    if (group.is(GroupState.PreparingRebalance) && group.previousState === GroupState.Empty)
      group.newMemberAdded = true;
    group.add(member, respond);
    // A new member cannot heartbeat while its first JoinGroup is parked, and a client that gave up would leave a
    // defunct member behind: its join is bounded by the new-member join timeout instead of the session timeout.
    this.#rescheduleHeartbeat(group, member, this.#config.newMemberJoinTimeoutMs);
    return this.#maybePrepareRebalanceOrCompleteJoin(
      group,
      `adding new member ${memberId} with group instance id ${req.groupInstanceId ?? 'none'}; client reason: ${req.reason ?? 'not provided'}`,
    );
  }

  #updateMemberThenRebalanceOrCompleteJoin(
    req: JoinRequest,
    group: ClassicGroup,
    member: ClassicGroupMember,
    reason: string,
    respond: Respond<JoinGroupResponse>,
  ): Result {
    group.updateMember(member, req.protocols, req.rebalanceTimeoutMs, req.sessionTimeoutMs, respond);
    return this.#maybePrepareRebalanceOrCompleteJoin(group, reason);
  }

  /**
   * A static member came back with an unknown member id: it takes over the old member id's place. While Stable and
   * if the selected protocol stays the same, the group does not rebalance: the new id is persisted and the member
   * gets the current generation (KIP-345); otherwise the group rebalances.
   */
  #updateStaticMember(
    mctx: MemberContext,
    req: JoinRequest,
    group: ClassicGroup,
    oldMemberId: string,
    newMemberId: string,
    respond: Respond<JoinGroupResponse>,
  ): Result {
    const groupInstanceId = req.groupInstanceId as string;
    const currentLeader = group.leaderId;
    const member = group.replaceStaticMember(groupInstanceId, oldMemberId, newMemberId);
    this.#ctx.timer.cancel(heartbeatKey(group.groupId, oldMemberId));
    this.#rescheduleHeartbeat(group, member);
    const old = {
      protocols: member.protocols,
      rebalanceTimeoutMs: member.rebalanceTimeoutMs,
      sessionTimeoutMs: member.sessionTimeoutMs,
    };
    group.updateMember(member, req.protocols, req.rebalanceTimeoutMs, req.sessionTimeoutMs, respond);

    if (group.is(GroupState.Stable)) {
      if (group.protocolName === group.selectProtocol()) {
        this.#log.info(
          { groupId: group.groupId, groupInstanceId, newMemberId },
          'static member rejoins while Stable without changing the protocol: no rebalance',
        );
        const assignments = new Map<string, Buffer>();
        for (const m of group.members) assignments.set(m.memberId, m.assignment);
        return {
          records: [this.#groupRecord(group, assignments)],
          response: undefined,
          replay: false,
          appended: (err) => {
            if (err !== null) {
              // Not persisted: give the instance id its old member id back.
              group.updateMember(member, old.protocols, old.rebalanceTimeoutMs, old.sessionTimeoutMs, null);
              const restored = group.replaceStaticMember(groupInstanceId, newMemberId, oldMemberId);
              this.#ctx.timer.cancel(heartbeatKey(group.groupId, newMemberId));
              this.#rescheduleHeartbeat(group, restored);
              respond({
                ...joinError(UNKNOWN_MEMBER_ID, code(appendErrorToResponseError(err))),
                generationId: group.generationId,
                protocolType: group.protocolType,
                protocolName: group.protocolName,
                leader: currentLeader ?? '',
              });
              return;
            }
            if (supportsSkippingAssignment(mctx.apiVersion)) {
              const isLeader = group.isLeader(newMemberId);
              group.completeJoin(member, this.#joinResponse(group, newMemberId, isLeader, isLeader));
            } else {
              // Older clients get the old leader id, so a rejoining leader does not compute an assignment that a
              // Stable group would never hand out.
              group.completeJoin(member, {
                ...this.#joinResponse(group, newMemberId, false),
                leader: currentLeader ?? '',
              });
            }
          },
        };
      }
      return this.#maybePrepareRebalanceOrCompleteJoin(
        group,
        `static member ${newMemberId} with instance id ${groupInstanceId} rejoined with a change of protocol`,
      );
    }
    if (group.is(GroupState.CompletingRebalance)) {
      // The leader may already be computing an assignment for the old member id: rebalance so the new id gets one.
      return this.#prepareRebalance(
        group,
        `updating metadata for static member ${newMemberId} with instance id ${groupInstanceId}`,
      );
    }
    return this.#maybeCompleteJoinPhase(group);
  }

  #maybePrepareRebalanceOrCompleteJoin(group: ClassicGroup, reason: string): Result {
    return group.canRebalance() ? this.#prepareRebalance(group, reason) : this.#maybeCompleteJoinPhase(group);
  }

  #maybeCompleteJoinPhase(group: ClassicGroup): Result {
    if (!group.is(GroupState.PreparingRebalance)) return EMPTY_RESULT;
    // The initial rebalance completes on its delay timer only.
    if (group.previousState === GroupState.Empty) return EMPTY_RESULT;
    if (!group.hasAllMembersJoined()) return EMPTY_RESULT;
    return this.#completeJoin(group);
  }

  #prepareRebalance(group: ClassicGroup, reason: string): Result {
    if (group.is(GroupState.CompletingRebalance))
      this.#resetAndPropagateAssignmentWithError(group, ErrorCode.REBALANCE_IN_PROGRESS);
    this.#removeSyncExpiration(group);
    const isInitialRebalance = group.is(GroupState.Empty);
    if (isInitialRebalance) {
      // A new group waits group.initial.rebalance.delay.ms for more members, extended while members keep coming,
      // up to the rebalance timeout.
      const delayMs = this.#config.initialRebalanceDelayMs;
      const remainingMs = Math.max(group.rebalanceTimeoutMs() - delayMs, 0);
      this.#ctx.timer.schedule(joinKey(group.groupId), delayMs, () =>
        this.#tryCompleteInitialRebalance(group.groupId, delayMs, remainingMs),
      );
    }
    group.transitionTo(GroupState.PreparingRebalance, this.#now);
    this.#log.info(
      { groupId: group.groupId, generationId: group.generationId, reason },
      'preparing to rebalance group',
    );
    return isInitialRebalance ? EMPTY_RESULT : this.#maybeCompleteJoinElseSchedule(group);
  }

  #maybeCompleteJoinElseSchedule(group: ClassicGroup): Result {
    if (group.hasAllMembersJoined()) return this.#completeJoin(group);
    this.#ctx.timer.schedule(joinKey(group.groupId), group.rebalanceTimeoutMs(), () =>
      this.#completeJoinOf(group.groupId),
    );
    return EMPTY_RESULT;
  }

  #tryCompleteInitialRebalance(groupId: string, delayMs: number, remainingMs: number): Result {
    const group = this.#groups.get(groupId);
    if (!group) return EMPTY_RESULT;
    if (group.newMemberAdded && remainingMs !== 0) {
      group.newMemberAdded = false;
      const newDelayMs = Math.min(this.#config.initialRebalanceDelayMs, remainingMs);
      const newRemainingMs = Math.max(remainingMs - delayMs, 0);
      this.#ctx.timer.schedule(joinKey(groupId), newDelayMs, () =>
        this.#tryCompleteInitialRebalance(groupId, newDelayMs, newRemainingMs),
      );
      return EMPTY_RESULT;
    }
    return this.#completeJoin(group);
  }

  #completeJoinOf(groupId: string): Result {
    const group = this.#groups.get(groupId);
    return group ? this.#completeJoin(group) : EMPTY_RESULT;
  }

  /**
   * Ends the join phase: dynamic members that did not rejoin are removed, the generation advances, and every
   * parked JoinGroup is answered (the leader with the members' metadata). A group left without members becomes
   * Empty and is persisted.
   */
  #completeJoin(group: ClassicGroup): Result {
    this.#ctx.timer.cancel(joinKey(group.groupId));
    const failed = group.notYetRejoinedMembers().filter((m) => !m.isStatic);
    for (const m of failed) {
      group.remove(m.memberId);
      this.#ctx.timer.cancel(heartbeatKey(group.groupId, m.memberId));
    }
    if (failed.length > 0) {
      this.#log.info(
        { groupId: group.groupId, members: failed.map((m) => m.memberId) },
        'removed dynamic members that did not rejoin',
      );
    }
    if (group.is(GroupState.Dead)) return EMPTY_RESULT;
    if (!group.maybeElectNewJoinedLeader() && group.size > 0) {
      // Nobody rejoined but static members remain: wait another rebalance timeout for them (or their sessions).
      this.#log.error({ groupId: group.groupId }, 'group could not complete its rebalance because no member rejoined');
      this.#ctx.timer.schedule(joinKey(group.groupId), group.rebalanceTimeoutMs(), () =>
        this.#completeJoinOf(group.groupId),
      );
      return EMPTY_RESULT;
    }
    group.initNextGeneration(this.#now);
    if (group.is(GroupState.Empty)) {
      this.#log.info({ groupId: group.groupId, generationId: group.generationId }, 'group is now empty');
      return {
        records: [this.#groupRecord(group, new Map())],
        response: undefined,
        replay: false,
        appended: (err) => {
          if (err !== null)
            this.#log.warn(
              { groupId: group.groupId, err: err.message },
              'failed to write the metadata of an empty group',
            );
        },
      };
    }
    this.#log.info(
      { groupId: group.groupId, generationId: group.generationId, members: group.size },
      'stabilized group generation',
    );
    for (const member of [...group.members]) {
      group.completeJoin(member, this.#joinResponse(group, member.memberId, group.isLeader(member.memberId)));
      this.#rescheduleHeartbeat(group, member);
      member.isNew = false;
      group.addPendingSyncMember(member.memberId);
    }
    this.#schedulePendingSync(group);
    return EMPTY_RESULT;
  }

  #schedulePendingSync(group: ClassicGroup): void {
    const generationId = group.generationId;
    this.#ctx.timer.schedule(syncKey(group.groupId), group.rebalanceTimeoutMs(), () =>
      this.#expirePendingSync(group.groupId, generationId),
    );
  }

  #expirePendingSync(groupId: string, generationId: number): Result {
    const group = this.#groups.get(groupId);
    if (!group || group.generationId !== generationId) return EMPTY_RESULT;
    if (
      (group.is(GroupState.CompletingRebalance) || group.is(GroupState.Stable)) &&
      !group.hasReceivedSyncFromAllMembers()
    ) {
      const pending = group.pendingSyncMembers;
      for (const memberId of pending) {
        group.remove(memberId);
        this.#ctx.timer.cancel(heartbeatKey(groupId, memberId));
      }
      this.#log.info({ groupId, members: pending }, 'removed members that did not send SyncGroup in time');
      return this.#prepareRebalance(group, `removing ${pending.join(', ')} on pending sync request expiration`);
    }
    return EMPTY_RESULT;
  }

  #removeSyncExpiration(group: ClassicGroup): void {
    group.clearPendingSyncMembers();
    this.#ctx.timer.cancel(syncKey(group.groupId));
  }

  #rescheduleHeartbeat(group: ClassicGroup, member: ClassicGroupMember, timeoutMs = member.sessionTimeoutMs): void {
    const groupId = group.groupId;
    const memberId = member.memberId;
    this.#ctx.timer.schedule(heartbeatKey(groupId, memberId), timeoutMs, () =>
      this.#expireHeartbeat(groupId, memberId),
    );
  }

  #expireHeartbeat(groupId: string, memberId: string): Result {
    const group = this.#groups.get(groupId);
    if (!group || group.is(GroupState.Dead)) return EMPTY_RESULT;
    if (group.isPendingMember(memberId)) {
      this.#log.info({ groupId, memberId }, 'pending member removed after its session timeout');
      group.remove(memberId);
      if (group.is(GroupState.PreparingRebalance) && group.hasAllMembersJoined()) return this.#completeJoin(group);
      return EMPTY_RESULT;
    }
    if (!group.hasMember(memberId)) return EMPTY_RESULT;
    const member = group.member(memberId);
    if (member.hasSatisfiedHeartbeat()) return EMPTY_RESULT;
    this.#log.info({ groupId, memberId }, 'member failed its session timeout; removing it from the group');
    return this.#removeMemberAndUpdateGroup(group, member, `removing member ${memberId} on heartbeat expiration`);
  }

  #removeMemberAndUpdateGroup(group: ClassicGroup, member: ClassicGroupMember, reason: string): Result {
    // A new member may time out with its JoinGroup parked: answer it so a live client rejoins.
    group.completeJoin(member, joinError(UNKNOWN_MEMBER_ID, ErrorCode.UNKNOWN_MEMBER_ID));
    group.remove(member.memberId);
    if (group.is(GroupState.Stable) || group.is(GroupState.CompletingRebalance))
      return this.#maybePrepareRebalanceOrCompleteJoin(group, reason);
    if (group.is(GroupState.PreparingRebalance) && group.hasAllMembersJoined()) return this.#completeJoin(group);
    return EMPTY_RESULT;
  }

  // --- SyncGroup -------------------------------------------------------------------------------------------

  sync(req: SyncRequest, respond: Respond<SyncGroupResponse>): Result {
    const group = this.#groups.get(req.groupId);
    if (!group || group.is(GroupState.Empty)) {
      respond(syncError(ErrorCode.UNKNOWN_MEMBER_ID));
      return EMPTY_RESULT;
    }
    const error = this.#validateSync(group, req);
    if (error !== ErrorCode.NONE) {
      respond(syncError(error));
      return EMPTY_RESULT;
    }
    if (group.is(GroupState.PreparingRebalance)) {
      respond(syncError(ErrorCode.REBALANCE_IN_PROGRESS));
      return EMPTY_RESULT;
    }
    if (group.is(GroupState.Stable)) {
      this.#removePendingSyncMember(group, req.memberId);
      const member = group.member(req.memberId);
      respond({
        errorCode: ErrorCode.NONE,
        protocolType: group.protocolType,
        protocolName: group.protocolName,
        assignment: member.assignment,
      });
      return EMPTY_RESULT;
    }
    // CompletingRebalance: park until the leader's assignment is persisted.
    const member = group.member(req.memberId);
    member.awaitingSync = respond;
    this.#removePendingSyncMember(group, req.memberId);
    if (!group.isLeader(req.memberId)) return EMPTY_RESULT;

    this.#log.info(
      {
        groupId: group.groupId,
        memberId: req.memberId,
        generationId: group.generationId,
        members: group.size,
        staticMembers: group.staticMemberCount,
      },
      'assignment received from the group leader',
    );
    // Members the leader did not assign anything get an empty assignment; assignments for unknown members are dropped.
    const assignments = new Map<string, Buffer>();
    for (const a of req.assignments)
      if (group.hasMember(a.memberId)) assignments.set(a.memberId, Buffer.from(a.assignment));
    const missing: string[] = [];
    for (const m of group.members) {
      if (!assignments.has(m.memberId)) {
        assignments.set(m.memberId, EMPTY_ASSIGNMENT);
        missing.push(m.memberId);
      }
    }
    if (missing.length > 0)
      this.#log.warn({ groupId: group.groupId, members: missing }, 'leader sent no assignment for some members');
    const generationId = group.generationId;
    return {
      records: [this.#groupRecord(group, assignments)],
      response: undefined,
      replay: false,
      appended: (err) => {
        // Another member may have joined meanwhile: act only if this generation is still completing.
        if (!group.is(GroupState.CompletingRebalance) || group.generationId !== generationId) return;
        if (err !== null) {
          const errorCode = code(appendErrorToResponseError(err));
          this.#resetAndPropagateAssignmentWithError(group, errorCode);
          this.#maybePrepareRebalanceOrCompleteJoin(group, `error ${errorCode} when storing the group assignment`);
          return;
        }
        for (const m of group.members) m.assignment = assignments.get(m.memberId) ?? EMPTY_ASSIGNMENT;
        this.#propagateAssignment(group, ErrorCode.NONE);
        group.transitionTo(GroupState.Stable, this.#now);
      },
    };
  }

  #validateSync(group: ClassicGroup, req: SyncRequest): number {
    if (group.is(GroupState.Dead)) return ErrorCode.COORDINATOR_NOT_AVAILABLE;
    try {
      group.validateMember(req.memberId, req.groupInstanceId);
    } catch (err) {
      return code(toErrorName(err));
    }
    if (req.generationId !== group.generationId) return ErrorCode.ILLEGAL_GENERATION;
    if (isInconsistent(req.protocolType, group.protocolType) || isInconsistent(req.protocolName, group.protocolName)) {
      return ErrorCode.INCONSISTENT_GROUP_PROTOCOL;
    }
    return ErrorCode.NONE;
  }

  #removePendingSyncMember(group: ClassicGroup, memberId: string): void {
    group.removePendingSyncMember(memberId);
    const stillWaiting =
      (group.is(GroupState.CompletingRebalance) || group.is(GroupState.Stable)) &&
      !group.hasReceivedSyncFromAllMembers();
    if (!stillWaiting) this.#ctx.timer.cancel(syncKey(group.groupId));
  }

  #resetAndPropagateAssignmentWithError(group: ClassicGroup, errorCode: number): void {
    for (const m of group.members) m.assignment = EMPTY_ASSIGNMENT;
    this.#propagateAssignment(group, errorCode);
  }

  #propagateAssignment(group: ClassicGroup, errorCode: number): void {
    const ok = errorCode === ErrorCode.NONE;
    for (const member of [...group.members]) {
      const sent = group.completeSync(member, {
        errorCode,
        protocolType: ok ? group.protocolType : null,
        protocolName: ok ? group.protocolName : null,
        assignment: member.assignment,
      });
      // The session restarts once the member has its assignment.
      if (sent) this.#rescheduleHeartbeat(group, member);
    }
  }

  // --- Heartbeat -------------------------------------------------------------------------------------------

  heartbeat(req: HeartbeatRequest): CoordinatorResult<number, GroupRecord> {
    const group = this.#groups.get(req.groupId);
    if (!group) throw new CoordinatorError('UNKNOWN_MEMBER_ID', `group ${req.groupId} not found`);
    if (group.is(GroupState.Dead)) throw new CoordinatorError('COORDINATOR_NOT_AVAILABLE');
    group.validateMember(req.memberId, req.groupInstanceId);
    if (req.generationId !== group.generationId) throw new CoordinatorError('ILLEGAL_GENERATION');
    switch (group.state) {
      case GroupState.Empty:
        return { records: [], response: ErrorCode.UNKNOWN_MEMBER_ID };
      case GroupState.PreparingRebalance:
        this.#rescheduleHeartbeat(group, group.member(req.memberId));
        return { records: [], response: ErrorCode.REBALANCE_IN_PROGRESS };
      default:
        // Members may heartbeat as soon as they have their JoinGroup response (CompletingRebalance).
        this.#rescheduleHeartbeat(group, group.member(req.memberId));
        return { records: [], response: ErrorCode.NONE };
    }
  }

  /** An offset commit from a member keeps its session alive while Stable or PreparingRebalance. */
  touchMember(group: ClassicGroup, memberId: string): void {
    if ((group.is(GroupState.Stable) || group.is(GroupState.PreparingRebalance)) && group.hasMember(memberId)) {
      this.#rescheduleHeartbeat(group, group.member(memberId));
    }
  }

  // --- LeaveGroup ------------------------------------------------------------------------------------------

  leave(
    groupId: string,
    leaving: readonly LeavingMember[],
  ): CoordinatorResult<{ errorCode: number; members: MemberResponse[] }, GroupRecord> {
    const group = this.#groups.get(groupId);
    if (!group) throw new CoordinatorError('UNKNOWN_MEMBER_ID', `group ${groupId} not found`);
    if (group.is(GroupState.Dead))
      return { records: [], response: { errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE, members: [] } };
    const members: MemberResponse[] = [];
    const removed: string[] = [];
    for (const m of leaving) {
      const reply = (errorCode: number): void => {
        members.push({ memberId: m.memberId, groupInstanceId: m.groupInstanceId, errorCode });
      };
      if (m.memberId === UNKNOWN_MEMBER_ID) {
        // KIP-345: an admin may remove a static member by its instance id alone.
        const existing = m.groupInstanceId === null ? undefined : group.staticMemberId(m.groupInstanceId);
        if (existing === undefined) {
          reply(ErrorCode.UNKNOWN_MEMBER_ID);
        } else {
          this.#removeCurrentMember(group, existing, m.reason);
          removed.push(existing);
          reply(ErrorCode.NONE);
        }
      } else if (group.isPendingMember(m.memberId)) {
        group.remove(m.memberId);
        this.#ctx.timer.cancel(heartbeatKey(groupId, m.memberId));
        this.#log.info({ groupId, memberId: m.memberId, reason: m.reason }, 'pending member left the group');
        removed.push(m.memberId);
        reply(ErrorCode.NONE);
      } else {
        try {
          group.validateMember(m.memberId, m.groupInstanceId);
          this.#removeCurrentMember(group, m.memberId, m.reason);
          removed.push(m.memberId);
          reply(ErrorCode.NONE);
        } catch (err) {
          reply(code(toErrorName(err)));
        }
      }
    }
    let res: Result = EMPTY_RESULT;
    if (removed.length > 0) {
      const reason = `explicit LeaveGroup request for (${removed.join(', ')})`;
      if (group.is(GroupState.Stable) || group.is(GroupState.CompletingRebalance))
        res = this.#maybePrepareRebalanceOrCompleteJoin(group, reason);
      else if (group.is(GroupState.PreparingRebalance)) res = this.#maybeCompleteJoinPhase(group);
    }
    return { ...res, response: { errorCode: ErrorCode.NONE, members } };
  }

  #removeCurrentMember(group: ClassicGroup, memberId: string, reason: string | null): void {
    const member = group.member(memberId);
    this.#ctx.timer.cancel(heartbeatKey(group.groupId, memberId));
    this.#log.info({ groupId: group.groupId, memberId, reason: reason ?? 'not provided' }, 'member left the group');
    group.completeJoin(member, joinError(UNKNOWN_MEMBER_ID, ErrorCode.UNKNOWN_MEMBER_ID));
    group.remove(memberId);
  }

  // --- DescribeGroups / ListGroups / deletion ----------------------------------------------------------------

  describe(groupId: string): DescribedGroup {
    const group = this.#groups.get(groupId);
    if (!group || group.is(GroupState.Dead)) {
      return {
        errorCode: ErrorCode.NONE,
        groupId,
        groupState: GroupState.Dead,
        protocolType: '',
        protocolData: '',
        members: [],
      };
    }
    const stable = group.is(GroupState.Stable);
    const members: DescribedGroupMember[] = [];
    for (const m of group.members) {
      members.push({
        memberId: m.memberId,
        groupInstanceId: m.groupInstanceId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        // Metadata and assignment are shown only once the generation is settled.
        memberMetadata: stable ? m.metadata(group.protocolName) : EMPTY_ASSIGNMENT,
        memberAssignment: stable ? m.assignment : EMPTY_ASSIGNMENT,
      });
    }
    return {
      errorCode: ErrorCode.NONE,
      groupId,
      groupState: group.state,
      protocolType: group.protocolType ?? '',
      protocolData: stable ? (group.protocolName ?? '') : '',
      members,
    };
  }

  /** Groups in the given states (case-insensitive; none = all) and of the given types (only "classic" here). */
  list(statesFilter: readonly string[], typesFilter: readonly string[]): ListedGroup[] {
    const states = new Set(statesFilter.map((s) => s.toLowerCase()));
    const types = new Set(typesFilter.map((t) => t.toLowerCase()));
    if (types.size > 0 && !types.has('classic')) return [];
    const out: ListedGroup[] = [];
    for (const g of this.#groups.values()) {
      if (g.is(GroupState.Dead)) continue;
      if (states.size > 0 && !states.has(g.state.toLowerCase())) continue;
      out.push({ groupId: g.groupId, protocolType: g.protocolType ?? '', groupState: g.state, groupType: 'classic' });
    }
    return out;
  }

  /** Kafka's validateDeleteGroup: only an Empty group can go (NON_EMPTY_GROUP, GROUP_ID_NOT_FOUND). */
  validateDelete(groupId: string): ClassicGroup {
    const group = this.#groups.get(groupId);
    if (!group || group.is(GroupState.Dead))
      throw new CoordinatorError('GROUP_ID_NOT_FOUND', `group ${groupId} not found`);
    if (!group.is(GroupState.Empty)) throw new CoordinatorError('NON_EMPTY_GROUP', `group ${groupId} is not empty`);
    return group;
  }

  // --- online migration (KIP-848) -------------------------------------------------------------------------

  /**
   * The group becomes a consumer group (a consumer-protocol member joined, Kafka's convertToConsumerGroup): parked
   * JoinGroups and SyncGroups learn that a rebalance is in progress, so they rejoin the consumer group, and the
   * classic timers stop.
   */
  releaseForUpgrade(group: ClassicGroup): void {
    this.#cancelGroupTimers(group);
    for (const m of [...group.members]) {
      group.completeJoin(m, joinError(m.memberId, ErrorCode.REBALANCE_IN_PROGRESS));
      group.completeSync(m, syncError(ErrorCode.REBALANCE_IN_PROGRESS));
    }
  }

  /**
   * A consumer group became this classic group (its last consumer-protocol member left, Kafka's
   * convertToClassicGroup): the group is registered, every member must heartbeat within its session timeout, and,
   * with a reason, a rebalance starts so the members rejoin under the classic protocol.
   */
  adoptDowngraded(group: ClassicGroup, rebalanceReason: string | null): Result {
    this.#groups.set(group.groupId, group);
    for (const m of group.members) this.#rescheduleHeartbeat(group, m);
    return rebalanceReason === null ? EMPTY_RESULT : this.#prepareRebalance(group, rebalanceReason);
  }

  /** The GroupMetadata record of a group as it stands (members, generation, assignments). */
  groupRecordOf(group: ClassicGroup): GroupMetadataRecord {
    const assignments = new Map<string, Buffer>();
    for (const m of group.members) assignments.set(m.memberId, m.assignment);
    return this.#groupRecord(group, assignments);
  }

  // --- records ---------------------------------------------------------------------------------------------

  #emptyGroupRecord(group: ClassicGroup): GroupMetadataRecord {
    return groupMetadataRecord(
      {
        protocolType: '',
        generation: 0,
        protocol: null,
        leader: null,
        currentStateTimestamp: group.currentStateTimestamp ?? -1,
        members: [],
      },
      group.groupId,
    );
  }

  #groupRecord(group: ClassicGroup, assignments: ReadonlyMap<string, Buffer>): GroupMetadataRecord {
    const members: GroupMemberMetadata[] = [];
    for (const m of group.members) {
      members.push({
        memberId: m.memberId,
        groupInstanceId: m.groupInstanceId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        rebalanceTimeout: m.rebalanceTimeoutMs,
        sessionTimeout: m.sessionTimeoutMs,
        subscription: m.metadata(group.protocolName),
        assignment: assignments.get(m.memberId) ?? EMPTY_ASSIGNMENT,
      });
    }
    return groupMetadataRecord(
      {
        protocolType: group.protocolType ?? '',
        generation: group.generationId,
        protocol: group.protocolName,
        leader: group.leaderId,
        currentStateTimestamp: group.currentStateTimestamp ?? -1,
        members,
      },
      group.groupId,
    );
  }

  /** Rebuilds a group from its latest metadata record (a tombstone removes it); Stable if it has members. */
  replay(record: GroupMetadataRecord): void {
    const groupId = record.key.group;
    const value = record.value;
    const existing = this.#groups.get(groupId);
    if (value === null) {
      if (existing) {
        this.#cancelGroupTimers(existing);
        if (!existing.is(GroupState.Dead)) existing.transitionTo(GroupState.Dead, this.#now);
        this.#groups.delete(groupId);
      }
      return;
    }
    const protocolType = value.protocolType === '' ? null : value.protocolType;
    const stamp =
      value.currentStateTimestamp === undefined || value.currentStateTimestamp === -1
        ? null
        : value.currentStateTimestamp;
    const group = new ClassicGroup(groupId, value.members.length === 0 ? GroupState.Empty : GroupState.Stable, stamp, {
      generationId: value.generation,
      protocolType,
      protocolName: value.protocol,
      leaderId: value.leader,
    });
    for (const m of value.members) {
      // v0 records carry no rebalance timeout: Kafka uses the session timeout.
      const rebalanceTimeoutMs =
        record.valueVersion === 0 || m.rebalanceTimeout === undefined || m.rebalanceTimeout <= 0
          ? m.sessionTimeout
          : m.rebalanceTimeout;
      group.add(
        new ClassicGroupMember({
          memberId: m.memberId,
          groupInstanceId: m.groupInstanceId ?? null,
          clientId: m.clientId,
          clientHost: m.clientHost,
          rebalanceTimeoutMs,
          sessionTimeoutMs: m.sessionTimeout,
          protocolType: value.protocolType,
          protocols: [{ name: value.protocol ?? '', metadata: Buffer.from(m.subscription) }],
          assignment: Buffer.from(m.assignment),
        }),
      );
    }
    // `add` makes the first member leader; the record knows the real one.
    group.leaderId = value.leader;
    group.subscribedTopics = group.computeSubscribedTopics();
    if (existing) this.#cancelGroupTimers(existing);
    this.#groups.set(groupId, group);
  }

  /** After loading: every loaded member must heartbeat within its session timeout or it is removed. */
  onLoaded(): void {
    for (const group of this.#groups.values()) {
      for (const m of group.members) this.#rescheduleHeartbeat(group, m);
      if (group.size > this.#config.maxSize) {
        this.#prepareRebalance(group, `freshly-loaded group is over capacity ${this.#config.maxSize}`);
      }
      if (group.size > 0)
        this.#log.info(
          { groupId: group.groupId, members: group.size, generationId: group.generationId },
          'loaded classic group',
        );
    }
  }

  /** The partition goes away: every group is Dead and parked requests learn the coordinator moved. */
  onUnloaded(): void {
    for (const group of this.#groups.values()) {
      this.#cancelGroupTimers(group);
      const previous = group.state;
      if (!group.is(GroupState.Dead)) group.transitionTo(GroupState.Dead, this.#now);
      if (previous === GroupState.PreparingRebalance) {
        for (const m of [...group.members]) group.completeJoin(m, joinError(m.memberId, ErrorCode.NOT_COORDINATOR));
      } else if (previous === GroupState.CompletingRebalance || previous === GroupState.Stable) {
        for (const m of [...group.members]) group.completeSync(m, syncError(ErrorCode.NOT_COORDINATOR));
      }
    }
  }

  #cancelGroupTimers(group: ClassicGroup): void {
    this.#ctx.timer.cancel(joinKey(group.groupId));
    this.#ctx.timer.cancel(syncKey(group.groupId));
    for (const id of group.memberIds) this.#ctx.timer.cancel(heartbeatKey(group.groupId, id));
  }
}

function isInconsistent(requested: string | null, current: string | null): boolean {
  return requested !== null && current !== null && requested !== current;
}

export const joinKey = (groupId: string): string => `join-${groupId}`;
export const syncKey = (groupId: string): string => `sync-${groupId}`;
export const heartbeatKey = (groupId: string, memberId: string): string => `heartbeat-${groupId}-${memberId}`;
