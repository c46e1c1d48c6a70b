/**
 * TxnOffsetCommit. A transactional producer commits a consumer group's offsets inside its transaction
 * (KIP-98, `sendOffsetsToTransaction`); they stay pending, invisible to OffsetFetch, until the transaction's marker
 * commits them (or an abort drops them).
 * - Partitions of unknown topics: UNKNOWN_TOPIC_OR_PARTITION, without reaching the coordinator; metadata longer than
 *   offset.metadata.max.bytes: OFFSET_METADATA_TOO_LARGE; an empty group id: INVALID_GROUP_ID.
 * - The transaction coordinator must have the group's `__consumer_offsets` partition in the producer's ongoing
 *   transaction (AddOffsetsToTxn; KIP-890 verification): otherwise INVALID_TXN_STATE, a fenced producer
 *   INVALID_PRODUCER_EPOCH (what clients without KIP-890 part 2 expect from these versions).
 * - The records are one transactional batch of the producer: the partition's producer state fences an older epoch
 *   (INVALID_PRODUCER_EPOCH).
 * - A group-level error (NOT_COORDINATOR, COORDINATOR_LOAD_IN_PROGRESS, ILLEGAL_GENERATION, ...) fails every
 *   partition that reached the coordinator.
 * - v1 is v0 (KIP-360 client behaviour); v2 adds committed leader epochs (KIP-320); v3 is flexible and carries
 *   generation, member id and group instance id, which the group checks (KIP-447: UNKNOWN_MEMBER_ID,
 *   ILLEGAL_GENERATION, FENCED_INSTANCE_ID); v4 is v3 for clients that handle abortable errors (KIP-890).
 * - A KIP-848 consumer group checks the member and its epoch (a stale epoch is ILLEGAL_GENERATION).
 * - WRITE on the transactional id (TRANSACTIONAL_ID_AUTHORIZATION_FAILED), READ on the group
 *   (GROUP_AUTHORIZATION_FAILED) and on each topic (TOPIC_AUTHORIZATION_FAILED for its partitions), as KafkaApis.
 */
import {
  ErrorCode,
  TxnOffsetCommitApi,
  type TxnOffsetCommitRequest,
  type TxnOffsetCommitResponse,
} from '@samsa/protocol';
import { groupRequestInfo, groupsOf } from './group-context';
import { authorizedNames, Op, requireGroup, requireTransactionalId, ResourceType } from './authorize';
import { defineHandler } from './handler';

export const txnOffsetCommitHandler = defineHandler<TxnOffsetCommitRequest, TxnOffsetCommitResponse>({
  api: TxnOffsetCommitApi,
  versions: { min: 0, max: 4 },
  async handle(ctx, request) {
    const groups = groupsOf(ctx);
    const transactions = ctx.transactions;
    requireTransactionalId(ctx, Op.WRITE, request.transactionalId);
    requireGroup(ctx, Op.READ, request.groupId);
    const readable = authorizedNames(
      ctx,
      Op.READ,
      ResourceType.TOPIC,
      request.topics.map((t) => t.name),
    );
    const denied = request.topics
      .filter((t) => !readable.has(t.name))
      .map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => ({
          partitionIndex: p.partitionIndex,
          errorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED,
        })),
      }));
    const response = await groups.service.commitTransactionalOffsets(
      groupRequestInfo(groups, ctx),
      { ...request, topics: request.topics.filter((t) => readable.has(t.name)) },
      (topic, partition) => groups.partitionExists(topic, partition),
      // Without a transaction coordinator nothing can vouch for the transaction.
      () =>
        transactions
          ? transactions.verifyGroup(
              request.transactionalId,
              request.producerId,
              request.producerEpoch,
              request.groupId,
            )
          : 'COORDINATOR_NOT_AVAILABLE',
    );
    return denied.length === 0 ? response : { ...response, topics: [...denied, ...response.topics] };
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
