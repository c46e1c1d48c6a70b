/**
 * The topic-level settings the produce and fetch paths apply on top of what storage's LogConfig covers, resolved once
 * per topic in Kafka's order: the topic's override, else the first explicitly set server.properties synonym, else
 * Kafka's default (`compression.type` <- `compression.type`, `message.timestamp.after.max.ms` <-
 * `log.message.timestamp.after.max.ms`, ...).
 */
import { brokerDefault } from '../config/topic-config-resolver';
import { TOPIC_CONFIG_BY_NAME } from '../config/topic-configs';

export interface TopicSettings {
  /** `producer`, `uncompressed`, `gzip`, `snappy`, `lz4` or `zstd`. */
  readonly compressionType: string;
  readonly timestampType: 'CreateTime' | 'LogAppendTime';
  /** How far a CreateTime timestamp may lag the broker clock; Long.MAX_VALUE (as a double) when unbounded. */
  readonly timestampBeforeMaxMs: number;
  /** How far a CreateTime timestamp may lead the broker clock. */
  readonly timestampAfterMaxMs: number;
  /** cleanup.policy contains `compact`: every record needs a key. */
  readonly compacted: boolean;
  /** cleanup.policy contains `delete`: DeleteRecords may move the log start offset (LogConfig.delete). */
  readonly deletable: boolean;
  readonly minInsyncReplicas: number;
}

export function resolveTopicSettings(
  overrides: Readonly<Record<string, string>>,
  explicitBrokerConfig: ReadonlyMap<string, string>,
): TopicSettings {
  const value = (name: string): string => {
    const override = overrides[name];
    if (override !== undefined) return override;
    const key = TOPIC_CONFIG_BY_NAME.get(name);
    if (!key) throw new RangeError(`unknown topic config ${name}`);
    return brokerDefault(key, explicitBrokerConfig).value ?? '';
  };
  const policies = value('cleanup.policy')
    .split(',')
    .map((s) => s.trim());
  const timestampType = value('message.timestamp.type') === 'LogAppendTime' ? 'LogAppendTime' : 'CreateTime';
  return {
    compressionType: value('compression.type'),
    timestampType,
    timestampBeforeMaxMs: Number(value('message.timestamp.before.max.ms')),
    timestampAfterMaxMs: Number(value('message.timestamp.after.max.ms')),
    compacted: policies.includes('compact'),
    deletable: policies.includes('delete'),
    minInsyncReplicas: Number(value('min.insync.replicas')),
  };
}
