// Loads the compiled Node-API module. Exports the binding described in index.d.ts, or null when SAMSA_NATIVE=0 is
// set or no module loads; the storage layer then uses its TypeScript backend and prints the one warning. Loading
// never throws.
//
// Two places are looked at, beside this file: samsa_native.node, what build.js writes in a clone; and the prebuilt
// module of the installed `samsa` package, which bundles this loader into its dist/ next to
// samsa_native.linux-x64-gnu.node (built for linux x64 with glibc; other platforms use the TypeScript backend).
'use strict';

const { existsSync } = require('node:fs');
const { join } = require('node:path');

function candidates() {
  const files = [join(__dirname, 'samsa_native.node')];
  if (process.platform === 'linux' && process.arch === 'x64')
    files.push(join(__dirname, 'samsa_native.linux-x64-gnu.node'));
  return files;
}

function load() {
  if (process.env.SAMSA_NATIVE === '0') return null;
  for (const file of candidates()) {
    if (!existsSync(file)) continue;
    try {
      return require(file);
    } catch {
      // A module built for another libc (musl) or a broken file: try the next, else the TypeScript backend.
    }
  }
  return null;
}

module.exports = load();
