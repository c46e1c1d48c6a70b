/**
 * PushTelemetry (KIP-714). Takes a client's metrics and keeps their latest values. The metrics are OTLP MetricsData,
 * possibly compressed, for the client's current subscription; the admin endpoint shows them (`/metrics`,
 * `GET /v1/clients/telemetry`). Kafka's checks (ClientMetricsManager.processPushTelemetryRequest):
 * - the zero or a reserved client instance id, or a push after a terminating one: INVALID_REQUEST;
 * - a push before the interval is over (a terminating push is always taken): THROTTLING_QUOTA_EXCEEDED;
 * - a subscription id that is not the client's current one: UNKNOWN_SUBSCRIPTION_ID;
 * - a compression type Kafka does not know: UNSUPPORTED_COMPRESSION_TYPE;
 * - metrics over telemetry.max.bytes (compressed or not): TELEMETRY_TOO_LARGE; undecodable metrics: INVALID_RECORD.
 */
import { ErrorCode, PushTelemetryApi, type PushTelemetryRequest, type PushTelemetryResponse } from '@samsa/protocol';
import { KafkaError } from '../errors';
import { defineHandler } from './handler';
import { telemetryClient } from './telemetry-client';

export const pushTelemetryHandler = defineHandler<PushTelemetryRequest, PushTelemetryResponse>({
  api: PushTelemetryApi,
  versions: { min: 0, max: 0 },
  async handle(ctx, request) {
    if (!ctx.telemetry) throw new KafkaError('INVALID_REQUEST', 'client telemetry is not enabled on this broker');
    await ctx.telemetry.push(request, telemetryClient(ctx.client));
    return { throttleTimeMs: 0, errorCode: ErrorCode.NONE };
  },
  errorResponse(_request, code) {
    return { throttleTimeMs: 0, errorCode: code };
  },
});
