import {
  ConsumerGroupDescribeApi,
  ConsumerGroupHeartbeatApi,
  DescribeGroupsApi,
  ErrorCode,
  ListGroupsApi,
  randomUuid,
} from '@samsa/protocol';
import { createTopic, findCoordinator, startGroupBroker, type GroupBroker } from '../helpers/groups';
import type { WireClient } from '../helpers/wire-client';

describe('ConsumerGroupDescribe v0-1', () => {
  let gb: GroupBroker;
  let c: WireClient;
  let memberId: string;
  beforeAll(async () => {
    gb = await startGroupBroker({ 'offsets.topic.num.partitions': 3 });
    c = await gb.connect();
    await findCoordinator(c, 'd');
    await createTopic(c, 'topic-d', 3);
    memberId = randomUuid();
    const res = await c.request(ConsumerGroupHeartbeatApi, 1, {
      groupId: 'd',
      memberId,
      memberEpoch: 0,
      instanceId: 'pod-1',
      rackId: 'rack-a',
      rebalanceTimeoutMs: 30_000,
      subscribedTopicNames: ['topic-d'],
      subscribedTopicRegex: null,
      serverAssignor: 'range',
      topicPartitions: [],
    });
    expect(res.errorCode).toBe(0);
  });
  afterAll(() => gb.dispose());

  it.each([0, 1])('v%i describes the group, its members and their assignments', async (v) => {
    const res = await c.request(ConsumerGroupDescribeApi, v, { groupIds: ['d'], includeAuthorizedOperations: true });
    const topicId = gb.broker.cluster.topicByName('topic-d')!.id;
    const assignment = { topicPartitions: [{ topicId, topicName: 'topic-d', partitions: [0, 1, 2] }] };
    expect(res.groups).toEqual([
      {
        errorCode: 0,
        errorMessage: null,
        groupId: 'd',
        groupState: 'Stable',
        groupEpoch: 1,
        assignmentEpoch: 1,
        assignorName: 'range',
        members: [
          {
            memberId,
            instanceId: 'pod-1',
            rackId: 'rack-a',
            memberEpoch: 1,
            clientId: 'wire-client',
            clientHost: '/127.0.0.1',
            subscribedTopicNames: ['topic-d'],
            subscribedTopicRegex: null,
            assignment,
            targetAssignment: assignment,
            // v1: MemberType 1 = consumer protocol; v0 has no such field.
            memberType: v >= 1 ? 1 : -1,
          },
        ],
        authorizedOperations: (1 << 3) | (1 << 6) | (1 << 8),
      },
    ]);
  });

  it('GROUP_ID_NOT_FOUND for an unknown group, INVALID_GROUP_ID for an empty id', async () => {
    const res = await c.request(ConsumerGroupDescribeApi, 1, {
      groupIds: ['none', ''],
      includeAuthorizedOperations: false,
    });
    expect(res.groups.map((g) => [g.groupId, g.errorCode, g.errorMessage])).toEqual([
      ['none', ErrorCode.GROUP_ID_NOT_FOUND, 'Group none not found.'],
      ['', ErrorCode.INVALID_GROUP_ID, null],
    ]);
  });

  it('ListGroups v5 reports the group as type consumer; DescribeGroups shows it Dead, as Kafka does', async () => {
    const listed = await c.request(ListGroupsApi, 5, { statesFilter: [], typesFilter: ['consumer'] });
    expect(listed.groups).toEqual([
      { groupId: 'd', protocolType: 'consumer', groupState: 'Stable', groupType: 'consumer' },
    ]);
    const described = await c.request(DescribeGroupsApi, 5, { groups: ['d'], includeAuthorizedOperations: false });
    expect(described.groups[0]).toMatchObject({ errorCode: 0, groupId: 'd', groupState: 'Dead', members: [] });
  });

  it('the control API shows the target and current assignment, by topic name', () => {
    const view = gb.broker.control.describeConsumerGroup('d');
    expect(view).toMatchObject({ groupId: 'd', state: 'Stable', groupEpoch: 1, assignmentEpoch: 1 });
    expect(view.members).toEqual([
      {
        memberId,
        instanceId: 'pod-1',
        memberEpoch: 1,
        state: 'STABLE',
        protocol: 'consumer',
        current: { 'topic-d': [0, 1, 2] },
        pendingRevocation: {},
        target: { 'topic-d': [0, 1, 2] },
      },
    ]);
    expect(() => gb.broker.control.describeConsumerGroup('nope')).toThrow('no consumer group nope');
  });
});
