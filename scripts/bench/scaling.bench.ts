// Scaling curves (charted by run.ts): produce throughput against the number of partitions (1, 100, 1,000, and
// 10,000 with SAMSA_BENCH_FULL=1; each request one 16 KB batch of 1 KB records for the next partition in turn,
// 8 connections, acks=1), on disk and memory storage, and against the number of connections (1, 10, 100, 1,000;
// 4 requests in flight on each), plus samsa's RSS and open file descriptors at each point: with the topic just
// created, right after the produce run, and idle a few seconds after one more batch went to every partition. Baselines in the same run: the raw TCP sink
// under the same connections, and samsa's own 1-partition figure. SAMSA_BENCH_QUICK=1 stops the sweeps at 100
// partitions and 100 connections. `npm run bench scaling`.
import { report } from './harness';
import { sleep } from './load/generator';
import { createTopic, startSamsa, startTcpBaseline, type RunningServer } from './load/servers';
import { KB, QUICK, TOPIC, produceRun, produceToEach } from './load/scenarios';

const FULL = process.env.SAMSA_BENCH_FULL === '1';
const CONNECTIONS = QUICK ? [1, 10, 100] : [1, 10, 100, 1000];
// 10,000 partitions run only with SAMSA_BENCH_FULL=1 (a few more minutes: on disk, creating, opening and closing
// 10,000 partitions' files). Disk storage holds them within the broker's open-file budget (samsa.max.open.files,
// from the open-file limit the broker raises to its hard value at start-up): indexes are mapped without a
// descriptor and segment files live in a bounded cache of open handles.
const STORAGES: ReadonlyArray<{ name: string; config: Record<string, string>; partitions: readonly number[] }> = [
  { name: 'disk storage', config: {}, partitions: QUICK ? [1, 100] : FULL ? [1, 100, 1000, 10000] : [1, 100, 1000] },
  {
    name: 'memory storage',
    config: { 'samsa.storage': 'memory' },
    partitions: QUICK ? [1, 100] : FULL ? [1, 100, 1000, 10000] : [1, 100, 1000],
  },
];
/** How long a broker sits without requests before its idle RSS is read. */
const IDLE_MS = 5000;

/** RSS (MB) and open descriptors of a broker, for one moment of a point. */
function footprint(group: string, moment: string, samsa: RunningServer): void {
  report({ group, name: `samsa RSS, ${moment}`, value: samsa.rss() / 1e6, unit: 'MB' });
  report({ group, name: `samsa open descriptors, ${moment}`, value: samsa.fds(), unit: 'fds' });
}

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
          const group = `produce vs partitions: ${partitions.toLocaleString('en-US')}, ${storage.name}`;
          const footprintGroup = `footprint with ${partitions.toLocaleString('en-US')} partitions, ${storage.name}`;
          footprint(footprintGroup, 'topic created', samsa);
          const run = await produceRun(samsa.port, { ...shape, connections: 8, partitions });
          if (partitions === 1) onePartition = run.mbPerSecond;
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
          footprint(footprintGroup, 'after the produce run', samsa);
          // The timed run may not reach every partition of 10,000 (the first append to each writes its leader epoch
          // checkpoint with an fsync, as Kafka does): one more batch to each, then the broker sits idle.
          await produceToEach(samsa.port, partitions, shape);
          await sleep(IDLE_MS);
          footprint(footprintGroup, `idle ${IDLE_MS / 1000} s after a batch to every partition`, samsa);
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
