// Generated from protocol-specs/36-sasl-authenticate.json by scripts/gen-protocol.ts. Do not edit.
// SaslAuthenticate (key 36), versions 0-2, flexible from v2.

import type { ApiCodec } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import { EMPTY_BUFFER } from '../primitives/reader';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface SaslAuthenticateRequest {
  authBytes: Buffer;
}

export interface SaslAuthenticateResponse {
  errorCode: number;
  errorMessage: string | null;
  authBytes: Buffer;
  sessionLifetimeMs?: number;
}

function defaultSaslAuthenticateRequest(): SaslAuthenticateRequest {
  return { authBytes: EMPTY_BUFFER };
}

function defaultSaslAuthenticateResponse(): SaslAuthenticateResponse {
  return { errorCode: 0, errorMessage: '', authBytes: EMPTY_BUFFER, sessionLifetimeMs: 0 };
}

function decodeSaslAuthenticateRequestV0(r: Reader): SaslAuthenticateRequest {
  const authBytes = r.bytes();
  return { authBytes };
}

function encodeSaslAuthenticateRequestV0(w: Writer, m: SaslAuthenticateRequest): void {
  w.bytes(m.authBytes);
}

function decodeSaslAuthenticateRequestV2(r: Reader): SaslAuthenticateRequest {
  const authBytes = r.compactBytes();
  const m: SaslAuthenticateRequest = { authBytes };
  r.skipTaggedFields();
  return m;
}

function encodeSaslAuthenticateRequestV2(w: Writer, m: SaslAuthenticateRequest): void {
  w.compactBytes(m.authBytes);
  w.uvarint(0);
}

function decodeSaslAuthenticateResponseV0(r: Reader): SaslAuthenticateResponse {
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  const authBytes = r.bytes();
  return { errorCode, errorMessage, authBytes, sessionLifetimeMs: 0 };
}

function encodeSaslAuthenticateResponseV0(w: Writer, m: SaslAuthenticateResponse): void {
  w.int16(m.errorCode);
  w.nullableString(m.errorMessage);
  w.bytes(m.authBytes);
}

function decodeSaslAuthenticateResponseV1(r: Reader): SaslAuthenticateResponse {
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  const authBytes = r.bytes();
  const sessionLifetimeMs = r.int64();
  return { errorCode, errorMessage, authBytes, sessionLifetimeMs };
}

function encodeSaslAuthenticateResponseV1(w: Writer, m: SaslAuthenticateResponse): void {
  w.int16(m.errorCode);
  w.nullableString(m.errorMessage);
  w.bytes(m.authBytes);
  w.int64(m.sessionLifetimeMs === undefined ? 0 : m.sessionLifetimeMs);
}

function decodeSaslAuthenticateResponseV2(r: Reader): SaslAuthenticateResponse {
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const authBytes = r.compactBytes();
  const sessionLifetimeMs = r.int64();
  const m: SaslAuthenticateResponse = { errorCode, errorMessage, authBytes, sessionLifetimeMs };
  r.skipTaggedFields();
  return m;
}

function encodeSaslAuthenticateResponseV2(w: Writer, m: SaslAuthenticateResponse): void {
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  w.compactBytes(m.authBytes);
  w.int64(m.sessionLifetimeMs === undefined ? 0 : m.sessionLifetimeMs);
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => SaslAuthenticateRequest) | undefined> = [
  decodeSaslAuthenticateRequestV0, decodeSaslAuthenticateRequestV0, decodeSaslAuthenticateRequestV2,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: SaslAuthenticateRequest) => void) | undefined> = [
  encodeSaslAuthenticateRequestV0, encodeSaslAuthenticateRequestV0, encodeSaslAuthenticateRequestV2,
];
const responseDecoders: ReadonlyArray<((r: Reader) => SaslAuthenticateResponse) | undefined> = [
  decodeSaslAuthenticateResponseV0, decodeSaslAuthenticateResponseV1, decodeSaslAuthenticateResponseV2,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: SaslAuthenticateResponse) => void) | undefined> = [
  encodeSaslAuthenticateResponseV0, encodeSaslAuthenticateResponseV1, encodeSaslAuthenticateResponseV2,
];

export const SaslAuthenticateApi: ApiCodec<SaslAuthenticateRequest, SaslAuthenticateResponse> = {
  apiKey: 36,
  name: 'SaslAuthenticate',
  validVersions: { min: 0, max: 2 },
  firstFlexibleVersion: 2,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: ['request.authBytes', 'response.authBytes'],
  requestHeaderVersion: (version) => (version >= 2 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 2 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): SaslAuthenticateRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('SaslAuthenticate', 36, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: SaslAuthenticateRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('SaslAuthenticate', 36, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): SaslAuthenticateResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('SaslAuthenticate', 36, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: SaslAuthenticateResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('SaslAuthenticate', 36, version);
    encode(writer, message);
  },
  defaultRequest: defaultSaslAuthenticateRequest,
  defaultResponse: defaultSaslAuthenticateResponse,
};
