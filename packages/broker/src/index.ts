/**
 * The embedding API. `startBroker(config)` takes server.properties keys (`listeners` may use port 0 for an ephemeral
 * port; `samsa.broker.count` > 1 serves several broker identities from this process) and resolves once every
 * listener is bound; `startCluster(options)` is the same for a test suite, with test defaults, memory storage and a
 * silent logger. `stop()` stops accepting, answers in-flight requests, persists metadata and closes sockets.
 */
export { startBroker, type RunningBroker, type StartOptions } from './start-broker';
export {
  startCluster,
  TEST_CLUSTER_DEFAULTS,
  type ClusterBroker,
  type ClusterListener,
  type ClusterTls,
  type ClusterOptions,
  type StartedCluster,
} from './start-cluster';
export type { BrokerAddress, BrokerEndpoint, BrokerNode, SecurityProtocol } from './broker-node';
export { plaintextNode } from './broker-node';
export type { AuthState, ClientInfo, ClientSession } from './client-session';
export { Cluster, type TopicState, type PartitionState } from './cluster';
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
export { HandlerRegistry, HANDLER_MODULES } from './handlers/index';
export { createLogger } from './logger';
export { MetaPropertiesError } from './topics/meta-properties';
export {
  ReplicaManager,
  ReplicaPartition,
  type CompactionResult,
  type PartitionCleanerState,
} from './replica-manager';
export type { PartitionControl as ReplicationControl, PartitionDescription } from './replication/control';
export type { Replication, LeadershipListener } from './replication/replication';
export { BrokerGroups, GROUP_METADATA_TOPIC } from './groups';
export type { CoordinatorLoad } from './coordinator-load';
export type { BrokerMetrics } from './metrics/registry';
export { BrokerTransactions, ProducerIdManager, PRODUCER_ID_BLOCK_SIZE } from './transactions';
export { BrokerTxnMarkers, type TxnMarker, type TxnMarkerResult } from './txn-markers';
export {
  generateCertificates,
  type CertificateOptions,
  type PemPair,
  type ThrowawayCertificates,
} from './security/tls/throwaway-certs';
export * from './control/index';
