/**
 * Produce. Appends each partition's records and answers per partition, so one partition's error leaves the
 * others in the same request unaffected.
 * - Checks in Kafka's order: the partition must exist (UNKNOWN_TOPIC_OR_PARTITION; a produce never creates topics,
 *   the client's Metadata request does that under auto.create.topics.enable), this broker must lead it
 *   (NOT_LEADER_OR_FOLLOWER), then ProduceRequest.validateRecords: from v3 exactly one magic-2 batch
 *   (INVALID_RECORD) and no zstd below v7 (UNSUPPORTED_COMPRESSION_TYPE, KIP-110). Storage's log validator then
 *   checks each batch's header, CRC32C, record count vs offsets (CORRUPT_MESSAGE / INVALID_RECORD),
 *   max.message.bytes (MESSAGE_TOO_LARGE) and every record's structure (INVALID_RECORD); timestamps and
 *   compacted-topic keys fail with per-record errors (INVALID_TIMESTAMP / INVALID_RECORD, KIP-467 record_errors and
 *   error_message from v8).
 * - acks must be -1, 0 or 1 (INVALID_REQUIRED_ACKS for every partition). With one replica, acks=-1 completes once
 *   the append is done (and fsynced with samsa.log.flush.on.append); a topic whose min.insync.replicas exceeds its
 *   ISR fails acks=-1 with NOT_ENOUGH_REPLICAS. With replicas, acks=-1 waits until every ISR member has the batch
 *   (DelayedProduce): REQUEST_TIMED_OUT after timeout_ms, NOT_ENOUGH_REPLICAS_AFTER_APPEND when the ISR shrank
 *   below min.insync.replicas meanwhile (the batch stays written either way).
 * - acks=0 gets no response; if any partition failed, the connection is closed after earlier responses, as Kafka
 *   does, so the client notices and refreshes its metadata.
 * - Quotas: once appended, the request's size counts against producer_byte_rate (quotas/request-quota.ts).
 * - v0-2 may carry legacy message sets (magic 0/1): they are converted to v2 batches on append.
 * - Idempotent batches (KIP-98) are checked against the partition's producer state in storage: a retry of one of the
 *   producer's last 5 batches is answered with its original offsets and not written again; a gap is
 *   OUT_OF_ORDER_SEQUENCE_NUMBER, an older epoch INVALID_PRODUCER_EPOCH.
 * - Authorization (KafkaApis.handleProduceRequest): WRITE on each topic (TOPIC_AUTHORIZATION_FAILED for its
 *   partitions, before anything else is checked).
 * - Transactional batches (KIP-98) need the request's transactional id and WRITE on it (TRANSACTIONAL_ID_AUTHORIZATION_FAILED
 *   for the whole request otherwise, as Kafka answers) and, with transaction.partition.verification.enable, a partition
 *   the coordinator has in the producer's ongoing transaction (KIP-890 part 1): otherwise INVALID_TXN_STATE
 *   "Partition was not added to the transaction" (TRANSACTION_ABORTABLE from v11), INVALID_PRODUCER_EPOCH for a
 *   fenced producer, NOT_ENOUGH_REPLICAS while the coordinator cannot tell; nothing is appended.
 * - v1 adds throttle_time_ms; v2 log_append_time (KIP-32); v3 transactional_id (KIP-98); v5 log_start_offset
 *   (KIP-107); v8 record_errors and error_message (KIP-467); v9 flexible; v10 current_leader and node_endpoints on
 *   NOT_LEADER_OR_FOLLOWER (KIP-951); v11 is v10 for clients that handle that (KIP-951).
 */
import {
  ATTRIBUTES_OFFSET,
  BATCH_HEADER_SIZE,
  BATCH_LENGTH_OFFSET,
  CompressionType,
  ErrorCode,
  isTransactional,
  LOG_OVERHEAD,
  MAGIC_OFFSET,
  PRODUCER_EPOCH_OFFSET,
  PRODUCER_ID_OFFSET,
  ProduceApi,
  readInt64,
  type PartitionProduceResponse,
  type ProduceRequest,
  type ProduceResponse,
  type TopicProduceResponse,
} from '@samsa/protocol';
import { RecordValidationError } from '@samsa/storage';
import { KafkaError, toErrorCode, type ErrorName } from '../errors';
import type { PartitionAppendResult } from '../replica-manager';
import { verificationError } from '../transactions';
import { allows, authorizedNames, Op, ResourceType } from './authorize';
import { defineHandler, NO_RESPONSE, type RequestContext } from './handler';

const INVALID_OFFSET = -1;
const NO_TIMESTAMP = -1;
const EMPTY = Buffer.alloc(0);
/** Bytes up to and including the magic byte: the least a batch must have to be recognised as one. */
const HEADER_SIZE_UP_TO_MAGIC = MAGIC_OFFSET + 1;
/** LegacyRecord.RECORD_OVERHEAD_V0: a declared batch length below this is corrupt. */
const MIN_RECORD_OVERHEAD = 14;

type Outcome = PartitionProduceResponse | Promise<PartitionProduceResponse>;

