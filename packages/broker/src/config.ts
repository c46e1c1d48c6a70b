/**
 * Broker configuration under Kafka's server.properties key names, types and defaults. `loadBrokerConfig` takes raw
 * values (strings from a file or flags, or JS scalars from the embedding API), warns about unknown keys, throws a
 * `ConfigError` for bad values, and derives the effective settings Kafka derives (retention from ms/minutes/hours,
 * log dirs from log.dirs or log.dir, listeners and advertised listeners).
 */
import { hostname } from 'node:os';
import {
  atLeast,
  ConfigError,
  INT_MAX,
  LONG_MAX,
  listOf,
  oneOf,
  parseConfigValue,
  type ConfigKey,
  type ConfigValue,
  type Validator,
} from './config/config-def';
import { COMPRESSION_TYPES } from './config/topic-configs';

export { ConfigError } from './config/config-def';

const HOUR = 3_600_000;

function k(name: string, type: ConfigKey['type'], def: string | null, doc: string, validator?: Validator): ConfigKey {
  return validator ? { name, type, default: def, validator, doc } : { name, type, default: def, doc };
}

/** Every key the broker accepts. Keys marked "(accepted; no effect yet)" are parsed and validated only. */
export const BROKER_CONFIG_KEYS: readonly ConfigKey[] = [
  k(
    'listeners',
    'string',
    'PLAINTEXT://127.0.0.1:9092',
    'Comma-separated NAME://host:port listeners to bind (port 0 = ephemeral)',
  ),
  k('advertised.listeners', 'string', null, 'Listeners advertised to clients, if different from listeners'),
  k(
    'listener.security.protocol.map',
    'string',
    'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT,SASL_SSL:SASL_SSL',
    'Listener name to security protocol',
  ),
  k('controller.listener.names', 'list', null, 'Listener names used by the controller (not served to clients)'),
  k('inter.broker.listener.name', 'string', null, '(accepted; no effect yet) Listener used between brokers'),
  k(
    'process.roles',
    'list',
    'broker,controller',
    '(accepted; no effect yet) KRaft roles of this node',
    listOf('broker', 'controller'),
  ),
  k('controller.quorum.voters', 'list', '', '(accepted; no effect yet) KRaft voters'),
  k('controller.quorum.bootstrap.servers', 'list', '', '(accepted; no effect yet) KRaft bootstrap servers'),
  k('node.id', 'int', '1', 'Id of this node (further in-process brokers take the following ids)', atLeast(0)),
  k('broker.rack', 'string', null, 'Rack of this broker, reported in metadata'),
  k('cluster.id', 'string', null, 'Cluster id to use instead of the one in meta.properties (generated on first start)'),
  k('log.dirs', 'list', null, 'Data directories (the first holds metadata); overrides log.dir'),
  k('log.dir', 'list', './data', 'Data directory, used when log.dirs is not set'),
  k('num.partitions', 'int', '1', 'Default partition count of new topics', atLeast(1)),
  k('default.replication.factor', 'int', '1', 'Default replication factor of new topics', atLeast(1)),
  k('auto.create.topics.enable', 'boolean', 'true', 'Create unknown topics requested through Metadata'),
  k('delete.topic.enable', 'boolean', 'true', 'Allow DeleteTopics'),
  k('socket.request.max.bytes', 'int', '104857600', 'Largest request frame accepted', atLeast(1)),
  k('socket.send.buffer.bytes', 'int', '102400', '(accepted; no effect yet) SO_SNDBUF, -1 for the OS default'),
  k('socket.receive.buffer.bytes', 'int', '102400', '(accepted; no effect yet) SO_RCVBUF, -1 for the OS default'),
  k('num.network.threads', 'int', '3', '(accepted; no effect) Network threads', atLeast(1)),
  k('num.io.threads', 'int', '8', '(accepted; no effect) Request handler threads', atLeast(1)),
  k('num.recovery.threads.per.data.dir', 'int', '1', '(accepted; no effect) Log recovery threads', atLeast(1)),
  k(
    'message.max.bytes',
    'int',
    '1048588',
    'Largest record batch accepted (topic default of max.message.bytes)',
    atLeast(0),
  ),
  k('log.segment.bytes', 'int', '1073741824', 'Segment file size', atLeast(1024 * 1024)),
  k('log.roll.ms', 'long', null, 'Time before a segment is rolled; overrides log.roll.hours'),
  k('log.roll.hours', 'int', '168', 'Time before a segment is rolled, in hours', atLeast(1)),
  k('log.roll.jitter.ms', 'long', null, 'Jitter subtracted from the roll time; overrides log.roll.jitter.hours'),
  k('log.roll.jitter.hours', 'int', '0', 'Jitter subtracted from the roll time, in hours', atLeast(0)),
  k('log.retention.ms', 'long', null, 'Retention time (-1: unlimited); overrides minutes and hours'),
  k('log.retention.minutes', 'int', null, 'Retention time in minutes; overrides hours'),
  k('log.retention.hours', 'int', '168', 'Retention time in hours'),
  k('log.retention.bytes', 'long', '-1', 'Partition size bound (-1: unlimited)'),
  k('log.retention.check.interval.ms', 'long', '300000', 'How often retention is checked', atLeast(1)),
  k(
    'log.cleanup.policy',
    'list',
    'delete',
    'Default cleanup policy: delete, compact or both',
    listOf('compact', 'delete'),
  ),
  k(
    'log.cleaner.delete.retention.ms',
    'long',
    '86400000',
    'How long tombstones are kept on compacted topics',
    atLeast(0),
  ),
  k('log.cleaner.min.compaction.lag.ms', 'long', '0', 'Shortest time a message stays uncompacted', atLeast(0)),
  k(
    'log.cleaner.max.compaction.lag.ms',
    'long',
    LONG_MAX,
    'Longest a message stays ineligible for compaction',
    atLeast(1),
  ),
  k('log.cleaner.min.cleanable.ratio', 'double', '0.5', 'Dirty fraction that triggers compaction'),
  k('log.index.size.max.bytes', 'int', '10485760', 'Offset index file size', atLeast(4)),
  k('log.index.interval.bytes', 'int', '4096', 'Bytes between offset index entries', atLeast(0)),
  k('log.segment.delete.delay.ms', 'long', '60000', 'Delay before a deleted segment file is removed', atLeast(0)),
  k('log.flush.interval.messages', 'long', LONG_MAX, 'Messages between forced fsyncs', atLeast(1)),
  k('log.flush.interval.ms', 'long', null, 'Time between forced fsyncs; defaults to log.flush.scheduler.interval.ms'),
  k('log.flush.scheduler.interval.ms', 'long', LONG_MAX, 'How often the flusher checks logs'),
  k(
    'log.flush.offset.checkpoint.interval.ms',
    'int',
    '60000',
    'How often the recovery-point checkpoints are written',
    atLeast(0),
  ),
  k('samsa.log.flush.on.append', 'boolean', 'false', 'fsync every append before acknowledging it (acks=1 and acks=-1)'),
  k(
    'fetch.max.bytes',
    'int',
    '57671680',
    "Largest record data one fetch response carries (the request's max_bytes is capped to it)",
    atLeast(1024),
  ),
  k(
    'max.incremental.fetch.session.cache.slots',
    'int',
    '1000',
    'Incremental fetch sessions kept (KIP-227)',
    atLeast(0),
  ),
  k('log.preallocate', 'boolean', 'false', 'Preallocate segment files'),
  k(
    'log.message.timestamp.type',
    'string',
    'CreateTime',
    'CreateTime or LogAppendTime',
    oneOf('CreateTime', 'LogAppendTime'),
  ),
  k(
    'log.message.timestamp.before.max.ms',
    'long',
    LONG_MAX,
    'Allowed lag of record timestamps behind the broker clock',
    atLeast(0),
  ),
  k(
    'log.message.timestamp.after.max.ms',
    'long',
    '3600000',
    'Allowed lead of record timestamps over the broker clock',
    atLeast(0),
  ),
  k(
    'log.local.retention.ms',
    'long',
    '-2',
    'Local retention time with tiered storage (-2: use retention)',
    atLeast(-2),
  ),
  k(
    'log.local.retention.bytes',
    'long',
    '-2',
    'Local retention size with tiered storage (-2: use retention)',
    atLeast(-2),
  ),
  k('min.insync.replicas', 'int', '1', 'In-sync replicas required for acks=all', atLeast(1)),
  k('unclean.leader.election.enable', 'boolean', 'false', 'Allow out-of-sync replicas to lead'),
  k('replica.fetch.max.bytes', 'int', '1048576', 'Bytes a follower copies from its leader per read', atLeast(0)),
  k('replica.lag.time.max.ms', 'long', '30000', 'Time a follower may lag before leaving the ISR', atLeast(0)),
  k('compression.type', 'string', 'producer', 'Default topic compression', oneOf(...COMPRESSION_TYPES)),
  k('compression.gzip.level', 'int', '-1', 'gzip level when compression.type is gzip'),
  k('compression.lz4.level', 'int', '9', 'lz4 level when compression.type is lz4'),
  k('compression.zstd.level', 'int', '3', 'zstd level when compression.type is zstd'),
  k('offsets.topic.num.partitions', 'int', '50', 'Partitions of __consumer_offsets', atLeast(1)),
  k(
    'offsets.topic.replication.factor',
    'short',
    '3',
    'Replication factor of __consumer_offsets (capped to live brokers)',
    atLeast(1),
  ),
  k('offsets.topic.segment.bytes', 'int', '104857600', 'Segment size of __consumer_offsets', atLeast(1)),
  k('offsets.topic.compression.codec', 'int', '0', 'Compression codec of __consumer_offsets'),
  k('offsets.retention.minutes', 'int', '10080', 'How long committed offsets of empty groups are kept', atLeast(1)),
  k('offsets.retention.check.interval.ms', 'long', '600000', 'How often stale offsets are checked', atLeast(1)),
  k('offsets.commit.timeout.ms', 'int', '5000', 'Offset commit wait for replication', atLeast(1)),
  k('offsets.load.buffer.size', 'int', '5242880', 'Read buffer when loading offsets', atLeast(1)),
  k('offset.metadata.max.bytes', 'int', '4096', 'Largest metadata string an offset commit may carry', atLeast(0)),
  k('group.min.session.timeout.ms', 'int', '6000', 'Smallest session timeout a classic group member may use'),
  k('group.max.session.timeout.ms', 'int', '1800000', 'Largest session timeout a classic group member may use'),
  k(
    'group.initial.rebalance.delay.ms',
    'int',
    '3000',
    'Wait for more members before the first rebalance of a new group',
  ),
  k('group.max.size', 'int', String(INT_MAX), 'Largest number of members in a group', atLeast(1)),
  k(
    'group.consumer.session.timeout.ms',
    'int',
    '45000',
    'Session timeout of consumer-protocol (KIP-848) members',
    atLeast(1),
  ),
  k('group.consumer.min.session.timeout.ms', 'int', '45000', 'Smallest KIP-848 session timeout', atLeast(1)),
  k('group.consumer.max.session.timeout.ms', 'int', '60000', 'Largest KIP-848 session timeout', atLeast(1)),
  k('group.consumer.heartbeat.interval.ms', 'int', '5000', 'Heartbeat interval of KIP-848 members', atLeast(1)),
  k('group.consumer.min.heartbeat.interval.ms', 'int', '5000', 'Smallest KIP-848 heartbeat interval', atLeast(1)),
  k('group.consumer.max.heartbeat.interval.ms', 'int', '15000', 'Largest KIP-848 heartbeat interval', atLeast(1)),
  k('group.consumer.max.size', 'int', String(INT_MAX), 'Largest number of KIP-848 members in a group', atLeast(1)),
  k('transaction.state.log.num.partitions', 'int', '50', 'Partitions of __transaction_state', atLeast(1)),
  k('transaction.state.log.replication.factor', 'short', '3', 'Replication factor of __transaction_state', atLeast(1)),
  k('transaction.state.log.min.isr', 'int', '2', 'min.insync.replicas of __transaction_state', atLeast(1)),
  k('transaction.state.log.segment.bytes', 'int', '104857600', 'Segment size of __transaction_state', atLeast(1)),
  k('transaction.max.timeout.ms', 'int', '900000', 'Largest transaction timeout a producer may use', atLeast(1)),
  k(
    'transactional.id.expiration.ms',
    'int',
    '604800000',
    'Idle time after which a transactional id is forgotten',
    atLeast(1),
  ),
  k(
    'transaction.abort.timed.out.transaction.cleanup.interval.ms',
    'int',
    '10000',
    'How often timed-out transactions are aborted',
    atLeast(1),
  ),
  k(
    'transaction.remove.expired.transaction.cleanup.interval.ms',
    'int',
    '3600000',
    'How often expired transactional ids are removed',
    atLeast(1),
  ),
  k(
    'transaction.partition.verification.enable',
    'boolean',
    'true',
    "Check that a transactional batch's partition was added to the transaction (KIP-890)",
  ),
  k(
    'producer.id.expiration.ms',
    'int',
    '86400000',
    'Idle time after which a partition forgets a producer id',
    atLeast(1),
  ),
  k(
    'producer.id.expiration.check.interval.ms',
    'int',
    '600000',
    'How often expired producer ids are removed',
    atLeast(1),
  ),
  k('samsa.storage', 'string', 'disk', 'Partition storage: disk or memory', oneOf('disk', 'memory')),
  k('samsa.broker.count', 'int', '1', 'Broker identities served by this process (node.id, node.id+1, ...)', atLeast(1)),
  k(
    'samsa.admin.listener',
    'string',
    null,
    'host:port of the HTTP admin endpoint (control API: faults, broker stop/start, leader moves); port 0 = ephemeral; unset = off',
  ),
];

