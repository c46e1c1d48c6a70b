/**
 * Broker configuration under Kafka's server.properties key names, types and defaults. `loadBrokerConfig` takes raw
 * values (strings from a file or flags, or JS scalars from the embedding API), warns about unknown keys, throws a
 * `ConfigError` for bad values, and derives the effective settings Kafka derives (retention from ms/minutes/hours,
 * log dirs from log.dirs or log.dir, listeners and advertised listeners).
 */
import { hostname } from 'node:os';
import {
  atLeast,
  between,
  ConfigError,
  headerToken,
  INT_MAX,
  LONG_MAX,
  listOf,
  nonEmptyDistinctListOf,
  oneOf,
  oneOfIgnoringCase,
  parseConfigValue,
  type ConfigKey,
  type ConfigType,
  type ConfigValue,
  type Validator,
} from './config/config-def';
import { COMPRESSION_TYPES } from './config/topic-configs';
import { MIN_MAX_OPEN_FILES } from '@samsa/storage';
import { SECURITY_PROTOCOLS, type SecurityProtocol } from './client-session';
import { AUTHORIZER_CLASS_NAMES } from './security/acl';

export { ConfigError } from './config/config-def';

const HOUR = 3_600_000;

/** `group.consumer.assignors` values: Kafka's built-in assignors by name or by class name. */
export const ASSIGNOR_NAMES: Readonly<Record<string, string>> = {
  uniform: 'uniform',
  range: 'range',
  'org.apache.kafka.coordinator.group.assignor.UniformAssignor': 'uniform',
  'org.apache.kafka.coordinator.group.assignor.RangeAssignor': 'range',
};

/** A key definition that keeps its name, type and whether it has a default in its type, for the typed accessors. */
type KeyDef<N extends string, T extends ConfigType, D extends string | null> = ConfigKey & {
  readonly name: N;
  readonly type: T;
  readonly default: D;
};

function k<const N extends string, const T extends ConfigType, const D extends string | null>(
  name: N,
  type: T,
  def: D,
  doc: string,
  validator?: Validator,
): KeyDef<N, T, D> {
  return (validator ? { name, type, default: def, validator, doc } : { name, type, default: def, doc }) as KeyDef<
    N,
    T,
    D
  >;
}

