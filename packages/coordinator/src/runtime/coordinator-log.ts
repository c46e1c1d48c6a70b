/**
 * The log a coordinator shard writes its records to: one partition of an internal topic (`__consumer_offsets-N`).
 * Appends are synchronous and either land whole or throw; `batches()` yields every batch from the log start, which
 * is what the shard replays when it loads.
 *
 * Transactional batches (TxnOffsetCommit) carry a producer id and epoch; the log's producer state fences an epoch
 * older than the producer's current one (INVALID_PRODUCER_EPOCH), as Kafka's log does for coordinator appends.
 * `appendControlMarker` writes the end-transaction marker that closes a producer's transaction in the partition.
 */
import type { EndTxnMarker } from './txn';

export interface CoordinatorLog {
  /** Appends one batch; returns the offset assigned to its first record (logs that cannot tell return nothing). */
  append(batch: Buffer): number | undefined;
  batches(): Iterable<Buffer>;
  /**
   * Appends an end-transaction marker for the producer (only logs of coordinators that take transactional writes
   * have it); throws the storage error when the marker is fenced. Returns the marker's offset.
   */
  appendControlMarker?(marker: EndTxnMarker): number | undefined;
}
