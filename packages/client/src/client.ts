/**
 * The cluster as a client sees it: bootstrap, metadata (brokers, controller, topics and their leaders), one
 * connection per broker, and routing (to a partition's leader, a group's or transaction's coordinator, the
 * controller, or any broker). `retrying()` runs an operation again after a stale-metadata error (NOT_LEADER_OR_FOLLOWER,
 * NOT_COORDINATOR, ...) or a dropped connection, with metadata and coordinators refreshed, as Kafka's clients do.
 */
import { FindCoordinatorApi, MetadataApi, type ApiCodec, type Uuid } from '@samsa/protocol';
import { BrokerConnection, type ConnectionOptions, type VersionRange } from './connection';
import { BrokerError, ConnectionError, errorFromCode, isRetriable, REFRESH_ERRORS, type BrokerAddress } from './errors';
import type { SaslOptions } from './sasl';
import type { ConnectionOptions as TlsOptions } from 'node:tls';

export interface ClientOptions {
  /** Bootstrap addresses, `host:port`. */
  readonly brokers: readonly string[];
  readonly clientId?: string;
  /** Per connect and per request; an unreachable broker fails within it. Default 30000, Kafka's request.timeout.ms. */
  readonly requestTimeoutMs?: number;
  readonly tls?: TlsOptions;
  readonly sasl?: SaslOptions;
  /** Attempts after a retriable error (default 5), backing off from retryBackoffMs (default 100) doubling. */
  readonly retries?: number;
  readonly retryBackoffMs?: number;
  readonly softwareName?: string;
  readonly softwareVersion?: string;
}

export interface BrokerInfo {
  readonly nodeId: number;
  readonly host: string;
  readonly port: number;
  readonly rack: string | null;
}

export interface PartitionInfo {
  readonly partition: number;
  readonly errorCode: number;
  readonly leader: number;
  readonly leaderEpoch: number;
  readonly replicas: readonly number[];
  readonly isr: readonly number[];
  readonly offlineReplicas: readonly number[];
}

export interface TopicInfo {
  readonly name: string;
  readonly errorCode: number;
  readonly topicId: Uuid | null;
  readonly isInternal: boolean;
  readonly partitions: readonly PartitionInfo[];
}

export interface ClusterMetadata {
  readonly clusterId: string | null;
  readonly controllerId: number;
  readonly brokers: readonly BrokerInfo[];
  readonly topics: ReadonlyMap<string, TopicInfo>;
}

export type CoordinatorType = 'group' | 'transaction';

export const DEFAULT_REQUEST_TIMEOUT_MS = 30000;

export class KafkaClient {
  readonly options: ClientOptions;
  readonly #connectionOptions: ConnectionOptions;
  readonly #connections = new Map<string, Promise<BrokerConnection>>();
  #brokers = new Map<number, BrokerInfo>();
  #controllerId = -1;
  #clusterId: string | null = null;
  #topics = new Map<string, TopicInfo>();
  readonly #coordinators = new Map<string, number>();
  #closed = false;

