/**
 * Fetch. Reads record batches for consumers; the record sets in the response are views of segment memory,
 * written to the socket without copying.
 * - Sessions (KIP-227, v7+): epoch -1 is sessionless, epoch 0 opens a session, other epochs continue one; an
 *   incremental response lists only partitions with news (fetch/fetch-session.ts). A session error answers with the
 *   top-level error code and no partitions.
 * - Long poll: unless `max_wait_ms` is 0, the fetch waits until `min_bytes` are readable (woken by appends, not by
 *   polling), an error or diverging epoch shows up, or `max_wait_ms` passes; broker stop answers parked fetches.
 * - Limits: `max_bytes` (v3+, KIP-74) and `partition_max_bytes`, capped by `fetch.max.bytes`; the first non-empty
 *   partition returns at least one whole batch from v3 on (v0-2 limits are hard). Partition order is kept.
 * - Follower fetching (KIP-392): a consumer fetch v11+ may be served by a follower replica from its own log, up to
 *   its own high watermark; the leader answers preferred_read_replica (no records) when replica.selector.class is
 *   RackAwareReplicaSelector and an in-sync follower shares the consumer's rack_id, or one is forced through the
 *   control API (fetch/read-replica-selector.ts).
 * - Per partition: TOPIC_AUTHORIZATION_FAILED (READ on the topic; CLUSTER_ACTION for a replica fetch),
 *   UNKNOWN_TOPIC_OR_PARTITION, UNKNOWN_TOPIC_ID (v13+ topic ids, KIP-516), NOT_LEADER_OR_FOLLOWER
 *   (no replica here, a consumer fetch below v11 on a follower, or a replica fetch: every follower copies
 *   in-process), FENCED_LEADER_EPOCH / UNKNOWN_LEADER_EPOCH (current_leader_epoch, v9+, KIP-320),
 *   OFFSET_OUT_OF_RANGE, a diverging epoch
 *   (last_fetched_epoch, v12+, KIP-595). Error partitions carry -1 offsets and no records, as in Kafka.
 * - The high watermark, last stable offset (v4+) and log start offset (v5+). `isolation_level` (v4+, KIP-98):
 *   READ_COMMITTED reads only below the last stable offset (the first offset of the oldest open transaction) and
 *   answers aborted_transactions = the aborted transactions overlapping the returned batches (producer id and first
 *   offset, so the client drops their records); READ_UNCOMMITTED reads to the high watermark, aborted_transactions
 *   null. A parked READ_COMMITTED fetch wakes when the last stable offset moves. v12 is flexible; v13 names topics by id;
 *   v15 moves the replica id into replica_state (KIP-903); v16 adds node_endpoints for leader changes (KIP-951);
 *   v17 adds replica_directory_id (KIP-853), ignored.
 * - Quotas (KIP-219): max_bytes is capped to what one consumer_byte_rate window allows; a fetch over the quota is
 *   answered with no partitions and throttle_time_ms (its size taken back from the rate), as KafkaApis does.
 * - Message format: v0-1 get magic 0 and v2-3 magic 1 (converted from the stored v2 batches); v4+ get the batches
 *   as stored. Below v10 a topic whose compression.type is zstd answers UNSUPPORTED_COMPRESSION_TYPE (KIP-110).
 */
import {
  batchesToLegacy,
  ErrorCode,
  FetchApi,
  ZERO_UUID,
  type FetchRequest,
  type FetchResponse,
  type FetchableTopicResponse,
  type FetchMessages,
  Writer,
} from '@samsa/protocol';
import { toErrorCode } from '../errors';

type PartitionData = FetchMessages.PartitionData;
import {
  INVALID_SESSION_ID,
  type FetchContext,
  type FetchKey,
  type PartitionOutcome,
  type RequestedPartition,
  type ResponseEntry,
} from '../fetch/fetch-session';
import type { FetchParams, FetchPartitionRequest, PartitionReadResult } from '../fetch/fetch-reader';
import { NO_PREFERRED_REPLICA } from '../fetch/read-replica-selector';
import { checkLeaderEpoch } from '../replica/offset-lookups';
import type { ReplicaPartition } from '../replica/replica-partition';
import { allows, allowsCluster, Op, ResourceType } from './authorize';
import { defineHandler, type RequestContext } from './handler';

