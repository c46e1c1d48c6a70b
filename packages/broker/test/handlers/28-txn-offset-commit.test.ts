import {
  AddOffsetsToTxnApi,
  BatchHeaderView,
  EndTxnApi,
  ErrorCode,
  FindCoordinatorApi,
  InitProducerIdApi,
  OffsetFetchApi,
  TxnOffsetCommitApi,
  type TxnOffsetCommitRequest,
} from '@samsa/protocol';
import type { RequestInfo } from '@samsa/coordinator';
import { createTopic, findCoordinator, startGroupBroker, type GroupBroker } from '../helpers/groups';
import type { WireClient } from '../helpers/wire-client';

const OFFSETS = '__consumer_offsets';

function txnBody(
  groupId: string,
  producerId: number,
  producerEpoch: number,
  partitions: [string, number, number][],
  extra: Partial<TxnOffsetCommitRequest> = {},
): TxnOffsetCommitRequest {
  const byTopic = new Map<
    string,
    {
      partitionIndex: number;
      committedOffset: number;
      committedLeaderEpoch: number;
      committedMetadata: string | null;
    }[]
  >();
  for (const [topic, partitionIndex, committedOffset] of partitions) {
    const list = byTopic.get(topic) ?? [];
    list.push({ partitionIndex, committedOffset, committedLeaderEpoch: 1, committedMetadata: `m${committedOffset}` });
    byTopic.set(topic, list);
  }
  return {
    transactionalId: 'tx',
    groupId,
    producerId,
    producerEpoch,
    generationId: -1,
    memberId: '',
    groupInstanceId: null,
    topics: [...byTopic].map(([name, ps]) => ({ name, partitions: ps })),
    ...extra,
  };
}

/** committedOffset / errorCode of t-0 and t-1 through OffsetFetch v7 over the wire. */
async function fetchT(c: WireClient, groupId: string, requireStable: boolean): Promise<[number, number][]> {
  const res = await c.request(OffsetFetchApi, 7, {
    groupId,
    topics: [{ name: 't', partitionIndexes: [0, 1] }],
    requireStable,
  });
  expect(res.errorCode).toBe(0);
  return res.topics![0]!.partitions.map((p) => [p.committedOffset, p.errorCode]);
}

/**
 * Pending transactional offsets as the group coordinator of a real broker writes them into its `__consumer_offsets`
 * log (the transaction coordinator's verdict given directly), read back over the wire.
 */
function commitPending(
  gb: GroupBroker,
  groupId: string,
  producerId: number,
  producerEpoch: number,
  partitions: [string, number, number][],
) {
  const info: RequestInfo = { clientId: 'test', clientHost: '/127.0.0.1', apiVersion: 3 };
  return gb.broker.groups.service.commitTransactionalOffsets(
    info,
    txnBody(groupId, producerId, producerEpoch, partitions),
    (t, p) => gb.broker.groups.partitionExists(t, p),
    () => null,
  );
}

