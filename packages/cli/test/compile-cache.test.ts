import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// The cache hooks Node's own CommonJS loader, so it is exercised in child processes running the built module.
const ROOT = resolve(__dirname, '../../..');
const DIST = join(ROOT, 'packages/cli/dist/src');
const BIN = join(DIST, 'main.js');

interface RunResult {
  readonly value: { text: string; dir: string; resolved: string; sibling: string };
  readonly stats: { hits: number; misses: number };
  readonly wrote: boolean;
}

describe('compile cache', () => {
  let dir: string;
  let cacheDir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'samsa-cc-'));
    cacheDir = join(dir, 'cache');
    writeFileSync(
      join(dir, 'run.js'),
      `const cc = require(${JSON.stringify(join(DIST, 'compile-cache.js'))}).enableCompileCache(process.argv[2]);
const value = require('./mod');
const wrote = cc.save();
process.stdout.write(JSON.stringify({ value, stats: cc.stats, wrote }));
`,
    );
    writeFileSync(join(dir, 'sibling.js'), "module.exports = 'sibling';\n");
    writeModule('aaaa');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function writeModule(text: string): void {
    writeFileSync(
      join(dir, 'mod.js'),
      `module.exports = { text: '${text}', dir: __dirname, resolved: require.resolve('./sibling'), sibling: require('./sibling') };\n`,
    );
  }

  function run(): RunResult {
    return JSON.parse(
      execFileSync(process.execPath, [join(dir, 'run.js'), cacheDir], { encoding: 'utf8' }),
    ) as RunResult;
  }

  it('compiles afresh and writes the cache, then runs from it with the same result', () => {
    const first = run();
    expect(first.stats).toEqual({ hits: 0, misses: 2 });
    expect(first.wrote).toBe(true);
    expect(readdirSync(cacheDir)).toEqual([`samsa-compile-cache-1-${process.version}-${process.arch}.bin`]);
    const second = run();
    expect(second.stats).toEqual({ hits: 2, misses: 0 });
    expect(second.wrote).toBe(false);
    expect(second.value).toEqual(first.value);
    expect(second.value).toEqual({ text: 'aaaa', dir, resolved: join(dir, 'sibling.js'), sibling: 'sibling' });
  });

  it('never runs the bytecode of an edited module, even of the same length', () => {
    run();
    writeModule('bbbb');
    const edited = run();
    expect(edited.value.text).toBe('bbbb');
    expect(edited.stats).toEqual({ hits: 1, misses: 1 });
    expect(edited.wrote).toBe(true);
    expect(run().stats).toEqual({ hits: 2, misses: 0 });
  });

  it('ignores a corrupt cache file and replaces it', () => {
    run();
    const [file] = readdirSync(cacheDir);
    writeFileSync(join(cacheDir, file as string), Buffer.from([0xff, 0xff, 0xff, 0x7f, 1, 2, 3]));
    const afterCorruption = run();
    expect(afterCorruption.value.text).toBe('aaaa');
    expect(afterCorruption.stats).toEqual({ hits: 0, misses: 2 });
    expect(run().stats).toEqual({ hits: 2, misses: 0 });
  });

  it('is used by the samsa binary and off with SAMSA_COMPILE_CACHE=0', () => {
    const help = (cache: string): string =>
      execFileSync(process.execPath, [BIN, 'help'], {
        encoding: 'utf8',
        env: { ...process.env, SAMSA_COMPILE_CACHE: cache },
      });
    const off = help('0');
    expect(existsSync(cacheDir)).toBe(false);
    const cold = help(cacheDir);
    expect(readdirSync(cacheDir)).toHaveLength(1);
    expect(help(cacheDir)).toBe(cold);
    expect(cold).toBe(off);
    expect(cold).toContain('samsa');
  });
});
