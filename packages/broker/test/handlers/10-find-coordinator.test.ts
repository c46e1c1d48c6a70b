import { ErrorCode, FindCoordinatorApi, JoinGroupApi, MetadataApi, randomUuid } from '@samsa/protocol';
import { partitionFor } from '@samsa/coordinator';
import { joinBody, startGroupBroker, type GroupBroker } from '../helpers/groups';
import type { WireClient } from '../helpers/wire-client';

describe('FindCoordinator v0-6', () => {
  let gb: GroupBroker;
  let c: WireClient;
  beforeAll(async () => {
    gb = await startGroupBroker({
      'samsa.broker.count': 3,
      'offsets.topic.num.partitions': 7,
      'offsets.topic.replication.factor': 3,
    });
    c = await gb.connect();
  });
  afterAll(() => gb.dispose());

  const node = (id: number) => gb.broker.nodes.find((n) => n.nodeId === id)!;

  it('names the leader of the group partition of __consumer_offsets, creating the topic on first use', async () => {
    for (const v of [0, 1, 2, 3]) {
      const res = await c.request(FindCoordinatorApi, v, { key: 'orders', keyType: 0 });
      const topic = gb.broker.cluster.topicByName('__consumer_offsets')!;
      const leader = topic.partitions[partitionFor('orders', 7)]!.leader;
      expect(res).toMatchObject({ errorCode: 0, nodeId: leader, host: node(leader).host, port: node(leader).port });
    }
    const topic = gb.broker.cluster.topicByName('__consumer_offsets')!;
    expect(topic.partitions).toHaveLength(7);
    expect(topic.partitions[0]!.replicas).toHaveLength(3);
    expect(topic.configs).toMatchObject({ 'cleanup.policy': 'compact', 'segment.bytes': '104857600' });
    const md = await c.request(MetadataApi, 9, {
      topics: [{ name: '__consumer_offsets', topicId: '00000000-0000-0000-0000-000000000000' }],
      allowAutoTopicCreation: false,
      includeTopicAuthorizedOperations: false,
    });
    expect(md.topics[0]).toMatchObject({ errorCode: 0, isInternal: true });
  });

  it('v4+ looks up a batch of keys, each with its own answer (KIP-699)', async () => {
    const keys = ['a', 'b', 'c', 'd'];
    for (const v of [4, 5, 6]) {
      const res = await c.request(FindCoordinatorApi, v, { keyType: 0, coordinatorKeys: keys });
      const topic = gb.broker.cluster.topicByName('__consumer_offsets')!;
      expect(res.coordinators).toEqual(
        keys.map((key) => {
          const leader = topic.partitions[partitionFor(key, 7)]!.leader;
          return {
            key,
            nodeId: leader,
            host: node(leader).host,
            port: node(leader).port,
            errorCode: 0,
            errorMessage: null,
          };
        }),
      );
    }
  });

  it('key type 1 names the transaction coordinator (the __transaction_state partition leader)', async () => {
    const res = await c.request(FindCoordinatorApi, 2, { key: 'txn-1', keyType: 1 });
    const topic = gb.broker.cluster.topicByName('__transaction_state')!;
    expect(topic.partitions).toHaveLength(50);
    expect(res).toMatchObject({ errorCode: 0, nodeId: topic.partitions[partitionFor('txn-1', 50)]!.leader });
    const batched = await c.request(FindCoordinatorApi, 4, { keyType: 1, coordinatorKeys: ['txn-1'] });
    expect(batched.coordinators![0]).toMatchObject({ key: 'txn-1', errorCode: 0, nodeId: res.nodeId });
  });

  it('an unknown key type is INVALID_REQUEST; a share key while share groups are off is COORDINATOR_NOT_AVAILABLE', async () => {
    expect(await c.request(FindCoordinatorApi, 3, { key: 'x', keyType: 7 })).toMatchObject({
      errorCode: ErrorCode.INVALID_REQUEST,
      nodeId: -1,
      host: '',
      port: -1,
    });
    const key = `g:${randomUuid()}:0`;
    const share = await c.request(FindCoordinatorApi, 6, { keyType: 2, coordinatorKeys: [key, 'y'] });
    expect(share.coordinators!.map((k) => [k.key, k.errorCode, k.nodeId])).toEqual([
      [key, ErrorCode.COORDINATOR_NOT_AVAILABLE, -1],
      ['y', ErrorCode.INVALID_REQUEST, -1],
    ]);
    expect(gb.broker.cluster.topicByName('__share_group_state')).toBeUndefined();
  });

  it('v4+ with an unknown or share key type and no keys: an empty answer, and the connection stays', async () => {
    const own = await gb.connect();
    for (const v of [4, 5, 6]) {
      for (const keyType of [7, 2]) {
        const res = await own.request(FindCoordinatorApi, v, { keyType, coordinatorKeys: [] });
        expect(res).toMatchObject({ throttleTimeMs: 0, coordinators: [] });
      }
    }
    expect(own.isClosed).toBe(false);
    const after = await own.request(FindCoordinatorApi, 4, { keyType: 0, coordinatorKeys: ['orders'] });
    expect(after.coordinators!.map((k) => [k.key, k.errorCode])).toEqual([['orders', ErrorCode.NONE]]);
  });

  it('a group request sent to a broker that is not its coordinator gets NOT_COORDINATOR', async () => {
    const res = await c.request(FindCoordinatorApi, 3, { key: 'orders', keyType: 0 });
    const wrongIndex = gb.broker.nodes.findIndex((n) => n.nodeId !== res.nodeId);
    const wrong = await gb.connect(wrongIndex);
    const join = await wrong.request(JoinGroupApi, 5, joinBody('orders'));
    expect(join.errorCode).toBe(ErrorCode.NOT_COORDINATOR);
    const right = await gb.connect(gb.broker.nodes.findIndex((n) => n.nodeId === res.nodeId));
    expect((await right.request(JoinGroupApi, 5, joinBody('orders'))).errorCode).toBe(ErrorCode.MEMBER_ID_REQUIRED);
  });
});

