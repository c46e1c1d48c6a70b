/**
 * The group coordinator as the broker sees it (Kafka's GroupCoordinatorService): routes each group to its
 * `__consumer_offsets` partition (Kafka's hash, so a group has the same coordinator as on Kafka), validates what
 * Kafka validates before the state machine (INVALID_GROUP_ID, INVALID_SESSION_TIMEOUT, NOT_COORDINATOR,
 * COORDINATOR_LOAD_IN_PROGRESS) and turns the generated request messages of every version into state machine
 * operations and back into responses. Version-specific shaping of the wire message stays in the handlers.
 */
import {
  ErrorCode,
  type ConsumerGroupHeartbeatRequest,
  type ConsumerGroupHeartbeatResponse,
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
import { isErrorName, toErrorCode, type ErrorName } from '@samsa/protocol';
import { appendErrorNameToResponseError, CoordinatorError } from '../runtime/errors';
import { CoordinatorRuntime, type CoordinatorLogProvider, type ShardStatus } from '../runtime/runtime';
import { systemScheduler, type Scheduler } from '../runtime/scheduler';
import { joinError, syncError, type LeavingMember, type MemberContext } from './classic/classic-groups';
import { GroupState } from './classic/state';
import { DEFAULT_GROUP_COORDINATOR_CONFIG, partitionFor, type GroupCoordinatorConfig } from './config';
import type { CommitTopic, FetchedTopic, PartitionResult, TopicResult } from './offsets';
import { groupRecordSerde, type GroupRecord } from './records';
import { EMPTY_TOPICS_IMAGE, type TopicsImage } from './consumer/topics';
import { type Assignment, assignmentToList } from './consumer/assignment';
import type { DescribedConsumerGroup } from './consumer/consumer-groups';
import { memberStateName } from './consumer/member';
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
  /** The cluster's topics as consumer groups see them (KIP-848 assignments, regexes); none by default. */
  readonly topics?: TopicsImage;
  /**
   * Whether the consumer protocol is on (`group.coordinator.rebalance.protocols` lists `consumer` and the finalized
   * `group.version` is 1 or more); ConsumerGroupHeartbeat answers UNSUPPORTED_VERSION otherwise. On by default.
   */
  readonly consumerProtocolEnabled?: () => boolean;
}

/** A group as metrics see it: its state, how many members it has, and its committed offsets. */
export interface GroupSummary {
  readonly groupId: string;
  /** Classic: Empty, PreparingRebalance, ...; consumer (KIP-848): Empty, Assigning, Reconciling, Stable. */
  readonly state: string;
  readonly type: 'classic' | 'consumer';
  readonly members: number;
  readonly offsets: readonly { readonly topic: string; readonly partition: number; readonly offset: number }[];
}

/** A consumer group's epochs and assignments, for the control API. */
export interface ConsumerGroupAssignments {
  readonly groupId: string;
  readonly state: string;
  readonly groupEpoch: number;
  readonly assignmentEpoch: number;
  readonly members: readonly {
    readonly memberId: string;
    readonly instanceId: string | null;
    readonly memberEpoch: number;
    readonly state: string;
    readonly protocol: 'classic' | 'consumer';
    /** Topic name -> partitions. */
    readonly current: Readonly<Record<string, number[]>>;
    readonly pendingRevocation: Readonly<Record<string, number[]>>;
    readonly target: Readonly<Record<string, number[]>>;
  }[];
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
function verificationError(name: string): ErrorName {
  switch (name) {
    case 'PRODUCER_FENCED':
      return 'INVALID_PRODUCER_EPOCH';
    case 'TRANSACTION_ABORTABLE':
    case 'CLUSTER_AUTHORIZATION_FAILED':
      return 'INVALID_TXN_STATE';
    case 'NETWORK_EXCEPTION':
      return 'COORDINATOR_LOAD_IN_PROGRESS';
    default:
      return appendErrorNameToResponseError(isErrorName(name) ? name : 'UNKNOWN_SERVER_ERROR');
  }
}

export class GroupCoordinatorService {
  readonly config: GroupCoordinatorConfig;
  readonly #runtime: CoordinatorRuntime<GroupCoordinatorShard, GroupRecord>;
  readonly #logger: Logger;
  readonly #consumerProtocolEnabled: () => boolean;

