import { CreateTopicsApi, DescribeConfigsApi, ErrorCode, type DescribeConfigsRequest } from '@samsa/protocol';
import { WireClient } from '../helpers/wire-client';
import { startTestBroker, type TestBroker } from '../helpers/test-broker';

const TOPIC = 2;
const BROKER = 4;
const BROKER_LOGGER = 8;
const GROUP = 32;

describe('DescribeConfigs', () => {
  let tb: TestBroker;
  let client: WireClient;
  beforeAll(async () => {
    tb = await startTestBroker({ 'log.retention.hours': 2, 'log.segment.bytes': 2097152, 'compression.type': 'lz4' });
    client = await WireClient.connect(tb.broker.port);
    const created = await client.request(CreateTopicsApi, 5, {
      topics: [
        {
          name: 'described',
          numPartitions: 1,
          replicationFactor: 1,
          assignments: [],
          configs: [{ name: 'cleanup.policy', value: 'compact' }],
        },
      ],
      timeoutMs: 1000,
      validateOnly: false,
    });
    expect(created.topics[0]!.errorCode).toBe(0);
  });
  afterAll(async () => {
    client.destroy();
    await tb.dispose();
  });

  const describe_ = async (
    resources: DescribeConfigsRequest['resources'],
    version = 4,
    extra: Partial<DescribeConfigsRequest> = {},
  ) =>
    (
      await client.request(DescribeConfigsApi, version, {
        resources,
        includeSynonyms: false,
        includeDocumentation: false,
        ...extra,
      })
    ).results;

  it('describes every topic key with its value, source and type (v4)', async () => {
    const [res] = await describe_([{ resourceType: TOPIC, resourceName: 'described', configurationKeys: null }], 4, {
      includeSynonyms: true,
      includeDocumentation: true,
    });
    expect(res).toMatchObject({ errorCode: 0, errorMessage: null, resourceType: TOPIC, resourceName: 'described' });
    const byName = new Map(res!.configs.map((c) => [c.name, c]));
    expect(byName.size).toBeGreaterThanOrEqual(30);
    expect(byName.get('cleanup.policy')).toMatchObject({
      value: 'compact',
      configSource: 1,
      readOnly: false,
      isSensitive: false,
      configType: 7,
      synonyms: [
        { name: 'cleanup.policy', value: 'compact', source: 1 },
        { name: 'log.cleanup.policy', value: 'delete', source: 5 },
      ],
    });
    expect(byName.get('cleanup.policy')!.documentation).toEqual(expect.any(String));
    // A static broker key supplies the default: STATIC_BROKER_CONFIG, then Kafka's default as a second synonym.
    expect(byName.get('segment.bytes')).toMatchObject({
      value: '2097152',
      configSource: 4,
      configType: 3,
      synonyms: [
        { name: 'log.segment.bytes', value: '2097152', source: 4 },
        { name: 'log.segment.bytes', value: '1073741824', source: 5 },
      ],
    });
    expect(byName.get('compression.type')).toMatchObject({ value: 'lz4', configSource: 4, configType: 2 });
    // Kafka's quirk: log.retention.hours is not a synonym of log.retention.ms, so the source is DEFAULT_CONFIG.
    expect(byName.get('retention.ms')).toMatchObject({
      value: '7200000',
      configSource: 5,
      configType: 5,
      synonyms: [],
    });
    expect(byName.get('preallocate')).toMatchObject({ value: 'false', configSource: 5, configType: 1 });
    expect(byName.get('min.cleanable.dirty.ratio')).toMatchObject({ value: '0.5', configType: 6 });
  });

  it('filters by configuration keys and leaves synonyms and documentation out unless asked', async () => {
    const [res] = await describe_(
      [{ resourceType: TOPIC, resourceName: 'described', configurationKeys: ['segment.bytes', 'no.such.key'] }],
      3,
    );
    expect(res!.configs).toEqual([
      {
        name: 'segment.bytes',
        value: '2097152',
        readOnly: false,
        isDefault: false,
        configSource: 4,
        isSensitive: false,
        synonyms: [],
        configType: 3,
        documentation: null,
      },
    ]);
  });

  it('reports is_default in v0', async () => {
    const [res] = await describe_(
      [
        {
          resourceType: TOPIC,
          resourceName: 'described',
          configurationKeys: ['cleanup.policy', 'segment.bytes', 'preallocate'],
        },
      ],
      0,
    );
    const isDefault = Object.fromEntries(res!.configs.map((c) => [c.name, c.isDefault]));
    expect(isDefault).toEqual({ 'cleanup.policy': false, 'segment.bytes': false, preallocate: true });
  });

  it('answers UNKNOWN_TOPIC_OR_PARTITION and INVALID_TOPIC_EXCEPTION per resource', async () => {
    const results = await describe_([
      { resourceType: TOPIC, resourceName: 'missing', configurationKeys: null },
      { resourceType: TOPIC, resourceName: 'bad name!', configurationKeys: null },
      { resourceType: TOPIC, resourceName: 'described', configurationKeys: ['retention.bytes'] },
    ]);
    expect(results.map((r) => [r.resourceName, r.errorCode, r.configs.length])).toEqual([
      ['missing', ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, 0],
      ['bad name!', ErrorCode.INVALID_TOPIC_EXCEPTION, 0],
      ['described', 0, 1],
    ]);
    expect(results[1]!.errorMessage).toMatch(/illegal/);
  });

  it('describes the receiving broker: static and default keys, read-only flags', async () => {
    const [res] = await describe_(
      [{ resourceType: BROKER, resourceName: String(tb.broker.nodeId), configurationKeys: null }],
      4,
      { includeSynonyms: true },
    );
    expect(res!.errorCode).toBe(0);
    const byName = new Map(res!.configs.map((c) => [c.name, c]));
    expect(byName.get('log.retention.hours')).toMatchObject({
      value: '2',
      configSource: 4,
      readOnly: true,
      configType: 3,
      synonyms: [
        { name: 'log.retention.hours', value: '2', source: 4 },
        { name: 'log.retention.hours', value: '168', source: 5 },
      ],
    });
    expect(byName.get('log.segment.bytes')).toMatchObject({ value: '2097152', configSource: 4, readOnly: false });
    expect(byName.get('num.partitions')).toMatchObject({ value: '1', configSource: 5, readOnly: true });
    expect(byName.get('log.retention.ms')).toMatchObject({ value: null, configSource: 5, readOnly: false });
  });

  it('describes the cluster-wide dynamic defaults (empty without any) and rejects another broker id', async () => {
    const results = await describe_([
      { resourceType: BROKER, resourceName: '', configurationKeys: null },
      { resourceType: BROKER, resourceName: '99', configurationKeys: null },
      { resourceType: BROKER, resourceName: 'x', configurationKeys: null },
    ]);
    expect(results[0]).toMatchObject({ errorCode: 0, configs: [] });
    expect(results[1]).toMatchObject({
      errorCode: ErrorCode.INVALID_REQUEST,
      errorMessage: `Unexpected broker id, expected ${tb.broker.nodeId} or empty string, but received 99`,
    });
    expect(results[2]).toMatchObject({
      errorCode: ErrorCode.INVALID_REQUEST,
      errorMessage: 'Broker id must be an integer, but it is: x',
    });
  });

  it('describes the broker logger and refuses an empty broker id for it', async () => {
    const results = await describe_([
      { resourceType: BROKER_LOGGER, resourceName: String(tb.broker.nodeId), configurationKeys: null },
      { resourceType: BROKER_LOGGER, resourceName: '', configurationKeys: null },
    ]);
    expect(results[0]).toMatchObject({
      errorCode: 0,
      configs: [{ name: 'root', value: 'DEBUG', configSource: 6, readOnly: false }],
    });
    expect(results[1]).toMatchObject({
      errorCode: ErrorCode.INVALID_REQUEST,
      errorMessage: 'Broker id must not be empty',
    });
  });

  it('fails GROUP resources alone and the whole request for an unknown resource type', async () => {
    const [group] = await describe_([{ resourceType: GROUP, resourceName: 'g', configurationKeys: null }]);
    expect(group).toMatchObject({
      errorCode: ErrorCode.INVALID_REQUEST,
      errorMessage: 'Unsupported resource type: GROUP',
    });
    const results = await describe_([
      { resourceType: TOPIC, resourceName: 'described', configurationKeys: null },
      { resourceType: 3, resourceName: 'x', configurationKeys: null },
    ]);
    expect(results.map((r) => r.errorCode)).toEqual([ErrorCode.INVALID_REQUEST, ErrorCode.INVALID_REQUEST]);
  });
});
