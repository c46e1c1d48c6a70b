/**
 * ShareGroupDescribe. Share groups (KIP-932) with their state, epochs, assignor and members, each member with its
 * subscription and its assignment (topic ids and names).
 * - GROUP_ID_NOT_FOUND for an unknown group (or one of another type), INVALID_GROUP_ID for an empty id,
 *   NOT_COORDINATOR on another broker, UNSUPPORTED_VERSION while share groups are off.
 * - DESCRIBE on each group (GROUP_AUTHORIZATION_FAILED for that group); the authorized operations on request.
 */
import {
  ErrorCode,
  ShareGroupDescribeApi,
  type ShareGroupDescribeMessages,
  type ShareGroupDescribeRequest,
  type ShareGroupDescribeResponse,
} from '@samsa/protocol';
import { toErrorCode, toErrorMessage } from '../errors';
import { allows, AUTHORIZED_OPERATIONS_OMITTED, authorizedOperations, Op, ResourceType } from './authorize';
import { groupRequestInfo, groupsOf } from './group-context';
import { defineHandler } from './handler';

type DescribedGroup = ShareGroupDescribeMessages.DescribedGroup;

export const shareGroupDescribeHandler = defineHandler<ShareGroupDescribeRequest, ShareGroupDescribeResponse>({
  api: ShareGroupDescribeApi,
  versions: { min: 1, max: 1 },
  enabled: (ctx) => ctx.groups?.shareEnabled() ?? false,
  handle(ctx, request) {
    const groups = groupsOf(ctx);
    const info = groupRequestInfo(groups, ctx);
    const describe = (groupId: string): DescribedGroup => {
      if (!allows(ctx, Op.DESCRIBE, ResourceType.GROUP, groupId))
        return failed(groupId, ErrorCode.GROUP_AUTHORIZATION_FAILED, null);
      if (groupId === '') return failed(groupId, ErrorCode.INVALID_GROUP_ID, null);
      try {
        groups.routeShare(info, groupId);
        const g = groups.share.describe(groupId);
        return {
          errorCode: ErrorCode.NONE,
          errorMessage: null,
          groupId,
          groupState: g.state,
          groupEpoch: g.groupEpoch,
          assignmentEpoch: g.assignmentEpoch,
          assignorName: g.assignorName,
          members: g.members.map((m) => ({
            memberId: m.memberId,
            rackId: m.rackId,
            memberEpoch: m.memberEpoch,
            clientId: m.clientId,
            clientHost: m.clientHost,
            subscribedTopicNames: [...m.subscribedTopicNames],
            assignment: { topicPartitions: m.assignment },
          })),
          authorizedOperations: request.includeAuthorizedOperations
            ? authorizedOperations(ctx, ResourceType.GROUP, groupId)
            : AUTHORIZED_OPERATIONS_OMITTED,
        };
      } catch (err) {
        return failed(groupId, toErrorCode(err), toErrorMessage(err));
      }
    };
    return { throttleTimeMs: 0, groups: request.groupIds.map(describe) };
  },
  errorResponse(request, code, message) {
    return { throttleTimeMs: 0, groups: request.groupIds.map((groupId) => failed(groupId, code, message)) };
  },
});

function failed(groupId: string, code: number, message: string | null): DescribedGroup {
  return {
    errorCode: code,
    errorMessage: message,
    groupId,
    groupState: '',
    groupEpoch: -1,
    assignmentEpoch: -1,
    assignorName: '',
    members: [],
    authorizedOperations: AUTHORIZED_OPERATIONS_OMITTED,
  };
}
