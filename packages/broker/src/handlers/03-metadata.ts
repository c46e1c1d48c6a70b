/**
 * Metadata: v0-12. Brokers, cluster id, controller, and topics with their partitions (leader, replicas, ISR).
 * - Topic list: v0 empty = all topics; v1+ null = all topics, empty = none.
 * - Auto-creation: only when `auto.create.topics.enable`, the request allows it (AllowAutoTopicCreation, v4+; earlier
 *   versions leave it to the broker) and the request is not for all topics. The topic is created with
 *   num.partitions / default.replication.factor before answering, so the response already describes it.
 * - v1 adds ControllerId, IsInternal, Rack; v2 ClusterId; v5 OfflineReplicas; v7 LeaderEpoch (KIP-320);
 *   v8 authorized operations (KIP-430; INT32_MIN unless requested; cluster operations only v8-10);
 *   v10 TopicId (KIP-516); v12 lookup by topic id (null name), unknown id → UNKNOWN_TOPIC_ID.
 *   As in Kafka, a topic id in v10-11 or a null name before v12 fails the request with INVALID_REQUEST.
 */
import { ErrorCode, MetadataApi, ZERO_UUID, type MetadataRequest, type MetadataResponse, type MetadataResponseTopic } from '@samsa/protocol';
import type { Cluster, TopicState } from '../cluster';
import { KafkaError, toErrorCode } from '../errors';
import { isValidTopicName } from '../topics/topic-name';
import { AUTHORIZED_OPERATIONS_OMITTED, CLUSTER_OPERATIONS, TOPIC_OPERATIONS } from './authorized-operations';
import { defineHandler } from './handler';

export const metadataHandler = defineHandler<MetadataRequest, MetadataResponse>({
  api: MetadataApi,
  versions: { min: 0, max: 12 },
  handle(ctx, request) {
    const { cluster, apiVersion } = ctx;
    const topicOps = request.includeTopicAuthorizedOperations ? TOPIC_OPERATIONS : AUTHORIZED_OPERATIONS_OMITTED;
    const allTopics = request.topics === null || (apiVersion === 0 && request.topics.length === 0);
    let topics: MetadataResponseTopic[];
    if (allTopics) {
      topics = cluster.topics.map((t) => describeTopic(cluster, t, topicOps));
    } else {
      const requested = request.topics ?? [];
      if (apiVersion < 12) {
        for (const t of requested) {
          if (t.name === null) throw new KafkaError('INVALID_REQUEST', `Topic name can not be null for version ${apiVersion}`);
          if (t.topicId !== undefined && t.topicId !== ZERO_UUID) {
            throw new KafkaError('INVALID_REQUEST', `Topic IDs are not supported in requests for version ${apiVersion}`);
          }
        }
      }
      const autoCreate = cluster.config.autoCreateTopicsEnable && (request.allowAutoTopicCreation ?? true);
      const seen = new Set<string>();
      topics = [];
      for (const t of requested) {
        const key = t.name ?? `id:${t.topicId ?? ZERO_UUID}`;
        if (seen.has(key)) continue;
        seen.add(key);
        topics.push(t.name === null
          ? lookupById(cluster, t.topicId ?? ZERO_UUID, topicOps)
          : lookupByName(ctx.cluster, t.name, autoCreate, topicOps, ctx.logger));
      }
    }
    return {
      throttleTimeMs: 0,
      brokers: cluster.brokers.map((b) => ({ nodeId: b.nodeId, host: b.host, port: b.port, rack: b.rack })),
      clusterId: cluster.clusterId,
      controllerId: cluster.controllerId,
      topics,
      clusterAuthorizedOperations: request.includeClusterAuthorizedOperations ? CLUSTER_OPERATIONS : AUTHORIZED_OPERATIONS_OMITTED,
    };
  },
  errorResponse(request, code) {
    return {
      ...MetadataApi.defaultResponse(),
      // A null name cannot be encoded before v12, so an empty name stands in for it.
      topics: (request.topics ?? []).map((t) => errorTopic(t.name ?? '', t.topicId ?? ZERO_UUID, code)),
    };
  },
});

function lookupByName(
  cluster: Cluster,
  name: string,
  autoCreate: boolean,
  topicOps: number,
  logger: { info(obj: object, msg: string): void },
): MetadataResponseTopic {
  const existing = cluster.topicByName(name);
  if (existing) return describeTopic(cluster, existing, topicOps);
  if (!isValidTopicName(name)) return errorTopic(name, ZERO_UUID, ErrorCode.INVALID_TOPIC_EXCEPTION);
  if (!autoCreate) return errorTopic(name, ZERO_UUID, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  try {
    const created = cluster.createTopic({ name, numPartitions: -1, replicationFactor: -1, assignments: [], configs: [] });
    logger.info({ topic: name, partitions: created.partitions.length }, 'topic auto-created');
    return describeTopic(cluster, created, topicOps);
  } catch (err) {
    return errorTopic(name, ZERO_UUID, toErrorCode(err));
  }
}

function lookupById(cluster: Cluster, topicId: string, topicOps: number): MetadataResponseTopic {
  const topic = topicId === ZERO_UUID ? undefined : cluster.topicById(topicId);
  if (!topic) return errorTopic(null, topicId, ErrorCode.UNKNOWN_TOPIC_ID);
  return describeTopic(cluster, topic, topicOps);
}

function describeTopic(cluster: Cluster, topic: TopicState, topicOps: number): MetadataResponseTopic {
  return {
    errorCode: ErrorCode.NONE,
    name: topic.name,
    topicId: topic.id,
    isInternal: cluster.isInternal(topic.name),
    partitions: topic.partitions.map((p) => ({
      errorCode: ErrorCode.NONE,
      partitionIndex: p.partition,
      leaderId: p.leader,
      leaderEpoch: p.leaderEpoch,
      replicaNodes: [...p.replicas],
      isrNodes: [...p.isr],
      offlineReplicas: [],
    })),
    topicAuthorizedOperations: topicOps,
  };
}

function errorTopic(name: string | null, topicId: string, code: number): MetadataResponseTopic {
  return { errorCode: code, name, topicId, isInternal: false, partitions: [], topicAuthorizedOperations: AUTHORIZED_OPERATIONS_OMITTED };
}
