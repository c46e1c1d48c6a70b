/**
 * What a command reads and writes: the process's streams by default, memory in tests. `isTTY` decides tables and
 * colours (stdout) and the progress line (stderr); `signal` stops a long-running command (consume, produce) cleanly.
 */
export interface TextOutput {
  write(text: string | Uint8Array): unknown;
  readonly isTTY?: boolean;
}

export interface CliIo {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: TextOutput;
  readonly stderr: TextOutput;
  readonly env: NodeJS.ProcessEnv;
  /** Aborted on SIGINT/SIGTERM: a consumer leaves its group and the command returns. */
  readonly signal?: AbortSignal;
}

export function processIo(signal?: AbortSignal): CliIo {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    ...(signal !== undefined ? { signal } : {}),
  };
}

/** A failure to report as one line on stderr with exit code 1 (a usage error exits 2 through commander). */
export class CommandFailure extends Error {
  override name = 'CommandFailure';
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}
