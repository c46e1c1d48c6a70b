/**
 * The partitions this broker process hosts and everything done to their logs (Kafka's ReplicaManager): it opens the
 * storage LogManager at start-up, keeps one `ReplicaPartition` per topic partition in step with the cluster state
 * (CreateTopics creates logs, DeleteTopics deletes them, topics restored at start-up reopen theirs), appends produced
 * batches, reads fetches (parking them until `min_bytes` arrive), answers offset lookups, and gives the coordinators
 * the logs of internal topics (`ensureInternalTopic`, `log`, `appendInternal`).
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
  logConfigFromBrokerProps,
  resolveLogConfig,
  type AbortedTransaction,
  type AppendResult,
  type LogConfig,
  type PartitionLog,
  type Scheduler,
  type SegmentIO,
} from '@samsa/storage';
import { join, resolve } from 'node:path';
import type { Logger } from 'pino';
import type { Cluster, PartitionState, TopicChange, TopicState } from './cluster';
import type { BrokerConfig } from './config';
import { KafkaError, toErrorCode } from './errors';
import { FetchSessionCache } from './fetch/fetch-session';
import { DelayedFetch, type ParkedPartition } from './replica/delayed-fetch';
import { correctMaxTimestamps, correctMaxTimestampsAsync } from './replica/max-timestamp';
import {
  checkRecordFraming,
  checkRecords,
  needsRecordWalk,
  RecordValidationError,
  type RecordCheckContext,
} from './replica/record-validation';
import { ReplicaPartition, type Replica } from './replica/replica-partition';
import { newFetchState } from './replication/follower-state';
import { Replication } from './replication/replication';
import { resolveTopicSettings, type TopicSettings } from './replica/topic-settings';

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
  /** READ_COMMITTED: the aborted transactions overlapping the records returned; null for READ_UNCOMMITTED. */
  readonly abortedTransactions: readonly AbortedTransaction[] | null;
  /** Views of whole batches in segment memory. */
  readonly records: readonly Buffer[];
  readonly bytes: number;
  readonly divergingEpoch: { readonly epoch: number; readonly endOffset: number } | null;
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
const NO_ABORTED_TXNS: readonly AbortedTransaction[] = [];

export class ReplicaManager {
  readonly #cluster: Cluster;
  readonly #logger: Logger;
  readonly #clock: () => number;
  /** The log manager of each broker identity of this process (the first one's is `#logs`). */
  readonly #logs: LogManager;
  readonly #logsByNode: ReadonlyMap<number, LogManager>;
  readonly #replication: Replication;
  readonly #partitions = new Map<string, ReplicaPartition[]>();
  readonly #parked = new Set<DelayedFetch>();
  readonly #unwatch: () => void;
  readonly #view = new BatchHeaderView();
  readonly fetchSessions: FetchSessionCache;
  #closing = false;
  #closed = false;

