import { ApiVersionsApi, ErrorCode, HeartbeatApi, JoinGroupApi, MetadataApi } from '@samsa/protocol';
import {
  findCoordinator,
  joinBody,
  joinNew,
  peek,
  startGroupBroker,
  subscription,
  syncGroup,
  until,
  type GroupBroker,
} from '../helpers/groups';
import type { WireClient } from '../helpers/wire-client';

describe('JoinGroup v0-9', () => {
  let gb: GroupBroker;
  let c: WireClient;
  beforeAll(async () => {
    gb = await startGroupBroker();
    c = await gb.connect();
    await findCoordinator(c, 'any');
  });
  afterAll(() => gb.dispose());

  it.each([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])(
    'v%i: a member joins, leads and receives the members with their metadata byte for byte',
    async (v) => {
      const groupId = `join-v${v}`;
      const metadata = Buffer.concat([subscription(['t']), Buffer.from([0, 0xff, 0x80, 1])]);
      const { memberId, join } = await joinNew(c, groupId, v, {
        protocols: [{ name: 'range', metadata }],
        groupInstanceId: v >= 5 ? null : undefined,
        reason: v >= 8 ? 'testing' : undefined,
      });
      await until(gb, groupId, 'PreparingRebalance', 1);
      gb.scheduler.advance(0);
      const res = await join;
      expect(res).toMatchObject({ errorCode: 0, generationId: 1, protocolName: 'range', leader: res.memberId });
      if (v >= 4) expect(res.memberId).toBe(memberId);
      expect(res.memberId).toMatch(/^wire-client-[0-9a-f-]{36}$/);
      if (v >= 7) expect(res.protocolType).toBe('consumer');
      expect(res.members).toHaveLength(1);
      expect(res.members[0]!.metadata.equals(metadata)).toBe(true);
      expect(res.members[0]!.memberId).toBe(res.memberId);
    },
  );

  it('an empty group id is INVALID_GROUP_ID; absurd session timeouts INVALID_SESSION_TIMEOUT', async () => {
    expect((await c.request(JoinGroupApi, 5, joinBody(''))).errorCode).toBe(ErrorCode.INVALID_GROUP_ID);
    for (const sessionTimeoutMs of [-2147483648, -1, 0, 1, 5999, 1_800_001, 2147483647]) {
      const res = await c.request(JoinGroupApi, 5, joinBody('bad-timeouts', '', { sessionTimeoutMs }));
      expect(res).toMatchObject({ errorCode: ErrorCode.INVALID_SESSION_TIMEOUT, memberId: '', generationId: -1 });
    }
    // v0-6 cannot carry a null protocol name: error responses use "".
    expect(await c.request(JoinGroupApi, 2, joinBody(''))).toMatchObject({
      errorCode: ErrorCode.INVALID_GROUP_ID,
      protocolName: '',
      leader: '',
    });
  });

  it('a parked JoinGroup blocks neither other connections nor the processing of later requests on its own', async () => {
    const other = await gb.connect();
    const first = await c.request(JoinGroupApi, 5, joinBody('parking'));
    const joinFrame = c.encode(JoinGroupApi, 5, joinBody('parking', first.memberId));
    const apiFrame = c.encode(ApiVersionsApi, 3, { clientSoftwareName: 'x', clientSoftwareVersion: '1' });
    const joinAnswer = c.sendRaw(Buffer.alloc(0), joinFrame.correlationId)!;
    const apiAnswer = c.sendRaw(Buffer.alloc(0), apiFrame.correlationId)!;
    const order: string[] = [];
    void joinAnswer.then(() => order.push('join'));
    void apiAnswer.then(() => order.push('api-versions'));
    c.sendRaw(Buffer.concat([joinFrame.frame, apiFrame.frame]));
    await until(gb, 'parking', 'PreparingRebalance', 1);
    // Another connection is served at once.
    const md = await other.request(MetadataApi, 1, { topics: [] });
    expect(md.brokers).toHaveLength(1);
    expect(await peek(joinAnswer)).toBe('parked');
    expect(await peek(apiAnswer)).toBe('parked');
    gb.scheduler.advance(0);
    const joined = c.decode(JoinGroupApi, 5, await joinAnswer);
    expect(joined.errorCode).toBe(0);
    await apiAnswer;
    expect(order).toEqual(['join', 'api-versions']);
  });

  it('a member rejoining on a second connection while its JoinGroup is parked: the later request gets the answer', async () => {
    // As in Kafka, the member's pending JoinGroup is replaced; the superseded request stays unanswered (the client
    // times it out), so this uses connections of its own.
    const first = await gb.connect();
    const second = await gb.connect();
    const { memberId, join } = await joinNew(first, 'twice');
    await until(gb, 'twice', 'PreparingRebalance', 1);
    const again = second.request(JoinGroupApi, 5, joinBody('twice', memberId));
    await new Promise((r) => setTimeout(r, 30));
    gb.scheduler.advance(0);
    expect(await again).toMatchObject({ errorCode: 0, generationId: 1, memberId, leader: memberId });
    expect(await peek(join)).toBe('parked');
    first.destroy();
  });

  it('two members joining concurrently over separate connections form one generation', async () => {
    const d = await gb.connect();
    const [a, b] = await Promise.all([joinNew(c, 'pair'), joinNew(d, 'pair')]);
    await until(gb, 'pair', 'PreparingRebalance', 2);
    gb.scheduler.advance(0);
    const [ra, rb] = await Promise.all([a.join, b.join]);
    expect([ra!.errorCode, rb!.errorCode]).toEqual([0, 0]);
    expect(ra!.generationId).toBe(rb!.generationId);
    expect(ra!.leader).toBe(rb!.leader);
    const leader = ra!.leader === ra!.memberId ? { cl: c, res: ra! } : { cl: d, res: rb! };
    const follower = leader.res === ra ? { cl: d, res: rb! } : { cl: c, res: ra! };
    const fSync = syncGroup(follower.cl, 'pair', follower.res.memberId, follower.res.generationId);
    const lSync = await syncGroup(leader.cl, 'pair', leader.res.memberId, leader.res.generationId, [
      { memberId: leader.res.memberId, assignment: Buffer.from('L') },
      { memberId: follower.res.memberId, assignment: Buffer.from('F') },
    ]);
    expect(lSync.assignment.toString()).toBe('L');
    expect((await fSync).assignment.toString()).toBe('F');
    expect(
      (
        await c.request(HeartbeatApi, 3, {
          groupId: 'pair',
          generationId: ra!.generationId,
          memberId: ra!.memberId,
          groupInstanceId: null,
        })
      ).errorCode,
    ).toBe(0);
  });

  it('static members (v5+) rejoin a Stable group without a rebalance; the replaced member id is fenced', async () => {
    const first = c.request(JoinGroupApi, 5, joinBody('static', '', { groupInstanceId: 'pod-1' }));
    await until(gb, 'static', 'PreparingRebalance', 1);
    gb.scheduler.advance(0);
    const joined = await first;
    await syncGroup(c, 'static', joined.memberId, 1, [{ memberId: joined.memberId, assignment: Buffer.from('p') }]);
    const back = await c.request(JoinGroupApi, 5, joinBody('static', '', { groupInstanceId: 'pod-1' }));
    expect(back).toMatchObject({ errorCode: 0, generationId: 1 });
    expect(back.memberId).not.toBe(joined.memberId);
    const hb = (memberId: string) =>
      c.request(HeartbeatApi, 3, { groupId: 'static', generationId: 1, memberId, groupInstanceId: 'pod-1' });
    expect((await hb(joined.memberId)).errorCode).toBe(ErrorCode.FENCED_INSTANCE_ID);
    expect((await hb(back.memberId)).errorCode).toBe(0);
    expect(
      (await c.request(JoinGroupApi, 5, joinBody('static', joined.memberId, { groupInstanceId: 'pod-1' }))).errorCode,
    ).toBe(ErrorCode.FENCED_INSTANCE_ID);
  });
});

describe('JoinGroup limits', () => {
  it('group.max.size: the member over the limit gets GROUP_MAX_SIZE_REACHED', async () => {
    const gb = await startGroupBroker({ 'group.max.size': 1 });
    try {
      const c = await gb.connect();
      await findCoordinator(c, 'small');
      const { join } = await joinNew(c, 'small');
      await until(gb, 'small', 'PreparingRebalance', 1);
      gb.scheduler.advance(0);
      await join;
      const d = await gb.connect();
      const res = await d.request(JoinGroupApi, 3, joinBody('small'));
      expect(res).toMatchObject({ errorCode: ErrorCode.GROUP_MAX_SIZE_REACHED, memberId: '' });
    } finally {
      await gb.dispose();
    }
  });

  it("a broker without __consumer_offsets is nobody's coordinator (NOT_COORDINATOR)", async () => {
    const gb = await startGroupBroker();
    try {
      const c = await gb.connect();
      expect((await c.request(JoinGroupApi, 5, joinBody('g'))).errorCode).toBe(ErrorCode.NOT_COORDINATOR);
    } finally {
      await gb.dispose();
    }
  });
});
