/**
 * The embedding API. `startBroker(config)` takes server.properties keys (`listeners` may use port 0 for an ephemeral
 * port; `samsa.broker.count` > 1 serves several broker identities from this process) and resolves once every
 * listener is bound. `stop()` stops accepting, answers in-flight requests, persists metadata and closes sockets.
 */
import { mkdirSync } from 'node:fs';
import type { Logger } from 'pino';
import { Cluster, type BrokerNode } from './cluster';
import { AdminHttpServer } from './control/admin-http';
import { ClusterControl } from './control/cluster-control';
import { FaultInjector } from './control/faults';
import { parseAdminListener } from './control/admin-address';
import { loadBrokerConfig, type BrokerConfig, type RawConfig } from './config';
import { Dispatcher } from './dispatch';
import { BrokerGroups } from './groups';
import { BrokerTransactions } from './transactions';
import { BrokerTxnMarkers } from './txn-markers';
import { HandlerRegistry } from './handlers/index';
import { createLogger } from './logger';
import { Listener } from './network/listener';
import { ReplicaManager } from './replica-manager';
import type { Replication } from './replication/replication';
import { ensureMetaProperties } from './topics/meta-properties';
import { FileTopicStore, MemoryTopicStore, type TopicStore } from './topics/topic-store';
import { randomUuid } from '@samsa/protocol';
import type { Scheduler } from '@samsa/coordinator';

export { Cluster, type BrokerNode, type TopicState, type PartitionState } from './cluster';
export {
  BROKER_CONFIG_KEYS,
  ConfigError,
  loadBrokerConfig,
  isBrokerConfigKey,
  type BrokerConfig,
  type RawConfig,
} from './config';
export { parseProperties, PropertiesSyntaxError } from './config/properties';
export { TOPIC_CONFIGS } from './config/topic-configs';
export { KafkaError, toErrorCode } from './errors';
export { HandlerRegistry, HANDLERS } from './handlers/index';
export { createLogger } from './logger';
export { MetaPropertiesError } from './topics/meta-properties';
export { ReplicaManager, ReplicaPartition } from './replica-manager';
export type { PartitionControl as ReplicationControl, PartitionDescription } from './replication/control';
export type { Replication, LeadershipListener } from './replication/replication';
export { BrokerGroups, GROUP_METADATA_TOPIC } from './groups';
export { BrokerTransactions, ProducerIdManager, PRODUCER_ID_BLOCK_SIZE } from './transactions';
export { BrokerTxnMarkers, type TxnMarker, type TxnMarkerResult } from './txn-markers';
export * from './control/index';

export interface StartOptions {
  readonly logger?: Logger;
  /** Wall clock for appends, timestamp checks, retention and fetch sessions (default Date.now). */
  readonly clock?: () => number;
  /** Time for the group and transaction coordinators' timers (sessions, rebalances, retention, transaction
   *  timeouts, transactional id expiry, marker retries); tests drive it by hand. */
  readonly coordinatorScheduler?: Scheduler;
}

export interface RunningBroker {
  /** The default broker: the first identity. */
  readonly nodeId: number;
  readonly host: string;
  readonly port: number;
  /** Comma-separated host:port of every broker identity. */
  readonly bootstrapServers: string;
  readonly clusterId: string;
  readonly nodes: readonly BrokerNode[];
  readonly cluster: Cluster;
  /** The partitions and their logs (produce, fetch, offsets, internal topics). */
  readonly replicas: ReplicaManager;
  /** The group coordinator (consumer groups and committed offsets). */
  /** Leadership and replicas: stop/start a broker identity's replicas, move leaders, force ISRs, elections. */
  readonly replication: Replication;
  readonly groups: BrokerGroups;
  /** Producer ids and producer-state expiry. */
  readonly transactions: BrokerTransactions;
  /** Transaction markers into data partitions and `__consumer_offsets` (WriteTxnMarkers, EndTxn). */
  readonly txnMarkers: BrokerTxnMarkers;
  readonly config: BrokerConfig;
  /** The control API: broker stop/start/pause, leader moves, injected faults, the request log. */
  readonly control: ClusterControl;
  /** `http://host:port` of the admin endpoint (`samsa.admin.listener`), null when it is off. */
  readonly adminUrl: string | null;
  stop(): Promise<void>;
}

