import { ApiVersionsApi, ErrorCode, GetTelemetrySubscriptionsApi, ZERO_UUID } from '@samsa/protocol';
import { subscribe } from '../helpers/telemetry';
import { WireClient } from '../helpers/wire-client';
import { startTestBroker, type TestBroker } from '../helpers/test-broker';

describe('GetTelemetrySubscriptions', () => {
  let tb: TestBroker;
  let now = Date.now();
  beforeAll(async () => {
    tb = await startTestBroker({ 'telemetry.max.bytes': 4096 }, undefined, () => now);
  });
  afterAll(async () => tb.dispose());

  const get = (client: WireClient, clientInstanceId = ZERO_UUID, clientId = 'wire-client') =>
    client.request(GetTelemetrySubscriptionsApi, 0, { clientInstanceId }, clientId);

  it('hands out a client instance id and the defaults when no subscription matches', async () => {
    const client = await WireClient.connect(tb.broker.port);
    const res = await get(client, ZERO_UUID, 'nobody-subscribed-me');
    expect(res.errorCode).toBe(ErrorCode.NONE);
    expect(res.clientInstanceId).not.toBe(ZERO_UUID);
    expect(res.requestedMetrics).toEqual([]);
    expect(res.pushIntervalMs).toBe(300_000);
    expect(res.acceptedCompressionTypes).toEqual([4, 3, 1, 2]);
    expect(res.telemetryMaxBytes).toBe(4096);
    expect(res.deltaTemporality).toBe(true);
    const again = await get(client, ZERO_UUID, 'nobody-subscribed-me');
    expect(again.clientInstanceId).not.toBe(res.clientInstanceId);
    client.destroy();
  });

  it('matches subscriptions by client id and software: union of metrics, smallest interval', async () => {
    const client = await WireClient.connect(tb.broker.port);
    await subscribe(client, 'producers', {
      metrics: 'org.apache.kafka.producer.',
      'interval.ms': '2000',
      match: 'client_id=app-.*',
    });
    await subscribe(client, 'java-only', {
      metrics: 'org.apache.kafka.consumer.',
      'interval.ms': '500',
      match: 'client_software_name=Java',
    });
    await subscribe(client, 'app-1-extra', {
      metrics: 'org.apache.kafka.producer.record',
      'interval.ms': '1000',
      match: 'client_id=app-1',
    });
    const app1 = await get(client, ZERO_UUID, 'app-1');
    expect(app1.requestedMetrics.sort()).toEqual(['org.apache.kafka.producer.', 'org.apache.kafka.producer.record']);
    expect(app1.pushIntervalMs).toBe(1000);
    const app2 = await get(client, ZERO_UUID, 'app-2');
    expect(app2.requestedMetrics).toEqual(['org.apache.kafka.producer.']);
    expect(app2.pushIntervalMs).toBe(2000);
    expect(app2.subscriptionId).not.toBe(app1.subscriptionId);
    // ApiVersions v3 names the client software, which `client_software_name` matches.
    const java = await WireClient.connect(tb.broker.port);
    await java.request(ApiVersionsApi, 3, { clientSoftwareName: 'Java', clientSoftwareVersion: '4.0.0' }, 'app-3');
    const javaRes = await get(java, ZERO_UUID, 'app-3');
    expect(javaRes.requestedMetrics.sort()).toEqual(['org.apache.kafka.consumer.', 'org.apache.kafka.producer.']);
    expect(javaRes.pushIntervalMs).toBe(500);
    java.destroy();
    client.destroy();
  });

  it('a `*` subscription requests every metric', async () => {
    const client = await WireClient.connect(tb.broker.port);
    await subscribe(client, 'everything', { metrics: '*,org.apache.kafka.x', match: 'client_id=star' });
    const res = await get(client, ZERO_UUID, 'star');
    expect(res.requestedMetrics).toEqual(['*']);
    client.destroy();
  });

  it('asking again before the push interval is THROTTLING_QUOTA_EXCEEDED; after it, the same answer', async () => {
    const client = await WireClient.connect(tb.broker.port);
    await subscribe(client, 'throttled', {
      metrics: 'org.apache.kafka.',
      'interval.ms': '1000',
      match: 'client_id=throttled',
    });
    const first = await get(client, ZERO_UUID, 'throttled');
    expect(first.errorCode).toBe(ErrorCode.NONE);
    const early = await get(client, first.clientInstanceId, 'throttled');
    expect(early.errorCode).toBe(ErrorCode.THROTTLING_QUOTA_EXCEEDED);
    now += 1000;
    const later = await get(client, first.clientInstanceId, 'throttled');
    expect(later.errorCode).toBe(ErrorCode.NONE);
    expect(later.clientInstanceId).toBe(first.clientInstanceId);
    expect(later.subscriptionId).toBe(first.subscriptionId);
    client.destroy();
  });

  it('a changed subscription gives a new subscription id at the next request', async () => {
    const client = await WireClient.connect(tb.broker.port);
    await subscribe(client, 'changing', { metrics: 'a.', 'interval.ms': '100', match: 'client_id=changing' });
    const first = await get(client, ZERO_UUID, 'changing');
    await subscribe(client, 'changing', { metrics: 'b.' });
    now += 100;
    const second = await get(client, first.clientInstanceId, 'changing');
    expect(second.errorCode).toBe(ErrorCode.NONE);
    expect(second.requestedMetrics).toEqual(['b.']);
    expect(second.subscriptionId).not.toBe(first.subscriptionId);
    client.destroy();
  });
});
