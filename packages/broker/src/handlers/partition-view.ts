/**
 * How a partition is described to clients (Metadata, DescribeTopicPartitions): leader, leader epoch, replicas, ISR
 * and offline replicas, as Kafka's KRaftMetadataCache computes them for both APIs.
 */
import type { PartitionState } from '../cluster';
import type { RequestContext } from './handler';

export interface PartitionView {
  /** Whether a replica's broker is stopped. */
  readonly offline: (nodeId: number) => boolean;
  /** Whether a partition's log could not be opened here (its replicas here are offline). */
  readonly partitionOffline: (topic: string, index: number) => boolean;
  /** Whether one replica's log dir failed while the broker ran (the partition goes on with the others). */
  readonly replicaOffline: (topic: string, index: number, nodeId: number) => boolean;
}

export interface DescribedPartition {
  readonly partitionIndex: number;
  readonly leaderId: number;
  readonly leaderEpoch: number;
  readonly replicaNodes: number[];
  readonly isrNodes: number[];
  readonly offlineReplicas: number[];
}

/** The liveness view of the request's moment: the live broker identities and the partitions whose logs are offline. */
export function partitionView(ctx: RequestContext): PartitionView {
  const live = new Set(ctx.cluster.brokers.map((b) => b.nodeId));
  const replication = ctx.replicas.replication;
  return {
    offline: (id) => !live.has(id) || replication.isDown(id),
    partitionOffline: (topic, index) => ctx.replicas.isOffline(topic, index),
    replicaOffline: (topic, index, nodeId) => ctx.replicas.isReplicaOffline(topic, index, nodeId),
  };
}

export function describePartition(view: PartitionView, topic: string, p: PartitionState): DescribedPartition {
  // Every replica lives in this process: a partition whose log could not be opened has no replica to lead it, as in
  // Kafka when the leader's log dir is offline (leader -1, the replicas listed offline).
  const down = view.partitionOffline(topic, p.partition);
  return {
    partitionIndex: p.partition,
    leaderId: down ? -1 : p.leader,
    leaderEpoch: p.leaderEpoch,
    replicaNodes: [...p.replicas],
    isrNodes: [...p.isr],
    offlineReplicas: down
      ? [...p.replicas]
      : p.replicas.filter((id) => view.offline(id) || view.replicaOffline(topic, p.partition, id)),
  };
}
