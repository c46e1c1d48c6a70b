/**
 * WriteTxnMarkers v0-1 over the wire: markers become control batches in every partition listed, per-partition codes
 * as Kafka answers them (UNKNOWN_TOPIC_OR_PARTITION, NOT_LEADER_OR_FOLLOWER, INVALID_PRODUCER_EPOCH,
 * TRANSACTION_COORDINATOR_FENCED), and `__consumer_offsets` partitions go to the group coordinator.
 */
import {
  BatchHeaderView,
  ErrorCode,
  RecordIterator,
  WriteTxnMarkersApi,
  type WriteTxnMarkersRequest,
} from '@samsa/protocol';
import { GROUP_METADATA_TOPIC } from '../../src/index';
import { batchOf } from '../helpers/records';
import { startTestBroker, type TestBroker } from '../helpers/test-broker';
import { WireClient } from '../helpers/wire-client';

type Marker = WriteTxnMarkersRequest['markers'][number];
const marker = (
  producerId: number,
  committed: boolean,
  topics: Marker['topics'],
  o: { epoch?: number; coordinatorEpoch?: number } = {},
): Marker => ({
  producerId,
  producerEpoch: o.epoch ?? 0,
  transactionResult: committed,
  coordinatorEpoch: o.coordinatorEpoch ?? 0,
  topics,
});

