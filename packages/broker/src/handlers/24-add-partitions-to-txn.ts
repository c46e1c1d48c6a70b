/**
 * AddPartitionsToTxn. Adds partitions to a producer's transaction (KIP-98), so that EndTxn writes their
 * markers; the transaction coordinator persists the set in `__transaction_state`.
 * - Every partition must exist: otherwise those get UNKNOWN_TOPIC_OR_PARTITION and the others
 *   OPERATION_NOT_ATTEMPTED, and nothing is added (Kafka fails the whole set).
 * - Then one answer for all partitions of the transaction: unknown transactional id or another producer id →
 *   INVALID_PRODUCER_ID_MAPPING, another epoch → PRODUCER_FENCED (INVALID_PRODUCER_EPOCH below v2, KIP-588), a
 *   transaction being completed → CONCURRENT_TRANSACTIONS, empty id → INVALID_REQUEST, and NOT_COORDINATOR /
 *   COORDINATOR_LOAD_IN_PROGRESS as for any coordinator request.
 * - v3 flexible. v4 (KIP-890) batches several transactions, each answered on its own, with `verify_only`: check that
 *   the partitions are already in the ongoing transaction (TRANSACTION_ABORTABLE for those that are not) without
 *   adding them; Kafka takes v4+ from brokers only (CLUSTER_ACTION, granted here as there are no ACLs). v5 adds the
 *   TRANSACTION_ABORTABLE code for clients.
 * - WRITE on the transactional id (TRANSACTIONAL_ID_AUTHORIZATION_FAILED for every partition) and on each topic
 *   (TOPIC_AUTHORIZATION_FAILED, the rest OPERATION_NOT_ATTEMPTED); v4+ (sent by brokers) needs CLUSTER_ACTION
 *   (CLUSTER_AUTHORIZATION_FAILED), as KafkaApis.handleAddPartitionsToTxnRequest.
 */
import {
  AddPartitionsToTxnApi,
  ErrorCode,
  type AddPartitionsToTxnRequest,
  type AddPartitionsToTxnResponse,
  type AddPartitionsToTxnResult,
  type AddPartitionsToTxnTopic,
  type AddPartitionsToTxnTopicResult,
} from '@samsa/protocol';
import { KafkaError } from '../errors';
import { allows, Op, requireCluster, ResourceType } from './authorize';
import { defineHandler, type RequestContext } from './handler';

interface TransactionToAdd {
  readonly transactionalId: string;
  readonly producerId: number;
  readonly producerEpoch: number;
  readonly verifyOnly: boolean;
  readonly topics: readonly AddPartitionsToTxnTopic[];
}

export const addPartitionsToTxnHandler = defineHandler<AddPartitionsToTxnRequest, AddPartitionsToTxnResponse>({
  api: AddPartitionsToTxnApi,
  versions: { min: 0, max: 5 },
  handle(ctx, request) {
    if (ctx.apiVersion >= 4) {
      // Brokers verifying transactions send v4+: Kafka requires CLUSTER_ACTION of them.
      requireCluster(ctx, Op.CLUSTER_ACTION);
      const resultsByTransaction = (request.transactions ?? []).map((t) => addTransaction(ctx, t));
      return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, resultsByTransaction };
    }
    const result = addTransaction(ctx, {
      transactionalId: request.v3AndBelowTransactionalId ?? '',
      producerId: request.v3AndBelowProducerId ?? -1,
      producerEpoch: request.v3AndBelowProducerEpoch ?? -1,
      verifyOnly: false,
      topics: request.v3AndBelowTopics ?? [],
    });
    return { throttleTimeMs: 0, resultsByTopicV3AndBelow: result.topicResults };
  },
  errorResponse(request, code) {
    if ((request.transactions ?? []).length > 0 || request.v3AndBelowTopics === undefined) {
      return { throttleTimeMs: 0, errorCode: code, resultsByTransaction: [] };
    }
    return { throttleTimeMs: 0, resultsByTopicV3AndBelow: uniform(request.v3AndBelowTopics, code) };
  },
});

function addTransaction(ctx: RequestContext, t: TransactionToAdd): AddPartitionsToTxnResult {
  const transactions = ctx.transactions;
  if (!transactions) throw new KafkaError('COORDINATOR_NOT_AVAILABLE');
  if (!allows(ctx, Op.WRITE, ResourceType.TRANSACTIONAL_ID, t.transactionalId))
    return {
      transactionalId: t.transactionalId,
      topicResults: uniform(t.topics, ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED),
    };
  // Unauthorized (no WRITE on the topic) and unknown partitions fail the whole set: the others were not attempted.
  const failures = new Map<string, number>();
  for (const topic of t.topics) {
    const writable = allows(ctx, Op.WRITE, ResourceType.TOPIC, topic.name);
    const state = ctx.cluster.topicByName(topic.name);
    for (const p of topic.partitions) {
      if (!writable) failures.set(`${topic.name}\u0000${p}`, ErrorCode.TOPIC_AUTHORIZATION_FAILED);
      else if (!state || p < 0 || p >= state.partitions.length)
        failures.set(`${topic.name}\u0000${p}`, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    }
  }
  if (failures.size > 0) {
    return {
      transactionalId: t.transactionalId,
      topicResults: t.topics.map((topic) => ({
        name: topic.name,
        resultsByPartition: topic.partitions.map((p) => ({
          partitionIndex: p,
          partitionErrorCode: failures.get(`${topic.name}\u0000${p}`) ?? ErrorCode.OPERATION_NOT_ATTEMPTED,
        })),
      })),
    };
  }
  const partitions = t.topics.flatMap((topic) =>
    topic.partitions.map((partition) => ({ topic: topic.name, partition })),
  );
  const isCoordinatorFor = transactions.isCoordinatorFor(ctx.node.nodeId);
  if (t.verifyOnly) {
    const results = transactions.coordinator.verifyPartitions(
      t.transactionalId,
      t.producerId,
      t.producerEpoch,
      partitions,
      isCoordinatorFor,
    );
    const codes = new Map(
      results.map((r) => [
        `${r.topic}\u0000${r.partition}`,
        r.errorName === null ? ErrorCode.NONE : ErrorCode[r.errorName],
      ]),
    );
    return {
      transactionalId: t.transactionalId,
      topicResults: t.topics.map((topic) => ({
        name: topic.name,
        resultsByPartition: topic.partitions.map((p) => ({
          partitionIndex: p,
          partitionErrorCode: codes.get(`${topic.name}\u0000${p}`) ?? ErrorCode.NONE,
        })),
      })),
    };
  }
  const errorName = transactions.coordinator.addPartitions(
    t.transactionalId,
    t.producerId,
    t.producerEpoch,
    partitions,
    isCoordinatorFor,
  );
  const name = errorName === 'PRODUCER_FENCED' && ctx.apiVersion < 2 ? 'INVALID_PRODUCER_EPOCH' : errorName;
  return {
    transactionalId: t.transactionalId,
    topicResults: uniform(t.topics, name === null ? ErrorCode.NONE : ErrorCode[name]),
  };
}

function uniform(topics: readonly AddPartitionsToTxnTopic[], code: number): AddPartitionsToTxnTopicResult[] {
  return topics.map((topic) => ({
    name: topic.name,
    resultsByPartition: topic.partitions.map((p) => ({ partitionIndex: p, partitionErrorCode: code })),
  }));
}
