/**
 * The page's calls: the console's JSON (`/api/...`) and, for samsa, the admin endpoint's control routes (`/v1/...`),
 * all on this origin. Writes send `Content-Type: application/json`, which the endpoint's guard requires. A browser
 * that was asked for the admin token (Basic) sends it with every call by itself.
 */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly kafkaError: string | null,
  ) {
    super(message);
  }
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    headers: method === 'GET' ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text === '' ? null : JSON.parse(text);
  } catch {
    json = { error: text };
  }
  if (!res.ok) {
    const e = (json ?? {}) as { error?: string; kafkaError?: string };
    throw new ApiError(res.status, e.error ?? `${res.status} ${res.statusText}`, e.kafkaError ?? null);
  }
  return json as T;
}

export const get = <T>(path: string): Promise<T> => call<T>('GET', path);
export const post = <T>(path: string, body: unknown = {}): Promise<T> => call<T>('POST', path, body);
export const del = <T>(path: string): Promise<T> => call<T>('DELETE', path);

export const enc = encodeURIComponent;

export interface Info {
  mode: 'samsa' | 'kafka';
  faults: boolean;
  bootstrap: string;
  clientId: string;
  apis: string[];
  errors: string[];
  requestLog: { enabled: boolean } | null;
}

export interface BrokerRow {
  nodeId: number;
  host: string;
  port: number;
  rack: string | null;
  state: 'running' | 'stopped' | 'paused' | 'up';
  controller: boolean;
  leaderOf: number;
  replicas: number;
}

export interface Overview {
  clusterId: string | null;
  controllerId: number;
  brokers: BrokerRow[];
  topics: number;
  internalTopics: number;
  partitions: number;
  underReplicated: number;
  offline: number;
  groups: number | null;
}

export interface ThroughputSample {
  time: number;
  bytesIn: number | null;
  bytesOut: number | null;
  recordsIn: number | null;
}

export interface PartitionRow {
  topic: string;
  partition: number;
  internal: boolean;
  leader: number;
  leaderEpoch: number;
  replicas: number[];
  isr: number[];
  offline: number[];
  logStart: number;
  highWatermark: number;
  lastStable: number;
  size?: number | null;
}

export interface TopicRow {
  name: string;
  internal: boolean;
  partitions: number;
  replicationFactor: number;
  underReplicated: number;
  offline: number;
  records: number;
  size: number | null;
}

export interface ConfigEntry {
  name: string;
  value: string | null;
  source: string;
  readOnly: boolean;
  sensitive: boolean;
  isDefault: boolean;
}

export interface TopicDetail extends TopicRow {
  partitionDetails: PartitionRow[];
  configs: ConfigEntry[];
}

export interface RecordView {
  partition: number;
  offset: number;
  timestamp: number;
  timestampType: string;
  key: string | null;
  value: string | null;
  keySize: number;
  valueSize: number;
  truncated: boolean;
  headers: { key: string; value: string | null }[];
  leaderEpoch: number;
  producerId: number;
  transactional: boolean;
  control?: 'COMMIT' | 'ABORT';
  txn?: 'committed' | 'aborted' | 'open';
}

export interface BrowseResult {
  records: RecordView[];
  cursor: Record<string, number>;
  ranges: Record<string, { start: number; end: number }>;
  scanned: number;
  complete: boolean;
}

export interface GroupRow {
  groupId: string;
  state: string;
  type: string;
  protocolType: string;
  coordinator: number;
  members: number | null;
  lag: number | null;
}

export interface Assigned {
  topic: string;
  partitions: number[];
}

export interface GroupDetail {
  /** `consumer` for a KIP-848 group. */
  type: 'classic' | 'consumer';
  groupId: string;
  state: string;
  protocolType: string;
  protocol: string;
  coordinator: number;
  /** KIP-848 only: null for classic groups. */
  groupEpoch: number | null;
  assignmentEpoch: number | null;
  assignor: string | null;
  members: {
    memberId: string;
    groupInstanceId: string | null;
    clientId: string;
    clientHost: string;
    assignment: Assigned[];
    /** KIP-848 only: null for classic members. */
    memberEpoch: number | null;
    subscribedTopics: string[] | null;
    subscribedTopicRegex: string | null;
    targetAssignment: Assigned[] | null;
  }[];
  offsets: {
    topic: string;
    partition: number;
    committed: number;
    logEnd: number;
    lag: number | null;
    member: string | null;
  }[];
  totalLag: number;
  lagHistory: { time: number; lag: number }[];
}

export interface FaultInfo {
  id: string;
  kind: 'error' | 'drop' | 'latency' | 'hold' | 'api-version-cap';
  broker: number | null;
  api: string | null;
  topic: string | null;
  partition: number | null;
  error?: string;
  remaining?: number | null;
  probability?: number | null;
  hits?: number;
  ms?: number;
  held?: number;
  maxVersion?: number;
}

export interface BrokerStatus {
  nodeId: number;
  host: string;
  port: number;
  state: 'running' | 'stopped' | 'paused';
}

export interface RequestEntry {
  seq: number;
  nodeId: number;
  apiKey: number;
  api: string;
  apiVersion: number;
  clientId: string | null;
  correlationId: number;
  receivedAt: number;
  durationMs: number | null;
  fault: string | null;
}
