/**
 * The metrics of one broker process (`startBroker`): its own prom-client Registry, so several brokers in one Node
 * process (test suites) keep their numbers apart, filled at scrape time from the counters the broker keeps anyway.
 * Node's process metrics (prom-client's defaults: CPU, memory, event loop lag, GC, handles) describe the whole OS
 * process, so they live in one registry shared by every broker of the process and are printed with each.
 *
 * This module and prom-client load only when metrics are asked for (the admin endpoint, or `broker.metrics()`):
 * prom-client alone takes tens of milliseconds to load.
 */
import { collectDefaultMetrics, Registry } from 'prom-client';
import type { FaultInjector } from '../control/faults';
import type { BrokerGroups } from '../groups';
import type { Listener } from '../network/listener';
import type { ClientQuotas } from '../quotas/request-quota';
import type { ReplicaManager } from '../replica-manager';
import type { ClientTelemetry } from '../telemetry/client-telemetry';
import type { BrokerTransactions } from '../transactions';
import { registerBrokerMetrics } from './broker-metrics';
import { registerCoordinatorMetrics } from './coordinator-metrics';
import { registerPartitionMetrics } from './partition-metrics';
import { registerCleanerMetrics } from './cleaner-metrics';
import { registerQuotaMetrics } from './quota-metrics';
import { registerClientTelemetryMetrics } from './client-telemetry-metrics';
import { registerRequestMetrics } from './request-metrics';
import type { RequestStats } from './request-stats';

export interface MetricsSources {
  readonly requests: RequestStats;
  readonly replicas: ReplicaManager;
  readonly groups: BrokerGroups;
  readonly transactions: BrokerTransactions;
  readonly listeners: readonly Listener[];
  readonly faults: FaultInjector;
  readonly quotas?: ClientQuotas;
  /** Client telemetry (KIP-714); its metrics are left out without it. */
  readonly telemetry?: ClientTelemetry;
}

export interface BrokerMetrics {
  /** This broker's metrics (process metrics are not in it). */
  readonly registry: Registry;
  /** The Content-Type of `text()`: Prometheus text format 0.0.4. */
  readonly contentType: string;
  /** This broker's metrics and the process metrics, in the Prometheus text format. */
  text(): Promise<string>;
}

let processRegistry: Registry | null = null;

/** Created once per OS process: the default metrics install GC and event-loop observers that are never removed. */
function processMetrics(): Registry {
  if (processRegistry === null) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

export function createBrokerMetrics(sources: MetricsSources): BrokerMetrics {
  const registry = new Registry();
  registerRequestMetrics(registry, sources.requests);
  registerPartitionMetrics(registry, sources.replicas);
  registerCleanerMetrics(registry, sources.replicas);
  registerCoordinatorMetrics(registry, sources);
  if (sources.telemetry) registerClientTelemetryMetrics(registry, sources.telemetry);
  registerBrokerMetrics(registry, {
    listeners: sources.listeners,
    faults: sources.faults,
    storageBackend: sources.replicas.storageBackend,
  });
  if (sources.quotas) registerQuotaMetrics(registry, sources.quotas);
  const shared = processMetrics();
  return {
    registry,
    contentType: registry.contentType,
    text: () => Registry.merge([registry, shared]).metrics(),
  };
}
