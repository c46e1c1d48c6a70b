/**
 * The group coordinator inside the broker: the `GroupCoordinatorService` of @samsa/coordinator over the partitions
 * of `__consumer_offsets`, whose logs the ReplicaManager hosts. The topic is created on the first FindCoordinator for
 * a group (as Kafka does) with Kafka's settings (offsets.topic.num.partitions, offsets.topic.replication.factor
 * capped to the live brokers, cleanup.policy=compact, offsets.topic.segment.bytes); at start-up every partition of an
 * existing topic is loaded by replaying its log. A group's coordinator is the leader of its partition, so a request
 * sent to another broker identity of this process gets NOT_COORDINATOR, as on a real cluster.
 *
 * Transactions: TxnOffsetCommit's records are appended as one transactional batch of the producer (an epoch older
 * than the one the partition's producer state holds is fenced with INVALID_PRODUCER_EPOCH, as Kafka's log does for
 * coordinator appends), and `completeTransaction` writes the transaction's marker into the partition and applies it.
 */
import {
  GroupCoordinatorService,
  partitionFor,
  ShareGroupCoordinator,
  systemScheduler,
  type CoordinatorLogProvider,
  type MigrationPolicy,
  type RequestInfo,
  type Scheduler,
  type TopicImage,
  type TopicsImage,
} from '@samsa/coordinator';
import type { Logger } from 'pino';
import type { BrokerNode, Cluster, TopicState } from './cluster';
import { ASSIGNOR_NAMES, type BrokerConfig } from './config';
import { GROUP_VERSION, SHARE_VERSION } from './features';
import { SharePartitionManager } from './share/share-partition-manager';
import { ShareSessions } from './share/share-sessions';
import { SHARE_GROUP_STATE_TOPIC, ShareStateStore } from './share/share-state-store';
import { coordinatorLoad, type CoordinatorLoad } from './coordinator-load';
import { KafkaError } from './errors';
import { InternalTopicLog } from './internal-topic-log';
import type { ReplicaManager } from './replica-manager';

export const GROUP_METADATA_TOPIC = '__consumer_offsets';

/** The sender of a group request, as the coordinator sees it. */
export interface GroupCaller {
  /** The broker identity the request was sent to. */
  readonly nodeId: number;
  readonly clientId: string | null;
  /** host:port of the client. */
  readonly remoteAddress: string;
  readonly apiVersion: number;
}

export interface BrokerGroupsOptions {
  readonly cluster: Cluster;
  readonly config: BrokerConfig;
  readonly replicas: ReplicaManager;
  readonly logger: Logger;
  readonly scheduler?: Scheduler;
}

export class BrokerGroups {
  readonly service: GroupCoordinatorService;
  /** Share groups (KIP-932): membership, their share-partitions and the members' share sessions. */
  readonly share: ShareGroupCoordinator;
  readonly sharePartitions: SharePartitionManager;
  readonly shareState: ShareStateStore;
  readonly shareSessions: ShareSessions;
  readonly #cluster: Cluster;
  readonly #config: BrokerConfig;
  readonly #replicas: ReplicaManager;
  readonly #unsubscribe: () => void;

