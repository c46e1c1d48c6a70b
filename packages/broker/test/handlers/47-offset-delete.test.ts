import { ErrorCode, OffsetCommitApi, OffsetDeleteApi, OffsetFetchApi } from '@samsa/protocol';
import { createTopic, findCoordinator, stableMember, startGroupBroker, type GroupBroker } from '../helpers/groups';
import type { WireClient } from '../helpers/wire-client';

describe('OffsetDelete v0', () => {
  let gb: GroupBroker;
  let c: WireClient;
  beforeAll(async () => {
    gb = await startGroupBroker();
    c = await gb.connect();
    await findCoordinator(c, 'x');
    await createTopic(c, 't', 2);
    await createTopic(c, 'u', 1);
  });
  afterAll(() => gb.dispose());

  const commit = (groupId: string, generationId = -1, memberId = '') =>
    c.request(OffsetCommitApi, 5, {
      groupId,
      generationIdOrMemberEpoch: generationId,
      memberId,
      topics: [
        { name: 't', partitions: [{ partitionIndex: 0, committedOffset: 3, committedMetadata: null }] },
        { name: 'u', partitions: [{ partitionIndex: 0, committedOffset: 4, committedMetadata: null }] },
      ],
    });

  it('deletes committed offsets; partitions without one are left out; unknown topics are UNKNOWN_TOPIC_OR_PARTITION', async () => {
    await commit('plain');
    const res = await c.request(OffsetDeleteApi, 0, {
      groupId: 'plain',
      topics: [
        { name: 't', partitions: [{ partitionIndex: 0 }, { partitionIndex: 1 }] },
        { name: 'ghost', partitions: [{ partitionIndex: 0 }] },
      ],
    });
    expect(res).toEqual({
      errorCode: 0,
      throttleTimeMs: 0,
      topics: [
        { name: 't', partitions: [{ partitionIndex: 0, errorCode: 0 }] },
        { name: 'ghost', partitions: [{ partitionIndex: 0, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION }] },
      ],
    });
    const left = await c.request(OffsetFetchApi, 3, { groupId: 'plain', topics: null });
    expect(left.topics!.map((t) => t.name)).toEqual(['u']);
  });

  it('a consumer group keeps offsets of subscribed topics (GROUP_SUBSCRIBED_TO_TOPIC); unknown group: GROUP_ID_NOT_FOUND', async () => {
    const { memberId, generationId } = await stableMember(gb, c, 'subscribed');
    await commit('subscribed', generationId, memberId);
    const res = await c.request(OffsetDeleteApi, 0, {
      groupId: 'subscribed',
      topics: [
        { name: 't', partitions: [{ partitionIndex: 0 }] },
        { name: 'u', partitions: [{ partitionIndex: 0 }] },
      ],
    });
    expect(res.topics).toEqual([
      { name: 't', partitions: [{ partitionIndex: 0, errorCode: ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC }] },
      { name: 'u', partitions: [{ partitionIndex: 0, errorCode: 0 }] },
    ]);
    expect((await c.request(OffsetDeleteApi, 0, { groupId: 'nope', topics: [] })).errorCode).toBe(
      ErrorCode.GROUP_ID_NOT_FOUND,
    );
  });
});
