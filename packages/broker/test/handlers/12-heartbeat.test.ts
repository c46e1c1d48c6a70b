import { ErrorCode, HeartbeatApi, JoinGroupApi } from '@samsa/protocol';
import { findCoordinator, joinBody, stableMember, startGroupBroker, until, type GroupBroker } from '../helpers/groups';
import type { WireClient } from '../helpers/wire-client';

describe('Heartbeat v0-4', () => {
  let gb: GroupBroker;
  let c: WireClient;
  beforeAll(async () => {
    gb = await startGroupBroker();
    c = await gb.connect();
    await findCoordinator(c, 'x');
  });
  afterAll(() => gb.dispose());

  it.each([0, 1, 2, 3, 4])(
    'v%i: keeps a member alive; a silent member is evicted after its session timeout',
    async (v) => {
      const groupId = `hb-${v}`;
      const { memberId, generationId } = await stableMember(gb, c, groupId);
      const hb = (gen = generationId, id = memberId) =>
        c.request(HeartbeatApi, v, { groupId, generationId: gen, memberId: id, groupInstanceId: null });
      for (let i = 0; i < 3; i++) {
        gb.scheduler.advance(6_000);
        expect((await hb()).errorCode).toBe(0);
      }
      expect((await hb(generationId + 1)).errorCode).toBe(ErrorCode.ILLEGAL_GENERATION);
      expect((await hb(generationId, 'stranger')).errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
      gb.scheduler.advance(10_000);
      expect((await hb()).errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
      await until(gb, groupId, 'Empty', 0);
    },
  );

  it('tells members to rejoin during a rebalance (REBALANCE_IN_PROGRESS)', async () => {
    const { memberId, generationId } = await stableMember(gb, c, 'rb');
    const d = await gb.connect();
    void d.request(JoinGroupApi, 3, joinBody('rb')).catch(() => undefined);
    await until(gb, 'rb', 'PreparingRebalance', 2);
    expect(
      (await c.request(HeartbeatApi, 4, { groupId: 'rb', generationId, memberId, groupInstanceId: null })).errorCode,
    ).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
  });

  it('an empty group id is INVALID_GROUP_ID; a static member with a stale id FENCED_INSTANCE_ID', async () => {
    expect((await c.request(HeartbeatApi, 0, { groupId: '', generationId: 1, memberId: 'm' })).errorCode).toBe(
      ErrorCode.INVALID_GROUP_ID,
    );
    const join = c.request(JoinGroupApi, 5, joinBody('st', '', { groupInstanceId: 'i' }));
    await until(gb, 'st', 'PreparingRebalance', 1);
    gb.scheduler.advance(0);
    const res = await join;
    expect(
      (await c.request(HeartbeatApi, 3, { groupId: 'st', generationId: 1, memberId: 'old', groupInstanceId: 'i' }))
        .errorCode,
    ).toBe(ErrorCode.FENCED_INSTANCE_ID);
    expect(
      (
        await c.request(HeartbeatApi, 3, {
          groupId: 'st',
          generationId: 1,
          memberId: res.memberId,
          groupInstanceId: 'i',
        })
      ).errorCode,
    ).toBe(0);
  });
});
