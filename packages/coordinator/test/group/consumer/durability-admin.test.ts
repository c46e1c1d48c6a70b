// KIP-848 consumer groups across restarts (replay of their records), and the administrative and offset APIs on them.
import { ErrorCode, type OffsetCommitRequest } from '@samsa/protocol';
import {
  cgh,
  consumerHarness,
  recordsOf,
  settle,
  TestMember,
  type ConsumerHarness,
} from '../../helpers/consumer-harness';
import { info } from '../../helpers/harness';

const exists = (): boolean => true;

function commit(
  h: ConsumerHarness,
  version: number,
  groupId: string,
  memberId: string,
  epoch: number,
  offsets: Record<string, number>,
) {
  const req: OffsetCommitRequest = {
    groupId,
    generationIdOrMemberEpoch: epoch,
    memberId,
    groupInstanceId: null,
    retentionTimeMs: -1,
    topics: Object.entries(offsets).map(([k, offset]) => {
      const [name, p] = k.split(':') as [string, string];
      return {
        name,
        partitions: [
          {
            partitionIndex: Number(p),
            committedOffset: offset,
            committedLeaderEpoch: -1,
            commitTimestamp: -1,
            committedMetadata: '',
          },
        ],
      };
    }),
  };
  const res = h.service.commitOffsets(info(version), req, exists);
  return res.topics.flatMap((t) => t.partitions.map((p) => p.errorCode));
}

describe('durability: a restart keeps members and assignments', () => {
  it('groups come back with epochs, members, targets and current assignments; members carry on without rejoining', async () => {
    const h = await consumerHarness();
    h.topics.create('t', 6);
    const members = [0, 1, 2].map(
      (i) => new TestMember(h, 'g', { subscribedTopicNames: ['t'], instanceId: i === 0 ? 'pod-0' : null }),
    );
    for (const m of members) m.beat();
    settle(members);
    const before = h.service.consumerGroupAssignments('g')!;
    const h2 = await h.restart();
    const after = h2.service.consumerGroupAssignments('g')!;
    expect(after).toEqual(before);
    expect(after.members).toHaveLength(3);
    // The members keep heartbeating at their epochs as if nothing happened.
    for (const m of members) {
      const res = h2.service.consumerGroupHeartbeat(
        info(1),
        cgh('g', { memberId: m.memberId, memberEpoch: m.epoch, rebalanceTimeoutMs: -1, topicPartitions: m.owned }),
      );
      expect(res).toMatchObject({ errorCode: 0, memberEpoch: m.epoch });
    }
    expect(h2.service.consumerGroupDescribe(info(1), ['g'])[0]!.groupState).toBe('Stable');
  });

  it('after a restart, members that do not heartbeat are fenced after their session timeout', async () => {
    const h = await consumerHarness({ consumerGroupSessionTimeoutMs: 45_000 });
    h.topics.create('t', 2);
    const a = new TestMember(h, 'g', { subscribedTopicNames: ['t'] });
    a.beat();
    const h2 = await h.restart();
    h2.scheduler.advance(45_000);
    expect(h2.service.consumerGroupDescribe(info(1), ['g'])[0]).toMatchObject({ groupState: 'Empty', members: [] });
  });

  it('a member that left stays gone after a restart; its tombstones come first, the group epoch after', async () => {
    const h = await consumerHarness();
    h.topics.create('t', 2);
    const a = new TestMember(h, 'g', { subscribedTopicNames: ['t'] });
    const b = new TestMember(h, 'g', { subscribedTopicNames: ['t'] });
    a.beat();
    b.beat();
    settle([a, b]);
    b.leave();
    const tail = recordsOf(h, 'g').slice(-4);
    expect(tail.map((r) => [r.type, r.value === null])).toEqual([
      ['consumer-group-current-member-assignment', true],
      ['consumer-group-target-assignment-member', true],
      ['consumer-group-member-metadata', true],
      ['consumer-group-metadata', false],
    ]);
    const h2 = await h.restart();
    expect(h2.service.consumerGroupAssignments('g')!.members.map((m) => m.memberId)).toEqual([a.memberId]);
  });
});

