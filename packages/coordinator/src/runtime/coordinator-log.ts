/**
 * The log a coordinator shard writes its records to: one partition of an internal topic (`__consumer_offsets-N`).
 * Appends are synchronous and either land whole or throw; `batches()` yields every batch from the log start, which
 * is what the shard replays when it loads.
 */
export interface CoordinatorLog {
  append(batch: Buffer): void;
  batches(): Iterable<Buffer>;
}

/** An in-memory log for tests and `samsa.storage=memory` style embedding; can be told to fail appends. */
export class MemoryCoordinatorLog implements CoordinatorLog {
  readonly #batches: Buffer[] = [];
  #failures: Error[] = [];

  append(batch: Buffer): void {
    const failure = this.#failures.shift();
    if (failure) throw failure;
    this.#batches.push(Buffer.from(batch));
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
}
