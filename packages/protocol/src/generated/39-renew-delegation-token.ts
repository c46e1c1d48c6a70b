// Generated from protocol-specs/39-renew-delegation-token.json by scripts/gen-protocol.ts. Do not edit.
// RenewDelegationToken (key 39), versions 0-2, flexible from v2.

import type { ApiCodec } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import { EMPTY_BUFFER } from '../primitives/reader';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface RenewDelegationTokenRequest {
  hmac: Buffer;
  renewPeriodMs: number;
}

export interface RenewDelegationTokenResponse {
  errorCode: number;
  expiryTimestampMs: bigint;
  throttleTimeMs: number;
}

function defaultRenewDelegationTokenRequest(): RenewDelegationTokenRequest {
  return { hmac: EMPTY_BUFFER, renewPeriodMs: 0 };
}

function defaultRenewDelegationTokenResponse(): RenewDelegationTokenResponse {
  return { errorCode: 0, expiryTimestampMs: 0n, throttleTimeMs: 0 };
}

function decodeRenewDelegationTokenRequestV0(r: Reader): RenewDelegationTokenRequest {
  const hmac = r.bytes();
  const renewPeriodMs = r.int64();
  return { hmac, renewPeriodMs };
}

function encodeRenewDelegationTokenRequestV0(w: Writer, m: RenewDelegationTokenRequest): void {
  w.bytes(m.hmac);
  w.int64(m.renewPeriodMs);
}

function decodeRenewDelegationTokenRequestV2(r: Reader): RenewDelegationTokenRequest {
  const hmac = r.compactBytes();
  const renewPeriodMs = r.int64();
  const m: RenewDelegationTokenRequest = { hmac, renewPeriodMs };
  r.skipTaggedFields();
  return m;
}

function encodeRenewDelegationTokenRequestV2(w: Writer, m: RenewDelegationTokenRequest): void {
  w.compactBytes(m.hmac);
  w.int64(m.renewPeriodMs);
  w.uvarint(0);
}

function decodeRenewDelegationTokenResponseV0(r: Reader): RenewDelegationTokenResponse {
  const errorCode = r.int16();
  const expiryTimestampMs = r.int64BigInt();
  const throttleTimeMs = r.int32();
  return { errorCode, expiryTimestampMs, throttleTimeMs };
}

function encodeRenewDelegationTokenResponseV0(w: Writer, m: RenewDelegationTokenResponse): void {
  w.int16(m.errorCode);
  w.int64BigInt(m.expiryTimestampMs);
  w.int32(m.throttleTimeMs);
}

function decodeRenewDelegationTokenResponseV2(r: Reader): RenewDelegationTokenResponse {
  const errorCode = r.int16();
  const expiryTimestampMs = r.int64BigInt();
  const throttleTimeMs = r.int32();
  const m: RenewDelegationTokenResponse = { errorCode, expiryTimestampMs, throttleTimeMs };
  r.skipTaggedFields();
  return m;
}

function encodeRenewDelegationTokenResponseV2(w: Writer, m: RenewDelegationTokenResponse): void {
  w.int16(m.errorCode);
  w.int64BigInt(m.expiryTimestampMs);
  w.int32(m.throttleTimeMs);
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => RenewDelegationTokenRequest) | undefined> = [
  decodeRenewDelegationTokenRequestV0, decodeRenewDelegationTokenRequestV0, decodeRenewDelegationTokenRequestV2,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: RenewDelegationTokenRequest) => void) | undefined> = [
  encodeRenewDelegationTokenRequestV0, encodeRenewDelegationTokenRequestV0, encodeRenewDelegationTokenRequestV2,
];
const responseDecoders: ReadonlyArray<((r: Reader) => RenewDelegationTokenResponse) | undefined> = [
  decodeRenewDelegationTokenResponseV0, decodeRenewDelegationTokenResponseV0, decodeRenewDelegationTokenResponseV2,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: RenewDelegationTokenResponse) => void) | undefined> = [
  encodeRenewDelegationTokenResponseV0, encodeRenewDelegationTokenResponseV0, encodeRenewDelegationTokenResponseV2,
];

export const RenewDelegationTokenApi: ApiCodec<RenewDelegationTokenRequest, RenewDelegationTokenResponse> = {
  apiKey: 39,
  name: 'RenewDelegationToken',
  validVersions: { min: 0, max: 2 },
  firstFlexibleVersion: 2,
  deprecatedVersions: { min: 0, max: 0 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: ['request.hmac'],
  requestHeaderVersion: (version) => (version >= 2 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 2 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): RenewDelegationTokenRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('RenewDelegationToken', 39, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: RenewDelegationTokenRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('RenewDelegationToken', 39, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): RenewDelegationTokenResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('RenewDelegationToken', 39, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: RenewDelegationTokenResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('RenewDelegationToken', 39, version);
    encode(writer, message);
  },
  defaultRequest: defaultRenewDelegationTokenRequest,
  defaultResponse: defaultRenewDelegationTokenResponse,
};
