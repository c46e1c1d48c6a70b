/**
 * The package a test suite imports: `startCluster()` runs a whole Kafka-compatible cluster in the test process
 * (ephemeral ports, memory storage by default) with its control API, and with `console: true` the web console;
 * `startBroker` is the single-broker form.
 */
export {
  startBroker,
  TEST_CLUSTER_DEFAULTS,
  ClusterControl,
  ControlInputError,
  ControlNotFoundError,
  type ApiVersionCapSpec,
  type BrokerState,
  type BrokerStatus,
  type ClusterBroker,
  type ClusterListener,
  type CompactionResult,
  type ControlState,
  type DropSpec,
  type ErrorSpec,
  type FaultInfo,
  type FaultScope,
  type HoldSpec,
  type LatencySpec,
  type PartitionCleanerState,
  type PartitionDescription,
  type RequestLogEntry,
  type RunningBroker,
  type SecurityProtocol,
} from '@samsa/broker';
// startCluster with `console: true` (the web console on the admin endpoint, `cluster.consoleUrl`).
export {
  attachConsole,
  startCluster,
  startConsoleServer,
  type ClusterOptions,
  type ConsoleServer,
  type ConsoleServerOptions,
  type StartedCluster,
} from '@samsa/console';
export { runCli } from './main';
