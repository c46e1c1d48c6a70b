// Polling waits for the compat suites: a condition checked every few milliseconds until it holds, or a failure once
// its deadline has passed, so no test hangs on a state that never comes.
import { existsSync } from 'node:fs';

/** Resolves once `cond` holds, checking it every `intervalMs`; throws `timed out waiting` after `ms`. */
export async function waitFor(cond: () => boolean | Promise<boolean>, ms: number, intervalMs = 50): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Resolves once `path` exists: the "ready" file a child-process client touches once it holds an assignment. */
export async function waitForFile(path: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(path)) {
    if (Date.now() > deadline) throw new Error(`${path} did not appear within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
