/**
 * The log a coordinator shard writes its records to: one partition of an internal topic (`__consumer_offsets-N`).
 * Appends are synchronous and either land whole or throw; `batches()` yields every batch from the log start, which
 * is what the shard replays when it loads.
 *
 * Transactional batches (TxnOffsetCommit) carry a producer id and epoch; the log's producer state fences an epoch
 * older than the producer's current one (INVALID_PRODUCER_EPOCH), as Kafka's log does for coordinator appends.
 * `appendControlMarker` writes the end-transaction marker that closes a producer's transaction in the partition.
 */
import { BatchHeaderView } from '@samsa/protocol';
import { InvalidProducerEpochError, ProducerStateManager } from '@samsa/storage';
import { buildEndTxnMarkerBatch, type EndTxnMarker } from './txn';

export interface CoordinatorLog {
  /** Appends one batch; returns the offset assigned to its first record (logs that cannot tell return nothing). */
  append(batch: Buffer): number | void;
  batches(): Iterable<Buffer>;
  /**
   * Appends an end-transaction marker for the producer (only logs of coordinators that take transactional writes
   * have it); throws the storage error when the marker is fenced. Returns the marker's offset.
   */
  appendControlMarker?(marker: EndTxnMarker): number | void;
}

/** An in-memory log for tests and `samsa.storage=memory` style embedding; can be told to fail appends. */
export class MemoryCoordinatorLog implements CoordinatorLog {
  readonly #batches: Buffer[] = [];
  #failures: Error[] = [];
  #nextOffset = 0;
  readonly #producers = new ProducerStateManager();
  readonly #view = new BatchHeaderView();

  append(batch: Buffer): number {
    const failure = this.#failures.shift();
    if (failure) throw failure;
    this.#view.at(batch, 0);
    const entry = this.#view.producerId >= 0 ? this.#producers.entry(this.#view.producerId) : undefined;
    if (entry && this.#view.producerEpoch < entry.producerEpoch) {
      throw new InvalidProducerEpochError(
        `epoch ${this.#view.producerEpoch} of producer ${this.#view.producerId} is older than its current epoch ${entry.producerEpoch}`,
      );
    }
    return this.#push(batch);
  }

  appendControlMarker(marker: EndTxnMarker): number {
    const failure = this.#failures.shift();
    if (failure) throw failure;
    this.#producers.checkMarker(marker.producerId, marker.producerEpoch, marker.coordinatorEpoch);
    return this.#push(buildEndTxnMarkerBatch(marker, Date.now()));
  }

  batches(): Iterable<Buffer> {
    return [...this.#batches];
  }

  get size(): number {
    return this.#batches.length;
  }

  /** The next append throws `err`. */
  failNextAppend(err: Error): void {
    this.#failures.push(err);
  }

  /** Assigns offsets as a partition log does (the base offset is outside the CRC) and updates the producer state. */
  #push(batch: Buffer): number {
    const copy = Buffer.from(batch);
    const base = this.#nextOffset;
    copy.writeBigInt64BE(BigInt(base), 0);
    this.#view.at(copy, 0);
    this.#nextOffset = this.#view.lastOffset + 1;
    this.#producers.onAppend(copy, this.#view);
    this.#batches.push(copy);
    return base;
  }
}
