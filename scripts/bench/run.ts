// `npm run bench`: runs every `*.bench.ts` under packages/*/bench and native/bench,
// each in its own process, and writes the figures to bench-results/.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

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
  return files.filter((f) => !filter || f.includes(filter));
}

const resultsDir = join(root, 'bench-results');
rmSync(join(resultsDir, 'figures.jsonl'), { force: true });
let failed = 0;
for (const file of benchFiles()) {
  console.log(`\n## ${relative(root, file)}\n`);
  console.log('| group | measured | value | vs baseline |');
  console.log('| --- | --- | --- | --- |');
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', file], {
    stdio: 'inherit',
    env: { ...process.env, SAMSA_BENCH_RESULTS: resultsDir },
  });
  if (run.status !== 0) failed++;
}
const figuresFile = join(resultsDir, 'figures.jsonl');
if (existsSync(figuresFile)) {
  const figures = readFileSync(figuresFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as unknown);
  writeFileSync(join(resultsDir, 'latest.json'), JSON.stringify(figures, null, 2) + '\n');
}
process.exit(failed === 0 ? 0 : 1);
