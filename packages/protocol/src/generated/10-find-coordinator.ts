// Generated from protocol-specs/10-find-coordinator.json by scripts/gen-protocol.ts. Do not edit.
// FindCoordinator (key 10), versions 0-6, flexible from v3.

import type { ApiCodec } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface FindCoordinatorRequest {
  key?: string;
  keyType?: number;
  coordinatorKeys?: string[];
}

export interface FindCoordinatorResponse {
  throttleTimeMs?: number;
  errorCode?: number;
  errorMessage?: string | null;
  nodeId?: number;
  host?: string;
  port?: number;
  coordinators?: Coordinator[];
}

export interface Coordinator {
  key: string;
  nodeId: number;
  host: string;
  port: number;
  errorCode: number;
  errorMessage: string | null;
}

function defaultFindCoordinatorRequest(): FindCoordinatorRequest {
  return { key: '', keyType: 0, coordinatorKeys: [] };
}

function defaultFindCoordinatorResponse(): FindCoordinatorResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: '', nodeId: 0, host: '', port: 0, coordinators: [] };
}

function decodeFindCoordinatorRequestV0(r: Reader): FindCoordinatorRequest {
  const key = r.string();
  return { key, keyType: 0, coordinatorKeys: [] };
}

function encodeFindCoordinatorRequestV0(w: Writer, m: FindCoordinatorRequest): void {
  w.string(m.key === undefined ? '' : m.key);
  if (m.keyType !== undefined && m.keyType !== 0) throw new UnsupportedFieldError('FindCoordinatorRequest.KeyType', 0);
  if (m.coordinatorKeys !== undefined && (m.coordinatorKeys === null || m.coordinatorKeys.length !== 0)) {
    throw new UnsupportedFieldError('FindCoordinatorRequest.CoordinatorKeys', 0);
  }
}

function decodeFindCoordinatorRequestV1(r: Reader): FindCoordinatorRequest {
  const key = r.string();
  const keyType = r.int8();
  return { key, keyType, coordinatorKeys: [] };
}

function encodeFindCoordinatorRequestV1(w: Writer, m: FindCoordinatorRequest): void {
  w.string(m.key === undefined ? '' : m.key);
  w.int8(m.keyType === undefined ? 0 : m.keyType);
  if (m.coordinatorKeys !== undefined && (m.coordinatorKeys === null || m.coordinatorKeys.length !== 0)) {
    throw new UnsupportedFieldError('FindCoordinatorRequest.CoordinatorKeys', 1);
  }
}

function encodeFindCoordinatorRequestV2(w: Writer, m: FindCoordinatorRequest): void {
  w.string(m.key === undefined ? '' : m.key);
  w.int8(m.keyType === undefined ? 0 : m.keyType);
  if (m.coordinatorKeys !== undefined && (m.coordinatorKeys === null || m.coordinatorKeys.length !== 0)) {
    throw new UnsupportedFieldError('FindCoordinatorRequest.CoordinatorKeys', 2);
  }
}

function decodeFindCoordinatorRequestV3(r: Reader): FindCoordinatorRequest {
  const key = r.compactString();
  const keyType = r.int8();
  const m: FindCoordinatorRequest = { key, keyType, coordinatorKeys: [] };
  r.skipTaggedFields();
  return m;
}

function encodeFindCoordinatorRequestV3(w: Writer, m: FindCoordinatorRequest): void {
  w.compactString(m.key === undefined ? '' : m.key);
  w.int8(m.keyType === undefined ? 0 : m.keyType);
  if (m.coordinatorKeys !== undefined && (m.coordinatorKeys === null || m.coordinatorKeys.length !== 0)) {
    throw new UnsupportedFieldError('FindCoordinatorRequest.CoordinatorKeys', 3);
  }
  w.uvarint(0);
}

function decodeFindCoordinatorRequestV4(r: Reader): FindCoordinatorRequest {
  const keyType = r.int8();
  const n0 = r.compactArrayLength(1);
  if (n0 < 0) r.fail('null in non-nullable array CoordinatorKeys');
  const coordinatorKeys: string[] = [];
  for (let i = 0; i < n0; i++) coordinatorKeys.push(r.compactString());
  const m: FindCoordinatorRequest = { key: '', keyType, coordinatorKeys };
  r.skipTaggedFields();
  return m;
}

function encodeFindCoordinatorRequestV4(w: Writer, m: FindCoordinatorRequest): void {
  if (m.key !== undefined && m.key !== '') throw new UnsupportedFieldError('FindCoordinatorRequest.Key', 4);
  w.int8(m.keyType === undefined ? 0 : m.keyType);
  {
    const a = m.coordinatorKeys === undefined ? [] : m.coordinatorKeys;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.compactString(a[i]);
  }
  w.uvarint(0);
}

