// A small typed client of samsa's documented HTTP admin endpoint (`samsa.admin.listener`; routes in the broker's
// README): broker stop/start/pause/resume, partition leadership and ISR, injected faults, the request log and log
// compaction (a cleaner pass now, each replica's cleaner state) and client telemetry (KIP-714). The
// method names are the control operations' names, so a test reads as the broker README's examples do. Every POST and
// DELETE sends `Content-Type: application/json`: the endpoint refuses writes without it (what a web page could send).

export type BrokerState = 'running' | 'stopped' | 'paused';

export interface BrokerStatus {
  readonly nodeId: number;
  readonly host: string;
  readonly port: number;
  readonly state: BrokerState;
}

export interface ClusterState {
  readonly clusterId: string;
  readonly controllerId: number;
  readonly brokers: readonly BrokerStatus[];
}

export interface PartitionDescription {
  /** -1 when the partition has no leader. */
  readonly leader: number;
  readonly leaderEpoch: number;
  readonly replicas: readonly number[];
  readonly isr: readonly number[];
  readonly highWatermark: number;
  /** Log end offset of each replica, by node id. */
  readonly logEndOffsets: Readonly<Record<string, number>>;
}

/** What a log cleaner pass removed from one replica's log. */
export interface CompactionResult {
  readonly broker: number;
  readonly topic: string;
  readonly partition: number;
  readonly firstDirtyOffset: number;
  readonly endOffset: number;
  readonly recordsRead: number;
  readonly recordsRemoved: number;
  readonly bytesRead: number;
  readonly bytesRemoved: number;
  readonly segmentsBefore: number;
  readonly segmentsAfter: number;
  readonly durationMs: number;
  readonly error?: string;
}

/** The log cleaner's state of one replica's log. */
export interface CleanerState {
  readonly broker: number;
  readonly compacted: boolean;
  readonly dirtyRatio: number;
  readonly firstDirtyOffset: number;
  readonly lastCleanTimeMs: number;
  readonly bytesCleaned: number;
  readonly bytesRemoved: number;
  readonly recordsRemoved: number;
  readonly passes: number;
  readonly error: string | null;
}

/** Which requests a fault applies to; every field left out matches anything. */
export interface FaultScope {
  /** Node id of the broker that receives the request. */
  readonly broker?: number;
  /** API name (`Produce`) or key (0). */
  readonly api?: number | string;
  readonly topic?: string;
  readonly partition?: number;
}

export interface ErrorSpec extends FaultScope {
  readonly api: number | string;
  /** Kafka error name (`NOT_LEADER_OR_FOLLOWER`) or code. */
  readonly error: number | string;
  readonly count?: number;
  readonly probability?: number;
}

export interface DropSpec extends FaultScope {
  readonly count?: number;
  readonly probability?: number;
}

export interface LatencySpec {
  readonly ms: number;
  readonly broker?: number;
  readonly api?: number | string;
}

export interface ApiVersionCapSpec {
  readonly api: number | string;
  readonly maxVersion: number;
  readonly broker?: number;
}

export interface FaultInfo {
  readonly id: string;
  readonly kind: 'error' | 'drop' | 'latency' | 'hold' | 'api-version-cap';
  readonly broker: number | null;
  readonly api: string | null;
  readonly apiKey: number | null;
  readonly topic: string | null;
  readonly partition: number | null;
  readonly error?: string;
  readonly errorCode?: number;
  /** Matches left (null: unlimited). */
  readonly remaining?: number | null;
  readonly probability?: number | null;
  readonly hits?: number;
  readonly ms?: number;
  /** Requests waiting on a hold. */
  readonly held?: number;
  readonly maxVersion?: number;
}

export interface RequestLogEntry {
  readonly seq: number;
  readonly nodeId: number;
  readonly apiKey: number;
  readonly api: string;
  readonly apiVersion: number;
  readonly clientId: string | null;
  readonly correlationId: number;
  readonly receivedAt: number;
  /** null while the request is in flight (or held). */
  readonly durationMs: number | null;
  /** The fault that answered, dropped, delayed or held the request, if any. */
  readonly fault: string | null;
}

export interface RequestFilter {
  readonly broker?: number;
  readonly api?: string;
  readonly clientId?: string;
  readonly afterSeq?: number;
}

