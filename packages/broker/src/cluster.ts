/**
 * Cluster state shared by every broker identity served by this process: the live brokers (each a `BrokerNode` with
 * its own listener and advertised address), the cluster id, the controller, and topic metadata (names, ids,
 * partition counts, replica assignments, leader epochs, config overrides) and the dynamic broker configs
 * (AlterConfigs on BROKER resources). Both are kept in memory and written through a `TopicStore` on every change, so
 * they survive restarts; so are the SCRAM credentials, client quotas, telemetry subscriptions, feature levels and ACLs
 * it holds (`scramCredentials`, `clientQuotas`, `clientMetrics`, `features`, `acls`). The lowest live node id acts as
 * controller.
 *
 * All mutations are synchronous, so concurrent requests on any connection see them atomically.
 */
import { randomUuid } from '@samsa/protocol';
import { addressOn, type BrokerAddress, type BrokerNode } from './broker-node';
import type { BrokerConfig } from './config';
import { mergedBrokerProps, type BrokerConfigLayers } from './config/config-describer';
import { validateTopicConfigs, type ConfigEntry } from './config/topic-config-resolver';
import { KafkaError } from './errors';
import { FeatureLevels } from './features';
import { ClientQuotaStore } from './quotas/client-quotas';
import { AclStore } from './security/acl-store';
import { createAuthorizer, type Authorizer } from './security/authorizer';
import { ScramCredentialStore } from './security/scram-credentials';
import { ClientMetricsSubscriptions } from './telemetry/client-metrics-subscriptions';
import { placeReplicas } from './topics/replica-placement';
import { collisionKey, INTERNAL_TOPICS, validateTopicName } from './topics/topic-name';
import { TopicStoreError, type PartitionState, type TopicState, type TopicStore } from './topics/topic-store';

export type { PartitionState, TopicState } from './topics/topic-store';

export type { BrokerAddress, BrokerNode } from './broker-node';

export interface NewTopic {
  readonly name: string | null;
  /** -1 = broker default (num.partitions), or when assignments are given. */
  readonly numPartitions: number;
  /** -1 = broker default (default.replication.factor), or when assignments are given. */
  readonly replicationFactor: number;
  readonly assignments: readonly { readonly partitionIndex: number; readonly brokerIds: readonly number[] }[];
  readonly configs: readonly ConfigEntry[];
}

/**
 * `updated`: the topic's config overrides, its partitions, or the broker defaults under it changed. `leadership`: only
 * leaders, leader epochs or ISRs of some of its partitions changed (elections, ISR changes).
 */
export type TopicChange = {
  readonly type: 'created' | 'deleted' | 'updated' | 'leadership';
  readonly topic: TopicState;
};

