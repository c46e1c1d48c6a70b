/**
 * Brokers in child processes under `ulimit -n`: the descriptors storage holds are bounded by its budget, not by
 * partitions × segments. Under 256 (a macOS shell's default) a consumer group (50 `__consumer_offsets` partitions) and
 * a 30-partition topic produce, consume, restart and read back through kafkajs; under 4,096, 10,000 partitions are
 * created, written and, after a restart, every one read back; and a budget the limit cannot honour makes CreateTopics
 * fail with KAFKA_STORAGE_ERROR, leaving no topic behind, while the broker keeps serving.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { CreateTopicsApi, ErrorCode, FetchApi, MetadataApi, ProduceApi, ZERO_UUID } from '@samsa/protocol';
import { defaultMaxOpenFiles } from '@samsa/storage';
import { buildCli, startChildBroker, type ChildBroker } from '../helpers/child-broker';
import { batchOf, decodeRecords, fetchRequest } from '../helpers/records';
import { WireClient } from '../helpers/wire-client';

/** `promise`, or a rejection naming `what` once `ms` have passed (a broker out of descriptors makes clients retry on). */
async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

const failures = (b: ChildBroker): unknown[] =>
  b.lines.filter((l) => (l.level as number) >= 50 || /EMFILE|ENFILE/.test(JSON.stringify(l)));

