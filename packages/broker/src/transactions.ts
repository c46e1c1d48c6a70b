/**
 * Idempotent and transactional producers inside the broker: the producer id allocator (Kafka's ProducerIdManager,
 * ids handed out from blocks of 1000 whose next start is persisted in `<first log dir>/__cluster_metadata/
 * producer-ids.json` before any id of a block is used, so an id is never given twice, even after a crash), the
 * periodic expiry of idle producers' state in every partition (`producer.id.expiration.ms`, checked every
 * `producer.id.expiration.check.interval.ms`), and the transaction coordinator: the `TransactionCoordinatorService`
 * of @samsa/coordinator over the partitions of `__transaction_state`, whose logs the ReplicaManager hosts. The topic
 * is created on the first FindCoordinator for a transactional id (as Kafka does) with Kafka's settings
 * (transaction.state.log.num.partitions, .replication.factor capped to the live brokers, .min.isr, .segment.bytes,
 * cleanup.policy=compact); at start-up every partition of an existing topic is replayed. Markers are written through
 * the broker's marker writer (`BrokerTxnMarkers`). Handlers reach it as `ctx.transactions`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  partitionFor,
  systemScheduler,
  TransactionCoordinatorService,
  type CoordinatorLogProvider,
  type IsCoordinatorFor,
  type Scheduler,
  type TxnMarkerWriter,
} from '@samsa/coordinator';
import type { Logger } from 'pino';
import type { BrokerNode, Cluster, TopicState } from './cluster';
import type { BrokerConfig } from './config';
import { coordinatorLoad, type CoordinatorLoad } from './coordinator-load';
import { KafkaError, type ErrorName } from './errors';
import { InternalTopicLog } from './internal-topic-log';
import type { ReplicaManager } from './replica-manager';
import { writeFileAtomic } from './topics/durable-file';

export const TRANSACTION_STATE_TOPIC = '__transaction_state';
const GROUP_METADATA_TOPIC = '__consumer_offsets';

/** ProducerIdsBlock.PRODUCER_ID_BLOCK_SIZE. */
export const PRODUCER_ID_BLOCK_SIZE = 1000;

/** Where the next unallocated block starts. */
export interface ProducerIdStore {
  load(): number;
  save(nextBlockStart: number): void;
}

export class MemoryProducerIdStore implements ProducerIdStore {
  #next = 0;
  load(): number {
    return this.#next;
  }
  save(nextBlockStart: number): void {
    this.#next = nextBlockStart;
  }
}

/** `{ "version": 1, "nextBlockStart": N }`, replaced atomically. */
export class FileProducerIdStore implements ProducerIdStore {
  readonly file: string;

  constructor(logDir: string) {
    this.file = join(logDir, '__cluster_metadata', 'producer-ids.json');
  }

  load(): number {
    if (!existsSync(this.file)) return 0;
    const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as { version?: unknown; nextBlockStart?: unknown };
    if (
      parsed.version !== 1 ||
      typeof parsed.nextBlockStart !== 'number' ||
      !Number.isSafeInteger(parsed.nextBlockStart) ||
      parsed.nextBlockStart < 0
    ) {
      throw new Error(`${this.file} is not a version 1 producer id file`);
    }
    return parsed.nextBlockStart;
  }

  save(nextBlockStart: number): void {
    writeFileAtomic(this.file, `${JSON.stringify({ version: 1, nextBlockStart })}\n`);
  }
}

/** Hands out unique producer ids (int64, kept below 2^53 here). */
export class ProducerIdManager {
  readonly #store: ProducerIdStore;
  #next: number;
  #blockEnd: number;

  constructor(store: ProducerIdStore) {
    this.#store = store;
    this.#next = store.load();
    this.#blockEnd = this.#next;
  }

  generate(): number {
    if (this.#next >= this.#blockEnd) {
      const end = this.#next + PRODUCER_ID_BLOCK_SIZE;
      if (!Number.isSafeInteger(end)) throw new KafkaError('UNKNOWN_SERVER_ERROR', 'producer ids exhausted');
      // Persisted first: a crash after this loses at most the rest of the block, never reuses an id.
      this.#store.save(end);
      this.#blockEnd = end;
    }
    return this.#next++;
  }
}

export interface BrokerTransactionsOptions {
  readonly cluster: Cluster;
  readonly config: BrokerConfig;
  readonly replicas: ReplicaManager;
  readonly logger: Logger;
  /** Writes COMMIT/ABORT markers into the partitions of a transaction (BrokerTxnMarkers). */
  readonly markers: TxnMarkerWriter;
  readonly clock?: () => number;
  readonly producerIdStore?: ProducerIdStore;
  /** Time for the coordinator's timeout, expiry and marker-retry timers (tests drive it by hand). */
  readonly scheduler?: Scheduler;
}

