/**
 * The request log tests read: one entry per request that reached a handler (broker, API, version, client id,
 * principal, listener, correlation id, when it arrived, how long it took, which fault touched it). Off until started, so it costs nothing
 * by default; a ring of the most recent `limit` entries (default 10,000) once on.
 */
export interface RequestLogEntry {
  /** Increases by one per logged request, across brokers. */
  readonly seq: number;
  readonly nodeId: number;
  readonly apiKey: number;
  readonly api: string;
  readonly apiVersion: number;
  readonly clientId: string | null;
  /** Who sent it (`User:alice`; `User:ANONYMOUS` before authentication or without it). */
  readonly principal: string;
  /** The listener it came in on. */
  readonly listener: string;
  readonly correlationId: number;
  /** Wall-clock arrival time (ms since the epoch). */
  readonly receivedAt: number;
  /** Time from arrival to the response being ready (or the request being dropped); null while in flight. */
  durationMs: number | null;
  /** The id and kind of the fault that answered, dropped, delayed or held the request, if any. */
  fault: string | null;
}

export interface RequestLogFilter {
  readonly nodeId?: number;
  readonly apiKey?: number;
  readonly clientId?: string;
  readonly principal?: string;
  readonly listener?: string;
  /** Only entries with a seq greater than this (read the log incrementally). */
  readonly afterSeq?: number;
}

export const DEFAULT_REQUEST_LOG_LIMIT = 10_000;

export class RequestLog {
  #enabled = false;
  #limit = DEFAULT_REQUEST_LOG_LIMIT;
  #entries: RequestLogEntry[] = [];
  #nextSeq = 1;

  get enabled(): boolean {
    return this.#enabled;
  }

  start(limit = DEFAULT_REQUEST_LOG_LIMIT): void {
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError(`request log limit must be a positive integer, got ${limit}`);
    this.#enabled = true;
    this.#limit = limit;
    this.#trim();
  }

  stop(): void {
    this.#enabled = false;
  }

  clear(): void {
    this.#entries = [];
  }

  add(entry: Omit<RequestLogEntry, 'seq' | 'durationMs' | 'fault'>): RequestLogEntry {
    const full: RequestLogEntry = { seq: this.#nextSeq++, ...entry, durationMs: null, fault: null };
    this.#entries.push(full);
    if (this.#entries.length > this.#limit * 2) this.#trim();
    return full;
  }

  entries(filter: RequestLogFilter = {}): RequestLogEntry[] {
    this.#trim();
    return this.#entries
      .filter(
        (e) =>
          (filter.nodeId === undefined || e.nodeId === filter.nodeId) &&
          (filter.apiKey === undefined || e.apiKey === filter.apiKey) &&
          (filter.clientId === undefined || e.clientId === filter.clientId) &&
          (filter.principal === undefined || e.principal === filter.principal) &&
          (filter.listener === undefined || e.listener === filter.listener) &&
          (filter.afterSeq === undefined || e.seq > filter.afterSeq),
      )
      .map((e) => ({ ...e }));
  }

  /** Trimming in bulk keeps `add` O(1) amortised. */
  #trim(): void {
    if (this.#entries.length > this.#limit) this.#entries = this.#entries.slice(this.#entries.length - this.#limit);
  }
}