/** A KIP-848 consumer group as its coordinator holds it (`GET /v1/groups/<id>`). */
export interface ConsumerGroupView {
  readonly groupId: string;
  readonly state: string;
  readonly groupEpoch: number;
  readonly assignmentEpoch: number;
  readonly members: ReadonlyArray<{
    readonly memberId: string;
    readonly instanceId: string | null;
    readonly memberEpoch: number;
    readonly state: string;
    readonly protocol: 'classic' | 'consumer';
    /** Topic name -> partitions. */
    readonly current: Readonly<Record<string, number[]>>;
    readonly pendingRevocation: Readonly<Record<string, number[]>>;
    readonly target: Readonly<Record<string, number[]>>;
  }>;
}

/** A refusal of the endpoint: 400 bad input, 404 unknown route/broker/partition/fault, 409 refused by the cluster. */
export class AdminRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The Kafka error name of a 409 (e.g. INELIGIBLE_REPLICA). */
    readonly kafkaError: string | null,
  ) {
    super(message);
    this.name = 'AdminRequestError';
  }
}

/** A client instance of client telemetry (KIP-714), with the latest value of each metric point it pushed. */
export interface ClientTelemetryInstance {
  readonly clientInstanceId: string;
  readonly clientId: string | null;
  readonly softwareName: string | null;
  readonly softwareVersion: string | null;
  readonly subscriptionId: number;
  readonly pushIntervalMs: number;
  readonly requestedMetrics: readonly string[];
  readonly terminating: boolean;
  readonly lastPushMs: number | null;
  readonly metrics: ReadonlyArray<{ name: string; attributes: Record<string, string>; value: number }>;
}

export class SamsaAdmin {
  constructor(readonly url: string) {}

  cluster(): Promise<ClusterState> {
    return this.#call('GET', '/v1/cluster');
  }

  /** As if its process died: listener closed, connections dropped, replicas leave the ISRs, leaders move. */
  async stopBroker(nodeId: number): Promise<void> {
    await this.#call('POST', `/v1/brokers/${nodeId}/stop`);
  }

  /** On its former port; its replicas catch up and rejoin the ISRs. */
  async startBroker(nodeId: number): Promise<void> {
    await this.#call('POST', `/v1/brokers/${nodeId}/start`);
  }

  /** Accepts and reads requests but answers none until resumed; its followers stop fetching. */
  async pauseBroker(nodeId: number): Promise<void> {
    await this.#call('POST', `/v1/brokers/${nodeId}/pause`);
  }

  async resumeBroker(nodeId: number): Promise<void> {
    await this.#call('POST', `/v1/brokers/${nodeId}/resume`);
  }

  /** Broker `nodeId`'s log dir `dir` (a `log.dirs` entry) fails as a dead disk would; its offline log dirs after. */
  failLogDir(nodeId: number, dir: string): Promise<{ offlineLogDirs: string[] }> {
    return this.#call('POST', `/v1/brokers/${nodeId}/log-dirs/fail`, { dir });
  }

  describePartition(topic: string, partition: number): Promise<PartitionDescription> {
    return this.#call('GET', partitionPath(topic, partition));
  }

  moveLeader(topic: string, partition: number, broker: number): Promise<PartitionDescription> {
    return this.#call('POST', `${partitionPath(topic, partition)}/leader`, { broker });
  }

  setIsr(topic: string, partition: number, isr: readonly number[]): Promise<PartitionDescription> {
    return this.#call('POST', `${partitionPath(topic, partition)}/isr`, { isr });
  }

  setLeaderless(topic: string, partition: number): Promise<PartitionDescription> {
    return this.#call('POST', `${partitionPath(topic, partition)}/leaderless`);
  }

  /** A KIP-848 consumer group's epochs and its members' current and target partitions; 404 when there is none. */
  consumerGroup(groupId: string): Promise<ConsumerGroupView> {
    return this.#call('GET', `/v1/groups/${encodeURIComponent(groupId)}`);
  }

  /** The leader names `broker` as preferred read replica to every v11+ consumer fetch (KIP-392); null stops it. */
  async setPreferredReadReplica(topic: string, partition: number, broker: number | null): Promise<void> {
    await this.#call('POST', `${partitionPath(topic, partition)}/preferred-read-replica`, { broker });
  }

  /** The next `count` matching requests (default 1; or each with `probability`) are answered with `error`. */
  injectError(spec: ErrorSpec): Promise<FaultInfo> {
    return this.#call('POST', '/v1/faults/errors', spec);
  }

  /** The next `count` matching requests close their connection unanswered (and unhandled). */
  dropConnections(spec: DropSpec = {}): Promise<FaultInfo> {
    return this.#call('POST', '/v1/faults/drops', spec);
  }

