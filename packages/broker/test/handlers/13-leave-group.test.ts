import { ErrorCode, HeartbeatApi, JoinGroupApi, LeaveGroupApi } from '@samsa/protocol';
import { findCoordinator, joinBody, stableMember, startGroupBroker, until, type GroupBroker } from '../helpers/groups';
import type { WireClient } from '../helpers/wire-client';

describe('LeaveGroup v0-5', () => {
  let gb: GroupBroker;
  let c: WireClient;
  beforeAll(async () => {
    gb = await startGroupBroker();
    c = await gb.connect();
    await findCoordinator(c, 'x');
  });
  afterAll(() => gb.dispose());

  it.each([0, 1, 2])('v%i: one member leaves; its error (if any) is the top-level error', async (v) => {
    const groupId = `leave-${v}`;
    const { memberId } = await stableMember(gb, c, groupId);
    expect(await c.request(LeaveGroupApi, v, { groupId, memberId: 'stranger' })).toMatchObject({
      errorCode: ErrorCode.UNKNOWN_MEMBER_ID,
    });
    expect(await c.request(LeaveGroupApi, v, { groupId, memberId })).toMatchObject({ errorCode: 0 });
    await until(gb, groupId, 'Empty', 0);
  });

  it.each([3, 4, 5])(
    'v%i: a batch of members leaves, each with its own result, and the others rebalance',
    async (v) => {
      const groupId = `batch-${v}`;
      const a = await stableMember(gb, c, groupId);
      const d = await gb.connect();
      const bJoin = d.request(JoinGroupApi, 3, joinBody(groupId));
      await until(gb, groupId, 'PreparingRebalance', 2);
      const aRejoin = c.request(JoinGroupApi, 5, joinBody(groupId, a.memberId));
      const [b] = await Promise.all([bJoin, aRejoin]);
      const res = await c.request(LeaveGroupApi, v, {
        groupId,
        members: [
          { memberId: b!.memberId, groupInstanceId: null, reason: v >= 5 ? 'shutting down' : undefined },
          { memberId: 'stranger', groupInstanceId: null, reason: null },
        ],
      });
      expect(res).toMatchObject({
        errorCode: 0,
        members: [
          { memberId: b!.memberId, groupInstanceId: null, errorCode: 0 },
          { memberId: 'stranger', groupInstanceId: null, errorCode: ErrorCode.UNKNOWN_MEMBER_ID },
        ],
      });
      expect(
        (
          await c.request(HeartbeatApi, 3, {
            groupId,
            generationId: b!.generationId,
            memberId: a.memberId,
            groupInstanceId: null,
          })
        ).errorCode,
      ).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
    },
  );

  it('unknown or empty group ids', async () => {
    expect((await c.request(LeaveGroupApi, 3, { groupId: 'none', members: [] })).errorCode).toBe(
      ErrorCode.UNKNOWN_MEMBER_ID,
    );
    expect((await c.request(LeaveGroupApi, 0, { groupId: '', memberId: 'm' })).errorCode).toBe(
      ErrorCode.INVALID_GROUP_ID,
    );
  });
});
