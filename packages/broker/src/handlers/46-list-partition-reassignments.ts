/**
 * ListPartitionReassignments (KIP-455). No reassignment is ever in progress (AlterPartitionReassignments only
 * accepts the current replica set), so, as Kafka's ReplicationControlManager.listPartitionReassignments answers for
 * partitions that are not moving, the answer lists no topics: for null topics (every reassignment), for named
 * partitions, and for unknown topics or partitions alike. v0 is flexible.
 * - Needs DESCRIBE on the cluster (CLUSTER_AUTHORIZATION_FAILED), as Kafka.
 */
import {
  ErrorCode,
  ListPartitionReassignmentsApi,
  type ListPartitionReassignmentsRequest,
  type ListPartitionReassignmentsResponse,
} from '@samsa/protocol';
import { Op, requireCluster } from './authorize';
import { defineHandler } from './handler';

export const listPartitionReassignmentsHandler = defineHandler<
  ListPartitionReassignmentsRequest,
  ListPartitionReassignmentsResponse
>({
  api: ListPartitionReassignmentsApi,
  versions: { min: 0, max: 0 },
  handle(ctx) {
    requireCluster(ctx, Op.DESCRIBE);
    return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, errorMessage: null, topics: [] };
  },
  errorResponse(_request, code, message) {
    return { throttleTimeMs: 0, errorCode: code, errorMessage: message, topics: [] };
  },
});
