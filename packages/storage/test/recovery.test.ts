// Recovery after unclean stops, on every backend:
// - crash property, file cutting: a log is written, its files are cut at a random byte of the
//   log (later segments lost whole or left empty, indexes cut, deleted or left stale), and it is
//   reopened with or without the clean-shutdown marker;
// - crash property, lost writes: through the fault-injecting fs, a power cut drops every byte not
//   yet fsynced (flush.messages, explicit flushes and the background flush on roll decide which);
// in both, every batch wholly before the cut is served, nothing after it is, and appends continue
// at the offset right after the last batch kept.
// - missing, cut, garbage and plausible-but-wrong .index/.timeindex files are rebuilt to the bytes
//   a clean run leaves; a torn tail is cut and the cut is logged.
import { join } from 'node:path';
import { readBatchHeader } from '@samsa/protocol';
import {
  FaultyFs,
  INDEX_SUFFIX,
  LOG_SUFFIX,
  OffsetOutOfRangeError,
  TIME_INDEX_SUFFIX,
  offsetFileName,
  type PartitionLog,
  type SegmentIO,
} from '../src';
import { backends, captureLogger, withNativeCrc } from './helpers/backends';
import { makeBatch, randInt, randomBatch } from './helpers/batches';
import { expectBatches, openLog, partitionDir, readAll } from './helpers/log';
import { pick, propertySeeds, withSeed } from './helpers/property';

const turn = (): Promise<void> => new Promise((r) => setImmediate(r));

const nextOffsetAfter = (batches: readonly Buffer[], fallback = 0): number => {
  if (batches.length === 0) return fallback;
  const h = readBatchHeader(batches[batches.length - 1]);
  return h.baseOffset + h.lastOffsetDelta + 1;
};

function randomConfig(rng: () => number): Record<string, number> {
  return {
    'segment.bytes': randInt(rng, 8_000, 30_000),
    'index.interval.bytes': pick(rng, [0, randInt(rng, 1, 2_000), 4096]),
    'segment.index.bytes': pick(rng, [60, 240, 4096]),
    'file.delete.delay.ms': 0,
  };
}

/** Appends n random batches; returns copies as stored. */
function appendRandom(log: PartitionLog, rng: () => number, n: number, t0: number): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < n; i++) {
    const b = randomBatch(rng, t0 + i * 10, randInt(rng, 1, 8), pick(rng, [40, 300, 900]));
    log.append(b, { leaderEpoch: 1 });
    out.push(Buffer.from(b));
  }
  return out;
}

/** Where each batch sits: its segment's base offset and its byte position there. */
function layout(batches: readonly Buffer[], bases: readonly number[]): Array<{ base: number; position: number }> {
  const out: Array<{ base: number; position: number }> = [];
  let seg = -1;
  let pos = 0;
  for (const b of batches) {
    const base = bases.filter((x) => x <= readBatchHeader(b).baseOffset).pop()!;
    if (base !== seg) [seg, pos] = [base, 0];
    out.push({ base, position: pos });
    pos += b.length;
  }
  return out;
}

/** Recovery's promise, checked the same way after every kind of crash. */
function expectRecovered(log: PartitionLog, kept: readonly Buffer[], expectedEnd: number): void {
  expectBatches(readAll(log), kept);
  expect(log.logEndOffset).toBe(expectedEnd);
  expect(log.read(log.logEndOffset, 1 << 20).records).toEqual([]);
  expect(() => log.read(log.logEndOffset + 1, 1 << 20)).toThrow(OffsetOutOfRangeError);
  const more = makeBatch(2, 9_000_000);
  expect(log.append(more, { leaderEpoch: 2 }).baseOffset).toBe(expectedEnd);
  expect(log.logEndOffset).toBe(expectedEnd + 2);
}