const KEY_BY_NAME: ReadonlyMap<string, ConfigKey> = new Map(BROKER_CONFIG_KEYS.map((key) => [key.name, key]));

export function isBrokerConfigKey(name: string): boolean {
  return KEY_BY_NAME.has(name);
}

export type RawConfig = Readonly<Record<string, string | number | boolean>>;

export interface ListenerAddress {
  readonly name: string;
  readonly host: string;
  readonly port: number;
}

export interface BrokerConfig {
  /** Every known key, parsed (null when unset and without default). */
  readonly values: ReadonlyMap<string, ConfigValue>;
  /** Keys set explicitly, with their raw text (the static broker configs). */
  readonly explicit: ReadonlyMap<string, string>;
  readonly nodeId: number;
  readonly brokerCount: number;
  readonly rack: string | null;
  readonly clusterIdOverride: string | null;
  readonly logDirs: readonly string[];
  /** The client listener bound by the first broker; further brokers bind port+i (or 0 again). */
  readonly listener: ListenerAddress;
  readonly advertised: ListenerAddress;
  readonly numPartitions: number;
  readonly defaultReplicationFactor: number;
  readonly autoCreateTopicsEnable: boolean;
  readonly deleteTopicEnable: boolean;
  readonly socketRequestMaxBytes: number;
  readonly messageMaxBytes: number;
  /** -1 = unlimited, as Kafka derives it from log.retention.{ms,minutes,hours}. */
  readonly retentionMs: number;
  readonly storage: 'disk' | 'memory';
}

