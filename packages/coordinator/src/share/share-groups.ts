/**
 * Share groups (KIP-932; Kafka's GroupMetadataManager.shareGroupHeartbeat and ShareGroup): membership by
 * ShareGroupHeartbeat, an assignment computed by the coordinator with the simple assignor, and no revocation phase: a
 * partition may be assigned to several members at once, since records, not partitions, are what members hold.
 *
 * - Epoch 0 joins (the client generates its member id), -1 leaves; any other epoch must be the member's current one
 *   (FENCED_MEMBER_EPOCH), of a known member (UNKNOWN_MEMBER_ID).
 * - A change of the group's subscriptions or of the subscribed topics' metadata bumps the group epoch and recomputes
 *   the assignment; a member's epoch moves to the group epoch on its next heartbeat, with its new assignment.
 * - A member that does not heartbeat for group.share.session.timeout.ms is removed; `onMemberRemoved` lets the
 *   broker release the records it held.
 *
 * Membership lives in memory here: Kafka also writes ShareGroup* records to __consumer_offsets, which this does not.
 */
import { ErrorCode, KafkaError } from '@samsa/protocol';
import type { Scheduler } from '../runtime/scheduler';
import { metadataHash, type TopicsImage } from '../group/consumer/topics';
import { simpleAssign, type MemberTopicPartitions } from './simple-assignor';

export interface ShareGroupConfig {
  /** group.share.session.timeout.ms */
  readonly sessionTimeoutMs: number;
  /** group.share.heartbeat.interval.ms */
  readonly heartbeatIntervalMs: number;
  /** group.share.max.size */
  readonly maxSize: number;
}

export const DEFAULT_SHARE_GROUP_CONFIG: ShareGroupConfig = Object.freeze({
  sessionTimeoutMs: 45_000,
  heartbeatIntervalMs: 5000,
  maxSize: 200,
});

/** Kafka's ShareGroup.ShareGroupState names. */
export const ShareGroupState = { EMPTY: 'Empty', STABLE: 'Stable', DEAD: 'Dead' } as const;

export interface ShareHeartbeat {
  readonly groupId: string;
  readonly memberId: string;
  readonly memberEpoch: number;
  readonly rackId: string | null;
  readonly subscribedTopicNames: readonly string[] | null;
}

export interface ShareHeartbeatResult {
  readonly memberId: string;
  readonly memberEpoch: number;
  readonly heartbeatIntervalMs: number;
  /** Topic id -> partitions; null when unchanged since the member last heard it. */
  readonly assignment: { topicId: string; partitions: number[] }[] | null;
}

export interface ShareMemberView {
  readonly memberId: string;
  readonly rackId: string | null;
  readonly memberEpoch: number;
  readonly clientId: string;
  readonly clientHost: string;
  readonly subscribedTopicNames: readonly string[];
  readonly assignment: { topicId: string; topicName: string; partitions: number[] }[];
}

export interface ShareGroupView {
  readonly groupId: string;
  readonly state: string;
  readonly groupEpoch: number;
  readonly assignmentEpoch: number;
  readonly assignorName: string;
  readonly members: ShareMemberView[];
}

interface ShareMember {
  readonly memberId: string;
  memberEpoch: number;
  rackId: string | null;
  clientId: string;
  clientHost: string;
  subscribedTopicNames: string[];
  assignment: MemberTopicPartitions;
  timer: unknown;
}

interface ShareGroup {
  readonly groupId: string;
  groupEpoch: number;
  assignmentEpoch: number;
  metadataHash: number;
  readonly members: Map<string, ShareMember>;
  /** The target assignment, computed at assignmentEpoch. */
  target: Map<string, MemberTopicPartitions>;
}

export interface ShareGroupCoordinatorOptions {
  readonly config?: Partial<ShareGroupConfig>;
  readonly topics: TopicsImage;
  readonly scheduler: Scheduler;
  /** A member left, was fenced or timed out: the broker releases its records and share sessions. */
  readonly onMemberRemoved?: (groupId: string, memberId: string) => void;
}

export class ShareGroupCoordinator {
  readonly config: ShareGroupConfig;
  readonly #topics: TopicsImage;
  readonly #scheduler: Scheduler;
  readonly #onMemberRemoved: (groupId: string, memberId: string) => void;
  readonly #groups = new Map<string, ShareGroup>();

