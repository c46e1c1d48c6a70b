/**
 * What the jest and vitest presets share: the cluster options a test run gets (from the preset's options, else the
 * environment), and the environment variables that hand the cluster to test workers.
 */
import type { ClusterOptions, StartedCluster } from './index';

/** The options a preset accepts: `startCluster`'s, without the ones that only make sense inside one process. */
export type PresetOptions = Pick<ClusterOptions, 'brokers' | 'config' | 'storage' | 'dataDir' | 'admin'>;

/**
 * Options from the environment, for a preset used without code: `SAMSA_BROKERS` (broker count) and
 * `SAMSA_STORAGE` (memory or disk). The admin endpoint is always on, so tests can inject faults over HTTP.
 */
export function presetOptions(given: PresetOptions | undefined, env: NodeJS.ProcessEnv): ClusterOptions {
  const brokers = env['SAMSA_BROKERS'] === undefined ? undefined : Number(env['SAMSA_BROKERS']);
  if (brokers !== undefined && (!Number.isInteger(brokers) || brokers < 1)) {
    throw new Error(`SAMSA_BROKERS must be a positive integer, got ${env['SAMSA_BROKERS']}`);
  }
  const storage = env['SAMSA_STORAGE'];
  if (storage !== undefined && storage !== 'memory' && storage !== 'disk') {
    throw new Error(`SAMSA_STORAGE must be memory or disk, got ${storage}`);
  }
  return {
    admin: true,
    ...(brokers !== undefined ? { brokers } : {}),
    ...(storage !== undefined ? { storage } : {}),
    ...given,
  };
}

/** Publishes the cluster to the process environment, which test workers started afterwards inherit. */
export function exportToEnvironment(cluster: StartedCluster, env: NodeJS.ProcessEnv): void {
  env['KAFKA_BROKERS'] = cluster.bootstrapServers;
  env['SAMSA_ADMIN'] = cluster.adminUrl ?? '';
}
