// Static members (instance ids, epoch -2) and regex subscriptions of KIP-848 consumer groups.
import { ErrorCode } from '@samsa/protocol';
import { cgh, consumerHarness, partitionsOf, recordsOf, settle, TestMember } from '../../helpers/consumer-harness';
import { info } from '../../helpers/harness';

describe('static members', () => {
  it('leaves with -2 and comes back under a new member id with the same assignment, without a new group epoch', async () => {
    const h = await consumerHarness();
    h.topics.create('t', 6);
    const a = new TestMember(h, 'g', { subscribedTopicNames: ['t'], instanceId: 'pod-a' });
    const b = new TestMember(h, 'g', { subscribedTopicNames: ['t'], instanceId: 'pod-b' });
    a.beat();
    b.beat();
    settle([a, b]);
    const before = h.service.consumerGroupAssignments('g')!;
    const held = a.assignment;
    expect(a.leave(-2)).toMatchObject({ errorCode: 0, memberId: a.memberId, memberEpoch: -2 });
    const away = h.service.consumerGroupAssignments('g')!.members.find((m) => m.instanceId === 'pod-a');
    expect(away).toMatchObject({ memberEpoch: -2, current: held });
    // b's partitions stay b's and a's stay reserved: nothing moves while pod-a restarts.
    settle([b]);
    expect(b.assignment['t']).toHaveLength(3);
    const restarted = new TestMember(h, 'g', { subscribedTopicNames: ['t'], instanceId: 'pod-a' });
    const back = restarted.beat();
    expect(back.errorCode).toBe(0);
    expect(back.memberId).not.toBe(a.memberId);
    expect(back.memberEpoch).toBe(before.groupEpoch);
    expect(partitionsOf(h, back)).toEqual(held);
    const after = h.service.consumerGroupAssignments('g')!;
    expect(after.groupEpoch).toBe(before.groupEpoch);
    expect(after.members.map((m) => m.instanceId).sort()).toEqual(['pod-a', 'pod-b']);
    expect(after.members.some((m) => m.memberId === a.memberId)).toBe(false);
  });

  it('an instance id still in use is UNRELEASED_INSTANCE_ID until its member leaves or its session times out', async () => {
    const h = await consumerHarness({ consumerGroupSessionTimeoutMs: 45_000 });
    h.topics.create('t', 3);
    const a = new TestMember(h, 'g', { subscribedTopicNames: ['t'], instanceId: 'pod-a' });
    a.beat();
    const twin = new TestMember(h, 'g', { subscribedTopicNames: ['t'], instanceId: 'pod-a' });
    expect(twin.beat().errorCode).toBe(ErrorCode.UNRELEASED_INSTANCE_ID);
    h.scheduler.advance(45_000);
    const joined = twin.beat();
    expect(joined.errorCode).toBe(0);
    expect(partitionsOf(h, joined)).toEqual({ t: [0, 1, 2] });
  });

  it('the old member id of a replaced static member is FENCED_INSTANCE_ID; an unknown instance id UNKNOWN_MEMBER_ID', async () => {
    const h = await consumerHarness();
    h.topics.create('t', 1);
    const a = new TestMember(h, 'g', { subscribedTopicNames: ['t'], instanceId: 'pod-a' });
    a.beat();
    a.leave(-2);
    const next = new TestMember(h, 'g', { subscribedTopicNames: ['t'], instanceId: 'pod-a' });
    next.beat();
    const stale = h.service.consumerGroupHeartbeat(
      info(1),
      cgh('g', { memberId: a.memberId, memberEpoch: a.epoch, instanceId: 'pod-a', topicPartitions: [] }),
    );
    expect(stale.errorCode).toBe(ErrorCode.FENCED_INSTANCE_ID);
    const unknown = h.service.consumerGroupHeartbeat(
      info(1),
      cgh('g', { memberId: a.memberId, memberEpoch: 1, instanceId: 'pod-z', topicPartitions: [] }),
    );
    expect(unknown.errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
  });

  it('a static member that left with -2 and never comes back is removed after its session timeout', async () => {
    const h = await consumerHarness({ consumerGroupSessionTimeoutMs: 45_000 });
    h.topics.create('t', 2);
    const a = new TestMember(h, 'g', { subscribedTopicNames: ['t'], instanceId: 'pod-a' });
    const b = new TestMember(h, 'g', { subscribedTopicNames: ['t'] });
    a.beat();
    b.beat();
    settle([a, b]);
    a.leave(-2);
    for (let i = 0; i < 9; i++) {
      h.scheduler.advance(5_000);
      b.beat();
    }
    expect(h.service.consumerGroupAssignments('g')!.members.map((m) => m.memberId)).toEqual([b.memberId]);
    settle([b]);
    expect(b.assignment).toEqual({ t: [0, 1] });
  });
});

describe('regex subscriptions (SubscribedTopicRegex)', () => {
  it('resolves the regex against the topics, and picks up a topic created later', async () => {
    const h = await consumerHarness();
    h.topics.create('orders-eu', 2);
    h.topics.create('payments', 2);
    const a = new TestMember(h, 'g', { subscribedTopicRegex: 'orders-.*' });
    const first = a.beat();
    // The heartbeat that brings the regex has it resolved right after; the next heartbeat gets the assignment.
    expect(first.memberEpoch).toBe(1);
    settle([a]);
    expect(a.assignment).toEqual({ 'orders-eu': [0, 1] });
    h.topics.create('orders-us', 1);
    h.service.topicsChanged(['orders-us']);
    settle([a]);
    expect(a.assignment).toEqual({ 'orders-eu': [0, 1], 'orders-us': [0] });
    const described = h.service.consumerGroupDescribe(info(1), ['g'])[0]!;
    expect(described.members[0]).toMatchObject({ subscribedTopicRegex: 'orders-.*', subscribedTopicNames: [] });
    // Deleting a matched topic takes its partitions away.
    h.topics.delete('orders-eu');
    h.service.topicsChanged(['orders-eu']);
    settle([a]);
    expect(a.assignment).toEqual({ 'orders-us': [0] });
  });

  it('a regex must match the whole topic name, as RE2/J matches() does', async () => {
    const h = await consumerHarness();
    h.topics.create('foo', 1);
    h.topics.create('foobar', 1);
    const a = new TestMember(h, 'g', { subscribedTopicRegex: 'foo' });
    a.beat();
    settle([a]);
    expect(a.assignment).toEqual({ foo: [0] });
  });

  it.each([
    ['[', 'unterminated class'],
    ['(?=a)b', 'lookaround'],
    ['(a)\\1', 'backreference'],
    ['a*+', 'possessive quantifier'],
    ['[[:alpha:]]+', 'POSIX class'],
    ['a(?i)b', 'inline flag after the start'],
  ])('refuses %s (%s) with INVALID_REGULAR_EXPRESSION', async (regex) => {
    const h = await consumerHarness();
    const res = h.service.consumerGroupHeartbeat(info(1), cgh('g', { subscribedTopicRegex: regex }));
    expect(res.errorCode).toBe(ErrorCode.INVALID_REGULAR_EXPRESSION);
    expect(res.errorMessage).toContain(`SubscribedTopicRegex \`${regex}\` is not a valid regular expression`);
  });

  it('members moving from a regex to names drop the regex once nobody uses it', async () => {
    const h = await consumerHarness();
    h.topics.create('a1', 1);
    h.topics.create('b1', 1);
    const m = new TestMember(h, 'g', { subscribedTopicRegex: 'a.*' });
    m.beat();
    settle([m]);
    expect(m.assignment).toEqual({ a1: [0] });
    const switched = h.service.consumerGroupHeartbeat(
      info(1),
      cgh('g', {
        memberId: m.memberId,
        memberEpoch: m.epoch,
        subscribedTopicRegex: '',
        subscribedTopicNames: ['b1'],
        rebalanceTimeoutMs: -1,
        topicPartitions: m.owned,
      }),
    );
    expect(switched.errorCode).toBe(0);
    m.owned = switched.assignment?.topicPartitions ?? m.owned;
    m.epoch = switched.memberEpoch;
    settle([m]);
    expect(m.assignment).toEqual({ b1: [0] });
    const regexRecords = recordsOf(h, 'g').filter((r) => r.type === 'consumer-group-regex');
    expect(regexRecords.length).toBeGreaterThan(1);
    expect(regexRecords[0]).toMatchObject({ key: { regularExpression: 'a.*' }, value: { topics: ['a1'] } });
    // The last word on the regex is its tombstone: a compacted log forgets it.
    expect(regexRecords[regexRecords.length - 1]).toMatchObject({ key: { regularExpression: 'a.*' }, value: null });
  });
});
