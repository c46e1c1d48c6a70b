/**
 * InitProducerId. Gives a producer its id and epoch (KIP-98).
 * - Without a transactional id (idempotent producers) every request gets a fresh producer id with epoch 0, as
 *   Kafka's TransactionCoordinator does; ids are unique across restarts (persisted id blocks).
 * - With a transactional id the transaction coordinator answers (it must coordinate the id: NOT_COORDINATOR,
 *   COORDINATOR_LOAD_IN_PROGRESS otherwise): the epoch is bumped (fencing older instances), an exhausted epoch
 *   gets a new producer id, an open transaction is aborted first and the client told CONCURRENT_TRANSACTIONS to
 *   retry, a transaction being completed also answers CONCURRENT_TRANSACTIONS; a timeout of 0 or above
 *   transaction.max.timeout.ms is INVALID_TRANSACTION_TIMEOUT.
 * - An empty transactional id is INVALID_REQUEST; a producer id without an epoch (or the reverse) is INVALID_REQUEST
 *   (v3+, KIP-360 lets a producer name its current id and epoch so the coordinator can bump the epoch; a stale one
 *   is fenced).
 * - v2 flexible; v3 producer_id/producer_epoch (KIP-360); v4 PRODUCER_FENCED replaces INVALID_PRODUCER_EPOCH
 *   (KIP-588: below v4 the fenced answer is INVALID_PRODUCER_EPOCH); v5 is v4 for clients supporting transaction
 *   protocol v2 (KIP-890).
 * - A transactional id needs WRITE on it (TRANSACTIONAL_ID_AUTHORIZATION_FAILED); without one, IDEMPOTENT_WRITE on the
 *   cluster or WRITE on some topic (CLUSTER_AUTHORIZATION_FAILED), as KafkaApis.handleInitProducerIdRequest.
 */
import { ErrorCode, InitProducerIdApi, type InitProducerIdRequest, type InitProducerIdResponse } from '@samsa/protocol';
import { KafkaError } from '../errors';
import { allowsCluster, allowsSomeOfType, Op, requireTransactionalId, ResourceType } from './authorize';
import { defineHandler } from './handler';

const NO_PRODUCER_ID = -1;
const NO_PRODUCER_EPOCH = -1;

export const initProducerIdHandler = defineHandler<InitProducerIdRequest, InitProducerIdResponse>({
  api: InitProducerIdApi,
  versions: { min: 0, max: 5 },
  handle(ctx, request) {
    const transactions = ctx.transactions;
    if (!transactions) throw new KafkaError('COORDINATOR_NOT_AVAILABLE');
    if (request.transactionalId !== null) requireTransactionalId(ctx, Op.WRITE, request.transactionalId);
    // Idempotence needs IDEMPOTENT_WRITE on the cluster or WRITE on some topic (Kafka 3.x/4.x, KIP-679).
    else if (!allowsCluster(ctx, Op.IDEMPOTENT_WRITE) && !allowsSomeOfType(ctx, Op.WRITE, ResourceType.TOPIC))
      throw new KafkaError('CLUSTER_AUTHORIZATION_FAILED', 'Cluster authorization failed.');
    const producerId = request.producerId ?? NO_PRODUCER_ID;
    const producerEpoch = request.producerEpoch ?? NO_PRODUCER_EPOCH;
    if ((producerId === NO_PRODUCER_ID) !== (producerEpoch === NO_PRODUCER_EPOCH)) {
      return answer(ErrorCode.INVALID_REQUEST);
    }
    if (request.transactionalId === null) {
      return {
        throttleTimeMs: 0,
        errorCode: ErrorCode.NONE,
        producerId: transactions.producerIds.generate(),
        producerEpoch: 0,
      };
    }
    const expected = producerId === NO_PRODUCER_ID ? null : { producerId, producerEpoch };
    const res = transactions.coordinator.initProducerId(
      request.transactionalId,
      request.transactionTimeoutMs,
      expected,
      transactions.isCoordinatorFor(ctx.node.nodeId),
    );
    if (res.errorName !== null) {
      const name = res.errorName === 'PRODUCER_FENCED' && ctx.apiVersion < 4 ? 'INVALID_PRODUCER_EPOCH' : res.errorName;
      return answer(ErrorCode[name]);
    }
    return {
      throttleTimeMs: 0,
      errorCode: ErrorCode.NONE,
      producerId: res.producerId,
      producerEpoch: res.producerEpoch,
    };
  },
  errorResponse(_request, code) {
    return answer(code);
  },
});

function answer(errorCode: number): InitProducerIdResponse {
  return { throttleTimeMs: 0, errorCode, producerId: NO_PRODUCER_ID, producerEpoch: NO_PRODUCER_EPOCH };
}
