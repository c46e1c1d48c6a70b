import { ErrorCode, ZERO_UUID } from '@samsa/protocol';
import {
  FetchSessionCache,
  nextEpoch,
  type PartitionOutcome,
  type RequestedPartition,
} from '../../src/fetch/fetch-session';

const EVICTION_MS = 120_000;

function parts(topic: string, count: number, offset = 0): RequestedPartition[] {
  return Array.from({ length: count }, (_, partition) => ({
    topic,
    topicId: ZERO_UUID,
    partition,
    params: {
      fetchOffset: offset,
      maxBytes: 1 << 20,
      currentLeaderEpoch: -1,
      lastFetchedEpoch: -1,
      logStartOffset: -1,
    },
  }));
}

function outcome(over: Partial<PartitionOutcome> = {}): PartitionOutcome {
  return {
    errorCode: 0,
    highWatermark: 10,
    logStartOffset: 0,
    recordBytes: 0,
    preferredReadReplica: -1,
    diverging: false,
    ...over,
  };
}

/** Opens a session for `fetchData` at `now` and returns its id (0 when none was created). */
function open(cache: FetchSessionCache, fetchData: RequestedPartition[], now: number): number {
  const ctx = cache.newContext({
    version: 12,
    sessionId: 0,
    epoch: 0,
    fetchData,
    toForget: [],
    now,
    topicName: () => null,
  });
  return ctx.respond(
    fetchData.map((p) => ({ key: p, data: outcome() })),
    now,
  ).sessionId;
}

describe('FetchSessionCache', () => {
  it('epochs advance 1, 2, ... and wrap from INT32_MAX to 1; -1 stays final', () => {
    expect(nextEpoch(0)).toBe(1);
    expect(nextEpoch(41)).toBe(42);
    expect(nextEpoch(0x7fffffff)).toBe(1);
    expect(nextEpoch(-1)).toBe(-1);
  });

  it('a full cache evicts a stale session first', () => {
    const cache = new FetchSessionCache(2, EVICTION_MS);
    const a = open(cache, parts('a', 5), 0);
    const b = open(cache, parts('b', 5), 10);
    expect(open(cache, parts('c', 1), 20)).toBe(0);
    const c = open(cache, parts('c', 1), EVICTION_MS + 1);
    expect(c).toBeGreaterThan(0);
    expect(cache.get(a)).toBeUndefined(); // least recently used, and stale
    expect(cache.get(b)).toBeDefined();
  });

  it('without stale sessions, a bigger new session evicts the smallest one created longer ago than the eviction age', () => {
    const cache = new FetchSessionCache(2, EVICTION_MS);
    const small = open(cache, parts('small', 2), 0);
    const big = open(cache, parts('big', 8), 0);
    // Both used recently (not stale) but created long ago: touch them now.
    const later = EVICTION_MS + 10;
    for (const [id, count] of [
      [small, 2],
      [big, 8],
    ] as const) {
      const ctx = cache.newContext({
        version: 12,
        sessionId: id,
        epoch: 1,
        fetchData: [],
        toForget: [],
        now: later,
        topicName: () => null,
      });
      expect(ctx.kind).toBe('incremental');
      expect(ctx.partitions).toHaveLength(count);
    }
    // Same size as the smallest: no eviction (ties keep the old session).
    expect(open(cache, parts('same', 2), later + 1)).toBe(0);
    const bigger = open(cache, parts('bigger', 3), later + 1);
    expect(bigger).toBeGreaterThan(0);
    expect(cache.get(small)).toBeUndefined();
    expect(cache.get(big)).toBeDefined();
    expect(cache.evictions).toBe(1);
  });

  it('young sessions are never evicted for size', () => {
    const cache = new FetchSessionCache(1, EVICTION_MS);
    open(cache, parts('young', 1), 1000);
    expect(open(cache, parts('huge', 50), 2000)).toBe(0);
  });

  it('incremental responses keep partitions with news and move those with records to the end of the session', () => {
    const cache = new FetchSessionCache(10, EVICTION_MS);
    const id = open(cache, parts('t', 3), 0);
    const ctx = cache.newContext({
      version: 12,
      sessionId: id,
      epoch: 1,
      fetchData: [],
      toForget: [],
      now: 1,
      topicName: () => null,
    });
    const [p0, p1, p2] = ctx.partitions;
    const res = ctx.respond(
      [
        { key: p0!, data: outcome({ recordBytes: 100, highWatermark: 11 }) },
        { key: p1!, data: outcome() },
        {
          key: p2!,
          data: outcome({ errorCode: ErrorCode.OFFSET_OUT_OF_RANGE, highWatermark: -1, logStartOffset: -1 }),
        },
      ],
      1,
    );
    expect(res.entries.map((e) => e.key.partition)).toEqual([0, 2]);
    const next = cache.newContext({
      version: 12,
      sessionId: id,
      epoch: 2,
      fetchData: [],
      toForget: [],
      now: 2,
      topicName: () => null,
    });
    expect(next.partitions.map((p) => p.partition)).toEqual([1, 2, 0]);
    // The error is reported again while it lasts (its cached high watermark was reset).
    const again = next.respond(
      next.partitions.map((p) => ({
        key: p,
        data:
          p.partition === 2
            ? outcome({ errorCode: 1, highWatermark: -1, logStartOffset: -1 })
            : outcome({ highWatermark: p.partition === 0 ? 11 : 10 }),
      })),
      2,
    );
    expect(again.entries.map((e) => e.key.partition)).toEqual([2]);
  });

  it('a response for an epoch that moved on in the meantime is INVALID_FETCH_SESSION_EPOCH', () => {
    const cache = new FetchSessionCache(10, EVICTION_MS);
    const id = open(cache, parts('t', 1), 0);
    const first = cache.newContext({
      version: 12,
      sessionId: id,
      epoch: 1,
      fetchData: [],
      toForget: [],
      now: 1,
      topicName: () => null,
    });
    const second = cache.newContext({
      version: 12,
      sessionId: id,
      epoch: 2,
      fetchData: [],
      toForget: [],
      now: 2,
      topicName: () => null,
    });
    expect(first.respond([], 3).errorCode).toBe(ErrorCode.INVALID_FETCH_SESSION_EPOCH);
    expect(second.respond([], 3).errorCode).toBe(ErrorCode.NONE);
  });

  it('forgetting every partition closes the session', () => {
    const cache = new FetchSessionCache(10, EVICTION_MS);
    const id = open(cache, parts('t', 1), 0);
    const ctx = cache.newContext({
      version: 12,
      sessionId: id,
      epoch: 1,
      fetchData: [],
      toForget: [{ topic: 't', topicId: ZERO_UUID, partition: 0 }],
      now: 1,
      topicName: () => null,
    });
    expect(ctx.kind).toBe('sessionless');
    expect(cache.get(id)).toBeUndefined();
  });
});
