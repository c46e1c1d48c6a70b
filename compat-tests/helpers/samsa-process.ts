// Runs `samsa start` as a child process, the command a user runs (the `samsa` binary npm links into
// node_modules/.bin), and reads what it reports on stdout: one JSON log line per listening broker identity, one for
// the admin endpoint, and `broker started` once everything is up. Compat tests reach the broker only through what this
// returns: addresses for Kafka clients and the admin endpoint's URL.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';

/** The installed `samsa` command (a link to the package's bin script); run with this Node, whatever is on PATH. */
const SAMSA_BIN = resolve(__dirname, '..', '..', 'node_modules', '.bin', 'samsa');

export type SamsaFlags = Record<string, string | number | boolean>;

export interface ListeningBroker {
  readonly nodeId: number;
  readonly host: string;
  readonly port: number;
  /** `host:port` of each of the identity's listeners, by listener name (the first is `host:port`). */
  readonly listeners: Readonly<Record<string, string>>;
}

export type SamsaLogEvent =
  | { readonly kind: 'listening'; readonly broker: ListeningBroker }
  | { readonly kind: 'admin'; readonly url: string }
  | { readonly kind: 'started'; readonly clusterId: string };

export interface SamsaProcess {
  /** Every broker identity of the process, by node id. */
  readonly brokers: readonly ListeningBroker[];
  /** `http://host:port` of the admin endpoint, when `samsa.admin.listener` was given. */
  readonly adminUrl: string | null;
  readonly clusterId: string;
  /** The command line, for failure messages. */
  readonly command: string;
  /** SIGTERM, as an operator stops it, and waits for the exit; rejects unless it exits 0 (SIGKILL after 10 s). */
  stop(): Promise<void>;
  /** SIGKILL, as a crash: no shutdown hook, no flush. Waits for the exit. */
  kill(): Promise<void>;
  /** What the process printed so far (the last 64 KiB of each stream). */
  output(): { readonly stdout: string; readonly stderr: string };
}

const OUTPUT_KEPT = 64 * 1024;

/** Children still running, ended if the test process exits without stopping them. */
const running = new Set<ChildProcessWithoutNullStreams>();
let exitHookInstalled = false;

/**
 * Spawns `samsa start --<key> <value> ...` and resolves once it logged `broker started`; rejects with the child's
 * output when it exits first or stays silent for `timeoutMs`.
 */
export function startSamsa(flags: SamsaFlags, timeoutMs = 20_000): Promise<SamsaProcess> {
  // info is the level that prints the lines read here; SAMSA_TEST_LOG_LEVEL=debug shows more (and echoes it).
  const verbose = process.env['SAMSA_TEST_LOG_LEVEL'];
  const level = verbose === 'debug' || verbose === 'trace' ? verbose : 'info';
  const args = [realpathSync(SAMSA_BIN), 'start', '--log-level', level];
  for (const [key, value] of Object.entries(flags)) args.push(`--${key}`, String(value));
  const command = `node ${args.join(' ')}`;
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env } });
  child.stdin.end();
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const c of running) c.kill('SIGKILL');
    });
  }

  let stdout = '';
  let stderr = '';
  const keep = (text: string, chunk: string): string => (text + chunk).slice(-OUTPUT_KEPT);
  const output = (): { stdout: string; stderr: string } => ({ stdout, stderr });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = keep(stderr, chunk);
    if (verbose !== undefined) process.stderr.write(chunk);
  });

  return new Promise((resolvePromise, reject) => {
    const brokers: ListeningBroker[] = [];
    let adminUrl: string | null = null;
    let pending = '';
    let settled = false;
    const fail = (reason: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`samsa ${reason}\ncommand: ${command}\n--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}`));
    };
    const timer = setTimeout(() => fail(`did not log "broker started" within ${timeoutMs} ms`), timeoutMs);

    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout = keep(stdout, chunk);
      if (verbose !== undefined) process.stderr.write(chunk);
      if (settled) return;
      pending += chunk;
      let newline: number;
      while ((newline = pending.indexOf('\n')) >= 0) {
        const event = samsaLogEvent(pending.slice(0, newline));
        pending = pending.slice(newline + 1);
        if (event === null) continue;
        if (event.kind === 'listening') brokers.push(event.broker);
        else if (event.kind === 'admin') adminUrl = event.url;
        else {
          settled = true;
          clearTimeout(timer);
          brokers.sort((a, b) => a.nodeId - b.nodeId);
          resolvePromise({
            brokers,
            adminUrl,
            clusterId: event.clusterId,
            command,
            stop: () => stopChild(child, command, output),
            kill: () => killChild(child),
            output,
          });
          return;
        }
      }
    });
    child.on('error', (err) => fail(`could not be spawned: ${err.message}`));
    child.on('exit', (code, signal) => fail(`exited before it started (code ${code}, signal ${signal})`));
  });
}

