// Log configuration under Kafka's topic-level names and defaults, plus the broker-level keys
// storage reads. `samsa.log.flush.on.append` (ours, default false) fsyncs the segment before an
// append returns, for deployments that want every acknowledged record on disk.

/** Topic-level keys (as in Kafka's TopicConfig), resolved to numbers. */
export interface LogConfig {
  /** segment.bytes */
  segmentBytes: number;
  /** segment.ms */
  segmentMs: number;
  /** segment.index.bytes: preallocated size of .index and .timeindex */
  segmentIndexBytes: number;
  /** index.interval.bytes */
  indexIntervalBytes: number;
  /** retention.ms (-1: forever) */
  retentionMs: number;
  /** retention.bytes (-1: unlimited) */
  retentionBytes: number;
  /** flush.messages */
  flushMessages: number;
  /** flush.ms */
  flushMs: number;
  /** file.delete.delay.ms */
  fileDeleteDelayMs: number;
  /** max.message.bytes: the largest batch accepted */
  maxMessageBytes: number;
  /** message.timestamp.type */
  timestampType: 'CreateTime' | 'LogAppendTime';
  /** samsa.log.flush.on.append */
  flushOnAppend: boolean;
}

/** Kafka uses Long.MAX_VALUE for "never"; the safe-integer maximum plays that role here. */
export const NEVER = Number.MAX_SAFE_INTEGER;

export const DEFAULT_LOG_CONFIG: Readonly<LogConfig> = Object.freeze({
  segmentBytes: 1073741824,
  segmentMs: 604800000,
  segmentIndexBytes: 10485760,
  indexIntervalBytes: 4096,
  retentionMs: 604800000,
  retentionBytes: -1,
  flushMessages: NEVER,
  flushMs: NEVER,
  fileDeleteDelayMs: 60000,
  maxMessageBytes: 1048588,
  timestampType: 'CreateTime',
  flushOnAppend: false,
});

/** Broker-level storage settings (server.properties names). */
export interface LogManagerConfig {
  /** log.retention.check.interval.ms */
  retentionCheckIntervalMs: number;
  /** log.flush.scheduler.interval.ms: how often flush.ms is checked (NEVER: not scheduled) */
  flushSchedulerIntervalMs: number;
  /** log.flush.offset.checkpoint.interval.ms */
  flushOffsetCheckpointIntervalMs: number;
  /** Defaults for partitions created without overrides (log.segment.bytes, log.retention.ms, ...). */
  defaults: LogConfig;
}

export const DEFAULT_LOG_MANAGER_CONFIG: Readonly<LogManagerConfig> = Object.freeze({
  retentionCheckIntervalMs: 300000,
  flushSchedulerIntervalMs: NEVER,
  flushOffsetCheckpointIntervalMs: 60000,
  defaults: DEFAULT_LOG_CONFIG,
});

type Props = Readonly<Record<string, string | number | boolean | undefined>>;

const TOPIC_KEYS: ReadonlyArray<[keyof LogConfig, string, string]> = [
  // [field, topic key, broker key]
  ['segmentBytes', 'segment.bytes', 'log.segment.bytes'],
  ['segmentMs', 'segment.ms', 'log.roll.ms'],
  ['segmentIndexBytes', 'segment.index.bytes', 'log.index.size.max.bytes'],
  ['indexIntervalBytes', 'index.interval.bytes', 'log.index.interval.bytes'],
  ['retentionMs', 'retention.ms', 'log.retention.ms'],
  ['retentionBytes', 'retention.bytes', 'log.retention.bytes'],
  ['flushMessages', 'flush.messages', 'log.flush.interval.messages'],
  ['flushMs', 'flush.ms', 'log.flush.interval.ms'],
  ['fileDeleteDelayMs', 'file.delete.delay.ms', 'log.segment.delete.delay.ms'],
  ['maxMessageBytes', 'max.message.bytes', 'message.max.bytes'],
  ['timestampType', 'message.timestamp.type', 'log.message.timestamp.type'],
  ['flushOnAppend', 'samsa.log.flush.on.append', 'samsa.log.flush.on.append'],
];

/** A config value that cannot be used. Kafka: INVALID_CONFIG (40). */
export class InvalidLogConfigError extends Error {
  readonly kafkaErrorName = 'INVALID_CONFIG' as const;
  readonly code = 40;
  constructor(message: string) {
    super(message);
    this.name = 'InvalidLogConfigError';
  }
}

