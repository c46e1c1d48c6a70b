/** The replication layer's partition operations the control plane drives (`broker.replication`). */
export type { PartitionControl, PartitionDescription } from '../replication/control';