const INT32_MAX = 0x7fffffff;
const NO_RECORDS: readonly Buffer[] = [];

interface Answer extends PartitionOutcome {
  readonly response: PartitionData;
}

export const fetchHandler = defineHandler<FetchRequest, FetchResponse>({
  api: FetchApi,
  versions: { min: 0, max: 17 },
  async handle(ctx, request) {
    const version = ctx.apiVersion;
    const { cluster, replicas } = ctx;
    const usesTopicIds = version >= 13;
    const fetchData: RequestedPartition[] = [];
    for (const t of request.topics) {
      const topicId = usesTopicIds ? (t.topicId ?? ZERO_UUID) : ZERO_UUID;
      const name = usesTopicIds ? (cluster.topicById(topicId)?.name ?? null) : (t.topic ?? '');
      for (const p of t.partitions) {
        fetchData.push({
          topic: name,
          topicId,
          partition: p.partition,
          params: {
            fetchOffset: p.fetchOffset,
            maxBytes: p.partitionMaxBytes,
            currentLeaderEpoch: p.currentLeaderEpoch ?? -1,
            lastFetchedEpoch: p.lastFetchedEpoch ?? -1,
            logStartOffset: p.logStartOffset ?? -1,
          },
        });
      }
    }
    const toForget: FetchKey[] = [];
    for (const f of request.forgottenTopicsData ?? []) {
      const topicId = usesTopicIds ? (f.topicId ?? ZERO_UUID) : ZERO_UUID;
      const name = usesTopicIds ? (cluster.topicById(topicId)?.name ?? null) : (f.topic ?? '');
      for (const partition of f.partitions) toForget.push({ topic: name, topicId, partition });
    }

    const now = replicas.clock();
    const context: FetchContext = replicas.fetchSessions.newContext({
      version,
      sessionId: request.sessionId ?? 0,
      epoch: request.sessionEpoch ?? -1,
      fetchData,
      toForget,
      now,
      topicName: (id) => cluster.topicById(id)?.name ?? null,
    });
    if (context.kind === 'error') {
      const r = context.respond<Answer>([], now);
      return { throttleTimeMs: 0, errorCode: r.errorCode, sessionId: r.sessionId, responses: [], nodeEndpoints: [] };
    }

    const replicaId = version >= 15 ? (request.replicaState?.replicaId ?? -1) : (request.replicaId ?? -1);
    // KIP-392: a consumer fetch from v11 on carries client metadata (its rack); followers may serve it.
    const clientMetadata = version >= 11 && replicaId < 0;
    let racks: ReadonlyMap<number, string | null> | null = null;
    const rackOf = (id: number): string | null | undefined => {
      racks ??= new Map(cluster.brokers.map((b) => [b.nodeId, b.rack]));
      return racks.get(id);
    };
    const readable: { key: FetchKey; request: FetchPartitionRequest }[] = [];
    /** Answered without a read: errors, and redirects to a preferred read replica. */
    const unread: ResponseEntry<Answer>[] = [];
    const mayRead = readAuthorization(ctx, replicaId);
    for (const p of context.partitions) {
      const code = partitionError(ctx, p, usesTopicIds, replicaId, mayRead);
      if (code !== ErrorCode.NONE) {
        unread.push({ key: p, data: errorAnswer(code) });
        continue;
      }
      const partition = replicas.partition(p.topic as string, p.partition) as ReplicaPartition;
      if (clientMetadata && partition.state.leader === ctx.node.nodeId) {
        const preferred = replicas.readReplicas.select(
          partition,
          request.rackId ?? '',
          p.params.fetchOffset,
          rackOf,
          now,
        );
        if (preferred !== NO_PREFERRED_REPLICA) {
          unread.push({ key: p, data: redirectAnswer(partition, p.params.currentLeaderEpoch, preferred) });
          continue;
        }
      }
      readable.push({
        key: p,
        request: {
          partition,
          fetchOffset: p.params.fetchOffset,
          maxBytes: p.params.maxBytes,
          currentLeaderEpoch: p.params.currentLeaderEpoch,
          lastFetchedEpoch: p.params.lastFetchedEpoch,
        },
      });
    }

    const params: FetchParams = {
      nodeId: ctx.node.nodeId,
      maxWaitMs: request.maxWaitMs,
      minBytes: request.minBytes,
      maxBytes: Math.min(
        version >= 3 ? (request.maxBytes ?? INT32_MAX) : INT32_MAX,
        cluster.config.int('fetch.max.bytes'),
        Math.max(0, Math.floor(ctx.quota?.fetchMaxBytes() ?? INT32_MAX)),
      ),
      isolationLevel: request.isolationLevel ?? 0,
      hardMaxBytesLimit: version <= 2,
      // A stopped broker identity's replicas are offline: it serves no follower reads.
      followerReads: clientMetadata && !replicas.replication.isDown(ctx.node.nodeId),
    };
    const results = await replicas.fetchMessages(
      params,
      readable.map((r) => r.request),
    );

    const entries: ResponseEntry<Answer>[] = [];
    for (let i = 0; i < readable.length; i++) {
      const r = readable[i] as { key: FetchKey; request: FetchPartitionRequest };
      const result = results[i] as PartitionReadResult;
      entries.push({ key: r.key, data: await answerOf(ctx, r.request, result) });
    }
    entries.push(...unread);

    // KafkaApis: the response's size is counted against consumer_byte_rate before the fetch context is updated, and a
    // throttled fetch gets an empty response (so the client's next fetch asks for the same data). A full or
    // sessionless fetch answers every partition: its size is known up front, and when throttled it opens no session
    // (FullFetchContext.getThrottledResponse). An incremental fetch's size is that of the partitions it answers.
    if (ctx.quota && context.kind !== 'incremental') {
      const all = groupByTopic(entries, usesTopicIds);
      const throttleMs = ctx.quota.throttleFetch(responseSize(version, ErrorCode.NONE, INVALID_SESSION_ID, all));
      if (throttleMs > 0) return throttledResponse(throttleMs, INVALID_SESSION_ID);
    }
    const out = context.respond(entries, replicas.clock());
    const responses = groupByTopic(out.entries, usesTopicIds);
    if (ctx.quota && context.kind === 'incremental') {
      const throttleMs = ctx.quota.throttleFetch(responseSize(version, out.errorCode, out.sessionId, responses));
      if (throttleMs > 0) return throttledResponse(throttleMs, out.sessionId, out.errorCode);
    }
    return {
      throttleTimeMs: 0,
      errorCode: out.errorCode,
      sessionId: out.sessionId,
      responses,
      nodeEndpoints: nodeEndpointsFor(ctx, responses),
    };
  },
  errorResponse(request, code) {
    return {
      throttleTimeMs: 0,
      errorCode: code,
      sessionId: 0,
      responses: request.topics.map((t) => ({
        topic: t.topic ?? '',
        topicId: t.topicId ?? ZERO_UUID,
        partitions: t.partitions.map((p) => ({ ...errorPartitionData(code), partitionIndex: p.partition })),
      })),
      nodeEndpoints: [],
    };
  },
});

