/**
 * The partitions this broker process hosts and everything done to their logs (Kafka's ReplicaManager): it opens the
 * storage LogManager at start-up, keeps one `ReplicaPartition` per topic partition in step with the cluster state
 * (CreateTopics creates logs, DeleteTopics deletes them, topics restored at start-up reopen theirs), appends produced
 * batches, reads fetches (parking them until `min_bytes` arrive), answers offset lookups, and gives the coordinators
 * the logs of internal topics (`ensureInternalTopic`, `log`, `appendInternal`).
 *
 * Single replica: every replica is in sync, so the high watermark follows the log end offset after each append, and
 * the last stable offset equals the high watermark (no transactions yet). The leader epoch is the partition's epoch
 * from the cluster state; it never changes, and every batch is written with it.
 *
 * Appends stay synchronous (and so in arrival order) unless a batch needs async work first — legacy conversion,
 * recompression to the topic's `compression.type`, or record-level validation of compressed data. Then that append
 * and every later one on the same partition go through the partition's queue, so the order is kept either way.
 */
import {
  BATCH_HEADER_SIZE,
  BatchHeaderView,
  ErrorCode,
  MAGIC_OFFSET,
  codecForTopicCompression,
  decompressBatch,
  legacyToBatches,
  recompressBatches,
  RecordIterator,
  recordSetMagic,
} from '@samsa/protocol';
import {
  LogManager,
  logManagerConfigFromProps,
  selectSegmentIO,
  validateRecordSet,
  OffsetOutOfRangeError,
  type AppendResult,
  type PartitionLog,
  type Scheduler,
} from '@samsa/storage';
import { resolve } from 'node:path';
import type { Logger } from 'pino';
import type { Cluster, TopicChange, TopicState } from './cluster';
import type { BrokerConfig } from './config';
import { KafkaError, toErrorCode } from './errors';
import { FetchSessionCache } from './fetch/fetch-session';
import { DelayedFetch, type ParkedPartition } from './replica/delayed-fetch';
import { checkRecordFraming, checkRecords, needsRecordWalk, RecordValidationError, type RecordCheckContext } from './replica/record-validation';
import { ReplicaPartition } from './replica/replica-partition';
import { resolveTopicSettings } from './replica/topic-settings';

export { ReplicaPartition } from './replica/replica-partition';

/** Kafka's fetch session eviction age (KafkaServer.MIN_INCREMENTAL_FETCH_SESSION_EVICTION_MS). */
export const FETCH_SESSION_EVICTION_MS = 120_000;
/** UnifiedLog.UnknownOffset / ListOffsetsResponse.UNKNOWN_OFFSET. */
const UNKNOWN_OFFSET = -1;
/** LeaderEpochFileCache: UNDEFINED_EPOCH and UNDEFINED_EPOCH_OFFSET. */
export const UNDEFINED_EPOCH = -1;
export const UNDEFINED_EPOCH_OFFSET = -1;

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
}

export interface PartitionAppendResult {
  readonly baseOffset: number;
  readonly logAppendTime: number;
  readonly logStartOffset: number;
}

export interface FetchPartitionRequest {
  readonly partition: ReplicaPartition;
  readonly fetchOffset: number;
  readonly maxBytes: number;
  /** -1 when not given (RequestUtils.getLeaderEpoch). */
  readonly currentLeaderEpoch: number;
  readonly lastFetchedEpoch: number;
}

export interface FetchParams {
  readonly nodeId: number;
  readonly maxWaitMs: number;
  readonly minBytes: number;
  /** Response-wide byte limit, already capped to fetch.max.bytes. */
  readonly maxBytes: number;
  /** 1 = READ_COMMITTED. */
  readonly isolationLevel: number;
  /** Fetch v0-2: the limits are hard, no "first batch even if too large" (KIP-74). */
  readonly hardMaxBytesLimit: boolean;
}

export interface PartitionReadResult {
  readonly errorCode: number;
  readonly highWatermark: number;
  readonly lastStableOffset: number;
  readonly logStartOffset: number;
  /** Views of whole batches in segment memory. */
  readonly records: readonly Buffer[];
  readonly bytes: number;
  readonly divergingEpoch: { readonly epoch: number; readonly endOffset: number } | null;
}

export interface OffsetAndEpoch {
  readonly timestamp: number;
  readonly offset: number;
  readonly leaderEpoch: number;
}

