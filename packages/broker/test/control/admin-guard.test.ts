// The admin endpoint refuses what a web page could send it (cross-origin requests, non-JSON writes, DNS-rebound Host
// headers) and, with samsa.admin.token, anyone without the token; the broker is checked over the Kafka protocol to
// still be running after every refused stop. Requests go through node:http, which sends Host and Origin as given.
import { request } from 'node:http';
import { Writable } from 'node:stream';
import { Kafka, logLevel } from 'kafkajs';
import { MetadataApi } from '@samsa/protocol';
import pino from 'pino';
import { startCluster, type StartedCluster } from '../../src/index';
import { WireClient } from '../helpers/wire-client';

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
}

function send(
  url: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Answer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: hostname,
        port: Number(port),
        method,
        path,
        headers: { ...headers, ...(body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) }) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function brokerOneAnswersKafka(c: StartedCluster): Promise<void> {
  const client = await WireClient.connect(c.brokers[0]!.port);
  const md = await client.request(MetadataApi, 4, { topics: null, allowAutoTopicCreation: false });
  client.destroy();
  expect(md.brokers.map((b) => b.nodeId).sort()).toEqual([1, 2]);
}

async function states(c: StartedCluster, headers: Record<string, string> = {}): Promise<string[]> {
  const res = await send(c.adminUrl as string, 'GET', '/v1/cluster', {
    host: new URL(c.adminUrl as string).host,
    ...headers,
  });
  expect(res.status).toBe(200);
  return (JSON.parse(res.text) as { brokers: { state: string }[] }).brokers.map((b) => b.state);
}

describe('admin endpoint on loopback without a token', () => {
  let c: StartedCluster;
  let host: string;
  let port: string;
  beforeAll(async () => {
    c = await startCluster({ brokers: 2, admin: true });
    host = new URL(c.adminUrl as string).host;
    port = new URL(c.adminUrl as string).port;
  });
  afterAll(async () => c.stop());

  it('does not stop a broker for a cross-origin text/plain POST (a form or fetch from a web page)', async () => {
    const res = await send(
      c.adminUrl as string,
      'POST',
      '/v1/brokers/1/stop',
      { host, origin: 'http://evil.example', 'content-type': 'text/plain' },
      '{}',
    );
    expect(res.status).toBe(403);
    expect(JSON.parse(res.text)).toEqual({ error: 'cross-origin requests are refused' });
    expect(await states(c)).toEqual(['running', 'running']);
    await brokerOneAnswersKafka(c);
  });

  it('refuses a POST or DELETE that is not JSON, even without an Origin (415)', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await send(
        c.adminUrl as string,
        'POST',
        '/v1/brokers/1/stop',
        { host, 'content-type': contentType },
        '{}',
      );
      expect(res.status).toBe(415);
    }
    expect((await send(c.adminUrl as string, 'POST', '/v1/brokers/1/stop', { host })).status).toBe(415);
    const fault = await send(
      c.adminUrl as string,
      'POST',
      '/v1/faults/latency',
      { host, 'content-type': 'application/json' },
      JSON.stringify({ ms: 1 }),
    );
    expect(fault.status).toBe(200);
    expect(
      (await send(c.adminUrl as string, 'DELETE', '/v1/faults', { host, 'content-type': 'text/plain' })).status,
    ).toBe(415);
    const listed = await send(c.adminUrl as string, 'GET', '/v1/faults', { host });
    expect((JSON.parse(listed.text) as { faults: unknown[] }).faults).toHaveLength(1);
    expect(await states(c)).toEqual(['running', 'running']);
    await brokerOneAnswersKafka(c);
    expect(
      (
        await send(c.adminUrl as string, 'DELETE', '/v1/faults', {
          host,
          'content-type': 'application/json; charset=utf-8',
        })
      ).status,
    ).toBe(200);
  });

  it('refuses a Host that is not its own, as a DNS-rebound page sends (403)', async () => {
    for (const h of [`evil.example:${port}`, `127.0.0.1:${Number(port) + 1}`, `localhost`, `10.0.0.1:${port}`]) {
      const res = await send(
        c.adminUrl as string,
        'POST',
        '/v1/brokers/1/stop',
        { host: h, origin: `http://${h}`, 'content-type': 'application/json' },
        '{}',
      );
      expect(res.status).toBe(403);
      expect(JSON.parse(res.text)).toEqual({ error: 'Host header does not name this endpoint' });
    }
    expect((await send(c.adminUrl as string, 'GET', '/healthz', { host: `evil.example:${port}` })).status).toBe(403);
    expect(await states(c)).toEqual(['running', 'running']);
    await brokerOneAnswersKafka(c);
  });

  it('takes the loopback names of its port, and its own origin', async () => {
    for (const h of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`]) {
      expect((await send(c.adminUrl as string, 'GET', '/v1/cluster', { host: h })).status).toBe(200);
      expect((await send(c.adminUrl as string, 'GET', '/v1/cluster', { host: h, origin: `http://${h}` })).status).toBe(
        200,
      );
    }
    // A right JSON write goes through: broker 2 stops and starts.
    const stopped = await send(c.adminUrl as string, 'POST', '/v1/brokers/2/stop', {
      host,
      origin: `http://${host}`,
      'content-type': 'application/json',
    });
    expect(stopped.status).toBe(200);
    expect(await states(c)).toEqual(['running', 'stopped']);
    expect(
      (
        await send(c.adminUrl as string, 'POST', '/v1/brokers/2/start', {
          host: `localhost:${port}`,
          'content-type': 'application/json',
        })
      ).status,
    ).toBe(200);
    expect(await states(c)).toEqual(['running', 'running']);
  });

  it('needs no token when none is configured', async () => {
    expect((await send(c.adminUrl as string, 'GET', '/metrics', { host })).status).toBe(200);
  });
});