export interface ConfigLoadResult {
  readonly config: BrokerConfig;
  readonly unknownKeys: readonly string[];
}

export function loadBrokerConfig(raw: RawConfig): ConfigLoadResult {
  const values = new Map<string, ConfigValue>();
  const explicit = new Map<string, string>();
  const unknownKeys: string[] = [];
  for (const [name, value] of Object.entries(raw)) {
    if (!KEY_BY_NAME.has(name)) unknownKeys.push(name);
    else explicit.set(name, String(value));
  }
  for (const key of BROKER_CONFIG_KEYS) values.set(key.name, parseConfigValue(key, raw[key.name]));

  const num = (name: string): number => values.get(name) as number;
  const str = (name: string): string | null => values.get(name) as string | null;
  const list = (name: string): readonly string[] | null => values.get(name) as readonly string[] | null;

  const logDirs = list('log.dirs') ?? list('log.dir') ?? [];
  if (logDirs.length === 0)
    throw new ConfigError('log.dirs', '', 'At least one log directory must be defined via log.dirs or log.dir');

  const protocolMap = parseProtocolMap(str('listener.security.protocol.map') ?? '');
  const controllerNames = new Set(list('controller.listener.names') ?? []);
  const listener = pickClientListener('listeners', str('listeners') ?? '', protocolMap, controllerNames);
  const advertisedRaw = str('advertised.listeners');
  const advertisedParsed =
    advertisedRaw === null
      ? listener
      : pickClientListener('advertised.listeners', advertisedRaw, protocolMap, controllerNames);
  const advertised = { ...advertisedParsed, host: advertisableHost(advertisedParsed.host) };

  const config: BrokerConfig = {
    values,
    explicit,
    nodeId: num('node.id'),
    brokerCount: num('samsa.broker.count'),
    rack: str('broker.rack'),
    clusterIdOverride: str('cluster.id'),
    logDirs,
    listener,
    advertised,
    numPartitions: num('num.partitions'),
    defaultReplicationFactor: num('default.replication.factor'),
    autoCreateTopicsEnable: values.get('auto.create.topics.enable') as boolean,
    deleteTopicEnable: values.get('delete.topic.enable') as boolean,
    socketRequestMaxBytes: num('socket.request.max.bytes'),
    messageMaxBytes: num('message.max.bytes'),
    retentionMs: effectiveRetentionMs(values),
    storage: str('samsa.storage') as 'disk' | 'memory',
  };
  return { config, unknownKeys };
}