  addLatency(spec: LatencySpec): Promise<FaultInfo> {
    return this.#call('POST', '/v1/faults/latency', spec);
  }

  /** Matching requests wait, unhandled, until `release(id)`. */
  hold(spec: FaultScope = {}): Promise<FaultInfo> {
    return this.#call('POST', '/v1/faults/holds', spec);
  }

  /** Lets a hold's requests go on and removes it; answers how many were waiting. */
  async release(id: string): Promise<number> {
    return (await this.#call<{ released: number }>('POST', `/v1/faults/holds/${encodeURIComponent(id)}/release`))
      .released;
  }

  capApiVersion(spec: ApiVersionCapSpec): Promise<FaultInfo> {
    return this.#call('POST', '/v1/faults/api-versions', spec);
  }

  async faults(): Promise<FaultInfo[]> {
    return (await this.#call<{ faults: FaultInfo[] }>('GET', '/v1/faults')).faults;
  }

  async remove(id: string): Promise<void> {
    await this.#call('DELETE', `/v1/faults/${encodeURIComponent(id)}`);
  }

  /** A log cleaner pass now on a compacted topic (one partition, or all of it), or on every compacted topic. */
  async compact(topic?: string, partition?: number): Promise<CompactionResult[]> {
    const path = topic === undefined ? '/v1/compact' : `/v1/topics/${encodeURIComponent(topic)}/compact`;
    const body = partition === undefined ? {} : { partition };
    return (await this.#call<{ results: CompactionResult[] }>('POST', path, body)).results;
  }

  async cleanerState(topic: string, partition: number): Promise<CleanerState[]> {
    return (await this.#call<{ replicas: CleanerState[] }>('GET', `${partitionPath(topic, partition)}/cleaner`))
      .replicas;
  }

  /** Every fault removed, paused brokers resumed, stopped ones started; the request log keeps its state. */
  async clear(): Promise<void> {
    await this.#call('DELETE', '/v1/faults');
  }

  /** The client instances that asked for telemetry subscriptions, and what they pushed last (KIP-714). */
  async clientTelemetry(): Promise<ClientTelemetryInstance[]> {
    return (await this.#call<{ clients: ClientTelemetryInstance[] }>('GET', '/v1/clients/telemetry')).clients;
  }

  /** `/metrics` in the Prometheus text format. */
  async metricsText(): Promise<string> {
    const res = await fetch(`${this.url}/metrics`, { signal: AbortSignal.timeout(30_000) });
    if (!res.ok) throw new AdminRequestError(res.status, `GET /metrics: ${res.status}`, null);
    return res.text();
  }

  async startRequestLog(limit?: number): Promise<void> {
    await this.#call('POST', '/v1/requests/start', limit === undefined ? {} : { limit });
  }

  async stopRequestLog(): Promise<void> {
    await this.#call('POST', '/v1/requests/stop');
  }

  async requests(filter: RequestFilter = {}): Promise<RequestLogEntry[]> {
    const query = new URLSearchParams(Object.entries(filter).map(([k, v]): [string, string] => [k, String(v)]));
    const search = query.toString();
    return (
      await this.#call<{ requests: RequestLogEntry[] }>('GET', `/v1/requests${search === '' ? '' : `?${search}`}`)
    ).requests;
  }

  async clearRequestLog(): Promise<void> {
    await this.#call('DELETE', '/v1/requests');
  }

  async #call<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: object): Promise<T> {
    const init: RequestInit = { method, signal: AbortSignal.timeout(30_000) };
    if (method !== 'GET') {
      init.headers = { 'content-type': 'application/json' };
      init.body = JSON.stringify(body ?? {});
    }
    const res = await fetch(`${this.url}${path}`, init);
    const text = await res.text();
    let payload: unknown;
    try {
      payload = JSON.parse(text);
    } catch {
      throw new AdminRequestError(
        res.status,
        `${method} ${path}: ${res.status}, not JSON: ${text.slice(0, 200)}`,
        null,
      );
    }
    if (!res.ok) {
      const { error, kafkaError } = (payload ?? {}) as { error?: unknown; kafkaError?: unknown };
      throw new AdminRequestError(
        res.status,
        `${method} ${path}: ${res.status} ${String(error)}`,
        typeof kafkaError === 'string' ? kafkaError : null,
      );
    }
    return payload as T;
  }
}

function partitionPath(topic: string, partition: number): string {
  return `/v1/partitions/${encodeURIComponent(topic)}/${partition}`;
}
