import {
  ApiVersionsApi,
  apiCodecs,
  decodeResponseHeader,
  encodeResponseHeader,
  FetchApi,
  MetadataApi,
  Reader,
  Writer,
} from '../src';

test('v0 is the correlation id alone; v1 adds exactly one 0x00 tag byte', () => {
  const w0 = new Writer();
  encodeResponseHeader(w0, 0x01020304, 0);
  expect(w0.toBuffer()).toEqual(Buffer.from([1, 2, 3, 4]));
  const w1 = new Writer();
  encodeResponseHeader(w1, 0x01020304, 1);
  expect(w1.toBuffer()).toEqual(Buffer.from([1, 2, 3, 4, 0]));
  expect(decodeResponseHeader(new Reader(w1.toBuffer()), 1)).toEqual({ correlationId: 0x01020304 });
});

test('decoding v1 skips header tags a peer might send', () => {
  const r = new Reader(Buffer.from([0, 0, 0, 9, 1, 0, 1, 0xaa, 0x55]));
  expect(decodeResponseHeader(r, 1)).toEqual({ correlationId: 9 });
  expect(r.remaining).toBe(1);
});

test('flexible versions use response header v1, except ApiVersions which is always v0 (KIP-511)', () => {
  expect(MetadataApi.responseHeaderVersion(8)).toBe(0);
  expect(MetadataApi.responseHeaderVersion(9)).toBe(1);
  expect(FetchApi.responseHeaderVersion(12)).toBe(1);
  for (let v = 0; v <= 4; v++) expect(ApiVersionsApi.responseHeaderVersion(v)).toBe(0);
  for (const codec of apiCodecs.values()) {
    if (codec.apiKey === 18 || codec.firstFlexibleVersion === null) continue;
    expect(codec.responseHeaderVersion(codec.validVersions.max)).toBe(1);
    expect(codec.requestHeaderVersion(codec.validVersions.max)).toBe(2);
  }
});
