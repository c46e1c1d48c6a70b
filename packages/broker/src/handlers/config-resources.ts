/**
 * What the config APIs (DescribeConfigs, AlterConfigs, IncrementalAlterConfigs) share: Kafka's ConfigResource.Type
 * ids, broker-id parsing with Kafka's messages, and log4j level names for the BROKER_LOGGER resource (KIP-412).
 */
import { KafkaError } from '../errors';
import { allows, Op, requireCluster, ResourceType } from './authorize';
import type { RequestContext } from './handler';

/** ConfigResource.Type ids. */
export const ConfigResourceType = {
  UNKNOWN: 0,
  TOPIC: 2,
  BROKER: 4,
  BROKER_LOGGER: 8,
  CLIENT_METRICS: 16,
  GROUP: 32,
} as const;

const NAMES = new Map<number, string>(Object.entries(ConfigResourceType).map(([name, id]) => [id, name]));

/** Kafka's name for a resource type id; any id it does not define is UNKNOWN. */
export function resourceTypeName(id: number): string {
  return NAMES.get(id) ?? 'UNKNOWN';
}

/** Parses a broker resource name as an integer node id (Kafka: INVALID_REQUEST "<what> must be an integer ..."). */
export function brokerIdOf(name: string, what: 'Broker id' | 'Node id'): number {
  if (!/^[+-]?\d+$/.test(name) || !Number.isSafeInteger(Number(name)) || Math.abs(Number(name)) > 2147483647) {
    throw new KafkaError('INVALID_REQUEST', `${what} must be an integer, but it is: ${name}`);
  }
  return Number(name);
}

/** pino level -> log4j level name. */
export function log4jLevel(pinoLevel: string): string {
  switch (pinoLevel) {
    case 'silent':
      return 'OFF';
    case 'fatal':
      return 'FATAL';
    case 'error':
      return 'ERROR';
    case 'warn':
      return 'WARN';
    case 'debug':
      return 'DEBUG';
    case 'trace':
      return 'TRACE';
    default:
      return 'INFO';
  }
}

/**
 * The authorization of a config resource, as Kafka's AuthHelper/ConfigHelper: DESCRIBE_CONFIGS (or ALTER_CONFIGS) on
 * the topic (TOPIC_AUTHORIZATION_FAILED), the group (GROUP_AUTHORIZATION_FAILED), or the cluster for brokers, broker
 * loggers and client metrics (CLUSTER_AUTHORIZATION_FAILED).
 */
export function requireConfigAccess(
  ctx: Pick<RequestContext, 'auth' | 'client' | 'authorizer'>,
  resourceType: number,
  resourceName: string,
  access: 'describe' | 'alter',
): void {
  const op = access === 'describe' ? Op.DESCRIBE_CONFIGS : Op.ALTER_CONFIGS;
  switch (resourceType) {
    case ConfigResourceType.TOPIC:
      if (!allows(ctx, op, ResourceType.TOPIC, resourceName))
        throw new KafkaError('TOPIC_AUTHORIZATION_FAILED', 'Topic authorization failed.');
      return;
    case ConfigResourceType.GROUP:
      if (!allows(ctx, op, ResourceType.GROUP, resourceName))
        throw new KafkaError('GROUP_AUTHORIZATION_FAILED', 'Group authorization failed.');
      return;
    default:
      requireCluster(ctx, op);
  }
}
