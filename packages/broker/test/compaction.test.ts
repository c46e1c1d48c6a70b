// Compacted topics through the broker: kafkajs produces keyed updates and tombstones to a topic created with
// cleanup.policy=compact; the control API (TypeScript and HTTP) runs the log cleaner and reports what it removed and
// each replica's cleaner state; a fresh consumer then reads one record per key, at its original offset; the cleaner
// metrics and DescribeLogDirs follow. The internal topics are compacted with Kafka's settings, and a group's
// committed offsets survive many commits, compaction and a restart.
import { rmSync } from 'node:fs';
import { DescribeConfigsApi, DescribeLogDirsApi, ErrorCode, OffsetCommitApi } from '@samsa/protocol';
import { Kafka, logLevel, type EachMessagePayload } from 'kafkajs';
import { startCluster, type StartedCluster } from '../src/index';
import { findCoordinator } from './helpers/groups';
import { scrape } from './helpers/metrics';
import { tempDataDir } from './helpers/test-broker';
import { WireClient } from './helpers/wire-client';

jest.setTimeout(60_000);

async function consumeAll(kafka: Kafka, topic: string, count: number): Promise<Array<[string, string | null, string]>> {
  const consumer = kafka.consumer({ groupId: `read-${topic}-${Math.random()}` });
  const out: Array<[string, string | null, string]> = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await new Promise<void>((resolve) => {
    void consumer.run({
      eachMessage: async ({ message }: EachMessagePayload) => {
        out.push([message.key?.toString() ?? '', message.value?.toString() ?? null, message.offset]);
        if (out.length >= count) resolve();
      },
    });
  });
  await consumer.disconnect();
  return out;
}

