// Generated from protocol-specs/17-sasl-handshake.json by scripts/gen-protocol.ts. Do not edit.
// SaslHandshake (key 17), versions 0-1, never flexible.

import type { ApiCodec } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface SaslHandshakeRequest {
  mechanism: string;
}

export interface SaslHandshakeResponse {
  errorCode: number;
  mechanisms: string[];
}

function defaultSaslHandshakeRequest(): SaslHandshakeRequest {
  return { mechanism: '' };
}

function defaultSaslHandshakeResponse(): SaslHandshakeResponse {
  return { errorCode: 0, mechanisms: [] };
}

function decodeSaslHandshakeRequestV0(r: Reader): SaslHandshakeRequest {
  const mechanism = r.string();
  return { mechanism };
}

function encodeSaslHandshakeRequestV0(w: Writer, m: SaslHandshakeRequest): void {
  w.string(m.mechanism);
}

function decodeSaslHandshakeResponseV0(r: Reader): SaslHandshakeResponse {
  const errorCode = r.int16();
  const n0 = r.arrayLength(2);
  if (n0 < 0) r.fail('null in non-nullable array Mechanisms');
  const mechanisms: string[] = [];
  for (let i = 0; i < n0; i++) mechanisms.push(r.string());
  return { errorCode, mechanisms };
}

function encodeSaslHandshakeResponseV0(w: Writer, m: SaslHandshakeResponse): void {
  w.int16(m.errorCode);
  {
    const a = m.mechanisms;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.string(a[i]);
  }
}

const requestDecoders: ReadonlyArray<((r: Reader) => SaslHandshakeRequest) | undefined> = [
  decodeSaslHandshakeRequestV0, decodeSaslHandshakeRequestV0,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: SaslHandshakeRequest) => void) | undefined> = [
  encodeSaslHandshakeRequestV0, encodeSaslHandshakeRequestV0,
];
const responseDecoders: ReadonlyArray<((r: Reader) => SaslHandshakeResponse) | undefined> = [
  decodeSaslHandshakeResponseV0, decodeSaslHandshakeResponseV0,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: SaslHandshakeResponse) => void) | undefined> = [
  encodeSaslHandshakeResponseV0, encodeSaslHandshakeResponseV0,
];

export const SaslHandshakeApi: ApiCodec<SaslHandshakeRequest, SaslHandshakeResponse> = {
  apiKey: 17,
  name: 'SaslHandshake',
  validVersions: { min: 0, max: 1 },
  firstFlexibleVersion: null,
  deprecatedVersions: { min: 0, max: 0 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: () => 1,
  responseHeaderVersion: () => 0,
  decodeRequest(reader: Reader, version: number): SaslHandshakeRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('SaslHandshake', 17, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: SaslHandshakeRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('SaslHandshake', 17, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): SaslHandshakeResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('SaslHandshake', 17, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: SaslHandshakeResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('SaslHandshake', 17, version);
    encode(writer, message);
  },
  defaultRequest: defaultSaslHandshakeRequest,
  defaultResponse: defaultSaslHandshakeResponse,
};
