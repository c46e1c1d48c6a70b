/**
 * AlterPartitionReassignments (KIP-455). Moves partitions' replicas between broker identities, per partition as
 * Kafka's ReplicationControlManager.alterPartitionReassignment does. A target replica list starts a reassignment:
 * the replicas become the target followed by the ones being removed, the adding replicas get logs and catch up
 * through replication, and once every target replica is in the ISR the removing ones leave the replica set, the ISR
 * and their logs, the leader moving to the first live ISR member of the target when it was among them (leader epoch
 * bumped). A target that only reorders or only removes completes at once when the ISR allows. Null replicas cancel
 * the reassignment in progress, back to the replicas before it (NO_REASSIGNMENT_IN_PROGRESS when none runs). An
 * unknown topic or partition is UNKNOWN_TOPIC_OR_PARTITION; a target that is empty, names a broker that is not
 * registered or names one twice is INVALID_REPLICA_ASSIGNMENT, with Kafka's messages. Replication throttles
 * (leader/follower.replication.throttled.*) slow the adding replicas' copies. timeout_ms is not used: the answer
 * comes once the reassignment has started. v0 is flexible.
 * - Needs ALTER on the cluster (CLUSTER_AUTHORIZATION_FAILED), as Kafka.
 */
import {
  AlterPartitionReassignmentsApi,
  ErrorCode,
  type AlterPartitionReassignmentsMessages,
  type AlterPartitionReassignmentsRequest,
  type AlterPartitionReassignmentsResponse,
} from '@samsa/protocol';
import type { Cluster } from '../cluster';
import { KafkaError, toErrorCode, toErrorMessage } from '../errors';
import { Op, requireCluster } from './authorize';
import { defineHandler, type RequestContext } from './handler';

type PartitionResponse = AlterPartitionReassignmentsMessages.ReassignablePartitionResponse;

export const alterPartitionReassignmentsHandler = defineHandler<
  AlterPartitionReassignmentsRequest,
  AlterPartitionReassignmentsResponse
>({
  api: AlterPartitionReassignmentsApi,
  versions: { min: 0, max: 0 },
  handle(ctx, request) {
    requireCluster(ctx, Op.ALTER);
    return {
      throttleTimeMs: 0,
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      responses: request.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => reassign(ctx, t.name, p.partitionIndex, p.replicas)),
      })),
    };
  },
  errorResponse(request, code, message) {
    return {
      throttleTimeMs: 0,
      errorCode: code,
      errorMessage: message,
      responses: request.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => ({
          partitionIndex: p.partitionIndex,
          errorCode: code,
          errorMessage: message,
        })),
      })),
    };
  },
});

function reassign(
  ctx: RequestContext,
  topicName: string,
  partitionIndex: number,
  replicas: readonly number[] | null,
): PartitionResponse {
  try {
    const topic = ctx.cluster.topicByName(topicName);
    if (!topic) throw new KafkaError('UNKNOWN_TOPIC_OR_PARTITION', `Unable to find a topic named ${topicName}.`);
    const partition = ctx.replicas.partition(topicName, partitionIndex);
    if (!topic.partitions[partitionIndex] || !partition || partition.deleted)
      throw new KafkaError('UNKNOWN_TOPIC_OR_PARTITION', `Unable to find partition ${topicName}:${partitionIndex}.`);
    if (replicas === null) ctx.replicas.replication.cancelReassignment(partition);
    else {
      checkTarget(ctx.cluster, replicas);
      ctx.replicas.replication.reassign(partition, replicas);
    }
    return { partitionIndex, errorCode: ErrorCode.NONE, errorMessage: null };
  } catch (err) {
    return { partitionIndex, errorCode: toErrorCode(err), errorMessage: toErrorMessage(err) };
  }
}

/** ReplicationControlManager.validateManualPartitionAssignment. */
function checkTarget(cluster: Cluster, replicas: readonly number[]): void {
  if (replicas.length === 0)
    throw new KafkaError(
      'INVALID_REPLICA_ASSIGNMENT',
      'The manual partition assignment includes an empty replica list.',
    );
  const registered = new Set(cluster.brokers.map((b) => b.nodeId));
  let previous: number | undefined;
  for (const id of [...replicas].sort((a, b) => a - b)) {
    if (!registered.has(id)) {
      throw new KafkaError(
        'INVALID_REPLICA_ASSIGNMENT',
        `The manual partition assignment includes broker ${id}, but no such broker is registered.`,
      );
    }
    if (id === previous)
      throw new KafkaError(
        'INVALID_REPLICA_ASSIGNMENT',
        `The manual partition assignment includes the broker ${id} more than once.`,
      );
    previous = id;
  }
}
