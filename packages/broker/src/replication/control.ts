/**
 * What can be done to partitions' leadership and replicas from outside the protocol (the control API, tests): the
 * operations a KRaft controller performs on broker fencing, controlled shutdown and reassignment, on demand. Every
 * operation but a pause is synchronous: when it returns, the cluster metadata, the logs and the coordinators reflect it
 * (the live followers have fetched once). A pause and a resume take effect through the followers' fetches over time.
 */

export interface PartitionDescription {
  /** -1 when the partition has no leader. */
  readonly leader: number;
  readonly leaderEpoch: number;
  readonly replicas: number[];
  readonly isr: number[];
  /** The leader's (or, without a leader, the last leader's) high watermark. */
  readonly highWatermark: number;
  /** Log end offset of each replica hosted in this process. */
  readonly logEndOffsets: Record<number, number>;
}

export interface PartitionControl {
  /** Replicas on nodeId stop fetching and leave every ISR; partitions it led elect a new leader from the
   *  remaining ISR (none left: leaderless, unclean.leader.election.enable permitting otherwise). */
  brokerDown(nodeId: number): void;
  /** Replicas on nodeId resume: truncate to the leader's epoch end offset, catch up, rejoin the ISR. */
  brokerUp(nodeId: number): void;
  /** nodeId is paused: its replicas stop fetching (and its leaders serve no fetches); after replica.lag.time.max.ms
   *  its follower replicas leave the ISRs. */
  brokerPaused(nodeId: number): void;
  /** The paused nodeId goes on: its followers fetch again and rejoin the ISRs once caught up. */
  brokerResumed(nodeId: number): void;
  /** Leadership to nodeId (must be a live ISR member, else INELIGIBLE_REPLICA), epoch+1. */
  moveLeader(topic: string, partition: number, nodeId: number): void;
  /** Forces the ISR (shrink/expand); the leader must stay in it unless the list is empty. */
  setIsr(topic: string, partition: number, nodeIds: readonly number[]): void;
  /** No leader (leader -1): clients get LEADER_NOT_AVAILABLE / NOT_LEADER_OR_FOLLOWER until a later moveLeader. */
  setLeaderless(topic: string, partition: number): void;
  describe(topic: string, partition: number): PartitionDescription;
}
