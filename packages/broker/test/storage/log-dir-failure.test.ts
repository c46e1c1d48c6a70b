// A log dir failing while the broker runs (Kafka's LogDirFailureChannel → ReplicaManager.handleLogDirFailure): the
// first I/O error under it takes the whole dir offline with only its partitions (KAFKA_STORAGE_ERROR for Produce,
// Fetch and ListOffsets, no leader, offline replicas in Metadata, the dir KAFKA_STORAGE_ERROR in DescribeLogDirs),
// logged once; the other dir goes on and takes new topics; with replicas on another broker identity leadership
// moves to an in-sync one; with every dir offline the broker keeps answering; a restart brings the dir back.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import {
  AlterReplicaLogDirsApi,
  CreateTopicsApi,
  DescribeLogDirsApi,
  ErrorCode,
  ListOffsetsApi,
  MetadataApi,
  ZERO_UUID,
} from '@samsa/protocol';
import { batchOf, decodeRecords, fetch, produceOne } from '../helpers/records';
import { startTestBroker, waitFor, type TestBroker } from '../helpers/test-broker';
import { WireClient } from '../helpers/wire-client';

const FAILED_MSG = 'log dir failed; it is offline, with the partitions in it, until a restart finds it readable';

async function create(client: WireClient, name: string, numPartitions: number, replicationFactor = 1) {
  const res = await client.request(CreateTopicsApi, 5, {
    topics: [{ name, numPartitions, replicationFactor, assignments: [], configs: [] }],
    timeoutMs: 1000,
    validateOnly: false,
  });
  return res.topics[0]!.errorCode;
}

async function metadata(client: WireClient, topic: string) {
  const res = await client.request(MetadataApi, 12, {
    topics: [{ name: topic, topicId: ZERO_UUID }],
    allowAutoTopicCreation: false,
    includeTopicAuthorizedOperations: false,
  });
  return res.topics[0]!.partitions.sort((a, b) => a.partitionIndex - b.partitionIndex);
}

async function listLatest(client: WireClient, topic: string, partition: number) {
  const res = await client.request(ListOffsetsApi, 7, {
    replicaId: -1,
    isolationLevel: 0,
    topics: [
      {
        name: topic,
        partitions: [{ partitionIndex: partition, currentLeaderEpoch: -1, timestamp: -1, maxNumOffsets: 1 }],
      },
    ],
  });
  return res.topics[0]!.partitions[0]!;
}

async function values(client: WireClient, topic: string, partition: number) {
  const res = await fetch(client, 12, [{ topic, partition, offset: 0 }]);
  const p = res.responses[0]!.partitions[0]!;
  return { errorCode: p.errorCode, values: (await decodeRecords(p.records)).map((r) => r.value) };
}

