// LogManager on every backend: partitions created, found, spread over log dirs and deleted (the
// directory renamed at once and removed after file.delete.delay.ms); retention, flush.ms and the
// checkpoints run on the scheduler at their server.properties intervals (driven by a manual
// clock); checkpoints and the clean-shutdown marker carry state across restarts; a missing marker
// means recovery from the checkpointed recovery point; a full disk fails checkpoints typed.
import { join } from 'node:path';
import { readBatchHeader } from '@samsa/protocol';
import {
  CLEAN_SHUTDOWN_FILE,
  DEFAULT_LOG_CONFIG,
  DELETED_SUFFIX,
  FaultyFs,
  InvalidTopicError,
  KafkaStorageError,
  LOG_START_OFFSET_CHECKPOINT,
  LOG_SUFFIX,
  LogDirFence,
  LogManager,
  PartitionLog,
  PartitionOfflineError,
  RECOVERY_POINT_CHECKPOINT,
  REPLICATION_OFFSET_CHECKPOINT,
  asOffset,
  logManagerConfigFromProps,
  offsetFileName,
  resolveLogConfig,
  type LogManagerConfig,
  type SegmentIO,
} from '../src';
import { backends, captureLogger, silentLogger, withNativeCrc } from './helpers/backends';
import { makeBatch, prng, randomBatch } from './helpers/batches';
import { expectBatches, readAll } from './helpers/log';
import { ManualScheduler } from './helpers/scheduler';

