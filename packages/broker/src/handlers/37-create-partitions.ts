/**
 * CreatePartitions. Grows topics to a new partition count, the new partitions placed round robin over the
 * live brokers with the topic's replication factor, or where `assignments` (one replica list per new partition) say.
 * Kafka's rules and messages (ReplicationControlManager.createPartitions): INVALID_PARTITIONS when the count does not
 * grow (or exceeds the per-topic limit, see skipped-features.md), INVALID_REPLICA_ASSIGNMENT for a wrong number of
 * assignments, an empty or repeated replica list, an unknown broker or a replica count unlike the topic's;
 * UNKNOWN_TOPIC_OR_PARTITION for an unknown topic; a topic named twice fails each entry with INVALID_REQUEST
 * ("Duplicate topic name."). validate_only checks without changing anything; timeout_ms is not waited on (the
 * partitions exist, with open logs, before the response). v2 is flexible; v3 changes nothing on the wire.
 * - ALTER on each topic (TOPIC_AUTHORIZATION_FAILED), as KafkaApis.handleCreatePartitionsRequest.
 */
import {
  CreatePartitionsApi,
  ErrorCode,
  type CreatePartitionsMessages,
  type CreatePartitionsRequest,
  type CreatePartitionsResponse,
} from '@samsa/protocol';
import { toErrorCode, toErrorMessage } from '../errors';
import { allows, Op, ResourceType } from './authorize';
import { defineHandler, type RequestContext } from './handler';

type Result = CreatePartitionsMessages.CreatePartitionsTopicResult;

export const createPartitionsHandler = defineHandler<CreatePartitionsRequest, CreatePartitionsResponse>({
  api: CreatePartitionsApi,
  versions: { min: 0, max: 3 },
  handle(ctx, request) {
    const counts = new Map<string, number>();
    for (const t of request.topics) counts.set(t.name, (counts.get(t.name) ?? 0) + 1);
    const results: Result[] = [];
    const answered = new Set<string>();
    for (const topic of request.topics) {
      if (answered.has(topic.name)) continue;
      answered.add(topic.name);
      if ((counts.get(topic.name) ?? 0) > 1)
        results.push(result(topic.name, ErrorCode.INVALID_REQUEST, 'Duplicate topic name.'));
      else if (!allows(ctx, Op.ALTER, ResourceType.TOPIC, topic.name))
        results.push(result(topic.name, ErrorCode.TOPIC_AUTHORIZATION_FAILED, 'The topic authorization is failed.'));
      else results.push(grow(ctx, topic, request.validateOnly));
    }
    return { throttleTimeMs: 0, results };
  },
  errorResponse(request, code, message) {
    return {
      throttleTimeMs: 0,
      results: [...new Set(request.topics.map((t) => t.name))].map((name) => result(name, code, message)),
    };
  },
});

function grow(
  ctx: RequestContext,
  topic: CreatePartitionsMessages.CreatePartitionsTopic,
  validateOnly: boolean,
): Result {
  const current = ctx.cluster.topicByName(topic.name);
  if (!current) return result(topic.name, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, null);
  try {
    const assignments = topic.assignments === null ? null : topic.assignments.map((a) => a.brokerIds);
    const grown = ctx.cluster.addPartitions(current, topic.count, assignments, validateOnly);
    if (!validateOnly)
      ctx.logger.info(
        { topic: topic.name, from: current.partitions.length, to: grown.partitions.length },
        'partitions added',
      );
    return result(topic.name, ErrorCode.NONE, null);
  } catch (err) {
    return result(topic.name, toErrorCode(err), toErrorMessage(err));
  }
}

function result(name: string, errorCode: number, errorMessage: string | null): Result {
  return { name, errorCode, errorMessage };
}
