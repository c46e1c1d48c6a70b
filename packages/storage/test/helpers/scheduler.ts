// A Scheduler on a manual clock, for the log manager's timers.
import type { Scheduler } from '../../src';

/** Timers on a manual clock: advance(ms) fires every interval and timeout due, in time order. */
export class ManualScheduler implements Scheduler {
  now = 1_000_000;
  #next = 1;
  #timers = new Map<number, { at: number; every: number | null; fn: () => void }>();

  setInterval(fn: () => void, ms: number): unknown {
    const id = this.#next++;
    this.#timers.set(id, { at: this.now + ms, every: ms, fn });
    return id;
  }
  clearInterval(handle: unknown): void {
    this.#timers.delete(handle as number);
  }
  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.#next++;
    this.#timers.set(id, { at: this.now + ms, every: null, fn });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.#timers.delete(handle as number);
  }
  get pending(): number {
    return this.#timers.size;
  }
  advance(ms: number): void {
    const target = this.now + ms;
    for (;;) {
      let due: [number, { at: number; every: number | null; fn: () => void }] | null = null;
      for (const entry of this.#timers) if (entry[1].at <= target && (!due || entry[1].at < due[1].at)) due = entry;
      if (!due) break;
      const [id, timer] = due;
      this.now = timer.at;
      if (timer.every === null) this.#timers.delete(id);
      else timer.at += timer.every;
      timer.fn();
    }
    this.now = target;
  }
}
