/**
 * Kafka 4's topic-level configuration keys (LogConfig / TopicConfig, plus the two replication-throttle keys from
 * QuotaConfig): name, type, default, validator, and the server.properties keys that supply the broker-wide default,
 * in Kafka's priority order (e.g. `retention.ms` <- `log.retention.ms`, then `log.retention.minutes`, then
 * `log.retention.hours`). A synonym with a unit converts its value to the topic key's unit.
 */
import { atLeast, between, ConfigError, LONG_MAX, listOf, oneOf, type ConfigKey, type Validator } from './config-def';

export interface ServerSynonym {
  readonly key: string;
  /** Multiplier from the synonym's unit to the topic key's unit (hours -> ms = 3600000). */
  readonly factor?: number;
}

export interface TopicConfigKey extends ConfigKey {
  readonly synonyms: readonly ServerSynonym[];
}

export const COMPRESSION_TYPES = ['uncompressed', 'zstd', 'lz4', 'snappy', 'gzip', 'producer'] as const;

/** Replica lists for throttling: `*`, or `partition:broker` pairs. */
const throttledReplicas: Validator = (key, value) => {
  if (!Array.isArray(value)) return;
  const items = value as readonly string[];
  if (items.length === 1 && items[0] === '*') return;
  for (const item of items) {
    if (!/^\d+:\d+$/.test(item)) {
      throw new ConfigError(
        key,
        items.join(','),
        "must be the literal '*' or a list of replicas in the following format: [partitionId]:[brokerId],[partitionId]:[brokerId],...",
      );
    }
  }
};

function levelIn(min: number, max: number, extra?: number): Validator {
  return (key, value) => {
    if (typeof value !== 'number' || value === extra) return;
    if (value < min || value > max) {
      const alt = extra === undefined ? '' : ` or ${extra}`;
      throw new ConfigError(key, value, `Value must be between ${min} and ${max}${alt}`);
    }
  };
}

function key(
  name: string,
  type: TopicConfigKey['type'],
  def: string | null,
  validator: Validator | undefined,
  synonyms: readonly (string | ServerSynonym)[],
  doc: string,
): TopicConfigKey {
  const syn = synonyms.map((s) => (typeof s === 'string' ? { key: s } : s));
  return validator
    ? { name, type, default: def, validator, synonyms: syn, doc }
    : { name, type, default: def, synonyms: syn, doc };
}

const HOUR = 3_600_000;
const MINUTE = 60_000;

