import { ConfigSource, effectiveTopicConfigs, validateTopicConfigs } from '../../src/config/topic-config-resolver';
import { TOPIC_CONFIGS } from '../../src/config/topic-configs';
import { KafkaError } from '../../src/errors';

describe('topic configs', () => {
  it('has Kafka 4 defaults for the common keys', () => {
    const defaults = Object.fromEntries(TOPIC_CONFIGS.map((k) => [k.name, k.default]));
    expect(defaults['retention.ms']).toBe('604800000');
    expect(defaults['segment.bytes']).toBe('1073741824');
    expect(defaults['cleanup.policy']).toBe('delete');
    expect(defaults['max.message.bytes']).toBe('1048588');
    expect(defaults['flush.messages']).toBe('9223372036854775807');
    expect(defaults['message.timestamp.after.max.ms']).toBe('3600000');
    expect(defaults['compression.type']).toBe('producer');
  });

  it('validates and canonicalises overrides', () => {
    expect(
      validateTopicConfigs([
        { name: 'retention.ms', value: ' 1000 ' },
        { name: 'cleanup.policy', value: 'compact, delete' },
        { name: 'flush.messages', value: '9223372036854775807' },
      ]),
    ).toEqual({ 'retention.ms': '1000', 'cleanup.policy': 'compact,delete', 'flush.messages': '9223372036854775807' });
  });

  it.each([
    [{ name: 'no.such.config', value: '1' }, 'INVALID_CONFIG', /Unknown topic config name: no.such.config/],
    [{ name: 'retention.ms', value: 'soon' }, 'INVALID_CONFIG', /retention.ms/],
    [{ name: 'segment.bytes', value: '10' }, 'INVALID_CONFIG', /at least 1048576/],
    [{ name: 'cleanup.policy', value: 'shred' }, 'INVALID_CONFIG', /shred/],
    [{ name: 'retention.ms', value: null }, 'INVALID_REQUEST', /Null value not supported/],
  ])('rejects %j', (entry, errorName, message) => {
    let caught: unknown;
    try {
      validateTopicConfigs([entry]);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(KafkaError);
    expect((caught as KafkaError).errorName).toBe(errorName);
    expect((caught as KafkaError).message).toMatch(message);
  });

  it('reports sources: topic override, static broker config (with unit conversion), default', () => {
    const configs = effectiveTopicConfigs(
      { 'cleanup.policy': 'compact' },
      new Map([
        ['log.retention.hours', '2'],
        ['log.segment.bytes', '2097152'],
      ]),
    );
    const byName = new Map(configs.map((c) => [c.name, c]));
    expect(byName.get('cleanup.policy')).toMatchObject({ value: 'compact', source: ConfigSource.TOPIC_CONFIG });
    expect(byName.get('retention.ms')).toMatchObject({ value: '7200000', source: ConfigSource.STATIC_BROKER_CONFIG });
    expect(byName.get('segment.bytes')).toMatchObject({ value: '2097152', source: ConfigSource.STATIC_BROKER_CONFIG });
    expect(byName.get('min.insync.replicas')).toMatchObject({ value: '1', source: ConfigSource.DEFAULT_CONFIG });
    expect(configs).toHaveLength(TOPIC_CONFIGS.length);
  });
});
