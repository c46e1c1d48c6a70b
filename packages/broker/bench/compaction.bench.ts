// Compaction (`npm run bench compaction`), each figure next to a same-run baseline:
//  - cleaning throughput: one log cleaner pass over a compacted log of SAMSA_BENCH_COMPACTION_MB (default 128) MB of
//    dirty segments (100-byte values under 50,000 keys, 100 records a batch, 32 MiB segments), in MB of dirty log
//    per second, on native, fallback and memory storage, against a raw sequential read (fs.readSync, 1 MiB at a time)
//    of the same segment files in the same run (for memory storage, the files the fallback round wrote; every file is
//    in the page cache for both). Medians of SAMSA_BENCH_ROUNDS (default 3) rounds, each on a freshly written log;
//  - start-up replay of __consumer_offsets: a broker (disk storage, one offsets partition) whose log holds
//    SAMSA_BENCH_COMMITS (default 1,000,000) committed offsets (100 groups x 10 partitions, 10 offsets per commit,
//    as the group coordinator writes them) is stopped and started again, timed from startBroker to the coordinator
//    loaded; then the topic is compacted and the restart timed again, against the first.
import { closeSync, mkdtempSync, openSync, readdirSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pino from 'pino';
import { buildRecordBatch, setCrc32cImplementation } from '@samsa/protocol';
import { groupRecordSerde, offsetCommitRecord } from '@samsa/coordinator';
import {
  Cleaner,
  cleanableRange,
  DEFAULT_CLEANER_CONFIG,
  FallbackSegmentIO,
  loadNativeBinding,
  MemorySegmentIO,
  NativeSegmentIO,
  PartitionLog,
  resolveLogConfig,
  Throttler,
  useNativeCrc32c,
  type SegmentIO,
} from '@samsa/storage';
import { startBroker, type RunningBroker } from '../src/index';

interface Harness {
  report(figure: {
    group: string;
    name: string;
    value: number;
    unit: string;
    baseline?: { name: string; value: number };
  }): void;
}
// Loaded at run time: scripts/ sits outside this package's TypeScript project.
const { report } = require(resolve(__dirname, '../../../scripts/bench/harness')) as Harness;

const DIRTY_MB = Number(process.env.SAMSA_BENCH_COMPACTION_MB ?? 128);
const ROUNDS = Number(process.env.SAMSA_BENCH_ROUNDS ?? 3);
const COMMITS = Number(process.env.SAMSA_BENCH_COMMITS ?? 1_000_000);
const KEYS = 50_000;
const RECORDS_PER_BATCH = 100;
const logger = pino({ level: 'silent' });
const root = mkdtempSync(join(process.env.SAMSA_BENCH_DIR ?? tmpdir(), 'samsa-compaction-bench-'));

const native = loadNativeBinding();
if (native.binding) useNativeCrc32c(native.binding);
const backends: Array<{ name: string; io: () => SegmentIO }> = [
  ...(native.binding ? [{ name: 'native', io: () => new NativeSegmentIO(native.binding!) }] : []),
  { name: 'fallback', io: () => new FallbackSegmentIO() },
  { name: 'memory', io: () => new MemorySegmentIO() },
];

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};
const ms = (since: bigint): number => Number(process.hrtime.bigint() - since) / 1e6;

/** Batch templates cycling through the keys (appends rewrite only their headers, so they are reused). */
const templates: Buffer[] = [];
for (let b = 0; b * RECORDS_PER_BATCH < KEYS * 2; b++) {
  templates.push(
    buildRecordBatch({
      baseTimestamp: 1_700_000_000_000,
      records: Array.from({ length: RECORDS_PER_BATCH }, (_, i) => ({
        key: Buffer.from(`key-${(b * RECORDS_PER_BATCH + i) % KEYS}`),
        value: Buffer.alloc(100, 0x61 + (b % 26)),
        timestamp: 1_700_000_000_000 + i,
      })),
    }),
  );
}

/** A compacted log of DIRTY_MB of closed segments; returns it and the paths of its segment files. */
function writeLog(io: SegmentIO, dir: string): { log: PartitionLog; bytes: number } {
  const log = PartitionLog.open({
    io,
    dir,
    topic: 'bench',
    partition: 0,
    config: resolveLogConfig({ 'cleanup.policy': 'compact', 'segment.bytes': 32 << 20 }),
    logger,
    cleanShutdown: true,
  });
  let written = 0;
  for (let i = 0; written < DIRTY_MB * 1e6; i++) {
    const t = templates[i % templates.length] as Buffer;
    log.append(t, { leaderEpoch: 0 });
    written += t.length;
  }
  log.roll();
  log.setHighWatermark(log.logEndOffset);
  log.flush();
  return { log, bytes: log.size };
}

/** fs.readSync over every .log file of `dir`, 1 MiB at a time: MB/s. */
function rawRead(dir: string): number {
  const buf = Buffer.allocUnsafe(1 << 20);
  const t = process.hrtime.bigint();
  let bytes = 0;
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.log'))
    .sort()) {
    const fd = openSync(join(dir, name), 'r');
    try {
      for (let n = readSync(fd, buf, 0, buf.length, null); n > 0; n = readSync(fd, buf, 0, buf.length, null))
        bytes += n;
    } finally {
      closeSync(fd);
    }
  }
  return bytes / 1e6 / (ms(t) / 1000);
}