  constructor(o: ShareGroupCoordinatorOptions) {
    this.config = { ...DEFAULT_SHARE_GROUP_CONFIG, ...o.config };
    this.#topics = o.topics;
    this.#scheduler = o.scheduler;
    this.#onMemberRemoved = o.onMemberRemoved ?? (() => {});
  }

  has(groupId: string): boolean {
    return this.#groups.has(groupId);
  }

  /** Whether `memberId` is a member of the share group (ShareFetch and ShareAcknowledge check it). */
  isMember(groupId: string, memberId: string): boolean {
    return this.#groups.get(groupId)?.members.has(memberId) ?? false;
  }

  /** Kafka's throwIfShareGroupHeartbeatRequestIsInvalid. */
  static validate(req: ShareHeartbeat): void {
    const bad = (message: string) => new KafkaError('INVALID_REQUEST', message);
    if (req.groupId.trim() === '') throw bad("GroupId can't be empty.");
    if (req.memberId.trim() === '') throw bad("MemberId can't be empty.");
    if (req.rackId !== null && req.rackId.trim() === '') throw bad("RackId can't be empty.");
    if (req.memberEpoch === 0) {
      if (req.subscribedTopicNames === null || req.subscribedTopicNames.length === 0)
        throw bad('SubscribedTopicNames cannot be null or empty when MemberEpoch is 0.');
    } else if (req.memberEpoch < -1) throw bad('MemberEpoch is invalid.');
  }

  heartbeat(client: { clientId: string; clientHost: string }, req: ShareHeartbeat): ShareHeartbeatResult {
    ShareGroupCoordinator.validate(req);
    const group = this.#groups.get(req.groupId);
    if (req.memberEpoch === -1) {
      const member = group?.members.get(req.memberId);
      if (group === undefined || member === undefined)
        throw new KafkaError('UNKNOWN_MEMBER_ID', `member ${req.memberId} is not in group ${req.groupId}`);
      this.#remove(group, member);
      return { memberId: req.memberId, memberEpoch: -1, heartbeatIntervalMs: 0, assignment: null };
    }
    if (req.memberEpoch > 0) {
      const member = group?.members.get(req.memberId);
      if (group === undefined || member === undefined)
        throw new KafkaError('UNKNOWN_MEMBER_ID', `member ${req.memberId} is not in group ${req.groupId}`);
      // Share groups have no stale epochs: anything but the current one is fenced
      // (throwIfShareGroupMemberEpochIsInvalid).
      if (req.memberEpoch !== member.memberEpoch)
        throw new KafkaError('FENCED_MEMBER_EPOCH', `member epoch ${req.memberEpoch} is not ${member.memberEpoch}`);
    }
    const g = group ?? this.#create(req.groupId);
    let member = g.members.get(req.memberId);
    const joining = member === undefined;
    if (member === undefined) {
      if (g.members.size >= this.config.maxSize)
        throw new KafkaError('GROUP_MAX_SIZE_REACHED', `group ${req.groupId} has reached its maximum size`);
      member = {
        memberId: req.memberId,
        memberEpoch: 0,
        rackId: req.rackId,
        clientId: client.clientId,
        clientHost: client.clientHost,
        subscribedTopicNames: [...(req.subscribedTopicNames ?? [])],
        assignment: new Map(),
        timer: null,
      };
      g.members.set(member.memberId, member);
      g.groupEpoch++;
    } else {
      if (req.rackId !== null) member.rackId = req.rackId;
      if (req.subscribedTopicNames !== null && !sameNames(req.subscribedTopicNames, member.subscribedTopicNames)) {
        member.subscribedTopicNames = [...req.subscribedTopicNames];
        g.groupEpoch++;
      }
    }
    this.#maybeReassign(g);
    const before = member.memberEpoch;
    member.memberEpoch = g.assignmentEpoch;
    const target = g.target.get(member.memberId) ?? new Map<string, number[]>();
    const changed = joining || before !== member.memberEpoch || !sameAssignment(target, member.assignment);
    member.assignment = target;
    this.#schedule(g, member);
    const full = changed || req.memberEpoch === 0 || req.subscribedTopicNames !== null;
    return {
      memberId: member.memberId,
      memberEpoch: member.memberEpoch,
      heartbeatIntervalMs: this.config.heartbeatIntervalMs,
      assignment: full ? [...target].map(([topicId, partitions]) => ({ topicId, partitions: [...partitions] })) : null,
    };
  }

