/**
 * The group coordinator as the broker sees it (Kafka's GroupCoordinatorService): routes each group to its
 * `__consumer_offsets` partition (Kafka's hash, so a group has the same coordinator as on Kafka), validates what
 * Kafka validates before the state machine (INVALID_GROUP_ID, INVALID_SESSION_TIMEOUT, NOT_COORDINATOR,
 * COORDINATOR_LOAD_IN_PROGRESS) and turns the generated request messages of every version into state machine
 * operations and back into responses. Version-specific shaping of the wire message stays in the handlers.
 */
import {
  ErrorCode,
  type DeleteGroupsRequest,
  type DeleteGroupsResponse,
  type DescribeGroupsMessages,
  type HeartbeatRequest,
  type HeartbeatResponse,
  type JoinGroupRequest,
  type JoinGroupResponse,
  type LeaveGroupRequest,
  type LeaveGroupResponse,
  type ListGroupsRequest,
  type ListGroupsResponse,
  type ListedGroup,
  type OffsetCommitRequest,
  type OffsetCommitResponse,
  type OffsetDeleteRequest,
  type OffsetDeleteResponse,
  type OffsetFetchRequest,
  type OffsetFetchResponse,
  type OffsetFetchResponseGroup,
  type SyncGroupRequest,
  type SyncGroupResponse,
  type TxnOffsetCommitRequest,
  type TxnOffsetCommitResponse,
} from '@samsa/protocol';
import type { Logger } from 'pino';
import { appendErrorToResponseError, CoordinatorError, errorNameOf } from '../runtime/errors';
import { CoordinatorRuntime, type CoordinatorLogProvider, type ShardStatus } from '../runtime/runtime';
import { systemScheduler, type Scheduler } from '../runtime/scheduler';
import { joinError, syncError, type LeavingMember, type MemberContext } from './classic/classic-groups';
import { DEFAULT_GROUP_COORDINATOR_CONFIG, partitionFor, type GroupCoordinatorConfig } from './config';
import type { CommitTopic, FetchedTopic, PartitionResult, TopicResult } from './offsets';
import { groupRecordSerde, type GroupRecord } from './records';
import { GroupCoordinatorShard } from './shard';

type DescribedGroup = DescribeGroupsMessages.DescribedGroup;

/** Who sent the request and to which broker. */
export interface RequestInfo {
  readonly clientId: string;
  /** As Kafka reports it: `/` followed by the client's address. */
  readonly clientHost: string;
  readonly apiVersion: number;
  /** Whether the receiving broker leads the given `__consumer_offsets` partition (default: yes). */
  readonly isCoordinatorFor?: (partition: number) => boolean;
}

export interface GroupCoordinatorServiceOptions {
  readonly logs: CoordinatorLogProvider;
  readonly logger: Logger;
  readonly config?: Partial<GroupCoordinatorConfig>;
  readonly scheduler?: Scheduler;
  readonly loadChunkBatches?: number;
}

/** Whether a topic partition exists (OffsetCommit and OffsetDelete answer UNKNOWN_TOPIC_OR_PARTITION otherwise). */
export type PartitionExists = (topic: string, partition: number) => boolean;

/**
 * TxnOffsetCommit's transaction check (KIP-890 verification): whether the group's offsets partition is part of the
 * producer's ongoing transaction, answered by the transaction coordinator as a Kafka error name or null.
 */
export type VerifyTransaction = () => string | null;

/**
 * What a failed verification becomes for a TxnOffsetCommit v0-4 client (AddPartitionsToTxnManager's mapping for
 * clients without KIP-890 part 2, then the group coordinator's): a fenced producer is INVALID_PRODUCER_EPOCH, a
 * partition outside the transaction INVALID_TXN_STATE, a verification that could not complete is retried.
 */
