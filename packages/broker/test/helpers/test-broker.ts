/**
 * Starts an in-process broker on an ephemeral port with a fresh data dir and a pino logger whose JSON lines are
 * kept in memory, so tests can check what the broker logged.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { startBroker, type RunningBroker } from '../../src/index';

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export interface TestBroker {
  readonly broker: RunningBroker;
  readonly dataDir: string;
  readonly logs: LogLine[];
  stop(): Promise<void>;
  /** Stops the broker and removes its data dir. */
  dispose(): Promise<void>;
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'samsa-broker-test-'));
}

export async function startTestBroker(
  config: Record<string, string | number | boolean> = {},
  dataDir = tempDataDir(),
  clock?: () => number,
): Promise<TestBroker> {
  const logs: LogLine[] = [];
  const logger = pino(
    { level: 'debug' },
    {
      write: (line: string) => {
        logs.push(JSON.parse(line) as LogLine);
      },
    },
  );
  const broker = await startBroker(
    { listeners: 'PLAINTEXT://127.0.0.1:0', 'log.dirs': dataDir, ...config },
    { logger, ...(clock ? { clock } : {}) },
  );
  return {
    broker,
    dataDir,
    logs,
    stop: () => broker.stop(),
    async dispose() {
      await broker.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until `predicate` holds (polling), failing after `timeoutMs`. */
export async function waitFor(predicate: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
