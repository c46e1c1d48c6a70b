/**
 * The configs of a CLIENT_METRICS resource (a telemetry subscription, KIP-714), validated as Kafka's
 * ClientMetricsConfigs does:
 * - `metrics`: a list of metric name prefixes (`*` = every metric; empty = none);
 * - `interval.ms`: how often matching clients push, 100 ms to 1 hour (default 5 minutes);
 * - `match`: `selector=regex` pairs over client_instance_id, client_id, client_software_name,
 *   client_software_version, client_source_address and client_source_port; none = every client.
 * An unknown key or an interval out of range is INVALID_REQUEST; a bad selector or regex INVALID_CONFIG; an empty
 * subscription name INVALID_REQUEST.
 */
import { KafkaError } from '../errors';
import { ConfigError, parseConfigValue, type ConfigKey } from '../config/config-def';

export const METRICS_CONFIG = 'metrics';
export const INTERVAL_MS_CONFIG = 'interval.ms';
export const MATCH_CONFIG = 'match';
/** A `metrics` entry subscribing to every metric. */
export const ALL_SUBSCRIBED_METRICS = '*';
export const INTERVAL_MS_DEFAULT = 5 * 60 * 1000;
const MIN_INTERVAL_MS = 100;
const MAX_INTERVAL_MS = 3_600_000;

/** The selectors a `match` entry may name (ClientMetricsConfigs.ALLOWED_MATCH_PARAMS). */
export const MATCH_SELECTORS = [
  'client_instance_id',
  'client_id',
  'client_software_name',
  'client_software_version',
  'client_source_address',
  'client_source_port',
] as const;
export type MatchSelector = (typeof MATCH_SELECTORS)[number];

export const CLIENT_METRICS_KEYS: readonly ConfigKey[] = [
  { name: METRICS_CONFIG, type: 'list', default: '', doc: 'Telemetry metric name prefix list' },
  {
    name: INTERVAL_MS_CONFIG,
    type: 'int',
    default: String(INTERVAL_MS_DEFAULT),
    doc: 'Metrics push interval in milliseconds',
  },
  { name: MATCH_CONFIG, type: 'list', default: '', doc: 'Client match criteria' },
];
const KEY_BY_NAME: ReadonlyMap<string, ConfigKey> = new Map(CLIENT_METRICS_KEYS.map((k) => [k.name, k]));

/** One parsed subscription. */
export interface Subscription {
  readonly name: string;
  readonly metrics: readonly string[];
  readonly intervalMs: number;
  /** Selector → a regex the whole value must match. */
  readonly match: ReadonlyMap<MatchSelector, RegExp>;
}

export function clientMetricsKey(name: string): ConfigKey | undefined {
  return KEY_BY_NAME.get(name);
}

/** ClientMetricsConfigs.validate: throws INVALID_REQUEST / INVALID_CONFIG as Kafka does. */
export function validateClientMetricsConfigs(name: string, configs: Readonly<Record<string, string>>): void {
  if (name === '') throw new KafkaError('INVALID_REQUEST', "Subscription name can't be empty");
  for (const key of Object.keys(configs)) {
    if (!KEY_BY_NAME.has(key)) throw new KafkaError('INVALID_REQUEST', `Unknown client metrics configuration: ${key}`);
  }
  parse(name, configs);
}

/** The subscription `configs` describe (already validated). */
export function parseSubscription(name: string, configs: Readonly<Record<string, string>>): Subscription {
  return parse(name, configs);
}

function parse(name: string, configs: Readonly<Record<string, string>>): Subscription {
  const metrics = value(METRICS_CONFIG, configs) as readonly string[];
  const intervalMs = value(INTERVAL_MS_CONFIG, configs) as number;
  if (configs[INTERVAL_MS_CONFIG] !== undefined && (intervalMs < MIN_INTERVAL_MS || intervalMs > MAX_INTERVAL_MS)) {
    throw new KafkaError(
      'INVALID_REQUEST',
      `Invalid value ${intervalMs} for ${INTERVAL_MS_CONFIG}, interval must be between 100 and 3600000 (1 hour)`,
    );
  }
  const match = parseMatchingPatterns(value(MATCH_CONFIG, configs) as readonly string[]);
  return { name, metrics, intervalMs, match };
}

function value(key: string, configs: Readonly<Record<string, string>>): unknown {
  try {
    return parseConfigValue(KEY_BY_NAME.get(key) as ConfigKey, configs[key]);
  } catch (err) {
    if (err instanceof ConfigError) throw new KafkaError('INVALID_CONFIG', err.message);
    throw err;
  }
}

/**
 * ClientMetricsConfigs.parseMatchingPatterns: each entry is `selector=regex`, split at '=' into exactly two parts
 * (Java's String.split drops trailing empty parts, so `client_id=` is illegal too).
 */
export function parseMatchingPatterns(patterns: readonly string[]): Map<MatchSelector, RegExp> {
  const out = new Map<MatchSelector, RegExp>();
  for (const pattern of patterns) {
    const parts = pattern.split('=');
    while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
    const illegal = (): KafkaError => new KafkaError('INVALID_CONFIG', `Illegal client matching pattern: ${pattern}`);
    if (parts.length !== 2) throw illegal();
    const selector = (parts[0] as string).trim();
    if (!(MATCH_SELECTORS as readonly string[]).includes(selector)) throw illegal();
    try {
      // Java's Matcher.matches(): the whole value must match.
      out.set(selector as MatchSelector, new RegExp(`^(?:${(parts[1] as string).trim()})$`));
    } catch {
      throw illegal();
    }
  }
  return out;
}
