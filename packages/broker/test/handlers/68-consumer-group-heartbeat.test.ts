import { partitionFor } from '@samsa/coordinator';
import {
  ConsumerGroupHeartbeatApi,
  ErrorCode,
  OffsetCommitApi,
  OffsetFetchApi,
  randomUuid,
  type ConsumerGroupHeartbeatRequest,
  type ConsumerGroupHeartbeatResponse,
} from '@samsa/protocol';
import { createTopic, findCoordinator, startGroupBroker, type GroupBroker } from '../helpers/groups';
import type { WireClient } from '../helpers/wire-client';

function cgh(groupId: string, extra: Partial<ConsumerGroupHeartbeatRequest> = {}): ConsumerGroupHeartbeatRequest {
  return {
    groupId,
    memberId: randomUuid(),
    memberEpoch: 0,
    instanceId: null,
    rackId: null,
    rebalanceTimeoutMs: 30_000,
    subscribedTopicNames: null,
    subscribedTopicRegex: null,
    serverAssignor: null,
    topicPartitions: [],
    ...extra,
  };
}

/** Heartbeats (owning what it was given) until the member holds `count` partitions; returns the last response. */
async function beatUntil(
  c: WireClient,
  groupId: string,
  first: ConsumerGroupHeartbeatResponse,
  count: number,
  version = 1,
): Promise<ConsumerGroupHeartbeatResponse> {
  let res = first;
  let owned = res.assignment?.topicPartitions ?? [];
  for (let i = 0; i < 10; i++) {
    if (owned.reduce((n, tp) => n + tp.partitions.length, 0) === count) return res;
    res = await c.request(ConsumerGroupHeartbeatApi, version, {
      ...cgh(groupId, {
        memberId: res.memberId!,
        memberEpoch: res.memberEpoch,
        rebalanceTimeoutMs: -1,
        topicPartitions: owned,
      }),
    });
    expect(res.errorCode).toBe(0);
    if (res.assignment) owned = res.assignment.topicPartitions;
  }
  throw new Error(`no ${count} partitions after 10 heartbeats: ${JSON.stringify(res)}`);
}