function encodeFindCoordinatorRequestV5(w: Writer, m: FindCoordinatorRequest): void {
  if (m.key !== undefined && m.key !== '') throw new UnsupportedFieldError('FindCoordinatorRequest.Key', 5);
  w.int8(m.keyType === undefined ? 0 : m.keyType);
  {
    const a = m.coordinatorKeys === undefined ? [] : m.coordinatorKeys;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.compactString(a[i]);
  }
  w.uvarint(0);
}

function encodeFindCoordinatorRequestV6(w: Writer, m: FindCoordinatorRequest): void {
  if (m.key !== undefined && m.key !== '') throw new UnsupportedFieldError('FindCoordinatorRequest.Key', 6);
  w.int8(m.keyType === undefined ? 0 : m.keyType);
  {
    const a = m.coordinatorKeys === undefined ? [] : m.coordinatorKeys;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.compactString(a[i]);
  }
  w.uvarint(0);
}

function decodeFindCoordinatorResponseV0(r: Reader): FindCoordinatorResponse {
  const errorCode = r.int16();
  const nodeId = r.int32();
  const host = r.string();
  const port = r.int32();
  return { throttleTimeMs: 0, errorCode, errorMessage: '', nodeId, host, port, coordinators: [] };
}

function encodeFindCoordinatorResponseV0(w: Writer, m: FindCoordinatorResponse): void {
  w.int16(m.errorCode === undefined ? 0 : m.errorCode);
  w.int32(m.nodeId === undefined ? 0 : m.nodeId);
  w.string(m.host === undefined ? '' : m.host);
  w.int32(m.port === undefined ? 0 : m.port);
  if (m.coordinators !== undefined && (m.coordinators === null || m.coordinators.length !== 0)) {
    throw new UnsupportedFieldError('FindCoordinatorResponse.Coordinators', 0);
  }
}

function decodeFindCoordinatorResponseV1(r: Reader): FindCoordinatorResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  const nodeId = r.int32();
  const host = r.string();
  const port = r.int32();
  return { throttleTimeMs, errorCode, errorMessage, nodeId, host, port, coordinators: [] };
}

function encodeFindCoordinatorResponseV1(w: Writer, m: FindCoordinatorResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  w.int16(m.errorCode === undefined ? 0 : m.errorCode);
  w.nullableString(m.errorMessage === undefined ? '' : m.errorMessage);
  w.int32(m.nodeId === undefined ? 0 : m.nodeId);
  w.string(m.host === undefined ? '' : m.host);
  w.int32(m.port === undefined ? 0 : m.port);
  if (m.coordinators !== undefined && (m.coordinators === null || m.coordinators.length !== 0)) {
    throw new UnsupportedFieldError('FindCoordinatorResponse.Coordinators', 1);
  }
}

function encodeFindCoordinatorResponseV2(w: Writer, m: FindCoordinatorResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  w.int16(m.errorCode === undefined ? 0 : m.errorCode);
  w.nullableString(m.errorMessage === undefined ? '' : m.errorMessage);
  w.int32(m.nodeId === undefined ? 0 : m.nodeId);
  w.string(m.host === undefined ? '' : m.host);
  w.int32(m.port === undefined ? 0 : m.port);
  if (m.coordinators !== undefined && (m.coordinators === null || m.coordinators.length !== 0)) {
    throw new UnsupportedFieldError('FindCoordinatorResponse.Coordinators', 2);
  }
}

function decodeFindCoordinatorResponseV3(r: Reader): FindCoordinatorResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const nodeId = r.int32();
  const host = r.compactString();
  const port = r.int32();
  const m: FindCoordinatorResponse = { throttleTimeMs, errorCode, errorMessage, nodeId, host, port, coordinators: [] };
  r.skipTaggedFields();
  return m;
}

function encodeFindCoordinatorResponseV3(w: Writer, m: FindCoordinatorResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  w.int16(m.errorCode === undefined ? 0 : m.errorCode);
  w.compactNullableString(m.errorMessage === undefined ? '' : m.errorMessage);
  w.int32(m.nodeId === undefined ? 0 : m.nodeId);
  w.compactString(m.host === undefined ? '' : m.host);
  w.int32(m.port === undefined ? 0 : m.port);
  if (m.coordinators !== undefined && (m.coordinators === null || m.coordinators.length !== 0)) {
    throw new UnsupportedFieldError('FindCoordinatorResponse.Coordinators', 3);
  }
  w.uvarint(0);
}

function decodeCoordinatorV4(r: Reader): Coordinator {
  const key = r.compactString();
  const nodeId = r.int32();
  const host = r.compactString();
  const port = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const m: Coordinator = { key, nodeId, host, port, errorCode, errorMessage };
  r.skipTaggedFields();
  return m;
}

function decodeFindCoordinatorResponseV4(r: Reader): FindCoordinatorResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(14);
  if (n0 < 0) r.fail('null in non-nullable array Coordinators');
  const coordinators: Coordinator[] = [];
  for (let i = 0; i < n0; i++) coordinators.push(decodeCoordinatorV4(r));
  const m: FindCoordinatorResponse = { throttleTimeMs, errorCode: 0, errorMessage: '', nodeId: 0, host: '', port: 0, coordinators };
  r.skipTaggedFields();
  return m;
}

