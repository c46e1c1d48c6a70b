/**
 * CreateTopics. Creates topics with a partition count and replication factor (-1 = broker defaults) or an
 * explicit replica assignment, plus config overrides; every rejection carries Kafka's error code and message.
 * - A name given more than once fails each of its entries with INVALID_REQUEST ("Duplicate topic name.").
 * - v1 adds validateOnly and per-topic ErrorMessage; v2 throttle_time_ms; v5 (KIP-525) returns the partition
 *   count, replication factor and the full effective config (value, source, flags); v7 (KIP-516) the topic id.
 * - timeoutMs is not waited on: creation completes before the response.
 * - CREATE on the cluster or on the topic (TOPIC_AUTHORIZATION_FAILED "Authorization failed."); without
 *   DESCRIBE_CONFIGS on the topic its configs are withheld (TopicConfigErrorCode TOPIC_AUTHORIZATION_FAILED), as KafkaApis.
 */
import {
  ErrorCode,
  CreateTopicsApi,
  ZERO_UUID,
  type CreatableTopic,
  type CreatableTopicResult,
  type CreateTopicsRequest,
  type CreateTopicsResponse,
} from '@samsa/protocol';
import type { Cluster } from '../cluster';
import { effectiveTopicConfigs } from '../config/topic-config-resolver';
import { toErrorCode, toErrorMessage } from '../errors';
import { allows, allowsCluster, Op, ResourceType } from './authorize';
import { defineHandler } from './handler';

export const createTopicsHandler = defineHandler<CreateTopicsRequest, CreateTopicsResponse>({
  api: CreateTopicsApi,
  versions: { min: 0, max: 7 },
  handle(ctx, request) {
    const counts = new Map<string, number>();
    for (const t of request.topics) counts.set(t.name, (counts.get(t.name) ?? 0) + 1);
    const results: CreatableTopicResult[] = [];
    const clusterCreate = allowsCluster(ctx, Op.CREATE);
    const mayCreate = (name: string): boolean => clusterCreate || allows(ctx, Op.CREATE, ResourceType.TOPIC, name);
    const answered = new Set<string>();
    for (const topic of request.topics) {
      if (answered.has(topic.name)) continue;
      answered.add(topic.name);
      if ((counts.get(topic.name) ?? 0) > 1) {
        results.push(failed(topic.name, ErrorCode.INVALID_REQUEST, 'Duplicate topic name.'));
        continue;
      }
      if (!mayCreate(topic.name)) {
        results.push(failed(topic.name, ErrorCode.TOPIC_AUTHORIZATION_FAILED, 'Authorization failed.'));
        continue;
      }
      const result = create(ctx.cluster, topic, request.validateOnly ?? false, ctx.logger);
      // Without DESCRIBE_CONFIGS on the topic its configs are withheld (v5+ carry them).
      if (result.errorCode === ErrorCode.NONE && !allows(ctx, Op.DESCRIBE_CONFIGS, ResourceType.TOPIC, topic.name))
        results.push({ ...result, topicConfigErrorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED, configs: [] });
      else results.push(result);
    }
    return { throttleTimeMs: 0, topics: results };
  },
  errorResponse(request, code, message) {
    const names = [...new Set(request.topics.map((t) => t.name))];
    return { throttleTimeMs: 0, topics: names.map((name) => failed(name, code, message)) };
  },
});

function create(
  cluster: Cluster,
  topic: CreatableTopic,
  validateOnly: boolean,
  logger: { info(o: object, m: string): void },
): CreatableTopicResult {
  try {
    const created = cluster.createTopic(
      {
        name: topic.name,
        numPartitions: topic.numPartitions,
        replicationFactor: topic.replicationFactor,
        assignments: topic.assignments,
        configs: topic.configs,
      },
      validateOnly,
    );
    if (!validateOnly)
      logger.info({ topic: created.name, topicId: created.id, partitions: created.partitions.length }, 'topic created');
    return {
      name: created.name,
      topicId: validateOnly ? ZERO_UUID : created.id,
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      topicConfigErrorCode: ErrorCode.NONE,
      numPartitions: created.partitions.length,
      replicationFactor: created.partitions[0]?.replicas.length ?? -1,
      configs: effectiveTopicConfigs(created.configs, cluster.brokerProps).map((c) => ({
        name: c.name,
        value: c.value,
        readOnly: c.readOnly,
        configSource: c.source,
        isSensitive: c.isSensitive,
      })),
    };
  } catch (err) {
    return failed(topic.name, toErrorCode(err), toErrorMessage(err));
  }
}

function failed(name: string, code: number, message: string | null): CreatableTopicResult {
  return {
    name,
    topicId: ZERO_UUID,
    errorCode: code,
    errorMessage: message,
    topicConfigErrorCode: ErrorCode.NONE,
    numPartitions: -1,
    replicationFactor: -1,
    configs: [],
  };
}
