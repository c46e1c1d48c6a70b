/**
 * The DescribeConfigs view of topic and broker configs, built as Kafka's ConfigHelper builds it: every entry has its
 * value, its source (the head of its synonym list), read-only and sensitive flags, its synonyms in Kafka's precedence
 * order (dynamic per-broker, dynamic cluster-wide default, static server.properties, Kafka's default), its type and
 * its documentation.
 *
 * Kafka quirk kept on purpose: a topic key's synonyms are those of its first broker synonym, with the entries before
 * that synonym's own name dropped (ConfigHelper.configSynonyms' dropWhile). So `retention.ms` under a broker that only
 * sets `log.retention.hours` reports its value with source DEFAULT_CONFIG and no synonyms, exactly as Kafka does.
 */
import { BROKER_CONFIG_KEYS } from '../config';
import type { ConfigKey } from './config-def';
import { brokerDefault, ConfigSource } from './topic-config-resolver';
import { TOPIC_CONFIGS, type TopicConfigKey } from './topic-configs';

/** DescribeConfigsResponse.ConfigType (v3+). */
export const ConfigType = {
  UNKNOWN: 0,
  BOOLEAN: 1,
  STRING: 2,
  INT: 3,
  SHORT: 4,
  LONG: 5,
  DOUBLE: 6,
  LIST: 7,
  CLASS: 8,
  PASSWORD: 9,
} as const;

/** DescribeConfigsResponse.ConfigSource values beyond topic-config-resolver's. */
export const DYNAMIC_BROKER_LOGGER_CONFIG = 6;
export const CLIENT_METRICS_CONFIG = 7;

const CONFIG_TYPE_IDS: Readonly<Record<ConfigKey['type'], number>> = {
  boolean: ConfigType.BOOLEAN,
  string: ConfigType.STRING,
  int: ConfigType.INT,
  short: ConfigType.SHORT,
  long: ConfigType.LONG,
  double: ConfigType.DOUBLE,
  list: ConfigType.LIST,
  password: ConfigType.PASSWORD,
};

export interface ConfigSynonym {
  readonly name: string;
  readonly value: string | null;
  readonly source: number;
}

export interface DescribedConfig {
  readonly name: string;
  readonly value: string | null;
  readonly source: number;
  readonly readOnly: boolean;
  readonly isSensitive: boolean;
  readonly synonyms: readonly ConfigSynonym[];
  readonly configType: number;
  readonly documentation: string;
}

/** The broker config layers, lowest precedence last. */
export interface BrokerConfigLayers {
  /** Dynamic configs of the broker being described (resource name = its node id). */
  readonly dynamicBroker: Readonly<Record<string, string>>;
  /** Dynamic cluster-wide defaults (resource name ''). */
  readonly dynamicDefault: Readonly<Record<string, string>>;
  /** server.properties keys set explicitly. */
  readonly staticConfig: ReadonlyMap<string, string>;
}

const BROKER_KEY_BY_NAME: ReadonlyMap<string, ConfigKey> = new Map(BROKER_CONFIG_KEYS.map((k) => [k.name, k]));

/** DynamicBrokerConfig.brokerConfigSynonyms: keys that set the same value in different units. */
const SYNONYM_FAMILIES: readonly (readonly string[])[] = [
  ['log.roll.ms', 'log.roll.hours'],
  ['log.roll.jitter.ms', 'log.roll.jitter.hours'],
  ['log.retention.ms', 'log.retention.minutes', 'log.retention.hours'],
  ['log.flush.interval.ms', 'log.flush.scheduler.interval.ms'],
];

function brokerSynonyms(name: string): readonly string[] {
  return SYNONYM_FAMILIES.find((f) => f.includes(name)) ?? [name];
}

/**
 * Broker keys that can be changed at run time: the broker-wide defaults of topic configs (Kafka's DynamicLogConfig,
 * the first broker synonym of every topic key), which samsa applies to every open log, and the replication throttle
 * rates (Kafka's DynamicConfig.Broker, read by the replica fetchers on every fetch).
 */
export const DYNAMIC_BROKER_KEYS: ReadonlySet<string> = new Set([
  ...TOPIC_CONFIGS.map((k) => k.synonyms[0]?.key).filter(
    (k): k is string => k !== undefined && BROKER_KEY_BY_NAME.has(k),
  ),
  'leader.replication.throttled.rate',
  'follower.replication.throttled.rate',
  'replica.alter.log.dirs.io.max.bytes.per.second',
]);

