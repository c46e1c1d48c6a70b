/**
 * DescribeGroups. State, protocol type, selected protocol and members (client id, host, and, once the group
 * is Stable, each member's metadata and assignment) of the groups this broker coordinates.
 * - A group that does not exist is reported as Dead without error (v0-5), and so is a consumer group (KIP-848: it
 *   is described by ConsumerGroupDescribe, as in Kafka); a group coordinated elsewhere gets NOT_COORDINATOR, one
 *   still loading COORDINATOR_LOAD_IN_PROGRESS.
 * - v1 adds throttle time; v3 authorized operations (KIP-430: everything a group supports, as there is no
 *   authorizer); v4 group instance ids (KIP-345); v5 is flexible.
 */
import { DescribeGroupsApi, type DescribeGroupsRequest, type DescribeGroupsResponse } from '@samsa/protocol';
import { groupRequestInfo, groupsOf } from './group-context';
import { AUTHORIZED_OPERATIONS_OMITTED, GROUP_OPERATIONS } from './authorized-operations';
import { defineHandler } from './handler';

export const describeGroupsHandler = defineHandler<DescribeGroupsRequest, DescribeGroupsResponse>({
  api: DescribeGroupsApi,
  versions: { min: 0, max: 5 },
  handle(ctx, request) {
    const groups = groupsOf(ctx);
    const described = groups.service.describeGroups(groupRequestInfo(groups, ctx), request.groups);
    const ops =
      ctx.apiVersion >= 3 && request.includeAuthorizedOperations === true
        ? GROUP_OPERATIONS
        : AUTHORIZED_OPERATIONS_OMITTED;
    return { throttleTimeMs: 0, groups: described.map((g) => ({ ...g, authorizedOperations: ops })) };
  },
  errorResponse(request, code) {
    return {
      throttleTimeMs: 0,
      groups: request.groups.map((groupId) => ({
        errorCode: code,
        groupId,
        groupState: '',
        protocolType: '',
        protocolData: '',
        members: [],
      })),
    };
  },
});
