import {
  DescribeTopicPartitionsApi,
  ErrorCode,
  FindCoordinatorApi,
  MetadataApi,
  ZERO_UUID,
  type DescribeTopicPartitionsRequest,
  type DescribeTopicPartitionsResponse,
} from '@samsa/protocol';
import { WireClient } from '../helpers/wire-client';
import { startTestBroker, type TestBroker } from '../helpers/test-broker';

const DESCRIBE_BIT = 1 << 8;

function req(
  topics: string[],
  responsePartitionLimit = 2000,
  cursor: DescribeTopicPartitionsRequest['cursor'] = null,
): DescribeTopicPartitionsRequest {
  return { topics: topics.map((name) => ({ name })), responsePartitionLimit, cursor };
}

/** Walks the cursor from the start until the broker returns a null NextCursor. */
async function walk(client: WireClient, topics: string[], limit: number): Promise<DescribeTopicPartitionsResponse[]> {
  const pages: DescribeTopicPartitionsResponse[] = [];
  let cursor: DescribeTopicPartitionsRequest['cursor'] = null;
  do {
    const page: DescribeTopicPartitionsResponse = await client.request(
      DescribeTopicPartitionsApi,
      0,
      req(topics, limit, cursor),
    );
    pages.push(page);
    cursor = page.nextCursor;
    if (pages.length > 200) throw new Error('the cursor does not advance');
  } while (cursor !== null);
  return pages;
}

