import { DeleteGroupsApi, ErrorCode, OffsetCommitApi, OffsetFetchApi } from '@samsa/protocol';
import { createTopic, findCoordinator, stableMember, startGroupBroker, type GroupBroker } from '../helpers/groups';
import type { WireClient } from '../helpers/wire-client';

describe('DeleteGroups v0-2', () => {
  let gb: GroupBroker;
  let c: WireClient;
  beforeAll(async () => {
    gb = await startGroupBroker();
    c = await gb.connect();
    await findCoordinator(c, 'x');
    await createTopic(c, 't', 1);
  });
  afterAll(() => gb.dispose());

  const commit = (groupId: string) =>
    c.request(OffsetCommitApi, 2, {
      groupId,
      generationIdOrMemberEpoch: -1,
      memberId: '',
      retentionTimeMs: -1,
      topics: [{ name: 't', partitions: [{ partitionIndex: 0, committedOffset: 3, committedMetadata: null }] }],
    });

  it.each([0, 1, 2])(
    'v%i: deletes an Empty group and its offsets; NON_EMPTY_GROUP and GROUP_ID_NOT_FOUND otherwise',
    async (v) => {
      await commit(`idle-${v}`);
      await stableMember(gb, c, `busy-${v}`);
      const res = await c.request(DeleteGroupsApi, v, {
        groupsNames: [`idle-${v}`, `busy-${v}`, `none-${v}`, `idle-${v}`],
      });
      expect(res.results.sort((a, b) => a.groupId.localeCompare(b.groupId))).toEqual([
        { groupId: `busy-${v}`, errorCode: ErrorCode.NON_EMPTY_GROUP },
        { groupId: `idle-${v}`, errorCode: 0 },
        { groupId: `none-${v}`, errorCode: ErrorCode.GROUP_ID_NOT_FOUND },
      ]);
      const fetched = await c.request(OffsetFetchApi, 3, { groupId: `idle-${v}`, topics: null });
      expect(fetched.topics).toEqual([]);
      expect((await c.request(DeleteGroupsApi, v, { groupsNames: [`idle-${v}`] })).results[0]!.errorCode).toBe(
        ErrorCode.GROUP_ID_NOT_FOUND,
      );
    },
  );
});
