// The backends must leave identical bytes, so a directory written by one opens with another: after appends,
// DeleteRecords and rolls, and after a log cleaner pass.
import { join } from 'node:path';
import { CompressionType } from '@samsa/protocol';
import { FallbackSegmentIO, MemorySegmentIO, type SegmentIO } from '../src';
import { backends, nativeAvailable, nativeIO, withNativeCrc } from './helpers/backends';
import { makeBatch, prng, randomBatch } from './helpers/batches';
import { cleanOnce, describeRecord, keyedBatch, readRecords } from './helpers/compaction';
import { expectBatches, openLog, partitionDir, readAll } from './helpers/log';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

const config = {
  'segment.bytes': 16384,
  'index.interval.bytes': 700,
  'segment.index.bytes': 4096,
  'file.delete.delay.ms': 0,
};

/** A fixed workload: appends across rolls, a DeleteRecords, more appends, a clean close. */
function workload(io: SegmentIO, root: string): Buffer[] {
  const rng = prng(77);
  const log = openLog(io, root, { config });
  const out: Buffer[] = [];
  for (let i = 0; i < 120; i++) {
    const b = randomBatch(rng, 2_000_000 + i * 10);
    log.append(b, { leaderEpoch: 4 });
    out.push(Buffer.from(b));
  }
  log.setHighWatermark(log.logEndOffset);
  log.deleteRecordsBefore(log.segmentBaseOffsets()[2]);
  log.append(makeBatch(3, 3_000_000), { leaderEpoch: 5, timestampType: 'LogAppendTime', now: 3_000_123 });
  log.close();
  return out;
}

const compactConfig = { ...config, 'cleanup.policy': 'compact', 'delete.retention.ms': 0 };
const T0 = 1_700_000_000_000;

/**
 * A compacted workload: keyed updates (some compressed), tombstones, an idempotent producer, an aborted and a
 * committed transaction, then two cleaning passes (the first removes overwritten records and the aborted data and sets
 * the tombstones' delete horizon, the second removes the tombstones).
 */
async function compactWorkload(
  io: SegmentIO,
  root: string,
): Promise<{ records: string[]; written: number; tombstones: number }> {
  const rng = prng(91);
  const log = openLog(io, root, { config: compactConfig, clock: () => T0 });
  let seq = 0;
  let written = 0;
  let tombstones = 0;
  for (let i = 0; i < 150; i++) {
    const records = Array.from({ length: 1 + Math.floor(rng() * 4) }, (_, j) => {
      const key = `k${Math.floor(rng() * 40)}`;
      return {
        key,
        value: rng() < 0.1 ? null : `v${i}.${j}`,
        timestamp: T0 + i,
        headers: [{ key: 'h', value: `${i}` }],
      };
    });
    const idempotent = i % 5 === 0;
    const batch = await keyedBatch(records, {
      codec: i % 3 === 0 ? CompressionType.gzip : 0,
      ...(idempotent ? { producerId: 7, producerEpoch: 0, baseSequence: seq } : {}),
    });
    if (idempotent) seq += records.length;
    written += records.length;
    tombstones += records.filter((r) => r.value === null).length;
    log.append(batch, { leaderEpoch: 0 });
    if (i === 60 || i === 100) {
      const pid = i === 60 ? 11 : 12;
      log.append(
        await keyedBatch([{ key: 'k1', value: `txn${pid}`, timestamp: T0 + i }], {
          producerId: pid,
          producerEpoch: 0,
          baseSequence: 0,
          transactional: true,
        }),
        { leaderEpoch: 0, fromClient: false },
      );
      log.appendControlMarker({
        producerId: pid,
        producerEpoch: 0,
        coordinatorEpoch: 0,
        type: pid === 12 ? 'COMMIT' : 'ABORT',
        leaderEpoch: 0,
        now: T0 + i,
      });
    }
  }
  log.roll();
  log.setHighWatermark(log.logEndOffset);
  for (const at of [1000, 2000]) await cleanOnce(log, T0 + at);
  const records = (await readRecords(log)).map(describeRecord);
  log.close();
  return { records, written, tombstones };
}

