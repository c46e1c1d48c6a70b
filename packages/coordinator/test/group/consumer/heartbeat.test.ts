// ConsumerGroupHeartbeat on the manual clock: joining, epochs, the KIP-848 reconciliation, leaving, fencing, and the
// request errors Kafka's GroupMetadataManagerTest covers.
import { ErrorCode } from '@samsa/protocol';
import { cgh, consumerHarness, partitionsOf, settle, TestMember } from '../../helpers/consumer-harness';
import { info } from '../../helpers/harness';

const t = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe('ConsumerGroupHeartbeat: joining and the first assignment', () => {
  it('a first member creates the group at epoch 1 and gets every partition of its topics', async () => {
    const h = await consumerHarness();
    h.topics.create('orders', 6);
    const a = new TestMember(h, 'g', { subscribedTopicNames: ['orders'] });
    const res = a.beat();
    expect(res).toMatchObject({ errorCode: 0, memberId: a.memberId, memberEpoch: 1, heartbeatIntervalMs: 5000 });
    expect(partitionsOf(h, res)).toEqual({ orders: t(6) });
    const described = h.service.consumerGroupDescribe(info(1), ['g'])[0]!;
    expect(described).toMatchObject({
      errorCode: 0,
      groupState: 'Stable',
      groupEpoch: 1,
      assignmentEpoch: 1,
      assignorName: 'uniform',
    });
    expect(described.members).toHaveLength(1);
    expect(described.members[0]).toMatchObject({ memberId: a.memberId, memberEpoch: 1, memberType: 1 });
  });

  it('a heartbeat that is not full and changes nothing carries no assignment', async () => {
    const h = await consumerHarness();
    h.topics.create('orders', 2);
    const a = new TestMember(h, 'g', { subscribedTopicNames: ['orders'] });
    a.beat();
    const again = a.beat();
    expect(again.errorCode).toBe(0);
    expect(again.assignment).toBeNull();
    // A full request (after an error) gets the assignment again.
    const full = a.beat({}, true);
    expect(partitionsOf(h, full)).toEqual({ orders: [0, 1] });
  });

  it('v0 lets the coordinator generate the member id; v1 requires the client to send one', async () => {
    const h = await consumerHarness();
    const v0 = h.service.consumerGroupHeartbeat(info(0), cgh('g', { memberId: '', subscribedTopicNames: ['x'] }));
    expect(v0.errorCode).toBe(0);
    expect(v0.memberId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const v1 = h.service.consumerGroupHeartbeat(info(1), cgh('g', { memberId: '', subscribedTopicNames: ['x'] }));
    expect(v1).toMatchObject({ errorCode: ErrorCode.INVALID_REQUEST, errorMessage: "MemberId can't be empty." });
  });

  it('a member subscribed to a topic that does not exist yet is assigned once it is created', async () => {
    const h = await consumerHarness();
    const a = new TestMember(h, 'g', { subscribedTopicNames: ['later'] });
    expect(a.beat()).toMatchObject({ errorCode: 0, memberEpoch: 1 });
    expect(a.owned).toEqual([]);
    h.topics.create('later', 3);
    h.service.topicsChanged(['later']);
    const res = a.beat();
    expect(res.memberEpoch).toBe(2);
    expect(partitionsOf(h, res)).toEqual({ later: [0, 1, 2] });
  });
});

describe('ConsumerGroupHeartbeat: reconciliation (a partition changes owner only once revoked)', () => {
  it('3 members share 12 partitions 4/4/4; no partition ever has two owners', async () => {
    const h = await consumerHarness();
    h.topics.create('t', 12);
    const members = ['a', 'b', 'c'].map(() => new TestMember(h, 'g', { subscribedTopicNames: ['t'] }));
    const owners = new Map<number, Set<TestMember>>();
    const check = (): void => {
      owners.clear();
      for (const m of members)
        for (const p of m.assignment['t'] ?? []) {
          const set = owners.get(p) ?? new Set();
          set.add(m);
          owners.set(p, set);
        }
      for (const [p, set] of owners) if (set.size > 1) throw new Error(`partition ${p} owned twice`);
    };
    for (const m of members) {
      m.beat();
      check();
    }
    for (let round = 0; round < 6; round++) {
      for (const m of members) {
        m.beat();
        check();
      }
    }
    expect(members.map((m) => (m.assignment['t'] ?? []).length)).toEqual([4, 4, 4]);
    expect(new Set(members.map((m) => m.epoch)).size).toBe(1);
    const all = members.flatMap((m) => m.assignment['t'] ?? []).sort((x, y) => x - y);
    expect(all).toEqual(t(12));
    expect(h.service.consumerGroupDescribe(info(1), ['g'])[0]!.groupState).toBe('Stable');
  });

  it('a member asked to revoke stays at its epoch until its heartbeat no longer lists the partitions', async () => {
    const h = await consumerHarness();
    h.topics.create('t', 4);
    const a = new TestMember(h, 'g', { subscribedTopicNames: ['t'] });
    a.beat();
    expect(a.assignment).toEqual({ t: [0, 1, 2, 3] });
    const b = new TestMember(h, 'g', { subscribedTopicNames: ['t'] });
    const joined = b.beat();
    // b is at the new epoch but its partitions are still a's: it waits for them.
    expect(joined.memberEpoch).toBe(2);
    expect(b.owned).toEqual([]);
    // a still reports all four: it is told to keep two, and stays at epoch 1 until it revokes.
    const told = h.service.consumerGroupHeartbeat(
      info(1),
      cgh('g', { memberId: a.memberId, memberEpoch: 1, rebalanceTimeoutMs: -1, topicPartitions: a.owned }),
    );
    expect(told.memberEpoch).toBe(1);
    expect(partitionsOf(h, told).t).toHaveLength(2);
    const view = h.service.consumerGroupAssignments('g')!;
    expect(view.members.find((m) => m.memberId === a.memberId)).toMatchObject({
      state: 'UNREVOKED_PARTITIONS',
      memberEpoch: 1,
    });
    expect(view.state).toBe('Reconciling');
    // b cannot get the partitions a still owns.
    expect(b.beat().assignment).toBeNull();
    expect(b.owned).toEqual([]);
    // a revokes (reports only what it kept) and moves to epoch 2; then b gets the freed partitions.
    a.owned = told.assignment!.topicPartitions.map((tp) => ({ ...tp }));
    expect(a.beat().memberEpoch).toBe(2);
    const got = b.beat();
    expect(got.memberEpoch).toBe(2);
    expect(partitionsOf(h, got).t).toHaveLength(2);
    expect([...(a.assignment['t'] ?? []), ...(b.assignment['t'] ?? [])].sort()).toEqual([0, 1, 2, 3]);
    expect(h.service.consumerGroupAssignments('g')!.state).toBe('Stable');
  });

  it('a member that does not revoke within its rebalance timeout is fenced and its partitions go to the others', async () => {
    const h = await consumerHarness();
    h.topics.create('t', 2);
    const a = new TestMember(h, 'g', { subscribedTopicNames: ['t'], rebalanceTimeoutMs: 10_000 });
    a.beat();
    const b = new TestMember(h, 'g', { subscribedTopicNames: ['t'] });
    b.beat();
    // a hears of the revocation but keeps reporting both partitions.
    const stuck = h.service.consumerGroupHeartbeat(
      info(1),
      cgh('g', { memberId: a.memberId, memberEpoch: 1, rebalanceTimeoutMs: -1, topicPartitions: a.owned }),
    );
    expect(partitionsOf(h, stuck).t).toHaveLength(1);
    h.scheduler.advance(9_999);
    expect(h.service.consumerGroupAssignments('g')!.members).toHaveLength(2);
    h.scheduler.advance(1);
    expect(h.service.consumerGroupAssignments('g')!.members.map((m) => m.memberId)).toEqual([b.memberId]);
    // a's next heartbeat learns it was fenced.
    expect(a.beat().errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    settle([b]);
    expect(b.assignment).toEqual({ t: [0, 1] });
  });

  it('partitions added to a subscribed topic are assigned without a stop-the-world rebalance', async () => {
    const h = await consumerHarness();
    h.topics.create('t', 2);
    const a = new TestMember(h, 'g', { subscribedTopicNames: ['t'] });
    const b = new TestMember(h, 'g', { subscribedTopicNames: ['t'] });
    a.beat();
    b.beat();
    settle([a, b]);
    const before = { a: a.assignment['t'], b: b.assignment['t'] };
    h.topics.addPartitions('t', 4);
    h.service.topicsChanged(['t']);
    settle([a, b]);
    expect([...(a.assignment['t'] ?? []), ...(b.assignment['t'] ?? [])].sort()).toEqual([0, 1, 2, 3]);
    // Each keeps what it had (sticky) and gains one.
    expect(a.assignment['t']).toEqual(expect.arrayContaining(before.a ?? []));
    expect(b.assignment['t']).toEqual(expect.arrayContaining(before.b ?? []));
    expect(a.epoch).toBe(3);
  });

  it('a deleted topic leaves the assignment; its partitions are revoked', async () => {
    const h = await consumerHarness();
    h.topics.create('a', 2);
    h.topics.create('b', 2);
    const m = new TestMember(h, 'g', { subscribedTopicNames: ['a', 'b'] });
    m.beat();
    expect(m.assignment).toEqual({ a: [0, 1], b: [0, 1] });
    const aId = h.topics.id('a');
    h.topics.delete('a');
    h.service.topicsChanged(['a']);
    settle([m]);
    expect(m.owned.map((tp) => tp.topicId)).not.toContain(aId);
    expect(m.assignment).toEqual({ b: [0, 1] });
  });
});

describe('ConsumerGroupHeartbeat: leaving and sessions', () => {
  it('epoch -1 leaves: the member is gone, the group epoch moves on, the others take its partitions', async () => {
    const h = await consumerHarness();
    h.topics.create('t', 4);
    const a = new TestMember(h, 'g', { subscribedTopicNames: ['t'] });
    const b = new TestMember(h, 'g', { subscribedTopicNames: ['t'] });
    a.beat();
    b.beat();
    settle([a, b]);
    const epoch = h.service.consumerGroupAssignments('g')!.groupEpoch;
    expect(b.leave()).toMatchObject({ errorCode: 0, memberId: b.memberId, memberEpoch: -1 });
    const view = h.service.consumerGroupAssignments('g')!;
    expect(view.groupEpoch).toBe(epoch + 1);
    expect(view.members.map((m) => m.memberId)).toEqual([a.memberId]);
    settle([a]);
    expect(a.assignment).toEqual({ t: [0, 1, 2, 3] });
    // Leaving again: the member is unknown.
    expect(b.leave().errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
  });

  it('a member that stops heartbeating is fenced after group.consumer.session.timeout.ms', async () => {
    const h = await consumerHarness({ consumerGroupSessionTimeoutMs: 45_000 });
    h.topics.create('t', 2);
    const a = new TestMember(h, 'g', { subscribedTopicNames: ['t'] });
    const b = new TestMember(h, 'g', { subscribedTopicNames: ['t'] });
    a.beat();
    b.beat();
    h.scheduler.advance(30_000);
    a.beat();
    h.scheduler.advance(15_000);
    // b's session (45 s since its last heartbeat) ran out; a's did not.
    expect(h.service.consumerGroupAssignments('g')!.members.map((m) => m.memberId)).toEqual([a.memberId]);
    expect(b.beat().errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
  });

  it('the last member leaving leaves an Empty group, which a new member can join at epoch 0', async () => {
    const h = await consumerHarness();
    h.topics.create('t', 1);
    const a = new TestMember(h, 'g', { subscribedTopicNames: ['t'] });
    a.beat();
    a.leave();
    expect(h.service.consumerGroupDescribe(info(1), ['g'])[0]).toMatchObject({ groupState: 'Empty', members: [] });
    expect(h.service.listGroups(info(5), { statesFilter: ['empty'], typesFilter: [] }).groups).toEqual([
      { groupId: 'g', protocolType: 'consumer', groupState: 'Empty', groupType: 'consumer' },
    ]);
    const b = new TestMember(h, 'g', { subscribedTopicNames: ['t'] });
    expect(partitionsOf(h, b.beat())).toEqual({ t: [0] });
  });
});

describe('ConsumerGroupHeartbeat: member epochs', () => {
  it('a greater epoch than the coordinator knows is FENCED_MEMBER_EPOCH', async () => {
    const h = await consumerHarness();
    h.topics.create('t', 1);
    const a = new TestMember(h, 'g', { subscribedTopicNames: ['t'] });
    a.beat();
    const res = h.service.consumerGroupHeartbeat(info(1), cgh('g', { memberId: a.memberId, memberEpoch: 9 }));
    expect(res.errorCode).toBe(ErrorCode.FENCED_MEMBER_EPOCH);
  });

  it('the previous epoch with owned partitions inside the assignment is accepted (a lost response); otherwise fenced', async () => {
    const h = await consumerHarness();
    h.topics.create('t', 4);
    const a = new TestMember(h, 'g', { subscribedTopicNames: ['t'] });
    a.beat();
    const b = new TestMember(h, 'g', { subscribedTopicNames: ['t'] });
    b.beat();
    settle([a, b]);
    expect(a.epoch).toBe(2);
    // a retries with epoch 1 (its previous one), owning a subset of its assignment: accepted.
    const retry = h.service.consumerGroupHeartbeat(
      info(1),
      cgh('g', { memberId: a.memberId, memberEpoch: 1, rebalanceTimeoutMs: -1, topicPartitions: a.owned }),
    );
    expect(retry).toMatchObject({ errorCode: 0, memberEpoch: 2 });
    // Owning a partition that is not its own at the previous epoch: fenced.
    const foreign = b.owned;
    const bad = h.service.consumerGroupHeartbeat(
      info(1),
      cgh('g', { memberId: a.memberId, memberEpoch: 1, rebalanceTimeoutMs: -1, topicPartitions: foreign }),
    );
    expect(bad.errorCode).toBe(ErrorCode.FENCED_MEMBER_EPOCH);
    // Two epochs behind (previous epoch 2 once a third member joined): fenced, owned partitions or not.
    const c = new TestMember(h, 'g', { subscribedTopicNames: ['t'] });
    c.beat();
    settle([a, b, c]);
    expect(a.epoch).toBe(3);
    const old = h.service.consumerGroupHeartbeat(
      info(1),
      cgh('g', { memberId: a.memberId, memberEpoch: 1, rebalanceTimeoutMs: -1, topicPartitions: [] }),
    );
    expect(old.errorCode).toBe(ErrorCode.FENCED_MEMBER_EPOCH);
  });

  it('a fenced member rejoins with epoch 0 and gets its assignment again', async () => {
    const h = await consumerHarness();
    h.topics.create('t', 2);
    const a = new TestMember(h, 'g', { subscribedTopicNames: ['t'] });
    a.beat();
    const rejoin = h.service.consumerGroupHeartbeat(
      info(1),
      cgh('g', { memberId: a.memberId, memberEpoch: 0, subscribedTopicNames: ['t'] }),
    );
    expect(rejoin).toMatchObject({ errorCode: 0, memberEpoch: 1 });
    expect(partitionsOf(h, rejoin)).toEqual({ t: [0, 1] });
  });

  it('an unknown member with a non-zero epoch is UNKNOWN_MEMBER_ID; an unknown group GROUP_ID_NOT_FOUND', async () => {
    const h = await consumerHarness();
    h.topics.create('t', 1);
    new TestMember(h, 'g', { subscribedTopicNames: ['t'] }).beat();
    expect(h.service.consumerGroupHeartbeat(info(1), cgh('g', { memberEpoch: 3 })).errorCode).toBe(
      ErrorCode.UNKNOWN_MEMBER_ID,
    );
    expect(h.service.consumerGroupHeartbeat(info(1), cgh('nope', { memberEpoch: 3 })).errorCode).toBe(
      ErrorCode.GROUP_ID_NOT_FOUND,
    );
  });
});

describe('ConsumerGroupHeartbeat: request errors', () => {
  const cases: [string, Parameters<typeof cgh>[1], number, string | null][] = [
    ['empty group id', { groupId: '' }, ErrorCode.INVALID_REQUEST, "GroupId can't be empty."],
    ['blank instance id', { instanceId: ' ' }, ErrorCode.INVALID_REQUEST, "InstanceId can't be empty."],
    ['empty rack id', { rackId: '' }, ErrorCode.INVALID_REQUEST, "RackId can't be empty."],
    [
      'first heartbeat without rebalance timeout',
      { rebalanceTimeoutMs: -1, subscribedTopicNames: ['t'] },
      ErrorCode.INVALID_REQUEST,
      'RebalanceTimeoutMs must be provided in first request.',
    ],
    [
      'first heartbeat with owned partitions',
      { topicPartitions: [{ topicId: 'AAAAAAAAAAAAAAAAAAAAAA', partitions: [0] }], subscribedTopicNames: ['t'] },
      ErrorCode.INVALID_REQUEST,
      'TopicPartitions must be empty when (re-)joining.',
    ],
    [
      'first heartbeat without subscription',
      {},
      ErrorCode.INVALID_REQUEST,
      'Either SubscribedTopicNames or SubscribedTopicRegex must be non-null when (re-)joining.',
    ],
    ['epoch -2 without instance id', { memberEpoch: -2 }, ErrorCode.INVALID_REQUEST, "InstanceId can't be null."],
    ['epoch -3', { memberEpoch: -3 }, ErrorCode.INVALID_REQUEST, 'MemberEpoch is invalid.'],
    [
      'unknown server assignor',
      { subscribedTopicNames: ['t'], serverAssignor: 'sticky' },
      ErrorCode.UNSUPPORTED_ASSIGNOR,
      'ServerAssignor sticky is not supported. Supported assignors: uniform, range.',
    ],
  ];
  it.each(cases)('%s', async (_name, extra, code, message) => {
    const h = await consumerHarness();
    const res = h.service.consumerGroupHeartbeat(info(1), cgh('g', extra));
    expect(res.errorCode).toBe(code);
    expect(res.errorMessage).toBe(message);
    expect(h.service.consumerGroupDescribe(info(1), ['g'])[0]!.errorCode).toBe(ErrorCode.GROUP_ID_NOT_FOUND);
  });

  it('group.consumer.max.size: a member beyond it gets GROUP_MAX_SIZE_REACHED; members already in keep going', async () => {
    const h = await consumerHarness({ consumerGroupMaxSize: 2 });
    h.topics.create('t', 3);
    const a = new TestMember(h, 'g', { subscribedTopicNames: ['t'] });
    const b = new TestMember(h, 'g', { subscribedTopicNames: ['t'] });
    expect(a.beat().errorCode).toBe(0);
    expect(b.beat().errorCode).toBe(0);
    const c = new TestMember(h, 'g', { subscribedTopicNames: ['t'] });
    expect(c.beat()).toMatchObject({
      errorCode: ErrorCode.GROUP_MAX_SIZE_REACHED,
      errorMessage: 'The consumer group has reached its maximum capacity of 2 members.',
    });
    expect(a.beat().errorCode).toBe(0);
  });

  it('with the consumer protocol off, every heartbeat is UNSUPPORTED_VERSION', async () => {
    const { consumerHarness: make } = await import('../../helpers/consumer-harness');
    const h = await make({}, undefined, undefined, undefined, () => false);
    const res = h.service.consumerGroupHeartbeat(info(1), cgh('g', { subscribedTopicNames: ['t'] }));
    expect(res.errorCode).toBe(ErrorCode.UNSUPPORTED_VERSION);
  });

  it('a group id held by a non-empty classic group that cannot upgrade is GROUP_ID_NOT_FOUND', async () => {
    const h = await consumerHarness({ consumerGroupMigrationPolicy: 'disabled' });
    const { joinNew } = await import('../../helpers/harness');
    const joined = await joinNew(h as never, 'classic', 'c0');
    h.scheduler.advance(0);
    await joined.join;
    const res = h.service.consumerGroupHeartbeat(info(1), cgh('classic', { subscribedTopicNames: ['t'] }));
    expect(res).toMatchObject({
      errorCode: ErrorCode.GROUP_ID_NOT_FOUND,
      errorMessage: 'Cannot upgrade classic group classic to consumer group because online upgrade is disabled.',
    });
  });
});
