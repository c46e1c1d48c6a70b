import { ErrorCode, FetchApi, ZERO_UUID, compressBatch, randomUuid, type FetchResponse } from '@samsa/protocol';
import { startTestBroker, type TestBroker } from '../helpers/test-broker';
import { WireClient } from '../helpers/wire-client';
import {
  batchOf,
  decodeBatches,
  decodeRecords,
  fetch,
  fetchRequest,
  parseLegacy,
  produceOne,
  type FetchTarget,
} from '../helpers/records';

describe('Fetch', () => {
  let tb: TestBroker;
  let client: WireClient;
  let n = 0;

  beforeAll(async () => {
    tb = await startTestBroker({ 'max.incremental.fetch.session.cache.slots': 1000 });
    client = await WireClient.connect(tb.broker.port);
  });
  afterAll(async () => {
    client.destroy();
    await tb.dispose();
  });

  function topic(partitions = 1, configs: Record<string, string> = {}): { name: string; id: string } {
    const name = `fetch-${n++}`;
    const t = tb.broker.cluster.createTopic({
      name,
      numPartitions: partitions,
      replicationFactor: 1,
      assignments: [],
      configs: Object.entries(configs).map(([k, v]) => ({ name: k, value: v })),
    });
    return { name, id: t.id };
  }

  const only = (res: FetchResponse) => res.responses[0]!.partitions[0]!;

  describe('every version', () => {
    let t: { name: string; id: string };
    beforeAll(async () => {
      t = topic();
      for (const v of ['a', 'b', 'c']) await produceOne(client, 9, t.name, 0, batchOf([v]));
    });

    it.each([0, 1, 2, 3])('v%i answers legacy message sets (magic 0 for v0-1, magic 1 for v2-3)', async (version) => {
      const res = await fetch(client, version, [{ topic: t.name, partition: 0, offset: 1 }]);
      const p = only(res);
      expect(p).toMatchObject({ errorCode: 0, highWatermark: 3 });
      const messages = parseLegacy(p.records as Buffer);
      expect(messages.map((m) => [m.offset, m.magic, m.value])).toEqual([
        [1, version <= 1 ? 0 : 1, 'b'],
        [2, version <= 1 ? 0 : 1, 'c'],
      ]);
    });

    it.each([4, 5, 6, 7, 8, 9, 10, 11, 12])(
      'v%i answers the stored v2 batches with high watermark and last stable offset',
      async (version) => {
        const res = await fetch(client, version, [{ topic: t.name, partition: 0, offset: 1 }]);
        const p = only(res);
        expect(p).toMatchObject({ errorCode: 0, highWatermark: 3, lastStableOffset: 3 });
        if (version >= 5) expect(p.logStartOffset).toBe(0);
        if (version >= 11) expect(p.preferredReadReplica).toBe(-1);
        expect((await decodeRecords(p.records)).map((r) => [r.offset, r.value])).toEqual([
          [1, 'b'],
          [2, 'c'],
        ]);
        expect((await decodeBatches(p.records)).every((b) => b.magic === 2)).toBe(true);
      },
    );

    it.each([13, 14, 15, 16, 17])('v%i names topics by id', async (version) => {
      const res = await fetch(client, version, [{ topic: '', topicId: t.id, partition: 0, offset: 0 }]);
      expect(res.responses[0]!.topicId).toBe(t.id);
      expect((await decodeRecords(only(res).records)).map((r) => r.value)).toEqual(['a', 'b', 'c']);
    });

    it('READ_COMMITTED answers aborted_transactions = [], READ_UNCOMMITTED null', async () => {
      const committed = only(
        await fetch(client, 11, [{ topic: t.name, partition: 0, offset: 0 }], { isolationLevel: 1 }),
      );
      const uncommitted = only(
        await fetch(client, 11, [{ topic: t.name, partition: 0, offset: 0 }], { isolationLevel: 0 }),
      );
      expect(committed.abortedTransactions).toEqual([]);
      expect(uncommitted.abortedTransactions).toBeNull();
      expect(committed.lastStableOffset).toBe(3);
    });
  });

  describe('errors per partition', () => {
    it('unknown topic, negative and missing partitions: UNKNOWN_TOPIC_OR_PARTITION; others in the request still answer', async () => {
      const t = topic();
      await produceOne(client, 9, t.name, 0, batchOf(['ok']));
      const res = await fetch(client, 12, [
        { topic: 'no-such-topic', partition: 0, offset: 0 },
        { topic: t.name, partition: -1, offset: 0 },
        { topic: t.name, partition: 0, offset: 0 },
        { topic: t.name, partition: 5, offset: 0 },
      ]);
      const all = res.responses.flatMap((r) => r.partitions.map((p) => ({ topic: r.topic, ...p })));
      expect(all).toHaveLength(4);
      const byKey = new Map(all.map((p) => [`${p.topic}/${p.partitionIndex}`, p]));
      expect(byKey.get('no-such-topic/0')).toMatchObject({
        errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
        highWatermark: -1,
        logStartOffset: -1,
      });
      expect(byKey.get(`${t.name}/-1`)!.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
      expect(byKey.get(`${t.name}/5`)!.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
      const ok = byKey.get(`${t.name}/0`)!;
      expect((await decodeRecords(ok.records)).map((r) => r.value)).toEqual(['ok']);
    });

    it('unknown topic id (v13+): UNKNOWN_TOPIC_ID, keyed by that id', async () => {
      const unknown = randomUuid();
      const res = await fetch(client, 13, [{ topic: '', topicId: unknown, partition: 0, offset: 0 }]);
      expect(res.responses[0]!.topicId).toBe(unknown);
      expect(only(res).errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_ID);
    });

    it('offsets past the log end or below the log start: OFFSET_OUT_OF_RANGE with -1 offsets', async () => {
      const t = topic();
      await produceOne(client, 9, t.name, 0, batchOf(['x']));
      for (const offset of [2, -5]) {
        const p = only(await fetch(client, 12, [{ topic: t.name, partition: 0, offset }]));
        expect(p).toMatchObject({
          errorCode: ErrorCode.OFFSET_OUT_OF_RANGE,
          highWatermark: -1,
          lastStableOffset: -1,
          logStartOffset: -1,
        });
      }
      // The log end offset itself is in range: nothing to read yet.
      const atEnd = only(await fetch(client, 12, [{ topic: t.name, partition: 0, offset: 1 }]));
      expect(atEnd).toMatchObject({ errorCode: 0, highWatermark: 1 });
      expect(await decodeRecords(atEnd.records)).toEqual([]);
    });

    it('current_leader_epoch (v9+): a newer epoch is UNKNOWN_LEADER_EPOCH, the current one or -1 reads', async () => {
      const t = topic();
      await produceOne(client, 9, t.name, 0, batchOf(['x']));
      const at = (epoch: number) =>
        fetch(client, 12, [{ topic: t.name, partition: 0, offset: 0, currentLeaderEpoch: epoch }]);
      expect(only(await at(1)).errorCode).toBe(ErrorCode.UNKNOWN_LEADER_EPOCH);
      expect(only(await at(0)).errorCode).toBe(ErrorCode.NONE);
      expect(only(await at(-1)).errorCode).toBe(ErrorCode.NONE);
    });

    it('a fetch from a replica id (a follower): NOT_LEADER_OR_FOLLOWER, there are no followers', async () => {
      const t = topic();
      const res = await fetch(client, 12, [{ topic: t.name, partition: 0, offset: 0 }], { replicaId: 2 });
      expect(only(res).errorCode).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER);
    });

    it('below v10, a zstd topic answers UNSUPPORTED_COMPRESSION_TYPE', async () => {
      const t = topic(1, { 'compression.type': 'zstd' });
      await produceOne(client, 9, t.name, 0, batchOf(['z']));
      expect(only(await fetch(client, 9, [{ topic: t.name, partition: 0, offset: 0 }])).errorCode).toBe(
        ErrorCode.UNSUPPORTED_COMPRESSION_TYPE,
      );
      const v10 = only(await fetch(client, 10, [{ topic: t.name, partition: 0, offset: 0 }]));
      expect((await decodeBatches(v10.records))[0]!.compression).toBe(4);
    });
  });

  describe('limits', () => {
    let t: { name: string; id: string };
    let batchSize: number;
    beforeAll(async () => {
      t = topic(2);
      const b = batchOf(['x'.repeat(1000)]);
      batchSize = b.length;
      for (let i = 0; i < 5; i++) await produceOne(client, 9, t.name, 0, batchOf([`p0-${i}-${'x'.repeat(996)}`]));
      for (let i = 0; i < 5; i++) await produceOne(client, 9, t.name, 1, batchOf([`p1-${i}-${'x'.repeat(996)}`]));
    });

    it('partition_max_bytes bounds each partition in whole batches', async () => {
      const p = only(
        await fetch(client, 12, [{ topic: t.name, partition: 0, offset: 0, partitionMaxBytes: batchSize * 2 + 10 }]),
      );
      expect(await decodeRecords(p.records)).toHaveLength(2);
    });

    it('v3+ returns the first batch even when it is larger than the limits (KIP-74)', async () => {
      const p = only(
        await fetch(client, 4, [{ topic: t.name, partition: 0, offset: 0, partitionMaxBytes: 10 }], { maxBytes: 10 }),
      );
      expect(await decodeRecords(p.records)).toHaveLength(1);
    });

    it('v0-2 limits are hard: a batch larger than partition_max_bytes is not returned', async () => {
      const p = only(await fetch(client, 2, [{ topic: t.name, partition: 0, offset: 0, partitionMaxBytes: 10 }]));
      expect(parseLegacy(p.records as Buffer)).toEqual([]);
    });

    it('max_bytes is shared across partitions in request order, and the full response lists every requested partition', async () => {
      const res = await fetch(
        client,
        12,
        [
          { topic: t.name, partition: 1, offset: 0 },
          { topic: t.name, partition: 0, offset: 0 },
        ],
        { maxBytes: batchSize * 3 + 10 },
      );
      const parts = res.responses[0]!.partitions;
      expect(parts.map((p) => p.partitionIndex)).toEqual([1, 0]);
      expect(await decodeRecords(parts[0]!.records)).toHaveLength(3);
      expect(await decodeRecords(parts[1]!.records)).toHaveLength(0);
      expect(parts[1]!.highWatermark).toBe(5);
    });

    it('fetch.max.bytes caps the request max_bytes', async () => {
      const capped = await startTestBroker({ 'fetch.max.bytes': 2048 });
      try {
        capped.broker.cluster.createTopic({
          name: 'capped',
          numPartitions: 1,
          replicationFactor: 1,
          assignments: [],
          configs: [],
        });
        const c = await WireClient.connect(capped.broker.port);
        for (let i = 0; i < 4; i++) await produceOne(c, 9, 'capped', 0, batchOf(['y'.repeat(900)]));
        const p = only(await fetch(c, 12, [{ topic: 'capped', partition: 0, offset: 0 }], { maxBytes: 1 << 20 }));
        expect(await decodeRecords(p.records)).toHaveLength(2);
        c.destroy();
      } finally {
        await capped.dispose();
      }
    });
  });

  describe('long poll', () => {
    it('waits for min_bytes and is woken by a produce', async () => {
      const t = topic();
      const c = await WireClient.connect(tb.broker.port);
      const parked = fetch(c, 12, [{ topic: t.name, partition: 0, offset: 0 }], { maxWaitMs: 30_000, minBytes: 1 });
      let answered = false;
      void parked.then(() => {
        answered = true;
      });
      await new Promise((r) => setTimeout(r, 100));
      expect(answered).toBe(false);
      expect(tb.broker.replicas.parkedFetches).toBe(1);
      await produceOne(client, 9, t.name, 0, batchOf(['wake up']));
      const p = only(await parked);
      expect((await decodeRecords(p.records)).map((r) => r.value)).toEqual(['wake up']);
      expect(tb.broker.replicas.parkedFetches).toBe(0);
      c.destroy();
    });

    it('keeps waiting while fewer than min_bytes are readable', async () => {
      const t = topic();
      const c = await WireClient.connect(tb.broker.port);
      const small = batchOf(['s']);
      const parked = fetch(c, 12, [{ topic: t.name, partition: 0, offset: 0 }], {
        maxWaitMs: 30_000,
        minBytes: small.length * 2 + 1,
      });
      let answered = false;
      void parked.then(() => {
        answered = true;
      });
      await produceOne(client, 9, t.name, 0, batchOf(['s']));
      await produceOne(client, 9, t.name, 0, batchOf(['s']));
      await new Promise((r) => setTimeout(r, 50));
      expect(answered).toBe(false);
      await produceOne(client, 9, t.name, 0, batchOf(['s']));
      expect(await decodeRecords(only(await parked).records)).toHaveLength(3);
      c.destroy();
    });

    it('answers empty after max_wait_ms when nothing arrives', async () => {
      const t = topic();
      const p = only(
        await fetch(client, 12, [{ topic: t.name, partition: 0, offset: 0 }], { maxWaitMs: 100, minBytes: 1 }),
      );
      expect(p).toMatchObject({ errorCode: 0, highWatermark: 0 });
      expect(await decodeRecords(p.records)).toEqual([]);
    });

    it('answers at once when a partition has an error', async () => {
      const t = topic();
      const res = await fetch(
        client,
        12,
        [
          { topic: t.name, partition: 0, offset: 0 },
          { topic: t.name, partition: 0, offset: 99 },
        ],
        { maxWaitMs: 30_000, minBytes: 1 },
      );
      expect(res.responses.flatMap((r) => r.partitions).map((p) => p.errorCode)).toEqual([
        0,
        ErrorCode.OFFSET_OUT_OF_RANGE,
      ]);
    });

    it('is woken when its topic is deleted', async () => {
      const t = topic();
      const c = await WireClient.connect(tb.broker.port);
      const parked = fetch(c, 12, [{ topic: t.name, partition: 0, offset: 0 }], { maxWaitMs: 30_000, minBytes: 1 });
      await new Promise((r) => setTimeout(r, 50));
      tb.broker.cluster.deleteTopic(tb.broker.cluster.topicByName(t.name)!);
      expect(only(await parked).errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
      c.destroy();
    });
  });

  describe('sessions (KIP-227)', () => {
    async function session(
      version: number,
      targets: FetchTarget[],
      sessionId: number | undefined,
      sessionEpoch: number,
      extra: Parameters<typeof fetchRequest>[1] = {},
    ) {
      return client.request(
        FetchApi,
        version,
        fetchRequest(targets, { sessionId: sessionId ?? 0, sessionEpoch, ...extra }),
      );
    }

    it('epoch 0 opens a session; incremental fetches list only partitions with news', async () => {
      const t = topic(2);
      await produceOne(client, 9, t.name, 0, batchOf(['a']));
      const full = await session(
        12,
        [
          { topic: t.name, partition: 0, offset: 0 },
          { topic: t.name, partition: 1, offset: 0 },
        ],
        0,
        0,
      );
      expect(full.errorCode).toBe(0);
      expect(full.sessionId).toBeGreaterThan(0);
      expect(full.responses[0]!.partitions.map((p) => p.partitionIndex)).toEqual([0, 1]);

      // Partition 0 moved on to offset 1; nothing changed anywhere: an empty incremental response.
      const quiet = await session(12, [{ topic: t.name, partition: 0, offset: 1 }], full.sessionId, 1);
      expect(quiet).toMatchObject({ errorCode: 0, sessionId: full.sessionId });
      expect(quiet.responses).toEqual([]);

      // New data on partition 1 only: only partition 1 comes back, read at the cached offset 0.
      await produceOne(client, 9, t.name, 1, batchOf(['b']));
      const news = await session(12, [], full.sessionId, 2);
      expect(news.responses.flatMap((r) => r.partitions.map((p) => p.partitionIndex))).toEqual([1]);
      expect((await decodeRecords(news.responses[0]!.partitions[0]!.records)).map((r) => r.value)).toEqual(['b']);

      // Forgetting partition 1 drops it from the session: its next data is not fetched.
      await session(12, [{ topic: t.name, partition: 1, offset: 1 }], full.sessionId, 3);
      const forgot = await session(12, [], full.sessionId, 4, {
        forgottenTopicsData: [{ topic: t.name, topicId: ZERO_UUID, partitions: [1] }],
      });
      expect(forgot.responses).toEqual([]);
      await produceOne(client, 9, t.name, 1, batchOf(['c']));
      await produceOne(client, 9, t.name, 0, batchOf(['d']));
      const after = await session(12, [], full.sessionId, 5);
      expect(after.responses.flatMap((r) => r.partitions.map((p) => p.partitionIndex))).toEqual([0]);
    });

    it('a wrong epoch: INVALID_FETCH_SESSION_EPOCH; an unknown id: FETCH_SESSION_ID_NOT_FOUND; both with no partitions', async () => {
      const t = topic();
      const full = await session(12, [{ topic: t.name, partition: 0, offset: 0 }], 0, 0);
      const wrong = await session(12, [], full.sessionId, 7);
      expect(wrong).toMatchObject({ errorCode: ErrorCode.INVALID_FETCH_SESSION_EPOCH, sessionId: 0, responses: [] });
      const unknown = await session(12, [], 123456789, 1);
      expect(unknown).toMatchObject({ errorCode: ErrorCode.FETCH_SESSION_ID_NOT_FOUND, sessionId: 0, responses: [] });
      // The session itself is still there at the epoch it expects.
      expect((await session(12, [], full.sessionId, 1)).errorCode).toBe(0);
    });

    it('a full fetch naming a session closes it; epoch -1 fetches without a session', async () => {
      const t = topic();
      const full = await session(12, [{ topic: t.name, partition: 0, offset: 0 }], 0, 0);
      const closing = await session(12, [{ topic: t.name, partition: 0, offset: 0 }], full.sessionId, -1);
      expect(closing.sessionId).toBe(0);
      expect(closing.responses[0]!.partitions).toHaveLength(1);
      expect((await session(12, [], full.sessionId, 1)).errorCode).toBe(ErrorCode.FETCH_SESSION_ID_NOT_FOUND);
    });

    it('sessions keyed by topic id (v13+) cannot be continued with names (FETCH_SESSION_TOPIC_ID_ERROR)', async () => {
      const t = topic();
      const full = await session(13, [{ topic: '', topicId: t.id, partition: 0, offset: 0 }], 0, 0);
      expect(full.sessionId).toBeGreaterThan(0);
      expect((await session(12, [], full.sessionId, 1)).errorCode).toBe(ErrorCode.FETCH_SESSION_TOPIC_ID_ERROR);
      await produceOne(client, 9, t.name, 0, batchOf(['by id']));
      const inc = await session(13, [], full.sessionId, 1);
      expect(inc.responses[0]!.topicId).toBe(t.id);
      expect((await decodeRecords(inc.responses[0]!.partitions[0]!.records)).map((r) => r.value)).toEqual(['by id']);
    });

    it('an incremental fetch long-polls on every session partition', async () => {
      const t = topic(2);
      const full = await session(
        12,
        [
          { topic: t.name, partition: 0, offset: 0 },
          { topic: t.name, partition: 1, offset: 0 },
        ],
        0,
        0,
      );
      const parked = session(12, [], full.sessionId, 1, { maxWaitMs: 30_000, minBytes: 1 });
      await new Promise((r) => setTimeout(r, 50));
      await produceOne(client, 9, t.name, 1, batchOf(['late']));
      const res = await parked;
      expect(res.responses.flatMap((r) => r.partitions.map((p) => p.partitionIndex))).toEqual([1]);
    });
  });

  describe('session cache', () => {
    it('with every slot taken, a new session is not created (session id 0) until one is stale enough to evict', async () => {
      let now = Date.now();
      const small = await startTestBroker({ 'max.incremental.fetch.session.cache.slots': 1 }, undefined, () => now);
      try {
        const c = await WireClient.connect(small.broker.port);
        small.broker.cluster.createTopic({
          name: 's',
          numPartitions: 2,
          replicationFactor: 1,
          assignments: [],
          configs: [],
        });
        const req = (targets: FetchTarget[], sessionId: number | undefined, sessionEpoch: number) =>
          c.request(FetchApi, 12, fetchRequest(targets, { sessionId: sessionId ?? 0, sessionEpoch }));
        const first = await req([{ topic: 's', partition: 0, offset: 0 }], 0, 0);
        expect(first.sessionId).toBeGreaterThan(0);
        // The cache is full and the first session is young: no second session.
        const second = await req(
          [
            { topic: 's', partition: 0, offset: 0 },
            { topic: 's', partition: 1, offset: 0 },
          ],
          0,
          0,
        );
        expect(second.sessionId).toBe(0);
        expect(second.responses[0]!.partitions).toHaveLength(2);
        // Two minutes later the first session is stale: the next new session evicts it.
        now += 121_000;
        const third = await req([{ topic: 's', partition: 1, offset: 0 }], 0, 0);
        expect(third.sessionId).toBeGreaterThan(0);
        expect((await req([], first.sessionId, 1)).errorCode).toBe(ErrorCode.FETCH_SESSION_ID_NOT_FOUND);
        expect(small.broker.replicas.fetchSessions.evictions).toBe(1);
        c.destroy();
      } finally {
        await small.dispose();
      }
    });

    it('max.incremental.fetch.session.cache.slots=0 never creates sessions', async () => {
      const none = await startTestBroker({ 'max.incremental.fetch.session.cache.slots': 0 });
      try {
        none.broker.cluster.createTopic({
          name: 'n',
          numPartitions: 1,
          replicationFactor: 1,
          assignments: [],
          configs: [],
        });
        const c = await WireClient.connect(none.broker.port);
        const res = await c.request(
          FetchApi,
          12,
          fetchRequest([{ topic: 'n', partition: 0, offset: 0 }], { sessionId: 0, sessionEpoch: 0 }),
        );
        expect(res).toMatchObject({ errorCode: 0, sessionId: 0 });
        c.destroy();
      } finally {
        await none.dispose();
      }
    });
  });

  describe('stop', () => {
    it('answers parked fetches, then closes the logs cleanly; a restart reads the same data', async () => {
      const own = await startTestBroker();
      own.broker.cluster.createTopic({
        name: 'stopping',
        numPartitions: 1,
        replicationFactor: 1,
        assignments: [],
        configs: [],
      });
      const c = await WireClient.connect(own.broker.port);
      await produceOne(c, 9, 'stopping', 0, await compressBatch(batchOf(['kept']), 1));
      const parked = fetch(c, 12, [{ topic: 'stopping', partition: 0, offset: 1 }], { maxWaitMs: 60_000, minBytes: 1 });
      await new Promise((r) => setTimeout(r, 50));
      expect(own.broker.replicas.parkedFetches).toBe(1);
      await own.stop();
      const p = only(await parked);
      expect(p).toMatchObject({ errorCode: 0, highWatermark: 1 });
      c.destroy();

      const again = await startTestBroker({}, own.dataDir);
      try {
        expect(again.logs.some((l) => l.msg === 'no clean shutdown marker; recovering unflushed segments')).toBe(false);
        const c2 = await WireClient.connect(again.broker.port);
        const res = only(await fetch(c2, 12, [{ topic: 'stopping', partition: 0, offset: 0 }]));
        expect((await decodeRecords(res.records)).map((r) => r.value)).toEqual(['kept']);
        c2.destroy();
      } finally {
        await again.dispose();
      }
    });
  });
});
