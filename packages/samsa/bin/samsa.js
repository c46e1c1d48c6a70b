#!/usr/bin/env node
'use strict';
// The `samsa` command. The compile cache goes in first, so the bundle loaded next compiles through it (Node 20 has no
// module.enableCompileCache); see packages/cli/src/compile-cache.ts.
const { join } = require('node:path');
const { compileCacheDir, enableCompileCache } = require('../dist/compile-cache.js');

const cacheDir = compileCacheDir(process.env, join(__dirname, '..', '.compile-cache'));
if (cacheDir !== null) enableCompileCache(cacheDir);
require('../dist/bundle.js').runCli();
