/**
 * OffsetDelete (KIP-496). Deletes committed offsets of a group.
 * - The group must exist (GROUP_ID_NOT_FOUND) and be Empty unless it uses the consumer protocol, embedded or
 *   KIP-848 (NON_EMPTY_GROUP);
 *   offsets of topics the group still subscribes to stay (GROUP_SUBSCRIBED_TO_TOPIC, per partition).
 * - Partitions of unknown topics: UNKNOWN_TOPIC_OR_PARTITION; partitions without a committed offset are left out of
 *   the response, as in Kafka.
 */
import { OffsetDeleteApi, type OffsetDeleteRequest, type OffsetDeleteResponse } from '@samsa/protocol';
import { groupRequestInfo, groupsOf } from './group-context';
import { defineHandler } from './handler';

export const offsetDeleteHandler = defineHandler<OffsetDeleteRequest, OffsetDeleteResponse>({
  api: OffsetDeleteApi,
  versions: { min: 0, max: 0 },
  handle(ctx, request) {
    const groups = groupsOf(ctx);
    return groups.service.deleteOffsets(groupRequestInfo(groups, ctx), request, (topic, partition) =>
      groups.partitionExists(topic, partition),
    );
  },
  errorResponse(_request, code) {
    return { errorCode: code, throttleTimeMs: 0, topics: [] };
  },
});
