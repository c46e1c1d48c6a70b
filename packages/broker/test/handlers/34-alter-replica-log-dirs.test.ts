// AlterReplicaLogDirs (KIP-113) over the wire: a replica moves to another of the broker's log dirs through a future
// log while producers and consumers go on, DescribeLogDirs shows the future replica and its lag meanwhile, the data
// is in the new dir on disk (also after a restart), and each refusal carries Kafka's code.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { AlterReplicaLogDirsApi, CreateTopicsApi, DescribeLogDirsApi, ErrorCode } from '@samsa/protocol';
import { batchOf, decodeRecords, fetch, produceOne } from '../helpers/records';
import { startTestBroker, waitFor, type TestBroker } from '../helpers/test-broker';
import { WireClient } from '../helpers/wire-client';

/** Slow enough that a move of a few hundred KB is seen running, fast enough for a test. */
const RATE = 200_000;

async function create(client: WireClient, name: string, numPartitions = 1): Promise<void> {
  const res = await client.request(CreateTopicsApi, 5, {
    topics: [{ name, numPartitions, replicationFactor: 1, assignments: [], configs: [] }],
    timeoutMs: 1000,
    validateOnly: false,
  });
  expect(res.topics[0]!.errorCode).toBe(ErrorCode.NONE);
}

function alter(client: WireClient, version: number, path: string, topic: string, partitions: number[]) {
  return client.request(AlterReplicaLogDirsApi, version, { dirs: [{ path, topics: [{ name: topic, partitions }] }] });
}

/** Every record of a partition, read from offset 0 to the high watermark. */
async function readAll(
  client: WireClient,
  topic: string,
  partition: number,
): Promise<{ offset: number; value: string }[]> {
  const out: { offset: number; value: string }[] = [];
  let offset = 0;
  for (;;) {
    const res = await fetch(client, 12, [{ topic, partition, offset }]);
    const p = res.responses[0]!.partitions[0]!;
    expect(p.errorCode).toBe(ErrorCode.NONE);
    const records = (await decodeRecords(p.records)).filter((r) => r.offset >= offset);
    for (const r of records) out.push({ offset: r.offset, value: r.value as string });
    if (records.length > 0) offset = records[records.length - 1]!.offset + 1;
    if (offset >= p.highWatermark) return out;
  }
}

