// Builds native/samsa_native.node (run by `npm run build:native`, hence by `npm install`).
// Never fails the install: without cargo, or when the build fails, it prints why and
// exits 0, and the storage layer falls back to its TypeScript backend.
// The crate has no dependencies, so cargo runs offline.
'use strict';

const { spawnSync } = require('node:child_process');
const { copyFileSync, existsSync } = require('node:fs');
const { join } = require('node:path');

const nativeDir = __dirname;
const rootDir = join(nativeDir, '..');
const output = join(nativeDir, 'samsa_native.node');
const env = { ...process.env, CARGO_NET_OFFLINE: 'true' };
const FALLBACK = 'the TypeScript storage fallback will be used';

function hasCargo() {
  const probe = spawnSync('cargo', ['--version'], { stdio: 'ignore', env });
  return !probe.error && probe.status === 0;
}

function run(command, args) {
  return spawnSync(command, args, { cwd: nativeDir, env, encoding: 'utf8', maxBuffer: 64 << 20 });
}

// Preferred: @napi-rs/cli, which writes samsa_native.node (napi.binaryName in package.json).
function buildWithNapi() {
  const cli = join(rootDir, 'node_modules', '.bin', process.platform === 'win32' ? 'napi.cmd' : 'napi');
  if (!existsSync(cli)) return null;
  return run(cli, [
    'build',
    '--release',
    '--manifest-path',
    'Cargo.toml',
    '--package-json-path',
    'package.json',
    '--output-dir',
    '.',
  ]);
}

// Without the CLI: plain cargo, then copy the cdylib to its .node name.
function buildWithCargo() {
  const result = run('cargo', ['build', '--release', '--offline']);
  if (result.status === 0) copyFileSync(join(nativeDir, 'target', 'release', 'libsamsa_native.so'), output);
  return result;
}

function main() {
  if (!hasCargo()) {
    console.log(`samsa native: cargo not found; ${FALLBACK}`);
    return;
  }
  const started = process.hrtime.bigint();
  let result;
  try {
    result = buildWithNapi() ?? buildWithCargo();
  } catch (err) {
    result = { status: 1, error: err, stdout: '', stderr: '' };
  }
  if (result.status !== 0 || result.error || !existsSync(output)) {
    if (result.error) console.error(String(result.error));
    process.stderr.write(result.stdout || '');
    process.stderr.write(result.stderr || '');
    console.warn(`samsa native: build failed; ${FALLBACK}`);
    return;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`samsa native: built ${output} in ${seconds.toFixed(1)} s`);
}

main();
