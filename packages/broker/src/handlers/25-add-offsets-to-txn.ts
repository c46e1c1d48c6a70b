/**
 * AddOffsetsToTxn. Adds a consumer group's offsets to a producer's transaction (KIP-98): the coordinator
 * adds the group's `__consumer_offsets` partition (Kafka's hash of the group id), so EndTxn writes its marker there
 * and the group's transactional offset commits become visible on commit only.
 * - Answers as AddPartitionsToTxn does for that one partition: INVALID_PRODUCER_ID_MAPPING, PRODUCER_FENCED
 *   (INVALID_PRODUCER_EPOCH below v2, KIP-588), CONCURRENT_TRANSACTIONS, INVALID_REQUEST for an empty
 *   transactional id, NOT_COORDINATOR / COORDINATOR_LOAD_IN_PROGRESS.
 * - v3 flexible; v4 adds TRANSACTION_ABORTABLE for clients (KIP-890).
 * - WRITE on the transactional id (TRANSACTIONAL_ID_AUTHORIZATION_FAILED), READ on the group
 *   (GROUP_AUTHORIZATION_FAILED), as KafkaApis.handleAddOffsetsToTxnRequest.
 */
import {
  AddOffsetsToTxnApi,
  ErrorCode,
  type AddOffsetsToTxnRequest,
  type AddOffsetsToTxnResponse,
} from '@samsa/protocol';
import { partitionFor } from '@samsa/coordinator';
import { KafkaError } from '../errors';
import { Op, requireGroup, requireTransactionalId } from './authorize';
import { defineHandler } from './handler';

const GROUP_METADATA_TOPIC = '__consumer_offsets';

export const addOffsetsToTxnHandler = defineHandler<AddOffsetsToTxnRequest, AddOffsetsToTxnResponse>({
  api: AddOffsetsToTxnApi,
  versions: { min: 0, max: 4 },
  handle(ctx, request) {
    const transactions = ctx.transactions;
    if (!transactions) throw new KafkaError('COORDINATOR_NOT_AVAILABLE');
    requireTransactionalId(ctx, Op.WRITE, request.transactionalId);
    requireGroup(ctx, Op.READ, request.groupId);
    const partition = ctx.groups
      ? ctx.groups.service.partitionFor(request.groupId)
      : partitionFor(request.groupId, ctx.cluster.config.int('offsets.topic.num.partitions'));
    const errorName = transactions.coordinator.addPartitions(
      request.transactionalId,
      request.producerId,
      request.producerEpoch,
      [{ topic: GROUP_METADATA_TOPIC, partition }],
      transactions.isCoordinatorFor(ctx.node.nodeId),
    );
    if (errorName === null) return { throttleTimeMs: 0, errorCode: ErrorCode.NONE };
    const name = errorName === 'PRODUCER_FENCED' && ctx.apiVersion < 2 ? 'INVALID_PRODUCER_EPOCH' : errorName;
    return { throttleTimeMs: 0, errorCode: ErrorCode[name] };
  },
  errorResponse(_request, code) {
    return { throttleTimeMs: 0, errorCode: code };
  },
});
