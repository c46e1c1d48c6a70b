// The share-partition state machine (KIP-932, Kafka's SharePartition) on a manual clock: acquisition, lock expiry,
// accept / release / reject / gap / renew, the delivery count limit, the SPSO and SPEO, the record-lock cap, and
// INVALID_RECORD_STATE.
import { KafkaError } from '@samsa/protocol';
import { ManualScheduler } from '../../src/runtime/scheduler';
import {
  AcknowledgeType,
  DEFAULT_SHARE_PARTITION_CONFIG,
  RecordState,
  SharePartition,
  type SharePartitionConfig,
} from '../../src/share/share-partition';

const { ACCEPT, RELEASE, REJECT, GAP, RENEW } = AcknowledgeType;

function partition(start = 0, config: Partial<SharePartitionConfig> = {}) {
  const clock = new ManualScheduler();
  const sp = new SharePartition(start, { ...DEFAULT_SHARE_PARTITION_CONFIG, ...config }, () => clock.now());
  return { clock, sp };
}

const ack = (firstOffset: number, lastOffset: number, ...types: number[]) => ({
  firstOffset,
  lastOffset,
  acknowledgeTypes: types,
});

function errorName(fn: () => void): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof KafkaError) return err.errorName;
    throw err;
  }
  return 'none';
}

test('acquires fetched records from the SPSO and extends the SPEO', () => {
  const { sp } = partition(10);
  expect(sp.nextFetchOffset()).toBe(10);
  expect(sp.acquire('m1', 10, 14, 500)).toEqual([{ firstOffset: 10, lastOffset: 14, deliveryCount: 1 }]);
  expect(sp.startOffset).toBe(10);
  expect(sp.endOffset).toBe(15);
  expect(sp.stateOf(12)).toEqual({ state: RecordState.ACQUIRED, deliveryCount: 1, memberId: 'm1' });
  // Nothing is Available: the next fetch reads past the SPEO; a second member gets nothing of what m1 holds.
  expect(sp.nextFetchOffset()).toBe(15);
  expect(sp.acquire('m2', 10, 14, 500)).toEqual([]);
});

test('offsets below the SPSO are never acquired; max records caps an acquisition', () => {
  const { sp } = partition(5);
  expect(sp.acquire('m1', 0, 20, 3)).toEqual([{ firstOffset: 5, lastOffset: 7, deliveryCount: 1 }]);
  expect(sp.endOffset).toBe(8);
});

test('accept acknowledges and the SPSO advances over a prefix of acknowledged records', () => {
  const { sp } = partition(0);
  sp.acquire('m1', 0, 9, 500);
  sp.acknowledge('m1', [ack(3, 5, ACCEPT)]);
  expect(sp.stateOf(4)?.state).toBe(RecordState.ACKNOWLEDGED);
  expect(sp.startOffset).toBe(0); // 0-2 are still acquired
  sp.acknowledge('m1', [ack(0, 2, ACCEPT)]);
  expect(sp.startOffset).toBe(6);
  expect(sp.stateOf(4)).toBeUndefined();
  sp.acknowledge('m1', [ack(6, 9, ACCEPT, REJECT, GAP, ACCEPT)]);
  expect(sp.startOffset).toBe(10);
  expect(sp.endOffset).toBe(10);
});

test('release makes records available again with a higher delivery count', () => {
  const { sp } = partition(0);
  sp.acquire('m1', 0, 4, 500);
  sp.acknowledge('m1', [ack(0, 4, ACCEPT, RELEASE, RELEASE, ACCEPT, ACCEPT)]);
  expect(sp.stateOf(1)).toEqual({ state: RecordState.AVAILABLE, deliveryCount: 1, memberId: null });
  expect(sp.startOffset).toBe(1);
  expect(sp.nextFetchOffset()).toBe(1);
  expect(sp.acquire('m2', 0, 4, 500)).toEqual([{ firstOffset: 1, lastOffset: 2, deliveryCount: 2 }]);
});

test('reject archives: a rejected record is never delivered again', () => {
  const { sp } = partition(0);
  sp.acquire('m1', 0, 1, 500);
  sp.acknowledge('m1', [ack(1, 1, REJECT)]);
  expect(sp.stateOf(1)?.state).toBe(RecordState.ARCHIVED);
  sp.acknowledge('m1', [ack(0, 0, RELEASE)]);
  expect(sp.acquire('m2', 0, 1, 500)).toEqual([{ firstOffset: 0, lastOffset: 0, deliveryCount: 2 }]);
  sp.acknowledge('m2', [ack(0, 0, ACCEPT)]);
  expect(sp.startOffset).toBe(2);
});

test('an acquisition lock expires on the clock and the records become available to others', () => {
  const { clock, sp } = partition(0, { lockDurationMs: 1000 });
  sp.acquire('m1', 0, 2, 500);
  expect(sp.nextLockExpiry()).toBe(clock.now() + 1000);
  clock.advance(999);
  expect(sp.acquire('m2', 0, 2, 500)).toEqual([]);
  clock.advance(1);
  expect(sp.stateOf(0)).toEqual({ state: RecordState.AVAILABLE, deliveryCount: 1, memberId: null });
  expect(sp.acquire('m2', 0, 2, 500)).toEqual([{ firstOffset: 0, lastOffset: 2, deliveryCount: 2 }]);
  // The expired holder can no longer acknowledge.
  expect(errorName(() => sp.acknowledge('m1', [ack(0, 0, ACCEPT)]))).toBe('INVALID_RECORD_STATE');
  expect(sp.nextLockExpiry()).toBe(clock.now() + 1000);
});