function parseNumber(key: string, raw: string | number | boolean): number {
  const n = typeof raw === 'number' ? raw : Number(raw);
  if (!Number.isFinite(n) || !Number.isInteger(n))
    throw new InvalidLogConfigError(`${key} must be an integer, got ${String(raw)}`);
  // Long.MAX_VALUE and anything past 2^53 mean "never" here.
  return n > NEVER ? NEVER : n;
}

function applyValue(out: LogConfig, field: keyof LogConfig, key: string, raw: string | number | boolean): void {
  if (field === 'timestampType') {
    if (raw !== 'CreateTime' && raw !== 'LogAppendTime')
      throw new InvalidLogConfigError(`${key} must be CreateTime or LogAppendTime`);
    out.timestampType = raw;
  } else if (field === 'flushOnAppend') {
    out.flushOnAppend = raw === true || raw === 'true';
  } else {
    out[field] = parseNumber(key, raw);
  }
}

function check(c: LogConfig): LogConfig {
  if (c.segmentBytes < 14) throw new InvalidLogConfigError('segment.bytes must be at least 14');
  if (c.segmentIndexBytes < 8) throw new InvalidLogConfigError('segment.index.bytes must be at least 8');
  if (c.segmentMs < 1) throw new InvalidLogConfigError('segment.ms must be at least 1');
  if (c.indexIntervalBytes < 0) throw new InvalidLogConfigError('index.interval.bytes must be at least 0');
  if (c.flushMessages < 1) throw new InvalidLogConfigError('flush.messages must be at least 1');
  if (c.maxMessageBytes < 0) throw new InvalidLogConfigError('max.message.bytes must be at least 0');
  return c;
}

/** Broker defaults from server.properties keys (log.segment.bytes, log.retention.ms, ...). */
export function logConfigFromBrokerProps(props: Props, base: LogConfig = DEFAULT_LOG_CONFIG): LogConfig {
  const out = { ...base };
  for (const [field, , brokerKey] of TOPIC_KEYS) {
    const raw = props[brokerKey];
    if (raw !== undefined) applyValue(out, field, brokerKey, raw);
  }
  // Kafka's precedence: log.retention.ms > log.retention.minutes > log.retention.hours.
  if (props['log.retention.ms'] === undefined) {
    if (props['log.retention.minutes'] !== undefined)
      out.retentionMs = parseNumber('log.retention.minutes', props['log.retention.minutes']) * 60000;
    else if (props['log.retention.hours'] !== undefined)
      out.retentionMs = parseNumber('log.retention.hours', props['log.retention.hours']) * 3600000;
  }
  if (props['log.roll.ms'] === undefined && props['log.roll.hours'] !== undefined) {
    out.segmentMs = parseNumber('log.roll.hours', props['log.roll.hours']) * 3600000;
  }
  return check(out);
}

/** A topic's effective config: its overrides (topic-level keys) over the broker defaults. */
export function resolveLogConfig(overrides: Props = {}, defaults: LogConfig = DEFAULT_LOG_CONFIG): LogConfig {
  const out = { ...defaults };
  for (const [field, topicKey] of TOPIC_KEYS) {
    const raw = overrides[topicKey];
    if (raw !== undefined) applyValue(out, field, topicKey, raw);
  }
  return check(out);
}

/** Broker-level storage settings from server.properties keys. */
export function logManagerConfigFromProps(props: Props): LogManagerConfig {
  const num = (key: string, dflt: number): number => (props[key] === undefined ? dflt : parseNumber(key, props[key]!));
  return {
    retentionCheckIntervalMs: num(
      'log.retention.check.interval.ms',
      DEFAULT_LOG_MANAGER_CONFIG.retentionCheckIntervalMs,
    ),
    flushSchedulerIntervalMs: num(
      'log.flush.scheduler.interval.ms',
      DEFAULT_LOG_MANAGER_CONFIG.flushSchedulerIntervalMs,
    ),
    flushOffsetCheckpointIntervalMs: num(
      'log.flush.offset.checkpoint.interval.ms',
      DEFAULT_LOG_MANAGER_CONFIG.flushOffsetCheckpointIntervalMs,
    ),
    defaults: logConfigFromBrokerProps(props),
  };
}