/** Every key the broker accepts. Keys marked "(accepted; no effect yet)" are parsed and validated only. */
export const BROKER_CONFIG_KEYS = [
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
  // TLS (SSL and SASL_SSL listeners); each key may also be set per listener as listener.name.<listener>.<key>.
  k(
    'ssl.keystore.type',
    'string',
    'JKS',
    'Keystore format: PEM or PKCS12 (a JKS file is refused with how to convert it; a PKCS12 file named JKS is read as PKCS12, as Java does)',
    oneOf('JKS', 'PKCS12', 'PEM'),
  ),
  k('ssl.keystore.location', 'string', null, 'Keystore file (PKCS12, or PEM with the key and its certificate chain)'),
  k('ssl.keystore.password', 'password', null, 'Password of the keystore file'),
  k('ssl.key.password', 'password', null, 'Password of the private key (an encrypted PEM key, or a PKCS12 key)'),
  k('ssl.keystore.certificate.chain', 'password', null, 'The certificate chain in PEM, with ssl.keystore.type=PEM'),
  k('ssl.keystore.key', 'password', null, 'The private key in PEM (PKCS#8, encrypted with ssl.key.password or not)'),
  k(
    'ssl.truststore.type',
    'string',
    'JKS',
    'Truststore format: PEM or PKCS12 (JKS refused, as for the keystore)',
    oneOf('JKS', 'PKCS12', 'PEM'),
  ),
  k('ssl.truststore.location', 'string', null, 'Truststore file: the CAs client certificates must chain to'),
  k('ssl.truststore.password', 'password', null, 'Password of the truststore file'),
  k('ssl.truststore.certificates', 'password', null, 'Trusted certificates in PEM, with ssl.truststore.type=PEM'),
  k(
    'ssl.client.auth',
    'string',
    'none',
    'Client certificates: none, requested (verified when presented) or required (mTLS)',
    oneOf('none', 'requested', 'required'),
  ),
  k(
    'ssl.principal.mapping.rules',
    'string',
    'DEFAULT',
    'Rules mapping a client certificate subject (RFC 2253) to a principal name: DEFAULT and RULE:pattern/replacement/[LU]',
  ),
  k('ssl.enabled.protocols', 'list', 'TLSv1.2,TLSv1.3', 'TLS versions accepted', listOf('TLSv1.2', 'TLSv1.3')),
  k('ssl.protocol', 'string', 'TLSv1.3', '(accepted; no effect) The SSLContext protocol'),
  k(
    'ssl.cipher.suites',
    'list',
    '',
    'Cipher suites accepted (IANA names as Java takes them, or OpenSSL names); empty: the TLS library defaults',
  ),
  k(
    'ssl.endpoint.identification.algorithm',
    'string',
    'https',
    'https: clients check the broker certificate against the host they connect to, so samsa warns at start when the certificate does not cover an advertised host; empty: no check',
  ),
  // SASL (SASL_PLAINTEXT and SASL_SSL listeners).
  k(
    'sasl.enabled.mechanisms',
    'list',
    'GSSAPI',
    "SASL mechanisms served: PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER (GSSAPI is not served; left at Kafka's default, samsa serves PLAIN and both SCRAM mechanisms)",
  ),
  k('sasl.mechanism.inter.broker.protocol', 'string', 'GSSAPI', '(accepted; no effect) Mechanism between brokers'),
  k(
    'connections.max.reauth.ms',
    'long',
    '0',
    'Session lifetime of SASL connections (KIP-368): one that outlives it without re-authenticating is closed; 0: no limit',
    atLeast(0),
  ),
  k(
    'connection.failed.authentication.delay.ms',
    'int',
    '100',
    'Delay before the response to a failed authentication is sent and the connection closed',
    atLeast(0),
  ),
  k(
    'sasl.server.max.receive.size',
    'int',
    '524288',
    'Largest frame a client may send before it has authenticated',
    atLeast(1),
  ),
  k(
    'sasl.oauthbearer.jwks.endpoint.url',
    'string',
    null,
    'OAUTHBEARER tokens are checked against the keys of this JWKS file (file: URL) when the listener uses OAuthBearerValidatorCallbackHandler',
  ),
  k('sasl.oauthbearer.expected.audience', 'list', null, 'OAUTHBEARER (JWKS): audiences a token must name one of'),
  k('sasl.oauthbearer.expected.issuer', 'string', null, 'OAUTHBEARER (JWKS): the issuer a token must name'),
  k('sasl.oauthbearer.sub.claim.name', 'string', 'sub', 'OAUTHBEARER (JWKS): the claim holding the principal name'),
  k('sasl.oauthbearer.scope.claim.name', 'string', 'scope', 'OAUTHBEARER (JWKS): the claim holding the scope'),
  k(
    'sasl.oauthbearer.clock.skew.seconds',
    'int',
    '30',
    'OAUTHBEARER (JWKS): clock skew allowed on exp, iat and nbf',
    atLeast(0),
  ),
  k(
    'samsa.sasl.users',
    'password',
    null,
    'SASL/PLAIN users of every SASL listener: user:password,user:password (besides the JAAS user_<name> options)',
  ),
  k(
    'samsa.scram.users',
    'password',
    null,
    'SCRAM credentials stored at start, as kafka-storage format --add-scram does: user:password (both mechanisms, 4096 iterations) or SCRAM-SHA-256=[name=user,password=secret,iterations=8192], comma separated',
  ),
  // Authorization (KIP-801's StandardAuthorizer semantics; docs in security/authorizer.ts).
  k(
    'authorizer.class.name',
    'string',
    '',
    'Enables ACL authorization: org.apache.kafka.metadata.authorizer.StandardAuthorizer, kafka.security.authorizer.AclAuthorizer or samsa (the same semantics); empty: no authorizer, every request allowed',
    oneOf('', ...AUTHORIZER_CLASS_NAMES),
  ),
  k('super.users', 'string', null, 'Principals allowed everything, semicolon separated: User:admin;User:ops'),
  k(
    'allow.everyone.if.no.acl.found',
    'boolean',
    'false',
    'With an authorizer: whether a resource no ACL covers is open to everyone',
  ),
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
  k(
    'replica.selector.class',
    'string',
    null,
    'Replica selector for consumer fetches (KIP-392): org.apache.kafka.common.replica.RackAwareReplicaSelector sends consumers to a follower in their client.rack; unset or LeaderSelector = the leader',
    oneOf('org.apache.kafka.common.replica.RackAwareReplicaSelector', 'org.apache.kafka.common.replica.LeaderSelector'),
  ),
  k('cluster.id', 'string', null, 'Cluster id to use instead of the one in meta.properties (generated on first start)'),
  k('log.dirs', 'list', null, 'Data directories (the first holds metadata); overrides log.dir'),
  k('log.dir', 'list', './data', 'Data directory, used when log.dirs is not set'),
  k('num.partitions', 'int', '1', 'Default partition count of new topics', atLeast(1)),
  k('default.replication.factor', 'int', '1', 'Default replication factor of new topics', atLeast(1)),
  k('auto.create.topics.enable', 'boolean', 'true', 'Create unknown topics requested through Metadata'),
  k('delete.topic.enable', 'boolean', 'true', 'Allow DeleteTopics'),
  k('socket.request.max.bytes', 'int', '104857600', 'Largest request frame accepted', atLeast(1)),
  k(
    'max.request.partition.size.limit',
    'int',
    '2000',
    'Most partitions one DescribeTopicPartitions response describes',
    atLeast(1),
  ),
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
  k('log.cleaner.enable', 'boolean', 'true', 'Clean compacted topics in the background (compact() works either way)'),
  k(
    'log.cleaner.threads',
    'int',
    '1',
    'Cleaner threads (passes run one at a time; more only split the dedupe buffer)',
    atLeast(0),
  ),
  k('log.cleaner.backoff.ms', 'long', '15000', 'Pause of the cleaner when no log needs cleaning', atLeast(0)),
  k('log.cleaner.dedupe.buffer.size', 'long', '134217728', 'Memory of the key -> offset map of a cleaning pass'),
  k('log.cleaner.io.buffer.size', 'int', '524288', 'Bytes the cleaner reads and writes per step', atLeast(0)),
  k('log.cleaner.io.buffer.load.factor', 'double', '0.9', 'How full the dedupe map may get in one pass'),
  k(
    'log.cleaner.io.max.bytes.per.second',
    'double',
    '1.7976931348623157E308',
    'Read and write rate limit of the cleaner',
  ),
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
  k('quota.window.num', 'int', '11', 'Samples kept to measure client quota rates', atLeast(1)),
  k('quota.window.size.seconds', 'int', '1', 'Time span of each client quota sample', atLeast(1)),
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
  k('replica.fetch.backoff.ms', 'int', '1000', 'Pause of a follower with nothing it may fetch (throttled)', atLeast(0)),
  // ReplicationQuotaManager (KIP-73): per-broker rates, dynamic; throttled replicas are listed by topic configs.
  k(
    'leader.replication.throttled.rate',
    'long',
    LONG_MAX,
    'Bytes/s a leader serves to throttled replicas outside the ISR',
    atLeast(0),
  ),
  k(
    'follower.replication.throttled.rate',
    'long',
    LONG_MAX,
    'Bytes/s a follower copies into throttled replicas outside the ISR',
    atLeast(0),
  ),
  // ReplicaManager's quota on moves between log dirs (AlterReplicaLogDirs, KIP-113), dynamic.
  k(
    'replica.alter.log.dirs.io.max.bytes.per.second',
    'long',
    LONG_MAX,
    'Bytes/s copied by replica moves between log dirs',
    atLeast(1),
  ),
  k('replication.quota.window.num', 'int', '11', 'Samples kept by the replication quotas', atLeast(1)),
  k('replication.quota.window.size.seconds', 'int', '1', 'Length of one replication quota sample', atLeast(1)),
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
  k('telemetry.max.bytes', 'int', '1048576', 'Largest client telemetry push the broker accepts (KIP-714)', atLeast(1)),
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
  k(
    'group.consumer.assignors',
    'list',
    'uniform,range',
    'KIP-848 server-side assignors (uniform, range, or their Kafka class names); the first is the default',
    nonEmptyDistinctListOf(...Object.keys(ASSIGNOR_NAMES)),
  ),
  k(
    'group.consumer.migration.policy',
    'string',
    'bidirectional',
    'Online conversion of non-empty groups between the classic and the consumer protocol: bidirectional, upgrade, downgrade or disabled',
    oneOfIgnoringCase('bidirectional', 'upgrade', 'downgrade', 'disabled'),
  ),
  // Share groups (KIP-932), Kafka 4.2's ShareGroupConfig names and defaults.
  k('group.share.session.timeout.ms', 'int', '45000', 'Session timeout of share group members', atLeast(1)),
  k('group.share.min.session.timeout.ms', 'int', '45000', 'Smallest share group session timeout', atLeast(1)),
  k('group.share.max.session.timeout.ms', 'int', '60000', 'Largest share group session timeout', atLeast(1)),
  k('group.share.heartbeat.interval.ms', 'int', '5000', 'Heartbeat interval of share group members', atLeast(1)),
  k('group.share.min.heartbeat.interval.ms', 'int', '5000', 'Smallest share group heartbeat interval', atLeast(1)),
  k('group.share.max.heartbeat.interval.ms', 'int', '15000', 'Largest share group heartbeat interval', atLeast(1)),
  k('group.share.max.size', 'int', '200', 'Largest number of members in a share group', between(1, 1000)),
  k(
    'group.share.record.lock.duration.ms',
    'int',
    '30000',
    'How long a share group member holds the records it acquired before they are released',
    atLeast(1000),
  ),
  k('group.share.min.record.lock.duration.ms', 'int', '15000', 'Smallest record lock duration', atLeast(1000)),
  k('group.share.max.record.lock.duration.ms', 'int', '60000', 'Largest record lock duration', atLeast(1000)),
  k(
    'group.share.delivery.count.limit',
    'int',
    '5',
    'Deliveries of a record to share group members before it is archived',
    between(2, 10),
  ),
  k(
    'group.share.partition.max.record.locks',
    'int',
    '2000',
    'Records a share-partition may have in flight (acquired or waiting) at once',
    between(100, 10000),
  ),
  k('group.share.max.share.sessions', 'int', '2000', 'Share sessions a broker keeps at once', atLeast(1)),
  k(
    'group.share.enable',
    'boolean',
    'false',
    "Turns share groups on whatever share.version is (Kafka's internal ShareGroupConfig switch)",
  ),
  // The share coordinator's state topic (Kafka's ShareCoordinatorConfig names and defaults).
  k('share.coordinator.state.topic.num.partitions', 'int', '50', 'Partitions of __share_group_state', atLeast(1)),
  k(
    'share.coordinator.state.topic.replication.factor',
    'short',
    '3',
    'Replication factor of __share_group_state',
    atLeast(1),
  ),
  k('share.coordinator.state.topic.min.isr', 'short', '2', 'min.insync.replicas of __share_group_state', atLeast(1)),
  k(
    'share.coordinator.state.topic.segment.bytes',
    'int',
    '104857600',
    'Segment size of __share_group_state',
    atLeast(1),
  ),
  k(
    'group.coordinator.rebalance.protocols',
    'list',
    'classic,consumer',
    'Group protocols served: classic, consumer (KIP-848); share and streams are accepted without effect',
    nonEmptyDistinctListOf('classic', 'consumer', 'share', 'streams'),
  ),
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
  k(
    'samsa.max.open.files',
    'int',
    null,
    'Most segment files storage keeps open at once, least recently used closed first (indexes are mapped and hold no descriptor); default: 3/4 of the open-file limit (RLIMIT_NOFILE, raised to its hard limit at start-up) less a reserve for sockets',
    atLeast(MIN_MAX_OPEN_FILES),
  ),
  k('samsa.broker.count', 'int', '1', 'Broker identities served by this process (node.id, node.id+1, ...)', atLeast(1)),
  k(
    'samsa.broker.racks',
    'list',
    null,
    'Rack of each broker identity in node id order (broker.rack per identity), one entry per samsa.broker.count; unset = broker.rack for all',
  ),
  k(
    'samsa.admin.listener',
    'string',
    null,
    'host:port of the HTTP admin endpoint (probes, metrics, control API: faults, broker stop/start, leader moves); port 0 = ephemeral; unset = off',
  ),
  k(
    'samsa.admin.token',
    'password',
    null,
    'Bearer token the admin endpoint requires on /v1/* and /metrics (Authorization: Bearer <token>); /healthz and /readyz stay open; unset = no token',
    headerToken(),
  ),
] as const satisfies readonly ConfigKey[];