describe.each(backends)('LogManager on $name', (backend) => {
  withNativeCrc();
  let io: SegmentIO;
  let root: string;
  let cleanup: () => void;
  let sched: ManualScheduler;
  beforeEach(() => {
    ({ io, root, cleanup } = backend.make());
    sched = new ManualScheduler();
  });
  afterEach(() => cleanup());

  const dirs = (): string[] => [join(root, 'a'), join(root, 'b')];
  const open = (
    config: Partial<LogManagerConfig> = {},
    o: { io?: SegmentIO; logger?: typeof silentLogger } = {},
  ): LogManager =>
    LogManager.open({
      logDirs: dirs(),
      io: o.io ?? io,
      logger: o.logger ?? silentLogger,
      config,
      scheduler: sched,
      clock: () => sched.now,
    });

  it('creates, finds and spreads partitions over the log dirs, and reloads them after a restart', () => {
    const m = open();
    const p0 = m.createPartition('orders', 0);
    expect(m.createPartition('orders', 0)).toBe(p0);
    expect(m.getPartition('orders', 0)).toBe(p0);
    expect(m.getPartition('orders', 1)).toBeUndefined();
    const p1 = m.createPartition('orders', 1);
    const odd = m.createPartition('my-topic.v2_x', 10);
    expect(new Set([p0.dir, p1.dir].map((d) => d.slice(0, d.lastIndexOf('/'))))).toEqual(new Set(dirs()));
    expect(odd.dir.endsWith('/my-topic.v2_x-10')).toBe(true);
    expect(m.partitions()).toHaveLength(3);
    p1.append(makeBatch(3, 1), { leaderEpoch: 0 });
    odd.append(makeBatch(2, 1), { leaderEpoch: 0 });
    m.close();
    const again = open();
    expect(
      again
        .partitions()
        .map((p) => `${p.topic}/${p.partition}`)
        .sort(),
    ).toEqual(['my-topic.v2_x/10', 'orders/0', 'orders/1']);
    expect(again.getPartition('orders', 1)!.logEndOffset).toBe(3);
    expect(again.getPartition('my-topic.v2_x', 10)!.logEndOffset).toBe(2);
    again.close();
  });

  it('logs a created and a loaded partition at debug, one line each', () => {
    const { logger, lines } = captureLogger();
    const m = open({}, { logger });
    for (let p = 0; p < 3; p++) m.createPartition('quiet', p);
    expect(lines.filter((l) => l.msg === 'created partition log').map((l) => [l.level, l.partition])).toEqual([
      [20, 0],
      [20, 1],
      [20, 2],
    ]);
    expect(lines.filter((l) => (l.level as number) >= 30 && l.topic === 'quiet')).toEqual([]);
    m.close();
    const again = open({}, { logger });
    const loaded = lines
      .filter((l) => l.msg === 'loaded partition log')
      .map((l) => [l.level, l.partition] as [number, number]);
    expect(loaded.sort((a, b) => a[1] - b[1])).toEqual([
      [20, 0],
      [20, 1],
      [20, 2],
    ]);
    again.close();
  });

  it('rejects illegal topic names and partitions with INVALID_TOPIC_EXCEPTION', () => {
    const m = open();
    for (const bad of ['', '.', '..', 'a/b', 'sp ace', 'x'.repeat(250), 'ünï']) {
      let err: unknown;
      try {
        m.createPartition(bad, 0);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(InvalidTopicError);
      expect((err as InvalidTopicError).errorName).toBe('INVALID_TOPIC_EXCEPTION');
    }
    expect(() => m.createPartition('ok', -1)).toThrow(InvalidTopicError);
    expect(m.createPartition('x'.repeat(249), 0).topic).toHaveLength(249);
    m.close();
  });

  it('applies topic overrides over the broker defaults, also to an existing partition', () => {
    const m = open({ defaults: { ...DEFAULT_LOG_CONFIG, segmentBytes: 50_000 } });
    const log = m.createPartition('t', 0, { 'retention.ms': '1234' });
    expect(log.config.segmentBytes).toBe(50_000);
    expect(log.config.retentionMs).toBe(1234);
    m.createPartition('t', 0, { 'segment.bytes': 20_000 });
    expect(log.config.segmentBytes).toBe(20_000);
    expect(log.config.retentionMs).toBe(DEFAULT_LOG_CONFIG.retentionMs);
    m.close();
  });

  it('deletes a partition: renamed to <dir>.<id>-delete at once, removed after file.delete.delay.ms, never reloaded', () => {
    const m = open();
    const log = m.createPartition('gone', 0, { 'file.delete.delay.ms': 5_000 });
    log.append(makeBatch(2, 1), { leaderEpoch: 0 });
    const parent = log.dir.slice(0, log.dir.lastIndexOf('/'));
    expect(m.deletePartition('gone', 0)).toBe(true);
    expect(m.deletePartition('gone', 0)).toBe(false);
    expect(m.getPartition('gone', 0)).toBeUndefined();
    const renamed = io.readdir(parent).filter((n) => /^gone-0\.[0-9a-f]{32}-delete$/.test(n));
    expect(renamed).toHaveLength(1);
    expect(io.exists(log.dir)).toBe(false);
    sched.advance(4_999);
    expect(io.exists(join(parent, renamed[0]))).toBe(true);
    sched.advance(1);
    expect(io.exists(join(parent, renamed[0]))).toBe(false);
    // Recreating starts an empty log.
    expect(m.createPartition('gone', 0).logEndOffset).toBe(0);
    m.close();
  });

  it('a restart removes partitions whose deletion was pending', () => {
    const m = open();
    m.createPartition('gone', 0, { 'file.delete.delay.ms': 60_000 }).append(makeBatch(1, 1), { leaderEpoch: 0 });
    m.createPartition('kept', 0);
    m.deletePartition('gone', 0);
    m.close();
    const again = open();
    expect(again.partitions().map((p) => p.topic)).toEqual(['kept']);
    for (const d of dirs()) expect(io.readdir(d).filter((n) => n.endsWith('-delete'))).toEqual([]);
    again.close();
  });

  it('runs retention every log.retention.check.interval.ms and removes deleted files after file.delete.delay.ms', () => {
    const m = open(logManagerConfigFromProps({ 'log.retention.check.interval.ms': '1000' }));
    expect(m.config.retentionCheckIntervalMs).toBe(1000);
    const log = m.createPartition('r', 0, {
      'segment.bytes': 8_000,
      'retention.ms': 10_000,
      'file.delete.delay.ms': 2_000,
    });
    const rng = prng(5);
    for (let i = 0; i < 40; i++) log.append(randomBatch(rng, sched.now), { leaderEpoch: 0 });
    const segments = log.segmentCount;
    expect(segments).toBeGreaterThan(3);
    // Old enough only after 10 s; the check runs on the next interval tick after that.
    sched.advance(10_000);
    expect(log.segmentCount).toBe(segments);
    sched.advance(999);
    expect(log.segmentCount).toBe(segments);
    sched.advance(1);
    expect(log.segmentCount).toBe(1);
    expect(log.logStartOffset).toBe(log.segmentBaseOffsets()[0]);
    const leftovers = (): string[] => io.readdir(log.dir).filter((n) => n.endsWith(DELETED_SUFFIX));
    expect(leftovers().length).toBe((segments - 1) * 3);
    sched.advance(2_000);
    expect(leftovers()).toEqual([]);
    expect(m.runRetention()).toBe(0);
    m.close();
  });

  it('flushes by flush.ms on log.flush.scheduler.interval.ms and writes checkpoints every log.flush.offset.checkpoint.interval.ms', () => {
    const m = open(
      logManagerConfigFromProps({
        'log.flush.scheduler.interval.ms': '500',
        'log.flush.offset.checkpoint.interval.ms': '3000',
      }),
    );
    const log = m.createPartition('f', 0, { 'flush.ms': 2_000 });
    log.append(makeBatch(4, 1), { leaderEpoch: 0 });
    log.setHighWatermark(log.logEndOffset);
    expect(log.recoveryPoint).toBe(0);
    sched.advance(1_500);
    expect(log.recoveryPoint).toBe(0);
    sched.advance(500);
    expect(log.recoveryPoint).toBe(4);
    const dir = log.dir.slice(0, log.dir.lastIndexOf('/'));
    expect(io.readFile(join(dir, RECOVERY_POINT_CHECKPOINT))).toBeNull();
    sched.advance(1_000);
    expect(io.readFile(join(dir, RECOVERY_POINT_CHECKPOINT))!.toString()).toBe('0\n1\nf 0 4\n');
    expect(io.readFile(join(dir, REPLICATION_OFFSET_CHECKPOINT))!.toString()).toBe('0\n1\nf 0 4\n');
    m.close();
  });

  it('checkpoints the log start offset, high watermark and recovery point, and restores them after a restart', () => {
    const m = open();
    const log = m.createPartition('c', 3, { 'segment.bytes': 8_000, 'file.delete.delay.ms': 0 });
    const rng = prng(9);
    const batches: Buffer[] = [];
    for (let i = 0; i < 30; i++) {
      const b = randomBatch(rng, 1_000 + i);
      log.append(b, { leaderEpoch: 0 });
      batches.push(Buffer.from(b));
    }
    log.setHighWatermark(asOffset(log.logEndOffset - 3));
    const start = log.segmentBaseOffsets()[2] + 1;
    log.deleteRecordsBefore(start);
    const hw = log.highWatermark;
    m.close();
    const dir = log.dir.slice(0, log.dir.lastIndexOf('/'));
    expect(io.readFile(join(dir, LOG_START_OFFSET_CHECKPOINT))!.toString()).toBe(`0\n1\nc 3 ${start}\n`);
    expect(io.readFile(join(dir, REPLICATION_OFFSET_CHECKPOINT))!.toString()).toBe(`0\n1\nc 3 ${hw}\n`);
    expect(io.readFile(join(dir, RECOVERY_POINT_CHECKPOINT))!.toString()).toBe(`0\n1\nc 3 ${log.logEndOffset}\n`);
    const again = open();
    const back = again.getPartition('c', 3)!;
    expect([back.logStartOffset, back.highWatermark, back.logEndOffset, back.recoveryPoint]).toEqual([
      start,
      hw,
      log.logEndOffset,
      log.logEndOffset,
    ]);
    expectBatches(
      readAll(back),
      batches.filter((b) => readBatchHeader(b).baseOffset + readBatchHeader(b).lastOffsetDelta >= start),
    );
    again.close();
  });

  it('writes the clean-shutdown marker on close and removes it on open', () => {
    const m = open();
    m.createPartition('m', 0).append(makeBatch(1, 1), { leaderEpoch: 0 });
    for (const d of dirs()) expect(io.exists(join(d, CLEAN_SHUTDOWN_FILE))).toBe(false);
    m.close();
    for (const d of dirs()) expect(io.exists(join(d, CLEAN_SHUTDOWN_FILE))).toBe(true);
    const { logger, lines } = captureLogger();
    const again = open({}, { logger });
    for (const d of dirs()) expect(io.exists(join(d, CLEAN_SHUTDOWN_FILE))).toBe(false);
    expect(lines.some((l) => l.msg === 'no clean shutdown marker; recovering unflushed segments')).toBe(false);
    again.close();
  });

  it('a new or empty log dir has no marker and nothing to recover: no warning; logs without the marker warn', () => {
    const fresh = captureLogger();
    const m = open({}, { logger: fresh.logger });
    expect(fresh.lines.filter((l) => l.msg === 'log manager started')).toHaveLength(1);
    expect(fresh.lines.filter((l) => (l.level as number) >= 40)).toEqual([]);
    m.createPartition('kept', 0).append(makeBatch(1, 1), { leaderEpoch: 0 });
    m.close();
    const emptied = captureLogger();
    open({}, { logger: emptied.logger }).close();
    expect(emptied.lines.filter((l) => (l.level as number) >= 40)).toEqual([]);
    // Only the dir holding the partition warns: the other one is empty.
    for (const d of dirs()) io.unlink(join(d, CLEAN_SHUTDOWN_FILE));
    const unclean = captureLogger();
    open({}, { logger: unclean.logger }).close();
    expect(unclean.lines.filter((l) => (l.level as number) >= 40)).toEqual([
      expect.objectContaining({ msg: 'no clean shutdown marker; recovering unflushed segments', partitions: 1 }),
    ]);
  });

  it('without the marker, recovers from the checkpointed recovery point: fsynced data stays, the torn tail goes', () => {
    const faulty = new FaultyFs(io);
    const m = open({}, { io: faulty });
    const log = m.createPartition('crash', 0, { 'segment.bytes': 8_000 });
    const rng = prng(17);
    const batches: Buffer[] = [];
    for (let i = 0; i < 25; i++) {
      const b = randomBatch(rng, 1_000 + i);
      log.append(b, { leaderEpoch: 0 });
      batches.push(Buffer.from(b));
    }
    log.flush();
    m.checkpoint();
    const durableEnd = log.logEndOffset;
    for (let i = 0; i < 5; i++) log.append(randomBatch(rng, 2_000 + i), { leaderEpoch: 0 });
    // Part of the unflushed tail reached the disk before the power cut: a torn batch.
    const active = join(log.dir, offsetFileName(log.segmentBaseOffsets().pop()!, LOG_SUFFIX));
    const durableSize = faulty.durable.get(active)!;
    faulty.durable.set(active, durableSize + 30);
    faulty.crash();
    const { logger, lines } = captureLogger();
    const again = open({}, { logger });
    const back = again.getPartition('crash', 0)!;
    expect(back.logEndOffset).toBe(durableEnd);
    expectBatches(readAll(back), batches);
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 40, msg: 'no clean shutdown marker; recovering unflushed segments' }),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({ msg: 'truncated invalid bytes at the end of the segment', bytes: 30 }),
    );
    expect(back.append(makeBatch(1, 3), { leaderEpoch: 1 }).baseOffset).toBe(durableEnd);
    again.close();
  });

  it('a full disk fails checkpoints with KAFKA_STORAGE_ERROR; the periodic task logs it and carries on', () => {
    const faulty = new FaultyFs(io);
    const { logger, lines } = captureLogger();
    const m = open(logManagerConfigFromProps({ 'log.flush.offset.checkpoint.interval.ms': '1000' }), {
      io: faulty,
      logger,
    });
    m.createPartition('full', 0).append(makeBatch(2, 1), { leaderEpoch: 0 });
    faulty.diskFull();
    let err: unknown;
    try {
      m.checkpoint();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(KafkaStorageError);
    expect((err as KafkaStorageError).errorName).toBe('KAFKA_STORAGE_ERROR');
    expect((err as KafkaStorageError).errno).toBe('ENOSPC');
    sched.advance(1_000);
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 50, msg: 'periodic log task failed', task: 'checkpoint' }),
    );
    faulty.diskFreed();
    sched.advance(1_000);
    expect(
      io.readFile(join(dirs()[0], RECOVERY_POINT_CHECKPOINT)) ??
        io.readFile(join(dirs()[1], RECOVERY_POINT_CHECKPOINT)),
    ).not.toBeNull();
    m.close();
  });

  it('a partition that cannot be opened at start-up stays offline, logged once with its path; the others open', () => {
    const m = open();
    const good = m.createPartition('ok', 0);
    good.append(makeBatch(3, 1), { leaderEpoch: 0 });
    const bad = m.createPartition('bad', 0);
    bad.append(makeBatch(2, 1), { leaderEpoch: 0 });
    bad.setHighWatermark(bad.logEndOffset);
    const badDir = bad.dir;
    const badLog = join(badDir, offsetFileName(0, LOG_SUFFIX));
    m.close();
    // Corrupted beyond what recovery rebuilds: the leader epoch history is unreadable.
    io.writeFileAtomic(join(badDir, 'leader-epoch-checkpoint'), Buffer.from('garbage\n'));
    const logBytes = io.readFile(badLog);

    const { logger, lines } = captureLogger();
    const again = open({}, { logger });
    expect(again.getPartition('ok', 0)!.logEndOffset).toBe(3);
    expect(again.getPartition('bad', 0)).toBeUndefined();
    expect(again.isOffline('bad', 0)).toBe(true);
    expect(again.offlinePartitions().map((o) => [o.topic, o.partition, o.dir])).toEqual([['bad', 0, badDir]]);
    const logged = lines.filter((l) => l.msg === 'partition log cannot be opened; it stays offline');
    expect(logged).toEqual([expect.objectContaining({ level: 50, topic: 'bad', partition: 0, path: badDir })]);

    // Asking for it again fails typed, without another attempt or log line, and without touching its files.
    for (let i = 0; i < 3; i++) {
      let err: unknown;
      try {
        again.createPartition('bad', 0);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(PartitionOfflineError);
      expect((err as PartitionOfflineError).errorName).toBe('KAFKA_STORAGE_ERROR');
      expect((err as PartitionOfflineError).dir).toBe(badDir);
    }
    expect(lines.filter((l) => (l.level as number) >= 50)).toHaveLength(1);
    again.checkpoint();
    again.close();
    // Nothing of the failed partition stayed open, and its files are as they were.
    expect(io.openHandles().open).toBe(0);
    expect(io.readFile(badLog)).toEqual(logBytes);
    const offsets = io
      .readFile(join(badDir.slice(0, badDir.lastIndexOf('/')), REPLICATION_OFFSET_CHECKPOINT))!
      .toString();
    expect(offsets).toContain('bad 0 2');

    // Repaired, it opens again with its data and checkpointed high watermark.
    io.writeFileAtomic(join(badDir, 'leader-epoch-checkpoint'), Buffer.from('0\n0\n'));
    const repaired = open();
    expect(repaired.isOffline('bad', 0)).toBe(false);
    expect([repaired.getPartition('bad', 0)!.logEndOffset, repaired.getPartition('bad', 0)!.highWatermark]).toEqual([
      2, 2,
    ]);
    repaired.close();
  });

  it('a partition whose segment cannot be opened stays offline without holding any of its files', async () => {
    const m = open();
    const log = m.createPartition('eisdir', 0, { 'segment.bytes': 200 });
    for (let i = 0; i < 4; i++) log.append(makeBatch(2, i), { leaderEpoch: 0 });
    const dir = log.dir;
    const bases = log.segmentBaseOffsets();
    expect(bases.length).toBeGreaterThan(2);
    await log.flushed();
    m.close();
    // The last segment's .log becomes a directory: the segments before it open, then this one fails.
    const last = join(dir, offsetFileName(bases[bases.length - 1], LOG_SUFFIX));
    io.unlink(last);
    io.mkdir(last);
    if (backend.onDisk) {
      const again = open();
      expect(again.isOffline('eisdir', 0)).toBe(true);
      expect(again.offlinePartitions()[0]?.error.errno).toBe('EISDIR');
      expect(io.openHandles().open).toBe(0);
      again.close();
    } else {
      // Memory storage has no file/directory conflict: a path is whichever it was last made.
      expect(io.exists(last)).toBe(true);
    }
  });

  it('an offline partition loaded without a clean-shutdown marker keeps the marker away until it is recovered', () => {
    const m = open();
    const bad = m.createPartition('bad', 0);
    bad.append(makeBatch(2, 1), { leaderEpoch: 0 });
    const badDir = bad.dir;
    const home = badDir.slice(0, badDir.lastIndexOf('/'));
    m.close();
    io.unlink(join(home, CLEAN_SHUTDOWN_FILE));
    io.writeFileAtomic(join(badDir, 'leader-epoch-checkpoint'), Buffer.from('garbage\n'));
    const again = open();
    expect(again.isOffline('bad', 0)).toBe(true);
    again.close();
    expect(io.exists(join(home, CLEAN_SHUTDOWN_FILE))).toBe(false);
    expect(
      dirs()
        .filter((d) => d !== home)
        .every((d) => io.exists(join(d, CLEAN_SHUTDOWN_FILE))),
    ).toBe(true);
  });

  it('deleting an offline partition renames its directory for deletion', () => {
    const m = open();
    const badDir = m.createPartition('gone', 0).dir;
    m.close();
    io.writeFileAtomic(join(badDir, 'leader-epoch-checkpoint'), Buffer.from('garbage\n'));
    const again = open({ defaults: { ...DEFAULT_LOG_CONFIG, fileDeleteDelayMs: 0 } });
    expect(again.deletePartition('gone', 0)).toBe(true);
    expect(again.isOffline('gone', 0)).toBe(false);
    expect(io.exists(badDir)).toBe(false);
    again.close();
  });

  it("only directories are partitions: a stray file with a partition's name is left alone", () => {
    const m = open();
    m.close();
    io.writeFileAtomic(join(dirs()[0], 'stray-0'), Buffer.from('not a partition'));
    const again = open();
    expect(again.isOffline('stray', 0)).toBe(false);
    expect(again.partitions()).toEqual([]);
    expect(io.readFile(join(dirs()[0], 'stray-0'))?.toString()).toBe('not a partition');
    again.close();
  });

  it('a partition that fails while being created leaves no directory behind', () => {
    const faulty = new FaultyFs(io);
    const viaFaulty = open({}, { io: faulty });
    faulty.failNext('open', 'EMFILE');
    let err: unknown;
    try {
      viaFaulty.createPartition('late', 0);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(KafkaStorageError);
    expect((err as KafkaStorageError).errno).toBe('EMFILE');
    expect(dirs().some((d) => io.exists(join(d, 'late-0')))).toBe(false);
    expect(viaFaulty.getPartition('late', 0)).toBeUndefined();
    // A retry with descriptors to spare succeeds.
    expect(viaFaulty.createPartition('late', 0).logEndOffset).toBe(0);
    expect(viaFaulty.removeCreatedPartition('late', 0)).toBe(true);
    expect(dirs().some((d) => io.exists(join(d, 'late-0')))).toBe(false);
    viaFaulty.close();
  });

  it('close stops every timer', () => {
    const m = open(logManagerConfigFromProps({ 'log.flush.scheduler.interval.ms': '100' }));
    m.createPartition('x', 0, { 'file.delete.delay.ms': 10_000 });
    m.deletePartition('x', 0);
    // Retention, flush.ms, checkpoints, the log cleaner's next round, and the delayed deletion.
    expect(sched.pending).toBe(5);
    m.close();
    expect(sched.pending).toBe(0);
  });
});

