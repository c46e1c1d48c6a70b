// Random workloads against the reference model, on every backend: appends of random record sets
// (random batch counts, record counts and sizes) under random segment.bytes, index.interval.bytes
// and segment.index.bytes; reads at random offsets with random byte limits and upper bounds;
// timestamp lookups; DeleteRecords; retention by time and by size; explicit rolls; clean reopens.
// After every step the offsets match the model; at the end every segment respects segment.bytes
// and every index entry points at the batch it names.
import { join } from 'node:path';
import { BatchHeaderView, buildRecordBatch } from '@samsa/protocol';
import {
  INDEX_SUFFIX,
  OffsetIndex,
  OffsetOutOfRangeError,
  TIME_INDEX_SUFFIX,
  TimeIndex,
  asOffset,
  offsetFileName,
  resolveLogConfig,
  type PartitionLog,
  type SegmentIO,
} from '../src';
import { backends, withNativeCrc } from './helpers/backends';
import { randInt } from './helpers/batches';
import { expectBatches, openLog, partitionDir, readAll, splitBatches } from './helpers/log';
import { LogModel, offsets, type StoredBatch } from './helpers/model';
import { pick, propertySeeds, withSeed } from './helpers/property';

interface Workload {
  config: Record<string, number>;
  steps: number;
}

function randomWorkload(rng: () => number): Workload {
  const segmentBytes = randInt(rng, 4_000, 60_000);
  return {
    config: {
      'segment.bytes': segmentBytes,
      'index.interval.bytes': pick(rng, [0, 1, randInt(rng, 100, 3_000), 4096]),
      'segment.index.bytes': pick(rng, [24, 60, 120, randInt(rng, 200, 2_000), 10485760]),
      'retention.ms': -1,
      'retention.bytes': -1,
      'file.delete.delay.ms': 0,
    },
    steps: randInt(rng, 120, 260),
  };
}

/** A record set of 1-3 batches with strictly increasing timestamps starting after `t`, under `maxBytes`. */
function randomRecordSet(rng: () => number, t: number, maxBytes: number): { set: Buffer; lastTimestamp: number } {
  const batches: Buffer[] = [];
  let ts = t;
  let total = 0;
  const count = rng() < 0.8 ? 1 : randInt(rng, 2, 3);
  for (let i = 0; i < count; i++) {
    const records = randInt(rng, 1, 12);
    const valueSize = rng() < 0.7 ? randInt(rng, 0, 120) : randInt(rng, 121, 1_500);
    const fill = randInt(rng, 0, 255);
    const base = ts + randInt(rng, 1, 40);
    let recordTs = base;
    const b = buildRecordBatch({
      baseTimestamp: base,
      records: Array.from({ length: records }, (_, r) => ({
        key: rng() < 0.2 ? null : Buffer.from(`key-${r}`),
        value: Buffer.alloc(valueSize, (fill + r) & 0xff),
        timestamp: r === 0 ? base : (recordTs += randInt(rng, 1, 3)),
      })),
    });
    if (total + b.length > maxBytes && batches.length > 0) break;
    if (b.length > maxBytes) return randomRecordSet(rng, t, maxBytes);
    ts = new BatchHeaderView().at(b, 0).maxTimestamp;
    batches.push(b);
    total += b.length;
  }
  return { set: batches.length === 1 ? batches[0] : Buffer.concat(batches), lastTimestamp: ts };
}

/**
 * Kafka's sparse index rule, replayed on the model: a batch gets an offset index entry (its last
 * offset, its position) when more than index.interval.bytes were appended since the previous entry
 * and neither index is full (the time index keeps its last slot for the final entry); the count
 * restarts with each segment and each reopen. A clean close appends the segment's largest timestamp
 * to the time index when it is newer than its last entry, which takes a slot too.
 */
function expectedIndexEntries(
  inSeg: readonly StoredBatch[],
  reopenedAt: ReadonlySet<number>,
  interval: number,
  indexBytes: number,
): Array<{ offset: number; position: number }> {
  const offsetSlots = Math.floor(indexBytes / 8);
  const timeSlots = Math.floor(indexBytes / 12);
  const out: Array<{ offset: number; position: number }> = [];
  let timeEntries = 0;
  let lastTimeEntry = -Infinity;
  let maxTs = -1;
  const appendTime = (): void => {
    if (timeEntries < timeSlots && maxTs > lastTimeEntry) {
      timeEntries++;
      lastTimeEntry = maxTs;
    }
  };
  let since = 0;
  let position = 0;
  for (const b of inSeg) {
    if (reopenedAt.has(b.base)) {
      if (position > 0) appendTime();
      since = 0;
    }
    maxTs = Math.max(maxTs, b.maxTimestamp);
    if (since > interval && out.length < offsetSlots && timeEntries < timeSlots - 1) {
      out.push({ offset: b.last, position });
      appendTime();
      since = 0;
    }
    since += b.bytes.length;
    position += b.bytes.length;
  }
  return out;
}

