/**
 * DeleteRecords. Moves each partition's log start offset forward (Kafka's Partition.deleteRecordsOnLeader):
 * offset -1 means the high watermark; an offset above the high watermark or negative is OFFSET_OUT_OF_RANGE; a topic
 * whose cleanup.policy lacks `delete` is POLICY_VIOLATION; internal topics are INVALID_TOPIC_EXCEPTION; unknown
 * partitions UNKNOWN_TOPIC_OR_PARTITION and partitions led by another broker identity NOT_LEADER_OR_FOLLOWER.
 * The answer's low watermark is the new log start offset (-1 on error), which ListOffsets EARLIEST and Fetch's
 * log_start_offset then report; whole segments below it are deleted. With a single replica there is nothing to wait
 * for, so timeout_ms is not used. v2 is flexible.
 * - DELETE on each topic (TOPIC_AUTHORIZATION_FAILED for its partitions), as KafkaApis.handleDeleteRecordsRequest.
 */
import {
  DeleteRecordsApi,
  ErrorCode,
  type DeleteRecordsMessages,
  type DeleteRecordsRequest,
  type DeleteRecordsResponse,
} from '@samsa/protocol';
import { KafkaError, toErrorCode } from '../errors';
import { allows, Op, ResourceType } from './authorize';
import { defineHandler, type RequestContext } from './handler';

type PartitionResult = DeleteRecordsMessages.DeleteRecordsPartitionResult;

/** DeleteRecordsRequest.HIGH_WATERMARK. */
const HIGH_WATERMARK = -1;

export const deleteRecordsHandler = defineHandler<DeleteRecordsRequest, DeleteRecordsResponse>({
  api: DeleteRecordsApi,
  versions: { min: 0, max: 2 },
  handle(ctx, request) {
    return {
      throttleTimeMs: 0,
      topics: request.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) =>
          allows(ctx, Op.DELETE, ResourceType.TOPIC, t.name)
            ? deleteBefore(ctx, t.name, p.partitionIndex, p.offset)
            : { partitionIndex: p.partitionIndex, lowWatermark: -1, errorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED },
        ),
      })),
    };
  },
  errorResponse(request, code) {
    return {
      throttleTimeMs: 0,
      topics: request.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, lowWatermark: -1, errorCode: code })),
      })),
    };
  },
});

function deleteBefore(ctx: RequestContext, topic: string, partitionIndex: number, offset: number): PartitionResult {
  try {
    if (ctx.cluster.isInternal(topic))
      throw new KafkaError('INVALID_TOPIC_EXCEPTION', `Cannot delete records of internal topic ${topic}`);
    const p = ctx.replicas.leaderPartition(topic, partitionIndex, ctx.node.nodeId);
    if (!p.settings.deletable) {
      throw new KafkaError(
        'POLICY_VIOLATION',
        `Records of partition ${p.name} can not be deleted due to the configured policy`,
      );
    }
    const target = offset === HIGH_WATERMARK ? p.log.highWatermark : offset;
    if (target < 0)
      throw new KafkaError('OFFSET_OUT_OF_RANGE', `The offset ${target} for partition ${p.name} is not valid`);
    if (target > p.log.highWatermark) {
      throw new KafkaError(
        'OFFSET_OUT_OF_RANGE',
        `Cannot increment the log start offset to ${target} of partition ${p.name} since it is larger than the high watermark ${p.log.highWatermark}`,
      );
    }
    const lowWatermark = p.log.deleteRecordsBefore(target);
    ctx.logger.info({ partition: p.name, offset: target, logStartOffset: lowWatermark }, 'records deleted');
    return { partitionIndex, lowWatermark, errorCode: ErrorCode.NONE };
  } catch (err) {
    return { partitionIndex, lowWatermark: -1, errorCode: toErrorCode(err) };
  }
}
