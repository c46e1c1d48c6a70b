import {
  AlterConfigsApi,
  CreateTopicsApi,
  DescribeConfigsApi,
  ErrorCode,
  type AlterConfigsMessages,
} from '@samsa/protocol';
import { WireClient } from '../helpers/wire-client';
import { startTestBroker, type TestBroker } from '../helpers/test-broker';

type Resource = AlterConfigsMessages.AlterConfigsResource;
const TOPIC = 2;
const BROKER = 4;
const BROKER_LOGGER = 8;

describe('AlterConfigs', () => {
  let tb: TestBroker;
  let client: WireClient;
  let n = 0;
  beforeAll(async () => {
    tb = await startTestBroker();
  });
  afterAll(async () => tb.dispose());
  beforeEach(async () => {
    client = await WireClient.connect(tb.broker.port);
  });
  afterEach(() => client.destroy());

  const newTopic = async (configs: { name: string; value: string }[] = []): Promise<string> => {
    const name = `ac-${n++}`;
    const res = await client.request(CreateTopicsApi, 5, {
      topics: [{ name, numPartitions: 1, replicationFactor: 1, assignments: [], configs }],
      timeoutMs: 1000,
      validateOnly: false,
    });
    expect(res.topics[0]!.errorCode).toBe(0);
    return name;
  };
  const alter = async (resources: Resource[], validateOnly = false, version = 2) =>
    (await client.request(AlterConfigsApi, version, { resources, validateOnly })).responses;

  it.each([0, 1, 2])('replaces the whole set of topic overrides (v%i)', async (version) => {
    const name = await newTopic([
      { name: 'retention.ms', value: '1000' },
      { name: 'cleanup.policy', value: 'compact' },
    ]);
    const res = await alter(
      [{ resourceType: TOPIC, resourceName: name, configs: [{ name: 'segment.ms', value: '60000' }] }],
      false,
      version,
    );
    expect(res).toEqual([{ errorCode: 0, errorMessage: null, resourceType: TOPIC, resourceName: name }]);
    expect(tb.broker.cluster.topicByName(name)!.configs).toEqual({ 'segment.ms': '60000' });
    const described = await client.request(DescribeConfigsApi, 1, {
      resources: [
        {
          resourceType: TOPIC,
          resourceName: name,
          configurationKeys: ['segment.ms', 'retention.ms', 'cleanup.policy'],
        },
      ],
      includeSynonyms: false,
    });
    const sources = Object.fromEntries(described.results[0]!.configs.map((c) => [c.name, [c.value, c.configSource]]));
    expect(sources).toEqual({
      'segment.ms': ['60000', 1],
      'retention.ms': ['604800000', 5],
      'cleanup.policy': ['delete', 5],
    });
    expect(tb.broker.replicas.partition(name, 0)!.log.config.segmentMs).toBe(60000);
  });

  it('validate_only and failures leave the overrides alone', async () => {
    const name = await newTopic([{ name: 'retention.ms', value: '1000' }]);
    const [checked] = await alter([{ resourceType: TOPIC, resourceName: name, configs: [] }], true);
    expect(checked!.errorCode).toBe(0);
    const res = await alter([
      {
        resourceType: TOPIC,
        resourceName: name,
        configs: [
          { name: 'segment.ms', value: '1' },
          { name: 'bogus', value: '1' },
        ],
      },
    ]);
    expect(res[0]).toMatchObject({
      errorCode: ErrorCode.INVALID_CONFIG,
      errorMessage: 'Unknown topic config name: bogus',
    });
    expect(tb.broker.cluster.topicByName(name)!.configs).toEqual({ 'retention.ms': '1000' });
  });

  it("answers each resource with Kafka's error", async () => {
    const name = await newTopic();
    const res = await alter([
      { resourceType: TOPIC, resourceName: 'missing', configs: [] },
      { resourceType: TOPIC, resourceName: name, configs: [{ name: 'retention.ms', value: null }] },
      { resourceType: BROKER_LOGGER, resourceName: String(tb.broker.nodeId), configs: [] },
      { resourceType: BROKER, resourceName: '', configs: [{ name: 'log.dirs', value: '/tmp/elsewhere' }] },
      { resourceType: BROKER, resourceName: 'one', configs: [] },
    ]);
    expect(res.map((r) => [r.resourceName, r.errorCode, r.errorMessage])).toEqual([
      ['missing', ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, "The topic 'missing' does not exist."],
      [name, ErrorCode.INVALID_REQUEST, 'Null value not supported for : retention.ms'],
      [String(tb.broker.nodeId), ErrorCode.INVALID_REQUEST, 'Unknown resource type 8'],
      ['', ErrorCode.INVALID_REQUEST, 'Cannot update these configs dynamically: Set(log.dirs)'],
      ['one', ErrorCode.INVALID_REQUEST, 'Node id must be an integer, but it is: one'],
    ]);
  });

  it('replaces the dynamic cluster-wide broker defaults', async () => {
    const name = await newTopic();
    const set = async (configs: Resource['configs']) =>
      (await alter([{ resourceType: BROKER, resourceName: '', configs }]))[0]!.errorCode;
    expect(
      await set([
        { name: 'log.retention.bytes', value: '1048576' },
        { name: 'compression.type', value: 'gzip' },
      ]),
    ).toBe(0);
    expect(tb.broker.cluster.dynamicBrokerConfigs('')).toEqual({
      'log.retention.bytes': '1048576',
      'compression.type': 'gzip',
    });
    expect(tb.broker.replicas.partition(name, 0)!.settings.compressionType).toBe('gzip');
    expect(tb.broker.replicas.partition(name, 0)!.log.config.retentionBytes).toBe(1048576);
    expect(await set([])).toBe(0);
    expect(tb.broker.cluster.dynamicBrokerConfigs('')).toEqual({});
    expect(tb.broker.replicas.partition(name, 0)!.settings.compressionType).toBe('producer');
  });
});
