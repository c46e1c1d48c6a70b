import { ErrorCode, HeartbeatApi, OffsetCommitApi, OffsetFetchApi, type OffsetCommitRequest } from '@samsa/protocol';
import {
  createTopic,
  findCoordinator,
  joinNew,
  stableMember,
  startGroupBroker,
  until,
  type GroupBroker,
} from '../helpers/groups';
import type { WireClient } from '../helpers/wire-client';

function body(
  groupId: string,
  partitions: [number, number, string | null][],
  extra: Partial<OffsetCommitRequest> = {},
  topic = 't',
): OffsetCommitRequest {
  return {
    groupId,
    generationIdOrMemberEpoch: -1,
    memberId: '',
    groupInstanceId: null,
    retentionTimeMs: -1,
    topics: [
      {
        name: topic,
        partitions: partitions.map(([partitionIndex, committedOffset, committedMetadata]) => ({
          partitionIndex,
          committedOffset,
          committedLeaderEpoch: 6,
          commitTimestamp: -1,
          committedMetadata,
        })),
      },
    ],
    ...extra,
  };
}

describe('OffsetCommit v0-9', () => {
  let gb: GroupBroker;
  let c: WireClient;
  beforeAll(async () => {
    gb = await startGroupBroker({ 'offset.metadata.max.bytes': 64 });
    c = await gb.connect();
    await findCoordinator(c, 'x');
    await createTopic(c, 't', 3);
  });
  afterAll(() => gb.dispose());

  it.each([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])(
    'v%i: a consumer outside any group commits (generation -1) and reads its offsets back',
    async (v) => {
      const groupId = `standalone-${v}`;
      const res = await c.request(
        OffsetCommitApi,
        v,
        body(groupId, [
          [0, 10 + v, `meta-${v}`],
          [2, 20, null],
        ]),
      );
      expect(res.topics).toEqual([
        {
          name: 't',
          partitions: [
            { partitionIndex: 0, errorCode: 0 },
            { partitionIndex: 2, errorCode: 0 },
          ],
        },
      ]);
      const fetched = await c.request(OffsetFetchApi, 5, {
        groupId,
        topics: [{ name: 't', partitionIndexes: [0, 1, 2] }],
      });
      expect(fetched.topics![0]!.partitions).toEqual([
        {
          partitionIndex: 0,
          committedOffset: 10 + v,
          committedLeaderEpoch: v >= 6 ? 6 : -1,
          metadata: `meta-${v}`,
          errorCode: 0,
        },
        { partitionIndex: 1, committedOffset: -1, committedLeaderEpoch: -1, metadata: '', errorCode: 0 },
        { partitionIndex: 2, committedOffset: 20, committedLeaderEpoch: v >= 6 ? 6 : -1, metadata: '', errorCode: 0 },
      ]);
    },
  );

  it('unknown topics or partitions: UNKNOWN_TOPIC_OR_PARTITION; metadata over offset.metadata.max.bytes: OFFSET_METADATA_TOO_LARGE', async () => {
    const res = await c.request(OffsetCommitApi, 8, {
      groupId: 'bad-input',
      generationIdOrMemberEpoch: -1,
      memberId: '',
      groupInstanceId: null,
      topics: [
        {
          name: 't',
          partitions: [
            { partitionIndex: 0, committedOffset: 1, committedLeaderEpoch: -1, committedMetadata: 'm'.repeat(65) },
            { partitionIndex: 1, committedOffset: 2, committedLeaderEpoch: -1, committedMetadata: 'm'.repeat(64) },
            { partitionIndex: 3, committedOffset: 3, committedLeaderEpoch: -1, committedMetadata: null },
          ],
        },
        {
          name: 'no-such-topic',
          partitions: [{ partitionIndex: 0, committedOffset: 1, committedLeaderEpoch: -1, committedMetadata: null }],
        },
      ],
    });
    const byPartition = (name: string) =>
      Object.fromEntries(
        res.topics.find((t) => t.name === name)!.partitions.map((p) => [p.partitionIndex, p.errorCode]),
      );
    expect(byPartition('t')).toEqual({
      0: ErrorCode.OFFSET_METADATA_TOO_LARGE,
      1: 0,
      3: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
    });
    expect(byPartition('no-such-topic')).toEqual({ 0: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION });
    const huge = await c.request(OffsetCommitApi, 8, body('bad-input', [[2, 1, 'x'.repeat(32_767)]]));
    expect(huge.topics[0]!.partitions[0]!.errorCode).toBe(ErrorCode.OFFSET_METADATA_TOO_LARGE);
    const fetched = await c.request(OffsetFetchApi, 5, { groupId: 'bad-input', topics: null });
    expect(fetched.topics).toEqual([
      {
        name: 't',
        partitions: [
          { partitionIndex: 1, committedOffset: 2, committedLeaderEpoch: -1, metadata: 'm'.repeat(64), errorCode: 0 },
        ],
      },
    ]);
  });

  it('members commit with their generation; errors for stale generations, strangers and rebalances', async () => {
    const { memberId, generationId } = await stableMember(gb, c, 'members');
    const commit = (extra: Partial<OffsetCommitRequest>) =>
      c.request(OffsetCommitApi, 7, body('members', [[0, 5, null]], extra));
    expect(
      (await commit({ generationIdOrMemberEpoch: generationId, memberId })).topics[0]!.partitions[0]!.errorCode,
    ).toBe(0);
    expect(
      (await commit({ generationIdOrMemberEpoch: generationId + 1, memberId })).topics[0]!.partitions[0]!.errorCode,
    ).toBe(ErrorCode.ILLEGAL_GENERATION);
    expect(
      (await commit({ generationIdOrMemberEpoch: generationId, memberId: 'other' })).topics[0]!.partitions[0]!
        .errorCode,
    ).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    expect((await commit({})).topics[0]!.partitions[0]!.errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    // A commit keeps the session alive, as a heartbeat does.
    gb.scheduler.advance(8_000);
    expect(
      (await commit({ generationIdOrMemberEpoch: generationId, memberId })).topics[0]!.partitions[0]!.errorCode,
    ).toBe(0);
    gb.scheduler.advance(8_000);
    expect(
      (await c.request(HeartbeatApi, 3, { groupId: 'members', generationId, memberId, groupInstanceId: null }))
        .errorCode,
    ).toBe(0);
  });

  it('a missing group with a generation: ILLEGAL_GENERATION up to v8, GROUP_ID_NOT_FOUND in v9', async () => {
    const extra = { generationIdOrMemberEpoch: 4, memberId: 'm' };
    expect(
      (await c.request(OffsetCommitApi, 8, body('missing', [[0, 1, null]], extra))).topics[0]!.partitions[0]!.errorCode,
    ).toBe(ErrorCode.ILLEGAL_GENERATION);
    expect(
      (await c.request(OffsetCommitApi, 9, body('missing', [[0, 1, null]], extra))).topics[0]!.partitions[0]!.errorCode,
    ).toBe(ErrorCode.GROUP_ID_NOT_FOUND);
  });

  it('commits during CompletingRebalance get REBALANCE_IN_PROGRESS', async () => {
    const { join } = await joinNew(c, 'completing');
    await until(gb, 'completing', 'PreparingRebalance', 1);
    gb.scheduler.advance(0);
    const joined = await join;
    const res = await c.request(
      OffsetCommitApi,
      7,
      body('completing', [[0, 1, null]], { generationIdOrMemberEpoch: joined.generationId, memberId: joined.memberId }),
    );
    expect(res.topics[0]!.partitions[0]!.errorCode).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
  });
});

describe('committed offsets and groups across a restart', () => {
  it('a restart loses no committed offset; a Stable group comes back and, once its members are gone, is Empty with its offsets', async () => {
    let gb = await startGroupBroker();
    try {
      let c = await gb.connect();
      await findCoordinator(c, 'durable');
      await createTopic(c, 't', 3);
      const { memberId, generationId } = await stableMember(gb, c, 'durable');
      for (let i = 0; i < 50; i++) {
        const res = await c.request(
          OffsetCommitApi,
          7,
          body('durable', [[i % 3, i, `m${i}`]], { generationIdOrMemberEpoch: generationId, memberId }),
        );
        expect(res.topics[0]!.partitions[0]!.errorCode).toBe(0);
      }
      await c.request(OffsetCommitApi, 2, body('simple', [[1, 77, 's']]));
      await gb.stop();

      gb = await gb.restart();
      c = await gb.connect();
      const fetched = await c.request(OffsetFetchApi, 7, { groupId: 'durable', topics: null, requireStable: true });
      expect(fetched.topics![0]!.partitions.map((p) => [p.partitionIndex, p.committedOffset, p.metadata])).toEqual([
        [0, 48, 'm48'],
        [1, 49, 'm49'],
        [2, 47, 'm47'],
      ]);
      expect(
        (await c.request(OffsetFetchApi, 1, { groupId: 'simple', topics: [{ name: 't', partitionIndexes: [1] }] }))
          .topics![0]!.partitions[0]!.committedOffset,
      ).toBe(77);
      // The member is still known with its generation until its session runs out.
      expect(
        (await c.request(HeartbeatApi, 3, { groupId: 'durable', generationId, memberId, groupInstanceId: null }))
          .errorCode,
      ).toBe(0);
      await until(gb, 'durable', 'Stable', 1);
      gb.scheduler.advance(10_000);
      await until(gb, 'durable', 'Empty', 0);
      const after = await c.request(OffsetFetchApi, 7, { groupId: 'durable', topics: null, requireStable: false });
      expect(after.topics![0]!.partitions).toHaveLength(3);
    } finally {
      await gb.dispose();
    }
  });
});
