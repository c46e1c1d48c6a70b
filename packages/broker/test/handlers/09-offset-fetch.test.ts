import { ErrorCode, OffsetCommitApi, OffsetFetchApi } from '@samsa/protocol';
import { createTopic, findCoordinator, startGroupBroker, type GroupBroker } from '../helpers/groups';
import type { WireClient } from '../helpers/wire-client';

describe('OffsetFetch v0-9', () => {
  let gb: GroupBroker;
  let c: WireClient;
  beforeAll(async () => {
    gb = await startGroupBroker();
    c = await gb.connect();
    await findCoordinator(c, 'x');
    await createTopic(c, 't', 2);
    await createTopic(c, 'u', 1);
    for (const [groupId, offset] of [
      ['g1', 11],
      ['g2', 22],
    ] as const) {
      await c.request(OffsetCommitApi, 8, {
        groupId,
        generationIdOrMemberEpoch: -1,
        memberId: '',
        groupInstanceId: null,
        topics: [
          {
            name: 't',
            partitions: [
              {
                partitionIndex: 1,
                committedOffset: offset,
                committedLeaderEpoch: 2,
                committedMetadata: `m-${groupId}`,
              },
            ],
          },
        ],
      });
    }
  });
  afterAll(() => gb.dispose());

  it.each([0, 1, 2, 3, 4, 5, 6, 7])('v%i: the requested partitions, -1 where nothing is committed', async (v) => {
    const res = await c.request(OffsetFetchApi, v, {
      groupId: 'g1',
      topics: [
        { name: 't', partitionIndexes: [0, 1] },
        { name: 'u', partitionIndexes: [0] },
      ],
      requireStable: v >= 7 ? true : undefined,
    });
    expect(res.topics).toEqual([
      {
        name: 't',
        partitions: [
          { partitionIndex: 0, committedOffset: -1, committedLeaderEpoch: -1, metadata: '', errorCode: 0 },
          {
            partitionIndex: 1,
            committedOffset: 11,
            committedLeaderEpoch: v >= 5 ? 2 : -1,
            metadata: 'm-g1',
            errorCode: 0,
          },
        ],
      },
      {
        name: 'u',
        partitions: [{ partitionIndex: 0, committedOffset: -1, committedLeaderEpoch: -1, metadata: '', errorCode: 0 }],
      },
    ]);
    if (v >= 2) expect(res.errorCode).toBe(0);
  });

  it('v2+: a null topic list returns every committed partition; an unknown group has none', async () => {
    expect((await c.request(OffsetFetchApi, 2, { groupId: 'g2', topics: null })).topics).toEqual([
      {
        name: 't',
        partitions: [
          { partitionIndex: 1, committedOffset: 22, committedLeaderEpoch: -1, metadata: 'm-g2', errorCode: 0 },
        ],
      },
    ]);
    expect(await c.request(OffsetFetchApi, 6, { groupId: 'nobody', topics: null })).toMatchObject({
      errorCode: 0,
      topics: [],
    });
  });

  it.each([8, 9])('v%i: several groups in one request, each with its offsets', async (v) => {
    const res = await c.request(OffsetFetchApi, v, {
      groups: [
        { groupId: 'g1', memberId: null, memberEpoch: -1, topics: null },
        { groupId: 'g2', memberId: null, memberEpoch: -1, topics: [{ name: 't', partitionIndexes: [1] }] },
        { groupId: 'none', memberId: null, memberEpoch: -1, topics: null },
      ],
      requireStable: false,
    });
    expect(res.groups).toEqual([
      {
        groupId: 'g1',
        errorCode: 0,
        topics: [
          {
            name: 't',
            partitions: [
              { partitionIndex: 1, committedOffset: 11, committedLeaderEpoch: 2, metadata: 'm-g1', errorCode: 0 },
            ],
          },
        ],
      },
      {
        groupId: 'g2',
        errorCode: 0,
        topics: [
          {
            name: 't',
            partitions: [
              { partitionIndex: 1, committedOffset: 22, committedLeaderEpoch: 2, metadata: 'm-g2', errorCode: 0 },
            ],
          },
        ],
      },
      { groupId: 'none', errorCode: 0, topics: [] },
    ]);
  });

  it('group errors: per partition in v0-1, top-level from v2, per group from v8', async () => {
    const multi = await startGroupBroker({ 'samsa.broker.count': 2, 'offsets.topic.num.partitions': 2 });
    try {
      const a = await multi.connect(0);
      await findCoordinator(a, 'x');
      const topic = multi.broker.cluster.topicByName('__consumer_offsets')!;
      const other = topic.partitions.findIndex((p) => p.leader !== multi.broker.nodes[0]!.nodeId);
      const groupId = ['a', 'b', 'c', 'd', 'e', 'f'].find(
        (g) => multi.broker.groups.service.partitionFor(g) === other,
      )!;
      expect(
        (await a.request(OffsetFetchApi, 1, { groupId, topics: [{ name: 't', partitionIndexes: [0] }] })).topics![0]!
          .partitions[0]!.errorCode,
      ).toBe(ErrorCode.NOT_COORDINATOR);
      expect(await a.request(OffsetFetchApi, 3, { groupId, topics: null })).toMatchObject({
        errorCode: ErrorCode.NOT_COORDINATOR,
        topics: [],
      });
      const res = await a.request(OffsetFetchApi, 8, { groups: [{ groupId, topics: null }], requireStable: false });
      expect(res.groups![0]).toMatchObject({ groupId, errorCode: ErrorCode.NOT_COORDINATOR });
    } finally {
      await multi.dispose();
    }
  });
});
