// The console's JSON, over HTTP against a samsa cluster, each answer checked against what kafkajs sees (or makes):
// topics created, altered and deleted; pages of records that together hold every record exactly once; filters,
// times and transaction markers; group lag and offset resets, for classic and KIP-848 groups (a member driven over
// the wire with ConsumerGroupHeartbeat and OffsetCommit v9); a record produced, and one tailed.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import type { Kafka } from 'kafkajs';
import { startCluster } from '../src/index';
import { buildWeb, DEFAULT_OUT_DIR } from '../scripts/build-web';
import { startConsoleCluster, type ConsoleCluster } from './helpers/console-cluster';
import { getJson, postJson, send } from './helpers/http';
import { Kip848Member } from './helpers/kip848-member';

interface RecordView {
  partition: number;
  offset: number;
  timestamp: number;
  key: string | null;
  value: string | null;
  headers: { key: string; value: string | null }[];
  control?: string;
  txn?: string;
}
interface Page {
  records: RecordView[];
  cursor: Record<string, number>;
  scanned: number;
  complete: boolean;
}
const text = (b64: string | null): string | null => (b64 === null ? null : Buffer.from(b64, 'base64').toString());

async function createTopic(kafka: Kafka, topic: string, partitions: number): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: partitions }], waitForLeaders: true });
  await admin.disconnect();
}