  private constructor(o: ReplicaManagerOptions, logsByNode: ReadonlyMap<number, LogManager>) {
    this.#cluster = o.cluster;
    this.#logger = o.logger;
    this.#clock = o.clock ?? Date.now;
    this.#logs = logsByNode.get(o.config.nodeId) as LogManager;
    this.#logsByNode = logsByNode;
    const slots = o.config.values.get('max.incremental.fetch.session.cache.slots') as number;
    this.fetchSessions = new FetchSessionCache(slots, FETCH_SESSION_EVICTION_MS);
    this.#replication = new Replication(
      {
        cluster: o.cluster,
        logger: o.logger,
        clock: this.#clock,
        partition: (topic, index) => this.partition(topic, index),
        hostedPartitions: () => this.#hostedPartitions(),
      },
      {
        fetchMaxBytes: (o.config.values.get('replica.fetch.max.bytes') as number | undefined) ?? 1_048_576,
        lagTimeMaxMs: (o.config.values.get('replica.lag.time.max.ms') as number | undefined) ?? 30_000,
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
    const io = selectSegmentIO(o.config.storage === 'memory' ? 'memory' : 'auto', o.logger);
    // Dynamic broker configs (AlterConfigs) are part of the defaults, as in Kafka after a restart.
    const props: Record<string, string> = Object.fromEntries(o.cluster.brokerProps);
    // Normalised, so every path storage derives from a dir names it the same way.
    const baseDirs = o.config.logDirs.map((d) => resolve(d));
    const logsByNode = new Map<number, LogManager>();
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
          ),
        );
      }
      return new ReplicaManager(o, logsByNode);
    } catch (err) {
      for (const logs of logsByNode.values()) logs.close();
      throw err;
    }
  }

  /** Leadership and ISR control (brokers stopping and starting, elections); see replication/control.ts. */
  get replication(): Replication {
    return this.#replication;
  }

  *#hostedPartitions(): Iterable<ReplicaPartition> {
    for (const parts of this.#partitions.values()) for (const p of parts) if (p) yield p;
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

  /** Partition.checkCurrentLeaderEpoch: -1 skips the check. */
  checkLeaderEpoch(p: ReplicaPartition, requested: number): void {
    if (requested === UNDEFINED_EPOCH) return;
    if (requested > p.leaderEpoch) {
      throw new KafkaError(
        'UNKNOWN_LEADER_EPOCH',
        `Received leader epoch ${requested} is larger than the current epoch ${p.leaderEpoch} of ${p.name}`,
      );
    }
    if (requested < p.leaderEpoch) {
      throw new KafkaError(
        'FENCED_LEADER_EPOCH',
        `Received leader epoch ${requested} is older than the current epoch ${p.leaderEpoch} of ${p.name}`,
      );
    }
  }

  // ---------------------------------------------------------------- produce

  /**
   * Appends a partition's records from a produce request. Resolves with the offsets assigned; rejects with the
   * partition's Kafka error (nothing is written then).
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
    checkRecordFraming(records, this.#view);
    const now = this.#clock();
    const compressedMaxPending = correctMaxTimestamps(records, p.settings, now, this.#view);
    const waitForIsr = options.requiredAcks === -1 && p.replicated;
    if (!p.appendsQueued && !compressedMaxPending && !this.#needsPreparation(p, records, now)) {
      const result = this.#appendNow(p, records, now);
      return waitForIsr ? this.#awaitIsr(p, result, options) : result;
    }
    const appended = p.enqueue(async () => {
      const at = this.#clock();
      const prepared = await this.#prepare(p, records, at);
      return this.#appendNow(p, prepared, at);
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
        throw new RecordValidationError(
          'INVALID_TIMESTAMP',
          'One or more records have been rejected due to invalid timestamp',
          errors,
        );
      }
      batches = converted.batches;
    }
    const ctx = this.#checkContext(p, now);
    if (needsRecordWalk(batches, ctx)) await checkRecords(batches, ctx);
    await correctMaxTimestampsAsync(batches, p.settings, now);
    const codec = codecForTopicCompression(p.settings.compressionType);
    if (codec !== null && this.#needsRecompression(p, batches)) {
      // The client's batches are checked (CRC, sizes, counts) before being rebuilt: the rebuilt ones are valid by
      // construction, so this is the only chance to reject damaged input.
      validateRecordSet(batches, p.log.config, true);
      batches = await recompressBatches(batches, codec);
    }
    return batches;
  }

  #appendNow(
    p: ReplicaPartition,
    records: Buffer,
    now: number,
  ): PartitionAppendResult & { readonly requiredOffset: number; readonly leaderId: number } {
    if (p.deleted)
      throw new KafkaError('UNKNOWN_TOPIC_OR_PARTITION', 'This server does not host this topic-partition.');
    const result = p.log.append(records, { leaderEpoch: p.leaderEpoch, now });
    if (p.replicated) this.#replication.afterLeaderAppend(p);
    else {
      this.#advanceHighWatermark(p.log);
      p.notifyAppend(records.length);
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

  // ---------------------------------------------------------------- fetch

  /**
   * Reads every partition (Kafka's readFromLog: the response-wide limit shrinks as partitions fill it, and the first
   * non-empty partition may exceed the limits with one whole batch unless the limits are hard), and answers at once
   * when Kafka would: no wait asked, nothing to read, `minBytes` reached, an error, or a diverging epoch. Otherwise
   * the fetch parks until appends make `minBytes` readable, a partition goes away, the broker stops, or
   * `maxWaitMs` passes, then reads again.
   */
  fetchMessages(
    params: FetchParams,
    requests: readonly FetchPartitionRequest[],
  ): PartitionReadResult[] | Promise<PartitionReadResult[]> {
    const first = this.#readAll(params, requests);
    let bytes = 0;
    let errorOrDivergence = false;
    for (const r of first) {
      bytes += r.bytes;
      if (r.errorCode !== ErrorCode.NONE || r.divergingEpoch !== null) errorOrDivergence = true;
    }
    if (
      params.maxWaitMs <= 0 ||
      requests.length === 0 ||
      bytes >= params.minBytes ||
      errorOrDivergence ||
      this.#closing
    ) {
      return first;
    }
    const readCommitted = params.isolationLevel === 1;
    const parked: ParkedPartition[] = requests.map((req, i) => ({
      partition: req.partition,
      initialBytes: first[i]?.bytes ?? 0,
      maxBytes: req.maxBytes,
      fetchOffset: req.fetchOffset,
      readCommitted,
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

  #readPartition(
    params: FetchParams,
    req: FetchPartitionRequest,
    maxBytes: number,
    minOneBatch: boolean,
  ): PartitionReadResult {
    const p = req.partition;
    try {
      if (p.deleted)
        throw new KafkaError('UNKNOWN_TOPIC_OR_PARTITION', 'This server does not host this topic-partition.');
      if (p.state.leader !== params.nodeId) throw new KafkaError('NOT_LEADER_OR_FOLLOWER');
      this.checkLeaderEpoch(p, req.currentLeaderEpoch);
      const log = p.log;
      if (req.lastFetchedEpoch !== UNDEFINED_EPOCH) {
        const end = this.endOffsetForEpoch(p, req.lastFetchedEpoch);
        if (end.offset === UNDEFINED_EPOCH_OFFSET || end.leaderEpoch === UNDEFINED_EPOCH) {
          throw new OffsetOutOfRangeError(
            `Could not determine the end offset of the last fetched epoch ${req.lastFetchedEpoch} of ${p.name}`,
          );
        }
        if (req.fetchOffset < log.logStartOffset) {
          throw new OffsetOutOfRangeError(
            `Received request for offset ${req.fetchOffset} of ${p.name}, but the log start offset is ${log.logStartOffset}`,
          );
        }
        if (end.leaderEpoch < req.lastFetchedEpoch || end.offset < req.fetchOffset) {
          return {
            errorCode: ErrorCode.NONE,
            highWatermark: log.highWatermark,
            lastStableOffset: log.lastStableOffset,
            logStartOffset: log.logStartOffset,
            abortedTransactions: params.isolationLevel === 1 ? NO_ABORTED_TXNS : null,
            records: NO_RECORDS,
            bytes: 0,
            divergingEpoch: { epoch: end.leaderEpoch, endOffset: end.offset },
          };
        }
      }
      // READ_COMMITTED reads up to the last stable offset (FetchIsolation.TXN_COMMITTED), others to the high watermark.
      const readCommitted = params.isolationLevel === 1;
      const lastStableOffset = log.lastStableOffset;
      const read = log.read(req.fetchOffset, maxBytes, {
        minOneBatch,
        upTo: readCommitted ? lastStableOffset : log.highWatermark,
      });
      let bytes = 0;
      for (const b of read.records) bytes += b.length;
      let abortedTransactions: readonly AbortedTransaction[] | null = null;
      if (readCommitted) {
        // Kafka's collectAbortedTransactions(fetchOffset, upperBoundOffset): up to the offset after the last batch.
        abortedTransactions =
          bytes === 0
            ? NO_ABORTED_TXNS
            : log.collectAbortedTransactions(req.fetchOffset, this.#nextOffsetAfter(read.records));
      }
      return {
        errorCode: ErrorCode.NONE,
        highWatermark: read.highWatermark,
        lastStableOffset,
        logStartOffset: read.logStartOffset,
        abortedTransactions,
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

  /** The offset after the last batch of a read (its batches' headers are walked; no record is decoded). */
  #nextOffsetAfter(records: readonly Buffer[]): number {
    const view = this.#view;
    let next = -1;
    for (const buf of records) {
      for (let off = 0; off + BATCH_HEADER_SIZE <= buf.length; ) {
        view.at(buf, off);
        next = view.lastOffset + 1;
        off += view.sizeInBytes;
      }
    }
    return next;
  }

  // ---------------------------------------------------------------- offsets

  /**
   * ListOffsets for one partition (UnifiedLog.fetchOffsetByTimestamp plus Partition's isolation rules). `isolation`
   * is null for requests that are not from consumers (they may see up to the log end offset). Returns null when no
   * record has a timestamp at or after `timestamp`. Storage answers a compressed batch at batch level; the record is
   * then found inside it, as Kafka's FileRecords.searchForTimestamp and RecordBatch.offsetOfMaxTimestamp do.
   */
  async offsetForTimestamp(
    p: ReplicaPartition,
    timestamp: number,
    isolation: number | null,
  ): Promise<OffsetAndEpoch | null> {
    const log = p.log;
    // Partition.fetchOffsetForTimestamp: READ_COMMITTED consumers see up to the last stable offset.
    const lastFetchable =
      isolation === null ? log.logEndOffset : isolation === 1 ? log.lastStableOffset : log.highWatermark;
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
        return {
          timestamp: exact?.timestamp ?? max.timestamp,
          offset: exact?.offset ?? max.offset,
          leaderEpoch: p.leaderEpoch,
        };
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
    const entries: { offset: number; time: number }[] = log
      .segmentBaseOffsets()
      .map((base) => ({ offset: Math.max(base, log.logStartOffset), time: now }));
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
    for (let i = start; i >= 0 && out.length < Math.max(0, maxNumOffsets); i--)
      out.push((entries[i] as { offset: number }).offset);
    out.sort((a, b) => b - a);
    if (!fromConsumer) return out;
    const hw = log.highWatermark;
    if (out.some((o) => o > hw)) return [hw, ...out.filter((o) => o <= hw)];
    return out;
  }

  /**
   * LeaderEpochFileCache.endOffsetFor over the leader's epoch history: the current epoch ends at the log end offset,
   * an older one where the next higher epoch starts, an unknown newer epoch or -1 has no end. A log with no history
   * yet (nothing appended since it was created) has had the current epoch since its start.
   */
  endOffsetForEpoch(p: ReplicaPartition, requestedEpoch: number): { leaderEpoch: number; offset: number } {
    if (requestedEpoch === UNDEFINED_EPOCH || requestedEpoch > p.leaderEpoch) {
      return { leaderEpoch: UNDEFINED_EPOCH, offset: UNDEFINED_EPOCH_OFFSET };
    }
    if (requestedEpoch === p.leaderEpoch) return { leaderEpoch: requestedEpoch, offset: p.log.logEndOffset };
    const epochs = p.log.leaderEpochs;
    if (epochs.latestEpoch === UNDEFINED_EPOCH) return { leaderEpoch: requestedEpoch, offset: p.log.logStartOffset };
    if (epochs.latestEpoch < p.leaderEpoch) {
      // The current epoch has no entry yet (nothing appended in it): it starts at the log end offset.
      if (requestedEpoch >= epochs.latestEpoch) return { leaderEpoch: epochs.latestEpoch, offset: p.log.logEndOffset };
    }
    return epochs.endOffsetFor(requestedEpoch, p.log.logEndOffset);
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
    if (p.state.leader === -1) throw new KafkaError('NOT_LEADER_OR_FOLLOWER', `${p.name} has no leader`);
    const result = p.log.append(records, { leaderEpoch: p.leaderEpoch, now: this.#clock(), fromClient: false });
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
    for (const d of [...this.#parked]) d.complete();
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

  /** Runs one retention pass now (log.retention.check.interval.ms runs it on its own). */
  runRetention(): number {
    let n = 0;
    for (const logs of this.#logsByNode.values()) n += logs.runRetention(this.#clock());
    return n;
  }

  #onTopicChange(change: TopicChange): void {
    if (change.type === 'created') {
      this.#openTopic(change.topic);
      return;
    }
    if (change.type === 'updated') {
      this.#updateTopic(change.topic);
      return;
    }
    if (change.type === 'leadership') {
      for (const p of this.#partitions.get(change.topic.name) ?? []) if (p) p.update(change.topic, p.settings);
      return;
    }
    const parts = this.#partitions.get(change.topic.name) ?? [];
    this.#partitions.delete(change.topic.name);
    for (const p of parts) {
      p.markDeleted();
      for (const nodeId of p.replicas.keys()) {
        try {
          this.#logsOf(nodeId).deletePartition(change.topic.name, p.index);
        } catch (err) {
          this.#logger.error({ err, partition: p.name, nodeId }, 'deleting a partition log failed');
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

  #openTopic(topic: TopicState): void {
    const settings = resolveTopicSettings(topic.configs, this.#cluster.brokerProps);
    const parts: ReplicaPartition[] = [];
    for (const state of topic.partitions) this.#openPartition(topic, state, settings, parts);
    this.#partitions.set(topic.name, parts);
  }

  #openPartition(topic: TopicState, state: PartitionState, settings: TopicSettings, parts: ReplicaPartition[]): void {
    try {
      // One log per replica on a broker identity of this process; metadata naming none of them (written under
      // another node.id) keeps one log in the first identity's dirs, as before replication.
      const local = state.replicas.filter((id) => this.#logsByNode.has(id));
      const owners = local.length > 0 ? local : [state.leader];
      const replicas = new Map<number, Replica>();
      const logConfig = this.#logConfig(topic);
      for (const nodeId of owners) {
        const log = this.#logsOf(nodeId).createPartition(topic.name, state.partition, topic.configs);
        // The log manager's defaults are those of start-up; dynamic broker configs may have changed them since.
        log.updateConfig(logConfig);
        replicas.set(nodeId, { nodeId, log, frozen: false, fetchState: newFetchState(this.#clock()) });
      }
      const p = new ReplicaPartition(topic, state, replicas, settings);
      if (p.replicated) this.#replication.onOpened(p);
      else this.#advanceHighWatermark(p.log);
      parts[state.partition] = p;
    } catch (err) {
      this.#logger.error({ err, topic: topic.name, partition: state.partition }, 'opening a partition log failed');
    }
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

function errorRead(errorCode: number): PartitionReadResult {
  return {
    errorCode,
    highWatermark: UNKNOWN_OFFSET,
    lastStableOffset: UNKNOWN_OFFSET,
    logStartOffset: UNKNOWN_OFFSET,
    abortedTransactions: null,
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
async function recordAtOrAfter(
  log: PartitionLog,
  fromOffset: number,
  target: number,
): Promise<{ timestamp: number; offset: number } | null> {
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

/** Directory, inside each log dir, holding the logs of the other broker identities of this process. */
export const REPLICA_DIRS = '.replicas';

function openLogManager(
  o: ReplicaManagerOptions,
  io: SegmentIO,
  props: Record<string, string>,
  logDirs: string[],
): LogManager {
  return LogManager.open({
    logDirs,
    io,
    logger: o.logger,
    config: logManagerConfigFromProps(props),
    clock: o.clock,
    scheduler: o.scheduler,
  });
}