interface LogLine {
  readonly msg?: unknown;
  readonly address?: unknown;
  readonly nodeId?: unknown;
  readonly clusterId?: unknown;
  readonly listeners?: unknown;
}

/**
 * What a line of samsa's JSON log says about start-up: `{"msg":"listening","nodeId":1,"address":"host:port"}`,
 * `{"msg":"admin listening","address":"http://host:port"}` or `{"msg":"broker started","clusterId":...}`; null for
 * any other line.
 */
export function samsaLogEvent(line: string): SamsaLogEvent | null {
  let parsed: LogLine;
  try {
    parsed = JSON.parse(line) as LogLine;
  } catch {
    return null;
  }
  if (parsed === null || typeof parsed !== 'object') return null;
  if (parsed.msg === 'listening' && typeof parsed.address === 'string' && Number.isInteger(parsed.nodeId)) {
    const address = hostPort(parsed.address);
    const listeners =
      parsed.listeners !== null && typeof parsed.listeners === 'object'
        ? Object.fromEntries(
            Object.entries(parsed.listeners as Record<string, unknown>).filter(
              (e): e is [string, string] => typeof e[1] === 'string',
            ),
          )
        : {};
    return address === null
      ? null
      : { kind: 'listening', broker: { nodeId: parsed.nodeId as number, ...address, listeners } };
  }
  if (
    parsed.msg === 'admin listening' &&
    typeof parsed.address === 'string' &&
    /^http:\/\/.+:\d+$/.test(parsed.address)
  ) {
    return { kind: 'admin', url: parsed.address };
  }
  if (parsed.msg === 'broker started' && typeof parsed.clusterId === 'string')
    return { kind: 'started', clusterId: parsed.clusterId };
  return null;
}

function hostPort(address: string): { host: string; port: number } | null {
  const colon = address.lastIndexOf(':');
  const port = Number(address.slice(colon + 1));
  if (colon <= 0 || !Number.isInteger(port) || port <= 0 || port > 65535) return null;
  return { host: address.slice(0, colon), port };
}

function exited(
  child: ChildProcessWithoutNullStreams,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
}

async function killChild(child: ChildProcessWithoutNullStreams): Promise<void> {
  const exit = exited(child);
  child.kill('SIGKILL');
  await exit;
}

async function stopChild(
  child: ChildProcessWithoutNullStreams,
  command: string,
  output: () => { stdout: string; stderr: string },
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exit = exited(child);
  child.kill('SIGTERM');
  // A broker that does not finish its graceful stop must not keep the suite alive.
  const forced = setTimeout(() => child.kill('SIGKILL'), 10_000);
  const { code, signal } = await exit;
  clearTimeout(forced);
  if (code !== 0) {
    const { stdout, stderr } = output();
    throw new Error(
      `samsa did not stop cleanly (code ${code}, signal ${signal})\ncommand: ${command}\n--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}`,
    );
  }
}
