import { ErrorCode, IncrementalAlterConfigsApi, ListClientMetricsResourcesApi } from '@samsa/protocol';
import { CLIENT_METRICS, subscribe } from '../helpers/telemetry';
import { WireClient } from '../helpers/wire-client';
import { startTestBroker, type TestBroker } from '../helpers/test-broker';

describe('ListClientMetricsResources', () => {
  let tb: TestBroker;
  beforeAll(async () => {
    tb = await startTestBroker();
  });
  afterAll(async () => tb.dispose());

  it('lists the subscriptions, and not one whose keys were all deleted', async () => {
    const client = await WireClient.connect(tb.broker.port);
    const empty = await client.request(ListClientMetricsResourcesApi, 0, {});
    expect(empty).toEqual({ throttleTimeMs: 0, errorCode: ErrorCode.NONE, clientMetricsResources: [] });
    await subscribe(client, 'first', { metrics: '*' });
    await subscribe(client, 'second', { 'interval.ms': '1000' });
    const listed = await client.request(ListClientMetricsResourcesApi, 0, {});
    expect(listed.clientMetricsResources.map((r) => r.name).sort()).toEqual(['first', 'second']);
    const deleted = await client.request(IncrementalAlterConfigsApi, 1, {
      resources: [
        {
          resourceType: CLIENT_METRICS,
          resourceName: 'first',
          configs: [{ name: 'metrics', configOperation: 1, value: null }],
        },
      ],
      validateOnly: false,
    });
    expect(deleted.responses[0]!.errorCode).toBe(ErrorCode.NONE);
    const after = await client.request(ListClientMetricsResourcesApi, 0, {});
    expect(after.clientMetricsResources).toEqual([{ name: 'second' }]);
    client.destroy();
  });
});
