// Generated from protocol-specs/14-sync-group.json by scripts/gen-protocol.ts. Do not edit.
// SyncGroup (key 14), versions 0-5, flexible from v4.

import type { ApiCodec } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import { EMPTY_BUFFER } from '../primitives/reader';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface SyncGroupRequest {
  groupId: string;
  generationId: number;
  memberId: string;
  groupInstanceId?: string | null;
  protocolType?: string | null;
  protocolName?: string | null;
  assignments: SyncGroupRequestAssignment[];
}

export interface SyncGroupRequestAssignment {
  memberId: string;
  assignment: Buffer;
}

export interface SyncGroupResponse {
  throttleTimeMs?: number;
  errorCode: number;
  protocolType?: string | null;
  protocolName?: string | null;
  assignment: Buffer;
}

function defaultSyncGroupRequest(): SyncGroupRequest {
  return { groupId: '', generationId: 0, memberId: '', groupInstanceId: null, protocolType: null, protocolName: null, assignments: [] };
}

function defaultSyncGroupResponse(): SyncGroupResponse {
  return { throttleTimeMs: 0, errorCode: 0, protocolType: null, protocolName: null, assignment: EMPTY_BUFFER };
}

function decodeSyncGroupRequestAssignmentV0(r: Reader): SyncGroupRequestAssignment {
  const memberId = r.string();
  const assignment = r.bytes();
  return { memberId, assignment };
}

function decodeSyncGroupRequestV0(r: Reader): SyncGroupRequest {
  const groupId = r.string();
  const generationId = r.int32();
  const memberId = r.string();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Assignments');
  const assignments: SyncGroupRequestAssignment[] = [];
  for (let i = 0; i < n0; i++) assignments.push(decodeSyncGroupRequestAssignmentV0(r));
  return { groupId, generationId, memberId, groupInstanceId: null, protocolType: null, protocolName: null, assignments };
}

function encodeSyncGroupRequestAssignmentV0(w: Writer, m: SyncGroupRequestAssignment): void {
  w.string(m.memberId);
  w.bytes(m.assignment);
}

function encodeSyncGroupRequestV0(w: Writer, m: SyncGroupRequest): void {
  w.string(m.groupId);
  w.int32(m.generationId);
  w.string(m.memberId);
  if (m.groupInstanceId !== undefined && m.groupInstanceId !== null) throw new UnsupportedFieldError('SyncGroupRequest.GroupInstanceId', 0);
  {
    const a = m.assignments;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeSyncGroupRequestAssignmentV0(w, a[i]);
  }
}

function encodeSyncGroupRequestV1(w: Writer, m: SyncGroupRequest): void {
  w.string(m.groupId);
  w.int32(m.generationId);
  w.string(m.memberId);
  if (m.groupInstanceId !== undefined && m.groupInstanceId !== null) throw new UnsupportedFieldError('SyncGroupRequest.GroupInstanceId', 1);
  {
    const a = m.assignments;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeSyncGroupRequestAssignmentV0(w, a[i]);
  }
}

function encodeSyncGroupRequestV2(w: Writer, m: SyncGroupRequest): void {
  w.string(m.groupId);
  w.int32(m.generationId);
  w.string(m.memberId);
  if (m.groupInstanceId !== undefined && m.groupInstanceId !== null) throw new UnsupportedFieldError('SyncGroupRequest.GroupInstanceId', 2);
  {
    const a = m.assignments;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeSyncGroupRequestAssignmentV0(w, a[i]);
  }
}

function decodeSyncGroupRequestV3(r: Reader): SyncGroupRequest {
  const groupId = r.string();
  const generationId = r.int32();
  const memberId = r.string();
  const groupInstanceId = r.nullableString();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Assignments');
  const assignments: SyncGroupRequestAssignment[] = [];
  for (let i = 0; i < n0; i++) assignments.push(decodeSyncGroupRequestAssignmentV0(r));
  return { groupId, generationId, memberId, groupInstanceId, protocolType: null, protocolName: null, assignments };
}

function encodeSyncGroupRequestV3(w: Writer, m: SyncGroupRequest): void {
  w.string(m.groupId);
  w.int32(m.generationId);
  w.string(m.memberId);
  w.nullableString(m.groupInstanceId === undefined ? null : m.groupInstanceId);
  {
    const a = m.assignments;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeSyncGroupRequestAssignmentV0(w, a[i]);
  }
}

function decodeSyncGroupRequestAssignmentV4(r: Reader): SyncGroupRequestAssignment {
  const memberId = r.compactString();
  const assignment = r.compactBytes();
  const m: SyncGroupRequestAssignment = { memberId, assignment };
  r.skipTaggedFields();
  return m;
}

function decodeSyncGroupRequestV4(r: Reader): SyncGroupRequest {
  const groupId = r.compactString();
  const generationId = r.int32();
  const memberId = r.compactString();
  const groupInstanceId = r.compactNullableString();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Assignments');
  const assignments: SyncGroupRequestAssignment[] = [];
  for (let i = 0; i < n0; i++) assignments.push(decodeSyncGroupRequestAssignmentV4(r));
  const m: SyncGroupRequest = { groupId, generationId, memberId, groupInstanceId, protocolType: null, protocolName: null, assignments };
  r.skipTaggedFields();
  return m;
}

function encodeSyncGroupRequestAssignmentV4(w: Writer, m: SyncGroupRequestAssignment): void {
  w.compactString(m.memberId);
  w.compactBytes(m.assignment);
  w.uvarint(0);
}

