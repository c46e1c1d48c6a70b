/**
 * Client telemetry (KIP-714), as Kafka's ClientMetricsManager and ClientMetricsInstance do it: each client instance
 * (a Uuid the broker hands out on its first GetTelemetrySubscriptions) is matched against every CLIENT_METRICS
 * subscription; the matches give its requested metrics (their union, or `*`), its push interval (the smallest, else 5
 * minutes) and a subscription id (CRC32C of the metrics and interval, xor the instance id's hash). A change of the
 * subscriptions makes every instance match again at its next request.
 *
 * Pushes are checked in Kafka's order (a push after a terminating one: INVALID_REQUEST; too early:
 * THROTTLING_QUOTA_EXCEEDED; a stale subscription id: UNKNOWN_SUBSCRIPTION_ID; an unknown codec:
 * UNSUPPORTED_COMPRESSION_TYPE; over `telemetry.max.bytes`: TELEMETRY_TOO_LARGE), then decompressed and decoded
 * (OTLP; undecodable: INVALID_RECORD). In place of Kafka's exporter plugin the latest points of each instance are
 * kept for the admin endpoint (`/metrics`, `GET /v1/clients/telemetry`).
 *
 * Instances expire after max(60 s, 3 push intervals) without a request (Kafka's cache expiry), and at most 16384
 * are kept (the least recently seen go first).
 */
import { crc32c, decompress, ZERO_UUID, type CompressionCodec, type Uuid } from '@samsa/protocol';
import { randomUuid } from '@samsa/protocol';
import { KafkaError } from '../errors';
import {
  ALL_SUBSCRIBED_METRICS,
  INTERVAL_MS_DEFAULT,
  type MatchSelector,
  type Subscription,
} from './client-metrics-configs';
import type { ClientMetricsSubscriptions } from './client-metrics-subscriptions';
import { decodeMetricsData, type ClientMetricPoint } from './otlp-metrics';

/** CompressionType ids in Kafka's order of preference (ClientMetricsManager.SUPPORTED_COMPRESSION_TYPES). */
export const ACCEPTED_COMPRESSION_TYPES: readonly number[] = [4, 3, 1, 2];
const CACHE_MAX_SIZE = 16384;
const CACHE_EXPIRY_MS = 60_000;
/** Uuid.METADATA_TOPIC_ID: with the zero id, what Uuid.RESERVED holds. */
const METADATA_TOPIC_ID = 'AAAAAAAAAAAAAAAAAAAAAQ';

/** What the broker knows of the client sending a telemetry request (ClientMetricsInstanceMetadata). */
export interface TelemetryClient {
  readonly clientId: string | null;
  readonly softwareName: string | null;
  readonly softwareVersion: string | null;
  readonly sourceAddress: string;
  readonly sourcePort: string;
}

export interface TelemetrySubscriptionAnswer {
  readonly clientInstanceId: Uuid;
  readonly subscriptionId: number;
  readonly acceptedCompressionTypes: readonly number[];
  readonly pushIntervalMs: number;
  readonly telemetryMaxBytes: number;
  readonly deltaTemporality: boolean;
  readonly requestedMetrics: readonly string[];
}

export interface TelemetryPush {
  readonly clientInstanceId: Uuid;
  readonly subscriptionId: number;
  readonly terminating: boolean;
  readonly compressionType: number;
  readonly metrics: Buffer;
}

/** One client instance as the admin endpoint shows it. */
export interface ClientInstanceView {
  readonly clientInstanceId: Uuid;
  readonly clientId: string | null;
  readonly softwareName: string | null;
  readonly softwareVersion: string | null;
  readonly sourceAddress: string;
  readonly subscriptionId: number;
  readonly pushIntervalMs: number;
  readonly requestedMetrics: readonly string[];
  readonly terminating: boolean;
  /** Epoch ms of the last accepted push with metrics, null before one. */
  readonly lastPushMs: number | null;
  readonly metrics: readonly ClientMetricPoint[];
}

interface Instance {
  readonly id: Uuid;
  readonly client: TelemetryClient;
  readonly subscriptionVersion: number;
  readonly subscriptionId: number;
  readonly metrics: readonly string[];
  readonly pushIntervalMs: number;
  lastGetMs: number;
  lastPushMs: number;
  terminating: boolean;
  /** ErrorCode name of the last failed push, null after a good one. */
  lastKnownError: string | null;
  lastSeenMs: number;
  lastMetricsMs: number | null;
  points: readonly ClientMetricPoint[];
}

export interface ClientTelemetryOptions {
  readonly subscriptions: ClientMetricsSubscriptions;
  /** telemetry.max.bytes */
  readonly maxBytes: number;
  readonly clock?: () => number;
}