describe('a log dir failing at run time', () => {
  let root: string;
  let dirA: string;
  let dirB: string;
  let tb: TestBroker;
  let client: WireClient;
  const start = async (extra: Record<string, string | number | boolean> = {}): Promise<void> => {
    tb = await startTestBroker({ 'log.dirs': `${dirA},${dirB}`, 'auto.create.topics.enable': false, ...extra }, dirA);
    client = await WireClient.connect(tb.broker.port);
  };
  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'samsa-dir-failure-'));
    dirA = resolve(root, 'a');
    dirB = resolve(root, 'b');
  });
  afterEach(async () => {
    client?.destroy();
    await tb?.stop();
    rmSync(root, { recursive: true, force: true });
  });
  const dirOf = (topic: string, partition: number): string =>
    existsSync(join(dirA, `${topic}-${partition}`)) ? dirA : dirB;

  it('takes only its partitions offline on the first I/O error, logs it once, and the other dir goes on', async () => {
    await start();
    expect(await create(client, 'spread', 4)).toBe(ErrorCode.NONE);
    for (let p = 0; p < 4; p++)
      expect((await produceOne(client, 9, 'spread', p, batchOf([`v${p}`]))).errorCode).toBe(ErrorCode.NONE);
    const inB = [0, 1, 2, 3].filter((p) => dirOf('spread', p) === dirB);
    const inA = [0, 1, 2, 3].filter((p) => dirOf('spread', p) === dirA);
    expect(inB).toHaveLength(2);

    // The disk under b dies: nothing notices until I/O there fails, as with a real disk.
    expect(tb.broker.replicas.failLogDir(tb.broker.nodeId, dirB, false)).toBe(dirB);
    const failing = await produceOne(client, 9, 'spread', inB[0]!, batchOf(['lost']));
    expect(failing.errorCode).toBe(ErrorCode.KAFKA_STORAGE_ERROR);
    await waitFor(() => tb.broker.replicas.offlineLogDirsOf(tb.broker.nodeId).has(dirB));

    for (const p of inB) {
      expect((await produceOne(client, 9, 'spread', p, batchOf(['x']))).errorCode).toBe(ErrorCode.KAFKA_STORAGE_ERROR);
      expect((await values(client, 'spread', p)).errorCode).toBe(ErrorCode.KAFKA_STORAGE_ERROR);
      expect((await listLatest(client, 'spread', p)).errorCode).toBe(ErrorCode.KAFKA_STORAGE_ERROR);
    }
    for (const p of inA) {
      const produced = await produceOne(client, 9, 'spread', p, batchOf(['after']));
      expect(produced).toMatchObject({ errorCode: ErrorCode.NONE, baseOffset: 1 });
      expect(await values(client, 'spread', p)).toEqual({ errorCode: ErrorCode.NONE, values: [`v${p}`, 'after'] });
      expect(await listLatest(client, 'spread', p)).toMatchObject({ errorCode: ErrorCode.NONE, offset: 2 });
    }
    const meta = await metadata(client, 'spread');
    for (const p of meta) {
      if (inB.includes(p.partitionIndex)) {
        expect(p).toMatchObject({ leaderId: -1, offlineReplicas: [tb.broker.nodeId] });
      } else {
        expect(p).toMatchObject({ leaderId: tb.broker.nodeId, offlineReplicas: [] });
      }
    }
    const described = await client.request(DescribeLogDirsApi, 4, { topics: null });
    const byDir = new Map(described.results.map((r) => [r.logDir, r]));
    expect(byDir.get(dirB)).toMatchObject({ errorCode: ErrorCode.KAFKA_STORAGE_ERROR, topics: [] });
    expect(byDir.get(dirA)!.errorCode).toBe(ErrorCode.NONE);
    expect(await create(client, 'after-failure', 2)).toBe(ErrorCode.NONE);
    expect([dirOf('after-failure', 0), dirOf('after-failure', 1)]).toEqual([dirA, dirA]);

    // Once, however much I/O fails after it.
    expect(tb.logs.filter((l) => l.msg === FAILED_MSG && l['dir'] === dirB)).toHaveLength(1);
    expect(tb.logs.filter((l) => l.msg === 'replicas of the failed log dir are offline')).toHaveLength(1);

    // A restart finds the dir readable again: its partitions come back with what they had.
    client.destroy();
    await tb.stop();
    await start();
    for (const p of inB) expect(await values(client, 'spread', p)).toEqual({ errorCode: 0, values: [`v${p}`] });
  });

  it('moves leadership to an in-sync replica of another broker identity', async () => {
    await start({ 'samsa.broker.count': 2 });
    const [one, two] = tb.broker.nodes;
    const clients = [client, await WireClient.connect(two!.port)];
    try {
      expect(await create(client, 'pair', 4, 2)).toBe(ErrorCode.NONE);
      const led = (await metadata(client, 'pair')).filter((p) => p.leaderId === one!.nodeId);
      expect(led.length).toBeGreaterThan(0);
      for (const p of led)
        expect((await produceOne(client, 9, 'pair', p.partitionIndex, batchOf(['a', 'b']))).errorCode).toBe(0);
      // The first identity's dir holding the first of those partitions fails.
      const target = led[0]!.partitionIndex;
      const dir = resolve(dirname(tb.broker.replicas.replicaLog('pair', target, one!.nodeId)!.dir));
      const failed = await tb.broker.control.failLogDir(one!.nodeId, dir);
      expect(failed.offlineLogDirs).toEqual([dir]);

      const meta = await metadata(client, 'pair');
      const moved = meta.find((p) => p.partitionIndex === target)!;
      expect(moved).toMatchObject({ leaderId: two!.nodeId, isrNodes: [two!.nodeId], offlineReplicas: [one!.nodeId] });
      expect(moved.leaderEpoch!).toBeGreaterThan(led[0]!.leaderEpoch!);
      // The new leader has every acknowledged record and takes new ones.
      expect((await produceOne(clients[1]!, 9, 'pair', target, batchOf(['c']))).baseOffset).toBe(2);
      expect(await values(clients[1]!, 'pair', target)).toEqual({ errorCode: 0, values: ['a', 'b', 'c'] });
      expect((await produceOne(client, 9, 'pair', target, batchOf(['d']))).errorCode).toBe(
        ErrorCode.NOT_LEADER_OR_FOLLOWER,
      );
      // Partitions whose first-identity replica is in the other dir are untouched.
      for (const p of meta) {
        const log = tb.broker.replicas.replicaLog('pair', p.partitionIndex, one!.nodeId);
        if (log && resolve(dirname(log.dir)) !== dir) expect(p.offlineReplicas).toEqual([]);
      }
      // The second identity's replicas live under the failed dir too (`.replicas/node-2`): they are not its disk.
      const described = await clients[1]!.request(DescribeLogDirsApi, 4, { topics: null });
      expect(described.results.every((r) => r.errorCode === ErrorCode.NONE)).toBe(true);
    } finally {
      clients[1]!.destroy();
    }
  });

  it('stops a move into the dir that fails; the replica stays whole where it was', async () => {
    await start({ 'replica.alter.log.dirs.io.max.bytes.per.second': 20_000 });
    expect(await create(client, 'moving', 2)).toBe(ErrorCode.NONE);
    const p = [0, 1].find((i) => dirOf('moving', i) === dirA)!;
    for (let i = 0; i < 20; i++)
      expect((await produceOne(client, 9, 'moving', p, batchOf([`${i}-${'z'.repeat(5000)}`]))).errorCode).toBe(0);
    const moved = await client.request(AlterReplicaLogDirsApi, 2, {
      dirs: [{ path: dirB, topics: [{ name: 'moving', partitions: [p] }] }],
    });
    expect(moved.results[0]!.partitions[0]!.errorCode).toBe(ErrorCode.NONE);
    expect(tb.broker.replicas.futureReplica('moving', p, tb.broker.nodeId)).toBeDefined();
    await tb.broker.control.failLogDir(tb.broker.nodeId, dirB);
    await waitFor(() => tb.broker.replicas.replicaMoves === 0, 5000);
    expect(dirOf('moving', p)).toBe(dirA);
    const after = await produceOne(client, 9, 'moving', p, batchOf(['after']));
    expect(after).toMatchObject({ errorCode: ErrorCode.NONE, baseOffset: 20 });
    expect((await values(client, 'moving', p)).values).toHaveLength(21);
  });

  it('keeps answering, with KAFKA_STORAGE_ERROR, when every dir is offline', async () => {
    await start();
    expect(await create(client, 'all', 2)).toBe(ErrorCode.NONE);
    await tb.broker.control.failLogDir(tb.broker.nodeId, dirA);
    const { offlineLogDirs } = await tb.broker.control.failLogDir(tb.broker.nodeId, dirB);
    expect(offlineLogDirs.sort()).toEqual([dirA, dirB]);
    for (const p of [0, 1])
      expect((await produceOne(client, 9, 'all', p, batchOf(['x']))).errorCode).toBe(ErrorCode.KAFKA_STORAGE_ERROR);
    expect(await create(client, 'none', 1)).toBe(ErrorCode.KAFKA_STORAGE_ERROR);
    const described = await client.request(DescribeLogDirsApi, 4, { topics: null });
    expect(described.results.map((r) => r.errorCode)).toEqual([
      ErrorCode.KAFKA_STORAGE_ERROR,
      ErrorCode.KAFKA_STORAGE_ERROR,
    ]);
    expect(
      tb.logs.some(
        (l) =>
          l.msg === 'every log dir of the broker is offline; its partitions answer KAFKA_STORAGE_ERROR until a restart',
      ),
    ).toBe(true);
  });
});
