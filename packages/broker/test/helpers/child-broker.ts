/**
 * A broker in a child process, started as users start it (`samsa start` from packages/cli/dist) under a shell's
 * `ulimit -n`, so tests can hold it to an open-file limit: its JSON log lines are collected, its descriptors counted
 * from /proc, and it is stopped with SIGTERM (a clean shutdown) or SIGKILL.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');
const CLI = join(ROOT, 'packages/cli/dist/src/main.js');

/** Brings packages/cli/dist up to date (incremental; call from a beforeAll with a generous timeout). */
export function buildCli(): void {
  execFileSync(join(ROOT, 'node_modules/.bin/tsc'), ['-b', 'packages/cli'], { cwd: ROOT, stdio: 'pipe' });
}

export interface ChildBroker {
  readonly pid: number;
  readonly port: number;
  /** Every JSON log line so far. */
  readonly lines: Array<Record<string, unknown>>;
  /** Everything written to stderr so far. */
  stderr(): string;
  /** Descriptors the process holds now. */
  openDescriptors(): number;
  /** SIGTERM and the exit code (a clean stop exits 0). */
  stop(): Promise<number | null>;
}

export interface ChildBrokerOptions {
  readonly dataDir: string;
  /** `ulimit -n` for the broker's shell (soft and hard). */
  readonly openFileLimit: number;
  /** More `--key value` settings. */
  readonly config?: Readonly<Record<string, string | number>>;
  /** How long to wait for the "listening" line. */
  readonly startTimeoutMs?: number;
}

export function startChildBroker(o: ChildBrokerOptions): Promise<ChildBroker> {
  const settings: Record<string, string | number> = {
    listeners: 'PLAINTEXT://127.0.0.1:0',
    'log.dirs': o.dataDir,
    'group.initial.rebalance.delay.ms': 0,
    ...o.config,
  };
  const args = Object.entries(settings).flatMap(([k, v]) => [`--${k}`, String(v)]);
  const quoted = [process.execPath, CLI, 'start', ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const child: ChildProcess = spawn('bash', ['-c', `ulimit -n ${o.openFileLimit} && exec ${quoted}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Array<Record<string, unknown>> = [];
  let stderr = '';
  let partial = '';
  const exited = new Promise<number | null>((res) => child.once('exit', (code) => res(code)));
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  return new Promise((resolvePromise, reject) => {
    let started = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`broker did not start within ${o.startTimeoutMs ?? 60000} ms; stderr: ${stderr}`));
    }, o.startTimeoutMs ?? 60000);
    child.stdout?.on('data', (d: Buffer) => {
      const parts = (partial + d.toString()).split('\n');
      partial = parts.pop() ?? '';
      for (const text of parts) {
        let line: Record<string, unknown>;
        try {
          line = JSON.parse(text) as Record<string, unknown>;
        } catch {
          continue;
        }
        lines.push(line);
        if (!started && line.msg === 'listening') {
          started = true;
          clearTimeout(timer);
          const address = String(line.address ?? '');
          resolvePromise({
            pid: child.pid as number,
            port: Number(address.slice(address.lastIndexOf(':') + 1)),
            lines,
            stderr: () => stderr,
            openDescriptors: () => readdirSync(`/proc/${child.pid}/fd`).length,
            stop: () => {
              child.kill('SIGTERM');
              return exited;
            },
          });
        }
      }
    });
    void exited.then((code) => {
      if (started) return;
      clearTimeout(timer);
      reject(new Error(`broker exited with ${code} before listening; stderr: ${stderr}`));
    });
  });
}