type BrokerKey = (typeof BROKER_CONFIG_KEYS)[number];
/** The name of a broker config key: a misspelt name is a compile error wherever a key is read. */
export type BrokerConfigName = BrokerKey['name'];
type NamesOf<T extends ConfigType, D> = Extract<BrokerKey, { readonly type: T; readonly default: D }>['name'];
type NUMERIC = 'int' | 'short' | 'long' | 'double';

/**
 * Typed reads of the parsed broker config, by key name and type: `int` for numeric keys with a default, `intOrNull`
 * for those without one, and so on. Reading a key under the wrong type, or a key that does not exist, does not
 * compile.
 */
export interface BrokerConfigReader {
  int(name: NamesOf<NUMERIC, string>): number;
  intOrNull(name: NamesOf<NUMERIC, null>): number | null;
  bool(name: NamesOf<'boolean', string>): boolean;
  string(name: NamesOf<'string', string>): string;
  stringOrNull(name: NamesOf<'string' | 'password', null>): string | null;
  list(name: NamesOf<'list', string>): readonly string[];
  listOrNull(name: NamesOf<'list', null>): readonly string[] | null;
}

function configReader(values: ReadonlyMap<string, ConfigValue>): BrokerConfigReader {
  const read = (name: string): ConfigValue => {
    if (!values.has(name)) throw new Error(`unknown broker config key ${name}`);
    return values.get(name) as ConfigValue;
  };
  return {
    int: (name) => read(name) as number,
    intOrNull: (name) => read(name) as number | null,
    bool: (name) => read(name) as boolean,
    string: (name) => read(name) as string,
    stringOrNull: (name) => read(name) as string | null,
    list: (name) => read(name) as readonly string[],
    listOrNull: (name) => read(name) as readonly string[] | null,
  };
}

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

