/**
 * DescribeProducers v0 over the wire: the active producers of a partition from its producer state (idempotent and
 * transactional, open transaction start offsets, coordinator epochs from markers), also after a restart, and
 * Kafka's per-partition errors.
 */
import { DescribeProducersApi, ErrorCode, WriteTxnMarkersApi } from '@samsa/protocol';
import { batchOf } from '../helpers/records';
import { startTestBroker, tempDataDir, type TestBroker } from '../helpers/test-broker';
import { WireClient } from '../helpers/wire-client';

describe('DescribeProducers v0', () => {
  const dataDir = tempDataDir();
  let tb: TestBroker;
  let client: WireClient;

  beforeAll(async () => {
    tb = await startTestBroker({ 'samsa.broker.count': 2 }, dataDir);
    client = await WireClient.connect(tb.broker.port);
  });
  afterAll(async () => {
    client.destroy();
    await tb.dispose();
  });

  const describeProducers = (c: WireClient, topics: { name: string; partitionIndexes: number[] }[]) =>
    c.request(DescribeProducersApi, 0, { topics });

  it('lists every producer of the partition with its epoch, last sequence, timestamp, coordinator epoch and open transaction', async () => {
    tb.broker.cluster.createTopic({
      name: 'dp',
      numPartitions: -1,
      replicationFactor: -1,
      configs: [],
      assignments: [{ partitionIndex: 0, brokerIds: [tb.broker.nodeId] }],
    });
    const p = tb.broker.replicas.partition('dp', 0)!;
    const append = (
      values: string[],
      pid: number,
      epoch: number,
      seq: number,
      transactional: boolean,
      timestamp: number,
    ) =>
      tb.broker.replicas.appendRecords(
        p,
        batchOf(values, { producerId: pid, producerEpoch: epoch, baseSequence: seq, transactional, timestamp }),
        { apiVersion: 9, requiredAcks: -1 },
      );
    const t = Date.now() - 1000;
    await append(['a', 'b', 'c'], 100, 2, 0, false, t); // 0-2 idempotent
    await append(['x'], 200, 5, 0, true, t + 1); // 3
    await append(['y', 'z'], 200, 5, 1, true, t + 2); // 4-5
    await append(['w'], 300, 0, 0, true, t + 3); // 6
    await client.request(WriteTxnMarkersApi, 1, {
      markers: [
        {
          producerId: 300,
          producerEpoch: 0,
          transactionResult: true,
          coordinatorEpoch: 7,
          topics: [{ name: 'dp', partitionIndexes: [0] }],
        },
      ],
    });
    const expected = [
      {
        producerId: 100,
        producerEpoch: 2,
        lastSequence: 2,
        lastTimestamp: t,
        coordinatorEpoch: -1,
        currentTxnStartOffset: -1,
      },
      {
        producerId: 200,
        producerEpoch: 5,
        lastSequence: 2,
        lastTimestamp: t + 2,
        coordinatorEpoch: -1,
        currentTxnStartOffset: 3,
      },
      {
        producerId: 300,
        producerEpoch: 0,
        lastSequence: 0,
        lastTimestamp: expect.any(Number),
        coordinatorEpoch: 7,
        currentTxnStartOffset: -1,
      },
    ];
    const check = async (c: WireClient) => {
      const res = await describeProducers(c, [{ name: 'dp', partitionIndexes: [0] }]);
      const part = res.topics[0]!.partitions[0]!;
      expect(part).toMatchObject({ partitionIndex: 0, errorCode: ErrorCode.NONE, errorMessage: null });
      expect([...part.activeProducers].sort((a, b) => a.producerId - b.producerId)).toEqual(expected);
    };
    await check(client);
    // The marker's timestamp is the broker's clock.
    const res = await describeProducers(client, [{ name: 'dp', partitionIndexes: [0] }]);
    expect(
      res.topics[0]!.partitions[0]!.activeProducers.find((x) => x.producerId === 300)!.lastTimestamp,
    ).toBeGreaterThanOrEqual(t + 3);

    // After a restart the state comes from the snapshot written on close.
    client.destroy();
    await tb.stop();
    tb = await startTestBroker({ 'samsa.broker.count': 2 }, dataDir);
    client = await WireClient.connect(tb.broker.port);
    await check(client);
  });

  it('answers UNKNOWN_TOPIC_OR_PARTITION for unknown topics and partitions, NOT_LEADER_OR_FOLLOWER on a broker that holds no replica', async () => {
    const other = tb.broker.nodes[1]!;
    const res = await describeProducers(client, [
      { name: 'dp', partitionIndexes: [1, -1] },
      { name: 'missing', partitionIndexes: [0] },
    ]);
    expect(res).toEqual({
      throttleTimeMs: 0,
      topics: [
        {
          name: 'dp',
          partitions: [1, -1].map((partitionIndex) => ({
            partitionIndex,
            errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
            errorMessage: null,
            activeProducers: [],
          })),
        },
        {
          name: 'missing',
          partitions: [
            {
              partitionIndex: 0,
              errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
              errorMessage: null,
              activeProducers: [],
            },
          ],
        },
      ],
    });
    const second = await WireClient.connect(other.port);
    try {
      const r = await describeProducers(second, [{ name: 'dp', partitionIndexes: [0] }]);
      expect(r.topics[0]!.partitions[0]).toMatchObject({
        errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER,
        activeProducers: [],
      });
    } finally {
      second.destroy();
    }
  });
});