export class ClientTelemetry {
  readonly #subscriptions: ClientMetricsSubscriptions;
  readonly #maxBytes: number;
  readonly #clock: () => number;
  /** Insertion order = least recently seen first. */
  readonly #instances = new Map<Uuid, Instance>();

  constructor(options: ClientTelemetryOptions) {
    this.#subscriptions = options.subscriptions;
    this.#maxBytes = options.maxBytes;
    this.#clock = options.clock ?? Date.now;
  }

  /** ClientMetricsManager.processGetTelemetrySubscriptionRequest; a zero id asks for a new one. */
  getSubscription(requestedId: Uuid, client: TelemetryClient): TelemetrySubscriptionAnswer {
    const now = this.#clock();
    const id = requestedId === ZERO_UUID ? this.#newId() : requestedId;
    const instance = this.#instance(id, client, now);
    const elapsed = now - Math.max(instance.lastGetMs, instance.lastPushMs);
    if (elapsed >= instance.pushIntervalMs) instance.lastGetMs = now;
    else if (
      instance.lastKnownError !== 'UNKNOWN_SUBSCRIPTION_ID' &&
      instance.lastKnownError !== 'UNSUPPORTED_COMPRESSION_TYPE'
    ) {
      throw new KafkaError(
        'THROTTLING_QUOTA_EXCEEDED',
        `Request from the client [${requestedId}] arrived before the next push interval time`,
      );
    }
    instance.lastKnownError = null;
    return {
      clientInstanceId: id,
      subscriptionId: instance.subscriptionId,
      acceptedCompressionTypes: ACCEPTED_COMPRESSION_TYPES,
      pushIntervalMs: instance.pushIntervalMs,
      telemetryMaxBytes: this.#maxBytes,
      deltaTemporality: true,
      requestedMetrics: instance.metrics,
    };
  }

  /** ClientMetricsManager.processPushTelemetryRequest. */
  async push(request: TelemetryPush, client: TelemetryClient): Promise<void> {
    const id = request.clientInstanceId;
    if (id === ZERO_UUID || id === METADATA_TOPIC_ID) {
      throw new KafkaError('INVALID_REQUEST', `Invalid request from the client [${id}], invalid client instance id`);
    }
    const now = this.#clock();
    const instance = this.#instance(id, client, now);
    try {
      this.#validatePush(request, instance, now);
    } catch (err) {
      if (err instanceof KafkaError) instance.lastKnownError = err.errorName;
      throw err;
    } finally {
      instance.terminating = request.terminating;
    }
    if (request.metrics.length > 0) {
      try {
        instance.points = await this.#decode(request);
        instance.lastMetricsMs = now;
      } catch (err) {
        instance.lastKnownError = err instanceof KafkaError ? err.errorName : 'INVALID_RECORD';
        throw err;
      }
    }
    instance.lastKnownError = null;
  }

