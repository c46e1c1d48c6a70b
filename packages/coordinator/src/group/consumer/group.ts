/**
 * A consumer group of the KIP-848 protocol (Kafka's ConsumerGroup / ModernGroup): its group epoch, its target
 * assignment and that assignment's epoch, its members, and what Kafka derives from them on every change: the
 * static members by instance id, who owns each partition at which epoch (a partition goes to a new owner only once
 * the old one released it), how many members subscribe to each topic and each regex, the resolved regexes, the
 * server assignors members ask for, and the members still on the classic protocol during an online migration.
 *
 * The state is only ever changed by the replay of records (Kafka's hard state), never by request handling, so a
 * restart rebuilds exactly the same group. The state name follows: Empty, Assigning (group epoch ahead of the
 * target assignment), Reconciling (some member not yet at the target), Stable.
 */
import { CONSUMER_PROTOCOL_TYPE } from '../classic/consumer-protocol';
import type { OffsetAndMetadata } from '../offsets';
import { EMPTY_ASSIGNMENT, type Assignment } from './assignment';
import {
  type ConsumerGroupMember,
  type MemberStateValue,
  isReconciledTo,
  LEAVE_GROUP_STATIC_MEMBER_EPOCH,
  MemberState,
  newMember,
  usesClassicProtocol,
} from './member';

export const ConsumerGroupState = {
  Empty: 'Empty',
  Assigning: 'Assigning',
  Reconciling: 'Reconciling',
  Stable: 'Stable',
  Dead: 'Dead',
} as const;
export type ConsumerGroupStateName = (typeof ConsumerGroupState)[keyof typeof ConsumerGroupState];

export interface ResolvedRegex {
  readonly topics: ReadonlySet<string>;
  /** The topics image version it was resolved against. */
  readonly version: number;
  readonly timestamp: number;
}

export class ConsumerGroup {
  readonly groupId: string;
  groupEpoch = 0;
  /** -1 once its record is tombstoned (a group being deleted). */
  assignmentEpoch = 0;
  metadataHash = 0;
  /** A ConsumerGroupPartitionMetadata record (Kafka 4.0) is in the log: the next epoch bump tombstones it. */
  hasPartitionMetadataRecord = false;
  /** Topics the group subscribes to were created, changed or deleted: the next heartbeat recomputes the hash. */
  metadataRefreshRequested = false;
  #state: ConsumerGroupStateName = ConsumerGroupState.Empty;
  readonly #members = new Map<string, ConsumerGroupMember>();
  readonly #staticMembers = new Map<string, string>();
  readonly #targetAssignment = new Map<string, Assignment>();
  /** topic id -> partition -> epoch of the member owning it (assigned or pending revocation). */
  readonly #partitionEpochs = new Map<string, Map<number, number>>();
  /** topic name -> members subscribing to it by name. */
  readonly #topicsByName = new Map<string, number>();
  /** regex -> members subscribing with it. */
  readonly #regexes = new Map<string, number>();
  readonly #resolvedRegexes = new Map<string, ResolvedRegex>();
  readonly #serverAssignors = new Map<string, number>();
  readonly #classicProtocols = new Map<string, number>();
  #classicMembers = 0;

  constructor(groupId: string) {
    this.groupId = groupId;
  }

  get state(): ConsumerGroupStateName {
    return this.#state;
  }

  get protocolType(): string {
    return CONSUMER_PROTOCOL_TYPE;
  }

  get isEmpty(): boolean {
    return this.#state === ConsumerGroupState.Empty;
  }

  get size(): number {
    return this.#members.size;
  }

  get members(): ReadonlyMap<string, ConsumerGroupMember> {
    return this.#members;
  }

  member(memberId: string): ConsumerGroupMember | undefined {
    return this.#members.get(memberId);
  }

  hasMember(memberId: string): boolean {
    return this.#members.has(memberId);
  }

  /** Kafka's getOrMaybeCreateMember: the member, or a new one (not added to the group) when allowed. */
  getOrCreateMember(memberId: string, create: boolean): ConsumerGroupMember | undefined {
    return this.#members.get(memberId) ?? (create ? newMember(memberId) : undefined);
  }

  staticMemberId(instanceId: string | null): string | undefined {
    return instanceId === null ? undefined : this.#staticMembers.get(instanceId);
  }

  staticMember(instanceId: string | null): ConsumerGroupMember | undefined {
    const id = this.staticMemberId(instanceId);
    return id === undefined ? undefined : this.#members.get(id);
  }

