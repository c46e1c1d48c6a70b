// `npm run bench [filter]`: runs every `*.bench.ts` under native/bench, packages/*/bench and scripts/bench (those
// whose path contains `filter`), each in its own process, then writes bench-results/latest.json (every figure, with
// the file that measured it), latest.md (the same as markdown tables) and PNG charts of the scaling curves.
// SAMSA_BENCH_QUICK=1 shortens the system benches (a smoke pass of about three minutes).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, relative } from 'node:path';
import type { Figure } from './harness';
import { charts, markdown, type FileFigures } from './report-writer';

const root = join(__dirname, '..', '..');
const filter = process.argv[2];

function benchFiles(): string[] {
  const dirs = [join(root, 'native', 'bench')];
  for (const pkg of readdirSync(join(root, 'packages'))) dirs.push(join(root, 'packages', pkg, 'bench'));
  dirs.push(join(root, 'scripts', 'bench'));
  const files: string[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.bench.ts')) files.push(join(dir, f));
  }
  // Matched on the path inside the repository, so a checkout's own directory name selects nothing.
  return files.filter((f) => !filter || relative(root, f).includes(filter));
}

function readFigures(file: string): Figure[] {
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8').trim();
  return text === '' ? [] : text.split('\n').map((l) => JSON.parse(l) as Figure);
}

async function main(): Promise<number> {
  const resultsDir = join(root, 'bench-results');
  mkdirSync(resultsDir, { recursive: true });
  const figuresFile = join(resultsDir, 'figures.jsonl');
  rmSync(figuresFile, { force: true });
  const started = Date.now();
  const runs: FileFigures[] = [];
  let failed = 0;
  for (const file of benchFiles()) {
    const name = relative(root, file);
    console.log(`\n## ${name}\n`);
    console.log('| group | measured | value | vs baseline |');
    console.log('| --- | --- | --- | --- |');
    const before = readFigures(figuresFile).length;
    const t = Date.now();
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', file], {
      stdio: 'inherit',
      env: { ...process.env, SAMSA_BENCH_RESULTS: resultsDir },
    });
    if (run.status !== 0) {
      failed++;
      console.log(`${name} failed (exit ${run.status})`);
    }
    console.log(`(${((Date.now() - t) / 1000).toFixed(0)} s)`);
    runs.push({ file: name, figures: readFigures(figuresFile).slice(before) });
  }
  const command = `npm run bench${filter ? ` ${filter}` : ''}${process.env.SAMSA_BENCH_QUICK === '1' ? ' (SAMSA_BENCH_QUICK=1)' : ''}`;
  const machine = `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`;
  const date = new Date().toISOString();
  writeFileSync(
    join(resultsDir, 'latest.json'),
    `${JSON.stringify({ date, command, machine, seconds: (Date.now() - started) / 1000, runs }, null, 2)}\n`,
  );
  const header = `# samsa benchmarks\n\n${date} · \`${command}\` · ${machine} · ${((Date.now() - started) / 1000).toFixed(0)} s`;
  writeFileSync(join(resultsDir, 'latest.md'), markdown(runs, header));
  const pngs = await charts(
    runs.flatMap((r) => r.figures),
    resultsDir,
  );
  console.log(
    `\nwrote ${relative(root, join(resultsDir, 'latest.json'))}, latest.md${pngs.length > 0 ? `, ${pngs.map((p) => relative(resultsDir, p)).join(', ')}` : ''}`,
  );
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
