/**
 * DescribeTransactions. The state of transactional ids as their coordinator holds it (KIP-664): state name,
 * producer id and epoch, timeout, start time and the partitions of the ongoing transaction.
 * - Per id: an id this broker does not coordinate is NOT_COORDINATOR (admin clients send each id to its
 *   coordinator), a loading partition COORDINATOR_LOAD_IN_PROGRESS, an unknown id TRANSACTIONAL_ID_NOT_FOUND, an
 *   empty id INVALID_REQUEST; failed entries keep the message defaults.
 * - DESCRIBE on each transactional id (TRANSACTIONAL_ID_AUTHORIZATION_FAILED); topics the client may not DESCRIBE are
 *   left out of the answer, as KafkaApis.handleDescribeTransactionsRequest.
 */
import {
  DescribeTransactionsApi,
  ErrorCode,
  type DescribeTransactionsRequest,
  type DescribeTransactionsResponse,
} from '@samsa/protocol';
import { KafkaError } from '../errors';
import { allows, Op, ResourceType } from './authorize';
import { defineHandler } from './handler';

export const describeTransactionsHandler = defineHandler<DescribeTransactionsRequest, DescribeTransactionsResponse>({
  api: DescribeTransactionsApi,
  versions: { min: 0, max: 0 },
  handle(ctx, request) {
    const transactions = ctx.transactions;
    if (!transactions) throw new KafkaError('COORDINATOR_NOT_AVAILABLE');
    const isCoordinatorFor = transactions.isCoordinatorFor(ctx.node.nodeId);
    return {
      throttleTimeMs: 0,
      transactionStates: request.transactionalIds.map((id) => {
        if (!allows(ctx, Op.DESCRIBE, ResourceType.TRANSACTIONAL_ID, id))
          return failed(id, ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED);
        const d = transactions.coordinator.describe(id, isCoordinatorFor);
        return {
          errorCode: d.errorName === null ? ErrorCode.NONE : ErrorCode[d.errorName],
          transactionalId: d.transactionalId,
          transactionState: d.state,
          transactionTimeoutMs: d.transactionTimeoutMs,
          transactionStartTimeMs: d.transactionStartTimeMs,
          producerId: d.producerId,
          producerEpoch: d.producerEpoch,
          // Kafka leaves out the topics the client may not describe.
          topics: d.topics
            .filter((t) => allows(ctx, Op.DESCRIBE, ResourceType.TOPIC, t.topic))
            .map((t) => ({ topic: t.topic, partitions: t.partitions })),
        };
      }),
    };
  },
  errorResponse(request, code) {
    return {
      throttleTimeMs: 0,
      transactionStates: request.transactionalIds.map((transactionalId) => failed(transactionalId, code)),
    };
  },
});

function failed(transactionalId: string, code: number) {
  return {
    errorCode: code,
    transactionalId,
    transactionState: '',
    transactionTimeoutMs: 0,
    transactionStartTimeMs: 0,
    producerId: 0,
    producerEpoch: 0,
    topics: [],
  };
}
