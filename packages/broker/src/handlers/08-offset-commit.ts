/**
 * OffsetCommit. Stores a group's committed offsets (with their metadata strings and leader epochs) in
 * `__consumer_offsets` through the group coordinator.
 * - Partitions of unknown topics: UNKNOWN_TOPIC_OR_PARTITION, without reaching the coordinator (Kafka checks its
 *   metadata first); metadata longer than offset.metadata.max.bytes: OFFSET_METADATA_TOO_LARGE.
 * - Generation -1 (v0, or a consumer without group membership, or an admin client): accepted while the group is
 *   Empty, creating a "simple" group when there is none; otherwise member id and generation must match
 *   (UNKNOWN_MEMBER_ID, ILLEGAL_GENERATION, FENCED_INSTANCE_ID, REBALANCE_IN_PROGRESS).
 * - A group-level error (NOT_COORDINATOR, COORDINATOR_LOAD_IN_PROGRESS, ...) fails every partition.
 * - v1 adds generation, member id and a per-partition commit timestamp; v2-4 a retention time (KIP-211 removed it
 *   from v5); v3 throttle time; v6 committed leader epochs (KIP-320); v7 group instance id (KIP-345); v8 is
 *   flexible; v9 answers GROUP_ID_NOT_FOUND instead of ILLEGAL_GENERATION for a missing group (KIP-848).
 * - A KIP-848 consumer group checks the member and its epoch (the generation field): UNKNOWN_MEMBER_ID,
 *   STALE_MEMBER_EPOCH (ILLEGAL_GENERATION for its classic members), UNSUPPORTED_VERSION for a consumer-protocol
 *   member below v9; epoch -1 only while the group has no members.
 * - READ on the group (GROUP_AUTHORIZATION_FAILED for every partition) and on each topic (TOPIC_AUTHORIZATION_FAILED
 *   for its partitions), as KafkaApis.handleOffsetCommitRequest.
 */
import { ErrorCode, OffsetCommitApi, type OffsetCommitRequest, type OffsetCommitResponse } from '@samsa/protocol';
import { groupRequestInfo, groupsOf } from './group-context';
import { authorizedNames, Op, requireGroup, ResourceType } from './authorize';
import { defineHandler } from './handler';

export const offsetCommitHandler = defineHandler<OffsetCommitRequest, OffsetCommitResponse>({
  api: OffsetCommitApi,
  versions: { min: 0, max: 9 },
  async handle(ctx, request) {
    const groups = groupsOf(ctx);
    requireGroup(ctx, Op.READ, request.groupId);
    const readable = authorizedNames(
      ctx,
      Op.READ,
      ResourceType.TOPIC,
      request.topics.map((t) => t.name),
    );
    const denied = request.topics.filter((t) => !readable.has(t.name));
    const response = await groups.service.commitOffsets(
      groupRequestInfo(groups, ctx),
      { ...request, topics: request.topics.filter((t) => readable.has(t.name)) },
      (topic, partition) => groups.partitionExists(topic, partition),
    );
    if (denied.length === 0) return response;
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
  errorResponse(request, code) {
    return {
      throttleTimeMs: 0,
      topics: request.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: code })),
      })),
    };
  },
});
