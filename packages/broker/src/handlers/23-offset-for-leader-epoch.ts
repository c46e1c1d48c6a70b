/**
 * OffsetForLeaderEpoch. The end offset of a leader epoch, per partition (KIP-101, KIP-279); librdkafka uses it
 * to validate a fetch position that carries an epoch (KIP-320).
 * - Each partition has one leader epoch here, and every batch is written with it: the current epoch ends at the log
 *   end offset, an older epoch at the log start offset (where the current one began), and -1 or an epoch newer than
 *   the current one has no end (leader_epoch -1, end_offset -1), as LeaderEpochFileCache answers.
 * - v1 adds the epoch of the answer; v2 current_leader_epoch (FENCED_LEADER_EPOCH / UNKNOWN_LEADER_EPOCH); v3 the
 *   replica id (consumers send -1); v4 is flexible.
 * - Unknown partitions: UNKNOWN_TOPIC_OR_PARTITION; partitions led by another broker identity: NOT_LEADER_OR_FOLLOWER.
 * - CLUSTER_ACTION on the cluster or DESCRIBE on each topic (TOPIC_AUTHORIZATION_FAILED for its partitions), as
 *   KafkaApis.handleOffsetForLeaderEpochRequest.
 */
import {
  ErrorCode,
  OffsetForLeaderEpochApi,
  type OffsetForLeaderEpochMessages,
  type OffsetForLeaderEpochRequest,
  type OffsetForLeaderEpochResponse,
  type OffsetForLeaderPartition,
} from '@samsa/protocol';
import { toErrorCode } from '../errors';

type EpochEndOffset = OffsetForLeaderEpochMessages.EpochEndOffset;
import { allows, allowsCluster, Op, ResourceType } from './authorize';
import { defineHandler, type RequestContext } from './handler';

export const offsetForLeaderEpochHandler = defineHandler<OffsetForLeaderEpochRequest, OffsetForLeaderEpochResponse>({
  api: OffsetForLeaderEpochApi,
  versions: { min: 0, max: 4 },
  handle(ctx, request) {
    // Once inter-broker only (CLUSTER_ACTION); KIP-320 lets consumers in with DESCRIBE on the topic.
    const clusterAction = allowsCluster(ctx, Op.CLUSTER_ACTION);
    return {
      throttleTimeMs: 0,
      topics: request.topics.map((t) => {
        const permitted = clusterAction || allows(ctx, Op.DESCRIBE, ResourceType.TOPIC, t.topic);
        return {
          topic: t.topic,
          partitions: t.partitions.map((p) =>
            permitted ? endOffset(ctx, t.topic, p) : failed(p.partition, ErrorCode.TOPIC_AUTHORIZATION_FAILED),
          ),
        };
      }),
    };
  },
  errorResponse(request, code) {
    return {
      throttleTimeMs: 0,
      topics: request.topics.map((t) => ({
        topic: t.topic,
        partitions: t.partitions.map((p) => failed(p.partition, code)),
      })),
    };
  },
});

function endOffset(ctx: RequestContext, topic: string, p: OffsetForLeaderPartition): EpochEndOffset {
  try {
    const partition = ctx.replicas.leaderPartition(topic, p.partition, ctx.node.nodeId);
    ctx.replicas.checkLeaderEpoch(partition, p.currentLeaderEpoch ?? -1);
    const end = ctx.replicas.endOffsetForEpoch(partition, p.leaderEpoch);
    return { errorCode: ErrorCode.NONE, partition: p.partition, leaderEpoch: end.leaderEpoch, endOffset: end.offset };
  } catch (err) {
    const code = toErrorCode(err);
    if (code === ErrorCode.UNKNOWN_SERVER_ERROR)
      ctx.logger.error({ err, topic, partition: p.partition }, 'offset for leader epoch failed');
    return failed(p.partition, code);
  }
}

function failed(partition: number, errorCode: number): EpochEndOffset {
  return { errorCode, partition, leaderEpoch: -1, endOffset: -1 };
}
