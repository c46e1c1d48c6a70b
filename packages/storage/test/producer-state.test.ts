import { join } from 'node:path';
import { buildRecordBatch } from '@samsa/protocol';
import {
  InvalidProducerEpochError,
  InvalidRecordError,
  InvalidTxnStateError,
  OutOfOrderSequenceError,
  ProducerStateManager,
  SNAPSHOT_SUFFIX,
  listSnapshotOffsets,
  offsetFileName,
} from '../src';
import { backends, withNativeCrc } from './helpers/backends';
import { openLog, partitionDir, readAll, splitBatches } from './helpers/log';

const T0 = 1_700_000_000_000;

function batch(o: { pid: number; epoch?: number; seq: number; count?: number; txn?: boolean; ts?: number }): Buffer {
  const count = o.count ?? 1;
  return buildRecordBatch({
    records: Array.from({ length: count }, (_, i) => ({ value: Buffer.from(`v${o.seq + i}`) })),
    baseTimestamp: o.ts ?? T0,
    producerId: o.pid,
    producerEpoch: o.epoch ?? 0,
    baseSequence: o.seq,
    transactional: o.txn ?? false,
  });
}

function marker(pid: number, epoch: number, commit: boolean, coordinatorEpoch = 0): Buffer {
  const key = Buffer.alloc(4);
  key.writeInt16BE(0, 0);
  key.writeInt16BE(commit ? 1 : 0, 2);
  const value = Buffer.alloc(6);
  value.writeInt16BE(0, 0);
  value.writeInt32BE(coordinatorEpoch, 2);
  return buildRecordBatch({
    records: [{ key, value }],
    baseTimestamp: T0,
    producerId: pid,
    producerEpoch: epoch,
    baseSequence: -1,
    transactional: true,
    control: true,
  });
}

