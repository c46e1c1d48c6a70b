/**
 * IncrementalAlterConfigs (KIP-339). Changes individual keys of each resource: SET, DELETE, and for LIST keys
 * APPEND / SUBTRACT (starting from the key's default when it is unset); other keys keep their values.
 * - TOPIC: the resulting overrides are validated as a whole (INVALID_CONFIG with Kafka's messages), persisted in the
 *   cluster metadata and applied to the open logs at once; an unknown topic is UNKNOWN_TOPIC_OR_PARTITION.
 * - BROKER: '' (cluster-wide default) or the receiving broker's id; only the broker-wide defaults of topic configs
 *   can change at run time (others: INVALID_REQUEST "Cannot update these configs dynamically").
 * - CLIENT_METRICS (KIP-714): a telemetry subscription's `metrics`, `interval.ms` and `match` (both LIST keys take
 *   APPEND/SUBTRACT), validated as Kafka's ClientMetricsConfigs; deleting every key removes the subscription.
 * - BROKER_LOGGER, GROUP and unknown types: INVALID_REQUEST.
 * - A resource named twice fails each copy with INVALID_REQUEST; validate_only checks without changing anything.
 * - v1 is flexible.
 * - ALTER_CONFIGS on the topic, group, or the cluster for broker resources (TOPIC_, GROUP_ or
 *   CLUSTER_AUTHORIZATION_FAILED for that resource), as Kafka's AuthHelper.
 */
import {
  ErrorCode,
  IncrementalAlterConfigsApi,
  type IncrementalAlterConfigsMessages,
  type IncrementalAlterConfigsRequest,
  type IncrementalAlterConfigsResponse,
} from '@samsa/protocol';
import {
  alterBrokerConfigs,
  alterTopicConfigs,
  applyOperations,
  brokerConfigKey,
  checkOperations,
  duplicateResources,
  topicConfigKey,
} from '../config/config-alteration';
import { KafkaError, toErrorCode, toErrorMessage } from '../errors';
import { clientMetricsKey } from '../telemetry/client-metrics-configs';
import { ConfigResourceType, resourceTypeName, requireConfigAccess } from './config-resources';
import { defineHandler, type RequestContext } from './handler';

type Resource = IncrementalAlterConfigsMessages.AlterConfigsResource;
type Result = IncrementalAlterConfigsMessages.AlterConfigsResourceResponse;

export const incrementalAlterConfigsHandler = defineHandler<
  IncrementalAlterConfigsRequest,
  IncrementalAlterConfigsResponse
>({
  api: IncrementalAlterConfigsApi,
  versions: { min: 0, max: 1 },
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
    const ops = resource.configs.map((c) => ({ name: c.name, value: c.value, op: c.configOperation }));
    checkOperations(ops);
    switch (resource.resourceType) {
      case ConfigResourceType.TOPIC:
        alterTopicConfigs(
          ctx.cluster,
          resource.resourceName,
          (current) => applyOperations(current, ops, topicConfigKey),
          validateOnly,
        );
        break;
      case ConfigResourceType.BROKER:
        alterBrokerConfigs(
          ctx.cluster,
          resource.resourceName,
          ctx.node.nodeId,
          (current) => applyOperations(current, ops, brokerConfigKey),
          validateOnly,
        );
        break;
      case ConfigResourceType.CLIENT_METRICS: {
        const name = resource.resourceName;
        const current = ctx.cluster.clientMetrics.configs(name);
        ctx.cluster.clientMetrics.set(name, applyOperations(current, ops, clientMetricsKey), validateOnly);
        break;
      }
      case ConfigResourceType.BROKER_LOGGER:
      case ConfigResourceType.GROUP:
        throw new KafkaError(
          'INVALID_REQUEST',
          `Unsupported resource type: ${resourceTypeName(resource.resourceType)}`,
        );
      default:
        throw new KafkaError('INVALID_REQUEST', `Unknown resource type ${resource.resourceType}`);
    }
    if (!validateOnly)
      ctx.logger.info(
        { resourceType: resource.resourceType, resourceName: resource.resourceName, keys: ops.map((o) => o.name) },
        'configs altered',
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
