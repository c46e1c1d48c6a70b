// samsa's storage backends under the same produce and fetch load: native (Rust module), the TypeScript fallback
// (SAMSA_NATIVE=0) and memory (samsa.storage=memory), next to the disk ceiling measured in the same run: a raw
// loop appending the same batch with fs.writeSync to a file in the same directory (no broker, no network).
// Produce: 1 KB records in 1 MB and 16 KB batches, acks=1, 1 connection. Fetch: 1 MiB responses, 1 connection.
// `npm run bench storage-backends`.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mbPerSecond, measureSync, report } from './harness';
import { createTopic, settlePageCache, startSamsa, type SamsaOptions } from './load/servers';
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

/**
 * The memory ceiling: MB/s of copying a batch of `batchBytes` into newly allocated 8 MiB blocks, kept until the end,
 * for SECONDS. Any broker that keeps what it is sent pays this (fresh pages fault in on first write); a sink, or a
 * server that keeps only its last few hundred batches and so reuses warm memory, does not. It runs in a process of
 * its own: gigabytes of blocks left for this process's garbage collector would slow the load generator in the rows
 * after it by half.
 */
export function freshMemoryCopy(batchBytes: number): number {
  // The same module in a child process, under the same TypeScript loader (process.execArgv).
  const child = spawnSync(process.execPath, [...process.execArgv, __filename, FRESH_MEMORY_COPY, String(batchBytes)], {
    encoding: 'utf8',
  });
  const mbps = Number(child.stdout);
  if (child.status !== 0 || !Number.isFinite(mbps)) throw new Error(`fresh memory copy failed: ${child.stderr}`);
  return mbps;
}

const FRESH_MEMORY_COPY = '--fresh-memory-copy';

function freshMemoryCopyHere(batchBytes: number): number {
  const batch = randomBytes(batchBytes);
  const kept: Buffer[] = [];
  let block = Buffer.allocUnsafe(Math.max(8 * MB, batchBytes));
  let at = 0;
  const copyOne = (): number => {
    if (at + batchBytes > block.length) {
      kept.push(block);
      block = Buffer.allocUnsafe(Math.max(8 * MB, batchBytes));
      at = 0;
    }
    at += batch.copy(block, at);
    return batchBytes;
  };
  return mbPerSecond(measureSync(copyOne, SECONDS, 0));
}

const BACKENDS: ReadonlyArray<{ name: string; options: SamsaOptions }> = [
  { name: 'samsa, native storage', options: {} },
  { name: 'samsa, TypeScript fallback (SAMSA_NATIVE=0)', options: { env: { SAMSA_NATIVE: '0' } } },
  { name: 'samsa, memory storage', options: { config: { 'samsa.storage': 'memory' } } },
];

async function main(): Promise<void> {
  for (const batchBytes of [MB, 16 * KB]) {
    const { batch } = sharedBatch(1000, batchBytes);
    const group = `produce 1 KB records, ${sizeLabel(batchBytes)} batches, acks=1, 1 conn, by storage`;
    const ceiling = { name: 'raw file append', value: fileAppend(batch) };
    report({ group, name: ceiling.name, value: ceiling.value, unit: 'MB/s' });
    for (const backend of BACKENDS) {
      const samsa = await startSamsa(backend.options);
      try {
        await createTopic(samsa.port, TOPIC, 1);
        const run = await produceRun(samsa.port, { valueBytes: 1000, batchBytes, acks: 1, connections: 1 });
        report({ group, name: backend.name, value: run.mbPerSecond, unit: 'MB/s', baseline: ceiling });
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

if (require.main === module && process.argv[2] === FRESH_MEMORY_COPY) {
  process.stdout.write(String(freshMemoryCopyHere(Number(process.argv[3]))));
} else if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