describe('administration', () => {
  it('ListGroups reports consumer groups with type consumer; the types and states filters apply', async () => {
    const h = await consumerHarness();
    h.topics.create('t', 1);
    new TestMember(h, 'kip848', { subscribedTopicNames: ['t'] }).beat();
    commit(h, 8, 'simple', '', -1, { 't:0': 1 });
    const list = (states: string[], types: string[]) =>
      h.service
        .listGroups(info(5), { statesFilter: states, typesFilter: types })
        .groups.map((g) => `${g.groupId}/${g.groupType}/${g.groupState}`)
        .sort();
    expect(list([], [])).toEqual(['kip848/consumer/Stable', 'simple/classic/Empty']);
    expect(list([], ['consumer'])).toEqual(['kip848/consumer/Stable']);
    expect(list([], ['Classic'])).toEqual(['simple/classic/Empty']);
    expect(list(['STABLE'], [])).toEqual(['kip848/consumer/Stable']);
    expect(list(['assigning'], [])).toEqual([]);
  });

  it('ConsumerGroupDescribe: a classic group is GROUP_ID_NOT_FOUND, an empty id INVALID_GROUP_ID; DescribeGroups shows a consumer group as Dead', async () => {
    const h = await consumerHarness();
    h.topics.create('t', 1);
    new TestMember(h, 'kip848', { subscribedTopicNames: ['t'] }).beat();
    commit(h, 8, 'simple', '', -1, { 't:0': 1 });
    const [classic, empty, unknown] = h.service.consumerGroupDescribe(info(1), ['simple', '', 'nope']);
    expect(classic).toMatchObject({
      errorCode: ErrorCode.GROUP_ID_NOT_FOUND,
      errorMessage: 'Group simple is not a consumer group.',
    });
    expect(empty!.errorCode).toBe(ErrorCode.INVALID_GROUP_ID);
    expect(unknown).toMatchObject({ errorCode: ErrorCode.GROUP_ID_NOT_FOUND, errorMessage: 'Group nope not found.' });
    expect(h.service.describeGroups(info(5), ['kip848'])[0]).toMatchObject({
      errorCode: 0,
      groupState: 'Dead',
      members: [],
    });
  });

  it('DeleteGroups: NON_EMPTY_GROUP while members are in; an Empty group goes with its offsets, also after a restart', async () => {
    const h = await consumerHarness();
    h.topics.create('t', 1);
    const a = new TestMember(h, 'g', { subscribedTopicNames: ['t'] });
    a.beat();
    expect(commit(h, 9, 'g', a.memberId, a.epoch, { 't:0': 5 })).toEqual([0]);
    expect(h.service.deleteGroups(info(2), { groupsNames: ['g'] }).results).toEqual([
      { groupId: 'g', errorCode: ErrorCode.NON_EMPTY_GROUP },
    ]);
    a.leave();
    expect(h.service.deleteGroups(info(2), { groupsNames: ['g'] }).results).toEqual([{ groupId: 'g', errorCode: 0 }]);
    expect(h.service.consumerGroupDescribe(info(1), ['g'])[0]!.errorCode).toBe(ErrorCode.GROUP_ID_NOT_FOUND);
    const h2 = await h.restart();
    expect(h2.service.consumerGroupDescribe(info(1), ['g'])[0]!.errorCode).toBe(ErrorCode.GROUP_ID_NOT_FOUND);
    const fetched = h2.service.fetchOffsets(info(8), {
      groups: [{ groupId: 'g', topics: null }],
      requireStable: false,
    });
    expect(fetched.groups![0]!.topics).toEqual([]);
  });

  it('OffsetDelete on a consumer group: subscribed topics are GROUP_SUBSCRIBED_TO_TOPIC, others are deleted', async () => {
    const h = await consumerHarness();
    h.topics.create('t', 1);
    h.topics.create('old', 1);
    const a = new TestMember(h, 'g', { subscribedTopicNames: ['t'] });
    a.beat();
    commit(h, 9, 'g', a.memberId, a.epoch, { 't:0': 5, 'old:0': 9 });
    const res = h.service.deleteOffsets(
      info(0),
      {
        groupId: 'g',
        topics: [
          { name: 't', partitions: [{ partitionIndex: 0 }] },
          { name: 'old', partitions: [{ partitionIndex: 0 }] },
        ],
      },
      exists,
    );
    expect(res.errorCode).toBe(0);
    expect(res.topics).toEqual([
      { name: 't', partitions: [{ partitionIndex: 0, errorCode: ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC }] },
      { name: 'old', partitions: [{ partitionIndex: 0, errorCode: 0 }] },
    ]);
  });

  it('offsets of topics the group no longer subscribes to expire; an Empty group without offsets is deleted', async () => {
    const h = await consumerHarness({ offsetsRetentionMs: 60_000, offsetsRetentionCheckIntervalMs: 10_000 });
    h.topics.create('t', 1);
    const a = new TestMember(h, 'g', { subscribedTopicNames: ['t'] });
    a.beat();
    commit(h, 9, 'g', a.memberId, a.epoch, { 't:0': 5 });
    for (let i = 0; i < 12; i++) {
      h.scheduler.advance(10_000);
      expect(a.beat().errorCode).toBe(0);
    }
    // Still subscribed: the offset stays.
    let fetched = h.service.fetchOffsets(info(8), { groups: [{ groupId: 'g', topics: null }], requireStable: false });
    expect(fetched.groups![0]!.topics[0]!.partitions[0]!.committedOffset).toBe(5);
    a.leave();
    h.scheduler.advance(120_000);
    fetched = h.service.fetchOffsets(info(8), { groups: [{ groupId: 'g', topics: null }], requireStable: false });
    expect(fetched.groups![0]!.topics).toEqual([]);
    expect(h.service.consumerGroupDescribe(info(1), ['g'])[0]!.errorCode).toBe(ErrorCode.GROUP_ID_NOT_FOUND);
  });
});

