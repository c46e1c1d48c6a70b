// kafka-node 5.0.0 against samsa, through js/driver.js in child processes. kafka-node speaks the 0.9-0.11 era
// protocol: Produce v2 with magic 1 message sets (gzip compresses them into a wrapper message), Fetch v0 from its
// Consumer (magic 0: no timestamps) and Fetch v2 from its ConsumerGroup (magic 1), ListOffsets v0 (offsets before a
// time, by segment), Metadata v0-1, JoinGroup/SyncGroup v0 and OffsetCommit v2. It has no headers, no idempotence
// and no transactions; snappy needs its optional native module, which the install leaves out (FINDINGS.md).
import { Kafka, logLevel, type Admin, type Producer } from 'kafkajs';
import { startTestBroker, type TestBroker } from '../helpers/broker';
import { describeWithClient } from '../helpers/clients';
import { kafkajsConsume } from '../helpers/kafkajs';
import { kafkaNode, type GroupMember } from '../helpers/node-clients';
import {
  actualShape,
  binaryRecords,
  compressibleRecords,
  expectedShape,
  textRecords,
  type TestRecord,
} from '../helpers/records';
import { storedBatches } from '../helpers/stored-batches';

jest.setTimeout(120_000);

const CODEC_IDS = { none: 0, gzip: 1 } as const;
type Codec = keyof typeof CODEC_IDS;

/** Message sets v0/v1 have no headers, and a record needs a key or a value to be worth sending here. */
const legacy = (records: readonly TestRecord[]): TestRecord[] => records.map((r) => ({ ...r, headers: [] }));

