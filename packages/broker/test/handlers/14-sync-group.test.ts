import { ErrorCode, JoinGroupApi, SyncGroupApi } from '@samsa/protocol';
import { findCoordinator, joinBody, joinNew, peek, startGroupBroker, until, type GroupBroker } from '../helpers/groups';
import type { WireClient } from '../helpers/wire-client';

describe('SyncGroup v0-5', () => {
  let gb: GroupBroker;
  let c: WireClient;
  let d: WireClient;
  beforeAll(async () => {
    gb = await startGroupBroker();
    c = await gb.connect();
    d = await gb.connect();
    await findCoordinator(c, 'x');
  });
  afterAll(() => gb.dispose());

  async function twoMembers(groupId: string) {
    const [a, b] = await Promise.all([joinNew(c, groupId), joinNew(d, groupId)]);
    await until(gb, groupId, 'PreparingRebalance', 2);
    gb.scheduler.advance(0);
    const [ra, rb] = await Promise.all([a.join, b.join]);
    const aLeads = ra!.leader === ra!.memberId;
    return {
      leader: aLeads ? { cl: c, id: ra!.memberId } : { cl: d, id: rb!.memberId },
      follower: aLeads ? { cl: d, id: rb!.memberId } : { cl: c, id: ra!.memberId },
      generationId: ra!.generationId,
    };
  }

  it.each([0, 1, 2, 3, 4, 5])(
    'v%i: followers wait for the leader; assignments arrive byte for byte; follower assignments are ignored',
    async (v) => {
      const groupId = `sync-${v}`;
      const { leader, follower, generationId } = await twoMembers(groupId);
      const body = (memberId: string, assignments: { memberId: string; assignment: Buffer }[]) => ({
        groupId,
        generationId,
        memberId,
        groupInstanceId: null,
        protocolType: 'consumer',
        protocolName: 'range',
        assignments,
      });
      const forFollower = Buffer.from([
        0,
        1,
        0,
        0,
        0,
        1,
        0,
        1,
        't'.charCodeAt(0),
        0,
        0,
        0,
        2,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        1,
        0xff,
        0xff,
        0xff,
        0xff,
      ]);
      const fSync = follower.cl.request(
        SyncGroupApi,
        v,
        body(follower.id, [{ memberId: follower.id, assignment: Buffer.from('greedy') }]),
      );
      expect(await peek(fSync)).toBe('parked');
      const lSync = await leader.cl.request(
        SyncGroupApi,
        v,
        body(leader.id, [
          { memberId: leader.id, assignment: Buffer.from('L') },
          { memberId: follower.id, assignment: forFollower },
        ]),
      );
      expect(lSync).toMatchObject({ errorCode: 0 });
      expect(lSync.assignment.toString()).toBe('L');
      const got = await fSync;
      expect(got.assignment.equals(forFollower)).toBe(true);
      if (v >= 5) expect(got).toMatchObject({ protocolType: 'consumer', protocolName: 'range' });
    },
  );

  it('REBALANCE_IN_PROGRESS, ILLEGAL_GENERATION, UNKNOWN_MEMBER_ID, INCONSISTENT_GROUP_PROTOCOL, INVALID_GROUP_ID', async () => {
    const { leader, follower, generationId } = await twoMembers('errs');
    const body = (memberId: string, gen: number, extra = {}) => ({
      groupId: 'errs',
      generationId: gen,
      memberId,
      groupInstanceId: null,
      protocolType: 'consumer',
      protocolName: 'range',
      assignments: [],
      ...extra,
    });
    expect((await c.request(SyncGroupApi, 3, body(leader.id, generationId + 1))).errorCode).toBe(
      ErrorCode.ILLEGAL_GENERATION,
    );
    expect((await c.request(SyncGroupApi, 3, body('nobody', generationId))).errorCode).toBe(
      ErrorCode.UNKNOWN_MEMBER_ID,
    );
    expect(
      (await c.request(SyncGroupApi, 5, body(leader.id, generationId, { protocolName: 'roundrobin' }))).errorCode,
    ).toBe(ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
    expect((await c.request(SyncGroupApi, 5, body(leader.id, generationId, { protocolType: null }))).errorCode).toBe(
      ErrorCode.INCONSISTENT_GROUP_PROTOCOL,
    );
    expect((await c.request(SyncGroupApi, 3, { ...body(leader.id, generationId), groupId: '' })).errorCode).toBe(
      ErrorCode.INVALID_GROUP_ID,
    );
    // A new member arrives: the follower parked in SyncGroup is told to rejoin.
    const parked = follower.cl.request(SyncGroupApi, 3, body(follower.id, generationId));
    expect(await peek(parked)).toBe('parked');
    const e = await gb.connect();
    void e.request(JoinGroupApi, 3, joinBody('errs')).catch(() => undefined);
    expect((await parked).errorCode).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
    expect((await c.request(SyncGroupApi, 3, body(leader.id, generationId))).errorCode).toBe(
      ErrorCode.REBALANCE_IN_PROGRESS,
    );
  });
});
