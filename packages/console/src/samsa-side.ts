/**
 * What the console knows of a samsa cluster beyond the Kafka protocol, when it runs inside the broker's process:
 * each broker's state (a stopped broker is missing from Metadata, a paused one still listed), and the broker's own
 * metrics for throughput. Against any other Kafka the console has none of this (`samsa console --brokers`), and the
 * page hides the fault and request-log views.
 */
import type { BrokerMetrics, BrokerStatus, ClusterControl } from '@samsa/broker';

export interface SamsaSide {
  readonly control: ClusterControl;
  readonly metrics: BrokerMetrics;
}

export interface TrafficTotals {
  readonly bytesIn: number;
  readonly bytesOut: number;
  readonly recordsIn: number;
}

/** Sums of the per-topic counters (metrics/partition-metrics.ts), user topics only: internal topics are the coordinators' own writes. */
export async function trafficTotals(side: SamsaSide): Promise<TrafficTotals> {
  const sum = async (name: string): Promise<number> => {
    const metric = side.metrics.registry.getSingleMetric(name);
    if (metric === undefined) return 0;
    const { values } = await metric.get();
    let total = 0;
    for (const v of values) if (!String(v.labels['topic'] ?? '').startsWith('__')) total += v.value;
    return total;
  };
  const [bytesIn, bytesOut, recordsIn] = await Promise.all([
    sum('samsa_topic_bytes_in_total'),
    sum('samsa_topic_bytes_out_total'),
    sum('samsa_topic_records_appended_total'),
  ]);
  return { bytesIn, bytesOut, recordsIn };
}

export function brokerStates(side: SamsaSide | null): Map<number, BrokerStatus> {
  return new Map((side?.control.brokers() ?? []).map((b) => [b.nodeId, b]));
}
