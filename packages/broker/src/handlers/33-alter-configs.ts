/**
 * AlterConfigs. Replaces the whole dynamic config of each resource with the given keys (keys not given are
 * removed), as Kafka's legacy AlterConfigs does; deprecated in favour of IncrementalAlterConfigs (KIP-339).
 * - TOPIC: the new overrides are validated as a whole (INVALID_CONFIG for unknown keys or bad values, with Kafka's
 *   messages), persisted in the cluster metadata and applied to the open logs at once.
 * - BROKER: '' (cluster-wide default) or the receiving broker's id; only the broker-wide defaults of topic configs
 *   can change at run time (others: INVALID_REQUEST "Cannot update these configs dynamically").
 * - CLIENT_METRICS (KIP-714): the subscription's `metrics`, `interval.ms` and `match`, validated as Kafka's
 *   ClientMetricsConfigs (unknown key or interval out of range: INVALID_REQUEST; bad match pattern: INVALID_CONFIG); no
 *   keys removes the subscription.
 * - BROKER_LOGGER and other types: INVALID_REQUEST "Unknown resource type" (KIP-412 levels are incremental only).
 * - A resource named twice fails each copy with INVALID_REQUEST; validate_only checks without changing anything.
 * - v1 only changes the throttle behaviour; v2 is flexible.
 * - ALTER_CONFIGS on the topic, group, or the cluster for broker resources (TOPIC_, GROUP_ or
 *   CLUSTER_AUTHORIZATION_FAILED for that resource), as Kafka's AuthHelper.
 */
import {
  AlterConfigsApi,
  ErrorCode,
  type AlterConfigsMessages,
  type AlterConfigsRequest,
  type AlterConfigsResponse,
} from '@samsa/protocol';
import {
  alterBrokerConfigs,
  alterTopicConfigs,
  AlterConfigOp,
  checkOperations,
  duplicateResources,
} from '../config/config-alteration';
import { KafkaError, toErrorCode, toErrorMessage } from '../errors';
import { ConfigResourceType, requireConfigAccess } from './config-resources';
import { defineHandler, type RequestContext } from './handler';

type Resource = AlterConfigsMessages.AlterConfigsResource;
type Result = AlterConfigsMessages.AlterConfigsResourceResponse;

export const alterConfigsHandler = defineHandler<AlterConfigsRequest, AlterConfigsResponse>({
  api: AlterConfigsApi,
  versions: { min: 0, max: 2 },
  handle(ctx, request) {
    const duplicates = duplicateResources(request.resources);
    const responses = request.resources.map((r, i) =>
      duplicates.has(i)
        ? result(r, ErrorCode.INVALID_REQUEST, 'Each resource must appear at most once.')
        : alter(ctx, r, request.validateOnly),
    );
    return { throttleTimeMs: 0, responses };
  },
  errorResponse(request, code, message) {
    return { throttleTimeMs: 0, responses: request.resources.map((r) => result(r, code, message)) };
  },
});

function alter(ctx: RequestContext, resource: Resource, validateOnly: boolean): Result {
  try {
    requireConfigAccess(ctx, resource.resourceType, resource.resourceName, 'alter');
    const ops = resource.configs.map((c) => ({ name: c.name, value: c.value, op: AlterConfigOp.SET }));
    checkOperations(ops);
    const replacement = (): Record<string, string> => Object.fromEntries(ops.map((o) => [o.name, o.value as string]));
    switch (resource.resourceType) {
      case ConfigResourceType.TOPIC:
        alterTopicConfigs(ctx.cluster, resource.resourceName, replacement, validateOnly);
        break;
      case ConfigResourceType.BROKER:
        alterBrokerConfigs(ctx.cluster, resource.resourceName, ctx.node.nodeId, replacement, validateOnly);
        break;
      case ConfigResourceType.CLIENT_METRICS:
        ctx.cluster.clientMetrics.set(resource.resourceName, replacement(), validateOnly);
        break;
      default:
        throw new KafkaError('INVALID_REQUEST', `Unknown resource type ${resource.resourceType}`);
    }
    if (!validateOnly)
      ctx.logger.info(
        { resourceType: resource.resourceType, resourceName: resource.resourceName, keys: ops.map((o) => o.name) },
        'configs replaced',
      );
    return result(resource, ErrorCode.NONE, null);
  } catch (err) {
    return result(resource, toErrorCode(err), toErrorMessage(err));
  }
}

function result(resource: Resource, code: number, message: string | null): Result {
  return {
    errorCode: code,
    errorMessage: message,
    resourceType: resource.resourceType,
    resourceName: resource.resourceName,
  };
}
