import { join } from 'node:path';
import {
  BatchHeaderView,
  CorruptRecordError,
  crc32c,
  InvalidRecordError,
  readBatchHeader,
  validateBatch,
} from '@samsa/protocol';
import {
  INDEX_SUFFIX,
  LOG_SUFFIX,
  OFFSET_INDEX_ENTRY_SIZE,
  OffsetIndex,
  OffsetOutOfRangeError,
  RecordTooLargeError,
  TIME_INDEX_SUFFIX,
  TimeIndex,
  asOffset,
  offsetFileName,
  type PartitionLog,
} from '../src';
import { backends, withNativeCrc } from './helpers/backends';
import { makeBatch, prng, randInt, randomBatch } from './helpers/batches';
import { expectBatches, openLog, partitionDir, readAll, recordTimestamps } from './helpers/log';

/** v2 batch header: the CRC at byte 17 covers everything from byte 21 (attributes) on; record count at byte 57. */
const CRC_AT = 17;
const CRC_COVERS_FROM = 21;
const RECORD_COUNT_AT = 57;

const header = new BatchHeaderView();
const lastOffsetOf = (b: Buffer): number => header.at(b, 0).lastOffset;

/** Appends n random batches (monotonic timestamps), returning copies of the stored bytes. */
function appendRandom(log: PartitionLog, rng: () => number, n: number, t0 = 1_000_000): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < n; i++) {
    const b = randomBatch(rng, t0 + i * 10);
    const before = log.logEndOffset;
    const r = log.append(b, { leaderEpoch: 3 });
    expect(r.baseOffset).toBe(before);
    expect(r.lastOffset).toBe(before + readBatchHeader(b).recordCount - 1);
    expect(r.logAppendTime).toBe(-1);
    out.push(Buffer.from(b));
  }
  return out;
}

