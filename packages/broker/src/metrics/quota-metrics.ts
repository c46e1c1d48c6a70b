/**
 * Client quota metrics (Kafka's per user/client-id `throttle-time` and `byte-rate`/`request-time` sensors), read from
 * the quota managers when scraped, one series per measured quota entity and broker identity:
 *   samsa_client_quota_throttle_time_seconds_total{quota_type,broker,user,client_id}  counter
 *   samsa_client_quota_rate{quota_type,broker,user,client_id}                          gauge
 *   samsa_client_quota_limit{quota_type,broker,user,client_id}                         gauge (only where a quota applies)
 * `quota_type` is produce, fetch or request; the rate and limit are bytes per second, or for request percent of one
 * thread. `user` and `client_id` name the quota entity the traffic counts against ('' where the entity leaves it
 * out). Entities are measured only once a quota of their type has been set.
 */
import { Counter, Gauge, type Registry } from 'prom-client';
import type { ClientQuotas, QuotaView } from '../quotas/request-quota';

const LABELS = ['quota_type', 'broker', 'user', 'client_id'] as const;

function labels(v: QuotaView): Record<(typeof LABELS)[number], string> {
  return { quota_type: v.quotaType, broker: String(v.nodeId), user: v.user, client_id: v.clientId };
}

export function registerQuotaMetrics(registry: Registry, quotas: ClientQuotas): void {
  new Counter({
    name: 'samsa_client_quota_throttle_time_seconds_total',
    help: 'Time clients were throttled for exceeding a client quota, by quota type and quota entity',
    labelNames: LABELS,
    registers: [registry],
    collect() {
      this.reset();
      for (const v of quotas.view()) this.inc(labels(v), v.throttleMsTotal / 1000);
    },
  });
  new Gauge({
    name: 'samsa_client_quota_rate',
    help: 'Measured rate over the quota window (bytes/s; percent of one thread for request), by quota entity',
    labelNames: LABELS,
    registers: [registry],
    collect() {
      this.reset();
      for (const v of quotas.view()) this.set(labels(v), v.rate);
    },
  });
  new Gauge({
    name: 'samsa_client_quota_limit',
    help: 'The client quota that applies to a measured entity (bytes/s; percent of one thread for request)',
    labelNames: LABELS,
    registers: [registry],
    collect() {
      this.reset();
      for (const v of quotas.view()) if (v.limit !== null) this.set(labels(v), v.limit);
    },
  });
}
