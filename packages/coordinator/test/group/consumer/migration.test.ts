// Online migration (KIP-848, Kafka 3.8+): a classic group upgrades when a consumer-protocol member joins, classic
// members keep working inside the consumer group, and the group downgrades when the last consumer-protocol member
// leaves.
import { ErrorCode, type JoinGroupResponse } from '@samsa/protocol';
import { parseAssignment, serializeAssignment } from '../../../src/group/classic/consumer-protocol';
import { consumerHarness, recordsOf, settle, TestMember, type ConsumerHarness } from '../../helpers/consumer-harness';
import { heartbeat, info, joinRequest, subscription, sync } from '../../helpers/harness';

/** A classic consumer (JoinGroup v5, SyncGroup v3, eager): joins with the MEMBER_ID_REQUIRED round trip. */
async function classicJoin(h: ConsumerHarness, groupId: string, memberId = ''): Promise<JoinGroupResponse> {
  const req = joinRequest(groupId, memberId, { protocols: [{ name: 'range', metadata: subscription(['t']) }] });
  let res = await h.service.joinGroup(info(5, 'classic'), req);
  if (res.errorCode === ErrorCode.MEMBER_ID_REQUIRED) {
    const again = h.service.joinGroup(info(5, 'classic'), { ...req, memberId: res.memberId });
    h.scheduler.advance(0);
    res = await again;
  }
  return res;
}

/** Partitions of `t` in a SyncGroup assignment (ConsumerProtocolAssignment). */
const partitionsIn = (assignment: Buffer): number[] =>
  parseAssignment(assignment)
    .flatMap((tp) => (tp.topic === 't' ? tp.partitions : []))
    .sort((a, b) => a - b);

/** A Stable classic group of two members splitting `t` (4 partitions) 2/2, as a real leader would assign it. */
async function classicGroup(h: ConsumerHarness): Promise<{ ids: string[]; generation: number }> {
  const first = await h.service.joinGroup(info(5, 'c0'), joinRequest('g'));
  const second = await h.service.joinGroup(info(5, 'c1'), joinRequest('g'));
  const j0 = h.service.joinGroup(info(5, 'c0'), joinRequest('g', first.memberId));
  const j1 = h.service.joinGroup(info(5, 'c1'), joinRequest('g', second.memberId));
  h.scheduler.advance(0);
  const [r0, r1] = await Promise.all([j0, j1]);
  const leader = r0!.leader;
  const ids = [r0!.memberId, r1!.memberId];
  const assignments = ids.map((memberId, i) => ({
    memberId,
    assignment: serializeAssignment([{ topic: 't', partitions: i === 0 ? [0, 1] : [2, 3] }], 0),
  }));
  const syncs = ids.map((id) => sync(h as never, 'g', id, r0!.generationId, id === leader ? assignments : []));
  const got = await Promise.all(syncs);
  expect(got.map((s) => partitionsIn(s.assignment))).toEqual([
    [0, 1],
    [2, 3],
  ]);
  return { ids, generation: r0!.generationId };
}