// Moves between log dirs (AlterReplicaLogDirs): a future log filled by follower appends is promoted in place of the
// current one, a future log left by a stop is removed at start-up, and a partition found in two dirs (a swap cut
// between its renames) keeps the log that has more.
describe.each(backends)('LogManager future logs on $name', (backend) => {
  withNativeCrc();
  let io: SegmentIO;
  let root: string;
  let cleanup: () => void;
  let sched: ManualScheduler;
  beforeEach(() => {
    ({ io, root, cleanup } = backend.make());
    sched = new ManualScheduler();
  });
  afterEach(() => cleanup());
  const a = (): string => join(root, 'a');
  const b = (): string => join(root, 'b');
  const open = (): LogManager =>
    LogManager.open({ logDirs: [a(), b()], io, logger: silentLogger, scheduler: sched, clock: () => sched.now });

  it('promotes a caught-up future log in the other dir, with the same offsets, start offset and high watermark', () => {
    const m = open();
    const log = m.createPartition('t', 0, { 'file.delete.delay.ms': 0 });
    for (let i = 0; i < 5; i++) log.append(makeBatch(2, 1 + i), { leaderEpoch: 3 });
    log.setHighWatermark(asOffset(8));
    log.deleteRecordsBefore(3);
    const from = m.logDirOf(log)!;
    const to = from === a() ? b() : a();
    const future = m.createFutureLog(log, to);
    expect(future.dir).toMatch(/t-0\.[0-9a-f]{32}-future$/);
    // The copy starts where the batch holding the log start offset does.
    future.startAt(2);
    const batches = readAll(log);
    for (const batch of batches) future.appendAsFollower(batch);
    const promoted = m.promoteFuture(log, future);
    expect(promoted.dir).toBe(join(to, 't-0'));
    expect(m.getPartition('t', 0)).toBe(promoted);
    expect([promoted.logStartOffset, promoted.highWatermark, promoted.logEndOffset]).toEqual([3, 8, 10]);
    expectBatches(readAll(promoted), batches);
    expect(promoted.leaderEpochs.entries).toEqual([{ epoch: 3, startOffset: 2 }]);
    expect(io.exists(join(from, 't-0'))).toBe(false);
    promoted.append(makeBatch(1, 9), { leaderEpoch: 3 });
    m.close();

    const again = open();
    const reopened = again.getPartition('t', 0)!;
    expect(reopened.dir).toBe(join(to, 't-0'));
    expect([reopened.logStartOffset, reopened.logEndOffset]).toEqual([3, 11]);
    again.close();
  });

  it('removes a future log left by a stop, and keeps the larger of a partition found in two dirs', () => {
    const m = open();
    const log = m.createPartition('t', 0);
    log.append(makeBatch(2, 1), { leaderEpoch: 0 });
    const other = m.logDirOf(log) === a() ? b() : a();
    const future = m.createFutureLog(log, other);
    future.appendAsFollower(readAll(log)[0]!);
    future.close();
    m.close();
    // A second copy of the partition with one batch more, as a swap cut between its renames would leave it.
    const twin = PartitionLog.open({
      io,
      dir: join(other, 't-0'),
      topic: 't',
      partition: 0,
      config: resolveLogConfig({}),
      logger: silentLogger,
      cleanShutdown: true,
    });
    twin.appendAsFollower(makeBatch(2, 1));
    twin.appendAsFollower(rebase(makeBatch(1, 2), 2));
    twin.close();

    const again = open();
    expect(io.readdir(other).filter((n) => n.endsWith('-future'))).toEqual([]);
    const kept = again.getPartition('t', 0)!;
    expect(kept.dir).toBe(join(other, 't-0'));
    expect(kept.logEndOffset).toBe(3);
    const first = other === a() ? b() : a();
    expect(io.exists(join(first, 't-0'))).toBe(false);
    again.close();
  });
});

