/**
 * READ_COMMITTED over the wire: transactional batches of two producers (appended through the ReplicaManager's produce
 * path, below the transaction coordinator's partition verification), an ABORT for one and a COMMIT for the other
 * through WriteTxnMarkers, then Fetch (v4, v11, v17) and ListOffsets with both isolation levels: records only below
 * the last stable offset while a transaction is open, the aborted transactions overlapping what is returned, a parked
 * READ_COMMITTED fetch woken by the marker, a kafkajs read_committed consumer that never sees an aborted or control
 * record, and the LSO and transaction index after clean and unclean restarts.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import {
  BatchHeaderView,
  ErrorCode,
  ListOffsetsApi,
  WriteTxnMarkersApi,
  type FetchRequest,
  type FetchResponse,
} from '@samsa/protocol';
import { batchOf, decodeBatches, fetch, fetch as fetchWire, type FetchTarget } from '../helpers/records';
import { startTestBroker, tempDataDir, type TestBroker } from '../helpers/test-broker';
import { WireClient } from '../helpers/wire-client';

const A = 4001;
const B = 4002;
const C = 4003;
// Recent timestamps: markers carry the broker's clock, and segment.ms would roll a segment of old batches.
const T0 = Date.now() - 60_000;

describe('Fetch and ListOffsets with READ_COMMITTED', () => {
  const dataDir = tempDataDir();
  let tb: TestBroker;
  let client: WireClient;
  let n = 0;

  beforeAll(async () => {
    tb = await startTestBroker({ 'group.initial.rebalance.delay.ms': 0 }, dataDir);
    client = await WireClient.connect(tb.broker.port);
  });
  afterAll(async () => {
    client.destroy();
    await tb.dispose();
  });

  function topic(): string {
    const name = `rc-${n++}`;
    tb.broker.cluster.createTopic({ name, numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] });
    return name;
  }

  /** Appends through the produce path (what Produce does once the transaction coordinator verified the partition). */
  async function append(
    name: string,
    values: string[],
    o: { pid?: number; seq?: number; txn?: boolean; ts?: number } = {},
  ): Promise<number> {
    const p = tb.broker.replicas.partition(name, 0)!;
    const batch = batchOf(values, {
      producerId: o.pid ?? -1,
      producerEpoch: o.pid === undefined ? -1 : 0,
      baseSequence: o.seq ?? -1,
      transactional: o.txn ?? false,
      timestamp: o.ts ?? T0,
    });
    return (await tb.broker.replicas.appendRecords(p, batch, { apiVersion: 9, requiredAcks: -1 })).baseOffset;
  }

  const marker = (name: string, pid: number, committed: boolean, coordinatorEpoch = 0, version = 1) =>
    client.request(WriteTxnMarkersApi, version, {
      markers: [
        {
          producerId: pid,
          producerEpoch: 0,
          transactionResult: committed,
          coordinatorEpoch,
          topics: [{ name, partitionIndexes: [0] }],
        },
      ],
    });

  const only = (res: FetchResponse) => res.responses[0]!.partitions[0]!;
  const offsetsOf = async (p: ReturnType<typeof only>) =>
    (await decodeBatches(p.records as Buffer | Buffer[])).map((b) => [b.baseOffset, b.lastOffset]);

  const listLatest = async (name: string, isolationLevel: number, timestamp = -1) =>
    (
      await client.request(ListOffsetsApi, 5, {
        replicaId: -1,
        isolationLevel,
        topics: [{ name, partitions: [{ partitionIndex: 0, currentLeaderEpoch: -1, timestamp, maxNumOffsets: 1 }] }],
      })
    ).topics[0]!.partitions[0]!;

  /** Plain 0-1, A 2-3, B 4, plain 5, A 6 (open: A from 2, B from 4). */
  async function twoOpenTransactions(name: string): Promise<void> {
    expect(await append(name, ['p0', 'p1'])).toBe(0);
    expect(await append(name, ['a0', 'a1'], { pid: A, seq: 0, txn: true })).toBe(2);
    expect(await append(name, ['b0'], { pid: B, seq: 0, txn: true })).toBe(4);
    expect(await append(name, ['p2'], { ts: T0 + 1000 })).toBe(5);
    expect(await append(name, ['a2'], { pid: A, seq: 2, txn: true })).toBe(6);
  }

  it.each([4, 11, 17])(
    'v%i: an open transaction holds READ_COMMITTED below its first offset; READ_UNCOMMITTED reads on',
    async (v) => {
      const name = topic();
      await twoOpenTransactions(name);
      const topicId = tb.broker.cluster.topicByName(name)!.id;
      const fetch = (c: WireClient, version: number, targets: FetchTarget[], extra: Partial<FetchRequest>) =>
        fetchWire(
          c,
          version,
          targets.map((t) => ({ ...t, topicId })),
          extra,
        );
      const committed = only(await fetch(client, v, [{ topic: name, partition: 0, offset: 0 }], { isolationLevel: 1 }));
      expect(committed).toMatchObject({ errorCode: 0, highWatermark: 7, lastStableOffset: 2, abortedTransactions: [] });
      expect(await offsetsOf(committed)).toEqual([[0, 1]]);
      const uncommitted = only(
        await fetch(client, v, [{ topic: name, partition: 0, offset: 0 }], { isolationLevel: 0 }),
      );
      expect(uncommitted).toMatchObject({
        errorCode: 0,
        highWatermark: 7,
        lastStableOffset: 2,
        abortedTransactions: null,
      });
      expect(await offsetsOf(uncommitted)).toEqual([
        [0, 1],
        [2, 3],
        [4, 4],
        [5, 5],
        [6, 6],
      ]);
      // At the LSO there is nothing to read yet.
      const atLso = only(await fetch(client, v, [{ topic: name, partition: 0, offset: 2 }], { isolationLevel: 1 }));
      expect(atLso).toMatchObject({ errorCode: 0, lastStableOffset: 2, abortedTransactions: [] });
      expect(await offsetsOf(atLso)).toEqual([]);
    },
  );

  it('ListOffsets: READ_COMMITTED latest is the LSO, and timestamp lookups stop there', async () => {
    const name = topic();
    await twoOpenTransactions(name);
    expect(await listLatest(name, 1)).toMatchObject({ errorCode: 0, offset: 2 });
    expect(await listLatest(name, 0)).toMatchObject({ errorCode: 0, offset: 7 });
    // p2 (offset 5) is the first record at T0 + 1000: past the LSO for READ_COMMITTED.
    expect(await listLatest(name, 0, T0 + 1000)).toMatchObject({ errorCode: 0, offset: 5, timestamp: T0 + 1000 });
    expect(await listLatest(name, 1, T0 + 1000)).toMatchObject({ errorCode: 0, offset: -1, timestamp: -1 });
    expect(await listLatest(name, 1, T0)).toMatchObject({ errorCode: 0, offset: 0 });
    await marker(name, A, false);
    await marker(name, B, true);
    expect(await listLatest(name, 1)).toMatchObject({ offset: 9 });
    expect(await listLatest(name, 1, T0 + 1000)).toMatchObject({ offset: 5 });
  });

  it('markers move the LSO, wake a parked READ_COMMITTED fetch, and the aborted transaction is listed with its first offset', async () => {
    const name = topic();
    await twoOpenTransactions(name);
    const parked = fetch(client, 11, [{ topic: name, partition: 0, offset: 2 }], {
      isolationLevel: 1,
      maxWaitMs: 10_000,
      minBytes: 1,
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(tb.broker.replicas.parkedFetches).toBeGreaterThan(0);
    // A transactional append that leaves the LSO alone does not wake it.
    expect(await append(name, ['b1'], { pid: B, seq: 1, txn: true })).toBe(7);
    await new Promise((r) => setTimeout(r, 50));
    expect(tb.broker.replicas.parkedFetches).toBeGreaterThan(0);
    const started = Date.now();
    // A WriteTxnMarkers client on a second connection: the parked fetch holds the first one's response queue.
    const coordinator = await WireClient.connect(tb.broker.port);
    const res = await coordinator.request(WriteTxnMarkersApi, 1, {
      markers: [
        {
          producerId: A,
          producerEpoch: 0,
          transactionResult: false,
          coordinatorEpoch: 0,
          topics: [{ name, partitionIndexes: [0] }],
        },
      ],
    });
    expect(res.markers).toEqual([
      { producerId: A, topics: [{ name, partitions: [{ partitionIndex: 0, errorCode: 0 }] }] },
    ]);
    const woken = only(await parked);
    expect(Date.now() - started).toBeLessThan(5000);
    // A's marker is at 8; B (from 4) is still open.
    expect(woken).toMatchObject({
      errorCode: 0,
      highWatermark: 9,
      lastStableOffset: 4,
      abortedTransactions: [{ producerId: A, firstOffset: 2 }],
    });
    expect(await offsetsOf(woken)).toEqual([[2, 3]]);

    expect(
      (
        await coordinator.request(WriteTxnMarkersApi, 0, {
          markers: [
            {
              producerId: B,
              producerEpoch: 0,
              transactionResult: true,
              coordinatorEpoch: 0,
              topics: [{ name, partitionIndexes: [0] }],
            },
          ],
        })
      ).markers[0]!.topics[0]!.partitions[0]!.errorCode,
    ).toBe(0);
    coordinator.destroy();
    const all = only(await fetch(client, 11, [{ topic: name, partition: 0, offset: 0 }], { isolationLevel: 1 }));
    expect(all).toMatchObject({
      highWatermark: 10,
      lastStableOffset: 10,
      abortedTransactions: [{ producerId: A, firstOffset: 2 }],
    });
    // The control batches are served too (clients skip them): A's ABORT at 8, B's COMMIT at 9.
    const batches = Buffer.isBuffer(all.records) ? all.records : Buffer.concat(all.records as Buffer[]);
    const h = new BatchHeaderView();
    const seen: Array<[number, boolean, number]> = [];
    for (let off = 0; off < batches.length; off += h.sizeInBytes) {
      h.at(batches, off);
      seen.push([h.baseOffset, h.isControl, h.producerId]);
    }
    expect(seen).toEqual([
      [0, false, -1],
      [2, false, A],
      [4, false, B],
      [5, false, -1],
      [6, false, A],
      [7, false, B],
      [8, true, A],
      [9, true, B],
    ]);
    // A range past the aborted transaction's marker does not list it; one inside it does.
    expect(
      only(await fetch(client, 11, [{ topic: name, partition: 0, offset: 9 }], { isolationLevel: 1 }))
        .abortedTransactions,
    ).toEqual([]);
    expect(
      only(await fetch(client, 11, [{ topic: name, partition: 0, offset: 6 }], { isolationLevel: 1 }))
        .abortedTransactions,
    ).toEqual([{ producerId: A, firstOffset: 2 }]);
    expect(
      only(await fetch(client, 11, [{ topic: name, partition: 0, offset: 0 }], { isolationLevel: 0 }))
        .abortedTransactions,
    ).toBeNull();
  });

  it('a kafkajs read_committed consumer gets the committed and plain records only, never a control record', async () => {
    const name = topic();
    await twoOpenTransactions(name);
    await marker(name, A, false);
    await marker(name, B, true);
    await append(name, ['p3']);
    const kafka = new Kafka({ clientId: 'rc', brokers: [tb.broker.bootstrapServers], logLevel: logLevel.NOTHING });
    const read = async (readUncommitted: boolean): Promise<string[]> => {
      const consumer: Consumer = kafka.consumer({
        groupId: `rc-${name}-${readUncommitted}`,
        maxWaitTimeInMs: 100,
        readUncommitted,
      });
      await consumer.connect();
      await consumer.subscribe({ topic: name, fromBeginning: true });
      const values: string[] = [];
      await new Promise<void>((resolve) => {
        void consumer.run({
          eachMessage: async ({ message }) => {
            values.push(message.value?.toString() ?? '<null>');
            if (message.value?.toString() === 'p3') resolve();
          },
        });
      });
      await consumer.disconnect();
      return values;
    };
    expect(await read(false)).toEqual(['p0', 'p1', 'b0', 'p2', 'p3']);
    expect(await read(true)).toEqual(['p0', 'p1', 'a0', 'a1', 'b0', 'p2', 'a2', 'p3']);
  }, 30_000);

  it("fenced markers get Kafka's codes and leave the partition alone", async () => {
    const name = topic();
    await append(name, ['a0'], { pid: A, seq: 0, txn: true });
    expect((await marker(name, A, true, 5)).markers[0]!.topics[0]!.partitions[0]!.errorCode).toBe(ErrorCode.NONE);
    await append(name, ['a1'], { pid: A, seq: 1, txn: true });
    const end = tb.broker.replicas.log(name, 0)!.logEndOffset;
    expect((await marker(name, A, false, 4)).markers[0]!.topics[0]!.partitions[0]!.errorCode).toBe(
      ErrorCode.TRANSACTION_COORDINATOR_FENCED,
    );
    expect(tb.broker.replicas.log(name, 0)!.logEndOffset).toBe(end);
    expect(tb.broker.replicas.log(name, 0)!.lastStableOffset).toBe(2);
  });

  it('restarts keep the LSO of an open transaction and the aborted-transaction index (clean and unclean)', async () => {
    const name = topic();
    await twoOpenTransactions(name);
    await marker(name, A, false); // 7; B (from 4) stays open
    expect(await append(name, ['c0'], { pid: C, seq: 0, txn: true })).toBe(8);
    const expectState = async (c: WireClient) => {
      const p = only(await fetch(c, 11, [{ topic: name, partition: 0, offset: 0 }], { isolationLevel: 1 }));
      expect(p).toMatchObject({
        highWatermark: 9,
        lastStableOffset: 4,
        abortedTransactions: [{ producerId: A, firstOffset: 2 }],
      });
      expect(await offsetsOf(p)).toEqual([
        [0, 1],
        [2, 3],
      ]);
    };
    await expectState(client);

    client.destroy();
    await tb.stop();
    tb = await startTestBroker({ 'group.initial.rebalance.delay.ms': 0 }, dataDir);
    client = await WireClient.connect(tb.broker.port);
    await expectState(client);

    // Unclean: no clean-shutdown marker, and the transaction index lost: recovery rebuilds it from the log.
    client.destroy();
    await tb.stop();
    const partDir = join(dataDir, `${name}-0`);
    for (const f of readdirSync(partDir))
      if (f.endsWith('.txnindex') || f.endsWith('.snapshot')) rmSync(join(partDir, f));
    rmSync(join(dataDir, '.kafka_cleanshutdown'));
    tb = await startTestBroker({ 'group.initial.rebalance.delay.ms': 0 }, dataDir);
    client = await WireClient.connect(tb.broker.port);
    expect(existsSync(join(partDir, '00000000000000000000.txnindex'))).toBe(true);
    await expectState(client);

    // The transactions still open complete normally after the restarts.
    await marker(name, B, true);
    await marker(name, C, false);
    const p = only(await fetch(client, 11, [{ topic: name, partition: 0, offset: 0 }], { isolationLevel: 1 }));
    expect(p).toMatchObject({
      highWatermark: 11,
      lastStableOffset: 11,
      abortedTransactions: [
        { producerId: A, firstOffset: 2 },
        { producerId: C, firstOffset: 8 },
      ],
    });
  });
});
