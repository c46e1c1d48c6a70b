// Starts a samsa broker for a compat test: `samsa start` in a child process (helpers/samsa-process.ts), on an
// ephemeral loopback port with a fresh temporary data directory. `stop()` shuts it down as an operator does (SIGTERM)
// and removes the data directory, unless the test passed in a directory of its own; `kill()` crashes it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSamsa, type SamsaFlags, type SamsaProcess } from './samsa-process';

export type BrokerConfig = SamsaFlags;

export interface TestBrokerOptions {
  /** Extra server.properties keys, passed as flags; `listeners` and `log.dirs` are set here unless given. */
  readonly config?: BrokerConfig;
  /** How long the broker may take to log `broker started`. Default 20 s. */
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
  /** The node id the broker logged for its listener (and reports in Metadata). */
  readonly nodeId: number;
  /** SIGTERM and wait for exit code 0; then removes the data directory the harness created. */
  stop(): Promise<void>;
  /** SIGKILL, as a crash would (no shutdown hook, no flush); the data directory stays for a restart on it. */
  kill(): Promise<void>;
}

export async function startTestBroker(options: TestBrokerOptions = {}): Promise<TestBroker> {
  const owned = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'samsa-compat-'));
  const removeOwned = (): void => {
    if (owned) rmSync(dataDir, { recursive: true, force: true });
  };
  let samsa: SamsaProcess;
  try {
    samsa = await startSamsa(
      { listeners: 'PLAINTEXT://127.0.0.1:0', 'log.dirs': dataDir, ...options.config },
      options.startTimeoutMs,
    );
  } catch (err) {
    removeOwned();
    throw err;
  }
  const broker = samsa.brokers[0];
  if (broker === undefined) {
    await samsa.kill();
    removeOwned();
    throw new Error(`samsa started without a listener\ncommand: ${samsa.command}`);
  }
  return {
    host: broker.host,
    port: broker.port,
    bootstrap: `${broker.host}:${broker.port}`,
    dataDir,
    nodeId: broker.nodeId,
    async stop() {
      try {
        await samsa.stop();
      } finally {
        removeOwned();
      }
    },
    kill: () => samsa.kill(),
  };
}
