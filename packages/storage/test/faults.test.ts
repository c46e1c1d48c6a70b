import { join } from 'node:path';
import { readBatchHeader } from '@samsa/protocol';
import { type FaultyFs, KafkaStorageError, LOG_SUFFIX, offsetFileName, type PartitionLog } from '../src';
import { backends, captureLogger, faultyBackends, withNativeCrc } from './helpers/backends';
import { makeBatch, prng, randInt, randomBatch } from './helpers/batches';
import { expectBatches, openLog, partitionDir, readAll } from './helpers/log';

const smallSegments = { 'segment.bytes': 16384, 'index.interval.bytes': 700, 'segment.index.bytes': 4096 };
const nextOffsetAfter = (batches: readonly Buffer[]): number => {
  if (batches.length === 0) return 0;
  const h = readBatchHeader(batches[batches.length - 1]);
  return h.baseOffset + h.lastOffsetDelta + 1;
};

function appendMany(log: PartitionLog, rng: () => number, n: number, onEach?: () => void): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < n; i++) {
    const b = randomBatch(rng, 1_000_000 + out.length * 10);
    log.append(b, { leaderEpoch: 1 });
    out.push(Buffer.from(b));
    onEach?.();
  }
  return out;
}

function storageErrorOf(fn: () => unknown): KafkaStorageError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(KafkaStorageError);
    return e as KafkaStorageError;
  }
  throw new Error('expected a storage error');
}

const STORAGE_FAILED =
  'storage I/O failed; further failures of this kind on this partition are counted until it recovers';