/** ListOffsets special timestamps (ListOffsetsRequest). */
export const ListOffsetsTimestamp = {
  LATEST: -1,
  EARLIEST: -2,
  MAX_TIMESTAMP: -3,
  EARLIEST_LOCAL: -4,
  LATEST_TIERED: -5,
} as const;

const NO_RECORDS: readonly Buffer[] = [];

export class ReplicaManager {
  readonly #cluster: Cluster;
  readonly #config: BrokerConfig;
  readonly #logger: Logger;
  readonly #clock: () => number;
  readonly #logs: LogManager;
  readonly #partitions = new Map<string, ReplicaPartition[]>();
  readonly #parked = new Set<DelayedFetch>();
  readonly #unwatch: () => void;
  readonly #view = new BatchHeaderView();
  readonly fetchSessions: FetchSessionCache;
  #closing = false;
  #closed = false;

  private constructor(o: ReplicaManagerOptions, logs: LogManager) {
    this.#cluster = o.cluster;
    this.#config = o.config;
    this.#logger = o.logger;
    this.#clock = o.clock ?? Date.now;
    this.#logs = logs;
    const slots = o.config.values.get('max.incremental.fetch.session.cache.slots') as number;
    this.fetchSessions = new FetchSessionCache(slots, FETCH_SESSION_EVICTION_MS);
    for (const topic of this.#cluster.topics) this.#openTopic(topic);
    this.#removeStrayLogs();
    this.#unwatch = this.#cluster.watch((change) => this.#onTopicChange(change));
  }

  /** Opens the log dirs (recovering after an unclean stop) and the log of every topic the cluster knows. */
  static open(o: ReplicaManagerOptions): ReplicaManager {
    const io = selectSegmentIO(o.config.storage === 'memory' ? 'memory' : 'auto', o.logger);
    const props: Record<string, string> = Object.fromEntries(o.config.explicit);
    const logs = LogManager.open({
      // Normalised, so every path storage derives from a dir names it the same way.
      logDirs: o.config.logDirs.map((d) => resolve(d)),
      io,
      logger: o.logger,
      config: logManagerConfigFromProps(props),
      clock: o.clock,
      scheduler: o.scheduler,
    });
    try {
      return new ReplicaManager(o, logs);
    } catch (err) {
      logs.close();
      throw err;
    }
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
      throw new KafkaError('NOT_LEADER_OR_FOLLOWER', `Broker ${nodeId} is not the leader of ${p.name}; broker ${p.state.leader} is.`);
    }
    return p;
  }

  /** Partition.checkCurrentLeaderEpoch: -1 skips the check. */
  checkLeaderEpoch(p: ReplicaPartition, requested: number): void {
    if (requested === UNDEFINED_EPOCH) return;
    if (requested > p.leaderEpoch) {
      throw new KafkaError('UNKNOWN_LEADER_EPOCH', `Received leader epoch ${requested} is larger than the current epoch ${p.leaderEpoch} of ${p.name}`);
    }
    if (requested < p.leaderEpoch) {
      throw new KafkaError('FENCED_LEADER_EPOCH', `Received leader epoch ${requested} is older than the current epoch ${p.leaderEpoch} of ${p.name}`);
    }
  }

  // ---------------------------------------------------------------- produce

