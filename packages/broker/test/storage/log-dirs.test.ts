// Several log dirs (JBOD, `log.dirs=a,b`): new partitions go to the dir with the fewest partitions, DescribeLogDirs
// reports each dir with its partitions and sizes, and a dir that cannot be read at start-up is offline with only its
// partitions (KAFKA_STORAGE_ERROR, no leader) while the other dir serves, takes new topics, and is described.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CreateTopicsApi, DescribeLogDirsApi, ErrorCode, MetadataApi, ZERO_UUID } from '@samsa/protocol';
import { batchOf, produceOne } from '../helpers/records';
import { startTestBroker, type TestBroker } from '../helpers/test-broker';
import { WireClient } from '../helpers/wire-client';

describe('several log dirs', () => {
  let root: string;
  let dirA: string;
  let dirB: string;
  let tb: TestBroker;
  let client: WireClient;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'samsa-jbod-'));
    dirA = resolve(root, 'a');
    dirB = resolve(root, 'b');
  });
  afterAll(async () => {
    client?.destroy();
    await tb?.stop();
    rmSync(root, { recursive: true, force: true });
  });
  const start = async (): Promise<void> => {
    tb = await startTestBroker({ 'log.dirs': `${dirA},${dirB}`, 'auto.create.topics.enable': false }, dirA);
    client = await WireClient.connect(tb.broker.port);
  };
  const create = async (name: string, numPartitions: number): Promise<number> =>
    (
      await client.request(CreateTopicsApi, 5, {
        topics: [{ name, numPartitions, replicationFactor: 1, assignments: [], configs: [] }],
        timeoutMs: 1000,
        validateOnly: false,
      })
    ).topics[0]!.errorCode;
  const dirOf = (topic: string, partition: number): string | null =>
    existsSync(join(dirA, `${topic}-${partition}`))
      ? dirA
      : existsSync(join(dirB, `${topic}-${partition}`))
        ? dirB
        : null;
  const describeDirs = async () => (await client.request(DescribeLogDirsApi, 4, { topics: null })).results;

  it('spreads partitions over the dirs and describes each with its partitions and sizes', async () => {
    await start();
    expect(await create('spread', 4)).toBe(ErrorCode.NONE);
    const placed = [0, 1, 2, 3].map((p) => dirOf('spread', p));
    expect(placed.filter((d) => d === dirA)).toHaveLength(2);
    expect(placed.filter((d) => d === dirB)).toHaveLength(2);
    for (let p = 0; p < 4; p++)
      expect((await produceOne(client, 9, 'spread', p, batchOf([`v${p}`.repeat(p + 1)]))).errorCode).toBe(0);

    const results = await describeDirs();
    expect(results.map((r) => [r.logDir, r.errorCode]).sort()).toEqual([
      [dirA, ErrorCode.NONE],
      [dirB, ErrorCode.NONE],
    ]);
    for (const r of results) {
      const partitions = r.topics.find((t) => t.name === 'spread')!.partitions;
      expect(partitions.map((p) => p.partitionIndex).sort()).toEqual(
        [0, 1, 2, 3].filter((p) => placed[p] === r.logDir),
      );
      for (const p of partitions) {
        expect(p.partitionSize).toBe(tb.broker.replicas.log('spread', p.partitionIndex)!.size);
        expect(p.partitionSize).toBeGreaterThan(0);
      }
      expect(r.totalBytes).toBeGreaterThan(0);
    }
  });

  it('a dir that cannot be read at start-up takes only its partitions offline', async () => {
    const placed = [0, 1, 2, 3].map((p) => dirOf('spread', p));
    client.destroy();
    await tb.stop();
    // The second dir is gone and a file stands in its place.
    rmSync(dirB, { recursive: true, force: true });
    writeFileSync(dirB, 'not a directory');
    await start();
    expect(tb.logs.some((l) => l.msg === 'log dir cannot be read; it is offline, with the partitions in it')).toBe(
      true,
    );

    const meta = (
      await client.request(MetadataApi, 12, {
        topics: [{ name: 'spread', topicId: ZERO_UUID }],
        allowAutoTopicCreation: false,
        includeTopicAuthorizedOperations: false,
      })
    ).topics[0]!;
    for (let p = 0; p < 4; p++) {
      const produced = await produceOne(client, 9, 'spread', p, batchOf(['after']));
      const leader = meta.partitions.find((x) => x.partitionIndex === p)!.leaderId;
      if (placed[p] === dirA) {
        expect(produced.errorCode).toBe(ErrorCode.NONE);
        expect(produced.baseOffset).toBe(1);
        expect(leader).toBe(tb.broker.nodeId);
      } else {
        expect(produced.errorCode).toBe(ErrorCode.KAFKA_STORAGE_ERROR);
        expect(leader).toBe(-1);
      }
    }

    const results = await describeDirs();
    const byDir = new Map(results.map((r) => [r.logDir, r]));
    expect(byDir.get(dirB)).toEqual({
      errorCode: ErrorCode.KAFKA_STORAGE_ERROR,
      logDir: dirB,
      topics: [],
      totalBytes: -1,
      usableBytes: -1,
    });
    expect(byDir.get(dirA)!.errorCode).toBe(ErrorCode.NONE);

    // New topics go to the dir that works.
    expect(await create('after-failure', 2)).toBe(ErrorCode.NONE);
    expect([dirOf('after-failure', 0), dirOf('after-failure', 1)]).toEqual([dirA, dirA]);
    expect((await produceOne(client, 9, 'after-failure', 1, batchOf(['x']))).errorCode).toBe(ErrorCode.NONE);
  });
});
