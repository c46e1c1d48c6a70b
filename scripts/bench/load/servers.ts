// The servers a run compares, each in its own process so the generator and the server never share an event loop:
// samsa through its CLI (as users start it), librdkafka's mock cluster (the reference Kafka-protocol server), the raw
// TCP sink/source, and a bare Node listener (the floor for start-up time and idle memory).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FrameCutter, openSocket } from './generator';
import { createTopicsError, createTopicsFrame } from './wire';

export const ROOT = join(__dirname, '..', '..', '..');
const CLI = join(ROOT, 'packages', 'cli', 'dist', 'src', 'main.js');
const MOCK_SOURCE = join(ROOT, '..', 'shared', 'peers', 'rdkafka-mock');
const MOCK_BINARY = join(ROOT, 'bench-results', 'mock-cluster');

export interface RunningServer {
  readonly name: string;
  readonly port: number;
  readonly pid: number;
  /** Milliseconds from spawn to the server saying it listens. */
  readonly startMs: number;
  /** samsa only: every listener's address by name, from its "listening" line. */
  readonly listeners?: Readonly<Record<string, string>>;
  /** Resident set size in bytes, from /proc. */
  rss(): number;
  /** File descriptors the process holds, from /proc. */
  fds(): number;
  stop(): Promise<void>;
}

/** Spawns `command` and resolves once `ready` finds a port in a stdout line. */
function launch(
  name: string,
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  ready: (line: string) => number | null,
  cleanup = (): void => undefined,
): Promise<RunningServer> {
  const started = performance.now();
  const child: ChildProcess = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => {
    stderr = (stderr + c.toString()).slice(-4000);
  });
  return new Promise((resolve, reject) => {
    let buffered = '';
    let found = false;
    const onData = (c: Buffer): void => {
      if (found) return;
      buffered += c.toString();
      let nl: number;
      while (!found && (nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        const port = ready(line);
        if (port === null) continue;
        found = true;
        const startMs = performance.now() - started;
        resolve({
          name,
          port,
          pid: child.pid as number,
          startMs,
          rss: () => rssOf(child.pid as number),
          fds: () => readdirSync(`/proc/${child.pid as number}/fd`).length,
          stop: () =>
            new Promise<void>((done) => {
              const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
              child.once('exit', () => {
                clearTimeout(timer);
                cleanup();
                done();
              });
              child.kill('SIGTERM');
            }),
        });
      }
    };
    // Keep draining stdout so a chatty server never blocks on a full pipe.
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      if (!found) {
        cleanup();
        reject(new Error(`${name} exited with ${code} before listening: ${stderr}`));
      }
    });
  });
}

export function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const m = /VmRSS:\s+(\d+) kB/.exec(status);
  return m ? Number(m[1]) * 1024 : NaN;
}

export interface SamsaOptions {
  /** server.properties overrides. */
  readonly config?: Record<string, string>;
  /** Extra environment, e.g. SAMSA_NATIVE=0 for the TypeScript storage fallback. */
  readonly env?: Record<string, string>;
  readonly nodeArgs?: readonly string[];
}

/**
 * Writes back every dirty page (sync(1)) so that a run does not pay for the writeback of the runs before it: the
 * rows of one bench follow each other within seconds, each leaving up to gigabytes in the page cache.
 */
export function settlePageCache(): void {
  spawnSync('sync');
}

export function startSamsa(options: SamsaOptions = {}): Promise<RunningServer> {
  settlePageCache();
  const dir = mkdtempSync(join(process.env.SAMSA_BENCH_DIR ?? tmpdir(), 'samsa-bench-'));
  const overrides: string[] = [];
  const config = { listeners: 'PLAINTEXT://127.0.0.1:0', 'log.dirs': dir, ...options.config };
  for (const [k, v] of Object.entries(config)) overrides.push(`--${k}`, v);
  let listeners: Record<string, string> = {};
  return launch(
    'samsa',
    process.execPath,
    [...(options.nodeArgs ?? []), CLI, 'start', ...overrides],
    { ...process.env, ...options.env },
    (line) => {
      if (!line.includes('"listening"')) return null;
      const logged = JSON.parse(line) as { address?: string; listeners?: Record<string, string> };
      listeners = logged.listeners ?? {};
      const address = logged.address ?? '';
      return Number(address.slice(address.lastIndexOf(':') + 1));
    },
    () => rmSync(dir, { recursive: true, force: true }),
  ).then((server) => ({ ...server, listeners }));
}

