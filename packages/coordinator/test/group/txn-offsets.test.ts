import { BatchHeaderView, ErrorCode, type TxnOffsetCommitRequest } from '@samsa/protocol';
import type { RequestInfo } from '../../src/group/service';
import { harness, info, stableGroup, type Harness } from '../helpers/harness';

const exists = (topic: string, partition: number): boolean => topic !== 'unknown' && partition >= 0 && partition < 3;

type Parts = Record<string, [number, number, string | null][]>;

function txnCommit(
  h: Harness,
  version: number,
  req: Partial<TxnOffsetCommitRequest> & { groupId: string; producerId: number; producerEpoch: number },
  topics: Parts,
  verify: () => string | null = () => null,
  ri: RequestInfo = info(version),
) {
  return h.service.commitTransactionalOffsets(
    ri,
    {
      transactionalId: 'txn',
      generationId: -1,
      memberId: '',
      groupInstanceId: null,
      ...req,
      topics: Object.entries(topics).map(([name, parts]) => ({
        name,
        partitions: parts.map(([partitionIndex, committedOffset, committedMetadata]) => ({
          partitionIndex,
          committedOffset,
          committedLeaderEpoch: 3,
          committedMetadata,
        })),
      })),
    },
    exists,
    verify,
  );
}

function commit(h: Harness, groupId: string, topics: Parts) {
  return h.service.commitOffsets(
    info(8),
    {
      groupId,
      generationIdOrMemberEpoch: -1,
      memberId: '',
      groupInstanceId: null,
      retentionTimeMs: -1,
      topics: Object.entries(topics).map(([name, parts]) => ({
        name,
        partitions: parts.map(([partitionIndex, committedOffset, committedMetadata]) => ({
          partitionIndex,
          committedOffset,
          committedLeaderEpoch: -1,
          commitTimestamp: -1,
          committedMetadata,
        })),
      })),
    },
    exists,
  );
}

/** committedOffset / errorCode per partition of topic t (partitions 0-2). */
function fetchT(h: Harness, groupId: string, requireStable: boolean, version = 7): [number, number][] {
  const res = h.service.fetchOffsets(info(version), {
    groupId,
    topics: [{ name: 't', partitionIndexes: [0, 1, 2] }],
    requireStable,
  });
  expect(res.errorCode).toBe(ErrorCode.NONE);
  return res.topics![0]!.partitions.map((p) => [p.committedOffset, p.errorCode]);
}

const ok = (partitions: number[]) =>
  partitions.map((partitionIndex) => ({ partitionIndex, errorCode: ErrorCode.NONE }));
const all = (partitions: number[], errorCode: number) =>
  partitions.map((partitionIndex) => ({ partitionIndex, errorCode }));

