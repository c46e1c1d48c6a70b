/**
 * A fetch parked until enough data arrives (Kafka's DelayedFetch): it listens on each partition it reads, adds what
 * every append makes readable (capped at the partition's max bytes, as Kafka does with the position difference), and
 * completes once `minBytes` are readable, when a partition goes away or the broker stops, or after `maxWaitMs`.
 * Completing only signals; the caller re-reads every partition, so the answer reflects the log at that moment.
 *
 * READ_COMMITTED fetches read below the last stable offset, so appended bytes count only once the LSO moves: then the
 * readable bytes are the position difference between the fetch offset and the LSO (as Kafka's DelayedFetch compares
 * positions), and an LSO in a later segment than the fetch offset completes the fetch at once.
 */
import type { AppendListener, ReplicaPartition } from './replica-partition';

export interface ParkedPartition {
  readonly partition: ReplicaPartition;
  /** Bytes readable when the fetch was parked. */
  readonly initialBytes: number;
  /** The partition's share of the response (partition_max_bytes). */
  readonly maxBytes: number;
  /** Where the fetch reads from (used by READ_COMMITTED fetches). */
  readonly fetchOffset?: number;
  /** READ_COMMITTED: only what lies below the last stable offset is readable. */
  readonly readCommitted?: boolean;
}

interface Watched {
  bytes: number;
  max: number;
  /** READ_COMMITTED: the fetch offset and the last stable offset last looked at; undefined otherwise. */
  fetchOffset?: number;
  lastStableOffset?: number;
}

export class DelayedFetch implements AppendListener {
  readonly #minBytes: number;
  readonly #available = new Map<ReplicaPartition, Watched>();
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
      else {
        const w: Watched = { bytes: p.initialBytes, max: Math.max(0, p.maxBytes) };
        if (p.readCommitted && p.fetchOffset !== undefined) {
          w.fetchOffset = p.fetchOffset;
          w.lastStableOffset = p.partition.log.lastStableOffset;
        }
        this.#available.set(p.partition, w);
      }
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
    if (entry.fetchOffset !== undefined) {
      const lso = partition.log.lastStableOffset;
      if (lso === entry.lastStableOffset) return;
      entry.lastStableOffset = lso;
      let readable: number | null;
      try {
        readable = partition.log.bytesBetween(entry.fetchOffset, lso);
      } catch {
        readable = null; // the re-read reports the error
      }
      if (readable === null) {
        this.complete();
        return;
      }
      entry.bytes = Math.min(readable, Math.max(entry.max, before));
    } else {
      entry.bytes = Math.min(entry.bytes + bytes, Math.max(entry.max, before));
    }
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