function throttledResponse(
  throttleTimeMs: number,
  sessionId: number,
  errorCode: number = ErrorCode.NONE,
): FetchResponse {
  return { throttleTimeMs, errorCode, sessionId, responses: [], nodeEndpoints: [] };
}

/** The encoded size of the response body (what FetchContext.getResponseSize counts against consumer_byte_rate). */
function responseSize(
  version: number,
  errorCode: number,
  sessionId: number,
  responses: FetchableTopicResponse[],
): number {
  const writer = new Writer();
  FetchApi.encodeResponse(writer, version, { throttleTimeMs: 0, errorCode, sessionId, responses, nodeEndpoints: [] });
  return writer.byteLength;
}

/**
 * KafkaApis.handleFetchRequest's authorization: a replica fetch needs CLUSTER_ACTION on the cluster, a consumer fetch
 * READ on each topic (asked once per topic).
 */
function readAuthorization(ctx: RequestContext, replicaId: number): (topic: string) => boolean {
  if (ctx.authorizer === null) return () => true;
  if (replicaId >= 0) {
    const clusterAction = allowsCluster(ctx, Op.CLUSTER_ACTION);
    return () => clusterAction;
  }
  const answers = new Map<string, boolean>();
  return (topic) => {
    let answer = answers.get(topic);
    if (answer === undefined) {
      answer = allows(ctx, Op.READ, ResourceType.TOPIC, topic);
      answers.set(topic, answer);
    }
    return answer;
  };
}

