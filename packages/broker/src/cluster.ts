/**
 * Cluster state shared by every broker identity served by this process: the live brokers (each a `BrokerNode` with
 * its own listener and advertised address), the cluster id, the controller, and topic metadata (names, ids,
 * partition counts, replica assignments, leader epochs, config overrides). Topic metadata is kept in memory and
 * written through a `TopicStore` on every change, so it survives restarts. The lowest live node id acts as controller.
 *
 * All mutations are synchronous, so concurrent requests on any connection see them atomically.
 */
import { randomUuid } from '@samsa/protocol';
import type { BrokerConfig } from './config';
import { validateTopicConfigs, type ConfigEntry } from './config/topic-config-resolver';
import { KafkaError } from './errors';
import { collisionKey, INTERNAL_TOPICS, validateTopicName } from './topics/topic-name';
import type { PartitionState, TopicState, TopicStore } from './topics/topic-store';

export type { PartitionState, TopicState } from './topics/topic-store';

export interface BrokerNode {
  readonly nodeId: number;
  readonly host: string;
  readonly port: number;
  readonly rack: string | null;
}

export interface NewTopic {
  readonly name: string | null;
  /** -1 = broker default (num.partitions), or when assignments are given. */
  readonly numPartitions: number;
  /** -1 = broker default (default.replication.factor), or when assignments are given. */
  readonly replicationFactor: number;
  readonly assignments: readonly { readonly partitionIndex: number; readonly brokerIds: readonly number[] }[];
  readonly configs: readonly ConfigEntry[];
}

export type TopicChange = { readonly type: 'created' | 'deleted'; readonly topic: TopicState };

/** Largest partition count one topic may be created with; guards memory against absurd requests. */
export const MAX_PARTITIONS_PER_TOPIC = 10_000;

export class Cluster {
  readonly clusterId: string;
  readonly #config: BrokerConfig;
  readonly #store: TopicStore;
  readonly #brokers = new Map<number, BrokerNode>();
  readonly #topicsByName = new Map<string, TopicState>();
  readonly #topicsById = new Map<string, TopicState>();
  readonly #collisionKeys = new Map<string, string>();
  readonly #watchers = new Set<(change: TopicChange) => void>();

  constructor(clusterId: string, config: BrokerConfig, store: TopicStore) {
    this.clusterId = clusterId;
    this.#config = config;
    this.#store = store;
    for (const topic of store.load()) this.#index(topic);
  }

  get config(): BrokerConfig {
    return this.#config;
  }

  registerBroker(node: BrokerNode): void {
    this.#brokers.set(node.nodeId, node);
  }

  unregisterBroker(nodeId: number): void {
    this.#brokers.delete(nodeId);
  }

