/** Builds OTLP MetricsData payloads the way clients push them (KIP-714), for telemetry tests. */
import { Root } from 'protobufjs/light';
import { OTLP_METRICS_DESCRIPTOR } from '../../src/telemetry/otlp-metrics-descriptor';

const MetricsData = Root.fromJSON(OTLP_METRICS_DESCRIPTOR).lookupType('opentelemetry.proto.metrics.v1.MetricsData');

export interface TestMetric {
  readonly name: string;
  readonly kind: 'gauge' | 'sum' | 'histogram';
  readonly value: number;
  readonly attributes?: Readonly<Record<string, string>>;
}

export function metricsPayload(metrics: readonly TestMetric[]): Buffer {
  const message = MetricsData.fromObject({
    resourceMetrics: [
      {
        resource: { attributes: [{ key: 'client_id', value: { stringValue: 'test' } }] },
        scopeMetrics: [
          {
            scope: { name: 'test' },
            metrics: metrics.map((m) => {
              const attributes = Object.entries(m.attributes ?? {}).map(([key, v]) => ({
                key,
                value: { stringValue: v },
              }));
              const timeUnixNano = Date.now() * 1_000_000;
              if (m.kind === 'histogram') {
                return {
                  name: m.name,
                  histogram: {
                    aggregationTemporality: 1,
                    dataPoints: [{ attributes, timeUnixNano, count: m.value, sum: m.value * 2 }],
                  },
                };
              }
              const point = Number.isInteger(m.value)
                ? { attributes, timeUnixNano, asInt: m.value }
                : { attributes, timeUnixNano, asDouble: m.value };
              return m.kind === 'gauge'
                ? { name: m.name, gauge: { dataPoints: [point] } }
                : { name: m.name, sum: { aggregationTemporality: 1, isMonotonic: true, dataPoints: [point] } };
            }),
          },
        ],
      },
    ],
  });
  return Buffer.from(MetricsData.encode(message).finish());
}
