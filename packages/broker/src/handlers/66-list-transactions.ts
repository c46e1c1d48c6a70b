/**
 * ListTransactions. The transactional ids this broker coordinates (KIP-664), with producer id and state.
 * - Filters: state names (unknown names are listed back in unknown_state_filters and match nothing), producer ids,
 *   and from v1 a duration (KIP-994: only transactions running longer than duration_filter ms; -1 = no filter).
 *   Expiring ids (Dead) are never listed.
 * - COORDINATOR_LOAD_IN_PROGRESS while one of this broker's `__transaction_state` partitions is loading.
 * - Lists only the transactional ids the client may DESCRIBE, as KafkaApis.handleListTransactionsRequest.
 */
import {
  ErrorCode,
  ListTransactionsApi,
  type ListTransactionsRequest,
  type ListTransactionsResponse,
} from '@samsa/protocol';
import { KafkaError } from '../errors';
import { allows, Op, ResourceType } from './authorize';
import { defineHandler } from './handler';

export const listTransactionsHandler = defineHandler<ListTransactionsRequest, ListTransactionsResponse>({
  api: ListTransactionsApi,
  versions: { min: 0, max: 1 },
  handle(ctx, request) {
    const transactions = ctx.transactions;
    if (!transactions) throw new KafkaError('COORDINATOR_NOT_AVAILABLE');
    const durationFilter = ctx.apiVersion >= 1 ? (request.durationFilter ?? -1) : -1;
    const res = transactions.coordinator.list(
      request.stateFilters,
      request.producerIdFilters,
      durationFilter,
      transactions.isCoordinatorFor(ctx.node.nodeId),
    );
    return {
      throttleTimeMs: 0,
      errorCode: res.errorName === null ? ErrorCode.NONE : ErrorCode[res.errorName],
      unknownStateFilters: res.unknownStateFilters,
      // Only the transactional ids the client may DESCRIBE are listed, as Kafka.
      transactionStates: res.transactions
        .filter((t) => allows(ctx, Op.DESCRIBE, ResourceType.TRANSACTIONAL_ID, t.transactionalId))
        .map((t) => ({
          transactionalId: t.transactionalId,
          producerId: t.producerId,
          transactionState: t.state,
        })),
    };
  },
  errorResponse(_request, code) {
    return { throttleTimeMs: 0, errorCode: code, unknownStateFilters: [], transactionStates: [] };
  },
});