/** One client listener: where the first broker identity binds it, what it speaks and what it advertises. */
export interface ListenerConfig {
  readonly name: string;
  readonly securityProtocol: SecurityProtocol;
  /** Bind address of the first identity; further identities bind port+i (or 0 again). */
  readonly host: string;
  readonly port: number;
  /** Advertised host (a wildcard or empty bind host is advertised as this machine's name, as Kafka does). */
  readonly advertisedHost: string;
  /** Advertised port of the first identity (0: the bound port), offset per identity like the bind port. */
  readonly advertisedPort: number;
}

export interface BrokerConfig extends BrokerConfigReader {
  /** Every known key, parsed (null when unset and without default). */
  readonly values: ReadonlyMap<string, ConfigValue>;
  /** Keys set explicitly, with their raw text (the static broker configs). */
  readonly explicit: ReadonlyMap<string, string>;
  readonly nodeId: number;
  readonly brokerCount: number;
  /** broker.rack of the first identity. */
  readonly rack: string | null;
  /** Rack of each broker identity, in node id order (samsa.broker.racks, else broker.rack for every one). */
  readonly racks: readonly (string | null)[];
  readonly clusterIdOverride: string | null;
  readonly logDirs: readonly string[];
  /** The client listeners (`listeners` less `controller.listener.names`), in order; the first is the default. */
  readonly listeners: readonly ListenerConfig[];
  readonly numPartitions: number;
  readonly defaultReplicationFactor: number;
  readonly autoCreateTopicsEnable: boolean;
  readonly deleteTopicEnable: boolean;
  readonly socketRequestMaxBytes: number;
  readonly messageMaxBytes: number;
  /** -1 = unlimited, as Kafka derives it from log.retention.{ms,minutes,hours}. */
  readonly retentionMs: number;
  readonly storage: 'disk' | 'memory';
  /**
   * The settings of one listener: each `ssl.*` / `sasl.*` / `connections.*` key read from
   * `listener.name.<listener>.<key>` when set, else from the key itself (Kafka's listener prefix).
   */
  forListener(listener: string): BrokerConfigReader;
  /**
   * A SASL mechanism's setting on a listener (`listener.name.<listener>.<mechanism>.<key>`, the mechanism in lower
   * case, as Kafka's JAAS and re-authentication keys are named); null when unset.
   */
  mechanismSetting(listener: string, mechanism: string, key: MechanismSettingKey): string | null;
  /** Whether `listener.name.<listener>.<key>` is set. */
  listenerExplicit(listener: string, key: BrokerConfigName): boolean;
}

