/**
 * One client quota type enforced as Kafka's ClientQuotaManager does (with its DefaultQuotaCallback): a request's
 * (user, client-id) resolves to the quota entity that applies, most specific first:
 *   1. /config/users/<user>/clients/<client-id>    5. /config/users/<default>/clients/<default>
 *   2. /config/users/<user>/clients/<default>      6. /config/users/<default>
 *   3. /config/users/<user>                        7. /config/clients/<client-id>
 *   4. /config/users/<default>/clients/<client-id> 8. /config/clients/<default>
 * and no quota at all means unlimited. Clients that resolve to the same entity share one rate (a user quota is shared
 * by all of that user's client ids), measured per broker identity, since each Kafka broker enforces quotas on its own.
 * The quotas are read from the store on every request (cached until it changes), so AlterClientQuotas applies at once.
 *
 * Throttle time is QuotaUtils.throttleTime: when the measured rate O exceeds the quota T over the rate's window W,
 * X = (O - T) / T * W brings the rate back to T; the request quota bounds X by one quota window
 * (ClientRequestQuotaManager.throttleTime). Rates of an entity idle for an hour are dropped
 * (ClientQuotaManagerConfig.InactiveSensorExpirationTimeSeconds).
 */
import type { ClientQuotaStore } from './client-quotas';
import { QuotaRate, type RateWindows } from './quota-rate';

/** Kafka's QuotaType names, and the quota key each one enforces (QuotaConfigs). */
export const QUOTA_KEYS = {
  produce: 'producer_byte_rate',
  fetch: 'consumer_byte_rate',
  request: 'request_percentage',
} as const;
export type QuotaType = keyof typeof QUOTA_KEYS;

/** The entity a rate is kept for; '' leaves that part out (Kafka's quota metric tags). */
export interface QuotaTags {
  readonly user: string;
  readonly clientId: string;
}

/** What the metrics show of one measured entity on one broker identity. */
export interface QuotaSensorView {
  readonly nodeId: number;
  readonly user: string;
  readonly clientId: string;
  /** Per second: bytes for produce and fetch, percent of one thread for request. */
  readonly rate: number;
  /** The quota that applies, null when none does. */
  readonly limit: number | null;
  /** Throttle time handed to this entity since it was first measured. */
  readonly throttleMsTotal: number;
}

interface Sensor {
  readonly nodeId: number;
  readonly tags: QuotaTags;
  readonly rate: QuotaRate;
  throttleMsTotal: number;
  lastUsedMs: number;
}

const INACTIVE_EXPIRY_MS = 3600 * 1000;
const EXPIRY_SWEEP_MS = 60 * 1000;

export interface QuotaManagerOptions {
  readonly type: QuotaType;
  readonly store: ClientQuotaStore;
  readonly windows: RateWindows;
}

export class ClientQuotaManager {
  readonly type: QuotaType;
  readonly #key: string;
  readonly #store: ClientQuotaStore;
  readonly #windows: RateWindows;
  readonly #sensors = new Map<string, Sensor>();
  /** Resolved entities and limits, valid for one store generation. */
  readonly #tagCache = new Map<string, QuotaTags>();
  readonly #limitCache = new Map<string, number | null>();
  #cachedGeneration = -1;
  /** Kafka's quotasEnabled: once a quota of this type was set, rates are kept until restart. */
  #enabled = false;
  #lastSweepMs = 0;

  constructor(options: QuotaManagerOptions) {
    this.type = options.type;
    this.#key = QUOTA_KEYS[options.type];
    this.#store = options.store;
    this.#windows = options.windows;
  }

  /** Whether any quota of this type was set since the broker started (quotas are not measured before). */
  get enabled(): boolean {
    this.#refresh();
    return this.#enabled;
  }

