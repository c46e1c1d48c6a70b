/**
 * Client quotas enforced over the wire (Kafka's ClientQuotaManager, ClientRequestQuotaManager, KIP-219): throttle
 * times by Kafka's formula, the channel muted for them, older versions answered late, precedence of the quota
 * entities, and quotas altered at run time.
 *
 * A first request from a quota entity is measured over the whole quota window: Rate.windowSize counts the
 * `quota.window.num - 1` windows before the first one as empty, so W = 10 s with the defaults (11 windows of 1 s) and
 * the rate is V / 10 s. Kafka's throttle time is then round((V / 10 - T) / T × 10 000) ms for a quota T.
 */
import {
  AlterClientQuotasApi,
  ApiVersionsApi,
  FetchApi,
  MetadataApi,
  ProduceApi,
  SaslAuthenticateApi,
  SaslHandshakeApi,
  type FetchResponse,
  type ProduceResponse,
} from '@samsa/protocol';
import { createTopic } from '../helpers/groups';
import { batchOf, fetch, fetchRequest } from '../helpers/records';
import { startTestBroker, type TestBroker } from '../helpers/test-broker';
import { WireClient } from '../helpers/wire-client';

const WINDOW_MS = 10_000;
const BIG = 'x'.repeat(600_000);

/** QuotaUtils.throttleTime for the first value V an entity records against quota T. */
function firstThrottle(bytes: number, quota: number): number {
  return Math.round(((bytes / (WINDOW_MS / 1000) - quota) / quota) * WINDOW_MS);
}

type Pair = [string, string | null];

async function setQuota(c: WireClient, entity: Pair[], key: string, value: number | null): Promise<void> {
  const res = await c.request(AlterClientQuotasApi, 1, {
    validateOnly: false,
    entries: [
      {
        entity: entity.map(([entityType, entityName]) => ({ entityType, entityName })),
        ops: [{ key, value: value ?? 0, remove: value === null }],
      },
    ],
  });
  expect(res.entries.map((e) => e.errorCode)).toEqual([0]);
}

interface Timed<T> {
  readonly response: T;
  /** performance.now() when the request was written. */
  readonly sentAt: number;
  /** performance.now() when its response was read. */
  readonly receivedAt: number;
  /** The request's size as Kafka counts it (the frame without its size prefix). */
  readonly requestBytes: number;
}

async function timedProduce(
  c: WireClient,
  version: number,
  clientId: string,
  topic: string,
): Promise<Timed<ProduceResponse>> {
  const body = {
    transactionalId: null,
    acks: 1,
    timeoutMs: 5000,
    topicData: [{ name: topic, partitionData: [{ index: 0, records: batchOf([BIG]) }] }],
  };
  const { frame, correlationId } = c.encode(ProduceApi, version, body, clientId);
  const sentAt = performance.now();
  const raw = await (c.sendRaw(frame, correlationId) as Promise<Buffer>);
  const receivedAt = performance.now();
  return { response: c.decode(ProduceApi, version, raw), sentAt, receivedAt, requestBytes: frame.length - 4 };
}

