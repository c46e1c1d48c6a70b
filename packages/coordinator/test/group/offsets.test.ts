import { ErrorCode, KafkaError, type OffsetCommitRequest } from '@samsa/protocol';
import { harness, info, stableGroup, type Harness } from '../helpers/harness';

const exists = (topic: string, partition: number): boolean => topic !== 'unknown' && partition >= 0 && partition < 3;

function commit(
  h: Harness,
  version: number,
  req: Partial<OffsetCommitRequest> & { groupId: string },
  topics: Record<string, [number, number, string | null][]>,
) {
  return h.service.commitOffsets(
    info(version),
    {
      generationIdOrMemberEpoch: -1,
      memberId: '',
      groupInstanceId: null,
      retentionTimeMs: -1,
      ...req,
      topics: Object.entries(topics).map(([name, parts]) => ({
        name,
        partitions: parts.map(([partitionIndex, committedOffset, committedMetadata]) => ({
          partitionIndex,
          committedOffset,
          committedLeaderEpoch: 4,
          commitTimestamp: -1,
          committedMetadata,
        })),
      })),
    },
    exists,
  );
}

function fetchAll(h: Harness, groupId: string, version = 7) {
  return h.service.fetchOffsets(info(version), { groupId, topics: null, requireStable: false });
}

