// Every (API, version, request/response): a message with non-default values in every field present in
// that version encodes, decodes to a deep-equal message, and re-encodes to identical bytes.
import { apiCodecs, Reader, UnsupportedFieldError, UnsupportedVersionError, Writer } from '../src';
import { loadSpecs, ValueBuilder, versionsOf } from './spec-values';

const cases: [string, number, 'request' | 'response', number][] = [];
for (const spec of loadSpecs()) {
  const [min, max] = versionsOf(spec.request.validVersions);
  for (let v = min; v <= max; v++) {
    cases.push([spec.name, spec.apiKey, 'request', v]);
    cases.push([spec.name, spec.apiKey, 'response', v]);
  }
}
const specsByKey = new Map(loadSpecs().map((s) => [s.apiKey, s]));

function encode(apiKey: number, side: 'request' | 'response', v: number, message: unknown): Buffer {
  const codec = apiCodecs.get(apiKey)!;
  const w = new Writer();
  if (side === 'request') codec.encodeRequest(w, v, message);
  else codec.encodeResponse(w, v, message);
  return w.toBuffer();
}

function decode(apiKey: number, side: 'request' | 'response', v: number, bytes: Buffer): unknown {
  const codec = apiCodecs.get(apiKey)!;
  const r = new Reader(bytes);
  const message = side === 'request' ? codec.decodeRequest(r, v) : codec.decodeResponse(r, v);
  expect(r.remaining).toBe(0);
  return message;
}

describe('generated codecs round-trip', () => {
  test('there is a codec for every spec', () => {
    expect([...apiCodecs.keys()].sort((a, b) => a - b)).toEqual([...specsByKey.keys()].sort((a, b) => a - b));
    expect(cases.length).toBeGreaterThan(500);
  });

  test.each(cases)('%s (key %i) %s v%i', (_name, apiKey, side, v) => {
    const spec = specsByKey.get(apiKey)!;
    const message = new ValueBuilder(spec, side).struct(spec[side].fields, v);
    const bytes = encode(apiKey, side, v, message);
    const decoded = decode(apiKey, side, v, bytes);
    expect(decoded).toEqual(message);
    expect(encode(apiKey, side, v, decoded).equals(bytes)).toBe(true);
  });

  test.each([...specsByKey.keys()])('defaults of key %i encode and decode at every version', (apiKey) => {
    const codec = apiCodecs.get(apiKey)!;
    for (let v = codec.validVersions.min; v <= codec.validVersions.max; v++) {
      const req = codec.defaultRequest();
      expect(decode(apiKey, 'request', v, encode(apiKey, 'request', v, req))).toEqual(req);
      const res = codec.defaultResponse();
      expect(decode(apiKey, 'response', v, encode(apiKey, 'response', v, res))).toEqual(res);
    }
  });
});

describe('version and field rules', () => {
  test('an unknown version is an UnsupportedVersionError', () => {
    const metadata = apiCodecs.get(3)!;
    expect(() => metadata.decodeRequest(new Reader(Buffer.alloc(8)), 99)).toThrow(UnsupportedVersionError);
    expect(() => metadata.encodeResponse(new Writer(), -1, metadata.defaultResponse())).toThrow(
      UnsupportedVersionError,
    );
  });

  test('a non-default value in a version without a non-ignorable field is refused', () => {
    const metadata = apiCodecs.get(3)!;
    // AllowAutoTopicCreation (v4+, default true, not ignorable)
    const req = { topics: [], allowAutoTopicCreation: false };
    expect(() => metadata.encodeRequest(new Writer(), 3, req)).toThrow(UnsupportedFieldError);
    expect(() => metadata.encodeRequest(new Writer(), 4, req)).not.toThrow();
    // at its default the field is simply not written
    expect(() => metadata.encodeRequest(new Writer(), 3, { topics: [], allowAutoTopicCreation: true })).not.toThrow();
  });

  test('an ignorable field is dropped silently in versions that lack it', () => {
    const apiVersions = apiCodecs.get(18)!;
    const w = new Writer();
    apiVersions.encodeResponse(w, 0, { errorCode: 0, apiKeys: [], throttleTimeMs: 500 });
    expect(w.toBuffer()).toEqual(Buffer.from([0, 0, 0, 0, 0, 0]));
  });

  test('a null in a version where the field is not nullable is refused', () => {
    const metadata = apiCodecs.get(3)!;
    expect(() => metadata.encodeRequest(new Writer(), 0, { topics: null })).toThrow(/not nullable/);
  });

  test('unknown tagged fields are skipped on decode', () => {
    const apiVersions = apiCodecs.get(18)!;
    // v3 request: name "a", version "b", then a tag section with unknown tag 7 (2 bytes)
    const bytes = Buffer.from([2, 0x61, 2, 0x62, 1, 7, 2, 0xaa, 0xbb]);
    const r = new Reader(bytes);
    expect(apiVersions.decodeRequest(r, 3)).toEqual({ clientSoftwareName: 'a', clientSoftwareVersion: 'b' });
    expect(r.remaining).toBe(0);
  });

  test('known tagged fields decode and only non-default tags are written', () => {
    const apiVersions = apiCodecs.get(18)!;
    const w = new Writer();
    apiVersions.encodeResponse(w, 3, { errorCode: 0, apiKeys: [], throttleTimeMs: 0, finalizedFeaturesEpoch: 5 });
    const bytes = w.toBuffer();
    // error 0, empty compact array, throttle 0, one tag: tag 1, size 8, int64 5
    expect(bytes).toEqual(Buffer.from([0, 0, 1, 0, 0, 0, 0, 1, 1, 8, 0, 0, 0, 0, 0, 0, 0, 5]));
    expect(apiVersions.decodeResponse(new Reader(bytes), 3)).toMatchObject({
      finalizedFeaturesEpoch: 5,
      supportedFeatures: [],
    });
  });

  test('truncated bodies fail with a decode error, never a crash', () => {
    for (const [apiKey, codec] of apiCodecs) {
      const spec = specsByKey.get(apiKey)!;
      const v = codec.validVersions.max;
      const bytes = encode(apiKey, 'request', v, new ValueBuilder(spec, 'request').struct(spec.request.fields, v));
      for (const cut of [1, Math.floor(bytes.length / 2), bytes.length - 1]) {
        if (cut <= 0 || cut >= bytes.length) continue;
        expect(() => codec.decodeRequest(new Reader(bytes.subarray(0, cut)), v)).toThrow(
          /truncated|exceeds|null|invalid|overran|varint/,
        );
      }
    }
  });
});
