// describeConsumerGroups against a samsa cluster of three brokers: a KIP-848 member joined over the wire
// (ConsumerGroupHeartbeat) is described with its epochs, assignor, subscription and assignments by whichever broker
// coordinates the group; a classic group and an unknown id answer GROUP_ID_NOT_FOUND; a broker that does not
// advertise ConsumerGroupDescribe (ApiVersions capped) gives UNSUPPORTED_VERSION instead of a failed call.
import { startCluster, type StartedCluster } from '@samsa/broker';
import { ConsumerGroupHeartbeatApi, randomUuid, type Uuid } from '@samsa/protocol';
import { commitOffsets, createTopics, describeConsumerGroups, describeGroup, KafkaClient } from '../src/index';

/** Joins a KIP-848 member (epoch 0) and heartbeats until it owns its assignment; returns its id and epoch. */
async function joinMember(
  client: KafkaClient,
  groupId: string,
  topics: string[],
): Promise<{ memberId: string; memberEpoch: number }> {
  const memberId = randomUuid();
  let memberEpoch = 0;
  let owned: { topicId: Uuid; partitions: number[] }[] = [];
  for (let round = 0; round < 50; round++) {
    const nodeId = await client.coordinator(groupId);
    const { response } = await client.sendTo(nodeId, ConsumerGroupHeartbeatApi, (v) => ({
      groupId,
      memberId,
      memberEpoch,
      instanceId: null,
      rackId: null,
      rebalanceTimeoutMs: memberEpoch === 0 ? 30000 : -1,
      subscribedTopicNames: memberEpoch === 0 ? topics : null,
      ...(v >= 1 ? { subscribedTopicRegex: null } : {}),
      serverAssignor: memberEpoch === 0 ? 'uniform' : null,
      topicPartitions: memberEpoch === 0 ? [] : owned,
    }));
    expect(response.errorCode).toBe(0);
    memberEpoch = response.memberEpoch;
    if (response.assignment !== null) {
      owned = response.assignment.topicPartitions.map((t) => ({ topicId: t.topicId, partitions: t.partitions }));
      if (owned.length > 0) return { memberId, memberEpoch };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${groupId}: no assignment after 50 heartbeats`);
}

describe('describeConsumerGroups', () => {
  let cluster: StartedCluster;
  let client: KafkaClient;
  beforeAll(async () => {
    cluster = await startCluster({ brokers: 3 });
    client = new KafkaClient({ brokers: cluster.bootstrapServers.split(',') });
    const created = await createTopics(client, [{ name: 'orders', partitions: 3, replicationFactor: 1 }]);
    expect(created.map((c) => c.error)).toEqual([null]);
  }, 60000);
  afterAll(async () => {
    client.close();
    await cluster.stop();
  });

  it('describes a KIP-848 group from its coordinator: epochs, assignor, member and assignments', async () => {
    const { memberId, memberEpoch } = await joinMember(client, 'kip848', ['orders']);
    const [result, ...rest] = await describeConsumerGroups(client, ['kip848']);
    expect(rest).toHaveLength(0);
    expect(result?.error).toBeNull();
    const group = result?.group;
    expect(group).toMatchObject({
      groupId: 'kip848',
      state: 'Stable',
      groupEpoch: memberEpoch,
      assignmentEpoch: memberEpoch,
      assignor: 'uniform',
      coordinator: await client.coordinator('kip848'),
    });
    expect(group?.members).toEqual([
      {
        memberId,
        instanceId: null,
        rackId: null,
        memberEpoch,
        clientId: 'samsa-client',
        clientHost: '/127.0.0.1',
        subscribedTopicNames: ['orders'],
        subscribedTopicRegex: null,
        assignment: [{ topic: 'orders', partitions: [0, 1, 2] }],
        targetAssignment: [{ topic: 'orders', partitions: [0, 1, 2] }],
        memberType: 'consumer',
      },
    ]);
    // DescribeGroups answers a KIP-848 group as Dead, as Kafka does: only ConsumerGroupDescribe sees it.
    expect((await describeGroup(client, 'kip848')).state).toBe('Dead');
  }, 60000);

  it('answers GROUP_ID_NOT_FOUND for a classic group and an unknown id, in the order asked', async () => {
    await commitOffsets(client, 'classic-one', [{ topic: 'orders', partition: 0, offset: 0 }]);
    expect((await describeGroup(client, 'classic-one')).state).toBe('Empty');
    const results = await describeConsumerGroups(client, ['classic-one', 'no-such-group']);
    expect(results.map((r) => [r.groupId, r.group, r.error?.errorName])).toEqual([
      ['classic-one', null, 'GROUP_ID_NOT_FOUND'],
      ['no-such-group', null, 'GROUP_ID_NOT_FOUND'],
    ]);
    expect(results[1]?.error?.message).toBe('Group no-such-group not found.');
  }, 60000);

  it("gives UNSUPPORTED_VERSION, not a failed call, when the coordinator's ApiVersions leaves the API out", async () => {
    const fault = cluster.control.capApiVersion({ api: 'ConsumerGroupDescribe', maxVersion: -1 });
    const older = new KafkaClient({ brokers: cluster.bootstrapServers.split(',') });
    try {
      const results = await describeConsumerGroups(older, ['kip848']);
      expect(results.map((r) => [r.groupId, r.group, r.error?.errorName])).toEqual([
        ['kip848', null, 'UNSUPPORTED_VERSION'],
      ]);
    } finally {
      older.close();
      cluster.control.remove(fault.id);
    }
  }, 60000);
});
