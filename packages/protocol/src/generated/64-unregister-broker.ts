// Generated from protocol-specs/64-unregister-broker.json by scripts/gen-protocol.ts. Do not edit.
// UnregisterBroker (key 64), versions 0-0, flexible from v0.

import type { ApiCodec } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface UnregisterBrokerRequest {
  brokerId: number;
}

export interface UnregisterBrokerResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null;
}

function defaultUnregisterBrokerRequest(): UnregisterBrokerRequest {
  return { brokerId: 0 };
}

function defaultUnregisterBrokerResponse(): UnregisterBrokerResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: '' };
}

function decodeUnregisterBrokerRequestV0(r: Reader): UnregisterBrokerRequest {
  const brokerId = r.int32();
  const m: UnregisterBrokerRequest = { brokerId };
  r.skipTaggedFields();
  return m;
}

function encodeUnregisterBrokerRequestV0(w: Writer, m: UnregisterBrokerRequest): void {
  w.int32(m.brokerId);
  w.uvarint(0);
}

function decodeUnregisterBrokerResponseV0(r: Reader): UnregisterBrokerResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const m: UnregisterBrokerResponse = { throttleTimeMs, errorCode, errorMessage };
  r.skipTaggedFields();
  return m;
}

function encodeUnregisterBrokerResponseV0(w: Writer, m: UnregisterBrokerResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => UnregisterBrokerRequest) | undefined> = [decodeUnregisterBrokerRequestV0];
const requestEncoders: ReadonlyArray<((w: Writer, m: UnregisterBrokerRequest) => void) | undefined> = [encodeUnregisterBrokerRequestV0];
const responseDecoders: ReadonlyArray<((r: Reader) => UnregisterBrokerResponse) | undefined> = [decodeUnregisterBrokerResponseV0];
const responseEncoders: ReadonlyArray<((w: Writer, m: UnregisterBrokerResponse) => void) | undefined> = [encodeUnregisterBrokerResponseV0];

export const UnregisterBrokerApi: ApiCodec<UnregisterBrokerRequest, UnregisterBrokerResponse> = {
  apiKey: 64,
  name: 'UnregisterBroker',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): UnregisterBrokerRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('UnregisterBroker', 64, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: UnregisterBrokerRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('UnregisterBroker', 64, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): UnregisterBrokerResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('UnregisterBroker', 64, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: UnregisterBrokerResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('UnregisterBroker', 64, version);
    encode(writer, message);
  },
  defaultRequest: defaultUnregisterBrokerRequest,
  defaultResponse: defaultUnregisterBrokerResponse,
};
