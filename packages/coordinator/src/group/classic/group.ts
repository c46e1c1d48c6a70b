/**
 * A classic consumer group (Kafka's ClassicGroup): its state, generation, selected protocol and leader, its members
 * (dynamic ones and static ones keyed by group.instance.id), the members asked to rejoin with their new id
 * (MEMBER_ID_REQUIRED) and the members the coordinator still expects a SyncGroup from.
 */
import { randomUUID } from 'node:crypto';
import {
  ErrorCode,
  type JoinGroupResponse,
  type JoinGroupResponseMember,
  type SyncGroupResponse,
} from '@samsa/protocol';
import { CoordinatorError } from '../../runtime/errors';
import type { OffsetAndMetadata } from '../offsets';
import { CONSUMER_PROTOCOL_TYPE, subscribedTopics } from './consumer-protocol';
import { ClassicGroupMember, type MemberProtocol } from './member';
import { GroupState, VALID_PREVIOUS_STATES, type GroupStateName } from './state';

export class ClassicGroup {
  readonly groupId: string;
  #state: GroupStateName;
  #previousState: GroupStateName;
  /** When the group entered its current state; null for groups loaded from records that lack it. */
  currentStateTimestamp: number | null;
  generationId: number;
  protocolType: string | null;
  protocolName: string | null;
  leaderId: string | null;
  /** A member was added during the initial rebalance delay, which then extends (group.initial.rebalance.delay.ms). */
  newMemberAdded = false;
  /** Topics the members subscribe to (consumer protocol only); null when unknown. */
  subscribedTopics: ReadonlySet<string> | null = null;
  readonly #members = new Map<string, ClassicGroupMember>();
  readonly #staticMembers = new Map<string, string>();
  readonly #pendingJoinMembers = new Set<string>();
  readonly #pendingSyncMembers = new Set<string>();
  readonly #supportedProtocols = new Map<string, number>();
  #awaitingJoin = 0;

  constructor(
    groupId: string,
    state: GroupStateName,
    now: number | null,
    init: {
      generationId?: number;
      protocolType?: string | null;
      protocolName?: string | null;
      leaderId?: string | null;
    } = {},
  ) {
    this.groupId = groupId;
    this.#state = state;
    this.#previousState = state;
    this.currentStateTimestamp = now;
    this.generationId = init.generationId ?? 0;
    this.protocolType = init.protocolType ?? null;
    this.protocolName = init.protocolName ?? null;
    this.leaderId = init.leaderId ?? null;
  }

  get state(): GroupStateName {
    return this.#state;
  }

  get previousState(): GroupStateName {
    return this.#previousState;
  }

  is(state: GroupStateName): boolean {
    return this.#state === state;
  }

