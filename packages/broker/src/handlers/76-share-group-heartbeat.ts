/**
 * ShareGroupHeartbeat. A member of a share group (KIP-932) joins, stays alive and receives its epoch and assignment;
 * the coordinator assigns with the simple assignor, a partition possibly to several members.
 * - Epoch 0 joins with the client's member id and its subscribed topics, -1 leaves; any other epoch must be the
 *   member's (FENCED_MEMBER_EPOCH) of a known member (UNKNOWN_MEMBER_ID).
 * - INVALID_REQUEST for an empty group or member id, an empty rack, a join without topics, an epoch below -1;
 *   GROUP_MAX_SIZE_REACHED (group.share.max.size); GROUP_ID_NOT_FOUND when a classic or consumer group has the id;
 *   NOT_COORDINATOR on another broker; UNSUPPORTED_VERSION while share groups are off (share.version 0).
 * - READ on the group (GROUP_AUTHORIZATION_FAILED) and DESCRIBE on each subscribed topic (TOPIC_AUTHORIZATION_FAILED),
 *   as KafkaApis.handleShareGroupHeartbeat.
 */
import {
  ErrorCode,
  ShareGroupHeartbeatApi,
  type ShareGroupHeartbeatRequest,
  type ShareGroupHeartbeatResponse,
} from '@samsa/protocol';
import { KafkaError } from '../errors';
import { allows, Op, requireGroup, ResourceType } from './authorize';
import { groupRequestInfo, groupsOf } from './group-context';
import { defineHandler } from './handler';

export const shareGroupHeartbeatHandler = defineHandler<ShareGroupHeartbeatRequest, ShareGroupHeartbeatResponse>({
  api: ShareGroupHeartbeatApi,
  versions: { min: 1, max: 1 },
  enabled: (ctx) => ctx.groups?.shareEnabled() ?? false,
  handle(ctx, request) {
    const groups = groupsOf(ctx);
    requireGroup(ctx, Op.READ, request.groupId);
    for (const topic of request.subscribedTopicNames ?? [])
      if (!allows(ctx, Op.DESCRIBE, ResourceType.TOPIC, topic))
        throw new KafkaError('TOPIC_AUTHORIZATION_FAILED', 'Topic authorization failed.');
    const info = groupRequestInfo(groups, ctx);
    groups.routeShare(info, request.groupId);
    if (request.memberEpoch === 0 && !groups.share.has(request.groupId) && groups.hasOtherGroup(request.groupId))
      throw new KafkaError('GROUP_ID_NOT_FOUND', `Group ${request.groupId} is not a share group.`);
    const res = groups.share.heartbeat(info, request);
    return {
      throttleTimeMs: 0,
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      memberId: res.memberId,
      memberEpoch: res.memberEpoch,
      heartbeatIntervalMs: res.heartbeatIntervalMs,
      assignment: res.assignment === null ? null : { topicPartitions: res.assignment },
    };
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
