/**
 * The partitions this broker process hosts and everything done to their logs (Kafka's ReplicaManager): it opens the
 * storage LogManager at start-up, keeps one `ReplicaPartition` per topic partition in step with the cluster state
 * (CreateTopics creates logs, DeleteTopics deletes them, topics restored at start-up reopen theirs), appends produced
 * batches, and gives the coordinators the logs of internal topics (`ensureInternalTopic`, `log`, `appendInternal`).
 * Fetch reads (parked until `min_bytes` arrive) are fetch/fetch-reader.ts's and offset lookups
 * replica/offset-lookups.ts's; the methods here hand them the partition.
 *
 * Each replica living in this process (one per broker identity in the partition's replica list) has its own log, in
 * the log dirs of its broker identity: the first identity (`node.id`) uses `log.dirs`, identity N uses
 * `<log dir>/.replicas/node-N` (a name no topic partition can take). With one replica (replication.factor 1, the
 * default single broker) the high watermark follows the log end offset after each append, with no further work;
 * replicated partitions go through `replication/replication.ts` (followers copy, ISR, high watermark, elections). The
 * last stable offset is the log's (the oldest open transaction's first offset, capped by the high watermark):
 * READ_COMMITTED fetches and ListOffsets read below it, and fetches list the aborted transactions overlapping what
 * they return. Transaction markers from the coordinator arrive through `writeTxnMarker`. The leader epoch is the partition's epoch
 * from the cluster state; every batch is written with it, and each log keeps its epoch history (leader-epoch-checkpoint).
 *
 * Produced records are validated by storage's log validator; appends stay synchronous (and so in arrival order)
 * unless a batch needs async work first — legacy conversion, recompression to the topic's `compression.type`, or the
 * records of compressed data. Then that append and every later one on the same partition go through the partition's
 * queue, so the order is kept either way.
 */
import {
  type KafkaStorageError,
  LogDirFence,
  LogManager,
  logManagerConfigFromProps,
  selectSegmentIO,
  validateProducedRecords,
  ValidatedRecords,
  PartitionOfflineError,
  logConfigFromBrokerProps,
  logToClean,
  resolveLogConfig,
  type AppendResult,
  type CleanResult,
  type CleanerState,
  type LogConfig,
  type OpenHandleStats,
  type PartitionLog,
  type Scheduler,
  type SegmentIO,
} from '@samsa/storage';
import type { ErrorCodeName } from '@samsa/protocol';
import { join, resolve } from 'node:path';
import type { Logger } from 'pino';
import type { Cluster, PartitionState, TopicChange, TopicState } from './cluster';
import type { BrokerConfig } from './config';
import { KafkaError } from './errors';
import { FetchSessionCache } from './fetch/fetch-session';
import { ReadReplicaSelector } from './fetch/read-replica-selector';
import {
  FetchReader,
  type FetchParams,
  type FetchPartitionRequest,
  type PartitionReadResult,
} from './fetch/fetch-reader';
import {
  checkLeaderEpoch,
  endOffsetForEpoch,
  legacyOffsetsBefore,
  offsetForTimestamp,
  type OffsetAndEpoch,
} from './replica/offset-lookups';
import { ReplicaPartition, type Replica } from './replica/replica-partition';
import { newFetchState } from './replication/follower-state';
import { Replication } from './replication/replication';
import { resolveTopicSettings, type TopicSettings } from './replica/topic-settings';
import { chooseFileBudget } from './replica/file-budget';
import { LogDirMover, type FutureReplica } from './replica/log-dir-mover';

export { ReplicaPartition } from './replica/replica-partition';

/** The log cleaner's state of one replica's log (`cleanerStates`). */
export interface PartitionCleanerState extends CleanerState {
  readonly broker: number;
  /** cleanup.policy includes compact (only then does the cleaner touch the log). */
  readonly compacted: boolean;
  /** Share of the log a pass would clean now (Kafka's cleanable ratio). */
  readonly dirtyRatio: number;
}

/** What a cleaning pass removed from one replica's log (`compact`). */
export interface CompactionResult extends CleanResult {
  /** The broker identity whose replica was cleaned. */
  readonly broker: number;
}

/** Kafka's fetch session eviction age (KafkaServer.MIN_INCREMENTAL_FETCH_SESSION_EVICTION_MS). */
export const FETCH_SESSION_EVICTION_MS = 120_000;

export interface ReplicaManagerOptions {
  readonly cluster: Cluster;
  readonly config: BrokerConfig;
  readonly logger: Logger;
  /** Wall clock for appends, timestamp checks, retention and fetch sessions (tests move it). */
  readonly clock?: () => number;
  readonly scheduler?: Scheduler;
}

export interface AppendOptions {
  readonly apiVersion: number;
  /** -1, 0 or 1 (validated by the caller). */
  readonly requiredAcks: number;
  /** The request's timeout_ms: how long an acks=-1 append may wait for the ISR (REQUEST_TIMED_OUT after). */
  readonly timeoutMs?: number;
}

/** ProduceRequest's timeout when a caller gives none (request.timeout.ms of the Java producer). */
const DEFAULT_PRODUCE_TIMEOUT_MS = 30_000;

export interface PartitionAppendResult {
  readonly baseOffset: number;
  readonly logAppendTime: number;
  readonly logStartOffset: number;
}

/** A transaction marker for one data partition (WriteTxnMarkers). */
export interface TxnMarkerWrite {
  readonly producerId: number;
  readonly producerEpoch: number;
  readonly coordinatorEpoch: number;
  readonly committed: boolean;
  /** The broker identity the marker was sent to (WriteTxnMarkers over the wire): it must lead the partition. */
  readonly nodeId?: number;
}

