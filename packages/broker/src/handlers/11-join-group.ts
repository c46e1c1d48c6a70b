/**
 * JoinGroup. A member joins a classic group (or rejoins for a new generation). The request is parked until
 * the rebalance's join phase ends (every member rejoined, the rebalance timeout passed, or, for a new group,
 * group.initial.rebalance.delay.ms); meanwhile the connection keeps serving later requests, whose responses queue
 * behind this one in request order.
 * - Empty group id: INVALID_GROUP_ID; session timeout outside group.min/max.session.timeout.ms:
 *   INVALID_SESSION_TIMEOUT; group.max.size reached: GROUP_MAX_SIZE_REACHED; protocol type or protocols that do not
 *   fit the group: INCONSISTENT_GROUP_PROTOCOL.
 * - The leader's response lists every member with its metadata for the selected protocol, byte for byte.
 * - v1 adds the rebalance timeout (v0 uses the session timeout); v2 throttle time; v4 MEMBER_ID_REQUIRED for a new
 *   dynamic member (KIP-394); v5 group instance id (static membership, KIP-345); v6 is flexible; v7 the protocol
 *   type in the response; v8 a reason (KIP-800); v9 skip_assignment for a static leader rejoining while Stable
 *   (KIP-814).
 * - A KIP-848 consumer group takes a classic consumer as a classic member (online migration): it is answered at
 *   once with its member epoch as generation and no leader (the coordinator assigns), INCONSISTENT_GROUP_PROTOCOL
 *   when its protocols do not fit; an empty consumer group gives way to a classic group.
 * - A share group's id (KIP-932): INCONSISTENT_GROUP_PROTOCOL with no member id, as GroupMetadataManager answers a
 *   join to a group that is neither classic nor consumer.
 * - READ on the group (GROUP_AUTHORIZATION_FAILED), as KafkaApis checks.
 */
import { ErrorCode, JoinGroupApi, type JoinGroupRequest, type JoinGroupResponse } from '@samsa/protocol';
import { groupRequestInfo, groupsOf } from './group-context';
import { Op, requireGroup } from './authorize';
import { defineHandler } from './handler';

export const joinGroupHandler = defineHandler<JoinGroupRequest, JoinGroupResponse>({
  api: JoinGroupApi,
  versions: { min: 0, max: 9 },
  async handle(ctx, request) {
    const groups = groupsOf(ctx);
    requireGroup(ctx, Op.READ, request.groupId);
    const info = groupRequestInfo(groups, ctx);
    // A share group (KIP-932) holds the id: GroupMetadataManager.classicGroupJoin answers
    // INCONSISTENT_GROUP_PROTOCOL with no member id.
    if (groups.isShareGroupHere(info, request.groupId))
      return shape({ ...failedJoin(ErrorCode.INCONSISTENT_GROUP_PROTOCOL), memberId: '' }, ctx.apiVersion);
    const response = await groups.service.joinGroup(info, request);
    return shape(response, ctx.apiVersion);
  },
  errorResponse(request, code) {
    return shape({ ...failedJoin(code), memberId: request.memberId }, 0);
  },
});

function failedJoin(code: number): JoinGroupResponse {
  return {
    throttleTimeMs: 0,
    errorCode: code,
    generationId: -1,
    protocolType: null,
    protocolName: null,
    leader: '',
    skipAssignment: false,
    memberId: '',
    members: [],
  };
}

/** Before v7 the protocol name cannot be null on the wire: Kafka sends an empty string. */
function shape(response: JoinGroupResponse, version: number): JoinGroupResponse {
  return {
    ...response,
    throttleTimeMs: 0,
    protocolName: version < 7 ? (response.protocolName ?? '') : response.protocolName,
  };
}
