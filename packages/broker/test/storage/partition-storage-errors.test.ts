// What clients see when a partition's storage cannot be created or opened: CreateTopics answers KAFKA_STORAGE_ERROR
// and leaves no half-created topic (metadata and created partition directories rolled back), and a partition
// directory that cannot be opened at start-up goes offline (leader -1 in Metadata, KAFKA_STORAGE_ERROR for produce and
// fetch, logged once with its path) while the broker and every other partition keep serving.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CreateTopicsApi,
  DeleteTopicsApi,
  ErrorCode,
  FindCoordinatorApi,
  MetadataApi,
  ZERO_UUID,
  type CreatableTopic,
} from '@samsa/protocol';
import { batchOf, decodeRecords, fetch, produceOne } from '../helpers/records';
import { startTestBroker, tempDataDir, waitFor, type TestBroker } from '../helpers/test-broker';
import { WireClient } from '../helpers/wire-client';

const topic = (name: string, numPartitions: number): CreatableTopic => ({
  name,
  numPartitions,
  replicationFactor: 1,
  assignments: [],
  configs: [],
});
const OFFLINE = 'partition log cannot be opened; it stays offline';

async function metadata(client: WireClient, names: string[]) {
  return (
    await client.request(MetadataApi, 12, {
      topics: names.map((name) => ({ name, topicId: ZERO_UUID })),
      allowAutoTopicCreation: false,
      includeTopicAuthorizedOperations: false,
    })
  ).topics;
}