describe.each(backends)('producer state in PartitionLog on $name', (backend) => {
  withNativeCrc();
  let io: ReturnType<typeof backend.make>['io'];
  let root: string;
  let cleanup: () => void;
  beforeEach(() => ({ io, root, cleanup } = backend.make()));
  afterEach(() => cleanup());

  it('answers a retry of any of the last 5 batches with its original offsets and writes nothing', () => {
    const log = openLog(io, root);
    const offsets: number[] = [];
    for (let seq = 0; seq < 6; seq++)
      offsets.push(log.append(batch({ pid: 7, seq: seq * 2, count: 2 }), { leaderEpoch: 0 }).baseOffset);
    expect(offsets).toEqual([0, 2, 4, 6, 8, 10]);
    const end = log.logEndOffset;
    // Batches 1..5 are remembered; batch 0 (seq 0-1) fell out of the window.
    for (let i = 1; i < 6; i++) {
      const r = log.append(batch({ pid: 7, seq: i * 2, count: 2 }), { leaderEpoch: 0 });
      expect(r).toMatchObject({
        baseOffset: offsets[i],
        lastOffset: offsets[i] + 1,
        duplicate: true,
        logAppendTime: T0,
      });
    }
    expect(log.logEndOffset).toBe(end);
    expect(() => log.append(batch({ pid: 7, seq: 0, count: 2 }), { leaderEpoch: 0 })).toThrow(OutOfOrderSequenceError);
    expect(log.logEndOffset).toBe(end);
    log.close();
  });

  it('rejects gaps, old epochs and new epochs not starting at 0; accepts a new epoch at 0 and unknown producers at any sequence', () => {
    const log = openLog(io, root);
    log.append(batch({ pid: 1, epoch: 3, seq: 0 }), { leaderEpoch: 0 });
    expect(() => log.append(batch({ pid: 1, epoch: 3, seq: 2 }), { leaderEpoch: 0 })).toThrow(OutOfOrderSequenceError);
    expect(() => log.append(batch({ pid: 1, epoch: 2, seq: 1 }), { leaderEpoch: 0 })).toThrow(
      InvalidProducerEpochError,
    );
    expect(() => log.append(batch({ pid: 1, epoch: 4, seq: 5 }), { leaderEpoch: 0 })).toThrow(OutOfOrderSequenceError);
    expect(log.logEndOffset).toBe(1);
    expect(log.append(batch({ pid: 1, epoch: 4, seq: 0 }), { leaderEpoch: 0 }).baseOffset).toBe(1);
    expect(log.append(batch({ pid: 1, epoch: 4, seq: 1 }), { leaderEpoch: 0 }).baseOffset).toBe(2);
    // Kafka accepts any sequence from a producer it has no state for.
    expect(log.append(batch({ pid: 2, seq: 1234 }), { leaderEpoch: 0 }).baseOffset).toBe(3);
    expect(log.append(batch({ pid: 2, seq: 1235 }), { leaderEpoch: 0 }).baseOffset).toBe(4);
    // Non-idempotent batches are not checked.
    expect(log.append(batch({ pid: -1, epoch: -1, seq: -1 }), { leaderEpoch: 0 }).baseOffset).toBe(5);
    expect(log.append(batch({ pid: -1, epoch: -1, seq: -1 }), { leaderEpoch: 0 }).baseOffset).toBe(6);
    log.close();
  });

  it('wraps the sequence after Int32 max', () => {
    const log = openLog(io, root);
    log.append(batch({ pid: 3, seq: 0x7fffffff - 1, count: 2 }), { leaderEpoch: 0 });
    expect(log.append(batch({ pid: 3, seq: 0 }), { leaderEpoch: 0 }).baseOffset).toBe(2);
    log.close();
  });

  it('tracks open transactions: the first offset bounds the stable offset, markers close them, plain writes are refused meanwhile', () => {
    const log = openLog(io, root);
    log.append(batch({ pid: -1, seq: -1, epoch: -1 }), { leaderEpoch: 0 });
    log.append(batch({ pid: 5, seq: 0, txn: true }), { leaderEpoch: 0 });
    log.append(batch({ pid: 5, seq: 1, txn: true }), { leaderEpoch: 0 });
    expect(log.producerState.firstUnstableOffset()).toBe(1);
    expect(() => log.append(batch({ pid: 5, seq: 2 }), { leaderEpoch: 0 })).toThrow(InvalidTxnStateError);
    // Clients may not write markers (LogValidator).
    expect(() => log.append(marker(5, 0, true), { leaderEpoch: 0 })).toThrow(InvalidRecordError);
    const r = log.append(marker(5, 0, false), { leaderEpoch: 0, fromClient: false });
    expect(r.completedTxns).toEqual([{ producerId: 5, firstOffset: 1, lastOffset: 3, isAborted: true }]);
    expect(log.producerState.firstUnstableOffset()).toBe(-1);
    // The next transaction continues the sequence.
    expect(log.append(batch({ pid: 5, seq: 2, txn: true }), { leaderEpoch: 0 }).baseOffset).toBe(4);
    log.close();
  });

  it('survives a clean restart through the snapshot written on close', () => {
    let log = openLog(io, root);
    for (let seq = 0; seq < 3; seq++) log.append(batch({ pid: 11, seq }), { leaderEpoch: 0 });
    log.append(batch({ pid: 12, seq: 0, txn: true }), { leaderEpoch: 0 });
    log.close();
    expect(listSnapshotOffsets(io, partitionDir(root))).toEqual([4]);
    log = openLog(io, root, { clean: true });
    // The last batch is still recognised as a duplicate, a gap is still refused, the transaction is still open.
    expect(log.append(batch({ pid: 11, seq: 2 }), { leaderEpoch: 0 })).toMatchObject({
      baseOffset: 2,
      duplicate: true,
    });
    expect(() => log.append(batch({ pid: 11, seq: 4 }), { leaderEpoch: 0 })).toThrow(OutOfOrderSequenceError);
    expect(log.producerState.firstUnstableOffset()).toBe(3);
    log.close();
  });

  it("writes no snapshot on close when nothing arrived since the newest one, as Kafka's takeSnapshot", () => {
    const snapshotWrites: string[] = [];
    const counting = new Proxy(io, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver) as unknown;
        if (key === 'writeFileAtomic') {
          return (path: string, data: Buffer) => {
            if (path.endsWith(SNAPSHOT_SUFFIX)) snapshotWrites.push(path);
            return target.writeFileAtomic(path, data);
          };
        }
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    let log = openLog(counting, root);
    log.close();
    expect([snapshotWrites.length, listSnapshotOffsets(io, partitionDir(root))]).toEqual([0, []]);
    log = openLog(counting, root, { clean: true });
    log.append(batch({ pid: 21, seq: 0, count: 2 }), { leaderEpoch: 0 });
    log.close();
    expect([snapshotWrites.length, listSnapshotOffsets(io, partitionDir(root))]).toEqual([1, [2]]);
    log = openLog(counting, root, { clean: true });
    log.close();
    expect([snapshotWrites.length, listSnapshotOffsets(io, partitionDir(root))]).toEqual([1, [2]]);
    // The state still comes back from that snapshot.
    log = openLog(counting, root, { clean: true });
    expect(log.append(batch({ pid: 21, seq: 0, count: 2 }), { leaderEpoch: 0 })).toMatchObject({
      baseOffset: 0,
      duplicate: true,
    });
    log.append(batch({ pid: 21, seq: 2 }), { leaderEpoch: 0 });
    log.close();
    expect([snapshotWrites.length, listSnapshotOffsets(io, partitionDir(root))]).toEqual([2, [2, 3]]);
  });

  it('rebuilds from the log after a crash with no snapshot, and ignores snapshots past the log end', () => {
    let log = openLog(io, root, { config: { 'segment.bytes': 200 } });
    for (let seq = 0; seq < 8; seq++) log.append(batch({ pid: 21, seq }), { leaderEpoch: 0 });
    log.flush();
    expect(log.segmentCount).toBeGreaterThan(1);
    const rolledSnapshots = listSnapshotOffsets(io, partitionDir(root));
    expect(rolledSnapshots.length).toBeGreaterThan(0);
    // A crash that lost the snapshots, and a bogus one from "the future" that must not be trusted.
    for (const o of rolledSnapshots) io.unlink(join(partitionDir(root), offsetFileName(o, SNAPSHOT_SUFFIX)));
    const empty = new ProducerStateManager().snapshot();
    io.writeFileAtomic(join(partitionDir(root), offsetFileName(1000, SNAPSHOT_SUFFIX)), empty);
    log = openLog(io, root, { clean: false, recoveryPoint: 0, config: { 'segment.bytes': 200 } });
    expect(listSnapshotOffsets(io, partitionDir(root))).not.toContain(1000);
    for (let seq = 3; seq < 8; seq++) {
      expect(log.append(batch({ pid: 21, seq }), { leaderEpoch: 0 })).toMatchObject({
        baseOffset: seq,
        duplicate: true,
      });
    }
    expect(log.append(batch({ pid: 21, seq: 8 }), { leaderEpoch: 0 }).baseOffset).toBe(8);
    expect(splitBatches(readAll(log)).length).toBe(9);
    log.close();
  });

  it('ignores a corrupt snapshot and replays the log instead', () => {
    let log = openLog(io, root);
    log.append(batch({ pid: 31, seq: 0 }), { leaderEpoch: 0 });
    log.append(batch({ pid: 31, seq: 1 }), { leaderEpoch: 0 });
    log.close();
    const path = join(partitionDir(root), offsetFileName(2, SNAPSHOT_SUFFIX));
    const bytes = Buffer.from(io.readFile(path)!);
    bytes[bytes.length - 1] ^= 0xff;
    io.writeFileAtomic(path, bytes);
    log = openLog(io, root, { clean: true });
    expect(log.append(batch({ pid: 31, seq: 1 }), { leaderEpoch: 0 })).toMatchObject({
      baseOffset: 1,
      duplicate: true,
    });
    expect(() => log.append(batch({ pid: 31, seq: 3 }), { leaderEpoch: 0 })).toThrow(OutOfOrderSequenceError);
    log.close();
  });

  it('expires idle producers after producer.id.expiration.ms, keeping those with an open transaction', () => {
    const log = openLog(io, root);
    log.append(batch({ pid: 41, seq: 0, ts: T0 }), { leaderEpoch: 0 });
    log.append(batch({ pid: 42, seq: 0, ts: T0, txn: true }), { leaderEpoch: 0 });
    expect(log.producerState.removeExpiredProducers(T0 + 1000, 1000)).toBe(1);
    expect(log.producerState.entry(41)).toBeUndefined();
    expect(log.producerState.entry(42)).toBeDefined();
    // With no state left, any sequence is accepted again.
    expect(log.append(batch({ pid: 41, seq: 17 }), { leaderEpoch: 0 }).baseOffset).toBe(2);
    log.close();
  });
});
