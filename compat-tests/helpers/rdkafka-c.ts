// The small C program on librdkafka (compat-tests/c/rdkafka_compat.c) as a producer and
// consumer for the compat suites: built once with the system compiler against Debian's
// librdkafka-dev (pkg-config rdkafka), into the git-ignored compat-tests/c/.build/.
// Records go to it as hex text lines and come back in the suites' JSON record form.
import { mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runProcess } from './process';
import { fromJsonRecord, type JsonRecord, type ReadRecord, type TestRecord } from './records';

const C_DIR = join(__dirname, '..', 'c');
const SOURCE = join(C_DIR, 'rdkafka_compat.c');
const BINARY = join(C_DIR, '.build', 'rdkafka_compat');

let building: Promise<string> | undefined;

const mtime = (path: string): number => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
};

export function rdkafkaCBinary(): Promise<string> {
  building ??= (async () => {
    if (mtime(BINARY) > mtime(SOURCE)) return BINARY;
    mkdirSync(join(C_DIR, '.build'), { recursive: true });
    const flags = await runProcess('pkg-config', ['--cflags', '--libs', 'rdkafka']);
    if (flags.code !== 0) throw new Error(`pkg-config rdkafka failed: ${flags.stderr}`);
    const scratch = `${BINARY}.${process.pid}`;
    const cc = await runProcess('cc', ['-O2', '-Wall', '-o', scratch, SOURCE, ...flags.stdout.trim().split(/\s+/)], {
      timeoutMs: 120_000,
    });
    if (cc.code !== 0) throw new Error(`cc rdkafka_compat.c failed (${cc.code})\n${cc.stderr}`);
    renameSync(scratch, BINARY);
    return BINARY;
  })();
  return building;
}

const field = (b: Buffer | null): string => (b === null ? '-' : b.length === 0 ? '~' : b.toString('hex'));

/** One record as the program's input line: `PARTITION TIMESTAMP KEY VALUE [NAME=VALUE ...]`. */
export function recordLine(r: TestRecord): string {
  const headers = r.headers.map(([name, value]) => `${field(Buffer.from(name, 'utf8'))}=${field(value)}`);
  return [String(r.partition ?? -1), String(r.timestamp ?? -1), field(r.key), field(r.value), ...headers].join(' ');
}

const props = (config: Readonly<Record<string, string | number | boolean>>): string[] =>
  Object.entries(config).map(([k, v]) => `${k}=${String(v)}`);

export interface CDelivery {
  readonly partition: number;
  readonly offset: number;
  readonly error: string | null;
}

async function run<T>(args: readonly string[], input?: string, timeoutMs = 60_000): Promise<T> {
  const binary = await rdkafkaCBinary();
  const result = await runProcess(binary, args, input === undefined ? { timeoutMs } : { timeoutMs, input });
  if (result.code !== 0)
    throw new Error(
      `rdkafka_compat ${args.join(' ')} exited with ${result.code}\n--- stdout ---\n${result.stdout}\n--- stderr ---\n${result.stderr}`,
    );
  const last = result.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(last) as T;
  } catch {
    throw new Error(
      `rdkafka_compat printed no JSON\n--- stdout ---\n${result.stdout}\n--- stderr ---\n${result.stderr}`,
    );
  }
}

export const rdkafkaC = {
  async produce(
    bootstrap: string,
    topic: string,
    records: readonly TestRecord[],
    config: Readonly<Record<string, string | number | boolean>> = {},
  ): Promise<CDelivery[]> {
    const out = await run<{ delivered: CDelivery[] }>(
      ['produce', bootstrap, topic, ...props(config)],
      `${records.map(recordLine).join('\n')}\n`,
    );
    return out.delivered;
  },

  /** Produces inside one transaction, then commits or aborts it (`transactional.id` goes in `config`). */
  async transaction(
    bootstrap: string,
    topic: string,
    outcome: 'commit' | 'abort',
    records: readonly TestRecord[],
    config: Readonly<Record<string, string | number | boolean>>,
  ): Promise<CDelivery[]> {
    const out = await run<{ delivered: CDelivery[] }>(
      ['transaction', bootstrap, topic, outcome, ...props(config)],
      `${records.map(recordLine).join('\n')}\n`,
      90_000,
    );
    return out.delivered;
  },

  async consume(
    bootstrap: string,
    topic: string,
    partition: number,
    offset: number | 'beginning' | 'end',
    count: number,
    config: Readonly<Record<string, string | number | boolean>> = {},
  ): Promise<ReadRecord[]> {
    const out = await run<{ records: JsonRecord[] }>([
      'consume',
      bootstrap,
      topic,
      String(partition),
      String(offset),
      String(count),
      ...props(config),
    ]);
    return out.records.map(fromJsonRecord);
  },

  offsetForTime(bootstrap: string, topic: string, partition: number, timestamp: number): Promise<{ offset: number }> {
    return run(['offsets-for-time', bootstrap, topic, String(partition), String(timestamp)]);
  },

  /** A group member; record values come back as text. */
  async group(
    bootstrap: string,
    group: string,
    topic: string,
    config: Readonly<Record<string, string | number | boolean>> = {},
  ): Promise<{ records: Array<[number, number, string]>; assignments: number[][] }> {
    const out = await run<{ records: Array<[number, number, string | null]>; assignments: number[][] }>(
      ['group', bootstrap, group, topic, ...props(config)],
      undefined,
      90_000,
    );
    return {
      records: out.records.map(([p, o, v]) => [p, o, v === null ? '' : Buffer.from(v, 'hex').toString('utf8')]),
      assignments: out.assignments,
    };
  },
};