describe('admin endpoint with samsa.admin.token', () => {
  const token = 'Zq8-3vNw_hT5.token';
  const lines: string[] = [];
  let c: StartedCluster;
  let host: string;
  beforeAll(async () => {
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    c = await startCluster({
      brokers: 2,
      admin: true,
      config: { 'samsa.admin.token': token },
      logger: pino({ level: 'debug' }, stream),
    });
    host = new URL(c.adminUrl as string).host;
  });
  afterAll(async () => c.stop());

  it('refuses /v1 and /metrics without the token, or with a wrong one (401), and does not stop the broker', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { authorization: `Bearer ${token}x` },
      { authorization: `Bearer ${token.slice(0, -1)}` },
      { authorization: `Basic ${Buffer.from(`admin:${token}x`).toString('base64')}` },
      { authorization: `Basic ${Buffer.from(token).toString('base64')}` },
      { authorization: token },
      { authorization: 'Bearer' },
    ];
    for (const auth of attempts) {
      const stop = await send(
        c.adminUrl as string,
        'POST',
        '/v1/brokers/1/stop',
        { host, 'content-type': 'application/json', ...auth },
        '{}',
      );
      expect(stop.status).toBe(401);
      expect(stop.headers['www-authenticate']).toBe('Bearer realm="samsa-admin", Basic realm="samsa-admin"');
      expect(JSON.parse(stop.text)).toEqual({ error: 'missing or wrong bearer token' });
      expect((await send(c.adminUrl as string, 'GET', '/metrics', { host, ...auth })).status).toBe(401);
      expect((await send(c.adminUrl as string, 'GET', '/v1/cluster', { host, ...auth })).status).toBe(401);
    }
    expect(await states(c, { authorization: `Bearer ${token}` })).toEqual(['running', 'running']);
    await brokerOneAnswersKafka(c);
  });

  it('serves everything with the right token', async () => {
    const auth = { authorization: `Bearer ${token}` };
    const metrics = await send(c.adminUrl as string, 'GET', '/metrics', { host, ...auth });
    expect(metrics.status).toBe(200);
    expect(metrics.text).toMatch(/^samsa_storage_backend_info\{backend="memory"\} 1$/m);
    const stop = await send(c.adminUrl as string, 'POST', '/v1/brokers/2/stop', {
      host,
      'content-type': 'application/json',
      authorization: `bearer  ${token}`,
    });
    expect(stop.status).toBe(200);
    expect(await states(c, auth)).toEqual(['running', 'stopped']);
    expect(
      (await send(c.adminUrl as string, 'DELETE', '/v1/faults', { host, 'content-type': 'application/json', ...auth }))
        .status,
    ).toBe(200);
    expect(await states(c, auth)).toEqual(['running', 'running']);
  });

  it('takes the token as the password of Basic credentials, what a browser sends for the console', async () => {
    const basic = { authorization: `Basic ${Buffer.from(`anyone:${token}`).toString('base64')}` };
    expect(await states(c, basic)).toEqual(['running', 'running']);
    expect((await send(c.adminUrl as string, 'GET', '/metrics', { host, ...basic })).status).toBe(200);
  });

  it('leaves /healthz and /readyz open for probes', async () => {
    expect(await send(c.adminUrl as string, 'GET', '/healthz', { host })).toMatchObject({
      status: 200,
      text: '{"status":"ok"}',
    });
    expect(await send(c.adminUrl as string, 'GET', '/readyz', { host })).toMatchObject({
      status: 200,
      text: '{"status":"ready"}',
    });
  });

  it('hides the token from DescribeConfigs, as Kafka hides passwords', async () => {
    const admin = new Kafka({
      brokers: [c.bootstrapServers.split(',')[0] as string],
      logLevel: logLevel.NOTHING,
    }).admin();
    await admin.connect();
    try {
      const described = await admin.describeConfigs({
        resources: [{ type: 4, name: '1', configNames: ['samsa.admin.token'] }],
        includeSynonyms: true,
      });
      const entries = described.resources[0]!.configEntries;
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ configName: 'samsa.admin.token', configValue: null, isSensitive: true });
      expect(JSON.stringify(described)).not.toContain(token);
    } finally {
      await admin.disconnect();
    }
  });

  it('never writes the token to the log', () => {
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.some((l) => l.includes('admin listening') && l.includes('bearer token'))).toBe(true);
    expect(lines.filter((l) => l.includes(token) || l.includes(token.slice(0, -1)))).toEqual([]);
  });
});