describe('TxnOffsetCommit v0-4 and transactional offsets in __consumer_offsets', () => {
  let gb: GroupBroker;
  let c: WireClient;
  beforeAll(async () => {
    gb = await startGroupBroker();
    c = await gb.connect();
    await findCoordinator(c, 'x');
    await createTopic(c, 't', 2);
  });
  afterAll(() => gb.dispose());

  it.each([0, 1, 2, 3, 4])(
    'v%i: unknown topics get UNKNOWN_TOPIC_OR_PARTITION, an empty group id INVALID_GROUP_ID',
    async (v) => {
      const unknown = await c.request(
        TxnOffsetCommitApi,
        v,
        txnBody('g', 1, 0, [
          ['nope', 0, 1],
          ['t', 7, 1],
        ]),
      );
      expect(unknown.topics).toEqual([
        { name: 'nope', partitions: [{ partitionIndex: 0, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION }] },
        { name: 't', partitions: [{ partitionIndex: 7, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION }] },
      ]);
      const empty = await c.request(TxnOffsetCommitApi, v, txnBody('', 1, 0, [['t', 0, 1]]));
      expect(empty.topics).toEqual([
        { name: 't', partitions: [{ partitionIndex: 0, errorCode: ErrorCode.INVALID_GROUP_ID }] },
      ]);
    },
  );

  it('pending offsets: one transactional batch in the log, UNSTABLE_OFFSET_COMMIT with require_stable, visible after the commit marker', async () => {
    const partition = gb.broker.groups.service.partitionFor('pg');
    const log = gb.broker.replicas.log(OFFSETS, partition)!;
    const end = log.logEndOffset;
    expect(
      commitPending(gb, 'pg', 500, 0, [
        ['t', 0, 40],
        ['t', 1, 41],
      ]).topics,
    ).toEqual([
      {
        name: 't',
        partitions: [
          { partitionIndex: 0, errorCode: 0 },
          { partitionIndex: 1, errorCode: 0 },
        ],
      },
    ]);
    const { records } = log.read(end, 1 << 20);
    const view = new BatchHeaderView().at(records[0]!, 0);
    expect([view.isTransactional, view.producerId, view.producerEpoch, view.recordCount]).toEqual([true, 500, 0, 2]);
    // The open transaction holds back the partition's last stable offset.
    expect(log.lastStableOffset).toBe(end);

    expect(await fetchT(c, 'pg', false)).toEqual([
      [-1, 0],
      [-1, 0],
    ]);
    expect(await fetchT(c, 'pg', true)).toEqual([
      [-1, ErrorCode.UNSTABLE_OFFSET_COMMIT],
      [-1, ErrorCode.UNSTABLE_OFFSET_COMMIT],
    ]);

    gb.broker.groups.completeTransaction(partition, 500, 0, 0, true);
    expect(await fetchT(c, 'pg', true)).toEqual([
      [40, 0],
      [41, 0],
    ]);
    expect(log.lastStableOffset).toBe(log.logEndOffset);
    expect(log.highWatermark).toBe(log.logEndOffset);
  });

  it('an aborted transaction leaves the committed offsets; an older epoch is fenced by the partition; a stale marker is fenced', async () => {
    const partition = gb.broker.groups.service.partitionFor('ag');
    commitPending(gb, 'ag', 600, 3, [['t', 0, 50]]);
    gb.broker.groups.completeTransaction(partition, 600, 3, 2, true);
    commitPending(gb, 'ag', 600, 3, [['t', 0, 60]]);
    // A zombie of the same producer with an older epoch: the log's producer state fences it.
    expect(commitPending(gb, 'ag', 600, 2, [['t', 1, 99]]).topics).toEqual([
      { name: 't', partitions: [{ partitionIndex: 1, errorCode: ErrorCode.INVALID_PRODUCER_EPOCH }] },
    ]);
    // A marker from an older transaction coordinator epoch changes nothing.
    expect(() => gb.broker.groups.completeTransaction(partition, 600, 3, 1, true)).toThrow(
      expect.objectContaining({ errorName: 'TRANSACTION_COORDINATOR_FENCED' }),
    );
    expect(await fetchT(c, 'ag', true)).toEqual([
      [-1, ErrorCode.UNSTABLE_OFFSET_COMMIT],
      [-1, 0],
    ]);
    gb.broker.groups.completeTransaction(partition, 600, 3, 2, false);
    expect(await fetchT(c, 'ag', true)).toEqual([
      [50, 0],
      [-1, 0],
    ]);
  });
});

describe('transactional offsets across a restart of a disk broker', () => {
  it('pending offsets stay pending, completed ones stay committed or dropped, and the open transaction completes afterwards', async () => {
    let gb = await startGroupBroker();
    try {
      let c = await gb.connect();
      await findCoordinator(c, 'x');
      await createTopic(c, 't', 2);
      const partition = gb.broker.groups.service.partitionFor('rg');
      commitPending(gb, 'rg', 700, 0, [['t', 0, 70]]);
      commitPending(gb, 'rg', 701, 0, [['t', 1, 71]]);
      gb.broker.groups.completeTransaction(partition, 700, 0, 0, true);
      commitPending(gb, 'rg', 702, 0, [
        ['t', 0, 72],
        ['t', 1, 73],
      ]);
      gb.broker.groups.completeTransaction(partition, 702, 0, 0, false);
      commitPending(gb, 'rg', 703, 5, [['t', 1, 80]]);
      gb.broker.groups.completeTransaction(partition, 703, 5, 0, false);
      const before = [await fetchT(c, 'rg', true), await fetchT(c, 'rg', false)];
      expect(before).toEqual([
        [
          [70, 0],
          [-1, ErrorCode.UNSTABLE_OFFSET_COMMIT],
        ],
        [
          [70, 0],
          [-1, 0],
        ],
      ]);
      await gb.stop();
      gb = await gb.restart();
      c = await gb.connect();
      await gb.broker.groups.service.load([partition]);
      expect([await fetchT(c, 'rg', true), await fetchT(c, 'rg', false)]).toEqual(before);
      gb.broker.groups.completeTransaction(partition, 701, 0, 0, true);
      expect(await fetchT(c, 'rg', true)).toEqual([
        [70, 0],
        [71, 0],
      ]);
      // The fencing state came back with the log: an older epoch is still refused.
      expect(commitPending(gb, 'rg', 703, 4, [['t', 0, 1]]).topics[0]!.partitions[0]!.errorCode).toBe(
        ErrorCode.INVALID_PRODUCER_EPOCH,
      );
      expect(await fetchT(c, 'rg', true)).toEqual([
        [70, 0],
        [71, 0],
      ]);
    } finally {
      await gb.dispose();
    }
  });
});

