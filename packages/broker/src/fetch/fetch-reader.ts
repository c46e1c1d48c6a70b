/**
 * Fetch reads on the partitions a ReplicaManager hosts (Kafka's ReplicaManager.fetchMessages and readFromLog): each
 * partition's batches as views of segment memory, within the response's and the partition's byte limits, up to the
 * high watermark (READ_COMMITTED: the last stable offset, with the aborted transactions of the range), a diverging
 * epoch for a follower-style fetch that names one, and long polling: a fetch that cannot answer yet parks
 * (replica/delayed-fetch.ts) until appends make `minBytes` readable.
 */
import { BATCH_HEADER_SIZE, BatchHeaderView, ErrorCode } from '@samsa/protocol';
import { OffsetOutOfRangeError, type AbortedTransaction, type PartitionLog } from '@samsa/storage';
import type { Logger } from 'pino';
import { KafkaError, toErrorCode } from '../errors';
import { DelayedFetch, type ParkedPartition } from '../replica/delayed-fetch';
import {
  checkLeaderEpoch,
  endOffsetForEpoch,
  UNDEFINED_EPOCH,
  UNDEFINED_EPOCH_OFFSET,
} from '../replica/offset-lookups';
import type { ReplicaPartition } from '../replica/replica-partition';

/** UnifiedLog.UnknownOffset. */
const UNKNOWN_OFFSET = -1;
const NO_RECORDS: readonly Buffer[] = [];
const NO_ABORTED_TXNS: readonly AbortedTransaction[] = [];

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
  /**
   * A consumer fetch carrying client metadata (v11+): a follower replica on `nodeId` serves it from its own log, up to
   * its own high watermark (KIP-392; Kafka's FetchParams.fetchOnlyLeader is false).
   */
  readonly followerReads: boolean;
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

export class FetchReader {
  readonly #logger: Logger;
  /** True once the broker is stopping: fetches answer at once and none parks. */
  readonly #closing: () => boolean;
  readonly #parked = new Set<DelayedFetch>();
  readonly #view = new BatchHeaderView();

  constructor(logger: Logger, closing: () => boolean) {
    this.#logger = logger;
    this.#closing = closing;
  }

  /** Answers every parked fetch now (the broker is stopping). */
  completeParked(): void {
    for (const d of [...this.#parked]) d.complete();
  }

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
      this.#closing()
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
      const log = readableLog(p, params);
      checkLeaderEpoch(p, req.currentLeaderEpoch);
      // Diverging epochs are for replica fetches, which only leaders serve; consumers send no last fetched epoch.
      if (req.lastFetchedEpoch !== UNDEFINED_EPOCH && log === p.log) {
        const end = endOffsetForEpoch(p, req.lastFetchedEpoch);
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
}

/**
 * The log a fetch reads: the leader's on the leader; a follower's own on a follower when the fetch allows it
 * (Partition.localLogWithEpochOrThrow with requireLeader false); NOT_LEADER_OR_FOLLOWER elsewhere.
 */
function readableLog(p: ReplicaPartition, params: FetchParams): PartitionLog {
  if (p.state.leader === params.nodeId) return p.log;
  const replica =
    params.followerReads && p.state.replicas.includes(params.nodeId) ? p.replicas.get(params.nodeId) : null;
  if (!replica) throw new KafkaError('NOT_LEADER_OR_FOLLOWER');
  return replica.log;
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
