// The server-side assignors on their own: balance, stickiness, heterogeneous subscriptions, racks, ranges.
import type { Assignment } from '../../../src/group/consumer/assignment';
import type { MemberSpec, TopicDescriber } from '../../../src/group/consumer/assignors/assignor';
import { rangeAssignor } from '../../../src/group/consumer/assignors/range';
import { uniformAssignor } from '../../../src/group/consumer/assignors/uniform';

const topics = (spec: Record<string, number>, racks: Record<string, string[][]> = {}): TopicDescriber => ({
  partitions: (id) => spec[id] ?? -1,
  racks: (id, p) => racks[id]?.[p] ?? [],
});

const member = (
  memberId: string,
  subscribed: string[],
  assignment: Record<string, number[]> = {},
  rackId: string | null = null,
): MemberSpec => ({
  memberId,
  instanceId: null,
  rackId,
  subscribedTopicIds: new Set(subscribed),
  assignment: new Map(Object.entries(assignment).map(([t, p]) => [t, new Set(p)])),
});

const plain = (result: Map<string, Assignment>): Record<string, Record<string, number[]>> => {
  const out: Record<string, Record<string, number[]>> = {};
  for (const [m, a] of result) {
    out[m] = {};
    for (const [t, parts] of a) (out[m] as Record<string, number[]>)[t] = [...parts].sort((x, y) => x - y);
  }
  return out;
};

const count = (a: Record<string, number[]> | undefined): number =>
  Object.values(a ?? {}).reduce((n, p) => n + p.length, 0);

describe('uniform assignor', () => {
  it('spreads 12 partitions 4/4/4 and gives every partition once', () => {
    const res = plain(
      uniformAssignor.assign([member('a', ['t']), member('b', ['t']), member('c', ['t'])], topics({ t: 12 })),
    );
    expect(Object.values(res).map(count)).toEqual([4, 4, 4]);
    expect(
      Object.values(res)
        .flatMap((a) => a['t'] ?? [])
        .sort((x, y) => x - y),
    ).toEqual([...Array(12).keys()]);
  });

  it('is sticky: a joining member takes partitions from the others, who keep the rest', () => {
    const before = { a: { t: [0, 1, 2, 3, 4, 5] }, b: { t: [6, 7, 8, 9, 10, 11] } };
    const res = plain(
      uniformAssignor.assign(
        [member('a', ['t'], before.a), member('b', ['t'], before.b), member('c', ['t'])],
        topics({ t: 12 }),
      ),
    );
    expect(Object.values(res).map(count)).toEqual([4, 4, 4]);
    for (const p of res['a']!['t']!) expect(before.a.t).toContain(p);
    for (const p of res['b']!['t']!) expect(before.b.t).toContain(p);
  });

  it('drops partitions of topics a member no longer subscribes to', () => {
    const res = plain(uniformAssignor.assign([member('a', ['u'], { t: [0, 1] })], topics({ t: 2, u: 1 })));
    expect(res).toEqual({ a: { u: [0] } });
  });

  it('heterogeneous subscriptions: each topic goes to its subscribers, balanced where they overlap', () => {
    const res = plain(
      uniformAssignor.assign([member('a', ['x', 'y']), member('b', ['y']), member('c', ['x'])], topics({ x: 4, y: 4 })),
    );
    expect(
      Object.values(res)
        .flatMap((a) => a['x'] ?? [])
        .sort(),
    ).toEqual([0, 1, 2, 3]);
    expect(
      Object.values(res)
        .flatMap((a) => a['y'] ?? [])
        .sort(),
    ).toEqual([0, 1, 2, 3]);
    expect(res['b']!['x']).toBeUndefined();
    expect(res['c']!['y']).toBeUndefined();
    const counts = Object.values(res).map(count);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });

  it('rack-aware: free partitions go to members on one of their replicas racks, balance unchanged', () => {
    const racks = { t: [['r1'], ['r2'], ['r1'], ['r2']] };
    const res = plain(
      uniformAssignor.assign([member('a', ['t'], {}, 'r2'), member('b', ['t'], {}, 'r1')], topics({ t: 4 }, racks)),
    );
    expect(res).toEqual({ a: { t: [1, 3] }, b: { t: [0, 2] } });
  });

  it('refuses a subscription to a topic that does not exist', () => {
    expect(() => uniformAssignor.assign([member('a', ['gone'])], topics({}))).toThrow(/doesn't exist/);
  });
});

describe('range assignor', () => {
  it('gives each member a range per topic, co-partitioned topics lining up', () => {
    const res = plain(rangeAssignor.assign([member('a', ['x', 'y']), member('b', ['x', 'y'])], topics({ x: 4, y: 4 })));
    expect(res).toEqual({ a: { x: [0, 1], y: [0, 1] }, b: { x: [2, 3], y: [2, 3] } });
  });

  it('with an uneven count the first members get one more', () => {
    const res = plain(
      rangeAssignor.assign([member('a', ['x']), member('b', ['x']), member('c', ['x'])], topics({ x: 7 })),
    );
    expect(Object.values(res).map(count)).toEqual([3, 2, 2]);
  });

  it('is sticky within the quota', () => {
    const res = plain(
      rangeAssignor.assign([member('a', ['x'], { x: [2, 3] }), member('b', ['x'], { x: [0, 1] })], topics({ x: 4 })),
    );
    expect(res).toEqual({ a: { x: [2, 3] }, b: { x: [0, 1] } });
  });
});
