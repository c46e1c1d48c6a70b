import { Kafka, logLevel } from 'kafkajs';
import {
  ErrorCode,
  ListOffsetsApi,
  buildRecordBatch,
  type ListOffsetsRequest,
  type ListOffsetsResponse,
} from '@samsa/protocol';
import { startTestBroker, waitFor, type TestBroker } from '../helpers/test-broker';
import { WireClient } from '../helpers/wire-client';
import { batchOf, produceOne } from '../helpers/records';

const LATEST = -1;
const EARLIEST = -2;
const MAX_TIMESTAMP = -3;
const EARLIEST_LOCAL = -4;
const LATEST_TIERED = -5;

describe('ListOffsets', () => {
  let tb: TestBroker;
  let client: WireClient;
  const name = 'offsets';
  const t0 = Date.now() - 60_000;

  beforeAll(async () => {
    tb = await startTestBroker({ 'log.retention.check.interval.ms': 50 });
    client = await WireClient.connect(tb.broker.port);
    tb.broker.cluster.createTopic({ name, numPartitions: 2, replicationFactor: 1, assignments: [], configs: [] });
    await produceOne(client, 9, name, 0, batchOf(['a'], { timestamp: t0 })); // offset 0
    await produceOne(client, 9, name, 0, batchOf(['b'], { timestamp: t0 + 10 })); // offset 1
    // offsets 2-4: the largest timestamp sits on the middle record
    await produceOne(
      client,
      9,
      name,
      0,
      buildRecordBatch({
        records: [
          { value: Buffer.from('c'), timestamp: t0 + 20 },
          { value: Buffer.from('d'), timestamp: t0 + 50 },
          { value: Buffer.from('e'), timestamp: t0 + 30 },
        ],
      }),
    );
  });
  afterAll(async () => {
    client.destroy();
    await tb.dispose();
  });

  function request(
    partitions: { partition?: number; timestamp: number; currentLeaderEpoch?: number; maxNumOffsets?: number }[],
    extra: Partial<ListOffsetsRequest> = {},
  ): ListOffsetsRequest {
    return {
      replicaId: -1,
      isolationLevel: 0,
      timeoutMs: 0,
      topics: [
        {
          name,
          partitions: partitions.map((p) => ({
            partitionIndex: p.partition ?? 0,
            currentLeaderEpoch: p.currentLeaderEpoch ?? -1,
            timestamp: p.timestamp,
            maxNumOffsets: p.maxNumOffsets ?? 1,
          })),
        },
      ],
      ...extra,
    };
  }

  async function one(
    version: number,
    timestamp: number,
    extra: { currentLeaderEpoch?: number; partition?: number } = {},
  ) {
    const res: ListOffsetsResponse = await client.request(ListOffsetsApi, version, request([{ timestamp, ...extra }]));
    return res.topics[0]!.partitions[0]!;
  }

  it('v0 answers old-style offset lists: segment base offsets and the log end offset, newest first', async () => {
    const latest = await client.request(ListOffsetsApi, 0, request([{ timestamp: LATEST, maxNumOffsets: 10 }]));
    expect(latest.topics[0]!.partitions[0]).toMatchObject({ errorCode: 0, oldStyleOffsets: [5, 0] });
    const latestOne = await client.request(ListOffsetsApi, 0, request([{ timestamp: LATEST, maxNumOffsets: 1 }]));
    expect(latestOne.topics[0]!.partitions[0]!.oldStyleOffsets).toEqual([5]);
    const earliest = await client.request(ListOffsetsApi, 0, request([{ timestamp: EARLIEST, maxNumOffsets: 10 }]));
    expect(earliest.topics[0]!.partitions[0]!.oldStyleOffsets).toEqual([0]);
    const empty = await client.request(
      ListOffsetsApi,
      0,
      request([{ partition: 1, timestamp: LATEST, maxNumOffsets: 10 }]),
    );
    expect(empty.topics[0]!.partitions[0]!.oldStyleOffsets).toEqual([0]);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])('v%i: latest, earliest and by timestamp', async (version) => {
    expect(await one(version, LATEST)).toMatchObject({ errorCode: 0, offset: 5, timestamp: -1 });
    expect(await one(version, EARLIEST)).toMatchObject({ errorCode: 0, offset: 0, timestamp: -1 });
    // The first record whose timestamp is at or after the target.
    expect(await one(version, t0 + 5)).toMatchObject({ errorCode: 0, offset: 1, timestamp: t0 + 10 });
    expect(await one(version, t0 + 40)).toMatchObject({ errorCode: 0, offset: 3, timestamp: t0 + 50 });
    // No record that late: -1/-1 without an error.
    expect(await one(version, t0 + 60_000_000)).toMatchObject({ errorCode: 0, offset: -1, timestamp: -1 });
    const epoch = (await one(version, LATEST)).leaderEpoch;
    expect(epoch).toBe(version >= 4 ? 0 : -1);
  });

  it('v7+ max timestamp (-3): the record holding the largest timestamp', async () => {
    expect(await one(7, MAX_TIMESTAMP)).toMatchObject({ errorCode: 0, offset: 3, timestamp: t0 + 50, leaderEpoch: 0 });
    expect(await one(7, MAX_TIMESTAMP, { partition: 1 })).toMatchObject({ errorCode: 0, offset: -1, timestamp: -1 });
  });

  it('v8+ earliest local (-4) is the log start; v9+ latest tiered (-5) is -1: nothing is tiered', async () => {
    expect(await one(8, EARLIEST_LOCAL)).toMatchObject({ errorCode: 0, offset: 0 });
    expect(await one(9, LATEST_TIERED)).toMatchObject({ errorCode: 0, offset: -1, leaderEpoch: -1 });
  });

  it('isolation levels (v2+): READ_COMMITTED answers the last stable offset, equal to the high watermark', async () => {
    const res = await client.request(ListOffsetsApi, 5, request([{ timestamp: LATEST }], { isolationLevel: 1 }));
    expect(res.topics[0]!.partitions[0]).toMatchObject({ errorCode: 0, offset: 5 });
  });

  it('current_leader_epoch (v4+): a newer epoch answers UNKNOWN_LEADER_EPOCH', async () => {
    expect((await one(4, LATEST, { currentLeaderEpoch: 3 })).errorCode).toBe(ErrorCode.UNKNOWN_LEADER_EPOCH);
    expect((await one(4, LATEST, { currentLeaderEpoch: 0 })).errorCode).toBe(ErrorCode.NONE);
  });

  it('a partition named twice fails with INVALID_REQUEST (v1+), unknown ones with UNKNOWN_TOPIC_OR_PARTITION', async () => {
    const dup = await client.request(
      ListOffsetsApi,
      3,
      request([{ timestamp: LATEST }, { timestamp: EARLIEST }, { partition: 1, timestamp: LATEST }]),
    );
    expect(dup.topics[0]!.partitions.map((p) => [p.partitionIndex, p.errorCode])).toEqual([
      [0, ErrorCode.INVALID_REQUEST],
      [0, ErrorCode.INVALID_REQUEST],
      [1, ErrorCode.NONE],
    ]);
    const unknown = await client.request(ListOffsetsApi, 3, {
      ...request([{ timestamp: LATEST }]),
      topics: [
        {
          name: 'nope',
          partitions: [{ partitionIndex: 0, currentLeaderEpoch: -1, timestamp: LATEST, maxNumOffsets: 1 }],
        },
      ],
    });
    expect(unknown.topics[0]!.partitions[0]).toMatchObject({
      errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
      offset: -1,
      timestamp: -1,
    });
  });

  it('kafkajs admin reads the same offsets', async () => {
    const admin = new Kafka({ brokers: [tb.broker.bootstrapServers], logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    try {
      expect(await admin.fetchTopicOffsets(name)).toEqual([
        { partition: 0, offset: '5', high: '5', low: '0' },
        { partition: 1, offset: '0', high: '0', low: '0' },
      ]);
      expect(await admin.fetchTopicOffsetsByTimestamp(name, t0 + 15)).toEqual([
        { partition: 0, offset: '2' },
        { partition: 1, offset: '0' },
      ]);
    } finally {
      await admin.disconnect();
    }
  });

  it('retention, run every log.retention.check.interval.ms, moves the earliest offset', async () => {
    const topic = 'retained';
    tb.broker.cluster.createTopic({
      name: topic,
      numPartitions: 1,
      replicationFactor: 1,
      assignments: [],
      configs: [
        { name: 'retention.ms', value: '300000' },
        { name: 'segment.ms', value: '1000' },
      ],
    });
    const old = Date.now() - 600_000;
    await produceOne(client, 9, topic, 0, batchOf(['old-1'], { timestamp: old }));
    await produceOne(client, 9, topic, 0, batchOf(['old-2'], { timestamp: old + 1 }));
    // Far enough past the first segment's timestamps (segment.ms) to roll: the old segment is closed.
    await produceOne(client, 9, topic, 0, batchOf(['new'], { timestamp: Date.now() }));
    // No one runs retention by hand: the broker's own schedule deletes the expired segment.
    await waitFor(() => tb.broker.replicas.log(topic, 0)!.logStartOffset === 2, 5000);
    const res = await client.request(ListOffsetsApi, 4, {
      ...request([]),
      topics: [
        {
          name: topic,
          partitions: [{ partitionIndex: 0, currentLeaderEpoch: -1, timestamp: EARLIEST, maxNumOffsets: 1 }],
        },
      ],
    });
    expect(res.topics[0]!.partitions[0]).toMatchObject({ errorCode: 0, offset: 2 });
    expect(tb.broker.replicas.log(topic, 0)!.segmentCount).toBe(1);
  });
});