describe('console JSON', () => {
  let c: ConsoleCluster;
  beforeAll(async () => {
    c = await startConsoleCluster({ brokers: 2 });
  }, 60000);
  afterAll(async () => c.stop(), 30000);

  it('creates, alters, grows and deletes topics, as kafkajs then sees them', async () => {
    const created = await postJson(c.url, '/api/topics', {
      name: 'made-here',
      partitions: 2,
      replicationFactor: 2,
      configs: { 'retention.ms': '3600000' },
    });
    expect(created).toEqual({ name: 'made-here', partitions: 2 });
    const admin = c.kafka.admin();
    await admin.connect();
    try {
      const md = await admin.fetchTopicMetadata({ topics: ['made-here'] });
      expect(md.topics[0]?.partitions.map((p) => p.replicas.length)).toEqual([2, 2]);

      const again = await send(c.url, 'POST', '/api/topics', { body: { name: 'made-here', partitions: 1 } });
      expect(again.status).toBe(409);
      expect(again.json()).toMatchObject({ kafkaError: 'TOPIC_ALREADY_EXISTS' });

      await postJson(c.url, '/api/topics/made-here/configs', { set: { 'cleanup.policy': 'compact' } });
      const configs = await admin.describeConfigs({
        resources: [{ type: 2, name: 'made-here', configNames: ['cleanup.policy', 'retention.ms'] }],
        includeSynonyms: false,
      });
      const entries = Object.fromEntries(configs.resources[0]!.configEntries.map((e) => [e.configName, e.configValue]));
      expect(entries).toEqual({ 'cleanup.policy': 'compact', 'retention.ms': '3600000' });

      const grown = await postJson<{ partitions: number; partitionDetails: unknown[] }>(
        c.url,
        '/api/topics/made-here/partitions',
        { count: 4 },
      );
      expect(grown.partitions).toBe(4);
      expect((await admin.fetchTopicMetadata({ topics: ['made-here'] })).topics[0]?.partitions).toHaveLength(4);

      const detail = await getJson<{ configs: { name: string; value: string; source: string }[] }>(
        c.url,
        '/api/topics/made-here',
      );
      expect(detail.configs.find((e) => e.name === 'cleanup.policy')).toMatchObject({
        value: 'compact',
        source: 'DYNAMIC_TOPIC_CONFIG',
      });

      expect((await send(c.url, 'DELETE', '/api/topics/made-here', { body: {} })).status).toBe(200);
      expect(await admin.listTopics()).not.toContain('made-here');
      expect((await send(c.url, 'POST', '/api/topics', { body: { partitions: 1 } })).status).toBe(400);
    } finally {
      await admin.disconnect();
    }
  });

  it('pages through every record exactly once, in time order, and filters by text and time', async () => {
    await createTopic(c.kafka, 'paged', 3);
    const producer = c.kafka.producer();
    await producer.connect();
    const base = Date.now() - 100_000;
    for (let i = 0; i < 45; i++) {
      await producer.send({
        topic: 'paged',
        messages: [
          {
            key: `k${i}`,
            value: `value-${i}${i % 10 === 0 ? '-needle' : ''}`,
            partition: i % 3,
            timestamp: String(base + i * 1000),
          },
        ],
      });
    }
    await producer.disconnect();

    const seen: string[] = [];
    let page = await getJson<Page>(c.url, '/api/topics/paged/records?from=beginning&limit=10');
    for (let n = 0; n < 10 && page.records.length > 0; n++) {
      expect(page.records.length).toBeLessThanOrEqual(10);
      const times = page.records.map((r) => r.timestamp);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      seen.push(...page.records.map((r) => text(r.value) as string));
      const cursor = Object.entries(page.cursor)
        .map(([p, o]) => `${p}:${o}`)
        .join(',');
      page = await getJson<Page>(c.url, `/api/topics/paged/records?from=cursor&cursor=${cursor}&limit=10`);
    }
    expect(seen).toHaveLength(45);
    expect(new Set(seen).size).toBe(45);
    // Time order across partitions is produce order here.
    expect(seen.slice(0, 3)).toEqual(['value-0-needle', 'value-1', 'value-2']);

    const filtered = await getJson<Page>(c.url, '/api/topics/paged/records?from=beginning&filter=NEEDLE&limit=50');
    expect(filtered.records.map((r) => text(r.key))).toEqual(['k0', 'k10', 'k20', 'k30', 'k40']);

    const fromTime = await getJson<Page>(c.url, `/api/topics/paged/records?from=timestamp&timestamp=${base + 40_000}`);
    expect(fromTime.records.map((r) => text(r.key))).toEqual(['k40', 'k41', 'k42', 'k43', 'k44']);

    const newest = await getJson<Page>(c.url, '/api/topics/paged/records?from=newest&limit=4&partitions=1');
    expect(newest.records.map((r) => text(r.key))).toEqual(['k34', 'k37', 'k40', 'k43']);

    const offset = await getJson<Page>(c.url, '/api/topics/paged/records?from=offset&offset=14&partitions=2');
    expect(offset.records.map((r) => [r.partition, r.offset, text(r.key)])).toEqual([[2, 14, 'k44']]);
    expect((await send(c.url, 'GET', '/api/topics/paged/records?partitions=7')).status).toBe(404);
    expect((await send(c.url, 'GET', '/api/topics/paged/records?from=sideways')).status).toBe(400);
  }, 60000);

  it('shows transaction markers and labels aborted records only when asked', async () => {
    await createTopic(c.kafka, 'txns', 1);
    const producer = c.kafka.producer({ transactionalId: 'console-txn', maxInFlightRequests: 1, idempotent: true });
    await producer.connect();
    const kept = await producer.transaction();
    await kept.send({ topic: 'txns', messages: [{ value: 'kept' }] });
    await kept.commit();
    const dropped = await producer.transaction();
    await dropped.send({ topic: 'txns', messages: [{ value: 'dropped' }] });
    await dropped.abort();
    await producer.disconnect();

    const plain = await getJson<Page>(c.url, '/api/topics/txns/records?from=beginning');
    expect(plain.records.map((r) => text(r.value))).toEqual(['kept']);
    const all = await getJson<Page>(c.url, '/api/topics/txns/records?from=beginning&markers=1');
    expect(all.records.map((r) => [r.offset, r.control ?? text(r.value), r.txn ?? null])).toEqual([
      [0, 'kept', 'committed'],
      [1, 'COMMIT', null],
      [2, 'dropped', 'aborted'],
      [3, 'ABORT', null],
    ]);
  }, 60000);

  it('produces a record with headers that a kafkajs consumer reads', async () => {
    await createTopic(c.kafka, 'written', 2);
    const written = await postJson<{ partition: number; offset: number }>(c.url, '/api/topics/written/records', {
      partition: 1,
      key: 'k',
      value: '{"a":1}',
      headers: [{ key: 'source', value: 'console' }],
    });
    expect(written).toEqual({ partition: 1, offset: 0 });
    const consumer = c.kafka.consumer({ groupId: 'reads-written' });
    await consumer.connect();
    await consumer.subscribe({ topic: 'written', fromBeginning: true });
    const got = await new Promise<{ partition: number; value: string; header: string }>((resolve) => {
      void consumer.run({
        eachMessage: async ({ partition, message }) =>
          resolve({ partition, value: String(message.value), header: String(message.headers?.['source']) }),
      });
    });
    await consumer.disconnect();
    expect(got).toEqual({ partition: 1, value: '{"a":1}', header: 'console' });
  }, 60000);

  it('shows a group lag from its committed offsets, and resets an empty group', async () => {
    await createTopic(c.kafka, 'lagged', 2);
    const producer = c.kafka.producer();
    await producer.connect();
    await producer.send({
      topic: 'lagged',
      messages: Array.from({ length: 10 }, (_, i) => ({ value: `v${i}`, partition: i % 2 })),
    });
    await producer.disconnect();
    const admin = c.kafka.admin();
    await admin.connect();
    await admin.setOffsets({
      groupId: 'laggard',
      topic: 'lagged',
      partitions: [
        { partition: 0, offset: '2' },
        { partition: 1, offset: '5' },
      ],
    });
    await admin.disconnect();

    const group = await getJson<{
      state: string;
      totalLag: number;
      offsets: { partition: number; committed: number; logEnd: number; lag: number }[];
    }>(c.url, '/api/groups/laggard');
    expect(group.state).toBe('Empty');
    expect(group.offsets.map((o) => [o.partition, o.committed, o.logEnd, o.lag])).toEqual([
      [0, 2, 5, 3],
      [1, 5, 5, 0],
    ]);
    expect(group.totalLag).toBe(3);
    const listed = await getJson<{ groups: { groupId: string; lag: number }[] }>(c.url, '/api/groups');
    expect(listed.groups.find((g) => g.groupId === 'laggard')).toMatchObject({ lag: 3 });

    const reset = await postJson<{ offsets: { offset: number }[] }>(c.url, '/api/groups/laggard/reset', {
      to: 'start',
    });
    expect(reset.offsets.map((o) => o.offset)).toEqual([0, 0]);
    expect((await getJson<{ totalLag: number }>(c.url, '/api/groups/laggard')).totalLag).toBe(10);
    expect((await send(c.url, 'POST', '/api/groups/laggard/reset', { body: { to: 'later' } })).status).toBe(400);
  }, 60000);

  it('refuses to reset the offsets of a group with members', async () => {
    await createTopic(c.kafka, 'busy', 1);
    const consumer = c.kafka.consumer({ groupId: 'busy-group' });
    await consumer.connect();
    await consumer.subscribe({ topic: 'busy', fromBeginning: true });
    let joined: () => void = () => undefined;
    const stable = new Promise<void>((resolve) => {
      joined = resolve;
    });
    consumer.on(consumer.events.GROUP_JOIN, () => joined());
    await consumer.run({ eachMessage: async () => undefined });
    await stable;
    try {
      const res = await send(c.url, 'POST', '/api/groups/busy-group/reset', { body: { to: 'end' } });
      expect(res.status).toBe(409);
      expect(res.json<{ error: string }>().error).toMatch(/only while it has no members/);
    } finally {
      await consumer.disconnect();
    }
  }, 60000);

  it('shows a KIP-848 group: type, epochs, assignor, its member and assignment, and lag from its commits', async () => {
    await createTopic(c.kafka, 'kip848-topic', 2);
    const producer = c.kafka.producer();
    await producer.connect();
    await producer.send({
      topic: 'kip848-topic',
      messages: Array.from({ length: 10 }, (_, i) => ({ value: `v${i}`, partition: i % 2 })),
    });
    await producer.disconnect();
    const member = await Kip848Member.join(c.cluster.bootstrapServers, 'kip848-group', ['kip848-topic'], 'kip848-app');
    try {
      const commitVersion = await member.commit([
        { topic: 'kip848-topic', partition: 0, offset: 1 },
        { topic: 'kip848-topic', partition: 1, offset: 4 },
      ]);
      expect(commitVersion).toBeGreaterThanOrEqual(9);

      const group = await getJson<{
        type: string;
        state: string;
        groupEpoch: number;
        assignmentEpoch: number;
        assignor: string;
        members: {
          memberId: string;
          clientId: string;
          memberEpoch: number;
          subscribedTopics: string[];
          assignment: { topic: string; partitions: number[] }[];
          targetAssignment: { topic: string; partitions: number[] }[];
        }[];
        offsets: { partition: number; committed: number; logEnd: number; lag: number; member: string }[];
        totalLag: number;
      }>(c.url, '/api/groups/kip848-group');
      expect(group).toMatchObject({
        type: 'consumer',
        state: 'Stable',
        groupEpoch: member.memberEpoch,
        assignmentEpoch: member.memberEpoch,
        assignor: 'uniform',
      });
      const both = [{ topic: 'kip848-topic', partitions: [0, 1] }];
      expect(group.members).toEqual([
        expect.objectContaining({
          memberId: member.memberId,
          clientId: 'kip848-app',
          memberEpoch: member.memberEpoch,
          subscribedTopics: ['kip848-topic'],
          assignment: both,
          targetAssignment: both,
        }),
      ]);
      // 5 records in each partition: lag 5 - 1 and 5 - 4.
      expect(group.offsets.map((o) => [o.partition, o.committed, o.logEnd, o.lag, o.member])).toEqual([
        [0, 1, 5, 4, member.memberId],
        [1, 4, 5, 1, member.memberId],
      ]);
      expect(group.totalLag).toBe(5);

      const listed = await getJson<{
        groups: { groupId: string; type: string; state: string; members: number; lag: number }[];
      }>(c.url, '/api/groups');
      expect(listed.groups.find((g) => g.groupId === 'kip848-group')).toEqual(
        expect.objectContaining({ type: 'consumer', state: 'Stable', members: 1, lag: 5 }),
      );
      // DescribeGroups calls a KIP-848 group Dead: the reset must not take that for an empty group.
      const refused = await send(c.url, 'POST', '/api/groups/kip848-group/reset', { body: { to: 'end' } });
      expect(refused.status).toBe(409);
      expect(refused.json<{ error: string }>().error).toMatch(
        /is Stable: offsets can be reset only while it has no members/,
      );
    } finally {
      await member.leave();
    }
    // Once the member has left, the group is Empty and takes a reset.
    const empty = await getJson<{ type: string; state: string; members: unknown[] }>(c.url, '/api/groups/kip848-group');
    expect(empty).toMatchObject({ type: 'consumer', state: 'Empty', members: [] });
    const reset = await postJson<{ offsets: { partition: number; offset: number }[] }>(
      c.url,
      '/api/groups/kip848-group/reset',
      { to: 'end' },
    );
    expect(reset.offsets.map((o) => [o.partition, o.offset])).toEqual([
      [0, 5],
      [1, 5],
    ]);
    expect((await getJson<{ totalLag: number }>(c.url, '/api/groups/kip848-group')).totalLag).toBe(0);
  }, 60000);

  it('streams new records of a topic over Server-Sent Events', async () => {
    await createTopic(c.kafka, 'tailed', 1);
    const { hostname, port, host } = new URL(c.url);
    const events: string[] = [];
    const req = request({ host: hostname, port: Number(port), path: '/api/topics/tailed/tail', headers: { host } });
    const ready = new Promise<void>((resolve, reject) => {
      req.on('response', (res) => {
        expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
        res.on('data', (chunk: Buffer) => {
          events.push(chunk.toString());
          if (chunk.toString().includes('event: ready')) resolve();
        });
      });
      req.on('error', reject);
    });
    req.end();
    await ready;
    const producer = c.kafka.producer();
    await producer.connect();
    await producer.send({ topic: 'tailed', messages: [{ key: 'live', value: 'now' }] });
    await producer.disconnect();
    while (!events.join('').includes('event: records')) await new Promise((r) => setTimeout(r, 20));
    req.destroy();
    const data = events.join('').split('event: records\ndata: ')[1]?.split('\n')[0] as string;
    expect((JSON.parse(data) as RecordView[]).map((r) => [r.offset, text(r.key), text(r.value)])).toEqual([
      [0, 'live', 'now'],
    ]);
  }, 60000);

  it('serves the page and its assets, and nothing else, behind the admin guard', async () => {
    const page = await send(c.url, 'GET', '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.text).toContain('<script src="/assets/app.js"');
    const script = await send(c.url, 'GET', '/assets/app.js', { headers: { 'accept-encoding': 'gzip' } });
    expect([script.status, script.headers['content-encoding']]).toEqual([200, 'gzip']);
    expect(script.body.length).toBeGreaterThan(1000);
    for (const path of ['/assets/../package.json', '/assets/%2e%2e%2fpackage.json', '/assets/nope.js', '/index.htm'])
      expect((await send(c.url, 'GET', path)).status).toBe(404);

    expect((await send(c.url, 'GET', '/', { headers: { origin: 'http://evil.example' } })).status).toBe(403);
    expect((await send(c.url, 'GET', '/api/info', { headers: { host: 'evil.example:80' } })).status).toBe(403);
    const plain = await send(c.url, 'POST', '/api/topics', {
      headers: { 'content-type': 'text/plain' },
      body: { name: 'from-a-form', partitions: 1 },
    });
    expect(plain.status).toBe(415);
    const admin = c.kafka.admin();
    await admin.connect();
    expect(await admin.listTopics()).not.toContain('from-a-form');
    await admin.disconnect();
  });
});

describe('startCluster({ console: true })', () => {
  beforeAll(async () => {
    if (!existsSync(join(DEFAULT_OUT_DIR, 'app.js'))) await buildWeb();
  }, 60000);

  it('serves the console on the admin endpoint, its URL in consoleUrl', async () => {
    const cluster = await startCluster({ console: true });
    try {
      expect(cluster.consoleUrl).toBe(`${cluster.adminUrl}/`);
      const info = await getJson(cluster.consoleUrl as string, '/api/info');
      expect(info).toMatchObject({ mode: 'samsa', faults: true, bootstrap: cluster.bootstrapServers });
      expect((await send(cluster.consoleUrl as string, 'GET', '/')).status).toBe(200);
    } finally {
      await cluster.stop();
    }
    const without = await startCluster();
    try {
      expect(without.consoleUrl).toBeNull();
    } finally {
      await without.stop();
    }
  });

  it('asks a browser for the token (Basic) and takes it as the password', async () => {
    const cluster = await startCluster({ console: true, config: { 'samsa.admin.token': 'open-sesame' } });
    try {
      const url = cluster.consoleUrl as string;
      const refused = await send(url, 'GET', '/');
      expect(refused.status).toBe(401);
      expect(refused.headers['www-authenticate']).toContain('Basic realm=');
      const basic = `Basic ${Buffer.from('me:open-sesame').toString('base64')}`;
      expect((await send(url, 'GET', '/', { headers: { authorization: basic } })).status).toBe(200);
      expect((await send(url, 'GET', '/api/overview', { headers: { authorization: basic } })).status).toBe(200);
      const wrong = `Basic ${Buffer.from('me:guess').toString('base64')}`;
      expect((await send(url, 'GET', '/api/overview', { headers: { authorization: wrong } })).status).toBe(401);
    } finally {
      await cluster.stop();
    }
  });
});
