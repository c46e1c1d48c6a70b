/**
 * ListGroups. The groups this broker coordinates, with their protocol type.
 * - v3 is flexible; v4 adds the group state and a states filter (KIP-518, case-insensitive: the classic states
 *   and the KIP-848 ones, Assigning and Reconciling); v5 the group type ("classic" or "consumer") and a types
 *   filter (KIP-848).
 * - Share groups (KIP-932) are listed with type and protocol type `share` while share groups are on.
 * - A coordinator partition still loading fails the request with COORDINATOR_LOAD_IN_PROGRESS.
 * - DESCRIBE on the cluster lists every group; otherwise only the groups the client may DESCRIBE are listed (no
 *   error), as KafkaApis.handleListGroupsRequest.
 */
import { ListGroupsApi, type ListGroupsRequest, type ListGroupsResponse } from '@samsa/protocol';
import { groupRequestInfo, groupsOf } from './group-context';
import { allows, allowsCluster, Op, ResourceType } from './authorize';
import { defineHandler } from './handler';

export const listGroupsHandler = defineHandler<ListGroupsRequest, ListGroupsResponse>({
  api: ListGroupsApi,
  versions: { min: 0, max: 5 },
  async handle(ctx, request) {
    const groups = groupsOf(ctx);
    const info = groupRequestInfo(groups, ctx);
    const listed = await groups.service.listGroups(info, request);
    const response =
      listed.errorCode === 0
        ? { ...listed, groups: [...listed.groups, ...groups.listShareGroups(info, request)] }
        : listed;
    if (allowsCluster(ctx, Op.DESCRIBE)) return response;
    return {
      ...response,
      groups: response.groups.filter((g) => allows(ctx, Op.DESCRIBE, ResourceType.GROUP, g.groupId)),
    };
  },
  errorResponse(_request, code) {
    return { throttleTimeMs: 0, errorCode: code, groups: [] };
  },
});
