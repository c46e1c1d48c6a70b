import { ConfigError, loadBrokerConfig } from '../../src/config';

describe('loadBrokerConfig', () => {
  it('applies Kafka defaults', () => {
    const { config, unknownKeys } = loadBrokerConfig({});
    expect(unknownKeys).toEqual([]);
    expect(config.listeners).toEqual([
      {
        name: 'PLAINTEXT',
        securityProtocol: 'PLAINTEXT',
        host: '127.0.0.1',
        port: 9092,
        advertisedHost: '127.0.0.1',
        advertisedPort: 0,
      },
    ]);
    expect(config.logDirs).toEqual(['./data']);
    expect(config.nodeId).toBe(1);
    expect(config.numPartitions).toBe(1);
    expect(config.defaultReplicationFactor).toBe(1);
    expect(config.autoCreateTopicsEnable).toBe(true);
    expect(config.deleteTopicEnable).toBe(true);
    expect(config.socketRequestMaxBytes).toBe(104857600);
    expect(config.messageMaxBytes).toBe(1048588);
    expect(config.retentionMs).toBe(168 * 3600000);
    expect(config.storage).toBe('disk');
    expect(config.values.get('log.segment.bytes')).toBe(1073741824);
  });

  it('parses strings and JS scalars by type', () => {
    const { config } = loadBrokerConfig({
      'num.partitions': '3',
      'auto.create.topics.enable': 'FALSE',
      'delete.topic.enable': false,
      'log.dirs': '/a, /b',
      'log.dir': '/ignored',
      'node.id': 7,
    });
    expect(config.numPartitions).toBe(3);
    expect(config.autoCreateTopicsEnable).toBe(false);
    expect(config.deleteTopicEnable).toBe(false);
    expect(config.logDirs).toEqual(['/a', '/b']);
    expect(config.nodeId).toBe(7);
  });

  it('derives retention from ms, then minutes, then hours; negative means unlimited', () => {
    expect(loadBrokerConfig({ 'log.retention.hours': 1 }).config.retentionMs).toBe(3600000);
    expect(loadBrokerConfig({ 'log.retention.minutes': 2, 'log.retention.hours': 1 }).config.retentionMs).toBe(120000);
    expect(loadBrokerConfig({ 'log.retention.ms': 5, 'log.retention.minutes': 2 }).config.retentionMs).toBe(5);
    expect(loadBrokerConfig({ 'log.retention.ms': -1 }).config.retentionMs).toBe(-1);
    expect(loadBrokerConfig({ 'log.retention.hours': -5 }).config.retentionMs).toBe(-1);
  });

  it('takes samsa.admin.token as a secret: no default, and an error never repeats it', () => {
    expect(loadBrokerConfig({}).config.values.get('samsa.admin.token')).toBeNull();
    expect(loadBrokerConfig({ 'samsa.admin.token': 'abc.DEF-123' }).config.values.get('samsa.admin.token')).toBe(
      'abc.DEF-123',
    );
    for (const bad of ['two words', '', 'tab\there']) {
      let err: unknown;
      try {
        loadBrokerConfig({ 'samsa.admin.token': bad });
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as Error).message).toBe(
        'Invalid value [hidden] for configuration samsa.admin.token: must be visible ASCII characters without spaces',
      );
    }
  });

  it('takes the KIP-848 group settings with Kafka 4 defaults, and checks them as GroupCoordinatorConfig does', () => {
    const { config } = loadBrokerConfig({});
    expect(config.list('group.coordinator.rebalance.protocols')).toEqual(['classic', 'consumer']);
    expect(config.list('group.consumer.assignors')).toEqual(['uniform', 'range']);
    expect(config.string('group.consumer.migration.policy')).toBe('bidirectional');
    expect(config.int('group.consumer.session.timeout.ms')).toBe(45000);
    expect(config.int('group.consumer.heartbeat.interval.ms')).toBe(5000);
    // Kafka's class names are accepted for the built-in assignors.
    expect(
      loadBrokerConfig({
        'group.consumer.assignors': 'org.apache.kafka.coordinator.group.assignor.RangeAssignor',
      }).config.list('group.consumer.assignors'),
    ).toEqual(['org.apache.kafka.coordinator.group.assignor.RangeAssignor']);
    expect(
      loadBrokerConfig({ 'group.consumer.migration.policy': 'UPGRADE' }).config.string(
        'group.consumer.migration.policy',
      ),
    ).toBe('UPGRADE');
    const refused: [Record<string, string | number>, RegExp][] = [
      [{ 'group.consumer.assignors': 'sticky' }, /must be one of/],
      [{ 'group.consumer.assignors': 'range,range' }, /duplicated/],
      [{ 'group.consumer.migration.policy': 'sideways' }, /case insensitive/],
      [{ 'group.coordinator.rebalance.protocols': 'consumer' }, /Disabling the 'classic' protocol is not supported/],
      [{ 'group.coordinator.rebalance.protocols': 'classic,shared' }, /must be one of/],
      [
        { 'group.consumer.heartbeat.interval.ms': 4000 },
        /heartbeat.interval.ms.*greater than or equal to group.consumer.min/,
      ],
      [{ 'group.consumer.session.timeout.ms': 70000 }, /less than or equal to group.consumer.max.session.timeout.ms/],
      [
        { 'group.consumer.heartbeat.interval.ms': 46000, 'group.consumer.max.heartbeat.interval.ms': 50000 },
        /must be less than group.consumer.session.timeout.ms/,
      ],
    ];
    for (const [raw, message] of refused) {
      expect(() => loadBrokerConfig(raw)).toThrow(ConfigError);
      expect(() => loadBrokerConfig(raw)).toThrow(message);
    }
  });

  it('takes the share group settings (KIP-932) with Kafka 4.2 defaults, and checks them as ShareGroupConfig does', () => {
    const { config } = loadBrokerConfig({});
    expect(config.int('group.share.session.timeout.ms')).toBe(45000);
    expect(config.int('group.share.heartbeat.interval.ms')).toBe(5000);
    expect(config.int('group.share.record.lock.duration.ms')).toBe(30000);
    expect(config.int('group.share.delivery.count.limit')).toBe(5);
    expect(config.int('group.share.partition.max.record.locks')).toBe(2000);
    expect(config.int('group.share.max.size')).toBe(200);
    expect(config.bool('group.share.enable')).toBe(false);
    const short = loadBrokerConfig({
      'group.share.record.lock.duration.ms': 1000,
      'group.share.min.record.lock.duration.ms': 1000,
    }).config;
    expect(short.int('group.share.record.lock.duration.ms')).toBe(1000);
    const refused: [Record<string, string | number>, RegExp][] = [
      [{ 'group.share.record.lock.duration.ms': 5000 }, /greater than or equal to group.share.min.record.lock/],
      [{ 'group.share.record.lock.duration.ms': 70000 }, /less than or equal to group.share.max.record.lock/],
      [{ 'group.share.delivery.count.limit': 1 }, /delivery.count.limit/],
      [{ 'group.share.delivery.count.limit': 11 }, /delivery.count.limit/],
      [{ 'group.share.partition.max.record.locks': 50 }, /max.record.locks/],
      [{ 'group.share.session.timeout.ms': 30000 }, /greater than or equal to group.share.min.session.timeout.ms/],
      [
        { 'group.share.heartbeat.interval.ms': 50000, 'group.share.max.heartbeat.interval.ms': 60000 },
        /must be less than group.share.session.timeout.ms/,
      ],
    ];
    for (const [raw, message] of refused) {
      expect(() => loadBrokerConfig(raw)).toThrow(ConfigError);
      expect(() => loadBrokerConfig(raw)).toThrow(message);
    }
  });

  it('reports unknown keys without failing', () => {
    expect(loadBrokerConfig({ 'no.such.key': 'x' }).unknownKeys).toEqual(['no.such.key']);
  });

  it.each([
    ['num.partitions', 'three', /num.partitions/],
    ['num.partitions', '0', /at least 1/],
    ['auto.create.topics.enable', 'yes', /true or false/],
    ['socket.request.max.bytes', '99999999999', /INT/i],
    ['log.segment.bytes', '1000', /at least 1048576/],
    ['samsa.storage', 'tape', /disk, memory/],
    ['log.cleanup.policy', 'delete,shred', /shred/],
    ['listeners', 'localhost:9092', /NAME:\/\/host:port/],
    ['listeners', 'PLAINTEXT://127.0.0.1:70000', /out of range/],
    ['listeners', 'INTERNAL://127.0.0.1:9093', /No security protocol defined for listener INTERNAL/],
    ['listeners', 'PLAINTEXT://127.0.0.1:9093,SSL://127.0.0.1:9093', /different port/],
    ['listeners', 'PLAINTEXT://127.0.0.1:9093,PLAINTEXT://127.0.0.1:9094', /different name/],
    ['advertised.listeners', 'SSL://h:9093', /subset of the ones defined in listeners/],
    ['listener.security.protocol.map', 'PLAINTEXT:TLS', /Unknown security protocol TLS/],
  ])('rejects %s=%s with a ConfigError', (key, value, message) => {
    let caught: unknown;
    try {
      loadBrokerConfig({ [key]: value });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as Error).message).toMatch(message);
    expect((caught as Error).message).toContain(key);
  });

  it('serves the first client listener and skips controller listeners', () => {
    const { config } = loadBrokerConfig({
      listeners: 'CONTROLLER://:9093,PLAINTEXT://0.0.0.0:0',
      'controller.listener.names': 'CONTROLLER',
      'advertised.listeners': 'PLAINTEXT://broker.example:19092',
    });
    expect(config.listeners).toEqual([
      {
        name: 'PLAINTEXT',
        securityProtocol: 'PLAINTEXT',
        host: '0.0.0.0',
        port: 0,
        advertisedHost: 'broker.example',
        advertisedPort: 19092,
      },
    ]);
  });

  it('takes several listeners, custom names through listener.security.protocol.map, advertised per listener', () => {
    const { config } = loadBrokerConfig({
      listeners: 'PLAINTEXT://127.0.0.1:9092,EXTERNAL://0.0.0.0:9093,SASL_SSL://127.0.0.1:9094',
      'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,EXTERNAL:SASL_SSL,SASL_SSL:SASL_SSL',
      'advertised.listeners': 'EXTERNAL://kafka.example:19093',
    });
    expect(config.listeners.map((l) => [l.name, l.securityProtocol, l.advertisedHost, l.advertisedPort])).toEqual([
      ['PLAINTEXT', 'PLAINTEXT', '127.0.0.1', 0],
      ['EXTERNAL', 'SASL_SSL', 'kafka.example', 19093],
      ['SASL_SSL', 'SASL_SSL', '127.0.0.1', 0],
    ]);
  });
});

describe('typed config reads', () => {
  const { config } = loadBrokerConfig({
    'fetch.max.bytes': 2048,
    'log.retention.ms': 1000,
    'auto.create.topics.enable': 'false',
  });

  it('read each key under its type', () => {
    expect(config.int('fetch.max.bytes')).toBe(2048);
    expect(config.intOrNull('log.retention.ms')).toBe(1000);
    expect(config.intOrNull('log.roll.ms')).toBeNull();
    expect(config.bool('auto.create.topics.enable')).toBe(false);
    expect(config.string('compression.type')).toBe('producer');
    expect(config.list('log.cleanup.policy')).toEqual(['delete']);
  });

  it('refuse, at compile time, a misspelt key or a key read under another type', () => {
    // Each line below is a type error (tsc -b checks the tests); were it not, @ts-expect-error would fail the build.
    // @ts-expect-error misspelt
    expect(() => config.int('fetch.max.byte')).toThrow('unknown broker config key fetch.max.byte');
    // @ts-expect-error a boolean key read as a number
    expect(config.int('auto.create.topics.enable')).toBe(false);
    // @ts-expect-error a key without default needs the OrNull read
    expect(config.int('log.roll.ms')).toBeNull();
  });
});
