/**
 * The control API: one set of operations on a running cluster, reached from TypeScript (`broker.control`,
 * `startCluster().control`), over HTTP (`admin-http.ts`) and from `samsa ctl`. Brokers: stop / start (listener
 * closed, connections dropped, replicas leave the ISR and leaders move through replication) and pause / resume
 * (connections accepted, requests held unanswered). Partitions: leader moves, ISR changes, leaderless, through the
 * replication layer. Faults on the request path (`faults.ts`): errors, dropped connections, latency, holds,
 * ApiVersions caps, each with an id; a request log; list and clear. Compaction: a log cleaner pass now on a compacted
 * topic's partitions (or every compacted topic's), answered with what it removed. Consumer groups (KIP-848): their
 * target and current assignments.
 *
 * APIs and errors are given by Kafka name or number; bad input throws `ControlInputError`, an unknown broker or
 * fault id `ControlNotFoundError`, and replication's own refusals (a leader outside the ISR) their `KafkaError`.
 */
import type { ConsumerGroupAssignments } from '@samsa/coordinator';
import type { Logger } from 'pino';
import type { ClientInstanceView } from '../telemetry/client-telemetry';
import type { Cluster } from '../cluster';
import { KafkaError } from '../errors';
import type { Listener } from '../network/listener';
import type { FaultInjector, FaultRule, RuleMatch } from './faults';
import { apiName, ControlInputError, ControlNotFoundError, errorName, resolveApiKey, resolveErrorCode } from './names';
import type { PartitionControl, PartitionDescription } from './partition-control';
import type { CompactionResult, PartitionCleanerState } from '../replica-manager';
import type { RequestLogEntry } from './request-log';

/** Which requests a fault applies to; every field left out matches anything. */
export interface FaultScope {
  /** Node id of the broker that receives the request. */
  readonly broker?: number;
  /** API name (`Produce`) or key (0). */
  readonly api?: number | string;
  /** Only requests naming this topic. */
  readonly topic?: string;
  /** Only requests naming this partition. */
  readonly partition?: number;
  /** Only requests of this principal (`User:alice`). */
  readonly principal?: string;
  /** Only requests that came in on this listener (`SASL_SSL`). */
  readonly listener?: string;
}

export interface ErrorSpec extends FaultScope {
  readonly api: number | string;
  /** Kafka error name (`NOT_LEADER_OR_FOLLOWER`) or code (6). */
  readonly error: number | string;
  /** How many matching requests fail (default 1, or unlimited when `probability` is given). */
  readonly count?: number;
  /** Chance in (0, 1] that a matching request fails. */
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
  readonly principal?: string;
  readonly listener?: string;
}

export type HoldSpec = FaultScope;

export interface ApiVersionCapSpec {
  readonly api: number | string;
  /** Highest version advertised and served; below the API's minimum, the API disappears. */
  readonly maxVersion: number;
  readonly broker?: number;
}

/** A fault as listed (JSON-ready). */
export interface FaultInfo {
  readonly id: string;
  readonly kind: FaultRule['kind'];
  readonly broker: number | null;
  readonly api: string | null;
  readonly apiKey: number | null;
  readonly topic: string | null;
  readonly partition: number | null;
  readonly principal: string | null;
  readonly listener: string | null;
  readonly error?: string;
  readonly errorCode?: number;
  /** Matches left (null: unlimited). */
  readonly remaining?: number | null;
  readonly probability?: number | null;
  readonly hits?: number;
  readonly ms?: number;
  /** Requests waiting on this hold. */
  readonly held?: number;
  readonly maxVersion?: number;
}

export type BrokerState = 'running' | 'stopped' | 'paused';

export interface BrokerStatus {
  readonly nodeId: number;
  readonly host: string;
  readonly port: number;
  readonly state: BrokerState;
}

export interface ControlState {
  readonly brokers: BrokerStatus[];
  readonly faults: FaultInfo[];
  readonly requestLog: { readonly enabled: boolean };
}