/** Builds the librdkafka mock cluster into bench-results/ when missing; null (with the reason) when it cannot. */
export function mockBinary(): { path: string } | { error: string } {
  if (existsSync(MOCK_BINARY)) return { path: MOCK_BINARY };
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  const build = spawnSync('sh', [join(MOCK_SOURCE, 'build.sh')], {
    env: { ...process.env, OUT: MOCK_BINARY },
    encoding: 'utf8',
  });
  if (build.status !== 0 || !existsSync(MOCK_BINARY))
    return { error: `cannot build the librdkafka mock: ${build.stderr}` };
  return { path: MOCK_BINARY };
}

/** librdkafka's mock cluster, one broker, with `topics` ("name:partitions") created up front. */
export function startMock(binary: string, topics: readonly string[]): Promise<RunningServer> {
  const args = ['-b', '1'];
  for (const t of topics) args.push('-t', `${t}:1`);
  return launch('librdkafka mock', binary, args, process.env, (line) => {
    const m = /^127\.0\.0\.1:(\d+)/.exec(line.trim());
    return m ? Number(m[1]) : null;
  });
}

/** The raw sink or source; over TLS with the certificates of `tlsCertDir` (`samsa certs --out`) when given. */
export function startTcpBaseline(
  mode: 'sink' | 'source',
  responseBytes = 0,
  tlsCertDir?: string,
): Promise<RunningServer> {
  return launch(
    `raw ${tlsCertDir ? 'TLS' : 'TCP'} ${mode}`,
    process.execPath,
    [
      '--import',
      'tsx',
      join(__dirname, 'tcp-baseline-server.ts'),
      mode,
      String(responseBytes),
      ...(tlsCertDir ? [tlsCertDir] : []),
    ],
    process.env,
    (line) => {
      const port = Number(line.trim());
      return Number.isInteger(port) && port > 0 ? port : null;
    },
  );
}

/**
 * The socket-to-file or socket-to-memory relay (relay-server.ts): the same framing and responses as the raw TCP sink,
 * but it keeps each request's record bytes, in a file (one write per request) or in memory blocks grown as samsa's
 * memory storage grows them. Started after a `sync`, as samsa is.
 */
export function startRelay(mode: 'file' | 'memory'): Promise<RunningServer> {
  settlePageCache();
  return launch(
    `socket-to-${mode} relay`,
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'relay-server.ts'), mode, process.env.SAMSA_BENCH_DIR ?? tmpdir()],
    process.env,
    (line) => {
      const port = Number(line.trim());
      return Number.isInteger(port) && port > 0 ? port : null;
    },
  );
}

/** A Node process that only opens a listener: the floor under any Node server's start-up time and memory. */
export function startBareNode(): Promise<RunningServer> {
  const script =
    "const s=require('net').createServer().listen(0,'127.0.0.1',()=>console.log(s.address().port));process.on('SIGTERM',()=>process.exit(0))";
  return launch('bare node listener', process.execPath, ['-e', script], process.env, (line) => {
    const port = Number(line.trim());
    return Number.isInteger(port) && port > 0 ? port : null;
  });
}

/** Sends one request frame and returns the response body. */
export async function roundTrip(port: number, frame: Buffer, timeoutMs = 600000): Promise<Buffer> {
  const socket = await openSocket(port);
  try {
    return await new Promise<Buffer>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no response')), timeoutMs);
      const cutter = new FrameCutter((body) => {
        clearTimeout(timer);
        resolve(Buffer.from(body));
      });
      socket.on('data', (c: Buffer) => cutter.push(c));
      socket.on('error', reject);
      socket.write(frame);
    });
  } finally {
    socket.destroy();
  }
}

export async function createTopic(
  port: number,
  topic: string,
  partitions: number,
  configs: Record<string, string> = {},
): Promise<void> {
  const error = createTopicsError(await roundTrip(port, createTopicsFrame(topic, partitions, configs)));
  if (error !== 0) throw new Error(`CreateTopics ${topic} failed with error ${error}`);
}

/** Throwaway certificates from `samsa certs --out DIR` (the CLI the benches start): ca.pem, broker.pem, broker.key. */
export function samsaCerts(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'samsa-bench-certs-')), 'certs');
  const made = spawnSync(process.execPath, [CLI, 'certs', '--out', dir], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`samsa certs failed: ${made.stderr}`);
  return dir;
}
