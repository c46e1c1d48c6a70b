/**
 * A member of a consumer group (Kafka's ConsumerGroupMember): what it subscribes to (topic names or a regex, its
 * rack, its server assignor, its rebalance timeout), and where its reconciliation stands (member epoch, previous
 * epoch, state, the partitions it owns and those it must revoke). Members are values: every change builds a new
 * one, and the group compares the old and new member to decide which records to write.
 *
 * A member that joined through JoinGroup during an online migration keeps its classic protocol metadata (session
 * timeout, JoinGroup protocols): it is a classic member of a consumer group.
 */
import { EMPTY_ASSIGNMENT, type Assignment, assignmentEquals } from './assignment';

/** Kafka's MemberState and the byte it has in ConsumerGroupCurrentMemberAssignmentValue.State. */
export const MemberState = {
  STABLE: 0,
  UNREVOKED_PARTITIONS: 1,
  UNRELEASED_PARTITIONS: 2,
  UNKNOWN: 127,
} as const;
export type MemberStateValue = (typeof MemberState)[keyof typeof MemberState];

export function memberStateFromByte(value: number): MemberStateValue {
  switch (value) {
    case MemberState.STABLE:
    case MemberState.UNREVOKED_PARTITIONS:
    case MemberState.UNRELEASED_PARTITIONS:
      return value;
    default:
      return MemberState.UNKNOWN;
  }
}

export const memberStateName = (s: MemberStateValue): string =>
  s === MemberState.STABLE
    ? 'STABLE'
    : s === MemberState.UNREVOKED_PARTITIONS
      ? 'UNREVOKED_PARTITIONS'
      : s === MemberState.UNRELEASED_PARTITIONS
        ? 'UNRELEASED_PARTITIONS'
        : 'UNKNOWN';

/** ConsumerGroupHeartbeat's special member epochs. */
export const LEAVE_GROUP_MEMBER_EPOCH = -1;
export const LEAVE_GROUP_STATIC_MEMBER_EPOCH = -2;

export interface ClassicProtocol {
  readonly name: string;
  readonly metadata: Buffer;
}

export interface ClassicMemberMetadata {
  readonly sessionTimeoutMs: number;
  readonly supportedProtocols: readonly ClassicProtocol[];
}

export interface ConsumerGroupMember {
  readonly memberId: string;
  readonly instanceId: string | null;
  readonly rackId: string | null;
  readonly rebalanceTimeoutMs: number;
  readonly clientId: string;
  readonly clientHost: string;
  readonly subscribedTopicNames: readonly string[];
  readonly subscribedTopicRegex: string | null;
  readonly serverAssignorName: string | null;
  readonly classicMemberMetadata: ClassicMemberMetadata | null;
  readonly memberEpoch: number;
  readonly previousMemberEpoch: number;
  readonly state: MemberStateValue;
  readonly assignedPartitions: Assignment;
  readonly partitionsPendingRevocation: Assignment;
}

/** A member that does not exist yet: epoch 0, Stable, no subscription, nothing assigned. */
export function newMember(memberId: string): ConsumerGroupMember {
  return {
    memberId,
    instanceId: null,
    rackId: null,
    rebalanceTimeoutMs: -1,
    clientId: '',
    clientHost: '',
    subscribedTopicNames: [],
    subscribedTopicRegex: null,
    serverAssignorName: null,
    classicMemberMetadata: null,
    memberEpoch: 0,
    previousMemberEpoch: 0,
    state: MemberState.STABLE,
    assignedPartitions: EMPTY_ASSIGNMENT,
    partitionsPendingRevocation: EMPTY_ASSIGNMENT,
  };
}

export function usesClassicProtocol(m: ConsumerGroupMember): boolean {
  return m.classicMemberMetadata !== null;
}

/** Kafka's isReconciledTo: Stable at the target assignment epoch. */
export function isReconciledTo(m: ConsumerGroupMember, targetAssignmentEpoch: number): boolean {
  return m.state === MemberState.STABLE && m.memberEpoch === targetAssignmentEpoch;
}

/** Kafka's Builder.updateMemberEpoch: the old epoch becomes the previous one. */
export function withMemberEpoch(m: ConsumerGroupMember, epoch: number): ConsumerGroupMember {
  return { ...m, previousMemberEpoch: m.memberEpoch, memberEpoch: epoch };
}

/** The part ConsumerGroupMemberMetadataValue holds is the same. */
export function subscriptionEquals(a: ConsumerGroupMember, b: ConsumerGroupMember): boolean {
  return (
    a.instanceId === b.instanceId &&
    a.rackId === b.rackId &&
    a.rebalanceTimeoutMs === b.rebalanceTimeoutMs &&
    a.clientId === b.clientId &&
    a.clientHost === b.clientHost &&
    sameList(a.subscribedTopicNames, b.subscribedTopicNames) &&
    a.subscribedTopicRegex === b.subscribedTopicRegex &&
    a.serverAssignorName === b.serverAssignorName &&
    classicEquals(a.classicMemberMetadata, b.classicMemberMetadata)
  );
}

/** The part ConsumerGroupCurrentMemberAssignmentValue holds is the same. */
export function reconciliationEquals(a: ConsumerGroupMember, b: ConsumerGroupMember): boolean {
  return (
    a.memberEpoch === b.memberEpoch &&
    a.previousMemberEpoch === b.previousMemberEpoch &&
    a.state === b.state &&
    assignmentEquals(a.assignedPartitions, b.assignedPartitions) &&
    assignmentEquals(a.partitionsPendingRevocation, b.partitionsPendingRevocation)
  );
}

/** Sorted, so a client listing the same topics in another order changes nothing. */
export function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const x = [...a].sort();
  const y = [...b].sort();
  return x.every((v, i) => v === y[i]);
}

function classicEquals(a: ClassicMemberMetadata | null, b: ClassicMemberMetadata | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  if (a.sessionTimeoutMs !== b.sessionTimeoutMs || a.supportedProtocols.length !== b.supportedProtocols.length)
    return false;
  return a.supportedProtocols.every((p, i) => {
    const q = b.supportedProtocols[i] as ClassicProtocol;
    return p.name === q.name && p.metadata.equals(q.metadata);
  });
}
