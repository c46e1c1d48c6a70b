/** The control plane's public surface: the control API, its HTTP endpoint, readiness, the fault hook, and `startCluster`. */
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
export { AdminHttpServer, type AdminHttpOptions, type AdminMount } from './admin-http';
export { AdminGuard, type Refusal } from './admin-guard';
export type { Readiness } from './readiness';
export { FaultInjector, type FaultRule, type RuleMatch } from './faults';
export { ControlInputError, ControlNotFoundError, type ApiName, type ErrorName as KafkaErrorName } from './names';
export type { PartitionControl, PartitionDescription } from './partition-control';
export type { RequestLogEntry, RequestLogFilter } from './request-log';