export class ReplicaManager {
  readonly #cluster: Cluster;
  readonly #io: SegmentIO;
  readonly #logger: Logger;
  readonly #clock: () => number;
  /** The log manager of each broker identity of this process (the first one's is `#logs`). */
  readonly #logs: LogManager;
  readonly #logsByNode: ReadonlyMap<number, LogManager>;
  readonly #replication: Replication;
  readonly #partitions = new Map<string, ReplicaPartition[]>();
  readonly #fetches: FetchReader;
  readonly #unwatch: () => void;
  readonly fetchSessions: FetchSessionCache;
  /** Preferred read replicas for consumer fetches (replica.selector.class, KIP-392; forced ones from the control API). */
  readonly readReplicas: ReadReplicaSelector;
  readonly #storageBackend: string;
  readonly #mover: LogDirMover;
  readonly #fence: LogDirFence;
  /** `topic-partition@nodeId` of replicas whose log dir failed while the broker ran (Metadata's offline_replicas). */
  readonly #offlineReplicas = new Set<string>();
  #closing = false;
  #closed = false;

  private constructor(o: ReplicaManagerOptions, io: LogDirFence, logsByNode: ReadonlyMap<number, LogManager>) {
    this.#io = io;
    this.#fence = io;
    this.#storageBackend = io.name;
    this.#cluster = o.cluster;
    this.#logger = o.logger;
    this.#clock = o.clock ?? Date.now;
    this.#logs = logsByNode.get(o.config.nodeId) as LogManager;
    this.#logsByNode = logsByNode;
    const slots = o.config.int('max.incremental.fetch.session.cache.slots');
    this.fetchSessions = new FetchSessionCache(slots, FETCH_SESSION_EVICTION_MS);
    this.readReplicas = new ReadReplicaSelector(o.config.stringOrNull('replica.selector.class'));
    this.#fetches = new FetchReader(o.logger, () => this.#closing);
    this.#mover = new LogDirMover({
      logger: o.logger,
      logsOf: (nodeId) => this.#logsOf(nodeId),
      bytesPerSecond: (nodeId) => this.#alterLogDirsRate(nodeId),
    });
    this.#replication = new Replication(
      {
        cluster: o.cluster,
        logger: o.logger,
        clock: this.#clock,
        partition: (topic, index) => this.partition(topic, index),
        hostedPartitions: () => this.#hostedPartitions(),
      },
      {
        fetchMaxBytes: o.config.int('replica.fetch.max.bytes'),
        lagTimeMaxMs: o.config.int('replica.lag.time.max.ms'),
        fetchBackoffMs: o.config.int('replica.fetch.backoff.ms'),
        quotaWindowNum: o.config.int('replication.quota.window.num'),
        quotaWindowMs: o.config.int('replication.quota.window.size.seconds') * 1000,
      },
    );
    for (const topic of this.#cluster.topics) this.#openTopic(topic);
    this.#removeStrayLogs();
    this.#unwatch = this.#cluster.watch((change) => this.#onTopicChange(change));
  }

  /**
   * Opens the log dirs of every broker identity (recovering after an unclean stop) and the logs of every replica the
   * cluster places on them.
   */
  static open(o: ReplicaManagerOptions): ReplicaManager {
    const maxOpenFiles = chooseFileBudget(o.config, o.logger);
    // Every segment I/O goes through a fence so a log dir can be failed at run time (control API failLogDir).
    const io = new LogDirFence(
      selectSegmentIO(o.config.storage === 'memory' ? 'memory' : 'auto', o.logger, { maxOpenFiles }),
    );
    // Dynamic broker configs (AlterConfigs) are part of the defaults, as in Kafka after a restart.
    const props: Record<string, string> = Object.fromEntries(o.cluster.brokerProps);
    // Normalised, so every path storage derives from a dir names it the same way.
    const baseDirs = o.config.logDirs.map((d) => resolve(d));
    const logsByNode = new Map<number, LogManager>();
    // I/O failures of a log dir reach the manager once it exists (none can happen before: opening fails instead).
    let onFailure: ((nodeId: number, dir: string, error: KafkaStorageError) => void) | null = null;
    try {
      for (let i = 0; i < o.config.brokerCount; i++) {
        const nodeId = o.config.nodeId + i;
        logsByNode.set(
          nodeId,
          openLogManager(
            o,
            io,
            props,
            i === 0 ? baseDirs : baseDirs.map((d) => join(d, REPLICA_DIRS, `node-${nodeId}`)),
            (dir, error) => onFailure?.(nodeId, dir, error),
          ),
        );
      }
      const manager = new ReplicaManager(o, io, logsByNode);
      onFailure = (nodeId, dir, error) => manager.#onLogDirFailure(nodeId, dir, error);
      return manager;
    } catch (err) {
      for (const logs of logsByNode.values()) logs.close();
      throw err;
    }
  }

  /** Storage's open segment files: the budget (samsa.max.open.files), how many are open, the most ever open. */
  openHandles(): OpenHandleStats {
    return this.#io.openHandles();
  }

  /** Leadership and ISR control (brokers stopping and starting, elections); see replication/control.ts. */
  get replication(): Replication {
    return this.#replication;
  }

  *#hostedPartitions(): Iterable<ReplicaPartition> {
    for (const parts of this.#partitions.values()) for (const p of parts) if (p) yield p;
  }

  /** Every partition hosted here, of every topic (internal ones included). */
  partitions(): Iterable<ReplicaPartition> {
    return this.#hostedPartitions();
  }

  /** The storage backend the logs live on: 'native', 'fallback' (TypeScript file I/O) or 'memory'. */
  get storageBackend(): string {
    return this.#storageBackend;
  }

  get clock(): () => number {
    return this.#clock;
  }

  // ---------------------------------------------------------------- partitions

  /** The hosted partition, or undefined when the topic or partition does not exist here. */
  partition(topic: string, index: number): ReplicaPartition | undefined {
    return this.#partitions.get(topic)?.[index];
  }

  /**
   * The partition a client request may use: UNKNOWN_TOPIC_OR_PARTITION when it does not exist,
   * NOT_LEADER_OR_FOLLOWER when another broker identity leads it.
   */
  leaderPartition(topic: string, index: number, nodeId: number): ReplicaPartition {
    const p = this.partition(topic, index);
    if (!p || p.deleted) {
      const known = this.#cluster.topicByName(topic);
      if (known && Number.isInteger(index) && index >= 0 && index < known.partitions.length) {
        throw new KafkaError('KAFKA_STORAGE_ERROR', `The log of ${topic}-${index} could not be opened`);
      }
      throw new KafkaError('UNKNOWN_TOPIC_OR_PARTITION', 'This server does not host this topic-partition.');
    }
    if (p.state.leader !== nodeId) {
      throw new KafkaError(
        'NOT_LEADER_OR_FOLLOWER',
        p.state.leader === -1
          ? `${p.name} has no leader`
          : `Broker ${nodeId} is not the leader of ${p.name}; broker ${p.state.leader} is.`,
      );
    }
    return p;
  }

  /** Partition.checkCurrentLeaderEpoch: -1 skips the check (replica/offset-lookups.ts). */
  checkLeaderEpoch(p: ReplicaPartition, requested: number): void {
    checkLeaderEpoch(p, requested);
  }

  // ---------------------------------------------------------------- produce

  /**
   * Appends a partition's records from a produce request. Resolves with the offsets assigned; rejects with the
   * partition's Kafka error (nothing is written then). The records go through storage's one validator
   * (log-validator.ts): uncompressed batches are validated and appended in the same tick; a set that needs async work
   * (compressed, recompressed, legacy) finishes its validation in the partition's append queue.
   */
  appendRecords(
    p: ReplicaPartition,
    records: Buffer,
    options: AppendOptions,
  ): PartitionAppendResult | Promise<PartitionAppendResult> {
    if (options.requiredAcks === -1 && p.state.isr.length < p.settings.minInsyncReplicas) {
      throw new KafkaError(
        'NOT_ENOUGH_REPLICAS',
        `The size of the current ISR ${p.state.isr.length} is insufficient to satisfy the min.isr requirement of ${p.settings.minInsyncReplicas} for partition ${p.name}`,
      );
    }
    const now = this.#clock();
    const checked = validateProducedRecords(records, {
      rules: p.settings,
      config: p.log.config,
      topicPartition: p.name,
      now,
    });
    const waitForIsr = options.requiredAcks === -1 && p.replicated;
    if (!p.appendsQueued && checked instanceof ValidatedRecords) {
      const result = this.#appendNow(p, checked, now);
      return waitForIsr ? this.#awaitIsr(p, result, options) : result;
    }
    const appended = p.enqueue(async () => {
      const at = this.#clock();
      return this.#appendNow(p, checked instanceof ValidatedRecords ? checked : await checked.finish(at), at);
    });
    // The wait for the ISR stays outside the queue: later appends need not wait for this one's replication.
    return waitForIsr ? appended.then((result) => this.#awaitIsr(p, result, options)) : appended;
  }

  /** acks=-1 on a replicated partition: the answer waits until the ISR has the batch (DelayedProduce). */
  #awaitIsr(
    p: ReplicaPartition,
    result: PartitionAppendResult & { readonly requiredOffset: number; readonly leaderId: number },
    options: AppendOptions,
  ): PartitionAppendResult | Promise<PartitionAppendResult> {
    const waiting = this.#replication.whenReplicated(
      p,
      result.leaderId,
      result.requiredOffset,
      options.timeoutMs ?? DEFAULT_PRODUCE_TIMEOUT_MS,
    );
    return waiting === null ? result : waiting.then(() => result);
  }

  #appendNow(
    p: ReplicaPartition,
    validated: ValidatedRecords,
    now: number,
  ): PartitionAppendResult & { readonly requiredOffset: number; readonly leaderId: number } {
    if (p.deleted)
      throw new KafkaError('UNKNOWN_TOPIC_OR_PARTITION', 'This server does not host this topic-partition.');
    const result = p.log.append(validated, { leaderEpoch: p.leaderEpoch, now });
    const bytes = validated.records.length;
    p.traffic.appended(bytes, result.baseOffset, result.lastOffset, result.duplicate);
    if (p.replicated) this.#replication.afterLeaderAppend(p);
    else {
      this.#advanceHighWatermark(p.log);
      p.notifyAppend(bytes);
    }
    // requiredOffset: the high watermark that commits this batch (a retried duplicate: its original offsets).
    return {
      baseOffset: result.baseOffset,
      logAppendTime: result.logAppendTime,
      logStartOffset: result.logStartOffset,
      requiredOffset: result.lastOffset + 1,
      leaderId: p.state.leader,
    };
  }

  /** Single replica: the ISR is this broker alone, so everything appended is committed. */
  #advanceHighWatermark(log: PartitionLog): void {
    if (log.highWatermark < log.logEndOffset) log.setHighWatermark(log.logEndOffset);
  }

  // ---------------------------------------------------------------- fetch and offsets

  /** Reads every partition of a fetch, parking it until `minBytes` arrive when Kafka would (fetch/fetch-reader.ts). */
  fetchMessages(
    params: FetchParams,
    requests: readonly FetchPartitionRequest[],
  ): PartitionReadResult[] | Promise<PartitionReadResult[]> {
    return this.#fetches.fetchMessages(params, requests);
  }

  /** Fetches waiting for data right now (for tests and metrics). */
  get parkedFetches(): number {
    return this.#fetches.parkedFetches;
  }

  /** ListOffsets by timestamp for one partition (replica/offset-lookups.ts). */
  offsetForTimestamp(p: ReplicaPartition, timestamp: number, isolation: number | null): Promise<OffsetAndEpoch | null> {
    return offsetForTimestamp(p, timestamp, isolation);
  }

  /** ListOffsets v0 (replica/offset-lookups.ts). */
  legacyOffsetsBefore(p: ReplicaPartition, timestamp: number, maxNumOffsets: number, fromConsumer: boolean): number[] {
    return legacyOffsetsBefore(p, timestamp, maxNumOffsets, fromConsumer, this.#clock());
  }

  /** The end offset of a leader epoch on the leader's log (replica/offset-lookups.ts). */
  endOffsetForEpoch(p: ReplicaPartition, requestedEpoch: number): { leaderEpoch: number; offset: number } {
    return endOffsetForEpoch(p, requestedEpoch);
  }

  // ---------------------------------------------------------------- internal topics

  /**
   * Creates an internal topic (`__consumer_offsets`, `__transaction_state`) in the cluster state when it is missing,
   * with `partitions` partitions, a replication factor capped to the live brokers, and `configs` as topic overrides;
   * its logs are opened like any topic's. Needs at least one live broker (call it once listeners are up, or lazily
   * as Kafka does on the first FindCoordinator).
   */
  ensureInternalTopic(
    name: string,
    partitions: number,
    configs: Readonly<Record<string, string>> = {},
    replicationFactor = 1,
  ): TopicState {
    const existing = this.#cluster.topicByName(name);
    if (existing) return existing;
    const live = Math.max(1, this.#cluster.brokers.length);
    let created: TopicState;
    try {
      created = this.#cluster.createTopic({
        name,
        numPartitions: partitions,
        replicationFactor: Math.min(replicationFactor, live),
        assignments: [],
        configs: Object.entries(configs).map(([key, value]) => ({ name: key, value })),
      });
    } catch (err) {
      // As Kafka answers FindCoordinator while the internal topic cannot be created: retriable, try again later.
      if (err instanceof KafkaError && err.errorName === 'KAFKA_STORAGE_ERROR')
        throw new KafkaError('COORDINATOR_NOT_AVAILABLE', err.message);
      throw err;
    }
    this.#logger.info({ topic: name, partitions }, 'internal topic created');
    return created;
  }

  /** The storage log of a hosted partition (internal-topic replay reads it directly). */
  log(topic: string, partition: number): PartitionLog | undefined {
    return this.partition(topic, partition)?.log;
  }

  /** The log of broker identity `nodeId`'s replica of a partition, leader or follower. */
  replicaLog(topic: string, partition: number, nodeId: number): PartitionLog | undefined {
    return this.#logsOf(nodeId).getPartition(topic, partition);
  }

  /**
   * The directories broker identity `nodeId` keeps its replicas in, one per `log.dirs` entry and in its order (the
   * first identity's are the log dirs themselves; the others' are under `.replicas/node-<id>/` in each).
   */
  logDirsOf(nodeId: number): readonly string[] {
    return this.#logsOf(nodeId).logDirs;
  }

  /**
   * Appends broker-written batches (coordinator records, control batches) to a hosted partition: the client-only
   * batch rules are skipped, the high watermark advances, and parked fetches are woken.
   */
  appendInternal(topic: string, partition: number, records: Buffer): AppendResult {
    const p = this.partition(topic, partition);
    if (!p || p.deleted) throw new KafkaError('UNKNOWN_TOPIC_OR_PARTITION', `${topic}-${partition} is not hosted here`);
    if (p.state.leader === -1) throw new KafkaError('NOT_LEADER_OR_FOLLOWER', `${p.name} has no leader`);
    const result = p.log.append(records, { leaderEpoch: p.leaderEpoch, now: this.#clock(), fromClient: false });
    p.traffic.appended(records.length, result.baseOffset, result.lastOffset, result.duplicate);
    if (p.replicated) this.#replication.afterInternalAppend(p);
    else {
      this.#advanceHighWatermark(p.log);
      p.notifyAppend(records.length);
    }
    return result;
  }

  // ---------------------------------------------------------------- transactions

  /**
   * Writes a transaction's COMMIT or ABORT marker into a data partition (the WriteTxnMarkers path of Kafka's
   * ReplicaManager.appendRecords with acks=-1): the partition must be hosted (UNKNOWN_TOPIC_OR_PARTITION) and led by
   * `nodeId` when given (NOT_LEADER_OR_FOLLOWER); the producer state refuses an older coordinator epoch
   * (TRANSACTION_COORDINATOR_FENCED) or producer epoch (INVALID_PRODUCER_EPOCH). The high watermark advances and
   * parked fetches are woken, since the last stable offset may have moved.
   */
  writeTxnMarker(topic: string, partition: number, m: TxnMarkerWrite): AppendResult {
    const p = this.partition(topic, partition);
    if (!p || p.deleted) throw new KafkaError('UNKNOWN_TOPIC_OR_PARTITION', `${topic}-${partition} is not hosted here`);
    if (p.state.leader === -1) throw new KafkaError('NOT_LEADER_OR_FOLLOWER', `${p.name} has no leader`);
    if (m.nodeId !== undefined && p.state.leader !== m.nodeId) {
      throw new KafkaError(
        'NOT_LEADER_OR_FOLLOWER',
        `Broker ${m.nodeId} is not the leader of ${p.name}; broker ${p.state.leader} is.`,
      );
    }
    if (p.state.isr.length < p.settings.minInsyncReplicas) {
      throw new KafkaError(
        'NOT_ENOUGH_REPLICAS',
        `The size of the current ISR ${p.state.isr.length} is insufficient to satisfy the min.isr requirement of ${p.settings.minInsyncReplicas} for partition ${p.name}`,
      );
    }
    const before = p.log.size;
    const result = p.log.appendControlMarker({
      producerId: m.producerId,
      producerEpoch: m.producerEpoch,
      coordinatorEpoch: m.coordinatorEpoch,
      type: m.committed ? 'COMMIT' : 'ABORT',
      leaderEpoch: p.leaderEpoch,
      now: this.#clock(),
    });
    if (p.replicated) this.#replication.afterInternalAppend(p);
    else {
      this.#advanceHighWatermark(p.log);
      p.notifyAppend(Math.max(0, p.log.size - before));
    }
    return result;
  }

  // ---------------------------------------------------------------- lifecycle

  /** Stop path, step 1: answer every parked fetch now and park no more. */
  beginShutdown(): void {
    this.#closing = true;
    this.#mover.close();
    this.#fetches.completeParked();
    this.#replication.close();
  }

  /** Stop path, step 2: flush and close every log and write the clean-shutdown marker. */
  close(): void {
    if (this.#closed) return;
    this.beginShutdown();
    this.#closed = true;
    this.#unwatch();
    for (const logs of this.#logsByNode.values()) logs.close();
  }

  /**
   * Runs a log cleaner pass now on the compacted partitions hosted here (all of them, a topic's, or one), every
   * replica's log (each broker identity cleans its own, as each Kafka broker does); resolves with what each removed.
   */
  async compact(topic?: string, partition?: number): Promise<CompactionResult[]> {
    const out: CompactionResult[] = [];
    for (const [nodeId, logs] of this.#logsByNode) {
      for (const r of await logs.compact(topic, partition)) out.push({ broker: nodeId, ...r });
    }
    return out;
  }

  /** The log cleaner's state of each replica of a partition hosted here (empty when none is). */
  cleanerStates(topic: string, partition: number): PartitionCleanerState[] {
    const now = this.#clock();
    const out: PartitionCleanerState[] = [];
    for (const [nodeId, logs] of this.#logsByNode) {
      const log = logs.getPartition(topic, partition);
      if (!log || log.closed) continue;
      out.push({
        broker: nodeId,
        compacted: log.config.compact,
        dirtyRatio: logToClean(log, now).cleanableRatio,
        ...log.cleanerState,
      });
    }
    return out;
  }

  /** Runs one retention pass now (log.retention.check.interval.ms runs it on its own). */
  runRetention(): number {
    let n = 0;
    for (const logs of this.#logsByNode.values()) n += logs.runRetention(this.#clock());
    return n;
  }

  #onTopicChange(change: TopicChange): void {
    if (change.type === 'created') {
      this.#createTopic(change.topic);
      return;
    }
    if (change.type === 'updated') {
      this.#updateTopic(change.topic);
      return;
    }
    if (change.type === 'leadership') {
      for (const p of this.#partitions.get(change.topic.name) ?? []) {
        if (!p) continue;
        const state = change.topic.partitions[p.index];
        if (state) this.#addReplicaLogs(p, change.topic, state);
        p.update(change.topic, p.settings);
        if (state) this.#removeReplicaLogs(p, state);
      }
      return;
    }
    const name = change.topic.name;
    const parts = this.#partitions.get(name) ?? [];
    this.#partitions.delete(name);
    for (const state of change.topic.partitions)
      for (const id of state.replicas) this.#offlineReplicas.delete(`${name}-${state.partition}@${id}`);
    for (const state of change.topic.partitions) {
      const p = parts[state.partition];
      // An offline partition has no replica here, only a directory its log manager knows: it goes too.
      const owners = p
        ? [...p.replicas.keys()]
        : [...this.#logsByNode].filter(([, logs]) => logs.isOffline(name, state.partition)).map(([id]) => id);
      p?.markDeleted();
      for (const nodeId of owners) {
        try {
          this.#logsOf(nodeId).deletePartition(name, state.partition);
        } catch (err) {
          this.#logger.error(
            { err, topic: name, partition: state.partition, nodeId },
            'deleting a partition log failed',
          );
        }
      }
    }
  }

  /**
   * New config overrides, new broker defaults or added partitions: every open log and partition takes the new
   * settings (segment sizes from the next roll, as in Kafka), and partitions not open yet are opened.
   */
  #updateTopic(topic: TopicState): void {
    const parts = this.#partitions.get(topic.name);
    if (!parts) {
      this.#openTopic(topic);
      return;
    }
    const settings = resolveTopicSettings(topic.configs, this.#cluster.brokerProps);
    const logConfig = this.#logConfig(topic);
    for (const state of topic.partitions) {
      const existing = parts[state.partition];
      if (existing) {
        for (const r of existing.replicas.values()) r.log.updateConfig(logConfig);
        existing.update(topic, settings);
      } else {
        this.#openPartition(topic, state, settings, parts);
      }
    }
  }

  /** The storage settings of a topic's logs under the current broker defaults (static and dynamic). */
  #logConfig(topic: TopicState): LogConfig {
    return resolveLogConfig(topic.configs, logConfigFromBrokerProps(Object.fromEntries(this.#cluster.brokerProps)));
  }

  /** Opens the logs of a topic restored at start-up: a partition that cannot be opened stays offline. */
  #openTopic(topic: TopicState): void {
    const settings = resolveTopicSettings(topic.configs, this.#cluster.brokerProps);
    const parts: ReplicaPartition[] = [];
    for (const state of topic.partitions) this.#openPartition(topic, state, settings, parts, false);
    this.#partitions.set(topic.name, parts);
  }

  /**
   * Creates the logs of a new topic, all or nothing: when one cannot be created (a descriptor or disk failure, a
   * directory in the way) the ones created so far are removed again and KAFKA_STORAGE_ERROR goes back to the cluster
   * state, which drops the topic, so CreateTopics never reports a topic whose partitions are not there.
   */
  #createTopic(topic: TopicState): void {
    const settings = resolveTopicSettings(topic.configs, this.#cluster.brokerProps);
    const created: CreatedLog[] = [];
    const opened: { state: PartitionState; replicas: Map<number, Replica> }[] = [];
    try {
      for (const state of topic.partitions)
        opened.push({ state, replicas: this.#openReplicaLogs(topic, state, created) });
    } catch (err) {
      for (const c of created) {
        try {
          c.logs.removeCreatedPartition(topic.name, c.partition);
        } catch (removeErr) {
          this.#logger.error(
            { err: removeErr, topic: topic.name, partition: c.partition },
            'removing a partition log of a topic that was not created failed',
          );
        }
      }
      this.#logger.error(
        { err, topic: topic.name, partitions: topic.partitions.length },
        'topic not created: a partition log could not be created',
      );
      throw new KafkaError(
        'KAFKA_STORAGE_ERROR',
        `Topic '${topic.name}' could not be created: ${(err as Error).message}`,
      );
    }
    const parts: ReplicaPartition[] = [];
    for (const { state, replicas } of opened) this.#register(topic, state, settings, replicas, parts);
    this.#partitions.set(topic.name, parts);
  }

  /**
   * Opens one partition; a failure is logged (once: an offline partition was logged by storage) and leaves it offline.
   * `isNew` false: the partition existed before this start, so with a log dir offline its log is not created afresh.
   */
  #openPartition(
    topic: TopicState,
    state: PartitionState,
    settings: TopicSettings,
    parts: ReplicaPartition[],
    isNew = true,
  ): void {
    try {
      this.#register(topic, state, settings, this.#openReplicaLogs(topic, state, [], isNew), parts);
    } catch (err) {
      if (err instanceof PartitionOfflineError) return;
      this.#logger.error({ err, topic: topic.name, partition: state.partition }, 'opening a partition log failed');
    }
  }

  /**
   * The logs of a partition's replicas on this process's broker identities, opening (creating) them; each log created
   * by this call is added to `created`. Metadata naming none of the identities (written under another node.id) keeps
   * one log in the first identity's dirs, as before replication.
   */
  #openReplicaLogs(
    topic: TopicState,
    state: PartitionState,
    created: CreatedLog[],
    isNew = true,
  ): Map<number, Replica> {
    const local = state.replicas.filter((id) => this.#logsByNode.has(id));
    const owners = local.length > 0 ? local : [state.leader];
    const replicas = new Map<number, Replica>();
    const logConfig = this.#logConfig(topic);
    for (const nodeId of owners) {
      const logs = this.#logsOf(nodeId);
      const existed = logs.getPartition(topic.name, state.partition) !== undefined;
      const log = logs.createPartition(topic.name, state.partition, topic.configs, isNew);
      if (!existed) created.push({ logs, partition: state.partition });
      // The log manager's defaults are those of start-up; dynamic broker configs may have changed them since.
      log.updateConfig(logConfig);
      replicas.set(nodeId, { nodeId, log, frozen: false, fetchState: newFetchState(this.#clock()) });
    }
    return replicas;
  }

  /**
   * A reassignment placed replicas of `p` on broker identities of this process that host none yet (KIP-455): their
   * logs are created, empty, in those identities' log dirs, and they copy from the leader as followers. A log that
   * cannot be created is logged; that replica then never joins the ISR, so the reassignment does not complete.
   */
  #addReplicaLogs(p: ReplicaPartition, topic: TopicState, state: PartitionState): void {
    for (const nodeId of state.replicas) {
      if (p.replicas.has(nodeId) || !this.#logsByNode.has(nodeId)) continue;
      // A replica whose log dir failed stays offline: its log is not made again elsewhere (Kafka's neither).
      if (this.#logsOf(nodeId).isOffline(topic.name, state.partition)) continue;
      try {
        const log = this.#logsOf(nodeId).createPartition(topic.name, state.partition, topic.configs);
        log.updateConfig(this.#logConfig(topic));
        p.addReplica({ nodeId, log, frozen: false, fetchState: newFetchState(this.#clock()) });
        this.#logger.info({ partition: p.name, nodeId }, 'replica log created for a reassignment');
      } catch (err) {
        this.#logger.error({ err, partition: p.name, nodeId }, 'creating a reassigned replica log failed');
      }
    }
  }

  /** Replicas a completed or cancelled reassignment took off broker identities of this process: their logs go. */
  #removeReplicaLogs(p: ReplicaPartition, state: PartitionState): void {
    if (!state.replicas.some((id) => this.#logsByNode.has(id))) return;
    for (const nodeId of [...p.replicas.keys()]) {
      if (state.replicas.includes(nodeId)) continue;
      const removed = p.removeReplica(nodeId);
      if (!removed) continue;
      try {
        this.#logsOf(nodeId).deletePartition(removed.log.topic, removed.log.partition);
        this.#logger.info({ partition: p.name, nodeId }, 'replica log deleted after a reassignment');
      } catch (err) {
        this.#logger.error({ err, partition: p.name, nodeId }, 'deleting a reassigned replica log failed');
      }
    }
  }

  #register(
    topic: TopicState,
    state: PartitionState,
    settings: TopicSettings,
    replicas: Map<number, Replica>,
    parts: ReplicaPartition[],
  ): void {
    const p = new ReplicaPartition(topic, state, replicas, settings);
    if (p.replicated) this.#replication.onOpened(p);
    else this.#advanceHighWatermark(p.log);
    parts[state.partition] = p;
  }

  /**
   * Whether a partition of a known topic has no log here: its directory could not be opened at start-up (storage
   * logged it once). Metadata then shows it without a leader, and produce and fetch answer KAFKA_STORAGE_ERROR.
   */
  isOffline(topic: string, index: number): boolean {
    const known = this.#cluster.topicByName(topic);
    if (!known || !Number.isInteger(index) || index < 0 || index >= known.partitions.length) return false;
    const p = this.partition(topic, index);
    return p === undefined;
  }

  /**
   * AlterReplicaLogDirs for one partition (Kafka's ReplicaManager.alterReplicaLogDirs): moves broker identity
   * `nodeId`'s replica to its dir of `log.dirs` entry `logDir` (replica/log-dir-mover.ts). Returns the partition's
   * error name: LOG_DIR_NOT_FOUND for a dir not in `log.dirs`, KAFKA_STORAGE_ERROR for an offline dir or partition (or
   * while any dir is offline, as Kafka creates no future log then), UNKNOWN_TOPIC_OR_PARTITION for an unknown
   * partition, REPLICA_NOT_AVAILABLE when this identity holds no replica of it (Kafka keeps that code for
   * NotLeaderOrFollower here), NONE otherwise (the replica already there included).
   */
  alterReplicaLogDir(topic: string, partition: number, nodeId: number, logDir: string): ErrorCodeName {
    const index = this.#cluster.config.logDirs.findIndex((d) => resolve(d) === resolve(logDir));
    if (index < 0) return 'LOG_DIR_NOT_FOUND';
    const logs = this.#logsOf(nodeId);
    const target = logs.logDirs[index] as string;
    if (logs.offlineLogDirs().has(target)) return 'KAFKA_STORAGE_ERROR';
    const known = this.#cluster.topicByName(topic);
    if (!known || !Number.isInteger(partition) || partition < 0 || partition >= known.partitions.length)
      return 'UNKNOWN_TOPIC_OR_PARTITION';
    if (this.isOffline(topic, partition)) return 'KAFKA_STORAGE_ERROR';
    const p = this.partition(topic, partition);
    if (!p || p.deleted || !p.replicas.has(nodeId)) return 'REPLICA_NOT_AVAILABLE';
    try {
      if (logs.offlineLogDirs().size > 0 && logs.logDirOf(p.replicas.get(nodeId)!.log) !== target)
        return 'KAFKA_STORAGE_ERROR';
      this.#mover.move(p, nodeId, target);
    } catch (err) {
      this.#logger.warn({ err, partition: p.name, nodeId, logDir }, 'unable to alter the log dir of a replica');
      return 'KAFKA_STORAGE_ERROR';
    }
    return 'NONE';
  }

  /** replica.alter.log.dirs.io.max.bytes.per.second of broker `nodeId`: dynamic, cluster default, static; Long.MAX_VALUE = none. */
  #alterLogDirsRate(nodeId: number): number {
    const key = 'replica.alter.log.dirs.io.max.bytes.per.second';
    const layers = this.#cluster.brokerConfigLayers(nodeId);
    const raw = layers.dynamicBroker[key] ?? layers.dynamicDefault[key] ?? layers.staticConfig.get(key);
    const bound = raw === undefined ? Number.NaN : Number(raw);
    return Number.isFinite(bound) && bound > 0 && bound < Number.MAX_SAFE_INTEGER ? bound : Number.POSITIVE_INFINITY;
  }

  /** The future log of broker `nodeId`'s replica of a partition while it moves between log dirs, with its lag. */
  futureReplica(topic: string, partition: number, nodeId: number): FutureReplica | undefined {
    return this.#mover.future(`${topic}-${partition}`, nodeId);
  }

  /** Replica moves between log dirs still running. */
  get replicaMoves(): number {
    return this.#mover.moving;
  }

  /**
   * An I/O failure hit a log or the checkpoints of broker `nodeId`'s log dir `dir` (Kafka's LogDirFailureChannel):
   * unless it is about the process rather than the disk, the dir goes offline right after the failing operation
   * returns its error (handleLogDirFailure runs apart from the request thread in Kafka too).
   */
  #onLogDirFailure(nodeId: number, dir: string, error: KafkaStorageError): void {
    if (error.errno === undefined || this.#closing) return;
    if (
      !DIR_FAILURES.has(error.errno) &&
      !((error.errno === 'ENOENT' || error.errno === 'ENOTDIR') && this.#vanished(dir))
    )
      return;
    queueMicrotask(() => this.#takeDirOffline(nodeId, dir, error));
  }

  /** Whether a log dir is no longer a directory (removed, or replaced by a file), asked of the disk itself. */
  #vanished(dir: string): boolean {
    try {
      return !this.#fence.inner.isDirectory(dir);
    } catch {
      return true;
    }
  }

  /**
   * ReplicaManager.handleLogDirFailure: the dir's logs are closed and their replicas offline. A replica with other
   * replicas of its partition in this process leaves the partition and its ISR, and leadership moves to an in-sync
   * replica when there is one; a partition whose only replica here was in the dir is offline (no leader, Produce,
   * Fetch and ListOffsets answer KAFKA_STORAGE_ERROR). Partitions in other dirs go on. Kafka halts the broker when
   * every dir is offline; here it keeps running and every partition answers KAFKA_STORAGE_ERROR, since the other
   * broker identities of the process, the coordinators and the control plane still work, and a restart once the
   * disk is back brings the partitions back (recovering them, as no clean-shutdown marker is written for the dir).
   */
  #takeDirOffline(nodeId: number, dir: string, error: KafkaStorageError): void {
    const logs = this.#logsOf(nodeId);
    if (this.#closed || logs.offlineLogDirs().has(dir)) return;
    const taken = logs.failDir(dir, error);
    let moved = 0;
    for (const { topic, partition } of taken) {
      const parts = this.#partitions.get(topic);
      const p = parts?.[partition];
      if (!parts || p === undefined || !p.replicas.has(nodeId)) continue;
      if (p.dropReplica(nodeId)) {
        this.#offlineReplicas.add(`${p.name}@${nodeId}`);
        if (p.state.leader === nodeId) moved++;
        this.#replication.replicaOffline(p, nodeId);
      } else {
        delete parts[partition];
        p.markDeleted();
      }
    }
    const stillOnline = logs.onlineLogDirs().length;
    this.#logger.warn(
      { nodeId, dir, partitions: taken.length, leadersMoved: moved, onlineLogDirs: stillOnline },
      stillOnline === 0
        ? 'every log dir of the broker is offline; its partitions answer KAFKA_STORAGE_ERROR until a restart'
        : 'replicas of the failed log dir are offline',
    );
  }

  /**
   * Fails broker `nodeId`'s dir of `log.dirs` entry `logDir` (the control API's failLogDir): every later I/O under it
   * fails with EIO, as on a dead disk, and the dir is probed so it goes offline now (through the same path a real
   * failure takes) rather than at its next write; `probe` false leaves that to the next I/O. Returns the directory
   * fenced, or null when `logDir` is not in `log.dirs`.
   */
  failLogDir(nodeId: number, logDir: string, probe = true): string | null {
    const index = this.#cluster.config.logDirs.findIndex((d) => resolve(d) === resolve(logDir));
    if (index < 0) return null;
    const logs = this.#logsOf(nodeId);
    const dir = logs.logDirs[index] as string;
    // The first identity's dirs hold the others' replica dirs: those are other brokers' disks here.
    const except = logs === this.#logs ? [join(dir, REPLICA_DIRS)] : [];
    this.#fence.fail(dir, 'EIO', except);
    if (probe) logs.probeDir(dir);
    return dir;
  }

  /** Broker `nodeId`'s offline log dirs, named as in `log.dirs`. */
  offlineConfiguredLogDirs(nodeId: number): string[] {
    const logs = this.#logsOf(nodeId);
    const offline = logs.offlineLogDirs();
    return this.#cluster.config.logDirs.filter((_, i) => offline.has(logs.logDirs[i] as string)).map((d) => resolve(d));
  }

  /** Replicas of a partition whose log dir failed while the broker ran (Metadata's offline_replicas). */
  isReplicaOffline(topic: string, index: number, nodeId: number): boolean {
    return this.#offlineReplicas.size > 0 && this.#offlineReplicas.has(`${topic}-${index}@${nodeId}`);
  }

  /** Broker `nodeId`'s log dirs that could not be read at start-up (their partitions are offline), with why. */
  offlineLogDirsOf(nodeId: number): ReadonlyMap<string, Error> {
    return this.#logsOf(nodeId).offlineLogDirs();
  }

  #logsOf(nodeId: number): LogManager {
    return this.#logsByNode.get(nodeId) ?? this.#logs;
  }

  /**
   * Logs left on disk for replicas the cluster does not place here (a topic deleted while the broker was down, a
   * partition whose replica list does not name that broker identity).
   */
  #removeStrayLogs(): void {
    for (const [nodeId, logs] of this.#logsByNode) {
      for (const log of logs.partitions()) {
        if (this.partition(log.topic, log.partition)?.replicas.get(nodeId)?.log === log) continue;
        if (logs === this.#logs && this.partition(log.topic, log.partition)?.log === log) continue;
        this.#logger.warn(
          { nodeId, topic: log.topic, partition: log.partition },
          'removing the log of a replica the cluster does not place here',
        );
        logs.deletePartition(log.topic, log.partition);
      }
    }
  }
}

/** A log created while a topic is being created, removed again if the topic cannot be created whole. */
interface CreatedLog {
  readonly logs: LogManager;
  readonly partition: number;
}

/** Directory, inside each log dir, holding the logs of the other broker identities of this process. */
export const REPLICA_DIRS = '.replicas';

function openLogManager(
  o: ReplicaManagerOptions,
  io: SegmentIO,
  props: Record<string, string>,
  logDirs: string[],
  onLogDirFailure: (dir: string, error: KafkaStorageError) => void,
): LogManager {
  return LogManager.open({
    logDirs,
    io,
    logger: o.logger,
    config: logManagerConfigFromProps(props),
    clock: o.clock,
    scheduler: o.scheduler,
    onLogDirFailure,
  });
}

/**
 * Failures that speak of the disk under a log dir: an I/O error, a read-only or full file system, a device gone.
 * Kafka takes a dir offline on any IOException; samsa keeps failures that speak of one path (a file in a partition
 * directory's way, a missing file) to that partition, as before, and the descriptor budget (samsa.max.open.files)
 * for EMFILE, so only these, and a dir that vanished (ENOENT or ENOTDIR with the dir itself gone), take it offline. A
 * full disk (ENOSPC) does, as in Kafka.
 */
const DIR_FAILURES: ReadonlySet<string> = new Set(['EIO', 'EROFS', 'ENOSPC', 'EDQUOT', 'ENXIO', 'ENODEV', 'ESTALE']);
