// Produce throughput as a client sees it, with the raw-protocol generator (pre-built batches, pipelined requests):
// 100 B and 1 KB records, 16 KB and 1 MB batches, acks=1 and acks=all, 1 and 8 connections. Each shape runs against
// the raw TCP sink (the network ceiling: same frames, same responses, no broker, nothing kept), the socket-to-file
// relay (the same, appending each request's record bytes to a file with one write: the ceiling of a durable broker
// on this machine), samsa started through its CLI with disk storage (the native backend), the socket-to-memory relay
// (keeping the record bytes in memory blocks grown as samsa's memory storage grows them), samsa on memory storage,
// and librdkafka's mock cluster (in memory, keeps only a partition's last few hundred batches), each a fresh process.
// samsa on disk is reported against the file relay, samsa on memory against the memory relay.
// SAMSA_BENCH_QUICK=1 runs only the 1 KB records on 1 connection. `npm run bench produce`.
import { report } from './harness';
import {
  createTopic,
  mockBinary,
  startMock,
  startRelay,
  startSamsa,
  startTcpBaseline,
  type RunningServer,
  type SamsaOptions,
} from './load/servers';
import { KB, MB, QUICK, TOPIC, produceRun, sizeLabel, type ProduceRun, type ProduceShape } from './load/scenarios';

async function withServer<T>(start: () => Promise<RunningServer>, run: (s: RunningServer) => Promise<T>): Promise<T> {
  const s = await start();
  try {
    return await run(s);
  } finally {
    await s.stop();
  }
}

const onRelay = (mode: 'file' | 'memory', shape: ProduceShape): Promise<ProduceRun> =>
  withServer(
    () => startRelay(mode),
    (s) => produceRun(s.port, shape),
  );

const onSamsa = (shape: ProduceShape, options: SamsaOptions = {}): Promise<ProduceRun> =>
  withServer(
    () => startSamsa(options),
    async (s) => {
      await createTopic(s.port, TOPIC, 1);
      return produceRun(s.port, shape);
    },
  );

async function main(): Promise<void> {
  const mock = mockBinary();
  if ('error' in mock) console.log(`librdkafka mock unavailable, its rows are left out: ${mock.error}`);
  const sink = await startTcpBaseline('sink');
  try {
    for (const valueBytes of QUICK ? [1000] : [100, 1000]) {
      for (const batchBytes of [16 * KB, MB]) {
        for (const acks of [1, -1]) {
          for (const connections of QUICK ? [1] : [1, 8]) {
            const shape: ProduceShape = { valueBytes, batchBytes, acks, connections };
            const group = `produce ${sizeLabel(valueBytes)} records, ${sizeLabel(batchBytes)} batches, acks=${acks === -1 ? 'all' : acks}, ${connections} conn`;
            const base = await produceRun(sink.port, shape);
            const fileRelay = await onRelay('file', shape);
            const disk = await onSamsa(shape);
            const memoryRelay = await onRelay('memory', shape);
            const memory = await onSamsa(shape, { config: { 'samsa.storage': 'memory' } });
            const sinkFigure = { name: 'raw TCP sink', value: base.mbPerSecond };
            const fileFigure = { name: 'socket-to-file relay', value: fileRelay.mbPerSecond };
            const memoryFigure = { name: 'socket-to-memory relay', value: memoryRelay.mbPerSecond };
            report({ group, name: sinkFigure.name, value: base.mbPerSecond, unit: 'MB/s' });
            report({ group, name: fileFigure.name, value: fileFigure.value, unit: 'MB/s', baseline: sinkFigure });
            report({ group, name: memoryFigure.name, value: memoryFigure.value, unit: 'MB/s', baseline: sinkFigure });
            report({ group, name: 'samsa, disk storage', value: disk.mbPerSecond, unit: 'MB/s', baseline: fileFigure });
            report({
              group,
              name: 'samsa, memory storage',
              value: memory.mbPerSecond,
              unit: 'MB/s',
              baseline: memoryFigure,
            });
            if ('path' in mock) {
              const ref = await withServer(
                () => startMock(mock.path, [TOPIC]),
                (s) => produceRun(s.port, shape),
              );
              report({ group, name: 'librdkafka mock', value: ref.mbPerSecond, unit: 'MB/s', baseline: sinkFigure });
              report({
                group,
                name: 'samsa, disk storage',
                value: disk.recordsPerSecond,
                unit: 'records/s',
                baseline: { name: 'librdkafka mock', value: ref.recordsPerSecond },
              });
            } else {
              report({ group, name: 'samsa, disk storage', value: disk.recordsPerSecond, unit: 'records/s' });
            }
          }
        }
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