async function cleaningThroughput(): Promise<void> {
  const cleaner = new Cleaner({
    config: DEFAULT_CLEANER_CONFIG,
    logger,
    throttler: new Throttler(Number.POSITIVE_INFINITY),
    // Nothing else runs here: no need to let the event loop in between windows.
    pause: () => Promise.resolve(),
  });
  const rates = new Map<string, number[]>();
  const raws = new Map<string, number[]>();
  let lastDiskDir: string | null = null;
  for (let round = 0; round < ROUNDS; round++) {
    for (const backend of backends) {
      const dir = backend.name === 'memory' ? '/mem/bench-0' : join(root, `${backend.name}-${round}`, 'bench-0');
      const { log, bytes } = writeLog(backend.io(), dir);
      const raw = backend.name === 'memory' ? (lastDiskDir === null ? Number.NaN : rawRead(lastDiskDir)) : rawRead(dir);
      const now = Date.now();
      const t = process.hrtime.bigint();
      const stats = await cleaner.clean(log, cleanableRange(log, now), now);
      const rate = bytes / 1e6 / (ms(t) / 1000);
      if (stats.recordsKept !== KEYS) throw new Error(`kept ${stats.recordsKept} records, expected ${KEYS}`);
      (rates.get(backend.name) ?? rates.set(backend.name, []).get(backend.name))!.push(rate);
      (raws.get(backend.name) ?? raws.set(backend.name, []).get(backend.name))!.push(raw);
      if (process.env.SAMSA_BENCH_VERBOSE === '1')
        console.log(
          `round ${round} ${backend.name}: ${rate.toFixed(1)} MB/s cleaning, ${raw.toFixed(0)} MB/s raw read`,
        );
      log.close();
      if (backend.name !== 'memory') {
        if (lastDiskDir !== null && lastDiskDir !== dir)
          rmSync(resolve(lastDiskDir, '..'), { recursive: true, force: true });
        lastDiskDir = dir;
      }
    }
  }
  for (const backend of backends) {
    report({
      group: `compaction: one cleaner pass over ${DIRTY_MB} MB of dirty log (${KEYS} keys, 100 B values)`,
      name: backend.name,
      value: median(rates.get(backend.name) as number[]),
      unit: 'MB/s',
      baseline: { name: 'raw sequential read of the same files', value: median(raws.get(backend.name) as number[]) },
    });
  }
}

/** Resolves once every partition of __consumer_offsets (when the topic exists) is replayed. */
async function loaded(broker: RunningBroker): Promise<void> {
  for (;;) {
    const load = broker.groups.loadState();
    if (load === null || load.active === load.partitions) return;
    await new Promise((r) => setImmediate(r));
  }
}

async function startTimed(dataDir: string): Promise<{ broker: RunningBroker; ms: number }> {
  const t = process.hrtime.bigint();
  const broker = await startBroker(
    { listeners: 'PLAINTEXT://127.0.0.1:0', 'log.dirs': dataDir, 'offsets.topic.num.partitions': 1 },
    { logger },
  );
  await loaded(broker);
  return { broker, ms: ms(t) };
}

async function replayTimes(): Promise<void> {
  const dataDir = join(root, 'offsets');
  let { broker } = await startTimed(dataDir);
  broker.groups.ensureOffsetsTopic();
  await loaded(broker);
  const empty = await (async () => {
    await broker.stop();
    const r = await startTimed(dataDir);
    broker = r.broker;
    return r.ms;
  })();
  const now = Date.now();
  for (let c = 0; c < COMMITS / 10; c++) {
    const group = `group-${c % 100}`;
    const records = Array.from({ length: 10 }, (_, p) =>
      offsetCommitRecord(group, 'orders', p, { offset: c, leaderEpoch: 0, metadata: '', commitTimestamp: now }),
    );
    broker.replicas.appendInternal('__consumer_offsets', 0, groupRecordSerde.serialize(records, now));
  }
  const bytes = broker.replicas.log('__consumer_offsets', 0)?.size ?? 0;
  await broker.stop();
  const before = await startTimed(dataDir);
  broker = before.broker;
  const [result] = await broker.control.compact('__consumer_offsets');
  await broker.stop();
  const after = await startTimed(dataDir);
  broker = after.broker;
  const kept = broker.replicas.log('__consumer_offsets', 0)?.size ?? 0;
  await broker.stop();
  report({
    group: `compaction: broker start-up, __consumer_offsets replayed after ${COMMITS.toLocaleString('en-US')} commits (${(bytes / 1e6).toFixed(0)} MB)`,
    name: 'before compaction',
    value: before.ms,
    unit: 'ms',
    baseline: { name: 'start with an empty __consumer_offsets', value: empty },
  });
  report({
    group: `compaction: broker start-up, __consumer_offsets replayed after ${COMMITS.toLocaleString('en-US')} commits (${(bytes / 1e6).toFixed(0)} MB)`,
    name: `after compaction (${(kept / 1e3).toFixed(0)} KB, pass ${((result?.durationMs ?? 0) / 1000).toFixed(1)} s)`,
    value: after.ms,
    unit: 'ms',
    baseline: { name: 'before compaction', value: before.ms },
  });
}

async function main(): Promise<void> {
  try {
    await cleaningThroughput();
    await replayTimes();
  } finally {
    setCrc32cImplementation(null);
    rmSync(root, { recursive: true, force: true });
  }
}

void main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
