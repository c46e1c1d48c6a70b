/**
 * Request metrics, read from the dispatcher's `RequestStats` when scraped:
 *   samsa_requests_total{api,version}                 counter
 *   samsa_request_errors_total{api,version,error}     counter (Kafka error name, or "closed")
 *   samsa_request_duration_seconds{api}               histogram
 * `api` is Kafka's API name ("unknown" for a key the broker does not serve); `version` the request version
 * ("unsupported" outside the API's range, "unknown" for an unknown API).
 */
import { Counter, type Registry } from 'prom-client';
import { apiName, errorName } from '../control/names';
import { PrecountedHistogram } from './precounted-histogram';
import { LATENCY_BUCKETS_SECONDS, type RequestSeries, type RequestStats } from './request-stats';

function apiLabel(apiKey: number | null): string {
  return apiKey === null ? 'unknown' : apiName(apiKey);
}

function versionLabel(s: Pick<RequestSeries, 'apiKey' | 'version'>): string {
  if (s.version !== null) return String(s.version);
  return s.apiKey === null ? 'unknown' : 'unsupported';
}

export function registerRequestMetrics(registry: Registry, stats: RequestStats): void {
  new Counter({
    name: 'samsa_requests_total',
    help: 'Requests received, by API and version',
    labelNames: ['api', 'version'],
    registers: [registry],
    collect() {
      this.reset();
      for (const s of stats.requests()) this.inc({ api: apiLabel(s.apiKey), version: versionLabel(s) }, s.count);
    },
  });
  new Counter({
    name: 'samsa_request_errors_total',
    help: 'Requests answered with an error code (the top-level one; for Produce and Fetch the first partition\'s), failed in their handler, or closed unanswered (error="closed")',
    labelNames: ['api', 'version', 'error'],
    registers: [registry],
    collect() {
      this.reset();
      for (const s of stats.errors()) {
        this.inc(
          {
            api: apiLabel(s.apiKey),
            version: versionLabel(s),
            error: s.errorCode === null ? 'closed' : errorName(s.errorCode),
          },
          s.count,
        );
      }
    },
  });
  new PrecountedHistogram({
    name: 'samsa_request_duration_seconds',
    help: "Time from a request's arrival to its response being queued for the socket, by API",
    labelNames: ['api'],
    buckets: LATENCY_BUCKETS_SECONDS,
    registry,
    read: () =>
      stats
        .latencies()
        .map((s) => ({ labels: { api: apiLabel(s.apiKey) }, cumulative: s.cumulative, sum: s.sum, count: s.count })),
  });
}