/** The per-mechanism listener keys Kafka takes. */
export type MechanismSettingKey =
  | 'sasl.jaas.config'
  | 'connections.max.reauth.ms'
  | 'sasl.server.callback.handler.class';

const MECHANISM_SETTING_KEYS: readonly MechanismSettingKey[] = [
  'sasl.jaas.config',
  'connections.max.reauth.ms',
  'sasl.server.callback.handler.class',
];

/** Keys a `listener.name.<listener>.` prefix may override (Kafka's listener-prefixed security configs). */
function isListenerOverridable(name: string): boolean {
  return (
    name.startsWith('ssl.') ||
    name.startsWith('sasl.') ||
    name === 'connections.max.reauth.ms' ||
    name === 'connection.failed.authentication.delay.ms'
  );
}

const LISTENER_PREFIX = /^listener\.name\.([A-Za-z0-9_-]+)\.(.+)$/;

export interface ConfigLoadResult {
  readonly config: BrokerConfig;
  readonly unknownKeys: readonly string[];
}

export function loadBrokerConfig(raw: RawConfig): ConfigLoadResult {
  const values = new Map<string, ConfigValue>();
  const explicit = new Map<string, string>();
  const unknownKeys: string[] = [];
  const listenerValues = new Map<string, Map<string, ConfigValue>>();
  const mechanismSettings = new Map<string, string>();
  for (const [name, value] of Object.entries(raw)) {
    if (KEY_BY_NAME.has(name)) {
      explicit.set(name, String(value));
      continue;
    }
    const prefixed = LISTENER_PREFIX.exec(name);
    const listener = prefixed?.[1]?.toUpperCase() ?? '';
    const rest = prefixed?.[2] ?? '';
    const key = KEY_BY_NAME.get(rest);
    const dot = rest.indexOf('.');
    const mechanismKey = rest.slice(dot + 1) as MechanismSettingKey;
    if (prefixed && key && isListenerOverridable(rest)) {
      let values = listenerValues.get(listener);
      if (!values) listenerValues.set(listener, (values = new Map()));
      values.set(rest, parseConfigValue({ ...key, name }, value));
    } else if (prefixed && dot > 0 && MECHANISM_SETTING_KEYS.includes(mechanismKey)) {
      mechanismSettings.set(`${listener} ${rest.slice(0, dot).toUpperCase()} ${mechanismKey}`, String(value));
    } else {
      unknownKeys.push(name);
    }
  }
  for (const key of BROKER_CONFIG_KEYS) values.set(key.name, parseConfigValue(key, raw[key.name]));

  const read = configReader(values);
  checkConsumerGroupTimeouts(read);
  checkShareGroupSettings(read);

  const logDirs = read.listOrNull('log.dirs') ?? read.list('log.dir');
  if (logDirs.length === 0)
    throw new ConfigError('log.dirs', '', 'At least one log directory must be defined via log.dirs or log.dir');

  const listeners = clientListeners(read);

  const brokerCount = read.int('samsa.broker.count');
  const racks = brokerRacks(read, brokerCount);

  const config: BrokerConfig = {
    ...read,
    values,
    explicit,
    nodeId: read.int('node.id'),
    brokerCount,
    rack: racks[0] ?? null,
    racks,
    clusterIdOverride: read.stringOrNull('cluster.id'),
    logDirs,
    listeners,
    numPartitions: read.int('num.partitions'),
    defaultReplicationFactor: read.int('default.replication.factor'),
    autoCreateTopicsEnable: read.bool('auto.create.topics.enable'),
    deleteTopicEnable: read.bool('delete.topic.enable'),
    socketRequestMaxBytes: read.int('socket.request.max.bytes'),
    messageMaxBytes: read.int('message.max.bytes'),
    retentionMs: effectiveRetentionMs(read),
    storage: read.string('samsa.storage') as 'disk' | 'memory',
    forListener(listener) {
      const overrides = listenerValues.get(listener.toUpperCase());
      if (!overrides) return read;
      return configReader(new Map([...values, ...overrides]));
    },
    listenerExplicit(listener, key) {
      return listenerValues.get(listener.toUpperCase())?.has(key) ?? false;
    },
    mechanismSetting(listener, mechanism, key) {
      return mechanismSettings.get(`${listener.toUpperCase()} ${mechanism.toUpperCase()} ${key}`) ?? null;
    },
  };
  return { config, unknownKeys };
}

