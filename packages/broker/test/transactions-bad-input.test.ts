// Transactional requests no well-behaved client sends, over the raw protocol: EndTxn for a transactional id that was
// never initialised, AddPartitionsToTxn naming an unknown topic or partition, TxnOffsetCommit from a fenced producer,
// a transactional batch for a partition outside the transaction (KIP-890 verification) and one without a
// transactional id. Each gets Kafka's error code, and each is followed by a valid transaction on the same id that
// must work, so a refused request is shown to leave no state behind.
import {
  AddOffsetsToTxnApi,
  AddPartitionsToTxnApi,
  buildRecordBatch,
  EndTxnApi,
  ErrorCode,
  FindCoordinatorApi,
  InitProducerIdApi,
  isControl,
  OffsetFetchApi,
  ProduceApi,
  readBatchHeader,
  RecordIterator,
  TxnOffsetCommitApi,
} from '@samsa/protocol';
import { startTestBroker, type TestBroker } from './helpers/test-broker';
import { WireClient } from './helpers/wire-client';
import { fetch } from './helpers/records';

jest.setTimeout(30_000);

interface Producer {
  readonly transactionalId: string;
  readonly producerId: number;
  readonly producerEpoch: number;
}

describe('transactional requests with bad input', () => {
  let tb: TestBroker;
  let client: WireClient;
  let topicCount = 0;

  beforeAll(async () => {
    tb = await startTestBroker();
    client = await WireClient.connect(tb.broker.port);
  });
  afterAll(async () => {
    client.destroy();
    await tb.dispose();
  });

  function topic(numPartitions = 1): string {
    const name = `txn-bad-${topicCount++}`;
    tb.broker.cluster.createTopic({ name, numPartitions, replicationFactor: 1, assignments: [], configs: [] });
    return name;
  }

  /** Polls `request` while it answers one of Kafka's retriable coordinator codes (loading, concurrent transactions). */
  async function retrying<T extends { errorCode: number }>(request: () => Promise<T>): Promise<T> {
    const retriable: readonly number[] = [
      ErrorCode.COORDINATOR_LOAD_IN_PROGRESS,
      ErrorCode.COORDINATOR_NOT_AVAILABLE,
      ErrorCode.NOT_COORDINATOR,
      ErrorCode.CONCURRENT_TRANSACTIONS,
    ];
    const deadline = Date.now() + 10_000;
    for (;;) {
      const res = await request();
      if (!retriable.includes(res.errorCode) || Date.now() > deadline) return res;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /**
   * FindCoordinator v1 until the coordinator is ready, as a client does first: like Kafka, samsa creates the internal
   * topic (`__transaction_state` for key type 1, `__consumer_offsets` for 0) on the first lookup, and until then any
   * coordinator request answers NOT_COORDINATOR.
   */
  async function findCoordinator(key: string, keyType: 0 | 1): Promise<void> {
    const coordinator = await retrying(() =>
      client.request(FindCoordinatorApi, 1, { key, keyType }).then((r) => ({ ...r, errorCode: r.errorCode ?? 0 })),
    );
    expect(coordinator).toMatchObject({ errorCode: ErrorCode.NONE, port: tb.broker.port });
  }

  /** FindCoordinator(transaction), then InitProducerId v1 as kafkajs sends it. */
  async function init(transactionalId: string): Promise<Producer> {
    await findCoordinator(transactionalId, 1);
    const res = await retrying(() =>
      client.request(InitProducerIdApi, 1, { transactionalId, transactionTimeoutMs: 60_000 }),
    );
    expect(res.errorCode).toBe(ErrorCode.NONE);
    return { transactionalId, producerId: res.producerId, producerEpoch: res.producerEpoch };
  }

  const addPartitions = (p: Producer, topics: { name: string; partitions: number[] }[], version = 1) =>
    retrying(() =>
      client
        .request(AddPartitionsToTxnApi, version, {
          v3AndBelowTransactionalId: p.transactionalId,
          v3AndBelowProducerId: p.producerId,
          v3AndBelowProducerEpoch: p.producerEpoch,
          v3AndBelowTopics: topics,
        })
        .then((res) => {
          const codes = (res.resultsByTopicV3AndBelow ?? []).flatMap((t) =>
            t.resultsByPartition.map((r) => [t.name, r.partitionIndex, r.partitionErrorCode] as const),
          );
          // Retried as a whole while the coordinator is busy with the previous transaction.
          return {
            codes,
            errorCode: codes.find(([, , code]) => code === ErrorCode.CONCURRENT_TRANSACTIONS)?.[2] ?? ErrorCode.NONE,
          };
        }),
    );

  const endTxn = (p: Producer, committed: boolean, version = 1) =>
    client.request(EndTxnApi, version, {
      transactionalId: p.transactionalId,
      producerId: p.producerId,
      producerEpoch: p.producerEpoch,
      committed,
    });

  /** Produce v9 of one transactional batch of `values`; returns the partition's error code and base offset. */
  async function produceTxn(
    p: Producer,
    name: string,
    values: string[],
    baseSequence: number,
    transactionalId: string | null = p.transactionalId,
  ) {
    const ts = Date.now();
    const records = buildRecordBatch({
      records: values.map((v) => ({ key: null, value: Buffer.from(v), timestamp: ts })),
      baseTimestamp: ts,
      producerId: p.producerId,
      producerEpoch: p.producerEpoch,
      baseSequence,
      transactional: true,
    });
    const res = await client.request(ProduceApi, 9, {
      transactionalId,
      acks: -1,
      timeoutMs: 5000,
      topicData: [{ name, partitionData: [{ index: 0, records }] }],
    });
    const r = res.responses[0]!.partitionResponses[0]!;
    return { errorCode: r.errorCode, baseOffset: r.baseOffset };
  }

  /** The partition as a read_committed consumer sees it: LSO, high watermark and [offset, value or marker] pairs. */
  async function readCommitted(name: string) {
    const res = await fetch(client, 11, [{ topic: name, partition: 0, offset: 0 }], { isolationLevel: 1 });
    const p = res.responses[0]!.partitions[0]!;
    const data =
      p.records === null ? Buffer.alloc(0) : Buffer.isBuffer(p.records) ? p.records : Buffer.concat(p.records);
    const entries: (readonly [number, string])[] = [];
    for (let pos = 0; pos + 61 <= data.length; ) {
      const h = readBatchHeader(data, pos);
      const it = new RecordIterator(data, pos);
      // A control record's key is version (int16) + type (int16: 0 abort, 1 commit).
      while (it.next())
        entries.push([
          it.record.offset,
          isControl(h.attributes)
            ? it.record.key()!.readInt16BE(2) === 1
              ? 'COMMIT'
              : 'ABORT'
            : (it.record.value()?.toString() ?? ''),
        ]);
      pos += 12 + h.batchLength;
    }
    return {
      errorCode: p.errorCode,
      highWatermark: p.highWatermark,
      lastStableOffset: p.lastStableOffset,
      abortedTransactions: p.abortedTransactions ?? [],
      entries,
    };
  }

  /** Waits until the partition's LSO reaches its high watermark (the markers of every ended transaction written). */
  async function stable(name: string) {
    const deadline = Date.now() + 5000;
    for (;;) {
      const view = await readCommitted(name);
      if (view.lastStableOffset === view.highWatermark || Date.now() > deadline) return view;
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  it.each([1, 3])(
    'EndTxn v%i for a transactional id never initialised: INVALID_PRODUCER_ID_MAPPING; then the id works',
    async (v) => {
      const transactionalId = `never-initialised-v${v}`;
      await findCoordinator(transactionalId, 1);
      for (const committed of [true, false]) {
        const res = await endTxn({ transactionalId, producerId: 4242, producerEpoch: 0 }, committed, v);
        expect(res.errorCode).toBe(ErrorCode.INVALID_PRODUCER_ID_MAPPING);
      }
      const name = topic();
      const p = await init(transactionalId);
      // A known id with another producer id is the same mismatch; with no transaction open, EndTxn is INVALID_TXN_STATE.
      expect((await endTxn({ ...p, producerId: p.producerId + 1 }, true, v)).errorCode).toBe(
        ErrorCode.INVALID_PRODUCER_ID_MAPPING,
      );
      expect((await endTxn(p, true, v)).errorCode).toBe(ErrorCode.INVALID_TXN_STATE);
      expect((await addPartitions(p, [{ name, partitions: [0] }])).codes).toEqual([[name, 0, ErrorCode.NONE]]);
      expect(await produceTxn(p, name, ['a', 'b'], 0)).toEqual({ errorCode: ErrorCode.NONE, baseOffset: 0 });
      expect((await endTxn(p, true, v)).errorCode).toBe(ErrorCode.NONE);
      expect(await stable(name)).toMatchObject({
        errorCode: 0,
        lastStableOffset: 3,
        entries: [
          [0, 'a'],
          [1, 'b'],
          [2, 'COMMIT'],
        ],
      });
    },
  );

  it.each([1, 3])(
    'AddPartitionsToTxn v%i naming an unknown topic or partition: UNKNOWN_TOPIC_OR_PARTITION for those, OPERATION_NOT_ATTEMPTED for the rest, nothing added',
    async (v) => {
      const name = topic();
      const p = await init(`unknown-topic-v${v}`);
      const res = await addPartitions(
        p,
        [
          { name, partitions: [0, 7] },
          { name: 'no-such-topic', partitions: [0] },
        ],
        v,
      );
      expect([...res.codes].sort()).toEqual(
        [
          [name, 0, ErrorCode.OPERATION_NOT_ATTEMPTED],
          [name, 7, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION],
          ['no-such-topic', 0, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION],
        ].sort(),
      );
      // Not even the valid partition joined the transaction: there is none to end, and a batch for it is refused.
      expect((await endTxn(p, true)).errorCode).toBe(ErrorCode.INVALID_TXN_STATE);
      expect((await produceTxn(p, name, ['refused'], 0)).errorCode).toBe(ErrorCode.INVALID_TXN_STATE);
      expect((await addPartitions(p, [{ name, partitions: [0] }], v)).codes).toEqual([[name, 0, ErrorCode.NONE]]);
      expect(await produceTxn(p, name, ['accepted'], 0)).toEqual({ errorCode: ErrorCode.NONE, baseOffset: 0 });
      expect((await endTxn(p, true)).errorCode).toBe(ErrorCode.NONE);
      expect(await stable(name)).toMatchObject({
        lastStableOffset: 2,
        entries: [
          [0, 'accepted'],
          [1, 'COMMIT'],
        ],
      });
    },
  );

  it('a transactional batch for a partition outside the transaction: INVALID_TXN_STATE, nothing stored, the LSO unmoved', async () => {
    const name = topic();
    const other = topic();
    const p = await init('not-added');
    // Partition verification refuses it with no transaction open, and with one open on another partition.
    expect((await produceTxn(p, name, ['x'], 0)).errorCode).toBe(ErrorCode.INVALID_TXN_STATE);
    expect((await addPartitions(p, [{ name: other, partitions: [0] }])).codes).toEqual([[other, 0, ErrorCode.NONE]]);
    expect((await produceTxn(p, name, ['x'], 0)).errorCode).toBe(ErrorCode.INVALID_TXN_STATE);
    expect(await readCommitted(name)).toMatchObject({
      errorCode: 0,
      highWatermark: 0,
      lastStableOffset: 0,
      entries: [],
    });

    expect((await addPartitions(p, [{ name, partitions: [0] }])).codes).toEqual([[name, 0, ErrorCode.NONE]]);
    expect(await produceTxn(p, name, ['y'], 0)).toEqual({ errorCode: ErrorCode.NONE, baseOffset: 0 });
    expect(await produceTxn(p, other, ['z'], 0)).toEqual({ errorCode: ErrorCode.NONE, baseOffset: 0 });
    expect((await endTxn(p, false)).errorCode).toBe(ErrorCode.NONE);
    const aborted = await stable(name);
    expect(aborted).toMatchObject({
      lastStableOffset: 2,
      abortedTransactions: [{ producerId: p.producerId, firstOffset: 0 }],
    });
    expect((await stable(other)).abortedTransactions).toEqual([{ producerId: p.producerId, firstOffset: 0 }]);
  });

  it('a transactional batch in a Produce without a transactional id: TRANSACTIONAL_ID_AUTHORIZATION_FAILED, nothing stored', async () => {
    const name = topic();
    const p = await init('no-id-in-produce');
    expect((await addPartitions(p, [{ name, partitions: [0] }])).codes).toEqual([[name, 0, ErrorCode.NONE]]);
    expect((await produceTxn(p, name, ['anonymous'], 0, null)).errorCode).toBe(
      ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED,
    );
    expect(await readCommitted(name)).toMatchObject({ highWatermark: 0, entries: [] });
    expect(await produceTxn(p, name, ['named'], 0)).toEqual({ errorCode: ErrorCode.NONE, baseOffset: 0 });
    expect((await endTxn(p, true)).errorCode).toBe(ErrorCode.NONE);
    expect(await stable(name)).toMatchObject({
      lastStableOffset: 2,
      entries: [
        [0, 'named'],
        [1, 'COMMIT'],
      ],
    });
  });

  it('TxnOffsetCommit from a fenced producer: INVALID_PRODUCER_EPOCH; its offsets never show; the new epoch commits', async () => {
    const name = topic();
    const groupId = 'txn-bad-group';
    const transactionalId = 'fenced-offsets';
    const txnOffsetCommit = (p: Producer, offset: number) =>
      client
        .request(TxnOffsetCommitApi, 3, {
          transactionalId,
          groupId,
          producerId: p.producerId,
          producerEpoch: p.producerEpoch,
          generationId: -1,
          memberId: '',
          groupInstanceId: null,
          topics: [
            {
              name,
              partitions: [
                { partitionIndex: 0, committedOffset: offset, committedLeaderEpoch: -1, committedMetadata: '' },
              ],
            },
          ],
        })
        .then((res) => res.topics[0]!.partitions[0]!.errorCode);
    const committedOffset = async (requireStable: boolean) => {
      const res = await client.request(OffsetFetchApi, 7, {
        groupId,
        topics: [{ name, partitionIndexes: [0] }],
        requireStable,
      });
      const part = res.topics![0]!.partitions[0]!;
      return [part.committedOffset, part.errorCode];
    };

    await findCoordinator(groupId, 0);
    const old = await init(transactionalId);
    expect(
      (
        await retrying(() =>
          client.request(AddOffsetsToTxnApi, 1, {
            transactionalId,
            producerId: old.producerId,
            producerEpoch: old.producerEpoch,
            groupId,
          }),
        )
      ).errorCode,
    ).toBe(ErrorCode.NONE);
    expect(await txnOffsetCommit(old, 5)).toBe(ErrorCode.NONE);
    // Pending: invisible without require_stable, UNSTABLE_OFFSET_COMMIT with it.
    expect(await committedOffset(false)).toEqual([-1, ErrorCode.NONE]);
    expect(await committedOffset(true)).toEqual([-1, ErrorCode.UNSTABLE_OFFSET_COMMIT]);

    // A new InitProducerId for the id aborts the open transaction and bumps the epoch.
    const current = await init(transactionalId);
    expect(current.producerId).toBe(old.producerId);
    expect(current.producerEpoch).toBeGreaterThan(old.producerEpoch);
    expect(await txnOffsetCommit(old, 6)).toBe(ErrorCode.INVALID_PRODUCER_EPOCH);
    expect(await committedOffset(true)).toEqual([-1, ErrorCode.NONE]);

    expect(
      (
        await retrying(() =>
          client.request(AddOffsetsToTxnApi, 1, {
            transactionalId,
            producerId: current.producerId,
            producerEpoch: current.producerEpoch,
            groupId,
          }),
        )
      ).errorCode,
    ).toBe(ErrorCode.NONE);
    expect(await txnOffsetCommit(current, 9)).toBe(ErrorCode.NONE);
    expect((await endTxn(current, true)).errorCode).toBe(ErrorCode.NONE);
    const deadline = Date.now() + 5000;
    let seen = await committedOffset(true);
    while (seen[0] !== 9 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
      seen = await committedOffset(true);
    }
    expect(seen).toEqual([9, ErrorCode.NONE]);
  });
});