describe('admin endpoint on a wildcard address', () => {
  it('warns at start, takes any Host, and still refuses other origins', async () => {
    const lines: { level: number; msg: string }[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(JSON.parse(String(chunk)) as { level: number; msg: string });
        done();
      },
    });
    const c = await startCluster({ admin: '0.0.0.0:0', logger: pino({ level: 'info' }, stream) });
    try {
      expect(lines.filter((l) => l.level === 40).map((l) => l.msg)).toEqual([
        'admin endpoint bound to a non-loopback address, without samsa.admin.token: anyone who can reach it can stop brokers',
        'admin endpoint bound to a wildcard address accepts any Host header; only samsa.admin.token protects it from DNS rebinding',
      ]);
      const url = `http://127.0.0.1:${new URL(c.adminUrl as string).port}`;
      expect((await send(url, 'GET', '/v1/cluster', { host: 'broker-1.internal:9644' })).status).toBe(200);
      const crossOrigin = await send(url, 'POST', '/v1/brokers/1/stop', {
        host: 'broker-1.internal:9644',
        origin: 'http://evil.example',
        'content-type': 'application/json',
      });
      expect(crossOrigin.status).toBe(403);
      const client = await WireClient.connect(c.brokers[0]!.port);
      expect(
        (await client.request(MetadataApi, 4, { topics: null, allowAutoTopicCreation: false })).brokers,
      ).toHaveLength(1);
      client.destroy();
    } finally {
      await c.stop();
    }
  });

  it('does not warn on loopback', async () => {
    const lines: { level: number }[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(JSON.parse(String(chunk)) as { level: number });
        done();
      },
    });
    const c = await startCluster({ admin: true, logger: pino({ level: 'info' }, stream) });
    await c.stop();
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((l) => l.level >= 40)).toEqual([]);
  });
});
