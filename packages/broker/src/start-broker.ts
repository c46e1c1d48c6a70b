/**
 * `startBroker(config)` takes server.properties keys (`listeners` may use port 0 for an ephemeral
 * port; `samsa.broker.count` > 1 serves several broker identities from this process) and resolves once every
 * listener is bound. `stop()` stops accepting, answers in-flight requests, persists metadata and closes sockets.
 */
import { mkdirSync } from 'node:fs';
import type { Logger } from 'pino';
import type { BrokerNode } from './broker-node';
import { Cluster } from './cluster';
import { KafkaError } from './errors';
import { AdminHttpServer, type AdminMount } from './control/admin-http';
import { ClusterControl } from './control/cluster-control';
import { FaultInjector } from './control/faults';
import { parseAdminListener } from './control/admin-address';
import { checkReadiness, type Readiness } from './control/readiness';
import type { BrokerMetrics } from './metrics/registry';
import { loadBrokerConfig, type BrokerConfig, type RawConfig } from './config';
import { Dispatcher } from './dispatch';
import { BrokerGroups } from './groups';
import { BrokerTransactions } from './transactions';
import { BrokerTxnMarkers } from './txn-markers';
import { ClientTelemetry } from './telemetry/client-telemetry';
import { HandlerRegistry } from './handlers/index';
import { createLogger } from './logger';
import { Listener } from './network/listener';
import { ClientQuotas } from './quotas/request-quota';
import { ReplicaManager } from './replica-manager';
import { listenerSecurity } from './security/listener-security';
import { seedScramCredentials } from './security/sasl/scram-seed';
import type { Replication } from './replication/replication';
import { ensureMetaProperties } from './topics/meta-properties';
import { FileTopicStore, MemoryTopicStore, type TopicStore } from './topics/topic-store';
import { randomUuid } from '@samsa/protocol';
import type { Scheduler } from '@samsa/coordinator';

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
  /** Comma-separated host:port of every broker identity (on the first listener). */
  readonly bootstrapServers: string;
  /** The bootstrap list of each client listener, by listener name. */
  readonly listeners: Readonly<Record<string, string>>;
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
  /** Client telemetry (KIP-714): the client instances, their subscriptions and the metrics they pushed last. */
  readonly telemetry: ClientTelemetry;
  readonly config: BrokerConfig;
  /** The control API: broker stop/start/pause, leader moves, injected faults, the request log. */
  readonly control: ClusterControl;
  /** `http://host:port` of the admin endpoint (`samsa.admin.listener`), null when it is off. */
  readonly adminUrl: string | null;
  /** Hands the admin endpoint's requests that no route answers to `mount` (the web console); needs the endpoint. */
  mountAdmin(mount: AdminMount): void;
  /** Whether every listener is up and the coordinators have loaded their partitions (`GET /readyz`). */
  readiness(): Readiness;
  /** This broker's Prometheus metrics (`GET /metrics`); prom-client loads on the first call. */
  metrics(): BrokerMetrics;
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
    // The first dir holds the cluster metadata and must be there; another that cannot be made is left to the log
    // manager, which takes it offline with its partitions (Kafka goes on with the dirs that work).
    mkdirSync(cfg.logDirs[0] as string, { recursive: true });
    const usable = cfg.logDirs.filter((dir, i) => {
      if (i === 0) return true;
      try {
        mkdirSync(dir, { recursive: true });
        return true;
      } catch (err) {
        logger.error({ err, dir }, 'log dir cannot be created; it is offline');
        return false;
      }
    });
    clusterId = ensureMetaProperties(usable, cfg.nodeId, cfg.clusterIdOverride).clusterId;
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
  const telemetry = new ClientTelemetry({
    subscriptions: cluster.clientMetrics,
    maxBytes: cfg.int('telemetry.max.bytes'),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const faults = new FaultInjector();
  const registry = new HandlerRegistry();
  const quotas = new ClientQuotas({
    store: cluster.clientQuotas,
    samples: cfg.int('quota.window.num'),
    windowSeconds: cfg.int('quota.window.size.seconds'),
    clock: replicas.clock,
  });
  const dispatcher = new Dispatcher({
    registry,
    services: { cluster, replicas, groups, transactions, txnMarkers, quotas, telemetry },
    interceptor: faults,
  });
  const adminAddress = parseAdminListener(cfg.stringOrNull('samsa.admin.listener'));

  const listeners: Listener[] = [];
  const nodes: BrokerNode[] = [];
  let admin: AdminHttpServer | null = null;
  let adminUrl: string | null = null;
  let control: ClusterControl;
  let stopping: Promise<void> | null = null;
  const readiness = (): Readiness =>
    checkReadiness({
      brokers: control.brokers(),
      listening: (nodeId) => listeners.find((l) => l.node.nodeId === nodeId)?.listening ?? false,
      coordinators: [groups.loadState(), transactions.loadState()],
      stopping: stopping !== null,
    });
  let brokerMetrics: BrokerMetrics | null = null;
  const metrics = (): BrokerMetrics => {
    if (brokerMetrics === null) {
      const { createBrokerMetrics } = require('./metrics/registry') as typeof import('./metrics/registry');
      brokerMetrics = createBrokerMetrics({
        requests: dispatcher.stats,
        replicas,
        groups,
        transactions,
        listeners,
        faults,
        quotas,
        telemetry,
      });
    }
    return brokerMetrics;
  };
  try {
    const seeded = seedScramCredentials(cfg.stringOrNull('samsa.scram.users'), cluster.scramCredentials);
    if (seeded > 0) logger.info({ credentials: seeded }, 'SCRAM credentials stored from samsa.scram.users');
    const security = listenerSecurity({
      config: cfg,
      dispatcher,
      registry,
      scram: cluster.scramCredentials,
      logger,
      ...(options.clock ? { clock: options.clock } : {}),
    });
    for (let i = 0; i < cfg.brokerCount; i++) {
      // Every listener's port is offset by the identity's index (port 0 stays ephemeral), advertised ports too.
      const listener = new Listener({
        nodeId: cfg.nodeId + i,
        rack: cfg.racks[i] ?? null,
        endpoints: cfg.listeners.map((l) => ({
          listener: l.name,
          securityProtocol: l.securityProtocol,
          bindHost: l.host,
          bindPort: l.port === 0 ? 0 : l.port + i,
          advertisedHost: l.advertisedHost,
          advertisedPort: l.advertisedPort === 0 ? 0 : l.advertisedPort + i,
          ...security(l),
        })),
        maxRequestBytes: cfg.socketRequestMaxBytes,
        brokers: cluster,
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
      compact: (topic, partition) => replicas.compact(topic, partition),
      cleanerStates: (topic, partition) => replicas.cleanerStates(topic, partition),
      failLogDir: (nodeId, logDir) => replicas.failLogDir(nodeId, logDir),
      offlineLogDirs: (nodeId) => replicas.offlineConfiguredLogDirs(nodeId),
      consumerGroup: (groupId) => groups.service.consumerGroupAssignments(groupId),
      forceReadReplica: (topic, partition, nodeId) => {
        const p = replicas.partition(topic, partition);
        if (!p) throw new KafkaError('UNKNOWN_TOPIC_OR_PARTITION', `no partition ${topic}-${partition} is hosted`);
        replicas.readReplicas.force(p, nodeId);
      },
      clientTelemetry: () => telemetry.instances(),
      logger,
    });
    if (adminAddress) {
      admin = new AdminHttpServer({
        control,
        logger,
        readiness,
        metrics: metrics(),
        token: cfg.stringOrNull('samsa.admin.token'),
      });
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
  const running: RunningBroker = {
    nodeId: first.nodeId,
    host: first.host,
    port: first.port,
    bootstrapServers: nodes.map((n) => `${n.host}:${n.port}`).join(','),
    listeners: Object.fromEntries(
      cfg.listeners.map((l) => [
        l.name,
        nodes
          .flatMap((n) => n.endpoints.filter((e) => e.listener === l.name))
          .map((e) => `${e.host}:${e.port}`)
          .join(','),
      ]),
    ),
    clusterId,
    nodes,
    cluster,
    replicas,
    replication: replicas.replication,
    groups,
    transactions,
    txnMarkers,
    telemetry,
    config: cfg,
    control,
    adminUrl,
    readiness,
    metrics,
    mountAdmin(mount) {
      if (admin === null) throw new Error('the admin endpoint is off: set samsa.admin.listener');
      admin.mount(mount);
    },
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