test('renew extends the lock', () => {
  const { clock, sp } = partition(0, { lockDurationMs: 1000 });
  sp.acquire('m1', 0, 0, 500);
  clock.advance(800);
  sp.acknowledge('m1', [ack(0, 0, RENEW)]);
  clock.advance(800);
  expect(sp.stateOf(0)?.state).toBe(RecordState.ACQUIRED);
  clock.advance(200);
  expect(sp.stateOf(0)?.state).toBe(RecordState.AVAILABLE);
});

test('the delivery count limit archives a record instead of releasing it', () => {
  const { clock, sp } = partition(0, { deliveryCountLimit: 3, lockDurationMs: 100 });
  for (let delivery = 1; delivery <= 3; delivery++) {
    expect(sp.acquire(`m${delivery}`, 0, 0, 500)).toEqual([{ firstOffset: 0, lastOffset: 0, deliveryCount: delivery }]);
    if (delivery < 3) sp.acknowledge(`m${delivery}`, [ack(0, 0, RELEASE)]);
  }
  // The third delivery's lock expires: the limit is reached, the record is archived and the SPSO passes it.
  clock.advance(100);
  expect(sp.stateOf(0)).toBeUndefined();
  expect(sp.startOffset).toBe(1);
  expect(sp.acquire('m4', 0, 0, 500)).toEqual([]);
});

test('a member leaving releases what it holds', () => {
  const { sp } = partition(0);
  sp.acquire('m1', 0, 1, 500);
  sp.acquire('m2', 2, 3, 500);
  expect(sp.releaseMember('m1')).toBe(2);
  expect(sp.stateOf(0)?.state).toBe(RecordState.AVAILABLE);
  expect(sp.stateOf(2)?.memberId).toBe('m2');
});

test('acknowledging what the member does not hold is INVALID_RECORD_STATE and applies nothing', () => {
  const { sp } = partition(0);
  sp.acquire('m1', 0, 3, 500);
  sp.acquire('m2', 4, 5, 500);
  // Another member's record, a record never fetched, an acknowledged record: each fails the whole request.
  expect(errorName(() => sp.acknowledge('m1', [ack(0, 0, ACCEPT), ack(4, 4, ACCEPT)]))).toBe('INVALID_RECORD_STATE');
  expect(sp.stateOf(0)?.state).toBe(RecordState.ACQUIRED);
  expect(errorName(() => sp.acknowledge('m1', [ack(6, 6, ACCEPT)]))).toBe('INVALID_RECORD_STATE');
  sp.acknowledge('m1', [ack(1, 1, ACCEPT)]);
  expect(errorName(() => sp.acknowledge('m1', [ack(1, 1, ACCEPT)]))).toBe('INVALID_RECORD_STATE');
  expect(errorName(() => sp.acknowledge('m1', [ack(2, 3, ACCEPT, ACCEPT, ACCEPT)]))).toBe('INVALID_REQUEST');
  expect(errorName(() => sp.acknowledge('m1', [ack(2, 2, 7)]))).toBe('INVALID_REQUEST');
});

test('group.share.partition.max.record.locks caps the records in flight', () => {
  const { sp } = partition(0, { maxRecordLocks: 4 });
  expect(sp.acquire('m1', 0, 9, 500)).toEqual([{ firstOffset: 0, lastOffset: 3, deliveryCount: 1 }]);
  expect(sp.nextFetchOffset()).toBeNull();
  expect(sp.acquire('m2', 4, 9, 500)).toEqual([]);
  // Acknowledging the head moves the SPSO and frees room.
  sp.acknowledge('m1', [ack(0, 1, ACCEPT)]);
  expect(sp.nextFetchOffset()).toBe(4);
  expect(sp.acquire('m2', 4, 9, 500)).toEqual([{ firstOffset: 4, lastOffset: 5, deliveryCount: 1 }]);
});

test('acquired ranges split where delivery counts differ', () => {
  const { sp } = partition(0);
  sp.acquire('m1', 0, 3, 500);
  sp.acknowledge('m1', [ack(0, 3, RELEASE, ACCEPT, RELEASE, RELEASE)]);
  expect(sp.acquire('m2', 0, 5, 500)).toEqual([
    { firstOffset: 0, lastOffset: 0, deliveryCount: 2 },
    { firstOffset: 2, lastOffset: 3, deliveryCount: 2 },
    { firstOffset: 4, lastOffset: 5, deliveryCount: 1 },
  ]);
});

test('the log start offset moving past the SPSO drops what is below it', () => {
  const { sp } = partition(0);
  sp.acquire('m1', 0, 5, 500);
  sp.moveStartOffset(3);
  expect(sp.startOffset).toBe(3);
  expect(sp.stateOf(1)).toBeUndefined();
  expect(errorName(() => sp.acknowledge('m1', [ack(1, 1, ACCEPT)]))).toBe('INVALID_RECORD_STATE');
  sp.acknowledge('m1', [ack(3, 5, ACCEPT)]);
  expect(sp.startOffset).toBe(6);
  // Past the SPEO: the share-partition starts afresh there.
  sp.moveStartOffset(10);
  expect([sp.startOffset, sp.endOffset]).toEqual([10, 10]);
  expect(sp.acquire('m2', 8, 11, 500)).toEqual([{ firstOffset: 10, lastOffset: 11, deliveryCount: 1 }]);
});