/**
 * The error a partition gets before any read: not authorized (TOPIC_AUTHORIZATION_FAILED), unknown topic (id), unknown partition, a partition whose log could not be
 * opened (KAFKA_STORAGE_ERROR), a fetch from a follower.
 */
function partitionError(
  ctx: RequestContext,
  p: RequestedPartition,
  usesTopicIds: boolean,
  replicaId: number,
  mayRead: (topic: string) => boolean,
): number {
  if (p.topic === null) return ErrorCode.UNKNOWN_TOPIC_ID;
  if (!mayRead(p.topic)) return ErrorCode.TOPIC_AUTHORIZATION_FAILED;
  const topic = ctx.cluster.topicByName(p.topic);
  if (!topic || (usesTopicIds && topic.id !== p.topicId))
    return usesTopicIds ? ErrorCode.UNKNOWN_TOPIC_ID : ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
  if (ctx.replicas.isOffline(p.topic, p.partition)) return ErrorCode.KAFKA_STORAGE_ERROR;
  const partition = ctx.replicas.partition(p.topic, p.partition);
  if (!partition || partition.deleted) return ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
  // Every replica lives in this process: no other broker ever replicates from here.
  if (replicaId >= 0) return ErrorCode.NOT_LEADER_OR_FOLLOWER;
  if (ctx.apiVersion < 10 && partition.settings.compressionType === 'zstd')
    return ErrorCode.UNSUPPORTED_COMPRESSION_TYPE;
  return ErrorCode.NONE;
}

async function answerOf(ctx: RequestContext, req: FetchPartitionRequest, r: PartitionReadResult): Promise<Answer> {
  const { partition, fetchOffset } = req;
  const version = ctx.apiVersion;
  if (r.errorCode !== ErrorCode.NONE) {
    const answer = errorAnswer(r.errorCode);
    if (
      (r.errorCode === ErrorCode.NOT_LEADER_OR_FOLLOWER || r.errorCode === ErrorCode.FENCED_LEADER_EPOCH) &&
      version >= 16
    ) {
      answer.response.currentLeader = { leaderId: partition.state.leader, leaderEpoch: partition.leaderEpoch };
    }
    return answer;
  }
  let records: readonly Buffer[] = r.records;
  let bytes = r.bytes;
  if (version < 4 && bytes > 0) {
    try {
      const legacy = await batchesToLegacy(records, version <= 1 ? 0 : 1, fetchOffset);
      records = [legacy];
      bytes = legacy.length;
    } catch (err) {
      const code = toErrorCode(err);
      if (code === ErrorCode.UNKNOWN_SERVER_ERROR)
        ctx.logger.error({ err, partition: partition.name }, 'converting fetched batches failed');
      return errorAnswer(code);
    }
  }
  partition.traffic.bytesOut += bytes;
  const response: PartitionData = {
    partitionIndex: partition.index,
    errorCode: ErrorCode.NONE,
    highWatermark: r.highWatermark,
    lastStableOffset: r.lastStableOffset,
    logStartOffset: r.logStartOffset,
    // Same shape as the generated AbortedTransaction; the encoder only reads it.
    abortedTransactions: r.abortedTransactions as PartitionData['abortedTransactions'],
    preferredReadReplica: -1,
    records,
  };
  if (r.divergingEpoch !== null && version >= 12)
    response.divergingEpoch = { epoch: r.divergingEpoch.epoch, endOffset: r.divergingEpoch.endOffset };
  return {
    response,
    errorCode: ErrorCode.NONE,
    highWatermark: r.highWatermark,
    logStartOffset: r.logStartOffset,
    recordBytes: bytes,
    preferredReadReplica: -1,
    diverging: r.divergingEpoch !== null,
  };
}

