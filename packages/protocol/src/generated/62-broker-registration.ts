// Generated from protocol-specs/62-broker-registration.json by scripts/gen-protocol.ts. Do not edit.
// BrokerRegistration (key 62), versions 0-4, flexible from v0.

import type { ApiCodec, Uuid } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import { ZERO_UUID } from '../primitives/uuid';
import type { Writer } from '../primitives/writer';

export interface BrokerRegistrationRequest {
  brokerId: number;
  clusterId: string;
  incarnationId: Uuid;
  listeners: Listener[];
  features: Feature[];
  rack: string | null;
  isMigratingZkBroker?: boolean;
  logDirs?: Uuid[];
  previousBrokerEpoch?: number;
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

export interface BrokerRegistrationResponse {
  throttleTimeMs: number;
  errorCode: number;
  brokerEpoch: number;
}

function defaultBrokerRegistrationRequest(): BrokerRegistrationRequest {
  return {
    brokerId: 0,
    clusterId: '',
    incarnationId: ZERO_UUID,
    listeners: [],
    features: [],
    rack: '',
    isMigratingZkBroker: false,
    logDirs: [],
    previousBrokerEpoch: -1,
  };
}

function defaultBrokerRegistrationResponse(): BrokerRegistrationResponse {
  return { throttleTimeMs: 0, errorCode: 0, brokerEpoch: -1 };
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

function decodeBrokerRegistrationRequestV0(r: Reader): BrokerRegistrationRequest {
  const brokerId = r.int32();
  const clusterId = r.compactString();
  const incarnationId = r.uuid();
  const n0 = r.compactArrayLength(7);
  if (n0 < 0) r.fail('null in non-nullable array Listeners');
  const listeners: Listener[] = [];
  for (let i = 0; i < n0; i++) listeners.push(decodeListenerV0(r));
  const n1 = r.compactArrayLength(6);
  if (n1 < 0) r.fail('null in non-nullable array Features');
  const features: Feature[] = [];
  for (let i = 0; i < n1; i++) features.push(decodeFeatureV0(r));
  const rack = r.compactNullableString();
  const m: BrokerRegistrationRequest = {
    brokerId,
    clusterId,
    incarnationId,
    listeners,
    features,
    rack,
    isMigratingZkBroker: false,
    logDirs: [],
    previousBrokerEpoch: -1,
  };
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

function encodeBrokerRegistrationRequestV0(w: Writer, m: BrokerRegistrationRequest): void {
  w.int32(m.brokerId);
  w.compactString(m.clusterId);
  w.uuid(m.incarnationId);
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
  w.compactNullableString(m.rack);
  if (m.isMigratingZkBroker !== undefined && m.isMigratingZkBroker !== false) {
    throw new UnsupportedFieldError('BrokerRegistrationRequest.IsMigratingZkBroker', 0);
  }
  w.uvarint(0);
}

function decodeBrokerRegistrationRequestV1(r: Reader): BrokerRegistrationRequest {
  const brokerId = r.int32();
  const clusterId = r.compactString();
  const incarnationId = r.uuid();
  const n0 = r.compactArrayLength(7);
  if (n0 < 0) r.fail('null in non-nullable array Listeners');
  const listeners: Listener[] = [];
  for (let i = 0; i < n0; i++) listeners.push(decodeListenerV0(r));
  const n1 = r.compactArrayLength(6);
  if (n1 < 0) r.fail('null in non-nullable array Features');
  const features: Feature[] = [];
  for (let i = 0; i < n1; i++) features.push(decodeFeatureV0(r));
  const rack = r.compactNullableString();
  const isMigratingZkBroker = r.bool();
  const m: BrokerRegistrationRequest = {
    brokerId,
    clusterId,
    incarnationId,
    listeners,
    features,
    rack,
    isMigratingZkBroker,
    logDirs: [],
    previousBrokerEpoch: -1,
  };
  r.skipTaggedFields();
  return m;
}

function encodeBrokerRegistrationRequestV1(w: Writer, m: BrokerRegistrationRequest): void {
  w.int32(m.brokerId);
  w.compactString(m.clusterId);
  w.uuid(m.incarnationId);
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
  w.compactNullableString(m.rack);
  w.bool(m.isMigratingZkBroker === undefined ? false : m.isMigratingZkBroker);
  w.uvarint(0);
}

function decodeBrokerRegistrationRequestV2(r: Reader): BrokerRegistrationRequest {
  const brokerId = r.int32();
  const clusterId = r.compactString();
  const incarnationId = r.uuid();
  const n0 = r.compactArrayLength(7);
  if (n0 < 0) r.fail('null in non-nullable array Listeners');
  const listeners: Listener[] = [];
  for (let i = 0; i < n0; i++) listeners.push(decodeListenerV0(r));
  const n1 = r.compactArrayLength(6);
  if (n1 < 0) r.fail('null in non-nullable array Features');
  const features: Feature[] = [];
  for (let i = 0; i < n1; i++) features.push(decodeFeatureV0(r));
  const rack = r.compactNullableString();
  const isMigratingZkBroker = r.bool();
  const n2 = r.compactArrayLength(16);
  if (n2 < 0) r.fail('null in non-nullable array LogDirs');
  const logDirs: Uuid[] = [];
  for (let i = 0; i < n2; i++) logDirs.push(r.uuid());
  const m: BrokerRegistrationRequest = {
    brokerId,
    clusterId,
    incarnationId,
    listeners,
    features,
    rack,
    isMigratingZkBroker,
    logDirs,
    previousBrokerEpoch: -1,
  };
  r.skipTaggedFields();
  return m;
}

function encodeBrokerRegistrationRequestV2(w: Writer, m: BrokerRegistrationRequest): void {
  w.int32(m.brokerId);
  w.compactString(m.clusterId);
  w.uuid(m.incarnationId);
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
  w.compactNullableString(m.rack);
  w.bool(m.isMigratingZkBroker === undefined ? false : m.isMigratingZkBroker);
  {
    const a = m.logDirs === undefined ? [] : m.logDirs;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.uuid(a[i]);
  }
  w.uvarint(0);
}

function decodeBrokerRegistrationRequestV3(r: Reader): BrokerRegistrationRequest {
  const brokerId = r.int32();
  const clusterId = r.compactString();
  const incarnationId = r.uuid();
  const n0 = r.compactArrayLength(7);
  if (n0 < 0) r.fail('null in non-nullable array Listeners');
  const listeners: Listener[] = [];
  for (let i = 0; i < n0; i++) listeners.push(decodeListenerV0(r));
  const n1 = r.compactArrayLength(6);
  if (n1 < 0) r.fail('null in non-nullable array Features');
  const features: Feature[] = [];
  for (let i = 0; i < n1; i++) features.push(decodeFeatureV0(r));
  const rack = r.compactNullableString();
  const isMigratingZkBroker = r.bool();
  const n2 = r.compactArrayLength(16);
  if (n2 < 0) r.fail('null in non-nullable array LogDirs');
  const logDirs: Uuid[] = [];
  for (let i = 0; i < n2; i++) logDirs.push(r.uuid());
  const previousBrokerEpoch = r.int64();
  const m: BrokerRegistrationRequest = {
    brokerId,
    clusterId,
    incarnationId,
    listeners,
    features,
    rack,
    isMigratingZkBroker,
    logDirs,
    previousBrokerEpoch,
  };
  r.skipTaggedFields();
  return m;
}

function encodeBrokerRegistrationRequestV3(w: Writer, m: BrokerRegistrationRequest): void {
  w.int32(m.brokerId);
  w.compactString(m.clusterId);
  w.uuid(m.incarnationId);
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
  w.compactNullableString(m.rack);
  w.bool(m.isMigratingZkBroker === undefined ? false : m.isMigratingZkBroker);
  {
    const a = m.logDirs === undefined ? [] : m.logDirs;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.uuid(a[i]);
  }
  w.int64(m.previousBrokerEpoch === undefined ? -1 : m.previousBrokerEpoch);
  w.uvarint(0);
}

function decodeBrokerRegistrationResponseV0(r: Reader): BrokerRegistrationResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const brokerEpoch = r.int64();
  const m: BrokerRegistrationResponse = { throttleTimeMs, errorCode, brokerEpoch };
  r.skipTaggedFields();
  return m;
}

function encodeBrokerRegistrationResponseV0(w: Writer, m: BrokerRegistrationResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.int64(m.brokerEpoch);
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => BrokerRegistrationRequest) | undefined> = [
  decodeBrokerRegistrationRequestV0, decodeBrokerRegistrationRequestV1, decodeBrokerRegistrationRequestV2,
  decodeBrokerRegistrationRequestV3, decodeBrokerRegistrationRequestV3,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: BrokerRegistrationRequest) => void) | undefined> = [
  encodeBrokerRegistrationRequestV0, encodeBrokerRegistrationRequestV1, encodeBrokerRegistrationRequestV2,
  encodeBrokerRegistrationRequestV3, encodeBrokerRegistrationRequestV3,
];
const responseDecoders: ReadonlyArray<((r: Reader) => BrokerRegistrationResponse) | undefined> = [
  decodeBrokerRegistrationResponseV0, decodeBrokerRegistrationResponseV0, decodeBrokerRegistrationResponseV0,
  decodeBrokerRegistrationResponseV0, decodeBrokerRegistrationResponseV0,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: BrokerRegistrationResponse) => void) | undefined> = [
  encodeBrokerRegistrationResponseV0, encodeBrokerRegistrationResponseV0, encodeBrokerRegistrationResponseV0,
  encodeBrokerRegistrationResponseV0, encodeBrokerRegistrationResponseV0,
];

export const BrokerRegistrationApi: ApiCodec<BrokerRegistrationRequest, BrokerRegistrationResponse> = {
  apiKey: 62,
  name: 'BrokerRegistration',
  validVersions: { min: 0, max: 4 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): BrokerRegistrationRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('BrokerRegistration', 62, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: BrokerRegistrationRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('BrokerRegistration', 62, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): BrokerRegistrationResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('BrokerRegistration', 62, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: BrokerRegistrationResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('BrokerRegistration', 62, version);
    encode(writer, message);
  },
  defaultRequest: defaultBrokerRegistrationRequest,
  defaultResponse: defaultBrokerRegistrationResponse,
};