describe('partitions whose storage fails', () => {
  const dirs: string[] = [];
  const brokers: TestBroker[] = [];
  const clients: WireClient[] = [];
  afterEach(async () => {
    clients.splice(0).forEach((c) => c.destroy());
    for (const b of brokers.splice(0)) await b.stop();
    dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
  });
  const start = async (
    dataDir: string,
    config: Record<string, string | number | boolean> = {},
  ): Promise<{ tb: TestBroker; client: WireClient }> => {
    const tb = await startTestBroker({ 'auto.create.topics.enable': false, ...config }, dataDir);
    brokers.push(tb);
    const client = await WireClient.connect(tb.broker.port);
    clients.push(client);
    return { tb, client };
  };
  const stop = async (tb: TestBroker): Promise<void> => {
    brokers.splice(brokers.indexOf(tb), 1);
    await tb.stop();
  };

  it('CreateTopics answers KAFKA_STORAGE_ERROR when a partition cannot be created, and leaves no topic behind', async () => {
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    const { tb, client } = await start(dataDir);
    // A file where partition 1's directory would go: its log cannot be created.
    writeFileSync(join(dataDir, 'blocked-1'), 'not a directory');
    const [res] = (
      await client.request(CreateTopicsApi, 7, { topics: [topic('blocked', 3)], timeoutMs: 1000, validateOnly: false })
    ).topics;
    expect(res).toMatchObject({ name: 'blocked', errorCode: ErrorCode.KAFKA_STORAGE_ERROR, numPartitions: -1 });
    expect(res!.errorMessage).toMatch(/blocked-1/);
    expect(tb.broker.cluster.topicByName('blocked')).toBeUndefined();
    expect((await metadata(client, ['blocked']))[0]!.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    // The partitions created before the failure are gone; what was in the way is untouched.
    expect(existsSync(join(dataDir, 'blocked-0'))).toBe(false);
    expect(existsSync(join(dataDir, 'blocked-2'))).toBe(false);
    expect(readFileSync(join(dataDir, 'blocked-1'), 'utf8')).toBe('not a directory');
    expect(JSON.stringify(tb.broker.cluster.topics.map((t) => t.name))).not.toContain('blocked');
    expect(tb.logs.filter((l) => l.msg === 'topic not created: a partition log could not be created')).toHaveLength(1);

    // The metadata on disk never kept it: a restart knows no such topic.
    await stop(tb);
    const again = await start(dataDir);
    expect(again.tb.broker.cluster.topicByName('blocked')).toBeUndefined();
    // With the way cleared, the same topic is created and takes records.
    rmSync(join(dataDir, 'blocked-1'));
    const [ok] = (
      await again.client.request(CreateTopicsApi, 7, {
        topics: [topic('blocked', 3)],
        timeoutMs: 1000,
        validateOnly: false,
      })
    ).topics;
    expect(ok!.errorCode).toBe(ErrorCode.NONE);
    expect((await produceOne(again.client, 9, 'blocked', 1, batchOf(['v']))).errorCode).toBe(ErrorCode.NONE);
  });

  it('FindCoordinator answers the retriable COORDINATOR_NOT_AVAILABLE while __consumer_offsets cannot be created', async () => {
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    const { tb, client } = await start(dataDir, { 'offsets.topic.num.partitions': 5 });
    writeFileSync(join(dataDir, '__consumer_offsets-3'), 'in the way');
    const refused = await client.request(FindCoordinatorApi, 3, { key: 'g', keyType: 0 });
    expect(refused.errorCode).toBe(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    expect(tb.broker.cluster.topicByName('__consumer_offsets')).toBeUndefined();
    expect(existsSync(join(dataDir, '__consumer_offsets-0'))).toBe(false);
    rmSync(join(dataDir, '__consumer_offsets-3'));
    const found = await client.request(FindCoordinatorApi, 3, { key: 'g', keyType: 0 });
    expect(found).toMatchObject({ errorCode: ErrorCode.NONE, nodeId: 1 });
  });

  it('a partition directory that cannot be opened at start-up goes offline; the broker and the other partitions serve', async () => {
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    const first = await start(dataDir);
    await first.client.request(CreateTopicsApi, 7, {
      topics: [topic('data', 3)],
      timeoutMs: 1000,
      validateOnly: false,
    });
    for (let p = 0; p < 3; p++)
      expect((await produceOne(first.client, 9, 'data', p, batchOf([`r${p}a`, `r${p}b`]))).errorCode).toBe(
        ErrorCode.NONE,
      );
    await stop(first.tb);

    // Partition 1: a corrupted leader epoch history. Partition 2: its segment cannot be opened.
    const epochs = join(dataDir, 'data-1', 'leader-epoch-checkpoint');
    const goodEpochs = readFileSync(epochs);
    writeFileSync(epochs, 'garbage\n');
    const segment = join(dataDir, 'data-2', '00000000000000000000.log');
    const segmentBytes = readFileSync(segment);
    rmSync(segment);
    mkdirSync(segment);

    const { tb, client } = await start(dataDir);
    const [described] = await metadata(client, ['data']);
    expect(described!.errorCode).toBe(ErrorCode.NONE);
    expect(described!.partitions.map((p) => [p.partitionIndex, p.errorCode, p.leaderId, p.offlineReplicas])).toEqual([
      [0, ErrorCode.NONE, 1, []],
      [1, ErrorCode.LEADER_NOT_AVAILABLE, -1, [1]],
      [2, ErrorCode.LEADER_NOT_AVAILABLE, -1, [1]],
    ]);
    for (let i = 0; i < 3; i++) {
      expect((await produceOne(client, 9, 'data', 1, batchOf(['x']))).errorCode).toBe(ErrorCode.KAFKA_STORAGE_ERROR);
      const res = await fetch(
        client,
        12,
        [1, 2].map((partition) => ({ topic: 'data', partition, offset: 0 })),
      );
      expect(res.responses[0]!.partitions.map((p) => p.errorCode)).toEqual([
        ErrorCode.KAFKA_STORAGE_ERROR,
        ErrorCode.KAFKA_STORAGE_ERROR,
      ]);
    }
    // Partition 0 is untouched by the others' trouble.
    expect((await produceOne(client, 9, 'data', 0, batchOf(['r0c']))).errorCode).toBe(ErrorCode.NONE);
    const read = await fetch(client, 12, [{ topic: 'data', partition: 0, offset: 0 }]);
    expect((await decodeRecords(read.responses[0]!.partitions[0]!.records)).map((r) => r.value)).toEqual([
      'r0a',
      'r0b',
      'r0c',
    ]);
    // Logged once each, with the path, however many requests met them.
    const offline = tb.logs.filter((l) => l.msg === OFFLINE);
    expect(offline.map((l) => [l.topic, l.partition, l.path])).toEqual(
      expect.arrayContaining([
        ['data', 1, join(dataDir, 'data-1')],
        ['data', 2, join(dataDir, 'data-2')],
      ]),
    );
    expect(offline).toHaveLength(2);
    expect(tb.logs.filter((l) => l.level >= 50 && l.msg !== OFFLINE)).toEqual([]);

    // A clean stop keeps the offline directories as they were; repaired, they serve again with their records.
    await stop(tb);
    writeFileSync(epochs, goodEpochs);
    rmSync(segment, { recursive: true });
    writeFileSync(segment, segmentBytes);
    const repaired = await start(dataDir);
    const back = await fetch(
      repaired.client,
      12,
      [1, 2].map((partition) => ({ topic: 'data', partition, offset: 0 })),
    );
    expect(
      await Promise.all(
        back.responses[0]!.partitions.map(async (p) => (await decodeRecords(p.records)).map((r) => r.value)),
      ),
    ).toEqual([
      ['r1a', 'r1b'],
      ['r2a', 'r2b'],
    ]);
  });

  it('deleting a topic with an offline partition removes every directory of it', async () => {
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    const first = await start(dataDir, { 'log.segment.delete.delay.ms': 0 });
    await first.client.request(CreateTopicsApi, 7, {
      topics: [topic('doomed', 2)],
      timeoutMs: 1000,
      validateOnly: false,
    });
    await stop(first.tb);
    writeFileSync(join(dataDir, 'doomed-1', 'leader-epoch-checkpoint'), 'garbage\n');
    const { tb, client } = await start(dataDir, { 'log.segment.delete.delay.ms': 0 });
    expect(tb.broker.replicas.isOffline('doomed', 1)).toBe(true);
    const res = await client.request(DeleteTopicsApi, 6, {
      topics: [{ name: 'doomed', topicId: ZERO_UUID }],
      topicNames: [],
      timeoutMs: 1000,
    });
    expect(res.responses.map((r) => r.errorCode)).toEqual([ErrorCode.NONE]);
    expect(tb.broker.cluster.topicByName('doomed')).toBeUndefined();
    await waitFor(() => readdirSync(dataDir).every((n) => !n.startsWith('doomed-')));
    expect(tb.logs.filter((l) => (l.level as number) >= 50 && l.msg !== OFFLINE)).toEqual([]);
  });
});
