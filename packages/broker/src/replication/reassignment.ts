/**
 * The replica sets of a partition reassignment (KIP-455), as Kafka's PartitionReassignmentReplicas and
 * PartitionReassignmentRevert compute them: while a reassignment runs the partition's replicas are the target followed
 * by the replicas being removed, `addingReplicas` are the target's new members and `removingReplicas` the current
 * members the target leaves out. It completes once every target replica is in the ISR: the removing replicas leave
 * the replica set and the ISR. Pure functions over `PartitionState`; the election and the leader epoch are the
 * caller's (replication.ts).
 */
import type { PartitionState } from '../cluster';

/** Whether a reassignment is in progress on the partition. */
export function reassigning(st: PartitionState): boolean {
  return (st.addingReplicas?.length ?? 0) > 0 || (st.removingReplicas?.length ?? 0) > 0;
}

/** `a` without the members of `b`, ascending (Kafka's calculateDifference, a TreeSet). */
function difference(a: readonly number[], b: readonly number[]): number[] {
  return [...new Set(a.filter((id) => !b.includes(id)))].sort((x, y) => x - y);
}

/** The partition state without the reassignment fields. */
export function withoutReassignment(st: PartitionState): PartitionState {
  const { addingReplicas: _adding, removingReplicas: _removing, ...rest } = st;
  return rest;
}

/**
 * ReplicationControlManager.changePartitionReassignment: the state that starts moving `st` to `target` (already
 * validated). The ISR and leader stay; a target that only reorders or only removes may complete at once
 * (`maybeComplete`).
 */
export function startReassignment(st: PartitionState, target: readonly number[]): PartitionState {
  const current = st.replicas;
  const removing = difference(current, target);
  const adding = difference(target, current);
  const base = withoutReassignment(st);
  const replicas = [...target, ...removing];
  if (adding.length === 0 && removing.length === 0) return { ...base, replicas };
  return {
    ...base,
    replicas,
    ...(adding.length > 0 ? { addingReplicas: adding } : {}),
    ...(removing.length > 0 ? { removingReplicas: removing } : {}),
  };
}

/**
 * PartitionReassignmentReplicas.maybeCompleteReassignment: once the ISR holds every replica that stays, the removing
 * replicas leave the replica set and the ISR and the reassignment fields clear. Null when nothing completes (none in
 * progress, a target replica not yet in sync, or no replica would be left in the ISR).
 */
export function maybeComplete(st: PartitionState): PartitionState | null {
  if (!reassigning(st)) return null;
  const removing = st.removingReplicas ?? [];
  const isr = st.isr.filter((id) => !removing.includes(id));
  const replicas = st.replicas.filter((id) => !removing.includes(id));
  if (isr.length === 0 || replicas.length === 0) return null;
  if (!replicas.every((id) => isr.includes(id))) return null;
  return { ...withoutReassignment(st), replicas, isr: replicas.filter((id) => isr.includes(id)) };
}

/**
 * PartitionReassignmentRevert: cancelling goes back to the replicas before the reassignment (the current ones without
 * the adding ones) and drops the adding replicas from the ISR. `unclean` when no ISR member would be left.
 */
export function revertReassignment(st: PartitionState): { state: PartitionState; unclean: boolean } {
  const adding = st.addingReplicas ?? [];
  const replicas = st.replicas.filter((id) => !adding.includes(id));
  const isr = st.isr.filter((id) => !adding.includes(id));
  const base = withoutReassignment(st);
  if (isr.length === 0) return { state: { ...base, replicas, isr: replicas.slice(0, 1) }, unclean: true };
  return { state: { ...base, replicas, isr }, unclean: false };
}
