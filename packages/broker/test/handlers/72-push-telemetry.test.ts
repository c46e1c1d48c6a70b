import { compress, ErrorCode, GetTelemetrySubscriptionsApi, PushTelemetryApi, ZERO_UUID } from '@samsa/protocol';
import { metricsPayload } from '../helpers/otlp';
import { subscribe } from '../helpers/telemetry';
import { WireClient } from '../helpers/wire-client';
import { startTestBroker, type TestBroker } from '../helpers/test-broker';

const QUEUE = 'org.apache.kafka.producer.record.queue.time.avg';

describe('PushTelemetry', () => {
  let tb: TestBroker;
  let client: WireClient;
  let now = Date.now();
  let n = 0;
  beforeAll(async () => {
    tb = await startTestBroker({ 'telemetry.max.bytes': 2048 }, undefined, () => now);
    client = await WireClient.connect(tb.broker.port);
    await subscribe(client, 'pushers', {
      metrics: 'org.apache.kafka.',
      'interval.ms': '1000',
      match: 'client_id=pusher-.*',
    });
  });
  afterAll(async () => {
    client.destroy();
    await tb.dispose();
  });

  /** A fresh client instance with its subscription. */
  const instance = async () => {
    const clientId = `pusher-${n++}`;
    const sub = await client.request(GetTelemetrySubscriptionsApi, 0, { clientInstanceId: ZERO_UUID }, clientId);
    expect(sub.errorCode).toBe(ErrorCode.NONE);
    return { clientId, id: sub.clientInstanceId, subscriptionId: sub.subscriptionId };
  };
  const push = (
    who: { clientId: string; id: string; subscriptionId: number },
    over: Partial<{
      terminating: boolean;
      compressionType: number;
      metrics: Buffer;
      subscriptionId: number;
      clientInstanceId: string;
    }> = {},
  ) =>
    client.request(
      PushTelemetryApi,
      0,
      {
        clientInstanceId: who.id,
        subscriptionId: who.subscriptionId,
        terminating: false,
        compressionType: 0,
        metrics: metricsPayload([{ name: QUEUE, kind: 'gauge', value: 1.5 }]),
        ...over,
      },
      who.clientId,
    );
  const pushed = (id: string) => tb.broker.telemetry.instances().find((i) => i.clientInstanceId === id)?.metrics ?? [];

  it('takes the metrics of the current subscription and keeps their latest values', async () => {
    const who = await instance();
    const res = await push(who, {
      metrics: metricsPayload([
        { name: QUEUE, kind: 'gauge', value: 2.5, attributes: { topic: 't' } },
        { name: 'org.apache.kafka.producer.record.sent', kind: 'sum', value: 42 },
        { name: 'org.apache.kafka.producer.request.latency', kind: 'histogram', value: 3 },
      ]),
    });
    expect(res.errorCode).toBe(ErrorCode.NONE);
    expect(pushed(who.id)).toEqual([
      { name: QUEUE, attributes: { topic: 't' }, value: 2.5 },
      { name: 'org.apache.kafka.producer.record.sent', attributes: {}, value: 42 },
      { name: 'org.apache.kafka.producer.request.latency.count', attributes: {}, value: 3 },
      { name: 'org.apache.kafka.producer.request.latency.sum', attributes: {}, value: 6 },
    ]);
  });

  it.each([
    ['gzip', 1],
    ['snappy', 2],
    ['lz4', 3],
    ['zstd', 4],
  ])('takes %s-compressed metrics', async (_name, codec) => {
    const who = await instance();
    const metrics = await compress(codec as 1, metricsPayload([{ name: QUEUE, kind: 'gauge', value: codec }]));
    expect((await push(who, { compressionType: codec, metrics })).errorCode).toBe(ErrorCode.NONE);
    expect(pushed(who.id)).toEqual([{ name: QUEUE, attributes: {}, value: codec }]);
  });

  it('a push before the interval is over is THROTTLING_QUOTA_EXCEEDED; one after it is taken', async () => {
    const who = await instance();
    expect((await push(who)).errorCode).toBe(ErrorCode.NONE);
    expect((await push(who)).errorCode).toBe(ErrorCode.THROTTLING_QUOTA_EXCEEDED);
    now += 1000;
    expect((await push(who)).errorCode).toBe(ErrorCode.NONE);
  });

  it('a stale subscription id is UNKNOWN_SUBSCRIPTION_ID, and the client may ask again at once', async () => {
    const who = await instance();
    const res = await push(who, { subscriptionId: who.subscriptionId + 1 });
    expect(res.errorCode).toBe(ErrorCode.UNKNOWN_SUBSCRIPTION_ID);
    const again = await client.request(GetTelemetrySubscriptionsApi, 0, { clientInstanceId: who.id }, who.clientId);
    expect(again.errorCode).toBe(ErrorCode.NONE);
    expect(again.subscriptionId).toBe(who.subscriptionId);
  });

  it('an unknown compression type is UNSUPPORTED_COMPRESSION_TYPE', async () => {
    const who = await instance();
    expect((await push(who, { compressionType: 7 })).errorCode).toBe(ErrorCode.UNSUPPORTED_COMPRESSION_TYPE);
  });

  it('metrics over telemetry.max.bytes are TELEMETRY_TOO_LARGE, compressed or once decompressed', async () => {
    const big = metricsPayload(
      Array.from({ length: 100 }, (_, i) => ({
        name: `org.apache.kafka.producer.metric.${i}`,
        kind: 'gauge' as const,
        value: i,
      })),
    );
    expect(big.length).toBeGreaterThan(2048);
    const who = await instance();
    expect((await push(who, { metrics: big })).errorCode).toBe(ErrorCode.TELEMETRY_TOO_LARGE);
    const zipped = await compress(1, big);
    expect(zipped.length).toBeLessThan(2048);
    const other = await instance();
    expect((await push(other, { compressionType: 1, metrics: zipped })).errorCode).toBe(ErrorCode.TELEMETRY_TOO_LARGE);
    expect(pushed(other.id)).toEqual([]);
  });

  it('metrics that are not OTLP are INVALID_RECORD', async () => {
    const who = await instance();
    const res = await push(who, { metrics: Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff]) });
    expect(res.errorCode).toBe(ErrorCode.INVALID_RECORD);
    const notGzip = await instance();
    expect((await push(notGzip, { compressionType: 1, metrics: Buffer.from('plain') })).errorCode).toBe(
      ErrorCode.INVALID_RECORD,
    );
  });

  it('the zero or reserved instance id is INVALID_REQUEST', async () => {
    const who = await instance();
    expect((await push(who, { clientInstanceId: ZERO_UUID })).errorCode).toBe(ErrorCode.INVALID_REQUEST);
    expect((await push(who, { clientInstanceId: 'AAAAAAAAAAAAAAAAAAAAAQ' })).errorCode).toBe(ErrorCode.INVALID_REQUEST);
  });

  it('a terminating push is taken at any time, and nothing after it', async () => {
    const who = await instance();
    expect((await push(who)).errorCode).toBe(ErrorCode.NONE);
    const last = await push(who, {
      terminating: true,
      metrics: metricsPayload([{ name: QUEUE, kind: 'gauge', value: 9 }]),
    });
    expect(last.errorCode).toBe(ErrorCode.NONE);
    expect(pushed(who.id)).toEqual([{ name: QUEUE, attributes: {}, value: 9 }]);
    now += 1000;
    expect((await push(who)).errorCode).toBe(ErrorCode.INVALID_REQUEST);
  });
});
