/**
 * `samsa/jest`: one samsa cluster for a whole jest run, started by `globalSetup` and stopped by `globalTeardown`.
 * Workers find it in `process.env.KAFKA_BROKERS` (the bootstrap list) and `process.env.SAMSA_ADMIN` (the HTTP admin
 * endpoint, for faults).
 *
 *   // jest.config.js: the preset
 *   module.exports = { preset: 'samsa/jest' };
 *   // or the pair, next to other settings
 *   module.exports = { globalSetup: 'samsa/jest/setup', globalTeardown: 'samsa/jest/teardown' };
 *
 * Options: jest's `globals: { samsa: { brokers: 3, config: { 'num.partitions': 3 } } }`, or the environment
 * (`SAMSA_BROKERS`, `SAMSA_STORAGE`). For options in code, a setup file of your own:
 *
 *   // test/samsa-setup.js
 *   module.exports = require('samsa/jest').createGlobalSetup({ brokers: 3 });
 */
import { startCluster, type StartedCluster } from '../index';
import { exportToEnvironment, presetOptions, type PresetOptions } from '../test-cluster';

export type { PresetOptions } from '../test-cluster';

/** jest runs `globalSetup` and `globalTeardown` in the same process, so the cluster waits here between the two. */
const CLUSTER_KEY = Symbol.for('samsa.jest.cluster');

interface Holder {
  [CLUSTER_KEY]?: StartedCluster;
}

/** The part of jest's project config the setup reads (its `globals`). */
interface ProjectConfigLike {
  readonly globals?: Readonly<Record<string, unknown>>;
}

/** A jest `globalSetup` function starting a cluster with `options` (over `globals.samsa` and the environment). */
export function createGlobalSetup(
  options?: PresetOptions,
): (globalConfig?: unknown, projectConfig?: ProjectConfigLike) => Promise<void> {
  return async (_globalConfig, projectConfig) => {
    const fromGlobals = projectConfig?.globals?.['samsa'] as PresetOptions | undefined;
    const cluster = await startCluster(presetOptions({ ...fromGlobals, ...options }, process.env));
    (globalThis as Holder)[CLUSTER_KEY] = cluster;
    exportToEnvironment(cluster, process.env);
  };
}

/** The jest `globalTeardown` function: stops the cluster the setup started. */
export async function globalTeardown(): Promise<void> {
  const holder = globalThis as Holder;
  const cluster = holder[CLUSTER_KEY];
  delete holder[CLUSTER_KEY];
  await cluster?.stop();
}

export const globalSetup = createGlobalSetup();
