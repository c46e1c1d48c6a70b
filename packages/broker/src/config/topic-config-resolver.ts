/**
 * Turns CreateTopics config entries into stored overrides, and stored overrides into the full effective config list
 * Kafka reports (CreateTopics v5+ response): every topic key with its value and source. Sources use DescribeConfigs'
 * numbering: 1 TOPIC_CONFIG (an override), 4 STATIC_BROKER_CONFIG (a server.properties synonym), 5 DEFAULT_CONFIG.
 */
import { KafkaError } from '../errors';
import { canonicalConfigString, ConfigError } from './config-def';
import { TOPIC_CONFIG_BY_NAME, TOPIC_CONFIGS, type TopicConfigKey } from './topic-configs';

export const ConfigSource = {
  UNKNOWN: 0,
  TOPIC_CONFIG: 1,
  DYNAMIC_BROKER_CONFIG: 2,
  DYNAMIC_DEFAULT_BROKER_CONFIG: 3,
  STATIC_BROKER_CONFIG: 4,
  DEFAULT_CONFIG: 5,
} as const;

export interface EffectiveConfig {
  readonly name: string;
  readonly value: string | null;
  readonly source: number;
  readonly readOnly: boolean;
  readonly isSensitive: boolean;
}

export interface ConfigEntry {
  readonly name: string;
  readonly value: string | null;
}

/** Validates requested topic configs and returns the overrides to store (canonical strings). */
export function validateTopicConfigs(entries: readonly ConfigEntry[]): Record<string, string> {
  const nulls = entries.filter((e) => e.value === null).map((e) => e.name);
  if (nulls.length > 0)
    throw new KafkaError('INVALID_REQUEST', `Null value not supported for topic configs: ${nulls.join(',')}`);
  const out: Record<string, string> = {};
  for (const entry of entries) {
    const key = TOPIC_CONFIG_BY_NAME.get(entry.name);
    if (!key) throw new KafkaError('INVALID_CONFIG', `Unknown topic config name: ${entry.name}`);
    try {
      out[entry.name] = canonicalConfigString(key, entry.value) ?? '';
    } catch (err) {
      if (err instanceof ConfigError) throw new KafkaError('INVALID_CONFIG', err.message);
      throw err;
    }
  }
  return out;
}

/** The broker-wide default of a topic key: the first explicitly set server.properties synonym, else Kafka's default. */
export function brokerDefault(
  key: TopicConfigKey,
  explicitBrokerConfig: ReadonlyMap<string, string>,
): { value: string | null; source: number } {
  for (const syn of key.synonyms) {
    const raw = explicitBrokerConfig.get(syn.key);
    if (raw === undefined) continue;
    const trimmed = raw.trim();
    const value = syn.factor !== undefined ? (BigInt(trimmed) * BigInt(syn.factor)).toString() : trimmed;
    return { value, source: ConfigSource.STATIC_BROKER_CONFIG };
  }
  return { value: key.default, source: ConfigSource.DEFAULT_CONFIG };
}

/** Every topic key, sorted by name, with the value a topic with `overrides` has under this broker config. */
export function effectiveTopicConfigs(
  overrides: Readonly<Record<string, string>>,
  explicitBrokerConfig: ReadonlyMap<string, string>,
): EffectiveConfig[] {
  return TOPIC_CONFIGS.map((key) => {
    const override = overrides[key.name];
    const { value, source } =
      override !== undefined
        ? { value: override, source: ConfigSource.TOPIC_CONFIG }
        : brokerDefault(key, explicitBrokerConfig);
    return { name: key.name, value, source, readOnly: false, isSensitive: false };
  });
}
