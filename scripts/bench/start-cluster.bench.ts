// Embedding figure: time from `startCluster()` to its promise resolving (every listener bound, ready for clients),
// one broker and three, memory storage, in this process. The first start pays module initialisation; the median of
// the following ones is what each test file pays. Baseline in the same run: a bare `net` listener on port 0.
// `npm run bench start-cluster`.
import { createServer } from 'node:net';
import { startCluster } from '@samsa/broker';
import { report } from './harness';
import { QUICK, median } from './load/scenarios';

const STARTS = QUICK ? 10 : 30;

async function timeStarts(start: () => Promise<() => Promise<void>>): Promise<{ first: number; median: number }> {
  const times: number[] = [];
  for (let i = 0; i <= STARTS; i++) {
    const t0 = performance.now();
    const stop = await start();
    times.push(performance.now() - t0);
    await stop();
  }
  return { first: times[0] as number, median: median(times.slice(1)) };
}

async function main(): Promise<void> {
  const bare = await timeStarts(async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return () => new Promise<void>((resolve) => server.close(() => resolve()));
  });
  const one = await timeStarts(async () => (await startCluster()).stop);
  const three = await timeStarts(async () => (await startCluster({ brokers: 3 })).stop);
  const group = 'startCluster to ready (in process, memory storage)';
  const baseline = { name: 'bare net listener', value: bare.median };
  report({ group, name: baseline.name, value: bare.median, unit: 'ms' });
  report({ group, name: '1 broker, first start', value: one.first, unit: 'ms', baseline });
  report({ group, name: '1 broker', value: one.median, unit: 'ms', baseline });
  report({ group, name: '3 brokers', value: three.median, unit: 'ms', baseline });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