export class BrokerTransactions {
  readonly producerIds: ProducerIdManager;
  readonly coordinator: TransactionCoordinatorService;
  readonly #cluster: Cluster;
  readonly #config: BrokerConfig;
  readonly #replicas: ReplicaManager;
  readonly #logger: Logger;
  readonly #clock: () => number;
  readonly #producerIdExpirationMs: number;
  readonly #verificationEnabled: boolean;
  #expiryTimer: NodeJS.Timeout | null = null;
  readonly #unsubscribe: () => void;

  constructor(o: BrokerTransactionsOptions) {
    this.#cluster = o.cluster;
    this.#config = o.config;
    this.#replicas = o.replicas;
    this.#logger = o.logger.child({ component: 'transactions' });
    this.#clock = o.clock ?? Date.now;
    const num = o.config.int;
    this.#producerIdExpirationMs = num('producer.id.expiration.ms');
    this.#verificationEnabled = o.config.bool('transaction.partition.verification.enable');
    const store =
      o.producerIdStore ??
      (o.config.storage === 'memory'
        ? new MemoryProducerIdStore()
        : new FileProducerIdStore(o.config.logDirs[0] as string));
    this.producerIds = new ProducerIdManager(store);
    this.#expiryTimer = setInterval(
      () => this.removeExpiredProducers(),
      num('producer.id.expiration.check.interval.ms'),
    );
    this.#expiryTimer.unref();

