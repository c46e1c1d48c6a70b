/**
 * ShareAcknowledge. A share group member (KIP-932) acknowledges records it acquired, without fetching: Accept,
 * Release (redelivered, until group.share.delivery.count.limit), Reject (never again), Gap; Renew (v2, KIP-1222)
 * extends the acquisition lock.
 * - The share session's next epoch; -1 closes the session and releases what the member still holds; 0 cannot be
 *   used (INVALID_SHARE_SESSION_EPOCH), SHARE_SESSION_NOT_FOUND without a session.
 * - Per partition: INVALID_RECORD_STATE for records the member does not hold (nothing of that partition's
 *   acknowledgements applies), UNKNOWN_TOPIC_ID, TOPIC_AUTHORIZATION_FAILED, NOT_LEADER_OR_FOLLOWER.
 * - READ on the group (GROUP_AUTHORIZATION_FAILED); UNSUPPORTED_VERSION while share groups are off.
 */
import {
  ErrorCode,
  ShareAcknowledgeApi,
  type ShareAcknowledgeRequest,
  type ShareAcknowledgeResponse,
} from '@samsa/protocol';
import { defineHandler } from './handler';
import { acknowledgePartition, beginShareCall, currentLeader, endShareCall } from './share-context';

export const shareAcknowledgeHandler = defineHandler<ShareAcknowledgeRequest, ShareAcknowledgeResponse>({
  api: ShareAcknowledgeApi,
  versions: { min: 1, max: 2 },
  enabled: (ctx) => ctx.groups?.shareEnabled() ?? false,
  handle(ctx, request) {
    const call = beginShareCall(ctx, request, false);
    const responses = request.topics.map((t) => ({
      topicId: t.topicId,
      partitions: t.partitions.map((p) => {
        const r = acknowledgePartition(ctx, call, t.topicId, p.partitionIndex, p.acknowledgementBatches);
        const topic = ctx.cluster.topicById(t.topicId);
        const leader = topic === undefined ? undefined : ctx.replicas.partition(topic.name, p.partitionIndex);
        return {
          partitionIndex: p.partitionIndex,
          errorCode: r.code,
          errorMessage: r.message,
          currentLeader: currentLeader(leader),
        };
      }),
    }));
    endShareCall(call, request.shareSessionEpoch);
    return {
      throttleTimeMs: 0,
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      acquisitionLockTimeoutMs: call.groups.sharePartitions.lockDurationMs,
      responses,
      nodeEndpoints: [],
    };
  },
  errorResponse(_request, code, message) {
    return {
      throttleTimeMs: 0,
      errorCode: code,
      errorMessage: message,
      acquisitionLockTimeoutMs: 0,
      responses: [],
      nodeEndpoints: [],
    };
  },
});
