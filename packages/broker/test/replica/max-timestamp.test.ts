// A CreateTime batch's maxTimestamp over the wire: Kafka's LogValidator rewrites it from the records (with the CRC),
// so a producer that leaves it at -1 (sarama before 1.23) still gets lookups by time, MAX_TIMESTAMP and time
// retention right. samsa recomputes a header that cannot be right (-1, below the base timestamp, past the clock's
// allowed lead); the stored header must hold the records' largest timestamp and a valid CRC.
import {
  buildRecordBatch,
  compressBatch,
  computeBatchCrc,
  CompressionCodec,
  ErrorCode,
  ListOffsetsApi,
  readBatchHeader,
  updateBatchCrc,
  writeInt64,
  MAX_TIMESTAMP_OFFSET,
  type ListOffsetsRequest,
} from '@samsa/protocol';
import { startTestBroker, type TestBroker } from '../helpers/test-broker';
import { WireClient } from '../helpers/wire-client';
import { decodeBatches, fetch, produceOne } from '../helpers/records';

const DAY = 86_400_000;
const MAX_TIMESTAMP = -3;
// Largest timestamp on the third record (offset base + 2), not the last one.
const DELTAS = [0, 10, 30, 20] as const;

/** One batch of DELTAS records from t0 whose header maxTimestamp is then overwritten (CRC recomputed, as a producer would). */
async function batchWithMax(t0: number, headerMax: number, codec: CompressionCodec | null): Promise<Buffer> {
  const plain = buildRecordBatch({
    baseTimestamp: t0,
    records: DELTAS.map((d) => ({
      key: Buffer.from(`k${d}`),
      value: Buffer.from(`value at +${d} `.repeat(20)),
      timestamp: t0 + d,
    })),
  });
  const batch = codec === null ? plain : await compressBatch(plain, codec);
  writeInt64(batch, MAX_TIMESTAMP_OFFSET, headerMax);
  updateBatchCrc(batch);
  return batch;
}