  /** Live brokers, ordered by node id. */
  get brokers(): BrokerNode[] {
    return [...this.#brokers.values()].sort((a, b) => a.nodeId - b.nodeId);
  }

  get controllerId(): number {
    return this.brokers[0]?.nodeId ?? -1;
  }

  get topics(): TopicState[] {
    return [...this.#topicsByName.values()];
  }

  topicByName(name: string): TopicState | undefined {
    return this.#topicsByName.get(name);
  }

  topicById(id: string): TopicState | undefined {
    return this.#topicsById.get(id);
  }

  isInternal(name: string): boolean {
    return INTERNAL_TOPICS.has(name);
  }

  /** Subscribes to topic creations and deletions; returns the unsubscribe function. */
  watch(listener: (change: TopicChange) => void): () => void {
    this.#watchers.add(listener);
    return () => this.#watchers.delete(listener);
  }

  /**
   * Validates and (unless `validateOnly`) creates a topic, throwing KafkaError with Kafka's code and wording for
   * every rejection. Returns the topic as created (or as it would be created).
   */
  createTopic(spec: NewTopic, validateOnly = false): TopicState {
    const name = spec.name;
    validateTopicName(name);
    if (this.#topicsByName.has(name)) throw new KafkaError('TOPIC_ALREADY_EXISTS', `Topic '${name}' already exists.`);
    const colliding = this.#collisionKeys.get(collisionKey(name));
    if (colliding !== undefined) throw new KafkaError('INVALID_TOPIC_EXCEPTION', `Topic '${name}' collides with existing topic: ${colliding}`);
    const configs = validateTopicConfigs(spec.configs);
    const partitions = spec.assignments.length > 0 ? this.#manualPartitions(spec) : this.#placedPartitions(spec);
    const topic: TopicState = { name, id: this.#newTopicId(), configs, partitions };
    if (validateOnly) return topic;
    // Persist first: if the write fails, memory still matches what is on disk.
    this.#store.save([...this.topics, topic]);
    this.#index(topic);
    this.#emit({ type: 'created', topic });
    return topic;
  }

  deleteTopic(topic: TopicState): void {
    if (!this.#config.deleteTopicEnable) throw new KafkaError('TOPIC_DELETION_DISABLED', 'Topic deletion is disabled.');
    if (this.#topicsByName.get(topic.name) !== topic) throw new KafkaError('UNKNOWN_TOPIC_OR_PARTITION');
    this.#store.save(this.topics.filter((t) => t !== topic));
    this.#topicsByName.delete(topic.name);
    this.#topicsById.delete(topic.id);
    this.#collisionKeys.delete(collisionKey(topic.name));
    this.#emit({ type: 'deleted', topic });
  }

  /** Writes the current topic metadata through the store (also done on every change). */
  flush(): void {
    this.#persist();
  }

  #placedPartitions(spec: NewTopic): PartitionState[] {
    const numPartitions = spec.numPartitions === -1 ? this.#config.numPartitions : spec.numPartitions;
    const replicationFactor = spec.replicationFactor === -1 ? this.#config.defaultReplicationFactor : spec.replicationFactor;
    if (numPartitions <= 0) throw new KafkaError('INVALID_PARTITIONS', 'Number of partitions was set to an invalid non-positive value.');
    if (numPartitions > MAX_PARTITIONS_PER_TOPIC) {
      throw new KafkaError('INVALID_PARTITIONS', `Number of partitions ${numPartitions} exceeds the limit of ${MAX_PARTITIONS_PER_TOPIC} per topic.`);
    }
    if (replicationFactor <= 0) {
      throw new KafkaError('INVALID_REPLICATION_FACTOR', 'Replication factor must be larger than 0, or -1 to use the default value.');
    }
    const brokerIds = this.brokers.map((b) => b.nodeId);
    if (replicationFactor > brokerIds.length) {
      throw new KafkaError('INVALID_REPLICATION_FACTOR', `Unable to replicate the partition ${replicationFactor} time(s): The target replication factor of ${replicationFactor} cannot be reached because only ${brokerIds.length} broker(s) are registered.`);
    }
    const partitions: PartitionState[] = [];
    for (let p = 0; p < numPartitions; p++) {
      const replicas: number[] = [];
      for (let r = 0; r < replicationFactor; r++) replicas.push(brokerIds[(p + r) % brokerIds.length] as number);
      partitions.push({ partition: p, replicas, isr: replicas, leader: replicas[0] as number, leaderEpoch: 0 });
    }
    return partitions;
  }

  #manualPartitions(spec: NewTopic): PartitionState[] {
    if (spec.numPartitions !== -1) {
      throw new KafkaError('INVALID_REQUEST', 'A manual partition assignment was specified, but numPartitions was not set to -1.');
    }
    if (spec.replicationFactor !== -1) {
      throw new KafkaError('INVALID_REQUEST', 'A manual partition assignment was specified, but replicationFactor was not set to -1.');
    }
    const live = new Set(this.#brokers.keys());
    const byIndex = new Map<number, readonly number[]>();
    for (const a of spec.assignments) {
      if (byIndex.has(a.partitionIndex)) {
        throw new KafkaError('INVALID_REPLICA_ASSIGNMENT', `Found multiple manual partition assignments for partition ${a.partitionIndex}`);
      }
      byIndex.set(a.partitionIndex, a.brokerIds);
    }
    if (byIndex.size > MAX_PARTITIONS_PER_TOPIC) {
      throw new KafkaError('INVALID_PARTITIONS', `Number of partitions ${byIndex.size} exceeds the limit of ${MAX_PARTITIONS_PER_TOPIC} per topic.`);
    }
    const partitions: PartitionState[] = [];
    for (let p = 0; p < byIndex.size; p++) {
      const replicas = byIndex.get(p);
      if (replicas === undefined) {
        throw new KafkaError('INVALID_REPLICA_ASSIGNMENT', 'Partitions should be a consecutive 0-based integer sequence');
      }
      if (replicas.length === 0) throw new KafkaError('INVALID_REPLICA_ASSIGNMENT', 'The manual partition assignment includes an empty replica list.');
      const seen = new Set<number>();
      for (const id of replicas) {
        if (!live.has(id)) {
          throw new KafkaError('INVALID_REPLICA_ASSIGNMENT', `The manual partition assignment includes broker ${id}, but no such broker is registered.`);
        }
        if (seen.has(id)) {
          throw new KafkaError('INVALID_REPLICA_ASSIGNMENT', `The manual partition assignment includes the broker ${id} more than once.`);
        }
        seen.add(id);
      }
      const copy = [...replicas];
      partitions.push({ partition: p, replicas: copy, isr: copy, leader: copy[0] as number, leaderEpoch: 0 });
    }
    const size = partitions[0]?.replicas.length;
    if (partitions.some((p) => p.replicas.length !== size)) {
      throw new KafkaError('INVALID_REPLICA_ASSIGNMENT', 'All partitions in the manual partition assignment must have the same number of replicas.');
    }
    return partitions;
  }

  #newTopicId(): string {
    for (;;) {
      const id = randomUuid();
      if (!this.#topicsById.has(id)) return id;
    }
  }

  #index(topic: TopicState): void {
    this.#topicsByName.set(topic.name, topic);
    this.#topicsById.set(topic.id, topic);
    this.#collisionKeys.set(collisionKey(topic.name), topic.name);
  }

  #persist(): void {
    this.#store.save(this.topics);
  }

  #emit(change: TopicChange): void {
    for (const w of this.#watchers) w(change);
  }
}
