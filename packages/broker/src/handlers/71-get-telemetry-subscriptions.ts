/**
 * GetTelemetrySubscriptions (KIP-714). Tells a client which metrics to push and how: its client instance id (a new
 * one when the request carries the zero id), the subscription id, the push interval, the accepted compression types
 * (zstd, lz4, gzip, snappy), telemetry.max.bytes and delta temporality, from the CLIENT_METRICS subscriptions it
 * matches (ClientMetricsManager.processGetTelemetrySubscriptionRequest).
 * - Asking again before the push interval is over is THROTTLING_QUOTA_EXCEEDED, unless the client's last push failed
 *   with UNKNOWN_SUBSCRIPTION_ID or UNSUPPORTED_COMPRESSION_TYPE.
 */
import {
  ErrorCode,
  GetTelemetrySubscriptionsApi,
  type GetTelemetrySubscriptionsRequest,
  type GetTelemetrySubscriptionsResponse,
} from '@samsa/protocol';
import { KafkaError } from '../errors';
import { defineHandler } from './handler';
import { telemetryClient } from './telemetry-client';

export const getTelemetrySubscriptionsHandler = defineHandler<
  GetTelemetrySubscriptionsRequest,
  GetTelemetrySubscriptionsResponse
>({
  api: GetTelemetrySubscriptionsApi,
  versions: { min: 0, max: 0 },
  handle(ctx, request) {
    if (!ctx.telemetry) throw new KafkaError('INVALID_REQUEST', 'client telemetry is not enabled on this broker');
    const answer = ctx.telemetry.getSubscription(request.clientInstanceId, telemetryClient(ctx.client));
    return {
      throttleTimeMs: 0,
      errorCode: ErrorCode.NONE,
      clientInstanceId: answer.clientInstanceId,
      subscriptionId: answer.subscriptionId,
      acceptedCompressionTypes: [...answer.acceptedCompressionTypes],
      pushIntervalMs: answer.pushIntervalMs,
      telemetryMaxBytes: answer.telemetryMaxBytes,
      deltaTemporality: answer.deltaTemporality,
      requestedMetrics: [...answer.requestedMetrics],
    };
  },
  errorResponse(_request, code) {
    return { ...GetTelemetrySubscriptionsApi.defaultResponse(), errorCode: code };
  },
});
