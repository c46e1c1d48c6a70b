/**
 * Time for the coordinators, injected: the system clock and timers in production, a manual clock in tests so that
 * session timeouts, rebalance timeouts and the initial rebalance delay can be driven without sleeping.
 */
export interface Scheduler {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Node fires a timer of more than 2^31-1 ms after 1 ms; longer delays (long configs) are capped instead. */
const MAX_TIMER_MS = 2_147_483_647;

/** Wall-clock time; timers are unref'd so a pending session timeout never keeps the process alive. */
export const systemScheduler: Scheduler = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, Math.min(Math.max(0, ms), MAX_TIMER_MS)).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

interface ManualTask {
  readonly id: number;
  readonly at: number;
  readonly fn: () => void;
}

/** A clock that only moves when told to; `advance` runs every task that falls due, in time order. */
export class ManualScheduler implements Scheduler {
  #now: number;
  #nextId = 1;
  readonly #tasks = new Map<number, ManualTask>();

  constructor(start = 1_700_000_000_000) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const task = { id: this.#nextId++, at: this.#now + Math.max(0, ms), fn };
    this.#tasks.set(task.id, task);
    return task.id;
  }

  clearTimeout(handle: unknown): void {
    this.#tasks.delete(handle as number);
  }

  /** Pending tasks (for assertions). */
  get pending(): number {
    return this.#tasks.size;
  }

  /** Moves the clock forward by `ms`, running due tasks (including ones scheduled meanwhile) in order. */
  advance(ms: number): void {
    const target = this.#now + ms;
    for (;;) {
      let next: ManualTask | undefined;
      for (const t of this.#tasks.values()) {
        if (t.at <= target && (next === undefined || t.at < next.at || (t.at === next.at && t.id < next.id))) next = t;
      }
      if (next === undefined) break;
      this.#tasks.delete(next.id);
      this.#now = Math.max(this.#now, next.at);
      next.fn();
    }
    this.#now = target;
  }
}