export interface ClusterControlOptions {
  readonly cluster: Cluster;
  readonly faults: FaultInjector;
  readonly listeners: ReadonlyMap<number, Listener>;
  /** The replication layer's partition operations; null when the broker runs without one. */
  readonly replication: () => PartitionControl | null;
  /** A log cleaner pass now on the compacted partitions hosted (all, a topic's, or one). */
  readonly compact: (topic?: string, partition?: number) => Promise<CompactionResult[]>;
  /** The log cleaner's state of each replica of a partition. */
  readonly cleanerStates: (topic: string, partition: number) => PartitionCleanerState[];
  /** A KIP-848 consumer group's epochs and assignments, null when there is none (or no group coordinator). */
  readonly consumerGroup?: (groupId: string) => ConsumerGroupAssignments | null;
  /** Forces (or with null, stops forcing) the preferred read replica the leader names to consumers (KIP-392). */
  readonly forceReadReplica: (topic: string, partition: number, nodeId: number | null) => void;
  /** The client instances of client telemetry (KIP-714) with the metrics each pushed last. */
  readonly clientTelemetry?: () => ClientInstanceView[];
  /** Fails a broker's log dir (`log.dirs` entry) at run time; the directory fenced, null when not in log.dirs. */
  readonly failLogDir?: (nodeId: number, logDir: string) => string | null;
  /** A broker's log dirs (as in `log.dirs`) that are offline. */
  readonly offlineLogDirs?: (nodeId: number) => string[];
  readonly logger: Logger;
}

export class ClusterControl {
  readonly #opts: ClusterControlOptions;
  readonly #stopped = new Set<number>();
  /** Serialises stop/start of each broker, so overlapping calls cannot interleave a halt and a start. */
  readonly #brokerOps = new Map<number, Promise<void>>();

  constructor(opts: ClusterControlOptions) {
    this.#opts = opts;
  }

  get clusterId(): string {
    return this.#opts.cluster.clusterId;
  }

  /** Node id of the controller (the lowest running broker; -1 when all are stopped). */
  get controllerId(): number {
    return this.#opts.cluster.controllerId;
  }

  brokers(): BrokerStatus[] {
    const paused = new Set(this.#opts.faults.pausedNodes);
    return [...this.#opts.listeners.entries()]
      .sort(([a], [b]) => a - b)
      .map(([nodeId, listener]) => ({
        nodeId,
        host: listener.node.host,
        port: listener.node.port,
        state: this.#stopped.has(nodeId) ? 'stopped' : paused.has(nodeId) ? 'paused' : 'running',
      }));
  }

  /**
   * Stops a broker as if its process died: its listener closes, its connections drop (requests in flight are not
   * answered), it leaves the live brokers in Metadata, its replicas leave every ISR and the partitions it led elect
   * a new leader. No-op when already stopped.
   */
  stopBroker(nodeId: number): Promise<void> {
    const listener = this.#listener(nodeId);
    return this.#serial(nodeId, async () => {
      if (this.#stopped.has(nodeId)) return;
      this.#stopped.add(nodeId);
      this.#opts.faults.abandonNode(nodeId);
      this.#opts.faults.resume(nodeId);
      await listener.halt();
      this.#opts.replication()?.brokerDown(nodeId);
      // A stopped broker is no longer paused: started again, it fetches.
      this.#opts.replication()?.brokerResumed(nodeId);
      this.#opts.logger.info({ nodeId }, 'broker stopped by control');
    });
  }

  /** Starts a stopped broker on its former port; its replicas catch up and rejoin the ISR. No-op when running. */
  startBroker(nodeId: number): Promise<void> {
    const listener = this.#listener(nodeId);
    return this.#serial(nodeId, async () => {
      if (!this.#stopped.has(nodeId)) return;
      await listener.start();
      this.#stopped.delete(nodeId);
      this.#opts.replication()?.brokerUp(nodeId);
      this.#opts.logger.info({ nodeId }, 'broker started by control');
    });
  }