describe.each(backends)('PartitionLog on $name', (backend) => {
  withNativeCrc();
  let io: ReturnType<typeof backend.make>['io'];
  let root: string;
  let cleanup: () => void;
  beforeEach(() => ({ io, root, cleanup } = backend.make()));
  afterEach(() => cleanup());

  const smallSegments = { 'segment.bytes': 16384, 'index.interval.bytes': 700, 'segment.index.bytes': 4096 };

  it.each([1, 2, 3])('appends and reads back random batches across segment rolls (seed %i)', (seed) => {
    const rng = prng(seed);
    const log = openLog(io, root, { config: smallSegments });
    const batches = appendRandom(log, rng, 150);
    expect(log.segmentCount).toBeGreaterThan(3);
    expectBatches(readAll(log), batches);
    expectBatches(readAll(log, randInt(rng, 1, 3000)), batches);
    // Offsets, epochs and CRCs as assigned.
    let expectNext = 0;
    for (const b of batches) {
      const h = readBatchHeader(b);
      expect(h.baseOffset).toBe(expectNext);
      expect(h.partitionLeaderEpoch).toBe(3);
      expect(validateBatch(b)).toBe(1);
      expectNext += h.recordCount;
    }
    expect(log.logEndOffset).toBe(expectNext);
    // Point reads land on the batch holding the offset.
    for (let i = 0; i < 100; i++) {
      const o = randInt(rng, 0, expectNext - 1);
      const [first] = log.read(o, 1).records;
      const h = readBatchHeader(first);
      expect(h.baseOffset).toBeLessThanOrEqual(o);
      expect(h.baseOffset + h.lastOffsetDelta).toBeGreaterThanOrEqual(o);
      expect(first.length).toBe(12 + h.batchLength);
    }
    log.close();
    const reopened = openLog(io, root, { config: smallSegments });
    expect(reopened.logEndOffset).toBe(expectNext);
    expectBatches(readAll(reopened), batches);
    reopened.close();
  });

  it('names segments by 20-digit base offset and keeps sparse indexes that point at batch boundaries', () => {
    const log = openLog(io, root, { config: smallSegments });
    const batches = appendRandom(log, prng(9), 120);
    const bases = log.segmentBaseOffsets();
    log.close();
    const dir = partitionDir(root);
    const files = io.readdir(dir).sort();
    for (const base of bases) {
      for (const suffix of [LOG_SUFFIX, INDEX_SUFFIX, TIME_INDEX_SUFFIX])
        expect(files).toContain(offsetFileName(base, suffix));
    }
    expect(offsetFileName(42, LOG_SUFFIX)).toBe('00000000000000000042.log');
    // Position of every batch within its segment.
    const where = new Map<number, { base: number; position: number; maxTimestamp: number }>();
    let seg = -1;
    let pos = 0;
    for (const b of batches) {
      const h = readBatchHeader(b);
      const s = bases.filter((x) => x <= h.baseOffset).pop()!;
      if (s !== seg) {
        seg = s;
        pos = 0;
      }
      where.set(h.baseOffset + h.lastOffsetDelta, { base: s, position: pos, maxTimestamp: h.maxTimestamp });
      pos += b.length;
    }
    let totalEntries = 0;
    for (const base of bases) {
      const indexPath = join(dir, offsetFileName(base, INDEX_SUFFIX));
      // Trimmed on close to whole valid entries.
      const ix = new OffsetIndex(io, indexPath, base);
      expect(io.fileSize(indexPath)).toBe(ix.entries * OFFSET_INDEX_ENTRY_SIZE);
      for (let i = 0; i < ix.entries; i++) {
        const { offset, position } = ix.entry(i);
        expect(where.get(offset)).toMatchObject({ base, position });
        if (i > 0) expect(position - ix.entry(i - 1).position).toBeGreaterThan(700);
      }
      totalEntries += ix.entries;
      const tix = new TimeIndex(io, join(dir, offsetFileName(base, TIME_INDEX_SUFFIX)), base);
      for (let i = 0; i < tix.entries; i++) {
        const e = tix.entry(i);
        expect(where.get(e.offset)?.maxTimestamp).toBe(e.timestamp);
      }
      ix.close();
      tix.close();
    }
    expect(totalEntries).toBeGreaterThan(10);
  });

  it('preallocates the active segment indexes to segment.index.bytes', () => {
    const log = openLog(io, root, { config: { 'segment.index.bytes': 8000 } });
    log.append(makeBatch(2, 1), { leaderEpoch: 0 });
    expect(io.fileSize(join(partitionDir(root), offsetFileName(0, INDEX_SUFFIX)))).toBe(8000);
    expect(io.fileSize(join(partitionDir(root), offsetFileName(0, TIME_INDEX_SUFFIX)))).toBe(7992);
    log.close();
    expect(io.fileSize(join(partitionDir(root), offsetFileName(0, INDEX_SUFFIX)))).toBe(0);
    expect(io.fileSize(join(partitionDir(root), offsetFileName(0, TIME_INDEX_SUFFIX)))).toBe(12);
  });

  it('reads whole batches up to maxBytes, at least one batch, never past upTo', () => {
    const log = openLog(io, root);
    const sizes: number[] = [];
    for (let i = 0; i < 10; i++) {
      const b = makeBatch(5, 1000 + i * 10, 100);
      sizes.push(b.length);
      log.append(b, { leaderEpoch: 0 });
    }
    expect(log.logEndOffset).toBe(50);
    const two = sizes[0] + sizes[1];
    expect(log.read(0, two + 10).records[0].length).toBe(two);
    expect(log.read(7, two).records[0].length).toBe(two);
    expect(log.read(0, 5).records[0].length).toBe(sizes[0]);
    expect(log.read(0, 5, { minOneBatch: false }).records).toEqual([]);
    const capped = log.read(0, 1 << 20, { upTo: asOffset(20) }).records;
    expect(readBatchHeader(capped[0]).baseOffset).toBe(0);
    expect(capped[0].length).toBe(sizes[0] + sizes[1] + sizes[2] + sizes[3]);
    expect(log.read(20, 1000, { upTo: asOffset(20) }).records).toEqual([]);
    expect(log.read(50, 1000).records).toEqual([]);
    expect(() => log.read(51, 1000)).toThrow(OffsetOutOfRangeError);
    expect(() => log.read(-1, 1000)).toThrow(OffsetOutOfRangeError);
    try {
      log.read(99, 1);
    } catch (e) {
      expect((e as OffsetOutOfRangeError).errorName).toBe('OFFSET_OUT_OF_RANGE');
    }
    log.close();
  });

  it('keeps the high watermark between log start and log end', () => {
    const log = openLog(io, root);
    log.append(makeBatch(3, 1), { leaderEpoch: 0 });
    expect(log.highWatermark).toBe(0);
    log.setHighWatermark(asOffset(3));
    expect(log.highWatermark).toBe(3);
    expect(() => log.setHighWatermark(asOffset(4))).toThrow(/invariant/);
    const r = log.read(0, 1000, { upTo: log.highWatermark });
    expect(r.highWatermark).toBe(3);
    expect(r.logEndOffset).toBe(3);
    log.close();
  });

  it('finds offsets by timestamp at record granularity and reports the max timestamp', () => {
    const log = openLog(io, root, { config: smallSegments });
    const batches = appendRandom(log, prng(4), 80);
    const records = recordTimestamps(batches);
    const rng = prng(5);
    for (let i = 0; i < 60; i++) {
      const ts = randInt(rng, records[0][1] - 5, records[records.length - 1][1] + 5);
      const want = records.find(([, t]) => t >= ts);
      const got = log.offsetForTimestamp(ts);
      if (!want) expect(got).toBeNull();
      else expect(got).toEqual({ offset: want[0], timestamp: want[1] });
    }
    const last = records[records.length - 1];
    expect(log.maxTimestamp()).toEqual({ timestamp: last[1], offset: last[0] });
    log.close();
    const reopened = openLog(io, root, { config: smallSegments });
    expect(reopened.maxTimestamp()).toEqual({ timestamp: last[1], offset: last[0] });
    expect(reopened.offsetForTimestamp(records[10][1])).toEqual({ offset: records[10][0], timestamp: records[10][1] });
    reopened.close();
  });

  it('rewrites maxTimestamp, the timestamp type and the CRC for LogAppendTime', () => {
    const log = openLog(io, root, { config: { 'message.timestamp.type': 'LogAppendTime' } });
    const r = log.append(makeBatch(3, 1000), { leaderEpoch: 2, now: 777_000 });
    expect(r.logAppendTime).toBe(777_000);
    const [stored] = log.read(0, 1000).records;
    const h = new BatchHeaderView().at(stored, 0);
    expect(h.timestampType).toBe('LogAppendTime');
    expect(h.maxTimestamp).toBe(777_000);
    expect(h.baseTimestamp).toBe(1000);
    expect(validateBatch(stored)).toBe(1);
    expect(log.offsetForTimestamp(777_000)).toEqual({ offset: 0, timestamp: 777_000 });
    const create = log.append(makeBatch(1, 5), { leaderEpoch: 2, timestampType: 'CreateTime', now: 1 });
    expect(create.logAppendTime).toBe(-1);
    log.close();
  });

  it('rejects corrupt and invalid batches without writing anything', () => {
    const log = openLog(io, root, { config: { 'max.message.bytes': 2000 } });
    log.append(makeBatch(2, 1), { leaderEpoch: 0 });
    const sizeBefore = log.size;
    const bad = makeBatch(2, 5);
    bad[bad.length - 1] ^= 1;
    const good = makeBatch(3, 5);
    const goodCopy = Buffer.from(good);
    const attempt = (buf: Buffer): unknown => {
      try {
        log.append(buf, { leaderEpoch: 0 });
      } catch (e) {
        return e;
      }
      return null;
    };
    const e1 = attempt(Buffer.concat([good, bad]));
    expect(e1).toBeInstanceOf(CorruptRecordError);
    expect((e1 as CorruptRecordError).errorName).toBe('CORRUPT_MESSAGE');
    expect(good).toEqual(goodCopy); // nothing rewritten either
    expect(attempt(good.subarray(0, good.length - 3))).toBeInstanceOf(CorruptRecordError);
    const mismatch = Buffer.from(good);
    mismatch.writeInt32BE(9, 23);
    expect(attempt(mismatch)).toBeInstanceOf(CorruptRecordError); // delta is under the CRC
    const tooBig = attempt(makeBatch(1, 5, 3000));
    expect(tooBig).toBeInstanceOf(RecordTooLargeError);
    expect((tooBig as RecordTooLargeError).errorName).toBe('MESSAGE_TOO_LARGE');
    expect(attempt(Buffer.alloc(0))).toBeInstanceOf(CorruptRecordError);
    expect(log.size).toBe(sizeBefore);
    expect(log.logEndOffset).toBe(2);
    // A batch whose record count disagrees with its last offset delta, under a valid CRC: well-formed, but invalid.
    const miscounted = Buffer.from(good);
    miscounted.writeInt32BE(miscounted.readInt32BE(RECORD_COUNT_AT) + 1, RECORD_COUNT_AT);
    miscounted.writeUInt32BE(crc32c(miscounted, CRC_COVERS_FROM), CRC_AT);
    const invalid = attempt(miscounted);
    expect(invalid).toBeInstanceOf(InvalidRecordError);
    expect((invalid as InvalidRecordError).errorName).toBe('INVALID_RECORD');
    expect(log.size).toBe(sizeBefore);
    expect(log.append(good, { leaderEpoch: 0 }).baseOffset).toBe(2);
    log.close();
  });

  it('appends several concatenated batches in one call', () => {
    const log = openLog(io, root);
    const set = Buffer.concat([makeBatch(2, 1), makeBatch(3, 2), makeBatch(1, 3)]);
    const r = log.append(set, { leaderEpoch: 1 });
    expect([r.baseOffset, r.lastOffset]).toEqual([0, 5]);
    expect(readAll(log).map((b) => readBatchHeader(b).baseOffset)).toEqual([0, 2, 5]);
    log.close();
  });

  it('rolls by segment.ms using the first batch timestamp', () => {
    const log = openLog(io, root, { config: { 'segment.ms': 1000 } });
    log.append(makeBatch(1, 10_000), { leaderEpoch: 0 });
    log.append(makeBatch(1, 10_900), { leaderEpoch: 0 });
    expect(log.segmentCount).toBe(1);
    log.append(makeBatch(1, 11_001), { leaderEpoch: 0 });
    expect(log.segmentBaseOffsets()).toEqual([0, 2]);
    log.close();
  });

  it('rolls by segment.ms on creation time when batches carry no timestamps', () => {
    let now = 50_000;
    const log = openLog(io, root, { config: { 'segment.ms': 1000 }, clock: () => now });
    log.append(makeBatch(1, -1), { leaderEpoch: 0 });
    now += 500;
    log.append(makeBatch(1, -1), { leaderEpoch: 0 });
    expect(log.segmentCount).toBe(1);
    now += 600;
    log.append(makeBatch(1, -1), { leaderEpoch: 0 });
    expect(log.segmentCount).toBe(2);
    log.close();
  });

  it('rolls when an index fills up', () => {
    const config = { 'segment.index.bytes': 24, 'index.interval.bytes': 0 };
    const log = openLog(io, root, { config });
    const batches = appendRandom(log, prng(11), 30);
    expect(log.segmentCount).toBeGreaterThan(5);
    expectBatches(readAll(log), batches);
    log.close();
    const reopened = openLog(io, root, { config });
    expectBatches(readAll(reopened), batches);
    reopened.close();
  });

  it('flushes per flush.messages and samsa.log.flush.on.append, else only on roll (in the background) and close', async () => {
    const lazy = openLog(io, root, { config: smallSegments });
    lazy.append(makeBatch(2, 1), { leaderEpoch: 0 });
    expect(lazy.recoveryPoint).toBe(0);
    appendRandom(lazy, prng(2), 60);
    // The roll does not wait for the fsync; the recovery point moves once it is done.
    expect(lazy.segmentCount).toBeGreaterThan(1);
    expect(lazy.recoveryPoint).toBe(0);
    expect(lazy.unflushedMessages).toBe(lazy.logEndOffset);
    await lazy.flushed();
    expect(lazy.recoveryPoint).toBe(lazy.segmentBaseOffsets().pop());
    expect(lazy.unflushedMessages).toBe(lazy.logEndOffset - lazy.recoveryPoint);
    lazy.close();
    expect(lazy.recoveryPoint).toBe(lazy.logEndOffset);

    const other = backend.make();
    try {
      const everyTwo = openLog(other.io, other.root, { config: { 'flush.messages': 4 } });
      everyTwo.append(makeBatch(2, 1), { leaderEpoch: 0 });
      expect(everyTwo.recoveryPoint).toBe(0);
      everyTwo.append(makeBatch(2, 1), { leaderEpoch: 0 });
      expect(everyTwo.recoveryPoint).toBe(4);
      everyTwo.close();
    } finally {
      other.cleanup();
    }
    const third = backend.make();
    try {
      const durable = openLog(third.io, third.root, { config: { 'samsa.log.flush.on.append': 'true' } });
      durable.append(makeBatch(1, 1), { leaderEpoch: 0 });
      expect(durable.recoveryPoint).toBe(1);
      durable.close();
    } finally {
      third.cleanup();
    }
  });

  it('flush.ms flushes once the last flush is old enough', () => {
    let now = 0;
    const log = openLog(io, root, { config: { 'flush.ms': 1000 }, clock: () => now });
    log.append(makeBatch(1, 1), { leaderEpoch: 0 });
    log.maybeFlushByTime(now + 999);
    expect(log.recoveryPoint).toBe(0);
    now = 1000;
    log.maybeFlushByTime();
    expect(log.recoveryPoint).toBe(1);
    log.close();
  });

  describe('retention and deletion', () => {
    it('retention.bytes deletes the oldest closed segments, never the active one', () => {
      const log = openLog(io, root, {
        config: { ...smallSegments, 'retention.bytes': 40000, 'retention.ms': -1, 'file.delete.delay.ms': 0 },
      });
      const batches = appendRandom(log, prng(21), 150);
      const before = log.segmentCount;
      const deleted = log.deleteOldSegments();
      expect(deleted).toBeGreaterThan(0);
      expect(log.segmentCount).toBe(before - deleted);
      expect(log.size).toBeGreaterThanOrEqual(40000);
      expect(log.logStartOffset).toBe(log.segmentBaseOffsets()[0]);
      expect(() => log.read(0, 100)).toThrow(OffsetOutOfRangeError);
      const kept = batches.filter((b) => readBatchHeader(b).baseOffset >= log.logStartOffset);
      expectBatches(readAll(log), kept);
      // Files of deleted segments are gone.
      const names = io.readdir(partitionDir(root));
      expect(names).not.toContain(offsetFileName(0, LOG_SUFFIX));
      expect(names.some((n) => n.endsWith('.deleted'))).toBe(false);
      const tiny = openLog(io, root, { config: { ...smallSegments, 'retention.bytes': 0, 'file.delete.delay.ms': 0 } });
      tiny.close();
      log.close();
    });

    it('retention.ms deletes segments whose newest timestamp is too old, keeping the active one', () => {
      const log = openLog(io, root, { config: { ...smallSegments, 'retention.ms': 1000, 'file.delete.delay.ms': 0 } });
      appendRandom(log, prng(22), 150, 1_000_000);
      const bases = log.segmentBaseOffsets();
      expect(log.deleteOldSegments(1_000_000)).toBe(0);
      // Everything is older than retention: all but the active segment go.
      expect(log.deleteOldSegments(10_000_000)).toBe(bases.length - 1);
      expect(log.segmentBaseOffsets()).toEqual([bases[bases.length - 1]]);
      expect(log.logStartOffset).toBe(bases[bases.length - 1]);
      expect(log.highWatermark).toBe(log.logStartOffset);
      const next = log.append(makeBatch(1, 10_000_000), { leaderEpoch: 0 });
      expect(next.logStartOffset).toBe(bases[bases.length - 1]);
      log.close();
    });

    it('deleteRecordsBefore moves the log start offset and drops whole segments below it', () => {
      const log = openLog(io, root, { config: { ...smallSegments, 'file.delete.delay.ms': 0 } });
      const batches = appendRandom(log, prng(23), 150);
      log.setHighWatermark(log.logEndOffset);
      const bases = log.segmentBaseOffsets();
      const target = bases[2] + 3;
      expect(log.deleteRecordsBefore(target)).toBe(target);
      expect(log.logStartOffset).toBe(target);
      expect(log.segmentBaseOffsets()).toEqual(bases.slice(2));
      expect(() => log.read(target - 1, 100)).toThrow(OffsetOutOfRangeError);
      const [first] = log.read(target, 1).records;
      const h = readBatchHeader(first);
      expect(h.baseOffset).toBeLessThanOrEqual(target);
      expect(h.baseOffset + h.lastOffsetDelta).toBeGreaterThanOrEqual(target);
      expect(() => log.deleteRecordsBefore(log.logEndOffset + 1)).toThrow(OffsetOutOfRangeError);
      expect(log.deleteRecordsBefore(5)).toBe(target); // never moves backwards
      expect(
        readAll(log)
          .pop()!
          .equals(batches[batches.length - 1]),
      ).toBe(true);
      log.close();
      // The log start offset survives via the caller's checkpoint.
      const reopened = openLog(io, root, { config: smallSegments });
      expect(reopened.logStartOffset).toBe(bases[2]);
      reopened.close();
    });

    it('a view taken before retention deleted its segment still reads the same bytes', () => {
      const log = openLog(io, root, { config: { ...smallSegments, 'file.delete.delay.ms': 0 } });
      const batches = appendRandom(log, prng(24), 150);
      const views = log.read(0, 1 << 20).records;
      const copy = Buffer.from(views[0]);
      log.setHighWatermark(log.logEndOffset);
      log.deleteRecordsBefore(log.segmentBaseOffsets()[3]);
      expect(io.exists(join(partitionDir(root), offsetFileName(0, LOG_SUFFIX)))).toBe(false);
      expect(views[0].equals(copy)).toBe(true);
      expect(views[0].subarray(0, batches[0].length).equals(batches[0])).toBe(true);
      // Appends and reads go on while the old bytes are still referenced.
      appendRandom(log, prng(25), 40);
      log.deleteOldSegments();
      expect(views[0].equals(copy)).toBe(true);
      log.close();
    });

    it('renames deleted segments to .deleted and removes them after file.delete.delay.ms', () => {
      const pending: Array<{ paths: string[]; delay: number }> = [];
      const { PartitionLog: PL, resolveLogConfig } = jest.requireActual('../src') as typeof import('../src');
      const log = PL.open({
        io,
        dir: partitionDir(root),
        topic: 't',
        partition: 0,
        config: resolveLogConfig({ ...smallSegments, 'file.delete.delay.ms': 60000 }),
        logger: jest.requireActual('./helpers/backends').silentLogger,
        deleteFiles: (paths, delay) => pending.push({ paths, delay }),
      });
      appendRandom(log, prng(26), 100);
      log.setHighWatermark(log.logEndOffset);
      log.deleteRecordsBefore(log.segmentBaseOffsets()[1]);
      expect(pending).toHaveLength(1);
      expect(pending[0].delay).toBe(60000);
      expect(pending[0].paths.every((p) => p.endsWith('.deleted') && io.exists(p))).toBe(true);
      log.close();
      // A restart removes leftovers.
      const reopened = openLog(io, root, { config: smallSegments });
      expect(pending[0].paths.some((p) => io.exists(p))).toBe(false);
      reopened.close();
    });
  });

  it('truncateTo removes the tail and appends continue from there', () => {
    const log = openLog(io, root, { config: smallSegments });
    const batches = appendRandom(log, prng(31), 100);
    const cutBatch = 60;
    const cutAt = readBatchHeader(batches[cutBatch]).baseOffset;
    log.truncateTo(asOffset(cutAt));
    expect(log.logEndOffset).toBe(cutAt);
    expectBatches(readAll(log), batches.slice(0, cutBatch));
    expect(log.append(makeBatch(1, 5), { leaderEpoch: 1 }).baseOffset).toBe(cutAt);
    log.close();
    const reopened = openLog(io, root, { config: smallSegments });
    expect(reopened.logEndOffset).toBe(cutAt + 1);
    expect(lastOffsetOf(readAll(reopened).pop()!)).toBe(cutAt);
    reopened.close();
  });
});
