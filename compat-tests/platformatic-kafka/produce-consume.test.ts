// @platformatic/kafka 1.35.0 Producer and Consumer against samsa, without consumer
// groups (Consumer.fetch and listOffsets), driven through js/driver.mjs: every codec
// the client has on Node 20, keys, values, headers (repeated names, null values),
// timestamps, the three acks settings, several partitions and offsets by time.
import type { Admin } from 'kafkajs';
import { connectAdmin } from '../helpers/kafkajs-admin';
import { startTestBroker, type TestBroker } from '../helpers/broker';
import { platformatic } from '../helpers/platformatic';
import {
  actualShape,
  binaryRecords,
  compressibleRecords,
  expectedShape,
  textRecords,
  type TestRecord,
} from '../helpers/records';
import { storedBatches } from '../helpers/stored-batches';

// Real clients start processes and wait on the network; each test gets a minute.
jest.setTimeout(60_000);

// zstd is missing: @platformatic/kafka takes it from node:zlib, which has no zstd before Node 22.15 (FINDINGS.md).
const CODEC_IDS = { none: 0, gzip: 1, snappy: 2, lz4: 3 } as const;
type Codec = keyof typeof CODEC_IDS;

describe('@platformatic/kafka producer / fetch against samsa', () => {
  let broker: TestBroker;
  let admin: Admin;

  beforeAll(async () => {
    broker = await startTestBroker();
    admin = await connectAdmin('compat-platformatic-setup', [broker.bootstrap]);
    await admin.createTopics({
      topics: [
        ...Object.keys(CODEC_IDS).map((codec) => ({ topic: `plat-codec-${codec}`, numPartitions: 1 })),
        ...['acks-0', 'acks-1', 'acks-all', 'times'].map((name) => ({ topic: `plat-${name}`, numPartitions: 1 })),
        { topic: 'plat-four', numPartitions: 4 },
      ],
    });
  });

  afterAll(async () => {
    await admin?.disconnect();
    await broker?.stop();
  });

  test.each(Object.keys(CODEC_IDS) as Codec[])(
    'codecs: compression %s: records come back byte for byte, stored as one batch with that codec',
    async (codec) => {
      const topic = `plat-codec-${codec}`;
      const records: TestRecord[] = [
        ...textRecords(codec, 0),
        ...binaryRecords(codec, 0),
        ...compressibleRecords(codec, 30, 0),
      ];
      expect(await platformatic.produce(broker.bootstrap, topic, records, { compression: codec })).toEqual([
        { partition: 0, offset: 0 },
      ]);

      const read = await platformatic.read(broker.bootstrap, topic, 0, 0, records.length);
      expect(read.records.map((r) => r.offset)).toEqual(records.map((_, i) => i));
      expect(actualShape(read.records, records)).toEqual(expectedShape(records));
      expect(read.highWatermark).toBe(records.length);
      expect(read.logStartOffset).toBe(0);

      expect(await storedBatches(broker.bootstrap, topic, 0)).toEqual([
        expect.objectContaining({
          baseOffset: 0,
          lastOffset: records.length - 1,
          magic: 2,
          codec: CODEC_IDS[codec],
          timestampType: 'CreateTime',
          recordCount: records.length,
        }),
      ]);

      const fromMiddle = await platformatic.read(broker.bootstrap, topic, 0, 7, 3);
      expect(fromMiddle.records.map((r) => r.offset)).toEqual([7, 8, 9]);
    },
  );

  test.each([
    [0, 'plat-acks-0'],
    [1, 'plat-acks-1'],
    [-1, 'plat-acks-all'],
  ])('produce-consume: acks=%s: every record is stored', async (acks, topic) => {
    const records = textRecords(`acks${acks}`, 0);
    const offsets = await platformatic.produce(broker.bootstrap, topic, records, { acks });
    // acks=0 gets no response, so the client learns no offsets.
    expect(offsets).toEqual(acks === 0 ? [] : [{ partition: 0, offset: 0 }]);
    let read = await platformatic.read(broker.bootstrap, topic, 0, 0, records.length);
    for (let attempt = 0; attempt < 20 && read.records.length < records.length; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      read = await platformatic.read(broker.bootstrap, topic, 0, 0, records.length);
    }
    expect(actualShape(read.records, records)).toEqual(expectedShape(records));
  });

  test('produce-consume: one send to four partitions: each partition holds its own records', async () => {
    const records = [0, 1, 2, 3].flatMap((p) => textRecords(`four-${p}`, p).slice(0, 3));
    const offsets = await platformatic.produce(broker.bootstrap, 'plat-four', records, { compression: 'gzip' });
    expect([...offsets].sort((a, b) => a.partition - b.partition)).toEqual(
      [0, 1, 2, 3].map((partition) => ({ partition, offset: 0 })),
    );
    for (const p of [0, 1, 2, 3]) {
      const read = await platformatic.read(broker.bootstrap, 'plat-four', p, 0, 3);
      const expected = records.filter((r) => r.partition === p);
      expect(read.records.map((r) => r.partition)).toEqual([p, p, p]);
      expect(actualShape(read.records, expected)).toEqual(expectedShape(expected));
    }
  });

  test('offsets-by-time: listOffsets: earliest, latest and by timestamp', async () => {
    const base = 1_660_000_000_000;
    const records: TestRecord[] = [0, 10, 20].map((delta, i) => ({
      key: null,
      value: Buffer.from(`t${i}`),
      headers: [],
      timestamp: base + delta,
      partition: 0,
    }));
    await platformatic.produce(broker.bootstrap, 'plat-times', records);
    expect((await platformatic.listOffsets(broker.bootstrap, 'plat-times', 0, -2)).offset).toBe(0);
    expect((await platformatic.listOffsets(broker.bootstrap, 'plat-times', 0, -1)).offset).toBe(3);
    expect(await platformatic.listOffsets(broker.bootstrap, 'plat-times', 0, base + 5)).toEqual({
      offset: 1,
      timestamp: base + 10,
    });
    expect(await platformatic.listOffsets(broker.bootstrap, 'plat-times', 0, base + 20)).toEqual({
      offset: 2,
      timestamp: base + 20,
    });
    expect(await platformatic.listOffsets(broker.bootstrap, 'plat-times', 0, base + 21)).toEqual({
      offset: -1,
      timestamp: -1,
    });
  });
});
