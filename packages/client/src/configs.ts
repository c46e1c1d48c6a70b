/**
 * Configs of topics and brokers: DescribeConfigs (with synonyms from v1, KIP-226, so a value's source is known) and
 * IncrementalAlterConfigs (KIP-339: set, delete, append, subtract one key at a time). A broker's configs are asked
 * of that broker; an empty broker name means the cluster-wide dynamic default (`--entity-default` in Kafka's tool).
 */
import { DescribeConfigsApi, IncrementalAlterConfigsApi } from '@samsa/protocol';
import type { KafkaClient } from './client';
import { throwIfError } from './errors';

export type ConfigResourceType = 'topic' | 'broker';

/** Kafka's ConfigResource.Type ids. */
const RESOURCE_TYPE: Readonly<Record<ConfigResourceType, number>> = { topic: 2, broker: 4 };

/** Kafka's DescribeConfigsResponse.ConfigSource ids, by name. */
export const CONFIG_SOURCES: Readonly<Record<number, string>> = {
  0: 'UNKNOWN',
  1: 'DYNAMIC_TOPIC_CONFIG',
  2: 'DYNAMIC_BROKER_CONFIG',
  3: 'DYNAMIC_DEFAULT_BROKER_CONFIG',
  4: 'STATIC_BROKER_CONFIG',
  5: 'DEFAULT_CONFIG',
  6: 'DYNAMIC_BROKER_LOGGER_CONFIG',
  7: 'CLIENT_METRICS_CONFIG',
  8: 'GROUP_CONFIG',
};

export interface ConfigEntry {
  readonly name: string;
  /** null for a sensitive value (the broker does not send it) or an unset one. */
  readonly value: string | null;
  readonly source: string;
  readonly readOnly: boolean;
  readonly sensitive: boolean;
  readonly isDefault: boolean;
}

export async function describeConfigs(
  client: KafkaClient,
  type: ConfigResourceType,
  name: string,
  keys: readonly string[] | null = null,
): Promise<ConfigEntry[]> {
  return client.retrying(async () => {
    const conn =
      type === 'broker' && name !== '' ? await client.connection(Number(name)) : await client.anyConnection();
    const { response, version } = await conn.send(DescribeConfigsApi, (v) => ({
      resources: [
        { resourceType: RESOURCE_TYPE[type], resourceName: name, configurationKeys: keys ? [...keys] : null },
      ],
      ...(v >= 1 ? { includeSynonyms: false } : {}),
    }));
    const r = response.results[0];
    if (r === undefined) return [];
    throwIfError(r.errorCode, r.errorMessage, conn.broker, `${type} ${name}`);
    return r.configs
      .map((c) => {
        const source = version >= 1 ? (c.configSource ?? 0) : c.isDefault ? 5 : 0;
        return {
          name: c.name,
          value: c.value,
          source: CONFIG_SOURCES[source] ?? String(source),
          readOnly: c.readOnly,
          sensitive: c.isSensitive,
          isDefault: version >= 1 ? source === 5 : (c.isDefault ?? false),
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name));
  });
}

export interface ConfigChange {
  readonly name: string;
  readonly op: 'set' | 'delete' | 'append' | 'subtract';
  readonly value?: string | null;
}

const OPS: Readonly<Record<ConfigChange['op'], number>> = { set: 0, delete: 1, append: 2, subtract: 3 };

export async function alterConfigs(
  client: KafkaClient,
  type: ConfigResourceType,
  name: string,
  changes: readonly ConfigChange[],
  validateOnly = false,
): Promise<void> {
  await client.retrying(async () => {
    const conn =
      type === 'broker' && name !== '' ? await client.connection(Number(name)) : await client.controllerConnection();
    const { response } = await conn.send(IncrementalAlterConfigsApi, () => ({
      resources: [
        {
          resourceType: RESOURCE_TYPE[type],
          resourceName: name,
          configs: changes.map((c) => ({ name: c.name, configOperation: OPS[c.op], value: c.value ?? null })),
        },
      ],
      validateOnly,
    }));
    for (const r of response.responses) throwIfError(r.errorCode, r.errorMessage, conn.broker, `${type} ${name}`);
  });
}
