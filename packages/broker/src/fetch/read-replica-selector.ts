/**
 * Follower fetching (KIP-392): which replica a consumer should fetch a partition from. The leader answers a consumer
 * fetch (v11+, which carries the client's rack) with `preferred_read_replica` when `replica.selector.class` names
 * Kafka's RackAwareReplicaSelector and a follower shares the client's rack, or when a test forced a preferred replica
 * through the control API. Candidates are the leader and the ISR followers whose log covers the fetch offset
 * (ReplicaManager.findPreferredReadReplica); the leader itself is never sent back.
 */
import { KafkaError } from '../errors';
import type { ReplicaPartition } from '../replica/replica-partition';

/** The one selector Kafka ships that picks followers; LeaderSelector (Kafka's default) is the same as unset. */
export const RACK_AWARE_REPLICA_SELECTOR = 'org.apache.kafka.common.replica.RackAwareReplicaSelector';
export const LEADER_SELECTOR = 'org.apache.kafka.common.replica.LeaderSelector';

/** No preferred read replica: fetch from the leader. */
export const NO_PREFERRED_REPLICA = -1;

/** Kafka's ReplicaView. */
interface ReplicaView {
  readonly nodeId: number;
  readonly rack: string | null;
  readonly logEndOffset: number;
  readonly timeSinceLastCaughtUpMs: number;
}

export class ReadReplicaSelector {
  readonly #rackAware: boolean;
  /** Preferred replicas forced by the control API; a deleted topic's partitions (and so their entries) go away. */
  readonly #forced = new WeakMap<ReplicaPartition, number>();

  constructor(selectorClass: string | null) {
    this.#rackAware = selectorClass === RACK_AWARE_REPLICA_SELECTOR;
  }

  /**
   * The preferred read replica for a consumer in `clientRack` fetching `p` at `fetchOffset` from its leader, or
   * NO_PREFERRED_REPLICA. `rackOf` gives a live broker's rack (undefined: not live).
   */
  select(
    p: ReplicaPartition,
    clientRack: string,
    fetchOffset: number,
    rackOf: (nodeId: number) => string | null | undefined,
    now: number,
  ): number {
    const forced = this.#forced.get(p);
    if (forced !== undefined) return forced === p.state.leader ? NO_PREFERRED_REPLICA : forced;
    if (!this.#rackAware || clientRack === '') return NO_PREFERRED_REPLICA;
    const leaderId = p.state.leader;
    const leaderRack = rackOf(leaderId);
    // RackAwareReplicaSelector: the leader when it shares the client's rack.
    if (leaderRack === clientRack) return NO_PREFERRED_REPLICA;
    let best: ReplicaView | null = null;
    for (const [nodeId, replica] of p.replicas) {
      if (nodeId === leaderId || !p.state.isr.includes(nodeId)) continue;
      const rack = rackOf(nodeId);
      if (rack !== clientRack) continue;
      const log = replica.log;
      if (log.logEndOffset < fetchOffset || log.logStartOffset > fetchOffset) continue;
      const view: ReplicaView = {
        nodeId,
        rack,
        logEndOffset: log.logEndOffset,
        timeSinceLastCaughtUpMs: now - replica.fetchState.lastCaughtUpTimeMs,
      };
      if (best === null || moreCaughtUp(view, best)) best = view;
    }
    return best?.nodeId ?? NO_PREFERRED_REPLICA;
  }

  /** Control API: answer `nodeId` as the preferred read replica of `p` (a replica of it), or null to stop forcing. */
  force(p: ReplicaPartition, nodeId: number | null): void {
    if (nodeId === null) {
      this.#forced.delete(p);
      return;
    }
    if (!p.state.replicas.includes(nodeId)) {
      throw new KafkaError('INVALID_REPLICA_ASSIGNMENT', `Broker ${nodeId} holds no replica of ${p.name}.`);
    }
    this.#forced.set(p, nodeId);
  }
}

/** ReplicaView.comparator: the higher log end offset, then the more recently caught up. */
function moreCaughtUp(a: ReplicaView, b: ReplicaView): boolean {
  if (a.logEndOffset !== b.logEndOffset) return a.logEndOffset > b.logEndOffset;
  return a.timeSinceLastCaughtUpMs < b.timeSinceLastCaughtUpMs;
}