describe.each(faultyBackends)('faults on $name', (backend) => {
  withNativeCrc();
  let io: FaultyFs;
  let root: string;
  let cleanup: () => void;
  beforeEach(() => {
    const made = backend.make();
    io = made.io;
    root = made.root;
    cleanup = made.cleanup;
  });
  afterEach(() => cleanup());

  it('disk full: typed KAFKA_STORAGE_ERROR, nothing partial, appends resume once space returns', () => {
    const log = openLog(io, root, { config: smallSegments });
    const batches = appendMany(log, prng(1), 20);
    const size = log.size;
    io.diskFull();
    const err = storageErrorOf(() => log.append(makeBatch(3, 5), { leaderEpoch: 1 }));
    expect(err.errorName).toBe('KAFKA_STORAGE_ERROR');
    expect(err.code).toBe(56);
    expect(err.errno).toBe('ENOSPC');
    storageErrorOf(() => log.append(makeBatch(3, 5), { leaderEpoch: 1 }));
    expect(log.size).toBe(size);
    expect(log.logEndOffset).toBe(nextOffsetAfter(batches));
    expectBatches(readAll(log), batches);
    io.diskFreed();
    const more = makeBatch(2, 6);
    expect(log.append(more, { leaderEpoch: 1 }).baseOffset).toBe(nextOffsetAfter(batches));
    expectBatches(readAll(log), [...batches, more]);
    log.close();
  });

  it('a short write is cut back so no partial batch stays in the file', () => {
    const log = openLog(io, root, { config: smallSegments });
    const batches = appendMany(log, prng(2), 10);
    const active = join(partitionDir(root), offsetFileName(log.segmentBaseOffsets().pop()!, LOG_SUFFIX));
    const fileSize = io.fileSize(active);
    io.shortWriteNext(37);
    storageErrorOf(() => log.append(makeBatch(4, 9, 200), { leaderEpoch: 1 }));
    expect(io.fileSize(active)).toBe(fileSize);
    const next = makeBatch(1, 10);
    log.append(next, { leaderEpoch: 1 });
    log.close();
    const reopened = openLog(io, root, { config: smallSegments, clean: false });
    expectBatches(readAll(reopened), [...batches, next]);
    reopened.close();
  });

  it('EIO on append and on fsync (flush on append) is typed and leaves the log as it was', () => {
    const log = openLog(io, root, { config: { 'samsa.log.flush.on.append': true } });
    const first = makeBatch(2, 1);
    log.append(first, { leaderEpoch: 1 });
    io.failNext('append', 'EIO');
    expect(storageErrorOf(() => log.append(makeBatch(2, 2), { leaderEpoch: 1 })).errno).toBe('EIO');
    io.failNext('flush', 'EIO');
    storageErrorOf(() => log.append(makeBatch(2, 3), { leaderEpoch: 1 }));
    expect(log.logEndOffset).toBe(2);
    expectBatches(readAll(log), [first]);
    const second = makeBatch(1, 4);
    expect(log.append(second, { leaderEpoch: 1 }).baseOffset).toBe(2);
    log.close();
  });

  it('disk full at a segment roll: the append fails typed, the new segment takes appends once space returns', () => {
    const log = openLog(io, root, { config: smallSegments });
    const batches = appendMany(log, prng(3), 20);
    const segments = log.segmentCount;
    io.diskFull();
    // Big enough to need a roll.
    const big = makeBatch(20, 7, 700);
    expect(storageErrorOf(() => log.append(big, { leaderEpoch: 1 })).errorName).toBe('KAFKA_STORAGE_ERROR');
    expect(log.logEndOffset).toBe(nextOffsetAfter(batches));
    expectBatches(readAll(log), batches);
    io.diskFreed();
    const again = makeBatch(20, 8, 700);
    expect(log.append(again, { leaderEpoch: 1 }).baseOffset).toBe(nextOffsetAfter(batches));
    expect(log.segmentCount).toBe(segments + 1);
    expectBatches(readAll(log), [...batches, again]);
    log.close();
    const reopened = openLog(io, root, { config: smallSegments, clean: false });
    expectBatches(readAll(reopened), [...batches, again]);
    reopened.close();
  });

  it('a leader epoch checkpoint that cannot be written fails the append with KAFKA_STORAGE_ERROR, writing nothing', () => {
    const log = openLog(io, root, { config: smallSegments });
    log.append(makeBatch(2, 1), { leaderEpoch: 1 });
    // A new epoch rewrites the checkpoint before the batch goes in.
    io.failNext('checkpoint', 'ENOSPC');
    const err = storageErrorOf(() => log.append(makeBatch(2, 2), { leaderEpoch: 2 }));
    expect(err.errno).toBe('ENOSPC');
    expect(log.logEndOffset).toBe(2);
    expect(log.leaderEpochs.latestEpoch).toBe(1);
    expect(log.append(makeBatch(1, 3), { leaderEpoch: 2 }).baseOffset).toBe(2);
    expect(log.leaderEpochs.entries).toEqual([
      { epoch: 1, startOffset: 0 },
      { epoch: 2, startOffset: 2 },
    ]);
    log.close();
  });

  it('I/O failures are logged once per partition and kind, with the partition and path, until it recovers', () => {
    const { logger, lines } = captureLogger();
    const log = openLog(io, root, { config: smallSegments, logger });
    const other = openLog(io, join(root, 'other'), { config: smallSegments, logger });
    appendMany(log, prng(6), 3);
    const active = join(partitionDir(root), offsetFileName(log.segmentBaseOffsets().pop()!, LOG_SUFFIX));
    io.diskFull();
    for (let i = 0; i < 5; i++) storageErrorOf(() => log.append(makeBatch(2, 9), { leaderEpoch: 1 }));
    for (let i = 0; i < 3; i++) storageErrorOf(() => other.append(makeBatch(2, 9), { leaderEpoch: 1 }));
    const failures = lines.filter((l) => l.msg === STORAGE_FAILED);
    // One line per partition, however many requests failed.
    expect(failures).toHaveLength(2);
    expect(failures[0]).toMatchObject({
      level: 50,
      topic: 't',
      partition: 0,
      errno: 'ENOSPC',
      op: 'append',
      path: active,
    });
    expect(failures[1]).toMatchObject({
      level: 50,
      topic: 't',
      partition: 0,
      errno: 'ENOSPC',
      path: expect.stringContaining(join(root, 'other')),
    });
    io.diskFreed();
    log.append(makeBatch(1, 10), { leaderEpoch: 1 });
    log.append(makeBatch(1, 11), { leaderEpoch: 1 });
    expect(lines.filter((l) => l.msg === 'storage I/O recovered')).toEqual([
      expect.objectContaining({ level: 30, topic: 't', partition: 0, path: active, errno: 'ENOSPC', unlogged: 4 }),
    ]);
    // After recovering, the next failure is news again; a different kind is news at once.
    io.failNext('append', 'ENOSPC');
    storageErrorOf(() => log.append(makeBatch(1, 12), { leaderEpoch: 1 }));
    io.failNext('append', 'EIO');
    storageErrorOf(() => log.append(makeBatch(1, 13), { leaderEpoch: 1 }));
    io.failNext('append', 'EIO');
    storageErrorOf(() => log.append(makeBatch(1, 14), { leaderEpoch: 1 }));
    expect(
      lines
        .filter((l) => l.msg === STORAGE_FAILED)
        .slice(2)
        .map((l) => l.errno),
    ).toEqual(['ENOSPC', 'EIO']);
    log.close();
    other.close();
  });

  it('a failed background flush of a rolled segment is logged and leaves the recovery point for the next flush', async () => {
    const { logger, lines } = captureLogger();
    const log = openLog(io, root, { config: smallSegments, logger });
    appendMany(log, prng(4), 5);
    io.failNext('flush', 'EIO');
    log.roll();
    await log.flushed();
    expect(log.recoveryPoint).toBe(0);
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 50, msg: STORAGE_FAILED, op: 'flush', errno: 'EIO', topic: 't', partition: 0 }),
    );
    appendMany(log, prng(5), 3);
    log.flush();
    expect(log.recoveryPoint).toBe(log.logEndOffset);
    log.roll();
    await log.flushed();
    expect(log.recoveryPoint).toBe(log.logEndOffset);
    log.close();
  });
});

