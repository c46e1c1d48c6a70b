// One jest project per package, plus native and the compat tests. Sources run
// through swc; `tsc -b` in `npm test` does the type check.
const path = require('node:path');

const transform = { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022' } }] };
const moduleNameMapper = {
  '^@samsa/(protocol|storage|coordinator|broker|client|console|cli)$': path.join(__dirname, 'packages/$1/src/index.ts'),
  '^@samsa/native$': path.join(__dirname, 'native/index.js'),
};

function project(dir, extra = {}) {
  return {
    displayName: path.basename(dir),
    rootDir: path.join(__dirname, dir),
    testEnvironment: 'node',
    transform,
    moduleNameMapper,
    testMatch: ['<rootDir>/test/**/*.test.ts'],
    testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    ...extra,
  };
}

module.exports = {
  projects: [
    ...['protocol', 'storage', 'coordinator', 'broker', 'client', 'console', 'cli', 'samsa'].map((p) =>
      project(`packages/${p}`),
    ),
    project('native'),
    // The repository's own tooling (the layering check, ...), under scripts/test.
    project('scripts'),
    // compat-tests/clients holds the native clients' own node_modules: never tests, never modules for jest.
    // Compat tests import no samsa package (they speak the wire protocol), so they get no module mapping either.
    project('compat-tests', {
      moduleNameMapper: {},
      testMatch: ['<rootDir>/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/clients/'],
      modulePathIgnorePatterns: ['<rootDir>/clients/'],
    }),
  ],
};