describe('DescribeTopicPartitions', () => {
  let tb: TestBroker;
  let client: WireClient;
  const created: Record<string, number> = { alpha: 5, beta: 1, delta: 3, gamma: 7 };

  beforeAll(async () => {
    tb = await startTestBroker({ 'samsa.broker.count': 3, 'offsets.topic.num.partitions': 4 });
    for (const [name, numPartitions] of Object.entries(created)) {
      tb.broker.cluster.createTopic({ name, numPartitions, replicationFactor: 3, assignments: [], configs: [] });
    }
    // The group coordinator creates __consumer_offsets on the first FindCoordinator.
    const c = await WireClient.connect(tb.broker.port);
    expect((await c.request(FindCoordinatorApi, 3, { key: 'g', keyType: 0 })).errorCode).toBe(ErrorCode.NONE);
    c.destroy();
  }, 60_000);
  afterAll(async () => tb.dispose());
  beforeEach(async () => {
    client = await WireClient.connect(tb.broker.port);
  });
  afterEach(() => client.destroy());

  it('an empty topic list pages through every topic, each partition exactly once', async () => {
    const expected = tb.broker.cluster.topics.flatMap((t) => t.partitions.map((p) => `${t.name}/${p.partition}`));
    expect(expected.length).toBe(5 + 1 + 3 + 7 + 4);
    const pages = await walk(client, [], 2);
    const seen: string[] = [];
    for (const page of pages) {
      const count = page.topics.reduce((n, t) => n + t.partitions.length, 0);
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThanOrEqual(2);
      for (const t of page.topics) {
        expect(t.errorCode).toBe(ErrorCode.NONE);
        for (const p of t.partitions) seen.push(`${t.name}/${p.partitionIndex}`);
      }
    }
    expect(seen).toHaveLength(expected.length);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...expected].sort());
    // Topics come in name order, partitions in index order.
    const order = seen.map((s) => s.split('/')[0]!);
    expect(order).toEqual([...order].sort());
    expect(pages.length).toBe(Math.ceil(expected.length / 2));
  });

  it('a named list pages with a cursor in the middle of a topic, and the last page has a null cursor', async () => {
    const first = await client.request(DescribeTopicPartitionsApi, 0, req(['gamma', 'alpha', 'beta'], 4));
    expect(first.topics.map((t) => t.name)).toEqual(['alpha']);
    expect(first.topics[0]!.partitions.map((p) => p.partitionIndex)).toEqual([0, 1, 2, 3]);
    expect(first.nextCursor).toEqual({ topicName: 'alpha', partitionIndex: 4 });

    const second = await client.request(
      DescribeTopicPartitionsApi,
      0,
      req(['gamma', 'alpha', 'beta'], 4, first.nextCursor),
    );
    expect(second.topics.map((t) => [t.name, t.partitions.map((p) => p.partitionIndex)])).toEqual([
      ['alpha', [4]],
      ['beta', [0]],
      ['gamma', [0, 1]],
    ]);
    expect(second.nextCursor).toEqual({ topicName: 'gamma', partitionIndex: 2 });

    const pages = await walk(client, ['gamma', 'alpha', 'beta'], 4);
    const seen = pages.flatMap((p) =>
      p.topics.flatMap((t) => t.partitions.map((x) => `${t.name}/${x.partitionIndex}`)),
    );
    expect(seen).toHaveLength(5 + 1 + 7);
    expect(new Set(seen).size).toBe(seen.length);
    expect(pages.at(-1)!.nextCursor).toBeNull();
  });

  it('a limit that ends exactly at a topic boundary points the cursor at the next topic, partition 0', async () => {
    const res = await client.request(DescribeTopicPartitionsApi, 0, req(['alpha', 'beta', 'delta'], 6));
    expect(res.topics.map((t) => t.name)).toEqual(['alpha', 'beta']);
    expect(res.nextCursor).toEqual({ topicName: 'delta', partitionIndex: 0 });
  });

  it('describes partitions as Metadata does, with no ELR and no partition errors', async () => {
    const res = await client.request(DescribeTopicPartitionsApi, 0, req(['delta']));
    const meta = await client.request(MetadataApi, 12, {
      topics: [{ name: 'delta', topicId: ZERO_UUID }],
      allowAutoTopicCreation: false,
      includeClusterAuthorizedOperations: false,
      includeTopicAuthorizedOperations: true,
    });
    const topic = res.topics[0]!;
    const metaTopic = meta.topics[0]!;
    expect(topic.topicId).toBe(metaTopic.topicId);
    expect(topic.topicId).not.toBe(ZERO_UUID);
    expect(topic.isInternal).toBe(false);
    expect(topic.partitions).toHaveLength(3);
    for (const [i, p] of topic.partitions.entries()) {
      const m = metaTopic.partitions[i]!;
      expect(p).toEqual({
        errorCode: ErrorCode.NONE,
        partitionIndex: i,
        leaderId: m.leaderId,
        leaderEpoch: m.leaderEpoch,
        replicaNodes: m.replicaNodes,
        isrNodes: m.isrNodes,
        eligibleLeaderReplicas: [],
        lastKnownElr: [],
        offlineReplicas: m.offlineReplicas,
      });
      expect(p.replicaNodes).toHaveLength(3);
      expect(p.replicaNodes).toContain(p.leaderId);
    }
    // The authorized-operations bitfield is the one Metadata computes, and includes DESCRIBE.
    expect(topic.topicAuthorizedOperations).toBe(metaTopic.topicAuthorizedOperations);
    expect(topic.topicAuthorizedOperations & DESCRIBE_BIT).toBe(DESCRIBE_BIT);
  });

  it('a stopped broker is listed among the offline replicas', async () => {
    await tb.broker.control.stopBroker(3);
    try {
      const res = await client.request(DescribeTopicPartitionsApi, 0, req(['gamma']));
      const partitions = res.topics[0]!.partitions;
      expect(partitions).toHaveLength(7);
      for (const p of partitions) expect(p.offlineReplicas).toEqual([3]);
    } finally {
      await tb.broker.control.startBroker(3);
    }
  });

  it('flags internal topics', async () => {
    const res = await client.request(DescribeTopicPartitionsApi, 0, req(['__consumer_offsets', 'beta']));
    expect(res.topics.map((t) => [t.name, t.isInternal, t.partitions.length])).toEqual([
      ['__consumer_offsets', true, 4],
      ['beta', false, 1],
    ]);
  });

  it('answers a missing topic with UNKNOWN_TOPIC_OR_PARTITION and an invalid name with INVALID_TOPIC_EXCEPTION', async () => {
    const res = await client.request(DescribeTopicPartitionsApi, 0, req(['no-such-topic', 'beta', 'bad/name']));
    const byName = new Map(res.topics.map((t) => [t.name, t]));
    expect(res.topics).toHaveLength(3);
    expect(byName.get('no-such-topic')).toMatchObject({
      errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
      topicId: ZERO_UUID,
      partitions: [],
    });
    expect(byName.get('bad/name')!.errorCode).toBe(ErrorCode.INVALID_TOPIC_EXCEPTION);
    expect(byName.get('beta')!.errorCode).toBe(ErrorCode.NONE);
    expect(res.nextCursor).toBeNull();
    // The missing topic is not created.
    expect(tb.broker.cluster.topicByName('no-such-topic')).toBeUndefined();
  });

  it('fails with INVALID_REQUEST when the cursor topic is not in the topic list', async () => {
    const res = await client.request(
      DescribeTopicPartitionsApi,
      0,
      req(['alpha', 'beta'], 10, { topicName: 'gamma', partitionIndex: 0 }),
    );
    expect(res.topics.map((t) => [t.name, t.errorCode, t.partitions.length])).toEqual([
      ['alpha', ErrorCode.INVALID_REQUEST, 0],
      ['beta', ErrorCode.INVALID_REQUEST, 0],
    ]);
    expect(res.nextCursor).toBeNull();
  });

  it('a limit below 1 still describes one partition', async () => {
    const res = await client.request(DescribeTopicPartitionsApi, 0, req(['alpha'], 0));
    expect(res.topics[0]!.partitions.map((p) => p.partitionIndex)).toEqual([0]);
    expect(res.nextCursor).toEqual({ topicName: 'alpha', partitionIndex: 1 });
  });
});

describe('DescribeTopicPartitions with max.request.partition.size.limit', () => {
  let tb: TestBroker;
  beforeAll(async () => {
    tb = await startTestBroker({ 'max.request.partition.size.limit': 2 });
    tb.broker.cluster.createTopic({ name: 't', numPartitions: 5, replicationFactor: 1, assignments: [], configs: [] });
  });
  afterAll(async () => tb.dispose());

  it('caps the partitions of one response below the requested limit', async () => {
    const client = await WireClient.connect(tb.broker.port);
    const res = await client.request(DescribeTopicPartitionsApi, 0, req(['t'], 2000));
    expect(res.topics[0]!.partitions.map((p) => p.partitionIndex)).toEqual([0, 1]);
    expect(res.nextCursor).toEqual({ topicName: 't', partitionIndex: 2 });
    client.destroy();
  });
});
