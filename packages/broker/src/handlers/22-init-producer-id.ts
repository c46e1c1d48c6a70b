/**
 * InitProducerId: v0-5. Gives a producer its id and epoch (KIP-98).
 * - Without a transactional id (idempotent producers) every request gets a fresh producer id with epoch 0, as
 *   Kafka's TransactionCoordinator does; ids are unique across restarts (persisted id blocks).
 * - An empty transactional id is INVALID_REQUEST; a producer id without an epoch (or the reverse) is INVALID_REQUEST
 *   (v3+, KIP-360 lets a producer name its current id and epoch so the coordinator can bump the epoch).
 * - With a transactional id the transaction coordinator answers; it is not served yet, so such requests get
 *   COORDINATOR_NOT_AVAILABLE (see skipped-features.md).
 * - v2 flexible; v3 producer_id/producer_epoch (KIP-360); v4 PRODUCER_FENCED replaces INVALID_PRODUCER_EPOCH
 *   (KIP-588); v5 is v4 for clients supporting transaction protocol v2 (KIP-890).
 */
import { ErrorCode, InitProducerIdApi, type InitProducerIdRequest, type InitProducerIdResponse } from '@samsa/protocol';
import { KafkaError } from '../errors';
import { defineHandler } from './handler';

const NO_PRODUCER_ID = -1;
const NO_PRODUCER_EPOCH = -1;

export const initProducerIdHandler = defineHandler<InitProducerIdRequest, InitProducerIdResponse>({
  api: InitProducerIdApi,
  versions: { min: 0, max: 5 },
  handle(ctx, request) {
    const transactions = ctx.transactions;
    if (!transactions) throw new KafkaError('COORDINATOR_NOT_AVAILABLE');
    const producerId = request.producerId ?? NO_PRODUCER_ID;
    const producerEpoch = request.producerEpoch ?? NO_PRODUCER_EPOCH;
    if ((producerId === NO_PRODUCER_ID) !== (producerEpoch === NO_PRODUCER_EPOCH)) {
      return answer(ErrorCode.INVALID_REQUEST);
    }
    if (request.transactionalId === null) {
      return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, producerId: transactions.producerIds.generate(), producerEpoch: 0 };
    }
    if (request.transactionalId === '') return answer(ErrorCode.INVALID_REQUEST);
    return answer(ErrorCode.COORDINATOR_NOT_AVAILABLE);
  },
  errorResponse(_request, code) {
    return answer(code);
  },
});

function answer(errorCode: number): InitProducerIdResponse {
  return { throttleTimeMs: 0, errorCode, producerId: NO_PRODUCER_ID, producerEpoch: NO_PRODUCER_EPOCH };
}