/** Metadata document holding the dynamic broker configs: `{ version: 1, resources: { "": {...}, "<node id>": {...} } }`. */
const BROKER_CONFIGS_DOCUMENT = 'broker-configs';

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
  /** Dynamic broker configs by resource name: '' is the cluster-wide default, '<node id>' one broker. */
  #dynamicBrokerConfigs = new Map<string, Readonly<Record<string, string>>>();
  #brokerProps: ReadonlyMap<string, string>;
  #controllerEpoch = 0;
  #metadataEndOffset = 0;
  /** SCRAM credentials (AlterUserScramCredentials), persisted beside the topic metadata. */
  readonly scramCredentials: ScramCredentialStore;
  /** Supported and finalized feature levels (ApiVersions, UpdateFeatures), persisted beside the topic metadata. */
  readonly features: FeatureLevels;
  /** Client quotas (AlterClientQuotas), persisted beside the topic metadata; enforced on the request path. */
  readonly clientQuotas: ClientQuotaStore;
  /** The ACLs (CreateAcls), persisted beside the topic metadata and shared by every broker identity. */
  readonly acls: AclStore;
  /** The authorizer `authorizer.class.name` enables over `acls`; null without one (every request allowed). */
  readonly authorizer: Authorizer | null;
  /** Client telemetry subscriptions (CLIENT_METRICS config resources, KIP-714), persisted beside the topic metadata. */
  readonly clientMetrics: ClientMetricsSubscriptions;

  constructor(clusterId: string, config: BrokerConfig, store: TopicStore) {
    this.clusterId = clusterId;
    this.#config = config;
    this.#store = store;
    for (const topic of store.load()) this.#index(topic);
    this.#dynamicBrokerConfigs = parseBrokerConfigsDocument(store.loadDocument(BROKER_CONFIGS_DOCUMENT));
    this.#brokerProps = this.#mergeBrokerProps();
    this.scramCredentials = new ScramCredentialStore(store);
    this.features = new FeatureLevels(store);
    this.clientQuotas = new ClientQuotaStore(store);
    this.acls = new AclStore(store);
    this.authorizer = createAuthorizer(config, this.acls);
    this.clientMetrics = new ClientMetricsSubscriptions(store);
  }

  get config(): BrokerConfig {
    return this.#config;
  }

  /**
   * The broker properties topic defaults come from: server.properties (explicit keys), overlaid by the dynamic
   * cluster-wide default, then by the dynamic configs of this process's first broker identity (Kafka's precedence).
   */
  get brokerProps(): ReadonlyMap<string, string> {
    return this.#brokerProps;
  }

  /** The config layers of broker `nodeId`: its dynamic configs, the dynamic defaults, server.properties. */
  brokerConfigLayers(nodeId: number): BrokerConfigLayers {
    return {
      dynamicBroker: this.dynamicBrokerConfigs(String(nodeId)),
      dynamicDefault: this.dynamicBrokerConfigs(''),
      staticConfig: this.#config.explicit,
    };
  }

  /** The dynamic configs of a BROKER resource ('' = cluster-wide default). */
  dynamicBrokerConfigs(resourceName: string): Readonly<Record<string, string>> {
    return this.#dynamicBrokerConfigs.get(resourceName) ?? {};
  }

  /** Replaces the dynamic configs of a BROKER resource (already validated), persists them and re-applies topic defaults. */
  setDynamicBrokerConfigs(resourceName: string, configs: Readonly<Record<string, string>>): void {
    const next = new Map(this.#dynamicBrokerConfigs);
    if (Object.keys(configs).length === 0) next.delete(resourceName);
    else next.set(resourceName, { ...configs });
    this.#store.saveDocument(BROKER_CONFIGS_DOCUMENT, { version: 1, resources: Object.fromEntries(next) });
    this.#dynamicBrokerConfigs = next;
    this.#brokerProps = this.#mergeBrokerProps();
    for (const topic of this.topics) this.#emit({ type: 'updated', topic });
  }

  registerBroker(node: BrokerNode): void {
    const controller = this.controllerId;
    this.#brokers.set(node.nodeId, node);
    this.#metadataChanged(controller);
  }

  unregisterBroker(nodeId: number): void {
    const controller = this.controllerId;
    if (this.#brokers.delete(nodeId)) this.#metadataChanged(controller);
  }

  /**
   * Where a KRaft metadata log would stand (DescribeQuorum): the controller's epoch, one more at each change of
   * controller (the first broker to listen makes it 1), and the end offset, one record per metadata change (broker
   * registrations, topic creations, deletions, config and leadership changes) since this process started.
   */
  get metadataQuorum(): { readonly leaderEpoch: number; readonly endOffset: number } {
    return { leaderEpoch: this.#controllerEpoch, endOffset: this.#metadataEndOffset };
  }

  /** Live brokers, ordered by node id. */
  get brokers(): BrokerNode[] {
    return [...this.#brokers.values()].sort((a, b) => a.nodeId - b.nodeId);
  }

  /**
   * Live brokers as clients of `listener` see them: each with that listener's advertised address, ordered by node id;
   * a broker without the listener is left out (Kafka's MetadataCache.getAliveBrokerNodes(listenerName)).
   */
  brokersOn(listener: string): BrokerAddress[] {
    const out: BrokerAddress[] = [];
    for (const b of this.brokers) {
      const address = addressOn(b, listener);
      if (address) out.push(address);
    }
    return out;
  }

  /** One live broker's address on `listener` (null: not live, or no such listener). */
  brokerOn(nodeId: number, listener: string): BrokerAddress | null {
    const node = this.#brokers.get(nodeId);
    return node ? addressOn(node, listener) : null;
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

  /**
   * Subscribes to topic creations and deletions; returns the unsubscribe function. A watcher that throws on `created`
   * vetoes the creation: the topic is removed again and createTopic throws its error.
   */
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
    if (colliding !== undefined)
      throw new KafkaError('INVALID_TOPIC_EXCEPTION', `Topic '${name}' collides with existing topic: ${colliding}`);
    const configs = validateTopicConfigs(spec.configs);
    const partitions = spec.assignments.length > 0 ? this.#manualPartitions(spec) : this.#placedPartitions(spec);
    const topic: TopicState = { name, id: this.#newTopicId(), configs, partitions };
    if (validateOnly) return topic;
    // Persist first: if the write fails, memory still matches what is on disk.
    this.#store.save([...this.topics, topic]);
    this.#index(topic);
    try {
      this.#emit({ type: 'created', topic });
    } catch (err) {
      // A watcher could not take the topic in (the replica manager could not create its logs): the creation is
      // undone, so no half-created topic stays in the metadata, and the error goes back to the requester.
      this.#unindex(topic);
      try {
        this.#store.save(this.topics);
      } catch {
        // The metadata file keeps the topic; its logs are created (or fail again, offline) at the next start.
      }
      throw err;
    }
    return topic;
  }

  deleteTopic(topic: TopicState): void {
    if (!this.#config.deleteTopicEnable) throw new KafkaError('TOPIC_DELETION_DISABLED', 'Topic deletion is disabled.');
    if (this.#topicsByName.get(topic.name) !== topic) throw new KafkaError('UNKNOWN_TOPIC_OR_PARTITION');
    this.#store.save(this.topics.filter((t) => t !== topic));
    this.#unindex(topic);
    this.#emit({ type: 'deleted', topic });
  }

  /** Replaces a topic's config overrides (already validated), persists them and tells watchers. */
  setTopicConfigs(topic: TopicState, configs: Readonly<Record<string, string>>): TopicState {
    this.#requireCurrent(topic);
    const updated: TopicState = { ...topic, configs: { ...configs } };
    this.#replace(updated);
    return updated;
  }

  /**
   * CreatePartitions: grows `topic` to `count` partitions, placed like new topics' (topics/replica-placement.ts, the
   * topic's replication factor) or as `assignments` (one replica list per new partition) say. Throws
   * KafkaError with Kafka's code and wording (ReplicationControlManager.createPartitions) for every rejection.
   */
  addPartitions(
    topic: TopicState,
    count: number,
    assignments: readonly (readonly number[])[] | null,
    validateOnly = false,
  ): TopicState {
    this.#requireCurrent(topic);
    const current = topic.partitions.length;
    if (count === current) throw new KafkaError('INVALID_PARTITIONS', `Topic already has ${current} partition(s).`);
    if (count < current) {
      throw new KafkaError(
        'INVALID_PARTITIONS',
        `The topic ${topic.name} currently has ${current} partition(s); ${count} would not be an increase.`,
      );
    }
    if (count > MAX_PARTITIONS_PER_TOPIC) {
      throw new KafkaError(
        'INVALID_PARTITIONS',
        `Number of partitions ${count} exceeds the limit of ${MAX_PARTITIONS_PER_TOPIC} per topic.`,
      );
    }
    const additional = count - current;
    if (assignments !== null && assignments.length !== additional) {
      throw new KafkaError(
        'INVALID_REPLICA_ASSIGNMENT',
        `Attempted to add ${additional} additional partition(s), but only ${assignments.length} assignment(s) were specified.`,
      );
    }
    const replicationFactor = topic.partitions[0]?.replicas.length ?? 1;
    const added: PartitionState[] = [];
    if (assignments !== null) {
      for (const replicas of assignments) {
        this.#checkManualReplicas(replicas, replicationFactor);
        const copy = [...replicas];
        added.push({
          partition: current + added.length,
          replicas: copy,
          isr: copy,
          leader: copy[0] as number,
          leaderEpoch: 0,
        });
      }
    } else {
      const brokers = this.brokers;
      if (replicationFactor > brokers.length) {
        throw new KafkaError(
          'INVALID_REPLICATION_FACTOR',
          `Unable to replicate the partition ${replicationFactor} time(s): The target replication factor of ${replicationFactor} cannot be reached because only ${brokers.length} broker(s) are registered.`,
        );
      }
      placeReplicas(brokers, current, additional, replicationFactor).forEach((replicas, i) => {
        added.push({ partition: current + i, replicas, isr: replicas, leader: replicas[0] as number, leaderEpoch: 0 });
      });
    }
    const updated: TopicState = { ...topic, partitions: [...topic.partitions, ...added] };
    if (!validateOnly) this.#replace(updated);
    return updated;
  }

  /**
   * Replaces the leadership of partitions (leader, leader epoch, ISR; the replica list stays), persists every topic
   * once and tells watchers with a `leadership` change per topic. States of topics that no longer exist are ignored.
   */
  updatePartitions(states: readonly { readonly topic: string; readonly state: PartitionState }[]): void {
    if (states.length === 0) return;
    const byTopic = new Map<string, PartitionState[]>();
    for (const { topic, state } of states) {
      const current = this.#topicsByName.get(topic);
      if (!current?.partitions[state.partition]) continue;
      let parts = byTopic.get(topic);
      if (!parts) byTopic.set(topic, (parts = [...current.partitions]));
      parts[state.partition] = state;
    }
    const updated: TopicState[] = [];
    for (const [name, partitions] of byTopic)
      updated.push({ ...(this.#topicsByName.get(name) as TopicState), partitions });
    const next = new Map(updated.map((t) => [t.name, t]));
    this.#store.save(this.topics.map((t) => next.get(t.name) ?? t));
    for (const t of updated) {
      this.#topicsByName.set(t.name, t);
      this.#topicsById.set(t.id, t);
    }
    for (const t of updated) this.#emit({ type: 'leadership', topic: t });
  }

  /** Writes the current topic metadata through the store (also done on every change). */
  flush(): void {
    this.#persist();
  }

  #placedPartitions(spec: NewTopic): PartitionState[] {
    const numPartitions = spec.numPartitions === -1 ? this.#config.numPartitions : spec.numPartitions;
    const replicationFactor =
      spec.replicationFactor === -1 ? this.#config.defaultReplicationFactor : spec.replicationFactor;
    if (numPartitions <= 0)
      throw new KafkaError('INVALID_PARTITIONS', 'Number of partitions was set to an invalid non-positive value.');
    if (numPartitions > MAX_PARTITIONS_PER_TOPIC) {
      throw new KafkaError(
        'INVALID_PARTITIONS',
        `Number of partitions ${numPartitions} exceeds the limit of ${MAX_PARTITIONS_PER_TOPIC} per topic.`,
      );
    }
    if (replicationFactor <= 0) {
      throw new KafkaError(
        'INVALID_REPLICATION_FACTOR',
        'Replication factor must be larger than 0, or -1 to use the default value.',
      );
    }
    const brokers = this.brokers;
    if (replicationFactor > brokers.length) {
      throw new KafkaError(
        'INVALID_REPLICATION_FACTOR',
        `Unable to replicate the partition ${replicationFactor} time(s): The target replication factor of ${replicationFactor} cannot be reached because only ${brokers.length} broker(s) are registered.`,
      );
    }
    return placeReplicas(brokers, 0, numPartitions, replicationFactor).map((replicas, p) => ({
      partition: p,
      replicas,
      isr: replicas,
      leader: replicas[0] as number,
      leaderEpoch: 0,
    }));
  }

  #manualPartitions(spec: NewTopic): PartitionState[] {
    if (spec.numPartitions !== -1) {
      throw new KafkaError(
        'INVALID_REQUEST',
        'A manual partition assignment was specified, but numPartitions was not set to -1.',
      );
    }
    if (spec.replicationFactor !== -1) {
      throw new KafkaError(
        'INVALID_REQUEST',
        'A manual partition assignment was specified, but replicationFactor was not set to -1.',
      );
    }
    const live = new Set(this.#brokers.keys());
    const byIndex = new Map<number, readonly number[]>();
    for (const a of spec.assignments) {
      if (byIndex.has(a.partitionIndex)) {
        throw new KafkaError(
          'INVALID_REPLICA_ASSIGNMENT',
          `Found multiple manual partition assignments for partition ${a.partitionIndex}`,
        );
      }
      byIndex.set(a.partitionIndex, a.brokerIds);
    }
    if (byIndex.size > MAX_PARTITIONS_PER_TOPIC) {
      throw new KafkaError(
        'INVALID_PARTITIONS',
        `Number of partitions ${byIndex.size} exceeds the limit of ${MAX_PARTITIONS_PER_TOPIC} per topic.`,
      );
    }
    const partitions: PartitionState[] = [];
    for (let p = 0; p < byIndex.size; p++) {
      const replicas = byIndex.get(p);
      if (replicas === undefined) {
        throw new KafkaError(
          'INVALID_REPLICA_ASSIGNMENT',
          'Partitions should be a consecutive 0-based integer sequence',
        );
      }
      if (replicas.length === 0)
        throw new KafkaError(
          'INVALID_REPLICA_ASSIGNMENT',
          'The manual partition assignment includes an empty replica list.',
        );
      const seen = new Set<number>();
      for (const id of replicas) {
        if (!live.has(id)) {
          throw new KafkaError(
            'INVALID_REPLICA_ASSIGNMENT',
            `The manual partition assignment includes broker ${id}, but no such broker is registered.`,
          );
        }
        if (seen.has(id)) {
          throw new KafkaError(
            'INVALID_REPLICA_ASSIGNMENT',
            `The manual partition assignment includes the broker ${id} more than once.`,
          );
        }
        seen.add(id);
      }
      const copy = [...replicas];
      partitions.push({ partition: p, replicas: copy, isr: copy, leader: copy[0] as number, leaderEpoch: 0 });
    }
    const size = partitions[0]?.replicas.length;
    if (partitions.some((p) => p.replicas.length !== size)) {
      throw new KafkaError(
        'INVALID_REPLICA_ASSIGNMENT',
        'All partitions in the manual partition assignment must have the same number of replicas.',
      );
    }
    return partitions;
  }

  /** ReplicationControlManager.validateManualPartitionAssignment, for partitions added to an existing topic. */
  #checkManualReplicas(replicas: readonly number[], replicationFactor: number): void {
    if (replicas.length === 0)
      throw new KafkaError(
        'INVALID_REPLICA_ASSIGNMENT',
        'The manual partition assignment includes an empty replica list.',
      );
    const sorted = [...replicas].sort((a, b) => a - b);
    let previous: number | undefined;
    for (const id of sorted) {
      if (!this.#brokers.has(id)) {
        throw new KafkaError(
          'INVALID_REPLICA_ASSIGNMENT',
          `The manual partition assignment includes broker ${id}, but no such broker is registered.`,
        );
      }
      if (id === previous)
        throw new KafkaError(
          'INVALID_REPLICA_ASSIGNMENT',
          `The manual partition assignment includes the broker ${id} more than once.`,
        );
      previous = id;
    }
    if (sorted.length !== replicationFactor) {
      throw new KafkaError(
        'INVALID_REPLICA_ASSIGNMENT',
        `The manual partition assignment includes a partition with ${sorted.length} replica(s), but this is not consistent with previous partitions, which have ${replicationFactor} replica(s).`,
      );
    }
  }

  #requireCurrent(topic: TopicState): void {
    if (this.#topicsByName.get(topic.name) !== topic)
      throw new KafkaError('UNKNOWN_TOPIC_OR_PARTITION', `The topic '${topic.name}' does not exist.`);
  }

  /** Persists `updated` in place of the topic of the same name, then indexes it and tells watchers. */
  #replace(updated: TopicState): void {
    // Persist first: if the write fails, memory still matches what is on disk.
    this.#store.save(this.topics.map((t) => (t.name === updated.name ? updated : t)));
    this.#topicsByName.set(updated.name, updated);
    this.#topicsById.set(updated.id, updated);
    this.#emit({ type: 'updated', topic: updated });
  }

  #mergeBrokerProps(): ReadonlyMap<string, string> {
    return mergedBrokerProps(this.brokerConfigLayers(this.#config.nodeId));
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

  #unindex(topic: TopicState): void {
    this.#topicsByName.delete(topic.name);
    this.#topicsById.delete(topic.id);
    this.#collisionKeys.delete(collisionKey(topic.name));
  }

  #persist(): void {
    this.#store.save(this.topics);
  }

  #emit(change: TopicChange): void {
    this.#metadataEndOffset++;
    for (const w of this.#watchers) w(change);
  }

  #metadataChanged(previousController: number): void {
    this.#metadataEndOffset++;
    if (this.controllerId !== previousController) this.#controllerEpoch++;
  }
}

function parseBrokerConfigsDocument(doc: unknown): Map<string, Readonly<Record<string, string>>> {
  const out = new Map<string, Readonly<Record<string, string>>>();
  if (doc === undefined) return out;
  const resources = (doc as { version?: unknown; resources?: unknown } | null)?.resources;
  if ((doc as { version?: unknown }).version !== 1 || typeof resources !== 'object' || resources === null) {
    throw new TopicStoreError(`${BROKER_CONFIGS_DOCUMENT}.json is not a version 1 broker config document`);
  }
  for (const [name, configs] of Object.entries(resources as Record<string, unknown>)) {
    if (typeof configs !== 'object' || configs === null || Object.values(configs).some((v) => typeof v !== 'string')) {
      throw new TopicStoreError(`${BROKER_CONFIGS_DOCUMENT}.json: bad configs for broker resource '${name}'`);
    }
    out.set(name, configs as Record<string, string>);
  }
  return out;
}
