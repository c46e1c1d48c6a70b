import {
  ControlledShutdownApi,
  decodeRequestHeader,
  encodeRequestHeader,
  MetadataApi,
  ProtocolDecodeError,
  Reader,
  Writer,
} from '../src';

function roundTrip(apiKey: number, apiVersion: number, clientId: string | null): { header: unknown; rest: number } {
  const w = new Writer();
  const headerVersion = apiKey === 1000 ? 1 : decodeVersion(apiKey, apiVersion);
  encodeRequestHeader(w, { apiKey, apiVersion, correlationId: 42, clientId }, headerVersion);
  w.int8(9); // first body byte
  const r = new Reader(w.toBuffer());
  const header = decodeRequestHeader(r);
  return { header, rest: r.remaining };
}

function decodeVersion(apiKey: number, apiVersion: number): 0 | 1 | 2 {
  return apiKey === 7
    ? ControlledShutdownApi.requestHeaderVersion(apiVersion)
    : MetadataApi.requestHeaderVersion(apiVersion);
}

test('header v1 for a non-flexible version', () => {
  expect(roundTrip(3, 8, 'client')).toEqual({
    header: { apiKey: 3, apiVersion: 8, correlationId: 42, clientId: 'client', headerVersion: 1 },
    rest: 1,
  });
});

test('header v2 for a flexible version, with a null client id', () => {
  expect(roundTrip(3, 9, null)).toEqual({
    header: { apiKey: 3, apiVersion: 9, correlationId: 42, clientId: null, headerVersion: 2 },
    rest: 1,
  });
});

test('header v0 only for ControlledShutdown v0', () => {
  expect(ControlledShutdownApi.requestHeaderVersion(0)).toBe(0);
  expect(ControlledShutdownApi.requestHeaderVersion(1)).toBe(1);
  expect(ControlledShutdownApi.requestHeaderVersion(3)).toBe(2);
  expect(roundTrip(7, 0, 'ignored').header).toEqual({
    apiKey: 7,
    apiVersion: 0,
    correlationId: 42,
    clientId: null,
    headerVersion: 0,
  });
});

test('header tags in v2 are skipped', () => {
  const bytes = Buffer.from([0, 3, 0, 12, 0, 0, 0, 5, 0xff, 0xff, 1, 3, 1, 0xee, 0x77]);
  const r = new Reader(bytes);
  expect(decodeRequestHeader(r)).toMatchObject({
    apiKey: 3,
    apiVersion: 12,
    correlationId: 5,
    clientId: null,
    headerVersion: 2,
  });
  expect(r.remaining).toBe(1);
});

test('an unknown API key is reported, not thrown', () => {
  const bytes = Buffer.from([0x03, 0xe8, 0, 0, 0, 0, 0, 7, 0, 1, 0x61]);
  expect(decodeRequestHeader(new Reader(bytes))).toEqual({
    apiKey: 1000,
    apiVersion: 0,
    correlationId: 7,
    clientId: null,
    headerVersion: null,
  });
});

test('an ApiVersions request newer than we know still parses with a flexible header', () => {
  const bytes = Buffer.from([0, 18, 0, 99, 0, 0, 0, 1, 0, 0, 0]);
  expect(decodeRequestHeader(new Reader(bytes))).toEqual({
    apiKey: 18,
    apiVersion: 99,
    correlationId: 1,
    clientId: '',
    headerVersion: 2,
  });
});

test('a truncated header is a decode error', () => {
  expect(() => decodeRequestHeader(new Reader(Buffer.from([0, 3, 0, 1, 0, 0, 0, 1, 0, 5, 0x61])))).toThrow(
    ProtocolDecodeError,
  );
  expect(() => decodeRequestHeader(new Reader(Buffer.from([0, 3, 0])))).toThrow(ProtocolDecodeError);
});
