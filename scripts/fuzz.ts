// `npm run fuzz -- --minutes N [--seed S] [--storage memory|disk]`: the protocol fuzzer of `npm test`
// (packages/broker/test/fuzz/engine.ts) run for longer: rounds of at most a minute, each against a fresh broker with
// the next seed (S, S+1, ...), each sweeping every served API and version once and then drawing frames at random.
// Prints what it sent (frames per API and version, per mutation), what came back, the broker's error-level log lines,
// the batches it checked in the logs and every failure, and exits 1 when there is one.
import { emptyReport, fuzzBroker, type FuzzReport } from '../packages/broker/test/fuzz/engine';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? (process.argv[i + 1] as string) : fallback;
}

const minutes = Number(option('minutes', '1'));
const firstSeed = Number(option('seed', String(Date.now() % 1_000_000)));
const storage = option('storage', 'memory') === 'disk' ? 'disk' : 'memory';
const ROUND_MS = 60_000;

function table(title: string, entries: Iterable<[string, number]>): string {
  const rows = [...entries].sort((a, b) => b[1] - a[1]);
  return [`${title} (${rows.length}):`, ...rows.map(([k, n]) => `  ${String(n).padStart(8)}  ${k}`)].join('\n');
}

async function main(): Promise<number> {
  if (!Number.isFinite(minutes) || minutes <= 0) throw new Error('--minutes takes a positive number');
  const deadline = Date.now() + minutes * 60_000;
  const report: FuzzReport = emptyReport();
  const started = Date.now();
  let seed = firstSeed;
  console.log(`fuzzing for ${minutes} min from seed ${firstSeed}, ${storage} storage`);
  while (Date.now() < deadline) {
    const left = deadline - Date.now();
    const before = report.frames;
    await fuzzBroker(
      {
        seed,
        runs: Number.MAX_SAFE_INTEGER,
        timeLimitMs: Math.min(ROUND_MS, left),
        pendingMs: 2000,
        storage,
        progressEvery: 5000,
        onProgress: (r) => console.log(`  ${r.frames} frames, ${r.failures.length} failures`),
      },
      report,
    );
    console.log(
      `seed ${seed}: ${report.frames - before} frames (total ${report.frames}, ${report.failures.length} failures)`,
    );
    seed++;
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `\n${report.frames} frames in ${seconds.toFixed(0)} s (${(report.frames / seconds).toFixed(0)}/s), seeds ${firstSeed}-${seed - 1}`,
  );
  console.log(
    `outcomes: ${JSON.stringify(report.outcomes)}; health checks of the other client: ${report.healthChecks}`,
  );
  console.log(`stored batches checked record by record: ${report.storedBatches} (${report.storedRecords} records)`);
  console.log(table('produce results, per partition', report.produceResults));
  console.log(table('mutations', report.byMutation));
  console.log(table('frames per API and version', report.byApi));
  console.log(table('error-level broker log lines', report.errorLogs));
  console.log(`failures (${report.failures.length}):`);
  for (const f of report.failures) console.log(`  ${f}`);
  return report.failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(2);
  },
);
