/**
 * WriteTxnMarkers (KIP-98). Sent by a transaction coordinator to the leaders of a transaction's partitions
 * once it commits or aborts: each marker (producer id and epoch, coordinator epoch, result) is written as a control
 * batch into every partition listed, or, for `__consumer_offsets` partitions, completes the producer's pending
 * transactional offset commits (txn-markers.ts).
 * - Per partition, Kafka's codes (KafkaApis.handleWriteTxnMarkersRequest): UNKNOWN_TOPIC_OR_PARTITION for a partition
 *   this broker does not host, NOT_LEADER_OR_FOLLOWER when another broker identity leads it (or its group
 *   coordinator partition is not loaded), TRANSACTION_COORDINATOR_FENCED for a marker from an older coordinator epoch
 *   than the partition last saw for the producer, INVALID_PRODUCER_EPOCH for an older producer epoch,
 *   NOT_ENOUGH_REPLICAS below min.insync.replicas, KAFKA_STORAGE_ERROR.
 * - v1 is flexible (KIP-482). Needs CLUSTER_ACTION on the cluster (CLUSTER_AUTHORIZATION_FAILED), as Kafka.
 */
import {
  ErrorCode,
  WriteTxnMarkersApi,
  type WritableTxnMarkerTopicResult,
  type WriteTxnMarkersRequest,
  type WriteTxnMarkersResponse,
} from '@samsa/protocol';
import { KafkaError } from '../errors';
import { Op, requireCluster } from './authorize';
import { defineHandler } from './handler';

export const writeTxnMarkersHandler = defineHandler<WriteTxnMarkersRequest, WriteTxnMarkersResponse>({
  api: WriteTxnMarkersApi,
  versions: { min: 0, max: 1 },
  handle(ctx, request) {
    const markers = ctx.txnMarkers;
    requireCluster(ctx, Op.CLUSTER_ACTION);
    if (!markers) throw new KafkaError('NOT_LEADER_OR_FOLLOWER', 'this broker writes no transaction markers');
    return {
      markers: request.markers.map((m) => {
        const partitions = m.topics.flatMap((t) =>
          t.partitionIndexes.map((partition) => ({ topic: t.name, partition })),
        );
        const results = markers.write(
          {
            producerId: m.producerId,
            producerEpoch: m.producerEpoch,
            coordinatorEpoch: m.coordinatorEpoch,
            committed: m.transactionResult,
            partitions,
          },
          { nodeId: ctx.node.nodeId },
        );
        let i = 0;
        const topics: WritableTxnMarkerTopicResult[] = m.topics.map((t) => ({
          name: t.name,
          partitions: t.partitionIndexes.map((partitionIndex) => {
            const r = results[i++];
            return { partitionIndex, errorCode: r?.errorName ? ErrorCode[r.errorName] : ErrorCode.NONE };
          }),
        }));
        return { producerId: m.producerId, topics };
      }),
    };
  },
  errorResponse(request, code) {
    return {
      markers: request.markers.map((m) => ({
        producerId: m.producerId,
        topics: m.topics.map((t) => ({
          name: t.name,
          partitions: t.partitionIndexes.map((partitionIndex) => ({ partitionIndex, errorCode: code })),
        })),
      })),
    };
  },
});
