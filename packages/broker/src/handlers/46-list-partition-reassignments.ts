/**
 * ListPartitionReassignments (KIP-455). Lists the reassignments in progress, as Kafka's
 * ReplicationControlManager.listPartitionReassignments answers; per partition its replicas (the target followed by
 * the replicas being removed), adding replicas and removing replicas. Null topics lists every reassignment in
 * progress; named partitions list those of them that are moving, and unknown topics or partitions are left out.
 * v0 is flexible.
 * - Needs DESCRIBE on the cluster (CLUSTER_AUTHORIZATION_FAILED), as Kafka.
 */
import {
  ErrorCode,
  ListPartitionReassignmentsApi,
  type ListPartitionReassignmentsMessages,
  type ListPartitionReassignmentsRequest,
  type ListPartitionReassignmentsResponse,
} from '@samsa/protocol';
import type { TopicState } from '../cluster';
import { reassigning } from '../replication/reassignment';
import { Op, requireCluster } from './authorize';
import { defineHandler } from './handler';

type OngoingTopic = ListPartitionReassignmentsMessages.OngoingTopicReassignment;

export const listPartitionReassignmentsHandler = defineHandler<
  ListPartitionReassignmentsRequest,
  ListPartitionReassignmentsResponse
>({
  api: ListPartitionReassignmentsApi,
  versions: { min: 0, max: 0 },
  handle(ctx, request) {
    requireCluster(ctx, Op.DESCRIBE);
    const wanted =
      request.topics === null
        ? ctx.cluster.topics.map((t) => ({ topic: t, indexes: t.partitions.map((p) => p.partition) }))
        : request.topics.flatMap((t) => {
            const topic = ctx.cluster.topicByName(t.name);
            return topic ? [{ topic, indexes: t.partitionIndexes }] : [];
          });
    const topics: OngoingTopic[] = [];
    for (const { topic, indexes } of wanted) {
      const ongoing = ongoingIn(topic, indexes);
      if (ongoing) topics.push(ongoing);
    }
    return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, errorMessage: null, topics };
  },
  errorResponse(_request, code, message) {
    return { throttleTimeMs: 0, errorCode: code, errorMessage: message, topics: [] };
  },
});

function ongoingIn(topic: TopicState, indexes: readonly number[]): OngoingTopic | null {
  const partitions: OngoingTopic['partitions'] = [];
  for (const index of new Set(indexes)) {
    const st = topic.partitions[index];
    if (!st || !reassigning(st)) continue;
    partitions.push({
      partitionIndex: index,
      replicas: [...st.replicas],
      addingReplicas: [...(st.addingReplicas ?? [])],
      removingReplicas: [...(st.removingReplicas ?? [])],
    });
  }
  return partitions.length > 0 ? { name: topic.name, partitions } : null;
}
