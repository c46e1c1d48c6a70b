/**
 * Client quota enforcement on the request path, as Kafka's KafkaApis uses its quota managers (one per quota type,
 * shared by every broker identity of the process; each identity keeps its own rates):
 * - produce (`producer_byte_rate`): the request's size is recorded once its records are appended (Kafka records
 *   `request.sizeInBytes` in the produce callback, acks=0 included);
 * - fetch (`consumer_byte_rate`): the fetch's max_bytes is capped to what one quota window allows, the response's
 *   size is recorded, and a throttled fetch is answered empty, its size taken back (KIP-219);
 * - request (`request_percentage`): the time the request held the request path, as a percentage of one thread per
 *   second (ClientRequestQuotaManager.nanosToPercentage). samsa runs every request on one thread, the event loop, so
 *   that thread's time is what Kafka's request-handler thread time maps to: decoding the request and the handler's
 *   run up to its first wait, recorded when the response is shaped. Waiting (a long-poll fetch, replication for
 *   acks=all, a rebalance) is not counted, as Kafka does not count time in purgatory; nor is what a handler does after
 *   a wait, which the event loop does not attribute to a request. SASL requests are exempt (Kafka handles
 *   them in the authenticator), and so is an acks=0 produce (KafkaApis.handleProduceRequest).
 * A request over several quotas is throttled by the largest throttle time, booked to that quota's entity. A client
 * bound by any quota has its requests read one at a time (Kafka mutes a channel while its request is in flight), so
 * a throttle is in place before the client's next request is read.
 */
import type { ClientQuotaStore } from './client-quotas';
import { clientThrottles } from './client-throttle-versions';
import { ClientQuotaManager, type QuotaSensorView, type QuotaType } from './quota-manager';

/** ClientQuotaManagerConfig.NanosToPercentagePerSecond. */
const NANOS_TO_PERCENTAGE = 100 / 1e9;
const SASL_HANDSHAKE = 17;
const SASL_AUTHENTICATE = 36;
const USER_PREFIX = 'User:';

export interface ClientQuotasOptions {
  readonly store: ClientQuotaStore;
  /** `quota.window.num`. */
  readonly samples: number;
  /** `quota.window.size.seconds`. */
  readonly windowSeconds: number;
  /** Milliseconds (the broker clock). */
  readonly clock: () => number;
}

/** What the request path does with a finished request: throttle it for `throttleMs`, and how. */
export interface Throttle {
  readonly throttleMs: number;
  /** KIP-219: the client throttles itself (send the response now); false: hold the response for the time. */
  readonly clientThrottles: boolean;
}

export const NO_THROTTLE: Throttle = { throttleMs: 0, clientThrottles: true };

export interface QuotaView extends QuotaSensorView {
  readonly quotaType: QuotaType;
}

export class ClientQuotas {
  readonly produce: ClientQuotaManager;
  readonly fetch: ClientQuotaManager;
  readonly request: ClientQuotaManager;
  readonly clock: () => number;

  constructor(options: ClientQuotasOptions) {
    const windows = { samples: options.samples, windowMs: options.windowSeconds * 1000 };
    this.produce = new ClientQuotaManager({ type: 'produce', store: options.store, windows });
    this.fetch = new ClientQuotaManager({ type: 'fetch', store: options.store, windows });
    this.request = new ClientQuotaManager({ type: 'request', store: options.store, windows });
    this.clock = options.clock;
  }

  /**
   * The quota state of one request: `principal` is the connection's (`User:alice`), `clientId` the header's.
   * Undefined while no quota has been set: the request has nothing to record.
   */
  begin(
    nodeId: number,
    principal: string,
    clientId: string | null,
    apiKey: number,
    apiVersion: number,
    requestBytes: number,
  ): RequestQuota | undefined {
    if (!this.produce.enabled && !this.fetch.enabled && !this.request.enabled) return undefined;
    return new RequestQuota(this, nodeId, principal, clientId ?? '', apiKey, apiVersion, requestBytes);
  }

  /** Every measured entity, for the metrics. */
  view(): QuotaView[] {
    const now = this.clock();
    return [this.produce, this.fetch, this.request].flatMap((m) =>
      m.sensors(now).map((s) => ({ ...s, quotaType: m.type })),
    );
  }
}

