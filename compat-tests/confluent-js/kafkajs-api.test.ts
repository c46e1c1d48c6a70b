// @confluentinc/kafka-javascript 1.10.1 (librdkafka 2.15.1) through its KafkaJS-compatible API, driven by
// js/kafkajs-api.js in child processes: every codec with keys, nulls, binary headers and timestamps, the idempotent
// and the transactional producer (read_committed and read_uncommitted consumers), a group of two with a rebalance and
// commits, and the admin client (topics, metadata, offsets by time, groups, committed offsets, deleting records).
import { Kafka, logLevel, type Admin, type Producer } from 'kafkajs';
import { startTestBroker, type TestBroker } from '../helpers/broker';
import { describeWithClient } from '../helpers/clients';
import { CODEC_IDS, producible, type Codec } from '../helpers/classic-suite';
import { ckjsKafkajs, type GroupMember } from '../helpers/node-clients';
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

describeWithClient('confluent-kafka-javascript', '@confluentinc/kafka-javascript KafkaJS API against samsa', () => {
  let broker: TestBroker;
  let admin: Admin;
  let producer: Producer;
  const members: GroupMember[] = [];

  beforeAll(async () => {
    broker = await startTestBroker({
      config: { 'group.initial.rebalance.delay.ms': 0, 'group.min.session.timeout.ms': 1000 },
    });
    const kafka = new Kafka({ clientId: 'ckjs-kjs-setup', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
    admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: [
        ...Object.keys(CODEC_IDS).map((codec) => ({ topic: `kjs-codec-${codec}`, numPartitions: 1 })),
        ...['idempotent', 'txn', 'times'].map((name) => ({ topic: `kjs-${name}`, numPartitions: 1 })),
        { topic: 'kjs-group', numPartitions: 4 },
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

  test.each(Object.keys(CODEC_IDS) as Codec[])('codecs: %s: records come back byte for byte', async (codec) => {
    const topic = `kjs-codec-${codec}`;
    const records = producible(
      [...textRecords(codec, 0), ...binaryRecords(codec, 0), ...compressibleRecords(codec, 30, 0)],
      { binaryHeaderValues: true },
    );
    expect(await ckjsKafkajs.produce(broker.bootstrap, topic, records, { compression: codec })).toEqual([
      { partition: 0, baseOffset: 0, errorCode: 0 },
    ]);
    const read = await ckjsKafkajs.consume(broker.bootstrap, topic, records.length);
    expect(read.map((r) => r.offset)).toEqual(records.map((_, i) => i));
    expect(actualShape(read, records)).toEqual(expectedShape(records));
    const batches = await storedBatches(broker.bootstrap, topic, 0);
    expect(batches.reduce((n, b) => n + b.recordCount, 0)).toBe(records.length);
    expect(batches.map((b) => b.codec)).toEqual(batches.map(() => CODEC_IDS[codec]));
  });

  test('idempotence: every record stored once, in order', async () => {
    const records: TestRecord[] = Array.from({ length: 100 }, (_, i) => ({
      key: null,
      value: Buffer.from(`i${i}`),
      headers: [],
      timestamp: null,
      partition: 0,
    }));
    expect(await ckjsKafkajs.produce(broker.bootstrap, 'kjs-idempotent', records, { idempotent: true })).toEqual([
      { partition: 0, baseOffset: 0, errorCode: 0 },
    ]);
    const read = await ckjsKafkajs.consume(broker.bootstrap, 'kjs-idempotent', records.length, { lingerMs: 500 });
    expect(read.map((r) => r.value?.toString())).toEqual(records.map((r) => r.value?.toString()));
  });

  test('transactions: read_committed skips the aborted one, read_uncommitted sees all', async () => {
    const batch = (tag: string): TestRecord[] =>
      [0, 1].map((i) => ({ key: null, value: Buffer.from(`${tag}${i}`), headers: [], timestamp: null, partition: 0 }));
    const outcomes = await ckjsKafkajs.transactions(broker.bootstrap, 'kjs-txn', 'kjs-txn-id', [
      { records: batch('a'), outcome: 'commit' },
      { records: batch('x'), outcome: 'abort' },
      { records: batch('b'), outcome: 'commit' },
    ]);
    expect(outcomes).toEqual(['commit', 'abort', 'commit']);
    const committed = await ckjsKafkajs.consume(broker.bootstrap, 'kjs-txn', 4, { lingerMs: 1500 });
    expect(committed.map((r) => r.value?.toString())).toEqual(['a0', 'a1', 'b0', 'b1']);
    const all = await ckjsKafkajs.consume(broker.bootstrap, 'kjs-txn', 6, { readUncommitted: true, lingerMs: 1000 });
    expect(all.map((r) => r.value?.toString())).toEqual(['a0', 'a1', 'x0', 'x1', 'b0', 'b1']);
  });

  test('groups: a group of two, a rebalance shares the partitions, commits hold, every record read once', async () => {
    const send = (from: number, count: number): Promise<unknown> =>
      producer.send({
        topic: 'kjs-group',
        messages: Array.from({ length: count }, (_, i) => ({ value: `g${from + i}`, partition: (from + i) % 4 })),
      });
    await send(0, 40);
    const first = ckjsKafkajs.group(broker.bootstrap, 'kjs-group-g', 'kjs-group');
    members.push(first);
    await first.waitFor((m) => m.records.length === 40, 'the first member to read all 40 records');
    const second = ckjsKafkajs.group(broker.bootstrap, 'kjs-group-g', 'kjs-group');
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
    const offsets = await ckjsKafkajs.admin<
      Array<{ topic: string; partitions: Array<{ partition: number; offset: string }> }>
    >(broker.bootstrap, 'fetchOffsets', { groupId: 'kjs-group-g', topics: ['kjs-group'] });
    expect(offsets[0]?.partitions.map((p) => [p.partition, p.offset]).sort()).toEqual(
      [0, 1, 2, 3].map((p) => [p, '20']),
    );
  });

  test('admin: topics, metadata, offsets by time, groups, deleting records', async () => {
    const ask = <T>(operation: string, ...args: unknown[]): Promise<T> =>
      ckjsKafkajs.admin<T>(broker.bootstrap, operation, ...args);
    expect(await ask('createTopics', { topics: [{ topic: 'kjs-made', numPartitions: 2 }] })).toBe(true);
    expect(await ask<string[]>('listTopics')).toContain('kjs-made');
    const md = await ask<
      Array<{
        name: string;
        isInternal: boolean;
        partitions: Array<{ partitionId: number; leaderNode: { host: string; port: number } }>;
      }>
    >('fetchTopicMetadata', { topics: ['kjs-made'] });
    expect(
      md.map((t) => [
        t.name,
        t.isInternal,
        t.partitions.map((p) => [p.partitionId, p.leaderNode.host, p.leaderNode.port]),
      ]),
    ).toEqual([['kjs-made', false, [0, 1].map((p) => [p, broker.host, broker.port])]]);

    const base = 1_695_000_000_000;
    await ckjsKafkajs.produce(
      broker.bootstrap,
      'kjs-times',
      [0, 10, 20, 30].map((d) => ({
        key: null,
        value: Buffer.from(`t${d}`),
        headers: [],
        timestamp: base + d,
        partition: 0,
      })),
      { compression: 'gzip' },
    );
    expect(await ask('fetchTopicOffsets', 'kjs-times')).toEqual([
      expect.objectContaining({ partition: 0, offset: '4', high: '4', low: '0' }),
    ]);
    expect(await ask('fetchTopicOffsetsByTimestamp', 'kjs-times', base + 15)).toEqual([{ partition: 0, offset: '2' }]);

    expect(
      await ask('deleteTopicRecords', { topic: 'kjs-times', partitions: [{ partition: 0, offset: '1' }] }),
    ).toEqual([expect.objectContaining({ topic: 'kjs-times', partition: 0, lowWatermark: 1 })]);
    expect(await ask('fetchTopicOffsets', 'kjs-times')).toEqual([
      expect.objectContaining({ partition: 0, low: '1', high: '4' }),
    ]);

    await admin.setOffsets({ groupId: 'kjs-adm-g', topic: 'kjs-made', partitions: [{ partition: 1, offset: '0' }] });
    const listed = await ask<{ groups: Array<{ groupId: string; protocolType: string }> }>('listGroups');
    expect(listed.groups.map((g) => g.groupId)).toContain('kjs-adm-g');
    const described = await ask<{ groups: Array<{ groupId: string; members: unknown[] }> }>('describeGroups', [
      'kjs-adm-g',
    ]);
    expect(described.groups.map((g) => [g.groupId, g.members])).toEqual([['kjs-adm-g', []]]);
    expect(await ask('deleteGroups', ['kjs-adm-g'])).toEqual([
      expect.objectContaining({ groupId: 'kjs-adm-g', errorCode: 0 }),
    ]);

    expect(await ask('deleteTopics', { topics: ['kjs-made'] })).toEqual([null]);
    expect(await ask<string[]>('listTopics')).not.toContain('kjs-made');
  });
});
