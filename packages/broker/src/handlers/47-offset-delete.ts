/**
 * OffsetDelete (KIP-496). Deletes committed offsets of a group.
 * - The group must exist (GROUP_ID_NOT_FOUND) and be Empty unless it uses the consumer protocol, embedded or
 *   KIP-848 (NON_EMPTY_GROUP);
 *   offsets of topics the group still subscribes to stay (GROUP_SUBSCRIBED_TO_TOPIC, per partition).
 * - Partitions of unknown topics: UNKNOWN_TOPIC_OR_PARTITION; partitions without a committed offset are left out of
 *   the response, as in Kafka.
 * - DELETE on the group (GROUP_AUTHORIZATION_FAILED) and READ on each topic (TOPIC_AUTHORIZATION_FAILED for its
 *   partitions), as KafkaApis.handleDeleteOffsetsRequest.
 */
import { ErrorCode, OffsetDeleteApi, type OffsetDeleteRequest, type OffsetDeleteResponse } from '@samsa/protocol';
import { groupRequestInfo, groupsOf } from './group-context';
import { authorizedNames, Op, requireGroup, ResourceType } from './authorize';
import { defineHandler } from './handler';

export const offsetDeleteHandler = defineHandler<OffsetDeleteRequest, OffsetDeleteResponse>({
  api: OffsetDeleteApi,
  versions: { min: 0, max: 0 },
  async handle(ctx, request) {
    const groups = groupsOf(ctx);
    requireGroup(ctx, Op.DELETE, request.groupId);
    const readable = authorizedNames(
      ctx,
      Op.READ,
      ResourceType.TOPIC,
      request.topics.map((t) => t.name),
    );
    const denied = request.topics.filter((t) => !readable.has(t.name));
    const response = await groups.service.deleteOffsets(
      groupRequestInfo(groups, ctx),
      { ...request, topics: request.topics.filter((t) => readable.has(t.name)) },
      (topic, partition) => groups.partitionExists(topic, partition),
    );
    if (denied.length === 0 || response.errorCode !== ErrorCode.NONE) return response;
    return {
      ...response,
      topics: [
        ...denied.map((t) => ({
          name: t.name,
          partitions: t.partitions.map((p) => ({
            partitionIndex: p.partitionIndex,
            errorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED,
          })),
        })),
        ...response.topics,
      ],
    };
  },
  errorResponse(_request, code) {
    return { errorCode: code, throttleTimeMs: 0, topics: [] };
  },
});
