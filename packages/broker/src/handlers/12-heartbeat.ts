/**
 * Heartbeat. A member of a classic group tells the coordinator it is alive; the answer tells it whether the
 * group is rebalancing (REBALANCE_IN_PROGRESS: rejoin). A member that does not heartbeat within its session
 * timeout is removed and the group rebalances.
 * - UNKNOWN_MEMBER_ID, ILLEGAL_GENERATION, FENCED_INSTANCE_ID (static members), INVALID_GROUP_ID for an empty id.
 * - v1 adds throttle time; v3 group instance id (KIP-345); v4 is flexible.
 * - A share group's id (KIP-932): UNKNOWN_MEMBER_ID, as GroupMetadataManager answers for a group of another type.
 * - READ on the group (GROUP_AUTHORIZATION_FAILED), as KafkaApis checks.
 */
import { HeartbeatApi, type HeartbeatRequest, type HeartbeatResponse } from '@samsa/protocol';
import { KafkaError } from '../errors';
import { groupRequestInfo, groupsOf } from './group-context';
import { Op, requireGroup } from './authorize';
import { defineHandler } from './handler';

export const heartbeatHandler = defineHandler<HeartbeatRequest, HeartbeatResponse>({
  api: HeartbeatApi,
  versions: { min: 0, max: 4 },
  handle(ctx, request) {
    const groups = groupsOf(ctx);
    requireGroup(ctx, Op.READ, request.groupId);
    const info = groupRequestInfo(groups, ctx);
    // A share group (KIP-932) holds the id: GroupMetadataManager.classicGroupHeartbeat answers UNKNOWN_MEMBER_ID.
    if (groups.isShareGroupHere(info, request.groupId))
      throw new KafkaError('UNKNOWN_MEMBER_ID', `Group ${request.groupId} not found.`);
    return groups.service.heartbeat(info, request);
  },
  errorResponse(_request, code) {
    return { throttleTimeMs: 0, errorCode: code };
  },
});
