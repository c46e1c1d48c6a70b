/**
 * A samsa cluster with the console attached, for the console's tests: the page built into a fresh directory of the
 * test's own (so parallel test files never read a half-written build), a fast history sampler, and kafkajs at hand.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCluster, type ClusterOptions, type StartedCluster } from '@samsa/broker';
import { Kafka, logLevel } from 'kafkajs';
import { attachConsole } from '../../src/index';
import { buildWeb } from '../../scripts/build-web';

let built: Promise<string> | null = null;

/** The page built once per test file, into a temporary directory. */
export function builtAssets(): Promise<string> {
  built ??= (async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'samsa-console-test-')), 'web');
    await buildWeb(dir);
    process.once('exit', () => rmSync(join(dir, '..'), { recursive: true, force: true }));
    return dir;
  })();
  return built;
}

export interface ConsoleCluster {
  readonly cluster: StartedCluster;
  /** `http://127.0.0.1:PORT/` */
  readonly url: string;
  readonly kafka: Kafka;
  stop(): Promise<void>;
}

export async function startConsoleCluster(options: ClusterOptions = {}): Promise<ConsoleCluster> {
  const assetsDir = await builtAssets();
  const cluster = await startCluster({ ...options, admin: true });
  const url = attachConsole(cluster.broker, { assetsDir, sampleIntervalMs: 500 });
  const kafka = new Kafka({
    brokers: cluster.bootstrapServers.split(','),
    clientId: 'console-test',
    logLevel: logLevel.NOTHING,
    retry: { retries: 8, initialRetryTime: 100, maxRetryTime: 1000 },
  });
  return { cluster, url, kafka, stop: () => cluster.stop() };
}
