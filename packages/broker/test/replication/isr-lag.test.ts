/**
 * Asynchronous followers over the wire: each broker identity's fetcher copies after the leader's append, the ISR
 * drops a follower whose broker is paused for longer than replica.lag.time.max.ms (the high watermark waits for it
 * until then) and takes it back once it caught up after the resume; acks=-1 Produce is answered only when every ISR
 * member has the batch, with REQUEST_TIMED_OUT after timeout_ms and NOT_ENOUGH_REPLICAS_AFTER_APPEND when the ISR
 * shrank below min.insync.replicas meanwhile.
 */
import { ErrorCode, ProduceApi } from '@samsa/protocol';
import { batchOf, decodeRecords, fetch, produceOne } from '../helpers/records';
import { startTestBroker, waitFor, type TestBroker } from '../helpers/test-broker';
import { WireClient } from '../helpers/wire-client';

const LAG_MS = 1000;

describe('asynchronous followers and the ISR by lag', () => {
  let tb: TestBroker;
  let leader: WireClient;
  let n = 0;

  beforeEach(async () => {
    tb = await startTestBroker({ 'samsa.broker.count': 3, 'replica.lag.time.max.ms': LAG_MS });
    leader = await WireClient.connect(tb.broker.port);
  });
  afterEach(async () => {
    leader.destroy();
    await tb.dispose();
  });

  function topic(replicas: number[], configs: Record<string, string> = {}): string {
    const name = `lag-${n++}`;
    tb.broker.cluster.createTopic({
      name,
      numPartitions: -1,
      replicationFactor: -1,
      assignments: [{ partitionIndex: 0, brokerIds: replicas }],
      configs: Object.entries(configs).map(([k, v]) => ({ name: k, value: v })),
    });
    return name;
  }

  function produceWithTimeout(name: string, values: string[], timeoutMs: number) {
    return leader
      .request(ProduceApi, 9, {
        transactionalId: null,
        acks: -1,
        timeoutMs,
        topicData: [{ name, partitionData: [{ index: 0, records: batchOf(values) }] }],
      })
      .then((r) => r.responses[0]!.partitionResponses[0]!);
  }

  async function readable(name: string): Promise<{ highWatermark: number; values: (string | null)[] }> {
    const res = await fetch(leader, 12, [{ topic: name, partition: 0, offset: 0 }], { maxWaitMs: 0 });
    const p = res.responses[0]!.partitions[0]!;
    expect(p.errorCode).toBe(ErrorCode.NONE);
    return {
      highWatermark: p.highWatermark,
      values: (await decodeRecords(p.records)).map((r) => r.value?.toString() ?? null),
    };
  }

  it('followers copy after the append returns, on their own fetch loop', async () => {
    const name = topic([1, 2, 3]);
    const p = tb.broker.replicas.partition(name, 0)!;
    const result = tb.broker.replicas.appendRecords(p, batchOf(['a']), { apiVersion: 9, requiredAcks: 1 });
    expect(result).toMatchObject({ baseOffset: 0 });
    // The append itself wrote the leader only; the high watermark waits for the ISR.
    expect(tb.broker.replication.describe(name, 0)).toMatchObject({
      highWatermark: 0,
      logEndOffsets: { 1: 1, 2: 0, 3: 0 },
    });
    await new Promise((r) => setImmediate(r));
    expect(tb.broker.replication.describe(name, 0)).toMatchObject({
      isr: [1, 2, 3],
      highWatermark: 1,
      logEndOffsets: { 1: 1, 2: 1, 3: 1 },
    });
  });

  it('a paused follower holds the high watermark until it has lagged replica.lag.time.max.ms, then leaves the ISR; resumed, it rejoins', async () => {
    const name = topic([1, 2, 3]);
    expect((await produceOne(leader, 9, name, 0, batchOf(['a']), -1)).errorCode).toBe(ErrorCode.NONE);
    const pausedAt = Date.now();
    tb.broker.control.pauseBroker(3);
    const r = await produceOne(leader, 9, name, 0, batchOf(['b', 'c']), 1);
    expect([r.errorCode, r.baseOffset]).toEqual([ErrorCode.NONE, 1]);
    await waitFor(() => tb.broker.replication.describe(name, 0).logEndOffsets[2] === 3);
    // Broker 2 has the batch, broker 3 does not but is still in the ISR: nothing past offset 1 is committed.
    expect(tb.broker.replication.describe(name, 0)).toMatchObject({
      isr: [1, 2, 3],
      highWatermark: 1,
      logEndOffsets: { 1: 3, 2: 3, 3: 1 },
    });
    expect(await readable(name)).toEqual({ highWatermark: 1, values: ['a'] });

    await waitFor(() => tb.broker.replication.describe(name, 0).isr.length === 2, 5 * LAG_MS);
    expect(Date.now() - pausedAt).toBeGreaterThanOrEqual(LAG_MS - 100);
    expect(tb.broker.replication.describe(name, 0)).toMatchObject({ isr: [1, 2], highWatermark: 3 });
    expect(await readable(name)).toEqual({ highWatermark: 3, values: ['a', 'b', 'c'] });
    // A paused replica fetches nothing meanwhile.
    expect((await produceOne(leader, 9, name, 0, batchOf(['d']), -1)).errorCode).toBe(ErrorCode.NONE);
    expect(tb.broker.replication.describe(name, 0).logEndOffsets).toEqual({ 1: 4, 2: 4, 3: 1 });

    tb.broker.control.resumeBroker(3);
    await waitFor(() => tb.broker.replication.describe(name, 0).isr.length === 3);
    expect(tb.broker.replication.describe(name, 0)).toMatchObject({
      isr: [1, 2, 3],
      highWatermark: 4,
      logEndOffsets: { 1: 4, 2: 4, 3: 4 },
    });
  });

  it('acks=-1 is answered once every ISR member fetched the batch', async () => {
    const name = topic([1, 2, 3]);
    tb.broker.control.pauseBroker(3);
    let answered = false;
    const pending = produceWithTimeout(name, ['a'], 10_000).then((r) => {
      answered = true;
      return r;
    });
    await waitFor(() => tb.broker.replication.describe(name, 0).logEndOffsets[2] === 1);
    await new Promise((r) => setTimeout(r, 100));
    expect(answered).toBe(false);
    expect(tb.broker.replication.parkedProduces).toBe(1);
    expect(tb.broker.replication.describe(name, 0)).toMatchObject({
      isr: [1, 2, 3],
      highWatermark: 0,
      logEndOffsets: { 1: 1, 2: 1, 3: 0 },
    });
    tb.broker.control.resumeBroker(3);
    const r = await pending;
    expect([r.errorCode, r.baseOffset]).toEqual([ErrorCode.NONE, 0]);
    expect(tb.broker.replication.describe(name, 0)).toMatchObject({
      isr: [1, 2, 3],
      highWatermark: 1,
      logEndOffsets: { 1: 1, 2: 1, 3: 1 },
    });
    expect(tb.broker.replication.parkedProduces).toBe(0);
  });

  it('acks=-1 answers REQUEST_TIMED_OUT after timeout_ms while an ISR member is paused; the batch stays written', async () => {
    const name = topic([1, 2, 3]);
    tb.broker.control.pauseBroker(2);
    const started = Date.now();
    const r = await produceWithTimeout(name, ['a'], 150);
    expect(r.errorCode).toBe(ErrorCode.REQUEST_TIMED_OUT);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(tb.broker.replication.describe(name, 0)).toMatchObject({
      isr: [1, 2, 3],
      highWatermark: 0,
      logEndOffsets: { 1: 1, 2: 0, 3: 1 },
    });
    tb.broker.control.resumeBroker(2);
    await waitFor(() => tb.broker.replication.describe(name, 0).highWatermark === 1);
    expect(await readable(name)).toEqual({ highWatermark: 1, values: ['a'] });
  });

  it('acks=-1 answers NOT_ENOUGH_REPLICAS_AFTER_APPEND when the ISR shrinks below min.insync.replicas while it waits', async () => {
    const name = topic([1, 2], { 'min.insync.replicas': '2' });
    tb.broker.control.pauseBroker(2);
    const r = await produceWithTimeout(name, ['a'], 10 * LAG_MS);
    expect(r.errorCode).toBe(ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND);
    // The ISR dropped the paused replica, which let the high watermark pass the batch.
    expect(tb.broker.replication.describe(name, 0)).toMatchObject({
      isr: [1],
      highWatermark: 1,
      logEndOffsets: { 1: 1, 2: 0 },
    });
    // Now the ISR is too small before the append.
    expect((await produceWithTimeout(name, ['b'], 1000)).errorCode).toBe(ErrorCode.NOT_ENOUGH_REPLICAS);
    tb.broker.control.resumeBroker(2);
    await waitFor(() => tb.broker.replication.describe(name, 0).isr.length === 2);
    const ok = await produceWithTimeout(name, ['b'], 1000);
    expect([ok.errorCode, ok.baseOffset]).toEqual([ErrorCode.NONE, 1]);
    expect(await readable(name)).toEqual({ highWatermark: 2, values: ['a', 'b'] });
  });
});
