/**
 * ListOffsets. Offsets by timestamp, per partition.
 * - Special timestamps: -1 latest (the high watermark for consumers, or the last stable offset with READ_COMMITTED,
 *   v2+, KIP-98; the log end offset for other replica ids), -2 earliest (the log start offset), -3 max timestamp (v7+,
 *   KIP-734: the record with the largest timestamp), -4 earliest local (v8+, KIP-405: the log start offset, there is
 *   no tiered storage), -5 latest tiered (v9+, KIP-1005: -1, nothing is tiered). Any other value finds the first
 *   record whose timestamp is at or after it (KIP-79), or answers offset -1 when there is none or it lies at or
 *   past what the consumer may read (the high watermark, or the last stable offset with READ_COMMITTED); inside a
 *   compressed batch that record is found by decompressing the batch, as Kafka does, so a lookup is never a batch
 *   early. A consumer's latest, or a timestamp past what it may read, answers OFFSET_NOT_AVAILABLE while a new
 *   leader's high watermark lags the start of its epoch (Partition.fetchOffsetForTimestamp).
 * - v0 answers a list of offsets (`max_num_offsets` of segment base offsets and the log end offset, newest first);
 *   v1+ a single offset with its timestamp; v4 adds the leader epoch of the answer and current_leader_epoch checks
 *   (FENCED_LEADER_EPOCH / UNKNOWN_LEADER_EPOCH, KIP-320); v6 is flexible; v10 adds timeout_ms (nothing to wait for).
 * - A partition named twice fails with INVALID_REQUEST (v1+); unknown partitions with UNKNOWN_TOPIC_OR_PARTITION;
 *   partitions led by another broker identity with NOT_LEADER_OR_FOLLOWER.
 * - DESCRIBE on each topic (TOPIC_AUTHORIZATION_FAILED for its partitions), as KafkaApis.handleListOffsetRequest.
 */
import {
  ErrorCode,
  ListOffsetsApi,
  type ListOffsetsPartition,
  type ListOffsetsPartitionResponse,
  type ListOffsetsRequest,
  type ListOffsetsResponse,
} from '@samsa/protocol';
import { toErrorCode } from '../errors';
import { authorizedNames, Op, ResourceType } from './authorize';
import { defineHandler, type RequestContext } from './handler';

/** ListOffsetsRequest.CONSUMER_REPLICA_ID: only consumers are held to the high watermark and isolation level. */
const CONSUMER_REPLICA_ID = -1;
const UNKNOWN = -1;

export const listOffsetsHandler = defineHandler<ListOffsetsRequest, ListOffsetsResponse>({
  api: ListOffsetsApi,
  versions: { min: 0, max: 10 },
  async handle(ctx, request) {
    const seen = new Map<string, number>();
    for (const t of request.topics) {
      for (const p of t.partitions) {
        const key = `${t.name}/${p.partitionIndex}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
    }
    const describable = authorizedNames(
      ctx,
      Op.DESCRIBE,
      ResourceType.TOPIC,
      request.topics.map((t) => t.name),
    );
    return {
      throttleTimeMs: 0,
      topics: await Promise.all(
        request.topics.map(async (t) => ({
          name: t.name,
          partitions: await Promise.all(
            t.partitions.map(async (p) => {
              if (!describable.has(t.name)) return failed(p, ErrorCode.TOPIC_AUTHORIZATION_FAILED);
              if (ctx.apiVersion >= 1 && (seen.get(`${t.name}/${p.partitionIndex}`) ?? 0) > 1)
                return failed(p, ErrorCode.INVALID_REQUEST);
              return listOffset(ctx, request, t.name, p);
            }),
          ),
        })),
      ),
    };
  },
  errorResponse(request, code) {
    return {
      throttleTimeMs: 0,
      topics: request.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => failed(p, code)) })),
    };
  },
});

async function listOffset(
  ctx: RequestContext,
  request: ListOffsetsRequest,
  topic: string,
  p: ListOffsetsPartition,
): Promise<ListOffsetsPartitionResponse> {
  const { replicas } = ctx;
  const fromConsumer = request.replicaId === CONSUMER_REPLICA_ID;
  try {
    const partition = replicas.leaderPartition(topic, p.partitionIndex, ctx.node.nodeId);
    replicas.checkLeaderEpoch(partition, p.currentLeaderEpoch ?? -1);
    if (ctx.apiVersion === 0) {
      const offsets = replicas.legacyOffsetsBefore(partition, p.timestamp, p.maxNumOffsets ?? 1, fromConsumer);
      return {
        partitionIndex: p.partitionIndex,
        errorCode: ErrorCode.NONE,
        oldStyleOffsets: offsets,
        timestamp: UNKNOWN,
        offset: UNKNOWN,
        leaderEpoch: UNKNOWN,
      };
    }
    const found = await replicas.offsetForTimestamp(
      partition,
      p.timestamp,
      fromConsumer ? (request.isolationLevel ?? 0) : null,
    );
    return {
      partitionIndex: p.partitionIndex,
      errorCode: ErrorCode.NONE,
      oldStyleOffsets: [],
      timestamp: found?.timestamp ?? UNKNOWN,
      offset: found?.offset ?? UNKNOWN,
      // The epoch field exists from v4 (KIP-320).
      leaderEpoch: ctx.apiVersion >= 4 ? (found?.leaderEpoch ?? UNKNOWN) : UNKNOWN,
    };
  } catch (err) {
    const code = toErrorCode(err);
    if (code === ErrorCode.UNKNOWN_SERVER_ERROR)
      ctx.logger.error({ err, topic, partition: p.partitionIndex }, 'list offsets failed');
    return failed(p, code);
  }
}

function failed(p: ListOffsetsPartition, errorCode: number): ListOffsetsPartitionResponse {
  return {
    partitionIndex: p.partitionIndex,
    errorCode,
    oldStyleOffsets: [],
    timestamp: UNKNOWN,
    offset: UNKNOWN,
    leaderEpoch: UNKNOWN,
  };
}