function encodeSyncGroupRequestV4(w: Writer, m: SyncGroupRequest): void {
  w.compactString(m.groupId);
  w.int32(m.generationId);
  w.compactString(m.memberId);
  w.compactNullableString(m.groupInstanceId === undefined ? null : m.groupInstanceId);
  {
    const a = m.assignments;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeSyncGroupRequestAssignmentV4(w, a[i]);
  }
  w.uvarint(0);
}

function decodeSyncGroupRequestV5(r: Reader): SyncGroupRequest {
  const groupId = r.compactString();
  const generationId = r.int32();
  const memberId = r.compactString();
  const groupInstanceId = r.compactNullableString();
  const protocolType = r.compactNullableString();
  const protocolName = r.compactNullableString();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Assignments');
  const assignments: SyncGroupRequestAssignment[] = [];
  for (let i = 0; i < n0; i++) assignments.push(decodeSyncGroupRequestAssignmentV4(r));
  const m: SyncGroupRequest = { groupId, generationId, memberId, groupInstanceId, protocolType, protocolName, assignments };
  r.skipTaggedFields();
  return m;
}

function encodeSyncGroupRequestV5(w: Writer, m: SyncGroupRequest): void {
  w.compactString(m.groupId);
  w.int32(m.generationId);
  w.compactString(m.memberId);
  w.compactNullableString(m.groupInstanceId === undefined ? null : m.groupInstanceId);
  w.compactNullableString(m.protocolType === undefined ? null : m.protocolType);
  w.compactNullableString(m.protocolName === undefined ? null : m.protocolName);
  {
    const a = m.assignments;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeSyncGroupRequestAssignmentV4(w, a[i]);
  }
  w.uvarint(0);
}

function decodeSyncGroupResponseV0(r: Reader): SyncGroupResponse {
  const errorCode = r.int16();
  const assignment = r.bytes();
  return { throttleTimeMs: 0, errorCode, protocolType: null, protocolName: null, assignment };
}

function encodeSyncGroupResponseV0(w: Writer, m: SyncGroupResponse): void {
  w.int16(m.errorCode);
  w.bytes(m.assignment);
}

function decodeSyncGroupResponseV1(r: Reader): SyncGroupResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const assignment = r.bytes();
  return { throttleTimeMs, errorCode, protocolType: null, protocolName: null, assignment };
}

function encodeSyncGroupResponseV1(w: Writer, m: SyncGroupResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  w.int16(m.errorCode);
  w.bytes(m.assignment);
}

function decodeSyncGroupResponseV4(r: Reader): SyncGroupResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const assignment = r.compactBytes();
  const m: SyncGroupResponse = { throttleTimeMs, errorCode, protocolType: null, protocolName: null, assignment };
  r.skipTaggedFields();
  return m;
}

function encodeSyncGroupResponseV4(w: Writer, m: SyncGroupResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  w.int16(m.errorCode);
  w.compactBytes(m.assignment);
  w.uvarint(0);
}

function decodeSyncGroupResponseV5(r: Reader): SyncGroupResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const protocolType = r.compactNullableString();
  const protocolName = r.compactNullableString();
  const assignment = r.compactBytes();
  const m: SyncGroupResponse = { throttleTimeMs, errorCode, protocolType, protocolName, assignment };
  r.skipTaggedFields();
  return m;
}

function encodeSyncGroupResponseV5(w: Writer, m: SyncGroupResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  w.int16(m.errorCode);
  w.compactNullableString(m.protocolType === undefined ? null : m.protocolType);
  w.compactNullableString(m.protocolName === undefined ? null : m.protocolName);
  w.compactBytes(m.assignment);
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => SyncGroupRequest) | undefined> = [
  decodeSyncGroupRequestV0, decodeSyncGroupRequestV0, decodeSyncGroupRequestV0, decodeSyncGroupRequestV3, decodeSyncGroupRequestV4,
  decodeSyncGroupRequestV5,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: SyncGroupRequest) => void) | undefined> = [
  encodeSyncGroupRequestV0, encodeSyncGroupRequestV1, encodeSyncGroupRequestV2, encodeSyncGroupRequestV3, encodeSyncGroupRequestV4,
  encodeSyncGroupRequestV5,
];
const responseDecoders: ReadonlyArray<((r: Reader) => SyncGroupResponse) | undefined> = [
  decodeSyncGroupResponseV0, decodeSyncGroupResponseV1, decodeSyncGroupResponseV1, decodeSyncGroupResponseV1, decodeSyncGroupResponseV4,
  decodeSyncGroupResponseV5,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: SyncGroupResponse) => void) | undefined> = [
  encodeSyncGroupResponseV0, encodeSyncGroupResponseV1, encodeSyncGroupResponseV1, encodeSyncGroupResponseV1, encodeSyncGroupResponseV4,
  encodeSyncGroupResponseV5,
];

export const SyncGroupApi: ApiCodec<SyncGroupRequest, SyncGroupResponse> = {
  apiKey: 14,
  name: 'SyncGroup',
  validVersions: { min: 0, max: 5 },
  firstFlexibleVersion: 4,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 4 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 4 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): SyncGroupRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('SyncGroup', 14, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: SyncGroupRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('SyncGroup', 14, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): SyncGroupResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('SyncGroup', 14, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: SyncGroupResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('SyncGroup', 14, version);
    encode(writer, message);
  },
  defaultRequest: defaultSyncGroupRequest,
  defaultResponse: defaultSyncGroupResponse,
};
