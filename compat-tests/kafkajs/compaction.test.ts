// kafkajs 2.2.4 against compacted topics on a samsa child process, compaction run through the admin endpoint
// (POST /v1/topics/{t}/compact): keyed updates and tombstones (some batches gzip) leave, after a pass, one record
// per key at its original offset, and after a second pass (delete.retention.ms=0) the live keys only; a transactional
// producer's aborted records disappear from the log (read_uncommitted no longer sees them) while its committed ones
// stay; a consumer group's committed offsets survive hundreds of commits, compaction of __consumer_offsets and a
// restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompressionTypes, Kafka, logLevel } from 'kafkajs';
import { startTestCluster, type TestCluster } from '../helpers/cluster';
import { kafkajsConsume, registerKafkajsCodecs } from '../helpers/kafkajs';
import { fetchPartition } from '../helpers/transactions';

jest.setTimeout(120_000);
registerKafkajsCodecs();

const kafkaOf = (cluster: TestCluster): Kafka =>
  new Kafka({
    clientId: 'compat-compaction',
    brokers: cluster.bootstrapServers.split(','),
    logLevel: logLevel.NOTHING,
  });

async function createCompacted(kafka: Kafka, topic: string, configs: Record<string, string> = {}): Promise<void> {
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
    waitForLeaders: true,
  });
  await admin.disconnect();
}

describe('kafkajs and compacted topics', () => {
  let cluster: TestCluster;
  let kafka: Kafka;
  beforeAll(async () => {
    cluster = await startTestCluster();
    kafka = kafkaOf(cluster);
  });
  afterAll(async () => cluster?.stop());

  test('compaction: after compaction a fresh consumer reads one record per key, the latest, at its original offset', async () => {
    await createCompacted(kafka, 'kjs-compact', { 'delete.retention.ms': '0' });
    const producer = kafka.producer();
    await producer.connect();
    for (let round = 0; round < 4; round++) {
      await producer.send({
        topic: 'kjs-compact',
        compression: round % 2 === 0 ? CompressionTypes.GZIP : CompressionTypes.None,
        messages: ['alpha', 'beta', 'gamma'].map((k) => ({ key: k, value: `${k}-${round}` })),
      });
    }
    await producer.send({ topic: 'kjs-compact', messages: [{ key: 'beta', value: null }] });
    await producer.disconnect();

    const [result] = await cluster.control.compact('kjs-compact');
    expect(result).toMatchObject({ topic: 'kjs-compact', partition: 0, recordsRead: 13, recordsRemoved: 10 });
    const read = await kafkajsConsume(kafka, 'kjs-compact', { count: 3 });
    expect(read.map((r) => [r.offset, r.key?.toString(), r.value?.toString() ?? null])).toEqual([
      [9, 'alpha', 'alpha-3'],
      [11, 'gamma', 'gamma-3'],
      [12, 'beta', null],
    ]);
    // The tombstone got its delete horizon in that pass; the next one removes it: only live keys are left.
    const [second] = await cluster.control.compact('kjs-compact');
    expect(second).toMatchObject({ recordsRemoved: 1 });
    const live = await kafkajsConsume(kafka, 'kjs-compact', { count: 2 });
    expect(live.map((r) => [r.offset, r.key?.toString(), r.value?.toString()])).toEqual([
      [9, 'alpha', 'alpha-3'],
      [11, 'gamma', 'gamma-3'],
    ]);
    expect(await cluster.control.cleanerState('kjs-compact', 0)).toEqual([
      expect.objectContaining({ compacted: true, firstDirtyOffset: 13, passes: 2, recordsRemoved: 11 }),
    ]);
  });

  test("compaction: a transactional producer's aborted records disappear, its committed ones stay", async () => {
    await createCompacted(kafka, 'kjs-compact-txn');
    const producer = kafka.producer({
      transactionalId: 'compat-compaction-txn',
      maxInFlightRequests: 1,
      idempotent: true,
    });
    await producer.connect();
    const committed = await producer.transaction();
    await committed.send({ topic: 'kjs-compact-txn', messages: [{ key: 'a', value: 'committed-a' }] });
    await committed.commit();
    const aborted = await producer.transaction();
    await aborted.send({ topic: 'kjs-compact-txn', messages: [{ key: 'b', value: 'aborted-b' }] });
    await aborted.abort();
    const last = await producer.transaction();
    await last.send({ topic: 'kjs-compact-txn', messages: [{ key: 'c', value: 'committed-c' }] });
    await last.commit();
    await producer.disconnect();

    const values = async (): Promise<string[]> =>
      (
        await fetchPartition(
          cluster.bootstrapServers.split(',')[0] as string,
          'kjs-compact-txn',
          0,
          0,
          'read_uncommitted',
        )
      ).batches
        .filter((b) => !b.control)
        .flatMap((b) => b.values);
    expect(await values()).toEqual(['committed-a', 'aborted-b', 'committed-c']);
    await cluster.control.compact('kjs-compact-txn');
    expect(await values()).toEqual(['committed-a', 'committed-c']);
    const read = await kafkajsConsume(kafka, 'kjs-compact-txn', { count: 2 });
    expect(read.map((r) => r.value?.toString())).toEqual(['committed-a', 'committed-c']);
  });
});

describe("kafkajs: a group's committed offsets and compaction", () => {
  test('compaction: committed offsets survive hundreds of commits, compaction of __consumer_offsets and a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'samsa-compat-compaction-'));
    try {
      let cluster = await startTestCluster({ dataDir });
      try {
        const kafka = kafkaOf(cluster);
        const admin = kafka.admin();
        await admin.connect();
        await admin.createTopics({ topics: [{ topic: 'kjs-offsets', numPartitions: 2 }], waitForLeaders: true });
        const producer = kafka.producer();
        await producer.connect();
        await producer.send({
          topic: 'kjs-offsets',
          messages: Array.from({ length: 400 }, (_, i) => ({ partition: i % 2, value: `m${i}` })),
        });
        await producer.disconnect();
        // A consumer commits after every record it reads: 400 commits of two partitions.
        const consumer = kafka.consumer({ groupId: 'kjs-committer', maxWaitTimeInMs: 100 });
        await consumer.connect();
        await consumer.subscribe({ topic: 'kjs-offsets', fromBeginning: true });
        let seen = 0;
        await new Promise<void>((resolve) => {
          void consumer.run({
            autoCommit: false,
            eachMessage: async ({ topic, partition, message }) => {
              await consumer.commitOffsets([{ topic, partition, offset: String(Number(message.offset) + 1) }]);
              if (++seen === 400) resolve();
            },
          });
        });
        await consumer.disconnect();
        const results = await cluster.control.compact('__consumer_offsets');
        const removed = results.reduce((n, r) => n + r.recordsRemoved, 0);
        expect(removed).toBeGreaterThanOrEqual(390);
        await admin.disconnect();
      } finally {
        await cluster.stop();
      }
      cluster = await startTestCluster({ dataDir });
      try {
        const admin = kafkaOf(cluster).admin();
        await admin.connect();
        const [offsets] = await admin.fetchOffsets({ groupId: 'kjs-committer', topics: ['kjs-offsets'] });
        expect(offsets?.partitions.map((p) => [p.partition, p.offset]).sort()).toEqual([
          [0, '200'],
          [1, '200'],
        ]);
        await admin.disconnect();
      } finally {
        await cluster.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
