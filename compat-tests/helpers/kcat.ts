// kcat as a producer and consumer for the compat suites: runs it with a hard
// timeout, fails with its stderr on a non-zero exit, and parses `-C -J` output
// into the suites' record shape. kcat prints keys, values and headers as text,
// so only UTF-8 content survives the trip byte for byte.
import type { Header, ReadRecord } from './records';
import { runProcess } from './process';

export async function kcat(args: readonly string[], input?: string, timeoutMs = 30_000): Promise<string> {
  const result = await runProcess('kcat', args, input === undefined ? { timeoutMs } : { timeoutMs, input });
  if (result.code !== 0)
    throw new Error(`kcat ${args.join(' ')} exited with ${result.code}\n--- stderr ---\n${result.stderr}`);
  return result.stdout;
}

interface KcatJsonMessage {
  readonly partition: number;
  readonly offset: number;
  readonly tstype: string;
  readonly ts: number;
  readonly headers?: ReadonlyArray<string | null>;
  readonly key: string | null;
  readonly payload: string | null;
}

export interface KcatRecord extends ReadRecord {
  /** kcat's name for the timestamp type: `create`, `logappend` or `unknown`. */
  readonly timestampType: string;
}

/** Parses `kcat -C -J` output, one JSON envelope per line. */
export function parseKcatJson(stdout: string): KcatRecord[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => {
      const m = JSON.parse(line) as KcatJsonMessage;
      const flat = m.headers ?? [];
      const headers: Header[] = [];
      for (let i = 0; i + 1 < flat.length; i += 2) {
        const value = flat[i + 1];
        headers.push([flat[i] ?? '', value === null || value === undefined ? null : Buffer.from(value, 'utf8')]);
      }
      return {
        partition: m.partition,
        offset: m.offset,
        key: m.key === null ? null : Buffer.from(m.key, 'utf8'),
        value: m.payload === null ? null : Buffer.from(m.payload, 'utf8'),
        headers,
        timestamp: m.ts,
        timestampType: m.tstype,
      };
    });
}

/** `kcat -C -e -J` on one partition from `offset` (`beginning`, `end`, a number, `-N`, `s@<ms>`): every record up to the end. */
export async function kcatConsume(
  bootstrap: string,
  topic: string,
  partition: number,
  offset: string,
  extra: readonly string[] = [],
): Promise<KcatRecord[]> {
  return parseKcatJson(
    await kcat(['-b', bootstrap, '-C', '-t', topic, '-p', String(partition), '-o', offset, '-e', '-J', '-q', ...extra]),
  );
}