  constructor(options: GroupCoordinatorServiceOptions) {
    this.config = { ...DEFAULT_GROUP_COORDINATOR_CONFIG, ...options.config };
    this.#logger = options.logger;
    this.#consumerProtocolEnabled = options.consumerProtocolEnabled ?? (() => true);
    const config = this.config;
    const image = options.topics ?? EMPTY_TOPICS_IMAGE;
    const topics = (): TopicsImage => image;
    this.#runtime = new CoordinatorRuntime<GroupCoordinatorShard, GroupRecord>({
      serde: groupRecordSerde,
      logs: options.logs,
      scheduler: options.scheduler ?? systemScheduler,
      logger: options.logger,
      loadChunkBatches: options.loadChunkBatches,
      createShard: (ctx) => new GroupCoordinatorShard(ctx, config, topics),
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

  /** Every live group of the partitions loaded here (partitions still loading are left out). */
  summaries(): GroupSummary[] {
    const out: GroupSummary[] = [];
    for (const partition of this.#runtime.partitions()) {
      if (this.#runtime.status(partition) !== 'active') continue;
      this.#runtime.read(partition, (shard) => {
        for (const groupId of shard.groups.groupIds()) {
          const group = shard.groups.group(groupId);
          if (!group || group.is(GroupState.Dead)) continue;
          out.push({
            groupId,
            state: group.state,
            type: 'classic',
            members: group.size,
            offsets: [...shard.offsets.committed(groupId)],
          });
        }
        for (const groupId of shard.consumer.groupIds()) {
          const group = shard.consumer.group(groupId);
          if (!group) continue;
          out.push({
            groupId,
            state: group.state,
            type: 'consumer',
            members: group.size,
            offsets: [...shard.offsets.committed(groupId)],
          });
        }
      });
    }
    return out;
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
        this.#runtime.write(partition, (shard) => shard.join(mctx, join, resolve));
      } catch (err) {
        resolve(joinError(req.memberId, toErrorCode(err)));
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
        this.#runtime.write(partition, (shard) => shard.sync(sync, resolve));
      } catch (err) {
        resolve(syncError(toErrorCode(err)));
      }
    });
  }

  heartbeat(info: RequestInfo, req: HeartbeatRequest): HeartbeatResponse {
    if (req.groupId === '') return { throttleTimeMs: 0, errorCode: ErrorCode.INVALID_GROUP_ID };
    try {
      const partition = this.#route(info, req.groupId);
      const code = this.#runtime.write(partition, (shard) =>
        shard.heartbeat({
          groupId: req.groupId,
          generationId: req.generationId,
          memberId: req.memberId,
          groupInstanceId: info.apiVersion >= 3 ? (req.groupInstanceId ?? null) : null,
        }),
      );
      return { throttleTimeMs: 0, errorCode: code };
    } catch (err) {
      return { throttleTimeMs: 0, errorCode: toErrorCode(err) };
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
      const res = this.#runtime.write(partition, (shard) => shard.leave(req.groupId, leaving));
      if (info.apiVersion >= 3) return { throttleTimeMs: 0, errorCode: res.errorCode, members: res.members };
      const memberError = res.members.find((m) => m.errorCode !== ErrorCode.NONE)?.errorCode ?? ErrorCode.NONE;
      return failed(res.errorCode !== ErrorCode.NONE ? res.errorCode : memberError);
    } catch (err) {
      return failed(toErrorCode(err));
    }
  }

  // --- the consumer protocol (KIP-848) --------------------------------------------------------------------

  /**
   * ConsumerGroupHeartbeat (Kafka's GroupCoordinatorService.consumerGroupHeartbeat): UNSUPPORTED_VERSION while the
   * consumer protocol is off; the request checks of throwIfConsumerGroupHeartbeatRequestIsInvalid
   * (INVALID_REQUEST, UNSUPPORTED_ASSIGNOR, INVALID_REGULAR_EXPRESSION); then the group's coordinator runs it,
   * between two resolutions of the group's regexes (before: topics created or deleted since; after: a regex the
   * heartbeat brought).
   */
  consumerGroupHeartbeat(info: RequestInfo, req: ConsumerGroupHeartbeatRequest): ConsumerGroupHeartbeatResponse {
    const fail = (code: number, message: string | null): ConsumerGroupHeartbeatResponse => ({
      throttleTimeMs: 0,
      errorCode: code,
      errorMessage: message,
      memberId: null,
      memberEpoch: 0,
      heartbeatIntervalMs: 0,
      assignment: null,
    });
    if (!this.#consumerProtocolEnabled()) return fail(ErrorCode.UNSUPPORTED_VERSION, null);
    const invalid = this.#invalidHeartbeat(req, info.apiVersion);
    if (invalid !== null) return fail(invalid.code, invalid.message);
    const regex = info.apiVersion >= 1 ? (req.subscribedTopicRegex ?? null) : null;
    try {
      const partition = this.#route(info, req.groupId);
      this.#runtime.write(partition, (shard) => shard.consumer.refreshRegexes(req.groupId));
      const res = this.#runtime.write(partition, (shard) =>
        shard.consumerHeartbeat(
          { clientId: info.clientId, clientHost: info.clientHost },
          {
            groupId: req.groupId,
            memberId: req.memberId,
            memberEpoch: req.memberEpoch,
            instanceId: req.instanceId,
            rackId: req.rackId,
            rebalanceTimeoutMs: req.rebalanceTimeoutMs,
            subscribedTopicNames: req.subscribedTopicNames,
            subscribedTopicRegex: regex,
            serverAssignor: req.serverAssignor,
            topicPartitions: req.topicPartitions,
          },
        ),
      );
      if (req.memberEpoch >= 0) this.#runtime.write(partition, (shard) => shard.consumer.refreshRegexes(req.groupId));
      return res;
    } catch (err) {
      return fail(toErrorCode(err), err instanceof Error ? err.message : null);
    }
  }

  /** Kafka's throwIfConsumerGroupHeartbeatRequestIsInvalid; null when the request is well formed. */
  #invalidHeartbeat(req: ConsumerGroupHeartbeatRequest, version: number): { code: number; message: string } | null {
    const bad = (message: string) => ({ code: ErrorCode.INVALID_REQUEST, message });
    const blank = (s: string | null | undefined): boolean => s !== null && s !== undefined && s.trim() === '';
    // v1 (KIP-1082): the client generates its member id.
    if ((version >= 1 || req.memberEpoch > 0 || req.memberEpoch === -1) && blank(req.memberId))
      return bad("MemberId can't be empty.");
    if (blank(req.groupId)) return bad("GroupId can't be empty.");
    if (blank(req.instanceId)) return bad("InstanceId can't be empty.");
    if (blank(req.rackId)) return bad("RackId can't be empty.");
    const regex = version >= 1 ? (req.subscribedTopicRegex ?? null) : null;
    if (req.memberEpoch === 0) {
      if (req.rebalanceTimeoutMs === -1) return bad('RebalanceTimeoutMs must be provided in first request.');
      if (req.topicPartitions === null || req.topicPartitions.length > 0)
        return bad('TopicPartitions must be empty when (re-)joining.');
      if (req.subscribedTopicNames === null && regex === null)
        return bad('Either SubscribedTopicNames or SubscribedTopicRegex must be non-null when (re-)joining.');
    } else if (req.memberEpoch === -2) {
      if (req.instanceId === null) return bad("InstanceId can't be null.");
    } else if (req.memberEpoch < -2) {
      return bad('MemberEpoch is invalid.');
    }
    if (req.serverAssignor !== null && !this.config.consumerGroupAssignors.includes(req.serverAssignor)) {
      return {
        code: ErrorCode.UNSUPPORTED_ASSIGNOR,
        message: `ServerAssignor ${req.serverAssignor} is not supported. Supported assignors: ${this.config.consumerGroupAssignors.join(', ')}.`,
      };
    }
    return null;
  }

  /** ConsumerGroupDescribe: each group from its coordinator; INVALID_GROUP_ID for an empty id. */
  consumerGroupDescribe(info: RequestInfo, groupIds: readonly string[]): DescribedConsumerGroup[] {
    return groupIds.map((groupId) => {
      const error = (code: number, message: string | null): DescribedConsumerGroup => ({
        errorCode: code,
        errorMessage: message,
        groupId,
        groupState: '',
        groupEpoch: -1,
        assignmentEpoch: -1,
        assignorName: '',
        members: [],
        authorizedOperations: -2147483648,
      });
      if (groupId === '') return error(ErrorCode.INVALID_GROUP_ID, null);
      try {
        const partition = this.#route(info, groupId);
        return this.#runtime.read(partition, (shard) => shard.consumer.describe(groupId, info.apiVersion));
      } catch (err) {
        return error(toErrorCode(err), err instanceof Error ? err.message : null);
      }
    });
  }

  /**
   * Topics were created, deleted or changed: consumer groups subscribed to them (or with regexes) recompute their
   * metadata on their next heartbeat.
   */
  topicsChanged(names: readonly string[]): void {
    for (const partition of this.#runtime.partitions()) {
      if (this.#runtime.status(partition) !== 'active') continue;
      this.#runtime.read(partition, (shard) => shard.consumer.onTopicsChanged(names));
    }
  }

  /**
   * A consumer group's assignments as the control API shows them: group and assignment epochs, state, and per member
   * its epoch, state, and current and target partitions by topic name. Null when there is no such consumer group.
   */
  consumerGroupAssignments(groupId: string): ConsumerGroupAssignments | null {
    const partition = this.partitionFor(groupId);
    if (this.#runtime.status(partition) !== 'active') return null;
    return this.#runtime.read(partition, (shard) => {
      const group = shard.consumer.group(groupId);
      if (!group) return null;
      const topics = shard.consumer.topics;
      const named = (a: Assignment): Record<string, number[]> => {
        const out: Record<string, number[]> = {};
        for (const tp of assignmentToList(a)) out[topics.byId(tp.topicId)?.name ?? tp.topicId] = tp.partitions;
        return out;
      };
      return {
        groupId,
        state: group.state,
        groupEpoch: group.groupEpoch,
        assignmentEpoch: group.assignmentEpoch,
        members: [...group.members.values()].map((m) => ({
          memberId: m.memberId,
          instanceId: m.instanceId,
          memberEpoch: m.memberEpoch,
          state: memberStateName(m.state),
          protocol: m.classicMemberMetadata ? ('classic' as const) : ('consumer' as const),
          current: named(m.assignedPartitions),
          pendingRevocation: named(m.partitionsPendingRevocation),
          target: named(group.targetAssignmentOf(m.memberId)),
        })),
      };
    });
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
        return allWith(toErrorCode(err));
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
      if (failed !== null) return respond(ErrorCode[verificationError(failed)], []);
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
      return respond(toErrorCode(err), []);
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
        // v9 (KIP-848): a consumer group checks the member and its epoch.
        const member = v >= 9 ? { memberId: g.memberId ?? null, memberEpoch: g.memberEpoch ?? -1 } : null;
        const { errorCode: code, topics } = this.#fetchGroup(info, g.groupId, g.topics, requireStable, member);
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
    member: { memberId: string | null; memberEpoch: number } | null = null,
  ): { errorCode: number; topics: FetchedTopic[] } {
    try {
      const partition = this.#route(info, groupId);
      return {
        errorCode: ErrorCode.NONE,
        topics: this.#runtime.read(partition, (shard) => {
          if (member !== null) shard.validateOffsetFetch(groupId, member.memberId, member.memberEpoch);
          return shard.offsets.fetch(groupId, topics, requireStable);
        }),
      };
    } catch (err) {
      return { errorCode: toErrorCode(err), topics: [] };
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
      return { errorCode: toErrorCode(err), throttleTimeMs: 0, topics: [] };
    }
  }

  // --- administration --------------------------------------------------------------------------------------

  describeGroups(info: RequestInfo, groupIds: readonly string[]): DescribedGroup[] {
    return groupIds.map((groupId) => {
      try {
        const partition = this.#route(info, groupId);
        return this.#runtime.read(partition, (shard) => shard.groups.describe(groupId));
      } catch (err) {
        return {
          errorCode: toErrorCode(err),
          groupId,
          groupState: '',
          protocolType: '',
          protocolData: '',
          members: [],
        };
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
        groups.push(...this.#runtime.read(partition, (shard) => shard.listGroups(states, types)));
      } catch (err) {
        code = toErrorCode(err);
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
        results.set(groupId, toErrorCode(err));
      }
    }
    for (const [partition, ids] of byPartition) {
      try {
        const deleted = this.#runtime.write(partition, (shard) => shard.deleteGroups(ids));
        for (const [id, code] of deleted) results.set(id, code);
        this.#logger.info({ groups: ids.filter((id) => deleted.get(id) === ErrorCode.NONE) }, 'groups deleted');
      } catch (err) {
        for (const id of ids) results.set(id, toErrorCode(err));
      }
    }
    return { throttleTimeMs: 0, results: [...results].map(([groupId, code]) => ({ groupId, errorCode: code })) };
  }
}