describe('TxnOffsetCommit in a transaction (with the transaction coordinator)', () => {
  let gb: GroupBroker;
  let c: WireClient;
  beforeAll(async () => {
    gb = await startGroupBroker();
    c = await gb.connect();
    await findCoordinator(c, 'x');
    await createTopic(c, 't', 2);
  });
  afterAll(() => gb.dispose());

  async function initProducer(transactionalId: string): Promise<{ producerId: number; producerEpoch: number }> {
    await c.request(FindCoordinatorApi, 1, { key: transactionalId, keyType: 1 });
    for (let i = 0; i < 50; i++) {
      const res = await c.request(InitProducerIdApi, 1, { transactionalId, transactionTimeoutMs: 60_000 });
      if (res.errorCode === ErrorCode.NONE) return { producerId: res.producerId, producerEpoch: res.producerEpoch };
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('InitProducerId did not succeed');
  }

  it('AddOffsetsToTxn, TxnOffsetCommit, EndTxn: offsets become visible on commit only', async () => {
    const { producerId, producerEpoch } = await initProducer('tx-commit');
    expect(
      (
        await c.request(AddOffsetsToTxnApi, 1, {
          transactionalId: 'tx-commit',
          producerId,
          producerEpoch,
          groupId: 'eg',
        })
      ).errorCode,
    ).toBe(0);
    const res = await c.request(
      TxnOffsetCommitApi,
      3,
      txnBody('eg', producerId, producerEpoch, [['t', 0, 5]], { transactionalId: 'tx-commit' }),
    );
    expect(res.topics).toEqual([{ name: 't', partitions: [{ partitionIndex: 0, errorCode: 0 }] }]);
    expect(await fetchT(c, 'eg', true)).toEqual([
      [-1, ErrorCode.UNSTABLE_OFFSET_COMMIT],
      [-1, 0],
    ]);
    expect(
      (await c.request(EndTxnApi, 1, { transactionalId: 'tx-commit', producerId, producerEpoch, committed: true }))
        .errorCode,
    ).toBe(0);
    for (let i = 0; i < 50 && (await fetchT(c, 'eg', true))[0]![1] !== 0; i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(await fetchT(c, 'eg', true)).toEqual([
      [5, 0],
      [-1, 0],
    ]);
  });

  it('without AddOffsetsToTxn: INVALID_TXN_STATE (KIP-890 verification, v0-4); a fenced epoch: INVALID_PRODUCER_EPOCH', async () => {
    const first = await initProducer('tx-verify');
    const res = await c.request(
      TxnOffsetCommitApi,
      3,
      txnBody('vg', first.producerId, first.producerEpoch, [['t', 0, 5]], { transactionalId: 'tx-verify' }),
    );
    expect(res.topics[0]!.partitions[0]!.errorCode).toBe(ErrorCode.INVALID_TXN_STATE);
    const second = await initProducer('tx-verify');
    expect(second.producerEpoch).toBeGreaterThan(first.producerEpoch);
    const fenced = await c.request(
      TxnOffsetCommitApi,
      3,
      txnBody('vg', first.producerId, first.producerEpoch, [['t', 0, 5]], { transactionalId: 'tx-verify' }),
    );
    expect(fenced.topics[0]!.partitions[0]!.errorCode).toBe(ErrorCode.INVALID_PRODUCER_EPOCH);
    expect(await fetchT(c, 'vg', true)).toEqual([
      [-1, 0],
      [-1, 0],
    ]);
  });
});
