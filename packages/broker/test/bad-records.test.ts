/**
 * Damaged or lying record batches over the wire: each fails its own partition with Kafka's code, nothing of it is
 * written, the other partitions of the same request are appended, and the connection keeps working.
 */
import { CompressionType, ErrorCode, MetadataApi, ZERO_UUID, compressBatch, updateBatchCrc } from '@samsa/protocol';
import { startTestBroker, type TestBroker } from './helpers/test-broker';
import { WireClient } from './helpers/wire-client';
import { batchOf, decodeRecords, fetch, produce } from './helpers/records';

describe('bad record batches in Produce', () => {
  let tb: TestBroker;
  let client: WireClient;
  let n = 0;

  beforeAll(async () => {
    tb = await startTestBroker();
    client = await WireClient.connect(tb.broker.port);
  });
  afterAll(async () => {
    client.destroy();
    await tb.dispose();
  });

  /** Sends `bad` to partition 1 between two good partitions; returns partition 1's error code. */
  async function sendAmongGood(bad: Buffer, version = 9): Promise<number> {
    const name = `bad-${n++}`;
    tb.broker.cluster.createTopic({ name, numPartitions: 3, replicationFactor: 1, assignments: [], configs: [] });
    const res = await produce(client, version, name, [
      { index: 0, records: batchOf(['good-0']) },
      { index: 1, records: bad },
      { index: 2, records: batchOf(['good-2']) },
    ]);
    const parts = res.responses[0]!.partitionResponses;
    expect(parts[0]).toMatchObject({ errorCode: 0, baseOffset: 0 });
    expect(parts[2]).toMatchObject({ errorCode: 0, baseOffset: 0 });
    expect(parts[1]!.baseOffset).toBe(-1);
    // Nothing of the bad partition reached its log; the good ones read back.
    expect(tb.broker.replicas.log(name, 1)!.logEndOffset).toBe(0);
    const fetched = await fetch(client, 12, [
      { topic: name, partition: 0, offset: 0 },
      { topic: name, partition: 2, offset: 0 },
    ]);
    const values = await Promise.all(
      fetched.responses[0]!.partitions.map(async (p) => (await decodeRecords(p.records)).map((r) => r.value)),
    );
    expect(values).toEqual([['good-0'], ['good-2']]);
    // The same connection still answers.
    const md = await client.request(MetadataApi, 12, {
      topics: [{ name, topicId: ZERO_UUID }],
      allowAutoTopicCreation: false,
      includeTopicAuthorizedOperations: false,
    });
    expect(md.topics[0]!.partitions).toHaveLength(3);
    return parts[1]!.errorCode;
  }

  it('a corrupt CRC: CORRUPT_MESSAGE', async () => {
    const b = batchOf(['damaged']);
    b[b.length - 2] ^= 0x55;
    expect(await sendAmongGood(b)).toBe(ErrorCode.CORRUPT_MESSAGE);
  });

  it('a record count that disagrees with the offset delta: INVALID_RECORD', async () => {
    const b = batchOf(['a', 'b']);
    b.writeInt32BE(5, 57); // recordCount
    updateBatchCrc(b, 0);
    expect(await sendAmongGood(b)).toBe(ErrorCode.INVALID_RECORD);
  });

  it('a consistent header over fewer records than it declares: INVALID_RECORD', async () => {
    const b = batchOf(['a', 'b']);
    b.writeInt32BE(2, 23); // lastOffsetDelta
    b.writeInt32BE(3, 57); // recordCount: header agrees with itself, the records do not
    updateBatchCrc(b, 0);
    expect(await sendAmongGood(b)).toBe(ErrorCode.INVALID_RECORD);
  });

  it.each([CompressionType.gzip, CompressionType.snappy, CompressionType.lz4, CompressionType.zstd])(
    'a compressed batch (codec %i) whose consistent header declares more records than it holds: INVALID_RECORD',
    async (codec) => {
      const b = Buffer.from(await compressBatch(batchOf(['a', 'b']), codec));
      b.writeInt32BE(2, 23); // lastOffsetDelta
      b.writeInt32BE(3, 57); // recordCount: only the compressed records disagree
      updateBatchCrc(b, 0);
      expect(await sendAmongGood(b)).toBe(ErrorCode.INVALID_RECORD);
    },
  );

  it('a negative offset delta: INVALID_RECORD', async () => {
    const b = batchOf(['a']);
    b.writeInt32BE(-1, 23);
    updateBatchCrc(b, 0);
    expect(await sendAmongGood(b)).toBe(ErrorCode.INVALID_RECORD);
  });

  it('a batch length past the end of the data: INVALID_RECORD (v3+: no complete batch), CORRUPT_MESSAGE before v3', async () => {
    const b = batchOf(['a']);
    b.writeInt32BE(b.length, 8); // 12 bytes more than there are
    expect(await sendAmongGood(b)).toBe(ErrorCode.INVALID_RECORD);
    expect(await sendAmongGood(b, 2)).toBe(ErrorCode.CORRUPT_MESSAGE);
  });

  it('a 2 GiB declared length inside a batch: rejected without allocating it', async () => {
    const b = batchOf(['a']);
    b.writeInt32BE(0x7fffffff, 8);
    expect(await sendAmongGood(b)).toBe(ErrorCode.INVALID_RECORD);
    expect(await sendAmongGood(b, 2)).toBe(ErrorCode.CORRUPT_MESSAGE);
  });

  it('a declared length below the minimum: CORRUPT_MESSAGE', async () => {
    const b = batchOf(['a']);
    b.writeInt32BE(3, 8);
    expect(await sendAmongGood(b)).toBe(ErrorCode.CORRUPT_MESSAGE);
  });

  it('a control batch from a client: INVALID_RECORD', async () => {
    expect(await sendAmongGood(batchOf(['x'], { control: true }))).toBe(ErrorCode.INVALID_RECORD);
  });

  it('a record whose length runs past its batch: INVALID_RECORD', async () => {
    const b = batchOf(['abc']);
    b[61] = 0x7e; // first record's length varint: 63, far longer than the batch
    updateBatchCrc(b, 0);
    expect(await sendAmongGood(b)).toBe(ErrorCode.INVALID_RECORD);
  });

  it('garbage that is not a record set at all, and null records: errors, not crashes', async () => {
    expect(
      await sendAmongGood(Buffer.from('this is not a record batch, just text that is long enough to look like one')),
    ).toBe(ErrorCode.INVALID_RECORD);
    expect(
      await sendAmongGood(Buffer.from('this is not a record batch, just text that is long enough to look like one'), 2),
    ).toBe(ErrorCode.CORRUPT_MESSAGE);
    expect(await sendAmongGood(null as unknown as Buffer)).toBe(ErrorCode.INVALID_RECORD);
  });
});

