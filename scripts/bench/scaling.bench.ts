// Scaling curves (charted by run.ts): produce throughput against the number of partitions (1, 100, 1,000, and
// 10,000 with SAMSA_BENCH_FULL=1; each request one 16 KB batch of 1 KB records for the next partition in turn,
// 8 connections, acks=1), on disk and memory storage, and against the number of connections (1, 10, 100, 1,000;
// 4 requests in flight on each), plus samsa's RSS holding 1,000 (and 10,000) partitions. Baselines in the same run:
// the raw TCP sink under the same connections, and samsa's own 1-partition figure. SAMSA_BENCH_QUICK=1 stops the
// sweeps at 100 partitions and 100 connections. `npm run bench scaling`.
import { report } from './harness';
import { createTopic, startSamsa, startTcpBaseline } from './load/servers';
import { KB, QUICK, TOPIC, produceRun } from './load/scenarios';

const FULL = process.env.SAMSA_BENCH_FULL === '1';
const CONNECTIONS = QUICK ? [1, 10, 100] : [1, 10, 100, 1000];
// Disk storage stops at 1,000 partitions: each partition holds three descriptors (segment, offset and time index),
// so 10,000 exceed a 20,000 open-file limit. 10,000 partitions run on memory storage, and only with
// SAMSA_BENCH_FULL=1, which adds about three minutes to the run (the produce runs and the brokers' start and stop).
const STORAGES: ReadonlyArray<{ name: string; config: Record<string, string>; partitions: readonly number[] }> = [
  { name: 'disk storage', config: {}, partitions: QUICK ? [1, 100] : [1, 100, 1000] },
  {
    name: 'memory storage',
    config: { 'samsa.storage': 'memory' },
    partitions: QUICK ? [1, 100] : FULL ? [1, 100, 1000, 10000] : [1, 100, 1000],
  },
];

async function main(): Promise<void> {
  const shape = { valueBytes: 1000, batchBytes: 16 * KB, acks: 1 };
  const sink = await startTcpBaseline('sink');
  try {
    const byPartitions = {
      id: 'produce-vs-partitions',
      title: 'Produce MB/s vs partitions (16 KB batches, 8 connections, acks=1)',
      xLabel: 'partitions',
    };
    const sinkRun = await produceRun(sink.port, { ...shape, connections: 8 });
    for (const storage of STORAGES) {
      let onePartition = 0;
      for (const partitions of storage.partitions) {
        // A fresh broker per point, so each point's log and page cache start empty.
        const samsa = await startSamsa({ config: storage.config });
        try {
          const at = performance.now();
          await createTopic(samsa.port, TOPIC, partitions);
          const createMs = performance.now() - at;
          const rssAfterCreate = samsa.rss();
          const run = await produceRun(samsa.port, { ...shape, connections: 8, partitions });
          if (partitions === 1) onePartition = run.mbPerSecond;
          const group = `produce vs partitions: ${partitions.toLocaleString('en-US')}, ${storage.name}`;
          const series = `samsa, ${storage.name}`;
          report({
            group,
            name: 'raw TCP sink',
            value: sinkRun.mbPerSecond,
            unit: 'MB/s',
            chart: { ...byPartitions, x: partitions, series: 'raw TCP sink' },
          });
          report({
            group,
            name: 'samsa',
            value: run.mbPerSecond,
            unit: 'MB/s',
            baseline: { name: 'samsa, 1 partition', value: onePartition },
            chart: { ...byPartitions, x: partitions, series },
          });
          report({ group, name: 'samsa CreateTopics time', value: createMs, unit: 'ms' });
          if (partitions >= 1000) {
            const rssGroup = `RSS with ${partitions.toLocaleString('en-US')} partitions, ${storage.name}`;
            report({ group: rssGroup, name: 'samsa, topic created', value: rssAfterCreate / 1e6, unit: 'MB' });
            report({ group: rssGroup, name: 'samsa, after the produce run', value: samsa.rss() / 1e6, unit: 'MB' });
          }
        } finally {
          await samsa.stop();
        }
      }
    }

    const byConnections = {
      id: 'produce-vs-connections',
      title: 'Produce MB/s vs connections (16 KB batches, 4 in flight each, acks=1)',
      xLabel: 'connections',
    };
    for (const connections of CONNECTIONS) {
      // A fresh broker per point: on one long-lived broker each point would append to a log already gigabytes
      // long, and later points would measure the page cache's writeback throttling instead of the connections.
      const samsa = await startSamsa();
      try {
        await createTopic(samsa.port, TOPIC, 1);
        const group = `produce vs connections: ${connections.toLocaleString('en-US')}`;
        const base = await produceRun(sink.port, { ...shape, connections, window: 4 });
        const run = await produceRun(samsa.port, { ...shape, connections, window: 4 });
        const baseline = { name: 'raw TCP sink', value: base.mbPerSecond };
        report({
          group,
          name: baseline.name,
          value: base.mbPerSecond,
          unit: 'MB/s',
          chart: { ...byConnections, x: connections, series: 'raw TCP sink' },
        });
        report({
          group,
          name: 'samsa',
          value: run.mbPerSecond,
          unit: 'MB/s',
          baseline,
          chart: { ...byConnections, x: connections, series: 'samsa' },
        });
      } finally {
        await samsa.stop();
      }
    }
  } finally {
    await sink.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