export class RequestQuota {
  readonly #quotas: ClientQuotas;
  readonly #nodeId: number;
  readonly #user: string;
  readonly #clientId: string;
  readonly #apiKey: number;
  readonly #apiVersion: number;
  readonly #requestBytes: number;
  #threadNanos = 0;
  #bandwidth: { manager: ClientQuotaManager; throttleMs: number } | null = null;
  /** The request quota is recorded once per request (by the fetch path, or when the response is shaped). */
  #requestRecorded = false;
  #requestThrottleMs = 0;
  #exemptFromRequestQuota: boolean;

  constructor(
    quotas: ClientQuotas,
    nodeId: number,
    principal: string,
    clientId: string,
    apiKey: number,
    apiVersion: number,
    requestBytes: number,
  ) {
    this.#quotas = quotas;
    this.#nodeId = nodeId;
    // KafkaPrincipal.getName: quotas name users without the principal type.
    this.#user = principal.startsWith(USER_PREFIX) ? principal.slice(USER_PREFIX.length) : principal;
    this.#clientId = clientId;
    this.#apiKey = apiKey;
    this.#apiVersion = apiVersion;
    this.#requestBytes = requestBytes;
    this.#exemptFromRequestQuota = apiKey === SASL_HANDSHAKE || apiKey === SASL_AUTHENTICATE;
  }

  /** Whether any quota applies to this client (its requests are then read one at a time, as Kafka does). */
  bindsClient(): boolean {
    const q = this.#quotas;
    return [q.produce, q.fetch, q.request].some((m) => m.enabled && m.quotaFor(this.#user, this.#clientId) !== null);
  }

  /** Adds request-path time spent on this request (see the module comment). */
  addThreadTime(nanos: number): void {
    this.#threadNanos += nanos;
  }

  /** After the append: records the produce request's size. An acks=0 produce is exempt from the request quota. */
  recordProduce(acks: number): void {
    if (acks === 0) this.#exemptFromRequestQuota = true;
    const manager = this.#quotas.produce;
    const throttleMs = manager.recordAndGetThrottleTimeMs(
      this.#nodeId,
      this.#user,
      this.#clientId,
      this.#requestBytes,
      this.#quotas.clock(),
    );
    this.#bandwidth = { manager, throttleMs };
  }

  /** The most a fetch may return (ClientQuotaManager.getMaxValueInQuotaWindow); Infinity without a quota. */
  fetchMaxBytes(): number {
    return this.#quotas.fetch.maxValueInQuotaWindow(this.#user, this.#clientId);
  }

  /**
   * KafkaApis.handleFetchRequest: records the response's size and the request's time; a positive result means the
   * fetch must be answered empty, and its size has been taken back from the fetch rate.
   */
  throttleFetch(responseBytes: number): number {
    const now = this.#quotas.clock();
    const requestThrottleMs = this.#recordRequest(now);
    const manager = this.#quotas.fetch;
    const throttleMs = manager.recordAndGetThrottleTimeMs(this.#nodeId, this.#user, this.#clientId, responseBytes, now);
    this.#bandwidth = { manager, throttleMs };
    const max = Math.max(throttleMs, requestThrottleMs);
    if (max > 0) manager.unrecord(this.#nodeId, this.#user, this.#clientId, responseBytes, now);
    return max;
  }

  /** When the response is shaped: the request quota (unless recorded or exempt) and the throttle to apply. */
  finish(): Throttle {
    const now = this.#quotas.clock();
    const requestThrottleMs = this.#recordRequest(now);
    const bandwidthMs = this.#bandwidth?.throttleMs ?? 0;
    const throttleMs = Math.max(bandwidthMs, requestThrottleMs);
    if (throttleMs <= 0) return NO_THROTTLE;
    const manager = this.#bandwidth !== null && bandwidthMs > requestThrottleMs ? this.#bandwidth.manager : null;
    (manager ?? this.#quotas.request).noteThrottle(this.#nodeId, this.#user, this.#clientId, throttleMs, now);
    return { throttleMs, clientThrottles: clientThrottles(this.#apiKey, this.#apiVersion) };
  }

  #recordRequest(now: number): number {
    if (this.#requestRecorded || this.#exemptFromRequestQuota) return this.#requestThrottleMs;
    this.#requestRecorded = true;
    this.#requestThrottleMs = this.#quotas.request.recordAndGetThrottleTimeMs(
      this.#nodeId,
      this.#user,
      this.#clientId,
      this.#threadNanos * NANOS_TO_PERCENTAGE,
      now,
    );
    return this.#requestThrottleMs;
  }
}
