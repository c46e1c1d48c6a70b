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
  systemScheduler,
  type CoordinatorLogProvider,
  type RequestInfo,
  type Scheduler,
} from '@samsa/coordinator';
import type { Logger } from 'pino';
import type { BrokerNode, Cluster, TopicState } from './cluster';
import type { BrokerConfig } from './config';
import { KafkaError } from './errors';
import type { RequestContext } from './handlers/handler';
import { InternalTopicLog } from './internal-topic-log';
import type { ReplicaManager } from './replica-manager';

export const GROUP_METADATA_TOPIC = '__consumer_offsets';

export interface BrokerGroupsOptions {
  readonly cluster: Cluster;
  readonly config: BrokerConfig;
  readonly replicas: ReplicaManager;
  readonly logger: Logger;
  readonly scheduler?: Scheduler;
}

export class BrokerGroups {
  readonly service: GroupCoordinatorService;
  readonly #cluster: Cluster;
  readonly #config: BrokerConfig;
  readonly #replicas: ReplicaManager;
  readonly #unsubscribe: () => void;

  constructor(o: BrokerGroupsOptions) {
    this.#cluster = o.cluster;
    this.#config = o.config;
    this.#replicas = o.replicas;
    const num = (key: string): number => o.config.values.get(key) as number;
    const logs: CoordinatorLogProvider = {
      existing: (partition) => {
        const log = o.replicas.log(GROUP_METADATA_TOPIC, partition);
        return log ? new InternalTopicLog(o.replicas, GROUP_METADATA_TOPIC, partition) : null;
      },
      open: (partition) => new InternalTopicLog(o.replicas, GROUP_METADATA_TOPIC, partition),
    };
    this.service = new GroupCoordinatorService({
      logs,
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
      },
    });
    // Start-up: replay every partition an existing topic has (all of them are led by this process).
    const topic = this.#cluster.topicByName(GROUP_METADATA_TOPIC);
    if (topic) void this.service.load(topic.partitions.map((p) => p.partition));
    // The coordinator moves with the partition's leadership: the new leader's replica is replayed, parked requests on
    // the old one answer NOT_COORDINATOR, and clients find the new coordinator.
    this.#unsubscribe = o.replicas.replication.onLeadershipChange((p) => {
      if (p.topic.name === GROUP_METADATA_TOPIC) void this.service.reload(p.index);
    });
  }

  /** Creates `__consumer_offsets` when missing (first FindCoordinator) and loads its partitions. */
  ensureOffsetsTopic(): TopicState {
    const existing = this.#cluster.topicByName(GROUP_METADATA_TOPIC);
    if (existing) return existing;
    const topic = this.#replicas.ensureInternalTopic(
      GROUP_METADATA_TOPIC,
      this.#config.values.get('offsets.topic.num.partitions') as number,
      {
        'cleanup.policy': 'compact',
        'segment.bytes': String(this.#config.values.get('offsets.topic.segment.bytes')),
        'compression.type': 'producer',
        // Storage does not compact yet: time retention must not delete offsets the compacted topic would keep.
        'retention.ms': '-1',
      },
      this.#config.values.get('offsets.topic.replication.factor') as number,
    );
    void this.service.load(topic.partitions.map((p) => p.partition));
    return topic;
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

  requestInfo(ctx: RequestContext): RequestInfo {
    const nodeId = ctx.node.nodeId;
    return {
      clientId: ctx.client.clientId ?? '',
      // Kafka reports InetAddress.toString(): a slash and the address, without the port.
      clientHost: `/${ctx.client.remoteAddress.slice(0, Math.max(0, ctx.client.remoteAddress.lastIndexOf(':')))}`,
      apiVersion: ctx.apiVersion,
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

  /** Whether a topic partition exists in the cluster metadata. */
  partitionExists(topic: string, partition: number): boolean {
    const t = this.#cluster.topicByName(topic);
    return t !== undefined && partition >= 0 && partition < t.partitions.length;
  }

  close(): void {
    this.#unsubscribe();
    this.service.close();
  }
}

/** The context's group coordinator; a broker embedded without one answers COORDINATOR_NOT_AVAILABLE. */
export function groupsOf(ctx: RequestContext): BrokerGroups {
  if (!ctx.groups) throw new KafkaError('COORDINATOR_NOT_AVAILABLE', 'this broker runs no group coordinator');
  return ctx.groups;
}