export const produceHandler = defineHandler<ProduceRequest, ProduceResponse>({
  api: ProduceApi,
  versions: { min: 0, max: 11 },
  async handle(ctx, request) {
    const acks = request.acks;
    const validAcks = acks === -1 || acks === 0 || acks === 1;
    const transactionalId = request.transactionalId ?? null;
    if (hasTransactionalRecords(request)) {
      if (transactionalId === null)
        throw new KafkaError('TRANSACTIONAL_ID_AUTHORIZATION_FAILED', 'transactional records need a transactional id');
      if (!allows(ctx, Op.WRITE, ResourceType.TRANSACTIONAL_ID, transactionalId))
        throw new KafkaError('TRANSACTIONAL_ID_AUTHORIZATION_FAILED', 'Transactional Id authorization failed.');
    }
    const writable = authorizedNames(
      ctx,
      Op.WRITE,
      ResourceType.TOPIC,
      request.topicData.map((t) => t.name),
    );
    const topics: { name: string; outcomes: Outcome[] }[] = [];
    for (const topic of request.topicData) {
      const outcomes: Outcome[] = [];
      for (const partition of topic.partitionData) {
        outcomes.push(
          !writable.has(topic.name)
            ? failed(partition.index, ErrorCode.TOPIC_AUTHORIZATION_FAILED)
            : validAcks
              ? producePartition(
                  ctx,
                  topic.name,
                  partition.index,
                  partition.records,
                  acks,
                  request.timeoutMs,
                  transactionalId,
                )
              : failed(partition.index, ErrorCode.INVALID_REQUIRED_ACKS),
        );
      }
      topics.push({ name: topic.name, outcomes });
    }
    const responses: TopicProduceResponse[] = [];
    let anyError = false;
    for (const t of topics) {
      const partitionResponses = await Promise.all(t.outcomes);
      for (const p of partitionResponses) if (p.errorCode !== ErrorCode.NONE) anyError = true;
      responses.push({ name: t.name, partitionResponses });
    }
    // KafkaApis records the request's size against producer_byte_rate once the append completed, acks=0 too.
    ctx.quota?.recordProduce(acks);
    if (acks === 0) {
      if (anyError) ctx.closeConnection('error in an acks=0 produce request');
      return NO_RESPONSE;
    }
    return { responses, throttleTimeMs: 0, nodeEndpoints: nodeEndpointsFor(ctx, responses) };
  },
  errorResponse(request, code) {
    return {
      responses: request.topicData.map((t) => ({
        name: t.name,
        partitionResponses: t.partitionData.map((p) => failed(p.index, code)),
      })),
      throttleTimeMs: 0,
      nodeEndpoints: [],
    };
  },
});

function producePartition(
  ctx: RequestContext,
  topic: string,
  index: number,
  records: Buffer | readonly Buffer[] | null,
  acks: number,
  timeoutMs: number,
  transactionalId: string | null,
): Outcome {
  try {
    const partition = ctx.replicas.leaderPartition(topic, index, ctx.node.nodeId);
    // A decoded request carries one Buffer (a view of the request frame) per partition.
    const data =
      records === null ? EMPTY : Buffer.isBuffer(records) ? records : Buffer.concat(records as readonly Buffer[]);
    validateProduceShape(ctx.apiVersion, data);
    if (transactionalId !== null && ctx.transactions && isTransactionalBatch(data)) {
      const unverified = ctx.transactions.verifyPartition(
        transactionalId,
        readInt64(data, PRODUCER_ID_OFFSET),
        data.readInt16BE(PRODUCER_EPOCH_OFFSET),
        topic,
        index,
      );
      if (unverified !== null) return unverifiedPartition(ctx, index, unverified);
    }
    const result = ctx.replicas.appendRecords(partition, data, {
      apiVersion: ctx.apiVersion,
      requiredAcks: acks,
      timeoutMs,
    });
    if (result instanceof Promise)
      return result.then(
        (r) => succeeded(index, r),
        (err: unknown) => failure(ctx, topic, index, err),
      );
    return succeeded(index, result);
  } catch (err) {
    return failure(ctx, topic, index, err);
  }
}

/**
 * ProduceRequest.validateRecords, which Kafka applies to each partition's records before they reach the log: from v3
 * exactly one magic-2 batch, and zstd only from v7 (KIP-110). Everything else about the bytes is storage's log
 * validator's.
 */
function validateProduceShape(apiVersion: number, records: Buffer): void {
  if (apiVersion < 3) return;
  const first = batchSizeAt(records, 0);
  if (first === 0) {
    throw new KafkaError(
      'INVALID_RECORD',
      `Produce requests with version ${apiVersion} must have at least one record batch per partition`,
    );
  }
  if (records[MAGIC_OFFSET] !== 2) {
    throw new KafkaError(
      'INVALID_RECORD',
      `Produce requests with version ${apiVersion} are only allowed to contain record batches with magic version 2`,
    );
  }
  if (
    apiVersion < 7 &&
    first >= ATTRIBUTES_OFFSET + 2 &&
    (records.readInt16BE(ATTRIBUTES_OFFSET) & 0x07) === CompressionType.zstd
  ) {
    throw new KafkaError(
      'UNSUPPORTED_COMPRESSION_TYPE',
      `Produce requests with version ${apiVersion} are not allowed to use ZStandard compression`,
    );
  }
  if (batchSizeAt(records, first) > 0) {
    throw new KafkaError(
      'INVALID_RECORD',
      `Produce requests with version ${apiVersion} are only allowed to contain exactly one record batch per partition`,
    );
  }
}

