/** The control plane's public surface: the control API, its HTTP endpoint, the fault hook, and `startCluster`. */
export {
  ClusterControl,
  type ApiVersionCapSpec,
  type BrokerState,
  type BrokerStatus,
  type ControlState,
  type DropSpec,
  type ErrorSpec,
  type FaultInfo,
  type FaultScope,
  type HoldSpec,
  type LatencySpec,
} from './cluster-control';
export { AdminHttpServer } from './admin-http';
export { FaultInjector, type FaultRule, type RuleMatch } from './faults';
export { ControlInputError, ControlNotFoundError, type ApiName, type ErrorName as KafkaErrorName } from './names';
export type { PartitionControl, PartitionDescription } from './partition-control';
export type { RequestLogEntry, RequestLogFilter } from './request-log';
export { startCluster, type ClusterOptions, type StartedCluster, type ClusterBroker } from './start-cluster';