describe('AlterReplicaLogDirs', () => {
  let root: string;
  let dirA: string;
  let dirB: string;
  let tb: TestBroker;
  let client: WireClient;
  const start = async (): Promise<void> => {
    tb = await startTestBroker(
      {
        'log.dirs': `${dirA},${dirB}`,
        'auto.create.topics.enable': false,
        'replica.alter.log.dirs.io.max.bytes.per.second': RATE,
      },
      dirA,
    );
    client = await WireClient.connect(tb.broker.port);
  };
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'samsa-alter-dirs-'));
    dirA = resolve(root, 'a');
    dirB = resolve(root, 'b');
    await start();
  });
  afterAll(async () => {
    client?.destroy();
    await tb?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  const dirOf = (topic: string, partition: number): string =>
    resolve(dirname(tb.broker.replicas.log(topic, partition)!.dir));
  const other = (dir: string): string => (dir === dirA ? dirB : dirA);
  const moved = (topic: string, to: string) => () => tb.broker.replicas.replicaMoves === 0 && dirOf(topic, 0) === to;

  it.each([0, 1, 2])('v%i moves a replica to another log dir with every record, on disk there', async (version) => {
    const topic = `move-v${version}`;
    await create(client, topic);
    for (let i = 0; i < 3; i++)
      expect((await produceOne(client, 9, topic, 0, batchOf([`a${i}`, `b${i}`]))).errorCode).toBe(ErrorCode.NONE);
    const from = dirOf(topic, 0);
    const to = other(from);

    const res = await alter(client, version, to, topic, [0]);
    expect(res.results).toEqual([{ topicName: topic, partitions: [{ partitionIndex: 0, errorCode: ErrorCode.NONE }] }]);
    await waitFor(moved(topic, to), 5000);

    // The log is in the new dir, under its own name; the old directory is gone (renamed for deletion).
    expect(existsSync(join(from, `${topic}-0`))).toBe(false);
    const segment = join(to, `${topic}-0`, '00000000000000000000.log');
    expect(statSync(segment).size).toBe(tb.broker.replicas.log(topic, 0)!.size);
    expect(readdirSync(to).filter((n) => n.startsWith(`${topic}-0.`))).toEqual([]);
    expect(readdirSync(from).filter((n) => n.startsWith(`${topic}-0.`) && !n.endsWith('-delete'))).toEqual([]);

    expect((await readAll(client, topic, 0)).map((r) => r.value)).toEqual(['a0', 'b0', 'a1', 'b1', 'a2', 'b2']);
    const next = await produceOne(client, 9, topic, 0, batchOf(['after']));
    expect(next.baseOffset).toBe(6);
    expect(statSync(segment).size).toBe(tb.broker.replicas.log(topic, 0)!.size);
    expect(tb.logs.some((l) => l.msg === 'replica log moved' && l['partition'] === `${topic}-0`)).toBe(true);
  });

  it('answers NONE and moves nothing when the replica is already in that dir', async () => {
    await create(client, 'stay');
    expect((await produceOne(client, 9, 'stay', 0, batchOf(['x']))).errorCode).toBe(ErrorCode.NONE);
    const log = tb.broker.replicas.log('stay', 0);
    const res = await alter(client, 2, dirOf('stay', 0), 'stay', [0]);
    expect(res.results[0]!.partitions[0]!.errorCode).toBe(ErrorCode.NONE);
    expect(tb.broker.replicas.replicaMoves).toBe(0);
    expect(tb.broker.replicas.log('stay', 0)).toBe(log);
  });

  it('refuses a dir not in log.dirs and an unknown partition, per partition, grouped by topic', async () => {
    await create(client, 'refused', 2);
    const res = await client.request(AlterReplicaLogDirsApi, 1, {
      dirs: [
        { path: join(root, 'c'), topics: [{ name: 'refused', partitions: [0] }] },
        {
          path: other(dirOf('refused', 1)),
          topics: [
            { name: 'refused', partitions: [7] },
            { name: 'no-such-topic', partitions: [0] },
          ],
        },
      ],
    });
    expect(res.results).toEqual([
      {
        topicName: 'refused',
        partitions: [
          { partitionIndex: 0, errorCode: ErrorCode.LOG_DIR_NOT_FOUND },
          { partitionIndex: 7, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION },
        ],
      },
      {
        topicName: 'no-such-topic',
        partitions: [{ partitionIndex: 0, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION }],
      },
    ]);
    expect(tb.broker.replicas.replicaMoves).toBe(0);
  });

  it('moves during continuous produce: DescribeLogDirs shows the future replica, no record is lost or doubled', async () => {
    const topic = 'busy';
    await create(client, topic);
    const values: string[] = [];
    // ~400 KB before the move: at RATE bytes/s the copy takes about two seconds.
    for (let i = 0; i < 40; i++) {
      const batch = Array.from({ length: 10 }, (_, j) => `pre-${i}-${j}-${'x'.repeat(1000)}`);
      expect((await produceOne(client, 9, topic, 0, batchOf(batch))).errorCode).toBe(ErrorCode.NONE);
      values.push(...batch);
    }
    const from = dirOf(topic, 0);
    const to = other(from);
    expect((await alter(client, 2, to, topic, [0])).results[0]!.partitions[0]!.errorCode).toBe(ErrorCode.NONE);

    const producer = await WireClient.connect(tb.broker.port);
    let producing = true;
    let n = 0;
    const produced = (async () => {
      while (producing) {
        const value = `live-${n++}`;
        const r = await produceOne(producer, 9, topic, 0, batchOf([value]));
        expect(r.errorCode).toBe(ErrorCode.NONE);
        values.push(value);
        await new Promise((r) => setTimeout(r, 2));
      }
    })();

    // While it runs: the current replica in its dir, the future one in the target dir, behind it.
    const during = await client.request(DescribeLogDirsApi, 2, { topics: [{ topic, partitions: [0] }] });
    const byDir = new Map(during.results.map((r) => [r.logDir, r.topics.find((t) => t.name === topic)!.partitions]));
    expect(byDir.get(from)).toEqual([
      { partitionIndex: 0, partitionSize: expect.any(Number), offsetLag: 0, isFutureKey: false },
    ]);
    const [future] = byDir.get(to)!;
    expect(future!.isFutureKey).toBe(true);
    expect(future!.offsetLag).toBeGreaterThan(0);
    expect(future!.partitionSize).toBeLessThan(byDir.get(from)![0]!.partitionSize);
    expect(existsSync(join(to, `${topic}-0`))).toBe(false);
    expect(readdirSync(to).some((d) => /^busy-0\.[0-9a-f]{32}-future$/.test(d))).toBe(true);

    await waitFor(moved(topic, to), 15_000);
    const afterMove = n;
    // Records were produced while the copy ran, and go on after the swap.
    expect(afterMove).toBeGreaterThan(0);
    await waitFor(() => n >= afterMove + 20, 5000);
    producing = false;
    await produced;
    producer.destroy();

    const read = await readAll(client, topic, 0);
    expect(read.map((r) => r.offset)).toEqual(read.map((_, i) => i));
    expect(read.map((r) => r.value)).toEqual(values);

    const after = await client.request(DescribeLogDirsApi, 2, { topics: [{ topic, partitions: [0] }] });
    const partitionsIn = (dir: string) =>
      after.results.find((r) => r.logDir === dir)!.topics.find((t) => t.name === topic)?.partitions;
    expect(partitionsIn(from) ?? []).toEqual([]);
    expect(partitionsIn(to)).toEqual([
      { partitionIndex: 0, partitionSize: tb.broker.replicas.log(topic, 0)!.size, offsetLag: 0, isFutureKey: false },
    ]);
  });

  it('after a restart the moved logs are read from their new dir', async () => {
    const before = await readAll(client, 'busy', 0);
    const where = dirOf('busy', 0);
    client.destroy();
    await tb.stop();
    await start();
    expect(dirOf('busy', 0)).toBe(where);
    expect(existsSync(join(other(where), 'busy-0'))).toBe(false);
    expect(await readAll(client, 'busy', 0)).toEqual(before);
    expect((await readAll(client, 'move-v0', 0)).map((r) => r.value)).toEqual([
      'a0',
      'b0',
      'a1',
      'b1',
      'a2',
      'b2',
      'after',
    ]);
  });

  it('a stop during a move discards the future log and keeps the current one whole', async () => {
    await create(client, 'cut');
    for (let i = 0; i < 40; i++)
      expect((await produceOne(client, 9, 'cut', 0, batchOf([`${i}-${'y'.repeat(10_000)}`]))).errorCode).toBe(0);
    const before = await readAll(client, 'cut', 0);
    const from = dirOf('cut', 0);
    const to = other(from);
    expect((await alter(client, 0, to, 'cut', [0])).results[0]!.partitions[0]!.errorCode).toBe(ErrorCode.NONE);
    expect(tb.broker.replicas.replicaMoves).toBe(1);
    client.destroy();
    await tb.stop();
    // The stop dropped the future log; one left by a crash is removed at start-up (written here by hand).
    expect(readdirSync(to).filter((d) => d.startsWith('cut-0'))).toEqual([]);
    const leftover = join(to, `cut-0.${'f'.repeat(32)}-future`);
    mkdirSync(leftover);
    writeFileSync(join(leftover, '00000000000000000000.log'), 'partial');
    await start();
    expect(existsSync(leftover)).toBe(false);
    expect(tb.logs.some((l) => l.msg === 'removing the future log of a replica move cut short by a stop')).toBe(true);
    expect(dirOf('cut', 0)).toBe(from);
    expect(await readAll(client, 'cut', 0)).toEqual(before);
  });

  it('answers KAFKA_STORAGE_ERROR for an offline dir', async () => {
    client.destroy();
    await tb.stop();
    // Dir b is replaced by a file: it is offline at start-up.
    const offline = dirB;
    rmSync(offline, { recursive: true, force: true });
    writeFileSync(offline, 'not a directory');
    await start();
    const res = await alter(client, 2, offline, 'refused', [0, 1]);
    expect(res.results[0]!.partitions.map((p) => p.errorCode)).toEqual([
      ErrorCode.KAFKA_STORAGE_ERROR,
      ErrorCode.KAFKA_STORAGE_ERROR,
    ]);
  });
});

