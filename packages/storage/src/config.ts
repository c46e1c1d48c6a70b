// Log configuration under Kafka's topic-level names and defaults, plus the broker-level keys
// storage reads (the log cleaner's among them: Kafka's CleanerConfig). `samsa.log.flush.on.append`
// (ours, default false) fsyncs the segment before an append returns, for deployments that want
// every acknowledged record on disk.
import { KafkaError } from '@samsa/protocol';

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
  /** cleanup.policy contains `compact`: the log cleaner keeps only the latest record of each key. */
  compact: boolean;
  /** cleanup.policy contains `delete`: retention.ms and retention.bytes delete old segments. */
  delete: boolean;
  /** min.cleanable.dirty.ratio: the dirty share of the log that makes the cleaner pick it. */
  minCleanableDirtyRatio: number;
  /** min.compaction.lag.ms: records younger than this stay uncompacted. */
  minCompactionLagMs: number;
  /** max.compaction.lag.ms: records older than this are cleaned whatever the dirty ratio. */
  maxCompactionLagMs: number;
  /** delete.retention.ms: how long a tombstone (and a transaction marker) stays once its batch was cleaned. */
  deleteRetentionMs: number;
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
  compact: false,
  delete: true,
  minCleanableDirtyRatio: 0.5,
  minCompactionLagMs: 0,
  maxCompactionLagMs: NEVER,
  deleteRetentionMs: 86400000,
});

/**
 * segment.ms as the roll rule uses it (LogConfig.maxSegmentMs): on a compacted topic a finite max.compaction.lag.ms
 * rolls the active segment sooner, since the cleaner never reaches records in the active segment.
 */
export function maxSegmentMs(c: LogConfig): number {
  return c.compact && c.maxCompactionLagMs > 0 ? Math.min(c.maxCompactionLagMs, c.segmentMs) : c.segmentMs;
}

/** The log cleaner's broker settings (Kafka's CleanerConfig, `log.cleaner.*`). */
export interface CleanerConfig {
  /** log.cleaner.enable: background cleaning of compacted logs (an on-demand pass works either way). */
  enable: boolean;
  /** log.cleaner.threads: passes run one at a time per log manager, whatever the count (Node has one thread). */
  threads: number;
  /** log.cleaner.backoff.ms: the pause when no log needs cleaning. */
  backoffMs: number;
  /** log.cleaner.dedupe.buffer.size: bytes of the key-hash -> offset map, shared by the threads. */
  dedupeBufferSize: number;
  /** log.cleaner.io.buffer.load.factor: how full the map may get before a pass stops reading the dirty section. */
  dedupeBufferLoadFactor: number;
  /** log.cleaner.io.buffer.size: bytes read (and written) per step of a pass. */
  ioBufferSize: number;
  /** log.cleaner.io.max.bytes.per.second: read and write rate of the cleaner (NEVER: unthrottled). */
  maxIoBytesPerSecond: number;
}

