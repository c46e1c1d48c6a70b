/**
 * OffsetDelete: v0 (KIP-496). Deletes committed offsets of a group.
 * - The group must exist (GROUP_ID_NOT_FOUND) and be Empty unless it uses the consumer protocol (NON_EMPTY_GROUP);
 *   offsets of topics the group still subscribes to stay (GROUP_SUBSCRIBED_TO_TOPIC, per partition).
 * - Partitions of unknown topics: UNKNOWN_TOPIC_OR_PARTITION; partitions without a committed offset are left out of
 *   the response, as in Kafka.
 */
import { OffsetDeleteApi, type OffsetDeleteRequest, type OffsetDeleteResponse } from '@samsa/protocol';
import { groupsOf } from '../groups';
import { defineHandler } from './handler';

export const offsetDeleteHandler = defineHandler<OffsetDeleteRequest, OffsetDeleteResponse>({
  api: OffsetDeleteApi,
  versions: { min: 0, max: 0 },
  handle(ctx, request) {
    const groups = groupsOf(ctx);
    return groups.service.deleteOffsets(groups.requestInfo(ctx), request, (topic, partition) =>
      groups.partitionExists(topic, partition),
    );
  },
  errorResponse(_request, code) {
    return { errorCode: code, throttleTimeMs: 0, topics: [] };
  },
});
