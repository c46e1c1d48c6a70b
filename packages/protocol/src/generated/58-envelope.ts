// Generated from protocol-specs/58-envelope.json by scripts/gen-protocol.ts. Do not edit.
// Envelope (key 58), versions 0-0, flexible from v0.

import type { ApiCodec } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import { EMPTY_BUFFER } from '../primitives/reader';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface EnvelopeRequest {
  requestData: Buffer;
  requestPrincipal: Buffer | null;
  clientHostAddress: Buffer;
}

export interface EnvelopeResponse {
  responseData: Buffer | null;
  errorCode: number;
}

function defaultEnvelopeRequest(): EnvelopeRequest {
  return { requestData: EMPTY_BUFFER, requestPrincipal: EMPTY_BUFFER, clientHostAddress: EMPTY_BUFFER };
}

function defaultEnvelopeResponse(): EnvelopeResponse {
  return { responseData: null, errorCode: 0 };
}

function decodeEnvelopeRequestV0(r: Reader): EnvelopeRequest {
  const requestData = r.compactBytes();
  const requestPrincipal = r.compactNullableBytes();
  const clientHostAddress = r.compactBytes();
  const m: EnvelopeRequest = { requestData, requestPrincipal, clientHostAddress };
  r.skipTaggedFields();
  return m;
}

function encodeEnvelopeRequestV0(w: Writer, m: EnvelopeRequest): void {
  w.compactBytes(m.requestData);
  w.compactNullableBytes(m.requestPrincipal);
  w.compactBytes(m.clientHostAddress);
  w.uvarint(0);
}

function decodeEnvelopeResponseV0(r: Reader): EnvelopeResponse {
  const responseData = r.compactNullableBytes();
  const errorCode = r.int16();
  const m: EnvelopeResponse = { responseData, errorCode };
  r.skipTaggedFields();
  return m;
}

function encodeEnvelopeResponseV0(w: Writer, m: EnvelopeResponse): void {
  w.compactNullableBytes(m.responseData);
  w.int16(m.errorCode);
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => EnvelopeRequest) | undefined> = [decodeEnvelopeRequestV0];
const requestEncoders: ReadonlyArray<((w: Writer, m: EnvelopeRequest) => void) | undefined> = [encodeEnvelopeRequestV0];
const responseDecoders: ReadonlyArray<((r: Reader) => EnvelopeResponse) | undefined> = [decodeEnvelopeResponseV0];
const responseEncoders: ReadonlyArray<((w: Writer, m: EnvelopeResponse) => void) | undefined> = [encodeEnvelopeResponseV0];

export const EnvelopeApi: ApiCodec<EnvelopeRequest, EnvelopeResponse> = {
  apiKey: 58,
  name: 'Envelope',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['controller', 'zkBroker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): EnvelopeRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('Envelope', 58, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: EnvelopeRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('Envelope', 58, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): EnvelopeResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('Envelope', 58, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: EnvelopeResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('Envelope', 58, version);
    encode(writer, message);
  },
  defaultRequest: defaultEnvelopeRequest,
  defaultResponse: defaultEnvelopeResponse,
};