  /**
   * Appends a partition's records from a produce request. Resolves with the offsets assigned; rejects with the
   * partition's Kafka error (nothing is written then).
   */
  appendRecords(p: ReplicaPartition, records: Buffer, options: AppendOptions): PartitionAppendResult | Promise<PartitionAppendResult> {
    if (options.requiredAcks === -1 && p.state.isr.length < p.settings.minInsyncReplicas) {
      throw new KafkaError(
        'NOT_ENOUGH_REPLICAS',
        `The size of the current ISR ${p.state.isr.length} is insufficient to satisfy the min.isr requirement of ${p.settings.minInsyncReplicas} for partition ${p.name}`,
      );
    }
    checkRecordFraming(records, this.#view);
    const now = this.#clock();
    if (!p.appendsQueued && !this.#needsPreparation(p, records, now)) return this.#appendNow(p, records, now);
    return p.enqueue(async () => {
      const at = this.#clock();
      const prepared = await this.#prepare(p, records, at);
      return this.#appendNow(p, prepared, at);
    });
  }

  #checkContext(p: ReplicaPartition, now: number): RecordCheckContext {
    return { settings: p.settings, topicPartition: p.name, now };
  }

  /** True when the records need async work before they can be appended. */
  #needsPreparation(p: ReplicaPartition, records: Buffer, now: number): boolean {
    if (records.length > MAGIC_OFFSET && recordSetMagic(records) < 2) return true;
    if (this.#needsRecompression(p, records)) return true;
    return needsRecordWalk(records, this.#checkContext(p, now), this.#view);
  }

  #needsRecompression(p: ReplicaPartition, records: Buffer): boolean {
    const codec = codecForTopicCompression(p.settings.compressionType);
    if (codec === null) return false;
    const view = this.#view;
    let off = 0;
    while (off + BATCH_HEADER_SIZE <= records.length) {
      view.at(records, off);
      if (view.compression !== codec) return true;
      const size = view.sizeInBytes;
      if (size < BATCH_HEADER_SIZE) return false;
      off += size;
    }
    return false;
  }

  async #prepare(p: ReplicaPartition, records: Buffer, now: number): Promise<Buffer> {
    let batches = records;
    if (records.length > MAGIC_OFFSET && recordSetMagic(records) < 2) {
      const converted = await legacyToBatches(records);
      if (converted.logAppendTime && p.settings.timestampType === 'CreateTime') {
        const errors = Array.from({ length: converted.recordCount }, (_, batchIndex) => ({
          batchIndex,
          message: 'Invalid timestamp type in message. Producer should not set timestamp type to LogAppendTime.',
        }));
        throw new RecordValidationError('INVALID_TIMESTAMP', 'One or more records have been rejected due to invalid timestamp', errors);
      }
      batches = converted.batches;
    }
    const ctx = this.#checkContext(p, now);
    if (needsRecordWalk(batches, ctx)) await checkRecords(batches, ctx);
    const codec = codecForTopicCompression(p.settings.compressionType);
    if (codec !== null && this.#needsRecompression(p, batches)) {
      // The client's batches are checked (CRC, sizes, counts) before being rebuilt: the rebuilt ones are valid by
      // construction, so this is the only chance to reject damaged input.
      validateRecordSet(batches, p.log.config, true);
      batches = await recompressBatches(batches, codec);
    }
    return batches;
  }

