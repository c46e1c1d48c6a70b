/**
 * `samsa`: a Kafka-compatible broker for development, test suites and CI. `startCluster()` runs a whole cluster in
 * this process (ephemeral ports, memory storage by default, the fault-injection control API at hand); `startBroker()`
 * is the single-broker form taking server.properties keys; `startCluster({ console: true })` also serves the web
 * console (`cluster.consoleUrl`), and `startConsoleServer` serves it for any Kafka cluster. The `samsa` command (`npx samsa start`) runs the same
 * broker from a shell; `samsa/jest` and `samsa/vitest` start one cluster for a whole test run.
 */
export {
  startCluster,
  startBroker,
  attachConsole,
  startConsoleServer,
  TEST_CLUSTER_DEFAULTS,
  ClusterControl,
  ControlInputError,
  ControlNotFoundError,
  type ApiVersionCapSpec,
  type BrokerState,
  type BrokerStatus,
  type ClusterBroker,
  type ClusterListener,
  type ClusterOptions,
  type CompactionResult,
  type ConsoleServer,
  type ConsoleServerOptions,
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
  type StartedCluster,
} from '@samsa/cli';
