/**
 * What clients push with KIP-714 telemetry, read when scraped (the broker's stand-in for Kafka's exporter plugin):
 *   samsa_client_instances                                              gauge  live client instances
 *   samsa_client_metric{client_instance_id,client_id,metric,attributes} gauge  latest pushed value of each point
 * `metric` is the OTLP metric name (org.apache.kafka.producer.…; histograms and summaries as `<name>.count` and
 * `<name>.sum`); `attributes` the point's attributes as sorted `key=value` pairs joined by commas.
 */
import { Gauge, type Registry } from 'prom-client';
import type { ClientTelemetry } from '../telemetry/client-telemetry';

export function registerClientTelemetryMetrics(registry: Registry, telemetry: ClientTelemetry): void {
  new Gauge({
    name: 'samsa_client_instances',
    help: 'Client instances known to client telemetry (KIP-714)',
    registers: [registry],
    collect() {
      this.set(telemetry.instances().length);
    },
  });
  new Gauge({
    name: 'samsa_client_metric',
    help: 'Latest value of each metric a client pushed with client telemetry (KIP-714)',
    labelNames: ['client_instance_id', 'client_id', 'metric', 'attributes'],
    registers: [registry],
    collect() {
      this.reset();
      for (const instance of telemetry.instances()) {
        for (const point of instance.metrics) {
          const attributes = Object.entries(point.attributes)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([k, v]) => `${k}=${v}`)
            .join(',');
          this.set(
            {
              client_instance_id: instance.clientInstanceId,
              client_id: instance.clientId ?? '',
              metric: point.name,
              attributes,
            },
            point.value,
          );
        }
      }
    },
  });
}
