/**
 * Decodes a PushTelemetry payload: OTLP MetricsData in protobuf (KIP-714), into flat points (metric name, point
 * attributes, value). protobufjs reads it through a vendored JSON descriptor (`otlp-metrics-descriptor.ts`): a
 * maintained protobuf runtime with no code generation or native build, loaded only when a client first pushes.
 * Gauges and sums give one point each; histograms and summaries give `<name>.count` and `<name>.sum`.
 */
import type { Type } from 'protobufjs/light';
import { OTLP_METRICS_DESCRIPTOR } from './otlp-metrics-descriptor';

export interface ClientMetricPoint {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly value: number;
}

interface KeyValue {
  key?: string;
  value?: Record<string, unknown>;
}
interface NumberPoint {
  attributes?: KeyValue[];
  asDouble?: number;
  asInt?: number;
}
interface CountedPoint {
  attributes?: KeyValue[];
  count?: number;
  sum?: number;
}
interface Metric {
  name?: string;
  gauge?: { dataPoints?: NumberPoint[] };
  sum?: { dataPoints?: NumberPoint[] };
  histogram?: { dataPoints?: CountedPoint[] };
  exponentialHistogram?: { dataPoints?: CountedPoint[] };
  summary?: { dataPoints?: CountedPoint[] };
}
interface MetricsData {
  resourceMetrics?: { scopeMetrics?: { metrics?: Metric[] }[] }[];
}

let metricsDataType: Type | null = null;

function metricsData(): Type {
  if (metricsDataType === null) {
    const { Root } = require('protobufjs/light') as typeof import('protobufjs/light');
    metricsDataType = Root.fromJSON(OTLP_METRICS_DESCRIPTOR).lookupType('opentelemetry.proto.metrics.v1.MetricsData');
  }
  return metricsDataType;
}

/** Throws on bytes that are not a MetricsData message. */
export function decodeMetricsData(payload: Buffer): ClientMetricPoint[] {
  const type = metricsData();
  const data = type.toObject(type.decode(payload), { longs: Number, defaults: false }) as MetricsData;
  const points: ClientMetricPoint[] = [];
  for (const rm of data.resourceMetrics ?? []) {
    for (const sm of rm.scopeMetrics ?? []) {
      for (const m of sm.metrics ?? []) {
        const name = m.name ?? '';
        for (const p of m.gauge?.dataPoints ?? m.sum?.dataPoints ?? []) {
          points.push({ name, attributes: attributes(p.attributes), value: p.asDouble ?? p.asInt ?? 0 });
        }
        const counted = m.histogram?.dataPoints ?? m.exponentialHistogram?.dataPoints ?? m.summary?.dataPoints ?? [];
        for (const p of counted) {
          const attrs = attributes(p.attributes);
          points.push({ name: `${name}.count`, attributes: attrs, value: p.count ?? 0 });
          if (p.sum !== undefined) points.push({ name: `${name}.sum`, attributes: attrs, value: p.sum });
        }
      }
    }
  }
  return points;
}

function attributes(kvs: readonly KeyValue[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kv of kvs ?? []) {
    if (kv.key === undefined) continue;
    const v = kv.value ?? {};
    const scalar = v.stringValue ?? v.intValue ?? v.doubleValue ?? v.boolValue;
    out[kv.key] = scalar === undefined ? '' : String(scalar);
  }
  return out;
}
