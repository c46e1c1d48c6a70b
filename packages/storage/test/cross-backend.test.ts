// The backends must leave identical bytes, so a directory written by one opens with another.
import { join } from 'node:path';
import { FallbackSegmentIO, MemorySegmentIO, type SegmentIO } from '../src';
import { backends, nativeAvailable, nativeIO, withNativeCrc } from './helpers/backends';
import { makeBatch, prng, randomBatch } from './helpers/batches';
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
