/**
 * DescribeGroups. State, protocol type, selected protocol and members (client id, host, and, once the group
 * is Stable, each member's metadata and assignment) of the groups this broker coordinates.
 * - A group that does not exist is reported as Dead without error (v0-5), and so is a consumer group (KIP-848: it
 *   is described by ConsumerGroupDescribe, as in Kafka); a group coordinated elsewhere gets NOT_COORDINATOR, one
 *   still loading COORDINATOR_LOAD_IN_PROGRESS.
 * - DESCRIBE on each group (GROUP_AUTHORIZATION_FAILED for the others, listed after the described ones, as Kafka).
 * - v1 adds throttle time; v3 authorized operations (KIP-430: the group operations the authorizer allows); v4 group instance ids (KIP-345); v5 is flexible.
 */
import { DescribeGroupsApi, ErrorCode, type DescribeGroupsRequest, type DescribeGroupsResponse } from '@samsa/protocol';
import { groupRequestInfo, groupsOf } from './group-context';
import { allows, AUTHORIZED_OPERATIONS_OMITTED, authorizedOperations, Op, ResourceType } from './authorize';
import { defineHandler } from './handler';

export const describeGroupsHandler = defineHandler<DescribeGroupsRequest, DescribeGroupsResponse>({
  api: DescribeGroupsApi,
  versions: { min: 0, max: 5 },
  handle(ctx, request) {
    const groups = groupsOf(ctx);
    const authorized = request.groups.filter((g) => allows(ctx, Op.DESCRIBE, ResourceType.GROUP, g));
    const unauthorized = request.groups.filter((g) => !authorized.includes(g));
    const described = groups.service.describeGroups(groupRequestInfo(groups, ctx), authorized);
    const withOps = ctx.apiVersion >= 3 && request.includeAuthorizedOperations === true;
    return {
      throttleTimeMs: 0,
      groups: [
        ...described.map((g) => ({
          ...g,
          authorizedOperations: withOps
            ? authorizedOperations(ctx, ResourceType.GROUP, g.groupId)
            : AUTHORIZED_OPERATIONS_OMITTED,
        })),
        // Kafka lists the groups the client may not describe after the others.
        ...unauthorized.map((groupId) => unauthorizedGroup(groupId)),
      ],
    };
  },
  errorResponse(request, code) {
    return { throttleTimeMs: 0, groups: request.groups.map((groupId) => failedGroup(groupId, code)) };
  },
});

function failedGroup(groupId: string, code: number) {
  return { errorCode: code, groupId, groupState: '', protocolType: '', protocolData: '', members: [] };
}

function unauthorizedGroup(groupId: string) {
  return {
    ...failedGroup(groupId, ErrorCode.GROUP_AUTHORIZATION_FAILED),
    authorizedOperations: AUTHORIZED_OPERATIONS_OMITTED,
  };
}