/** Kafka's ShareGroupConfig and GroupCoordinatorConfig requirements between the share group settings. */
function checkShareGroupSettings(read: BrokerConfigReader): void {
  type IntKey = Parameters<BrokerConfigReader['int']>[0];
  const within = (key: IntKey, min: IntKey, max: IntKey): void => {
    const v = read.int(key);
    const lo = read.int(min);
    const hi = read.int(max);
    if (hi < lo) throw new ConfigError(max, String(hi), `must be greater than or equal to ${min}`);
    if (v < lo) throw new ConfigError(key, String(v), `must be greater than or equal to ${min}`);
    if (v > hi) throw new ConfigError(key, String(v), `must be less than or equal to ${max}`);
  };
  within('group.share.session.timeout.ms', 'group.share.min.session.timeout.ms', 'group.share.max.session.timeout.ms');
  within(
    'group.share.heartbeat.interval.ms',
    'group.share.min.heartbeat.interval.ms',
    'group.share.max.heartbeat.interval.ms',
  );
  within(
    'group.share.record.lock.duration.ms',
    'group.share.min.record.lock.duration.ms',
    'group.share.max.record.lock.duration.ms',
  );
  const hb = read.int('group.share.heartbeat.interval.ms');
  if (hb >= read.int('group.share.session.timeout.ms'))
    throw new ConfigError(
      'group.share.heartbeat.interval.ms',
      String(hb),
      'must be less than group.share.session.timeout.ms',
    );
}