/** ConfigHelper.configSynonyms: every layer's value of each synonym, then everything before `name` dropped. */
function configSynonyms(
  name: string,
  layers: BrokerConfigLayers,
  staticDefault: (key: string) => string | null,
): ConfigSynonym[] {
  const names = brokerSynonyms(name);
  const out: ConfigSynonym[] = [];
  const add = (lookup: (key: string) => string | undefined | null, source: number): void => {
    for (const n of names) {
      const value = lookup(n);
      if (value !== undefined && value !== null) out.push({ name: n, value, source });
    }
  };
  add((n) => layers.dynamicBroker[n], ConfigSource.DYNAMIC_BROKER_CONFIG);
  add((n) => layers.dynamicDefault[n], ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG);
  add((n) => layers.staticConfig.get(n), ConfigSource.STATIC_BROKER_CONFIG);
  add(staticDefault, ConfigSource.DEFAULT_CONFIG);
  const first = out.findIndex((s) => s.name === name);
  return first < 0 ? [] : out.slice(first);
}

function brokerKeyDefault(name: string): string | null {
  return BROKER_KEY_BY_NAME.get(name)?.default ?? null;
}

/** The broker properties topic defaults resolve against: static, then dynamic default, then dynamic per-broker. */
export function mergedBrokerProps(layers: BrokerConfigLayers): Map<string, string> {
  const merged = new Map(layers.staticConfig);
  for (const [k, v] of Object.entries(layers.dynamicDefault)) merged.set(k, v);
  for (const [k, v] of Object.entries(layers.dynamicBroker)) merged.set(k, v);
  return merged;
}

/** Every topic key (sorted by name) as DescribeConfigs reports it for a topic with `overrides`. */
export function describeTopicConfigs(
  overrides: Readonly<Record<string, string>>,
  layers: BrokerConfigLayers,
): DescribedConfig[] {
  const merged = mergedBrokerProps(layers);
  return TOPIC_CONFIGS.map((key) => describeTopicKey(key, overrides, layers, merged));
}

function describeTopicKey(
  key: TopicConfigKey,
  overrides: Readonly<Record<string, string>>,
  layers: BrokerConfigLayers,
  merged: ReadonlyMap<string, string>,
): DescribedConfig {
  const override = overrides[key.name];
  const value = override ?? brokerDefault(key, merged).value;
  const primary = key.synonyms[0]?.key;
  const synonyms =
    primary === undefined
      ? []
      : // A broker synonym samsa does not know still has Kafka's default: the topic key's own.
        configSynonyms(primary, layers, (n) =>
          BROKER_KEY_BY_NAME.has(n) ? brokerKeyDefault(n) : n === primary ? key.default : null,
        );
  if (override !== undefined) synonyms.unshift({ name: key.name, value: override, source: ConfigSource.TOPIC_CONFIG });
  return {
    name: key.name,
    value,
    source: synonyms[0]?.source ?? ConfigSource.DEFAULT_CONFIG,
    readOnly: false,
    isSensitive: false,
    synonyms,
    configType: CONFIG_TYPE_IDS[key.type],
    documentation: key.doc,
  };
}

/**
 * A broker's configs. `perBroker` (resource name = node id): every key with its effective value; otherwise (resource
 * name '') only the dynamic cluster-wide defaults, with only synonyms of that source (ConfigHelper.createBrokerConfigEntry).
 */
export function describeBrokerConfigs(layers: BrokerConfigLayers, perBroker: boolean): DescribedConfig[] {
  const names = perBroker
    ? [
        ...new Set([
          ...BROKER_CONFIG_KEYS.map((k) => k.name),
          ...Object.keys(layers.dynamicDefault),
          ...Object.keys(layers.dynamicBroker),
        ]),
      ]
    : Object.keys(layers.dynamicDefault);
  return names.sort().map((name) => {
    const key = BROKER_KEY_BY_NAME.get(name);
    const value = perBroker
      ? (layers.dynamicBroker[name] ??
        layers.dynamicDefault[name] ??
        layers.staticConfig.get(name) ??
        key?.default ??
        null)
      : (layers.dynamicDefault[name] ?? null);
    // Kafka never shows a password: no value, here or in a synonym, only where it is set.
    const sensitive = key?.type === 'password';
    const synonyms = configSynonyms(name, layers, brokerKeyDefault)
      .filter((s) => perBroker || s.source === ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG)
      .map((s) => (sensitive ? { ...s, value: null } : s));
    return {
      name,
      value: sensitive ? null : value,
      source: synonyms[0]?.source ?? ConfigSource.DEFAULT_CONFIG,
      readOnly: !DYNAMIC_BROKER_KEYS.has(name),
      isSensitive: sensitive,
      synonyms,
      configType: key ? CONFIG_TYPE_IDS[key.type] : ConfigType.UNKNOWN,
      documentation: key?.doc ?? '',
    };
  });
}