describe('brokers under an open-file limit', () => {
  const dirs: string[] = [];
  const running: ChildBroker[] = [];
  beforeAll(() => buildCli(), 180_000);
  afterEach(async () => {
    await Promise.all(running.splice(0).map((b) => b.stop()));
    dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
  });
  const dataDir = (): string => {
    const d = mkdtempSync(join(tmpdir(), 'samsa-fd-limit-'));
    dirs.push(d);
    return d;
  };
  const start = async (
    dir: string,
    openFileLimit: number,
    config: Record<string, string | number> = {},
  ): Promise<ChildBroker> => {
    const b = await startChildBroker({ dataDir: dir, openFileLimit, config, startTimeoutMs: 120_000 });
    running.push(b);
    return b;
  };
  const stop = async (b: ChildBroker): Promise<number | null> => {
    running.splice(running.indexOf(b), 1);
    return b.stop();
  };

  it('ulimit -n 256: a consumer group and a 30-partition topic produce, consume, restart and read back', async () => {
    const dir = dataDir();
    let broker = await start(dir, 256);
    const values = (round: number): string[] => Array.from({ length: 30 * 4 }, (_, i) => `round${round}-${i}`);

    const kafka = (b: ChildBroker): Kafka =>
      new Kafka({
        clientId: 'fd-limit',
        brokers: [`127.0.0.1:${b.port}`],
        logLevel: logLevel.NOTHING,
        retry: { retries: 8 },
      });
    const consumeAll = async (k: Kafka, groupId: string, count: number): Promise<string[]> => {
      const consumer: Consumer = k.consumer({
        groupId,
        maxWaitTimeInMs: 100,
        sessionTimeout: 10_000,
        heartbeatInterval: 1_000,
      });
      const seen: string[] = [];
      try {
        await within(
          60_000,
          `consuming ${count} records as ${groupId}`,
          (async () => {
            await consumer.connect();
            await consumer.subscribe({ topic: 'wide', fromBeginning: true });
            await new Promise<void>((resolve) => {
              void consumer.run({
                autoCommitInterval: 100,
                eachMessage: async ({ message }) => {
                  seen.push(String(message.value));
                  if (seen.length === count) resolve();
                },
              });
            });
          })(),
        );
      } finally {
        await consumer.disconnect();
      }
      return seen;
    };

    let k = kafka(broker);
    const admin = k.admin();
    await admin.connect();
    expect(await admin.createTopics({ topics: [{ topic: 'wide', numPartitions: 30 }] })).toBe(true);
    await admin.disconnect();
    const producer = k.producer();
    try {
      await within(
        60_000,
        'producing',
        (async () => {
          await producer.connect();
          await producer.send({ topic: 'wide', messages: values(1).map((value, i) => ({ value, partition: i % 30 })) });
        })(),
      );
    } finally {
      await producer.disconnect();
    }
    expect((await consumeAll(k, 'readers', 120)).sort()).toEqual(values(1).sort());
    expect(broker.openDescriptors()).toBeLessThan(256);
    expect(failures(broker)).toEqual([]);
    expect(await stop(broker)).toBe(0);

    broker = await start(dir, 256);
    k = kafka(broker);
    const again = k.producer();
    try {
      await within(
        60_000,
        'producing after the restart',
        (async () => {
          await again.connect();
          await again.send({ topic: 'wide', messages: values(2).map((value, i) => ({ value, partition: i % 30 })) });
        })(),
      );
    } finally {
      await again.disconnect();
    }
    // The group resumes from its committed offsets; a new group reads everything the first broker run wrote too.
    expect((await consumeAll(k, 'readers', 120)).sort()).toEqual(values(2).sort());
    expect((await consumeAll(k, 'latecomers', 240)).sort()).toEqual([...values(1), ...values(2)].sort());
    expect(failures(broker)).toEqual([]);
    expect(broker.stderr()).toBe('');
    expect(broker.lines.find((l) => l.msg === 'storage open-file budget')).toMatchObject({
      maxOpenFiles: defaultMaxOpenFiles(256),
      softLimit: 256,
    });
    expect(await stop(broker)).toBe(0);
  }, 180_000);

  it('ulimit -n 4096: 10,000 partitions created, each written, and after a restart each read back', async () => {
    const dir = dataDir();
    const PARTITIONS = 10_000;
    const PER_REQUEST = 1_000;
    let broker = await start(dir, 4096);
    let client = await WireClient.connect(broker.port);
    try {
      const [created] = (
        await client.request(CreateTopicsApi, 7, {
          topics: [{ name: 'many', numPartitions: PARTITIONS, replicationFactor: 1, assignments: [], configs: [] }],
          timeoutMs: 600_000,
          validateOnly: false,
        })
      ).topics;
      expect(created).toMatchObject({ errorCode: ErrorCode.NONE, numPartitions: PARTITIONS });
      for (let from = 0; from < PARTITIONS; from += PER_REQUEST) {
        const partitionData = Array.from({ length: PER_REQUEST }, (_, i) => ({
          index: from + i,
          records: batchOf([`value-${from + i}`]),
        }));
        const res = await client.request(ProduceApi, 9, {
          transactionalId: null,
          acks: -1,
          timeoutMs: 30_000,
          topicData: [{ name: 'many', partitionData }],
        });
        const codes = res.responses[0]!.partitionResponses.map((p) => p.errorCode);
        expect(codes.filter((c) => c !== ErrorCode.NONE)).toEqual([]);
      }
      expect(broker.openDescriptors()).toBeLessThan(4096);
    } finally {
      client.destroy();
    }
    expect(failures(broker)).toEqual([]);
    expect(await stop(broker)).toBe(0);

    broker = await start(dir, 4096);
    client = await WireClient.connect(broker.port);
    try {
      const md = await client.request(MetadataApi, 12, {
        topics: [{ name: 'many', topicId: ZERO_UUID }],
        allowAutoTopicCreation: false,
        includeTopicAuthorizedOperations: false,
      });
      expect(md.topics[0]!.partitions.filter((p) => p.leaderId !== 1)).toEqual([]);
      for (let from = 0; from < PARTITIONS; from += PER_REQUEST) {
        const targets = Array.from({ length: PER_REQUEST }, (_, i) => ({
          topic: 'many',
          partition: from + i,
          offset: 0,
        }));
        const res = await client.request(FetchApi, 12, fetchRequest(targets));
        const partitions = res.responses[0]!.partitions;
        expect(partitions).toHaveLength(PER_REQUEST);
        for (const p of partitions) {
          expect(p.errorCode).toBe(ErrorCode.NONE);
          expect((await decodeRecords(p.records)).map((r) => r.value)).toEqual([`value-${p.partitionIndex}`]);
        }
      }
      expect(broker.openDescriptors()).toBeLessThan(4096);
    } finally {
      client.destroy();
    }
    expect(failures(broker)).toEqual([]);
    expect(await stop(broker)).toBe(0);
    // 10,000 partitions created, written, restarted and read back on disk: 2.5-5 minutes on two shared cores.
  }, 600_000);

  it('a budget the limit cannot honour: CreateTopics answers KAFKA_STORAGE_ERROR, leaves no topic, and the broker serves on', async () => {
    const dir = dataDir();
    // 10,000 segment files may stay open, but the process may open 128 descriptors.
    const broker = await start(dir, 128, { 'samsa.max.open.files': 10_000 });
    const client = await WireClient.connect(broker.port);
    try {
      const create = async (name: string, numPartitions: number) =>
        (
          await client.request(CreateTopicsApi, 7, {
            topics: [{ name, numPartitions, replicationFactor: 1, assignments: [], configs: [] }],
            timeoutMs: 60_000,
            validateOnly: false,
          })
        ).topics[0]!;
      const refused = await create('toomany', 200);
      expect(refused.errorCode).toBe(ErrorCode.KAFKA_STORAGE_ERROR);
      expect(refused.errorMessage).toMatch(/EMFILE/);
      const md = await client.request(MetadataApi, 12, {
        topics: [{ name: 'toomany', topicId: ZERO_UUID }],
        allowAutoTopicCreation: false,
        includeTopicAuthorizedOperations: false,
      });
      expect(md.topics[0]!.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
      expect(readdirSync(dir).filter((n) => n.startsWith('toomany-'))).toEqual([]);
      // The rollback gave the descriptors back: a topic that fits is created and written.
      const fits = await create('fits', 5);
      expect(fits.errorCode).toBe(ErrorCode.NONE);
      const res = await client.request(ProduceApi, 9, {
        transactionalId: null,
        acks: -1,
        timeoutMs: 5_000,
        topicData: [
          { name: 'fits', partitionData: [0, 1, 2, 3, 4].map((index) => ({ index, records: batchOf(['ok']) })) },
        ],
      });
      expect(res.responses[0]!.partitionResponses.map((p) => p.errorCode)).toEqual([0, 0, 0, 0, 0]);
      expect(existsSync(join(dir, 'fits-4'))).toBe(true);
    } finally {
      client.destroy();
    }
    expect(await stop(broker)).toBe(0);
  }, 120_000);
});
