/**
 * OffsetFetch. Returns a group's committed offsets (-1 and empty metadata where there is none).
 * - v0-1 name the partitions; from v2 a null topic list asks for every committed partition and group-level errors
 *   move to the top-level ErrorCode (before v2 every requested partition carries them).
 * - v5 adds committed leader epochs (KIP-320); v6 is flexible; v7 RequireStable (KIP-447): a partition with a
 *   pending transactional commit (TxnOffsetCommit whose transaction has no marker yet) answers
 *   UNSTABLE_OFFSET_COMMIT, -1 and empty metadata, so the consumer retries until the transaction completes; without
 *   it the last committed offset is returned, never a pending one.
 * - v8+ fetch several groups at once (KIP-709), each with its own error; v9 adds member id and epoch for the
 *   KIP-848 protocol: a consumer group checks them (UNKNOWN_MEMBER_ID, STALE_MEMBER_EPOCH) unless both are absent;
 *   classic groups ignore them.
 * - An unknown group simply has no offsets.
 * - DESCRIBE on each group (GROUP_AUTHORIZATION_FAILED: the whole request before v8, the group from v8) and on each
 *   topic (named topics answer TOPIC_AUTHORIZATION_FAILED, all-topics fetches leave them out), as KafkaApis.
 */
import { ErrorCode, OffsetFetchApi, type OffsetFetchRequest, type OffsetFetchResponse } from '@samsa/protocol';
import { groupRequestInfo, groupsOf } from './group-context';
import { allows, Op, requireGroup, ResourceType } from './authorize';
import { defineHandler } from './handler';

export const offsetFetchHandler = defineHandler<OffsetFetchRequest, OffsetFetchResponse>({
  api: OffsetFetchApi,
  versions: { min: 0, max: 9 },
  async handle(ctx, request) {
    const groups = groupsOf(ctx);
    const info = groupRequestInfo(groups, ctx);
    const mayDescribe = (topic: string): boolean => allows(ctx, Op.DESCRIBE, ResourceType.TOPIC, topic);
    if (ctx.apiVersion < 8) {
      requireGroup(ctx, Op.DESCRIBE, request.groupId ?? '');
      const response = await groups.service.fetchOffsets(info, request);
      return { ...response, topics: authorizedTopics(response.topics ?? [], request.topics ?? null, mayDescribe) };
    }
    const requested = request.groups ?? [];
    const permitted = requested.filter((g) => allows(ctx, Op.DESCRIBE, ResourceType.GROUP, g.groupId));
    const response = await groups.service.fetchOffsets(info, { ...request, groups: permitted });
    const answered = new Map((response.groups ?? []).map((g) => [g.groupId, g]));
    return {
      ...response,
      groups: requested.map((g) => {
        const answer = answered.get(g.groupId);
        if (!answer) return { groupId: g.groupId, errorCode: ErrorCode.GROUP_AUTHORIZATION_FAILED, topics: [] };
        return { ...answer, topics: authorizedTopics(answer.topics, g.topics, mayDescribe) };
      }),
    };
  },
  errorResponse(request, code) {
    // v8+ requests name groups; older ones a single group id.
    if ((request.groups ?? []).length > 0) {
      return {
        throttleTimeMs: 0,
        groups: (request.groups ?? []).map((g) => ({ groupId: g.groupId, errorCode: code, topics: [] })),
      };
    }
    return {
      throttleTimeMs: 0,
      errorCode: code,
      topics: (request.topics ?? []).map((t) => ({
        name: t.name,
        partitions: t.partitionIndexes.map((p) => ({
          partitionIndex: p,
          committedOffset: -1,
          committedLeaderEpoch: -1,
          metadata: '',
          errorCode: code,
        })),
      })),
    };
  },
});

interface FetchedTopic<P> {
  readonly name: string;
  readonly partitions: P[];
}

/**
 * KafkaApis' topic authorization of an offset fetch: a topic the client may not DESCRIBE is left out when all topics
 * were asked for, and answered TOPIC_AUTHORIZATION_FAILED (OffsetFetchResponse.UNAUTHORIZED_PARTITION) when named.
 */
function authorizedTopics<P extends { partitionIndex: number }>(
  topics: readonly FetchedTopic<P>[],
  requested: readonly { readonly name: string }[] | null,
  mayDescribe: (topic: string) => boolean,
): FetchedTopic<P>[] {
  if (requested === null) return topics.filter((t) => mayDescribe(t.name));
  return topics.map((t) =>
    mayDescribe(t.name)
      ? t
      : {
          name: t.name,
          partitions: t.partitions.map((p) => ({
            ...p,
            committedOffset: -1,
            committedLeaderEpoch: -1,
            metadata: '',
            errorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED,
          })),
        },
  );
}
