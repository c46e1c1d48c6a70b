/**
 * EndTxn. Commits or aborts a producer's transaction (KIP-98). The coordinator persists PrepareCommit /
 * PrepareAbort in `__transaction_state`, writes the COMMIT/ABORT marker into every partition of the transaction
 * (and the group offsets partition of AddOffsetsToTxn), then persists CompleteCommit / CompleteAbort. Markers that
 * cannot be written yet are retried in the background; the answer does not wait for them (as in Kafka).
 * - A retried EndTxn of a completed transaction with the same result succeeds; the other result, or an EndTxn with
 *   no transaction open (Empty), is INVALID_TXN_STATE; one whose markers are still being written is
 *   CONCURRENT_TRANSACTIONS.
 * - Unknown transactional id or another producer id → INVALID_PRODUCER_ID_MAPPING; another epoch → PRODUCER_FENCED
 *   (INVALID_PRODUCER_EPOCH below v2, KIP-588); empty id → INVALID_REQUEST; NOT_COORDINATOR /
 *   COORDINATOR_LOAD_IN_PROGRESS.
 * - v3 flexible; v4 adds TRANSACTION_ABORTABLE; v5 is transaction version 2 (KIP-890 part 2): the epoch is bumped
 *   at every end and the response carries the producer id and epoch to continue with.
 * - WRITE on the transactional id (TRANSACTIONAL_ID_AUTHORIZATION_FAILED), as KafkaApis.handleEndTxnRequest.
 */
import { EndTxnApi, ErrorCode, type EndTxnRequest, type EndTxnResponse } from '@samsa/protocol';
import { KafkaError } from '../errors';
import { Op, requireTransactionalId } from './authorize';
import { defineHandler } from './handler';

export const endTxnHandler = defineHandler<EndTxnRequest, EndTxnResponse>({
  api: EndTxnApi,
  versions: { min: 0, max: 5 },
  handle(ctx, request) {
    const transactions = ctx.transactions;
    if (!transactions) throw new KafkaError('COORDINATOR_NOT_AVAILABLE');
    requireTransactionalId(ctx, Op.WRITE, request.transactionalId);
    const res = transactions.coordinator.endTransaction(
      request.transactionalId,
      request.producerId,
      request.producerEpoch,
      request.committed,
      ctx.apiVersion >= 5,
      transactions.isCoordinatorFor(ctx.node.nodeId),
    );
    const name = res.errorName === 'PRODUCER_FENCED' && ctx.apiVersion < 2 ? 'INVALID_PRODUCER_EPOCH' : res.errorName;
    return {
      throttleTimeMs: 0,
      errorCode: name === null ? ErrorCode.NONE : ErrorCode[name],
      producerId: res.producerId,
      producerEpoch: res.producerEpoch,
    };
  },
  errorResponse(_request, code) {
    return { throttleTimeMs: 0, errorCode: code, producerId: -1, producerEpoch: -1 };
  },
});
