/**
 * LeaveGroup. Members leave a classic group, which rebalances (or becomes Empty).
 * - v0-2 name one member and answer with its error at the top level; v3+ remove a batch of members, each with its
 *   own result, and may name static members by group instance id alone (KIP-345); v4 is flexible; v5 adds a
 *   reason per member (KIP-800).
 * - Unknown group or member: UNKNOWN_MEMBER_ID; a static member presenting a stale member id: FENCED_INSTANCE_ID.
 * - Classic members of a KIP-848 consumer group leave it too (the group may then turn back into a classic group).
 * - READ on the group (GROUP_AUTHORIZATION_FAILED), as KafkaApis checks.
 */
import { LeaveGroupApi, type LeaveGroupRequest, type LeaveGroupResponse } from '@samsa/protocol';
import { groupRequestInfo, groupsOf } from './group-context';
import { Op, requireGroup } from './authorize';
import { defineHandler } from './handler';

export const leaveGroupHandler = defineHandler<LeaveGroupRequest, LeaveGroupResponse>({
  api: LeaveGroupApi,
  versions: { min: 0, max: 5 },
  handle(ctx, request) {
    const groups = groupsOf(ctx);
    requireGroup(ctx, Op.READ, request.groupId);
    return groups.service.leaveGroup(groupRequestInfo(groups, ctx), request);
  },
  errorResponse(_request, code) {
    return { throttleTimeMs: 0, errorCode: code, members: [] };
  },
});