describe('TxnOffsetCommit: pending offsets', () => {
  it('are invisible to OffsetFetch until the commit marker; require_stable answers UNSTABLE_OFFSET_COMMIT meanwhile', async () => {
    const h = await harness();
    commit(h, 'g', { t: [[0, 5, null]] });
    const res = txnCommit(
      h,
      3,
      { groupId: 'g', producerId: 10, producerEpoch: 0 },
      {
        t: [
          [0, 50, 'tx'],
          [1, 60, null],
        ],
      },
    );
    expect(res.topics).toEqual([{ name: 't', partitions: ok([0, 1]) }]);
    // The last committed offset, never the pending one.
    expect(fetchT(h, 'g', false)).toEqual([
      [5, 0],
      [-1, 0],
      [-1, 0],
    ]);
    expect(fetchT(h, 'g', true)).toEqual([
      [-1, ErrorCode.UNSTABLE_OFFSET_COMMIT],
      [-1, ErrorCode.UNSTABLE_OFFSET_COMMIT],
      [-1, 0],
    ]);
    // Before v7 there is no require_stable: the flag is ignored.
    expect(fetchT(h, 'g', true, 6)).toEqual([
      [5, 0],
      [-1, 0],
      [-1, 0],
    ]);
    // v8 (several groups) and a null topic list honour it too.
    const v8 = h.service.fetchOffsets(info(8), { groups: [{ groupId: 'g', topics: null }], requireStable: true });
    expect(v8.groups![0]!.topics).toEqual([
      {
        name: 't',
        partitions: [
          {
            partitionIndex: 0,
            committedOffset: -1,
            committedLeaderEpoch: -1,
            metadata: '',
            errorCode: ErrorCode.UNSTABLE_OFFSET_COMMIT,
          },
        ],
      },
    ]);

    h.service.completeTransaction(h.service.partitionFor('g'), 10, 0, 0, true);
    expect(fetchT(h, 'g', true)).toEqual([
      [50, 0],
      [60, 0],
      [-1, 0],
    ]);
    const fetched = h.service.fetchOffsets(info(7), {
      groupId: 'g',
      topics: [{ name: 't', partitionIndexes: [0] }],
      requireStable: true,
    });
    expect(fetched.topics![0]!.partitions[0]).toEqual({
      partitionIndex: 0,
      committedOffset: 50,
      committedLeaderEpoch: 3,
      metadata: 'tx',
      errorCode: 0,
    });
  });

  it('an abort drops them and leaves the committed offsets as they were', async () => {
    const h = await harness();
    commit(h, 'g', { t: [[0, 5, null]] });
    txnCommit(
      h,
      3,
      { groupId: 'g', producerId: 10, producerEpoch: 0 },
      {
        t: [
          [0, 50, null],
          [1, 60, null],
        ],
      },
    );
    h.service.completeTransaction(h.service.partitionFor('g'), 10, 0, 0, false);
    expect(fetchT(h, 'g', true)).toEqual([
      [5, 0],
      [-1, 0],
      [-1, 0],
    ]);
  });

  it('pending offsets of several producers are kept apart; each marker applies only its own', async () => {
    const h = await harness();
    txnCommit(h, 3, { groupId: 'g', producerId: 1, producerEpoch: 0 }, { t: [[0, 10, null]] });
    txnCommit(h, 3, { groupId: 'g', producerId: 2, producerEpoch: 0 }, { t: [[1, 20, null]] });
    h.service.completeTransaction(h.service.partitionFor('g'), 2, 0, 0, true);
    expect(fetchT(h, 'g', true)).toEqual([
      [-1, ErrorCode.UNSTABLE_OFFSET_COMMIT],
      [20, 0],
      [-1, 0],
    ]);
    h.service.completeTransaction(h.service.partitionFor('g'), 1, 0, 0, true);
    expect(fetchT(h, 'g', true)).toEqual([
      [10, 0],
      [20, 0],
      [-1, 0],
    ]);
  });

  it('the later record wins between a transactional and a plain commit, whatever the marker order (Kafka record offsets)', async () => {
    const h = await harness();
    // Transactional first, plain commit after it: the plain one stays when the transaction commits.
    txnCommit(h, 3, { groupId: 'g', producerId: 1, producerEpoch: 0 }, { t: [[0, 10, null]] });
    commit(h, 'g', { t: [[0, 99, null]] });
    expect(fetchT(h, 'g', false)[0]).toEqual([99, 0]);
    h.service.completeTransaction(h.service.partitionFor('g'), 1, 0, 0, true);
    expect(fetchT(h, 'g', true)[0]).toEqual([99, 0]);
    // Plain commit first, transactional after it: the transactional one replaces it on commit.
    commit(h, 'g', { t: [[1, 5, null]] });
    txnCommit(h, 3, { groupId: 'g', producerId: 1, producerEpoch: 0 }, { t: [[1, 7, null]] });
    h.service.completeTransaction(h.service.partitionFor('g'), 1, 0, 0, true);
    expect(fetchT(h, 'g', true)[1]).toEqual([7, 0]);
  });

  it('a restart rebuilds the same state: pending stay pending, markers found later in the log are applied', async () => {
    let h = await harness();
    const p = h.service.partitionFor('g');
    commit(h, 'g', { t: [[2, 1, null]] });
    txnCommit(h, 3, { groupId: 'g', producerId: 1, producerEpoch: 0 }, { t: [[0, 10, null]] });
    txnCommit(h, 3, { groupId: 'g', producerId: 2, producerEpoch: 0 }, { t: [[1, 20, null]] });
    txnCommit(h, 3, { groupId: 'g', producerId: 3, producerEpoch: 0 }, { t: [[2, 30, null]] });
    h.service.completeTransaction(p, 1, 0, 0, true);
    h.service.completeTransaction(p, 2, 0, 0, false);
    const live = [fetchT(h, 'g', true), fetchT(h, 'g', false)];
    expect(live).toEqual([
      [
        [10, 0],
        [-1, 0],
        [-1, ErrorCode.UNSTABLE_OFFSET_COMMIT],
      ],
      [
        [10, 0],
        [-1, 0],
        [1, 0],
      ],
    ]);
    h = await h.restart();
    expect([fetchT(h, 'g', true), fetchT(h, 'g', false)]).toEqual(live);
    // The transaction still open before the restart completes after it.
    h.service.completeTransaction(p, 3, 0, 0, true);
    expect(fetchT(h, 'g', true)).toEqual([
      [10, 0],
      [-1, 0],
      [30, 0],
    ]);
    h = await h.restart();
    expect(fetchT(h, 'g', true)).toEqual([
      [10, 0],
      [-1, 0],
      [30, 0],
    ]);
  });

  it('writes the records as one transactional batch of the producer', async () => {
    const h = await harness();
    txnCommit(
      h,
      3,
      { groupId: 'g', producerId: 77, producerEpoch: 4 },
      {
        t: [
          [0, 1, null],
          [1, 2, null],
        ],
      },
    );
    const batches = [...h.logs.logs.get(h.service.partitionFor('g'))!.batches()];
    expect(batches).toHaveLength(1);
    const view = new BatchHeaderView().at(batches[0]!, 0);
    expect([view.isTransactional, view.isControl, view.producerId, view.producerEpoch, view.recordCount]).toEqual([
      true,
      false,
      77,
      4,
      2,
    ]);
  });
});

