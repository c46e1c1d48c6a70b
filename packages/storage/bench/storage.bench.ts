// Storage throughput per backend, each figure next to a baseline measured in the same run on the
// same disk:
//  - append: PartitionLog.append (header checks, CRC32C, offset assignment, index upkeep) with
//    Kafka's default segment.bytes (1 GiB), a fresh log per measurement, against a raw
//    fs.writeSync loop into a fresh file. This is the engine's cost over the write syscall;
//  - append with rolls: 128 MiB segments, the rolled segment fsynced in the background as Kafka
//    does, retention keeping two segments, against a raw writeSync loop with the same file
//    lifecycle (new file every 128 MiB, the rolled one fdatasync'ed on the thread pool, older ones
//    deleted). Both then pay for the disk write-back, which dominates;
//  - read: PartitionLog.read from offset 0 to the end (whole batches, 1 MiB per read like a fetch)
//    against a raw fs.readSync loop over a file of the same bytes.
// Batches of 1 KB, 16 KB and 1 MB; native, fallback (node:fs) and memory. The machine may be
// shared, so every measurement is repeated in interleaved rounds (raw and each backend, in an
// order that changes from round to round) and the medians are reported; between slices every
// runner's data is fsynced or deleted, so each slice starts with no dirty pages left by another.
// Files go under SAMSA_BENCH_DIR when set, else the system temp dir; SAMSA_BENCH_ROUNDS and
// SAMSA_BENCH_SECONDS (per slice) tune the run, SAMSA_BENCH_VERBOSE=1 prints every slice.
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pino from 'pino';
import { buildRecordBatch, setCrc32cImplementation } from '@samsa/protocol';
import {
  FallbackSegmentIO,
  MemorySegmentIO,
  NativeSegmentIO,
  PartitionLog,
  loadNativeBinding,
  resolveLogConfig,
  useNativeCrc32c,
  type SegmentIO,
} from '../src';

interface Measurement {
  ops: number;
  bytes: number;
  seconds: number;
}
interface Harness {
  measureSync(step: () => number, seconds?: number, warmupSeconds?: number): Measurement;
  report(figure: {
    group: string;
    name: string;
    value: number;
    unit: string;
    baseline?: { name: string; value: number };
  }): void;
}
// Loaded at run time: scripts/ sits outside this package's TypeScript project.
const { measureSync, report } = require(resolve(__dirname, '../../../scripts/bench/harness')) as Harness;

const ROUNDS = Number(process.env.SAMSA_BENCH_ROUNDS ?? 5);
const SLICE_SECONDS = Number(process.env.SAMSA_BENCH_SECONDS ?? 0.4);
/** Segment (and raw file) size before a roll in the append-with-rolls group. */
const SEGMENT_BYTES = 128 << 20;
/** Bytes a read pass covers. */
const READ_SET_BYTES = 64 << 20;
/** Bytes asked for per read, like a fetch's partition max bytes. */
const READ_MAX_BYTES = 1 << 20;
const SIZES = [
  ['1 KB', 1 << 10],
  ['16 KB', 16 << 10],
  ['1 MB', 1 << 20],
] as const;

const logger = pino({ level: 'silent' });
const root = fs.mkdtempSync(join(process.env.SAMSA_BENCH_DIR ?? tmpdir(), 'samsa-storage-bench-'));

const native = loadNativeBinding();
if (native.binding) useNativeCrc32c(native.binding);
else console.log(`| storage | native | unavailable (${native.reason}) |`);

const backends: Array<{ name: string; io: () => SegmentIO }> = [
  ...(native.binding ? [{ name: 'native', io: () => new NativeSegmentIO(native.binding!) }] : []),
  { name: 'fallback', io: () => new FallbackSegmentIO() },
  { name: 'memory', io: () => new MemorySegmentIO() },
];

