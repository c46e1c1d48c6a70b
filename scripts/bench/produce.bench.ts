// Produce throughput as a client sees it, with the raw-protocol generator (pre-built batches, pipelined requests):
// 100 B and 1 KB records, 16 KB and 1 MB batches, acks=1 and acks=all, 1 and 8 connections. Each shape runs against
// the raw TCP sink (the network ceiling: same frames, same responses, no broker), samsa started through its CLI with
// disk storage, and librdkafka's mock cluster (in memory), each a fresh process. For 1 KB records in 1 MB batches,
// two more rows say what bounds samsa there: a raw file-append loop writing the same batch (the page-cache write
// ceiling of this machine; sustained appends slow to the disk's writeback rate once dirty pages pile up), a loop
// copying it into newly allocated memory (the ceiling of keeping the bytes in RAM at all: fresh pages fault in on
// first write, which neither the sink nor the mock, which keeps only its last few hundred batches, pays) and samsa
// on memory storage (samsa.storage=memory). `npm run bench produce`.
import { report } from './harness';
import { mockBinary, startMock, startSamsa, startTcpBaseline, createTopic, type RunningServer } from './load/servers';
import { KB, MB, TOPIC, produceRun, sharedBatch, sizeLabel, type ProduceShape } from './load/scenarios';
import { fileAppend, freshMemoryCopy } from './storage-backends.bench';

async function withServer<T>(start: () => Promise<RunningServer>, run: (s: RunningServer) => Promise<T>): Promise<T> {
  const s = await start();
  try {
    return await run(s);
  } finally {
    await s.stop();
  }
}

async function main(): Promise<void> {
  const mock = mockBinary();
  if ('error' in mock) console.log(`librdkafka mock unavailable, its rows are left out: ${mock.error}`);
  const sink = await startTcpBaseline('sink');
  try {
    for (const valueBytes of [100, 1000]) {
      for (const batchBytes of [16 * KB, MB]) {
        for (const acks of [1, -1]) {
          for (const connections of [1, 8]) {
            const shape: ProduceShape = { valueBytes, batchBytes, acks, connections };
            const group = `produce ${sizeLabel(valueBytes)} records, ${sizeLabel(batchBytes)} batches, acks=${acks === -1 ? 'all' : acks}, ${connections} conn`;
            const base = await produceRun(sink.port, shape);
            const samsa = await withServer(
              () => startSamsa(),
              async (s) => {
                await createTopic(s.port, TOPIC, 1);
                return produceRun(s.port, shape);
              },
            );
            const sinkFigure = { name: 'raw TCP sink', value: base.mbPerSecond };
            report({ group, name: sinkFigure.name, value: base.mbPerSecond, unit: 'MB/s' });
            report({ group, name: 'samsa', value: samsa.mbPerSecond, unit: 'MB/s', baseline: sinkFigure });
            if (valueBytes === 1000 && batchBytes === MB && acks === 1) {
              const { batch } = sharedBatch(valueBytes, batchBytes);
              const ceiling = { name: 'raw file append', value: fileAppend(batch) };
              report({ group, name: ceiling.name, value: ceiling.value, unit: 'MB/s', baseline: sinkFigure });
              report({ group, name: 'samsa, disk storage', value: samsa.mbPerSecond, unit: 'MB/s', baseline: ceiling });
              const memory = await withServer(
                () => startSamsa({ config: { 'samsa.storage': 'memory' } }),
                async (s) => {
                  await createTopic(s.port, TOPIC, 1);
                  return produceRun(s.port, shape);
                },
              );
              const memoryCeiling = { name: 'copy into fresh memory', value: freshMemoryCopy(batch.length) };
              report({
                group,
                name: memoryCeiling.name,
                value: memoryCeiling.value,
                unit: 'MB/s',
                baseline: sinkFigure,
              });
              report({
                group,
                name: 'samsa, memory storage',
                value: memory.mbPerSecond,
                unit: 'MB/s',
                baseline: sinkFigure,
              });
              report({
                group,
                name: 'samsa, memory storage',
                value: memory.mbPerSecond,
                unit: 'MB/s',
                baseline: memoryCeiling,
              });
            }
            if ('path' in mock) {
              const ref = await withServer(
                () => startMock(mock.path, [TOPIC]),
                (s) => produceRun(s.port, shape),
              );
              report({ group, name: 'librdkafka mock', value: ref.mbPerSecond, unit: 'MB/s', baseline: sinkFigure });
              report({
                group,
                name: 'samsa',
                value: samsa.recordsPerSecond,
                unit: 'records/s',
                baseline: { name: 'librdkafka mock', value: ref.recordsPerSecond },
              });
            } else {
              report({ group, name: 'samsa', value: samsa.recordsPerSecond, unit: 'records/s' });
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
