/**
 * `npm run pack`: builds the installable `samsa` package and writes its tarball, and nothing else, into `packed/` at
 * the repository root. The native module must be there (a published package carries it for linux x64); the file list
 * is checked against what must never ship (tests, source maps, the Rust target directory, a V8 compile cache).
 *
 * Prints the tarball's path, its size and its file count.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const PACKED = join(ROOT, 'packed');
const PKG = join(ROOT, 'packages/samsa');

/** Paths inside the tarball that must never be there. */
const FORBIDDEN: readonly RegExp[] = [
  /(^|\/)test\//,
  /\.test\.[cm]?[jt]s$/,
  /\.map$/,
  /(^|\/)target\//,
  /(^|\/)\.compile-cache(\/|$)/,
  /\.tsbuildinfo$/,
  /(^|\/)src\//,
];

interface PackedFile {
  readonly path: string;
  readonly size: number;
}

function run(command: string, args: string[], cwd = ROOT): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

function main(): void {
  if (!existsSync(join(ROOT, 'native/samsa_native.node'))) run('node', ['native/build.js']);
  run(join(ROOT, 'node_modules/.bin/tsc'), ['-b']);
  run(join(ROOT, 'node_modules/.bin/tsx'), ['packages/console/scripts/build-web.ts']);
  run(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/build-package.ts', '--require-native']);

  rmSync(PACKED, { recursive: true, force: true });
  mkdirSync(PACKED);
  const out = run('npm', ['pack', '--json', '--pack-destination', PACKED], PKG);
  const [result] = JSON.parse(out) as { filename: string; files: PackedFile[] }[];
  if (!result) throw new Error('npm pack reported no tarball');
  const bad = result.files.filter((f) => FORBIDDEN.some((re) => re.test(f.path)));
  if (bad.length > 0) {
    rmSync(PACKED, { recursive: true, force: true });
    throw new Error(`the tarball would ship files it must not: ${bad.map((f) => f.path).join(', ')}`);
  }
  if (!result.files.some((f) => f.path.endsWith('.node'))) throw new Error('the tarball has no native module');
  if (!result.files.some((f) => f.path === 'dist/console/app.js')) throw new Error('the tarball has no web console');
  const tarballs = readdirSync(PACKED);
  if (tarballs.length !== 1 || tarballs[0] !== result.filename) throw new Error(`packed/ holds ${tarballs.join(', ')}`);
  const file = join(PACKED, result.filename);
  const kb = (statSync(file).size / 1024).toFixed(0);
  console.log(`${file}: ${kb} KiB, ${result.files.length} files`);
}

main();
