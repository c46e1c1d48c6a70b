/**
 * Keeps responses on one connection in request order. Each request takes the next sequence number when it is read;
 * its response (a list of buffers: size prefix, header, body parts) may complete in any order, but is written only
 * once every earlier sequence number has been written or skipped. A request that has no response (acks=0 produce)
 * completes with `null`, which advances the sequence without writing anything.
 */
export type ResponseWriter = (buffers: readonly Buffer[]) => void;

export class ResponseQueue {
  readonly #write: ResponseWriter;
  #nextSeq = 0;
  #nextToWrite = 0;
  readonly #done = new Map<number, readonly Buffer[] | null>();
  #idleWaiters: (() => void)[] = [];

  constructor(write: ResponseWriter) {
    this.#write = write;
  }

  /** Reserves the slot of the next request read from the connection. */
  reserve(): number {
    return this.#nextSeq++;
  }

  /** Requests reserved but not yet written or skipped. */
  get inFlight(): number {
    return this.#nextSeq - this.#nextToWrite;
  }

  complete(seq: number, response: readonly Buffer[] | null): void {
    if (seq < this.#nextToWrite || seq >= this.#nextSeq || this.#done.has(seq)) return;
    this.#done.set(seq, response);
    while (this.#done.has(this.#nextToWrite)) {
      const next = this.#done.get(this.#nextToWrite) ?? null;
      this.#done.delete(this.#nextToWrite);
      this.#nextToWrite++;
      if (next !== null) this.#write(next);
    }
    if (this.inFlight === 0) this.#notifyIdle();
  }

  /** Resolves once every reserved request has been answered (immediately when none is pending). */
  idle(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /** Drops whatever is pending (the connection is gone) and releases idle waiters. */
  abandon(): void {
    this.#done.clear();
    this.#nextToWrite = this.#nextSeq;
    this.#notifyIdle();
  }

  #notifyIdle(): void {
    const waiters = this.#idleWaiters;
    this.#idleWaiters = [];
    for (const w of waiters) w();
  }
}
