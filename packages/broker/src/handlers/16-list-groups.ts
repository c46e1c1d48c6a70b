/**
 * ListGroups. The groups this broker coordinates, with their protocol type.
 * - v3 is flexible; v4 adds the group state and a states filter (KIP-518, case-insensitive: the classic states
 *   and the KIP-848 ones, Assigning and Reconciling); v5 the group type ("classic" or "consumer") and a types
 *   filter (KIP-848).
 * - A coordinator partition still loading fails the request with COORDINATOR_LOAD_IN_PROGRESS.
 */
import { ListGroupsApi, type ListGroupsRequest, type ListGroupsResponse } from '@samsa/protocol';
import { groupRequestInfo, groupsOf } from './group-context';
import { defineHandler } from './handler';

export const listGroupsHandler = defineHandler<ListGroupsRequest, ListGroupsResponse>({
  api: ListGroupsApi,
  versions: { min: 0, max: 5 },
  handle(ctx, request) {
    const groups = groupsOf(ctx);
    return groups.service.listGroups(groupRequestInfo(groups, ctx), request);
  },
  errorResponse(_request, code) {
    return { throttleTimeMs: 0, errorCode: code, groups: [] };
  },
});
