/**
 * AlterPartitionReassignments (KIP-455). Per partition, as Kafka's ReplicationControlManager
 * .alterPartitionReassignment answers: an unknown topic or partition is UNKNOWN_TOPIC_OR_PARTITION; null replicas
 * (cancel) is NO_REASSIGNMENT_IN_PROGRESS, since none ever is; a target replica list that is empty, names a broker
 * that is not registered or names one twice is INVALID_REPLICA_ASSIGNMENT with Kafka's messages; the partition's
 * current replica set is accepted and changes nothing. Moving replicas to other broker identities is not served
 * (INVALID_REPLICA_ASSIGNMENT, see skipped-features.md): every identity shares this process's logs and leader epochs
 * never change. timeout_ms is not used. v0 is flexible.
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
import { defineHandler } from './handler';

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
        partitions: t.partitions.map((p) => reassign(ctx.cluster, t.name, p.partitionIndex, p.replicas)),
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
  cluster: Cluster,
  topicName: string,
  partitionIndex: number,
  replicas: readonly number[] | null,
): PartitionResponse {
  try {
    const topic = cluster.topicByName(topicName);
    if (!topic) throw new KafkaError('UNKNOWN_TOPIC_OR_PARTITION', `Unable to find a topic named ${topicName}.`);
    const partition = topic.partitions[partitionIndex];
    if (!partition)
      throw new KafkaError('UNKNOWN_TOPIC_OR_PARTITION', `Unable to find partition ${topicName}:${partitionIndex}.`);
    if (replicas === null) throw new KafkaError('NO_REASSIGNMENT_IN_PROGRESS');
    checkTarget(cluster, replicas);
    // Reordering counts as a change too: it moves the preferred leader.
    if (partition.replicas.length !== replicas.length || partition.replicas.some((id, i) => id !== replicas[i])) {
      throw new KafkaError(
        'INVALID_REPLICA_ASSIGNMENT',
        `Moving the replicas of ${topicName}:${partitionIndex} from [${partition.replicas.join(', ')}] to [${replicas.join(', ')}] is not supported: broker identities share one log.`,
      );
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