function snapshot(io: SegmentIO, root: string): Map<string, Buffer> {
  const dir = partitionDir(root);
  return new Map(
    io
      .readdir(dir)
      .sort()
      .map((n) => [n, io.readFile(join(dir, n))!]),
  );
}

describe('cross-backend formats', () => {
  withNativeCrc();
  const made = backends.map((b) => ({ name: b.name, ...b.make() }));
  afterAll(() => made.forEach((m) => m.cleanup()));

  it('every backend writes byte-identical segment, index and time index files', () => {
    const snaps = made.map((m) => {
      workload(m.io, m.root);
      return { name: m.name, files: snapshot(m.io, m.root) };
    });
    const [ref, ...others] = snaps;
    expect(ref.files.size).toBeGreaterThan(6);
    for (const other of others) {
      expect([...other.files.keys()]).toEqual([...ref.files.keys()]);
      for (const [name, bytes] of ref.files) {
        expect({ backend: other.name, name, same: other.files.get(name)!.equals(bytes) }).toEqual({
          backend: other.name,
          name,
          same: true,
        });
      }
    }
  });

  it('a log cleaner pass leaves byte-identical files and the same records on every backend', async () => {
    const runs = [];
    for (const b of backends) {
      const m = b.make();
      try {
        const { records, written, tombstones } = await compactWorkload(m.io, m.root);
        runs.push({ name: b.name, records, written, tombstones, files: snapshot(m.io, m.root) });
      } finally {
        m.cleanup();
      }
    }
    const [ref, ...others] = runs;
    // The passes removed overwritten records, the aborted one and every tombstone, and left several files.
    expect(ref.tombstones).toBeGreaterThan(0);
    expect(ref.records.length).toBeGreaterThan(0);
    expect(ref.records.length).toBeLessThan(ref.written / 2);
    expect(ref.records.some((r) => r.includes('=null@'))).toBe(false);
    expect(ref.records.some((r) => r.includes('=txn11@'))).toBe(false);
    expect([...ref.files.keys()].filter((n) => n.endsWith('.log')).length).toBeGreaterThan(1);
    for (const other of others) {
      expect({ backend: other.name, records: other.records }).toEqual({ backend: other.name, records: ref.records });
      expect([...other.files.keys()]).toEqual([...ref.files.keys()]);
      for (const [name, bytes] of ref.files)
        expect({ backend: other.name, name, same: other.files.get(name)!.equals(bytes) }).toEqual({
          backend: other.name,
          name,
          same: true,
        });
    }
  });

  it('a directory written by one disk backend reopens with the other', () => {
    const pairs: Array<[SegmentIO, SegmentIO]> = nativeAvailable
      ? [
          [new FallbackSegmentIO(), nativeIO()],
          [nativeIO(), new FallbackSegmentIO()],
        ]
      : [[new FallbackSegmentIO(), new FallbackSegmentIO()]];
    for (const [writer, reader] of pairs) {
      const root = mkdtempSync(join(tmpdir(), 'samsa-cross-'));
      try {
        const written = workload(writer, root);
        const log = openLog(reader, root, { config });
        const got = readAll(log);
        const tail = written.filter((b) => b.readInt32BE(4) >= log.logStartOffset);
        expectBatches(got.slice(0, tail.length), tail);
        expect(got).toHaveLength(tail.length + 1);
        const more = makeBatch(2, 5);
        expect(log.append(more, { leaderEpoch: 6 }).baseOffset).toBe(log.logEndOffset - 2);
        log.close();
        const back = openLog(writer, root, { config });
        expectBatches(readAll(back).slice(-1), [more]);
        back.close();
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }
  });

  it('memory storage starts empty for each instance', () => {
    const io = new MemorySegmentIO();
    const log = openLog(io, '/m');
    expect(log.logEndOffset).toBe(0);
    log.close();
  });
});
