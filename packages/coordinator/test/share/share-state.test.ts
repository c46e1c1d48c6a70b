// A share-partition's durable state (KIP-932): the snapshot Kafka's persister writes (SPSO, runs of Available /
// Acknowledged / Archived offsets with delivery counts, Acquired written as Available), the share partition resumed
// from it, and the ShareSnapshot records of __share_group_state round-tripped through their codec.
import { randomUuid } from '@samsa/protocol';
import { ManualScheduler } from '../../src/runtime/scheduler';
import {
  AcknowledgeType,
  DEFAULT_SHARE_PARTITION_CONFIG,
  RecordState,
  SharePartition,
} from '../../src/share/share-partition';
import { decodeShareStateBatches, encodeShareStateRecords } from '../../src/share/share-state-records';

const { ACCEPT, RELEASE, REJECT } = AcknowledgeType;

describe('share-partition snapshot and restore', () => {
  it('writes what changed durably, Acquired as Available, and resumes from it', () => {
    const clock = new ManualScheduler();
    const sp = new SharePartition(10, DEFAULT_SHARE_PARTITION_CONFIG, () => clock.now());
    sp.acquire('m', 10, 17, 100);
    expect(sp.takeDirty()).toBe(false); // acquisition alone is not written (as Kafka)
    sp.acknowledge('m', [
      { firstOffset: 10, lastOffset: 11, acknowledgeTypes: [ACCEPT] },
      { firstOffset: 12, lastOffset: 14, acknowledgeTypes: [RELEASE, ACCEPT, REJECT] },
    ]);
    expect(sp.takeDirty()).toBe(true);
    expect(sp.takeDirty()).toBe(false);
    const state = sp.snapshot();
    expect(state).toEqual({
      startOffset: 12,
      stateBatches: [
        { firstOffset: 12, lastOffset: 12, deliveryState: 0, deliveryCount: 1 },
        { firstOffset: 13, lastOffset: 13, deliveryState: 2, deliveryCount: 1 },
        { firstOffset: 14, lastOffset: 14, deliveryState: 4, deliveryCount: 1 },
        { firstOffset: 15, lastOffset: 17, deliveryState: 0, deliveryCount: 1 },
      ],
    });

    const resumed = new SharePartition(0, DEFAULT_SHARE_PARTITION_CONFIG, () => clock.now(), state);
    expect(resumed.startOffset).toBe(12);
    expect(resumed.endOffset).toBe(18);
    expect(resumed.stateOf(13)).toMatchObject({ state: RecordState.ACKNOWLEDGED });
    expect(resumed.acquire('n', 12, 20, 100)).toEqual([
      { firstOffset: 12, lastOffset: 12, deliveryCount: 2 },
      { firstOffset: 15, lastOffset: 17, deliveryCount: 2 },
      { firstOffset: 18, lastOffset: 20, deliveryCount: 1 },
    ]);
  });

  it('offsets between persisted batches are Available and never delivered; a fully done prefix moves the SPSO', () => {
    const clock = new ManualScheduler();
    const sp = new SharePartition(0, DEFAULT_SHARE_PARTITION_CONFIG, () => clock.now(), {
      startOffset: 5,
      stateBatches: [
        { firstOffset: 5, lastOffset: 6, deliveryState: 2, deliveryCount: 1 },
        { firstOffset: 9, lastOffset: 9, deliveryState: 0, deliveryCount: 3 },
      ],
    });
    expect(sp.startOffset).toBe(7);
    expect(sp.acquire('m', 7, 9, 100)).toEqual([
      { firstOffset: 7, lastOffset: 8, deliveryCount: 1 },
      { firstOffset: 9, lastOffset: 9, deliveryCount: 4 },
    ]);
  });
});

describe('a persisted state that does not fit', () => {
  it('is cut at the largest record-lock cap; inverted batches are ignored', () => {
    const clock = new ManualScheduler();
    const sp = new SharePartition(0, DEFAULT_SHARE_PARTITION_CONFIG, () => clock.now(), {
      startOffset: 100,
      stateBatches: [
        { firstOffset: 105, lastOffset: 101, deliveryState: 2, deliveryCount: 1 },
        { firstOffset: 100, lastOffset: Number.MAX_SAFE_INTEGER, deliveryState: 0, deliveryCount: 2 },
      ],
    });
    expect(sp.startOffset).toBe(100);
    expect(sp.endOffset).toBe(10_100);
    expect(sp.stateOf(101)).toMatchObject({ state: RecordState.AVAILABLE, deliveryCount: 2 });
  });
});

describe('ShareSnapshot records', () => {
  it('round-trip key, value and tombstone', () => {
    const topicId = randomUuid();
    const batch = encodeShareStateRecords(
      [
        {
          groupId: 'g:with:colons',
          topicId,
          partition: 3,
          state: {
            snapshotEpoch: 7,
            leaderEpoch: 2,
            startOffset: 42,
            stateBatches: [{ firstOffset: 42, lastOffset: 50, deliveryState: 4, deliveryCount: 5 }],
          },
        },
        { groupId: 'gone', topicId, partition: 0, state: null },
      ],
      Date.now(),
    );
    expect(decodeShareStateBatches(batch)).toEqual([
      {
        groupId: 'g:with:colons',
        topicId,
        partition: 3,
        state: {
          snapshotEpoch: 7,
          leaderEpoch: 2,
          startOffset: 42,
          stateBatches: [{ firstOffset: 42, lastOffset: 50, deliveryState: 4, deliveryCount: 5 }],
        },
      },
      { groupId: 'gone', topicId, partition: 0, state: null },
    ]);
  });
});
