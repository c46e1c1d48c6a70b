import { CompressionCodecs, CompressionTypes, Kafka, logLevel, type Producer } from 'kafkajs';
import { ErrorCode, MetadataApi, ProduceApi, ZERO_UUID, compressBatch, writeInt64 } from '@samsa/protocol';
import { startTestBroker, waitFor, type TestBroker } from '../helpers/test-broker';
import { WireClient } from '../helpers/wire-client';
import {
  batchOf,
  decodeBatches,
  decodeRecords,
  fetch,
  legacyMessageSet,
  parseLegacy,
  produce,
  produceOne,
} from '../helpers/records';

// kafkajs ships gzip only; snappy comes from the codec package its users register.
CompressionCodecs[CompressionTypes.Snappy] = require('kafkajs-snappy');

const HOUR = 3_600_000;

describe('Produce', () => {
  let tb: TestBroker;
  let client: WireClient;
  let kafka: Kafka;
  let producer: Producer;
  let n = 0;

  beforeAll(async () => {
    tb = await startTestBroker();
    kafka = new Kafka({
      clientId: 'produce-test',
      brokers: [tb.broker.bootstrapServers],
      logLevel: logLevel.NOTHING,
      retry: { retries: 0 },
    });
    producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    client = await WireClient.connect(tb.broker.port);
  });
  afterAll(async () => {
    client.destroy();
    await producer.disconnect();
    await tb.dispose();
  });

  function topic(configs: Record<string, string> = {}, partitions = 1): string {
    const name = `produce-${n++}`;
    tb.broker.cluster.createTopic({
      name,
      numPartitions: partitions,
      replicationFactor: 1,
      assignments: [],
      configs: Object.entries(configs).map(([k, v]) => ({ name: k, value: v })),
    });
    return name;
  }

  async function readAll(name: string, partition = 0, version = 12) {
    const res = await fetch(client, version, [{ topic: name, partition, offset: 0, partitionMaxBytes: 10 << 20 }]);
    const p = res.responses[0]!.partitions[0]!;
    expect(p.errorCode).toBe(ErrorCode.NONE);
    return { partition: p, batches: await decodeBatches(p.records) };
  }

  describe('with kafkajs', () => {
    it('appends gzip batches with headers, null keys and null values, offsets in order', async () => {
      const name = topic();
      const first = await producer.send({
        topic: name,
        compression: CompressionTypes.GZIP,
        messages: [
          { key: 'k1', value: 'v1', headers: { trace: 'abc', empty: '' } },
          { key: null, value: 'no key' },
          { key: 'tombstone', value: null },
        ],
      });
      expect(first[0]).toMatchObject({ errorCode: 0, baseOffset: '0', logAppendTime: '-1', logStartOffset: '0' });
      const second = await producer.send({ topic: name, messages: [{ value: 'after' }] });
      expect(second[0]).toMatchObject({ errorCode: 0, baseOffset: '3' });

      const { batches, partition } = await readAll(name);
      expect(partition.highWatermark).toBe(4);
      expect(batches.map((b) => b.compression)).toEqual([1, 0]); // stored as the producer compressed them
      expect(batches.flatMap((b) => b.records).map((r) => [r.offset, r.key, r.value])).toEqual([
        [0, 'k1', 'v1'],
        [1, null, 'no key'],
        [2, 'tombstone', null],
        [3, null, 'after'],
      ]);
      expect(batches[0]!.records[0]!.headers).toEqual({ trace: 'abc', empty: '' });
    });

    it('acks 0, 1 and -1 all append; acks=0 gets no response', async () => {
      const name = topic();
      const acks0 = await producer.send({ topic: name, acks: 0, messages: [{ value: 'a0' }] });
      expect(acks0).toEqual([]);
      await waitFor(() => tb.broker.replicas.log(name, 0)!.logEndOffset === 1);
      const acks1 = await producer.send({ topic: name, acks: 1, messages: [{ value: 'a1' }] });
      const acksAll = await producer.send({ topic: name, acks: -1, messages: [{ value: 'a-1' }] });
      expect(acks1[0]!.baseOffset).toBe('1');
      expect(acksAll[0]!.baseOffset).toBe('2');
      expect((await decodeRecords((await readAll(name)).partition.records)).map((r) => r.value)).toEqual([
        'a0',
        'a1',
        'a-1',
      ]);
    });

    it('takes a 1 MiB message when max.message.bytes allows it, and refuses it with MESSAGE_TOO_LARGE when not', async () => {
      const big = 'x'.repeat(1 << 20);
      const roomy = topic({ 'max.message.bytes': String(2 << 20) });
      const ok = await producer.send({ topic: roomy, messages: [{ key: 'big', value: big }] });
      expect(ok[0]!.errorCode).toBe(0);
      const [record] = await decodeRecords((await readAll(roomy)).partition.records);
      expect(record!.value).toHaveLength(1 << 20);

      const strict = topic(); // max.message.bytes defaults to 1048588: a 1 MiB value plus batch overhead is over it
      await expect(producer.send({ topic: strict, messages: [{ value: big }] })).rejects.toMatchObject({
        type: 'MESSAGE_TOO_LARGE',
      });
      expect(tb.broker.replicas.log(strict, 0)!.logEndOffset).toBe(0);
    });

    it('snappy batches round-trip', async () => {
      const name = topic();
      await producer.send({
        topic: name,
        compression: CompressionTypes.Snappy,
        messages: [{ value: 's1' }, { value: 's2' }],
      });
      const { batches } = await readAll(name);
      expect(batches[0]!.compression).toBe(2);
      expect(batches[0]!.records.map((r) => r.value)).toEqual(['s1', 's2']);
    });

    it('fails with UNKNOWN_TOPIC_OR_PARTITION for unknown topics when auto-creation is off, and creates them when on', async () => {
      const off = await startTestBroker({ 'auto.create.topics.enable': false });
      const onKafka = new Kafka({
        brokers: [tb.broker.bootstrapServers],
        logLevel: logLevel.NOTHING,
        retry: { retries: 2 },
      });
      const offKafka = new Kafka({
        brokers: [off.broker.bootstrapServers],
        logLevel: logLevel.NOTHING,
        retry: { retries: 0 },
      });
      const onProducer = onKafka.producer({ allowAutoTopicCreation: true });
      const offProducer = offKafka.producer({ allowAutoTopicCreation: true });
      try {
        await onProducer.connect();
        await offProducer.connect();
        const created = await onProducer.send({ topic: 'auto-created-by-metadata', messages: [{ value: 'v' }] });
        expect(created[0]!.errorCode).toBe(0);
        expect(tb.broker.replicas.log('auto-created-by-metadata', 0)!.logEndOffset).toBe(1);
        await expect(offProducer.send({ topic: 'never-created', messages: [{ value: 'v' }] })).rejects.toThrow();
        expect(off.broker.cluster.topicByName('never-created')).toBeUndefined();
      } finally {
        await onProducer.disconnect();
        await offProducer.disconnect();
        await off.dispose();
      }
      // Produce itself never creates topics (Kafka: only Metadata does).
      const raw = await produceOne(client, 9, 'not-there', 0, batchOf(['x']));
      expect(raw.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
      expect(tb.broker.cluster.topicByName('not-there')).toBeUndefined();
    });
  });

  describe('raw versions', () => {
    it.each([3, 4, 5, 6, 7, 8, 9, 10, 11])('v%i appends one magic-2 batch and reports offsets', async (version) => {
      const name = topic();
      const r1 = await produceOne(client, version, name, 0, batchOf(['a', 'b']));
      const r2 = await produceOne(client, version, name, 0, batchOf(['c']));
      expect(r1).toMatchObject({ errorCode: 0, baseOffset: 0 });
      expect(r2).toMatchObject({ errorCode: 0, baseOffset: 2 });
      if (version >= 2) expect(r2.logAppendTimeMs).toBe(-1);
      if (version >= 5) expect(r2.logStartOffset).toBe(0);
      expect((await decodeRecords((await readAll(name)).partition.records)).map((r) => r.value)).toEqual([
        'a',
        'b',
        'c',
      ]);
    });

    it.each([0, 1] as const)(
      'v%i takes a magic 0 message set (converted to a v2 batch) and fetch v0 returns magic 0',
      async (version) => {
        const name = topic();
        const r = await produceOne(
          client,
          version,
          name,
          0,
          legacyMessageSet(0, [
            { key: 'k', value: 'one' },
            { key: null, value: 'two' },
          ]),
        );
        expect(r).toMatchObject({ errorCode: 0, baseOffset: 0 });
        const { batches } = await readAll(name);
        expect(batches).toHaveLength(1);
        expect(batches[0]!.magic).toBe(2);
        expect(batches[0]!.records.map((x) => [x.offset, x.key, x.value, x.timestamp])).toEqual([
          [0, 'k', 'one', -1],
          [1, null, 'two', -1],
        ]);
        const v0 = await fetch(client, 0, [{ topic: name, partition: 0, offset: 0 }]);
        const legacy = parseLegacy(v0.responses[0]!.partitions[0]!.records as Buffer);
        expect(legacy.map((m) => [m.offset, m.magic, m.key, m.value])).toEqual([
          [0, 0, 'k', 'one'],
          [1, 0, null, 'two'],
        ]);
      },
    );

    it('v2 takes a magic 1 message set and a gzip-wrapped one; fetch v2-3 return magic 1, v4+ magic 2', async () => {
      const name = topic();
      const ts = Date.now() - 1000;
      const plain = await produceOne(
        client,
        2,
        name,
        0,
        legacyMessageSet(1, [{ key: 'a', value: '1', timestamp: ts }]),
      );
      const gz = await produceOne(
        client,
        2,
        name,
        0,
        legacyMessageSet(
          1,
          [
            { key: 'b', value: '2', timestamp: ts + 1 },
            { key: 'c', value: '3', timestamp: ts + 2 },
          ],
          'gzip',
        ),
      );
      expect(plain).toMatchObject({ errorCode: 0, baseOffset: 0, logAppendTimeMs: -1 });
      expect(gz).toMatchObject({ errorCode: 0, baseOffset: 1 });

      const { batches } = await readAll(name, 0, 4);
      expect(batches.map((b) => [b.magic, b.compression])).toEqual([
        [2, 0],
        [2, 1],
      ]);
      expect(batches.flatMap((b) => b.records).map((r) => [r.offset, r.key, r.value, r.timestamp])).toEqual([
        [0, 'a', '1', ts],
        [1, 'b', '2', ts + 1],
        [2, 'c', '3', ts + 2],
      ]);

      for (const version of [2, 3]) {
        const res = await fetch(client, version, [{ topic: name, partition: 0, offset: 0 }]);
        const messages = parseLegacy(res.responses[0]!.partitions[0]!.records as Buffer);
        expect(messages[0]).toMatchObject({ offset: 0, magic: 1, key: 'a', value: '1', timestamp: ts });
        // The gzip batch comes back as one gzip wrapper (attributes codec 1) ending at the last offset.
        expect(messages[1]).toMatchObject({ offset: 2, magic: 1, attributes: 1 });
      }
    });

    it('v3+ requires exactly one magic-2 batch (INVALID_RECORD) and v7+ for zstd (UNSUPPORTED_COMPRESSION_TYPE)', async () => {
      const name = topic();
      const two = Buffer.concat([batchOf(['a']), batchOf(['b'])]);
      expect((await produceOne(client, 9, name, 0, two)).errorCode).toBe(ErrorCode.INVALID_RECORD);
      expect(
        (await produceOne(client, 3, name, 0, legacyMessageSet(1, [{ key: null, value: 'x', timestamp: Date.now() }])))
          .errorCode,
      ).toBe(ErrorCode.INVALID_RECORD);
      expect((await produceOne(client, 9, name, 0, Buffer.alloc(0))).errorCode).toBe(ErrorCode.INVALID_RECORD);
      const zstd = batchOf(['z']);
      zstd.writeInt16BE(zstd.readInt16BE(21) | 4, 21); // claims zstd: the version check comes before anything reads it
      expect((await produceOne(client, 6, name, 0, zstd)).errorCode).toBe(ErrorCode.UNSUPPORTED_COMPRESSION_TYPE);
      expect(tb.broker.replicas.log(name, 0)!.logEndOffset).toBe(0);
    });

    it('answers each partition on its own: one bad partition does not affect the others', async () => {
      const name = topic({}, 3);
      const corrupt = batchOf(['c']);
      corrupt[corrupt.length - 1] ^= 0xff;
      const res = await produce(client, 9, name, [
        { index: 0, records: batchOf(['good-0']) },
        { index: 1, records: corrupt },
        { index: 2, records: batchOf(['good-2']) },
        { index: 7, records: batchOf(['nowhere']) },
      ]);
      expect(res.responses[0]!.partitionResponses.map((p) => [p.index, p.errorCode, p.baseOffset])).toEqual([
        [0, ErrorCode.NONE, 0],
        [1, ErrorCode.CORRUPT_MESSAGE, -1],
        [2, ErrorCode.NONE, 0],
        [7, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, -1],
      ]);
      expect(tb.broker.replicas.log(name, 1)!.logEndOffset).toBe(0);
    });

    it('rejects acks other than -1, 0, 1 with INVALID_REQUIRED_ACKS', async () => {
      const name = topic();
      const res = await produce(client, 9, name, [{ index: 0, records: batchOf(['x']) }], 2);
      expect(res.responses[0]!.partitionResponses[0]).toMatchObject({
        errorCode: ErrorCode.INVALID_REQUIRED_ACKS,
        baseOffset: -1,
      });
      expect(tb.broker.replicas.log(name, 0)!.logEndOffset).toBe(0);
    });

    it('acks=-1 fails with NOT_ENOUGH_REPLICAS when min.insync.replicas exceeds the ISR; acks=1 still appends', async () => {
      const name = topic({ 'min.insync.replicas': '2' });
      expect((await produceOne(client, 9, name, 0, batchOf(['x']), -1)).errorCode).toBe(ErrorCode.NOT_ENOUGH_REPLICAS);
      expect((await produceOne(client, 9, name, 0, batchOf(['x']), 1)).errorCode).toBe(ErrorCode.NONE);
    });

    it('a failed acks=0 produce closes the connection (Kafka does, so the client refreshes metadata)', async () => {
      const c = await WireClient.connect(tb.broker.port);
      const { frame } = c.encode(ProduceApi, 9, {
        transactionalId: null,
        acks: 0,
        timeoutMs: 1000,
        topicData: [{ name: 'no-such-topic', partitionData: [{ index: 0, records: batchOf(['x']) }] }],
      });
      c.sendRaw(frame);
      await c.closed;
      expect(c.isClosed).toBe(true);
    });

    it('a successful acks=0 produce keeps the connection and sends nothing back', async () => {
      const name = topic();
      const c = await WireClient.connect(tb.broker.port);
      const { frame } = c.encode(ProduceApi, 9, {
        transactionalId: null,
        acks: 0,
        timeoutMs: 1000,
        topicData: [{ name, partitionData: [{ index: 0, records: batchOf(['quiet']) }] }],
      });
      c.sendRaw(frame);
      // The next request's response is the first thing to arrive.
      const md = await c.request(MetadataApi, 12, {
        topics: [{ name, topicId: ZERO_UUID }],
        allowAutoTopicCreation: false,
        includeTopicAuthorizedOperations: false,
      });
      expect(md.topics[0]!.errorCode).toBe(0);
      expect(tb.broker.replicas.log(name, 0)!.logEndOffset).toBe(1);
      c.destroy();
    });
  });

  describe('topic settings', () => {
    it('writes the partition leader epoch Metadata reports into every batch', async () => {
      const name = topic();
      await produceOne(client, 9, name, 0, batchOf(['x']));
      const md = await client.request(MetadataApi, 12, {
        topics: [{ name, topicId: ZERO_UUID }],
        allowAutoTopicCreation: false,
        includeTopicAuthorizedOperations: false,
      });
      const { batches } = await readAll(name);
      expect(batches[0]!.partitionLeaderEpoch).toBe(md.topics[0]!.partitions[0]!.leaderEpoch);
    });

    it('LogAppendTime topics stamp the broker time and report it', async () => {
      const name = topic({ 'message.timestamp.type': 'LogAppendTime' });
      const before = Date.now();
      const r = await produceOne(client, 9, name, 0, batchOf(['x'], { timestamp: 12345 }));
      expect(r.logAppendTimeMs).toBeGreaterThanOrEqual(before);
      const { batches } = await readAll(name);
      expect(batches[0]!.timestampType).toBe('LogAppendTime');
      expect(batches[0]!.records[0]!.timestamp).toBe(r.logAppendTimeMs);
    });

    it('rejects CreateTime timestamps outside message.timestamp.{before,after}.max.ms with per-record errors (v8+)', async () => {
      const name = topic({ 'message.timestamp.before.max.ms': String(HOUR) });
      const now = Date.now();
      const future = await produceOne(client, 9, name, 0, batchOf(['f1', 'f2'], { timestamp: now + 2 * HOUR }));
      expect(future.errorCode).toBe(ErrorCode.INVALID_TIMESTAMP);
      expect(future.errorMessage).toBe('One or more records have been rejected due to invalid timestamp');
      expect(future.recordErrors!.map((e) => e.batchIndex)).toEqual([0, 1]);
      expect(future.recordErrors![0]!.batchIndexErrorMessage).toMatch(
        /^Timestamp \d+ of message with offset 0 is out of range\. The timestamp should be within \[\d+, \d+\]$/,
      );
      const past = await produceOne(client, 9, name, 0, batchOf(['p'], { timestamp: now - 2 * HOUR }));
      expect(past.errorCode).toBe(ErrorCode.INVALID_TIMESTAMP);
      // v7 has no record_errors field: only the code.
      const v7 = await produceOne(client, 7, name, 0, batchOf(['f'], { timestamp: now + 2 * HOUR }));
      expect(v7.errorCode).toBe(ErrorCode.INVALID_TIMESTAMP);
      expect(v7.recordErrors).toEqual([]);
      expect((await produceOne(client, 9, name, 0, batchOf(['ok'], { timestamp: now }))).errorCode).toBe(
        ErrorCode.NONE,
      );
      expect(tb.broker.replicas.log(name, 0)!.logEndOffset).toBe(1);
    });

    it('checks timestamps inside compressed batches too', async () => {
      const name = topic();
      await expect(
        producer.send({
          topic: name,
          compression: CompressionTypes.GZIP,
          messages: [{ value: 'now' }, { value: 'later', timestamp: String(Date.now() + 3 * HOUR) }],
        }),
      ).rejects.toMatchObject({ type: 'INVALID_TIMESTAMP' });
      expect(tb.broker.replicas.log(name, 0)!.logEndOffset).toBe(0);
    });

    it('compacted topics refuse records without a key (INVALID_RECORD with record errors)', async () => {
      const name = topic({ 'cleanup.policy': 'compact' });
      const r = await produceOne(client, 9, name, 0, batchOf(['keyed', 'unkeyed'], { keys: ['k', null] }));
      expect(r.errorCode).toBe(ErrorCode.INVALID_RECORD);
      expect(r.recordErrors).toEqual([
        {
          batchIndex: 1,
          batchIndexErrorMessage: `Compacted topic cannot accept message without key in topic partition ${name}-0.`,
        },
      ]);
      expect(r.errorMessage).toMatch(/^One or more records have been rejected due to 1 record errors in total/);
      expect((await produceOne(client, 9, name, 0, batchOf(['v'], { keys: ['k'] }))).errorCode).toBe(ErrorCode.NONE);
    });

    it('recompresses to the topic compression.type, and decompresses for "uncompressed"', async () => {
      const gz = topic({ 'compression.type': 'gzip' });
      await producer.send({ topic: gz, messages: [{ key: 'a', value: 'plain in' }] });
      const stored = (await readAll(gz)).batches;
      expect(stored[0]!.compression).toBe(1);
      expect(stored[0]!.records.map((r) => r.value)).toEqual(['plain in']);

      const none = topic({ 'compression.type': 'uncompressed' });
      await producer.send({
        topic: none,
        compression: CompressionTypes.GZIP,
        messages: [{ value: 'g1' }, { value: 'g2' }],
      });
      const plain = (await readAll(none)).batches;
      expect(plain[0]!.compression).toBe(0);
      expect(plain[0]!.records.map((r) => [r.offset, r.value])).toEqual([
        [0, 'g1'],
        [1, 'g2'],
      ]);
    });

    it('keeps appends in order when some need recompression and others do not', async () => {
      const name = topic({ 'compression.type': 'gzip' });
      const sends = [];
      for (let i = 0; i < 20; i++) {
        // Odd batches arrive gzip-compressed already and need no async work; they must still wait their turn.
        const b = i % 2 === 0 ? batchOf([`m${i}`]) : await compressBatch(batchOf([`m${i}`]), 1);
        sends.push(produceOne(client, 9, name, 0, b));
      }
      const results = await Promise.all(sends);
      expect(results.map((r) => r.baseOffset)).toEqual(Array.from({ length: 20 }, (_, i) => i));
      expect((await decodeRecords((await readAll(name)).partition.records)).map((r) => r.value)).toEqual(
        Array.from({ length: 20 }, (_, i) => `m${i}`),
      );
    });

    it('acks=-1 with samsa.log.flush.on.append answers after the data is on disk', async () => {
      const durable = await startTestBroker({ 'samsa.log.flush.on.append': true });
      try {
        durable.broker.cluster.createTopic({
          name: 'durable',
          numPartitions: 1,
          replicationFactor: 1,
          assignments: [],
          configs: [],
        });
        const c = await WireClient.connect(durable.broker.port);
        const r = await produceOne(c, 9, 'durable', 0, batchOf(['persisted']));
        expect(r.errorCode).toBe(0);
        const log = durable.broker.replicas.log('durable', 0)!;
        expect(log.recoveryPoint).toBe(log.logEndOffset);
        c.destroy();
      } finally {
        await durable.dispose();
      }
    });
  });

  it('applies broker-wide defaults from server.properties keys: message.max.bytes, log.message.timestamp.type, log.segment.bytes', async () => {
    const b = await startTestBroker({
      'message.max.bytes': 700_000,
      'log.message.timestamp.type': 'LogAppendTime',
      'log.segment.bytes': 1 << 20,
    });
    try {
      b.broker.cluster.createTopic({
        name: 'defaults',
        numPartitions: 1,
        replicationFactor: 1,
        assignments: [],
        configs: [],
      });
      const c = await WireClient.connect(b.broker.port);
      expect((await produceOne(c, 9, 'defaults', 0, batchOf(['x'.repeat(800_000)]))).errorCode).toBe(
        ErrorCode.MESSAGE_TOO_LARGE,
      );
      const r = await produceOne(c, 9, 'defaults', 0, batchOf(['x'.repeat(600_000)]));
      expect(r.errorCode).toBe(ErrorCode.NONE);
      expect(r.logAppendTimeMs).toBeGreaterThan(0);
      await produceOne(c, 9, 'defaults', 0, batchOf(['x'.repeat(600_000)]));
      expect(b.broker.replicas.log('defaults', 0)!.segmentCount).toBe(2);
      c.destroy();
    } finally {
      await b.dispose();
    }
  });

  it('writes the base offset the broker assigned, whatever the client put there', async () => {
    const name = topic();
    const b = batchOf(['x']);
    writeInt64(b, 0, 987654);
    await produceOne(client, 9, name, 0, b);
    const { batches } = await readAll(name);
    expect(batches[0]!.baseOffset).toBe(0);
  });
});
