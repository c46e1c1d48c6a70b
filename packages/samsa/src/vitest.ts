/**
 * `samsa/vitest`: one samsa cluster for a whole vitest run, as a `globalSetup` file. Tests read the bootstrap list
 * with `inject('kafkaBrokers')` and the admin endpoint with `inject('samsaAdmin')` (also in `process.env.KAFKA_BROKERS`
 * and `process.env.SAMSA_ADMIN`).
 *
 *   // vitest.config.ts
 *   export default defineConfig({ test: { globalSetup: ['samsa/vitest'] } });
 *
 * Options from the environment (`SAMSA_BROKERS`, `SAMSA_STORAGE`), or in code with a setup file of your own:
 *
 *   // test/samsa.global.ts
 *   import { createGlobalSetup } from 'samsa/vitest';
 *   export default createGlobalSetup({ brokers: 3 });
 */
import { startCluster } from './index';
import { exportToEnvironment, presetOptions, type PresetOptions } from './test-cluster';

export type { PresetOptions } from './test-cluster';

/** What vitest hands a global setup function: `provide` (vitest 2's context and vitest 3's TestProject both have it). */
export interface ProvideContext {
  provide(key: string, value: unknown): void;
}

/** A vitest global setup starting a cluster with `options`; it returns the teardown vitest runs at the end. */
export function createGlobalSetup(options?: PresetOptions): (context: ProvideContext) => Promise<() => Promise<void>> {
  return async (context) => {
    const cluster = await startCluster(presetOptions(options, process.env));
    exportToEnvironment(cluster, process.env);
    context.provide('kafkaBrokers', cluster.bootstrapServers);
    context.provide('samsaAdmin', cluster.adminUrl ?? '');
    return () => cluster.stop();
  };
}

export default createGlobalSetup();