export const DEFAULT_CLEANER_CONFIG: Readonly<CleanerConfig> = Object.freeze({
  enable: true,
  threads: 1,
  backoffMs: 15000,
  dedupeBufferSize: 134217728,
  dedupeBufferLoadFactor: 0.9,
  ioBufferSize: 524288,
  maxIoBytesPerSecond: NEVER,
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
  /** The log cleaner (log.cleaner.*). */
  cleaner: CleanerConfig;
}

export const DEFAULT_LOG_MANAGER_CONFIG: Readonly<LogManagerConfig> = Object.freeze({
  retentionCheckIntervalMs: 300000,
  flushSchedulerIntervalMs: NEVER,
  flushOffsetCheckpointIntervalMs: 60000,
  defaults: DEFAULT_LOG_CONFIG,
  cleaner: DEFAULT_CLEANER_CONFIG,
});

type Props = Readonly<Record<string, string | number | boolean | undefined>>;

/** Fields set from another key rather than their own (cleanup.policy sets both). */
type TopicField = Exclude<keyof LogConfig, 'compact' | 'delete'> | 'cleanupPolicy';

const TOPIC_KEYS: ReadonlyArray<[TopicField, string, string]> = [
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
  ['cleanupPolicy', 'cleanup.policy', 'log.cleanup.policy'],
  ['minCleanableDirtyRatio', 'min.cleanable.dirty.ratio', 'log.cleaner.min.cleanable.ratio'],
  ['minCompactionLagMs', 'min.compaction.lag.ms', 'log.cleaner.min.compaction.lag.ms'],
  ['maxCompactionLagMs', 'max.compaction.lag.ms', 'log.cleaner.max.compaction.lag.ms'],
  ['deleteRetentionMs', 'delete.retention.ms', 'log.cleaner.delete.retention.ms'],
];

/** A config value that cannot be used. Kafka: INVALID_CONFIG. */
export class InvalidLogConfigError extends KafkaError {
  override name = 'InvalidLogConfigError';

  constructor(message: string) {
    super('INVALID_CONFIG', message);
  }
}

function parseNumber(key: string, raw: string | number | boolean): number {
  const n = typeof raw === 'number' ? raw : Number(raw);
  if (!Number.isFinite(n) || !Number.isInteger(n))
    throw new InvalidLogConfigError(`${key} must be an integer, got ${String(raw)}`);
  // Long.MAX_VALUE and anything past 2^53 mean "never" here.
  return Math.min(n, NEVER);
}

function parseRatio(key: string, raw: string | number | boolean): number {
  const n = typeof raw === 'number' ? raw : Number(raw);
  if (typeof raw === 'boolean' || !Number.isFinite(n) || n < 0 || n > 1)
    throw new InvalidLogConfigError(`${key} must be a number between 0 and 1, got ${String(raw)}`);
  return n;
}

function applyValue(out: LogConfig, field: TopicField, key: string, raw: string | number | boolean): void {
  if (field === 'cleanupPolicy') {
    const policies = String(raw)
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p.length > 0);
    for (const p of policies)
      if (p !== 'compact' && p !== 'delete') throw new InvalidLogConfigError(`${key} must list compact or delete`);
    out.compact = policies.includes('compact');
    out.delete = policies.includes('delete');
  } else if (field === 'minCleanableDirtyRatio') {
    out.minCleanableDirtyRatio = parseRatio(key, raw);
  } else if (field === 'timestampType') {
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
  if (c.minCompactionLagMs < 0) throw new InvalidLogConfigError('min.compaction.lag.ms must be at least 0');
  if (c.maxCompactionLagMs < 1) throw new InvalidLogConfigError('max.compaction.lag.ms must be at least 1');
  if (c.deleteRetentionMs < 0) throw new InvalidLogConfigError('delete.retention.ms must be at least 0');
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
    cleaner: cleanerConfigFromProps(props),
  };
}

/** The log cleaner's settings from server.properties keys (log.cleaner.*). */
export function cleanerConfigFromProps(props: Props): CleanerConfig {
  const d = DEFAULT_CLEANER_CONFIG;
  const num = (key: string, dflt: number): number => (props[key] === undefined ? dflt : parseNumber(key, props[key]!));
  const rate = props['log.cleaner.io.max.bytes.per.second'];
  const loadFactor = props['log.cleaner.io.buffer.load.factor'];
  const enable = props['log.cleaner.enable'];
  const out: CleanerConfig = {
    enable: enable === undefined ? d.enable : enable === true || enable === 'true',
    threads: num('log.cleaner.threads', d.threads),
    backoffMs: num('log.cleaner.backoff.ms', d.backoffMs),
    dedupeBufferSize: num('log.cleaner.dedupe.buffer.size', d.dedupeBufferSize),
    dedupeBufferLoadFactor:
      loadFactor === undefined ? d.dedupeBufferLoadFactor : parseRatio('log.cleaner.io.buffer.load.factor', loadFactor),
    ioBufferSize: num('log.cleaner.io.buffer.size', d.ioBufferSize),
    // A double in Kafka (Double.MAX_VALUE by default): anything that large means unthrottled.
    maxIoBytesPerSecond: rate === undefined ? d.maxIoBytesPerSecond : Math.min(Number(rate), NEVER),
  };
  if (out.threads < 0) throw new InvalidLogConfigError('log.cleaner.threads must be at least 0');
  if (out.backoffMs < 0) throw new InvalidLogConfigError('log.cleaner.backoff.ms must be at least 0');
  if (out.dedupeBufferSize < 1) throw new InvalidLogConfigError('log.cleaner.dedupe.buffer.size must be positive');
  if (out.ioBufferSize < 0) throw new InvalidLogConfigError('log.cleaner.io.buffer.size must be at least 0');
  if (!(out.maxIoBytesPerSecond > 0))
    throw new InvalidLogConfigError('log.cleaner.io.max.bytes.per.second must be a positive number');
  return out;
}