  constructor(options: ClientOptions) {
    if (options.brokers.length === 0) throw new Error('no bootstrap broker given');
    this.options = options;
    this.#connectionOptions = {
      clientId: options.clientId ?? 'samsa-client',
      requestTimeoutMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      ...(options.tls !== undefined ? { tls: options.tls } : {}),
      ...(options.sasl !== undefined ? { sasl: options.sasl } : {}),
      ...(options.softwareName !== undefined ? { softwareName: options.softwareName } : {}),
      ...(options.softwareVersion !== undefined ? { softwareVersion: options.softwareVersion } : {}),
    };
  }

  get requestTimeoutMs(): number {
    return this.#connectionOptions.requestTimeoutMs;
  }

  /** Brokers, controller and the given topics (all topics for null), fresh from a broker. */
  async metadata(topics: readonly string[] | null = null): Promise<ClusterMetadata> {
    const conn = await this.anyConnection();
    const { response, version } = await conn.send(
      MetadataApi,
      (v) => ({
        topics: topics === null ? null : topics.map((name) => ({ name })),
        // v4+ can say no; earlier versions always create a missing topic when the broker auto-creates.
        ...(v >= 4 ? { allowAutoTopicCreation: false } : {}),
      }),
      { min: 1 },
    );
    void version;
    this.#brokers = new Map(
      response.brokers.map((b) => [b.nodeId, { nodeId: b.nodeId, host: b.host, port: b.port, rack: b.rack ?? null }]),
    );
    this.#controllerId = response.controllerId ?? -1;
    this.#clusterId = response.clusterId ?? null;
    const described = new Map<string, TopicInfo>();
    for (const t of response.topics) {
      if (t.name === null) continue;
      const info: TopicInfo = {
        name: t.name,
        errorCode: t.errorCode,
        topicId: t.topicId ?? null,
        isInternal: t.isInternal ?? false,
        partitions: t.partitions
          .map((p) => ({
            partition: p.partitionIndex,
            errorCode: p.errorCode,
            leader: p.leaderId,
            leaderEpoch: p.leaderEpoch ?? -1,
            replicas: p.replicaNodes,
            isr: p.isrNodes,
            offlineReplicas: p.offlineReplicas ?? [],
          }))
          .sort((a, b) => a.partition - b.partition),
      };
      described.set(t.name, info);
      if (t.errorCode === 0) this.#topics.set(t.name, info);
      else this.#topics.delete(t.name);
    }
    return {
      clusterId: this.#clusterId,
      controllerId: this.#controllerId,
      brokers: [...this.#brokers.values()].sort((a, b) => a.nodeId - b.nodeId),
      topics: described,
    };
  }

  /** The topic's metadata, from the cache or a refresh; throws UNKNOWN_TOPIC_OR_PARTITION (or the topic's error). */
  async topic(name: string, refresh = false): Promise<TopicInfo> {
    let info = refresh ? undefined : this.#topics.get(name);
    if (info === undefined) {
      const md = await this.metadata([name]);
      info = md.topics.get(name);
      const err = errorFromCode(info?.errorCode ?? 3, null, null, name);
      if (err !== null) throw err;
    }
    return info as TopicInfo;
  }

  broker(nodeId: number): BrokerInfo | undefined {
    return this.#brokers.get(nodeId);
  }

  get knownBrokers(): readonly BrokerInfo[] {
    return [...this.#brokers.values()].sort((a, b) => a.nodeId - b.nodeId);
  }

  /** A connection to any broker: a known one first, else each bootstrap address in turn. */
  async anyConnection(): Promise<BrokerConnection> {
    const candidates: BrokerAddress[] = [
      ...[...this.#brokers.values()].map((b) => ({ nodeId: b.nodeId, host: b.host, port: b.port })),
      ...this.options.brokers.map(parseAddress),
    ];
    let last: unknown = null;
    for (const address of candidates) {
      try {
        return await this.#connect(address);
      } catch (err) {
        if (err instanceof ConnectionError && !err.retriable) throw err;
        last = err;
      }
    }
    const tried = this.options.brokers.join(', ');
    const reason = last instanceof Error ? last.message : String(last);
    throw new ConnectionError(candidates[0] as BrokerAddress, `no broker reachable (tried ${tried}); last: ${reason}`);
  }

  /** A connection to the broker with this id (metadata is refreshed when the id is unknown). */
  async connection(nodeId: number): Promise<BrokerConnection> {
    let b = this.#brokers.get(nodeId);
    if (b === undefined) {
      await this.metadata([]);
      b = this.#brokers.get(nodeId);
    }
    if (b === undefined) throw new BrokerError('BROKER_NOT_AVAILABLE', `broker ${nodeId} is not in the metadata`, null);
    return this.#connect({ nodeId: b.nodeId, host: b.host, port: b.port });
  }

  /** The controller Kafka's admin client sends topic changes to (KRaft brokers forward them, so any broker works). */
  async controllerConnection(): Promise<BrokerConnection> {
    if (this.#controllerId < 0) await this.metadata([]);
    if (this.#controllerId >= 0 && this.#brokers.has(this.#controllerId)) return this.connection(this.#controllerId);
    return this.anyConnection();
  }

  /** The leader of a partition; throws LEADER_NOT_AVAILABLE when it has none. */
  async leaderOf(topic: string, partition: number): Promise<number> {
    const info = await this.topic(topic);
    const p = info.partitions.find((x) => x.partition === partition);
    if (p === undefined) throw new BrokerError('UNKNOWN_TOPIC_OR_PARTITION', null, null, `${topic}/${partition}`);
    if (p.leader < 0) throw new BrokerError('LEADER_NOT_AVAILABLE', null, null, `${topic}/${partition}`);
    return p.leader;
  }

  /** The coordinator of a group or transactional id (FindCoordinator, batched from v4, KIP-699). */
  async coordinator(key: string, type: CoordinatorType = 'group'): Promise<number> {
    const cacheKey = `${type}:${key}`;
    const cached = this.#coordinators.get(cacheKey);
    if (cached !== undefined) return cached;
    const conn = await this.anyConnection();
    const keyType = type === 'group' ? 0 : 1;
    const { response, version } = await conn.send(
      FindCoordinatorApi,
      (v) => (v >= 4 ? { keyType, coordinatorKeys: [key] } : v >= 1 ? { key, keyType } : { key }),
      { min: type === 'group' ? 0 : 1 },
    );
    const c =
      version >= 4
        ? response.coordinators?.[0]
        : {
            nodeId: response.nodeId ?? -1,
            host: response.host ?? '',
            port: response.port ?? -1,
            errorCode: response.errorCode ?? 0,
            errorMessage: response.errorMessage ?? null,
          };
    if (c === undefined) throw new BrokerError('COORDINATOR_NOT_AVAILABLE', null, conn.broker, key);
    const err = errorFromCode(c.errorCode, c.errorMessage, conn.broker, key);
    if (err !== null) throw err;
    if (!this.#brokers.has(c.nodeId))
      this.#brokers.set(c.nodeId, { nodeId: c.nodeId, host: c.host, port: c.port, rack: null });
    this.#coordinators.set(cacheKey, c.nodeId);
    return c.nodeId;
  }

  forgetCoordinator(key: string, type: CoordinatorType = 'group'): void {
    this.#coordinators.delete(`${type}:${key}`);
  }

  /** Sends to one broker by id. */
  async sendTo<Req, Res>(
    nodeId: number,
    codec: ApiCodec<Req, Res>,
    build: (version: number) => Req,
    range?: Partial<VersionRange>,
  ): Promise<{ response: Res; version: number; broker: BrokerAddress }> {
    const conn = await this.connection(nodeId);
    const { response, version } = await conn.send(codec, build, range);
    return { response, version, broker: conn.broker };
  }

  /**
   * Runs `operation` and, after a retriable error, refreshes metadata (and forgets coordinators) and runs it again,
   * up to `retries` times with a doubling backoff. The last error is thrown as it is.
   */
  async retrying<T>(operation: (attempt: number) => Promise<T>): Promise<T> {
    const retries = this.options.retries ?? 5;
    let backoff = this.options.retryBackoffMs ?? 100;
    for (let attempt = 0; ; attempt++) {
      try {
        return await operation(attempt);
      } catch (err) {
        if (attempt >= retries || !isRetriable(err) || this.#closed) throw err;
        if (err instanceof BrokerError && REFRESH_ERRORS.has(err.errorName)) this.#coordinators.clear();
        if (err instanceof ConnectionError) this.#drop(err.broker);
        await new Promise((r) => setTimeout(r, backoff));
        backoff = Math.min(backoff * 2, 1000);
        await this.metadata([...this.#topics.keys()]).catch(() => undefined);
      }
    }
  }

  close(): void {
    this.#closed = true;
    for (const c of this.#connections.values()) c.then((conn) => conn.close()).catch(() => undefined);
    this.#connections.clear();
  }

  #connect(address: BrokerAddress): Promise<BrokerConnection> {
    const key = `${address.host}:${address.port}`;
    const existing = this.#connections.get(key);
    if (existing !== undefined) {
      return existing.then((conn) => {
        if (!conn.closed) return conn;
        this.#connections.delete(key);
        return this.#connect(address);
      });
    }
    const opening = BrokerConnection.open(address, this.#connectionOptions);
    this.#connections.set(key, opening);
    opening.catch(() => {
      if (this.#connections.get(key) === opening) this.#connections.delete(key);
    });
    return opening;
  }

  #drop(address: BrokerAddress): void {
    const key = `${address.host}:${address.port}`;
    const existing = this.#connections.get(key);
    this.#connections.delete(key);
    existing?.then((c) => c.close()).catch(() => undefined);
  }
}

/** `host:port`, `[v6]:port`, or a bare host (port 9092). */
export function parseAddress(text: string): BrokerAddress {
  const trimmed = text.trim().replace(/^[a-zA-Z_]+:\/\//, '');
  const m = /^\[(.+)\]:(\d+)$/.exec(trimmed) ?? /^([^:]+):(\d+)$/.exec(trimmed);
  if (m !== null) return { nodeId: null, host: m[1] as string, port: Number(m[2]) };
  if (/^[^:]+$/.test(trimmed) && trimmed !== '') return { nodeId: null, host: trimmed, port: 9092 };
  throw new Error(`bad broker address ${JSON.stringify(text)}: expected host:port`);
}
