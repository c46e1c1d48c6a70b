// Produce latency at a fixed moderate rate: 1,000 requests/s on one connection, acks=1, each request one batch of
// ten 100 B records, timed from the write to the response. p50/p99/p999 in ms for samsa, next to the raw TCP sink
// (the loopback and generator floor) and librdkafka's mock cluster, all measured in this run.
// `npm run bench latency`; SAMSA_BENCH_LATENCY_SECONDS sets the measured seconds (default 10, quick 3).
import { report } from './harness';
import { percentile, runLatency } from './load/generator';
import { createTopic, mockBinary, startMock, startSamsa, startTcpBaseline, type RunningServer } from './load/servers';
import { QUICK, TOPIC, checkProduce } from './load/scenarios';
import { produceFrame, recordBatch } from './load/wire';

const RATE = 1000;
const SECONDS = Number(process.env.SAMSA_BENCH_LATENCY_SECONDS ?? (QUICK ? 3 : 10));

async function measure(server: RunningServer): Promise<{ p50: number; p99: number; p999: number }> {
  const batch = recordBatch(10, 100);
  const frames = Array.from({ length: 64 }, (_, i) => produceFrame(TOPIC, 0, 1, i, batch));
  const us = await runLatency({ port: server.port, rate: RATE, frames, seconds: SECONDS, warmupSeconds: 1, check: checkProduce });
  return { p50: percentile(us, 0.5) / 1000, p99: percentile(us, 0.99) / 1000, p999: percentile(us, 0.999) / 1000 };
}

async function main(): Promise<void> {
  const group = `produce latency, ${RATE} req/s, acks=1, 10 x 100 B records, 1 conn`;
  const sink = await startTcpBaseline('sink');
  const floor = await measure(sink).finally(() => sink.stop());
  const samsa = await startSamsa();
  const ours = await createTopic(samsa.port, TOPIC, 1).then(() => measure(samsa)).finally(() => samsa.stop());
  const mock = mockBinary();
  const theirs = 'path' in mock ? await startMock(mock.path, [TOPIC]).then((m) => measure(m).finally(() => m.stop())) : null;
  for (const p of ['p50', 'p99', 'p999'] as const) {
    report({ group, name: `raw TCP sink ${p}`, value: floor[p], unit: 'ms' });
    if (theirs) report({ group, name: `librdkafka mock ${p}`, value: theirs[p], unit: 'ms', baseline: { name: `raw TCP sink ${p}`, value: floor[p] } });
    report({ group, name: `samsa ${p}`, value: ours[p], unit: 'ms', baseline: { name: `raw TCP sink ${p}`, value: floor[p] } });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
