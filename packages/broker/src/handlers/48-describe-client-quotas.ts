/**
 * DescribeClientQuotas (KIP-546). The stored client quotas matching the filter, as Kafka's
 * ClientQuotasImage.describe answers: components match an entity type EXACT (a name), DEFAULT (the default entity)
 * or SPECIFIED (any name); `strict` leaves out entities with other types. A malformed filter (empty or repeated type,
 * a match string where none belongs, ip combined with user or client-id) fails the request with INVALID_REQUEST, an
 * unknown entity or match type with UNSUPPORTED_VERSION, and then `entries` is null. v1 is flexible.
 * - Needs DESCRIBE_CONFIGS on the cluster (CLUSTER_AUTHORIZATION_FAILED), as Kafka.
 */
import {
  DescribeClientQuotasApi,
  ErrorCode,
  type DescribeClientQuotasRequest,
  type DescribeClientQuotasResponse,
} from '@samsa/protocol';
import { Op, requireCluster } from './authorize';
import { defineHandler } from './handler';

export const describeClientQuotasHandler = defineHandler<DescribeClientQuotasRequest, DescribeClientQuotasResponse>({
  api: DescribeClientQuotasApi,
  versions: { min: 0, max: 1 },
  handle(ctx, request) {
    requireCluster(ctx, Op.DESCRIBE_CONFIGS);
    const entries = ctx.cluster.clientQuotas.describe(request.components, request.strict);
    return {
      throttleTimeMs: 0,
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      entries: entries.map((e) => ({
        entity: [...e.entity].map(([entityType, entityName]) => ({ entityType, entityName })),
        values: [...e.quotas].map(([key, value]) => ({ key, value })),
      })),
    };
  },
  errorResponse(_request, code, message) {
    return { throttleTimeMs: 0, errorCode: code, errorMessage: message, entries: null };
  },
});