/** Kafka's GroupCoordinatorConfig requirements between the KIP-848 heartbeat and session settings. */
function checkConsumerGroupTimeouts(read: BrokerConfigReader): void {
  const hb = read.int('group.consumer.heartbeat.interval.ms');
  const hbMin = read.int('group.consumer.min.heartbeat.interval.ms');
  const hbMax = read.int('group.consumer.max.heartbeat.interval.ms');
  const session = read.int('group.consumer.session.timeout.ms');
  const sessionMin = read.int('group.consumer.min.session.timeout.ms');
  const sessionMax = read.int('group.consumer.max.session.timeout.ms');
  const require = (ok: boolean, key: string, value: number, message: string): void => {
    if (!ok) throw new ConfigError(key, String(value), message);
  };
  require(hbMax >=
    hbMin, 'group.consumer.max.heartbeat.interval.ms', hbMax, 'must be greater than or equal to group.consumer.min.heartbeat.interval.ms');
  require(hb >=
    hbMin, 'group.consumer.heartbeat.interval.ms', hb, 'must be greater than or equal to group.consumer.min.heartbeat.interval.ms');
  require(hb <=
    hbMax, 'group.consumer.heartbeat.interval.ms', hb, 'must be less than or equal to group.consumer.max.heartbeat.interval.ms');
  require(sessionMax >=
    sessionMin, 'group.consumer.max.session.timeout.ms', sessionMax, 'must be greater than or equal to group.consumer.min.session.timeout.ms');
  require(session >=
    sessionMin, 'group.consumer.session.timeout.ms', session, 'must be greater than or equal to group.consumer.min.session.timeout.ms');
  require(session <=
    sessionMax, 'group.consumer.session.timeout.ms', session, 'must be less than or equal to group.consumer.max.session.timeout.ms');
  require(hb <
    session, 'group.consumer.heartbeat.interval.ms', hb, 'must be less than group.consumer.session.timeout.ms');
  const protocols = read.list('group.coordinator.rebalance.protocols');
  if (!protocols.includes('classic'))
    throw new ConfigError(
      'group.coordinator.rebalance.protocols',
      protocols.join(','),
      "Disabling the 'classic' protocol is not supported.",
    );
}

