/**
 * The reconciliation of KIP-848 (Kafka's CurrentAssignmentBuilder): moves a member from what it owns towards its
 * target assignment without ever letting two members own a partition.
 *
 * - STABLE: a newer target epoch starts the next step.
 * - UNREVOKED_PARTITIONS: the member must first stop owning the partitions pending revocation; it stays there (at
 *   its old epoch) until a heartbeat's owned partitions no longer list them, then moves on.
 * - UNRELEASED_PARTITIONS: the member waits for partitions still owned by others; each heartbeat retries.
 *
 * A step: assigned = owned ∩ target; revoke = owned − target; newly assigned = target − owned, minus partitions
 * another member still owns (unreleased). With something to revoke the member stays at its epoch and revokes
 * first; otherwise it moves to the target epoch with the new partitions, STABLE or UNRELEASED_PARTITIONS.
 */
import { type Assignment, frozen } from './assignment';
import { CoordinatorError } from '../../runtime/errors';
import { type ConsumerGroupMember, MemberState, withMemberEpoch } from './member';

export interface ReconcileInput {
  readonly targetAssignmentEpoch: number;
  readonly targetAssignment: Assignment;
  /** The epoch of the member owning a partition, -1 when free. */
  readonly partitionEpoch: (topicId: string, partition: number) => number;
  /** The partitions the member says it owns in this heartbeat; null when it did not say. */
  readonly ownedTopicPartitions: ReadonlyMap<string, ReadonlySet<number>> | null;
}

export function reconcile(member: ConsumerGroupMember, input: ReconcileInput): ConsumerGroupMember {
  switch (member.state) {
    case MemberState.STABLE:
      return member.memberEpoch !== input.targetAssignmentEpoch ? next(member, member.memberEpoch, input) : member;
    case MemberState.UNREVOKED_PARTITIONS:
      if (ownsAny(input.ownedTopicPartitions, member.partitionsPendingRevocation)) return member;
      return next(member, member.memberEpoch, input);
    case MemberState.UNRELEASED_PARTITIONS:
      return next(member, member.memberEpoch, input);
    default:
      // A state this coordinator does not know: the member starts again from nothing.
      if (input.ownedTopicPartitions === null || input.ownedTopicPartitions.size > 0)
        throw new CoordinatorError(
          'FENCED_MEMBER_EPOCH',
          'The consumer group member is in a unknown state. The member must abandon all its partitions and rejoin.',
        );
      return next(member, input.targetAssignmentEpoch, input);
  }
}

/** Whether the owned partitions (null: unknown, so assumed owned) include any of `revoking`. */
function ownsAny(owned: ReadonlyMap<string, ReadonlySet<number>> | null, revoking: Assignment): boolean {
  if (owned === null) return true;
  for (const [topicId, parts] of owned) {
    const pending = revoking.get(topicId);
    if (!pending) continue;
    for (const p of parts) if (pending.has(p)) return true;
  }
  return false;
}

function next(member: ConsumerGroupMember, memberEpoch: number, input: ReconcileInput): ConsumerGroupMember {
  const assigned = new Map<string, Set<number>>();
  const revoking = new Map<string, Set<number>>();
  const pending = new Map<string, Set<number>>();
  let unreleased = false;
  const topicIds = new Set([...input.targetAssignment.keys(), ...member.assignedPartitions.keys()]);
  for (const topicId of topicIds) {
    const target = input.targetAssignment.get(topicId) ?? new Set<number>();
    const current = member.assignedPartitions.get(topicId) ?? new Set<number>();
    const keep = new Set([...current].filter((p) => target.has(p)));
    const revoke = new Set([...current].filter((p) => !keep.has(p)));
    const add = new Set<number>();
    const ownRevoking = member.partitionsPendingRevocation.get(topicId);
    for (const p of target) {
      if (keep.has(p)) continue;
      // Owned by someone else (not this member's own pending revocation): wait until it is released.
      if (input.partitionEpoch(topicId, p) !== -1 && !ownRevoking?.has(p)) unreleased = true;
      else add.add(p);
    }
    if (keep.size > 0) assigned.set(topicId, keep);
    if (revoke.size > 0) revoking.set(topicId, revoke);
    if (add.size > 0) pending.set(topicId, add);
  }
  if (revoking.size > 0) {
    return {
      ...withMemberEpoch(member, memberEpoch),
      state: MemberState.UNREVOKED_PARTITIONS,
      assignedPartitions: frozen(assigned),
      partitionsPendingRevocation: frozen(revoking),
    };
  }
  for (const [topicId, parts] of pending) {
    let set = assigned.get(topicId);
    if (!set) assigned.set(topicId, (set = new Set()));
    for (const p of parts) set.add(p);
  }
  return {
    ...withMemberEpoch(member, input.targetAssignmentEpoch),
    state: unreleased ? MemberState.UNRELEASED_PARTITIONS : MemberState.STABLE,
    assignedPartitions: frozen(assigned),
    partitionsPendingRevocation: new Map(),
  };
}
