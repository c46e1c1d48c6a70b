// Process-level broker metrics through /metrics: connections per broker identity, injected fault rules and their
// hits (spent rules included), the storage backend, and prom-client's process metrics.
import { MetadataApi } from '@samsa/protocol';
import { startCluster, type StartedCluster } from '../../src/index';
import { scrape, type Samples } from '../helpers/metrics';
import { WireClient } from '../helpers/wire-client';

const JSON_HEADERS = { 'content-type': 'application/json' };

async function scrapeUntil(c: StartedCluster, check: (m: Samples) => boolean, what: string): Promise<Samples> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const m = await scrape(c.adminUrl as string);
    if (check(m)) return m;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('broker metrics', () => {
  let c: StartedCluster;
  beforeAll(async () => {
    c = await startCluster({ brokers: 2, admin: true });
  });
  afterAll(async () => c.stop());

  it('counts open connections per broker identity', async () => {
    const clients = [
      await WireClient.connect(c.brokers[0]!.port),
      await WireClient.connect(c.brokers[0]!.port),
      await WireClient.connect(c.brokers[1]!.port),
    ];
    const open = await scrapeUntil(
      c,
      (m) => m.value('samsa_connections', { broker: '1' }) === 2,
      'two connections on broker 1',
    );
    expect(open.value('samsa_connections', { broker: '2' })).toBe(1);
    clients[0]!.destroy();
    await scrapeUntil(c, (m) => m.value('samsa_connections', { broker: '1' }) === 1, 'one connection left on broker 1');
    for (const client of clients) client.destroy();
    const closed = await scrapeUntil(
      c,
      (m) => m.value('samsa_connections', { broker: '1' }) === 0 && m.value('samsa_connections', { broker: '2' }) === 0,
      'no connections',
    );
    expect(closed.series('samsa_connections')).toHaveLength(2);
  });

  it('shows fault rules in place and keeps the hits of spent rules', async () => {
    const created = await fetch(`${c.adminUrl}/v1/faults/errors`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ api: 'Metadata', error: 'NOT_CONTROLLER', count: 2 }),
    });
    expect(created.status).toBe(200);
    const placed = await scrape(c.adminUrl as string);
    expect(placed.value('samsa_fault_rules', { kind: 'error' })).toBe(1);
    expect(placed.value('samsa_fault_rules', { kind: 'drop' })).toBe(0);
    expect(placed.value('samsa_fault_hits_total', { kind: 'error' })).toBe(0);

    const client = await WireClient.connect(c.brokers[0]!.port);
    for (let i = 0; i < 3; i++) await client.request(MetadataApi, 4, { topics: null, allowAutoTopicCreation: false });
    client.destroy();
    const spent = await scrape(c.adminUrl as string);
    expect(spent.value('samsa_fault_rules', { kind: 'error' })).toBe(0);
    expect(spent.value('samsa_fault_hits_total', { kind: 'error' })).toBe(2);
    expect(spent.value('samsa_request_errors_total', { api: 'Metadata', version: '4', error: 'NOT_CONTROLLER' })).toBe(
      2,
    );
    expect(spent.value('samsa_requests_total', { api: 'Metadata', version: '4' })).toBe(3);
  });

  it('names the memory storage backend, and exposes process metrics', async () => {
    const m = await scrape(c.adminUrl as string);
    expect(m.series('samsa_storage_backend_info')).toEqual([
      { name: 'samsa_storage_backend_info', labels: { backend: 'memory' }, value: 1 },
    ]);
    expect(m.value('process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(m.value('process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(m.type('nodejs_eventloop_lag_seconds')).toBe('gauge');
  });
});

describe('the storage backend of a disk broker', () => {
  it('is the native module or the TypeScript fallback', async () => {
    const c = await startCluster({ storage: 'disk', admin: true });
    try {
      const series = (await scrape(c.adminUrl as string)).series('samsa_storage_backend_info');
      expect(series).toHaveLength(1);
      expect(['native', 'fallback']).toContain(series[0]!.labels['backend']);
      expect(series[0]!.value).toBe(1);
    } finally {
      await c.stop();
    }
  });
});
