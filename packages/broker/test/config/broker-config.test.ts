import { ConfigError, loadBrokerConfig } from '../../src/config';

describe('loadBrokerConfig', () => {
  it('applies Kafka defaults', () => {
    const { config, unknownKeys } = loadBrokerConfig({});
    expect(unknownKeys).toEqual([]);
    expect(config.listener).toEqual({ name: 'PLAINTEXT', host: '127.0.0.1', port: 9092 });
    expect(config.advertised).toEqual({ name: 'PLAINTEXT', host: '127.0.0.1', port: 9092 });
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
    ['listeners', 'SSL://127.0.0.1:9093', /only PLAINTEXT/],
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
    expect(config.listener).toEqual({ name: 'PLAINTEXT', host: '0.0.0.0', port: 0 });
    expect(config.advertised).toEqual({ name: 'PLAINTEXT', host: 'broker.example', port: 19092 });
  });
});