describe('ConsumerGroupHeartbeat v0-1 over the wire', () => {
  let gb: GroupBroker;
  let c: WireClient;
  beforeAll(async () => {
    gb = await startGroupBroker({ 'offsets.topic.num.partitions': 3 });
    c = await gb.connect();
    await findCoordinator(c, 'x');
    await createTopic(c, 'events', 4);
  });
  afterAll(() => gb.dispose());

  it.each([0, 1])('v%i: a member joins, is assigned every partition, and leaves', async (v) => {
    const groupId = `join-v${v}`;
    const first = await c.request(
      ConsumerGroupHeartbeatApi,
      v,
      cgh(groupId, { memberId: v === 0 ? '' : randomUuid(), subscribedTopicNames: ['events'] }),
    );
    expect(first).toMatchObject({ errorCode: 0, errorMessage: null, memberEpoch: 1, heartbeatIntervalMs: 5000 });
    expect(first.memberId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(first.assignment!.topicPartitions).toEqual([
      { topicId: gb.broker.cluster.topicByName('events')!.id, partitions: [0, 1, 2, 3] },
    ]);
    const left = await c.request(
      ConsumerGroupHeartbeatApi,
      v,
      cgh(groupId, { memberId: first.memberId!, memberEpoch: -1, rebalanceTimeoutMs: -1, topicPartitions: null }),
    );
    expect(left).toMatchObject({ errorCode: 0, memberId: first.memberId, memberEpoch: -1 });
  });

  it('a regex subscription (v1) picks up a topic created with CreateTopics', async () => {
    const first = await c.request(ConsumerGroupHeartbeatApi, 1, cgh('rx', { subscribedTopicRegex: 'rx-.*' }));
    expect(first.errorCode).toBe(0);
    await createTopic(c, 'rx-new', 2);
    const res = await beatUntil(c, 'rx', first, 2);
    expect(res.memberEpoch).toBeGreaterThan(first.memberEpoch);
    const described = gb.broker.control.describeConsumerGroup('rx');
    expect(described.members[0]!.current).toEqual({ 'rx-new': [0, 1] });
  });

  it('errors carry Kafka messages: INVALID_REQUEST, INVALID_REGULAR_EXPRESSION, FENCED_MEMBER_EPOCH', async () => {
    const bad = await c.request(ConsumerGroupHeartbeatApi, 1, cgh('', { subscribedTopicNames: ['events'] }));
    expect(bad).toMatchObject({ errorCode: ErrorCode.INVALID_REQUEST, errorMessage: "GroupId can't be empty." });
    const regex = await c.request(ConsumerGroupHeartbeatApi, 1, cgh('badrx', { subscribedTopicRegex: '(?<=x)y' }));
    expect(regex.errorCode).toBe(ErrorCode.INVALID_REGULAR_EXPRESSION);
    const member = await c.request(ConsumerGroupHeartbeatApi, 1, cgh('fence', { subscribedTopicNames: ['events'] }));
    const ahead = await c.request(
      ConsumerGroupHeartbeatApi,
      1,
      cgh('fence', { memberId: member.memberId!, memberEpoch: 5, rebalanceTimeoutMs: -1, topicPartitions: null }),
    );
    expect(ahead.errorCode).toBe(ErrorCode.FENCED_MEMBER_EPOCH);
    expect(ahead.errorMessage).toContain('greater member epoch (5)');
  });

  it('OffsetCommit v9 and OffsetFetch v9 take the member epoch; a stale one is STALE_MEMBER_EPOCH', async () => {
    const m = await c.request(ConsumerGroupHeartbeatApi, 1, cgh('offsets', { subscribedTopicNames: ['events'] }));
    const commit = (epoch: number) =>
      c.request(OffsetCommitApi, 9, {
        groupId: 'offsets',
        generationIdOrMemberEpoch: epoch,
        memberId: m.memberId!,
        groupInstanceId: null,
        topics: [
          {
            name: 'events',
            partitions: [{ partitionIndex: 0, committedOffset: 3, committedLeaderEpoch: -1, committedMetadata: null }],
          },
        ],
      });
    expect((await commit(m.memberEpoch)).topics[0]!.partitions[0]!.errorCode).toBe(0);
    expect((await commit(m.memberEpoch + 1)).topics[0]!.partitions[0]!.errorCode).toBe(ErrorCode.STALE_MEMBER_EPOCH);
    const fetched = await c.request(OffsetFetchApi, 9, {
      groups: [
        {
          groupId: 'offsets',
          memberId: m.memberId!,
          memberEpoch: m.memberEpoch,
          topics: [{ name: 'events', partitionIndexes: [0] }],
        },
      ],
      requireStable: true,
    });
    expect(fetched.groups![0]).toMatchObject({ errorCode: 0 });
    expect(fetched.groups![0]!.topics[0]!.partitions[0]!.committedOffset).toBe(3);
  });

  it('a session that runs out fences the member (group.consumer.session.timeout.ms on the manual clock)', async () => {
    const m = await c.request(ConsumerGroupHeartbeatApi, 1, cgh('session', { subscribedTopicNames: ['events'] }));
    gb.scheduler.advance(45_000);
    const late = await c.request(
      ConsumerGroupHeartbeatApi,
      1,
      cgh('session', {
        memberId: m.memberId!,
        memberEpoch: m.memberEpoch,
        rebalanceTimeoutMs: -1,
        topicPartitions: null,
      }),
    );
    expect(late.errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
  });
});

describe('ConsumerGroupHeartbeat: durability and the coordinator', () => {
  it('a restart keeps the group: the member carries on at its epoch with its partitions', async () => {
    let gb = await startGroupBroker({ 'offsets.topic.num.partitions': 3 });
    try {
      let c = await gb.connect();
      await findCoordinator(c, 'durable');
      await createTopic(c, 'kept', 3);
      const m = await c.request(ConsumerGroupHeartbeatApi, 1, cgh('durable', { subscribedTopicNames: ['kept'] }));
      expect(m.memberEpoch).toBe(1);
      await gb.stop();
      gb = await gb.restart();
      c = await gb.connect();
      let res: ConsumerGroupHeartbeatResponse | null = null;
      for (let i = 0; i < 50; i++) {
        res = await c.request(
          ConsumerGroupHeartbeatApi,
          1,
          cgh('durable', { memberId: m.memberId!, memberEpoch: 1, rebalanceTimeoutMs: -1, topicPartitions: null }),
        );
        if (res.errorCode !== ErrorCode.COORDINATOR_LOAD_IN_PROGRESS) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(res).toMatchObject({ errorCode: 0, memberEpoch: 1 });
      expect(gb.broker.control.describeConsumerGroup('durable').members[0]!.current).toEqual({ kept: [0, 1, 2] });
    } finally {
      await gb.dispose();
    }
  });

  it('NOT_COORDINATOR from another broker identity; after a coordinator move the new leader serves the group', async () => {
    const gb = await startGroupBroker({
      'samsa.broker.count': 3,
      'offsets.topic.num.partitions': 3,
      'offsets.topic.replication.factor': 3,
    });
    try {
      const c = await gb.connect();
      const coordinator = await findCoordinator(c, 'moving');
      await createTopic(c, 'moved', 2);
      const viaNode = async (nodeId: number) => gb.connect(gb.broker.nodes.findIndex((n) => n.nodeId === nodeId));
      const at = await viaNode(coordinator);
      const m = await at.request(ConsumerGroupHeartbeatApi, 1, cgh('moving', { subscribedTopicNames: ['moved'] }));
      expect(m.errorCode).toBe(0);
      const other = gb.broker.nodes.find((n) => n.nodeId !== coordinator)!.nodeId;
      const elsewhere = await (await viaNode(other)).request(
        ConsumerGroupHeartbeatApi,
        1,
        cgh('moving', { subscribedTopicNames: ['moved'] }),
      );
      expect(elsewhere.errorCode).toBe(ErrorCode.NOT_COORDINATOR);
      gb.broker.replication.moveLeader('__consumer_offsets', partitionFor('moving', 3), other);
      const next = await viaNode(await findCoordinator(c, 'moving'));
      let res: ConsumerGroupHeartbeatResponse | null = null;
      for (let i = 0; i < 50; i++) {
        res = await next.request(
          ConsumerGroupHeartbeatApi,
          1,
          cgh('moving', {
            memberId: m.memberId!,
            memberEpoch: m.memberEpoch,
            rebalanceTimeoutMs: -1,
            topicPartitions: null,
          }),
        );
        if (res.errorCode !== ErrorCode.COORDINATOR_LOAD_IN_PROGRESS) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(res).toMatchObject({ errorCode: 0, memberEpoch: m.memberEpoch });
    } finally {
      await gb.dispose();
    }
  });

  it.each([['group.coordinator.rebalance.protocols=classic', { 'group.coordinator.rebalance.protocols': 'classic' }]])(
    '%s: UNSUPPORTED_VERSION',
    async (_name, config) => {
      const gb = await startGroupBroker(config);
      try {
        const c = await gb.connect();
        const res = await c.request(ConsumerGroupHeartbeatApi, 1, cgh('off', { subscribedTopicNames: ['x'] }));
        expect(res.errorCode).toBe(ErrorCode.UNSUPPORTED_VERSION);
      } finally {
        await gb.dispose();
      }
    },
  );
});