  describe(groupId: string): ShareGroupView {
    const g = this.#groups.get(groupId);
    if (g === undefined) throw new KafkaError('GROUP_ID_NOT_FOUND', `Group ${groupId} not found.`);
    return {
      groupId,
      state: stateOf(g),
      groupEpoch: g.groupEpoch,
      assignmentEpoch: g.assignmentEpoch,
      assignorName: 'simple',
      members: [...g.members.values()].map((m) => ({
        memberId: m.memberId,
        rackId: m.rackId,
        memberEpoch: m.memberEpoch,
        clientId: m.clientId,
        clientHost: m.clientHost,
        subscribedTopicNames: [...m.subscribedTopicNames],
        assignment: [...m.assignment].map(([topicId, partitions]) => ({
          topicId,
          topicName: this.#topics.byId(topicId)?.name ?? '',
          partitions: [...partitions],
        })),
      })),
    };
  }

  /** Every share group: id and state (ListGroups). */
  list(): { groupId: string; state: string }[] {
    return [...this.#groups.values()].map((g) => ({ groupId: g.groupId, state: stateOf(g) }));
  }

  /** DeleteGroups: NON_EMPTY_GROUP while the group has members. */
  delete(groupId: string): number {
    const g = this.#groups.get(groupId);
    if (g === undefined) return ErrorCode.GROUP_ID_NOT_FOUND;
    if (g.members.size > 0) return ErrorCode.NON_EMPTY_GROUP;
    this.#groups.delete(groupId);
    return ErrorCode.NONE;
  }

  close(): void {
    for (const g of this.#groups.values())
      for (const m of g.members.values()) if (m.timer !== null) this.#scheduler.clearTimeout(m.timer);
  }

  #create(groupId: string): ShareGroup {
    const g: ShareGroup = {
      groupId,
      groupEpoch: 0,
      assignmentEpoch: 0,
      metadataHash: 0,
      members: new Map(),
      target: new Map(),
    };
    this.#groups.set(groupId, g);
    return g;
  }

  /** Recomputes the target assignment when the group epoch moved or the subscribed topics changed. */
  #maybeReassign(g: ShareGroup): void {
    const names = new Set<string>();
    for (const m of g.members.values()) for (const n of m.subscribedTopicNames) names.add(n);
    const hash = metadataHash(names, this.#topics);
    if (hash !== g.metadataHash) {
      g.metadataHash = hash;
      g.groupEpoch++;
    }
    if (g.assignmentEpoch === g.groupEpoch) return;
    const subscriptions = new Map<string, string[]>();
    for (const m of g.members.values()) {
      const ids: string[] = [];
      for (const n of m.subscribedTopicNames) {
        const t = this.#topics.byName(n);
        if (t !== undefined) ids.push(t.id);
      }
      subscriptions.set(m.memberId, ids);
    }
    const partitionCount = (topicId: string): number => this.#topics.byId(topicId)?.partitions ?? 0;
    const current = new Map([...g.members.values()].map((m) => [m.memberId, m.assignment] as const));
    g.target = simpleAssign(subscriptions, partitionCount, current);
    g.assignmentEpoch = g.groupEpoch;
  }

  #schedule(g: ShareGroup, m: ShareMember): void {
    if (m.timer !== null) this.#scheduler.clearTimeout(m.timer);
    m.timer = this.#scheduler.setTimeout(() => {
      if (g.members.get(m.memberId) === m) this.#remove(g, m);
    }, this.config.sessionTimeoutMs);
  }

  #remove(g: ShareGroup, m: ShareMember): void {
    if (m.timer !== null) this.#scheduler.clearTimeout(m.timer);
    g.members.delete(m.memberId);
    g.groupEpoch++;
    this.#maybeReassign(g);
    this.#onMemberRemoved(g.groupId, m.memberId);
  }
}

function stateOf(g: ShareGroup): string {
  return g.members.size === 0 ? ShareGroupState.EMPTY : ShareGroupState.STABLE;
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  const x = [...a].sort();
  const y = [...b].sort();
  return x.length === y.length && x.every((n, i) => n === y[i]);
}

function sameAssignment(a: MemberTopicPartitions, b: MemberTopicPartitions): boolean {
  if (a.size !== b.size) return false;
  for (const [t, ps] of a) {
    const other = b.get(t);
    if (other === undefined || other.length !== ps.length || ps.some((p, i) => p !== other[i])) return false;
  }
  return true;
}
