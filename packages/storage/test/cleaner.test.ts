// The log cleaner on every backend, case by case: what a pass keeps of keyed records and tombstones (offsets,
// timestamps, headers, compression), delete.retention.ms, transactions (aborted data, markers, the transaction index,
// read_committed, the last stable offset), the producer state after cleaning, retention by policy, a full offset map,
// a log closed under a pass, the open-file budget, and the log manager's background cleaning, checkpoint and
// compact(). The offset map and key hash are checked on their own first.
import { join } from 'node:path';
import { BatchHeaderView, buildRecordBatch, CompressionType, readBatchHeader } from '@samsa/protocol';
import {
  CLEANER_OFFSET_CHECKPOINT,
  hashKey,
  LogManager,
  logManagerConfigFromProps,
  OffsetMap,
  readCheckpoint,
  type PartitionLog,
} from '../src';
import { backends, silentLogger, withNativeCrc } from './helpers/backends';
import { cleanOnce, describeRecord, keyedBatch, readCommitted, readRecords, type KV } from './helpers/compaction';
import { openLog, partitionDir, readAll } from './helpers/log';
import { ManualScheduler } from './helpers/scheduler';

withNativeCrc();
jest.setTimeout(60_000);

const T0 = 1_700_000_000_000;
const DAY = 86_400_000;

describe('offset map', () => {
  it('maps each key to its latest offset, and counts as full at its load factor', () => {
    const map = new OffsetMap(24 * 1024, 10_000, 0.75, 99);
    expect(map.latestOffset).toBe(99);
    expect(map.maxSlots).toBe(1024);
    expect(map.maxEntries).toBe(768);
    const key = (i: number): Buffer => Buffer.from(`key-${i}`);
    for (let i = 0; i < 700; i++) map.put(key(i % 500), 0, key(i % 500).length, 100 + i);
    expect(map.size).toBe(500);
    expect(map.get(key(3), 0, key(3).length)).toBe(603);
    expect(map.get(key(499), 0, key(499).length)).toBe(599);
    expect(map.get(key(501), 0, key(501).length)).toBe(-1);
    expect(map.latestOffset).toBe(799);
    expect(map.full).toBe(false);
    for (let i = 500; i < 768; i++) map.put(key(i), 0, key(i).length, 1000 + i);
    expect(map.full).toBe(true);
    // Lookups stay short at that load.
    expect(map.probesPerLookup).toBeLessThan(4);
  });

  it('sizes itself for the dirty section, never past the dedupe buffer, and grows with its keys', () => {
    expect(new OffsetMap(128 << 20, 100, 0.9, -1).maxSlots).toBe(128);
    expect(new OffsetMap(24 * 100, 1_000_000, 0.9, -1).maxSlots).toBe(64);
    const map = new OffsetMap(128 << 20, 1_000_000, 0.9, -1);
    expect(map.maxSlots).toBe(2 ** 21);
    expect(map.slots).toBe(1024);
    const key = (i: number): Buffer => Buffer.from(`k${i}`);
    for (let i = 0; i < 50_000; i++) map.put(key(i), 0, key(i).length, i);
    expect(map.slots).toBe(131_072);
    for (let i = 0; i < 50_000; i += 997) expect(map.get(key(i), 0, key(i).length)).toBe(i);
    expect(map.size).toBe(50_000);
  });

  it('hashes keys of every length to distinct values', () => {
    const out = new Int32Array(4);
    const seen = new Set<string>();
    for (let i = 0; i < 100_000; i++) {
      const k = Buffer.from(`k${i}`.padEnd(1 + (i % 40), '*'));
      hashKey(k, 0, k.length, 42, out);
      seen.add(out.join(','));
    }
    expect(seen.size).toBe(100_000);
    const a = new Int32Array(4);
    const b = new Int32Array(4);
    const buf = Buffer.from('xxhello worldxx');
    hashKey(buf, 2, 13, 7, a);
    hashKey(Buffer.from('hello world'), 0, 11, 7, b);
    expect([...a]).toEqual([...b]);
    hashKey(Buffer.from('hello world'), 0, 11, 8, b);
    expect([...a]).not.toEqual([...b]);
  });
});

