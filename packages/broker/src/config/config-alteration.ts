/**
 * What AlterConfigs and IncrementalAlterConfigs do to one resource, with Kafka's checks in Kafka's order
 * (ConfigAdminManager.preprocess on the broker, then ConfigurationControlManager on the controller):
 * - the request shape: a resource named twice, a key named twice in one resource, a null value where one is needed;
 * - incremental operations (SET, DELETE, APPEND, SUBTRACT; the last two only on LIST keys, starting from the default
 *   when the key is not set) turned into the resource's complete new config map;
 * - TOPIC: name rules, every key known and valid (INVALID_CONFIG), the topic existing (UNKNOWN_TOPIC_OR_PARTITION);
 * - BROKER ('' = cluster-wide default, or the receiving broker's id): only dynamically alterable keys
 *   (`DYNAMIC_BROKER_KEYS`), valid values; both fail with INVALID_REQUEST, as Kafka does (KAFKA-13609). Keys Kafka
 *   does not define are stored as Kafka stores them.
 * Changes are persisted in the cluster metadata and reach the open logs through the cluster's watchers.
 */
import { BROKER_CONFIG_KEYS } from '../config';
import type { Cluster } from '../cluster';
import { KafkaError } from '../errors';
import { validateTopicName } from '../topics/topic-name';
import { ConfigError, parseConfigValue, type ConfigKey } from './config-def';
import { DYNAMIC_BROKER_KEYS } from './config-describer';
import { validateTopicConfigs } from './topic-config-resolver';
import { TOPIC_CONFIG_BY_NAME } from './topic-configs';

/** AlterConfigOp.OpType ids. */
export const AlterConfigOp = { SET: 0, DELETE: 1, APPEND: 2, SUBTRACT: 3 } as const;
const OP_NAMES = ['SET', 'DELETE', 'APPEND', 'SUBTRACT'] as const;

export interface ConfigOperation {
  readonly name: string;
  readonly value: string | null;
  /** AlterConfigOp id; the legacy AlterConfigs sends SET for every key. */
  readonly op: number;
}

export type ConfigMap = Readonly<Record<string, string>>;

const BROKER_KEY_BY_NAME: ReadonlyMap<string, ConfigKey> = new Map(BROKER_CONFIG_KEYS.map((k) => [k.name, k]));

/** Indexes of resources that appear more than once (each copy fails with INVALID_REQUEST). */
export function duplicateResources(
  resources: readonly { readonly resourceType: number; readonly resourceName: string }[],
): Set<number> {
  const seen = new Map<string, number>();
  const dup = new Set<number>();
  resources.forEach((r, i) => {
    const key = `${r.resourceType}\u0000${r.resourceName}`;
    const first = seen.get(key);
    if (first !== undefined) {
      dup.add(first);
      dup.add(i);
    } else seen.set(key, i);
  });
  return dup;
}

/** The request-shape checks every resource gets before anything else (ConfigAdminManager.preprocess). */
export function checkOperations(ops: readonly ConfigOperation[]): void {
  const names = new Set<string>();
  for (const op of ops) {
    if (names.has(op.name)) throw new KafkaError('INVALID_REQUEST', 'Error due to duplicate config keys');
    names.add(op.name);
  }
  const nulls = ops.filter((o) => o.op !== AlterConfigOp.DELETE && o.value === null).map((o) => o.name);
  if (nulls.length > 0) throw new KafkaError('INVALID_REQUEST', `Null value not supported for : ${nulls.join(', ')}`);
  for (const op of ops) {
    if (op.op < 0 || op.op > 3) throw new KafkaError('INVALID_REQUEST', `Unknown operations type ${op.op}`);
  }
}

/**
 * ConfigurationControlManager.incrementalAlterConfigResource: the resource's configs after `ops`. `keyOf` gives a
 * key's type and default (APPEND/SUBTRACT need a LIST key and start from its default when the key is unset).
 */