describe('CreateTime maxTimestamp recomputed from the records', () => {
  let tb: TestBroker;
  let client: WireClient;
  let n = 0;
  const t0 = Date.now() - 2 * DAY;

  beforeAll(async () => {
    tb = await startTestBroker();
    client = await WireClient.connect(tb.broker.port);
  });

  afterAll(async () => {
    client.destroy();
    await tb.dispose();
  });

  function topic(configs: Record<string, string> = {}): string {
    const name = `max-ts-${n++}`;
    const entries = Object.entries(configs).map(([k, v]) => ({ name: k, value: v }));
    tb.broker.cluster.createTopic({ name, numPartitions: 1, replicationFactor: 1, assignments: [], configs: entries });
    return name;
  }

  async function storedBatches(name: string): Promise<Buffer[]> {
    const res = await fetch(client, 12, [{ topic: name, partition: 0, offset: 0 }]);
    const p = res.responses[0]!.partitions[0]!;
    expect(p.errorCode).toBe(ErrorCode.NONE);
    const data = p.records as Buffer;
    const out: Buffer[] = [];
    for (let off = 0; off < data.length; off += 12 + data.readInt32BE(off + 8))
      out.push(data.subarray(off, off + 12 + data.readInt32BE(off + 8)));
    return out;
  }

  async function lookup(
    name: string,
    version: number,
    timestamp: number,
  ): Promise<{ offset: number; timestamp: number }> {
    const request: ListOffsetsRequest = {
      replicaId: -1,
      isolationLevel: 0,
      timeoutMs: 0,
      topics: [{ name, partitions: [{ partitionIndex: 0, currentLeaderEpoch: -1, timestamp, maxNumOffsets: 1 }] }],
    };
    const p = (await client.request(ListOffsetsApi, version, request)).topics[0]!.partitions[0]!;
    expect(p.errorCode).toBe(ErrorCode.NONE);
    return { offset: p.offset ?? NaN, timestamp: p.timestamp ?? NaN };
  }

  const CASES = [
    ['uncompressed, maxTimestamp -1', null, -1],
    ['gzip, maxTimestamp -1', CompressionCodec.gzip, -1],
    ['uncompressed, maxTimestamp below the base timestamp', null, 'base-1'],
    ['lz4, maxTimestamp below the base timestamp', CompressionCodec.lz4, 'base-1'],
    ['uncompressed, maxTimestamp a day past the clock', null, 'future'],
    ['gzip, maxTimestamp a day past the clock', CompressionCodec.gzip, 'future'],
  ] as const;

  test.each(CASES)(
    "%s: stored with the records' max and a valid CRC; lookups by time find the records",
    async (_label, codec, max) => {
      const name = topic();
      const headerMax = max === 'base-1' ? t0 - 1 : max === 'future' ? Date.now() + DAY : max;
      // An earlier, correct batch at offset 0 so that the lookups must skip a batch.
      expect(
        await produceOne(
          client,
          9,
          name,
          0,
          buildRecordBatch({ records: [{ value: Buffer.from('first'), timestamp: t0 - 100 }] }),
        ),
      ).toMatchObject({ errorCode: 0, baseOffset: 0 });
      expect(await produceOne(client, 9, name, 0, await batchWithMax(t0, headerMax, codec))).toMatchObject({
        errorCode: 0,
        baseOffset: 1,
      });

      const [, stored] = await storedBatches(name);
      const h = readBatchHeader(stored!);
      expect(h.maxTimestamp).toBe(t0 + 30);
      expect(h.baseTimestamp).toBe(t0);
      expect(h.attributes & 0x07).toBe(codec ?? 0); // the client's compression kept
      expect(h.attributes & 0x08).toBe(0); // still CreateTime
      expect(computeBatchCrc(stored!)).toBe(h.crc);
      const records = (await decodeBatches(stored)).flatMap((b) => b.records);
      expect(records.map((r) => [r.offset, r.timestamp])).toEqual(DELTAS.map((d, i) => [1 + i, t0 + d]));

      expect(await lookup(name, 1, t0 - 100)).toEqual({ offset: 0, timestamp: t0 - 100 });
      expect(await lookup(name, 1, t0 - 99)).toEqual({ offset: 1, timestamp: t0 });
      expect(await lookup(name, 4, t0 + 25)).toEqual({ offset: 3, timestamp: t0 + 30 });
      expect(await lookup(name, 4, t0 + 30)).toEqual({ offset: 3, timestamp: t0 + 30 });
      expect(await lookup(name, 4, t0 + 31)).toEqual({ offset: -1, timestamp: -1 });
      expect(await lookup(name, 7, MAX_TIMESTAMP)).toEqual({ offset: 3, timestamp: t0 + 30 });
    },
  );

  test('a correct header is stored byte for byte', async () => {
    const name = topic();
    const batch = await batchWithMax(t0, t0 + 30, null);
    const sent = Buffer.from(batch);
    expect(await produceOne(client, 9, name, 0, batch)).toMatchObject({ errorCode: 0, baseOffset: 0 });
    const [stored] = await storedBatches(name);
    // baseOffset and partitionLeaderEpoch are the broker's; everything from the magic byte on is the client's.
    expect(stored!.subarray(16)).toEqual(sent.subarray(16));
  });

  test.each([
    ['uncompressed', null],
    ['gzip', CompressionCodec.gzip],
  ] as const)(
    "%s: retention.ms deletes a segment by its records' time, not by when it was written",
    async (_label, codec) => {
      const name = topic({ 'retention.ms': String(DAY) });
      expect(await produceOne(client, 9, name, 0, await batchWithMax(t0, -1, codec))).toMatchObject({ errorCode: 0 });
      const log = tb.broker.replicas.log(name, 0)!;
      log.roll();
      expect(log.deleteOldSegments(Date.now())).toBe(1);
      expect(log.logStartOffset).toBe(DELTAS.length);
    },
  );

  test.each([
    ['uncompressed', null],
    ['gzip', CompressionCodec.gzip],
  ] as const)(
    '%s: a record past message.timestamp.after.max.ms behind a -1 header is refused with INVALID_TIMESTAMP',
    async (_label, codec) => {
      const name = topic({ 'message.timestamp.after.max.ms': String(DAY) });
      const res = await produceOne(client, 9, name, 0, await batchWithMax(Date.now() + 2 * DAY, -1, codec));
      expect(res.errorCode).toBe(ErrorCode.INVALID_TIMESTAMP);
      expect(tb.broker.replicas.log(name, 0)!.logEndOffset).toBe(0);
    },
  );

  test.each([
    ['uncompressed', null],
    ['gzip', CompressionCodec.gzip],
  ] as const)(
    '%s: a damaged batch with a -1 header is refused with CORRUPT_MESSAGE, not re-signed',
    async (_label, codec) => {
      const name = topic();
      const batch = await batchWithMax(t0, -1, codec);
      batch[batch.length - 1] ^= 0xff;
      const res = await produceOne(client, 9, name, 0, batch);
      expect(res.errorCode).toBe(ErrorCode.CORRUPT_MESSAGE);
      expect(tb.broker.replicas.log(name, 0)!.logEndOffset).toBe(0);
    },
  );

  test('a LogAppendTime topic stamps the append time over a -1 header, as before', async () => {
    const name = topic({ 'message.timestamp.type': 'LogAppendTime' });
    const before = Date.now();
    const res = await produceOne(client, 9, name, 0, await batchWithMax(t0, -1, null));
    expect(res.errorCode).toBe(0);
    const h = readBatchHeader((await storedBatches(name))[0]!);
    expect(h.attributes & 0x08).toBe(0x08);
    expect(h.maxTimestamp).toBeGreaterThanOrEqual(before);
    expect(h.maxTimestamp).toBe(res.logAppendTimeMs);
  });
});
