/**
 * The version `samsa --version` prints: the `version` of the nearest package.json above this module that belongs to
 * samsa (`samsa` when installed from the registry, `@samsa/cli` in a clone; the workspace keeps both in step).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const PACKAGE_NAMES = new Set(['samsa', '@samsa/cli']);

export function samsaVersion(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name !== undefined && PACKAGE_NAMES.has(pkg.name) && pkg.version !== undefined) return pkg.version;
    }
    if (dirname(dir) === dir) return 'unknown';
  }
}
