// Generated from protocol-specs/70-controller-registration.json by scripts/gen-protocol.ts. Do not edit.
// ControllerRegistration (key 70), versions 0-0, flexible from v0.

import type { ApiCodec, Uuid } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import { ZERO_UUID } from '../primitives/uuid';
import type { Writer } from '../primitives/writer';

export interface ControllerRegistrationRequest {
  controllerId: number;
  incarnationId: Uuid;
  zkMigrationReady: boolean;
  listeners: Listener[];
  features: Feature[];
}

export interface Listener {
  name: string;
  host: string;
  port: number;
  securityProtocol: number;
}

export interface Feature {
  name: string;
  minSupportedVersion: number;
  maxSupportedVersion: number;
}

export interface ControllerRegistrationResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null;
}

function defaultControllerRegistrationRequest(): ControllerRegistrationRequest {
  return { controllerId: 0, incarnationId: ZERO_UUID, zkMigrationReady: false, listeners: [], features: [] };
}

function defaultControllerRegistrationResponse(): ControllerRegistrationResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: '' };
}

function decodeListenerV0(r: Reader): Listener {
  const name = r.compactString();
  const host = r.compactString();
  const port = r.uint16();
  const securityProtocol = r.int16();
  const m: Listener = { name, host, port, securityProtocol };
  r.skipTaggedFields();
  return m;
}

function decodeFeatureV0(r: Reader): Feature {
  const name = r.compactString();
  const minSupportedVersion = r.int16();
  const maxSupportedVersion = r.int16();
  const m: Feature = { name, minSupportedVersion, maxSupportedVersion };
  r.skipTaggedFields();
  return m;
}

function decodeControllerRegistrationRequestV0(r: Reader): ControllerRegistrationRequest {
  const controllerId = r.int32();
  const incarnationId = r.uuid();
  const zkMigrationReady = r.bool();
  const n0 = r.compactArrayLength(7);
  if (n0 < 0) r.fail('null in non-nullable array Listeners');
  const listeners: Listener[] = [];
  for (let i = 0; i < n0; i++) listeners.push(decodeListenerV0(r));
  const n1 = r.compactArrayLength(6);
  if (n1 < 0) r.fail('null in non-nullable array Features');
  const features: Feature[] = [];
  for (let i = 0; i < n1; i++) features.push(decodeFeatureV0(r));
  const m: ControllerRegistrationRequest = { controllerId, incarnationId, zkMigrationReady, listeners, features };
  r.skipTaggedFields();
  return m;
}

function encodeListenerV0(w: Writer, m: Listener): void {
  w.compactString(m.name);
  w.compactString(m.host);
  w.uint16(m.port);
  w.int16(m.securityProtocol);
  w.uvarint(0);
}

function encodeFeatureV0(w: Writer, m: Feature): void {
  w.compactString(m.name);
  w.int16(m.minSupportedVersion);
  w.int16(m.maxSupportedVersion);
  w.uvarint(0);
}

function encodeControllerRegistrationRequestV0(w: Writer, m: ControllerRegistrationRequest): void {
  w.int32(m.controllerId);
  w.uuid(m.incarnationId);
  w.bool(m.zkMigrationReady);
  {
    const a = m.listeners;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListenerV0(w, a[i]);
  }
  {
    const a = m.features;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFeatureV0(w, a[i]);
  }
  w.uvarint(0);
}

function decodeControllerRegistrationResponseV0(r: Reader): ControllerRegistrationResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const m: ControllerRegistrationResponse = { throttleTimeMs, errorCode, errorMessage };
  r.skipTaggedFields();
  return m;
}

function encodeControllerRegistrationResponseV0(w: Writer, m: ControllerRegistrationResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => ControllerRegistrationRequest) | undefined> = [decodeControllerRegistrationRequestV0];
const requestEncoders: ReadonlyArray<((w: Writer, m: ControllerRegistrationRequest) => void) | undefined> = [
  encodeControllerRegistrationRequestV0,
];
const responseDecoders: ReadonlyArray<((r: Reader) => ControllerRegistrationResponse) | undefined> = [
  decodeControllerRegistrationResponseV0,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: ControllerRegistrationResponse) => void) | undefined> = [
  encodeControllerRegistrationResponseV0,
];

export const ControllerRegistrationApi: ApiCodec<ControllerRegistrationRequest, ControllerRegistrationResponse> = {
  apiKey: 70,
  name: 'ControllerRegistration',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): ControllerRegistrationRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ControllerRegistration', 70, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: ControllerRegistrationRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ControllerRegistration', 70, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): ControllerRegistrationResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ControllerRegistration', 70, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: ControllerRegistrationResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ControllerRegistration', 70, version);
    encode(writer, message);
  },
  defaultRequest: defaultControllerRegistrationRequest,
  defaultResponse: defaultControllerRegistrationResponse,
};