describe('FindCoordinator key type 2: the share coordinator (KIP-932)', () => {
  let gb: GroupBroker;
  let c: WireClient;
  beforeAll(async () => {
    gb = await startGroupBroker({
      'samsa.broker.count': 3,
      'group.share.enable': true,
      'share.coordinator.state.topic.num.partitions': 5,
      'share.coordinator.state.topic.replication.factor': 3,
    });
    c = await gb.connect();
  });
  afterAll(() => gb.dispose());

  it("names the leader of the key's __share_group_state partition (the whole key hashed), from v6", async () => {
    const topicId = randomUuid();
    // A group id may hold colons: the topic id and the partition are the last two fields.
    const keys = [`orders:${topicId}:0`, `orders:${topicId}:1`, `a:b:${topicId}:7`];
    const res = await c.request(FindCoordinatorApi, 6, { keyType: 2, coordinatorKeys: keys });
    const topic = gb.broker.cluster.topicByName('__share_group_state')!;
    expect(topic.partitions).toHaveLength(5);
    expect(topic.partitions[0]!.replicas).toHaveLength(3);
    expect(topic.configs).toMatchObject({ 'cleanup.policy': 'delete', 'segment.bytes': '104857600' });
    expect(res.coordinators).toEqual(
      keys.map((key) => {
        const leader = topic.partitions[partitionFor(key, 5)]!.leader;
        const n = gb.broker.nodes.find((x) => x.nodeId === leader)!;
        return { key, nodeId: leader, host: n.host, port: n.port, errorCode: 0, errorMessage: null };
      }),
    );
    const md = await c.request(MetadataApi, 9, {
      topics: [{ name: '__share_group_state', topicId: '00000000-0000-0000-0000-000000000000' }],
      allowAutoTopicCreation: false,
      includeTopicAuthorizedOperations: false,
    });
    expect(md.topics[0]).toMatchObject({ errorCode: 0, isInternal: true });
  });

  it('below v6, or with a key that is not groupId:topicId:partition, INVALID_REQUEST', async () => {
    const good = `g:${randomUuid()}:3`;
    for (const v of [4, 5]) {
      const res = await c.request(FindCoordinatorApi, v, { keyType: 2, coordinatorKeys: [good] });
      expect(res.coordinators!.map((k) => [k.key, k.errorCode, k.nodeId])).toEqual([
        [good, ErrorCode.INVALID_REQUEST, -1],
      ]);
    }
    expect(await c.request(FindCoordinatorApi, 3, { key: good, keyType: 2 })).toMatchObject({
      errorCode: ErrorCode.INVALID_REQUEST,
      nodeId: -1,
    });
    const bad = ['', 'g', `g:${randomUuid()}`, `:${randomUuid()}:0`, 'g:not-a-uuid:0', `g:${randomUuid()}:-1`];
    const res = await c.request(FindCoordinatorApi, 6, { keyType: 2, coordinatorKeys: [...bad, good] });
    expect(res.coordinators!.map((k) => [k.key, k.errorCode])).toEqual([
      ...bad.map((k) => [k, ErrorCode.INVALID_REQUEST]),
      [good, ErrorCode.NONE],
    ]);
  });
});
