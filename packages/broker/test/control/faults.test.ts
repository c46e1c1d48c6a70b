// The control API's request-path faults, observed over TCP with the raw protocol: injected errors (count, topic
// and partition filters, probability), dropped connections, latency, holds, paused brokers, ApiVersions caps, the
// request log, list and clear.
import {
  ApiVersionsApi,
  ConsumerGroupDescribeApi,
  ConsumerGroupHeartbeatApi,
  ErrorCode,
  FetchApi,
  FindCoordinatorApi,
  ListOffsetsApi,
  MetadataApi,
  ZERO_UUID,
  randomUuid,
} from '@samsa/protocol';
import { startCluster, type StartedCluster } from '../../src/index';
import { batchOf, fetchRequest, produceOne } from '../helpers/records';
import { WireClient } from '../helpers/wire-client';

async function endOffset(client: WireClient, topic: string, partition: number): Promise<number> {
  const res = await client.request(ListOffsetsApi, 1, {
    replicaId: -1,
    isolationLevel: 0,
    topics: [{ name: topic, partitions: [{ partitionIndex: partition, currentLeaderEpoch: -1, timestamp: -1 }] }],
  });
  return res.topics[0]?.partitions[0]?.offset ?? -99;
}

function metadata(client: WireClient, topics: string[] | null = null) {
  return client.request(MetadataApi, 9, {
    topics: topics === null ? null : topics.map((name) => ({ name, topicId: ZERO_UUID })),
    allowAutoTopicCreation: false,
    includeClusterAuthorizedOperations: false,
    includeTopicAuthorizedOperations: false,
  });
}

/** Resolves with 'answered' or 'pending' after giving the broker `ms` to answer. */
async function settledWithin<T>(p: Promise<T>, ms: number): Promise<'answered' | 'pending'> {
  return Promise.race([
    p.then(
      () => 'answered' as const,
      () => 'answered' as const,
    ),
    new Promise<'pending'>((r) => setTimeout(() => r('pending'), ms)),
  ]);
}

