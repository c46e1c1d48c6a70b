/**
 * The fetcher of one broker identity (Kafka's ReplicaFetcherThread, one per follower broker here): the partitions it
 * follows are queued when their leader appends (the wake-up stands in for the long-polled fetch that the append
 * completes), and a loop on the event loop copies from each leader, one read of at most replica.fetch.max.bytes per
 * partition per round, yielding to I/O between rounds until nothing is left behind. While its broker is paused or
 * stopped the loop does not run; queued partitions wait for `resume`. A partition held back by a replication throttle
 * is looked at again after replica.fetch.backoff.ms (Kafka's fetcher leaves it out of its fetches meanwhile).
 */
import type { ReplicaPartition } from '../replica/replica-partition';

export interface FetcherHost {
  /** Whether the broker identity may fetch now (not stopped, not paused). */
  canRun(nodeId: number): boolean;
  /**
   * One fetch of `p` by `nodeId`: 'behind' when the follower is still behind its leader afterwards, 'throttled' when a
   * replication quota held it back, 'done' otherwise.
   */
  fetchOnce(p: ReplicaPartition, nodeId: number): FetchOutcome;
}

export type FetchOutcome = 'done' | 'behind' | 'throttled';

export class ReplicaFetcher {
  readonly nodeId: number;
  readonly #host: FetcherHost;
  readonly #pending = new Set<ReplicaPartition>();
  readonly #throttled = new Set<ReplicaPartition>();
  readonly #backoffMs: number;
  #scheduled: NodeJS.Immediate | null = null;
  #backoff: NodeJS.Timeout | null = null;

  constructor(nodeId: number, host: FetcherHost, backoffMs = 1000) {
    this.nodeId = nodeId;
    this.#host = host;
    this.#backoffMs = Math.max(1, backoffMs);
  }

  /** `p`'s leader has something new (or `p` must be looked at again). */
  wake(p: ReplicaPartition): void {
    this.#pending.add(p);
    this.#schedule();
  }

  /** The broker may fetch again: run what queued up meanwhile. */
  resume(): void {
    if (this.#pending.size > 0) this.#schedule();
  }

  close(): void {
    if (this.#scheduled !== null) clearImmediate(this.#scheduled);
    if (this.#backoff !== null) clearTimeout(this.#backoff);
    this.#scheduled = null;
    this.#backoff = null;
    this.#pending.clear();
    this.#throttled.clear();
  }

  #schedule(): void {
    if (this.#scheduled === null) this.#scheduled = setImmediate(() => this.#run());
  }

  #run(): void {
    this.#scheduled = null;
    if (!this.#host.canRun(this.nodeId)) return;
    const round = [...this.#pending];
    this.#pending.clear();
    for (const p of round) {
      const outcome = this.#host.fetchOnce(p, this.nodeId);
      if (outcome === 'behind') this.#pending.add(p);
      else if (outcome === 'throttled') this.#throttled.add(p);
    }
    if (this.#pending.size > 0) this.#schedule();
    if (this.#throttled.size > 0 && this.#backoff === null) {
      this.#backoff = setTimeout(() => {
        this.#backoff = null;
        for (const p of this.#throttled) this.#pending.add(p);
        this.#throttled.clear();
        this.#schedule();
      }, this.#backoffMs);
      this.#backoff.unref();
    }
  }
}
