/**
 * Metadata. Brokers, cluster id, controller, and topics with their partitions (leader, replicas, ISR).
 * - Topic list: v0 empty = all topics; v1+ null = all topics, empty = none.
 * - Auto-creation: only when `auto.create.topics.enable`, the request allows it (AllowAutoTopicCreation, v4+; earlier
 *   versions leave it to the broker) and the request is not for all topics. The topic is created with
 *   num.partitions / default.replication.factor before answering, so the response already describes it.
 * - v1 adds ControllerId, IsInternal, Rack; v2 ClusterId; v5 OfflineReplicas; v7 LeaderEpoch (KIP-320);
 *   v8 authorized operations (KIP-430; INT32_MIN unless requested; cluster operations only v8-10);
 *   v10 TopicId (KIP-516); v12 lookup by topic id (null name), unknown id → UNKNOWN_TOPIC_ID.
 *   As in Kafka, a topic id in v10-11 or a null name before v12 fails the request with INVALID_REQUEST.
 * - A partition without a leader (leader -1) answers LEADER_NOT_AVAILABLE; replicas on stopped brokers are listed as
 *   offline (MetadataCache's offline replicas: broker not alive). A partition whose log could not be opened at
 *   start-up is shown without a leader and with every replica offline. Every broker identity answers from the same state.
 * - Authorization (KafkaApis.handleTopicMetadataRequest): DESCRIBE on a topic to see it (all-topics requests leave the
 *   others out; named ones answer TOPIC_AUTHORIZATION_FAILED); auto-creation also needs CREATE on the cluster or the
 *   topic. Cluster authorized operations need DESCRIBE on the cluster (0 otherwise).
 */
import {
  ErrorCode,
  MetadataApi,
  ZERO_UUID,
  type MetadataRequest,
  type MetadataResponse,
  type MetadataResponseTopic,
} from '@samsa/protocol';
import type { Cluster, TopicState } from '../cluster';
import { KafkaError, toErrorCode } from '../errors';
import { isValidTopicName } from '../topics/topic-name';
import {
  allows,
  allowsCluster,
  AUTHORIZED_OPERATIONS_OMITTED,
  authorizedOperations,
  clusterAuthorizedOperations,
  Op,
  ResourceType,
} from './authorize';
import { defineHandler, type RequestContext } from './handler';
import { describePartition, partitionView, type PartitionView } from './partition-view';

export const metadataHandler = defineHandler<MetadataRequest, MetadataResponse>({
  api: MetadataApi,
  versions: { min: 0, max: 12 },
  handle(ctx, request) {
    const { cluster, apiVersion } = ctx;
    const view: TopicView = {
      ctx,
      cluster,
      partitions: partitionView(ctx),
      includeTopicOps: request.includeTopicAuthorizedOperations ?? false,
    };
    const mayDescribe = (name: string): boolean => allows(ctx, Op.DESCRIBE, ResourceType.TOPIC, name);
    const allTopics = request.topics === null || (apiVersion === 0 && request.topics.length === 0);
    let topics: MetadataResponseTopic[];
    if (allTopics) {
      // All topics: those the client may not describe are left out, as Kafka does.
      topics = cluster.topics.filter((t) => mayDescribe(t.name)).map((t) => describeTopic(view, t));
    } else {
      const requested = request.topics ?? [];
      if (apiVersion < 12) {
        for (const t of requested) {
          if (t.name === null)
            throw new KafkaError('INVALID_REQUEST', `Topic name can not be null for version ${apiVersion}`);
          if (t.topicId !== undefined && t.topicId !== ZERO_UUID) {
            throw new KafkaError(
              'INVALID_REQUEST',
              `Topic IDs are not supported in requests for version ${apiVersion}`,
            );
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
        topics.push(
          t.name === null
            ? lookupById(view, t.topicId ?? ZERO_UUID, mayDescribe)
            : !mayDescribe(t.name)
              ? errorTopic(t.name, ZERO_UUID, ErrorCode.TOPIC_AUTHORIZATION_FAILED)
              : lookupByName(view, t.name, autoCreate, ctx.logger),
        );
      }
    }
    return {
      throttleTimeMs: 0,
      // The addresses of the listener the request came in on (Kafka's MetadataCache by listener name).
      brokers: cluster.brokersOn(ctx.auth.listenerName),
      clusterId: cluster.clusterId,
      controllerId: cluster.controllerId,
      topics,
      clusterAuthorizedOperations: clusterAuthorizedOperations(
        ctx,
        request.includeClusterAuthorizedOperations ?? false,
      ),
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

interface TopicView {
  readonly ctx: RequestContext;
  readonly cluster: Cluster;
  readonly partitions: PartitionView;
  readonly includeTopicOps: boolean;
}

function lookupByName(
  view: TopicView,
  name: string,
  autoCreate: boolean,
  logger: { info(obj: object, msg: string): void },
): MetadataResponseTopic {
  const { cluster } = view;
  const existing = cluster.topicByName(name);
  if (existing) return describeTopic(view, existing);
  if (!isValidTopicName(name)) return errorTopic(name, ZERO_UUID, ErrorCode.INVALID_TOPIC_EXCEPTION);
  if (!autoCreate) return errorTopic(name, ZERO_UUID, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  // Auto-creation needs CREATE on the cluster or on the topic.
  if (!allowsCluster(view.ctx, Op.CREATE) && !allows(view.ctx, Op.CREATE, ResourceType.TOPIC, name))
    return errorTopic(name, ZERO_UUID, ErrorCode.TOPIC_AUTHORIZATION_FAILED);
  try {
    const created = cluster.createTopic({
      name,
      numPartitions: -1,
      replicationFactor: -1,
      assignments: [],
      configs: [],
    });
    logger.info({ topic: name, partitions: created.partitions.length }, 'topic auto-created');
    return describeTopic(view, created);
  } catch (err) {
    return errorTopic(name, ZERO_UUID, toErrorCode(err));
  }
}

function lookupById(view: TopicView, topicId: string, mayDescribe: (name: string) => boolean): MetadataResponseTopic {
  const topic = topicId === ZERO_UUID ? undefined : view.cluster.topicById(topicId);
  if (!topic) return errorTopic(null, topicId, ErrorCode.UNKNOWN_TOPIC_ID);
  // Topic ids are not sensitive, so Kafka answers TOPIC_AUTHORIZATION_FAILED with the id and no name.
  if (!mayDescribe(topic.name)) return errorTopic(null, topicId, ErrorCode.TOPIC_AUTHORIZATION_FAILED);
  return describeTopic(view, topic);
}

function describeTopic(view: TopicView, topic: TopicState): MetadataResponseTopic {
  const { cluster } = view;
  return {
    errorCode: ErrorCode.NONE,
    name: topic.name,
    topicId: topic.id,
    isInternal: cluster.isInternal(topic.name),
    partitions: topic.partitions.map((p) => {
      const described = describePartition(view.partitions, topic.name, p);
      return {
        errorCode: described.leaderId === -1 ? ErrorCode.LEADER_NOT_AVAILABLE : ErrorCode.NONE,
        ...described,
      };
    }),
    topicAuthorizedOperations: view.includeTopicOps
      ? authorizedOperations(view.ctx, ResourceType.TOPIC, topic.name)
      : AUTHORIZED_OPERATIONS_OMITTED,
  };
}

function errorTopic(name: string | null, topicId: string, code: number): MetadataResponseTopic {
  return {
    errorCode: code,
    name,
    topicId,
    isInternal: false,
    partitions: [],
    topicAuthorizedOperations: AUTHORIZED_OPERATIONS_OMITTED,
  };
}
