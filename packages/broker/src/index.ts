/**
 * The embedding API. `startBroker(config)` takes server.properties keys (`listeners` may use port 0 for an ephemeral
 * port; `samsa.broker.count` > 1 serves several broker identities from this process) and resolves once every
 * listener is bound. `stop()` stops accepting, answers in-flight requests, persists metadata and closes sockets.
 */
import { mkdirSync } from 'node:fs';
import type { Logger } from 'pino';
import { Cluster, type BrokerNode } from './cluster';
import { loadBrokerConfig, type BrokerConfig, type RawConfig } from './config';
import { Dispatcher } from './dispatch';
import { HandlerRegistry } from './handlers/index';
import { createLogger } from './logger';
import { Listener } from './network/listener';
import { ensureMetaProperties } from './topics/meta-properties';
import { FileTopicStore, MemoryTopicStore, type TopicStore } from './topics/topic-store';
import { randomUuid } from '@samsa/protocol';

export { Cluster, type BrokerNode, type TopicState, type PartitionState } from './cluster';
export { BROKER_CONFIG_KEYS, ConfigError, loadBrokerConfig, isBrokerConfigKey, type BrokerConfig, type RawConfig } from './config';
export { parseProperties, PropertiesSyntaxError } from './config/properties';
export { TOPIC_CONFIGS } from './config/topic-configs';
export { KafkaError, toErrorCode } from './errors';
export { HandlerRegistry, HANDLERS } from './handlers/index';
export { createLogger } from './logger';
export { MetaPropertiesError } from './topics/meta-properties';

export interface StartOptions {
  readonly logger?: Logger;
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
  readonly config: BrokerConfig;
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
  const registry = new HandlerRegistry();
  const dispatcher = new Dispatcher(registry);
  const supportedApis = registry.supportedApis();

  const listeners: Listener[] = [];
  const nodes: BrokerNode[] = [];
  try {
    for (let i = 0; i < cfg.brokerCount; i++) {
      const listener = new Listener({
        nodeId: cfg.nodeId + i,
        bindHost: cfg.listener.host,
        bindPort: cfg.listener.port === 0 ? 0 : cfg.listener.port + i,
        advertisedHost: cfg.advertised.host,
        advertisedPort: cfg.values.get('advertised.listeners') === null || cfg.advertised.port === 0 ? 0 : cfg.advertised.port + i,
        rack: cfg.rack,
        maxRequestBytes: cfg.socketRequestMaxBytes,
        cluster,
        dispatcher,
        supportedApis,
        logger,
      });
      nodes.push(await listener.start());
      listeners.push(listener);
    }
  } catch (err) {
    await Promise.all(listeners.map((l) => l.stop()));
    throw err;
  }
  logger.info({ clusterId, nodes: nodes.map((n) => n.nodeId), controllerId: cluster.controllerId }, 'broker started');

  const first = nodes[0] as BrokerNode;
  let stopping: Promise<void> | null = null;
  return {
    nodeId: first.nodeId,
    host: first.host,
    port: first.port,
    bootstrapServers: nodes.map((n) => `${n.host}:${n.port}`).join(','),
    clusterId,
    nodes,
    cluster,
    config: cfg,
    stop() {
      stopping ??= (async () => {
        await Promise.all(listeners.map((l) => l.stop()));
        cluster.flush();
        logger.info({ clusterId }, 'broker stopped');
      })();
      return stopping;
    },
  };
}