function encodeCoordinatorV4(w: Writer, m: Coordinator): void {
  w.compactString(m.key);
  w.int32(m.nodeId);
  w.compactString(m.host);
  w.int32(m.port);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  w.uvarint(0);
}

function encodeFindCoordinatorResponseV4(w: Writer, m: FindCoordinatorResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  if (m.errorCode !== undefined && m.errorCode !== 0) throw new UnsupportedFieldError('FindCoordinatorResponse.ErrorCode', 4);
  if (m.nodeId !== undefined && m.nodeId !== 0) throw new UnsupportedFieldError('FindCoordinatorResponse.NodeId', 4);
  if (m.host !== undefined && m.host !== '') throw new UnsupportedFieldError('FindCoordinatorResponse.Host', 4);
  if (m.port !== undefined && m.port !== 0) throw new UnsupportedFieldError('FindCoordinatorResponse.Port', 4);
  {
    const a = m.coordinators === undefined ? [] : m.coordinators;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeCoordinatorV4(w, a[i]);
  }
  w.uvarint(0);
}

function encodeFindCoordinatorResponseV5(w: Writer, m: FindCoordinatorResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  if (m.errorCode !== undefined && m.errorCode !== 0) throw new UnsupportedFieldError('FindCoordinatorResponse.ErrorCode', 5);
  if (m.nodeId !== undefined && m.nodeId !== 0) throw new UnsupportedFieldError('FindCoordinatorResponse.NodeId', 5);
  if (m.host !== undefined && m.host !== '') throw new UnsupportedFieldError('FindCoordinatorResponse.Host', 5);
  if (m.port !== undefined && m.port !== 0) throw new UnsupportedFieldError('FindCoordinatorResponse.Port', 5);
  {
    const a = m.coordinators === undefined ? [] : m.coordinators;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeCoordinatorV4(w, a[i]);
  }
  w.uvarint(0);
}

function encodeFindCoordinatorResponseV6(w: Writer, m: FindCoordinatorResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  if (m.errorCode !== undefined && m.errorCode !== 0) throw new UnsupportedFieldError('FindCoordinatorResponse.ErrorCode', 6);
  if (m.nodeId !== undefined && m.nodeId !== 0) throw new UnsupportedFieldError('FindCoordinatorResponse.NodeId', 6);
  if (m.host !== undefined && m.host !== '') throw new UnsupportedFieldError('FindCoordinatorResponse.Host', 6);
  if (m.port !== undefined && m.port !== 0) throw new UnsupportedFieldError('FindCoordinatorResponse.Port', 6);
  {
    const a = m.coordinators === undefined ? [] : m.coordinators;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeCoordinatorV4(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => FindCoordinatorRequest) | undefined> = [
  decodeFindCoordinatorRequestV0, decodeFindCoordinatorRequestV1, decodeFindCoordinatorRequestV1, decodeFindCoordinatorRequestV3,
  decodeFindCoordinatorRequestV4, decodeFindCoordinatorRequestV4, decodeFindCoordinatorRequestV4,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: FindCoordinatorRequest) => void) | undefined> = [
  encodeFindCoordinatorRequestV0, encodeFindCoordinatorRequestV1, encodeFindCoordinatorRequestV2, encodeFindCoordinatorRequestV3,
  encodeFindCoordinatorRequestV4, encodeFindCoordinatorRequestV5, encodeFindCoordinatorRequestV6,
];
const responseDecoders: ReadonlyArray<((r: Reader) => FindCoordinatorResponse) | undefined> = [
  decodeFindCoordinatorResponseV0, decodeFindCoordinatorResponseV1, decodeFindCoordinatorResponseV1, decodeFindCoordinatorResponseV3,
  decodeFindCoordinatorResponseV4, decodeFindCoordinatorResponseV4, decodeFindCoordinatorResponseV4,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: FindCoordinatorResponse) => void) | undefined> = [
  encodeFindCoordinatorResponseV0, encodeFindCoordinatorResponseV1, encodeFindCoordinatorResponseV2, encodeFindCoordinatorResponseV3,
  encodeFindCoordinatorResponseV4, encodeFindCoordinatorResponseV5, encodeFindCoordinatorResponseV6,
];

export const FindCoordinatorApi: ApiCodec<FindCoordinatorRequest, FindCoordinatorResponse> = {
  apiKey: 10,
  name: 'FindCoordinator',
  validVersions: { min: 0, max: 6 },
  firstFlexibleVersion: 3,
  deprecatedVersions: { min: 0, max: 0 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 3 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 3 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): FindCoordinatorRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('FindCoordinator', 10, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: FindCoordinatorRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('FindCoordinator', 10, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): FindCoordinatorResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('FindCoordinator', 10, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: FindCoordinatorResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('FindCoordinator', 10, version);
    encode(writer, message);
  },
  defaultRequest: defaultFindCoordinatorRequest,
  defaultResponse: defaultFindCoordinatorResponse,
};
