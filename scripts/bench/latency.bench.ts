// Latency at a fixed moderate rate, on samsa next to the raw TCP sink (the loopback and generator floor) and
// librdkafka's mock cluster, all measured in this run:
// - produce latency: 1,000 requests/s on one connection, acks=1, each request one batch of ten 100 B records,
//   timed from the write to the response;
// - end-to-end latency: the same produce stream while a consumer connection keeps one long-polling Fetch in flight
//   (max_wait_ms 500) from the next offset, timed from the produce write to the fetch response carrying the batch.
// p50/p99/p999 in ms. `npm run bench latency`; SAMSA_BENCH_LATENCY_SECONDS sets the measured seconds (default 10,
// quick 3).
import { report } from './harness';
import { percentile, runEndToEnd, runLatency } from './load/generator';
import { createTopic, mockBinary, startMock, startSamsa, startTcpBaseline, type RunningServer } from './load/servers';
import { QUICK, TOPIC, checkProduce } from './load/scenarios';
import { batchOffsets, fetchFrame, fetchPartition, produceFrame, recordBatch } from './load/wire';

const RATE = 1000;
const RECORDS = 10;
const SECONDS = Number(process.env.SAMSA_BENCH_LATENCY_SECONDS ?? (QUICK ? 3 : 10));

type Percentiles = { p50: number; p99: number; p999: number };
const summary = (us: Float64Array): Percentiles => ({
  p50: percentile(us, 0.5) / 1000,
  p99: percentile(us, 0.99) / 1000,
  p999: percentile(us, 0.999) / 1000,
});

const batch = recordBatch(RECORDS, 100);
const frames = Array.from({ length: 64 }, (_, i) => produceFrame(TOPIC, 0, 1, i, batch));

async function produceLatency(server: RunningServer): Promise<Percentiles> {
  return summary(
    await runLatency({
      port: server.port,
      rate: RATE,
      frames,
      seconds: SECONDS,
      warmupSeconds: 1,
      check: checkProduce,
    }),
  );
}

async function endToEnd(server: RunningServer): Promise<Percentiles> {
  return summary(
    await runEndToEnd({
      port: server.port,
      rate: RATE,
      recordsPerBatch: RECORDS,
      seconds: SECONDS,
      warmupSeconds: 1,
      produce: (i) => frames[i % frames.length] as (typeof frames)[number],
      fetch: (offset, correlationId) => fetchFrame(TOPIC, 0, offset, 1 << 20, correlationId, 500, 1),
      batches: (body) => {
        const { errorCode, records } = fetchPartition(body);
        if (errorCode !== 0) throw new Error(`fetch failed with error ${errorCode}`);
        return batchOffsets(records);
      },
    }),
  );
}

async function main(): Promise<void> {
  const produceGroup = `produce latency, ${RATE} req/s, acks=1, ${RECORDS} x 100 B records, 1 conn`;
  const e2eGroup = `end-to-end latency (produce write to fetch response), ${RATE} batches/s of ${RECORDS} x 100 B, acks=1`;
  const sink = await startTcpBaseline('sink');
  const floor = await produceLatency(sink).finally(() => sink.stop());
  const withSamsa = async <T>(run: (s: RunningServer) => Promise<T>): Promise<T> => {
    const s = await startSamsa();
    return createTopic(s.port, TOPIC, 1)
      .then(() => run(s))
      .finally(() => s.stop());
  };
  const ours = await withSamsa(produceLatency);
  const oursE2e = await withSamsa(endToEnd);
  const mock = mockBinary();
  const withMock = async <T>(run: (s: RunningServer) => Promise<T>): Promise<T | null> =>
    'path' in mock ? startMock(mock.path, [TOPIC]).then((m) => run(m).finally(() => m.stop())) : null;
  const theirs = await withMock(produceLatency);
  const theirsE2e = await withMock(endToEnd);
  for (const p of ['p50', 'p99', 'p999'] as const) {
    report({ group: produceGroup, name: `raw TCP sink ${p}`, value: floor[p], unit: 'ms' });
    if (theirs)
      report({
        group: produceGroup,
        name: `librdkafka mock ${p}`,
        value: theirs[p],
        unit: 'ms',
        baseline: { name: `raw TCP sink ${p}`, value: floor[p] },
      });
    report({
      group: produceGroup,
      name: `samsa ${p}`,
      value: ours[p],
      unit: 'ms',
      baseline: { name: `raw TCP sink ${p}`, value: floor[p] },
    });
  }
  for (const p of ['p50', 'p99', 'p999'] as const) {
    if (theirsE2e) report({ group: e2eGroup, name: `librdkafka mock ${p}`, value: theirsE2e[p], unit: 'ms' });
    const baseline = theirsE2e ? { name: `librdkafka mock ${p}`, value: theirsE2e[p] } : undefined;
    report({ group: e2eGroup, name: `samsa ${p}`, value: oursE2e[p], unit: 'ms', baseline });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
