// Starts a samsa broker for a compat test: an ephemeral loopback port and a fresh
// temporary data directory, either inside the test process (`startBroker`) or as
// the built CLI in a child process (`mode: 'process'`), which is what an operator
// runs. `stop()` shuts the broker down and removes the data directory (unless the
// test passed in a directory of its own).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pino from 'pino';
import { startBroker } from '@samsa/broker';

export type BrokerConfig = Record<string, string | number | boolean>;

export interface TestBrokerOptions {
  /** 'in-process' (default) embeds the broker; 'process' runs `packages/cli/dist/src/main.js start`. */
  readonly mode?: 'in-process' | 'process';
  /** Extra server.properties keys; `listeners` and `log.dirs` are set by the harness unless given here. */
  readonly config?: BrokerConfig;
  /** How long the child process may take to log its `listening` line. Default 20 s. */
  readonly startTimeoutMs?: number;
  /**
   * Run on this existing data directory instead of a fresh one. The caller owns it: `stop()` leaves it in place,
   * so a second broker can start on the same data (restart tests).
   */
  readonly dataDir?: string;
}

export interface TestBroker {
  readonly host: string;
  readonly port: number;
  /** `host:port`, what every client takes as its bootstrap list. */
  readonly bootstrap: string;
  readonly dataDir: string;
  /** The node id the broker reports in Metadata (in-process mode only; null for a child process). */
  readonly nodeId: number | null;
  stop(): Promise<void>;
  /**
   * `mode: 'process'` only: SIGKILL the child, as a crash would (no shutdown hook, no flush), and wait for it to exit.
   * The data directory is left in place for a restart on it.
   */
  readonly kill?: () => Promise<void>;
}

const CLI_MAIN = resolve(__dirname, '../../packages/cli/dist/src/main.js');

export async function startTestBroker(options: TestBrokerOptions = {}): Promise<TestBroker> {
  const owned = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'samsa-compat-'));
  const config: BrokerConfig = {
    listeners: 'PLAINTEXT://127.0.0.1:0',
    'log.dirs': dataDir,
    ...options.config,
  };
  try {
    return options.mode === 'process'
      ? await startChild(config, dataDir, owned, options.startTimeoutMs ?? 20_000)
      : await startEmbedded(config, dataDir, owned);
  } catch (err) {
    if (owned) rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
}

async function startEmbedded(config: BrokerConfig, dataDir: string, owned: boolean): Promise<TestBroker> {
  // Quiet by default: jest output should be the tests'. SAMSA_TEST_LOG_LEVEL=debug shows the broker's side.
  const logger = pino({ level: process.env.SAMSA_TEST_LOG_LEVEL ?? 'silent' });
  const broker = await startBroker(config, { logger });
  return {
    host: broker.host,
    port: broker.port,
    bootstrap: `${broker.host}:${broker.port}`,
    dataDir,
    nodeId: broker.nodeId,
    async stop() {
      try {
        await broker.stop();
      } finally {
        if (owned) rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}

interface ListeningLine {
  readonly msg?: unknown;
  readonly address?: unknown;
}

function startChild(config: BrokerConfig, dataDir: string, owned: boolean, timeoutMs: number): Promise<TestBroker> {
  const args = [CLI_MAIN, 'start'];
  for (const [key, value] of Object.entries(config)) args.push(`--${key}`, String(value));
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env } });
  child.stdin.end();
  let stdout = '';
  let stderr = '';
  let pending = '';

  return new Promise((resolvePromise, reject) => {
    let settled = false;
    const fail = (reason: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(
        new Error(
          `samsa CLI ${reason}\ncommand: node ${args.join(' ')}\n--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}`,
        ),
      );
    };
    const timer = setTimeout(() => fail(`did not log "listening" within ${timeoutMs} ms`), timeoutMs);

    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (settled) return;
      pending += chunk;
      let newline: number;
      while ((newline = pending.indexOf('\n')) >= 0) {
        const address = listeningAddress(pending.slice(0, newline));
        pending = pending.slice(newline + 1);
        if (address === null) continue;
        settled = true;
        clearTimeout(timer);
        resolvePromise({
          host: address.host,
          port: address.port,
          bootstrap: `${address.host}:${address.port}`,
          dataDir,
          nodeId: null,
          stop: () => stopChild(child, dataDir, owned),
          kill: () => killChild(child),
        });
        return;
      }
    });
    child.on('error', (err) => fail(`could not be spawned: ${err.message}`));
    child.on('exit', (code, signal) => fail(`exited before listening (code ${code}, signal ${signal})`));
  });
}

/** The address of a pino `{"msg":"listening","address":"host:port"}` line, or null for any other line. */
export function listeningAddress(line: string): { host: string; port: number } | null {
  let parsed: ListeningLine;
  try {
    parsed = JSON.parse(line) as ListeningLine;
  } catch {
    return null;
  }
  if (
    parsed === null ||
    typeof parsed !== 'object' ||
    parsed.msg !== 'listening' ||
    typeof parsed.address !== 'string'
  ) {
    return null;
  }
  const colon = parsed.address.lastIndexOf(':');
  const port = Number(parsed.address.slice(colon + 1));
  if (colon <= 0 || !Number.isInteger(port) || port <= 0 || port > 65535) return null;
  return { host: parsed.address.slice(0, colon), port };
}

async function killChild(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGKILL');
  await exited;
}

async function stopChild(child: ChildProcessWithoutNullStreams, dataDir: string, owned: boolean): Promise<void> {
  try {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((done) => child.once('exit', () => done()));
      child.kill('SIGTERM');
      // A broker that ignores SIGTERM must not keep the suite alive.
      const forced = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(forced);
    }
  } finally {
    if (owned) rmSync(dataDir, { recursive: true, force: true });
  }
}