/** Every index entry is the one Kafka's rule places; the time index follows the batches' timestamps. */
function checkIndexes(
  io: SegmentIO,
  root: string,
  bases: readonly number[],
  model: LogModel,
  reopenedAt: ReadonlySet<number>,
  config: { indexIntervalBytes: number; segmentIndexBytes: number },
): void {
  const dir = partitionDir(root);
  for (let s = 0; s < bases.length; s++) {
    const base = bases[s];
    const inSeg = model.batches.filter((b) => b.base >= base && (s + 1 >= bases.length || b.base < bases[s + 1]));
    const byLast = new Map<number, { position: number; maxTs: number }>();
    let pos = 0;
    let maxTs = -1;
    for (const b of inSeg) {
      maxTs = Math.max(maxTs, b.maxTimestamp);
      byLast.set(b.last, { position: pos, maxTs });
      pos += b.bytes.length;
    }
    const ix = new OffsetIndex(io, join(dir, offsetFileName(base, INDEX_SUFFIX)), base);
    const entries = Array.from({ length: ix.entries }, (_, i) => ix.entry(i));
    expect({ segment: base, entries }).toEqual({
      segment: base,
      entries: expectedIndexEntries(inSeg, reopenedAt, config.indexIntervalBytes, config.segmentIndexBytes),
    });
    ix.close();
    const tix = new TimeIndex(io, join(dir, offsetFileName(base, TIME_INDEX_SUFFIX)), base);
    for (let i = 0; i < tix.entries; i++) {
      const { timestamp, offset } = tix.entry(i);
      expect({ segment: base, entry: i, timestamp: byLast.get(offset)?.maxTs }).toEqual({
        segment: base,
        entry: i,
        timestamp,
      });
    }
    if (inSeg.length > 0 && tix.entries > 0) expect(tix.entry(tix.entries - 1).timestamp).toBe(maxTs);
    tix.close();
  }
}

