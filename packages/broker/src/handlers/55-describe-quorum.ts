/**
 * DescribeQuorum (KIP-595, KIP-836, KIP-853). The KRaft metadata quorum (`__cluster_metadata` partition 0) with its
 * leader, voters and observers, as a single-controller cluster reports it.
 * - samsa keeps its metadata in process rather than in a replicated log, so it reports the quorum a combined-mode
 *   Kafka cluster with a single controller would have: the controller (the lowest live node id, as Metadata and
 *   DescribeCluster report it) is the only voter and the leader; every other live broker identity is an observer.
 * - LeaderEpoch starts at 1 and grows by one at each change of controller; the high watermark, and the log end offset
 *   of every replica, is the count of metadata changes since start-up (Cluster.metadataQuorum). Every identity reads
 *   the same in-process metadata, so all replicas are caught up: LastFetchTimestamp and LastCaughtUpTimestamp (v1+)
 *   are the request's time, as Kafka reports them for the leader itself (RaftUtil.toReplicaState).
 * - v2: ReplicaDirectoryId is the zero uuid (no KIP-858 directory ids); Nodes lists the voter with its client
 *   listener (samsa serves no separate controller listener).
 * - Error messages are empty, as Kafka leaves them unset (the field's default is the empty string).
 * - Any other topic or partition, or more than one, answers UNKNOWN_TOPIC_OR_PARTITION for each requested partition
 *   (KafkaRaftClient.handleDescribeQuorumRequest).
 * - Needs DESCRIBE on the cluster (CLUSTER_AUTHORIZATION_FAILED), as Kafka.
 */
import {
  DescribeQuorumApi,
  ErrorCode,
  ZERO_UUID,
  type DescribeQuorumRequest,
  type DescribeQuorumResponse,
  type DescribeQuorumMessages,
} from '@samsa/protocol';
import { Op, requireCluster } from './authorize';
import { defineHandler } from './handler';

/** Kafka's metadata log partition (Topic.CLUSTER_METADATA_TOPIC_PARTITION). */
const METADATA_TOPIC = '__cluster_metadata';
const METADATA_PARTITION = 0;

export const describeQuorumHandler = defineHandler<DescribeQuorumRequest, DescribeQuorumResponse>({
  api: DescribeQuorumApi,
  versions: { min: 0, max: 2 },
  handle(ctx, request) {
    requireCluster(ctx, Op.DESCRIBE);
    const { cluster, apiVersion } = ctx;
    const [topic] = request.topics;
    if (
      request.topics.length !== 1 ||
      topic?.topicName !== METADATA_TOPIC ||
      topic.partitions.length !== 1 ||
      topic.partitions[0]?.partitionIndex !== METADATA_PARTITION
    ) {
      return partitionErrors(request, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, apiVersion);
    }
    const { leaderEpoch, endOffset } = cluster.metadataQuorum;
    const leaderId = cluster.controllerId;
    const now = ctx.replicas.clock();
    const replica = (replicaId: number): DescribeQuorumMessages.ReplicaState => ({
      replicaId,
      ...(apiVersion >= 2 ? { replicaDirectoryId: ZERO_UUID } : {}),
      logEndOffset: endOffset,
      lastFetchTimestamp: now,
      lastCaughtUpTimestamp: now,
    });
    const voters = cluster.brokers.filter((b) => b.nodeId === leaderId);
    const response: DescribeQuorumResponse = {
      errorCode: ErrorCode.NONE,
      errorMessage: '',
      topics: [
        {
          topicName: METADATA_TOPIC,
          partitions: [
            {
              partitionIndex: METADATA_PARTITION,
              errorCode: ErrorCode.NONE,
              errorMessage: '',
              leaderId,
              leaderEpoch,
              highWatermark: endOffset,
              currentVoters: voters.map((b) => replica(b.nodeId)),
              observers: cluster.brokers.filter((b) => b.nodeId !== leaderId).map((b) => replica(b.nodeId)),
            },
          ],
        },
      ],
    };
    if (apiVersion >= 2) {
      // The voter's address on the listener the request came in on, as Metadata and DescribeCluster name brokers.
      const listenerName = ctx.auth.listenerName;
      response.nodes = cluster
        .brokersOn(listenerName)
        .filter((b) => b.nodeId === leaderId)
        .map((b) => ({ nodeId: b.nodeId, listeners: [{ name: listenerName, host: b.host, port: b.port }] }));
    }
    return response;
  },
  errorResponse(_request, code, message, apiVersion) {
    return {
      errorCode: code,
      ...(apiVersion >= 2 ? { errorMessage: message ?? '' } : {}),
      topics: [],
      ...(apiVersion >= 2 ? { nodes: [] } : {}),
    };
  },
});

/** DescribeQuorumRequest.getPartitionLevelErrorResponse: the error on every requested partition, nothing else. */
function partitionErrors(request: DescribeQuorumRequest, code: number, apiVersion: number): DescribeQuorumResponse {
  return {
    errorCode: ErrorCode.NONE,
    ...(apiVersion >= 2 ? { errorMessage: '', nodes: [] } : {}),
    topics: request.topics.map((t) => ({
      topicName: t.topicName,
      partitions: t.partitions.map((p) => ({
        partitionIndex: p.partitionIndex,
        errorCode: code,
        ...(apiVersion >= 2 ? { errorMessage: '' } : {}),
        leaderId: 0,
        leaderEpoch: 0,
        highWatermark: 0,
        currentVoters: [],
        observers: [],
      })),
    })),
  };
}
