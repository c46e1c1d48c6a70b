/**
 * DeleteGroups. Deletes Empty groups with their committed offsets (tombstones in `__consumer_offsets`).
 * - Per group: NON_EMPTY_GROUP while it has members, GROUP_ID_NOT_FOUND when it does not exist, NOT_COORDINATOR
 *   when another broker coordinates it. A group named twice is answered once.
 * - Classic and KIP-848 consumer groups alike: a consumer group goes with the tombstones of its members,
 *   assignments and epoch. Share groups (KIP-932) go with their share-partitions' state.
 * - v2 is flexible.
 * - DELETE on each group (GROUP_AUTHORIZATION_FAILED for the others), as KafkaApis.handleDeleteGroupsRequest.
 */
import { DeleteGroupsApi, ErrorCode, type DeleteGroupsRequest, type DeleteGroupsResponse } from '@samsa/protocol';
import { groupRequestInfo, groupsOf } from './group-context';
import { authorizedNames, Op, ResourceType } from './authorize';
import { defineHandler } from './handler';

export const deleteGroupsHandler = defineHandler<DeleteGroupsRequest, DeleteGroupsResponse>({
  api: DeleteGroupsApi,
  versions: { min: 0, max: 2 },
  async handle(ctx, request) {
    const groups = groupsOf(ctx);
    const deletable = authorizedNames(ctx, Op.DELETE, ResourceType.GROUP, request.groupsNames);
    const denied = [...new Set(request.groupsNames.filter((g) => !deletable.has(g)))];
    const info = groupRequestInfo(groups, ctx);
    const shared = groups.deleteShareGroups(info, [...deletable]);
    const response = await groups.service.deleteGroups(info, {
      ...request,
      groupsNames: request.groupsNames.filter((g) => deletable.has(g) && !shared.has(g)),
    });
    return {
      ...response,
      results: [
        ...denied.map((groupId) => ({ groupId, errorCode: ErrorCode.GROUP_AUTHORIZATION_FAILED })),
        ...[...shared].map(([groupId, errorCode]) => ({ groupId, errorCode })),
        ...response.results,
      ],
    };
  },
  errorResponse(request, code) {
    return {
      throttleTimeMs: 0,
      results: [...new Set(request.groupsNames)].map((groupId) => ({ groupId, errorCode: code })),
    };
  },
});