/** Kafka: log.retention.ms, else minutes, else hours; any negative result means unlimited (-1). */
function effectiveRetentionMs(values: ReadonlyMap<string, ConfigValue>): number {
  const ms = values.get('log.retention.ms') as number | null;
  const minutes = values.get('log.retention.minutes') as number | null;
  const hours = values.get('log.retention.hours') as number;
  const result = ms ?? (minutes !== null ? minutes * 60_000 : hours * HOUR);
  return result < 0 ? -1 : result;
}

function parseProtocolMap(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')) {
    const [name, protocol] = entry.split(':');
    if (!name || !protocol) throw new ConfigError('listener.security.protocol.map', text, `Malformed entry ${entry}`);
    map.set(name.trim().toUpperCase(), protocol.trim().toUpperCase());
  }
  return map;
}

/** Parses NAME://host:port entries and returns the first client-facing PLAINTEXT listener. */
function pickClientListener(
  configKey: string,
  text: string,
  protocolMap: ReadonlyMap<string, string>,
  controllerNames: ReadonlySet<string>,
): ListenerAddress {
  const entries = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const parsed = entries.map((entry) => parseListener(configKey, entry));
  const names = new Set<string>();
  for (const l of parsed) {
    if (names.has(l.name))
      throw new ConfigError(
        configKey,
        text,
        `Each listener must have a different name, ${l.name} appears more than once`,
      );
    names.add(l.name);
  }
  const client = parsed.filter((l) => !controllerNames.has(l.name));
  const first = client[0];
  if (!first) throw new ConfigError(configKey, text, 'No client listener defined');
  const protocol = protocolMap.get(first.name) ?? first.name;
  if (protocol !== 'PLAINTEXT') {
    throw new ConfigError(
      configKey,
      text,
      `Listener ${first.name} uses security protocol ${protocol}; only PLAINTEXT is supported`,
    );
  }
  return first;
}

function parseListener(configKey: string, entry: string): ListenerAddress {
  const m = /^([A-Za-z0-9_-]+):\/\/(\[[^\]]*\]|[^:]*):(-?\d+)$/.exec(entry);
  if (!m) throw new ConfigError(configKey, entry, 'Listener must be of the form NAME://host:port');
  const port = Number(m[3]);
  if (port < 0 || port > 65535) throw new ConfigError(configKey, entry, `Port ${port} out of range 0-65535`);
  const host = (m[2] ?? '').replace(/^\[|\]$/g, '');
  return { name: (m[1] ?? '').toUpperCase(), host, port };
}

/** An empty or wildcard bind host is advertised as this machine's name, as Kafka does. */
function advertisableHost(host: string): string {
  if (host === '' || host === '0.0.0.0' || host === '::') return hostname();
  return host;
}
