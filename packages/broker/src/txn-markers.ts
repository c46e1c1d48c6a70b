/**
 * Transaction markers into partitions (the broker side of Kafka's WriteTxnMarkers): for each partition of a completed
 * transaction, a data partition gets its COMMIT or ABORT control batch through `ReplicaManager.writeTxnMarker` (which
 * advances the high watermark and wakes parked fetches, as the last stable offset moves), and a `__consumer_offsets`
 * partition is completed by the group coordinator (`BrokerGroups.completeTransaction`: the producer's pending
 * transactional offsets become visible, or are dropped). The transaction coordinator calls `write` in process; the
 * WriteTxnMarkers handler calls it for markers from the wire. Every partition gets its own error, as in Kafka's
 * KafkaApis.handleWriteTxnMarkersRequest; nothing thrown for one partition stops the others.
 */
import type { Logger } from 'pino';
import { toErrorName, type ErrorName } from './errors';
import { GROUP_METADATA_TOPIC, type BrokerGroups } from './groups';
import type { ReplicaManager } from './replica-manager';

export interface TxnMarker {
  readonly producerId: number;
  readonly producerEpoch: number;
  readonly coordinatorEpoch: number;
  readonly committed: boolean;
  readonly partitions: readonly { readonly topic: string; readonly partition: number }[];
}

export interface TxnMarkerResult {
  readonly topic: string;
  readonly partition: number;
  readonly errorName: ErrorName | null;
}

export interface TxnMarkerWriteOptions {
  /** The broker identity the markers were sent to (WriteTxnMarkers): it must lead each data partition. */
  readonly nodeId?: number;
}

/** Errors a transaction coordinator does not expect from the group coordinator: retried as a leader change. */
const COORDINATOR_NOT_READY: ReadonlySet<ErrorName> = new Set([
  'COORDINATOR_NOT_AVAILABLE',
  'COORDINATOR_LOAD_IN_PROGRESS',
  'NOT_COORDINATOR',
]);

export class BrokerTxnMarkers {
  readonly #replicas: ReplicaManager;
  readonly #groups: BrokerGroups | null;
  readonly #logger: Logger;

  constructor(o: { replicas: ReplicaManager; groups: BrokerGroups | null; logger: Logger }) {
    this.#replicas = o.replicas;
    this.#groups = o.groups;
    this.#logger = o.logger;
  }

  /** Writes the marker to every partition; one result per partition, in order. */
  write(marker: TxnMarker, options: TxnMarkerWriteOptions = {}): TxnMarkerResult[] {
    return marker.partitions.map(({ topic, partition }) => ({
      topic,
      partition,
      errorName: this.#writeOne(marker, topic, partition, options),
    }));
  }

  #writeOne(m: TxnMarker, topic: string, partition: number, options: TxnMarkerWriteOptions): ErrorName | null {
    try {
      if (topic === GROUP_METADATA_TOPIC && this.#groups !== null) {
        if (!this.#replicas.partition(topic, partition)) return 'UNKNOWN_TOPIC_OR_PARTITION';
        try {
          this.#groups.completeTransaction(partition, m.producerId, m.producerEpoch, m.coordinatorEpoch, m.committed);
        } catch (err) {
          if (COORDINATOR_NOT_READY.has(toErrorName(err))) return 'NOT_LEADER_OR_FOLLOWER';
          throw err;
        }
        return null;
      }
      this.#replicas.writeTxnMarker(topic, partition, {
        producerId: m.producerId,
        producerEpoch: m.producerEpoch,
        coordinatorEpoch: m.coordinatorEpoch,
        committed: m.committed,
        nodeId: options.nodeId,
      });
      return null;
    } catch (err) {
      const name = toErrorName(err);
      if (name === 'UNKNOWN_SERVER_ERROR')
        this.#logger.error({ err, topic, partition, producerId: m.producerId }, 'writing a transaction marker failed');
      return name;
    }
  }
}
