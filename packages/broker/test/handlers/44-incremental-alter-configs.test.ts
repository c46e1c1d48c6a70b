import {
  CreateTopicsApi,
  DescribeConfigsApi,
  ErrorCode,
  IncrementalAlterConfigsApi,
  type IncrementalAlterConfigsMessages,
} from '@samsa/protocol';
import { batchOf, produceOne } from '../helpers/records';
import { WireClient } from '../helpers/wire-client';
import { startTestBroker, type TestBroker } from '../helpers/test-broker';

type Resource = IncrementalAlterConfigsMessages.AlterConfigsResource;
const TOPIC = 2;
const BROKER = 4;
const BROKER_LOGGER = 8;
const [SET, DELETE, APPEND, SUBTRACT] = [0, 1, 2, 3];

describe('IncrementalAlterConfigs', () => {
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
    const name = `iac-${n++}`;
    const res = await client.request(CreateTopicsApi, 5, {
      topics: [{ name, numPartitions: 1, replicationFactor: 1, assignments: [], configs }],
      timeoutMs: 1000,
      validateOnly: false,
    });
    expect(res.topics[0]!.errorCode).toBe(0);
    return name;
  };
  const alter = async (resources: Resource[], validateOnly = false, version = 1) =>
    (await client.request(IncrementalAlterConfigsApi, version, { resources, validateOnly })).responses;
  const topicOps = (name: string, configs: Resource['configs']): Resource => ({
    resourceType: TOPIC,
    resourceName: name,
    configs,
  });
  const described = async (name: string, key: string) => {
    const res = await client.request(DescribeConfigsApi, 4, {
      resources: [{ resourceType: TOPIC, resourceName: name, configurationKeys: [key] }],
      includeSynonyms: false,
      includeDocumentation: false,
    });
    return res.results[0]!.configs[0]!;
  };

  it('sets and deletes topic overrides, which DescribeConfigs then reports', async () => {
    const name = await newTopic([{ name: 'retention.ms', value: '1000' }]);
    expect(
      await alter([
        topicOps(name, [
          { name: 'segment.bytes', configOperation: SET, value: '2097152' },
          { name: 'retention.ms', configOperation: DELETE, value: null },
        ]),
      ]),
    ).toEqual([{ errorCode: 0, errorMessage: null, resourceType: TOPIC, resourceName: name }]);
    expect(await described(name, 'segment.bytes')).toMatchObject({ value: '2097152', configSource: 1 });
    expect(await described(name, 'retention.ms')).toMatchObject({ value: '604800000', configSource: 5 });
    expect(tb.broker.cluster.topicByName(name)!.configs).toEqual({ 'segment.bytes': '2097152' });
    expect(tb.broker.replicas.partition(name, 0)!.log.config.segmentBytes).toBe(2097152);
  });

  it('appends to and subtracts from list configs, starting from the default', async () => {
    const name = await newTopic();
    await alter([topicOps(name, [{ name: 'cleanup.policy', configOperation: APPEND, value: 'compact' }])]);
    expect(await described(name, 'cleanup.policy')).toMatchObject({ value: 'delete,compact' });
    await alter([topicOps(name, [{ name: 'cleanup.policy', configOperation: SUBTRACT, value: 'delete' }])]);
    expect(await described(name, 'cleanup.policy')).toMatchObject({ value: 'compact', configSource: 1 });
    const [bad] = await alter([topicOps(name, [{ name: 'retention.ms', configOperation: APPEND, value: '5' }])]);
    expect(bad).toMatchObject({
      errorCode: ErrorCode.INVALID_CONFIG,
      errorMessage: "Can't APPEND to key retention.ms because its type is not LIST.",
    });
  });

  it('applies changes to the open log at once: max.message.bytes, timestamp type, compaction', async () => {
    const name = await newTopic();
    const big = batchOf(['x'.repeat(2000)]);
    expect((await produceOne(client, 9, name, 0, big)).errorCode).toBe(0);
    await alter([
      topicOps(name, [
        { name: 'max.message.bytes', configOperation: SET, value: '1000' },
        { name: 'message.timestamp.type', configOperation: SET, value: 'LogAppendTime' },
      ]),
    ]);
    expect((await produceOne(client, 9, name, 0, big)).errorCode).toBe(ErrorCode.MESSAGE_TOO_LARGE);
    const small = await produceOne(client, 9, name, 0, batchOf(['y'], { timestamp: 1000 }));
    expect(small.errorCode).toBe(0);
    expect(small.logAppendTimeMs).toBeGreaterThan(1000);
    await alter([topicOps(name, [{ name: 'cleanup.policy', configOperation: SET, value: 'compact' }])]);
    expect((await produceOne(client, 9, name, 0, batchOf(['no key']))).errorCode).toBe(ErrorCode.INVALID_RECORD);
  });

  it('validate_only changes nothing', async () => {
    const name = await newTopic();
    const [res] = await alter([topicOps(name, [{ name: 'retention.ms', configOperation: SET, value: '5000' }])], true);
    expect(res!.errorCode).toBe(0);
    expect(tb.broker.cluster.topicByName(name)!.configs).toEqual({});
  });

  it.each([
    [
      'an unknown key',
      [{ name: 'no.such', configOperation: SET, value: '1' }],
      ErrorCode.INVALID_CONFIG,
      'Unknown topic config name: no.such',
    ],
    [
      'a bad value',
      [{ name: 'retention.ms', configOperation: SET, value: 'abc' }],
      ErrorCode.INVALID_CONFIG,
      /retention.ms/,
    ],
    [
      'a value out of range',
      [{ name: 'segment.bytes', configOperation: SET, value: '10' }],
      ErrorCode.INVALID_CONFIG,
      /at least 1048576/,
    ],
    [
      'a null SET',
      [{ name: 'retention.ms', configOperation: SET, value: null }],
      ErrorCode.INVALID_REQUEST,
      'Null value not supported for : retention.ms',
    ],
    [
      'a key twice',
      [
        { name: 'retention.ms', configOperation: SET, value: '1' },
        { name: 'retention.ms', configOperation: DELETE, value: null },
      ],
      ErrorCode.INVALID_REQUEST,
      'Error due to duplicate config keys',
    ],
    [
      'an unknown operation',
      [{ name: 'retention.ms', configOperation: 9, value: '1' }],
      ErrorCode.INVALID_REQUEST,
      /Unknown operations type 9/,
    ],
  ])('rejects %s', async (_what, configs, code, message) => {
    const name = await newTopic();
    const [res] = await alter([topicOps(name, configs)]);
    expect(res!.errorCode).toBe(code);
    expect(res!.errorMessage).toEqual(typeof message === 'string' ? message : expect.stringMatching(message));
    expect(tb.broker.cluster.topicByName(name)!.configs).toEqual({});
  });

  it('answers per resource: unknown topic, bad name, duplicates, unsupported types', async () => {
    const name = await newTopic();
    const set = [{ name: 'retention.ms', configOperation: SET, value: '1' }];
    const res = await alter([
      topicOps('missing', set),
      topicOps('bad name!', set),
      topicOps(name, set),
      topicOps(name, set),
      {
        resourceType: BROKER_LOGGER,
        resourceName: '1',
        configs: [{ name: 'root', configOperation: SET, value: 'INFO' }],
      },
      { resourceType: 3, resourceName: 'x', configs: [] },
    ]);
    expect(res.map((r) => [r.errorCode, r.errorMessage])).toEqual([
      [ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, "The topic 'missing' does not exist."],
      [ErrorCode.INVALID_TOPIC_EXCEPTION, expect.stringMatching(/illegal/)],
      [ErrorCode.INVALID_REQUEST, 'Each resource must appear at most once.'],
      [ErrorCode.INVALID_REQUEST, 'Each resource must appear at most once.'],
      [ErrorCode.INVALID_REQUEST, 'Unsupported resource type: BROKER_LOGGER'],
      [ErrorCode.INVALID_REQUEST, 'Unknown resource type 3'],
    ]);
  });

  it('changes dynamic broker defaults, which reach topics without overrides, and refuses read-only keys', async () => {
    const name = await newTopic();
    const withOverride = await newTopic([{ name: 'retention.ms', value: '1000' }]);
    const broker = (resourceName: string, configs: Resource['configs']): Resource => ({
      resourceType: BROKER,
      resourceName,
      configs,
    });
    const [ok] = await alter([broker('', [{ name: 'log.retention.ms', configOperation: SET, value: '3600000' }])]);
    expect(ok!.errorCode).toBe(0);
    expect(await described(name, 'retention.ms')).toMatchObject({ value: '3600000', configSource: 3 });
    expect(await described(withOverride, 'retention.ms')).toMatchObject({ value: '1000', configSource: 1 });
    expect(tb.broker.replicas.partition(name, 0)!.log.config.retentionMs).toBe(3600000);
    const [perBroker] = await alter([
      broker(String(tb.broker.nodeId), [{ name: 'log.retention.ms', configOperation: SET, value: '7200000' }]),
    ]);
    expect(perBroker!.errorCode).toBe(0);
    expect(await described(name, 'retention.ms')).toMatchObject({ value: '7200000', configSource: 2 });
    const res = [
      ...(await alter([broker('', [{ name: 'num.partitions', configOperation: SET, value: '3' }])])),
      ...(await alter([broker('', [{ name: 'log.retention.ms', configOperation: SET, value: 'soon' }])])),
      ...(await alter([broker('7', [{ name: 'log.retention.ms', configOperation: SET, value: '1' }])])),
    ];
    expect(res.map((r) => [r.errorCode, r.errorMessage])).toEqual([
      [ErrorCode.INVALID_REQUEST, 'Cannot update these configs dynamically: Set(num.partitions)'],
      [ErrorCode.INVALID_REQUEST, expect.stringMatching(/log.retention.ms/)],
      [ErrorCode.INVALID_REQUEST, `Unexpected broker id, expected ${tb.broker.nodeId}, but received 7`],
    ]);
    await alter([
      broker('', [{ name: 'log.retention.ms', configOperation: DELETE, value: null }]),
      broker(String(tb.broker.nodeId), [{ name: 'log.retention.ms', configOperation: DELETE, value: null }]),
    ]);
    expect(await described(name, 'retention.ms')).toMatchObject({ value: '604800000', configSource: 5 });
  });

  it('keeps topic and broker changes across a restart', async () => {
    const dataDir = tb.dataDir;
    const name = await newTopic();
    await alter([
      topicOps(name, [{ name: 'max.message.bytes', configOperation: SET, value: '5000' }]),
      {
        resourceType: BROKER,
        resourceName: '',
        configs: [{ name: 'log.segment.bytes', configOperation: SET, value: '3145728' }],
      },
    ]);
    client.destroy();
    await tb.stop();
    tb = await startTestBroker({}, dataDir);
    client = await WireClient.connect(tb.broker.port);
    expect(await described(name, 'max.message.bytes')).toMatchObject({ value: '5000', configSource: 1 });
    expect(await described(name, 'segment.bytes')).toMatchObject({ value: '3145728', configSource: 3 });
    const log = tb.broker.replicas.partition(name, 0)!.log;
    expect([log.config.maxMessageBytes, log.config.segmentBytes]).toEqual([5000, 3145728]);
    expect((await produceOne(client, 9, name, 0, batchOf(['z'.repeat(6000)]))).errorCode).toBe(
      ErrorCode.MESSAGE_TOO_LARGE,
    );
  });
});
