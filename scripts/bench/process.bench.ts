// Process figures: start to listening (spawn of `samsa start` to its "listening" log line, empty data directory)
// and idle RSS (RSS with 10,000 partitions is in scaling.bench.ts, which creates them anyway). Baselines in the same run: a bare Node process that only opens a
// listener (the floor for any Node server) and librdkafka's mock cluster. Medians of several starts.
// `npm run bench process`.
import { report } from './harness';
import { sleep } from './load/generator';
import { mockBinary, startBareNode, startMock, startSamsa, type RunningServer } from './load/servers';
import { QUICK, median } from './load/scenarios';

const STARTS = QUICK ? 3 : 7;

async function starts(start: () => Promise<RunningServer>): Promise<{ startMs: number; rss: number }> {
  const times: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    const s = await start();
    times.push(s.startMs);
    await sleep(500); // idle: start-up garbage has had a chance to go
    rss.push(s.rss());
    await s.stop();
  }
  return { startMs: median(times), rss: median(rss) };
}

async function main(): Promise<void> {
  const bare = await starts(startBareNode);
  const samsa = await starts(() => startSamsa());
  const mock = mockBinary();
  const ref = 'path' in mock ? await starts(() => startMock(mock.path, ['bench'])) : null;
  const startGroup = 'start to listening (spawn to ready line)';
  const bareStart = { name: 'bare node listener', value: bare.startMs };
  report({ group: startGroup, name: bareStart.name, value: bare.startMs, unit: 'ms' });
  if (ref) report({ group: startGroup, name: 'librdkafka mock', value: ref.startMs, unit: 'ms', baseline: bareStart });
  report({ group: startGroup, name: 'samsa', value: samsa.startMs, unit: 'ms', baseline: bareStart });
  const rssGroup = 'idle RSS';
  const bareRss = { name: 'bare node listener', value: bare.rss / 1e6 };
  report({ group: rssGroup, name: bareRss.name, value: bareRss.value, unit: 'MB' });
  if (ref) report({ group: rssGroup, name: 'librdkafka mock', value: ref.rss / 1e6, unit: 'MB', baseline: bareRss });
  report({ group: rssGroup, name: 'samsa', value: samsa.rss / 1e6, unit: 'MB', baseline: bareRss });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
