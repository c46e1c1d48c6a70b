// Request metrics through /metrics: requests by API and version, errors (answered, injected, thrown, closes) and the
// latency histogram, driven by raw Kafka requests whose number and outcome the test knows exactly.
import { ApiVersionsApi, ErrorCode, MetadataApi, Writer } from '@samsa/protocol';
import { startCluster, type StartedCluster } from '../../src/index';
import { parseMetrics, scrape, type Samples } from '../helpers/metrics';
import { batchOf, produceOne } from '../helpers/records';
import { WireClient } from '../helpers/wire-client';

const JSON_HEADERS = { 'content-type': 'application/json' };

/** A request frame with only the fixed header fields, for API keys and versions the codecs cannot encode. */
function rawHeader(apiKey: number, version: number, correlationId: number): Buffer {
  const w = new Writer();
  const at = w.reserveInt32();
  w.int16(apiKey);
  w.int16(version);
  w.int32(correlationId);
  w.nullableString('raw');
  w.setInt32At(at, w.byteLength - 4);
  return w.toBuffer();
}

function delta(before: Samples, after: Samples, name: string, labels: Record<string, string>): number {
  return (after.value(name, labels) ?? 0) - (before.value(name, labels) ?? 0);
}

describe('request metrics', () => {
  let c: StartedCluster;
  let client: WireClient;
  beforeAll(async () => {
    c = await startCluster({ admin: true });
    c.broker.cluster.createTopic({ name: 'req', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] });
    client = await WireClient.connect(c.brokers[0]!.port);
  });
  afterAll(async () => {
    client.destroy();
    await c.stop();
  });
  afterEach(async () => {
    await fetch(`${c.adminUrl}/v1/faults`, { method: 'DELETE', headers: JSON_HEADERS });
  });

  it('serves the Prometheus text format', async () => {
    const res = await fetch(`${c.adminUrl}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = await res.text();
    expect(text).toMatch(/^# HELP samsa_requests_total /m);
    expect(text).toMatch(/^# TYPE samsa_request_duration_seconds histogram$/m);
  });

  it('counts requests by API and version', async () => {
    const before = await scrape(c.adminUrl as string);
    for (let i = 0; i < 3; i++)
      expect((await produceOne(client, 9, 'req', 0, batchOf(['a']))).errorCode).toBe(ErrorCode.NONE);
    await client.request(MetadataApi, 4, { topics: null, allowAutoTopicCreation: false });
    const after = await scrape(c.adminUrl as string);
    expect(after.type('samsa_requests_total')).toBe('counter');
    expect(delta(before, after, 'samsa_requests_total', { api: 'Produce', version: '9' })).toBe(3);
    expect(delta(before, after, 'samsa_requests_total', { api: 'Metadata', version: '4' })).toBe(1);
    expect(delta(before, after, 'samsa_request_errors_total', { api: 'Produce', version: '9' })).toBe(0);
  });

  it('counts partition errors, injected errors, and closes with bounded labels', async () => {
    const before = await scrape(c.adminUrl as string);
    expect((await produceOne(client, 9, 'missing', 0, batchOf(['a']))).errorCode).toBe(
      ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
    );
    const injected = await fetch(`${c.adminUrl}/v1/faults/errors`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ api: 'Produce', error: 'REQUEST_TIMED_OUT' }),
    });
    expect(injected.status).toBe(200);
    expect((await produceOne(client, 9, 'req', 0, batchOf(['a']))).errorCode).toBe(ErrorCode.REQUEST_TIMED_OUT);
    // ApiVersions at a version it does not know answers UNSUPPORTED_VERSION (KIP-511).
    const versions = await client.sendRaw(rawHeader(ApiVersionsApi.apiKey, 999, 1000), 1000);
    expect((await versions)!.length).toBeGreaterThan(0);
    // Metadata at an unknown version, and an unknown API key: the connection closes.
    for (const frame of [rawHeader(MetadataApi.apiKey, 999, 1), rawHeader(9999, 0, 1)]) {
      const other = await WireClient.connect(c.brokers[0]!.port);
      other.sendRaw(frame);
      await other.closed;
    }
    const after = await scrape(c.adminUrl as string);
    expect(
      delta(before, after, 'samsa_request_errors_total', {
        api: 'Produce',
        version: '9',
        error: 'UNKNOWN_TOPIC_OR_PARTITION',
      }),
    ).toBe(1);
    expect(
      delta(before, after, 'samsa_request_errors_total', { api: 'Produce', version: '9', error: 'REQUEST_TIMED_OUT' }),
    ).toBe(1);
    expect(
      delta(before, after, 'samsa_request_errors_total', {
        api: 'ApiVersions',
        version: 'unsupported',
        error: 'UNSUPPORTED_VERSION',
      }),
    ).toBe(1);
    expect(
      delta(before, after, 'samsa_request_errors_total', { api: 'Metadata', version: 'unsupported', error: 'closed' }),
    ).toBe(1);
    expect(
      delta(before, after, 'samsa_request_errors_total', { api: 'unknown', version: 'unknown', error: 'closed' }),
    ).toBe(1);
    expect(delta(before, after, 'samsa_requests_total', { api: 'unknown', version: 'unknown' })).toBe(1);
  });

  it('times requests into the latency histogram, injected latency included', async () => {
    const before = await scrape(c.adminUrl as string);
    const latency = await fetch(`${c.adminUrl}/v1/faults/latency`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ api: 'Metadata', ms: 60 }),
    });
    expect(latency.status).toBe(200);
    await client.request(MetadataApi, 4, { topics: null, allowAutoTopicCreation: false });
    const after = await scrape(c.adminUrl as string);
    const metadata = { api: 'Metadata' };
    expect(delta(before, after, 'samsa_request_duration_seconds_count', metadata)).toBe(1);
    expect(delta(before, after, 'samsa_request_duration_seconds_sum', metadata)).toBeGreaterThanOrEqual(0.05);
    // The one slow request is above 50 ms: the buckets up to 0.05 did not move, the next ones did.
    expect(delta(before, after, 'samsa_request_duration_seconds_bucket', { ...metadata, le: '0.05' })).toBe(0);
    expect(delta(before, after, 'samsa_request_duration_seconds_bucket', { ...metadata, le: '+Inf' })).toBe(1);
    const buckets = after.series('samsa_request_duration_seconds_bucket').filter((s) => s.labels['api'] === 'Metadata');
    expect(buckets.length).toBeGreaterThan(1);
    for (let i = 1; i < buckets.length; i++) expect(buckets[i]!.value).toBeGreaterThanOrEqual(buckets[i - 1]!.value);
    expect(buckets[buckets.length - 1]!.value).toBe(after.value('samsa_request_duration_seconds_count', metadata));
  });
});

describe('metrics of several brokers in one process', () => {
  it("keeps each broker's numbers in its own registry", async () => {
    const [a, b] = await Promise.all([startCluster({ admin: true }), startCluster({ admin: true })]);
    try {
      const client = await WireClient.connect(a!.brokers[0]!.port);
      await client.request(MetadataApi, 4, { topics: null, allowAutoTopicCreation: false });
      client.destroy();
      expect(
        (await scrape(a!.adminUrl as string)).value('samsa_requests_total', { api: 'Metadata', version: '4' }),
      ).toBe(1);
      expect((await scrape(b!.adminUrl as string)).series('samsa_requests_total')).toEqual([]);
      // Process metrics are there for both.
      expect((await scrape(b!.adminUrl as string)).value('process_cpu_user_seconds_total')).toBeGreaterThan(0);
    } finally {
      await Promise.all([a!.stop(), b!.stop()]);
    }
  });

  it('are there without the admin endpoint, through broker.metrics()', async () => {
    const c = await startCluster();
    try {
      const client = await WireClient.connect(c.brokers[0]!.port);
      await client.request(MetadataApi, 4, { topics: null, allowAutoTopicCreation: false });
      client.destroy();
      expect(
        parseMetrics(await c.broker.metrics().text()).value('samsa_requests_total', { api: 'Metadata', version: '4' }),
      ).toBe(1);
    } finally {
      await c.stop();
    }
  });
});
