// Generated from protocol-specs/12-heartbeat.json by scripts/gen-protocol.ts. Do not edit.
// Heartbeat (key 12), versions 0-4, flexible from v4.

import type { ApiCodec } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface HeartbeatRequest {
  groupId: string;
  generationId: number;
  memberId: string;
  groupInstanceId?: string | null;
}

export interface HeartbeatResponse {
  throttleTimeMs?: number;
  errorCode: number;
}

function defaultHeartbeatRequest(): HeartbeatRequest {
  return { groupId: '', generationId: 0, memberId: '', groupInstanceId: null };
}

function defaultHeartbeatResponse(): HeartbeatResponse {
  return { throttleTimeMs: 0, errorCode: 0 };
}

function decodeHeartbeatRequestV0(r: Reader): HeartbeatRequest {
  const groupId = r.string();
  const generationId = r.int32();
  const memberId = r.string();
  return { groupId, generationId, memberId, groupInstanceId: null };
}

function encodeHeartbeatRequestV0(w: Writer, m: HeartbeatRequest): void {
  w.string(m.groupId);
  w.int32(m.generationId);
  w.string(m.memberId);
  if (m.groupInstanceId !== undefined && m.groupInstanceId !== null) throw new UnsupportedFieldError('HeartbeatRequest.GroupInstanceId', 0);
}

function encodeHeartbeatRequestV1(w: Writer, m: HeartbeatRequest): void {
  w.string(m.groupId);
  w.int32(m.generationId);
  w.string(m.memberId);
  if (m.groupInstanceId !== undefined && m.groupInstanceId !== null) throw new UnsupportedFieldError('HeartbeatRequest.GroupInstanceId', 1);
}

function encodeHeartbeatRequestV2(w: Writer, m: HeartbeatRequest): void {
  w.string(m.groupId);
  w.int32(m.generationId);
  w.string(m.memberId);
  if (m.groupInstanceId !== undefined && m.groupInstanceId !== null) throw new UnsupportedFieldError('HeartbeatRequest.GroupInstanceId', 2);
}

function decodeHeartbeatRequestV3(r: Reader): HeartbeatRequest {
  const groupId = r.string();
  const generationId = r.int32();
  const memberId = r.string();
  const groupInstanceId = r.nullableString();
  return { groupId, generationId, memberId, groupInstanceId };
}

function encodeHeartbeatRequestV3(w: Writer, m: HeartbeatRequest): void {
  w.string(m.groupId);
  w.int32(m.generationId);
  w.string(m.memberId);
  w.nullableString(m.groupInstanceId === undefined ? null : m.groupInstanceId);
}

function decodeHeartbeatRequestV4(r: Reader): HeartbeatRequest {
  const groupId = r.compactString();
  const generationId = r.int32();
  const memberId = r.compactString();
  const groupInstanceId = r.compactNullableString();
  const m: HeartbeatRequest = { groupId, generationId, memberId, groupInstanceId };
  r.skipTaggedFields();
  return m;
}

function encodeHeartbeatRequestV4(w: Writer, m: HeartbeatRequest): void {
  w.compactString(m.groupId);
  w.int32(m.generationId);
  w.compactString(m.memberId);
  w.compactNullableString(m.groupInstanceId === undefined ? null : m.groupInstanceId);
  w.uvarint(0);
}

function decodeHeartbeatResponseV0(r: Reader): HeartbeatResponse {
  const errorCode = r.int16();
  return { throttleTimeMs: 0, errorCode };
}

function encodeHeartbeatResponseV0(w: Writer, m: HeartbeatResponse): void {
  w.int16(m.errorCode);
}

function decodeHeartbeatResponseV1(r: Reader): HeartbeatResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  return { throttleTimeMs, errorCode };
}

function encodeHeartbeatResponseV1(w: Writer, m: HeartbeatResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  w.int16(m.errorCode);
}

function decodeHeartbeatResponseV4(r: Reader): HeartbeatResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const m: HeartbeatResponse = { throttleTimeMs, errorCode };
  r.skipTaggedFields();
  return m;
}

function encodeHeartbeatResponseV4(w: Writer, m: HeartbeatResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  w.int16(m.errorCode);
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => HeartbeatRequest) | undefined> = [
  decodeHeartbeatRequestV0, decodeHeartbeatRequestV0, decodeHeartbeatRequestV0, decodeHeartbeatRequestV3, decodeHeartbeatRequestV4,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: HeartbeatRequest) => void) | undefined> = [
  encodeHeartbeatRequestV0, encodeHeartbeatRequestV1, encodeHeartbeatRequestV2, encodeHeartbeatRequestV3, encodeHeartbeatRequestV4,
];
const responseDecoders: ReadonlyArray<((r: Reader) => HeartbeatResponse) | undefined> = [
  decodeHeartbeatResponseV0, decodeHeartbeatResponseV1, decodeHeartbeatResponseV1, decodeHeartbeatResponseV1, decodeHeartbeatResponseV4,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: HeartbeatResponse) => void) | undefined> = [
  encodeHeartbeatResponseV0, encodeHeartbeatResponseV1, encodeHeartbeatResponseV1, encodeHeartbeatResponseV1, encodeHeartbeatResponseV4,
];

export const HeartbeatApi: ApiCodec<HeartbeatRequest, HeartbeatResponse> = {
  apiKey: 12,
  name: 'Heartbeat',
  validVersions: { min: 0, max: 4 },
  firstFlexibleVersion: 4,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 4 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 4 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): HeartbeatRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('Heartbeat', 12, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: HeartbeatRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('Heartbeat', 12, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): HeartbeatResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('Heartbeat', 12, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: HeartbeatResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('Heartbeat', 12, version);
    encode(writer, message);
  },
  defaultRequest: defaultHeartbeatRequest,
  defaultResponse: defaultHeartbeatResponse,
};
