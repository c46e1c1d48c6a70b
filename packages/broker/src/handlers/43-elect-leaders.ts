/**
 * ElectLeaders (KIP-183, KIP-460). PREFERRED (0) moves each partition's leadership to its first replica when
 * that replica is alive and in the ISR (ELECTION_NOT_NEEDED when it leads already, PREFERRED_LEADER_NOT_AVAILABLE
 * otherwise); UNCLEAN (1) gives a partition without a leader one from its live replicas (ELECTION_NOT_NEEDED when it
 * has a leader, ELIGIBLE_LEADERS_NOT_AVAILABLE when none is alive), as Kafka's ReplicationControlManager.electLeader.
 * Elections run at once in this process, so `timeout_ms` is not waited on. Unknown topics or partitions are
 * UNKNOWN_TOPIC_OR_PARTITION with Kafka's messages. Null topic_partitions means every partition, and then partitions
 * needing no election are left out of the answer (so a topic whose leaders are all preferred answers an empty list).
 * An election type other than 0/1 fails the request with INVALID_REQUEST. v0 has no election type (PREFERRED) and no
 * top-level error code; v2 is flexible.
 * - Needs ALTER on the cluster (CLUSTER_AUTHORIZATION_FAILED), as Kafka.
 */
import {
  ElectLeadersApi,
  ErrorCode,
  type ElectLeadersMessages,
  type ElectLeadersRequest,
  type ElectLeadersResponse,
} from '@samsa/protocol';
import { KafkaError, toErrorCode } from '../errors';
import { Op, requireCluster } from './authorize';
import { defineHandler, type RequestContext } from './handler';

type PartitionResult = ElectLeadersMessages.PartitionResult;

/** ElectionType ids. */
const ElectionType = { PREFERRED: 0, UNCLEAN: 1 } as const;

export const electLeadersHandler = defineHandler<ElectLeadersRequest, ElectLeadersResponse>({
  api: ElectLeadersApi,
  versions: { min: 0, max: 2 },
  handle(ctx, request) {
    requireCluster(ctx, Op.ALTER);
    const type = request.electionType ?? ElectionType.PREFERRED;
    if (type !== ElectionType.PREFERRED && type !== ElectionType.UNCLEAN) {
      throw new KafkaError('INVALID_REQUEST', `Unknown election type ${type}`);
    }
    const unclean = type === ElectionType.UNCLEAN;
    const replicaElectionResults =
      request.topicPartitions === null
        ? ctx.cluster.topics.map((t) => ({
            topic: t.name,
            partitionResult: t.partitions
              .map((p) => elect(ctx, t.name, p.partition, unclean))
              .filter((r) => r.errorCode !== ErrorCode.ELECTION_NOT_NEEDED),
          }))
        : request.topicPartitions.map((t) => ({
            topic: t.topic,
            partitionResult: t.partitions.map((p) => elect(ctx, t.topic, p, unclean)),
          }));
    return { throttleTimeMs: 0, ...(ctx.apiVersion >= 1 ? { errorCode: ErrorCode.NONE } : {}), replicaElectionResults };
  },
  // ElectLeadersResponse: the top-level error code exists from v1; v0 carries the error per partition only.
  errorResponse(request, code, message, apiVersion) {
    return {
      throttleTimeMs: 0,
      errorCode: apiVersion >= 1 ? code : ErrorCode.NONE,
      replicaElectionResults: (request.topicPartitions ?? []).map((t) => ({
        topic: t.topic,
        partitionResult: t.partitions.map((partitionId) => ({ partitionId, errorCode: code, errorMessage: message })),
      })),
    };
  },
});

function elect(ctx: RequestContext, topicName: string, partitionId: number, unclean: boolean): PartitionResult {
  const topic = ctx.cluster.topicByName(topicName);
  if (!topic)
    return {
      partitionId,
      errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
      errorMessage: `No such topic as ${topicName}`,
    };
  const partition = ctx.replicas.partition(topicName, partitionId);
  if (!topic.partitions[partitionId] || !partition) {
    return {
      partitionId,
      errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
      errorMessage: `No such partition as ${topicName}-${partitionId}`,
    };
  }
  try {
    ctx.replicas.replication.elect(partition, unclean);
    return { partitionId, errorCode: ErrorCode.NONE, errorMessage: null };
  } catch (err) {
    const errorCode = toErrorCode(err);
    return {
      partitionId,
      errorCode,
      errorMessage: errorCode === ErrorCode.ELECTION_NOT_NEEDED ? null : (err as Error).message,
    };
  }
}
