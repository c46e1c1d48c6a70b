/**
 * The replica sets of a reassignment (KIP-455) as Kafka's PartitionReassignmentReplicas and
 * PartitionReassignmentRevert compute them, and the sampled rate the replication throttles measure with (Kafka's
 * Rate over SampledStat windows).
 */
import type { PartitionState } from '../../src/cluster';
import { maybeComplete, reassigning, revertReassignment, startReassignment } from '../../src/replication/reassignment';
import { SampledRate } from '../../src/replication/replication-quota';

const state = (replicas: number[], isr: number[], extra: Partial<PartitionState> = {}): PartitionState => ({
  partition: 0,
  replicas,
  isr,
  leader: replicas[0] as number,
  leaderEpoch: 4,
  ...extra,
});

describe('reassignment replica sets', () => {
  it('puts the target first, then the removing replicas; adding and removing ascend', () => {
    const next = startReassignment(state([1, 2, 3], [1, 2, 3]), [5, 4, 3]);
    expect(next).toEqual({
      partition: 0,
      replicas: [5, 4, 3, 1, 2],
      isr: [1, 2, 3],
      leader: 1,
      leaderEpoch: 4,
      addingReplicas: [4, 5],
      removingReplicas: [1, 2],
    });
    expect(reassigning(next)).toBe(true);
  });

  it('a reorder is no reassignment; removing only completes with the ISR that stays', () => {
    const reordered = startReassignment(state([1, 2], [1, 2]), [2, 1]);
    expect(reassigning(reordered)).toBe(false);
    expect(maybeComplete(reordered)).toBeNull();
    const shrinking = startReassignment(state([1, 2, 3], [1, 2, 3]), [1, 3]);
    expect(maybeComplete(shrinking)).toEqual({
      partition: 0,
      replicas: [1, 3],
      isr: [1, 3],
      leader: 1,
      leaderEpoch: 4,
    });
  });

  it('completes only once every target replica is in the ISR, and never with an empty ISR', () => {
    const moving = startReassignment(state([1, 2], [1, 2]), [3, 2]);
    expect(maybeComplete(moving)).toBeNull();
    expect(maybeComplete({ ...moving, isr: [1, 2, 3] })).toEqual({
      partition: 0,
      replicas: [3, 2],
      // samsa keeps ISRs in replica order.
      isr: [3, 2],
      leader: 1,
      leaderEpoch: 4,
    });
    const away = startReassignment(state([1], [1]), [2]);
    expect(maybeComplete(away)).toBeNull();
  });

  it('reverts to the replicas without the adding ones; unclean when no ISR member is left', () => {
    const moving = startReassignment(state([1, 2], [1, 2]), [3, 2]);
    expect(revertReassignment({ ...moving, isr: [1, 2, 3] })).toEqual({
      state: { partition: 0, replicas: [2, 1], isr: [1, 2], leader: 1, leaderEpoch: 4 },
      unclean: false,
    });
    expect(revertReassignment({ ...moving, isr: [3] }).unclean).toBe(true);
  });
});

describe('SampledRate', () => {
  it('counts at least num - 1 whole windows of elapsed time, and forgets samples num windows old', () => {
    const rate = new SampledRate(3, 1000);
    rate.record(4000, 0);
    // 4000 bytes over 500 ms plus the two whole windows still missing (Rate.windowSize).
    expect(rate.measure(500)).toBe(1600);
    rate.record(2000, 2500);
    expect(rate.measure(2500)).toBe(2400);
    // At 3000 the first sample (started at 0) is three windows old and gone.
    expect(rate.measure(3000)).toBe(800);
    expect(new SampledRate(2, 1000).measure(10)).toBe(0);
  });
});
