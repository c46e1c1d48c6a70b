/**
 * DescribeProducers (KIP-664). The active producers of each requested partition, from the partition's producer
 * state: id, epoch, last sequence (-1 when no batch is remembered), last timestamp, the coordinator epoch of its last
 * marker (-1 before any), and the first offset of its open transaction (-1 when none). Idle producers leave the state
 * after producer.id.expiration.ms, as in Kafka.
 * - Per partition (ReplicaManager.activeProducerState): UNKNOWN_TOPIC_OR_PARTITION for a topic or partition the
 *   cluster does not have; NOT_LEADER_OR_FOLLOWER when the broker identity asked is not one of the partition's
 *   replicas (any replica answers, as in Kafka); KAFKA_STORAGE_ERROR when its log could not be opened.
 * - READ on each topic (TOPIC_AUTHORIZATION_FAILED for its partitions), as KafkaApis.handleDescribeProducersRequest.
 */
import {
  DescribeProducersApi,
  ErrorCode,
  type DescribeProducersRequest,
  type DescribeProducersResponse,
  type DescribeProducersMessages,
} from '@samsa/protocol';
import { allows, Op, ResourceType } from './authorize';
import { defineHandler, type RequestContext } from './handler';

type PartitionResponse = DescribeProducersMessages.PartitionResponse;

export const describeProducersHandler = defineHandler<DescribeProducersRequest, DescribeProducersResponse>({
  api: DescribeProducersApi,
  versions: { min: 0, max: 0 },
  handle(ctx, request) {
    return {
      throttleTimeMs: 0,
      topics: request.topics.map((t) => ({
        name: t.name,
        partitions: t.partitionIndexes.map((i) =>
          allows(ctx, Op.READ, ResourceType.TOPIC, t.name)
            ? describePartition(ctx, t.name, i)
            : failed(i, ErrorCode.TOPIC_AUTHORIZATION_FAILED),
        ),
      })),
    };
  },
  errorResponse(request, code) {
    return {
      throttleTimeMs: 0,
      topics: request.topics.map((t) => ({ name: t.name, partitions: t.partitionIndexes.map((i) => failed(i, code)) })),
    };
  },
});

function describePartition(ctx: RequestContext, topic: string, index: number): PartitionResponse {
  const state = ctx.cluster.topicByName(topic)?.partitions[index];
  if (!state || !Number.isInteger(index) || index < 0) return failed(index, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  if (!state.replicas.includes(ctx.node.nodeId)) return failed(index, ErrorCode.NOT_LEADER_OR_FOLLOWER);
  const p = ctx.replicas.partition(topic, index);
  if (!p) return failed(index, ErrorCode.KAFKA_STORAGE_ERROR);
  if (p.deleted) return failed(index, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  const activeProducers: DescribeProducersMessages.ProducerState[] = [];
  for (const e of p.log.producerState.entries()) {
    const last = e.batches[e.batches.length - 1];
    activeProducers.push({
      producerId: e.producerId,
      producerEpoch: e.producerEpoch,
      lastSequence: last ? last.lastSeq : -1,
      lastTimestamp: e.lastTimestamp,
      coordinatorEpoch: e.coordinatorEpoch,
      currentTxnStartOffset: e.currentTxnFirstOffset,
    });
  }
  return { partitionIndex: index, errorCode: ErrorCode.NONE, errorMessage: null, activeProducers };
}

function failed(partitionIndex: number, errorCode: number): PartitionResponse {
  return { partitionIndex, errorCode, errorMessage: null, activeProducers: [] };
}
