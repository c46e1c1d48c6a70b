/**
 * The lagging high watermark state after a leader change (Partition.fetchOffsetForTimestamp, KIP-392): a new leader
 * that holds records the old ISR had not all copied begins its epoch above its high watermark, and answers a
 * consumer's ListOffsets for the latest offset (or a timestamp past the high watermark) with OFFSET_NOT_AVAILABLE
 * until the high watermark reaches the epoch start; earliest offsets and non-consumer requests are answered.
 */
import { ErrorCode, ListOffsetsApi, ProduceApi } from '@samsa/protocol';
import { startCluster, type StartedCluster } from '../../src/index';
import { batchOf } from '../helpers/records';
import { waitFor } from '../helpers/test-broker';
import { WireClient } from '../helpers/wire-client';

const LATEST = -1;
const EARLIEST = -2;

describe('ListOffsets on a new leader whose high watermark lags its epoch start', () => {
  let cluster: StartedCluster;
  const clients: WireClient[] = [];

  beforeEach(async () => {
    cluster = await startCluster({ brokers: 3 });
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await cluster.stop();
  });

  async function connect(nodeId: number): Promise<WireClient> {
    const c = await WireClient.connect(cluster.brokers.find((b) => b.nodeId === nodeId)!.port);
    clients.push(c);
    return c;
  }

  async function listOffset(client: WireClient, timestamp: number, replicaId = -1) {
    const res = await client.request(ListOffsetsApi, 7, {
      replicaId,
      isolationLevel: 0,
      timeoutMs: 0,
      topics: [
        { name: 'lag', partitions: [{ partitionIndex: 0, currentLeaderEpoch: -1, timestamp, maxNumOffsets: 1 }] },
      ],
    });
    return res.topics[0]!.partitions[0]!;
  }

  it('answers OFFSET_NOT_AVAILABLE for latest until the high watermark catches up', async () => {
    cluster.broker.cluster.createTopic({
      name: 'lag',
      numPartitions: -1,
      replicationFactor: -1,
      assignments: [{ partitionIndex: 0, brokerIds: [1, 2, 3] }],
      configs: [],
    });
    // Broker 3 stops copying while staying in the ISR: acks=1 records reach broker 2 but stay above the high watermark.
    cluster.control.pauseBroker(3);
    const leader = await connect(1);
    const produced = await leader.request(ProduceApi, 9, {
      transactionalId: null,
      acks: 1,
      timeoutMs: 5000,
      topicData: [{ name: 'lag', partitionData: [{ index: 0, records: batchOf(['a', 'b']) }] }],
    });
    expect(produced.responses[0]!.partitionResponses[0]!.errorCode).toBe(ErrorCode.NONE);
    await waitFor(() => cluster.control.describePartition('lag', 0).logEndOffsets[2] === 2, 10_000);
    const moved = cluster.control.moveLeader('lag', 0, 2);
    expect(moved.leader).toBe(2);
    expect(moved.highWatermark).toBe(0);

    const newLeader = await connect(2);
    const latest = await listOffset(newLeader, LATEST);
    expect(latest.errorCode).toBe(ErrorCode.OFFSET_NOT_AVAILABLE);
    expect((await listOffset(newLeader, Date.now() - 60_000)).errorCode).toBe(ErrorCode.OFFSET_NOT_AVAILABLE);
    expect(await listOffset(newLeader, EARLIEST)).toMatchObject({ errorCode: ErrorCode.NONE, offset: 0 });
    // A broker's own request (replica id >= 0, no isolation) sees the log end.
    expect(await listOffset(newLeader, LATEST, 1)).toMatchObject({ errorCode: ErrorCode.NONE, offset: 2 });

    cluster.control.resumeBroker(3);
    await waitFor(() => cluster.control.describePartition('lag', 0).highWatermark === 2, 10_000);
    expect(await listOffset(newLeader, LATEST)).toMatchObject({ errorCode: ErrorCode.NONE, offset: 2 });
  });
});
