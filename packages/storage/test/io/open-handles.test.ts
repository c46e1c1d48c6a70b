// The bounded cache of open handles: the LRU itself, then every backend (and its fault-injecting wrapper) holding
// partitions with many segments under a small budget. The descriptors a log uses stay within the budget whatever the
// number of segments (counted by the cache and, on disk, in /proc/self/fd), mapped indexes hold none, and every byte
// still reads back, across evictions and a restart.
import { readdirSync, readlinkSync } from 'node:fs';
import { CachedHandle, HandleCache, LogManager, resolveLogConfig, type SegmentIO } from '../../src';
import { backends, faultyBackends, silentLogger, withNativeCrc } from '../helpers/backends';
import { prng, randomBatch } from '../helpers/batches';
import { expectBatches, readAll } from '../helpers/log';

class Probe extends CachedHandle {
  constructor(
    readonly id: number,
    readonly closed: number[],
  ) {
    super();
  }
  evict(): void {
    this.closed.push(this.id);
  }
}

describe('HandleCache', () => {
  it('closes the least recently used handle first', () => {
    const closed: number[] = [];
    const cache = new HandleCache(3);
    const h = [0, 1, 2, 3, 4].map((id) => new Probe(id, closed));
    for (const x of h.slice(0, 3)) {
      cache.makeRoom();
      cache.add(x);
    }
    cache.touch(h[0]);
    cache.makeRoom();
    cache.add(h[3]);
    expect(closed).toEqual([1]);
    cache.touch(h[2]);
    cache.makeRoom();
    cache.add(h[4]);
    expect(closed).toEqual([1, 0]);
    expect(cache.stats()).toEqual({ budget: 3, open: 3, peak: 3, opens: 5, evictions: 2 });
    expect([h[0].cached, h[1].cached, h[2].cached, h[3].cached, h[4].cached]).toEqual([false, false, true, true, true]);
  });

  it('never closes a pinned handle, going over budget only while every handle is pinned', () => {
    const closed: number[] = [];
    const cache = new HandleCache(2);
    const [a, b, c, d] = [0, 1, 2, 3].map((id) => new Probe(id, closed));
    cache.add(a);
    cache.add(b);
    a.pins++;
    cache.makeRoom();
    cache.add(c);
    expect(closed).toEqual([1]);
    c.pins++;
    cache.makeRoom();
    cache.add(d);
    expect(closed).toEqual([1]);
    expect(cache.stats().open).toBe(3);
    a.pins--;
    c.pins--;
    cache.makeRoom();
    expect(closed).toEqual([1, 0, 2]);
    expect(cache.stats().open).toBe(1);
  });

  it('forgets handles their owner closes, in any position', () => {
    const closed: number[] = [];
    const cache = new HandleCache(4);
    const h = [0, 1, 2, 3].map((id) => new Probe(id, closed));
    h.forEach((x) => cache.add(x));
    cache.remove(h[2]);
    cache.remove(h[0]);
    cache.remove(h[3]);
    cache.remove(h[3]);
    expect(cache.stats().open).toBe(1);
    cache.add(h[0]);
    cache.add(h[2]);
    cache.touch(h[1]);
    cache.makeRoom();
    expect(closed).toEqual([]);
    expect(() => new HandleCache(0)).toThrow(RangeError);
  });
});

/** Descriptors this process holds on files under `root`, by path. */
function descriptorsUnder(root: string): string[] {
  const out: string[] = [];
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      if (target.startsWith(`${root}/`)) out.push(target);
    } catch {
      // the listing's own descriptor, closed by now
    }
  }
  return out;
}

const BUDGET = 6;
const PARTITIONS = 4;
// Over 15 segments per partition: more than 60 segments, each with an offset and a time index.
const config = { 'segment.bytes': 4096, 'index.interval.bytes': 256, 'segment.index.bytes': 4096 };

describe.each([...backends, ...faultyBackends])('open handles on $name', (backend) => {
  withNativeCrc();

  it(`never holds more than its budget of ${BUDGET} open with ${PARTITIONS} partitions of many segments`, async () => {
    const { io, root, cleanup } = backend.make({ maxOpenFiles: BUDGET });
    const open = (segIo: SegmentIO): LogManager =>
      LogManager.open({
        logDirs: [root],
        io: segIo,
        logger: silentLogger,
        config: { defaults: resolveLogConfig(config) },
      });
    const checkDescriptors = (): void => {
      expect(io.openHandles().open).toBeLessThanOrEqual(BUDGET);
      if (backend.onDisk) expect(descriptorsUnder(root).length).toBeLessThanOrEqual(BUDGET);
    };
    try {
      const rng = prng(11);
      const manager = open(io);
      const logs = Array.from({ length: PARTITIONS }, (_, p) => manager.createPartition('t', p, config));
      const written: Buffer[][] = logs.map(() => []);
      for (let i = 0; i < 800; i++) {
        const p = i % PARTITIONS;
        const b = randomBatch(rng, 1_000_000 + i, 4, 300);
        logs[p].append(b, { leaderEpoch: 1 });
        written[p].push(Buffer.from(b));
        if (i % 100 === 0) checkDescriptors();
      }
      expect(Math.min(...logs.map((l) => l.segmentCount))).toBeGreaterThan(15);
      checkDescriptors();
      // Reads walk every segment of every partition, reopening evicted ones.
      logs.forEach((l, p) => expectBatches(readAll(l, 700), written[p]));
      checkDescriptors();
      // The background fdatasyncs of rolled segments hold (budgeted) descriptors until they finish.
      await Promise.all(logs.map((l) => l.flushed()));
      if (backend.onDisk && backend.name.endsWith('native')) {
        expect(descriptorsUnder(root).filter((p) => p.endsWith('.index') || p.endsWith('.timeindex'))).toEqual([]);
      }
      const stats = io.openHandles();
      expect(stats.budget).toBe(BUDGET);
      expect(stats.peak).toBeLessThanOrEqual(BUDGET);
      expect(stats.evictions).toBeGreaterThan(100);
      manager.close();
      expect(io.openHandles().open).toBe(0);
      if (backend.onDisk) expect(descriptorsUnder(root)).toEqual([]);

      // A restart opens (and recovers) every segment through the same budget.
      const again = open(io);
      checkDescriptors();
      written.forEach((batches, p) => expectBatches(readAll(again.getPartition('t', p)!, 700), batches));
      checkDescriptors();
      again.close();
      expect(io.openHandles().peak).toBeLessThanOrEqual(BUDGET);
    } finally {
      cleanup();
    }
    // Thousands of opens, evictions and background fdatasyncs: seconds on a loaded machine.
  }, 60_000);
});