describe('offsets of consumer groups (member epochs, KIP-848)', () => {
  it('OffsetCommit v9 with the member epoch; a stale epoch is STALE_MEMBER_EPOCH; an unknown member UNKNOWN_MEMBER_ID', async () => {
    const h = await consumerHarness();
    h.topics.create('t', 2);
    const a = new TestMember(h, 'g', { subscribedTopicNames: ['t'] });
    a.beat();
    expect(commit(h, 9, 'g', a.memberId, a.epoch, { 't:0': 10 })).toEqual([0]);
    expect(commit(h, 9, 'g', a.memberId, a.epoch + 1, { 't:0': 11 })).toEqual([ErrorCode.STALE_MEMBER_EPOCH]);
    expect(commit(h, 9, 'g', 'someone', a.epoch, { 't:0': 11 })).toEqual([ErrorCode.UNKNOWN_MEMBER_ID]);
    // A consumer-protocol member must commit with v9+.
    expect(commit(h, 8, 'g', a.memberId, a.epoch, { 't:0': 11 })).toEqual([ErrorCode.UNSUPPORTED_VERSION]);
    // Epoch -1 (an admin) only while the group has no members.
    expect(commit(h, 9, 'g', '', -1, { 't:0': 11 })).toEqual([ErrorCode.UNKNOWN_MEMBER_ID]);
    a.leave();
    expect(commit(h, 9, 'g', '', -1, { 't:0': 12 })).toEqual([0]);
    // A group that does not exist, with an epoch: GROUP_ID_NOT_FOUND from v9.
    expect(commit(h, 9, 'none', 'm', 3, { 't:0': 1 })).toEqual([ErrorCode.GROUP_ID_NOT_FOUND]);
  });

  it('OffsetFetch v9 checks member id and epoch; without them (admins) it answers', async () => {
    const h = await consumerHarness();
    h.topics.create('t', 1);
    const a = new TestMember(h, 'g', { subscribedTopicNames: ['t'] });
    a.beat();
    commit(h, 9, 'g', a.memberId, a.epoch, { 't:0': 7 });
    const fetch = (memberId: string | null, memberEpoch: number) =>
      h.service.fetchOffsets(info(9), {
        groups: [{ groupId: 'g', memberId, memberEpoch, topics: [{ name: 't', partitionIndexes: [0] }] }],
        requireStable: true,
      }).groups![0]!;
    expect(fetch(a.memberId, a.epoch)).toMatchObject({ errorCode: 0 });
    expect(fetch(a.memberId, a.epoch).topics[0]!.partitions[0]!.committedOffset).toBe(7);
    expect(fetch(a.memberId, a.epoch + 5).errorCode).toBe(ErrorCode.STALE_MEMBER_EPOCH);
    expect(fetch('other', a.epoch).errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    expect(fetch(null, -1).errorCode).toBe(0);
  });

  it('TxnOffsetCommit v3+ checks the member and epoch of a consumer group (a stale epoch is ILLEGAL_GENERATION)', async () => {
    const h = await consumerHarness();
    h.topics.create('t', 1);
    const a = new TestMember(h, 'g', { subscribedTopicNames: ['t'] });
    a.beat();
    const txn = (epoch: number, memberId: string) =>
      h.service.commitTransactionalOffsets(
        info(3),
        {
          transactionalId: 'tx',
          groupId: 'g',
          producerId: 1000,
          producerEpoch: 0,
          generationId: epoch,
          memberId,
          groupInstanceId: null,
          topics: [
            {
              name: 't',
              partitions: [{ partitionIndex: 0, committedOffset: 3, committedLeaderEpoch: -1, committedMetadata: '' }],
            },
          ],
        },
        exists,
        () => null,
      ).topics[0]!.partitions[0]!.errorCode;
    expect(txn(a.epoch + 1, a.memberId)).toBe(ErrorCode.ILLEGAL_GENERATION);
    expect(txn(a.epoch, 'nobody')).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    expect(txn(a.epoch, a.memberId)).toBe(0);
  });
});
