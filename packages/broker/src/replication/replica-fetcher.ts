/**
 * The fetcher of one broker identity (Kafka's ReplicaFetcherThread, one per follower broker here): the partitions it
 * follows are queued when their leader appends (the wake-up stands in for the long-polled fetch that the append
 * completes), and a loop on the event loop copies from each leader, one read of at most replica.fetch.max.bytes per
 * partition per round, yielding to I/O between rounds until nothing is left behind. While its broker is paused or
 * stopped the loop does not run; queued partitions wait for `resume`.
 */
import type { ReplicaPartition } from '../replica/replica-partition';

export interface FetcherHost {
  /** Whether the broker identity may fetch now (not stopped, not paused). */
  canRun(nodeId: number): boolean;
  /** One fetch of `p` by `nodeId`; true when the follower is still behind its leader afterwards. */
  fetchOnce(p: ReplicaPartition, nodeId: number): boolean;
}

export class ReplicaFetcher {
  readonly nodeId: number;
  readonly #host: FetcherHost;
  readonly #pending = new Set<ReplicaPartition>();
  #scheduled: NodeJS.Immediate | null = null;

  constructor(nodeId: number, host: FetcherHost) {
    this.nodeId = nodeId;
    this.#host = host;
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
    this.#scheduled = null;
    this.#pending.clear();
  }

  #schedule(): void {
    if (this.#scheduled === null) this.#scheduled = setImmediate(() => this.#run());
  }

  #run(): void {
    this.#scheduled = null;
    if (!this.#host.canRun(this.nodeId)) return;
    const round = [...this.#pending];
    this.#pending.clear();
    for (const p of round) if (this.#host.fetchOnce(p, this.nodeId)) this.#pending.add(p);
    if (this.#pending.size > 0) this.#schedule();
  }
}
