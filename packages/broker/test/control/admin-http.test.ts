// The HTTP admin endpoint (`samsa.admin.listener`): the same faults driven as JSON over HTTP, checked over TCP with
// the raw protocol, and its error answers.
import { ErrorCode, MetadataApi } from '@samsa/protocol';
import { startCluster, type StartedCluster } from '../../src/index';
import { parseAdminListener } from '../../src/control/admin-address';
import { batchOf, produceOne } from '../helpers/records';
import { WireClient } from '../helpers/wire-client';

async function call(
  c: StartedCluster,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${c.adminUrl}${path}`, {
    method,
    ...(method === 'GET' ? {} : { headers: { 'content-type': 'application/json' } }),
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe('admin HTTP endpoint', () => {
  let c: StartedCluster;
  beforeAll(async () => {
    c = await startCluster({ brokers: 2, admin: true });
    c.broker.cluster.createTopic({ name: 't', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] });
  });
  afterAll(async () => c.stop());
  afterEach(async () => {
    await call(c, 'DELETE', '/v1/faults');
  });

  it('listens on an ephemeral loopback port and describes the cluster', async () => {
    expect(c.adminUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const { status, json } = await call(c, 'GET', '/v1/cluster');
    expect(status).toBe(200);
    expect(json).toMatchObject({
      clusterId: c.clusterId,
      controllerId: 1,
      brokers: c.brokers.map((b) => ({ nodeId: b.nodeId, host: '127.0.0.1', port: b.port, state: 'running' })),
    });
  });

  it('injects an error on one broker only; the fault is listed and then spent', async () => {
    const leader = c.broker.cluster.topicByName('t')!.partitions[0]!.leader;
    const target = c.brokers.find((b) => b.nodeId === leader)!;
    const other = c.brokers.find((b) => b.nodeId !== leader)!;
    const created = await call(c, 'POST', '/v1/faults/errors', {
      api: 'Produce',
      error: 'REQUEST_TIMED_OUT',
      broker: other.nodeId,
      count: 1,
    });
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({
      kind: 'error',
      broker: other.nodeId,
      error: 'REQUEST_TIMED_OUT',
      remaining: 1,
    });
    const onLeader = await WireClient.connect(target.port);
    expect((await produceOne(onLeader, 9, 't', 0, batchOf(['a']))).errorCode).toBe(ErrorCode.NONE);
    expect((await call(c, 'GET', '/v1/faults')).json['faults']).toHaveLength(1);
    const onOther = await WireClient.connect(other.port);
    expect((await produceOne(onOther, 9, 't', 0, batchOf(['a']))).errorCode).toBe(ErrorCode.REQUEST_TIMED_OUT);
    expect((await call(c, 'GET', '/v1/faults')).json['faults']).toEqual([]);
    onLeader.destroy();
    onOther.destroy();
  });

  it('holds and releases requests, and logs them', async () => {
    expect((await call(c, 'POST', '/v1/requests/start', {})).status).toBe(200);
    const hold = await call(c, 'POST', '/v1/faults/holds', { api: 'Metadata', broker: 1 });
    const client = await WireClient.connect(c.brokers[0]!.port);
    const pending = client.request(MetadataApi, 4, { topics: null, allowAutoTopicCreation: false });
    await new Promise((r) => setTimeout(r, 50));
    expect((await call(c, 'GET', '/v1/faults')).json['faults']).toEqual([
      expect.objectContaining({ id: hold.json['id'], held: 1 }),
    ]);
    const released = await call(c, 'POST', `/v1/faults/holds/${String(hold.json['id'])}/release`);
    expect(released.json).toEqual({ released: 1 });
    expect((await pending).brokers).toHaveLength(2);
    const log = await call(c, 'GET', '/v1/requests?api=Metadata&broker=1');
    expect(log.json['requests']).toEqual([
      expect.objectContaining({
        nodeId: 1,
        apiKey: 3,
        api: 'Metadata',
        apiVersion: 4,
        clientId: 'wire-client',
        fault: hold.json['id'],
      }),
    ]);
    await call(c, 'POST', '/v1/requests/stop');
    await call(c, 'DELETE', '/v1/requests');
    expect((await call(c, 'GET', '/v1/requests')).json['requests']).toEqual([]);
    client.destroy();
  });

  it('stops, pauses and starts brokers; clearing restarts them', async () => {
    expect((await call(c, 'POST', '/v1/brokers/2/stop')).json['brokers']).toEqual([
      expect.objectContaining({ nodeId: 1, state: 'running' }),
      expect.objectContaining({ nodeId: 2, state: 'stopped' }),
    ]);
    await call(c, 'POST', '/v1/brokers/1/pause');
    expect((await call(c, 'GET', '/v1/cluster')).json['brokers']).toEqual([
      expect.objectContaining({ state: 'paused' }),
      expect.objectContaining({ state: 'stopped' }),
    ]);
    const cleared = await call(c, 'DELETE', '/v1/faults');
    expect(cleared.json['brokers']).toEqual([
      expect.objectContaining({ state: 'running' }),
      expect.objectContaining({ state: 'running' }),
    ]);
    const client = await WireClient.connect(c.brokers[1]!.port);
    expect(
      (await client.request(MetadataApi, 4, { topics: null, allowAutoTopicCreation: false })).brokers,
    ).toHaveLength(2);
    client.destroy();
  });

  it('describes a consumer group (KIP-848) with its target and current assignment; 404 for none', async () => {
    const { ConsumerGroupHeartbeatApi, FindCoordinatorApi, randomUuid } = await import('@samsa/protocol');
    const bootstrap = await WireClient.connect(c.brokers[0]!.port);
    const found = await bootstrap.request(FindCoordinatorApi, 3, { key: 'http-group', keyType: 0 });
    bootstrap.destroy();
    const client = await WireClient.connect(found.port!);
    try {
      const memberId = randomUuid();
      const res = await client.request(ConsumerGroupHeartbeatApi, 1, {
        groupId: 'http-group',
        memberId,
        memberEpoch: 0,
        instanceId: null,
        rackId: null,
        rebalanceTimeoutMs: 30_000,
        subscribedTopicNames: ['t'],
        subscribedTopicRegex: null,
        serverAssignor: null,
        topicPartitions: [],
      });
      expect(res.errorCode).toBe(0);
      const { status, json } = await call(c, 'GET', '/v1/groups/http-group');
      expect(status).toBe(200);
      expect(json).toMatchObject({
        groupId: 'http-group',
        state: 'Stable',
        members: [{ memberId, memberEpoch: 1, current: { t: [0] }, target: { t: [0] }, protocol: 'consumer' }],
      });
      expect((await call(c, 'GET', '/v1/groups/nope')).status).toBe(404);
    } finally {
      client.destroy();
    }
  });

  it('answers bad input with 400, unknown targets with 404', async () => {
    expect(await call(c, 'POST', '/v1/faults/errors', { api: 'Produce', error: 'NOPE' })).toEqual({
      status: 400,
      json: { error: 'unknown error NOPE' },
    });
    expect((await call(c, 'POST', '/v1/faults/errors', '{not json')).status).toBe(400);
    expect((await call(c, 'POST', '/v1/faults/latency', { ms: -1 })).status).toBe(400);
    expect((await call(c, 'POST', '/v1/brokers/abc/stop')).status).toBe(400);
    expect(await call(c, 'POST', '/v1/brokers/9/stop')).toEqual({ status: 404, json: { error: 'no broker 9' } });
    expect((await call(c, 'DELETE', '/v1/faults/error-999')).status).toBe(404);
    expect((await call(c, 'GET', '/v1/partitions/nope/0')).status).toBe(404);
    expect((await call(c, 'GET', '/v1/nothing')).status).toBe(404);
  });
});

describe('admin endpoint mount', () => {
  it('hands the mount what no route answers, after the guard, and closes it on stop', async () => {
    const c = await startCluster({ admin: true });
    const seen: string[] = [];
    let closed = 0;
    c.broker.mountAdmin({
      async handle(req, res, url) {
        if (!url.pathname.startsWith('/mounted')) return false;
        seen.push(`${req.method} ${url.pathname}`);
        res.writeHead(200, { 'content-type': 'text/plain' }).end('from the mount');
        return true;
      },
      async close() {
        closed++;
      },
    });
    expect(() => c.broker.mountAdmin({ handle: async () => false, close: async () => undefined })).toThrow(
      'mount already',
    );
    try {
      const answer = await fetch(`${c.adminUrl}/mounted/page`);
      expect([answer.status, await answer.text()]).toEqual([200, 'from the mount']);
      // The endpoint's own routes win, a path the mount declines is 404, and the guard runs first.
      expect((await call(c, 'GET', '/v1/cluster')).status).toBe(200);
      expect((await call(c, 'GET', '/elsewhere')).status).toBe(404);
      const crossOrigin = await fetch(`${c.adminUrl}/mounted/x`, { headers: { origin: 'http://evil.example' } });
      expect(crossOrigin.status).toBe(403);
      expect(seen).toEqual(['GET /mounted/page']);
    } finally {
      await c.stop();
    }
    expect(closed).toBe(1);
  });

  it('needs the admin endpoint', async () => {
    const c = await startCluster();
    try {
      expect(() => c.broker.mountAdmin({ handle: async () => false, close: async () => undefined })).toThrow(
        'samsa.admin.listener',
      );
    } finally {
      await c.stop();
    }
  });
});

describe('samsa.admin.listener', () => {
  it('takes host:port or http://host:port', () => {
    expect(parseAdminListener('127.0.0.1:9644')).toEqual({ host: '127.0.0.1', port: 9644 });
    expect(parseAdminListener('http://[::1]:0')).toEqual({ host: '::1', port: 0 });
    expect(parseAdminListener(null)).toBeNull();
    expect(() => parseAdminListener('localhost')).toThrow('samsa.admin.listener');
  });
});
