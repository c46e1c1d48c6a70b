/**
 * DescribeTopicPartitions (KIP-966). Topics with their partitions (leader, epoch, replicas, ISR, ELR), paged by a cursor.
 * - An empty topic list means every topic. Topics are answered in name order from the cursor's topic (names below it
 *   are skipped); partitions of the cursor's topic start at its partition index, of every other topic at 0.
 * - A named topic list must contain the cursor's topic, else the request fails with INVALID_REQUEST.
 * - At most min(ResponsePartitionLimit, `max.request.partition.size.limit`) partitions (at least 1) are described;
 *   NextCursor points at the first one left out (KRaftMetadataCache.getTopicMetadataForDescribeTopicResponse), and
 *   is null once the last topic is complete.
 * - A missing named topic answers UNKNOWN_TOPIC_OR_PARTITION (INVALID_TOPIC_EXCEPTION for an invalid name) without
 *   counting against the limit; when listing every topic none is missing.
 * - Partition errors are always NONE, as in Kafka: a partition without a leader has leader -1. There is no ELR
 *   (eligible.leader.replicas.version is off), so EligibleLeaderReplicas and LastKnownElr are empty.
 * - DESCRIBE on each topic: listing every topic leaves the others out, a named one answers TOPIC_AUTHORIZATION_FAILED
 *   (not counted against the limit).
 * - TopicAuthorizedOperations is always set (there is no request flag): the topic operations the authorizer allows
 *   (all without one), unknown topics included (Kafka's DescribeTopicPartitionsRequestHandler sets it on every
 *   answered topic).
 */
import {
  DescribeTopicPartitionsApi,
  ErrorCode,
  ZERO_UUID,
  type DescribeTopicPartitionsRequest,
  type DescribeTopicPartitionsResponse,
  type DescribeTopicPartitionsResponsePartition,
  type DescribeTopicPartitionsResponseTopic,
} from '@samsa/protocol';
import { KafkaError } from '../errors';
import { INTERNAL_TOPICS, isValidTopicName } from '../topics/topic-name';
import { allows, AUTHORIZED_OPERATIONS_OMITTED, authorizedOperations, Op, ResourceType } from './authorize';
import { defineHandler, type RequestContext } from './handler';
import { describePartition, partitionView } from './partition-view';

export const describeTopicPartitionsHandler = defineHandler<
  DescribeTopicPartitionsRequest,
  DescribeTopicPartitionsResponse
>({
  api: DescribeTopicPartitionsApi,
  versions: { min: 0, max: 0 },
  handle(ctx, request) {
    const { cluster } = ctx;
    const { cursor } = request;
    const fetchAll = request.topics.length === 0;
    const cursorTopic = cursor?.topicName ?? '';
    const names = new Set<string>();
    for (const name of fetchAll ? cluster.topics.map((t) => t.name) : request.topics.map((t) => t.name)) {
      if (name >= cursorTopic) names.add(name);
    }
    if (!fetchAll && cursor !== null && !names.has(cursor.topicName)) {
      throw new KafkaError(
        'INVALID_REQUEST',
        `DescribeTopicPartitionsRequest topic list should contain the cursor topic: ${cursor.topicName}`,
      );
    }
    const limit = Math.max(
      Math.min(cluster.config.int('max.request.partition.size.limit'), request.responsePartitionLimit),
      1,
    );
    const view = partitionView(ctx);
    const topics: DescribeTopicPartitionsResponseTopic[] = [];
    let nextCursor: DescribeTopicPartitionsResponse['nextCursor'] = null;
    let remaining = limit;
    for (const name of [...names].sort()) {
      if (remaining === 0) {
        // Every partition of the topics before is answered: the next page starts at this topic.
        nextCursor = { topicName: name, partitionIndex: 0 };
        break;
      }
      if (!allows(ctx, Op.DESCRIBE, ResourceType.TOPIC, name)) {
        if (!fetchAll) topics.push({ ...missingTopic(ctx, name), errorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED });
        continue;
      }
      const topic = cluster.topicByName(name);
      if (topic === undefined) {
        if (!fetchAll) topics.push(missingTopic(ctx, name));
        continue;
      }
      const start = cursor !== null && name === cursor.topicName ? cursor.partitionIndex : 0;
      const count = topic.partitions.length;
      const upper = Math.min(count, start + remaining);
      const partitions: DescribeTopicPartitionsResponsePartition[] = [];
      for (let i = Math.max(start, 0); i < upper; i++) {
        const p = topic.partitions[i]!;
        partitions.push({
          errorCode: ErrorCode.NONE,
          ...describePartition(view, name, p),
          eligibleLeaderReplicas: [],
          lastKnownElr: [],
        });
      }
      topics.push({
        errorCode: ErrorCode.NONE,
        name,
        topicId: topic.id,
        isInternal: cluster.isInternal(name),
        partitions,
        topicAuthorizedOperations: authorizedOperations(ctx, ResourceType.TOPIC, name),
      });
      if (upper < count) {
        nextCursor = { topicName: name, partitionIndex: upper };
        break;
      }
      remaining -= partitions.length;
    }
    return { throttleTimeMs: 0, topics, nextCursor };
  },
  errorResponse(request, code) {
    return {
      ...DescribeTopicPartitionsApi.defaultResponse(),
      topics: request.topics.map((t) => ({
        errorCode: code,
        name: t.name,
        topicId: ZERO_UUID,
        isInternal: INTERNAL_TOPICS.has(t.name),
        partitions: [],
        topicAuthorizedOperations: AUTHORIZED_OPERATIONS_OMITTED,
      })),
    };
  },
});

function missingTopic(ctx: RequestContext, name: string): DescribeTopicPartitionsResponseTopic {
  return {
    errorCode: isValidTopicName(name) ? ErrorCode.UNKNOWN_TOPIC_OR_PARTITION : ErrorCode.INVALID_TOPIC_EXCEPTION,
    name,
    topicId: ZERO_UUID,
    isInternal: INTERNAL_TOPICS.has(name),
    partitions: [],
    topicAuthorizedOperations: authorizedOperations(ctx, ResourceType.TOPIC, name),
  };
}
