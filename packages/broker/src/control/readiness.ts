/**
 * Readiness (`GET /readyz`, `RunningBroker.readiness()`): the process serves Kafka clients fully only when every
 * broker identity's listener is up (not stopped, paused or closed) and the coordinators have replayed their
 * internal topics: a `__consumer_offsets` or `__transaction_state` partition still loading answers its groups or
 * transactional ids COORDINATOR_LOAD_IN_PROGRESS, one that failed COORDINATOR_NOT_AVAILABLE.
 */
import type { CoordinatorLoad } from '../coordinator-load';
import type { BrokerStatus } from './cluster-control';

export interface Readiness {
  readonly ready: boolean;
  /** What is not ready, one sentence each; empty when ready. */
  readonly reasons: readonly string[];
}

export interface ReadinessInput {
  readonly brokers: readonly BrokerStatus[];
  /** Whether each broker identity's listener accepts connections. */
  readonly listening: (nodeId: number) => boolean;
  /** The coordinators' internal topics (null: the topic does not exist yet, so there is nothing to load). */
  readonly coordinators: readonly (CoordinatorLoad | null)[];
  readonly stopping: boolean;
}

/** Partition lists in a reason are cut here: a topic may have thousands. */
const LISTED_PARTITIONS = 20;

export function checkReadiness(input: ReadinessInput): Readiness {
  const reasons: string[] = [];
  if (input.stopping) reasons.push('the broker is stopping');
  for (const b of input.brokers) {
    if (b.state !== 'running') reasons.push(`broker ${b.nodeId} is ${b.state}`);
    else if (!input.listening(b.nodeId)) reasons.push(`broker ${b.nodeId} is not listening`);
  }
  for (const load of input.coordinators) {
    if (load === null) continue;
    if (load.loading.length > 0) {
      reasons.push(
        `${load.topic}: ${load.loading.length} of ${load.partitions} partitions loading (${list(load.loading)})`,
      );
    }
    if (load.failed.length > 0) {
      reasons.push(
        `${load.topic}: ${load.failed.length} of ${load.partitions} partitions failed to load (${list(load.failed)})`,
      );
    }
  }
  return { ready: reasons.length === 0, reasons };
}

function list(partitions: readonly number[]): string {
  const shown = partitions.slice(0, LISTED_PARTITIONS).join(', ');
  return partitions.length > LISTED_PARTITIONS ? `${shown}, ...` : shown;
}
