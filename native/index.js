// Loads the compiled Node-API module (samsa_native.node, built by build.js).
// Exports the binding described in index.d.ts, or null when SAMSA_NATIVE=0 is
// set or the module is missing or fails to load; the storage layer then uses
// its TypeScript backend and prints the one warning. Loading never throws.
'use strict';

const { existsSync } = require('node:fs');
const { join } = require('node:path');

const MODULE_FILE = join(__dirname, 'samsa_native.node');

function load() {
  if (process.env.SAMSA_NATIVE === '0') return null;
  if (!existsSync(MODULE_FILE)) return null;
  try {
    return require(MODULE_FILE);
  } catch {
    return null;
  }
}

module.exports = load();