export function applyOperations(
  current: ConfigMap,
  ops: readonly ConfigOperation[],
  keyOf: (name: string) => ConfigKey | undefined,
): Record<string, string> {
  const next: Record<string, string> = { ...current };
  for (const op of ops) {
    switch (op.op) {
      case AlterConfigOp.SET:
        next[op.name] = op.value as string;
        break;
      case AlterConfigOp.DELETE:
        delete next[op.name];
        break;
      default: {
        const key = keyOf(op.name);
        if (key?.type !== 'list') {
          throw new KafkaError(
            'INVALID_CONFIG',
            `Can't ${OP_NAMES[op.op]} to key ${op.name} because its type is not LIST.`,
          );
        }
        const parts = (next[op.name] ?? key.default ?? '').split(',').filter((p) => p !== '');
        const given = (op.value ?? '').split(',');
        if (op.op === AlterConfigOp.APPEND) {
          for (const v of given) if (!parts.includes(v)) parts.push(v);
        } else {
          for (const v of given) {
            const at = parts.indexOf(v);
            if (at >= 0) parts.splice(at, 1);
          }
        }
        next[op.name] = parts.join(',');
      }
    }
  }
  return next;
}

/** Validates and (unless `validateOnly`) stores a topic's complete new overrides. */
export function alterTopicConfigs(
  cluster: Cluster,
  name: string,
  compute: (current: ConfigMap) => Record<string, string>,
  validateOnly: boolean,
): void {
  validateTopicName(name);
  const topic = cluster.topicByName(name);
  const next = compute(topic?.configs ?? {});
  const overrides = validateTopicConfigs(Object.entries(next).map(([key, value]) => ({ name: key, value })));
  if (!topic) throw new KafkaError('UNKNOWN_TOPIC_OR_PARTITION', `The topic '${name}' does not exist.`);
  if (!validateOnly) cluster.setTopicConfigs(topic, overrides);
}

/** The key a topic config name refers to, for APPEND/SUBTRACT. */
export function topicConfigKey(name: string): ConfigKey | undefined {
  return TOPIC_CONFIG_BY_NAME.get(name);
}

export function brokerConfigKey(name: string): ConfigKey | undefined {
  return BROKER_KEY_BY_NAME.get(name);
}

/**
 * Validates and (unless `validateOnly`) stores the complete new dynamic configs of a BROKER resource. `nodeId` is
 * the receiving broker's id: a resource name must be '' or that id.
 */
export function alterBrokerConfigs(
  cluster: Cluster,
  resourceName: string,
  nodeId: number,
  compute: (current: ConfigMap) => Record<string, string>,
  validateOnly: boolean,
): void {
  if (resourceName !== '') {
    if (!/^[+-]?\d+$/.test(resourceName))
      throw new KafkaError('INVALID_REQUEST', `Node id must be an integer, but it is: ${resourceName}`);
    if (Number(resourceName) !== nodeId)
      throw new KafkaError('INVALID_REQUEST', `Unexpected broker id, expected ${nodeId}, but received ${resourceName}`);
  }
  const next = compute(cluster.dynamicBrokerConfigs(resourceName));
  const fixed = Object.keys(next).filter((k) => BROKER_KEY_BY_NAME.has(k) && !DYNAMIC_BROKER_KEYS.has(k));
  if (fixed.length > 0)
    throw new KafkaError('INVALID_REQUEST', `Cannot update these configs dynamically: Set(${fixed.join(', ')})`);
  const stored: Record<string, string> = {};
  for (const [k, v] of Object.entries(next)) {
    const key = BROKER_KEY_BY_NAME.get(k);
    if (key) {
      try {
        parseConfigValue(key, v);
      } catch (err) {
        if (err instanceof ConfigError) throw new KafkaError('INVALID_REQUEST', err.message);
        throw err;
      }
    }
    stored[k] = v.trim();
  }
  if (!validateOnly) cluster.setDynamicBrokerConfigs(resourceName, stored);
}
