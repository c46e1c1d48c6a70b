/**
 * ShareFetch. A share group member (KIP-932) fetches records it acquires for group.share.record.lock.duration.ms,
 * and may acknowledge earlier ones in the same request.
 * - The share session: epoch 0 opens it with the request's partitions, later epochs add partitions and drop the
 *   forgotten ones; -1 closes it (acknowledgements only) and releases what the member still holds.
 *   SHARE_SESSION_NOT_FOUND, INVALID_SHARE_SESSION_EPOCH, SHARE_SESSION_LIMIT_REACHED at the top level.
 * - Acknowledgements (Accept, Release, Reject, Gap; Renew from v2, KIP-1222) are applied first; a partition's
 *   failure is its AcknowledgeErrorCode (INVALID_RECORD_STATE for records the member does not hold).
 * - Every partition of the session is fetched: whole batches with AcquiredRecords, the offset ranges this member
 *   now holds (up to MaxRecords in all, from v1), waiting up to MaxWaitMs when none can be acquired. A renew-only
 *   request (IsRenewAck, v2) fetches nothing.
 * - Per partition: UNKNOWN_TOPIC_ID, TOPIC_AUTHORIZATION_FAILED (READ on the topic), NOT_LEADER_OR_FOLLOWER,
 *   UNKNOWN_TOPIC_OR_PARTITION. READ on the group (GROUP_AUTHORIZATION_FAILED); UNSUPPORTED_VERSION while share
 *   groups are off.
 */
import {
  ErrorCode,
  ShareFetchApi,
  type ShareFetchMessages,
  type ShareFetchRequest,
  type ShareFetchResponse,
} from '@samsa/protocol';
import { KafkaError, toErrorCode, toErrorMessage } from '../errors';
import type { ReplicaPartition } from '../replica/replica-partition';
import type { ShareFetchTarget } from '../share/share-partition-manager';
import { defineHandler } from './handler';
import {
  acknowledgePartition,
  beginShareCall,
  currentLeader,
  endShareCall,
  partitionKey,
  sharePartitionOf,
} from './share-context';

type PartitionData = ShareFetchMessages.PartitionData;
const INT32_MAX = 2_147_483_647;

export const shareFetchHandler = defineHandler<ShareFetchRequest, ShareFetchResponse>({
  api: ShareFetchApi,
  versions: { min: 1, max: 2 },
  enabled: (ctx) => ctx.groups?.shareEnabled() ?? false,
  async handle(ctx, request) {
    const epoch = request.shareSessionEpoch;
    if (epoch === -1 && request.topics.some((t) => t.partitions.some((p) => p.acknowledgementBatches.length === 0)))
      throw new KafkaError('INVALID_REQUEST', 'A share session can only be closed with acknowledgements.');
    const call = beginShareCall(ctx, request, true);
    const { session } = call;
    for (const t of request.forgottenTopicsData)
      for (const p of t.partitions) session.partitions.delete(partitionKey({ topicId: t.topicId, partition: p }));
    for (const t of request.topics)
      for (const p of t.partitions)
        session.partitions.set(partitionKey({ topicId: t.topicId, partition: p.partitionIndex }), {
          topicId: t.topicId,
          partition: p.partitionIndex,
        });

    // topicId:partition -> the partition's response so far.
    const out = new Map<string, PartitionData & { topicId: string }>();
    const entry = (topicId: string, partition: number, leader?: ReplicaPartition) => {
      const key = partitionKey({ topicId, partition });
      let e = out.get(key);
      if (e === undefined) {
        e = {
          topicId,
          partitionIndex: partition,
          errorCode: ErrorCode.NONE,
          errorMessage: null,
          acknowledgeErrorCode: ErrorCode.NONE,
          acknowledgeErrorMessage: null,
          currentLeader: currentLeader(leader),
          records: null,
          acquiredRecords: [],
        };
        out.set(key, e);
      }
      return e;
    };
    for (const t of request.topics)
      for (const p of t.partitions) {
        const e = entry(t.topicId, p.partitionIndex);
        if (p.acknowledgementBatches.length === 0) continue;
        const r = acknowledgePartition(ctx, call, t.topicId, p.partitionIndex, p.acknowledgementBatches);
        e.acknowledgeErrorCode = r.code;
        e.acknowledgeErrorMessage = r.message;
      }

    const renewOnly = ctx.apiVersion >= 2 && request.isRenewAck === true;
    if (epoch !== -1 && !renewOnly) {
      const targets: ShareFetchTarget[] = [];
      for (const { topicId, partition } of session.partitions.values()) {
        try {
          const p = sharePartitionOf(ctx, topicId, partition);
          entry(topicId, partition, p).currentLeader = currentLeader(p);
          targets.push({ topicId, partition: p });
        } catch (err) {
          const e = entry(topicId, partition);
          e.errorCode = toErrorCode(err);
          e.errorMessage = toErrorMessage(err);
        }
      }
      const maxRecords = request.maxRecords !== undefined && request.maxRecords > 0 ? request.maxRecords : 500;
      const maxBytes = Math.min(
        request.maxBytes > 0 ? request.maxBytes : INT32_MAX,
        ctx.cluster.config.int('fetch.max.bytes'),
      );
      const fetched = await call.groups.sharePartitions.fetch(ctx.node.nodeId, call.groupId, call.memberId, targets, {
        maxRecords,
        maxBytes,
        maxWaitMs: request.maxWaitMs,
      });
      for (const [t, r] of fetched) {
        const e = entry(t.topicId, t.partition.state.partition, t.partition);
        if (r instanceof Error) {
          e.errorCode = toErrorCode(r);
          e.errorMessage = toErrorMessage(r);
        } else if (r.acquired.length > 0) {
          e.records = r.records;
          e.acquiredRecords = r.acquired.map((a) => ({ ...a }));
        }
      }
    }
    endShareCall(call, epoch);

    const byTopic = new Map<string, PartitionData[]>();
    for (const { topicId, ...p } of out.values()) byTopic.set(topicId, [...(byTopic.get(topicId) ?? []), p]);
    return {
      throttleTimeMs: 0,
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      acquisitionLockTimeoutMs: call.groups.sharePartitions.lockDurationMs,
      responses: [...byTopic].map(([topicId, partitions]) => ({ topicId, partitions })),
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
