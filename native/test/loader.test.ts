import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { binding, describeNative, tempDir } from './binding';

const LOADER = join(__dirname, '..', 'index.js');

/** Whether `require(loader)` is null in a fresh node process with `env`. */
function loadsAsNull(loader: string, env: NodeJS.ProcessEnv): boolean {
  const run = spawnSync(
    process.execPath,
    ['-e', `process.stdout.write(String(require(${JSON.stringify(loader)}) === null))`],
    {
      env,
      encoding: 'utf8',
    },
  );
  expect(run.status).toBe(0);
  return run.stdout === 'true';
}

describe('loader', () => {
  const dir = tempDir('loader');

  it('returns null when SAMSA_NATIVE=0', () => {
    expect(loadsAsNull(LOADER, { ...process.env, SAMSA_NATIVE: '0' })).toBe(true);
  });

  it('returns null, without throwing, when the module file is missing', () => {
    const loader = join(dir(), 'missing', 'index.js');
    mkdirSync(join(dir(), 'missing'));
    copyFileSync(LOADER, loader);
    expect(loadsAsNull(loader, process.env)).toBe(true);
  });

  it('returns null, without throwing, when the module file is not loadable', () => {
    const loader = join(dir(), 'index.js');
    copyFileSync(LOADER, loader);
    writeFileSync(join(dir(), 'samsa_native.node'), 'not a shared object');
    expect(loadsAsNull(loader, process.env)).toBe(true);
  });

  if (binding) {
    it('loads the built module otherwise', () => {
      expect(loadsAsNull(LOADER, { ...process.env, SAMSA_NATIVE: '1' })).toBe(false);
    });
  }
});

describeNative('binding', (native) => {
  it('exports exactly the functions of index.d.ts', () => {
    expect(Object.keys(native).sort()).toEqual(
      [
        'crc32c',
        'crc32cImpl',
        'segmentOpen',
        'segmentSize',
        'segmentAppend',
        'segmentRead',
        'segmentMap',
        'segmentFlush',
        'segmentTruncate',
        'segmentClose',
        'indexOpen',
        'indexView',
        'indexFlush',
        'indexClose',
        'indexSearch',
        'getFileLimit',
        'setFileLimit',
      ].sort(),
    );
  });
});
