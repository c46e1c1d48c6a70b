// Client telemetry (KIP-714) on the admin endpoint: what clients push shows in /metrics and GET /v1/clients/telemetry.
import { ErrorCode, GetTelemetrySubscriptionsApi, PushTelemetryApi, ZERO_UUID } from '@samsa/protocol';
import { startCluster, type StartedCluster } from '../../src/index';
import { scrape } from '../helpers/metrics';
import { metricsPayload } from '../helpers/otlp';
import { subscribe } from '../helpers/telemetry';
import { WireClient } from '../helpers/wire-client';

interface ClientView {
  clientInstanceId: string;
  clientId: string | null;
  subscriptionId: number;
  pushIntervalMs: number;
  requestedMetrics: string[];
  lastPushMs: number | null;
  metrics: { name: string; attributes: Record<string, string>; value: number }[];
}

describe('client telemetry metrics', () => {
  let c: StartedCluster;
  let client: WireClient;
  beforeAll(async () => {
    c = await startCluster({ admin: true });
    client = await WireClient.connect(c.brokers[0]!.port);
  });
  afterAll(async () => {
    client.destroy();
    await c.stop();
  });

  it('shows the latest pushed values by client instance and metric', async () => {
    await subscribe(client, 'all', { metrics: '*', 'interval.ms': '1000', match: 'client_id=metered' });
    const sub = await client.request(GetTelemetrySubscriptionsApi, 0, { clientInstanceId: ZERO_UUID }, 'metered');
    const push = await client.request(
      PushTelemetryApi,
      0,
      {
        clientInstanceId: sub.clientInstanceId,
        subscriptionId: sub.subscriptionId,
        terminating: false,
        compressionType: 0,
        metrics: metricsPayload([
          {
            name: 'org.apache.kafka.producer.node.request.latency.avg',
            kind: 'gauge',
            value: 7.25,
            attributes: { node_id: '1' },
          },
          { name: 'org.apache.kafka.producer.record.sent', kind: 'sum', value: 12 },
        ]),
      },
      'metered',
    );
    expect(push.errorCode).toBe(ErrorCode.NONE);

    const samples = await scrape(c.adminUrl as string);
    expect(samples.type('samsa_client_metric')).toBe('gauge');
    const id = sub.clientInstanceId;
    expect(
      samples.value('samsa_client_metric', {
        client_instance_id: id,
        client_id: 'metered',
        metric: 'org.apache.kafka.producer.node.request.latency.avg',
        attributes: 'node_id=1',
      }),
    ).toBe(7.25);
    expect(
      samples.value('samsa_client_metric', { client_instance_id: id, metric: 'org.apache.kafka.producer.record.sent' }),
    ).toBe(12);
    expect(samples.value('samsa_client_instances')).toBe(1);

    const res = await fetch(`${c.adminUrl}/v1/clients/telemetry`);
    expect(res.status).toBe(200);
    const { clients } = (await res.json()) as { clients: ClientView[] };
    expect(clients).toHaveLength(1);
    expect(clients[0]).toMatchObject({
      clientInstanceId: id,
      clientId: 'metered',
      subscriptionId: sub.subscriptionId,
      pushIntervalMs: 1000,
      requestedMetrics: ['*'],
      metrics: [
        { name: 'org.apache.kafka.producer.node.request.latency.avg', attributes: { node_id: '1' }, value: 7.25 },
        { name: 'org.apache.kafka.producer.record.sent', attributes: {}, value: 12 },
      ],
    });
    expect(typeof clients[0]!.lastPushMs).toBe('number');
  });
});