    const replicas = o.replicas;
    const logs: CoordinatorLogProvider = {
      existing: (partition) => {
        const log = replicas.log(TRANSACTION_STATE_TOPIC, partition);
        return log ? new InternalTopicLog(replicas, TRANSACTION_STATE_TOPIC, partition) : null;
      },
      open: (partition) => {
        this.ensureTransactionTopic();
        return new InternalTopicLog(replicas, TRANSACTION_STATE_TOPIC, partition);
      },
    };
    this.coordinator = new TransactionCoordinatorService({
      logs,
      logger: o.logger.child({ component: 'transaction-coordinator' }),
      scheduler: o.scheduler ?? systemScheduler,
      producerIds: this.producerIds,
      markers: o.markers,
      // The coordinator epoch is the leader epoch of the transaction's partition, so a marker from a coordinator
      // that lost the partition is fenced by the data partition (TRANSACTION_COORDINATOR_FENCED).
      coordinatorEpoch: (partition) => replicas.partition(TRANSACTION_STATE_TOPIC, partition)?.leaderEpoch ?? 0,
      config: {
        transactionTopicPartitions: num('transaction.state.log.num.partitions'),
        transactionMaxTimeoutMs: num('transaction.max.timeout.ms'),
        transactionalIdExpirationMs: num('transactional.id.expiration.ms'),
        abortTimedOutTransactionsIntervalMs: num('transaction.abort.timed.out.transaction.cleanup.interval.ms'),
        removeExpiredTransactionalIdsIntervalMs: num('transaction.remove.expired.transaction.cleanup.interval.ms'),
      },
    });
    // Start-up: replay every partition an existing topic has (all of them are led by this process); transactions
    // found prepared are completed, open ones aborted when their timeout passes.
    const topic = this.#cluster.topicByName(TRANSACTION_STATE_TOPIC);
    if (topic) void this.coordinator.load(topic.partitions.map((p) => p.partition));
    // The coordinator moves with the partition's leadership: the new leader's replica is replayed (prepared
    // transactions are completed under the new coordinator epoch, the partition's new leader epoch).
    this.#unsubscribe = replicas.replication.onLeadershipChange((p) => {
      if (p.topic.name === TRANSACTION_STATE_TOPIC) void this.coordinator.reload(p.index);
    });
  }

  /** Creates `__transaction_state` when missing (first FindCoordinator for a transactional id) and loads it. */
  ensureTransactionTopic(): TopicState {
    const existing = this.#cluster.topicByName(TRANSACTION_STATE_TOPIC);
    if (existing) return existing;
    const config = this.#config;
    const replicationFactor = config.int('transaction.state.log.replication.factor');
    const minIsr = config.int('transaction.state.log.min.isr');
    const topic = this.#replicas.ensureInternalTopic(
      TRANSACTION_STATE_TOPIC,
      config.int('transaction.state.log.num.partitions'),
      {
        'cleanup.policy': 'compact',
        'compression.type': 'uncompressed',
        'segment.bytes': String(config.int('transaction.state.log.segment.bytes')),
        'unclean.leader.election.enable': 'false',
        // The replication factor is capped to the live brokers; min.insync.replicas follows so writes stay possible.
        'min.insync.replicas': String(Math.max(1, Math.min(minIsr, replicationFactor, this.#cluster.brokers.length))),
      },
      replicationFactor,
    );
    void this.coordinator.load(topic.partitions.map((p) => p.partition));
    return topic;
  }

  /** The broker that coordinates `transactionalId` (the leader of its partition), creating the topic when needed. */
  coordinatorOf(transactionalId: string): BrokerNode | null {
    const topic = this.ensureTransactionTopic();
    const leader = topic.partitions[this.coordinator.partitionFor(transactionalId)]?.leader;
    return this.#cluster.brokers.find((b) => b.nodeId === leader) ?? null;
  }

  /** How far `__transaction_state` is loaded; null while the topic does not exist. */
  loadState(): CoordinatorLoad | null {
    return coordinatorLoad(this.#cluster.topicByName(TRANSACTION_STATE_TOPIC), (p) => this.coordinator.status(p));
  }

  /** Whether `nodeId` leads a `__transaction_state` partition (false while the topic does not exist). */
  isCoordinatorFor(nodeId: number): IsCoordinatorFor {
    return (partition) => this.#cluster.topicByName(TRANSACTION_STATE_TOPIC)?.partitions[partition]?.leader === nodeId;
  }

  /**
   * Whether the transactional producer may write `topic`-`partition` now (partition verification, KIP-890 part
   * 1; transaction.partition.verification.enable). The coordinator's answer as Kafka's
   * handleVerifyPartitionsInTransaction gives it: null when the partition is in the producer's ongoing
   * transaction, else TRANSACTION_ABORTABLE, PRODUCER_FENCED, INVALID_PRODUCER_ID_MAPPING,
   * CONCURRENT_TRANSACTIONS or a coordinator error. `verificationError` turns it into what a request version
   * answers.
   */
  verifyPartition(
    transactionalId: string,
    producerId: number,
    producerEpoch: number,
    topic: string,
    partition: number,
  ): ErrorName | null {
    if (!this.#verificationEnabled) return null;
    const [res] = this.coordinator.verifyPartitions(transactionalId, producerId, producerEpoch, [{ topic, partition }]);
    return res?.errorName ?? null;
  }

  /** TxnOffsetCommit check (part of KIP-890): the group's `__consumer_offsets` partition is in the transaction. */
  verifyGroup(transactionalId: string, producerId: number, producerEpoch: number, groupId: string): ErrorName | null {
    const partition = partitionFor(groupId, this.#config.int('offsets.topic.num.partitions'));
    return this.verifyPartition(transactionalId, producerId, producerEpoch, GROUP_METADATA_TOPIC, partition);
  }

  /** producer.id.expiration.ms: forgets idle producers in every hosted partition. Returns how many. */
  removeExpiredProducers(now: number = this.#clock()): number {
    let removed = 0;
    for (const topic of this.#cluster.topics) {
      for (const state of topic.partitions) {
        const log = this.#replicas.log(topic.name, state.partition);
        if (log) removed += log.producerState.removeExpiredProducers(now, this.#producerIdExpirationMs);
      }
    }
    if (removed > 0) this.#logger.info({ removed }, 'removed expired producer state');
    return removed;
  }

  close(): void {
    if (this.#expiryTimer) clearInterval(this.#expiryTimer);
    this.#expiryTimer = null;
    this.#unsubscribe();
    this.coordinator.close();
  }
}

/**
 * What a failed verification answers (AddPartitionsToTxnManager / ReplicaManager): PRODUCER_FENCED becomes
 * INVALID_PRODUCER_EPOCH, which producers handle there; TRANSACTION_ABORTABLE stays only for requests that know it
 * (Produce v11+, TxnOffsetCommit v4+) and is INVALID_TXN_STATE below; coordinator errors that older producers
 * would not retry become NOT_ENOUGH_REPLICAS (retriable, no metadata refresh).
 */
export function verificationError(name: ErrorName, supportsAbortable: boolean): ErrorName {
  switch (name) {
    case 'PRODUCER_FENCED':
      return 'INVALID_PRODUCER_EPOCH';
    case 'TRANSACTION_ABORTABLE':
      return supportsAbortable ? name : 'INVALID_TXN_STATE';
    case 'CONCURRENT_TRANSACTIONS':
    case 'NETWORK_EXCEPTION':
    case 'COORDINATOR_LOAD_IN_PROGRESS':
    case 'COORDINATOR_NOT_AVAILABLE':
    case 'NOT_COORDINATOR':
      return 'NOT_ENOUGH_REPLICAS';
    default:
      return name;
  }
}
