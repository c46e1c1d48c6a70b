import { ApiVersionsApi, ErrorCode, Reader, Writer, encodeRequestHeader } from '@samsa/protocol';
import { WireClient } from '../helpers/wire-client';
import { startTestBroker, type TestBroker } from '../helpers/test-broker';

describe('ApiVersions', () => {
  let tb: TestBroker;
  let client: WireClient;
  beforeAll(async () => {
    tb = await startTestBroker();
  });
  afterAll(async () => tb.dispose());
  beforeEach(async () => {
    client = await WireClient.connect(tb.broker.port);
  });
  afterEach(() => client.destroy());

  it.each([0, 1, 2, 3, 4])('v%i lists exactly the served APIs', async (version) => {
    const res = await client.request(ApiVersionsApi, version, {
      clientSoftwareName: 'samsa-test',
      clientSoftwareVersion: '1.0.0',
    });
    expect(res.errorCode).toBe(ErrorCode.NONE);
    expect(res.apiKeys).toEqual([
      { apiKey: 0, minVersion: 0, maxVersion: 11 },
      { apiKey: 1, minVersion: 0, maxVersion: 17 },
      { apiKey: 2, minVersion: 0, maxVersion: 10 },
      { apiKey: 3, minVersion: 0, maxVersion: 12 },
      { apiKey: 8, minVersion: 0, maxVersion: 9 },
      { apiKey: 9, minVersion: 0, maxVersion: 9 },
      { apiKey: 10, minVersion: 0, maxVersion: 6 },
      { apiKey: 11, minVersion: 0, maxVersion: 9 },
      { apiKey: 12, minVersion: 0, maxVersion: 4 },
      { apiKey: 13, minVersion: 0, maxVersion: 5 },
      { apiKey: 14, minVersion: 0, maxVersion: 5 },
      { apiKey: 15, minVersion: 0, maxVersion: 5 },
      { apiKey: 16, minVersion: 0, maxVersion: 5 },
      { apiKey: 17, minVersion: 0, maxVersion: 1 },
      { apiKey: 18, minVersion: 0, maxVersion: 4 },
      { apiKey: 19, minVersion: 0, maxVersion: 7 },
      { apiKey: 20, minVersion: 0, maxVersion: 6 },
      { apiKey: 21, minVersion: 0, maxVersion: 2 },
      { apiKey: 22, minVersion: 0, maxVersion: 5 },
      { apiKey: 23, minVersion: 0, maxVersion: 4 },
      { apiKey: 24, minVersion: 0, maxVersion: 5 },
      { apiKey: 25, minVersion: 0, maxVersion: 4 },
      { apiKey: 26, minVersion: 0, maxVersion: 5 },
      { apiKey: 27, minVersion: 0, maxVersion: 1 },
      { apiKey: 28, minVersion: 0, maxVersion: 4 },
      { apiKey: 29, minVersion: 0, maxVersion: 3 },
      { apiKey: 30, minVersion: 0, maxVersion: 3 },
      { apiKey: 31, minVersion: 0, maxVersion: 3 },
      { apiKey: 32, minVersion: 0, maxVersion: 4 },
      { apiKey: 33, minVersion: 0, maxVersion: 2 },
      { apiKey: 34, minVersion: 0, maxVersion: 2 },
      { apiKey: 35, minVersion: 0, maxVersion: 4 },
      { apiKey: 36, minVersion: 0, maxVersion: 2 },
      { apiKey: 37, minVersion: 0, maxVersion: 3 },
      { apiKey: 42, minVersion: 0, maxVersion: 2 },
      { apiKey: 43, minVersion: 0, maxVersion: 2 },
      { apiKey: 44, minVersion: 0, maxVersion: 1 },
      { apiKey: 45, minVersion: 0, maxVersion: 0 },
      { apiKey: 46, minVersion: 0, maxVersion: 0 },
      { apiKey: 47, minVersion: 0, maxVersion: 0 },
      { apiKey: 48, minVersion: 0, maxVersion: 1 },
      { apiKey: 49, minVersion: 0, maxVersion: 1 },
      { apiKey: 50, minVersion: 0, maxVersion: 0 },
      { apiKey: 51, minVersion: 0, maxVersion: 0 },
      { apiKey: 55, minVersion: 0, maxVersion: 2 },
      { apiKey: 57, minVersion: 0, maxVersion: 2 },
      { apiKey: 60, minVersion: 0, maxVersion: 1 },
      { apiKey: 61, minVersion: 0, maxVersion: 0 },
      { apiKey: 65, minVersion: 0, maxVersion: 0 },
      { apiKey: 66, minVersion: 0, maxVersion: 1 },
      { apiKey: 68, minVersion: 0, maxVersion: 1 },
      { apiKey: 69, minVersion: 0, maxVersion: 1 },
      { apiKey: 71, minVersion: 0, maxVersion: 0 },
      { apiKey: 72, minVersion: 0, maxVersion: 0 },
      { apiKey: 74, minVersion: 0, maxVersion: 0 },
      { apiKey: 75, minVersion: 0, maxVersion: 0 },
    ]);
    if (version >= 1) expect(res.throttleTimeMs).toBe(0);
  });

  it('v4 reports the feature levels as Kafka 4.0 does: supported ranges, finalized levels and their epoch', async () => {
    const res = await client.request(ApiVersionsApi, 4, { clientSoftwareName: 'x', clientSoftwareVersion: '1' });
    expect(res.supportedFeatures).toEqual([
      { name: 'metadata.version', minVersion: 7, maxVersion: 25 },
      { name: 'kraft.version', minVersion: 0, maxVersion: 1 },
      { name: 'group.version', minVersion: 0, maxVersion: 1 },
      { name: 'transaction.version', minVersion: 0, maxVersion: 1 },
      { name: 'eligible.leader.replicas.version', minVersion: 0, maxVersion: 0 },
      { name: 'share.version', minVersion: 0, maxVersion: 1 },
    ]);
    expect(res.finalizedFeaturesEpoch).toBe(1);
    expect(res.finalizedFeatures).toEqual([
      { name: 'group.version', maxVersionLevel: 1, minVersionLevel: 1 },
      { name: 'kraft.version', maxVersionLevel: 1, minVersionLevel: 1 },
      { name: 'metadata.version', maxVersionLevel: 25, minVersionLevel: 25 },
      { name: 'transaction.version', maxVersionLevel: 1, minVersionLevel: 1 },
    ]);
  });

  it('v3 cannot carry a minimum of 0 (KAFKA-17011): such features start at 1, and those only at 0 are left out', async () => {
    const res = await client.request(ApiVersionsApi, 3, { clientSoftwareName: 'x', clientSoftwareVersion: '1' });
    expect(res.supportedFeatures).toEqual([
      { name: 'metadata.version', minVersion: 7, maxVersion: 25 },
      { name: 'kraft.version', minVersion: 1, maxVersion: 1 },
      { name: 'group.version', minVersion: 1, maxVersion: 1 },
      { name: 'transaction.version', minVersion: 1, maxVersion: 1 },
      { name: 'share.version', minVersion: 1, maxVersion: 1 },
    ]);
    expect(res.finalizedFeatures).toHaveLength(4);
    // v0-2 carry no features at all.
    const v2 = await client.request(ApiVersionsApi, 2, {});
    expect(v2.supportedFeatures ?? []).toEqual([]);
  });

  it('records the v3+ client software name and version', async () => {
    await client.request(ApiVersionsApi, 3, { clientSoftwareName: 'my-client', clientSoftwareVersion: '2.1-rc.1' });
    expect(
      tb.logs.some((l) => l['clientSoftwareName'] === 'my-client' && l['clientSoftwareVersion'] === '2.1-rc.1'),
    ).toBe(true);
  });

  it.each([
    ['', '1.0'],
    ['bad name', '1.0'],
    ['client', '-1.0'],
    ['client', '1.0.'],
  ])('answers INVALID_REQUEST for software name %j / version %j', async (name, version) => {
    const res = await client.request(ApiVersionsApi, 3, { clientSoftwareName: name, clientSoftwareVersion: version });
    expect(res.errorCode).toBe(ErrorCode.INVALID_REQUEST);
    expect(res.apiKeys).toEqual([]);
  });

  it('answers a v3 request with a v0 response header (no tagged-field byte) and a flexible body', async () => {
    const { frame, correlationId } = client.encode(ApiVersionsApi, 3, {
      clientSoftwareName: 'x',
      clientSoftwareVersion: '1',
    });
    const raw = (await client.sendRaw(frame, correlationId))!;
    expect(raw.readInt32BE(0)).toBe(correlationId);
    // Body starts right after the correlation id: error_code int16 = 0, then a compact array length (count + 1).
    expect(raw.readInt16BE(4)).toBe(0);
    // As many entries as the v0 answer lists (checked exactly above).
    const served = (await client.request(ApiVersionsApi, 0, {})).apiKeys.length;
    expect(raw[6]).toBe(served + 1);
    const r = new Reader(raw, 4);
    const body = ApiVersionsApi.decodeResponse(r, 3);
    expect(body.apiKeys).toHaveLength(served);
    expect(r.remaining).toBe(0);
  });

  it.each([5, 127])(
    'answers unsupported v%i with a v0 body: UNSUPPORTED_VERSION and only its own range',
    async (version) => {
      const correlationId = 4242;
      const w = new Writer();
      const at = w.reserveInt32();
      encodeRequestHeader(w, { apiKey: 18, apiVersion: version, correlationId, clientId: 'future' }, 2);
      w.uvarint(1); // a body this broker cannot know the shape of
      w.setInt32At(at, w.byteLength - 4);
      const raw = (await client.sendRaw(w.toBuffer(), correlationId))!;
      const r = new Reader(raw, 0);
      expect(r.int32()).toBe(correlationId);
      const body = ApiVersionsApi.decodeResponse(r, 0);
      expect(r.remaining).toBe(0);
      expect(body.errorCode).toBe(35);
      expect(body.apiKeys).toEqual([{ apiKey: 18, minVersion: 0, maxVersion: 4 }]);
      // The connection stays usable: the client retries with a version it learnt.
      const retry = await client.request(ApiVersionsApi, 4, {
        clientSoftwareName: 'future',
        clientSoftwareVersion: '9',
      });
      expect(retry.errorCode).toBe(0);
    },
  );
});