  /**
   * The broker keeps accepting connections and reading requests but answers none until resumed; its replicas stop
   * fetching, so after replica.lag.time.max.ms they leave the ISRs of the partitions other brokers lead.
   */
  pauseBroker(nodeId: number): void {
    this.#listener(nodeId);
    this.#opts.faults.pause(nodeId);
    if (!this.#stopped.has(nodeId)) this.#opts.replication()?.brokerPaused(nodeId);
  }

  /** Answers everything the paused broker held and goes back to normal. */
  resumeBroker(nodeId: number): void {
    this.#listener(nodeId);
    this.#opts.faults.resume(nodeId);
    this.#opts.replication()?.brokerResumed(nodeId);
  }

  moveLeader(topic: string, partition: number, nodeId: number): PartitionDescription {
    this.#partitionArgs(topic, partition);
    this.#listener(nodeId);
    const replication = this.#replication();
    replication.moveLeader(topic, partition, nodeId);
    return replication.describe(topic, partition);
  }

  setIsr(topic: string, partition: number, isr: readonly number[]): PartitionDescription {
    this.#partitionArgs(topic, partition);
    if (!Array.isArray(isr) || !isr.every((n) => Number.isInteger(n)))
      throw new ControlInputError('isr must be a list of node ids');
    const replication = this.#replication();
    replication.setIsr(topic, partition, isr);
    return replication.describe(topic, partition);
  }

  setLeaderless(topic: string, partition: number): PartitionDescription {
    this.#partitionArgs(topic, partition);
    const replication = this.#replication();
    replication.setLeaderless(topic, partition);
    return replication.describe(topic, partition);
  }

  /**
   * Makes the leader of a partition answer every v11+ consumer fetch with `nodeId` (a replica of it) as the preferred
   * read replica, whatever replica.selector.class and the consumer's rack; null goes back to the selector. Kafka has
   * no such call: it lets a test send consumers to a chosen follower.
   */
  setPreferredReadReplica(
    topic: string,
    partition: number,
    nodeId: number | null,
  ): { topic: string; partition: number; preferredReadReplica: number | null } {
    this.#partitionArgs(topic, partition);
    if (nodeId !== null && !Number.isInteger(nodeId)) throw new ControlInputError('broker must be a node id or null');
    this.#opts.forceReadReplica(topic, partition, nodeId);
    return { topic, partition, preferredReadReplica: nodeId };
  }

  describePartition(topic: string, partition: number): PartitionDescription {
    this.#partitionArgs(topic, partition);
    return this.#replication().describe(topic, partition);
  }

  /**
   * A KIP-848 consumer group as its coordinator holds it: group epoch, target assignment epoch, state, and per
   * member its epoch, reconciliation state, protocol (consumer, or classic during a migration) and current, pending
   * and target partitions by topic name. ControlNotFoundError for a group that is not a consumer group here.
   */
  describeConsumerGroup(groupId: string): ConsumerGroupAssignments {
    const found = this.#opts.consumerGroup?.(groupId) ?? null;
    if (found === null) throw new ControlNotFoundError(`no consumer group ${groupId}`);
    return found;
  }

  /**
   * The client instances that asked for telemetry subscriptions (KIP-714): client id, software, address, subscription
   * id, push interval, requested metrics, and the latest value of each metric point they pushed.
   */
  clientTelemetry(): ClientInstanceView[] {
    return this.#opts.clientTelemetry?.() ?? [];
  }

  /** The next `count` matching requests (or each with `probability`) are answered with `error`. */
  injectError(spec: ErrorSpec): FaultInfo {
    if (spec.api === undefined) throw new ControlInputError('api is required to inject an error');
    const errorCode = resolveErrorCode(spec.error);
    const { count, probability } = countAndProbability(spec);
    return info(this.#opts.faults.addError(this.#match(spec), errorCode, count, probability));
  }

  /** The next `count` matching requests (or each with `probability`) close their connection unanswered. */
  dropConnections(spec: DropSpec = {}): FaultInfo {
    const { count, probability } = countAndProbability(spec);
    return info(this.#opts.faults.addDrop(this.#match(spec), count, probability));
  }

  /** Matching requests are delayed by `ms` before they are handled (delays of several rules add up). */
  addLatency(spec: LatencySpec): FaultInfo {
    if (typeof spec.ms !== 'number' || !Number.isFinite(spec.ms) || spec.ms < 0 || spec.ms > 3_600_000) {
      throw new ControlInputError('ms must be a number of milliseconds between 0 and 3600000');
    }
    return info(
      this.#opts.faults.addLatency(
        this.#match({ broker: spec.broker, api: spec.api, principal: spec.principal, listener: spec.listener }),
        spec.ms,
      ),
    );
  }

  /** Matching requests wait, unhandled, until `release(id)` (or the fault is removed). */
  hold(spec: HoldSpec = {}): FaultInfo {
    return info(this.#opts.faults.addHold(this.#match(spec)));
  }

  /** Lets the requests a hold kept go on; returns how many there were. */
  release(id: string): number {
    const n = this.#opts.faults.release(id);
    if (n === null) throw new ControlNotFoundError(`no hold ${id}`);
    return n;
  }

  /** ApiVersions advertises at most `maxVersion` of the API (on one broker or all); higher requests close. */
  capApiVersion(spec: ApiVersionCapSpec): FaultInfo {
    const apiKey = resolveApiKey(spec.api);
    if (!Number.isInteger(spec.maxVersion) || spec.maxVersion < -1 || spec.maxVersion > 32767) {
      throw new ControlInputError('maxVersion must be an integer between -1 and 32767');
    }
    if (spec.broker !== undefined) this.#listener(spec.broker);
    return info(this.#opts.faults.addVersionCap(spec.broker ?? null, apiKey, spec.maxVersion));
  }

  startRequestLog(limit?: number): void {
    if (limit !== undefined && (!Number.isInteger(limit) || limit < 1))
      throw new ControlInputError('limit must be a positive integer');
    this.#opts.faults.setRequestLog(true, limit);
  }

  stopRequestLog(): void {
    this.#opts.faults.setRequestLog(false);
  }

  requests(
    filter: {
      broker?: number;
      api?: number | string;
      clientId?: string;
      principal?: string;
      listener?: string;
      afterSeq?: number;
    } = {},
  ): RequestLogEntry[] {
    return this.#opts.faults.requestLog.entries({
      ...(filter.broker !== undefined ? { nodeId: filter.broker } : {}),
      ...(filter.api !== undefined ? { apiKey: resolveApiKey(filter.api) } : {}),
      ...(filter.clientId !== undefined ? { clientId: filter.clientId } : {}),
      ...(filter.principal !== undefined ? { principal: filter.principal } : {}),
      ...(filter.listener !== undefined ? { listener: filter.listener } : {}),
      ...(filter.afterSeq !== undefined ? { afterSeq: filter.afterSeq } : {}),
    });
  }

  clearRequestLog(): void {
    this.#opts.faults.requestLog.clear();
  }

  faults(): FaultInfo[] {
    return this.#opts.faults.rules.map(info);
  }

  list(): ControlState {
    return {
      brokers: this.brokers(),
      faults: this.faults(),
      requestLog: { enabled: this.#opts.faults.requestLog.enabled },
    };
  }

  /** Removes one fault (a hold lets its requests go on). */
  remove(id: string): void {
    if (!this.#opts.faults.remove(id)) throw new ControlNotFoundError(`no fault ${id}`);
  }

  /**
   * Back to a healthy cluster: every fault removed (held requests go on), paused brokers resumed, stopped brokers
   * started again. The request log keeps its entries and its on/off state.
   */
  async clear(): Promise<void> {
    const paused = this.#opts.faults.pausedNodes;
    this.#opts.faults.clear();
    for (const nodeId of paused) this.#opts.replication()?.brokerResumed(nodeId);
    for (const nodeId of [...this.#stopped]) await this.startBroker(nodeId);
  }

  #match(scope: FaultScope): RuleMatch {
    if (scope.broker !== undefined) this.#listener(scope.broker);
    if (scope.topic !== undefined && (typeof scope.topic !== 'string' || scope.topic === ''))
      throw new ControlInputError('topic must be a non-empty string');
    if (scope.partition !== undefined && (!Number.isInteger(scope.partition) || scope.partition < 0)) {
      throw new ControlInputError('partition must be a non-negative integer');
    }
    for (const field of ['principal', 'listener'] as const) {
      const value = scope[field];
      if (value !== undefined && (typeof value !== 'string' || value === ''))
        throw new ControlInputError(`${field} must be a non-empty string`);
    }
    return {
      nodeId: scope.broker ?? null,
      apiKey: scope.api === undefined ? null : resolveApiKey(scope.api),
      topic: scope.topic ?? null,
      partition: scope.partition ?? null,
      principal: scope.principal ?? null,
      listener: scope.listener ?? null,
    };
  }

  /**
   * Fails broker `nodeId`'s log dir `logDir` (an entry of `log.dirs`) as a dead disk would: every later I/O under it
   * fails with EIO, so the dir goes offline with its replicas (Kafka's LogDirFailureChannel): leadership moves to an
   * in-sync replica of another broker where there is one, other partitions answer KAFKA_STORAGE_ERROR, and
   * DescribeLogDirs reports the dir with KAFKA_STORAGE_ERROR. Only a restart brings the dir back. Resolves with the
   * broker's offline log dirs.
   */
  async failLogDir(nodeId: number, logDir: string): Promise<{ offlineLogDirs: string[] }> {
    this.#listener(nodeId);
    if (typeof logDir !== 'string' || logDir === '') throw new ControlInputError('dir must be a non-empty string');
    const fail = this.#opts.failLogDir;
    if (!fail) throw new KafkaError('INVALID_REQUEST', 'this broker cannot fail log dirs');
    if (fail(nodeId, logDir) === null) throw new ControlNotFoundError(`no log dir ${logDir} in log.dirs`);
    // The dir goes offline once the probe's failure has been handled (a microtask later).
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.#opts.logger.info({ nodeId, logDir }, 'log dir failed by control');
    return { offlineLogDirs: this.#opts.offlineLogDirs?.(nodeId) ?? [] };
  }

  #listener(nodeId: number): Listener {
    const listener = Number.isInteger(nodeId) ? this.#opts.listeners.get(nodeId) : undefined;
    if (!listener) throw new ControlNotFoundError(`no broker ${nodeId}`);
    return listener;
  }

  #replication(): PartitionControl {
    const replication = this.#opts.replication();
    if (!replication)
      throw new KafkaError('INVALID_REQUEST', 'this broker runs without replication: partitions cannot be moved');
    return replication;
  }

  /**
   * Runs a log cleaner pass now (rolling each active segment first) on every replica of a compacted topic's
   * partitions, or of one partition, or of every compacted topic when none is named: Kafka has no such call, its
   * cleaner only runs in the background. min.compaction.lag.ms, the last stable offset and delete.retention.ms still
   * hold, so a tombstone goes in the first pass delete.retention.ms after the pass that first kept it. Resolves with
   * what each pass removed; a topic that is not compacted is bad input.
   */
  async compact(topic?: string, partition?: number): Promise<CompactionResult[]> {
    if (topic !== undefined) {
      if (typeof topic !== 'string' || topic === '') throw new ControlInputError('topic must be a non-empty string');
      if (!this.#opts.cluster.topicByName(topic)) throw new ControlNotFoundError(`no topic ${topic}`);
      if (partition !== undefined) this.#partitionArgs(topic, partition);
    } else if (partition !== undefined) throw new ControlInputError('a partition needs its topic');
    const results = await this.#opts.compact(topic, partition);
    const refused = results.find((r) => r.error === 'cleanup.policy does not include compact');
    if (refused)
      throw new ControlInputError(`topic ${refused.topic} is not compacted (its cleanup.policy has no compact)`);
    return results;
  }

  /**
   * The log cleaner's state of each replica of a partition: the first dirty offset, the dirty ratio, the last pass's
   * end, and what the passes read and removed since the log was opened (DescribeLogDirs has no field for it).
   */
  cleanerState(topic: string, partition: number): PartitionCleanerState[] {
    this.#partitionArgs(topic, partition);
    return this.#opts.cleanerStates(topic, partition);
  }

  #partitionArgs(topic: string, partition: number): void {
    if (typeof topic !== 'string' || topic === '') throw new ControlInputError('topic must be a non-empty string');
    if (!Number.isInteger(partition) || partition < 0)
      throw new ControlInputError('partition must be a non-negative integer');
    const state = this.#opts.cluster.topicByName(topic);
    if (!state || partition >= state.partitions.length)
      throw new ControlNotFoundError(`no partition ${topic}-${partition}`);
  }

  #serial(nodeId: number, op: () => Promise<void>): Promise<void> {
    const prev = this.#brokerOps.get(nodeId) ?? Promise.resolve();
    const next = prev.then(op, op);
    this.#brokerOps.set(
      nodeId,
      next.catch(() => undefined),
    );
    return next;
  }
}

function countAndProbability(spec: { count?: number; probability?: number }): {
  count: number | null;
  probability: number | null;
} {
  const { count, probability } = spec;
  if (count !== undefined && (!Number.isInteger(count) || count < 1))
    throw new ControlInputError('count must be a positive integer');
  if (probability !== undefined && (typeof probability !== 'number' || !(probability > 0 && probability <= 1))) {
    throw new ControlInputError('probability must be in (0, 1]');
  }
  return { count: count ?? (probability === undefined ? 1 : null), probability: probability ?? null };
}

function info(rule: FaultRule): FaultInfo {
  if (rule.kind === 'api-version-cap') {
    return {
      id: rule.id,
      kind: rule.kind,
      broker: rule.nodeId,
      api: apiName(rule.apiKey),
      apiKey: rule.apiKey,
      topic: null,
      partition: null,
      principal: null,
      listener: null,
      maxVersion: rule.maxVersion,
    };
  }
  const base = {
    id: rule.id,
    kind: rule.kind,
    broker: rule.match.nodeId,
    api: rule.match.apiKey === null ? null : apiName(rule.match.apiKey),
    apiKey: rule.match.apiKey,
    topic: rule.match.topic,
    partition: rule.match.partition,
    principal: rule.match.principal,
    listener: rule.match.listener,
    hits: rule.hits,
  };
  switch (rule.kind) {
    case 'error':
      return {
        ...base,
        error: errorName(rule.errorCode),
        errorCode: rule.errorCode,
        remaining: rule.remaining,
        probability: rule.probability,
      };
    case 'drop':
      return { ...base, remaining: rule.remaining, probability: rule.probability };
    case 'latency':
      return { ...base, ms: rule.ms };
    case 'hold':
      return { ...base, held: rule.waiting.size };
  }
}