describe('online migration between the classic and the consumer protocol', () => {
  it('upgrade: a consumer-protocol member joins a classic group; the classic members keep their partitions and rejoin the consumer group', async () => {
    const h = await consumerHarness();
    h.topics.create('t', 4);
    const { ids, generation } = await classicGroup(h);
    const kip848 = new TestMember(h, 'g', { subscribedTopicNames: ['t'] });
    const joined = kip848.beat();
    expect(joined.errorCode).toBe(0);
    expect(joined.memberEpoch).toBe(generation + 1);
    const view = h.service.consumerGroupAssignments('g')!;
    expect(view.members.map((m) => m.protocol).sort()).toEqual(['classic', 'classic', 'consumer']);
    // The classic members were carried over with their assignments, at the classic generation.
    for (const id of ids) {
      expect(view.members.find((m) => m.memberId === id)).toMatchObject({
        memberEpoch: generation,
        protocol: 'classic',
      });
    }
    expect(
      h.service
        .consumerGroupDescribe(info(1), ['g'])[0]!
        .members.map((m) => m.memberType)
        .sort(),
    ).toEqual([0, 0, 1]);
    expect(h.service.listGroups(info(5), { statesFilter: [], typesFilter: [] }).groups[0]!.groupType).toBe('consumer');
    // Classic members learn of the rebalance from their heartbeat and rejoin (eager: they own nothing then).
    expect(heartbeat(h as never, 'g', ids[0]!, generation)).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
    const rejoined = await Promise.all(ids.map((id) => classicJoin(h, 'g', id)));
    expect(rejoined.map((r) => r.errorCode)).toEqual([0, 0]);
    expect(rejoined.every((r) => r.leader === '' && r.members.length === 0 && r.protocolName === 'range')).toBe(true);
    // The consumer-protocol member and the classic members converge: every partition once.
    settle([kip848]);
    const assigned = new Map<string, number[]>();
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        let gen = rejoined[i]!.generationId;
        const hb = heartbeat(h as never, 'g', id, gen);
        if (hb === ErrorCode.REBALANCE_IN_PROGRESS) {
          rejoined[i] = await classicJoin(h, 'g', id);
          gen = rejoined[i]!.generationId;
        }
        const s = await sync(h as never, 'g', id, gen);
        if (s.errorCode === 0) assigned.set(id, partitionsIn(s.assignment));
      }
      settle([kip848]);
    }
    const all = [...assigned.values(), kip848.assignment['t'] ?? []].flat().sort((a, b) => a - b);
    expect(all).toEqual([0, 1, 2, 3]);
    // Uniform over three members: each classic member holds one or two partitions, served through SyncGroup.
    expect(assigned.size).toBe(2);
    expect([...assigned.values()].every((p) => p.length >= 1)).toBe(true);
    expect(h.service.consumerGroupDescribe(info(1), ['g'])[0]!.groupState).toBe('Stable');
  });

  it('downgrade: the last consumer-protocol member leaving turns the group back into a classic group that rebalances', async () => {
    const h = await consumerHarness();
    h.topics.create('t', 4);
    const { ids } = await classicGroup(h);
    const kip848 = new TestMember(h, 'g', { subscribedTopicNames: ['t'] });
    kip848.beat();
    expect(kip848.leave().errorCode).toBe(0);
    expect(h.service.consumerGroupAssignments('g')).toBeNull();
    const described = h.service.describeGroups(info(5), ['g'])[0]!;
    expect(described).toMatchObject({ groupState: 'PreparingRebalance', protocolType: 'consumer' });
    expect(described.members.map((m) => m.memberId).sort()).toEqual([...ids].sort());
    // The classic members rejoin the classic group and form a new generation.
    const joins = ids.map((id) =>
      h.service.joinGroup(
        info(5, 'c'),
        joinRequest('g', id, { protocols: [{ name: 'range', metadata: subscription(['t']) }] }),
      ),
    );
    const res = await Promise.all(joins);
    expect(res.map((r) => r.errorCode)).toEqual([0, 0]);
    expect(res.filter((r) => r.members.length > 0)).toHaveLength(1);
    // The conversion was written: the consumer group's tombstones, then a classic GroupMetadata record.
    const last = recordsOf(h, 'g').filter((r) => r.type === 'group-metadata' || r.type === 'consumer-group-metadata');
    expect(last.slice(-2).map((r) => [r.type, r.value === null])).toEqual([
      ['consumer-group-metadata', true],
      ['group-metadata', false],
    ]);
  });

  it('a classic JoinGroup to an empty consumer group replaces it with a classic group', async () => {
    const h = await consumerHarness();
    h.topics.create('t', 1);
    const kip848 = new TestMember(h, 'g', { subscribedTopicNames: ['t'] });
    kip848.beat();
    kip848.leave();
    const res = await classicJoin(h, 'g');
    expect(res.errorCode).toBe(0);
    expect(h.service.consumerGroupDescribe(info(1), ['g'])[0]!.errorCode).toBe(ErrorCode.GROUP_ID_NOT_FOUND);
    expect(h.service.listGroups(info(5), { statesFilter: [], typesFilter: ['classic'] }).groups).toHaveLength(1);
    const h2 = await h.restart();
    expect(h2.service.consumerGroupDescribe(info(1), ['g'])[0]!.errorCode).toBe(ErrorCode.GROUP_ID_NOT_FOUND);
  });

  it('a consumer-protocol member takes over an empty classic group; its committed offsets stay', async () => {
    const h = await consumerHarness();
    h.topics.create('t', 1);
    h.service.commitOffsets(
      info(8),
      {
        groupId: 'g',
        generationIdOrMemberEpoch: -1,
        memberId: '',
        groupInstanceId: null,
        retentionTimeMs: -1,
        topics: [
          {
            name: 't',
            partitions: [
              {
                partitionIndex: 0,
                committedOffset: 42,
                committedLeaderEpoch: -1,
                commitTimestamp: -1,
                committedMetadata: '',
              },
            ],
          },
        ],
      },
      () => true,
    );
    const kip848 = new TestMember(h, 'g', { subscribedTopicNames: ['t'] });
    expect(kip848.beat().errorCode).toBe(0);
    const fetched = h.service.fetchOffsets(info(8), { groups: [{ groupId: 'g', topics: null }], requireStable: false });
    expect(fetched.groups![0]!.topics[0]!.partitions[0]!.committedOffset).toBe(42);
    const h2 = await h.restart();
    expect(h2.service.consumerGroupAssignments('g')!.members).toHaveLength(1);
  });

  it('a mixed group survives a restart: classic members stay classic members of the consumer group', async () => {
    const h = await consumerHarness();
    h.topics.create('t', 4);
    const { ids, generation } = await classicGroup(h);
    new TestMember(h, 'g', { subscribedTopicNames: ['t'] }).beat();
    const h2 = await h.restart();
    const view = h2.service.consumerGroupAssignments('g')!;
    expect(
      view.members
        .filter((m) => m.protocol === 'classic')
        .map((m) => m.memberId)
        .sort(),
    ).toEqual([...ids].sort());
    expect(heartbeat(h2 as never, 'g', ids[0]!, generation)).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
  });

  it('classic members of a consumer group: wrong generation ILLEGAL_GENERATION, consumer member UNKNOWN_MEMBER_ID on Heartbeat', async () => {
    const h = await consumerHarness();
    h.topics.create('t', 4);
    const { ids, generation } = await classicGroup(h);
    const kip848 = new TestMember(h, 'g', { subscribedTopicNames: ['t'] });
    kip848.beat();
    expect(heartbeat(h as never, 'g', ids[0]!, generation + 7)).toBe(ErrorCode.ILLEGAL_GENERATION);
    expect(heartbeat(h as never, 'g', kip848.memberId, kip848.epoch)).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    expect(heartbeat(h as never, 'g', 'stranger', generation)).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    // LeaveGroup of a classic member fences it from the consumer group.
    const left = h.service.leaveGroup(info(4), {
      groupId: 'g',
      members: [{ memberId: ids[1]!, groupInstanceId: null, reason: null }],
    });
    expect(left.members).toEqual([{ memberId: ids[1], groupInstanceId: null, errorCode: 0 }]);
    expect(h.service.consumerGroupAssignments('g')!.members.map((m) => m.memberId)).not.toContain(ids[1]);
  });
});
