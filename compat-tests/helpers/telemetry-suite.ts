// Client telemetry (KIP-714) from a librdkafka-based client: a CLIENT_METRICS subscription made with AlterConfigs
// (kafkajs's encoder; resource type 16), a producer whose client id it matches, and the metrics that producer pushes
// (GetTelemetrySubscriptions, then PushTelemetry every interval.ms and once more when it closes) as samsa shows
// them: in the control API (`GET /v1/clients/telemetry`) and in `/metrics` (samsa_client_metric).
import { startTestCluster, type TestCluster } from './cluster';
import { alterConfigsRequest } from './kafkajs-wire';
import type { ClassicClient } from './node-clients';

const CLIENT_METRICS = 16;
const PRODUCER_PREFIX = 'org.apache.kafka.producer.';

export function describeTelemetrySuite(client: ClassicClient, tag: string): void {
  describe('client telemetry (KIP-714)', () => {
    let cluster: TestCluster;
    beforeAll(async () => {
      cluster = await startTestCluster();
    });
    afterAll(async () => cluster?.stop());

    test('telemetry: a subscribed producer pushes its metrics, shown in the control API and /metrics', async () => {
      const bootstrap = cluster.bootstrapServers;
      const topic = `telemetry-${tag}`;
      const clientId = `telemetry-producer-${tag}`;
      await client.admin(bootstrap, 'create-topic', { topic, partitions: 1 });
      const altered = await alterConfigsRequest(bootstrap, 0, {
        resources: [
          {
            type: CLIENT_METRICS,
            name: `producers-${tag}`,
            configEntries: [
              { name: 'metrics', value: PRODUCER_PREFIX },
              { name: 'interval.ms', value: '500' },
              { name: 'match', value: `client_id=${clientId}` },
            ],
          },
        ],
      });
      expect(altered.resources).toEqual([
        { errorCode: 0, errorMessage: null, resourceType: CLIENT_METRICS, resourceName: `producers-${tag}` },
      ]);

      const records = Array.from({ length: 20 }, (_, i) => ({
        key: Buffer.from(`k${i}`),
        value: Buffer.from(`v${i}`),
        headers: [],
        timestamp: null,
      }));
      const deliveries = await client.produceAndStay(bootstrap, topic, records, 3000, { 'client.id': clientId });
      expect(deliveries.map((d) => d.error)).toEqual(records.map(() => null));

      const instances = (await cluster.control.clientTelemetry()).filter((i) => i.clientId === clientId);
      expect(instances).toHaveLength(1);
      const instance = instances[0]!;
      expect(instance.requestedMetrics).toEqual([PRODUCER_PREFIX]);
      expect(instance.pushIntervalMs).toBe(500);
      // The last push is the terminating one librdkafka sends when it closes.
      expect(instance.terminating).toBe(true);
      expect(instance.lastPushMs).not.toBeNull();
      expect(instance.metrics.length).toBeGreaterThan(0);
      for (const m of instance.metrics) expect(m.name.startsWith(PRODUCER_PREFIX)).toBe(true);

      const text = await cluster.control.metricsText();
      const lines = text
        .split('\n')
        .filter(
          (l) =>
            l.startsWith('samsa_client_metric{') && l.includes(`client_instance_id="${instance.clientInstanceId}"`),
        );
      expect(lines.length).toBe(instance.metrics.length);
      for (const line of lines) {
        expect(line).toContain(`client_id="${clientId}"`);
        expect(line).toMatch(new RegExp(`metric="${PRODUCER_PREFIX.replace(/\./g, '\\.')}[a-z.]+"`));
      }
    });
  });
}
