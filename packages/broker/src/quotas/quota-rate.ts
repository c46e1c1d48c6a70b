/**
 * The rate a client quota is measured with: Kafka's `Rate` over a `WindowedSum` (`SampledStat`), per second. Values
 * are summed into `samples` windows of `windowMs` each (one extra window is kept, as SampledStat.advance does);
 * windows with no event for `samples` windows are reset before a measurement (purgeObsoleteSamples); the rate is
 * the sum over the live windows divided by the time since the oldest one started, counted as at least
 * `samples - 1` full windows (Rate.windowSize), so a first burst is spread over the whole quota window instead of
 * throttling at once. Times are milliseconds of the broker clock.
 */
interface Sample {
  value: number;
  eventCount: number;
  startTimeMs: number;
  lastEventMs: number;
}

export interface RateWindows {
  /** `quota.window.num`. */
  readonly samples: number;
  /** `quota.window.size.seconds` in milliseconds. */
  readonly windowMs: number;
}

export class QuotaRate {
  readonly #config: RateWindows;
  readonly #samples: Sample[] = [];
  #current = 0;

  constructor(config: RateWindows) {
    this.#config = config;
  }

  /** SampledStat.record: into the current window, opening the next one when the current is complete. */
  record(value: number, nowMs: number): void {
    let sample = this.#currentSample(nowMs);
    if (nowMs - sample.startTimeMs >= this.#config.windowMs) sample = this.#advance(nowMs);
    sample.value += value;
    sample.eventCount += 1;
    sample.lastEventMs = nowMs;
  }

  /** Rate.measure: per second. */
  measure(nowMs: number): number {
    const windowMs = this.windowSize(nowMs);
    let total = 0;
    for (const s of this.#samples) total += s.value;
    return total / (windowMs / 1000);
  }

  /** Rate.windowSize: elapsed time since the oldest live window, at least `samples - 1` full windows. */
  windowSize(nowMs: number): number {
    this.#purgeObsolete(nowMs);
    let elapsed = nowMs - this.#oldest(nowMs).startTimeMs;
    const fullWindows = Math.floor(elapsed / this.#config.windowMs);
    const minFullWindows = this.#config.samples - 1;
    if (fullWindows < minFullWindows) elapsed += (minFullWindows - fullWindows) * this.#config.windowMs;
    return elapsed;
  }

  /** The time of the last recorded event (for expiring idle rates). */
  get lastEventMs(): number {
    let last = Number.NEGATIVE_INFINITY;
    for (const s of this.#samples) if (s.eventCount > 0 && s.lastEventMs > last) last = s.lastEventMs;
    return last;
  }

  #currentSample(nowMs: number): Sample {
    if (this.#samples.length === 0) this.#samples.push(newSample(nowMs));
    return this.#samples[this.#current] as Sample;
  }

  #advance(nowMs: number): Sample {
    // SampledStat keeps one window more than configured (see purgeObsoleteSamples).
    this.#current = (this.#current + 1) % (this.#config.samples + 1);
    if (this.#current >= this.#samples.length) {
      const sample = newSample(nowMs);
      this.#samples.push(sample);
      return sample;
    }
    const sample = this.#samples[this.#current] as Sample;
    reset(sample, nowMs);
    return sample;
  }

  #oldest(nowMs: number): Sample {
    if (this.#samples.length === 0) this.#samples.push(newSample(nowMs));
    let oldest = this.#samples[0] as Sample;
    for (const s of this.#samples) if (s.startTimeMs < oldest.startTimeMs) oldest = s;
    return oldest;
  }

  #purgeObsolete(nowMs: number): void {
    const expireAge = this.#config.samples * this.#config.windowMs;
    for (const s of this.#samples) if (nowMs - s.lastEventMs >= expireAge) reset(s, nowMs);
  }
}

function newSample(nowMs: number): Sample {
  return { value: 0, eventCount: 0, startTimeMs: nowMs, lastEventMs: nowMs };
}

function reset(s: Sample, nowMs: number): void {
  s.value = 0;
  s.eventCount = 0;
  s.startTimeMs = nowMs;
  s.lastEventMs = nowMs;
}