/**
 * ReplicaManager.readFromLog with a preferred read replica: no read, the leader's offsets (after the leader epoch
 * check) and the replica to fetch from next.
 */
function redirectAnswer(partition: ReplicaPartition, currentLeaderEpoch: number, preferred: number): Answer {
  try {
    checkLeaderEpoch(partition, currentLeaderEpoch);
  } catch (err) {
    return errorAnswer(toErrorCode(err));
  }
  const log = partition.log;
  const response: PartitionData = {
    partitionIndex: partition.index,
    errorCode: ErrorCode.NONE,
    highWatermark: log.highWatermark,
    lastStableOffset: log.lastStableOffset,
    logStartOffset: log.logStartOffset,
    abortedTransactions: null,
    preferredReadReplica: preferred,
    records: NO_RECORDS,
  };
  return {
    response,
    errorCode: ErrorCode.NONE,
    highWatermark: log.highWatermark,
    logStartOffset: log.logStartOffset,
    recordBytes: 0,
    preferredReadReplica: preferred,
    diverging: false,
  };
}

function errorPartitionData(errorCode: number): PartitionData {
  return {
    partitionIndex: 0,
    errorCode,
    highWatermark: -1,
    lastStableOffset: -1,
    logStartOffset: -1,
    abortedTransactions: null,
    preferredReadReplica: -1,
    records: NO_RECORDS,
  };
}

function errorAnswer(errorCode: number): Answer {
  return {
    response: errorPartitionData(errorCode),
    errorCode,
    highWatermark: -1,
    logStartOffset: -1,
    recordBytes: 0,
    preferredReadReplica: -1,
    diverging: false,
  };
}

/** Consecutive partitions of one topic share a topic entry (FetchResponse.toMessage keeps the partition order). */
function groupByTopic(entries: readonly ResponseEntry<Answer>[], usesTopicIds: boolean): FetchableTopicResponse[] {
  const out: FetchableTopicResponse[] = [];
  let current: FetchableTopicResponse | null = null;
  let currentKey = '';
  for (const e of entries) {
    const key = usesTopicIds ? e.key.topicId : (e.key.topic ?? '');
    if (current === null || key !== currentKey) {
      current = { topic: e.key.topic ?? '', topicId: e.key.topicId, partitions: [] };
      currentKey = key;
      out.push(current);
    }
    current.partitions.push({ ...e.data.response, partitionIndex: e.key.partition });
  }
  return out;
}

/** KIP-951 (v16+): endpoints of the leaders named in current_leader fields. */
function nodeEndpointsFor(
  ctx: RequestContext,
  responses: readonly FetchableTopicResponse[],
): FetchResponse['nodeEndpoints'] {
  if (ctx.apiVersion < 16) return [];
  const ids = new Set<number>();
  for (const t of responses) for (const p of t.partitions) if (p.currentLeader) ids.add(p.currentLeader.leaderId);
  if (ids.size === 0) return [];
  return ctx.cluster.brokersOn(ctx.auth.listenerName).filter((b) => ids.has(b.nodeId));
}
