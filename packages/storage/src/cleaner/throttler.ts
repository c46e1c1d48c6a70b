// The cleaner's I/O rate limit (Kafka's Throttler over log.cleaner.io.max.bytes.per.second): bytes read and written
// are counted, and every check interval a pass that went faster than the rate waits long enough to fall back to it.

export class Throttler {
  readonly #bytesPerSecond: number;
  readonly #checkIntervalMs: number;
  readonly #clock: () => number;
  readonly #sleep: (ms: number) => Promise<void>;
  #periodStart: number;
  #observed = 0;

  constructor(
    bytesPerSecond: number,
    clock: () => number = Date.now,
    sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
    checkIntervalMs = 300,
  ) {
    this.#bytesPerSecond = bytesPerSecond;
    this.#clock = clock;
    this.#sleep = sleep;
    this.#checkIntervalMs = checkIntervalMs;
    this.#periodStart = clock();
  }

  /** Whether there is a limit at all (an unthrottled cleaner skips the bookkeeping). */
  get limited(): boolean {
    return Number.isFinite(this.#bytesPerSecond) && this.#bytesPerSecond < Number.MAX_SAFE_INTEGER;
  }

  /** Counts `bytes`; resolves once the rate is back under the limit (at once when it is). */
  async maybeThrottle(bytes: number): Promise<void> {
    if (!this.limited) return;
    this.#observed += bytes;
    const now = this.#clock();
    const elapsed = now - this.#periodStart;
    if (elapsed < this.#checkIntervalMs) return;
    const wanted = (this.#observed * 1000) / this.#bytesPerSecond;
    if (wanted > elapsed) await this.#sleep(wanted - elapsed);
    this.#periodStart = this.#clock();
    this.#observed = 0;
  }
}