  transitionTo(state: GroupStateName, now: number): void {
    if (!VALID_PREVIOUS_STATES[state].includes(this.#state)) {
      throw new Error(`group ${this.groupId} cannot move from ${this.#state} to ${state}`);
    }
    this.#previousState = this.#state;
    this.#state = state;
    this.currentStateTimestamp = now;
  }

  get size(): number {
    return this.#members.size;
  }

  get members(): IterableIterator<ClassicGroupMember> {
    return this.#members.values();
  }

  get memberIds(): string[] {
    return [...this.#members.keys()];
  }

  member(memberId: string): ClassicGroupMember {
    const m = this.#members.get(memberId);
    if (!m) throw new CoordinatorError('UNKNOWN_MEMBER_ID', `member ${memberId} is not in group ${this.groupId}`);
    return m;
  }

  hasMember(memberId: string): boolean {
    return this.#members.has(memberId);
  }

  isLeader(memberId: string): boolean {
    return this.leaderId === memberId;
  }

  get usesConsumerProtocol(): boolean {
    return this.protocolType === CONSUMER_PROTOCOL_TYPE;
  }

  /** Kafka's generateMemberId: `<group.instance.id or client.id>-<uuid>`. */
  generateMemberId(clientId: string, groupInstanceId: string | null): string {
    return `${groupInstanceId ?? clientId}-${randomUUID()}`;
  }

  add(member: ClassicGroupMember, respond: ((r: JoinGroupResponse) => void) | null = null): void {
    if (member.groupInstanceId !== null) {
      if (this.#staticMembers.has(member.groupInstanceId)) {
        throw new Error(`static member ${member.groupInstanceId} is already in group ${this.groupId}`);
      }
      this.#staticMembers.set(member.groupInstanceId, member.memberId);
    }
    if (this.#members.size === 0) this.protocolType = member.protocolType;
    this.leaderId ??= member.memberId;
    this.#members.set(member.memberId, member);
    this.#countProtocols(member.protocols, 1);
    member.awaitingJoin = respond;
    if (member.isAwaitingJoin) this.#awaitingJoin++;
    this.#pendingJoinMembers.delete(member.memberId);
  }

  remove(memberId: string): void {
    const removed = this.#members.get(memberId);
    if (removed) {
      this.#members.delete(memberId);
      this.#countProtocols(removed.protocols, -1);
      if (removed.isAwaitingJoin) this.#awaitingJoin--;
      if (removed.groupInstanceId !== null) this.#staticMembers.delete(removed.groupInstanceId);
    }
    if (this.isLeader(memberId)) {
      const next = this.#members.keys().next();
      this.leaderId = next.done ? null : next.value;
    }
    this.#pendingJoinMembers.delete(memberId);
    this.#pendingSyncMembers.delete(memberId);
  }

  updateMember(
    member: ClassicGroupMember,
    protocols: readonly MemberProtocol[],
    rebalanceTimeoutMs: number,
    sessionTimeoutMs: number,
    respond: ((r: JoinGroupResponse) => void) | null,
  ): void {
    this.#countProtocols(member.protocols, -1);
    member.protocols = protocols;
    this.#countProtocols(member.protocols, 1);
    member.rebalanceTimeoutMs = rebalanceTimeoutMs;
    member.sessionTimeoutMs = sessionTimeoutMs;
    if (respond !== null && !member.isAwaitingJoin) this.#awaitingJoin++;
    else if (respond === null && member.isAwaitingJoin) this.#awaitingJoin--;
    member.awaitingJoin = respond;
  }

  completeJoin(member: ClassicGroupMember, response: JoinGroupResponse): boolean {
    const respond = member.awaitingJoin;
    if (respond === null) return false;
    member.awaitingJoin = null;
    this.#awaitingJoin--;
    respond(response);
    return true;
  }

  completeSync(member: ClassicGroupMember, response: SyncGroupResponse): boolean {
    const respond = member.awaitingSync;
    if (respond === null) return false;
    member.awaitingSync = null;
    respond(response);
    return true;
  }

  /**
   * Static membership: the group instance id gets a new member id; whoever still waits under the old id is fenced
   * (FENCED_INSTANCE_ID) and everything else (protocols, assignment, leadership) carries over.
   */
  replaceStaticMember(groupInstanceId: string, oldMemberId: string, newMemberId: string): ClassicGroupMember {
    const old = this.#members.get(oldMemberId);
    if (!old) throw new Error(`cannot replace unknown member ${oldMemberId}`);
    this.#members.delete(oldMemberId);
    if (old.isAwaitingJoin) this.#awaitingJoin--;
    const join = old.awaitingJoin;
    old.awaitingJoin = null;
    join?.({
      errorCode: ErrorCode.FENCED_INSTANCE_ID,
      generationId: -1,
      protocolType: null,
      protocolName: null,
      leader: '',
      skipAssignment: false,
      memberId: oldMemberId,
      members: [],
    });
    const sync = old.awaitingSync;
    old.awaitingSync = null;
    sync?.({
      errorCode: ErrorCode.FENCED_INSTANCE_ID,
      protocolType: null,
      protocolName: null,
      assignment: Buffer.alloc(0),
    });
    const replacement = new ClassicGroupMember({
      memberId: newMemberId,
      groupInstanceId: old.groupInstanceId,
      clientId: old.clientId,
      clientHost: old.clientHost,
      rebalanceTimeoutMs: old.rebalanceTimeoutMs,
      sessionTimeoutMs: old.sessionTimeoutMs,
      protocolType: old.protocolType,
      protocols: old.protocols,
      assignment: old.assignment,
    });
    this.#members.set(newMemberId, replacement);
    if (this.isLeader(oldMemberId)) this.leaderId = newMemberId;
    this.#staticMembers.set(groupInstanceId, newMemberId);
    return replacement;
  }

  // --- pending members -------------------------------------------------------------------------------------

  isPendingMember(memberId: string): boolean {
    return this.#pendingJoinMembers.has(memberId);
  }

  addPendingMember(memberId: string): void {
    if (this.hasMember(memberId)) throw new Error(`pending member ${memberId} is already a member`);
    this.#pendingJoinMembers.add(memberId);
  }

  get pendingJoinCount(): number {
    return this.#pendingJoinMembers.size;
  }

  addPendingSyncMember(memberId: string): void {
    this.#pendingSyncMembers.add(memberId);
  }

  removePendingSyncMember(memberId: string): void {
    this.#pendingSyncMembers.delete(memberId);
  }

  get pendingSyncMembers(): string[] {
    return [...this.#pendingSyncMembers];
  }

  hasReceivedSyncFromAllMembers(): boolean {
    return this.#pendingSyncMembers.size === 0;
  }

  clearPendingSyncMembers(): void {
    this.#pendingSyncMembers.clear();
  }

  // --- static members --------------------------------------------------------------------------------------

  hasStaticMember(groupInstanceId: string): boolean {
    return this.#staticMembers.has(groupInstanceId);
  }

  staticMemberId(groupInstanceId: string): string | undefined {
    return this.#staticMembers.get(groupInstanceId);
  }

  get staticMemberCount(): number {
    return this.#staticMembers.size;
  }

  /**
   * Kafka's validateMember: a static member must present the member id currently mapped to its instance id
   * (FENCED_INSTANCE_ID otherwise, UNKNOWN_MEMBER_ID if the instance id is unknown); any member must exist.
   */
  validateMember(memberId: string, groupInstanceId: string | null): void {
    if (groupInstanceId !== null) {
      const existing = this.#staticMembers.get(groupInstanceId);
      if (existing === undefined)
        throw new CoordinatorError('UNKNOWN_MEMBER_ID', `unknown group instance id ${groupInstanceId}`);
      if (existing !== memberId) {
        throw new CoordinatorError(
          'FENCED_INSTANCE_ID',
          `member ${memberId} of ${groupInstanceId} is fenced by ${existing}`,
        );
      }
    }
    if (!this.hasMember(memberId))
      throw new CoordinatorError('UNKNOWN_MEMBER_ID', `member ${memberId} is not in group ${this.groupId}`);
  }

  // --- rebalance bookkeeping -------------------------------------------------------------------------------

  get awaitingJoinCount(): number {
    return this.#awaitingJoin;
  }

  hasAllMembersJoined(): boolean {
    return this.#members.size === this.#awaitingJoin && this.#pendingJoinMembers.size === 0;
  }

  notYetRejoinedMembers(): ClassicGroupMember[] {
    return [...this.#members.values()].filter((m) => !m.isAwaitingJoin);
  }

  /** The largest rebalance timeout of the members: how long a rebalance waits for them. */
  rebalanceTimeoutMs(): number {
    let max = 0;
    for (const m of this.#members.values()) max = Math.max(max, m.rebalanceTimeoutMs);
    return max;
  }

  canRebalance(): boolean {
    return VALID_PREVIOUS_STATES.PreparingRebalance.includes(this.#state);
  }

  /** Keeps the leader if it rejoined, else picks a member that did; false when nobody rejoined. */
  maybeElectNewJoinedLeader(): boolean {
    if (this.leaderId === null) return false;
    const leader = this.#members.get(this.leaderId);
    if (leader?.isAwaitingJoin) return true;
    for (const m of this.#members.values()) {
      if (m.isAwaitingJoin) {
        this.leaderId = m.memberId;
        return true;
      }
    }
    return false;
  }

  initNextGeneration(now: number): void {
    this.generationId++;
    if (this.#members.size > 0) {
      this.protocolName = this.selectProtocol();
      this.subscribedTopics = this.computeSubscribedTopics();
      this.transitionTo(GroupState.CompletingRebalance, now);
    } else {
      this.protocolName = null;
      this.subscribedTopics = this.computeSubscribedTopics();
      this.transitionTo(GroupState.Empty, now);
    }
    this.#pendingSyncMembers.clear();
  }

  // --- protocols -------------------------------------------------------------------------------------------

  /** The protocol supported by every member that most members list first (each member votes for its favourite). */
  selectProtocol(): string {
    if (this.#members.size === 0) throw new Error(`cannot select a protocol for empty group ${this.groupId}`);
    const candidates = new Set<string>();
    for (const [name, count] of this.#supportedProtocols) if (count === this.#members.size) candidates.add(name);
    const votes = new Map<string, number>();
    for (const m of this.#members.values()) {
      const choice = m.vote(candidates);
      votes.set(choice, (votes.get(choice) ?? 0) + 1);
    }
    let best: string | null = null;
    let bestVotes = -1;
    for (const [name, n] of votes) {
      if (n > bestVotes) {
        best = name;
        bestVotes = n;
      }
    }
    return best as string;
  }

  /** Kafka's supportsProtocols: an Empty group takes any non-empty type and list; otherwise the type must match
   * and at least one of the protocols must be supported by every current member. */
  supportsProtocols(protocolType: string, protocols: readonly MemberProtocol[]): boolean {
    if (this.is(GroupState.Empty)) return protocolType !== '' && protocols.length > 0;
    if (this.protocolType !== protocolType) return false;
    return protocols.some((p) => (this.#supportedProtocols.get(p.name) ?? 0) === this.#members.size);
  }

  computeSubscribedTopics(): ReadonlySet<string> | null {
    if (this.protocolType !== CONSUMER_PROTOCOL_TYPE) return null;
    if (this.#members.size === 0) return new Set();
    if (this.protocolName === null) return null;
    const all = new Set<string>();
    for (const m of this.#members.values()) {
      const topics = subscribedTopics(m.metadata(this.protocolName));
      if (topics === null) return null;
      for (const t of topics) all.add(t);
    }
    return all;
  }

  /** A group created only to hold offsets committed without membership (Kafka's isSimpleGroup). */
  get isSimpleGroup(): boolean {
    return this.protocolType === null && this.#members.size === 0 && this.#pendingJoinMembers.size === 0;
  }

  /** The time an offset's retention counts from, per Kafka's ClassicGroup.offsetExpirationCondition; null: never now. */
  offsetExpirationBase(): ((o: OffsetAndMetadata) => number) | null {
    if (this.protocolType === null) return (o) => o.commitTimestampMs;
    if (this.is(GroupState.Empty)) {
      const since = this.currentStateTimestamp;
      return (o) => since ?? o.commitTimestampMs;
    }
    if (this.usesConsumerProtocol && this.subscribedTopics !== null && this.is(GroupState.Stable))
      return (o) => o.commitTimestampMs;
    return null;
  }

  /** Whether offsets of the topic are in use; unknown subscriptions count as subscribed for consumer groups. */
  isSubscribedToTopic(topic: string): boolean {
    if (this.subscribedTopics === null) return this.usesConsumerProtocol;
    return this.subscribedTopics.has(topic);
  }

  /** The members as the leader's JoinGroup response lists them. */
  joinResponseMembers(): JoinGroupResponseMember[] {
    const out: JoinGroupResponseMember[] = [];
    for (const m of this.#members.values()) {
      out.push({ memberId: m.memberId, groupInstanceId: m.groupInstanceId, metadata: m.metadata(this.protocolName) });
    }
    return out;
  }

  #countProtocols(protocols: readonly MemberProtocol[], delta: number): void {
    for (const p of protocols)
      this.#supportedProtocols.set(p.name, (this.#supportedProtocols.get(p.name) ?? 0) + delta);
  }
}