export const TOPIC_CONFIGS: readonly TopicConfigKey[] = [
  key(
    'cleanup.policy',
    'list',
    'delete',
    listOf('compact', 'delete'),
    ['log.cleanup.policy'],
    'Retention policy for old segments: delete, compact, or both',
  ),
  key(
    'compression.type',
    'string',
    'producer',
    oneOf(...COMPRESSION_TYPES),
    ['compression.type'],
    "Final compression of the topic's data; producer keeps the producer's codec",
  ),
  key(
    'compression.gzip.level',
    'int',
    '-1',
    levelIn(1, 9, -1),
    ['compression.gzip.level'],
    'Level used when compression.type is gzip',
  ),
  key(
    'compression.lz4.level',
    'int',
    '9',
    levelIn(1, 17),
    ['compression.lz4.level'],
    'Level used when compression.type is lz4',
  ),
  key(
    'compression.zstd.level',
    'int',
    '3',
    levelIn(-131072, 22),
    ['compression.zstd.level'],
    'Level used when compression.type is zstd',
  ),
  key(
    'delete.retention.ms',
    'long',
    '86400000',
    atLeast(0),
    ['log.cleaner.delete.retention.ms'],
    'How long delete tombstones are kept on compacted topics',
  ),
  key(
    'file.delete.delay.ms',
    'long',
    '60000',
    atLeast(0),
    ['log.segment.delete.delay.ms'],
    'Delay before a deleted segment file is removed',
  ),
  key(
    'flush.messages',
    'long',
    LONG_MAX,
    atLeast(1),
    ['log.flush.interval.messages'],
    'Messages appended between forced fsyncs',
  ),
  key(
    'flush.ms',
    'long',
    LONG_MAX,
    atLeast(0),
    ['log.flush.interval.ms', 'log.flush.scheduler.interval.ms'],
    'Time between forced fsyncs',
  ),
  key(
    'follower.replication.throttled.replicas',
    'list',
    '',
    throttledReplicas,
    [],
    'Replicas whose log replication is throttled on the follower side',
  ),
  key(
    'index.interval.bytes',
    'int',
    '4096',
    atLeast(0),
    ['log.index.interval.bytes'],
    'Bytes appended between offset index entries',
  ),
  key(
    'leader.replication.throttled.replicas',
    'list',
    '',
    throttledReplicas,
    [],
    'Replicas whose log replication is throttled on the leader side',
  ),
  key(
    'local.retention.bytes',
    'long',
    '-2',
    atLeast(-2),
    ['log.local.retention.bytes'],
    'Local size bound when tiered storage is on (-2: use retention.bytes)',
  ),
  key(
    'local.retention.ms',
    'long',
    '-2',
    atLeast(-2),
    ['log.local.retention.ms'],
    'Local time bound when tiered storage is on (-2: use retention.ms)',
  ),
  key(
    'max.compaction.lag.ms',
    'long',
    LONG_MAX,
    atLeast(1),
    ['log.cleaner.max.compaction.lag.ms'],
    'Longest a message stays ineligible for compaction',
  ),
  key('max.message.bytes', 'int', '1048588', atLeast(0), ['message.max.bytes'], 'Largest record batch size allowed'),
  key(
    'message.timestamp.after.max.ms',
    'long',
    '3600000',
    atLeast(0),
    ['log.message.timestamp.after.max.ms'],
    'Allowed lead of a message timestamp over the broker clock',
  ),
  key(
    'message.timestamp.before.max.ms',
    'long',
    LONG_MAX,
    atLeast(0),
    ['log.message.timestamp.before.max.ms'],
    'Allowed lag of a message timestamp behind the broker clock',
  ),
  key(
    'message.timestamp.type',
    'string',
    'CreateTime',
    oneOf('CreateTime', 'LogAppendTime'),
    ['log.message.timestamp.type'],
    "Whether record timestamps are the producer's or the append time",
  ),
  key(
    'min.cleanable.dirty.ratio',
    'double',
    '0.5',
    between(0, 1),
    ['log.cleaner.min.cleanable.ratio'],
    'Dirty fraction of the log that triggers compaction',
  ),
  key(
    'min.compaction.lag.ms',
    'long',
    '0',
    atLeast(0),
    ['log.cleaner.min.compaction.lag.ms'],
    'Shortest time a message stays uncompacted',
  ),
  key(
    'min.insync.replicas',
    'int',
    '1',
    atLeast(1),
    ['min.insync.replicas'],
    'In-sync replicas needed to accept an acks=all write',
  ),
  key('preallocate', 'boolean', 'false', undefined, ['log.preallocate'], 'Preallocate segment files'),
  key('remote.log.copy.disable', 'boolean', 'false', undefined, [], 'Stop copying segments to tiered storage'),
  key(
    'remote.log.delete.on.disable',
    'boolean',
    'false',
    undefined,
    [],
    'Delete tiered data when tiered storage is turned off',
  ),
  key('remote.storage.enable', 'boolean', 'false', undefined, [], 'Enable tiered storage for the topic'),
  key(
    'retention.bytes',
    'long',
    '-1',
    undefined,
    ['log.retention.bytes'],
    'Largest size a partition grows to before old segments go (-1: no limit)',
  ),
  key(
    'retention.ms',
    'long',
    '604800000',
    atLeast(-1),
    [
      'log.retention.ms',
      { key: 'log.retention.minutes', factor: MINUTE },
      { key: 'log.retention.hours', factor: HOUR },
    ],
    'Longest a segment is kept before deletion (-1: no limit)',
  ),
  key('segment.bytes', 'int', '1073741824', atLeast(1024 * 1024), ['log.segment.bytes'], 'Segment file size'),
  key('segment.index.bytes', 'int', '10485760', atLeast(4), ['log.index.size.max.bytes'], 'Offset index file size'),
  key(
    'segment.jitter.ms',
    'long',
    '0',
    atLeast(0),
    ['log.roll.jitter.ms', { key: 'log.roll.jitter.hours', factor: HOUR }],
    'Random jitter subtracted from segment.ms',
  ),
  key(
    'segment.ms',
    'long',
    '604800000',
    atLeast(1),
    ['log.roll.ms', { key: 'log.roll.hours', factor: HOUR }],
    'Time after which a segment is rolled even if not full',
  ),
  key(
    'unclean.leader.election.enable',
    'boolean',
    'false',
    undefined,
    ['unclean.leader.election.enable'],
    'Allow out-of-sync replicas to become leader',
  ),
];

export const TOPIC_CONFIG_BY_NAME: ReadonlyMap<string, TopicConfigKey> = new Map(TOPIC_CONFIGS.map((k) => [k.name, k]));