describe('TxnOffsetCommit: validation and fencing', () => {
  it('an older producer epoch is fenced by the log (INVALID_PRODUCER_EPOCH); nothing becomes pending', async () => {
    const h = await harness();
    txnCommit(h, 3, { groupId: 'g', producerId: 5, producerEpoch: 2 }, { t: [[0, 10, null]] });
    const res = txnCommit(
      h,
      3,
      { groupId: 'g', producerId: 5, producerEpoch: 1 },
      {
        t: [
          [0, 99, null],
          [1, 98, null],
        ],
        unknown: [[0, 1, null]],
      },
    );
    expect(res.topics).toEqual([
      { name: 't', partitions: all([0, 1], ErrorCode.INVALID_PRODUCER_EPOCH) },
      { name: 'unknown', partitions: all([0], ErrorCode.UNKNOWN_TOPIC_OR_PARTITION) },
    ]);
    h.service.completeTransaction(h.service.partitionFor('g'), 5, 2, 0, true);
    expect(fetchT(h, 'g', true)).toEqual([
      [10, 0],
      [-1, 0],
      [-1, 0],
    ]);
  });

  it('a failed transaction check is answered as Kafka answers v0-4 clients, and nothing is written', async () => {
    const h = await harness();
    const cases: [string, number][] = [
      ['TRANSACTION_ABORTABLE', ErrorCode.INVALID_TXN_STATE],
      ['INVALID_TXN_STATE', ErrorCode.INVALID_TXN_STATE],
      ['PRODUCER_FENCED', ErrorCode.INVALID_PRODUCER_EPOCH],
      ['INVALID_PRODUCER_ID_MAPPING', ErrorCode.INVALID_PRODUCER_ID_MAPPING],
      ['NETWORK_EXCEPTION', ErrorCode.COORDINATOR_LOAD_IN_PROGRESS],
      ['NOT_ENOUGH_REPLICAS', ErrorCode.COORDINATOR_NOT_AVAILABLE],
    ];
    for (const [failure, code] of cases) {
      const res = txnCommit(
        h,
        3,
        { groupId: 'g', producerId: 5, producerEpoch: 0 },
        { t: [[0, 10, null]] },
        () => failure,
      );
      expect(res.topics).toEqual([{ name: 't', partitions: all([0], code) }]);
    }
    expect(h.logs.logs.get(h.service.partitionFor('g'))?.size ?? 0).toBe(0);
    expect(fetchT(h, 'g', true)).toEqual([
      [-1, 0],
      [-1, 0],
      [-1, 0],
    ]);
  });

  it('group checks: INVALID_GROUP_ID, NOT_COORDINATOR, OFFSET_METADATA_TOO_LARGE, missing group with a generation', async () => {
    const h = await harness({ offsetMetadataMaxBytes: 4 });
    expect(
      txnCommit(h, 3, { groupId: '', producerId: 1, producerEpoch: 0 }, { t: [[0, 1, null]], unknown: [[0, 1, null]] })
        .topics,
    ).toEqual([
      { name: 't', partitions: all([0], ErrorCode.INVALID_GROUP_ID) },
      { name: 'unknown', partitions: all([0], ErrorCode.UNKNOWN_TOPIC_OR_PARTITION) },
    ]);
    const elsewhere = { ...info(3), isCoordinatorFor: () => false };
    expect(
      txnCommit(h, 3, { groupId: 'g', producerId: 1, producerEpoch: 0 }, { t: [[0, 1, null]] }, () => null, elsewhere)
        .topics,
    ).toEqual([{ name: 't', partitions: all([0], ErrorCode.NOT_COORDINATOR) }]);
    expect(
      txnCommit(
        h,
        3,
        { groupId: 'g', producerId: 1, producerEpoch: 0 },
        {
          t: [
            [0, 1, 'toolong'],
            [1, 2, 'ok'],
          ],
        },
      ).topics,
    ).toEqual([
      {
        name: 't',
        partitions: [
          { partitionIndex: 0, errorCode: ErrorCode.OFFSET_METADATA_TOO_LARGE },
          { partitionIndex: 1, errorCode: 0 },
        ],
      },
    ]);
    expect(
      txnCommit(
        h,
        3,
        { groupId: 'nogroup', producerId: 1, producerEpoch: 0, generationId: 3, memberId: 'm' },
        { t: [[0, 1, null]] },
      ).topics,
    ).toEqual([{ name: 't', partitions: all([0], ErrorCode.ILLEGAL_GENERATION) }]);
  });

  it('v3+ checks member and generation of a Stable group (KIP-447); v0-2 carry none and are accepted', async () => {
    const h = await harness();
    const { leader, generationId } = await stableGroup(h, 'cg', 2);
    const t = { t: [[0, 1, null]] } as Parts;
    const code = (req: Partial<TxnOffsetCommitRequest>, version = 3) =>
      txnCommit(h, version, { groupId: 'cg', producerId: 1, producerEpoch: 0, ...req }, t).topics[0]!.partitions[0]!
        .errorCode;
    expect(code({ generationId, memberId: 'nobody' })).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    expect(code({ generationId: generationId + 1, memberId: leader })).toBe(ErrorCode.ILLEGAL_GENERATION);
    expect(code({ generationId, memberId: leader, groupInstanceId: 'unknown-instance' })).toBe(
      ErrorCode.UNKNOWN_MEMBER_ID,
    );
    expect(code({ generationId, memberId: leader })).toBe(ErrorCode.NONE);
    // v0-2 have no member fields: what the request holds there is not read.
    expect(code({ generationId: 999, memberId: 'nobody' }, 2)).toBe(ErrorCode.NONE);
  });
});

