// The probes of the admin endpoint: /healthz answers while the process runs; /readyz only when every broker
// identity listens and the coordinators have loaded their partitions, with the reasons otherwise. Checked through
// HTTP, with the broker's state changed over the Kafka protocol and the control API.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildRecordBatch, ErrorCode, OffsetFetchApi } from '@samsa/protocol';
import { startCluster, TEST_CLUSTER_DEFAULTS, type StartedCluster } from '../../src/index';
import { findCoordinator } from '../helpers/groups';
import { WireClient } from '../helpers/wire-client';

/** The offsets topic's partitions under startCluster's defaults. */
const OFFSETS_PARTITIONS = TEST_CLUSTER_DEFAULTS['offsets.topic.num.partitions'];

const JSON_HEADERS = { 'content-type': 'application/json' };

async function get(c: StartedCluster, path: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${c.adminUrl}${path}`);
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

async function readyWithin(c: StartedCluster, timeoutMs = 10_000): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await get(c, '/readyz');
    if (r.status === 200) return r.json;
    expect(r.status).toBe(503);
    if (Date.now() > deadline) throw new Error(`not ready: ${JSON.stringify(r.json)}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('/healthz and /readyz', () => {
  let c: StartedCluster;
  beforeAll(async () => {
    c = await startCluster({ brokers: 2, admin: true });
  });
  afterAll(async () => c.stop());

  it('answers /healthz with 200 and {"status":"ok"}', async () => {
    expect(await get(c, '/healthz')).toEqual({ status: 200, json: { status: 'ok' } });
  });

  it('is ready once __consumer_offsets is created and loaded', async () => {
    expect(await readyWithin(c)).toEqual({ status: 'ready' });
    const client = await WireClient.connect(c.brokers[0]!.port);
    await findCoordinator(client, 'ready-group');
    client.destroy();
    expect(await readyWithin(c)).toEqual({ status: 'ready' });
    // Ready means every partition of the topic answers requests now.
    expect(c.broker.groups.loadState()).toMatchObject({
      partitions: OFFSETS_PARTITIONS,
      active: OFFSETS_PARTITIONS,
      loading: [],
      failed: [],
    });
  });

  it('is not ready while a broker is stopped or paused, and ready again once it is back', async () => {
    expect((await fetch(`${c.adminUrl}/v1/brokers/2/stop`, { method: 'POST', headers: JSON_HEADERS })).status).toBe(
      200,
    );
    expect(await get(c, '/readyz')).toEqual({
      status: 503,
      json: { status: 'not ready', reasons: ['broker 2 is stopped'] },
    });
    expect((await fetch(`${c.adminUrl}/v1/brokers/1/pause`, { method: 'POST', headers: JSON_HEADERS })).status).toBe(
      200,
    );
    expect(await get(c, '/readyz')).toEqual({
      status: 503,
      json: { status: 'not ready', reasons: ['broker 1 is paused', 'broker 2 is stopped'] },
    });
    // The process is still alive: only readiness changed.
    expect((await get(c, '/healthz')).status).toBe(200);
    expect((await fetch(`${c.adminUrl}/v1/faults`, { method: 'DELETE', headers: JSON_HEADERS })).status).toBe(200);
    expect(await readyWithin(c)).toEqual({ status: 'ready' });
  });
});

describe('/readyz after a coordinator partition failed to load', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'samsa-readyz-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('stays 503 and names the partition, whose groups get COORDINATOR_NOT_AVAILABLE', async () => {
    const first = await startCluster({ storage: 'disk', dataDir, admin: true });
    const client = await WireClient.connect(first.brokers[0]!.port);
    await findCoordinator(client, 'broken');
    await readyWithin(first);
    const partition = first.broker.groups.service.partitionFor('broken');
    // An offset-commit key cut short: replaying it throws, as a damaged record would.
    const damaged = buildRecordBatch({
      baseTimestamp: Date.now(),
      records: [{ key: Buffer.from([0, 1]), value: Buffer.from([0, 3]) }],
    });
    first.broker.replicas.appendInternal('__consumer_offsets', partition, damaged);
    client.destroy();
    await first.stop();

    const second = await startCluster({ storage: 'disk', dataDir, admin: true });
    try {
      const deadline = Date.now() + 10_000;
      let r = await get(second, '/readyz');
      while (!String((r.json['reasons'] as string[] | undefined) ?? []).includes('failed') && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        r = await get(second, '/readyz');
      }
      expect(r).toEqual({
        status: 503,
        json: {
          status: 'not ready',
          reasons: [`__consumer_offsets: 1 of ${OFFSETS_PARTITIONS} partitions failed to load (${partition})`],
        },
      });
      const again = await WireClient.connect(second.brokers[0]!.port);
      const fetched = await again.request(OffsetFetchApi, 5, { groupId: 'broken', topics: null });
      expect(fetched.errorCode).toBe(ErrorCode.COORDINATOR_NOT_AVAILABLE);
      again.destroy();
      expect((await get(second, '/healthz')).status).toBe(200);
    } finally {
      await second.stop();
    }
  });
});
