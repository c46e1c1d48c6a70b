/**
 * ListClientMetricsResources (KIP-714). The names of the CLIENT_METRICS config resources (telemetry
 * subscriptions). Kafka 4.1 renamed key 74 ListConfigResources (KIP-1142), whose v0 is this request.
 * - Needs DESCRIBE_CONFIGS on the cluster (CLUSTER_AUTHORIZATION_FAILED), as Kafka.
 */
import {
  ErrorCode,
  ListClientMetricsResourcesApi,
  type ListClientMetricsResourcesRequest,
  type ListClientMetricsResourcesResponse,
} from '@samsa/protocol';
import { Op, requireCluster } from './authorize';
import { defineHandler } from './handler';

export const listClientMetricsResourcesHandler = defineHandler<
  ListClientMetricsResourcesRequest,
  ListClientMetricsResourcesResponse
>({
  api: ListClientMetricsResourcesApi,
  versions: { min: 0, max: 0 },
  handle(ctx) {
    requireCluster(ctx, Op.DESCRIBE_CONFIGS);
    return {
      throttleTimeMs: 0,
      errorCode: ErrorCode.NONE,
      clientMetricsResources: ctx.cluster.clientMetrics.names().map((name) => ({ name })),
    };
  },
  errorResponse(_request, code) {
    return { throttleTimeMs: 0, errorCode: code, clientMetricsResources: [] };
  },
});