describe.each(backends)('PartitionLog properties on $name', (backend) => {
  withNativeCrc();

  it.each(propertySeeds([1, 2, 3, 4, 145039368, 872420252]))('random workload matches the model (seed %i)', (seed) =>
    withSeed(seed, (rng) => {
      const { io, root, cleanup } = backend.make();
      try {
        const w = randomWorkload(rng);
        const model = new LogModel();
        let config = resolveLogConfig(w.config);
        let log: PartitionLog = openLog(io, root, { config: w.config });
        let t = 1_000_000;
        let appends = 0;
        /** Log end offsets at which the log was reopened (the index byte count restarts there). */
        const reopenedAt = new Set<number>();
        const check = (what: string): void => {
          expect({ what, ...offsets(log) }).toEqual({
            what,
            logStartOffset: model.logStartOffset,
            highWatermark: model.highWatermark,
            logEndOffset: model.logEndOffset,
          });
          const bases = log.segmentBaseOffsets();
          expect(bases[0]).toBeLessThanOrEqual(log.logStartOffset);
          expect([...bases].sort((a, b) => a - b)).toEqual(bases);
        };
        for (let step = 0; step < w.steps; step++) {
          const op = rng();
          if (op < 0.55 || appends < 5) {
            const { set, lastTimestamp } = randomRecordSet(rng, t, Math.floor(config.segmentBytes / 2));
            const leaderEpoch = randInt(rng, 0, 5);
            const before = model.logEndOffset;
            const r = log.append(set, { leaderEpoch });
            t = lastTimestamp;
            expect(r.baseOffset).toBe(before);
            model.appended(set);
            expect(r.lastOffset).toBe(model.logEndOffset - 1);
            expect(r.logStartOffset).toBe(model.logStartOffset);
            expect(new BatchHeaderView().at(set, 0).partitionLeaderEpoch).toBe(leaderEpoch);
            appends++;
            check('append');
          } else if (op < 0.75) {
            const offset = randInt(rng, model.logStartOffset, model.logEndOffset);
            // Limits on and around whole-batch boundaries, where off-by-one errors live.
            const following = model.batches.filter((b) => b.last >= offset).slice(0, randInt(rng, 1, 4));
            const exact = following.reduce((n, b) => n + b.bytes.length, 0);
            const maxBytes = Math.max(
              1,
              pick(rng, [1, randInt(rng, 1, 3_000), randInt(rng, 3_000, 40_000), 1 << 20, exact, exact - 1, exact + 1]),
            );
            const minOneBatch = rng() < 0.8;
            const upTo = rng() < 0.5 ? model.logEndOffset : randInt(rng, model.logStartOffset, model.logEndOffset);
            const got = splitBatches(log.read(offset, maxBytes, { minOneBatch, upTo: asOffset(upTo) }).records);
            const want = model.expectedRead(log.segmentBaseOffsets(), offset, maxBytes, minOneBatch, upTo);
            expectBatches(
              got,
              want.map((b) => b.bytes),
            );
            if (model.logStartOffset > 0)
              expect(() => log.read(model.logStartOffset - 1, maxBytes)).toThrow(OffsetOutOfRangeError);
            expect(() => log.read(model.logEndOffset + 1, maxBytes)).toThrow(OffsetOutOfRangeError);
          } else if (op < 0.85) {
            const ts = randInt(rng, 999_000, t + 50);
            expect(log.offsetForTimestamp(ts)).toEqual(model.expectedOffsetForTimestamp(ts));
            expect(log.maxTimestamp()).toEqual(model.expectedMaxTimestamp());
          } else if (op < 0.9) {
            model.highWatermark = randInt(rng, model.highWatermark, model.logEndOffset);
            log.setHighWatermark(asOffset(model.highWatermark));
            const target = randInt(rng, model.logStartOffset, model.highWatermark);
            expect(log.deleteRecordsBefore(target)).toBe(Math.max(target, model.logStartOffset));
            model.logStartOffset = Math.max(target, model.logStartOffset);
            const remaining = model.expectedRetention(log.segmentBaseOffsets(), 0, -1, -1);
            expect(log.segmentBaseOffsets()).toEqual(remaining);
            check('deleteRecordsBefore');
          } else if (op < 0.95) {
            const byTime = rng() < 0.5;
            const now = t + randInt(rng, 0, 2_000);
            // Limits exactly at (and next to) a segment's age or a prefix of segment sizes, half the time.
            const bases = log.segmentBaseOffsets();
            const seg = randInt(rng, 0, bases.length - 1);
            const inSeg = model.batches.filter((b) => LogModel.segmentOf(bases, b) === seg);
            const prefixBytes = model.batches
              .filter((b) => LogModel.segmentOf(bases, b) >= 0 && LogModel.segmentOf(bases, b) < seg)
              .reduce((n, b) => n + b.bytes.length, 0);
            const nudge = randInt(rng, -1, 1);
            const onEdge = rng() < 0.5 && inSeg.length > 0;
            const retentionMs = !byTime
              ? -1
              : onEdge
                ? Math.max(0, now - Math.max(...inSeg.map((b) => b.maxTimestamp)) + nudge)
                : randInt(rng, 0, 3_000);
            const retentionBytes = byTime
              ? -1
              : onEdge
                ? Math.max(0, log.size - prefixBytes + nudge)
                : randInt(rng, 0, log.size);
            config = { ...config, retentionMs, retentionBytes };
            log.updateConfig(config);
            const remaining = model.expectedRetention(log.segmentBaseOffsets(), now, retentionMs, retentionBytes);
            log.deleteOldSegments(now);
            expect(log.segmentBaseOffsets()).toEqual(remaining);
            check(byTime ? 'retention.ms' : 'retention.bytes');
            config = { ...config, retentionMs: -1, retentionBytes: -1 };
            log.updateConfig(config);
          } else if (op < 0.97) {
            const before = log.segmentCount;
            const activeWasEmpty = log.segmentBaseOffsets().pop() === model.logEndOffset;
            log.roll();
            expect(log.segmentCount).toBe(before + (activeWasEmpty ? 0 : 1));
            expect(log.segmentBaseOffsets().pop()).toBe(model.logEndOffset);
          } else {
            log.close();
            reopenedAt.add(model.logEndOffset);
            log = openLog(io, root, {
              config: w.config,
              logStartOffset: model.logStartOffset,
              highWatermark: model.highWatermark,
            });
            log.updateConfig(config);
            check('reopen');
          }
        }
        // Whole-log checks: contents, segment sizes, indexes (after a clean close trims them).
        expectBatches(
          readAll(log),
          model.visible().map((b) => b.bytes),
        );
        const bases = log.segmentBaseOffsets();
        for (let s = 0; s < bases.length; s++) {
          const size = model.batches
            .filter((b) => b.base >= bases[s] && (s + 1 >= bases.length || b.base < bases[s + 1]))
            .reduce((n, b) => n + b.bytes.length, 0);
          expect(size).toBeLessThanOrEqual(config.segmentBytes);
        }
        log.close();
        checkIndexes(io, root, bases, model, reopenedAt, config);
        const reopened = openLog(io, root, {
          config: w.config,
          logStartOffset: model.logStartOffset,
          highWatermark: model.highWatermark,
        });
        expect(offsets(reopened)).toEqual({
          logStartOffset: model.logStartOffset,
          highWatermark: model.highWatermark,
          logEndOffset: model.logEndOffset,
        });
        expectBatches(
          readAll(reopened),
          model.visible().map((b) => b.bytes),
        );
        reopened.close();
      } finally {
        cleanup();
      }
    }),
  );
});