describe('TxnOffsetCommit: deletion and expiry with pending offsets', () => {
  it('DeleteGroups writes tombstones for pending offsets too; a later commit marker restores nothing', async () => {
    const h = await harness();
    commit(h, 'g', { t: [[0, 1, null]] });
    txnCommit(
      h,
      3,
      { groupId: 'g', producerId: 1, producerEpoch: 0 },
      {
        t: [
          [0, 10, null],
          [1, 20, null],
        ],
      },
    );
    const before = h.logs.logs.get(h.service.partitionFor('g'))!.size;
    expect(h.service.deleteGroups(info(2), { groupsNames: ['g'] }).results).toEqual([{ groupId: 'g', errorCode: 0 }]);
    expect(h.logs.logs.get(h.service.partitionFor('g'))!.size).toBe(before + 1);
    h.service.completeTransaction(h.service.partitionFor('g'), 1, 0, 0, true);
    expect(fetchT(h, 'g', true)).toEqual([
      [-1, 0],
      [-1, 0],
      [-1, 0],
    ]);
    const again = await h.restart();
    expect(fetchT(again, 'g', true)).toEqual([
      [-1, 0],
      [-1, 0],
      [-1, 0],
    ]);
  });

  it('OffsetDelete removes a partition that only has a pending offset', async () => {
    const h = await harness();
    txnCommit(h, 3, { groupId: 'g', producerId: 1, producerEpoch: 0 }, { t: [[1, 20, null]] });
    const res = h.service.deleteOffsets(
      info(0),
      { groupId: 'g', topics: [{ name: 't', partitions: [{ partitionIndex: 1 }, { partitionIndex: 2 }] }] },
      exists,
    );
    expect(res).toEqual({
      errorCode: 0,
      throttleTimeMs: 0,
      topics: [{ name: 't', partitions: [{ partitionIndex: 1, errorCode: 0 }] }],
    });
    expect(fetchT(h, 'g', true)).toEqual([
      [-1, 0],
      [-1, 0],
      [-1, 0],
    ]);
    h.service.completeTransaction(h.service.partitionFor('g'), 1, 0, 0, true);
    expect(fetchT(h, 'g', true)).toEqual([
      [-1, 0],
      [-1, 0],
      [-1, 0],
    ]);
  });

  it('expiry keeps an offset with a pending replacement and a group with an open transaction', async () => {
    const h = await harness({ offsetsRetentionMs: 1000, offsetsRetentionCheckIntervalMs: 500 });
    commit(h, 'g', { t: [[0, 1, null]] });
    txnCommit(h, 3, { groupId: 'g', producerId: 1, producerEpoch: 0 }, { t: [[0, 10, null]] });
    txnCommit(h, 3, { groupId: 'h', producerId: 2, producerEpoch: 0 }, { t: [[0, 10, null]] });
    h.scheduler.advance(5000);
    expect(fetchT(h, 'g', false)[0]).toEqual([1, 0]);
    expect(
      h.service
        .listGroups(info(4), {})
        .groups.map((g) => g.groupId)
        .sort(),
    ).toEqual(['g', 'h']);
    h.service.completeTransaction(h.service.partitionFor('g'), 1, 0, 0, false);
    h.service.completeTransaction(h.service.partitionFor('h'), 2, 0, 0, false);
    h.scheduler.advance(1000);
    expect(fetchT(h, 'g', false)[0]).toEqual([-1, 0]);
    expect(h.service.listGroups(info(4), {}).groups).toEqual([]);
  });
});