describe('client quotas', () => {
  let tb: TestBroker;
  let admin: WireClient;
  const open: WireClient[] = [];
  const connect = async (): Promise<WireClient> => {
    const c = await WireClient.connect(tb.broker.port);
    open.push(c);
    return c;
  };

  beforeAll(async () => {
    tb = await startTestBroker();
    admin = await connect();
    await createTopic(admin, 'quota-produce', 1);
    await createTopic(admin, 'quota-fetch', 1);
  });
  afterAll(async () => {
    for (const c of open) c.destroy();
    await tb.dispose();
  });

  it('throttles a producer over producer_byte_rate by Kafka’s formula and reads nothing more from it until then', async () => {
    await setQuota(admin, [['client-id', 'fast-producer']], 'producer_byte_rate', 51_200);
    const c = await connect();
    const first = await timedProduce(c, 9, 'fast-producer', 'quota-produce');
    expect(first.response.responses[0]!.partitionResponses[0]!.errorCode).toBe(0);
    const throttle = first.response.throttleTimeMs ?? 0;
    expect(throttle).toBe(firstThrottle(first.requestBytes, 51_200));
    expect(throttle).toBeGreaterThan(1000);
    // KIP-219 (Produce v6+): the response is not held back...
    expect(first.receivedAt - first.sentAt).toBeLessThan(throttle);

    // ...but the next request on the connection is read only once the throttle time has passed since the first
    // request was read (which was after it was sent).
    const { frame, correlationId } = c.encode(
      ApiVersionsApi,
      3,
      { clientSoftwareName: 't', clientSoftwareVersion: '1' },
      'fast-producer',
    );
    const next = await (c.sendRaw(frame, correlationId) as Promise<Buffer>);
    const nextAt = performance.now();
    expect(c.decode(ApiVersionsApi, 3, next).errorCode).toBe(0);
    expect(nextAt - first.sentAt).toBeGreaterThanOrEqual(throttle);

    // Another client id has no quota: same traffic, no throttle.
    const other = await timedProduce(await connect(), 9, 'unlimited-producer', 'quota-produce');
    expect(other.response.throttleTimeMs).toBe(0);

    const text = await tb.broker.metrics().text();
    const line = text
      .split('\n')
      .find(
        (l) =>
          l.startsWith('samsa_client_quota_throttle_time_seconds_total{') && l.includes('client_id="fast-producer"'),
      );
    expect(line).toContain('quota_type="produce"');
    expect(Number(line!.split(' ').pop())).toBeCloseTo(throttle / 1000, 3);
    expect(text).toMatch(
      /samsa_client_quota_rate\{quota_type="produce",broker="\d+",user="",client_id="fast-producer"\} \d+/,
    );
  });

  it('holds the response for the throttle time for a version before KIP-219 (Produce v5)', async () => {
    await setQuota(admin, [['client-id', 'old-producer']], 'producer_byte_rate', 51_200);
    const c = await connect();
    const first = await timedProduce(c, 5, 'old-producer', 'quota-produce');
    const throttle = first.response.throttleTimeMs ?? 0;
    expect(throttle).toBe(firstThrottle(first.requestBytes, 51_200));
    expect(first.receivedAt - first.sentAt).toBeGreaterThanOrEqual(throttle);
  });

  it('mutes an acks=0 producer over its quota though it gets no response', async () => {
    await setQuota(admin, [['client-id', 'fire-and-forget']], 'producer_byte_rate', 51_200);
    const c = await connect();
    const body = {
      transactionalId: null,
      acks: 0,
      timeoutMs: 5000,
      topicData: [{ name: 'quota-produce', partitionData: [{ index: 0, records: batchOf([BIG]) }] }],
    };
    const produce = c.encode(ProduceApi, 9, body, 'fire-and-forget');
    const sentAt = performance.now();
    c.sendRaw(produce.frame);
    const next = c.encode(
      ApiVersionsApi,
      3,
      { clientSoftwareName: 't', clientSoftwareVersion: '1' },
      'fire-and-forget',
    );
    const raw = await (c.sendRaw(next.frame, next.correlationId) as Promise<Buffer>);
    expect(c.decode(ApiVersionsApi, 3, raw).errorCode).toBe(0);
    expect(performance.now() - sentAt).toBeGreaterThanOrEqual(firstThrottle(produce.frame.length - 4, 51_200));
  });

  it('reads a quota-bound client’s pipelined requests one at a time, so the throttle holds back the next', async () => {
    await setQuota(admin, [['client-id', 'pipelining']], 'producer_byte_rate', 51_200);
    const c = await connect();
    const body = {
      transactionalId: null,
      acks: 1,
      timeoutMs: 5000,
      topicData: [{ name: 'quota-produce', partitionData: [{ index: 0, records: batchOf([BIG]) }] }],
    };
    const produce = c.encode(ProduceApi, 9, body, 'pipelining');
    const next = c.encode(ApiVersionsApi, 3, { clientSoftwareName: 't', clientSoftwareVersion: '1' }, 'pipelining');
    const sentAt = performance.now();
    // Both requests are on the wire before the first is answered.
    const first = c.sendRaw(produce.frame, produce.correlationId) as Promise<Buffer>;
    const second = c.sendRaw(next.frame, next.correlationId) as Promise<Buffer>;
    const throttle = c.decode(ProduceApi, 9, await first).throttleTimeMs ?? 0;
    expect(throttle).toBe(firstThrottle(produce.frame.length - 4, 51_200));
    await second;
    expect(performance.now() - sentAt).toBeGreaterThanOrEqual(throttle);
  });

  it('applies the most specific quota entity: user and client-id, then user, then client-id; removal lifts it', async () => {
    const user: Pair = ['user', 'ANONYMOUS'];
    const client: Pair = ['client-id', 'ranked'];
    await setQuota(admin, [user, client], 'producer_byte_rate', 1_000_000_000);
    await setQuota(admin, [user], 'producer_byte_rate', 51_200);
    await setQuota(admin, [client], 'producer_byte_rate', 25_600);

    const a = await timedProduce(await connect(), 9, 'ranked', 'quota-produce');
    expect(a.response.throttleTimeMs).toBe(0);

    await setQuota(admin, [user, client], 'producer_byte_rate', null);
    const b = await timedProduce(await connect(), 9, 'ranked', 'quota-produce');
    expect(b.response.throttleTimeMs).toBe(firstThrottle(b.requestBytes, 51_200));

    await setQuota(admin, [user], 'producer_byte_rate', null);
    const c = await timedProduce(await connect(), 9, 'ranked', 'quota-produce');
    expect(c.response.throttleTimeMs).toBe(firstThrottle(c.requestBytes, 25_600));

    await setQuota(admin, [client], 'producer_byte_rate', null);
    const d = await timedProduce(await connect(), 9, 'ranked', 'quota-produce');
    expect(d.response.throttleTimeMs).toBe(0);
  });

  it('falls back to the default entities: <default> client-id, then a user’s <default> client-id', async () => {
    await setQuota(admin, [['client-id', null]], 'producer_byte_rate', 51_200);
    const a = await timedProduce(await connect(), 9, 'any-client', 'quota-produce');
    expect(a.response.throttleTimeMs).toBe(firstThrottle(a.requestBytes, 51_200));

    await setQuota(
      admin,
      [
        ['user', 'ANONYMOUS'],
        ['client-id', null],
      ],
      'producer_byte_rate',
      25_600,
    );
    const b = await timedProduce(await connect(), 9, 'any-client', 'quota-produce');
    expect(b.response.throttleTimeMs).toBe(firstThrottle(b.requestBytes, 25_600));

    await setQuota(
      admin,
      [
        ['user', 'ANONYMOUS'],
        ['client-id', null],
      ],
      'producer_byte_rate',
      null,
    );
    await setQuota(admin, [['client-id', null]], 'producer_byte_rate', null);
    const c = await timedProduce(await connect(), 9, 'any-client', 'quota-produce');
    expect(c.response.throttleTimeMs).toBe(0);
  });

  it('caps a fetch to one consumer_byte_rate window and answers a fetch over the quota empty', async () => {
    const loader = await connect();
    for (let i = 0; i < 10; i++) {
      const body = {
        transactionalId: null,
        acks: 1,
        timeoutMs: 5000,
        topicData: [{ name: 'quota-fetch', partitionData: [{ index: 0, records: batchOf(['y'.repeat(100_000)]) }] }],
      };
      const res = await loader.request(ProduceApi, 9, body, 'loader');
      expect(res.responses[0]!.partitionResponses[0]!.errorCode).toBe(0);
    }
    await setQuota(admin, [['client-id', 'slow-consumer']], 'consumer_byte_rate', 51_200);
    const c = await connect();
    const fetchAs = (offset: number, session: { sessionId: number; sessionEpoch: number }) =>
      c.request(
        FetchApi,
        12,
        fetchRequest([{ topic: 'quota-fetch', partition: 0, offset, partitionMaxBytes: 50 << 20 }], session),
        'slow-consumer',
      );
    const recordBytes = (res: FetchResponse): number => {
      const records = res.responses[0]!.partitions[0]!.records as readonly Buffer[] | Buffer;
      return Buffer.isBuffer(records) ? records.length : records.reduce((n, b) => n + b.length, 0);
    };
    const first = await fetchAs(0, { sessionId: 0, sessionEpoch: -1 });
    expect(first.throttleTimeMs).toBe(0);
    // max_bytes is capped to 51 200 × 10: five of the ten 100 kB batches.
    expect(recordBytes(first)).toBeGreaterThan(400_000);
    expect(recordBytes(first)).toBeLessThanOrEqual(512_000);

    // A full fetch asking for a session, over the quota: empty, and no session opened (FullFetchContext).
    const second = await fetchAs(5, { sessionId: 0, sessionEpoch: 0 });
    expect(second.throttleTimeMs).toBeGreaterThan(0);
    expect(second.responses).toEqual([]);
    expect(second.sessionId).toBe(0);

    // A consumer without a quota reads the same data in one go.
    const free = await fetch(await connect(), 12, [
      { topic: 'quota-fetch', partition: 0, offset: 0, partitionMaxBytes: 50 << 20 },
    ]);
    expect(free.throttleTimeMs).toBe(0);
    expect(recordBytes(free)).toBeGreaterThan(900_000);
  });

  it('throttles request_percentage by at most one quota window, and holds a pre-KIP-219 response', async () => {
    await setQuota(admin, [['client-id', 'busy']], 'request_percentage', 0.00001);
    const c = await connect();
    const res = await c.request(ApiVersionsApi, 3, { clientSoftwareName: 't', clientSoftwareVersion: '1' }, 'busy');
    // Any measurable handler time is far over 0.00001 % of a thread: ClientRequestQuotaManager bounds the throttle
    // to one window (quota.window.size.seconds).
    expect(res.throttleTimeMs).toBe(1000);

    await setQuota(admin, [['client-id', 'busy-old']], 'request_percentage', 0.00001);
    const old = await connect();
    const { frame, correlationId } = old.encode(MetadataApi, 1, { topics: [] }, 'busy-old');
    const sentAt = performance.now();
    const raw = await (old.sendRaw(frame, correlationId) as Promise<Buffer>);
    expect(performance.now() - sentAt).toBeGreaterThanOrEqual(1000);
    expect(old.decode(MetadataApi, 1, raw).brokers.length).toBeGreaterThan(0);

    await setQuota(admin, [['client-id', 'busy']], 'request_percentage', null);
    const after = await (await connect()).request(
      ApiVersionsApi,
      3,
      { clientSoftwareName: 't', clientSoftwareVersion: '1' },
      'busy',
    );
    expect(after.throttleTimeMs).toBe(0);
  });
});

