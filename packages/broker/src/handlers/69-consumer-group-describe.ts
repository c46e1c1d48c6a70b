/**
 * ConsumerGroupDescribe. State, group epoch, assignment epoch, assignor and members (epoch, subscription, current
 * and target assignment) of KIP-848 consumer groups.
 * - GROUP_ID_NOT_FOUND for an unknown group or a classic one, INVALID_GROUP_ID for an empty id, NOT_COORDINATOR /
 *   COORDINATOR_LOAD_IN_PROGRESS per group.
 * - DESCRIBE on each group (GROUP_AUTHORIZATION_FAILED), and on every topic its members name
 *   (TOPIC_AUTHORIZATION_FAILED for the group), as Kafka; the others are listed after the described groups.
 * - Authorized operations: the group operations the authorizer allows, INT32_MIN unless requested.
 * - v1 adds each member's type (0 classic, 1 consumer: members on the classic protocol during a migration).
 */
import {
  ConsumerGroupDescribeApi,
  ErrorCode,
  type ConsumerGroupDescribeMessages,
  type ConsumerGroupDescribeRequest,
  type ConsumerGroupDescribeResponse,
} from '@samsa/protocol';
import { allows, AUTHORIZED_OPERATIONS_OMITTED, authorizedOperations, Op, ResourceType } from './authorize';
import { groupRequestInfo, groupsOf } from './group-context';
import { defineHandler } from './handler';

type DescribedGroup = ConsumerGroupDescribeMessages.DescribedGroup;

export const consumerGroupDescribeHandler = defineHandler<ConsumerGroupDescribeRequest, ConsumerGroupDescribeResponse>({
  api: ConsumerGroupDescribeApi,
  versions: { min: 0, max: 1 },
  handle(ctx, request) {
    const groups = groupsOf(ctx);
    const authorized = request.groupIds.filter((g) => allows(ctx, Op.DESCRIBE, ResourceType.GROUP, g));
    const unauthorized = request.groupIds.filter((g) => !authorized.includes(g));
    const described = groups.service.consumerGroupDescribe(groupRequestInfo(groups, ctx), authorized);
    const mayDescribeTopic = (t: string): boolean => allows(ctx, Op.DESCRIBE, ResourceType.TOPIC, t);
    return {
      throttleTimeMs: 0,
      groups: [
        ...described.map((g) => {
          // Kafka fails a group whose members name a topic the client may not describe.
          const topics = g.members.flatMap((m) => [
            ...m.subscribedTopicNames,
            ...m.assignment.topicPartitions.map((t) => t.topicName),
            ...m.targetAssignment.topicPartitions.map((t) => t.topicName),
          ]);
          if (g.errorCode === 0 && !topics.every(mayDescribeTopic))
            return failed(g.groupId, ErrorCode.TOPIC_AUTHORIZATION_FAILED, null);
          return {
            ...g,
            authorizedOperations:
              g.errorCode === 0 && request.includeAuthorizedOperations
                ? authorizedOperations(ctx, ResourceType.GROUP, g.groupId)
                : AUTHORIZED_OPERATIONS_OMITTED,
          };
        }),
        ...unauthorized.map((g) => failed(g, ErrorCode.GROUP_AUTHORIZATION_FAILED, null)),
      ],
    };
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
