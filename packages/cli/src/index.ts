/**
 * The package a test suite imports: `startCluster()` runs a whole Kafka-compatible cluster in the test process
 * (ephemeral ports, memory storage by default) with its control API; `startBroker` is the single-broker form.
 */
export {
  startCluster,
  startBroker,
  ClusterControl,
  ControlInputError,
  ControlNotFoundError,
  type ApiVersionCapSpec,
  type BrokerState,
  type BrokerStatus,
  type ClusterBroker,
  type ClusterOptions,
  type ControlState,
  type DropSpec,
  type ErrorSpec,
  type FaultInfo,
  type FaultScope,
  type HoldSpec,
  type LatencySpec,
  type PartitionDescription,
  type RequestLogEntry,
  type RunningBroker,
  type StartedCluster,
} from '@samsa/broker';