describe('client quotas by authenticated user, on every broker identity', () => {
  let tb: TestBroker;
  let admin: WireClient;
  const open: WireClient[] = [];
  const track = (c: WireClient): WireClient => {
    open.push(c);
    return c;
  };
  const apiVersions = (c: WireClient, clientId: string) =>
    c.request(ApiVersionsApi, 3, { clientSoftwareName: 't', clientSoftwareVersion: '1' }, clientId);

  beforeAll(async () => {
    tb = await startTestBroker({
      listeners: 'PLAINTEXT://127.0.0.1:0,SASL_PLAINTEXT://127.0.0.1:0',
      'samsa.storage': 'memory',
      'samsa.broker.count': 2,
      'sasl.enabled.mechanisms': 'PLAIN',
      'samsa.sasl.users': 'alice:alice-secret',
    });
    admin = track(await WireClient.connect(tb.broker.port));
  });
  afterAll(async () => {
    for (const c of open) c.destroy();
    await tb.dispose();
  });

  it('applies a user quota to the SASL principal only', async () => {
    await setQuota(admin, [['user', 'alice']], 'request_percentage', 0.00001);
    const sasl = track(
      await WireClient.connect(Number(tb.broker.listeners.SASL_PLAINTEXT?.split(',')[0]?.split(':')[1])),
    );
    await sasl.request(SaslHandshakeApi, 1, { mechanism: 'PLAIN' });
    const auth = await sasl.request(SaslAuthenticateApi, 2, {
      authBytes: Buffer.from('\u0000alice\u0000alice-secret', 'utf8'),
    });
    expect(auth.errorCode).toBe(0);
    expect((await apiVersions(sasl, 'app')).throttleTimeMs).toBe(1000);
    // The same client id, unauthenticated (User:ANONYMOUS): no quota applies.
    expect((await apiVersions(track(await WireClient.connect(tb.broker.port)), 'app')).throttleTimeMs).toBe(0);
  });

  it('throttles on each broker identity, each measuring its own rate', async () => {
    await setQuota(admin, [['client-id', 'everywhere']], 'request_percentage', 0.00001);
    expect(tb.broker.nodes.length).toBe(2);
    for (const node of tb.broker.nodes) {
      const c = track(await WireClient.connect(node.port));
      expect((await apiVersions(c, 'everywhere')).throttleTimeMs).toBe(1000);
    }
  });
});