describe.each(backends.map((b) => [b.name, b] as const))('log cleaner on %s', (_name, backend) => {
  let made: ReturnType<typeof backend.make>;
  beforeEach(() => {
    made = backend.make();
  });
  afterEach(() => made.cleanup());

  const open = (config: Record<string, string | number> = {}, clock = () => T0): PartitionLog =>
    openLog(made.io, made.root, {
      config: { 'cleanup.policy': 'compact', 'segment.bytes': 1200, ...config },
      clock,
    });
  const put = async (log: PartitionLog, records: KV[], o: Parameters<typeof keyedBatch>[1] = {}) =>
    log.append(await keyedBatch(records, o), { leaderEpoch: 0, fromClient: !o.transactional });
  const done = (log: PartitionLog): void => {
    log.roll();
    log.setHighWatermark(log.logEndOffset);
  };

  it('keeps the latest record of each key with its offset, timestamp and headers, and merges small segments', async () => {
    const log = open({ 'segment.bytes': 500 });
    for (let round = 0; round < 12; round++) {
      await put(
        log,
        ['a', 'b', 'c', 'd'].map((k, i) => ({
          key: k,
          value: `${k}${round}`,
          timestamp: T0 + round * 10 + i,
          headers: [{ key: 'round', value: String(round) }],
        })),
      );
    }
    done(log);
    const before = log.segmentCount;
    expect(before).toBeGreaterThan(3);
    const stats = await cleanOnce(log, T0);
    expect(stats.endOffset).toBe(48);
    expect((await readRecords(log)).map(describeRecord)).toEqual([
      `44:a=a11@${T0 + 110}[round=11]`,
      `45:b=b11@${T0 + 111}[round=11]`,
      `46:c=c11@${T0 + 112}[round=11]`,
      `47:d=d11@${T0 + 113}[round=11]`,
    ]);
    expect(stats.recordsRead - stats.recordsKept).toBe(44);
    // The next pass merges the small cleaned segments into one.
    await cleanOnce(log, T0);
    expect(log.segmentCount).toBe(2);
    // Offsets past what was removed read from the next batch kept; lookups by time still work.
    expect(readBatchHeader(log.read(10, 1 << 20).records[0] as Buffer).baseOffset).toBeLessThanOrEqual(44);
    expect(log.offsetForTimestamp(T0 + 5)?.offset).toBe(44);
    expect(log.offsetForTimestamp(T0 + 112)?.offset).toBe(46);
    expect(log.logEndOffset).toBe(48);
    // Every batch written is whole and valid (CRC32C), as a restart's recovery checks.
    log.close();
    const again = openLog(made.io, made.root, { config: { 'cleanup.policy': 'compact' }, clean: false });
    expect((await readRecords(again)).map((r) => r.offset)).toEqual([44, 45, 46, 47]);
    again.close();
  });

  it('keeps a tombstone until delete.retention.ms after the pass that first kept it', async () => {
    const log = open({ 'delete.retention.ms': 1000 });
    await put(log, [{ key: 'k', value: 'v1', timestamp: T0 }]);
    await put(log, [{ key: 'k', value: null, timestamp: T0 + 1 }]);
    await put(log, [{ key: 'other', value: 'x', timestamp: T0 + 2 }]);
    done(log);
    await cleanOnce(log, T0 + 5000);
    expect((await readRecords(log)).map(describeRecord)).toEqual([`1:k=null@${T0 + 1}[]`, `2:other=x@${T0 + 2}[]`]);
    // The batch now carries its delete horizon (KIP-534) as its base timestamp; the record keeps its own timestamp.
    const tomb = readAll(log).find((b) => readBatchHeader(b).baseOffset === 1) as Buffer;
    const h = new BatchHeaderView().at(tomb, 0);
    expect(h.hasDeleteHorizon).toBe(true);
    expect(h.baseTimestamp).toBe(T0 + 6000);
    await cleanOnce(log, T0 + 5999);
    expect((await readRecords(log)).map((r) => r.offset)).toEqual([1, 2]);
    await cleanOnce(log, T0 + 6000);
    expect((await readRecords(log)).map((r) => r.offset)).toEqual([2]);
  });

  it('recompresses a batch that lost records with its own codec', async () => {
    const log = open();
    await put(
      log,
      [
        { key: 'a', value: 'old', timestamp: T0 },
        { key: 'b', value: 'kept', timestamp: T0 + 1 },
      ],
      { codec: CompressionType.zstd },
    );
    await put(log, [{ key: 'a', value: 'new', timestamp: T0 + 2 }], { codec: CompressionType.lz4 });
    done(log);
    await cleanOnce(log, T0);
    const batches = readAll(log).filter((b) => readBatchHeader(b).recordCount > 0);
    expect(batches.map((b) => new BatchHeaderView().at(b, 0).compression)).toEqual([
      CompressionType.zstd,
      CompressionType.lz4,
    ]);
    expect((await readRecords(log)).map(describeRecord)).toEqual([`1:b=kept@${T0 + 1}[]`, `2:a=new@${T0 + 2}[]`]);
  });

  it('removes aborted transactions at once and markers once their data is gone and delete.retention.ms passed', async () => {
    const log = open({ 'delete.retention.ms': 1000 });
    const txn = (pid: number) => ({ producerId: pid, producerEpoch: 0, baseSequence: 0, transactional: true });
    const marker = (pid: number, type: 'COMMIT' | 'ABORT') =>
      log.appendControlMarker({
        producerId: pid,
        producerEpoch: 0,
        coordinatorEpoch: 0,
        type,
        leaderEpoch: 0,
        now: T0,
      });
    await put(log, [{ key: 'a', value: 'aborted', timestamp: T0 }], txn(1)); // 0
    await put(log, [{ key: 'b', value: 'committed', timestamp: T0 }], txn(2)); // 1
    marker(1, 'ABORT'); // 2
    marker(2, 'COMMIT'); // 3
    await put(log, [{ key: 'b', value: 'plain', timestamp: T0 }]); // 4
    log.roll();
    await put(log, [{ key: 'c', value: 'more', timestamp: T0 }], txn(3)); // 5
    await put(log, [{ key: 'z', value: 'later', timestamp: T0 }]); // 6
    log.roll();
    // Producer 3's transaction is still open: the cleaner stops before its first offset (the last stable offset).
    await put(log, [{ key: 'z', value: 'newer', timestamp: T0 }]); // 7
    log.setHighWatermark(log.logEndOffset);
    expect(log.lastStableOffset).toBe(5);
    const stats = await cleanOnce(log, T0);
    expect(stats.endOffset).toBe(5);
    expect((await readRecords(log)).filter((r) => r.offset >= 5).map((r) => r.offset)).toEqual([5, 6, 7]);
    // The aborted record went, with the transaction's index entry; its marker stays (its data was there this pass).
    const got = await readRecords(log);
    expect(got.map((r) => (r.control ? `${r.offset}:marker` : `${r.offset}:${r.value}`))).toEqual([
      '2:marker',
      '3:marker',
      '4:plain',
      '5:more',
      '6:later',
      '7:newer',
    ]);
    expect(log.abortedTransactions().map((t) => [t.producerId, t.firstOffset, t.lastOffset])).toEqual([[1, 0, 2]]);
    marker(3, 'COMMIT'); // 8
    done(log);
    expect((await readCommitted(log)).map((r) => r.value)).toEqual(['plain', 'more', 'later', 'newer']);
    // Producers 1 and 2 are active: their last batches (0 and 1) stay, emptied, so their sequences and epochs
    // survive, and with them the transactions' markers and index entry.
    await cleanOnce(log, T0 + 10);
    const emptied = readAll(log).filter((b) => readBatchHeader(b).baseOffset < 2);
    expect(emptied.map((b) => [readBatchHeader(b).producerId, readBatchHeader(b).recordCount])).toEqual([
      [1, 0],
      [2, 0],
    ]);
    expect(log.abortedTransactions()).toHaveLength(1);
    // Once the producers expire, the batches go; the next pass finds the markers alone and sets their horizon, and
    // the first pass delete.retention.ms later removes them.
    expect(log.producerState.removeExpiredProducers(T0 + DAY, 1000)).toBe(3);
    await cleanOnce(log, T0 + 20);
    expect(readAll(log).filter((b) => readBatchHeader(b).baseOffset < 2)).toEqual([]);
    expect(log.abortedTransactions()).toHaveLength(1);
    await cleanOnce(log, T0 + 30);
    expect(log.abortedTransactions()).toEqual([]);
    expect((await readRecords(log)).filter((r) => r.control && r.offset < 5).map((r) => r.offset)).toEqual([2, 3]);
    await cleanOnce(log, T0 + 1029);
    expect((await readRecords(log)).filter((r) => r.control && r.offset < 5).map((r) => r.offset)).toEqual([2, 3]);
    await cleanOnce(log, T0 + 1030);
    expect((await readRecords(log)).filter((r) => r.control && r.offset < 5)).toEqual([]);
    expect((await readCommitted(log)).map((r) => r.value)).toEqual(['plain', 'more', 'newer']);
  });

  it("keeps an idempotent producer's last batch, so its state survives cleaning and a restart", async () => {
    const log = open();
    const batch = (seq: number, value: string) =>
      buildRecordBatch({
        records: [{ key: Buffer.from('k'), value: Buffer.from(value), timestamp: T0 }],
        baseTimestamp: T0,
        producerId: 42,
        producerEpoch: 3,
        baseSequence: seq,
      });
    for (let seq = 0; seq < 5; seq++) log.append(batch(seq, `p${seq}`), { leaderEpoch: 0 });
    await put(log, [{ key: 'k', value: 'someone else', timestamp: T0 }]);
    done(log);
    await cleanOnce(log, T0);
    expect((await readRecords(log)).map((r) => r.value)).toEqual(['someone else']);
    const last = readAll(log).find((b) => readBatchHeader(b).producerId === 42) as Buffer;
    expect(readBatchHeader(last)).toMatchObject({ baseOffset: 4, recordCount: 0, baseSequence: 4, producerEpoch: 3 });
    log.close();
    const again = openLog(made.io, made.root, { config: { 'cleanup.policy': 'compact' }, clean: false });
    // A retry of the last batch is recognised and answered with its original offset.
    expect(again.append(batch(4, 'p4'), { leaderEpoch: 0 })).toMatchObject({ baseOffset: 4, duplicate: true });
    expect(again.append(batch(5, 'p5'), { leaderEpoch: 0 }).baseOffset).toBe(6);
    again.close();
  });

  it('applies retention.ms only when cleanup.policy includes delete', async () => {
    for (const policy of ['compact', 'compact,delete']) {
      const root = join(made.root, policy.replace(',', '-'));
      const log = openLog(made.io, root, {
        config: { 'cleanup.policy': policy, 'segment.bytes': 1200, 'retention.ms': 1000 },
      });
      for (let i = 0; i < 30; i++)
        log.append(await keyedBatch([{ key: `k${i}`, value: 'v'.repeat(50), timestamp: T0 }]), { leaderEpoch: 0 });
      log.roll();
      log.setHighWatermark(log.logEndOffset);
      const deleted = log.deleteOldSegments(T0 + 10 * DAY);
      expect({ policy, deleted: deleted > 0 }).toEqual({ policy, deleted: policy === 'compact,delete' });
      log.close();
    }
  });

  it('cleans up to where a small dedupe buffer fills, and the rest on the next passes', async () => {
    const log = open({ 'segment.bytes': 600 });
    for (let i = 0; i < 60; i++) await put(log, [{ key: `k${i % 30}`, value: `v${i}`, timestamp: T0 }]);
    done(log);
    const config = { dedupeBufferSize: 24 * 16, dedupeBufferLoadFactor: 0.75 };
    const first = await cleanOnce(log, T0, config);
    expect(first.endOffset).toBeGreaterThan(0);
    expect(first.endOffset).toBeLessThan(60);
    let end = first.endOffset;
    for (let pass = 0; end < 60 && pass < 20; pass++) end = (await cleanOnce(log, T0, config)).endOffset;
    expect(end).toBe(60);
    expect((await readRecords(log)).map((r) => r.value)).toEqual(Array.from({ length: 30 }, (_, i) => `v${30 + i}`));
  });

  it('stops a pass when its log is closed, leaving no cleaned file', async () => {
    const log = open({ 'segment.bytes': 600 });
    for (let i = 0; i < 80; i++) await put(log, [{ key: `k${i % 5}`, value: `v${i}`, timestamp: T0 }]);
    done(log);
    const pass = cleanOnce(log, T0, { ioBufferSize: 1 });
    await new Promise((r) => setImmediate(r));
    log.close();
    await expect(pass).rejects.toThrow(/the log closed/);
    expect(made.io.readdir(partitionDir(made.root)).filter((n) => /\.(cleaned|swap)$/.test(n))).toEqual([]);
    const again = openLog(made.io, made.root, { config: { 'cleanup.policy': 'compact' } });
    expect(again.logEndOffset).toBe(80);
    again.close();
  });

  it('reads and writes segments through the bounded handle cache', async () => {
    const small = backend.make({ maxOpenFiles: 4 });
    try {
      const log = openLog(small.io, small.root, {
        config: { 'cleanup.policy': 'compact', 'segment.bytes': 300 },
        clock: () => T0,
      });
      for (let i = 0; i < 100; i++)
        log.append(await keyedBatch([{ key: `k${i % 7}`, value: `v${i}`, timestamp: T0 }]), { leaderEpoch: 0 });
      log.roll();
      log.setHighWatermark(log.logEndOffset);
      expect(log.segmentCount).toBeGreaterThan(10);
      await cleanOnce(log, T0);
      const handles = small.io.openHandles();
      expect(handles.evictions).toBeGreaterThan(0);
      // A handle is pinned only while an operation on it runs, so the cache goes over by one at most.
      expect(handles.peak).toBeLessThanOrEqual(5);
      expect((await readRecords(log)).map((r) => r.value)).toEqual([93, 94, 95, 96, 97, 98, 99].map((i) => `v${i}`));
      log.close();
    } finally {
      small.cleanup();
    }
  });

  describe('in a log manager', () => {
    const dirs = (): string[] => [join(made.root, 'd')];
    const manager = (sched: ManualScheduler, props: Record<string, string> = {}): LogManager =>
      LogManager.open({
        logDirs: dirs(),
        io: made.io,
        logger: silentLogger,
        config: logManagerConfigFromProps({ 'log.cleaner.backoff.ms': '1000', ...props }),
        scheduler: sched,
        clock: () => sched.now,
      });
    const fillDirty = async (log: PartitionLog, now: number): Promise<void> => {
      for (let i = 0; i < 40; i++)
        log.append(await keyedBatch([{ key: `k${i % 4}`, value: `v${i}`, timestamp: now }]), { leaderEpoch: 0 });
      log.roll();
      log.setHighWatermark(log.logEndOffset);
    };
    /** Lets a pass the scheduler started run to its end. */
    const settle = async (log: PartitionLog, passes: number): Promise<void> => {
      for (let i = 0; i < 200 && log.cleanerState.passes < passes; i++) await new Promise((r) => setImmediate(r));
    };

    it('cleans the dirtiest compacted log in the background and keeps its checkpoint across restarts', async () => {
      const sched = new ManualScheduler();
      let m = manager(sched);
      const compacted = m.createPartition('c', 0, { 'cleanup.policy': 'compact', 'segment.bytes': '600' });
      const plain = m.createPartition('p', 0, { 'segment.bytes': '600' });
      await fillDirty(compacted, sched.now);
      await fillDirty(plain, sched.now);
      sched.advance(999);
      expect(compacted.cleanerState.passes).toBe(0);
      sched.advance(1);
      await settle(compacted, 1);
      expect(compacted.cleanerState).toMatchObject({ passes: 1, firstDirtyOffset: 40, error: null });
      expect(compacted.cleanerState.recordsRemoved).toBe(36);
      expect(compacted.cleanerState.lastCleanTimeMs).toBe(sched.now);
      expect(plain.cleanerState.passes).toBe(0);
      expect(readCheckpoint(made.io, dirs()[0] as string, CLEANER_OFFSET_CHECKPOINT).get('c 0')).toBe(40);
      // Clean now: the ratio is 0 and nothing is cleaned until new records arrive.
      sched.advance(5000);
      await settle(compacted, 2);
      expect(compacted.cleanerState.passes).toBe(1);
      m.close();
      m = manager(sched);
      expect(m.getPartition('c', 0)?.cleanerState.firstDirtyOffset).toBe(40);
      m.close();
    });

    it('compact() rolls and cleans now, whatever the dirty ratio, and refuses a topic that is not compacted', async () => {
      const sched = new ManualScheduler();
      const m = manager(sched, { 'log.cleaner.enable': 'false' });
      const log = m.createPartition('c', 0, { 'cleanup.policy': 'compact' });
      for (let i = 0; i < 10; i++)
        log.append(await keyedBatch([{ key: `k${i % 2}`, value: `v${i}`, timestamp: sched.now }]), { leaderEpoch: 0 });
      log.setHighWatermark(log.logEndOffset);
      m.createPartition('p', 0);
      sched.advance(60_000);
      expect(log.cleanerState.passes).toBe(0);
      const [result] = await m.compact('c');
      expect(result).toMatchObject({
        topic: 'c',
        partition: 0,
        firstDirtyOffset: 0,
        endOffset: 10,
        recordsRead: 10,
        recordsRemoved: 8,
        segmentsBefore: 2,
      });
      expect(result?.error).toBeUndefined();
      expect((await readRecords(log)).map((r) => r.value)).toEqual(['v8', 'v9']);
      expect(await m.compact('p', 0)).toEqual([
        expect.objectContaining({ topic: 'p', error: 'cleanup.policy does not include compact', recordsRemoved: 0 }),
      ]);
      // All compacted partitions: only c.
      expect((await m.compact()).map((r) => r.topic)).toEqual(['c']);
      m.close();
    });
  });
});