describe('WriteTxnMarkers v0-1', () => {
  let tb: TestBroker;
  let client: WireClient;
  let n = 0;

  beforeAll(async () => {
    tb = await startTestBroker({ 'samsa.broker.count': 2 });
    client = await WireClient.connect(tb.broker.port);
  });
  afterAll(async () => {
    client.destroy();
    await tb.dispose();
  });

  /** A topic whose partitions are all led by the first broker identity (the one `client` talks to). */
  function topic(partitions = 2): string {
    const name = `wtm-${n++}`;
    tb.broker.cluster.createTopic({
      name,
      numPartitions: -1,
      replicationFactor: -1,
      configs: [],
      assignments: Array.from({ length: partitions }, (_, i) => ({ partitionIndex: i, brokerIds: [tb.broker.nodeId] })),
    });
    return name;
  }

  async function openTxn(name: string, partition: number, pid: number, epoch = 0, seq = 0): Promise<void> {
    const p = tb.broker.replicas.partition(name, partition)!;
    await tb.broker.replicas.appendRecords(
      p,
      batchOf(['v'], { producerId: pid, producerEpoch: epoch, baseSequence: seq, transactional: true }),
      { apiVersion: 9, requiredAcks: -1 },
    );
  }

  /** [offset, isControl, producer id, producer epoch, marker type, coordinator epoch] of the log's last batch. */
  function lastBatch(name: string, partition: number): [number, boolean, number, number, number, number] {
    const log = tb.broker.replicas.log(name, partition)!;
    const buf = log.read(log.logEndOffset - 1, 1 << 20).records[0]!;
    const h = new BatchHeaderView().at(buf, 0);
    const it = new RecordIterator(buf, 0);
    it.next();
    return [
      h.baseOffset,
      h.isControl,
      h.producerId,
      h.producerEpoch,
      it.record.key()!.readInt16BE(2),
      it.record.value()!.readInt32BE(2),
    ];
  }

  it.each([0, 1])('v%i: writes each marker into every partition listed and answers per partition', async (v) => {
    const name = topic(2);
    await openTxn(name, 0, 10);
    await openTxn(name, 1, 10);
    await openTxn(name, 0, 11);
    const res = await client.request(WriteTxnMarkersApi, v, {
      markers: [
        marker(
          10,
          true,
          [
            { name, partitionIndexes: [0, 1, 7] },
            { name: 'no-such-topic', partitionIndexes: [0] },
          ],
          { coordinatorEpoch: 3 },
        ),
        marker(11, false, [{ name, partitionIndexes: [0] }], { coordinatorEpoch: 3 }),
      ],
    });
    expect(res.markers).toEqual([
      {
        producerId: 10,
        topics: [
          {
            name,
            partitions: [
              { partitionIndex: 0, errorCode: 0 },
              { partitionIndex: 1, errorCode: 0 },
              { partitionIndex: 7, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION },
            ],
          },
          {
            name: 'no-such-topic',
            partitions: [{ partitionIndex: 0, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION }],
          },
        ],
      },
      { producerId: 11, topics: [{ name, partitions: [{ partitionIndex: 0, errorCode: 0 }] }] },
    ]);
    // Partition 0: 10's batch at 0, 11's at 1, 10's COMMIT at 2, 11's ABORT at 3.
    expect(lastBatch(name, 0)).toEqual([3, true, 11, 0, 0, 3]);
    expect(lastBatch(name, 1)).toEqual([1, true, 10, 0, 1, 3]);
    const log = tb.broker.replicas.log(name, 0)!;
    expect([log.highWatermark, log.lastStableOffset]).toEqual([4, 4]);
    expect(log.collectAbortedTransactions(0, 4)).toEqual([{ producerId: 11, firstOffset: 1 }]);
  });

  it('fences markers from an older coordinator epoch or producer epoch; a newer producer epoch is accepted', async () => {
    const name = topic(1);
    await openTxn(name, 0, 20, 2);
    const send = async (m: Marker) =>
      (await client.request(WriteTxnMarkersApi, 1, { markers: [m] })).markers[0]!.topics[0]!.partitions[0]!.errorCode;
    expect(await send(marker(20, true, [{ name, partitionIndexes: [0] }], { epoch: 2, coordinatorEpoch: 5 }))).toBe(
      ErrorCode.NONE,
    );
    await openTxn(name, 0, 20, 2, 1);
    const end = tb.broker.replicas.log(name, 0)!.logEndOffset;
    expect(await send(marker(20, false, [{ name, partitionIndexes: [0] }], { epoch: 2, coordinatorEpoch: 4 }))).toBe(
      ErrorCode.TRANSACTION_COORDINATOR_FENCED,
    );
    expect(await send(marker(20, false, [{ name, partitionIndexes: [0] }], { epoch: 1, coordinatorEpoch: 5 }))).toBe(
      ErrorCode.INVALID_PRODUCER_EPOCH,
    );
    expect(tb.broker.replicas.log(name, 0)!.logEndOffset).toBe(end);
    expect(await send(marker(20, false, [{ name, partitionIndexes: [0] }], { epoch: 3, coordinatorEpoch: 5 }))).toBe(
      ErrorCode.NONE,
    );
    expect(lastBatch(name, 0)).toEqual([end, true, 20, 3, 0, 5]);
  });

  it('a partition led by another broker identity is NOT_LEADER_OR_FOLLOWER there and written by its leader', async () => {
    const name = `wtm-${n++}`;
    const other = tb.broker.nodes[1]!;
    tb.broker.cluster.createTopic({
      name,
      numPartitions: -1,
      replicationFactor: -1,
      configs: [],
      assignments: [{ partitionIndex: 0, brokerIds: [other.nodeId] }],
    });
    await openTxn(name, 0, 30);
    const m = { markers: [marker(30, true, [{ name, partitionIndexes: [0] }])] };
    expect((await client.request(WriteTxnMarkersApi, 1, m)).markers[0]!.topics[0]!.partitions[0]!.errorCode).toBe(
      ErrorCode.NOT_LEADER_OR_FOLLOWER,
    );
    expect(tb.broker.replicas.log(name, 0)!.lastStableOffset).toBe(0);
    const leader = await WireClient.connect(other.port);
    try {
      expect((await leader.request(WriteTxnMarkersApi, 1, m)).markers[0]!.topics[0]!.partitions[0]!.errorCode).toBe(
        ErrorCode.NONE,
      );
    } finally {
      leader.destroy();
    }
    expect(tb.broker.replicas.log(name, 0)!.lastStableOffset).toBe(2);
  });

  it('routes __consumer_offsets partitions to the group coordinator, and an empty request gets an empty answer', async () => {
    expect(await client.request(WriteTxnMarkersApi, 1, { markers: [] })).toEqual({ markers: [] });
    const m = { markers: [marker(40, true, [{ name: GROUP_METADATA_TOPIC, partitionIndexes: [0] }])] };
    expect(tb.broker.cluster.topicByName(GROUP_METADATA_TOPIC)).toBeUndefined();
    expect((await client.request(WriteTxnMarkersApi, 1, m)).markers[0]!.topics[0]!.partitions[0]!.errorCode).toBe(
      ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
    );
    tb.broker.groups.ensureOffsetsTopic();
    const log = tb.broker.replicas.log(GROUP_METADATA_TOPIC, 0)!;
    const leaderClient =
      tb.broker.cluster.topicByName(GROUP_METADATA_TOPIC)!.partitions[0]!.leader === tb.broker.nodeId
        ? client
        : await WireClient.connect(tb.broker.nodes[1]!.port);
    await new Promise((r) => setTimeout(r, 100)); // the partition loads
    const end = log.logEndOffset;
    expect((await leaderClient.request(WriteTxnMarkersApi, 1, m)).markers[0]!.topics[0]!.partitions[0]!.errorCode).toBe(
      ErrorCode.NONE,
    );
    expect(log.logEndOffset).toBe(end + 1);
    expect(lastBatch(GROUP_METADATA_TOPIC, 0).slice(0, 3)).toEqual([end, true, 40]);
    if (leaderClient !== client) leaderClient.destroy();
  });
});
