// Generated from protocol-specs/40-expire-delegation-token.json by scripts/gen-protocol.ts. Do not edit.
// ExpireDelegationToken (key 40), versions 0-2, flexible from v2.

import type { ApiCodec } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import { EMPTY_BUFFER } from '../primitives/reader';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface ExpireDelegationTokenRequest {
  hmac: Buffer;
  expiryTimePeriodMs: number;
}

export interface ExpireDelegationTokenResponse {
  errorCode: number;
  expiryTimestampMs: bigint;
  throttleTimeMs: number;
}

function defaultExpireDelegationTokenRequest(): ExpireDelegationTokenRequest {
  return { hmac: EMPTY_BUFFER, expiryTimePeriodMs: 0 };
}

function defaultExpireDelegationTokenResponse(): ExpireDelegationTokenResponse {
  return { errorCode: 0, expiryTimestampMs: 0n, throttleTimeMs: 0 };
}

function decodeExpireDelegationTokenRequestV0(r: Reader): ExpireDelegationTokenRequest {
  const hmac = r.bytes();
  const expiryTimePeriodMs = r.int64();
  return { hmac, expiryTimePeriodMs };
}

function encodeExpireDelegationTokenRequestV0(w: Writer, m: ExpireDelegationTokenRequest): void {
  w.bytes(m.hmac);
  w.int64(m.expiryTimePeriodMs);
}

function decodeExpireDelegationTokenRequestV2(r: Reader): ExpireDelegationTokenRequest {
  const hmac = r.compactBytes();
  const expiryTimePeriodMs = r.int64();
  const m: ExpireDelegationTokenRequest = { hmac, expiryTimePeriodMs };
  r.skipTaggedFields();
  return m;
}

function encodeExpireDelegationTokenRequestV2(w: Writer, m: ExpireDelegationTokenRequest): void {
  w.compactBytes(m.hmac);
  w.int64(m.expiryTimePeriodMs);
  w.uvarint(0);
}

function decodeExpireDelegationTokenResponseV0(r: Reader): ExpireDelegationTokenResponse {
  const errorCode = r.int16();
  const expiryTimestampMs = r.int64BigInt();
  const throttleTimeMs = r.int32();
  return { errorCode, expiryTimestampMs, throttleTimeMs };
}

function encodeExpireDelegationTokenResponseV0(w: Writer, m: ExpireDelegationTokenResponse): void {
  w.int16(m.errorCode);
  w.int64BigInt(m.expiryTimestampMs);
  w.int32(m.throttleTimeMs);
}

function decodeExpireDelegationTokenResponseV2(r: Reader): ExpireDelegationTokenResponse {
  const errorCode = r.int16();
  const expiryTimestampMs = r.int64BigInt();
  const throttleTimeMs = r.int32();
  const m: ExpireDelegationTokenResponse = { errorCode, expiryTimestampMs, throttleTimeMs };
  r.skipTaggedFields();
  return m;
}

function encodeExpireDelegationTokenResponseV2(w: Writer, m: ExpireDelegationTokenResponse): void {
  w.int16(m.errorCode);
  w.int64BigInt(m.expiryTimestampMs);
  w.int32(m.throttleTimeMs);
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => ExpireDelegationTokenRequest) | undefined> = [
  decodeExpireDelegationTokenRequestV0, decodeExpireDelegationTokenRequestV0, decodeExpireDelegationTokenRequestV2,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: ExpireDelegationTokenRequest) => void) | undefined> = [
  encodeExpireDelegationTokenRequestV0, encodeExpireDelegationTokenRequestV0, encodeExpireDelegationTokenRequestV2,
];
const responseDecoders: ReadonlyArray<((r: Reader) => ExpireDelegationTokenResponse) | undefined> = [
  decodeExpireDelegationTokenResponseV0, decodeExpireDelegationTokenResponseV0, decodeExpireDelegationTokenResponseV2,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: ExpireDelegationTokenResponse) => void) | undefined> = [
  encodeExpireDelegationTokenResponseV0, encodeExpireDelegationTokenResponseV0, encodeExpireDelegationTokenResponseV2,
];

export const ExpireDelegationTokenApi: ApiCodec<ExpireDelegationTokenRequest, ExpireDelegationTokenResponse> = {
  apiKey: 40,
  name: 'ExpireDelegationToken',
  validVersions: { min: 0, max: 2 },
  firstFlexibleVersion: 2,
  deprecatedVersions: { min: 0, max: 0 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: ['request.hmac'],
  requestHeaderVersion: (version) => (version >= 2 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 2 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): ExpireDelegationTokenRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ExpireDelegationToken', 40, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: ExpireDelegationTokenRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ExpireDelegationToken', 40, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): ExpireDelegationTokenResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ExpireDelegationToken', 40, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: ExpireDelegationTokenResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ExpireDelegationToken', 40, version);
    encode(writer, message);
  },
  defaultRequest: defaultExpireDelegationTokenRequest,
  defaultResponse: defaultExpireDelegationTokenResponse,
};