describe('AlterReplicaLogDirs with several broker identities', () => {
  it('moves the replica of the identity asked, and answers REPLICA_NOT_AVAILABLE for one it does not hold', async () => {
    const root = mkdtempSync(join(tmpdir(), 'samsa-alter-dirs-multi-'));
    const dirA = resolve(root, 'a');
    const dirB = resolve(root, 'b');
    const tb = await startTestBroker({ 'log.dirs': `${dirA},${dirB}`, 'samsa.broker.count': 2 }, dirA);
    const clients: WireClient[] = [];
    try {
      for (const node of tb.broker.nodes) clients.push(await WireClient.connect(node.port));
      const [one, two] = clients as [WireClient, WireClient];
      await create(one, 'pair', 2);
      expect(tb.broker.cluster.topicByName('pair')!.partitions.map((p) => p.replicas)).toEqual([[1], [2]]);
      expect((await produceOne(two, 9, 'pair', 1, batchOf(['p', 'q']))).errorCode).toBe(ErrorCode.NONE);

      const notHeld = await alter(one, 2, dirA, 'pair', [1]);
      expect(notHeld.results[0]!.partitions[0]!.errorCode).toBe(ErrorCode.REPLICA_NOT_AVAILABLE);

      const log = tb.broker.replicas.replicaLog('pair', 1, 2)!;
      const from = resolve(dirname(dirname(dirname(log.dir))));
      const to = from === dirA ? dirB : dirA;
      expect((await alter(two, 2, to, 'pair', [1])).results[0]!.partitions[0]!.errorCode).toBe(ErrorCode.NONE);
      await waitFor(
        () => tb.broker.replicas.replicaLog('pair', 1, 2)!.dir === join(to, '.replicas', 'node-2', 'pair-1'),
        5000,
      );
      expect(existsSync(join(from, '.replicas', 'node-2', 'pair-1'))).toBe(false);
      expect((await readAll(two, 'pair', 1)).map((r) => r.value)).toEqual(['p', 'q']);
      const described = await two.request(DescribeLogDirsApi, 4, { topics: [{ topic: 'pair', partitions: [1] }] });
      const where = described.results.filter((r) => r.topics.some((t) => t.name === 'pair' && t.partitions.length > 0));
      expect(where.map((r) => r.logDir)).toEqual([to]);
    } finally {
      for (const c of clients) c.destroy();
      await tb.stop();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
