// Several listeners per broker identity: each bound for every identity, and every answer that names brokers gives
// the addresses of the listener the request came in on (Kafka's MetadataCache by listener name).
import { createServer } from 'node:net';
import {
  DescribeClusterApi,
  ErrorCode,
  FindCoordinatorApi,
  MetadataApi,
  ZERO_UUID,
  type MetadataResponse,
} from '@samsa/protocol';
import { startCluster } from '../../src/index';
import { WireClient } from '../helpers/wire-client';
import { startTestBroker, type TestBroker } from '../helpers/test-broker';

const TWO_LISTENERS = {
  listeners: 'PLAINTEXT://127.0.0.1:0,INTERNAL://127.0.0.1:0',
  'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,INTERNAL:PLAINTEXT',
  'advertised.listeners': 'INTERNAL://localhost:0',
  'samsa.broker.count': 3,
};

function port(tb: TestBroker, nodeIndex: number, listener: string): number {
  const endpoint = tb.broker.nodes[nodeIndex]?.endpoints.find((e) => e.listener === listener);
  if (!endpoint) throw new Error(`no ${listener} endpoint`);
  return endpoint.port;
}

describe('several listeners per broker identity', () => {
  let tb: TestBroker;
  beforeAll(async () => {
    tb = await startTestBroker(TWO_LISTENERS);
  });
  afterAll(async () => tb.dispose());

  it('binds every listener of every identity and logs one listening line per identity with all of them', () => {
    expect(tb.broker.nodes).toHaveLength(3);
    const ports = tb.broker.nodes.flatMap((n) => n.endpoints.map((e) => e.port));
    expect(new Set(ports).size).toBe(6);
    const lines = tb.logs.filter((l) => l.msg === 'listening');
    expect(lines).toHaveLength(3);
    const first = lines[0] as unknown as { address: string; listeners: Record<string, string> };
    expect(first.address).toBe(`127.0.0.1:${port(tb, 0, 'PLAINTEXT')}`);
    expect(first.listeners).toEqual({
      PLAINTEXT: `127.0.0.1:${port(tb, 0, 'PLAINTEXT')}`,
      INTERNAL: `localhost:${port(tb, 0, 'INTERNAL')}`,
    });
  });

  it.each([
    ['PLAINTEXT', '127.0.0.1'],
    ['INTERNAL', 'localhost'],
  ])('Metadata over %s lists the brokers at their %s addresses', async (listener, host) => {
    const client = await WireClient.connect(port(tb, 1, listener));
    const res: MetadataResponse = await client.request(MetadataApi, 12, {
      topics: null,
      allowAutoTopicCreation: false,
      includeTopicAuthorizedOperations: false,
    });
    client.destroy();
    expect(res.brokers.length).toBe(3);
    expect(res.brokers.map((b) => b.host)).toEqual([host, host, host]);
    expect(res.brokers.map((b) => b.port)).toEqual([0, 1, 2].map((i) => port(tb, i, listener)));
  });

  it.each([
    ['PLAINTEXT', '127.0.0.1'],
    ['INTERNAL', 'localhost'],
  ])('DescribeCluster and FindCoordinator over %s answer with %s addresses', async (listener, host) => {
    const client = await WireClient.connect(port(tb, 0, listener));
    const cluster = await client.request(DescribeClusterApi, 1, {
      includeClusterAuthorizedOperations: false,
      endpointType: 1,
    });
    expect(cluster.brokers.map((b) => `${b.host}:${b.port}`)).toEqual(
      [0, 1, 2].map((i) => `${host}:${port(tb, i, listener)}`),
    );
    const found = await client.request(FindCoordinatorApi, 4, { keyType: 0, coordinatorKeys: ['g1'] });
    client.destroy();
    const coordinator = found.coordinators?.[0];
    expect(coordinator?.errorCode).toBe(ErrorCode.NONE);
    const index = tb.broker.nodes.findIndex((n) => n.nodeId === coordinator?.nodeId);
    expect(index).toBeGreaterThanOrEqual(0);
    expect(`${coordinator?.host}:${coordinator?.port}`).toBe(`${host}:${port(tb, index, listener)}`);
  });

  it('a topic created over one listener is served over the other', async () => {
    const internal = await WireClient.connect(port(tb, 2, 'INTERNAL'));
    const created = await internal.request(MetadataApi, 12, {
      topics: [{ name: 'across-listeners', topicId: ZERO_UUID }],
      allowAutoTopicCreation: true,
      includeTopicAuthorizedOperations: false,
    });
    internal.destroy();
    expect(created.topics[0]?.errorCode).toBe(ErrorCode.NONE);
    const plain = await WireClient.connect(port(tb, 0, 'PLAINTEXT'));
    const seen = await plain.request(MetadataApi, 12, {
      topics: [{ name: 'across-listeners', topicId: ZERO_UUID }],
      allowAutoTopicCreation: false,
      includeTopicAuthorizedOperations: false,
    });
    plain.destroy();
    expect(seen.topics[0]?.errorCode).toBe(ErrorCode.NONE);
    expect(seen.topics[0]?.topicId).toBe(created.topics[0]?.topicId);
  });
});