/** samsa.broker.racks names one rack per identity; without it every identity takes broker.rack. */
function brokerRacks(read: BrokerConfigReader, brokerCount: number): (string | null)[] {
  const list = read.listOrNull('samsa.broker.racks');
  if (list === null) return Array.from({ length: brokerCount }, () => read.stringOrNull('broker.rack'));
  if (list.length !== brokerCount || list.some((r) => r === '')) {
    throw new ConfigError(
      'samsa.broker.racks',
      list.join(','),
      `Expected one non-empty rack per broker identity (${brokerCount}), got ${list.length}`,
    );
  }
  return [...list];
}

/** Kafka: log.retention.ms, else minutes, else hours; any negative result means unlimited (-1). */
function effectiveRetentionMs(read: BrokerConfigReader): number {
  const ms = read.intOrNull('log.retention.ms');
  const minutes = read.intOrNull('log.retention.minutes');
  const hours = read.int('log.retention.hours');
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

/**
 * KafkaConfig's listener rules: NAME://host:port entries with distinct names and (non-zero) ports, each name mapped to
 * a security protocol by `listener.security.protocol.map`; `advertised.listeners` may name only listeners of
 * `listeners`, and a listener it leaves out advertises its bind address. Controller listeners are not served.
 */
function clientListeners(read: BrokerConfigReader): ListenerConfig[] {
  const mapText = read.string('listener.security.protocol.map');
  const protocolMap = parseProtocolMap(mapText);
  const controllerNames = new Set((read.listOrNull('controller.listener.names') ?? []).map((n) => n.toUpperCase()));
  const bound = parseListenerList('listeners', read.string('listeners'));
  const ports = new Set<number>();
  for (const l of bound) {
    if (l.port !== 0 && ports.has(l.port))
      throw new ConfigError(
        'listeners',
        read.string('listeners'),
        `Each listener must have a different port, ${l.port} appears more than once`,
      );
    ports.add(l.port);
  }
  const advertisedText = read.stringOrNull('advertised.listeners');
  const advertised = new Map<string, ListenerAddress>();
  if (advertisedText !== null) {
    for (const a of parseListenerList('advertised.listeners', advertisedText)) {
      if (controllerNames.has(a.name)) continue;
      if (!bound.some((l) => l.name === a.name)) {
        throw new ConfigError(
          'advertised.listeners',
          advertisedText,
          `advertised.listeners listener names must be equal to or a subset of the ones defined in listeners; ${a.name} is not in listeners`,
        );
      }
      advertised.set(a.name, a);
    }
  }
  const out: ListenerConfig[] = [];
  for (const l of bound) {
    if (controllerNames.has(l.name)) continue;
    const protocol = protocolMap.get(l.name) ?? (isSecurityProtocol(l.name) ? l.name : null);
    if (protocol === null)
      throw new ConfigError(
        'listeners',
        read.string('listeners'),
        `No security protocol defined for listener ${l.name}`,
      );
    if (!isSecurityProtocol(protocol))
      throw new ConfigError(
        'listener.security.protocol.map',
        mapText,
        `Unknown security protocol ${protocol} of listener ${l.name}`,
      );
    const adv = advertised.get(l.name);
    out.push({
      name: l.name,
      securityProtocol: protocol,
      host: l.host,
      port: l.port,
      advertisedHost: advertisableHost(adv?.host ?? l.host),
      advertisedPort: adv?.port ?? 0,
    });
  }
  if (out.length === 0) throw new ConfigError('listeners', read.string('listeners'), 'No client listener defined');
  return out;
}

function isSecurityProtocol(name: string): name is SecurityProtocol {
  return (SECURITY_PROTOCOLS as readonly string[]).includes(name);
}

function parseListenerList(configKey: string, text: string): ListenerAddress[] {
  const parsed = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((entry) => parseListener(configKey, entry));
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
  return parsed;
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
