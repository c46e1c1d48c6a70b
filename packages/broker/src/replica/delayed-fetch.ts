/**
 * A fetch parked until enough data arrives (Kafka's DelayedFetch): it listens on each partition it reads, adds what
 * every append makes readable (capped at the partition's max bytes, as Kafka does with the position difference), and
 * completes once `minBytes` are readable, when a partition goes away or the broker stops, or after `maxWaitMs`.
 * Completing only signals; the caller re-reads every partition, so the answer reflects the log at that moment.
 */
import type { AppendListener, ReplicaPartition } from './replica-partition';

export interface ParkedPartition {
  readonly partition: ReplicaPartition;
  /** Bytes readable when the fetch was parked. */
  readonly initialBytes: number;
  /** The partition's share of the response (partition_max_bytes). */
  readonly maxBytes: number;
}

export class DelayedFetch implements AppendListener {
  readonly #minBytes: number;
  readonly #available = new Map<ReplicaPartition, { bytes: number; max: number }>();
  #accumulated = 0;
  #timer: NodeJS.Timeout | null;
  #done = false;
  readonly #onComplete: () => void;

  constructor(parked: readonly ParkedPartition[], minBytes: number, maxWaitMs: number, onComplete: () => void) {
    this.#minBytes = minBytes;
    this.#onComplete = onComplete;
    for (const p of parked) {
      const entry = this.#available.get(p.partition);
      if (entry) entry.max += Math.max(0, p.maxBytes);
      else this.#available.set(p.partition, { bytes: p.initialBytes, max: Math.max(0, p.maxBytes) });
      this.#accumulated += p.initialBytes;
    }
    for (const partition of this.#available.keys()) partition.listen(this);
    this.#timer = setTimeout(() => this.complete(), maxWaitMs);
  }

  get completed(): boolean {
    return this.#done;
  }

  onAppend(partition: ReplicaPartition, bytes: number): void {
    const entry = this.#available.get(partition);
    if (!entry || this.#done) return;
    const before = entry.bytes;
    entry.bytes = Math.min(entry.bytes + bytes, Math.max(entry.max, before));
    this.#accumulated += entry.bytes - before;
    if (this.#accumulated >= this.#minBytes) this.complete();
  }

  onGone(): void {
    this.complete();
  }

  complete(): void {
    if (this.#done) return;
    this.#done = true;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    for (const partition of this.#available.keys()) partition.unlisten(this);
    this.#onComplete();
  }
}
