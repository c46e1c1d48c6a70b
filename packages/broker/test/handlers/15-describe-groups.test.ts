import { DescribeGroupsApi, ErrorCode } from '@samsa/protocol';
import { findCoordinator, stableMember, startGroupBroker, subscription, type GroupBroker } from '../helpers/groups';
import type { WireClient } from '../helpers/wire-client';

describe('DescribeGroups v0-5', () => {
  let gb: GroupBroker;
  let c: WireClient;
  let memberId: string;
  beforeAll(async () => {
    gb = await startGroupBroker();
    c = await gb.connect();
    await findCoordinator(c, 'x');
    memberId = (await stableMember(gb, c, 'described')).memberId;
  });
  afterAll(() => gb.dispose());

  it.each([0, 1, 2, 3, 4, 5])(
    'v%i: state, protocol and members with metadata and assignment; unknown groups are Dead',
    async (v) => {
      const res = await c.request(DescribeGroupsApi, v, {
        groups: ['described', 'unknown'],
        includeAuthorizedOperations: v >= 3 ? true : undefined,
      });
      const [g, unknown] = res.groups;
      expect(g).toMatchObject({
        errorCode: 0,
        groupId: 'described',
        groupState: 'Stable',
        protocolType: 'consumer',
        protocolData: 'range',
      });
      expect(g!.members).toHaveLength(1);
      expect(g!.members[0]).toMatchObject({ memberId, clientId: 'wire-client', clientHost: '/127.0.0.1' });
      expect(g!.members[0]!.memberMetadata.equals(subscription(['t']))).toBe(true);
      expect(g!.members[0]!.memberAssignment.toString()).toBe('a');
      if (v >= 3) expect(g!.authorizedOperations).toBe((1 << 3) | (1 << 6) | (1 << 8));
      expect(unknown).toMatchObject({
        errorCode: 0,
        groupId: 'unknown',
        groupState: 'Dead',
        protocolType: '',
        members: [],
      });
    },
  );

  it('NOT_COORDINATOR for groups another broker coordinates', async () => {
    const multi = await startGroupBroker({ 'samsa.broker.count': 2, 'offsets.topic.num.partitions': 4 });
    try {
      const a = await multi.connect(0);
      await findCoordinator(a, 'g');
      const groups = ['g0', 'g1', 'g2', 'g3', 'g4', 'g5'];
      const res = await a.request(DescribeGroupsApi, 5, { groups, includeAuthorizedOperations: false });
      const codes = new Set(res.groups.map((g) => g.errorCode));
      expect(codes).toEqual(new Set([0, ErrorCode.NOT_COORDINATOR]));
      expect(res.groups.find((g) => g.errorCode !== 0)).toMatchObject({ groupState: '', members: [] });
    } finally {
      await multi.dispose();
    }
  });
});