  /** The live instances, least recently seen first. */
  instances(): ClientInstanceView[] {
    this.#expire(this.#clock());
    return [...this.#instances.values()].map((i) => ({
      clientInstanceId: i.id,
      clientId: i.client.clientId,
      softwareName: i.client.softwareName,
      softwareVersion: i.client.softwareVersion,
      sourceAddress: i.client.sourceAddress,
      subscriptionId: i.subscriptionId,
      pushIntervalMs: i.pushIntervalMs,
      requestedMetrics: i.metrics,
      terminating: i.terminating,
      lastPushMs: i.lastMetricsMs,
      metrics: i.points,
    }));
  }

  #validatePush(request: TelemetryPush, instance: Instance, now: number): void {
    const id = request.clientInstanceId;
    if (instance.terminating) {
      throw new KafkaError(
        'INVALID_REQUEST',
        `Client [${id}] sent the previous request with state terminating to TRUE, can not accept any requests after that`,
      );
    }
    // A push right after a GetTelemetrySubscriptions is accepted early: clients jitter the interval (0.5x to 1.5x).
    const accepted = instance.lastGetMs > instance.lastPushMs || now - instance.lastPushMs >= instance.pushIntervalMs;
    if (accepted) instance.lastPushMs = now;
    else if (!request.terminating) {
      throw new KafkaError(
        'THROTTLING_QUOTA_EXCEEDED',
        `Request from the client [${id}] arrived before the next push interval time`,
      );
    }
    if (request.subscriptionId !== instance.subscriptionId) {
      throw new KafkaError('UNKNOWN_SUBSCRIPTION_ID', `Unknown client subscription id for the client [${id}]`);
    }
    if (request.compressionType < 0 || request.compressionType > 4) {
      throw new KafkaError(
        'UNSUPPORTED_COMPRESSION_TYPE',
        `Unknown compression type [${request.compressionType}] is received in telemetry request from [${id}]`,
      );
    }
    if (request.metrics.length > this.#maxBytes) {
      throw new KafkaError(
        'TELEMETRY_TOO_LARGE',
        `Telemetry request from [${id}] is larger than the maximum allowed size [${this.#maxBytes}]`,
      );
    }
  }

  async #decode(request: TelemetryPush): Promise<ClientMetricPoint[]> {
    let payload: Buffer;
    try {
      payload = await decompress(request.compressionType as CompressionCodec, request.metrics, this.#maxBytes);
    } catch (err) {
      // The codecs name their output cap "decompression limit" (gzip: Node's "larger than"): over it is
      // TELEMETRY_TOO_LARGE, which the client may retry, unlike INVALID_RECORD (Kafka's ClientTelemetryUtils).
      if (/decompression limit|larger than/.test((err as Error).message)) {
        throw new KafkaError(
          'TELEMETRY_TOO_LARGE',
          `Telemetry payload decompresses to more than ${this.#maxBytes} bytes`,
        );
      }
      throw new KafkaError('INVALID_RECORD', `Telemetry payload does not decompress: ${(err as Error).message}`);
    }
    try {
      return decodeMetricsData(payload);
    } catch (err) {
      throw new KafkaError('INVALID_RECORD', `Telemetry payload is not OTLP MetricsData: ${(err as Error).message}`);
    }
  }

  #newId(): Uuid {
    for (;;) {
      const id = randomUuid();
      if (!this.#instances.has(id) && id !== METADATA_TOPIC_ID) return id;
    }
  }

  /** The instance `id`, created or matched again when the subscriptions changed since; marks it seen now. */
  #instance(id: Uuid, client: TelemetryClient, now: number): Instance {
    this.#expire(now);
    let instance = this.#instances.get(id);
    const version = this.#subscriptions.version;
    if (instance === undefined || instance.subscriptionVersion < version) {
      const previous = instance;
      instance = this.#match(id, previous?.client ?? client, version);
      if (previous) {
        instance.lastGetMs = previous.lastGetMs;
        instance.lastPushMs = previous.lastPushMs;
        instance.terminating = previous.terminating;
        instance.lastKnownError = previous.lastKnownError;
        instance.points = previous.points;
        instance.lastMetricsMs = previous.lastMetricsMs;
      }
    }
    this.#instances.delete(id);
    instance.lastSeenMs = now;
    this.#instances.set(id, instance);
    if (this.#instances.size > CACHE_MAX_SIZE) {
      const oldest = this.#instances.keys().next().value as Uuid;
      this.#instances.delete(oldest);
    }
    return instance;
  }

  #match(id: Uuid, client: TelemetryClient, version: number): Instance {
    let pushIntervalMs = INTERVAL_MS_DEFAULT;
    const metrics = new Set<string>();
    let all = false;
    for (const s of this.#subscriptions.subscriptions()) {
      if (!matches(s, id, client)) continue;
      all ||= s.metrics.includes(ALL_SUBSCRIBED_METRICS);
      for (const m of s.metrics) metrics.add(m);
      pushIntervalMs = Math.min(pushIntervalMs, s.intervalMs);
    }
    const requested = all ? [ALL_SUBSCRIBED_METRICS] : [...metrics].sort();
    return {
      id,
      client,
      subscriptionVersion: version,
      subscriptionId: subscriptionId(requested, pushIntervalMs, id),
      metrics: requested,
      pushIntervalMs,
      lastGetMs: 0,
      lastPushMs: 0,
      terminating: false,
      lastKnownError: null,
      lastSeenMs: 0,
      lastMetricsMs: null,
      points: [],
    };
  }

  #expire(now: number): void {
    for (const [id, i] of this.#instances) {
      if (now - i.lastSeenMs >= Math.max(CACHE_EXPIRY_MS, i.pushIntervalMs * 3)) this.#instances.delete(id);
    }
  }
}

function matches(s: Subscription, id: Uuid, client: TelemetryClient): boolean {
  const values: Record<MatchSelector, string | null> = {
    client_instance_id: id,
    client_id: client.clientId,
    client_software_name: client.softwareName,
    client_software_version: client.softwareVersion,
    client_source_address: client.sourceAddress,
    client_source_port: client.sourcePort,
  };
  for (const [selector, regex] of s.match) {
    const v = values[selector];
    if (v === null || !regex.test(v)) return false;
  }
  return true;
}

/** CRC32C of the metrics list and the interval, xor Uuid.hashCode() of the instance id. */
function subscriptionId(metrics: readonly string[], pushIntervalMs: number, id: Uuid): number {
  const bytes = Buffer.from(`[${metrics.join(', ')}]${pushIntervalMs}`, 'utf8');
  const id16 = Buffer.from(id, 'base64url');
  const h = id16.readBigUInt64BE(0) ^ id16.readBigUInt64BE(8);
  const hash = Number(BigInt.asIntN(32, h >> 32n)) ^ Number(BigInt.asIntN(32, h));
  return crc32c(bytes) ^ hash;
}
