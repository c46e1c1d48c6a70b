/**
 * DeleteGroups. Deletes Empty groups with their committed offsets (tombstones in `__consumer_offsets`).
 * - Per group: NON_EMPTY_GROUP while it has members, GROUP_ID_NOT_FOUND when it does not exist, NOT_COORDINATOR
 *   when another broker coordinates it. A group named twice is answered once.
 * - Classic and KIP-848 consumer groups alike: a consumer group goes with the tombstones of its members,
 *   assignments and epoch.
 * - v2 is flexible.
 */
import { DeleteGroupsApi, type DeleteGroupsRequest, type DeleteGroupsResponse } from '@samsa/protocol';
import { groupRequestInfo, groupsOf } from './group-context';
import { defineHandler } from './handler';

export const deleteGroupsHandler = defineHandler<DeleteGroupsRequest, DeleteGroupsResponse>({
  api: DeleteGroupsApi,
  versions: { min: 0, max: 2 },
  handle(ctx, request) {
    const groups = groupsOf(ctx);
    return groups.service.deleteGroups(groupRequestInfo(groups, ctx), request);
  },
  errorResponse(request, code) {
    return {
      throttleTimeMs: 0,
      results: [...new Set(request.groupsNames)].map((groupId) => ({ groupId, errorCode: code })),
    };
  },
});