  get staticMembers(): ReadonlyMap<string, string> {
    return this.#staticMembers;
  }

  get targetAssignment(): ReadonlyMap<string, Assignment> {
    return this.#targetAssignment;
  }

  /** Kafka's targetAssignment(memberId, instanceId): a replacing static member inherits its predecessor's. */
  targetAssignmentOf(memberId: string, instanceId: string | null = null): Assignment {
    const own = this.#targetAssignment.get(memberId);
    if (own) return own;
    const previous = this.staticMemberId(instanceId);
    return (previous === undefined ? undefined : this.#targetAssignment.get(previous)) ?? EMPTY_ASSIGNMENT;
  }

  /** The epoch of the member owning the partition, -1 when it is free. */
  partitionEpoch(topicId: string, partition: number): number {
    return this.#partitionEpochs.get(topicId)?.get(partition) ?? -1;
  }

  get numClassicMembers(): number {
    return this.#classicMembers;
  }

  /** Topic name -> members subscribing to it, by name or through a resolved regex. */
  subscribedTopicNames(): Map<string, number> {
    const out = new Map(this.#topicsByName);
    for (const [regex, count] of this.#regexes) {
      for (const t of this.#resolvedRegexes.get(regex)?.topics ?? []) out.set(t, (out.get(t) ?? 0) + count);
    }
    return out;
  }

  /** Whether some member subscribes to the topic (OffsetDelete's GROUP_SUBSCRIBED_TO_TOPIC, offset expiry). */
  isSubscribedToTopic(topic: string): boolean {
    if (this.#topicsByName.has(topic)) return true;
    for (const regex of this.#regexes.keys()) if (this.#resolvedRegexes.get(regex)?.topics.has(topic)) return true;
    return false;
  }

  /** Kafka's ConsumerGroup.offsetExpirationCondition: from each commit (offsets of subscribed topics never expire). */
  offsetExpirationBase(): (o: OffsetAndMetadata) => number {
    return (o) => o.commitTimestampMs;
  }

  get subscribedRegexes(): ReadonlyMap<string, number> {
    return this.#regexes;
  }

  numSubscribedMembers(regex: string): number {
    return this.#regexes.get(regex) ?? 0;
  }

  resolvedRegex(regex: string): ResolvedRegex | undefined {
    return this.#resolvedRegexes.get(regex);
  }

  get resolvedRegexes(): ReadonlyMap<string, ResolvedRegex> {
    return this.#resolvedRegexes;
  }

  /** The topics a member subscribes to: its names and what its regex resolved to. */
  memberTopics(m: ConsumerGroupMember): Set<string> {
    const out = new Set(m.subscribedTopicNames);
    if (m.subscribedTopicRegex)
      for (const t of this.#resolvedRegexes.get(m.subscribedTopicRegex)?.topics ?? []) out.add(t);
    return out;
  }

  /** Kafka's computePreferredServerAssignor: the assignor most members ask for, with `updated` replacing `old`. */
  preferredServerAssignor(
    old: ConsumerGroupMember | null = null,
    updated: ConsumerGroupMember | null = null,
  ): string | null {
    const counts = new Map(this.#serverAssignors);
    if (old?.serverAssignorName) counts.set(old.serverAssignorName, (counts.get(old.serverAssignorName) ?? 0) - 1);
    if (updated?.serverAssignorName)
      counts.set(updated.serverAssignorName, (counts.get(updated.serverAssignorName) ?? 0) + 1);
    let best: string | null = null;
    let bestCount = 0;
    for (const [name, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (n > bestCount) {
        best = name;
        bestCount = n;
      }
    }
    return best;
  }

  /** Kafka's supportsClassicProtocols: a classic member may join when all classic members share a protocol with it. */
  supportsClassicProtocols(protocolType: string, protocols: readonly string[]): boolean {
    if (protocolType !== CONSUMER_PROTOCOL_TYPE) return false;
    if (this.isEmpty) return protocols.length > 0;
    return protocols.some((name) => (this.#classicProtocols.get(name) ?? 0) === this.#classicMembers);
  }

  /** Whether every member but `except` uses the classic protocol, and `except` does not (a downgrade is due). */
  allMembersUseClassicProtocolExcept(except: readonly ConsumerGroupMember[]): boolean {
    const ids = new Set(except.map((m) => m.memberId));
    for (const id of ids) {
      const m = this.#members.get(id);
      if (!m || usesClassicProtocol(m)) return false;
    }
    return this.#classicMembers === this.#members.size - ids.size;
  }

  /** A classic member waiting for partitions another member still owns (Kafka's waitingOnUnreleasedPartition). */
  waitingOnUnreleasedPartition(m: ConsumerGroupMember): boolean {
    if (m.state !== MemberState.UNRELEASED_PARTITIONS) return false;
    for (const [topicId, parts] of this.targetAssignmentOf(m.memberId)) {
      const assigned = m.assignedPartitions.get(topicId);
      for (const p of parts) if (!assigned?.has(p) && this.partitionEpoch(topicId, p) !== -1) return true;
    }
    return false;
  }

  // --- replay --------------------------------------------------------------------------------------------

  /** Adds or replaces a member, keeping every derived index in step (Kafka's updateMember). */
  updateMember(m: ConsumerGroupMember): void {
    const old = this.#members.get(m.memberId) ?? null;
    this.#members.set(m.memberId, m);
    this.#index(old, -1);
    this.#index(m, 1);
    if (m.instanceId !== null) this.#staticMembers.set(m.instanceId, m.memberId);
    this.#updateState();
  }

  removeMember(memberId: string): void {
    const old = this.#members.get(memberId);
    if (!old) return;
    this.#members.delete(memberId);
    this.#index(old, -1);
    if (old.instanceId !== null && this.#staticMembers.get(old.instanceId) === memberId)
      this.#staticMembers.delete(old.instanceId);
    this.#updateState();
  }

  setGroupEpoch(epoch: number, hash: number): void {
    this.groupEpoch = epoch;
    this.metadataHash = hash;
    this.#updateState();
  }

  setAssignmentEpoch(epoch: number): void {
    this.assignmentEpoch = epoch;
    this.#updateState();
  }

  setTargetAssignment(memberId: string, a: Assignment): void {
    this.#targetAssignment.set(memberId, a);
  }

  removeTargetAssignment(memberId: string): void {
    this.#targetAssignment.delete(memberId);
  }

  setResolvedRegex(regex: string, resolved: ResolvedRegex): void {
    this.#resolvedRegexes.set(regex, resolved);
  }

  removeResolvedRegex(regex: string): void {
    this.#resolvedRegexes.delete(regex);
  }

  #index(m: ConsumerGroupMember | null, delta: 1 | -1): void {
    if (m === null) return;
    for (const t of new Set(m.subscribedTopicNames)) bump(this.#topicsByName, t, delta);
    if (m.subscribedTopicRegex) bump(this.#regexes, m.subscribedTopicRegex, delta);
    if (m.serverAssignorName) bump(this.#serverAssignors, m.serverAssignorName, delta);
    if (m.classicMemberMetadata) {
      this.#classicMembers += delta;
      for (const p of m.classicMemberMetadata.supportedProtocols) bump(this.#classicProtocols, p.name, delta);
    }
    for (const a of [m.assignedPartitions, m.partitionsPendingRevocation]) {
      for (const [topicId, parts] of a) {
        let epochs = this.#partitionEpochs.get(topicId);
        if (!epochs) this.#partitionEpochs.set(topicId, (epochs = new Map()));
        for (const p of parts) {
          if (delta > 0) epochs.set(p, m.memberEpoch);
          else if (epochs.get(p) === m.memberEpoch) epochs.delete(p);
        }
        if (epochs.size === 0) this.#partitionEpochs.delete(topicId);
      }
    }
  }

  /** Kafka's maybeUpdateGroupState. */
  #updateState(): void {
    if (this.#members.size === 0) this.#state = ConsumerGroupState.Empty;
    else if (this.groupEpoch > this.assignmentEpoch) this.#state = ConsumerGroupState.Assigning;
    else {
      this.#state = ConsumerGroupState.Stable;
      for (const m of this.#members.values()) {
        if (!isReconciledTo(m, this.assignmentEpoch)) {
          this.#state = ConsumerGroupState.Reconciling;
          break;
        }
      }
    }
  }
}

function bump(map: Map<string, number>, key: string, delta: number): void {
  const n = (map.get(key) ?? 0) + delta;
  if (n <= 0) map.delete(key);
  else map.set(key, n);
}

/** A member that left temporarily (static, epoch -2) still holds its place. */
export const isTemporarilyAway = (m: ConsumerGroupMember): boolean => m.memberEpoch === LEAVE_GROUP_STATIC_MEMBER_EPOCH;

export type { MemberStateValue };
