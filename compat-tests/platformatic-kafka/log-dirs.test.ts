// @platformatic/kafka 1.35.0's AlterReplicaLogDirs v2 (its protocol API; its Admin has no call for it) and
// Admin.describeLogDirs against samsa with two log dirs: a replica moves to the other dir with every record, the
// directory is there on disk, and a dir not in log.dirs answers LOG_DIR_NOT_FOUND.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { startTestBroker, type TestBroker } from '../helpers/broker';
import { platformatic } from '../helpers/platformatic';

jest.setTimeout(60_000);

const LOG_DIR_NOT_FOUND = 57;

describe('@platformatic/kafka moving a replica between log dirs', () => {
  let root: string;
  let dirs: [string, string];
  let broker: TestBroker;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'samsa-compat-plat-dirs-'));
    dirs = [join(root, 'a'), join(root, 'b')];
    broker = await startTestBroker({ dataDir: dirs[0], config: { 'log.dirs': dirs.join(',') } });
  });
  afterAll(async () => {
    await broker?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  test('admin: AlterReplicaLogDirs v2 moves a replica to the other dir; DescribeLogDirs shows it there', async () => {
    const kafka = new Kafka({ clientId: 'plat-dirs', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'plat-move', numPartitions: 1 }] });
    await admin.disconnect();
    const producer = kafka.producer();
    await producer.connect();
    const sent = Array.from({ length: 50 }, (_, i) => `m${i}`);
    await producer.send({ topic: 'plat-move', acks: -1, messages: sent.map((value) => ({ value })) });
    await producer.disconnect();

    const from = dirs.find((d) => existsSync(join(d, 'plat-move-0'))) as string;
    const to = dirs.find((d) => d !== from) as string;
    const refused = await platformatic.alterLogDirs(broker.bootstrap, [
      { path: join(root, 'c'), topics: [{ name: 'plat-move', partitions: [0] }] },
    ]);
    expect(refused).toEqual([
      { topicName: 'plat-move', partitions: [{ partitionIndex: 0, errorCode: LOG_DIR_NOT_FOUND }] },
    ]);
    const moved = await platformatic.alterLogDirs(broker.bootstrap, [
      { path: to, topics: [{ name: 'plat-move', partitions: [0] }] },
    ]);
    expect(moved).toEqual([{ topicName: 'plat-move', partitions: [{ partitionIndex: 0, errorCode: 0 }] }]);

    const deadline = Date.now() + 10_000;
    while (existsSync(join(from, 'plat-move-0')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(join(to, 'plat-move-0'))).toBe(true);
    expect(existsSync(join(from, 'plat-move-0'))).toBe(false);

    const [described] = await platformatic.describeLogDirs(broker.bootstrap, 'plat-move', 0);
    const where = described!.results.filter((r) =>
      r.topics.some((t) => t.name === 'plat-move' && t.partitions.length > 0),
    );
    expect(where.map((r) => r.logDir)).toEqual([to]);
    expect(where[0]!.topics.find((t) => t.name === 'plat-move')!.partitions).toEqual([
      { partitionIndex: 0, partitionSize: expect.any(Number), offsetLag: 0, isFutureKey: false },
    ]);

    const read = await platformatic.read(broker.bootstrap, 'plat-move', 0, 0, sent.length);
    expect(read.records.map((r) => r.value?.toString())).toEqual(sent);
  });
});