describe('OffsetCommit and OffsetFetch', () => {
  it('a consumer without membership (generation -1) commits; the offsets, epochs and metadata come back', async () => {
    const h = await harness();
    const res = commit(
      h,
      8,
      { groupId: 'simple' },
      {
        t: [
          [0, 42, 'meta-0'],
          [1, 7, null],
        ],
      },
    );
    expect(res.topics).toEqual([
      {
        name: 't',
        partitions: [
          { partitionIndex: 0, errorCode: 0 },
          { partitionIndex: 1, errorCode: 0 },
        ],
      },
    ]);
    const fetched = h.service.fetchOffsets(info(7), {
      groupId: 'simple',
      topics: [{ name: 't', partitionIndexes: [0, 1, 2] }],
      requireStable: true,
    });
    expect(fetched).toMatchObject({
      errorCode: 0,
      topics: [
        {
          name: 't',
          partitions: [
            { partitionIndex: 0, committedOffset: 42, committedLeaderEpoch: 4, metadata: 'meta-0', errorCode: 0 },
            { partitionIndex: 1, committedOffset: 7, committedLeaderEpoch: 4, metadata: '', errorCode: 0 },
            { partitionIndex: 2, committedOffset: -1, committedLeaderEpoch: -1, metadata: '', errorCode: 0 },
          ],
        },
      ],
    });
    // The simple group exists: Empty, no protocol type.
    expect(h.service.listGroups(info(4), {}).groups).toEqual([
      { groupId: 'simple', protocolType: '', groupState: 'Empty', groupType: 'classic' },
    ]);
  });

  it('unknown topics get UNKNOWN_TOPIC_OR_PARTITION, too-long metadata OFFSET_METADATA_TOO_LARGE, the rest commits', async () => {
    const h = await harness({ offsetMetadataMaxBytes: 10 });
    const res = commit(
      h,
      5,
      { groupId: 'g' },
      {
        t: [
          [0, 1, 'x'.repeat(11)],
          [1, 2, 'é'.repeat(5)],
          [2, 3, 'é'.repeat(6)],
          [9, 4, null],
        ],
        unknown: [[0, 5, null]],
      },
    );
    expect(res.topics).toEqual([
      {
        name: 't',
        partitions: [
          { partitionIndex: 9, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION },
          { partitionIndex: 0, errorCode: ErrorCode.OFFSET_METADATA_TOO_LARGE },
          { partitionIndex: 1, errorCode: 0 },
          { partitionIndex: 2, errorCode: ErrorCode.OFFSET_METADATA_TOO_LARGE },
        ],
      },
      { name: 'unknown', partitions: [{ partitionIndex: 0, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION }] },
    ]);
    // v5 carries no leader epoch (v6+).
    expect(fetchAll(h, 'g').topics).toEqual([
      {
        name: 't',
        partitions: [
          { partitionIndex: 1, committedOffset: 2, committedLeaderEpoch: -1, metadata: 'ééééé', errorCode: 0 },
        ],
      },
    ]);
  });

  it('members commit with their generation; stale generations, unknown members and commits during a rebalance fail', async () => {
    const h = await harness();
    const { members, generationId } = await stableGroup(h, 'g', 2);
    const ok = commit(
      h,
      7,
      { groupId: 'g', generationIdOrMemberEpoch: generationId, memberId: members[0]! },
      { t: [[0, 10, null]] },
    );
    expect(ok.topics[0]!.partitions[0]!.errorCode).toBe(0);
    const stale = commit(
      h,
      7,
      { groupId: 'g', generationIdOrMemberEpoch: generationId - 1, memberId: members[0]! },
      { t: [[0, 11, null]] },
    );
    expect(stale.topics[0]!.partitions[0]!.errorCode).toBe(ErrorCode.ILLEGAL_GENERATION);
    const stranger = commit(
      h,
      7,
      { groupId: 'g', generationIdOrMemberEpoch: generationId, memberId: 'stranger' },
      { t: [[0, 12, null]] },
    );
    expect(stranger.topics[0]!.partitions[0]!.errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    const anonymous = commit(h, 7, { groupId: 'g' }, { t: [[0, 13, null]] });
    expect(anonymous.topics[0]!.partitions[0]!.errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    const fenced = commit(
      h,
      7,
      {
        groupId: 'g',
        generationIdOrMemberEpoch: generationId,
        memberId: members[0]!,
        groupInstanceId: 'unknown-instance',
      },
      { t: [[0, 14, null]] },
    );
    expect(fenced.topics[0]!.partitions[0]!.errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    expect(fetchAll(h, 'g').topics![0]!.partitions[0]!.committedOffset).toBe(10);
  });

  it('a missing group with a generation: ILLEGAL_GENERATION before v9, GROUP_ID_NOT_FOUND from v9', async () => {
    const h = await harness();
    expect(
      commit(h, 8, { groupId: 'nope', generationIdOrMemberEpoch: 3, memberId: 'm' }, { t: [[0, 1, null]] }).topics[0]!
        .partitions[0]!.errorCode,
    ).toBe(ErrorCode.ILLEGAL_GENERATION);
    expect(
      commit(h, 9, { groupId: 'nope', generationIdOrMemberEpoch: 3, memberId: 'm' }, { t: [[0, 1, null]] }).topics[0]!
        .partitions[0]!.errorCode,
    ).toBe(ErrorCode.GROUP_ID_NOT_FOUND);
  });

  it('OffsetFetch v0-1 put group errors on every partition; v2+ at the top; v8 answers per group', async () => {
    const h = await harness();
    commit(h, 5, { groupId: 'a' }, { t: [[0, 5, null]] });
    const notMine = { ...info(1), isCoordinatorFor: () => false };
    expect(
      h.service.fetchOffsets(notMine, { groupId: 'a', topics: [{ name: 't', partitionIndexes: [0] }] }),
    ).toMatchObject({
      topics: [
        { name: 't', partitions: [{ partitionIndex: 0, committedOffset: -1, errorCode: ErrorCode.NOT_COORDINATOR }] },
      ],
    });
    expect(h.service.fetchOffsets({ ...notMine, apiVersion: 3 }, { groupId: 'a', topics: null })).toMatchObject({
      errorCode: ErrorCode.NOT_COORDINATOR,
      topics: [],
    });
    const multi = h.service.fetchOffsets(info(8), {
      groups: [
        { groupId: 'a', topics: null },
        { groupId: 'b', topics: [{ name: 't', partitionIndexes: [0] }] },
      ],
      requireStable: false,
    });
    expect(multi.groups).toEqual([
      {
        groupId: 'a',
        errorCode: 0,
        topics: [
          {
            name: 't',
            partitions: [
              { partitionIndex: 0, committedOffset: 5, committedLeaderEpoch: -1, metadata: '', errorCode: 0 },
            ],
          },
        ],
      },
      {
        groupId: 'b',
        errorCode: 0,
        topics: [
          {
            name: 't',
            partitions: [
              { partitionIndex: 0, committedOffset: -1, committedLeaderEpoch: -1, metadata: '', errorCode: 0 },
            ],
          },
        ],
      },
    ]);
  });

  it('committed offsets survive a restart', async () => {
    const h = await harness();
    const { members, generationId } = await stableGroup(h, 'g', 1);
    commit(
      h,
      7,
      { groupId: 'g', generationIdOrMemberEpoch: generationId, memberId: members[0]! },
      {
        t: [
          [0, 100, 'm0'],
          [2, 300, 'm2'],
        ],
      },
    );
    commit(
      h,
      7,
      { groupId: 'g', generationIdOrMemberEpoch: generationId, memberId: members[0]! },
      { t: [[0, 150, 'm0b']] },
    );
    const r = await h.restart();
    expect(fetchAll(r, 'g').topics).toEqual([
      {
        name: 't',
        partitions: [
          { partitionIndex: 0, committedOffset: 150, committedLeaderEpoch: 4, metadata: 'm0b', errorCode: 0 },
          { partitionIndex: 2, committedOffset: 300, committedLeaderEpoch: 4, metadata: 'm2', errorCode: 0 },
        ],
      },
    ]);
  });

  it('a failed append commits nothing and answers with the mapped error', async () => {
    const h = await harness();
    commit(h, 5, { groupId: 'g' }, { t: [[0, 1, null]] });
    const log = h.logs.logs.get(h.service.partitionFor('g'))!;
    log.failNextAppend(new KafkaError('KAFKA_STORAGE_ERROR', 'disk full'));
    expect(commit(h, 5, { groupId: 'g' }, { t: [[0, 2, null]] }).topics[0]!.partitions[0]!.errorCode).toBe(
      ErrorCode.NOT_COORDINATOR,
    );
    expect(fetchAll(h, 'g').topics![0]!.partitions[0]!.committedOffset).toBe(1);
  });
});

describe('offset expiry (offsets.retention.minutes)', () => {
  it("an Empty group's offsets expire once the retention has passed since it became Empty; then the group goes", async () => {
    const h = await harness({ offsetsRetentionMs: 60_000, offsetsRetentionCheckIntervalMs: 10_000 });
    const { members, generationId } = await stableGroup(h, 'g', 1);
    commit(
      h,
      7,
      { groupId: 'g', generationIdOrMemberEpoch: generationId, memberId: members[0]! },
      { t: [[0, 9, null]] },
    );
    // Stable: offsets of subscribed topics never expire.
    for (let i = 0; i < 24; i++) {
      h.scheduler.advance(5_000);
      expect(heartbeat(h, members[0]!, generationId)).toBe(0);
    }
    expect(fetchAll(h, 'g').topics).toHaveLength(1);
    h.service.leaveGroup(info(3), { groupId: 'g', members: [{ memberId: members[0]!, groupInstanceId: null }] });
    h.scheduler.advance(50_000);
    expect(fetchAll(h, 'g').topics).toHaveLength(1);
    h.scheduler.advance(20_000);
    expect(fetchAll(h, 'g').topics).toEqual([]);
    expect(h.service.listGroups(info(3), {}).groups).toEqual([]);
    // The tombstones are in the log: a restart does not bring them back.
    const r = await h.restart();
    expect(fetchAll(r, 'g').topics).toEqual([]);
  });

  it('a commit with an explicit retention time (v2-4) expires at that time', async () => {
    const h = await harness({ offsetsRetentionCheckIntervalMs: 1_000 });
    commit(h, 2, { groupId: 's', retentionTimeMs: 5_000 }, { t: [[0, 1, null]] });
    commit(h, 5, { groupId: 's', retentionTimeMs: 5_000 }, { t: [[1, 1, null]] }); // v5 has no retention time
    h.scheduler.advance(6_000);
    expect(fetchAll(h, 's').topics).toEqual([
      { name: 't', partitions: [expect.objectContaining({ partitionIndex: 1, committedOffset: 1 })] },
    ]);
  });
});

describe('OffsetDelete', () => {
  it('deletes offsets of an Empty group; partitions without offsets are left out; unknown topics are reported', async () => {
    const h = await harness();
    commit(
      h,
      5,
      { groupId: 'g' },
      {
        t: [
          [0, 1, null],
          [1, 2, null],
        ],
      },
    );
    const res = h.service.deleteOffsets(
      info(0),
      {
        groupId: 'g',
        topics: [
          { name: 't', partitions: [{ partitionIndex: 0 }, { partitionIndex: 2 }] },
          { name: 'unknown', partitions: [{ partitionIndex: 0 }] },
        ],
      },
      exists,
    );
    expect(res).toEqual({
      errorCode: 0,
      throttleTimeMs: 0,
      topics: [
        { name: 't', partitions: [{ partitionIndex: 0, errorCode: 0 }] },
        { name: 'unknown', partitions: [{ partitionIndex: 0, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION }] },
      ],
    });
    expect(fetchAll(h, 'g').topics).toEqual([
      { name: 't', partitions: [expect.objectContaining({ partitionIndex: 1 })] },
    ]);
  });

  it('a consumer group keeps offsets of topics it subscribes to (GROUP_SUBSCRIBED_TO_TOPIC); missing group: GROUP_ID_NOT_FOUND', async () => {
    const h = await harness();
    const { members, generationId } = await stableGroup(h, 'g', 1);
    commit(
      h,
      7,
      { groupId: 'g', generationIdOrMemberEpoch: generationId, memberId: members[0]! },
      { t: [[0, 1, null]], other: [[0, 1, null]] },
    );
    const res = h.service.deleteOffsets(
      info(0),
      {
        groupId: 'g',
        topics: [
          { name: 't', partitions: [{ partitionIndex: 0 }] },
          { name: 'other', partitions: [{ partitionIndex: 0 }] },
        ],
      },
      () => true,
    );
    expect(res.topics).toEqual([
      { name: 't', partitions: [{ partitionIndex: 0, errorCode: ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC }] },
      { name: 'other', partitions: [{ partitionIndex: 0, errorCode: 0 }] },
    ]);
    expect(h.service.deleteOffsets(info(0), { groupId: 'none', topics: [] }, exists).errorCode).toBe(
      ErrorCode.GROUP_ID_NOT_FOUND,
    );
  });

  it('a non-empty group of another protocol type: NON_EMPTY_GROUP', async () => {
    const h = await harness();
    const join = h.service.joinGroup(info(3), {
      groupId: 'c',
      sessionTimeoutMs: 10_000,
      rebalanceTimeoutMs: 10_000,
      memberId: '',
      groupInstanceId: null,
      protocolType: 'connect',
      protocols: [{ name: 'default', metadata: Buffer.from('x') }],
    });
    h.scheduler.advance(0);
    await join;
    expect(h.service.deleteOffsets(info(0), { groupId: 'c', topics: [] }, exists).errorCode).toBe(
      ErrorCode.NON_EMPTY_GROUP,
    );
  });
});

describe('DescribeGroups, ListGroups, DeleteGroups', () => {
  it('describes members with metadata and assignment once Stable; unknown groups are Dead', async () => {
    const h = await harness();
    const { leader } = await stableGroup(h, 'g', 1);
    const [g, none] = h.service.describeGroups(info(4, 'describer'), ['g', 'none']);
    expect(g).toMatchObject({
      errorCode: 0,
      groupId: 'g',
      groupState: 'Stable',
      protocolType: 'consumer',
      protocolData: 'range',
    });
    expect(g!.members[0]).toMatchObject({
      memberId: leader,
      clientId: 'c0',
      clientHost: '/127.0.0.1',
      groupInstanceId: null,
    });
    expect(g!.members[0]!.memberAssignment.toString()).toBe(`assignment-of-${leader}`);
    expect(none).toEqual({
      errorCode: 0,
      groupId: 'none',
      groupState: 'Dead',
      protocolType: '',
      protocolData: '',
      members: [],
    });
  });

  it('lists groups filtered by state (case-insensitive) and type', async () => {
    const h = await harness();
    await stableGroup(h, 'stable', 1);
    commit(h, 5, { groupId: 'empty' }, { t: [[0, 1, null]] });
    const names = (req: { statesFilter?: string[]; typesFilter?: string[] }, v = 5) =>
      h.service
        .listGroups(info(v), req)
        .groups.map((g) => g.groupId)
        .sort();
    expect(names({})).toEqual(['empty', 'stable']);
    expect(names({ statesFilter: ['stable'] })).toEqual(['stable']);
    expect(names({ statesFilter: ['Empty', 'PreparingRebalance'] })).toEqual(['empty']);
    expect(names({ typesFilter: ['Classic'] })).toEqual(['empty', 'stable']);
    expect(names({ typesFilter: ['consumer'] })).toEqual([]);
    expect(names({ statesFilter: ['stable'] }, 3)).toEqual(['empty', 'stable']); // no filter before v4
  });

  it('deletes Empty groups with their offsets; NON_EMPTY_GROUP and GROUP_ID_NOT_FOUND otherwise', async () => {
    const h = await harness();
    await stableGroup(h, 'busy', 1);
    commit(h, 5, { groupId: 'idle' }, { t: [[0, 1, null]] });
    const res = h.service.deleteGroups(info(1), { groupsNames: ['idle', 'busy', 'none', 'idle'] });
    expect(res.results).toHaveLength(3);
    expect(res.results).toEqual(
      expect.arrayContaining([
        { groupId: 'none', errorCode: ErrorCode.GROUP_ID_NOT_FOUND },
        { groupId: 'idle', errorCode: 0 },
        { groupId: 'busy', errorCode: ErrorCode.NON_EMPTY_GROUP },
      ]),
    );
    expect(fetchAll(h, 'idle').topics).toEqual([]);
    expect(h.service.describeGroups(info(0), ['idle'])[0]!.groupState).toBe('Dead');
    const r = await h.restart();
    expect(fetchAll(r, 'idle').topics).toEqual([]);
    expect(r.service.listGroups(info(0), {}).groups.map((g) => g.groupId)).toEqual(['busy']);
  });
});

function heartbeat(h: Harness, memberId: string, generationId: number): number {
  return h.service.heartbeat(info(3), { groupId: 'g', generationId, memberId, groupInstanceId: null }).errorCode;
}
