import { asOffset, LeaderEpochCache, MemorySegmentIO, OffsetOutOfRangeError } from '../src/index';
import { makeBatch } from './helpers/batches';
import { openLog, partitionDir } from './helpers/log';

describe('LeaderEpochCache (leader-epoch-checkpoint)', () => {
  it('answers endOffsetFor as Kafka does and persists in the checkpoint format', () => {
    const io = new MemorySegmentIO();
    io.mkdir('/d');
    const cache = new LeaderEpochCache(io, '/d');
    expect(cache.endOffsetFor(0, 10)).toEqual({ leaderEpoch: -1, offset: -1 });
    cache.assign(1, 0);
    cache.assign(3, 5);
    cache.assign(2, 7); // older than the latest: ignored
    expect(cache.entries).toEqual([
      { epoch: 1, startOffset: 0 },
      { epoch: 3, startOffset: 5 },
    ]);
    expect(cache.endOffsetFor(3, 9)).toEqual({ leaderEpoch: 3, offset: 9 });
    expect(cache.endOffsetFor(2, 9)).toEqual({ leaderEpoch: 1, offset: 5 });
    expect(cache.endOffsetFor(0, 9)).toEqual({ leaderEpoch: 0, offset: 0 });
    expect(cache.endOffsetFor(4, 9)).toEqual({ leaderEpoch: -1, offset: -1 });
    expect(cache.endOffsetFor(-1, 9)).toEqual({ leaderEpoch: -1, offset: -1 });
    expect(io.readFile('/d/leader-epoch-checkpoint')!.toString()).toBe('0\n2\n1 0\n3 5\n');
    cache.truncateFromEnd(5);
    expect(new LeaderEpochCache(io, '/d').entries).toEqual([{ epoch: 1, startOffset: 0 }]);
    io.writeFileAtomic('/d/leader-epoch-checkpoint', Buffer.from('1\n0\n'));
    expect(() => new LeaderEpochCache(io, '/d')).toThrow(/not a version 0 leader epoch checkpoint/);
  });

  it("appendAsFollower keeps the leader's offsets and epochs; truncation drops later epochs", () => {
    const io = new MemorySegmentIO();
    const leader = openLog(io, '/leader');
    const follower = openLog(io, '/follower');
    leader.append(makeBatch(2, 1000), { leaderEpoch: 0 });
    leader.append(makeBatch(3, 1001), { leaderEpoch: 4 });
    for (const buf of leader.read(0, 1 << 20).records) follower.appendAsFollower(buf);
    expect(follower.logEndOffset).toBe(5);
    expect(Buffer.concat(follower.read(0, 1 << 20).records)).toEqual(Buffer.concat(leader.read(0, 1 << 20).records));
    expect(follower.leaderEpochs.entries).toEqual([
      { epoch: 0, startOffset: 0 },
      { epoch: 4, startOffset: 2 },
    ]);
    // Below the log end offset: refused.
    expect(() => follower.appendAsFollower(leader.read(0, 1 << 20).records[0]!)).toThrow(OffsetOutOfRangeError);
    follower.truncateTo(asOffset(2));
    expect(follower.leaderEpochs.entries).toEqual([{ epoch: 0, startOffset: 0 }]);
    expect(io.readFile(`${partitionDir('/follower')}/leader-epoch-checkpoint`)!.toString()).toBe('0\n1\n0 0\n');
  });
});