function verificationError(name: string): string {
  switch (name) {
    case 'PRODUCER_FENCED':
      return 'INVALID_PRODUCER_EPOCH';
    case 'TRANSACTION_ABORTABLE':
    case 'CLUSTER_AUTHORIZATION_FAILED':
      return 'INVALID_TXN_STATE';
    case 'NETWORK_EXCEPTION':
      return 'COORDINATOR_LOAD_IN_PROGRESS';
    default:
      return appendErrorToResponseError(new CoordinatorError(name as 'UNKNOWN_SERVER_ERROR'));
  }
}

const errorCode = (err: unknown): number =>
  (ErrorCode as Record<string, number>)[errorNameOf(err)] ?? ErrorCode.UNKNOWN_SERVER_ERROR;

export class GroupCoordinatorService {
  readonly config: GroupCoordinatorConfig;
  readonly #runtime: CoordinatorRuntime<GroupCoordinatorShard, GroupRecord>;
  readonly #logger: Logger;

  constructor(options: GroupCoordinatorServiceOptions) {
    this.config = { ...DEFAULT_GROUP_COORDINATOR_CONFIG, ...options.config };
    this.#logger = options.logger;
    const config = this.config;
    this.#runtime = new CoordinatorRuntime<GroupCoordinatorShard, GroupRecord>({
      serde: groupRecordSerde,
      logs: options.logs,
      scheduler: options.scheduler ?? systemScheduler,
      logger: options.logger,
      loadChunkBatches: options.loadChunkBatches,
      createShard: (ctx) => new GroupCoordinatorShard(ctx, config),
    });
  }

  partitionFor(groupId: string): number {
    return partitionFor(groupId, this.config.offsetsTopicPartitions);
  }

  /** Loads (replays) the given partitions; the broker calls it for the partitions it leads. */
  load(partitions: Iterable<number>): Promise<void> {
    return this.#runtime.load(partitions);
  }

  /** Rebuilds a partition's state from its log (the partition's leadership moved). */
  reload(partition: number): Promise<void> {
    return this.#runtime.reload(partition);
  }

  status(partition: number): ShardStatus | 'unloaded' {
    return this.#runtime.status(partition);
  }

  close(): void {
    this.#runtime.close();
  }

  /** Throws NOT_COORDINATOR unless the receiving broker coordinates the group. */
  #route(info: RequestInfo, groupId: string): number {
    const partition = this.partitionFor(groupId);
    if (info.isCoordinatorFor && !info.isCoordinatorFor(partition)) {
      throw new CoordinatorError('NOT_COORDINATOR', `this broker is not the coordinator of group ${groupId}`);
    }
    return partition;
  }

  // --- membership ------------------------------------------------------------------------------------------

  joinGroup(info: RequestInfo, req: JoinGroupRequest): Promise<JoinGroupResponse> {
    if (req.groupId === '') return Promise.resolve(joinError(req.memberId, ErrorCode.INVALID_GROUP_ID));
    if (
      req.sessionTimeoutMs < this.config.minSessionTimeoutMs ||
      req.sessionTimeoutMs > this.config.maxSessionTimeoutMs
    ) {
      return Promise.resolve(joinError(req.memberId, ErrorCode.INVALID_SESSION_TIMEOUT));
    }
    const mctx: MemberContext = { clientId: info.clientId, clientHost: info.clientHost, apiVersion: info.apiVersion };
    const join = {
      groupId: req.groupId,
      memberId: req.memberId,
      groupInstanceId: info.apiVersion >= 5 ? (req.groupInstanceId ?? null) : null,
      sessionTimeoutMs: req.sessionTimeoutMs,
      // v0 has no rebalance timeout: Kafka uses the session timeout.
      rebalanceTimeoutMs:
        info.apiVersion >= 1 ? (req.rebalanceTimeoutMs ?? req.sessionTimeoutMs) : req.sessionTimeoutMs,
      protocolType: req.protocolType,
      // Copied: the request frame is not kept alive by the group, and the bytes go back to clients unchanged.
      protocols: req.protocols.map((p) => ({ name: p.name, metadata: Buffer.from(p.metadata) })),
      reason: info.apiVersion >= 8 ? (req.reason ?? null) : null,
    };
    return new Promise<JoinGroupResponse>((resolve) => {
      try {
        const partition = this.#route(info, req.groupId);
        this.#runtime.write(partition, (shard) => shard.groups.join(mctx, join, resolve));
      } catch (err) {
        resolve(joinError(req.memberId, errorCode(err)));
      }
    });
  }

  syncGroup(info: RequestInfo, req: SyncGroupRequest): Promise<SyncGroupResponse> {
    if (req.groupId === '') return Promise.resolve(syncError(ErrorCode.INVALID_GROUP_ID));
    // From v5 the protocol type and name are mandatory.
    if (info.apiVersion >= 5 && (req.protocolType == null || req.protocolName == null)) {
      return Promise.resolve(syncError(ErrorCode.INCONSISTENT_GROUP_PROTOCOL));
    }
    const sync = {
      groupId: req.groupId,
      generationId: req.generationId,
      memberId: req.memberId,
      groupInstanceId: info.apiVersion >= 3 ? (req.groupInstanceId ?? null) : null,
      protocolType: info.apiVersion >= 5 ? (req.protocolType ?? null) : null,
      protocolName: info.apiVersion >= 5 ? (req.protocolName ?? null) : null,
      assignments: req.assignments,
    };
    return new Promise<SyncGroupResponse>((resolve) => {
      try {
        const partition = this.#route(info, req.groupId);
        this.#runtime.write(partition, (shard) => shard.groups.sync(sync, resolve));
      } catch (err) {
        resolve(syncError(errorCode(err)));
      }
    });
  }

  heartbeat(info: RequestInfo, req: HeartbeatRequest): HeartbeatResponse {
    if (req.groupId === '') return { throttleTimeMs: 0, errorCode: ErrorCode.INVALID_GROUP_ID };
    try {
      const partition = this.#route(info, req.groupId);
      const code = this.#runtime.write(partition, (shard) =>
        shard.groups.heartbeat({
          groupId: req.groupId,
          generationId: req.generationId,
          memberId: req.memberId,
          groupInstanceId: info.apiVersion >= 3 ? (req.groupInstanceId ?? null) : null,
        }),
      );
      return { throttleTimeMs: 0, errorCode: code };
    } catch (err) {
      return { throttleTimeMs: 0, errorCode: errorCode(err) };
    }
  }

  /** LeaveGroup: v0-2 name one member and answer with its error at the top level; v3+ list members (KIP-345). */
  leaveGroup(info: RequestInfo, req: LeaveGroupRequest): LeaveGroupResponse {
    const leaving: LeavingMember[] =
      info.apiVersion >= 3
        ? (req.members ?? []).map((m) => ({
            memberId: m.memberId,
            groupInstanceId: m.groupInstanceId,
            reason: info.apiVersion >= 5 ? (m.reason ?? null) : null,
          }))
        : [{ memberId: req.memberId ?? '', groupInstanceId: null, reason: null }];
    const failed = (code: number): LeaveGroupResponse => ({ throttleTimeMs: 0, errorCode: code, members: [] });
    if (req.groupId === '') return failed(ErrorCode.INVALID_GROUP_ID);
    try {
      const partition = this.#route(info, req.groupId);
      const res = this.#runtime.write(partition, (shard) => shard.groups.leave(req.groupId, leaving));
      if (info.apiVersion >= 3) return { throttleTimeMs: 0, errorCode: res.errorCode, members: res.members };
      const memberError = res.members.find((m) => m.errorCode !== ErrorCode.NONE)?.errorCode ?? ErrorCode.NONE;
      return failed(res.errorCode !== ErrorCode.NONE ? res.errorCode : memberError);
    } catch (err) {
      return failed(errorCode(err));
    }
  }

  // --- offsets ---------------------------------------------------------------------------------------------

  /**
   * OffsetCommit: partitions of unknown topics get UNKNOWN_TOPIC_OR_PARTITION without reaching the coordinator
   * (Kafka checks its metadata first); a group-level error fails every partition of the request.
   */
  commitOffsets(info: RequestInfo, req: OffsetCommitRequest, exists: PartitionExists): OffsetCommitResponse {
    const v = info.apiVersion;
    const results = new Map<string, PartitionResult[]>();
    const valid: CommitTopic[] = [];
    for (const topic of req.topics) {
      const out = results.get(topic.name) ?? [];
      results.set(topic.name, out);
      const partitions = [];
      for (const p of topic.partitions) {
        if (!exists(topic.name, p.partitionIndex))
          out.push({ partitionIndex: p.partitionIndex, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION });
        else {
          partitions.push({
            partitionIndex: p.partitionIndex,
            committedOffset: p.committedOffset,
            committedLeaderEpoch: v >= 6 ? (p.committedLeaderEpoch ?? -1) : -1,
            commitTimestamp: v === 1 ? (p.commitTimestamp ?? -1) : -1,
            committedMetadata: p.committedMetadata,
          });
        }
      }
      if (partitions.length > 0) valid.push({ name: topic.name, partitions });
    }
    const allWith = (code: number): OffsetCommitResponse => ({
      throttleTimeMs: 0,
      topics: req.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: code })),
      })),
    });
    if (valid.length > 0) {
      let committed: TopicResult[];
      try {
        const partition = this.#route(info, req.groupId);
        committed = this.#runtime.write(partition, (shard) =>
          shard.commitOffsets({
            groupId: req.groupId,
            generationId: v >= 1 ? (req.generationIdOrMemberEpoch ?? -1) : -1,
            memberId: v >= 1 ? (req.memberId ?? '') : '',
            groupInstanceId: v >= 7 ? (req.groupInstanceId ?? null) : null,
            retentionTimeMs: v >= 2 && v <= 4 ? (req.retentionTimeMs ?? -1) : -1,
            topics: valid,
            apiVersion: v,
          }),
        );
      } catch (err) {
        return allWith(errorCode(err));
      }
      for (const t of committed) results.get(t.name)?.push(...t.partitions);
    }
    return { throttleTimeMs: 0, topics: [...results].map(([name, partitions]) => ({ name, partitions })) };
  }

  /**
   * TxnOffsetCommit: partitions of unknown topics get UNKNOWN_TOPIC_OR_PARTITION without reaching the coordinator;
   * then, for the rest: an empty group id is INVALID_GROUP_ID, the request must reach the group's coordinator, the
   * transaction coordinator must have the group's partition in the producer's transaction (`verify`), and the
   * group checks member and generation (v3+, KIP-447). The records are appended as one transactional batch of the
   * producer, whose epoch the log fences, and stay pending until the transaction's marker. A group-level error
   * fails every partition of the request.
   */
  commitTransactionalOffsets(
    info: RequestInfo,
    req: TxnOffsetCommitRequest,
    exists: PartitionExists,
    verify: VerifyTransaction,
  ): TxnOffsetCommitResponse {
    const v = info.apiVersion;
    const results = new Map<string, PartitionResult[]>();
    const valid: CommitTopic[] = [];
    for (const topic of req.topics) {
      const out = results.get(topic.name) ?? [];
      results.set(topic.name, out);
      const partitions = [];
      for (const p of topic.partitions) {
        if (!exists(topic.name, p.partitionIndex))
          out.push({ partitionIndex: p.partitionIndex, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION });
        else {
          partitions.push({
            partitionIndex: p.partitionIndex,
            committedOffset: p.committedOffset,
            committedLeaderEpoch: v >= 2 ? (p.committedLeaderEpoch ?? -1) : -1,
            commitTimestamp: -1,
            committedMetadata: p.committedMetadata,
          });
        }
      }
      if (partitions.length > 0) valid.push({ name: topic.name, partitions });
    }
    const respond = (code: number | null, committed: TopicResult[]): TxnOffsetCommitResponse => {
      if (code !== null) {
        for (const t of valid)
          results
            .get(t.name)
            ?.push(...t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: code })));
      }
      for (const t of committed) results.get(t.name)?.push(...t.partitions);
      return { throttleTimeMs: 0, topics: [...results].map(([name, partitions]) => ({ name, partitions })) };
    };
    if (valid.length === 0) return respond(null, []);
    if (req.groupId === '') return respond(ErrorCode.INVALID_GROUP_ID, []);
    try {
      const partition = this.#route(info, req.groupId);
      const failed = verify();
      if (failed !== null)
        return respond(errorCode(new CoordinatorError(verificationError(failed) as 'UNKNOWN_SERVER_ERROR')), []);
      const committed = this.#runtime.writeTransactional(
        partition,
        { producerId: req.producerId, producerEpoch: req.producerEpoch },
        (shard) =>
          shard.commitTransactionalOffsets({
            groupId: req.groupId,
            generationId: v >= 3 ? (req.generationId ?? -1) : -1,
            memberId: v >= 3 ? (req.memberId ?? '') : '',
            groupInstanceId: v >= 3 ? (req.groupInstanceId ?? null) : null,
            retentionTimeMs: -1,
            topics: valid,
            apiVersion: v,
          }),
      );
      return respond(null, committed);
    } catch (err) {
      return respond(errorCode(err), []);
    }
  }

  /**
   * Completes a producer's transaction in a coordinator partition (the transaction coordinator's marker): the
   * marker is appended and the producer's pending offsets become committed offsets, or are dropped. Throws the
   * log's error for a fenced marker, COORDINATOR_LOAD_IN_PROGRESS / NOT_COORDINATOR for a partition not loaded.
   */
  completeTransaction(
    partition: number,
    producerId: number,
    producerEpoch: number,
    coordinatorEpoch: number,
    committed: boolean,
  ): void {
    this.#runtime.completeTransaction(partition, producerId, producerEpoch, coordinatorEpoch, committed);
    this.#logger.debug({ partition, producerId, producerEpoch, committed }, 'transactional offsets completed');
  }

  /** OffsetFetch: one group (v0-7, topics null = all from v2) or several (v8+, KIP-709); v7+ require_stable. */
  fetchOffsets(info: RequestInfo, req: OffsetFetchRequest): OffsetFetchResponse {
    const v = info.apiVersion;
    const requireStable = v >= 7 && req.requireStable === true;
    if (v >= 8) {
      const groups: OffsetFetchResponseGroup[] = (req.groups ?? []).map((g) => {
        const { errorCode: code, topics } = this.#fetchGroup(info, g.groupId, g.topics, requireStable);
        return { groupId: g.groupId, errorCode: code, topics };
      });
      return { throttleTimeMs: 0, groups };
    }
    const requested = v >= 2 ? (req.topics ?? null) : (req.topics ?? []);
    const { errorCode: code, topics } = this.#fetchGroup(info, req.groupId ?? '', requested, requireStable);
    if (code !== ErrorCode.NONE && v < 2) {
      // No top-level error before v2: every requested partition carries it.
      return {
        throttleTimeMs: 0,
        errorCode: code,
        topics: (requested ?? []).map((t) => ({
          name: t.name,
          partitions: t.partitionIndexes.map((p) => ({
            partitionIndex: p,
            committedOffset: -1,
            committedLeaderEpoch: -1,
            metadata: '',
            errorCode: code,
          })),
        })),
      };
    }
    return { throttleTimeMs: 0, errorCode: code, topics };
  }

  #fetchGroup(
    info: RequestInfo,
    groupId: string,
    topics: readonly { name: string; partitionIndexes: number[] }[] | null,
    requireStable: boolean,
  ): { errorCode: number; topics: FetchedTopic[] } {
    try {
      const partition = this.#route(info, groupId);
      return {
        errorCode: ErrorCode.NONE,
        topics: this.#runtime.read(partition, (shard) => shard.offsets.fetch(groupId, topics, requireStable)),
      };
    } catch (err) {
      return { errorCode: errorCode(err), topics: [] };
    }
  }

  /** OffsetDelete: unknown topic partitions get UNKNOWN_TOPIC_OR_PARTITION; group errors are top-level. */
  deleteOffsets(info: RequestInfo, req: OffsetDeleteRequest, exists: PartitionExists): OffsetDeleteResponse {
    const unknown = new Map<string, { partitionIndex: number; errorCode: number }[]>();
    const valid: { name: string; partitions: { partitionIndex: number }[] }[] = [];
    for (const t of req.topics) {
      const known = t.partitions.filter((p) => exists(t.name, p.partitionIndex));
      const missing = t.partitions.filter((p) => !exists(t.name, p.partitionIndex));
      if (missing.length > 0)
        unknown.set(
          t.name,
          missing.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION })),
        );
      if (known.length > 0)
        valid.push({ name: t.name, partitions: known.map((p) => ({ partitionIndex: p.partitionIndex })) });
    }
    try {
      const partition = this.#route(info, req.groupId);
      const deleted = this.#runtime.write(partition, (shard) => shard.deleteOffsets(req.groupId, valid));
      const topics = deleted.map((t) => ({
        name: t.name,
        partitions: [...(unknown.get(t.name) ?? []), ...t.partitions],
      }));
      for (const [name, partitions] of unknown)
        if (!deleted.some((t) => t.name === name)) topics.push({ name, partitions });
      return { errorCode: ErrorCode.NONE, throttleTimeMs: 0, topics };
    } catch (err) {
      return { errorCode: errorCode(err), throttleTimeMs: 0, topics: [] };
    }
  }

  // --- administration --------------------------------------------------------------------------------------

  describeGroups(info: RequestInfo, groupIds: readonly string[]): DescribedGroup[] {
    return groupIds.map((groupId) => {
      try {
        const partition = this.#route(info, groupId);
        return this.#runtime.read(partition, (shard) => shard.groups.describe(groupId));
      } catch (err) {
        return { errorCode: errorCode(err), groupId, groupState: '', protocolType: '', protocolData: '', members: [] };
      }
    });
  }

  /** The groups of every partition this broker coordinates; a partition still loading fails the request. */
  listGroups(info: RequestInfo, req: ListGroupsRequest): ListGroupsResponse {
    const states = info.apiVersion >= 4 ? (req.statesFilter ?? []) : [];
    const types = info.apiVersion >= 5 ? (req.typesFilter ?? []) : [];
    const groups: ListedGroup[] = [];
    let code: number = ErrorCode.NONE;
    for (const partition of this.#runtime.partitions()) {
      if (info.isCoordinatorFor && !info.isCoordinatorFor(partition)) continue;
      try {
        groups.push(...this.#runtime.read(partition, (shard) => shard.groups.list(states, types)));
      } catch (err) {
        code = errorCode(err);
      }
    }
    return { throttleTimeMs: 0, errorCode: code, groups: code === ErrorCode.NONE ? groups : [] };
  }

  deleteGroups(info: RequestInfo, req: DeleteGroupsRequest): DeleteGroupsResponse {
    const results = new Map<string, number>();
    const byPartition = new Map<number, string[]>();
    const seen = new Set<string>();
    for (const groupId of req.groupsNames) {
      // The response is keyed by group id: a group named twice is deleted (and answered) once.
      if (seen.has(groupId)) continue;
      seen.add(groupId);
      try {
        const partition = this.#route(info, groupId);
        const ids = byPartition.get(partition) ?? [];
        ids.push(groupId);
        byPartition.set(partition, ids);
      } catch (err) {
        results.set(groupId, errorCode(err));
      }
    }
    for (const [partition, ids] of byPartition) {
      try {
        const deleted = this.#runtime.write(partition, (shard) => shard.deleteGroups(ids));
        for (const [id, code] of deleted) results.set(id, code);
        this.#logger.info({ groups: ids.filter((id) => deleted.get(id) === ErrorCode.NONE) }, 'groups deleted');
      } catch (err) {
        for (const id of ids) results.set(id, errorCode(err));
      }
    }
    return { throttleTimeMs: 0, results: [...results].map(([groupId, code]) => ({ groupId, errorCode: code })) };
  }
}
