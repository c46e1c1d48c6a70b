/**
 * ConsumerGroupHeartbeat. A member of a KIP-848 consumer group joins, stays alive, reports the partitions it owns and
 * receives its epoch and assignment; the coordinator computes assignments server-side (`uniform`, `range`) and
 * reconciles each member on its own heartbeats, without a group-wide rebalance.
 * - Epoch 0 joins (or rejoins after an error), -1 leaves, -2 is a static member leaving for a while (it keeps its
 *   partitions until its session times out).
 * - INVALID_REQUEST for malformed requests (empty group or member id, a first heartbeat without rebalance timeout,
 *   owned partitions or subscription), UNSUPPORTED_ASSIGNOR, INVALID_REGULAR_EXPRESSION (RE2/J syntax that
 *   JavaScript reads otherwise), FENCED_MEMBER_EPOCH, UNKNOWN_MEMBER_ID, UNRELEASED_INSTANCE_ID, FENCED_INSTANCE_ID,
 *   GROUP_MAX_SIZE_REACHED (group.consumer.max.size), GROUP_ID_NOT_FOUND for a classic group that cannot upgrade
 *   and for a share group's id;
 *   UNSUPPORTED_VERSION while the protocol is off (group.coordinator.rebalance.protocols, group.version 0).
 * - v1 adds SubscribedTopicRegex and requires a client-generated member id (KIP-1082).
 * - READ on the group (GROUP_AUTHORIZATION_FAILED) and DESCRIBE on each subscribed topic (TOPIC_AUTHORIZATION_FAILED),
 *   as KafkaApis.handleConsumerGroupHeartbeat.
 */
import {
  ConsumerGroupHeartbeatApi,
  type ConsumerGroupHeartbeatRequest,
  type ConsumerGroupHeartbeatResponse,
} from '@samsa/protocol';
import { groupRequestInfo, groupsOf } from './group-context';
import { KafkaError } from '../errors';
import { allows, Op, requireGroup, ResourceType } from './authorize';
import { defineHandler } from './handler';

export const consumerGroupHeartbeatHandler = defineHandler<
  ConsumerGroupHeartbeatRequest,
  ConsumerGroupHeartbeatResponse
>({
  api: ConsumerGroupHeartbeatApi,
  versions: { min: 0, max: 1 },
  handle(ctx, request) {
    const groups = groupsOf(ctx);
    requireGroup(ctx, Op.READ, request.groupId);
    // Kafka 4 also asks DESCRIBE on every subscribed topic name.
    for (const topic of request.subscribedTopicNames ?? [])
      if (!allows(ctx, Op.DESCRIBE, ResourceType.TOPIC, topic))
        throw new KafkaError('TOPIC_AUTHORIZATION_FAILED', 'Topic authorization failed.');
    // A share group (KIP-932) holds the id: Kafka answers GroupIdNotFound ("not a consumer group").
    if (groups.share.has(request.groupId))
      throw new KafkaError('GROUP_ID_NOT_FOUND', `Group ${request.groupId} is not a consumer group.`);
    return groups.service.consumerGroupHeartbeat(groupRequestInfo(groups, ctx), request);
  },
  errorResponse(_request, code, message) {
    return {
      throttleTimeMs: 0,
      errorCode: code,
      errorMessage: message,
      memberId: null,
      memberEpoch: 0,
      heartbeatIntervalMs: 0,
      assignment: null,
    };
  },
});
