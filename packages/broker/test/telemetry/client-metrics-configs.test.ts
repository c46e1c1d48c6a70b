/** CLIENT_METRICS config resources (KIP-714) through DescribeConfigs, AlterConfigs and IncrementalAlterConfigs. */
import { AlterConfigsApi, DescribeConfigsApi, ErrorCode, IncrementalAlterConfigsApi } from '@samsa/protocol';
import { CLIENT_METRICS, subscribe } from '../helpers/telemetry';
import { WireClient } from '../helpers/wire-client';
import { startTestBroker, tempDataDir, type TestBroker } from '../helpers/test-broker';

const [SET, DELETE, APPEND, SUBTRACT] = [0, 1, 2, 3];
const CLIENT_METRICS_CONFIG = 7;

describe('CLIENT_METRICS config resources', () => {
  let tb: TestBroker;
  let client: WireClient;
  const dataDir = tempDataDir();
  beforeAll(async () => {
    tb = await startTestBroker({}, dataDir);
    client = await WireClient.connect(tb.broker.port);
  });
  afterAll(async () => {
    client.destroy();
    await tb.dispose();
  });

  const describe_ = async (name: string, version = 4) =>
    (
      await client.request(DescribeConfigsApi, version, {
        resources: [{ resourceType: CLIENT_METRICS, resourceName: name, configurationKeys: null }],
        includeSynonyms: false,
        includeDocumentation: false,
      })
    ).results[0]!;
  const incremental = async (
    name: string,
    configs: { name: string; configOperation: number; value: string | null }[],
    validateOnly = false,
  ) =>
    (
      await client.request(IncrementalAlterConfigsApi, 1, {
        resources: [{ resourceType: CLIENT_METRICS, resourceName: name, configs }],
        validateOnly,
      })
    ).responses[0]!;

  it('describes the keys set, with source CLIENT_METRICS_CONFIG; an unknown subscription has none', async () => {
    await subscribe(client, 'described', {
      metrics: 'org.apache.kafka.producer., org.apache.kafka.consumer.',
      'interval.ms': '1000',
    });
    const res = await describe_('described');
    expect(res.errorCode).toBe(ErrorCode.NONE);
    expect(res.configs.map((c) => [c.name, c.value, c.configSource, c.readOnly, c.isSensitive]).sort()).toEqual([
      ['interval.ms', '1000', CLIENT_METRICS_CONFIG, false, false],
      ['metrics', 'org.apache.kafka.producer., org.apache.kafka.consumer.', CLIENT_METRICS_CONFIG, false, false],
    ]);
    const none = await describe_('no-such-subscription');
    expect(none.errorCode).toBe(ErrorCode.NONE);
    expect(none.configs).toEqual([]);
    const unnamed = await describe_('');
    expect(unnamed.errorCode).toBe(ErrorCode.INVALID_REQUEST);
    expect(unnamed.errorMessage).toBe('Client metrics subscription name must not be empty');
  });

  it('validates as ClientMetricsConfigs: unknown keys and intervals out of range are INVALID_REQUEST', async () => {
    const unknown = await incremental('bad', [{ name: 'metric', configOperation: SET, value: 'x' }]);
    expect(unknown.errorCode).toBe(ErrorCode.INVALID_REQUEST);
    expect(unknown.errorMessage).toBe('Unknown client metrics configuration: metric');
    for (const interval of ['99', '3600001']) {
      const res = await incremental('bad', [{ name: 'interval.ms', configOperation: SET, value: interval }]);
      expect(res.errorCode).toBe(ErrorCode.INVALID_REQUEST);
      expect(res.errorMessage).toBe(
        `Invalid value ${interval} for interval.ms, interval must be between 100 and 3600000 (1 hour)`,
      );
    }
    const notNumber = await incremental('bad', [{ name: 'interval.ms', configOperation: SET, value: 'soon' }]);
    expect(notNumber.errorCode).toBe(ErrorCode.INVALID_CONFIG);
    const unnamed = await incremental('', [{ name: 'metrics', configOperation: SET, value: '*' }]);
    expect(unnamed.errorCode).toBe(ErrorCode.INVALID_REQUEST);
    expect(unnamed.errorMessage).toBe("Subscription name can't be empty");
    expect((await describe_('bad')).configs).toEqual([]);
  });

  it.each(['client_id', 'client_id=', 'client_id=a=b', 'client_hostname=x', 'client_id=(unclosed'])(
    'match %p is INVALID_CONFIG',
    async (match) => {
      const res = await incremental('bad-match', [{ name: 'match', configOperation: SET, value: match }]);
      expect(res.errorCode).toBe(ErrorCode.INVALID_CONFIG);
      expect(res.errorMessage).toBe(`Illegal client matching pattern: ${match}`);
    },
  );

  it('takes every selector, APPEND and SUBTRACT on lists, and validate_only changes nothing', async () => {
    const match =
      'client_instance_id=b69cc35a-7a54-4790-aa69-cc2bd4ee4538,client_id=app.*,client_software_name=librdkafka,' +
      'client_software_version=2\\..*,client_source_address=127\\.0\\.0\\.1,client_source_port=\\d+';
    expect(
      (await incremental('all-selectors', [{ name: 'match', configOperation: SET, value: match }], true)).errorCode,
    ).toBe(ErrorCode.NONE);
    expect((await describe_('all-selectors')).configs).toEqual([]);
    expect(
      (await incremental('all-selectors', [{ name: 'match', configOperation: SET, value: match }])).errorCode,
    ).toBe(ErrorCode.NONE);
    expect(
      (await incremental('all-selectors', [{ name: 'metrics', configOperation: APPEND, value: 'a.,b.' }])).errorCode,
    ).toBe(ErrorCode.NONE);
    expect(
      (await incremental('all-selectors', [{ name: 'metrics', configOperation: SUBTRACT, value: 'a.' }])).errorCode,
    ).toBe(ErrorCode.NONE);
    const appendInt = await incremental('all-selectors', [
      { name: 'interval.ms', configOperation: APPEND, value: '5' },
    ]);
    expect(appendInt.errorCode).toBe(ErrorCode.INVALID_CONFIG);
    const described = await describe_('all-selectors');
    expect(Object.fromEntries(described.configs.map((c) => [c.name, c.value]))).toEqual({ match, metrics: 'b.' });
    expect(
      (await incremental('all-selectors', [{ name: 'metrics', configOperation: DELETE, value: null }])).errorCode,
    ).toBe(ErrorCode.NONE);
    expect((await describe_('all-selectors')).configs.map((c) => c.name)).toEqual(['match']);
  });

  it('AlterConfigs replaces the whole subscription', async () => {
    await subscribe(client, 'replaced', { metrics: 'a.', 'interval.ms': '1000' });
    const res = await client.request(AlterConfigsApi, 2, {
      resources: [
        { resourceType: CLIENT_METRICS, resourceName: 'replaced', configs: [{ name: 'metrics', value: 'b.' }] },
      ],
      validateOnly: false,
    });
    expect(res.responses[0]!.errorCode).toBe(ErrorCode.NONE);
    expect((await describe_('replaced')).configs.map((c) => [c.name, c.value])).toEqual([['metrics', 'b.']]);
    const bad = await client.request(AlterConfigsApi, 2, {
      resources: [
        { resourceType: CLIENT_METRICS, resourceName: 'replaced', configs: [{ name: 'interval.ms', value: '1' }] },
      ],
      validateOnly: false,
    });
    expect(bad.responses[0]!.errorCode).toBe(ErrorCode.INVALID_REQUEST);
  });

  it('subscriptions survive a restart', async () => {
    await subscribe(client, 'durable', { metrics: 'org.apache.kafka.', 'interval.ms': '60000', match: 'client_id=x' });
    client.destroy();
    await tb.stop();
    tb = await startTestBroker({}, dataDir);
    client = await WireClient.connect(tb.broker.port);
    const res = await describe_('durable');
    expect(Object.fromEntries(res.configs.map((c) => [c.name, c.value]))).toEqual({
      metrics: 'org.apache.kafka.',
      'interval.ms': '60000',
      match: 'client_id=x',
    });
  });
});