describe.each(backends)('corrupt tails on $name', (backend) => {
  withNativeCrc();
  let io: ReturnType<typeof backend.make>['io'];
  let root: string;
  let cleanup: () => void;
  beforeEach(() => ({ io, root, cleanup } = backend.make()));
  afterEach(() => cleanup());

  /** Writes batches, closes, returns them with their (segment, position). */
  function writeLog(seed: number): {
    batches: Buffer[];
    where: Array<{ base: number; position: number }>;
    bases: number[];
  } {
    const log = openLog(io, root, { config: smallSegments });
    const batches = appendMany(log, prng(seed), randInt(prng(seed + 1), 20, 120));
    const bases = log.segmentBaseOffsets();
    log.close();
    const where: Array<{ base: number; position: number }> = [];
    let seg = -1;
    let pos = 0;
    for (const b of batches) {
      const base = bases.filter((x) => x <= readBatchHeader(b).baseOffset).pop()!;
      if (base !== seg) [seg, pos] = [base, 0];
      where.push({ base, position: pos });
      pos += b.length;
    }
    return { batches, where, bases };
  }

  it.each([1, 2, 3, 4])('a flipped byte under the CRC truncates from that batch on (seed %i)', (seed) => {
    const { batches, where, bases } = writeLog(seed + 100);
    const rng = prng(seed * 17);
    const last = bases[bases.length - 1];
    const inLast = batches.map((_, i) => i).filter((i) => where[i].base === last);
    const victim = inLast[randInt(rng, 0, inLast.length - 1)];
    const at = where[victim].position + randInt(rng, 21, batches[victim].length - 1);
    const path = join(partitionDir(root), offsetFileName(last, LOG_SUFFIX));
    const bytes = io.readFile(path)!;
    bytes[at] ^= 0x5a;
    io.writeFileAtomic(path, bytes);
    const reopened = openLog(io, root, { config: smallSegments, clean: false, recoveryPoint: last });
    expectBatches(readAll(reopened), batches.slice(0, victim));
    reopened.close();
  });
});
