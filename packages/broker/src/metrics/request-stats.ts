/**
 * Request counters on the request path: plain typed arrays indexed by API key and version, bumped with no label
 * lookup and no allocation (a prom-client child costs a label hash and an object per observation, several hundred
 * nanoseconds). The metrics registry reads them only when scraped (`request-metrics.ts`).
 *
 * Label values stay bounded whatever a client sends: API keys past `API_SLOTS` share the "unknown" slot, versions
 * outside a handler's range (or past `VERSION_SLOTS`) the "unsupported" one.
 */

/** Upper bounds of the latency buckets, in seconds: sub-millisecond produce up to a minute-long JoinGroup. */
export const LATENCY_BUCKETS_SECONDS: readonly number[] = [
  0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60,
];

/** API keys 0..127 have their own slot (Kafka's highest is below 100). */
const API_SLOTS = 128;
const VERSION_SLOTS = 32;
/** What callers pass for an API key the broker does not serve, or a version outside the API's range. */
export const UNKNOWN = -1;

const API_ROWS = API_SLOTS + 1;
const VERSION_COLUMNS = VERSION_SLOTS + 1;
/** Buckets per API: one per bound, plus +Inf. */
const BUCKETS = LATENCY_BUCKETS_SECONDS.length + 1;

/** One (API, version) pair: `apiKey` null = unknown API, `version` null = unsupported version. */
export interface RequestSeries {
  readonly apiKey: number | null;
  readonly version: number | null;
  readonly count: number;
}

/** `errorCode` null: the broker closed the connection instead of answering. */
export interface ErrorSeries extends RequestSeries {
  readonly errorCode: number | null;
}

export interface LatencySeries {
  readonly apiKey: number | null;
  /** Cumulative counts, one per bound of LATENCY_BUCKETS_SECONDS, then +Inf (= count). */
  readonly cumulative: readonly number[];
  readonly sum: number;
  readonly count: number;
}

function apiSlot(apiKey: number): number {
  return apiKey >= 0 && apiKey < API_SLOTS ? apiKey : API_SLOTS;
}

function slot(apiKey: number, version: number): number {
  return apiSlot(apiKey) * VERSION_COLUMNS + (version >= 0 && version < VERSION_SLOTS ? version : VERSION_SLOTS);
}

function seriesOf(index: number): { apiKey: number | null; version: number | null } {
  const api = Math.floor(index / VERSION_COLUMNS);
  const version = index % VERSION_COLUMNS;
  return { apiKey: api === API_SLOTS ? null : api, version: version === VERSION_SLOTS ? null : version };
}

export class RequestStats {
  readonly #requests = new Float64Array(API_ROWS * VERSION_COLUMNS);
  readonly #closes = new Float64Array(API_ROWS * VERSION_COLUMNS);
  /** Errors are the exception: a map keyed by slot and error code is cheap enough for them. */
  readonly #errors = new Map<number, number>();
  readonly #buckets = new Float64Array(API_ROWS * BUCKETS);
  readonly #sums = new Float64Array(API_ROWS);
  readonly #counts = new Float64Array(API_ROWS);

  /** A request frame arrived for `apiKey` at `version` (UNKNOWN for either when it is not served). */
  request(apiKey: number, version: number): void {
    this.#requests[slot(apiKey, version)]++;
  }

  /** The request was answered with a non-zero error code (or its handler failed with one). */
  error(apiKey: number, version: number, errorCode: number): void {
    // Error codes are int16: the low 16 bits of the key hold the code, offset to be non-negative.
    const key = slot(apiKey, version) * 65536 + (errorCode + 32768);
    this.#errors.set(key, (this.#errors.get(key) ?? 0) + 1);
  }

  /** The broker closed the connection instead of answering the request. */
  closed(apiKey: number, version: number): void {
    this.#closes[slot(apiKey, version)]++;
  }

  /** Time from the request frame's arrival to its response being queued for the socket. */
  observe(apiKey: number, seconds: number): void {
    const row = apiSlot(apiKey);
    let b = 0;
    while (b < LATENCY_BUCKETS_SECONDS.length && seconds > (LATENCY_BUCKETS_SECONDS[b] as number)) b++;
    this.#buckets[row * BUCKETS + b]++;
    this.#sums[row] += seconds;
    this.#counts[row]++;
  }

  // -- read at scrape time ---------------------------------------------------------------------------------

  requests(): RequestSeries[] {
    return nonZero(this.#requests);
  }

  errors(): ErrorSeries[] {
    const out: ErrorSeries[] = [];
    for (const [key, count] of this.#errors) {
      out.push({ ...seriesOf(Math.floor(key / 65536)), errorCode: (key % 65536) - 32768, count });
    }
    for (const s of nonZero(this.#closes)) out.push({ ...s, errorCode: null });
    return out;
  }

  latencies(): LatencySeries[] {
    const out: LatencySeries[] = [];
    for (let row = 0; row < API_ROWS; row++) {
      const count = this.#counts[row] as number;
      if (count === 0) continue;
      const cumulative: number[] = [];
      let acc = 0;
      for (let b = 0; b < BUCKETS; b++) {
        acc += this.#buckets[row * BUCKETS + b] as number;
        cumulative.push(acc);
      }
      out.push({ apiKey: row === API_SLOTS ? null : row, cumulative, sum: this.#sums[row] as number, count });
    }
    return out;
  }
}

function nonZero(counts: Float64Array): RequestSeries[] {
  const out: RequestSeries[] = [];
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i] as number;
    if (count > 0) out.push({ ...seriesOf(i), count });
  }
  return out;
}