export async function startBroker(config: RawConfig = {}, options: StartOptions = {}): Promise<RunningBroker> {
  const logger = options.logger ?? createLogger();
  const { config: cfg, unknownKeys } = loadBrokerConfig(config);
  for (const key of unknownKeys) logger.warn({ key }, `unknown configuration key ${key} ignored`);

  let clusterId: string;
  let store: TopicStore;
  if (cfg.storage === 'memory') {
    clusterId = cfg.clusterIdOverride ?? randomUuid();
    store = new MemoryTopicStore();
  } else {
    for (const dir of cfg.logDirs) mkdirSync(dir, { recursive: true });
    clusterId = ensureMetaProperties(cfg.logDirs, cfg.nodeId, cfg.clusterIdOverride).clusterId;
    store = new FileTopicStore(cfg.logDirs[0] as string);
  }
  const cluster = new Cluster(clusterId, cfg, store);
  // Logs open before any listener, so coordinators and handlers find every partition from the first request on.
  const replicas = ReplicaManager.open({ cluster, config: cfg, logger, clock: options.clock });
  // Replays an existing __consumer_offsets; until a partition is loaded its groups answer COORDINATOR_LOAD_IN_PROGRESS.
  const groups = new BrokerGroups({ cluster, config: cfg, replicas, logger, scheduler: options.coordinatorScheduler });
  const txnMarkers = new BrokerTxnMarkers({ replicas, groups, logger });
  const transactions = new BrokerTransactions({
    cluster,
    config: cfg,
    replicas,
    logger,
    clock: options.clock,
    markers: txnMarkers,
    scheduler: options.coordinatorScheduler,
  });
  const registry = new HandlerRegistry();
  const faults = new FaultInjector();
  const dispatcher = new Dispatcher(registry, faults);
  const adminAddress = parseAdminListener(cfg.values.get('samsa.admin.listener') as string | null);
  const supportedApis = registry.supportedApis();

  const listeners: Listener[] = [];
  const nodes: BrokerNode[] = [];
  let admin: AdminHttpServer | null = null;
  let adminUrl: string | null = null;
  let control: ClusterControl;
  try {
    for (let i = 0; i < cfg.brokerCount; i++) {
      const listener = new Listener({
        nodeId: cfg.nodeId + i,
        bindHost: cfg.listener.host,
        bindPort: cfg.listener.port === 0 ? 0 : cfg.listener.port + i,
        advertisedHost: cfg.advertised.host,
        advertisedPort:
          cfg.values.get('advertised.listeners') === null || cfg.advertised.port === 0 ? 0 : cfg.advertised.port + i,
        rack: cfg.rack,
        maxRequestBytes: cfg.socketRequestMaxBytes,
        cluster,
        dispatcher,
        supportedApis,
        replicas,
        groups,
        transactions,
        txnMarkers,
        logger,
      });
      nodes.push(await listener.start());
      listeners.push(listener);
    }
    control = new ClusterControl({
      cluster,
      faults,
      listeners: new Map(listeners.map((l) => [l.node.nodeId, l])),
      replication: () => replicas.replication,
      logger,
    });
    if (adminAddress) {
      admin = new AdminHttpServer(control, logger);
      adminUrl = await admin.start(adminAddress.host, adminAddress.port);
    }
  } catch (err) {
    await admin?.stop();
    await Promise.all(listeners.map((l) => l.stop()));
    groups.close();
    transactions.close();
    replicas.close();
    throw err;
  }
  logger.info({ clusterId, nodes: nodes.map((n) => n.nodeId), controllerId: cluster.controllerId }, 'broker started');

  const first = nodes[0] as BrokerNode;
  let stopping: Promise<void> | null = null;
  const running: RunningBroker = {
    nodeId: first.nodeId,
    host: first.host,
    port: first.port,
    bootstrapServers: nodes.map((n) => `${n.host}:${n.port}`).join(','),
    clusterId,
    nodes,
    cluster,
    replicas,
    replication: replicas.replication,
    groups,
    transactions,
    txnMarkers,
    config: cfg,
    control,
    adminUrl,
    stop() {
      stopping ??= (async () => {
        await admin?.stop();
        // Requests held by a pause or a hold rule are dropped, so draining does not wait for a release.
        for (const n of nodes) faults.abandonNode(n.nodeId);
        faults.clear();
        // Parked fetches are answered first, so draining connections does not wait out their max_wait_ms; the logs
        // close (flush, checkpoints, clean-shutdown marker) only once no request can reach them any more.
        replicas.beginShutdown();
        // Parked JoinGroup/SyncGroup requests are answered (NOT_COORDINATOR) and group timers stop.
        groups.close();
        transactions.close();
        await Promise.all(listeners.map((l) => l.stop()));
        replicas.close();
        cluster.flush();
        logger.info({ clusterId }, 'broker stopped');
      })();
      return stopping;
    },
  };
  return running;
}
