/** Runs a Kafka-facing `samsa` command in this process with in-memory streams: exit code, stdout and stderr. */
import { Readable } from 'node:stream';
import { runCommand } from '../../src/commands/program';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stdoutBytes: Buffer;
  readonly stderr: string;
}

export async function samsa(
  argv: readonly string[],
  options: { stdin?: string | Buffer; env?: NodeJS.ProcessEnv; tty?: boolean } = {},
): Promise<CliResult> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const sink = (into: Buffer[]) => ({
    write: (s: string | Uint8Array) => into.push(Buffer.from(s)),
    isTTY: options.tty === true,
  });
  const code = await runCommand(argv, {
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    stdout: sink(out),
    stderr: sink(err),
    env: options.env ?? {},
  });
  const stdoutBytes = Buffer.concat(out);
  return { code, stdout: stdoutBytes.toString('utf8'), stdoutBytes, stderr: Buffer.concat(err).toString('utf8') };
}

/** Rows of a tab-separated table (stdout not a terminal), header row first. */
export function rows(text: string): string[][] {
  return text
    .trimEnd()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.split('\t'));
}