describe('listener ports per identity', () => {
  async function freePorts(n: number): Promise<number> {
    // A run of n free ports starting at the returned one, found by binding each.
    for (let attempt = 0; attempt < 20; attempt++) {
      const base = 20000 + Math.floor(Math.random() * 30000);
      const servers = [];
      let ok = true;
      for (let i = 0; i < n && ok; i++) {
        const server = createServer();
        ok = await new Promise<boolean>((resolve) => {
          server.once('error', () => resolve(false));
          server.listen(base + i, '127.0.0.1', () => resolve(true));
        });
        servers.push(server);
      }
      await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
      if (ok) return base;
    }
    throw new Error('no free port range');
  }

  it('offsets every listener port by the identity index', async () => {
    const base = await freePorts(4);
    const cluster = await startCluster({
      brokers: 2,
      config: {
        listeners: `PLAINTEXT://127.0.0.1:${base},INTERNAL://127.0.0.1:${base + 2}`,
        'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,INTERNAL:PLAINTEXT',
      },
    });
    try {
      expect(cluster.broker.nodes.map((n) => n.endpoints.map((e) => `${e.listener}:${e.port}`))).toEqual([
        [`PLAINTEXT:${base}`, `INTERNAL:${base + 2}`],
        [`PLAINTEXT:${base + 1}`, `INTERNAL:${base + 3}`],
      ]);
      expect(cluster.bootstrapServers).toBe(`127.0.0.1:${base},127.0.0.1:${base + 1}`);
    } finally {
      await cluster.stop();
    }
  });

  it('stopping a broker identity through the control API closes all its listeners; starting it binds them again', async () => {
    const cluster = await startCluster({
      brokers: 2,
      config: {
        listeners: 'PLAINTEXT://127.0.0.1:0,INTERNAL://127.0.0.1:0',
        'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,INTERNAL:PLAINTEXT',
      },
    });
    try {
      const internalPort = cluster.broker.nodes[1]?.endpoints[1]?.port ?? 0;
      await cluster.control.stopBroker(2);
      await expect(WireClient.connect(internalPort)).rejects.toThrow(/ECONNREFUSED/);
      await cluster.control.startBroker(2);
      const client = await WireClient.connect(internalPort);
      const res = await client.request(MetadataApi, 12, {
        topics: null,
        allowAutoTopicCreation: false,
        includeTopicAuthorizedOperations: false,
      });
      client.destroy();
      expect(res.brokers.map((b) => b.nodeId)).toEqual([1, 2]);
    } finally {
      await cluster.stop();
    }
  });
});

describe('startCluster({ listeners })', () => {
  it('opens each listener asked for on ephemeral ports and reports the bootstrap list of each', async () => {
    const cluster = await startCluster({
      brokers: 2,
      listeners: ['PLAINTEXT', { name: 'INTERNAL', protocol: 'PLAINTEXT' }],
    });
    try {
      expect(Object.keys(cluster.listeners)).toEqual(['PLAINTEXT', 'INTERNAL']);
      expect(cluster.listeners.PLAINTEXT).toBe(cluster.bootstrapServers);
      const internal = (cluster.listeners.INTERNAL ?? '').split(',');
      expect(internal).toHaveLength(2);
      const client = await WireClient.connect(Number(internal[1]?.split(':')[1]));
      const res = await client.request(MetadataApi, 12, {
        topics: null,
        allowAutoTopicCreation: false,
        includeTopicAuthorizedOperations: false,
      });
      client.destroy();
      expect(res.brokers.map((b) => `${b.host}:${b.port}`)).toEqual(internal);
    } finally {
      await cluster.stop();
    }
  });
});