async function call(
  c: StartedCluster,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${c.adminUrl}${path}`, {
    method,
    ...(method === 'GET' ? {} : { headers: { 'content-type': 'application/json' } }),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe('compacted topics', () => {
  let c: StartedCluster;
  let kafka: Kafka;
  beforeAll(async () => {
    c = await startCluster({ admin: true, storage: 'disk' });
    kafka = new Kafka({ brokers: c.bootstrapServers.split(','), logLevel: logLevel.NOTHING });
  });
  afterAll(async () => c.stop());

  const createCompacted = async (topic: string, configs: Record<string, string> = {}): Promise<void> => {
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: [
        {
          topic,
          numPartitions: 1,
          configEntries: Object.entries({ 'cleanup.policy': 'compact', ...configs }).map(([name, value]) => ({
            name,
            value,
          })),
        },
      ],
    });
    await admin.disconnect();
  };

  const produceUpdates = async (topic: string): Promise<void> => {
    const producer = kafka.producer();
    await producer.connect();
    for (let round = 0; round < 5; round++) {
      await producer.send({
        topic,
        messages: ['a', 'b', 'c', 'd'].map((k) => ({ key: k, value: `${k}${round}` })),
      });
    }
    await producer.send({ topic, messages: [{ key: 'c', value: null }] });
    await producer.disconnect();
  };

  it('compact() keeps the latest record of each key at its offset, then drops the tombstone after delete.retention.ms', async () => {
    await createCompacted('ktable', { 'delete.retention.ms': '0' });
    await produceUpdates('ktable');
    const [result] = await c.control.compact('ktable');
    expect(result).toMatchObject({
      broker: 1,
      topic: 'ktable',
      partition: 0,
      firstDirtyOffset: 0,
      endOffset: 21,
      recordsRead: 21,
      recordsRemoved: 17,
    });
    expect(result?.bytesRemoved).toBeGreaterThan(0);
    expect(await consumeAll(kafka, 'ktable', 4)).toEqual([
      ['a', 'a4', '16'],
      ['b', 'b4', '17'],
      ['d', 'd4', '19'],
      ['c', null, '20'],
    ]);
    // The tombstone's horizon was set by that pass (delete.retention.ms 0): the next pass removes it.
    const [second] = await c.control.compact('ktable');
    expect(second).toMatchObject({ recordsRemoved: 1, endOffset: 21 });
    expect(await consumeAll(kafka, 'ktable', 3)).toEqual([
      ['a', 'a4', '16'],
      ['b', 'b4', '17'],
      ['d', 'd4', '19'],
    ]);
    // Appends go on after the last offset.
    const producer = kafka.producer();
    await producer.connect();
    const [sent] = await producer.send({ topic: 'ktable', messages: [{ key: 'e', value: 'e0' }] });
    await producer.disconnect();
    expect(sent?.baseOffset).toBe('21');
  });

  it('serves compact and the cleaner state over HTTP, and refuses a topic that is not compacted', async () => {
    await createCompacted('over-http');
    await produceUpdates('over-http');
    const before = await call(c, 'GET', '/v1/partitions/over-http/0/cleaner');
    expect(before.json).toEqual({
      replicas: [
        expect.objectContaining({ broker: 1, compacted: true, firstDirtyOffset: 0, passes: 0, lastCleanTimeMs: -1 }),
      ],
    });
    const compacted = await call(c, 'POST', '/v1/topics/over-http/compact', { partition: 0 });
    expect(compacted.status).toBe(200);
    expect(compacted.json).toEqual({
      results: [expect.objectContaining({ topic: 'over-http', partition: 0, recordsRemoved: 17, endOffset: 21 })],
    });
    const after = await call(c, 'GET', '/v1/partitions/over-http/0/cleaner');
    const state = (after.json['replicas'] as Array<Record<string, number>>)[0] as Record<string, number>;
    expect(state).toMatchObject({ firstDirtyOffset: 21, passes: 1, recordsRemoved: 17, dirtyRatio: 0 });
    expect(state['lastCleanTimeMs']).toBeGreaterThan(0);
    expect(state['bytesCleaned']).toBeGreaterThan(state['bytesRemoved'] as number);

    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'plain', numPartitions: 1 }] });
    await admin.disconnect();
    expect(await call(c, 'POST', '/v1/topics/plain/compact')).toEqual({
      status: 400,
      json: { error: 'topic plain is not compacted (its cleanup.policy has no compact)' },
    });
    expect((await call(c, 'POST', '/v1/topics/nope/compact')).status).toBe(404);
    expect((await call(c, 'POST', '/v1/topics/over-http/compact', { partition: 7 })).status).toBe(404);
    // Every compacted topic at once: the two above, nothing left to remove.
    const all = await call(c, 'POST', '/v1/compact');
    const topics = (all.json['results'] as Array<{ topic: string }>).map((r) => r.topic);
    expect(topics).toEqual(expect.arrayContaining(['ktable', 'over-http']));
    expect(topics).not.toContain('plain');
  });

  it('reports the cleaner in the metrics and the smaller partition in DescribeLogDirs', async () => {
    await createCompacted('watched');
    await produceUpdates('watched');
    const client = await WireClient.connect(c.brokers[0]!.port);
    try {
      const size = async (): Promise<number> => {
        const res = await client.request(DescribeLogDirsApi, 4, { topics: [{ topic: 'watched', partitions: [0] }] });
        expect(res.errorCode).toBe(ErrorCode.NONE);
        const t = res.results.flatMap((r) => r.topics).find((x) => x.name === 'watched');
        return t?.partitions[0]?.partitionSize ?? -1;
      };
      const before = await size();
      let m = await scrape(c.adminUrl as string);
      expect(m.value('samsa_partition_cleaner_dirty_ratio', { topic: 'watched', partition: '0' })).toBe(0);
      expect(m.value('samsa_partition_cleaner_last_clean_timestamp_seconds', { topic: 'watched' })).toBeUndefined();
      // Rolled, the same records count as dirty.
      c.broker.replicas.log('watched', 0)?.roll();
      m = await scrape(c.adminUrl as string);
      expect(m.value('samsa_partition_cleaner_dirty_ratio', { topic: 'watched', partition: '0' })).toBe(1);
      const [result] = await c.control.compact('watched');
      expect(await size()).toBe(before - (result?.bytesRemoved ?? 0));
      expect(await size()).toBeLessThan(before);
      m = await scrape(c.adminUrl as string);
      expect(m.value('samsa_partition_cleaner_dirty_ratio', { topic: 'watched', partition: '0' })).toBe(0);
      expect(m.value('samsa_partition_cleaner_records_removed_total', { topic: 'watched', partition: '0' })).toBe(17);
      expect(m.value('samsa_partition_cleaner_bytes_removed_total', { topic: 'watched' })).toBe(result?.bytesRemoved);
      expect(m.value('samsa_partition_cleaner_bytes_cleaned_total', { topic: 'watched' })).toBe(result?.bytesRead);
      expect(m.value('samsa_partition_cleaner_last_clean_timestamp_seconds', { topic: 'watched' })).toBeGreaterThan(
        Date.now() / 1000 - 60,
      );
      expect(m.type('samsa_partition_cleaner_bytes_cleaned_total')).toBe('counter');
      // Only compacted partitions are reported.
      expect(m.value('samsa_partition_cleaner_dirty_ratio', { topic: 'plain' })).toBeUndefined();
    } finally {
      client.destroy();
    }
  });
});

describe('internal topics', () => {
  it("are compacted with Kafka's settings, and a group's offsets survive many commits, compaction and a restart", async () => {
    const dataDir = tempDataDir();
    const options = { storage: 'disk' as const, dataDir, config: { 'offsets.topic.num.partitions': 1 } };
    let c = await startCluster(options);
    try {
      let kafka = new Kafka({ brokers: [c.bootstrapServers], logLevel: logLevel.NOTHING });
      const admin = kafka.admin();
      await admin.connect();
      await admin.createTopics({ topics: [{ topic: 'in', numPartitions: 3 }] });
      await admin.disconnect();
      // 300 commits of a group with no members (what admin tools and manual consumers send).
      const client = await WireClient.connect(c.brokers[0]!.port);
      expect(await findCoordinator(client, 'g')).toBe(1);
      for (let i = 1; i <= 100; i++) {
        const res = await client.request(OffsetCommitApi, 8, {
          groupId: 'g',
          generationIdOrMemberEpoch: -1,
          memberId: '',
          groupInstanceId: null,
          topics: [
            {
              name: 'in',
              partitions: [0, 1, 2].map((p) => ({
                partitionIndex: p,
                committedOffset: i * (p + 1),
                committedLeaderEpoch: -1,
                committedMetadata: null,
              })),
            },
          ],
        });
        expect(res.topics[0]?.partitions.map((p) => p.errorCode)).toEqual([0, 0, 0]);
      }
      await admin.disconnect();
      // __consumer_offsets: compact, and no retention override (time retention does not apply to it).
      const res = await client.request(DescribeConfigsApi, 4, {
        resources: [{ resourceType: 2, resourceName: '__consumer_offsets', configurationKeys: null }],
        includeSynonyms: false,
        includeDocumentation: false,
      });
      client.destroy();
      const configs = new Map((res.results[0]?.configs ?? []).map((e) => [e.name, [e.value, e.configSource]]));
      expect(configs.get('cleanup.policy')).toEqual(['compact', 1]);
      expect(configs.get('retention.ms')).toEqual(['604800000', 5]);

      const log = c.broker.replicas.log('__consumer_offsets', 0);
      const sizeBefore = log?.size ?? 0;
      const [result] = await c.control.compact('__consumer_offsets');
      expect(result?.recordsRead).toBeGreaterThanOrEqual(300);
      expect(result?.recordsRemoved).toBeGreaterThanOrEqual(297);
      expect(log?.size ?? 0).toBeLessThan(sizeBefore / 10);
      await c.stop();

      c = await startCluster(options);
      kafka = new Kafka({ brokers: [c.bootstrapServers], logLevel: logLevel.NOTHING });
      const again = kafka.admin();
      await again.connect();
      const fetched = await again.fetchOffsets({ groupId: 'g', topics: ['in'] });
      expect(fetched[0]?.partitions.sort((a, b) => a.partition - b.partition)).toEqual([
        expect.objectContaining({ partition: 0, offset: '100' }),
        expect.objectContaining({ partition: 1, offset: '200' }),
        expect.objectContaining({ partition: 2, offset: '300' }),
      ]);
      // A deleted group's tombstones outlive the records they delete, so it stays deleted after compaction and a
      // restart (its offsets are not resurrected by a replay that lost the tombstones).
      expect(await again.deleteGroups(['g'])).toEqual([expect.objectContaining({ groupId: 'g', errorCode: 0 })]);
      await again.disconnect();
      const [pass] = await c.control.compact('__consumer_offsets');
      expect(pass?.recordsRemoved).toBeGreaterThanOrEqual(3);
      await c.stop();
      c = await startCluster(options);
      const third = new Kafka({ brokers: [c.bootstrapServers], logLevel: logLevel.NOTHING }).admin();
      await third.connect();
      const gone = await third.fetchOffsets({ groupId: 'g', topics: ['in'] });
      expect(gone[0]?.partitions.map((p) => p.offset)).toEqual(['-1', '-1', '-1']);
      expect((await third.listGroups()).groups.map((g) => g.groupId)).not.toContain('g');
      await third.disconnect();
    } finally {
      await c.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
