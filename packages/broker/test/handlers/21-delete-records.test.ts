import {
  CreateTopicsApi,
  DeleteRecordsApi,
  ErrorCode,
  ListOffsetsApi,
  type DeleteRecordsMessages,
} from '@samsa/protocol';
import { batchOf, decodeRecords, fetch, produceOne } from '../helpers/records';
import { WireClient } from '../helpers/wire-client';
import { startTestBroker, type TestBroker } from '../helpers/test-broker';

type Topic = DeleteRecordsMessages.DeleteRecordsTopic;

describe('DeleteRecords', () => {
  let tb: TestBroker;
  let client: WireClient;
  let n = 0;
  beforeAll(async () => {
    tb = await startTestBroker();
  });
  afterAll(async () => tb.dispose());
  beforeEach(async () => {
    client = await WireClient.connect(tb.broker.port);
  });
  afterEach(() => client.destroy());

  /** A topic with `batches` one-record batches in partition 0 (offsets 0..batches-1). */
  const filledTopic = async (batches: number, configs: { name: string; value: string }[] = []): Promise<string> => {
    const name = `dr-${n++}`;
    const res = await client.request(CreateTopicsApi, 5, {
      topics: [{ name, numPartitions: 1, replicationFactor: 1, assignments: [], configs }],
      timeoutMs: 1000,
      validateOnly: false,
    });
    expect(res.topics[0]!.errorCode).toBe(0);
    for (let i = 0; i < batches; i++)
      expect((await produceOne(client, 9, name, 0, batchOf([`v${i}`], { keys: [`k${i}`] }))).errorCode).toBe(0);
    return name;
  };
  const del = async (topics: Topic[], version = 2) =>
    (await client.request(DeleteRecordsApi, version, { topics, timeoutMs: 1000 })).topics;
  const earliest = async (name: string) => {
    const res = await client.request(ListOffsetsApi, 5, {
      replicaId: -1,
      isolationLevel: 0,
      topics: [{ name, partitions: [{ partitionIndex: 0, currentLeaderEpoch: -1, timestamp: -2, maxNumOffsets: 1 }] }],
    });
    return res.topics[0]!.partitions[0]!.offset;
  };

  it.each([0, 1, 2])('moves the log start offset, visible in ListOffsets and Fetch (v%i)', async (version) => {
    const name = await filledTopic(5);
    const [res] = await del([{ name, partitions: [{ partitionIndex: 0, offset: 3 }] }], version);
    expect(res).toEqual({ name, partitions: [{ partitionIndex: 0, lowWatermark: 3, errorCode: 0 }] });
    expect(await earliest(name)).toBe(3);
    const fetched = await fetch(client, 12, [{ topic: name, partition: 0, offset: 3 }]);
    const p = fetched.responses[0]!.partitions[0]!;
    expect(p.logStartOffset).toBe(3);
    expect((await decodeRecords(p.records)).map((r) => r.value)).toEqual(['v3', 'v4']);
    const below = await fetch(client, 12, [{ topic: name, partition: 0, offset: 1 }]);
    expect(below.responses[0]!.partitions[0]!.errorCode).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
  });

  it('deletes up to the high watermark for offset -1, and a lower offset later changes nothing', async () => {
    const name = await filledTopic(4);
    expect((await del([{ name, partitions: [{ partitionIndex: 0, offset: -1 }] }]))[0]!.partitions[0]).toEqual({
      partitionIndex: 0,
      lowWatermark: 4,
      errorCode: 0,
    });
    expect((await del([{ name, partitions: [{ partitionIndex: 0, offset: 2 }] }]))[0]!.partitions[0]).toEqual({
      partitionIndex: 0,
      lowWatermark: 4,
      errorCode: 0,
    });
    expect(await earliest(name)).toBe(4);
  });

  it("answers each partition with Kafka's error", async () => {
    const name = await filledTopic(2);
    const compacted = await filledTopic(1, [{ name: 'cleanup.policy', value: 'compact' }]);
    const res = await del([
      {
        name,
        partitions: [
          { partitionIndex: 0, offset: 3 },
          { partitionIndex: 0, offset: -5 },
          { partitionIndex: 7, offset: 0 },
        ],
      },
      { name: 'missing', partitions: [{ partitionIndex: 0, offset: 0 }] },
      { name: compacted, partitions: [{ partitionIndex: 0, offset: 0 }] },
      { name: '__consumer_offsets', partitions: [{ partitionIndex: 0, offset: 0 }] },
    ]);
    expect(res.map((t) => t.partitions.map((p) => [p.partitionIndex, p.errorCode, p.lowWatermark]))).toEqual([
      [
        [0, ErrorCode.OFFSET_OUT_OF_RANGE, -1],
        [0, ErrorCode.OFFSET_OUT_OF_RANGE, -1],
        [7, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, -1],
      ],
      [[0, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, -1]],
      [[0, ErrorCode.POLICY_VIOLATION, -1]],
      [[0, ErrorCode.INVALID_TOPIC_EXCEPTION, -1]],
    ]);
    expect(await earliest(name)).toBe(0);
  });

  it('keeps the new log start offset across a restart', async () => {
    const name = await filledTopic(3);
    await del([{ name, partitions: [{ partitionIndex: 0, offset: 2 }] }]);
    const dataDir = tb.dataDir;
    client.destroy();
    await tb.stop();
    tb = await startTestBroker({}, dataDir);
    client = await WireClient.connect(tb.broker.port);
    expect(await earliest(name)).toBe(2);
  });
});