describe.each(backends)('recovery on $name', (backend) => {
  withNativeCrc();
  let io: SegmentIO;
  let root: string;
  let cleanup: () => void;
  beforeEach(() => ({ io, root, cleanup } = backend.make()));
  afterEach(() => cleanup());

  it.each(propertySeeds([11, 12, 13, 14, 15, 16]))(
    'files cut at a random byte keep exactly the whole batches before the cut (seed %i)',
    (seed) =>
      withSeed(seed, (rng) => {
        const config = randomConfig(rng);
        // Written through the fault-injecting fs so the "process" can die with its files open.
        const faulty = new FaultyFs(io);
        const log = openLog(faulty, root, { config });
        const batches = appendRandom(log, rng, randInt(rng, 20, 120), 1_000_000);
        const bases = log.segmentBaseOffsets();
        const clean = rng() < 0.3;
        if (clean) log.close();
        else {
          log.flush(); // everything reaches the disk; the cut below decides what survives
          faulty.crash();
        }
        const dir = partitionDir(root);
        const where = layout(batches, bases);
        const sizes = bases.map((base) => io.fileSize(join(dir, offsetFileName(base, LOG_SUFFIX))) ?? 0);
        const total = sizes.reduce((a, b) => a + b, 0);
        const cut = randInt(rng, 0, total);
        let segment = 0;
        let start = 0;
        while (segment < bases.length - 1 && cut >= start + sizes[segment] && cut > start) {
          start += sizes[segment];
          segment++;
        }
        const path = (base: number, suffix: string): string => join(dir, offsetFileName(base, suffix));
        io.truncateFile(path(bases[segment], LOG_SUFFIX), cut - start);
        const indexFate = pick(rng, ['keep', 'cut', 'delete'] as const);
        for (const suffix of [INDEX_SUFFIX, TIME_INDEX_SUFFIX]) {
          const p = path(bases[segment], suffix);
          const size = io.fileSize(p) ?? 0;
          if (indexFate === 'cut') io.truncateFile(p, randInt(rng, 0, size));
          if (indexFate === 'delete') io.unlink(p);
        }
        for (const base of bases.slice(segment + 1)) {
          if (rng() < 0.5)
            for (const suffix of [LOG_SUFFIX, INDEX_SUFFIX, TIME_INDEX_SUFFIX]) io.unlink(path(base, suffix));
          else io.truncateFile(path(base, LOG_SUFFIX), 0);
        }
        const kept = batches.filter((b, i) => {
          const s = bases.indexOf(where[i].base);
          return s < segment || (s === segment && where[i].position + b.length <= cut - start);
        });
        const expectedEnd = nextOffsetAfter(kept, bases[segment]);
        const { logger, lines } = captureLogger();
        const reopened = openLog(io, root, {
          config,
          clean: rng() < 0.3,
          recoveryPoint: randInt(rng, 0, expectedEnd),
          logger,
        });
        expectRecovered(reopened, kept, expectedEnd);
        const cutLines = lines.filter((l) => l.msg === 'truncated invalid bytes at the end of the segment');
        const torn =
          cut - start - kept.filter((_b, i) => where[i].base === bases[segment]).reduce((n, b) => n + b.length, 0);
        if (torn > 0)
          expect(cutLines).toEqual([expect.objectContaining({ level: 40, bytes: torn, nextOffset: expectedEnd })]);
        reopened.close();
        const again = openLog(io, root, { config });
        expect(again.logEndOffset).toBe(expectedEnd + 2);
        expectBatches(readAll(again).slice(0, kept.length), kept);
        again.close();
      }),
  );

  it.each(propertySeeds([21, 22, 23, 24, 25, 26]))('a power cut loses only what was not fsynced (seed %i)', (seed) =>
    withSeed(seed, async (rng) => {
      const faulty = new FaultyFs(io);
      const config = { ...randomConfig(rng), 'flush.messages': pick(rng, [1, randInt(rng, 2, 60), 1_000_000]) };
      const log = openLog(faulty, root, { config, clean: false });
      const batches: Buffer[] = [];
      let checkpoint = 0;
      const n = randInt(rng, 30, 160);
      for (let i = 0; i < n; i++) {
        batches.push(...appendRandom(log, rng, 1, 1_000_000 + i * 10));
        const r = rng();
        if (r < 0.04) log.flush();
        else if (r < 0.1)
          await log.flushed(); // let background flushes of rolled segments finish
        else if (r < 0.15) await turn(); // or only some of them
        if (rng() < 0.1) checkpoint = log.recoveryPoint; // a recovery-point checkpoint
      }
      // What the power cut leaves: each segment file's fsynced prefix.
      const bases = log.segmentBaseOffsets();
      const where = layout(batches, bases);
      const dir = partitionDir(root);
      const durable = new Map(
        bases.map((base) => [base, faulty.durable.get(join(dir, offsetFileName(base, LOG_SUFFIX))) ?? 0]),
      );
      let kept: Buffer[] = [];
      for (let i = 0; i < batches.length; i++) {
        if (where[i].position + batches[i].length > durable.get(where[i].base)!) break;
        kept = batches.slice(0, i + 1);
      }
      expect(nextOffsetAfter(kept)).toBeGreaterThanOrEqual(log.recoveryPoint);
      faulty.crash();
      const reopened = openLog(io, root, {
        config,
        clean: false,
        recoveryPoint: Math.min(checkpoint, log.recoveryPoint),
      });
      expectRecovered(reopened, kept, nextOffsetAfter(kept));
      reopened.close();
      await turn();
    }),
  );

  describe('indexes', () => {
    const config = { 'segment.bytes': 12_000, 'index.interval.bytes': 500, 'segment.index.bytes': 4096 };
    type Damage = 'delete' | 'odd length' | 'garbage' | 'wrong last entry' | 'zeros';

    function damage(path: string, how: Damage, rng: () => number): void {
      const bytes = io.readFile(path);
      if (how === 'delete') io.unlink(path);
      else if (how === 'odd length') io.truncateFile(path, Math.max(0, (bytes?.length ?? 0) - randInt(rng, 1, 7)));
      else if (how === 'garbage' && bytes) io.writeFileAtomic(path, Buffer.from(bytes.map(() => randInt(rng, 0, 255))));
      else if (how === 'zeros' && bytes) io.writeFileAtomic(path, Buffer.alloc(bytes.length));
      else if (how === 'wrong last entry' && bytes && bytes.length >= 8 && path.endsWith(INDEX_SUFFIX)) {
        // Ordered, inside the file and on a batch boundary, but the next batch's: a lookup of the
        // entry's own offset would skip the batch holding it.
        const log = io.readFile(path.slice(0, -INDEX_SUFFIX.length) + LOG_SUFFIX)!;
        const last = bytes.length - 8;
        const position = bytes.readInt32BE(last + 4);
        const next = position + 12 + log.readInt32BE(position + 8);
        if (next < log.length) {
          bytes.writeInt32BE(next, last + 4);
          io.writeFileAtomic(path, bytes);
        }
      }
    }

    it.each(['delete', 'odd length', 'garbage', 'wrong last entry', 'zeros'] as const)(
      '%s .index/.timeindex files are rebuilt to what a clean run leaves',
      (how) =>
        withSeed(how.length, (rng) => {
          const log = openLog(io, root, { config });
          const batches = appendRandom(log, rng, 90, 5_000_000);
          const bases = log.segmentBaseOffsets();
          log.close();
          const dir = partitionDir(root);
          const names = bases.flatMap((b) => [offsetFileName(b, INDEX_SUFFIX), offsetFileName(b, TIME_INDEX_SUFFIX)]);
          const original = new Map(names.map((n) => [n, io.readFile(join(dir, n))!]));
          expect([...original.values()].filter((b) => b.length > 0).length).toBeGreaterThan(bases.length);
          // Files of two entries or more: a single zeroed entry can be a true one.
          const candidates = names.filter((n) => original.get(n)!.length >= 24);
          const victims = candidates.filter(() => rng() < 0.5);
          if (victims.length === 0) victims.push(candidates[0]);
          for (const v of victims) damage(join(dir, v), how, rng);
          // With the clean-shutdown marker: only the damaged segments are rebuilt.
          const { logger, lines } = captureLogger();
          const reopened = openLog(io, root, { config, clean: true, logger });
          expectBatches(readAll(reopened), batches);
          const ts = readBatchHeader(batches[40]).maxTimestamp;
          expect(reopened.offsetForTimestamp(ts)?.offset).toBe(
            readBatchHeader(batches[40]).baseOffset + readBatchHeader(batches[40]).lastOffsetDelta,
          );
          const rebuilt = lines
            .filter((l) => l.msg === 'segment index inconsistent or tail torn; rebuilding')
            .map((l) => l.segment);
          if (how !== 'wrong last entry') expect(rebuilt.length).toBeGreaterThan(0);
          reopened.close();
          for (const [name, bytes] of original)
            expect({ name, same: io.readFile(join(dir, name))!.equals(bytes) }).toEqual({ name, same: true });
        }),
    );

    it('an unclean stop leaves preallocated indexes that recovery trims back', () => {
      const faulty = new FaultyFs(io);
      const log = openLog(faulty, root, { config });
      const batches = appendRandom(log, () => 0.5, 30, 7_000_000);
      log.flush();
      faulty.crash();
      const dir = partitionDir(root);
      const active = log.segmentBaseOffsets().pop()!;
      expect(io.fileSize(join(dir, offsetFileName(active, INDEX_SUFFIX)))).toBe(4096);
      const reopened = openLog(io, root, { config, clean: false });
      expectBatches(readAll(reopened), batches);
      reopened.close();
      const indexSize = io.fileSize(join(dir, offsetFileName(active, INDEX_SUFFIX)))!;
      expect(indexSize % 8).toBe(0);
      expect(indexSize).toBeLessThan(4096);
    });
  });

  it('a torn tail is cut, the cut is logged, and the truncated bytes are never served', () => {
    const log = openLog(io, root, { config: { 'segment.bytes': 1 << 20 } });
    const batches = appendRandom(log, () => 0.3, 10, 8_000_000);
    log.close();
    const path = join(partitionDir(root), offsetFileName(0, LOG_SUFFIX));
    const size = io.fileSize(path)!;
    io.truncateFile(path, size - 5);
    const { logger, lines } = captureLogger();
    const reopened = openLog(io, root, { clean: false, logger });
    expectBatches(readAll(reopened), batches.slice(0, 9));
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 40,
        msg: 'truncated invalid bytes at the end of the segment',
        segment: path,
        bytes: batches[9].length - 5,
        nextOffset: reopened.logEndOffset,
      }),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({ msg: 'loaded partition log', truncatedBytes: batches[9].length - 5 }),
    );
    expect(io.fileSize(path)).toBe(size - batches[9].length);
    reopened.close();
  });

  it('after an unclean stop the recovery point stays where the checkpoint put it, as in Kafka', () => {
    const log = openLog(io, root, { config: { 'segment.bytes': 1 << 20 } });
    appendRandom(log, () => 0.7, 12, 9_000_000);
    log.close();
    const unclean = openLog(io, root, { clean: false, recoveryPoint: 5 });
    expect(unclean.recoveryPoint).toBe(5);
    expect(unclean.unflushedMessages).toBe(unclean.logEndOffset - 5);
    unclean.flush();
    expect(unclean.recoveryPoint).toBe(unclean.logEndOffset);
    unclean.close();
    const clean = openLog(io, root, { clean: true, recoveryPoint: 5 });
    expect(clean.recoveryPoint).toBe(clean.logEndOffset);
    clean.close();
  });
});
