/**
 * DescribeConfigs. The configs of topics, brokers and broker loggers, as Kafka's ConfigHelper answers:
 * - TOPIC: every topic key with its effective value and source (DYNAMIC_TOPIC_CONFIG for an override, else the
 *   broker layer that supplies it, else DEFAULT_CONFIG); an invalid name fails with INVALID_TOPIC_EXCEPTION, an unknown
 *   topic with UNKNOWN_TOPIC_OR_PARTITION.
 * - BROKER: name '' = the dynamic cluster-wide defaults only; name = the receiving broker's id = every broker key
 *   (read-only unless dynamically alterable); any other name fails with INVALID_REQUEST.
 * - BROKER_LOGGER (KIP-412): the root logger's level (samsa has one logger), source DYNAMIC_BROKER_LOGGER_CONFIG.
 * - CLIENT_METRICS (KIP-714): the keys set on the subscription, source CLIENT_METRICS_CONFIG (none for a subscription
 *   that does not exist); an empty name fails with INVALID_REQUEST.
 * - GROUP resources are not served (INVALID_REQUEST); an unknown resource type fails the request.
 * - Empty or null configuration_keys = every key. v0 reports is_default instead of a source; v1 adds sources and
 *   synonyms (include_synonyms); v3 (KIP-569) config types and documentation (include_documentation); v4 flexible.
 * - DESCRIBE_CONFIGS on the topic, group, or the cluster for broker resources (TOPIC_, GROUP_ or
 *   CLUSTER_AUTHORIZATION_FAILED for that resource), as Kafka's AuthHelper.
 */
import {
  DescribeConfigsApi,
  ErrorCode,
  type DescribeConfigsRequest,
  type DescribeConfigsResponse,
  type DescribeConfigsResourceResult,
  type DescribeConfigsResult,
} from '@samsa/protocol';
import type { DescribeConfigsMessages } from '@samsa/protocol';
import {
  CLIENT_METRICS_CONFIG,
  describeBrokerConfigs,
  describeTopicConfigs,
  DYNAMIC_BROKER_LOGGER_CONFIG,
  type DescribedConfig,
} from '../config/config-describer';
import { ConfigSource } from '../config/topic-config-resolver';
import { KafkaError, toErrorCode, toErrorMessage } from '../errors';
import { validateTopicName } from '../topics/topic-name';
import { ConfigResourceType, brokerIdOf, log4jLevel, resourceTypeName, requireConfigAccess } from './config-resources';
import { defineHandler, type RequestContext } from './handler';

type Resource = DescribeConfigsMessages.DescribeConfigsResource;

export const describeConfigsHandler = defineHandler<DescribeConfigsRequest, DescribeConfigsResponse>({
  api: DescribeConfigsApi,
  versions: { min: 0, max: 4 },
  handle(ctx, request) {
    for (const r of request.resources) {
      if (resourceTypeName(r.resourceType) === 'UNKNOWN') {
        throw new KafkaError('INVALID_REQUEST', `Unexpected resource type UNKNOWN for resource ${r.resourceName}`);
      }
    }
    const options = {
      synonyms: request.includeSynonyms ?? false,
      documentation: request.includeDocumentation ?? false,
    };
    return { throttleTimeMs: 0, results: request.resources.map((r) => describe(ctx, r, options)) };
  },
  errorResponse(request, code, message) {
    return { throttleTimeMs: 0, results: request.resources.map((r) => failed(r, code, message)) };
  },
});

interface Options {
  readonly synonyms: boolean;
  readonly documentation: boolean;
}

function describe(ctx: RequestContext, resource: Resource, options: Options): DescribeConfigsResult {
  try {
    requireConfigAccess(ctx, resource.resourceType, resource.resourceName, 'describe');
    const entries = entriesOf(ctx, resource);
    if (entries === null) return failed(resource, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, null);
    const keys = resource.configurationKeys;
    const wanted = keys === null || keys.length === 0 ? entries : entries.filter((e) => keys.includes(e.name));
    return {
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      resourceType: resource.resourceType,
      resourceName: resource.resourceName,
      configs: wanted.map((e) => toWire(e, ctx.apiVersion, options)),
    };
  } catch (err) {
    return failed(resource, toErrorCode(err), toErrorMessage(err));
  }
}

/** The resource's entries, or null for a topic that does not exist. */
function entriesOf(ctx: RequestContext, resource: Resource): DescribedConfig[] | null {
  const { cluster } = ctx;
  const name = resource.resourceName;
  switch (resource.resourceType) {
    case ConfigResourceType.TOPIC: {
      validateTopicName(name);
      const topic = cluster.topicByName(name);
      if (!topic) return null;
      return describeTopicConfigs(topic.configs, cluster.brokerConfigLayers(ctx.node.nodeId));
    }
    case ConfigResourceType.BROKER: {
      if (name === '') return describeBrokerConfigs(cluster.brokerConfigLayers(ctx.node.nodeId), false);
      if (brokerIdOf(name, 'Broker id') !== ctx.node.nodeId) {
        throw new KafkaError(
          'INVALID_REQUEST',
          `Unexpected broker id, expected ${ctx.node.nodeId} or empty string, but received ${name}`,
        );
      }
      return describeBrokerConfigs(cluster.brokerConfigLayers(ctx.node.nodeId), true);
    }
    case ConfigResourceType.BROKER_LOGGER: {
      if (name === '') throw new KafkaError('INVALID_REQUEST', 'Broker id must not be empty');
      if (brokerIdOf(name, 'Broker id') !== ctx.node.nodeId) {
        throw new KafkaError(
          'INVALID_REQUEST',
          `Unexpected broker id, expected ${ctx.node.nodeId} but received ${name}`,
        );
      }
      return [
        {
          name: 'root',
          value: log4jLevel(ctx.logger.level),
          source: DYNAMIC_BROKER_LOGGER_CONFIG,
          readOnly: false,
          isSensitive: false,
          synonyms: [],
          configType: 0,
          documentation: '',
        },
      ];
    }
    case ConfigResourceType.CLIENT_METRICS: {
      if (name === '') throw new KafkaError('INVALID_REQUEST', 'Client metrics subscription name must not be empty');
      return Object.entries(cluster.clientMetrics.configs(name)).map(([key, value]) => ({
        name: key,
        value,
        source: CLIENT_METRICS_CONFIG,
        readOnly: false,
        isSensitive: false,
        synonyms: [],
        configType: 0,
        documentation: '',
      }));
    }
    default:
      throw new KafkaError('INVALID_REQUEST', `Unsupported resource type: ${resourceTypeName(resource.resourceType)}`);
  }
}

function toWire(e: DescribedConfig, version: number, options: Options): DescribeConfigsResourceResult {
  const out: DescribeConfigsResourceResult = {
    name: e.name,
    value: e.value,
    readOnly: e.readOnly,
    isSensitive: e.isSensitive,
  };
  // v0 has no source: Kafka reports "is default" for values that come from no configuration at all.
  if (version === 0) out.isDefault = e.source === ConfigSource.DEFAULT_CONFIG;
  else {
    out.configSource = e.source;
    out.synonyms = options.synonyms ? e.synonyms.map((s) => ({ name: s.name, value: s.value, source: s.source })) : [];
  }
  if (version >= 3) {
    out.configType = e.configType;
    out.documentation = options.documentation && e.documentation !== '' ? e.documentation : null;
  }
  return out;
}

function failed(resource: Resource, code: number, message: string | null): DescribeConfigsResult {
  return {
    errorCode: code,
    errorMessage: message,
    resourceType: resource.resourceType,
    resourceName: resource.resourceName,
    configs: [],
  };
}