/**
 * Size of the whole batch at `offset` as Kafka's batch iterator sees it: 0 when no complete batch is there (the
 * iterator simply ends), CORRUPT_MESSAGE when the declared length is below the minimum.
 */
function batchSizeAt(buf: Buffer, offset: number): number {
  const remaining = buf.length - offset;
  if (remaining < HEADER_SIZE_UP_TO_MAGIC) return 0;
  const declared = buf.readInt32BE(offset + BATCH_LENGTH_OFFSET);
  if (declared < MIN_RECORD_OVERHEAD)
    throw new KafkaError(
      'CORRUPT_MESSAGE',
      `Record size ${declared} is less than the minimum record overhead (${MIN_RECORD_OVERHEAD})`,
    );
  const size = LOG_OVERHEAD + declared;
  return size > remaining ? 0 : size;
}

/** Whether the records start with a magic-2 transactional batch (the producer id and epoch are in its header). */
function isTransactionalBatch(data: Buffer): boolean {
  return (
    data.length >= BATCH_HEADER_SIZE &&
    data.readInt8(MAGIC_OFFSET) === 2 &&
    isTransactional(data.readInt16BE(ATTRIBUTES_OFFSET))
  );
}

/** ProduceRequest.hasTransactionalRecords: any partition starting with a transactional batch. */
function hasTransactionalRecords(request: ProduceRequest): boolean {
  for (const t of request.topicData) {
    for (const p of t.partitionData) {
      const r = p.records;
      if (r !== null && Buffer.isBuffer(r) && isTransactionalBatch(r)) return true;
    }
  }
  return false;
}

/** The partition is not in the producer's transaction (ReplicaManager's answer for a failed verification). */
function unverifiedPartition(
  ctx: RequestContext,
  index: number,
  coordinatorError: ErrorName,
): PartitionProduceResponse {
  const name = verificationError(coordinatorError, ctx.apiVersion >= 11);
  const response = failed(index, toErrorCode(new KafkaError(name)));
  // Kafka's custom messages for these two (hasCustomErrorMessage), carried from v8.
  if (name === 'INVALID_TXN_STATE') response.errorMessage = 'Partition was not added to the transaction';
  else if (name === 'NOT_ENOUGH_REPLICAS')
    response.errorMessage = `Unable to verify the partition has been added to the transaction. Underlying error: ${coordinatorError}`;
  return response;
}

function succeeded(index: number, r: PartitionAppendResult): PartitionProduceResponse {
  return {
    index,
    errorCode: ErrorCode.NONE,
    baseOffset: r.baseOffset,
    logAppendTimeMs: r.logAppendTime,
    logStartOffset: r.logStartOffset,
    recordErrors: [],
    errorMessage: null,
  };
}

function failure(ctx: RequestContext, topic: string, index: number, err: unknown): PartitionProduceResponse {
  const code = toErrorCode(err);
  if (code === ErrorCode.UNKNOWN_SERVER_ERROR) ctx.logger.error({ err, topic, partition: index }, 'produce failed');
  const response = failed(index, code);
  // Only record-level failures carry a message and record errors, as in Kafka (hasCustomErrorMessage).
  if (err instanceof RecordValidationError) {
    response.recordErrors = err.recordErrors.map((e) => ({
      batchIndex: e.batchIndex,
      batchIndexErrorMessage: e.message,
    }));
    response.errorMessage = err.message;
  }
  if (code === ErrorCode.NOT_LEADER_OR_FOLLOWER && ctx.apiVersion >= 10) {
    const p = ctx.replicas.partition(topic, index);
    if (p) response.currentLeader = { leaderId: p.state.leader, leaderEpoch: p.leaderEpoch };
  }
  return response;
}

function failed(index: number, errorCode: number): PartitionProduceResponse {
  return {
    index,
    errorCode,
    baseOffset: INVALID_OFFSET,
    logAppendTimeMs: NO_TIMESTAMP,
    logStartOffset: INVALID_OFFSET,
    recordErrors: [],
    errorMessage: null,
  };
}

/** KIP-951 (v10+): the endpoints of the leaders named in current_leader fields. */
function nodeEndpointsFor(
  ctx: RequestContext,
  responses: readonly TopicProduceResponse[],
): ProduceResponse['nodeEndpoints'] {
  if (ctx.apiVersion < 10) return [];
  const ids = new Set<number>();
  for (const t of responses)
    for (const p of t.partitionResponses) if (p.currentLeader) ids.add(p.currentLeader.leaderId);
  if (ids.size === 0) return [];
  return ctx.cluster.brokersOn(ctx.auth.listenerName).filter((b) => ids.has(b.nodeId));
}
