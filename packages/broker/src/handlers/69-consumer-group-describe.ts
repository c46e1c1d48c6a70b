/**
 * ConsumerGroupDescribe. State, group epoch, assignment epoch, assignor and members (epoch, subscription, current
 * and target assignment) of KIP-848 consumer groups.
 * - GROUP_ID_NOT_FOUND for an unknown group or a classic one, INVALID_GROUP_ID for an empty id, NOT_COORDINATOR /
 *   COORDINATOR_LOAD_IN_PROGRESS per group.
 * - Authorized operations: everything a group supports (no authorizer), INT32_MIN unless requested.
 * - v1 adds each member's type (0 classic, 1 consumer: members on the classic protocol during a migration).
 */
import {
  ConsumerGroupDescribeApi,
  type ConsumerGroupDescribeRequest,
  type ConsumerGroupDescribeResponse,
} from '@samsa/protocol';
import { AUTHORIZED_OPERATIONS_OMITTED, GROUP_OPERATIONS } from './authorized-operations';
import { groupRequestInfo, groupsOf } from './group-context';
import { defineHandler } from './handler';

export const consumerGroupDescribeHandler = defineHandler<ConsumerGroupDescribeRequest, ConsumerGroupDescribeResponse>({
  api: ConsumerGroupDescribeApi,
  versions: { min: 0, max: 1 },
  handle(ctx, request) {
    const groups = groupsOf(ctx);
    const described = groups.service.consumerGroupDescribe(groupRequestInfo(groups, ctx), request.groupIds);
    const ops = request.includeAuthorizedOperations ? GROUP_OPERATIONS : AUTHORIZED_OPERATIONS_OMITTED;
    return {
      throttleTimeMs: 0,
      groups: described.map((g) => ({
        ...g,
        authorizedOperations: g.errorCode === 0 ? ops : AUTHORIZED_OPERATIONS_OMITTED,
      })),
    };
  },
  errorResponse(request, code, message) {
    return {
      throttleTimeMs: 0,
      groups: request.groupIds.map((groupId) => ({
        errorCode: code,
        errorMessage: message,
        groupId,
        groupState: '',
        groupEpoch: -1,
        assignmentEpoch: -1,
        assignorName: '',
        members: [],
        authorizedOperations: AUTHORIZED_OPERATIONS_OMITTED,
      })),
    };
  },
});
