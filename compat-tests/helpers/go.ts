// Builds and runs the compat suites' Go programs (compat-tests/go/<name>/main.go) against
// Debian's Go libraries, in GOPATH mode and offline, as CLIENTS.md describes: no module
// proxy, no network. Each program prints one JSON document, which is parsed here.
// What the programs share is the package `samsacompat` in compat-tests/go/gopath, a GOPATH entry listed
// before Debian's. Binaries and the build cache stay in git-ignored folders under compat-tests/go/.
import { mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEBIAN_GOPATH } from './clients';
import type { MemberOptions, MemberRun } from './group-members';
import { runProcess } from './process';
import { fromJsonRecord, toJsonRecord, type JsonRecord, type ReadRecord, type TestRecord } from './records';

export type GoProgram = 'sarama' | 'kafka-go' | 'confluent-kafka-go';

const GO_DIR = join(__dirname, '..', 'go');
const BUILD_DIR = join(GO_DIR, '.build');
const GOCACHE = join(GO_DIR, '.gocache');
const SHARED_GOPATH = join(GO_DIR, 'gopath');
const SHARED_SOURCE = join(SHARED_GOPATH, 'src', 'samsacompat', 'compat.go');

const building = new Map<GoProgram, Promise<string>>();

const mtime = (path: string): number => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
};

/** Builds the program once per process (and only when its source is newer than the binary); resolves to its path. */
export function goBinary(program: GoProgram): Promise<string> {
  let pending = building.get(program);
  if (pending === undefined) {
    pending = build(program);
    building.set(program, pending);
  }
  return pending;
}

async function build(program: GoProgram): Promise<string> {
  const source = join(GO_DIR, program);
  const binary = join(BUILD_DIR, program);
  if (mtime(binary) > Math.max(mtime(join(source, 'main.go')), mtime(SHARED_SOURCE))) return binary;
  mkdirSync(BUILD_DIR, { recursive: true });
  // Several jest workers may build at once: each writes its own file, and the rename is atomic.
  const scratch = `${binary}.${process.pid}`;
  const env = {
    ...process.env,
    GO111MODULE: 'off',
    GOPATH: `${SHARED_GOPATH}:${DEBIAN_GOPATH}`,
    GOPROXY: 'off',
    GOFLAGS: '',
    GOCACHE,
    CGO_ENABLED: '1',
  };
  const result = await runProcess('go', ['build', '-o', scratch, '.'], { cwd: source, env, timeoutMs: 300_000 });
  if (result.code !== 0) throw new Error(`go build of ${program} failed (${result.code})\n${result.stderr}`);
  renameSync(scratch, binary);
  return binary;
}

export interface GoRunOptions {
  readonly input?: string;
  /** Default 60 s. */
  readonly timeoutMs?: number;
}

/** Runs `<program> BOOTSTRAP ARGS...` and parses the JSON document it prints last. */
export async function runGoJson<T>(
  program: GoProgram,
  args: readonly string[],
  options: GoRunOptions = {},
): Promise<T> {
  const binary = await goBinary(program);
  const { timeoutMs = 60_000, input } = options;
  const result = await runProcess(binary, args, input === undefined ? { timeoutMs } : { timeoutMs, input });
  const lastLine = result.stdout.trim().split('\n').pop() ?? '';
  if (result.code !== 0) {
    throw new Error(
      `${program} ${args.join(' ')} exited with ${result.code}\n--- stdout ---\n${result.stdout}\n--- stderr ---\n${result.stderr}`,
    );
  }
  try {
    return JSON.parse(lastLine) as T;
  } catch {
    throw new Error(`${program} printed no JSON\n--- stdout ---\n${result.stdout}\n--- stderr ---\n${result.stderr}`);
  }
}

export interface Delivered {
  readonly partition: number;
  readonly offset: number;
}

/** OPT=VALUE arguments, the way the Go programs take their options. */
export const goOptions = (options: Readonly<Record<string, string | number | boolean>>): string[] =>
  Object.entries(options).map(([k, v]) => `${k}=${String(v)}`);

/** The produce / consume commands every Go program shares (same arguments, same JSON). */
export function goClient(program: GoProgram) {
  return {
    async produce(
      bootstrap: string,
      topic: string,
      records: readonly TestRecord[],
      options: Readonly<Record<string, string | number | boolean>> = {},
    ): Promise<Delivered[]> {
      const input = JSON.stringify({ records: records.map(toJsonRecord) });
      return (
        await runGoJson<{ delivered: Delivered[] }>(program, [bootstrap, 'produce', topic, ...goOptions(options)], {
          input,
        })
      ).delivered;
    },
    async consume(
      bootstrap: string,
      topic: string,
      partition: number,
      offset: number | 'beginning' | 'end',
      count: number,
      options: Readonly<Record<string, string | number | boolean>> = {},
    ): Promise<ReadRecord[]> {
      const out = await runGoJson<{ records: JsonRecord[] }>(program, [
        bootstrap,
        'consume',
        topic,
        String(partition),
        String(offset),
        String(count),
        ...goOptions(options),
      ]);
      return out.records.map(fromJsonRecord);
    },
    offsetForTime(
      bootstrap: string,
      topic: string,
      partition: number,
      timestamp: number,
      options: Readonly<Record<string, string | number | boolean>> = {},
    ): Promise<{ offset: number }> {
      return runGoJson(program, [
        bootstrap,
        'offset-for-time',
        topic,
        String(partition),
        String(timestamp),
        ...goOptions(options),
      ]);
    },
    /** One consumer-group member, run until it has been idle for `idle_ms`. */
    group(
      bootstrap: string,
      group: string,
      topic: string,
      options: MemberOptions,
      timeoutMs: number,
    ): Promise<MemberRun> {
      return runGoJson<MemberRun>(program, [bootstrap, 'group', group, topic, ...goOptions({ ...options })], {
        timeoutMs,
      });
    },
  };
}

export const sarama = goClient('sarama');
export const kafkaGo = goClient('kafka-go');
export const confluentGo = goClient('confluent-kafka-go');