/** The batch with its base offset set to `offset` (its CRC does not cover the base offset). */
function rebase(batch: Buffer, offset: number): Buffer {
  const copy = Buffer.from(batch);
  copy.writeBigInt64BE(BigInt(offset), 0);
  return copy;
}

// A log dir failing at run time: the fence makes every I/O under the dir fail with EIO, the manager hears of the
// first failure (onLogDirFailure) and failDir takes the dir offline with its logs while the other dir goes on.
describe.each(backends)('LogManager log dir failure on $name', (backend) => {
  withNativeCrc();
  let root: string;
  let cleanup: () => void;
  let fence: LogDirFence;
  beforeEach(() => {
    let io: SegmentIO;
    ({ io, root, cleanup } = backend.make());
    fence = new LogDirFence(io);
  });
  afterEach(() => cleanup());

  it('reports the first I/O failure of a fenced dir; failDir takes only its logs offline', () => {
    const a = join(root, 'a');
    const b = join(root, 'b');
    const heard: [string, string | undefined][] = [];
    const sched = new ManualScheduler();
    const m = LogManager.open({
      logDirs: [a, b],
      io: fence,
      logger: silentLogger,
      scheduler: sched,
      clock: () => sched.now,
      onLogDirFailure: (dir, error) => heard.push([dir, error.errno]),
    });
    const inA = m.createPartition('t', 0);
    const inB = m.createPartition('t', 1);
    expect([m.logDirOf(inA), m.logDirOf(inB)]).toEqual([a, b]);
    inB.append(makeBatch(1, 1), { leaderEpoch: 0 });
    fence.fail(b);
    expect(() => inB.append(makeBatch(1, 1), { leaderEpoch: 0 })).toThrow(KafkaStorageError);
    expect(heard).toEqual([[b, 'EIO']]);
    expect(m.failDir(b, new KafkaStorageError('dead disk'))).toEqual([{ topic: 't', partition: 1 }]);
    expect(m.failDir(b, new KafkaStorageError('again'))).toEqual([]);
    expect(m.getPartition('t', 1)).toBeUndefined();
    expect(m.isOffline('t', 1)).toBe(true);
    expect(() => m.createPartition('t', 1, {}, false)).toThrow(PartitionOfflineError);
    expect([...m.offlineLogDirs().keys()]).toEqual([b]);
    inA.append(makeBatch(2, 1), { leaderEpoch: 0 });
    expect(m.createPartition('u', 0).dir).toBe(join(a, 'u-0'));
    m.checkpoint();
    // No further report once the dir is offline.
    expect(m.probeDir(b)).toBe(false);
    expect(heard).toHaveLength(1);
    m.close();
  });
});