  #appendNow(p: ReplicaPartition, records: Buffer, now: number): PartitionAppendResult {
    if (p.deleted) throw new KafkaError('UNKNOWN_TOPIC_OR_PARTITION', 'This server does not host this topic-partition.');
    const result = p.log.append(records, { leaderEpoch: p.leaderEpoch, now });
    this.#advanceHighWatermark(p.log);
    p.notifyAppend(records.length);
    return { baseOffset: result.baseOffset, logAppendTime: result.logAppendTime, logStartOffset: result.logStartOffset };
  }

  /** Single replica: the ISR is this broker alone, so everything appended is committed. */
  #advanceHighWatermark(log: PartitionLog): void {
    if (log.highWatermark < log.logEndOffset) log.setHighWatermark(log.logEndOffset);
  }

  // ---------------------------------------------------------------- fetch

  /**
   * Reads every partition (Kafka's readFromLog: the response-wide limit shrinks as partitions fill it, and the first
   * non-empty partition may exceed the limits with one whole batch unless the limits are hard), and answers at once
   * when Kafka would: no wait asked, nothing to read, `minBytes` reached, an error, or a diverging epoch. Otherwise
   * the fetch parks until appends make `minBytes` readable, a partition goes away, the broker stops, or
   * `maxWaitMs` passes, then reads again.
   */
  fetchMessages(params: FetchParams, requests: readonly FetchPartitionRequest[]): PartitionReadResult[] | Promise<PartitionReadResult[]> {
    const first = this.#readAll(params, requests);
    let bytes = 0;
    let errorOrDivergence = false;
    for (const r of first) {
      bytes += r.bytes;
      if (r.errorCode !== ErrorCode.NONE || r.divergingEpoch !== null) errorOrDivergence = true;
    }
    if (params.maxWaitMs <= 0 || requests.length === 0 || bytes >= params.minBytes || errorOrDivergence || this.#closing) {
      return first;
    }
    const parked: ParkedPartition[] = requests.map((req, i) => ({
      partition: req.partition,
      initialBytes: first[i]?.bytes ?? 0,
      maxBytes: req.maxBytes,
    }));
    return new Promise((resolve) => {
      const delayed = new DelayedFetch(parked, params.minBytes, params.maxWaitMs, () => {
        this.#parked.delete(delayed);
        resolve(this.#readAll(params, requests));
      });
      this.#parked.add(delayed);
    });
  }

  /** Fetches waiting for data right now (for tests and metrics). */
  get parkedFetches(): number {
    return this.#parked.size;
  }

  #readAll(params: FetchParams, requests: readonly FetchPartitionRequest[]): PartitionReadResult[] {
    let limit = params.maxBytes;
    let minOneBatch = !params.hardMaxBytesLimit;
    const out: PartitionReadResult[] = [];
    for (const req of requests) {
      const r = this.#readPartition(params, req, Math.min(Math.max(0, req.maxBytes), limit), minOneBatch);
      if (r.bytes > 0) minOneBatch = false;
      limit = Math.max(0, limit - r.bytes);
      out.push(r);
    }
    return out;
  }

  #readPartition(params: FetchParams, req: FetchPartitionRequest, maxBytes: number, minOneBatch: boolean): PartitionReadResult {
    const p = req.partition;
    try {
      if (p.deleted) throw new KafkaError('UNKNOWN_TOPIC_OR_PARTITION', 'This server does not host this topic-partition.');
      if (p.state.leader !== params.nodeId) throw new KafkaError('NOT_LEADER_OR_FOLLOWER');
      this.checkLeaderEpoch(p, req.currentLeaderEpoch);
      const log = p.log;
      if (req.lastFetchedEpoch !== UNDEFINED_EPOCH) {
        const end = this.endOffsetForEpoch(p, req.lastFetchedEpoch);
        if (end.offset === UNDEFINED_EPOCH_OFFSET || end.leaderEpoch === UNDEFINED_EPOCH) {
          throw new OffsetOutOfRangeError(`Could not determine the end offset of the last fetched epoch ${req.lastFetchedEpoch} of ${p.name}`);
        }
        if (req.fetchOffset < log.logStartOffset) {
          throw new OffsetOutOfRangeError(`Received request for offset ${req.fetchOffset} of ${p.name}, but the log start offset is ${log.logStartOffset}`);
        }
        if (end.leaderEpoch < req.lastFetchedEpoch || end.offset < req.fetchOffset) {
          return {
            errorCode: ErrorCode.NONE,
            highWatermark: log.highWatermark,
            lastStableOffset: log.highWatermark,
            logStartOffset: log.logStartOffset,
            records: NO_RECORDS,
            bytes: 0,
            divergingEpoch: { epoch: end.leaderEpoch, endOffset: end.offset },
          };
        }
      }
      // READ_COMMITTED reads up to the last stable offset, which is the high watermark until transactions exist.
      const read = log.read(req.fetchOffset, maxBytes, { minOneBatch, upTo: log.highWatermark });
      let bytes = 0;
      for (const b of read.records) bytes += b.length;
      return {
        errorCode: ErrorCode.NONE,
        highWatermark: read.highWatermark,
        lastStableOffset: read.highWatermark,
        logStartOffset: read.logStartOffset,
        records: read.records,
        bytes,
        divergingEpoch: null,
      };
    } catch (err) {
      const code = toErrorCode(err);
      if (code === ErrorCode.UNKNOWN_SERVER_ERROR) this.#logger.error({ err, partition: p.name }, 'fetch read failed');
      return errorRead(code);
    }
  }

  // ---------------------------------------------------------------- offsets

  /**
   * ListOffsets for one partition (UnifiedLog.fetchOffsetByTimestamp plus Partition's isolation rules). `isolation`
   * is null for requests that are not from consumers (they may see up to the log end offset). Returns null when no
   * record has a timestamp at or after `timestamp`. Storage answers a compressed batch at batch level; the record is
   * then found inside it, as Kafka's FileRecords.searchForTimestamp and RecordBatch.offsetOfMaxTimestamp do.
   */
  async offsetForTimestamp(p: ReplicaPartition, timestamp: number, isolation: number | null): Promise<OffsetAndEpoch | null> {
    const log = p.log;
    const lastFetchable = isolation === null ? log.logEndOffset : log.highWatermark;
    switch (timestamp) {
      case ListOffsetsTimestamp.LATEST:
        return { timestamp: -1, offset: lastFetchable, leaderEpoch: p.leaderEpoch };
      case ListOffsetsTimestamp.EARLIEST:
      case ListOffsetsTimestamp.EARLIEST_LOCAL:
        return { timestamp: -1, offset: log.logStartOffset, leaderEpoch: p.leaderEpoch };
      case ListOffsetsTimestamp.LATEST_TIERED:
        // No tiered storage: nothing has been uploaded.
        return { timestamp: -1, offset: UNKNOWN_OFFSET, leaderEpoch: UNDEFINED_EPOCH };
      case ListOffsetsTimestamp.MAX_TIMESTAMP: {
        const max = log.maxTimestamp();
        if (max.offset < 0) return { timestamp: -1, offset: UNKNOWN_OFFSET, leaderEpoch: UNDEFINED_EPOCH };
        const exact = await recordAtOrAfter(log, max.offset, max.timestamp);
        return { timestamp: exact?.timestamp ?? max.timestamp, offset: exact?.offset ?? max.offset, leaderEpoch: p.leaderEpoch };
      }
      default: {
        const found = log.offsetForTimestamp(timestamp);
        if (found === null || found.offset >= lastFetchable) return null;
        const exact = (await recordAtOrAfter(log, found.offset, timestamp)) ?? found;
        if (exact.offset >= lastFetchable) return null;
        return { timestamp: exact.timestamp, offset: exact.offset, leaderEpoch: p.leaderEpoch };
      }
    }
  }

  /**
   * ListOffsets v0 (legacyFetchOffsetsBefore): segment base offsets plus the log end offset, newest first, limited to
   * `maxNumOffsets`; for consumers nothing above the high watermark. Segment modification times are not tracked, so
   * a specific timestamp counts every segment as written now.
   */
  legacyOffsetsBefore(p: ReplicaPartition, timestamp: number, maxNumOffsets: number, fromConsumer: boolean): number[] {
    const log = p.log;
    const now = this.#clock();
    const entries: { offset: number; time: number }[] = log.segmentBaseOffsets().map((base) => ({ offset: Math.max(base, log.logStartOffset), time: now }));
    const bases = log.segmentBaseOffsets();
    const lastBase = bases[bases.length - 1] ?? 0;
    if (log.logEndOffset > lastBase) entries.push({ offset: log.logEndOffset, time: now });
    let start: number;
    if (timestamp === ListOffsetsTimestamp.LATEST) start = entries.length - 1;
    else if (timestamp === ListOffsetsTimestamp.EARLIEST) start = 0;
    else {
      start = entries.length - 1;
      while (start >= 0 && (entries[start] as { time: number }).time > timestamp) start--;
    }
    const out: number[] = [];
    for (let i = start; i >= 0 && out.length < Math.max(0, maxNumOffsets); i--) out.push((entries[i] as { offset: number }).offset);
    out.sort((a, b) => b - a);
    if (!fromConsumer) return out;
    const hw = log.highWatermark;
    if (out.some((o) => o > hw)) return [hw, ...out.filter((o) => o <= hw)];
    return out;
  }

  /**
   * LeaderEpochFileCache.endOffsetFor with one epoch per partition, started when the partition was created:
   * the current epoch ends at the log end offset; an older epoch ends where the current one starts (the log start);
   * an unknown newer epoch or -1 has no end.
   */
  endOffsetForEpoch(p: ReplicaPartition, requestedEpoch: number): { leaderEpoch: number; offset: number } {
    if (requestedEpoch === UNDEFINED_EPOCH || requestedEpoch > p.leaderEpoch) {
      return { leaderEpoch: UNDEFINED_EPOCH, offset: UNDEFINED_EPOCH_OFFSET };
    }
    if (requestedEpoch === p.leaderEpoch) return { leaderEpoch: requestedEpoch, offset: p.log.logEndOffset };
    return { leaderEpoch: requestedEpoch, offset: p.log.logStartOffset };
  }

  // ---------------------------------------------------------------- internal topics

  /**
   * Creates an internal topic (`__consumer_offsets`, `__transaction_state`) in the cluster state when it is missing,
   * with `partitions` partitions, a replication factor capped to the live brokers, and `configs` as topic overrides;
   * its logs are opened like any topic's. Needs at least one live broker (call it once listeners are up, or lazily
   * as Kafka does on the first FindCoordinator).
   */
  ensureInternalTopic(name: string, partitions: number, configs: Readonly<Record<string, string>> = {}, replicationFactor = 1): TopicState {
    const existing = this.#cluster.topicByName(name);
    if (existing) return existing;
    const live = Math.max(1, this.#cluster.brokers.length);
    const created = this.#cluster.createTopic({
      name,
      numPartitions: partitions,
      replicationFactor: Math.min(replicationFactor, live),
      assignments: [],
      configs: Object.entries(configs).map(([key, value]) => ({ name: key, value })),
    });
    this.#logger.info({ topic: name, partitions }, 'internal topic created');
    return created;
  }

  /** The storage log of a hosted partition (internal-topic replay reads it directly). */
  log(topic: string, partition: number): PartitionLog | undefined {
    return this.partition(topic, partition)?.log;
  }

  /**
   * Appends broker-written batches (coordinator records, control batches) to a hosted partition: the client-only
   * batch rules are skipped, the high watermark advances, and parked fetches are woken.
   */
  appendInternal(topic: string, partition: number, records: Buffer): AppendResult {
    const p = this.partition(topic, partition);
    if (!p || p.deleted) throw new KafkaError('UNKNOWN_TOPIC_OR_PARTITION', `${topic}-${partition} is not hosted here`);
    const result = p.log.append(records, { leaderEpoch: p.leaderEpoch, now: this.#clock(), fromClient: false });
    this.#advanceHighWatermark(p.log);
    p.notifyAppend(records.length);
    return result;
  }

  // ---------------------------------------------------------------- lifecycle

  /** Stop path, step 1: answer every parked fetch now and park no more. */
  beginShutdown(): void {
    this.#closing = true;
    for (const d of [...this.#parked]) d.complete();
  }

  /** Stop path, step 2: flush and close every log and write the clean-shutdown marker. */
  close(): void {
    if (this.#closed) return;
    this.beginShutdown();
    this.#closed = true;
    this.#unwatch();
    this.#logs.close();
  }

  /** Runs one retention pass now (log.retention.check.interval.ms runs it on its own). */
  runRetention(): number {
    return this.#logs.runRetention(this.#clock());
  }

  #onTopicChange(change: TopicChange): void {
    if (change.type === 'created') {
      this.#openTopic(change.topic);
      return;
    }
    const parts = this.#partitions.get(change.topic.name) ?? [];
    this.#partitions.delete(change.topic.name);
    for (const p of parts) {
      p.markDeleted();
      try {
        this.#logs.deletePartition(change.topic.name, p.index);
      } catch (err) {
        this.#logger.error({ err, partition: p.name }, 'deleting a partition log failed');
      }
    }
  }

  #openTopic(topic: TopicState): void {
    const settings = resolveTopicSettings(topic.configs, this.#config.explicit);
    const parts: ReplicaPartition[] = [];
    for (const state of topic.partitions) {
      try {
        const log = this.#logs.createPartition(topic.name, state.partition, topic.configs);
        this.#advanceHighWatermark(log);
        parts[state.partition] = new ReplicaPartition(topic, state, log, settings);
      } catch (err) {
        this.#logger.error({ err, topic: topic.name, partition: state.partition }, 'opening a partition log failed');
      }
    }
    this.#partitions.set(topic.name, parts);
  }

  /** Logs left on disk for partitions the cluster does not have (a topic deleted while the broker was down, say). */
  #removeStrayLogs(): void {
    for (const log of this.#logs.partitions()) {
      const topic = this.#cluster.topicByName(log.topic);
      if (topic && log.partition < topic.partitions.length) continue;
      this.#logger.warn({ topic: log.topic, partition: log.partition }, 'removing the log of a partition the cluster does not have');
      this.#logs.deletePartition(log.topic, log.partition);
    }
  }
}

function errorRead(errorCode: number): PartitionReadResult {
  return {
    errorCode,
    highWatermark: UNKNOWN_OFFSET,
    lastStableOffset: UNKNOWN_OFFSET,
    logStartOffset: UNKNOWN_OFFSET,
    records: NO_RECORDS,
    bytes: 0,
    divergingEpoch: null,
  };
}

/**
 * The first record at or after `fromOffset` whose timestamp is >= `target`, looked up inside the batch that holds
 * `fromOffset` when that batch is compressed with CreateTime (storage cannot open it synchronously); null when the
 * batch is uncompressed or LogAppendTime (storage's answer is already exact) or holds no such record.
 */
async function recordAtOrAfter(log: PartitionLog, fromOffset: number, target: number): Promise<{ timestamp: number; offset: number } | null> {
  const batch = log.read(fromOffset, 1).records[0];
  if (batch === undefined || batch.length < BATCH_HEADER_SIZE) return null;
  const header = new BatchHeaderView().at(batch, 0);
  if (header.compression === 0 || header.timestampType !== 'CreateTime') return null;
  const records = new RecordIterator(await decompressBatch(batch, 0), 0);
  while (records.next()) {
    const r = records.record;
    if (r.offset >= fromOffset && r.timestamp >= target) return { timestamp: r.timestamp, offset: r.offset };
  }
  return null;
}