describe('control: request-path faults', () => {
  let c: StartedCluster;
  let client: WireClient;
  beforeAll(async () => {
    c = await startCluster({ config: { 'num.partitions': 2 } });
    for (const name of ['a', 'b']) {
      c.broker.cluster.createTopic({ name, numPartitions: 2, replicationFactor: 1, assignments: [], configs: [] });
    }
  });
  afterAll(async () => c.stop());
  beforeEach(async () => {
    client = await WireClient.connect(c.brokers[0]!.port);
  });
  afterEach(async () => {
    client.destroy();
    await c.control.clear();
    c.control.stopRequestLog();
    c.control.clearRequestLog();
  });

  it('answers the next N requests of an API with the injected error, then serves normally', async () => {
    const fault = c.control.injectError({ api: 'Produce', error: 'NOT_LEADER_OR_FOLLOWER', count: 2 });
    expect(fault).toMatchObject({
      kind: 'error',
      api: 'Produce',
      apiKey: 0,
      error: 'NOT_LEADER_OR_FOLLOWER',
      errorCode: 6,
      remaining: 2,
    });
    const before = await endOffset(client, 'a', 0);
    for (let i = 0; i < 2; i++) {
      const p = await produceOne(client, 9, 'a', 0, batchOf(['x']));
      expect(p.errorCode).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER);
    }
    // The failed requests were not applied.
    expect(await endOffset(client, 'a', 0)).toBe(before);
    const ok = await produceOne(client, 9, 'a', 0, batchOf(['x']));
    expect(ok.errorCode).toBe(ErrorCode.NONE);
    expect(await endOffset(client, 'a', 0)).toBe(before + 1);
    expect(c.control.faults()).toEqual([]);
  });

  it('filters errors by topic and partition, and by code or name', async () => {
    c.control.injectError({ api: 0, error: 7, topic: 'a', partition: 1, count: 5 });
    expect((await produceOne(client, 9, 'b', 1, batchOf(['x']))).errorCode).toBe(ErrorCode.NONE);
    expect((await produceOne(client, 9, 'a', 0, batchOf(['x']))).errorCode).toBe(ErrorCode.NONE);
    expect((await produceOne(client, 9, 'a', 1, batchOf(['x']))).errorCode).toBe(ErrorCode.REQUEST_TIMED_OUT);
    const [listed] = c.control.faults();
    expect(listed).toMatchObject({ topic: 'a', partition: 1, hits: 1, remaining: 4, error: 'REQUEST_TIMED_OUT' });
  });

  it('matches Fetch requests by topic, whether named or by topic id (v13+)', async () => {
    c.control.injectError({ api: 'Fetch', error: 'UNKNOWN_SERVER_ERROR', topic: 'b', probability: 1 });
    const id = c.broker.cluster.topicByName('b')!.id;
    const byId = await client.request(
      FetchApi,
      13,
      fetchRequest([{ topic: '', topicId: id, partition: 0, offset: 0 }]),
    );
    expect(byId.responses[0]?.partitions[0]?.errorCode).toBe(ErrorCode.UNKNOWN_SERVER_ERROR);
    const other = await client.request(FetchApi, 11, fetchRequest([{ topic: 'a', partition: 0, offset: 0 }]));
    expect(other.responses[0]?.partitions[0]?.errorCode).toBe(ErrorCode.NONE);
    // With a probability and no count, the rule stays.
    expect(c.control.faults()[0]).toMatchObject({ remaining: null, probability: 1, hits: 1 });
  });

  it('drops the connection of a matching request without answering', async () => {
    c.control.dropConnections({ api: 'Metadata' });
    await expect(metadata(client)).rejects.toThrow('connection closed');
    await client.closed;
    const again = await WireClient.connect(c.brokers[0]!.port);
    expect((await metadata(again)).brokers).toHaveLength(1);
    again.destroy();
  });

  it('closes an acks=0 produce that gets an injected error, as Kafka does', async () => {
    c.control.injectError({ api: 'Produce', error: 'NOT_LEADER_OR_FOLLOWER' });
    const { frame } = client.encode((await import('@samsa/protocol')).ProduceApi, 9, {
      transactionalId: null,
      acks: 0,
      timeoutMs: 1000,
      topicData: [{ name: 'a', partitionData: [{ index: 0, records: batchOf(['x']) }] }],
    });
    client.sendRaw(frame);
    await client.closed;
    expect(client.isClosed).toBe(true);
  });

  it('delays matching requests by the injected latency, adding up per rule', async () => {
    c.control.addLatency({ ms: 120, api: 'Metadata' });
    c.control.addLatency({ ms: 80, broker: c.brokers[0]!.nodeId });
    const t0 = performance.now();
    await metadata(client);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(195);
    const t1 = performance.now();
    await endOffset(client, 'a', 0);
    const listOffsetsMs = performance.now() - t1;
    expect(listOffsetsMs).toBeGreaterThanOrEqual(75);
  });

  it('holds a request unhandled until released', async () => {
    const hold = c.control.hold({ api: 'Produce', topic: 'b' });
    const before = await endOffset(client, 'b', 0);
    const held = produceOne(client, 9, 'b', 0, batchOf(['held']));
    expect(await settledWithin(held, 150)).toBe('pending');
    const side = await WireClient.connect(c.brokers[0]!.port);
    expect(await endOffset(side, 'b', 0)).toBe(before);
    expect(c.control.faults()[0]).toMatchObject({ id: hold.id, held: 1, hits: 1 });
    expect(c.control.release(hold.id)).toBe(1);
    expect((await held).errorCode).toBe(ErrorCode.NONE);
    expect(await endOffset(side, 'b', 0)).toBe(before + 1);
    side.destroy();
  });

  it('a paused broker accepts connections and requests but answers only once resumed', async () => {
    const nodeId = c.brokers[0]!.nodeId;
    c.control.pauseBroker(nodeId);
    expect(c.control.brokers()[0]?.state).toBe('paused');
    const pending = metadata(client);
    const fresh = await WireClient.connect(c.brokers[0]!.port);
    const pending2 = metadata(fresh);
    expect(await settledWithin(Promise.race([pending, pending2]), 150)).toBe('pending');
    c.control.resumeBroker(nodeId);
    expect((await pending).brokers).toHaveLength(1);
    expect((await pending2).brokers).toHaveLength(1);
    fresh.destroy();
  });

  it('caps advertised ApiVersions and closes requests above the cap; below the minimum the API disappears', async () => {
    c.control.capApiVersion({ api: 'Fetch', maxVersion: 4 });
    c.control.capApiVersion({ api: 'DescribeProducers', maxVersion: -1 });
    const res = await client.request(ApiVersionsApi, 3, { clientSoftwareName: 'test', clientSoftwareVersion: '1' });
    expect(res.apiKeys.find((a) => a.apiKey === 1)).toEqual({ apiKey: 1, minVersion: 0, maxVersion: 4 });
    expect(res.apiKeys.find((a) => a.apiKey === 61)).toBeUndefined();
    expect(res.apiKeys.find((a) => a.apiKey === 0)?.maxVersion).toBeGreaterThan(4);
    const v4 = await client.request(FetchApi, 4, fetchRequest([{ topic: 'a', partition: 0, offset: 0 }]));
    expect(v4.responses[0]?.partitions[0]?.errorCode).toBe(ErrorCode.NONE);
    await expect(client.request(FetchApi, 5, fetchRequest([{ topic: 'a', partition: 0, offset: 0 }]))).rejects.toThrow(
      'connection closed',
    );
  });

  it('records every request in the request log once started', async () => {
    await metadata(client); // before the log starts: not recorded
    c.control.startRequestLog();
    await metadata(client);
    await endOffset(client, 'a', 0);
    const entries = c.control.requests();
    expect(entries.map((e) => [e.api, e.apiVersion])).toEqual([
      ['Metadata', 9],
      ['ListOffsets', 1],
    ]);
    for (const e of entries) {
      expect(e).toMatchObject({ nodeId: c.brokers[0]!.nodeId, clientId: 'wire-client', fault: null });
      expect(e.durationMs).toEqual(expect.any(Number));
      expect(e.correlationId).toBeGreaterThan(0);
    }
    expect(c.control.requests({ api: 'ListOffsets' })).toHaveLength(1);
    expect(c.control.requests({ afterSeq: entries[0]!.seq })).toHaveLength(1);
    c.control.injectError({ api: 'Metadata', error: 'UNKNOWN_SERVER_ERROR' });
    await metadata(client);
    expect(c.control.requests().at(-1)?.fault).toMatch(/^error-/);
  });

  it('covers the KIP-848 APIs: an injected ConsumerGroupHeartbeat error, then both APIs in the request log', async () => {
    const coordinator = await client.request(FindCoordinatorApi, 3, { key: 'faulted-848', keyType: 0 });
    expect(coordinator.errorCode).toBe(ErrorCode.NONE);
    const heartbeat = {
      groupId: 'faulted-848',
      memberId: randomUuid(),
      memberEpoch: 0,
      instanceId: null,
      rackId: null,
      rebalanceTimeoutMs: 30_000,
      subscribedTopicNames: ['a'],
      subscribedTopicRegex: null,
      serverAssignor: null,
      topicPartitions: [],
    };
    c.control.injectError({ api: 'ConsumerGroupHeartbeat', error: 'COORDINATOR_NOT_AVAILABLE' });
    c.control.startRequestLog();
    const faulted = await client.request(ConsumerGroupHeartbeatApi, 1, heartbeat);
    expect(faulted).toMatchObject({ errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE, memberEpoch: 0, assignment: null });
    // The fault was used up: the member joins and gets both partitions of `a`.
    const joined = await client.request(ConsumerGroupHeartbeatApi, 1, heartbeat);
    expect(joined.errorCode).toBe(ErrorCode.NONE);
    expect(joined.memberEpoch).toBe(1);
    expect(joined.assignment?.topicPartitions[0]?.partitions).toEqual([0, 1]);
    const described = await client.request(ConsumerGroupDescribeApi, 1, {
      groupIds: ['faulted-848'],
      includeAuthorizedOperations: false,
    });
    expect(described.groups[0]).toMatchObject({ errorCode: ErrorCode.NONE, groupEpoch: 1 });
    const logged = c.control.requests();
    expect(logged.map((e) => [e.api, e.apiVersion])).toEqual([
      ['ConsumerGroupHeartbeat', 1],
      ['ConsumerGroupHeartbeat', 1],
      ['ConsumerGroupDescribe', 1],
    ]);
    expect(logged[0]!.fault).toMatch(/^error-/);
    expect(logged[1]!.fault).toBeNull();
  });

  it('lists and clears everything injected; bad input is refused', async () => {
    c.control.injectError({ api: 'Fetch', error: 'NOT_LEADER_OR_FOLLOWER', count: 3 });
    c.control.addLatency({ ms: 5 });
    const hold = c.control.hold({ api: 'Metadata' });
    c.control.pauseBroker(c.brokers[0]!.nodeId);
    expect(
      c.control
        .list()
        .faults.map((f) => f.kind)
        .sort(),
    ).toEqual(['error', 'hold', 'latency']);
    const held = metadata(client);
    await c.control.clear();
    expect(c.control.list()).toMatchObject({ faults: [], brokers: [{ state: 'running' }] });
    expect((await held).brokers).toHaveLength(1);
    expect(() => c.control.release(hold.id)).toThrow(`no hold ${hold.id}`);
    expect(() => c.control.injectError({ api: 'Nope', error: 'NONE' })).toThrow('unknown API Nope');
    expect(() => c.control.injectError({ api: 'Produce', error: 'NOT_AN_ERROR' })).toThrow(
      'unknown error NOT_AN_ERROR',
    );
    expect(() => c.control.injectError({ api: 'Produce', error: 6, count: 0 })).toThrow(
      'count must be a positive integer',
    );
    expect(() => c.control.dropConnections({ probability: 2 })).toThrow('probability');
    expect(() => c.control.pauseBroker(99)).toThrow('no broker 99');
  });
});
