import { ErrorCode } from '@samsa/protocol';
import {
  heartbeat,
  harness,
  info,
  joinNew,
  joinRequest,
  peek,
  stableGroup,
  subscription,
  sync,
} from '../../helpers/harness';

describe('JoinGroup and SyncGroup: forming a group', () => {
  it('v4+: a new member is told its id (MEMBER_ID_REQUIRED), then joins, leads, and gets its assignment byte for byte', async () => {
    const h = await harness();
    const first = await h.service.joinGroup(info(5, 'app'), joinRequest('g'));
    expect(first.errorCode).toBe(ErrorCode.MEMBER_ID_REQUIRED);
    expect(first.memberId).toMatch(/^app-[0-9a-f-]{36}$/);

    const join = h.service.joinGroup(info(5, 'app'), joinRequest('g', first.memberId));
    h.scheduler.advance(0); // group.initial.rebalance.delay.ms = 0
    const joined = await join;
    expect(joined).toMatchObject({
      errorCode: 0,
      generationId: 1,
      protocolName: 'range',
      protocolType: 'consumer',
      leader: first.memberId,
      memberId: first.memberId,
    });
    expect(joined.members).toEqual([
      { memberId: first.memberId, groupInstanceId: null, metadata: subscription(['t']) },
    ]);

    const assignment = Buffer.from([0, 1, 2, 0, 0, 0, 0, 255, 7]);
    const synced = await sync(h, 'g', first.memberId, 1, [{ memberId: first.memberId, assignment }]);
    expect(synced.errorCode).toBe(0);
    expect(synced.assignment.equals(assignment)).toBe(true);
    expect(h.service.describeGroups(info(0), ['g'])[0]).toMatchObject({ groupState: 'Stable', protocolData: 'range' });
  });

  it('v0-3 join without MEMBER_ID_REQUIRED; v0 uses the session timeout as rebalance timeout', async () => {
    const h = await harness();
    const join = h.service.joinGroup(info(0, 'old'), joinRequest('g0', '', { rebalanceTimeoutMs: undefined }));
    h.scheduler.advance(0);
    const res = await join;
    expect(res.errorCode).toBe(0);
    expect(res.memberId).toMatch(/^old-/);
  });

  it('concurrent joins of 3 members: one generation, one leader, every member known (no UNKNOWN_MEMBER_ID)', async () => {
    const h = await harness({ initialRebalanceDelayMs: 3000 });
    const joins = await Promise.all([joinNew(h, 'g', 'a'), joinNew(h, 'g', 'b'), joinNew(h, 'g', 'c')]);
    expect(await peek(joins[0]!.join)).toBe('parked');
    h.scheduler.advance(3000);
    // Members kept arriving during the first delay: it is extended once more.
    expect(await peek(joins[0]!.join)).toBe('parked');
    h.scheduler.advance(3000);
    const res = await Promise.all(joins.map((j) => j.join));
    expect(res.map((r) => r.errorCode)).toEqual([0, 0, 0]);
    expect(new Set(res.map((r) => r.generationId))).toEqual(new Set([1]));
    const leaders = new Set(res.map((r) => r.leader));
    expect(leaders.size).toBe(1);
    const leader = [...leaders][0]!;
    expect(res.filter((r) => r.members.length > 0).map((r) => r.memberId)).toEqual([leader]);
    expect(
      res
        .find((r) => r.memberId === leader)!
        .members.map((m) => m.memberId)
        .sort(),
    ).toEqual(joins.map((j) => j.memberId).sort());
    // Followers park on SyncGroup until the leader's assignment is written.
    const followers = res.filter((r) => r.memberId !== leader);
    const parked = followers.map((f) => sync(h, 'g', f.memberId, 1));
    expect(await peek(parked[0]!)).toBe('parked');
    const assignments = res.map((r) => ({ memberId: r.memberId, assignment: Buffer.from(r.memberId) }));
    await sync(h, 'g', leader, 1, assignments);
    const got = await Promise.all(parked);
    expect(got.map((g) => g.assignment.toString())).toEqual(followers.map((f) => f.memberId));
  });

  it('the initial rebalance delay extends while members keep joining, up to the rebalance timeout', async () => {
    const h = await harness({ initialRebalanceDelayMs: 1000 });
    const a = await joinNew(h, 'g', 'a', { rebalanceTimeoutMs: 2500 });
    h.scheduler.advance(900);
    const b = await joinNew(h, 'g', 'b', { rebalanceTimeoutMs: 2500 });
    h.scheduler.advance(200); // first delay over, a member was added: extended
    expect(await peek(a.join)).toBe('parked');
    h.scheduler.advance(1000);
    expect((await a.join).errorCode).toBe(0);
    expect((await b.join).generationId).toBe(1);
  });

  it('INVALID_GROUP_ID, INVALID_SESSION_TIMEOUT and INCONSISTENT_GROUP_PROTOCOL leave the group untouched', async () => {
    const h = await harness();
    const { generationId, leader } = await stableGroup(h, 'g', 1);
    expect((await h.service.joinGroup(info(5), joinRequest(''))).errorCode).toBe(ErrorCode.INVALID_GROUP_ID);
    for (const sessionTimeoutMs of [-1, 0, 5999, 1_800_001, 2_147_483_647]) {
      expect((await h.service.joinGroup(info(5), joinRequest('g', '', { sessionTimeoutMs }))).errorCode).toBe(
        ErrorCode.INVALID_SESSION_TIMEOUT,
      );
    }
    const otherType = await h.service.joinGroup(info(5), joinRequest('g', '', { protocolType: 'connect' }));
    expect(otherType.errorCode).toBe(ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
    const noCommon = await h.service.joinGroup(
      info(5),
      joinRequest('g', '', { protocols: [{ name: 'sticky', metadata: Buffer.alloc(0) }] }),
    );
    expect(noCommon.errorCode).toBe(ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
    expect((await h.service.joinGroup(info(5), joinRequest('new', '', { protocols: [] }))).errorCode).toBe(
      ErrorCode.INCONSISTENT_GROUP_PROTOCOL,
    );
    expect(h.service.describeGroups(info(0), ['g'])[0]).toMatchObject({ groupState: 'Stable' });
    expect(heartbeat(h, 'g', leader, generationId)).toBe(0);
  });

  it('selects the protocol every member supports that most members prefer', async () => {
    const h = await harness({ initialRebalanceDelayMs: 100 });
    const p = (...names: string[]) => names.map((name) => ({ name, metadata: Buffer.from(name) }));
    const a = await joinNew(h, 'g', 'a', { protocols: p('range', 'roundrobin', 'sticky') });
    const b = await joinNew(h, 'g', 'b', { protocols: p('roundrobin', 'range') });
    const c = await joinNew(h, 'g', 'c', { protocols: p('sticky', 'roundrobin', 'range') });
    h.scheduler.advance(200);
    const res = await Promise.all([a.join, b.join, c.join]);
    // sticky is not supported by b; a votes range, b roundrobin, c roundrobin.
    expect(res.map((r) => r.protocolName)).toEqual(['roundrobin', 'roundrobin', 'roundrobin']);
    const leader = res.find((r) => r.members.length > 0)!;
    expect(leader.members.map((m) => m.metadata.toString())).toEqual(['roundrobin', 'roundrobin', 'roundrobin']);
  });

  it('group.max.size: GROUP_MAX_SIZE_REACHED for the member over the limit', async () => {
    const h = await harness({ maxSize: 2 });
    await stableGroup(h, 'g', 2);
    const third = await h.service.joinGroup(info(3), joinRequest('g'));
    expect(third).toMatchObject({ errorCode: ErrorCode.GROUP_MAX_SIZE_REACHED, memberId: '' });
    expect(h.service.describeGroups(info(0), ['g'])[0]!.members).toHaveLength(2);
  });

  it('a member id for a group that does not exist: UNKNOWN_MEMBER_ID', async () => {
    const h = await harness();
    expect((await h.service.joinGroup(info(5), joinRequest('none', 'ghost'))).errorCode).toBe(
      ErrorCode.UNKNOWN_MEMBER_ID,
    );
    expect((await sync(h, 'none', 'ghost', 1)).errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    expect(heartbeat(h, 'none', 'ghost', 1)).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
  });
});

describe('rebalances', () => {
  it('a member leaving makes the others rejoin (REBALANCE_IN_PROGRESS) into the next generation', async () => {
    const h = await harness();
    const { members, generationId } = await stableGroup(h, 'g', 3);
    const leaving = members[2]!;
    const res = h.service.leaveGroup(info(3), {
      groupId: 'g',
      members: [{ memberId: leaving, groupInstanceId: null }],
    });
    expect(res).toMatchObject({ errorCode: 0, members: [{ memberId: leaving, groupInstanceId: null, errorCode: 0 }] });
    expect(heartbeat(h, 'g', members[0]!, generationId)).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
    expect(heartbeat(h, 'g', leaving, generationId)).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    expect((await sync(h, 'g', members[1]!, generationId)).errorCode).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
    const rejoin = [members[0]!, members[1]!].map((m) => h.service.joinGroup(info(5), joinRequest('g', m)));
    const out = await Promise.all(rejoin);
    expect(out.map((o) => [o.errorCode, o.generationId])).toEqual([
      [0, generationId + 1],
      [0, generationId + 1],
    ]);
    expect(heartbeat(h, 'g', members[0]!, generationId)).toBe(ErrorCode.ILLEGAL_GENERATION);
  });

  it('members that do not rejoin within the rebalance timeout are removed', async () => {
    const h = await harness();
    const { members, generationId } = await stableGroup(h, 'g', 2);
    const rejoin = h.service.joinGroup(info(5), joinRequest('g', members[0]!, { rebalanceTimeoutMs: 30_000 }));
    expect(await peek(rejoin)).toBe('parked');
    // The other member keeps heartbeating (it is told to rejoin) but never does.
    h.scheduler.advance(9_000);
    expect(heartbeat(h, 'g', members[1]!, generationId)).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
    h.scheduler.advance(21_000);
    const res = await rejoin;
    expect(res).toMatchObject({ errorCode: 0, generationId: generationId + 1, leader: members[0] });
    expect(res.members.map((m) => m.memberId)).toEqual([members[0]]);
    expect(heartbeat(h, 'g', members[1]!, generationId + 1)).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
  });

  it('a member that stops heartbeating is evicted after its session timeout and the group rebalances', async () => {
    const h = await harness();
    const { members, generationId } = await stableGroup(h, 'g', 2);
    for (let t = 0; t < 2; t++) {
      h.scheduler.advance(4_000);
      expect(heartbeat(h, 'g', members[0]!, generationId)).toBe(0);
    }
    // members[1] has been silent for 12 s > its 10 s session.
    h.scheduler.advance(4_000);
    expect(heartbeat(h, 'g', members[0]!, generationId)).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
    expect(heartbeat(h, 'g', members[1]!, generationId)).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    const rejoined = await h.service.joinGroup(info(5), joinRequest('g', members[0]!));
    expect(rejoined.members.map((m) => m.memberId)).toEqual([members[0]]);
  });

  it('the last member leaving makes the group Empty and persists it', async () => {
    const h = await harness();
    const { members } = await stableGroup(h, 'g', 1);
    h.service.leaveGroup(info(1), { groupId: 'g', memberId: members[0]! });
    expect(h.service.describeGroups(info(0), ['g'])[0]).toMatchObject({
      groupState: 'Empty',
      members: [],
      protocolType: 'consumer',
    });
    const restarted = await h.restart();
    expect(restarted.service.describeGroups(info(0), ['g'])[0]).toMatchObject({ groupState: 'Empty' });
  });

  it('a member that never sends SyncGroup is removed when the sync wait (rebalance timeout) expires', async () => {
    const h = await harness();
    const a = await joinNew(h, 'g', 'a', { rebalanceTimeoutMs: 5_000 });
    const b = await joinNew(h, 'g', 'b', { rebalanceTimeoutMs: 5_000 });
    h.scheduler.advance(0);
    const [ra, rb] = await Promise.all([a.join, b.join]);
    const leader = ra!.leader;
    await sync(h, 'g', leader, 1, [
      { memberId: ra!.memberId, assignment: Buffer.from('x') },
      { memberId: rb!.memberId, assignment: Buffer.from('y') },
    ]);
    h.scheduler.advance(5_000);
    const other = leader === ra!.memberId ? rb!.memberId : ra!.memberId;
    expect(heartbeat(h, 'g', other, 1)).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    expect(h.service.describeGroups(info(0), ['g'])[0]!.groupState).toBe('PreparingRebalance');
  });

  it('a rejoin with unchanged metadata while CompletingRebalance just repeats the generation', async () => {
    const h = await harness();
    const a = await joinNew(h, 'g', 'a');
    h.scheduler.advance(0);
    const first = await a.join;
    const again = await h.service.joinGroup(info(5), joinRequest('g', a.memberId));
    expect(again).toMatchObject({ errorCode: 0, generationId: first.generationId, leader: a.memberId });
    expect(again.members).toHaveLength(1);
  });

  it('a follower rejoining with the same metadata while Stable gets the generation without a rebalance', async () => {
    const h = await harness();
    const { members, generationId } = await stableGroup(h, 'g', 2);
    const again = await h.service.joinGroup(info(5), joinRequest('g', members[1]!));
    expect(again).toMatchObject({ errorCode: 0, generationId, members: [] });
    expect(h.service.describeGroups(info(0), ['g'])[0]!.groupState).toBe('Stable');
  });
});

describe('SyncGroup', () => {
  it('a follower sending assignments has them ignored; the leader decides', async () => {
    const h = await harness();
    const a = await joinNew(h, 'g', 'a');
    const b = await joinNew(h, 'g', 'b');
    h.scheduler.advance(0);
    const res = await Promise.all([a.join, b.join]);
    const leader = res[0]!.leader;
    const follower = res.find((r) => r.memberId !== leader)!.memberId;
    const bogus = [
      { memberId: follower, assignment: Buffer.from('mine-all-mine') },
      { memberId: leader, assignment: Buffer.alloc(0) },
    ];
    const fSync = sync(h, 'g', follower, 1, bogus);
    expect(await peek(fSync)).toBe('parked');
    await sync(h, 'g', leader, 1, [
      { memberId: follower, assignment: Buffer.from('f') },
      { memberId: leader, assignment: Buffer.from('l') },
    ]);
    expect((await fSync).assignment.toString()).toBe('f');
  });

  it('a member the leader leaves out gets an empty assignment; unknown members in the assignment are dropped', async () => {
    const h = await harness();
    const a = await joinNew(h, 'g', 'a');
    const b = await joinNew(h, 'g', 'b');
    h.scheduler.advance(0);
    const res = await Promise.all([a.join, b.join]);
    const leader = res[0]!.leader;
    const follower = res.find((r) => r.memberId !== leader)!.memberId;
    const fSync = sync(h, 'g', follower, 1);
    const lSync = await sync(h, 'g', leader, 1, [
      { memberId: leader, assignment: Buffer.from('l') },
      { memberId: 'stranger', assignment: Buffer.from('s') },
    ]);
    expect(lSync.assignment.toString()).toBe('l');
    expect((await fSync).assignment.length).toBe(0);
  });

  it('large assignments pass through whole', async () => {
    const h = await harness();
    const a = await joinNew(h, 'g', 'a');
    h.scheduler.advance(0);
    await a.join;
    const big = Buffer.alloc(300_000);
    for (let i = 0; i < big.length; i++) big[i] = (i * 7919) & 0xff;
    expect(
      (await sync(h, 'g', a.memberId, 1, [{ memberId: a.memberId, assignment: big }])).assignment.equals(big),
    ).toBe(true);
    const restarted = await h.restart();
    expect((await sync(restarted, 'g', a.memberId, 1)).assignment.equals(big)).toBe(true);
  });

  it('ILLEGAL_GENERATION, UNKNOWN_MEMBER_ID and INCONSISTENT_GROUP_PROTOCOL (v5 protocol checks)', async () => {
    const h = await harness();
    const { leader, generationId } = await stableGroup(h, 'g', 1);
    expect((await sync(h, 'g', leader, generationId + 1)).errorCode).toBe(ErrorCode.ILLEGAL_GENERATION);
    expect((await sync(h, 'g', 'nobody', generationId)).errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    const base = { groupId: 'g', generationId, memberId: leader, groupInstanceId: null, assignments: [] };
    expect(
      (await h.service.syncGroup(info(5), { ...base, protocolType: 'consumer', protocolName: 'roundrobin' })).errorCode,
    ).toBe(ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
    expect((await h.service.syncGroup(info(5), { ...base, protocolType: null, protocolName: 'range' })).errorCode).toBe(
      ErrorCode.INCONSISTENT_GROUP_PROTOCOL,
    );
    const ok = await h.service.syncGroup(info(5), { ...base, protocolType: 'consumer', protocolName: 'range' });
    expect(ok).toMatchObject({ errorCode: 0, protocolType: 'consumer', protocolName: 'range' });
    expect((await h.service.syncGroup(info(3), { ...base, groupId: '' })).errorCode).toBe(ErrorCode.INVALID_GROUP_ID);
  });
});

describe('static membership (group.instance.id)', () => {
  const staticJoin = (memberId: string, instance: string) => joinRequest('s', memberId, { groupInstanceId: instance });

  it('a restarted static member rejoins while Stable without a rebalance; its old member id is fenced', async () => {
    const h = await harness();
    const a = h.service.joinGroup(info(5, 'a'), staticJoin('', 'instance-a'));
    const b = h.service.joinGroup(info(5, 'b'), staticJoin('', 'instance-b'));
    h.scheduler.advance(0);
    const [ra, rb] = await Promise.all([a, b]);
    expect(ra!.memberId).toMatch(/^instance-a-/);
    const leader = ra!.leader;
    const assignments = [ra!, rb!].map((r) => ({
      memberId: r.memberId,
      assignment: Buffer.from(`for-${r.memberId.slice(0, 10)}`),
    }));
    await Promise.all([
      sync(h, 's', ra!.memberId, 1, leader === ra!.memberId ? assignments : []),
      sync(h, 's', rb!.memberId, 1, leader === rb!.memberId ? assignments : []),
    ]);

    // instance-b restarts: new process, no member id.
    const back = await h.service.joinGroup(info(5, 'b'), staticJoin('', 'instance-b'));
    expect(back.errorCode).toBe(0);
    expect(back.generationId).toBe(1);
    expect(back.memberId).not.toBe(rb!.memberId);
    expect(h.service.describeGroups(info(0), ['s'])[0]!.groupState).toBe('Stable');
    expect((await sync(h, 's', back.memberId, 1)).assignment.toString()).toBe(`for-${rb!.memberId.slice(0, 10)}`);
    expect(heartbeat(h, 's', rb!.memberId, 1, 'instance-b')).toBe(ErrorCode.FENCED_INSTANCE_ID);
    expect(heartbeat(h, 's', back.memberId, 1, 'instance-b')).toBe(0);
    expect(heartbeat(h, 's', ra!.memberId, 1, 'instance-a')).toBe(0);
    expect(heartbeat(h, 's', 'x', 1, 'instance-z')).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
  });

  it('v9: a static leader rejoining while Stable is told to skip the assignment (KIP-814)', async () => {
    const h = await harness();
    const a = h.service.joinGroup(info(9, 'a'), staticJoin('', 'i'));
    h.scheduler.advance(0);
    const ra = await a;
    await sync(h, 's', ra.memberId, 1, [{ memberId: ra.memberId, assignment: Buffer.from('x') }]);
    const back = await h.service.joinGroup(info(9, 'a'), staticJoin('', 'i'));
    expect(back).toMatchObject({ errorCode: 0, skipAssignment: true, leader: back.memberId, generationId: 1 });
    expect(back.members).toHaveLength(1);
  });

  it('a static member that leaves by instance id alone (admin removal) triggers a rebalance', async () => {
    const h = await harness();
    const a = h.service.joinGroup(info(5, 'a'), staticJoin('', 'i1'));
    h.scheduler.advance(0);
    const ra = await a;
    await sync(h, 's', ra.memberId, 1, [{ memberId: ra.memberId, assignment: Buffer.from('x') }]);
    const res = h.service.leaveGroup(info(3), {
      groupId: 's',
      members: [
        { memberId: '', groupInstanceId: 'i1' },
        { memberId: '', groupInstanceId: 'nope' },
      ],
    });
    expect(res.members!.map((m) => m.errorCode)).toEqual([0, ErrorCode.UNKNOWN_MEMBER_ID]);
    expect(h.service.describeGroups(info(0), ['s'])[0]!.groupState).toBe('Empty');
  });

  it('LeaveGroup with a stale member id for an instance: FENCED_INSTANCE_ID, nothing removed', async () => {
    const h = await harness();
    const a = h.service.joinGroup(info(5, 'a'), staticJoin('', 'i1'));
    h.scheduler.advance(0);
    const ra = await a;
    await sync(h, 's', ra.memberId, 1, [{ memberId: ra.memberId, assignment: Buffer.from('x') }]);
    const res = h.service.leaveGroup(info(3), {
      groupId: 's',
      members: [{ memberId: 'old-id', groupInstanceId: 'i1' }],
    });
    expect(res.members![0]!.errorCode).toBe(ErrorCode.FENCED_INSTANCE_ID);
    expect(h.service.describeGroups(info(0), ['s'])[0]!.groupState).toBe('Stable');
  });
});

describe('LeaveGroup versions', () => {
  it('v0-2 report a member error at the top level; v3+ per member', async () => {
    const h = await harness();
    await stableGroup(h, 'g', 1);
    expect(h.service.leaveGroup(info(1), { groupId: 'g', memberId: 'nobody' })).toMatchObject({
      errorCode: ErrorCode.UNKNOWN_MEMBER_ID,
      members: [],
    });
    expect(
      h.service.leaveGroup(info(3), { groupId: 'g', members: [{ memberId: 'nobody', groupInstanceId: null }] }),
    ).toMatchObject({
      errorCode: 0,
      members: [{ memberId: 'nobody', errorCode: ErrorCode.UNKNOWN_MEMBER_ID }],
    });
    expect(h.service.leaveGroup(info(3), { groupId: 'missing', members: [] }).errorCode).toBe(
      ErrorCode.UNKNOWN_MEMBER_ID,
    );
    expect(h.service.leaveGroup(info(3), { groupId: '', members: [] }).errorCode).toBe(ErrorCode.INVALID_GROUP_ID);
  });

  it('a pending member (MEMBER_ID_REQUIRED, never joined) can leave', async () => {
    const h = await harness();
    const first = await h.service.joinGroup(info(5), joinRequest('g'));
    expect(
      h.service.leaveGroup(info(3), { groupId: 'g', members: [{ memberId: first.memberId, groupInstanceId: null }] })
        .members![0]!.errorCode,
    ).toBe(0);
    expect((await h.service.joinGroup(info(5), joinRequest('g', first.memberId))).errorCode).toBe(
      ErrorCode.UNKNOWN_MEMBER_ID,
    );
  });
});

describe('pending members', () => {
  it('a member told MEMBER_ID_REQUIRED that never comes back expires after its session timeout', async () => {
    const h = await harness({ initialRebalanceDelayMs: 0 });
    const { members, generationId } = await stableGroup(h, 'g', 1);
    const pending = await h.service.joinGroup(info(5), joinRequest('g'));
    expect(pending.errorCode).toBe(ErrorCode.MEMBER_ID_REQUIRED);
    // The leader rejoins (any leader rejoin rebalances); the pending member holds the join phase open.
    const rejoin = h.service.joinGroup(info(5), joinRequest('g', members[0]!));
    expect(await peek(rejoin)).toBe('parked');
    h.scheduler.advance(10_000);
    const res = await rejoin;
    expect(res).toMatchObject({ errorCode: 0, generationId: generationId + 1 });
    expect((await h.service.joinGroup(info(5), joinRequest('g', pending.memberId))).errorCode).toBe(
      ErrorCode.UNKNOWN_MEMBER_ID,
    );
  });
});

describe('replay', () => {
  it('a restart brings a Stable group back with its generation, leader and assignments; silent members then expire', async () => {
    const h = await harness();
    const { members, generationId, leader } = await stableGroup(h, 'g', 2);
    const r = await h.restart();
    const described = r.service.describeGroups(info(0), ['g'])[0]!;
    expect(described).toMatchObject({ groupState: 'Stable', protocolData: 'range' });
    expect(described.members.map((m) => m.memberId).sort()).toEqual([...members].sort());
    expect(described.members.find((m) => m.memberId === leader)!.memberAssignment.toString()).toBe(
      `assignment-of-${leader}`,
    );
    // A member that is still alive carries on with its generation; the one that does not heartbeat is removed.
    r.scheduler.advance(5_000);
    expect(heartbeat(r, 'g', members[1]!, generationId)).toBe(0);
    r.scheduler.advance(5_000);
    expect(heartbeat(r, 'g', members[1]!, generationId)).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
    expect(heartbeat(r, 'g', members[0]!, generationId)).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    r.scheduler.advance(30_000);
    // Nobody rejoined: the group ends Empty.
    expect(r.service.describeGroups(info(0), ['g'])[0]).toMatchObject({ groupState: 'Empty', members: [] });
  });
});