/** A valid v2 batch of `size` bytes: records with up to 1000-byte patterned values. */
function batchOf(size: number): Buffer {
  const fill = (n: number, seed: number): Buffer =>
    Buffer.from(Array.from({ length: n }, (_, j) => (seed * 31 + j * 7) & 0xff));
  const values: number[] = [];
  // About 20 bytes of key and framing per record; the last value then absorbs the difference.
  for (let left = size - 61; left > 40; left -= Math.min(1000, left - 20) + 20) values.push(Math.min(1000, left - 20));
  const build = (): Buffer =>
    buildRecordBatch({
      baseTimestamp: 1_700_000_000_000,
      records: values.map((v, i) => ({ key: Buffer.from(`k${String(i).padStart(6, '0')}`), value: fill(v, i) })),
    });
  const first = build();
  values[values.length - 1] += size - first.length;
  return build();
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const turn = (): Promise<void> => new Promise((r) => setImmediate(r));

let dirCounter = 0;
function openLog(io: SegmentIO, extra: Record<string, number | string> = {}): PartitionLog {
  return PartitionLog.open({
    io,
    dir: join(root, `t-${dirCounter++}`),
    topic: 't',
    partition: 0,
    config: resolveLogConfig({
      'segment.bytes': SEGMENT_BYTES,
      'max.message.bytes': 2 << 20,
      'retention.bytes': SEGMENT_BYTES,
      'retention.ms': -1,
      'file.delete.delay.ms': 0,
      ...extra,
    }),
    logger,
    cleanShutdown: true,
  });
}

/** One timed slice of a workload, then whatever must settle before the next one. */
interface Runner {
  slice(): Measurement;
  settle(): Promise<void>;
  close(): Promise<void>;
}

/** Raw writeSync loop into a fresh file per slice (deleted after it, so nothing reaches the disk). */
function rawFreshAppender(batch: Buffer): Runner {
  const step = (fd: number) => (): number => fs.writeSync(fd, batch, 0, batch.length);
  return {
    slice: () => {
      const path = join(root, `raw-${dirCounter++}.log`);
      const fd = fs.openSync(path, 'a');
      try {
        return measureSync(step(fd), SLICE_SECONDS, 0.05);
      } finally {
        fs.closeSync(fd);
        fs.rmSync(path);
      }
    },
    settle: turn,
    close: async () => undefined,
  };
}

/** PartitionLog.append into a fresh log (Kafka's default segment.bytes) per slice, deleted after it. */
function logFreshAppender(io: () => SegmentIO, batch: Buffer): Runner {
  return {
    slice: () => {
      const log = openLog(io(), { 'segment.bytes': 1 << 30, 'retention.bytes': -1 });
      try {
        return measureSync(
          () => {
            log.append(batch, { leaderEpoch: 0 });
            return batch.length;
          },
          SLICE_SECONDS,
          0.05,
        );
      } finally {
        log.closeWithoutFlush();
        fs.rmSync(log.dir, { recursive: true, force: true });
      }
    },
    settle: turn,
    close: async () => undefined,
  };
}

/** The raw loop: writeSync to a file, a new file every SEGMENT_BYTES, two kept; optionally the rolled file fsynced off-thread. */
function rawAppender(batch: Buffer, fsyncOnRoll: boolean): Runner {
  const dir = join(root, `raw-${dirCounter++}`);
  fs.mkdirSync(dir);
  const pending = new Set<Promise<void>>();
  let n = 0;
  let fd = fs.openSync(join(dir, '0.log'), 'a');
  let size = 0;
  const step = (): number => {
    if (size + batch.length > SEGMENT_BYTES) {
      const rolled = fd;
      if (fsyncOnRoll) {
        const p = new Promise<void>((done) => fs.fdatasync(rolled, () => fs.close(rolled, () => done())));
        pending.add(p);
        void p.then(() => pending.delete(p));
      } else fs.closeSync(rolled);
      if (n > 0) fs.rmSync(join(dir, `${n - 1}.log`));
      n++;
      fd = fs.openSync(join(dir, `${n}.log`), 'a');
      size = 0;
    }
    fs.writeSync(fd, batch, 0, batch.length);
    size += batch.length;
    return batch.length;
  };
  return {
    slice: () => measureSync(step, SLICE_SECONDS, 0.05),
    settle: async () => {
      await turn();
      await Promise.all([...pending]);
      fs.fdatasyncSync(fd);
    },
    close: async () => {
      await Promise.all([...pending]);
      fs.closeSync(fd);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function logAppender(io: SegmentIO, batch: Buffer): Runner {
  const log = openLog(io);
  const step = (): number => {
    log.append(batch, { leaderEpoch: 0 });
    if (log.segmentCount > 2) log.deleteOldSegments();
    return batch.length;
  };
  return {
    slice: () => measureSync(step, SLICE_SECONDS, 0.05),
    settle: async () => {
      await turn();
      await log.flushed();
      log.flush();
    },
    close: async () => {
      await log.flushed();
      log.close();
      fs.rmSync(log.dir, { recursive: true, force: true });
    },
  };
}

/** Sequential readSync passes over a file holding the read set. */
function rawReader(batch: Buffer): Runner {
  const path = join(root, `raw-read-${dirCounter++}.log`);
  const count = Math.max(1, Math.floor(READ_SET_BYTES / batch.length));
  const fd = fs.openSync(path, 'w+');
  for (let i = 0; i < count; i++) fs.writeSync(fd, batch);
  const total = count * batch.length;
  const chunk = Math.floor(Math.max(READ_MAX_BYTES, batch.length) / batch.length) * batch.length;
  const out = Buffer.allocUnsafe(chunk);
  let pos = 0;
  const step = (): number => {
    if (pos >= total) pos = 0;
    const n = fs.readSync(fd, out, 0, Math.min(chunk, total - pos), pos);
    pos += n;
    return n;
  };
  return {
    slice: () => measureSync(step, SLICE_SECONDS, 0.05),
    settle: turn,
    close: async () => {
      fs.closeSync(fd);
      fs.rmSync(path);
    },
  };
}

function logReader(io: SegmentIO, batch: Buffer): Runner {
  const log = openLog(io, { 'retention.bytes': -1 });
  const count = Math.max(1, Math.floor(READ_SET_BYTES / batch.length));
  for (let i = 0; i < count; i++) log.append(batch, { leaderEpoch: 0 });
  const recordsPerBatch = batch.readInt32BE(57);
  const end = log.logEndOffset;
  let offset = 0;
  const step = (): number => {
    if (offset >= end) offset = 0;
    const { records } = log.read(offset, READ_MAX_BYTES);
    let bytes = 0;
    for (const r of records) bytes += r.length;
    offset += (bytes / batch.length) * recordsPerBatch;
    return bytes;
  };
  return {
    slice: () => measureSync(step, SLICE_SECONDS, 0.05),
    settle: turn,
    close: async () => {
      log.close();
      fs.rmSync(log.dir, { recursive: true, force: true });
    },
  };
}

/** Runs every runner for ROUNDS interleaved slices; returns each one's median MB/s. */
async function interleaved(runners: Array<{ name: string; runner: Runner }>): Promise<Map<string, number>> {
  const rates = new Map<string, number[]>(runners.map((r) => [r.name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    // A different order each round, so whatever one slice leaves behind (freed memory, write-back)
    // does not always land on the same runner.
    const order = runners
      .map((r, i) => ({ r, key: (i * 7919 + round * 104729) % 10007 }))
      .sort((a, b) => a.key - b.key);
    for (const { name, runner } of order.map((o) => o.r)) {
      const m = runner.slice();
      rates.get(name)!.push(m.bytes / m.seconds / 1e6);
      if (process.env.SAMSA_BENCH_VERBOSE)
        console.log(`  round ${round} ${name}: ${(m.bytes / m.seconds / 1e6).toFixed(0)} MB/s`);
      await runner.settle();
    }
  }
  for (const { runner } of runners) await runner.close();
  return new Map([...rates].map(([name, xs]) => [name, median(xs)]));
}

function reportGroup(
  group: string,
  batchBytes: number,
  baselineName: string,
  results: Map<string, number>,
  extra: string[] = [],
): void {
  const base = results.get(baselineName)!;
  report({ group, name: baselineName, value: base, unit: 'MB/s' });
  report({ group, name: baselineName, value: (base * 1e6) / batchBytes, unit: 'batches/s' });
  for (const name of extra)
    report({ group, name, value: results.get(name)!, unit: 'MB/s', baseline: { name: baselineName, value: base } });
  for (const b of backends) {
    const mb = results.get(b.name)!;
    report({ group, name: b.name, value: mb, unit: 'MB/s', baseline: { name: baselineName, value: base } });
    report({
      group,
      name: b.name,
      value: (mb * 1e6) / batchBytes,
      unit: 'batches/s',
      baseline: { name: baselineName, value: (base * 1e6) / batchBytes },
    });
  }
}

async function main(): Promise<void> {
  for (const [label, size] of SIZES) {
    const batch = batchOf(size);
    const results = await interleaved([
      { name: 'raw writeSync', runner: rawFreshAppender(batch) },
      ...backends.map((b) => ({ name: b.name, runner: logFreshAppender(b.io, batch) })),
    ]);
    reportGroup(`append ${label} batches`, batch.length, 'raw writeSync', results);
  }
  for (const [label, size] of SIZES) {
    const batch = batchOf(size);
    const results = await interleaved([
      { name: 'raw writeSync, roll fsync', runner: rawAppender(batch, true) },
      { name: 'raw writeSync, no fsync', runner: rawAppender(batch, false) },
      ...backends.map((b) => ({ name: b.name, runner: logAppender(b.io(), batch) })),
    ]);
    reportGroup(
      `append ${label} batches, 128 MiB segments fsynced on roll`,
      batch.length,
      'raw writeSync, roll fsync',
      results,
      ['raw writeSync, no fsync'],
    );
  }
  for (const [label, size] of SIZES) {
    const batch = batchOf(size);
    const results = await interleaved([
      { name: 'raw readSync', runner: rawReader(batch) },
      ...backends.map((b) => ({ name: b.name, runner: logReader(b.io(), batch) })),
    ]);
    reportGroup(`read ${label} batches`, batch.length, 'raw readSync', results);
  }
}

main()
  .catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => {
    setCrc32cImplementation(null);
    fs.rmSync(root, { recursive: true, force: true });
  });
