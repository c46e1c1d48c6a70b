/**
 * The console inside a samsa process: `attachConsole(broker)` mounts it on the broker's admin endpoint (behind its
 * guard) with the broker's control API and metrics, and `startCluster({ console: true })` is `startCluster` from
 * @samsa/broker with the admin endpoint on and the console attached (`cluster.consoleUrl`).
 */
import {
  startCluster as startBrokerCluster,
  type ClusterOptions as BrokerClusterOptions,
  type RunningBroker,
  type StartedCluster as BrokerStartedCluster,
} from '@samsa/broker';
import { ConsoleApp, type ConsoleOptions } from './console-app';

export type AttachOptions = Omit<ConsoleOptions, 'client' | 'samsa'>;

/** Mounts the console on the broker's admin endpoint (`samsa.admin.listener` must be set); resolves its URL. */
export function attachConsole(broker: RunningBroker, options: AttachOptions = {}): string {
  if (broker.adminUrl === null) throw new Error('the console needs the admin endpoint: set samsa.admin.listener');
  const app = new ConsoleApp({
    ...options,
    client: { brokers: broker.bootstrapServers.split(',') },
    samsa: { control: broker.control, metrics: broker.metrics() },
  });
  broker.mountAdmin(app);
  return `${broker.adminUrl}/`;
}

export interface ClusterOptions extends BrokerClusterOptions {
  /** Serves the web console on the admin endpoint (turned on, on an ephemeral port, unless `admin` names one). */
  readonly console?: boolean;
}

export interface StartedCluster extends BrokerStartedCluster {
  /** `http://host:port/` of the web console, when `console` was asked for. */
  readonly consoleUrl: string | null;
}

export async function startCluster(options: ClusterOptions = {}): Promise<StartedCluster> {
  const { console: withConsole, ...rest } = options;
  const cluster = await startBrokerCluster(withConsole ? { ...rest, admin: rest.admin || true } : rest);
  if (!withConsole) return { ...cluster, consoleUrl: null };
  try {
    return { ...cluster, consoleUrl: attachConsole(cluster.broker) };
  } catch (err) {
    await cluster.stop();
    throw err;
  }
}
