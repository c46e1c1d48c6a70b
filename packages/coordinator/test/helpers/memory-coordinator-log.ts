// The coordinator runtime's log without a broker: batches in memory, offsets assigned and producer state kept as a
// partition log does, so the shards and the runtime can be tested alone.
import { BatchHeaderView } from '@samsa/protocol';
import { ProducerStateManager } from '@samsa/storage';
import type { CoordinatorLog } from '../../src/runtime/coordinator-log';
import { buildEndTxnMarkerBatch, type EndTxnMarker } from '../../src/runtime/txn';

/** An in-memory coordinator log for the coordinator's tests; can be told to fail appends. */
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
    if (this.#view.producerId >= 0)
      this.#producers.checkCoordinatorAppend(this.#view.producerId, this.#view.producerEpoch);
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
