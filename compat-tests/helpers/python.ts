// Runs one of the compat suites' Python scripts under the system interpreter and
// parses the single JSON document it prints; any other outcome is an error that
// carries the script's output.
import { SYSTEM_PYTHON } from './clients';
import { runProcess } from './process';

export interface PythonRunOptions {
  /** Default 60 s. */
  readonly timeoutMs?: number;
  /** Written to the script's stdin (for example a JSON document too large for argv). */
  readonly input?: string;
}

export async function runPythonJson<T>(
  script: string,
  args: readonly string[],
  options: number | PythonRunOptions = {},
): Promise<T> {
  const { timeoutMs = 60_000, input } = typeof options === 'number' ? { timeoutMs: options } : options;
  const result = await runProcess(
    SYSTEM_PYTHON,
    [script, ...args],
    input === undefined ? { timeoutMs } : { timeoutMs, input },
  );
  const lastLine = result.stdout.trim().split('\n').pop() ?? '';
  if (result.code !== 0) {
    throw new Error(
      `${script} ${args.join(' ')} exited with ${result.code}\n--- stdout ---\n${result.stdout}\n--- stderr ---\n${result.stderr}`,
    );
  }
  try {
    return JSON.parse(lastLine) as T;
  } catch {
    throw new Error(`${script} printed no JSON\n--- stdout ---\n${result.stdout}\n--- stderr ---\n${result.stderr}`);
  }
}
