/**
 * What the transaction coordinator needs from the broker to finish a transaction: writing the COMMIT/ABORT control
 * batch into every partition of the transaction (Kafka's TransactionMarkerChannelManager + WriteTxnMarkers). The
 * broker's writer appends in-process and answers per partition; it never throws for one partition.
 */
import type { ErrorName } from '@samsa/protocol';
import type { TopicPartitionRef } from './metadata';

export interface TxnMarkerRequest {
  readonly producerId: number;
  readonly producerEpoch: number;
  readonly coordinatorEpoch: number;
  readonly committed: boolean;
  readonly partitions: readonly TopicPartitionRef[];
}

export interface TxnMarkerOutcome {
  readonly topic: string;
  readonly partition: number;
  /** null once the marker is in the partition. */
  readonly errorName: ErrorName | null;
}

export interface TxnMarkerWriter {
  write(marker: TxnMarkerRequest): readonly TxnMarkerOutcome[];
}

/** Hands out producer ids (unique for the cluster's lifetime). */
export interface ProducerIdGenerator {
  generate(): number;
}

/**
 * How a marker outcome is handled (TransactionMarkerRequestCompletionHandler): written, or the partition is gone
 * (its topic was deleted: Kafka skips partitions it finds no leader for), counts as done; a producer or
 * coordinator epoch that moved on means another coordinator owns the transaction now, so sending stops; anything
 * else is retried.
 */
export function markerOutcomeAction(errorName: ErrorName | null): 'done' | 'retry' | 'abandon' {
  switch (errorName) {
    case null:
    case 'NONE':
    case 'UNKNOWN_TOPIC_OR_PARTITION':
      return 'done';
    case 'INVALID_PRODUCER_EPOCH':
    case 'TRANSACTION_COORDINATOR_FENCED':
      return 'abandon';
    default:
      return 'retry';
  }
}