  constructor(o: BrokerGroupsOptions) {
    this.#cluster = o.cluster;
    this.#config = o.config;
    this.#replicas = o.replicas;
    const num = o.config.int;
    const logs: CoordinatorLogProvider = {
      existing: (partition) => {
        const log = o.replicas.log(GROUP_METADATA_TOPIC, partition);
        return log ? new InternalTopicLog(o.replicas, GROUP_METADATA_TOPIC, partition) : null;
      },
      open: (partition) => new InternalTopicLog(o.replicas, GROUP_METADATA_TOPIC, partition),
    };
    const rebalanceProtocols = o.config.list('group.coordinator.rebalance.protocols');
    const topics = new ClusterTopicsImage(o.cluster);
    this.service = new GroupCoordinatorService({
      logs,
      topics,
      // KIP-848 needs the consumer protocol configured and group.version 1 finalized, as in Kafka 4.
      consumerProtocolEnabled: () =>
        rebalanceProtocols.includes('consumer') && o.cluster.features.level(GROUP_VERSION) >= 1,
      logger: o.logger.child({ component: 'group-coordinator' }),
      scheduler: o.scheduler ?? systemScheduler,
      config: {
        offsetsTopicPartitions: num('offsets.topic.num.partitions'),
        minSessionTimeoutMs: num('group.min.session.timeout.ms'),
        maxSessionTimeoutMs: num('group.max.session.timeout.ms'),
        initialRebalanceDelayMs: num('group.initial.rebalance.delay.ms'),
        maxSize: num('group.max.size'),
        offsetMetadataMaxBytes: num('offset.metadata.max.bytes'),
        offsetsRetentionMs: num('offsets.retention.minutes') * 60_000,
        offsetsRetentionCheckIntervalMs: num('offsets.retention.check.interval.ms'),
        consumerGroupSessionTimeoutMs: num('group.consumer.session.timeout.ms'),
        consumerGroupHeartbeatIntervalMs: num('group.consumer.heartbeat.interval.ms'),
        consumerGroupMaxSize: num('group.consumer.max.size'),
        consumerGroupAssignors: o.config.list('group.consumer.assignors').map((a) => ASSIGNOR_NAMES[a] ?? a),
        consumerGroupMigrationPolicy: o.config
          .string('group.consumer.migration.policy')
          .toLowerCase() as MigrationPolicy,
      },
    });
    const scheduler = o.scheduler ?? systemScheduler;
    // The share-partitions' durable state: `__share_group_state` is replayed now and written as it changes.
    this.shareState = new ShareStateStore(o.replicas, () => this.ensureShareStateTopic());
    this.shareState.load(o.cluster.topicByName(SHARE_GROUP_STATE_TOPIC));
    this.sharePartitions = new SharePartitionManager(
      o.replicas,
      {
        deliveryCountLimit: num('group.share.delivery.count.limit'),
        lockDurationMs: num('group.share.record.lock.duration.ms'),
        maxRecordLocks: num('group.share.partition.max.record.locks'),
      },
      () => scheduler.now(),
      this.shareState,
    );
    this.shareSessions = new ShareSessions(num('group.share.max.share.sessions'));
    this.share = new ShareGroupCoordinator({
      topics,
      scheduler,
      config: {
        sessionTimeoutMs: num('group.share.session.timeout.ms'),
        heartbeatIntervalMs: num('group.share.heartbeat.interval.ms'),
        maxSize: num('group.share.max.size'),
      },
      // A member that leaves or times out gives back what it holds, and its share session ends.
      onMemberRemoved: (groupId, memberId) => {
        this.shareSessions.remove(groupId, memberId);
        this.sharePartitions.releaseMember(groupId, memberId);
      },
    });
    const shareEnable = o.config.bool('group.share.enable');
    this.shareEnabled = () => shareEnable || o.cluster.features.level(SHARE_VERSION) >= 1;
    // Consumer groups follow the topics: created ones (regexes), deleted ones and added partitions.
    const unwatch = o.cluster.watch((change) => {
      if (change.type === 'leadership') return;
      if (change.type === 'created' || change.type === 'deleted') topics.version++;
      this.service.topicsChanged([change.topic.name]);
    });
    // Start-up: replay every partition an existing topic has (all of them are led by this process).
    const topic = this.#cluster.topicByName(GROUP_METADATA_TOPIC);
    if (topic) void this.service.load(topic.partitions.map((p) => p.partition));
    // The coordinator moves with the partition's leadership: the new leader's replica is replayed, parked requests on
    // the old one answer NOT_COORDINATOR, and clients find the new coordinator.
    const unsubscribe = o.replicas.replication.onLeadershipChange((p) => {
      if (p.topic.name === GROUP_METADATA_TOPIC) void this.service.reload(p.index);
    });
    this.#unsubscribe = () => {
      unsubscribe();
      unwatch();
    };
  }

  /**
   * Whether share groups are on: share.version 1 finalized, or Kafka's internal group.share.enable (KafkaApis'
   * isShareGroupProtocolEnabled). While they are off their APIs are not advertised and answer UNSUPPORTED_VERSION.
   */
  readonly shareEnabled: () => boolean;

  /**
   * Checks a share group request reaches the group's coordinator (NOT_COORDINATOR otherwise, as for every group),
   * and that share groups are on (UNSUPPORTED_VERSION otherwise).
   */
  routeShare(info: RequestInfo, groupId: string): void {
    if (!this.shareEnabled()) throw new KafkaError('UNSUPPORTED_VERSION', 'Share groups are not enabled.');
    if (info.isCoordinatorFor && !info.isCoordinatorFor(this.service.partitionFor(groupId)))
      throw new KafkaError('NOT_COORDINATOR', `this broker is not the coordinator of group ${groupId}`);
  }

  /** ListGroups' share groups (type `share`) this broker coordinates, under the request's filters (v4 states, v5 types). */
  listShareGroups(
    info: RequestInfo,
    req: { statesFilter?: readonly string[]; typesFilter?: readonly string[] },
  ): { groupId: string; protocolType: string; groupState: string; groupType: string }[] {
    if (!this.shareEnabled()) return [];
    const states = new Set((info.apiVersion >= 4 ? (req.statesFilter ?? []) : []).map((s) => s.toLowerCase().trim()));
    const types = new Set((info.apiVersion >= 5 ? (req.typesFilter ?? []) : []).map((t) => t.toLowerCase().trim()));
    if (types.size > 0 && !types.has('share')) return [];
    return this.share
      .list()
      .filter((g) => !info.isCoordinatorFor || info.isCoordinatorFor(this.service.partitionFor(g.groupId)))
      .filter((g) => states.size === 0 || states.has(g.state.toLowerCase()))
      .map((g) => ({ groupId: g.groupId, protocolType: 'share', groupState: g.state, groupType: 'share' }));
  }

  /**
   * DeleteGroups' share groups: of `ids`, those that are share groups coordinated here get their result (NONE,
   * NON_EMPTY_GROUP), and their share-partitions are forgotten; the rest are left to the group coordinator.
   */
  deleteShareGroups(info: RequestInfo, ids: readonly string[]): Map<string, number> {
    const out = new Map<string, number>();
    for (const id of ids) {
      if (!this.share.has(id)) continue;
      if (info.isCoordinatorFor && !info.isCoordinatorFor(this.service.partitionFor(id))) continue;
      const code = this.share.delete(id);
      if (code === 0) this.sharePartitions.deleteGroup(id);
      out.set(id, code);
    }
    return out;
  }

  /**
   * Whether a share group coordinated by the request's broker holds the id: the classic group APIs then answer as
   * Kafka's GroupMetadataManager does for a group of another type (JoinGroup INCONSISTENT_GROUP_PROTOCOL, SyncGroup
   * and Heartbeat UNKNOWN_MEMBER_ID). Another broker leaves it to the group coordinator (NOT_COORDINATOR).
   */
  isShareGroupHere(info: RequestInfo, groupId: string): boolean {
    if (!this.share.has(groupId)) return false;
    return !info.isCoordinatorFor || info.isCoordinatorFor(this.service.partitionFor(groupId));
  }

  /** Whether a classic or consumer group holds the id (a share group cannot take it: GROUP_ID_NOT_FOUND). */
  hasOtherGroup(groupId: string): boolean {
    return this.service.summaries().some((g) => g.groupId === groupId);
  }

  /** Creates `__consumer_offsets` when missing (first FindCoordinator) and loads its partitions. */
  ensureOffsetsTopic(): TopicState {
    const existing = this.#cluster.topicByName(GROUP_METADATA_TOPIC);
    if (existing) return existing;
    const topic = this.#replicas.ensureInternalTopic(
      GROUP_METADATA_TOPIC,
      this.#config.int('offsets.topic.num.partitions'),
      {
        'cleanup.policy': 'compact',
        'segment.bytes': String(this.#config.int('offsets.topic.segment.bytes')),
        'compression.type': 'producer',
      },
      this.#config.int('offsets.topic.replication.factor'),
    );
    void this.service.load(topic.partitions.map((p) => p.partition));
    return topic;
  }

  /**
   * Creates `__share_group_state` when missing (first FindCoordinator for a share-partition key), with Kafka's
   * ShareCoordinatorConfig topic settings.
   */
  ensureShareStateTopic(): TopicState {
    const existing = this.#cluster.topicByName(SHARE_GROUP_STATE_TOPIC);
    if (existing) return existing;
    const config = this.#config;
    const replicationFactor = config.int('share.coordinator.state.topic.replication.factor');
    const minIsr = config.int('share.coordinator.state.topic.min.isr');
    return this.#replicas.ensureInternalTopic(
      SHARE_GROUP_STATE_TOPIC,
      config.int('share.coordinator.state.topic.num.partitions'),
      {
        // KIP-932's delete policy; samsa writes no periodic snapshot of idle share-partitions (Kafka's
        // share.coordinator.cold.partition.snapshot.interval.ms), so time-based retention is off.
        'cleanup.policy': 'delete',
        'retention.ms': '-1',
        'compression.type': 'producer',
        'segment.bytes': String(config.int('share.coordinator.state.topic.segment.bytes')),
        // The replication factor is capped to the live brokers; min.insync.replicas follows so writes stay possible.
        'min.insync.replicas': String(Math.max(1, Math.min(minIsr, replicationFactor, this.#cluster.brokers.length))),
      },
      replicationFactor,
    );
  }

  /**
   * The share coordinator of a share-partition key (`groupId:topicId:partition`): the leader of its partition of
   * `__share_group_state` (ShareCoordinatorService.partitionFor hashes the whole key), creating the topic when needed.
   */
  shareCoordinatorOf(key: string): BrokerNode | null {
    const topic = this.ensureShareStateTopic();
    const leader = topic.partitions[partitionFor(key, topic.partitions.length)]?.leader;
    return this.#cluster.brokers.find((b) => b.nodeId === leader) ?? null;
  }

  /** The broker that coordinates `groupId` (the leader of its partition), creating the topic when needed. */
  coordinatorOf(groupId: string): BrokerNode | null {
    const topic = this.ensureOffsetsTopic();
    const leader = topic.partitions[this.service.partitionFor(groupId)]?.leader;
    return this.#cluster.brokers.find((b) => b.nodeId === leader) ?? null;
  }

  /** Whether `nodeId` leads the partition (false while the topic does not exist). */
  #leads(nodeId: number, partition: number): boolean {
    const topic = this.#cluster.topicByName(GROUP_METADATA_TOPIC);
    return topic?.partitions[partition]?.leader === nodeId;
  }

  /** What the coordinator needs to know of a request: who sent it, at which version, to which broker identity. */
  requestInfo(caller: GroupCaller): RequestInfo {
    const { nodeId, remoteAddress } = caller;
    return {
      clientId: caller.clientId ?? '',
      // Kafka reports InetAddress.toString(): a slash and the address, without the port.
      clientHost: `/${remoteAddress.slice(0, Math.max(0, remoteAddress.lastIndexOf(':')))}`,
      apiVersion: caller.apiVersion,
      isCoordinatorFor: (partition) => this.#leads(nodeId, partition),
    };
  }

  /**
   * Writes the transaction's marker into `__consumer_offsets`-`partition` and applies it: the producer's pending
   * offsets become committed offsets, or are dropped. Throws the log's error for a fenced marker
   * (TRANSACTION_COORDINATOR_FENCED, INVALID_PRODUCER_EPOCH) and COORDINATOR_LOAD_IN_PROGRESS / NOT_COORDINATOR /
   * COORDINATOR_NOT_AVAILABLE while the partition is not loaded here.
   */
  completeTransaction(
    partition: number,
    producerId: number,
    producerEpoch: number,
    coordinatorEpoch: number,
    committed: boolean,
  ): void {
    this.service.completeTransaction(partition, producerId, producerEpoch, coordinatorEpoch, committed);
  }

  /** How far `__consumer_offsets` is loaded; null while the topic does not exist. */
  loadState(): CoordinatorLoad | null {
    return coordinatorLoad(this.#cluster.topicByName(GROUP_METADATA_TOPIC), (p) => this.service.status(p));
  }

  /** Whether a topic partition exists in the cluster metadata. */
  partitionExists(topic: string, partition: number): boolean {
    const t = this.#cluster.topicByName(topic);
    return t !== undefined && partition >= 0 && partition < t.partitions.length;
  }

  close(): void {
    this.#unsubscribe();
    this.share.close();
    this.service.close();
  }
}

/**
 * The cluster's topics as the consumer group coordinator reads them (Kafka's metadata image): live reads of the
 * cluster metadata, each partition's racks from its replicas' brokers, and a version that grows with every topic
 * creation and deletion.
 */
class ClusterTopicsImage implements TopicsImage {
  readonly #cluster: Cluster;
  version = 0;

  constructor(cluster: Cluster) {
    this.#cluster = cluster;
  }

  byName(name: string): TopicImage | undefined {
    const t = this.#cluster.topicByName(name);
    return t ? this.#image(t) : undefined;
  }

  byId(id: string): TopicImage | undefined {
    const t = this.#cluster.topicById(id);
    return t ? this.#image(t) : undefined;
  }

  names(): Iterable<string> {
    return this.#cluster.topics.map((t) => t.name);
  }

  #image(t: TopicState): TopicImage {
    const cluster = this.#cluster;
    return {
      id: t.id,
      name: t.name,
      partitions: t.partitions.length,
      partitionRacks(p) {
        const racks = new Set<string>();
        for (const id of t.partitions[p]?.replicas ?? []) {
          const rack = cluster.brokers.find((b) => b.nodeId === id)?.rack;
          if (rack) racks.add(rack);
        }
        return [...racks];
      },
    };
  }
}
