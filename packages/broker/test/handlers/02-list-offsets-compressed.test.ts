// ListOffsets by timestamp inside compressed batches, over the wire. Kafka opens a compressed batch to find the first
// record at or after the timestamp (FileRecords.searchForTimestamp), and the record holding the largest timestamp for
// MAX_TIMESTAMP (RecordBatch.offsetOfMaxTimestamp); answering with the batch's base offset instead made kcat
// `-o s@<ts>`, confluent-kafka-python `offsets_for_times` and @platformatic/kafka `listOffsets` start too early.
import {
  buildRecordBatch,
  compressBatch,
  CompressionCodec,
  ListOffsetsApi,
  type ListOffsetsRequest,
} from '@samsa/protocol';
import { startTestBroker, type TestBroker } from '../helpers/test-broker';
import { WireClient } from '../helpers/wire-client';
import { produceOne } from '../helpers/records';

const MAX_TIMESTAMP = -3;
const CODECS = [
  ['gzip', CompressionCodec.gzip],
  ['snappy', CompressionCodec.snappy],
  ['lz4', CompressionCodec.lz4],
  ['zstd', CompressionCodec.zstd],
] as const;

describe('ListOffsets inside compressed batches', () => {
  let tb: TestBroker;
  let client: WireClient;
  const name = 'offsets-compressed';
  const t0 = Date.now() - 60_000;

  beforeAll(async () => {
    tb = await startTestBroker();
    client = await WireClient.connect(tb.broker.port);
    tb.broker.cluster.createTopic({
      name,
      numPartitions: CODECS.length,
      replicationFactor: 1,
      assignments: [],
      configs: [],
    });
    for (const [i, [, codec]] of CODECS.entries()) {
      // offset 0 alone, then offsets 1-4 in one compressed batch whose largest timestamp sits on offset 3.
      await produceOne(
        client,
        9,
        name,
        i,
        buildRecordBatch({ records: [{ value: Buffer.from('first'), timestamp: t0 }] }),
      );
      const batch = buildRecordBatch({
        records: [10, 20, 40, 30].map((delta) => ({ value: Buffer.from(`at ${delta}`), timestamp: t0 + delta })),
      });
      const response = await produceOne(client, 9, name, i, await compressBatch(batch, codec));
      expect(response).toMatchObject({ errorCode: 0, baseOffset: 1 });
    }
  });

  afterAll(async () => {
    client.destroy();
    await tb.dispose();
  });

  async function lookup(
    version: number,
    partition: number,
    timestamp: number,
  ): Promise<{ offset: number; timestamp: number }> {
    const request: ListOffsetsRequest = {
      replicaId: -1,
      isolationLevel: 0,
      timeoutMs: 0,
      topics: [
        { name, partitions: [{ partitionIndex: partition, currentLeaderEpoch: -1, timestamp, maxNumOffsets: 1 }] },
      ],
    };
    const p = (await client.request(ListOffsetsApi, version, request)).topics[0]?.partitions[0];
    expect(p?.errorCode).toBe(0);
    return { offset: p?.offset ?? NaN, timestamp: p?.timestamp ?? NaN };
  }

  test.each(CODECS.map(([label], partition) => [label, partition] as const))(
    '%s: a timestamp finds the record at or after it',
    async (_label, partition) => {
      expect(await lookup(1, partition, t0)).toEqual({ offset: 0, timestamp: t0 });
      expect(await lookup(1, partition, t0 + 1)).toEqual({ offset: 1, timestamp: t0 + 10 });
      expect(await lookup(1, partition, t0 + 15)).toEqual({ offset: 2, timestamp: t0 + 20 });
      expect(await lookup(4, partition, t0 + 25)).toEqual({ offset: 3, timestamp: t0 + 40 });
      expect(await lookup(4, partition, t0 + 40)).toEqual({ offset: 3, timestamp: t0 + 40 });
      expect(await lookup(4, partition, t0 + 41)).toEqual({ offset: -1, timestamp: -1 });
    },
  );

  test.each(CODECS.map(([label], partition) => [label, partition] as const))(
    '%s: MAX_TIMESTAMP names the record holding it',
    async (_label, partition) => {
      expect(await lookup(7, partition, MAX_TIMESTAMP)).toEqual({ offset: 3, timestamp: t0 + 40 });
    },
  );
});
