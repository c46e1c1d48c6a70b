// samsa's storage backends under the same produce and fetch load: native (Rust module), the TypeScript fallback
// (SAMSA_NATIVE=0) and memory (samsa.storage=memory). Produce is compared with the relays measured in the same run
// (load/relay-server.ts: the same frames and responses, keeping the record bytes with no broker): the disk backends
// with the socket-to-file relay, memory storage with the socket-to-memory relay; a raw loop appending the same batch
// with fs.writeSync (no network) is printed for reference. Produce: 1 KB records in 1 MB and 16 KB batches, acks=1,
// 1 connection. Fetch: 1 MiB responses, 1 connection. `npm run bench storage-backends`.
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mbPerSecond, measureSync, report } from './harness';
import { createTopic, settlePageCache, startRelay, startSamsa, type SamsaOptions } from './load/servers';
import { KB, MB, QUICK, SECONDS, TOPIC, fetchRun, fill, produceRun, sharedBatch, sizeLabel } from './load/scenarios';
import { produceFrame } from './load/wire';

/** The disk ceiling: MB/s of appending `batch` to one file for SECONDS. */
export function fileAppend(batch: Buffer): number {
  settlePageCache();
  const dir = mkdtempSync(join(process.env.SAMSA_BENCH_DIR ?? tmpdir(), 'samsa-append-'));
  const fd = openSync(join(dir, '00000000000000000000.log'), 'w');
  try {
    return mbPerSecond(measureSync(() => writeSync(fd, batch), SECONDS, 0));
  } finally {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
}

const BACKENDS: ReadonlyArray<{ name: string; options: SamsaOptions; relay: 'file' | 'memory' }> = [
  { name: 'samsa, native storage', options: {}, relay: 'file' },
  { name: 'samsa, TypeScript fallback (SAMSA_NATIVE=0)', options: { env: { SAMSA_NATIVE: '0' } }, relay: 'file' },
  { name: 'samsa, memory storage', options: { config: { 'samsa.storage': 'memory' } }, relay: 'memory' },
];

async function relayRun(mode: 'file' | 'memory', batchBytes: number): Promise<number> {
  const relay = await startRelay(mode);
  try {
    return (await produceRun(relay.port, { valueBytes: 1000, batchBytes, acks: 1, connections: 1 })).mbPerSecond;
  } finally {
    await relay.stop();
  }
}

async function main(): Promise<void> {
  for (const batchBytes of [MB, 16 * KB]) {
    const { batch } = sharedBatch(1000, batchBytes);
    const group = `produce 1 KB records, ${sizeLabel(batchBytes)} batches, acks=1, 1 conn, by storage`;
    report({ group, name: 'raw file append (no socket)', value: fileAppend(batch), unit: 'MB/s' });
    const relays = {
      file: { name: 'socket-to-file relay', value: await relayRun('file', batchBytes) },
      memory: { name: 'socket-to-memory relay', value: await relayRun('memory', batchBytes) },
    };
    report({ group, name: relays.file.name, value: relays.file.value, unit: 'MB/s' });
    report({ group, name: relays.memory.name, value: relays.memory.value, unit: 'MB/s' });
    for (const backend of BACKENDS) {
      const samsa = await startSamsa(backend.options);
      try {
        await createTopic(samsa.port, TOPIC, 1);
        const run = await produceRun(samsa.port, { valueBytes: 1000, batchBytes, acks: 1, connections: 1 });
        report({
          group,
          name: backend.name,
          value: run.mbPerSecond,
          unit: 'MB/s',
          baseline: relays[backend.relay],
        });
      } finally {
        await samsa.stop();
      }
    }
  }
  const { batch, records } = sharedBatch(1000, 16 * KB);
  const batches = QUICK ? 2048 : 4096;
  const group = 'fetch 1 MiB responses of 16 KB batches, 1 conn, by storage';
  let native = 0;
  for (const backend of BACKENDS) {
    const samsa = await startSamsa(backend.options);
    try {
      await createTopic(samsa.port, TOPIC, 1);
      await fill(samsa.port, produceFrame(TOPIC, 0, 1, 0, batch), batches);
      const run = await fetchRun(samsa.port, { batches, recordsPerBatch: records, batchBytes: batch.length }, 64, 1);
      const mbps = run.responseBytes / run.seconds / 1e6;
      if (native === 0) native = mbps;
      report({
        group,
        name: backend.name,
        value: mbps,
        unit: 'MB/s',
        baseline: { name: 'native storage', value: native },
      });
    } finally {
      await samsa.stop();
    }
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