  /**
   * ClientQuotaManager.recordAndGetThrottleTimeMs: records `value` for the client's entity and returns the throttle
   * time in milliseconds (0 when the rate stays within the quota). Nothing is recorded while quotas are disabled.
   */
  recordAndGetThrottleTimeMs(nodeId: number, user: string, clientId: string, value: number, nowMs: number): number {
    if (!this.enabled) return 0;
    const sensor = this.#sensor(nodeId, user, clientId, nowMs);
    sensor.rate.record(value, nowMs);
    const limit = this.#limit(sensor.tags);
    if (limit === null) return 0;
    const measured = sensor.rate.measure(nowMs);
    // Sensor.checkQuotas: an upper bound is violated when the measured value exceeds it.
    if (measured <= limit) return 0;
    const throttle = Math.round(((measured - limit) / limit) * sensor.rate.windowSize(nowMs));
    return this.type === 'request' ? Math.min(throttle, this.#windows.windowMs) : throttle;
  }

  /** ClientQuotaManager.unrecordQuotaSensor: takes back a value recorded for a fetch answered empty. */
  unrecord(nodeId: number, user: string, clientId: string, value: number, nowMs: number): void {
    if (!this.enabled) return;
    this.#sensor(nodeId, user, clientId, nowMs).rate.record(-value, nowMs);
  }

  /** ClientQuotaManager.throttle's bookkeeping: the throttle time handed to the client's entity. */
  noteThrottle(nodeId: number, user: string, clientId: string, throttleMs: number, nowMs: number): void {
    if (throttleMs <= 0) return;
    this.#sensor(nodeId, user, clientId, nowMs).throttleMsTotal += throttleMs;
  }

  /**
   * ClientQuotaManager.getMaxValueInQuotaWindow: the most that can be recorded at once without a certain throttle,
   * limit × (samples - 1) × window; Infinity without a quota. Caps a fetch's max_bytes.
   */
  maxValueInQuotaWindow(user: string, clientId: string): number {
    if (!this.enabled) return Number.POSITIVE_INFINITY;
    const limit = this.#limit(this.#tags(user, clientId));
    if (limit === null) return Number.POSITIVE_INFINITY;
    return limit * (this.#windows.samples - 1) * (this.#windows.windowMs / 1000);
  }

  /** The quota that applies to a client (null: unlimited). */
  quotaFor(user: string, clientId: string): number | null {
    return this.#limit(this.#tags(user, clientId));
  }

  sensors(nowMs: number): QuotaSensorView[] {
    return [...this.#sensors.values()].map((s) => ({
      nodeId: s.nodeId,
      user: s.tags.user,
      clientId: s.tags.clientId,
      rate: s.rate.measure(nowMs),
      limit: this.#limit(s.tags),
      throttleMsTotal: s.throttleMsTotal,
    }));
  }

  #sensor(nodeId: number, user: string, clientId: string, nowMs: number): Sensor {
    this.#expire(nowMs);
    const tags = this.#tags(user, clientId);
    const key = `${nodeId}\u0000${tags.user}\u0000${tags.clientId}`;
    let sensor = this.#sensors.get(key);
    if (!sensor) {
      sensor = { nodeId, tags, rate: new QuotaRate(this.#windows), throttleMsTotal: 0, lastUsedMs: nowMs };
      this.#sensors.set(key, sensor);
    }
    sensor.lastUsedMs = nowMs;
    return sensor;
  }

  #expire(nowMs: number): void {
    if (nowMs - this.#lastSweepMs < EXPIRY_SWEEP_MS) return;
    this.#lastSweepMs = nowMs;
    for (const [key, s] of this.#sensors) if (nowMs - s.lastUsedMs >= INACTIVE_EXPIRY_MS) this.#sensors.delete(key);
  }

  #refresh(): void {
    const generation = this.#store.generation;
    if (generation === this.#cachedGeneration) return;
    this.#cachedGeneration = generation;
    this.#tagCache.clear();
    this.#limitCache.clear();
    if (!this.#enabled && this.#store.hasKey(this.#key)) this.#enabled = true;
  }

  #has(user: string | null | undefined, clientId: string | null | undefined): boolean {
    return this.#store.quota(this.#key, user, clientId) !== undefined;
  }

  /** DefaultQuotaCallback.quotaMetricTags: the entity whose rate a client's traffic counts against. */
  #tags(user: string, clientId: string): QuotaTags {
    this.#refresh();
    const cacheKey = `${user}\u0000${clientId}`;
    const cached = this.#tagCache.get(cacheKey);
    if (cached) return cached;
    let tags: QuotaTags;
    if (this.#has(user, clientId) || this.#has(user, null)) tags = { user, clientId };
    else if (this.#has(user, undefined)) tags = { user, clientId: '' };
    else if (this.#has(null, clientId) || this.#has(null, null)) tags = { user, clientId };
    else if (this.#has(null, undefined)) tags = { user, clientId: '' };
    else tags = { user: '', clientId };
    this.#tagCache.set(cacheKey, tags);
    return tags;
  }

  /** DefaultQuotaCallback.quotaLimit: the quota of an entity, falling back to the defaults of its level. */
  #limit(tags: QuotaTags): number | null {
    this.#refresh();
    const cacheKey = `${tags.user}\u0000${tags.clientId}`;
    const cached = this.#limitCache.get(cacheKey);
    if (cached !== undefined) return cached;
    const q = (u: string | null | undefined, c: string | null | undefined): number | undefined =>
      this.#store.quota(this.#key, u, c);
    const { user, clientId } = tags;
    let limit: number | undefined;
    if (user !== '' && clientId !== '') {
      limit = q(user, clientId) ?? q(user, null) ?? q(null, clientId) ?? q(null, null);
    } else if (user !== '') {
      limit = q(user, undefined) ?? q(null, undefined);
    } else if (clientId !== '') {
      limit = q(undefined, clientId) ?? q(undefined, null);
    }
    const result = limit ?? null;
    this.#limitCache.set(cacheKey, result);
    return result;
  }
}
