import { ListGroupsApi, OffsetCommitApi } from '@samsa/protocol';
import { createTopic, findCoordinator, stableMember, startGroupBroker, type GroupBroker } from '../helpers/groups';
import type { WireClient } from '../helpers/wire-client';

describe('ListGroups v0-5', () => {
  let gb: GroupBroker;
  let c: WireClient;
  beforeAll(async () => {
    gb = await startGroupBroker();
    c = await gb.connect();
    await findCoordinator(c, 'x');
    await createTopic(c, 't', 1);
    await stableMember(gb, c, 'active');
    await c.request(OffsetCommitApi, 2, {
      groupId: 'standalone',
      generationIdOrMemberEpoch: -1,
      memberId: '',
      retentionTimeMs: -1,
      topics: [{ name: 't', partitions: [{ partitionIndex: 0, committedOffset: 3, committedMetadata: null }] }],
    });
  });
  afterAll(() => gb.dispose());

  it.each([0, 1, 2, 3])('v%i: lists every group with its protocol type', async (v) => {
    const res = await c.request(ListGroupsApi, v, {});
    expect(res.errorCode).toBe(0);
    expect(res.groups.map((g) => [g.groupId, g.protocolType]).sort()).toEqual([
      ['active', 'consumer'],
      ['standalone', ''],
    ]);
  });

  it('v4 reports states and filters by them (case-insensitive); v5 reports and filters by type', async () => {
    const v4 = await c.request(ListGroupsApi, 4, { statesFilter: ['STABLE'] });
    expect(v4.groups).toEqual([{ groupId: 'active', protocolType: 'consumer', groupState: 'Stable', groupType: '' }]); // no type before v5
    expect((await c.request(ListGroupsApi, 5, { statesFilter: ['stable'], typesFilter: [] })).groups).toEqual([
      { groupId: 'active', protocolType: 'consumer', groupState: 'Stable', groupType: 'classic' },
    ]);
    expect((await c.request(ListGroupsApi, 4, { statesFilter: ['Empty'] })).groups.map((g) => g.groupId)).toEqual([
      'standalone',
    ]);
    expect((await c.request(ListGroupsApi, 5, { statesFilter: [], typesFilter: ['classic'] })).groups).toHaveLength(2);
    expect((await c.request(ListGroupsApi, 5, { statesFilter: [], typesFilter: ['consumer'] })).groups).toEqual([]);
  });
});