describeWithClient('kafka-node', 'kafka-node 5 (Produce v2, magic 0/1) against samsa', () => {
  let broker: TestBroker;
  let kafka: Kafka;
  let admin: Admin;
  let producer: Producer;
  const members: GroupMember[] = [];

  beforeAll(async () => {
    broker = await startTestBroker({
      config: { 'group.initial.rebalance.delay.ms': 0, 'group.min.session.timeout.ms': 1000 },
    });
    kafka = new Kafka({ clientId: 'kafka-node-setup', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
    admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: [
        ...Object.keys(CODEC_IDS).map((codec) => ({ topic: `kn-codec-${codec}`, numPartitions: 1 })),
        { topic: 'kn-meta', numPartitions: 2 },
        { topic: 'kn-now', numPartitions: 1 },
        { topic: 'kn-offsets', numPartitions: 1 },
        { topic: 'kn-group', numPartitions: 4 },
      ],
    });
    producer = kafka.producer();
    await producer.connect();
  });

  afterEach(() => {
    for (const m of members.splice(0)) m.kill();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await admin?.disconnect();
    await broker?.stop();
  });

  test('metadata: v1, the broker and each partition leader', async () => {
    const md = await kafkaNode.metadata<{
      brokers: Record<string, { nodeId: number; host: string; port: number }>;
      topics: Record<string, Record<string, { partition: number; leader: number }>>;
    }>(broker.bootstrap, 'kn-meta');
    const brokers = Object.values(md.brokers);
    expect(brokers.map((b) => [b.host, b.port])).toEqual([[broker.host, broker.port]]);
    expect(Object.values(md.topics['kn-meta'] ?? {}).map((p) => [p.partition, p.leader])).toEqual(
      [0, 1].map((p) => [p, brokers[0]?.nodeId]),
    );
  });

  test.each(Object.keys(CODEC_IDS) as Codec[])(
    'codecs: %s: magic 1 message sets come back byte for byte, with their timestamps',
    async (codec) => {
      const topic = `kn-codec-${codec}`;
      const records = legacy([
        ...textRecords(codec, 0),
        ...binaryRecords(codec, 0),
        ...compressibleRecords(codec, 20, 0),
      ]);
      expect(await kafkaNode.produce(broker.bootstrap, topic, records, { compression: codec })).toEqual({
        [topic]: { 0: 0 },
      });

      // Kafka 3+ stores every write as a v2 batch, keeping the codec and the producer's timestamps.
      const batches = await storedBatches(broker.bootstrap, topic, 0);
      expect(batches.map((b) => [b.magic, b.codec, b.timestampType])).toEqual(
        batches.map(() => [2, CODEC_IDS[codec], 'CreateTime']),
      );
      expect(batches.reduce((n, b) => n + b.recordCount, 0)).toBe(records.length);

      // ConsumerGroup fetches with v2: magic 1, timestamps kept.
      const viaGroup = await kafkaNode.consume(broker.bootstrap, topic, 0, 0, records.length, 'group');
      expect(viaGroup.map((r) => r.offset)).toEqual(records.map((_, i) => i));
      expect(actualShape(viaGroup, records)).toEqual(expectedShape(records));

      // Consumer fetches with v0: magic 0 has no timestamp field.
      const viaV0 = await kafkaNode.consume(broker.bootstrap, topic, 0, 0, records.length, 'simple');
      const noTime = records.map((r) => ({ ...r, timestamp: -1 }));
      expect(actualShape(viaV0, noTime)).toEqual(expectedShape(noTime));

      // A v2 client reads the converted records with their timestamps and no headers.
      const viaKafkajs = await kafkajsConsume(kafka, topic, { count: records.length });
      expect(actualShape(viaKafkajs, records)).toEqual(expectedShape(records));

      const fromMiddle = await kafkaNode.consume(broker.bootstrap, topic, 0, 7, 3, 'simple');
      expect(fromMiddle.map((r) => r.offset)).toEqual([7, 8, 9]);
    },
  );

  test('records: HighLevelProducer without timestamps: the client clock is kept', async () => {
    const before = Date.now();
    const records: TestRecord[] = [
      { key: Buffer.from('k'), value: Buffer.from('now'), headers: [], timestamp: null, partition: 0 },
    ];
    expect(await kafkaNode.produce(broker.bootstrap, 'kn-now', records, { producer: 'HighLevelProducer' })).toEqual({
      'kn-now': { 0: 0 },
    });
    const [read] = await kafkaNode.consume(broker.bootstrap, 'kn-now', 0, 0, 1, 'group');
    expect(read?.value?.toString()).toBe('now');
    expect(read?.timestamp).toBeGreaterThanOrEqual(before - 1000);
    expect(read?.timestamp).toBeLessThanOrEqual(Date.now() + 1000);
  });

  test('offsets-by-time: ListOffsets v0, latest, earliest, and offsets before a time (by segment, as Kafka answers v0)', async () => {
    const records: TestRecord[] = Array.from({ length: 5 }, (_, i) => ({
      key: null,
      value: Buffer.from(`o${i}`),
      headers: [],
      timestamp: null,
      partition: 0,
    }));
    await kafkaNode.produce(broker.bootstrap, 'kn-offsets', records);
    expect(await kafkaNode.offsets(broker.bootstrap, 'kn-offsets', 0, -1)).toEqual([5]);
    expect(await kafkaNode.offsets(broker.bootstrap, 'kn-offsets', 0, -2)).toEqual([0]);
    // Before a future time: the log end offset, then each segment's base offset, newest first.
    expect(await kafkaNode.offsets(broker.bootstrap, 'kn-offsets', 0, Date.now() + 3_600_000, 10)).toEqual([5, 0]);
    // Before a time older than the only segment: nothing.
    expect(await kafkaNode.offsets(broker.bootstrap, 'kn-offsets', 0, 1_000_000_000_000, 10)).toEqual([]);
  });

  test('groups: a ConsumerGroup of two, a rebalance shares the partitions, commits (v2) hold, every record read once', async () => {
    const topic = 'kn-group';
    const group = 'kn-group-g';
    const send = (from: number, count: number): Promise<unknown> =>
      producer.send({
        topic,
        messages: Array.from({ length: count }, (_, i) => ({ value: `g${from + i}`, partition: (from + i) % 4 })),
      });
    await send(0, 40);
    const first = kafkaNode.group(broker.bootstrap, group, topic);
    members.push(first);
    await first.waitFor((m) => m.records.length === 40, 'the first member to read all 40 records');
    expect(first.assignment).toEqual([0, 1, 2, 3]);

    const second = kafkaNode.group(broker.bootstrap, group, topic);
    members.push(second);
    await second.waitFor((m) => m.assignment.length > 0, 'the second member to get partitions');
    await first.waitFor(
      (m) => m.assignment.length > 0 && m.assignment.length < 4,
      'the first member to give partitions up',
    );
    expect([...first.assignment, ...second.assignment].sort()).toEqual([0, 1, 2, 3]);

    await send(40, 40);
    await first.waitFor(
      () => first.records.length + second.records.length >= 80,
      'both members to read the next 40 records',
    );
    expect([...first.records, ...second.records].map((r) => r.value).sort()).toEqual(
      Array.from({ length: 80 }, (_, i) => `g${i}`).sort(),
    );

    await second.stop();
    await first.stop();
    expect(await kafkaNode.committed(broker.bootstrap, group, topic, [0, 1, 2, 3])).toEqual(
      [0, 1, 2, 3].map((partition) => ({ partition, offset: 20 })),
    );
  });

  test('admin: createTopics, listTopics, listGroups, describeGroups, describeConfigs', async () => {
    expect(
      await kafkaNode.admin(broker.bootstrap, 'create-topics', {
        topics: [{ topic: 'kn-made', partitions: 3, replicationFactor: 1 }],
      }),
    ).toEqual([]);
    const created = await kafkaNode.admin<[unknown, { metadata: Record<string, Record<string, unknown>> }]>(
      broker.bootstrap,
      'list-topics',
    );
    expect(Object.keys(created[1].metadata['kn-made'] ?? {})).toEqual(['0', '1', '2']);
    const again = await kafkaNode.admin<Array<{ topic: string; error: string }>>(broker.bootstrap, 'create-topics', {
      topics: [{ topic: 'kn-made', partitions: 1, replicationFactor: 1 }],
    });
    expect(again).toEqual([{ topic: 'kn-made', error: expect.stringMatching(/already exists/i) }]);

    await admin.setOffsets({ groupId: 'kn-admin-g', topic: 'kn-made', partitions: [{ partition: 0, offset: '0' }] });
    expect(await kafkaNode.admin<Record<string, string>>(broker.bootstrap, 'list-groups')).toEqual(
      expect.objectContaining({ 'kn-admin-g': 'consumer' }),
    );
    const described = await kafkaNode.admin<
      Record<string, { groupId: string; state: string; members: unknown[]; error?: unknown }>
    >(broker.bootstrap, 'describe-groups', { groups: ['kn-admin-g'] });
    expect(described['kn-admin-g']).toEqual(
      expect.objectContaining({ groupId: 'kn-admin-g', state: 'Empty', members: [] }),
    );

    const configs = await kafkaNode.admin<
      Array<{ resourceName: string; configEntries: Array<{ configName: string; configValue: string }> }>
    >(broker.bootstrap, 'describe-configs', {
      resources: [{ resourceType: 'topic', resourceName: 'kn-made', configNames: ['cleanup.policy', 'retention.ms'] }],
      includeSynonyms: false,
    });
    expect(configs[0]?.resourceName).toBe('kn-made');
    expect(configs[0]?.configEntries.map((e) => [e.configName, e.configValue]).sort()).toEqual([
      ['cleanup.policy', 'delete'],
      ['retention.ms', '604800000'],
    ]);
  });
});
