// Fetch throughput: a log of 16 KB batches (1 KB records) is read back with pipelined Fetch v11 requests of 1 MiB
// (partition_max_bytes, 64 batches), 4 in flight per connection, on 1 and 8 connections. Baselines in the same run:
// the raw TCP source answering every request with a response of the same size as samsa's (the network ceiling), and
// librdkafka's mock cluster holding the same log. MB/s counts response bytes. `npm run bench fetch`.
import { report } from './harness';
import { createTopic, mockBinary, startMock, startSamsa, startTcpBaseline, type RunningServer } from './load/servers';
import { KB, QUICK, TOPIC, fetchRun, fill, sharedBatch } from './load/scenarios';
import { produceFrame } from './load/wire';
import type { LoadResult } from './load/generator';

const BATCHES = QUICK ? 2048 : 8192; // 32 MB or 128 MB of log
const PER_FETCH = 64;
const MOCK_BATCHES = 128;

async function loaded(server: RunningServer, batch: Buffer): Promise<void> {
  await fill(server.port, produceFrame(TOPIC, 0, 1, 0, batch), BATCHES);
}

const mbps = (r: LoadResult): number => r.responseBytes / r.seconds / 1e6;

async function main(): Promise<void> {
  const { batch, records } = sharedBatch(1000, 16 * KB);
  const log = { batches: BATCHES, recordsPerBatch: records, batchBytes: batch.length };
  const mock = mockBinary();
  const samsa = await startSamsa();
  const ref = 'path' in mock ? await startMock(mock.path, [TOPIC]) : null;
  try {
    await createTopic(samsa.port, TOPIC, 1);
    await loaded(samsa, batch);
    if (ref) await fill(ref.port, produceFrame(TOPIC, 0, 1, 0, batch), MOCK_BATCHES);
    for (const connections of [1, 8]) {
      const group = `fetch 1 MiB responses of 16 KB batches, 4 in flight, ${connections} conn`;
      const ours = await fetchRun(samsa.port, log, PER_FETCH, connections);
      const source = await startTcpBaseline('source', Math.round(ours.responseBytes / ours.requests));
      const base = await fetchRun(source.port, log, PER_FETCH, connections).finally(() => source.stop());
      const sourceFigure = { name: 'raw TCP source', value: mbps(base) };
      report({ group, name: sourceFigure.name, value: sourceFigure.value, unit: 'MB/s' });
      report({ group, name: 'samsa', value: mbps(ours), unit: 'MB/s', baseline: sourceFigure });
    }
    // librdkafka's mock answers a fetch with one batch whatever partition_max_bytes allows, so it is compared on
    // requests of one batch each, where every server does the same work per response; it also keeps only the last
    // few hundred batches of a partition, so these requests stay within the first MOCK_BATCHES of the log.
    if (ref) {
      const recent = { ...log, batches: MOCK_BATCHES };
      for (const connections of [1, 8]) {
        const group = `fetch one 16 KB batch per request, 16 in flight, ${connections} conn`;
        const ours = await fetchRun(samsa.port, recent, 1, connections, 16);
        const theirs = await fetchRun(ref.port, recent, 1, connections, 16);
        const source = await startTcpBaseline('source', Math.round(ours.responseBytes / ours.requests));
        const base = await fetchRun(source.port, recent, 1, connections, 16).finally(() => source.stop());
        const sourceFigure = { name: 'raw TCP source', value: mbps(base) };
        const refFigure = { name: 'librdkafka mock', value: mbps(theirs) };
        report({ group, name: sourceFigure.name, value: sourceFigure.value, unit: 'MB/s' });
        report({ group, name: refFigure.name, value: refFigure.value, unit: 'MB/s', baseline: sourceFigure });
        report({ group, name: 'samsa', value: mbps(ours), unit: 'MB/s', baseline: refFigure });
      }
    }
  } finally {
    await samsa.stop();
    await ref?.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
