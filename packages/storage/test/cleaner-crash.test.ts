// Crash safety of the log cleaner, on every backend under FaultyFs: a cleaning pass is cut by a power cut right
// after each change it makes to the files in turn (every append, fsync, truncation, rename, removal), the log is
// reopened as after an unclean stop, and then:
// - it reads back whole, offsets increasing, every record one that was appended (same offset, key, value, timestamp);
// - every record the finished pass keeps is still there, and every key's latest value (a tombstone included) is
//   the one it had before the pass, so nothing a consumer could have seen as the latest value is lost;
// - no `.cleaned` or `.swap` file is left, and a new pass ends exactly where an uninterrupted one does.
import { CompressionType } from '@samsa/protocol';
import type { FaultyFs, PartitionLog } from '../src';
import { faultyBackends, withNativeCrc } from './helpers/backends';
import { randInt } from './helpers/batches';
import { cleanOnce, describeRecord, keyedBatch, readRecords, type ReadRecord } from './helpers/compaction';
import { openLog, partitionDir } from './helpers/log';
import { pick, propertySeeds, withSeed } from './helpers/property';

withNativeCrc();
jest.setTimeout(300_000);

const T0 = 1_700_000_000_000;

/** Fills a compacted log from `seed`: keyed updates, tombstones, an aborted and a committed transaction. */
async function fill(log: PartitionLog, seed: number, rng: () => number): Promise<void> {
  const keys = Array.from({ length: randInt(rng, 3, 8) }, (_, i) => `k${i}`);
  const batches = randInt(rng, 12, 24);
  for (let b = 0; b < batches; b++) {
    const records = Array.from({ length: randInt(rng, 1, 4) }, (_, i) => ({
      key: pick(rng, keys),
      value: rng() < 0.15 ? null : `s${seed}b${b}r${i}`,
      timestamp: T0 + b,
    }));
    const txn = b % 9 === 4;
    const batch = await keyedBatch(records, {
      codec: b % 7 === 3 ? CompressionType.gzip : 0,
      ...(txn ? { producerId: 7000 + b, producerEpoch: 0, baseSequence: 0, transactional: true } : {}),
    });
    log.append(batch, { leaderEpoch: 0, fromClient: !txn });
    if (txn)
      log.appendControlMarker({
        producerId: 7000 + b,
        producerEpoch: 0,
        coordinatorEpoch: 0,
        type: b % 2 === 0 ? 'ABORT' : 'COMMIT',
        leaderEpoch: 0,
        now: T0 + b,
      });
    if (rng() < 0.15) log.roll();
  }
  log.roll();
  log.setHighWatermark(log.logEndOffset);
  log.flush();
}

/** Each key's latest record among the non-aborted data records (what a compacted read must still give). */
function latestByKey(records: readonly ReadRecord[], aborted: ReadonlySet<number>): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of records) if (!r.control && !aborted.has(r.offset)) out.set(r.key as string, describeRecord(r));
  return out;
}

describe.each(faultyBackends.map((b) => [b.name, b] as const))('cleaner crashes on %s', (_name, backend) => {
  it.each(propertySeeds([11, 12], 1).map((s) => [s]))('a power cut at every step of a pass, seed %i', async (seed) => {
    await withSeed(seed, async (rng0) => {
      const config = { 'cleanup.policy': 'compact', 'segment.bytes': randInt(rng0, 700, 1500) };
      const recoveryPoint = rng0() < 0.5 ? 0 : undefined;
      const now = T0 + 100_000;
      const setup = async (): Promise<{ io: FaultyFs; root: string; cleanup: () => void; log: PartitionLog }> => {
        const made = backend.make();
        const io = made.io as FaultyFs;
        const log = openLog(io, made.root, { config, clock: () => now });
        await fill(log, seed, (await import('./helpers/batches')).prng(seed));
        return { io, root: made.root, cleanup: made.cleanup, log };
      };

      // The uninterrupted pass: how many changes it makes, and what it leaves.
      const ref = await setup();
      const before = await readRecords(ref.log);
      const abortedOffsets = new Set(
        ref.log
          .abortedTransactions()
          .flatMap((t) => before.filter((r) => r.producerId === t.producerId && r.offset < t.lastOffset))
          .map((r) => r.offset),
      );
      const latestBefore = latestByKey(before, abortedOffsets);
      const steps0 = ref.io.steps;
      const refStats = await cleanOnce(ref.log, now);
      const totalSteps = ref.io.steps - steps0;
      const after = (await readRecords(ref.log)).map(describeRecord);
      const beforeSet = new Set(before.map(describeRecord));
      ref.log.close();
      ref.cleanup();
      expect(totalSteps).toBeGreaterThan(10);
      expect(after.length).toBeLessThan(before.length);
      expect(latestBefore.size).toBeGreaterThan(0);

      for (let step = 1; step <= totalSteps; step++) {
        const t = await setup();
        try {
          const base = t.io.steps;
          t.io.crashAfter(step);
          // The pass fails with the power cut, or with the dead files it met while cleaning up after it.
          await expect(cleanOnce(t.log, now)).rejects.toThrow(/EIO/);
          expect(t.io.steps - base).toBe(step);
          t.io.revive();
          const log = openLog(t.io, t.root, { config, clean: false, recoveryPoint, clock: () => now });
          const got = await readRecords(log);
          const context = `power cut after change ${step} of ${totalSteps}`;
          for (let i = 1; i < got.length; i++)
            expect({ context, ascending: (got[i] as ReadRecord).offset > (got[i - 1] as ReadRecord).offset }).toEqual({
              context,
              ascending: true,
            });
          const described = got.map(describeRecord);
          expect({ context, unknown: described.filter((r) => !beforeSet.has(r)) }).toEqual({ context, unknown: [] });
          const have = new Set(described);
          expect({ context, lost: after.filter((r) => !have.has(r)) }).toEqual({ context, lost: [] });
          expect({ context, latest: latestByKey(got, abortedOffsets) }).toEqual({ context, latest: latestBefore });
          expect(t.io.readdir(partitionDir(t.root)).filter((n) => /\.(cleaned|swap)$/.test(n))).toEqual([]);
          // A new pass (the checkpoint was not moved) finishes the job exactly.
          log.setHighWatermark(log.logEndOffset);
          const stats = await cleanOnce(log, now);
          expect(stats.endOffset).toBe(refStats.endOffset);
          expect((await readRecords(log)).map(describeRecord)).toEqual(after);
          log.close();
        } finally {
          t.cleanup();
        }
      }
    });
  });
});