describe('bad fetches', () => {
  it('a negative partition and an unknown topic id get their error codes; the broker keeps serving', async () => {
    const tb = await startTestBroker();
    const client = await WireClient.connect(tb.broker.port);
    try {
      const t = tb.broker.cluster.createTopic({
        name: 'f',
        numPartitions: 1,
        replicationFactor: 1,
        assignments: [],
        configs: [],
      });
      const neg = await fetch(client, 12, [{ topic: 'f', partition: -7, offset: 0 }]);
      expect(neg.responses[0]!.partitions[0]!.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
      const badId = await fetch(client, 13, [
        { topic: '', topicId: 'AAAAAAAAAAAAAAAAAAAAAQ', partition: 0, offset: 0 },
      ]);
      expect(badId.responses[0]!.partitions[0]!.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_ID);
      const zeroId = await fetch(client, 13, [{ topic: '', topicId: ZERO_UUID, partition: 0, offset: 0 }]);
      expect(zeroId.responses[0]!.partitions[0]!.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_ID);
      const ok = await fetch(client, 13, [{ topic: '', topicId: t.id, partition: 0, offset: 0 }]);
      expect(ok.responses[0]!.partitions[0]!.errorCode).toBe(ErrorCode.NONE);
    } finally {
      client.destroy();
      await tb.dispose();
    }
  });
});
