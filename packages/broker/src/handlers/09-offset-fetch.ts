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
 */
import { OffsetFetchApi, type OffsetFetchRequest, type OffsetFetchResponse } from '@samsa/protocol';
import { groupRequestInfo, groupsOf } from './group-context';
import { defineHandler } from './handler';

export const offsetFetchHandler = defineHandler<OffsetFetchRequest, OffsetFetchResponse>({
  api: OffsetFetchApi,
  versions: { min: 0, max: 9 },
  handle(ctx, request) {
    const groups = groupsOf(ctx);
    return groups.service.fetchOffsets(groupRequestInfo(groups, ctx), request);
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
