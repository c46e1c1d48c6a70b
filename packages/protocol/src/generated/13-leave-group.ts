// Generated from protocol-specs/13-leave-group.json by scripts/gen-protocol.ts. Do not edit.
// LeaveGroup (key 13), versions 0-5, flexible from v4.

import type { ApiCodec } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface LeaveGroupRequest {
  groupId: string;
  memberId?: string;
  members?: MemberIdentity[];
}

export interface MemberIdentity {
  memberId: string;
  groupInstanceId: string | null;
  reason?: string | null;
}

export interface LeaveGroupResponse {
  throttleTimeMs?: number;
  errorCode: number;
  members?: MemberResponse[];
}

export interface MemberResponse {
  memberId: string;
  groupInstanceId: string | null;
  errorCode: number;
}

function defaultLeaveGroupRequest(): LeaveGroupRequest {
  return { groupId: '', memberId: '', members: [] };
}

function defaultLeaveGroupResponse(): LeaveGroupResponse {
  return { throttleTimeMs: 0, errorCode: 0, members: [] };
}

function decodeLeaveGroupRequestV0(r: Reader): LeaveGroupRequest {
  const groupId = r.string();
  const memberId = r.string();
  return { groupId, memberId, members: [] };
}

function encodeLeaveGroupRequestV0(w: Writer, m: LeaveGroupRequest): void {
  w.string(m.groupId);
  w.string(m.memberId === undefined ? '' : m.memberId);
  if (m.members !== undefined && (m.members === null || m.members.length !== 0)) {
    throw new UnsupportedFieldError('LeaveGroupRequest.Members', 0);
  }
}

function encodeLeaveGroupRequestV1(w: Writer, m: LeaveGroupRequest): void {
  w.string(m.groupId);
  w.string(m.memberId === undefined ? '' : m.memberId);
  if (m.members !== undefined && (m.members === null || m.members.length !== 0)) {
    throw new UnsupportedFieldError('LeaveGroupRequest.Members', 1);
  }
}

function encodeLeaveGroupRequestV2(w: Writer, m: LeaveGroupRequest): void {
  w.string(m.groupId);
  w.string(m.memberId === undefined ? '' : m.memberId);
  if (m.members !== undefined && (m.members === null || m.members.length !== 0)) {
    throw new UnsupportedFieldError('LeaveGroupRequest.Members', 2);
  }
}

function decodeMemberIdentityV3(r: Reader): MemberIdentity {
  const memberId = r.string();
  const groupInstanceId = r.nullableString();
  return { memberId, groupInstanceId, reason: null };
}

function decodeLeaveGroupRequestV3(r: Reader): LeaveGroupRequest {
  const groupId = r.string();
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Members');
  const members: MemberIdentity[] = [];
  for (let i = 0; i < n0; i++) members.push(decodeMemberIdentityV3(r));
  return { groupId, memberId: '', members };
}

function encodeMemberIdentityV3(w: Writer, m: MemberIdentity): void {
  w.string(m.memberId);
  w.nullableString(m.groupInstanceId);
}

function encodeLeaveGroupRequestV3(w: Writer, m: LeaveGroupRequest): void {
  w.string(m.groupId);
  if (m.memberId !== undefined && m.memberId !== '') throw new UnsupportedFieldError('LeaveGroupRequest.MemberId', 3);
  {
    const a = m.members === undefined ? [] : m.members;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMemberIdentityV3(w, a[i]);
  }
}

function decodeMemberIdentityV4(r: Reader): MemberIdentity {
  const memberId = r.compactString();
  const groupInstanceId = r.compactNullableString();
  const m: MemberIdentity = { memberId, groupInstanceId, reason: null };
  r.skipTaggedFields();
  return m;
}

function decodeLeaveGroupRequestV4(r: Reader): LeaveGroupRequest {
  const groupId = r.compactString();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Members');
  const members: MemberIdentity[] = [];
  for (let i = 0; i < n0; i++) members.push(decodeMemberIdentityV4(r));
  const m: LeaveGroupRequest = { groupId, memberId: '', members };
  r.skipTaggedFields();
  return m;
}

function encodeMemberIdentityV4(w: Writer, m: MemberIdentity): void {
  w.compactString(m.memberId);
  w.compactNullableString(m.groupInstanceId);
  w.uvarint(0);
}

function encodeLeaveGroupRequestV4(w: Writer, m: LeaveGroupRequest): void {
  w.compactString(m.groupId);
  if (m.memberId !== undefined && m.memberId !== '') throw new UnsupportedFieldError('LeaveGroupRequest.MemberId', 4);
  {
    const a = m.members === undefined ? [] : m.members;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMemberIdentityV4(w, a[i]);
  }
  w.uvarint(0);
}

function decodeMemberIdentityV5(r: Reader): MemberIdentity {
  const memberId = r.compactString();
  const groupInstanceId = r.compactNullableString();
  const reason = r.compactNullableString();
  const m: MemberIdentity = { memberId, groupInstanceId, reason };
  r.skipTaggedFields();
  return m;
}

function decodeLeaveGroupRequestV5(r: Reader): LeaveGroupRequest {
  const groupId = r.compactString();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Members');
  const members: MemberIdentity[] = [];
  for (let i = 0; i < n0; i++) members.push(decodeMemberIdentityV5(r));
  const m: LeaveGroupRequest = { groupId, memberId: '', members };
  r.skipTaggedFields();
  return m;
}

function encodeMemberIdentityV5(w: Writer, m: MemberIdentity): void {
  w.compactString(m.memberId);
  w.compactNullableString(m.groupInstanceId);
  w.compactNullableString(m.reason === undefined ? null : m.reason);
  w.uvarint(0);
}

function encodeLeaveGroupRequestV5(w: Writer, m: LeaveGroupRequest): void {
  w.compactString(m.groupId);
  if (m.memberId !== undefined && m.memberId !== '') throw new UnsupportedFieldError('LeaveGroupRequest.MemberId', 5);
  {
    const a = m.members === undefined ? [] : m.members;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMemberIdentityV5(w, a[i]);
  }
  w.uvarint(0);
}

function decodeLeaveGroupResponseV0(r: Reader): LeaveGroupResponse {
  const errorCode = r.int16();
  return { throttleTimeMs: 0, errorCode, members: [] };
}

function encodeLeaveGroupResponseV0(w: Writer, m: LeaveGroupResponse): void {
  w.int16(m.errorCode);
  if (m.members !== undefined && (m.members === null || m.members.length !== 0)) {
    throw new UnsupportedFieldError('LeaveGroupResponse.Members', 0);
  }
}

function decodeLeaveGroupResponseV1(r: Reader): LeaveGroupResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  return { throttleTimeMs, errorCode, members: [] };
}

function encodeLeaveGroupResponseV1(w: Writer, m: LeaveGroupResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  w.int16(m.errorCode);
  if (m.members !== undefined && (m.members === null || m.members.length !== 0)) {
    throw new UnsupportedFieldError('LeaveGroupResponse.Members', 1);
  }
}

function encodeLeaveGroupResponseV2(w: Writer, m: LeaveGroupResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  w.int16(m.errorCode);
  if (m.members !== undefined && (m.members === null || m.members.length !== 0)) {
    throw new UnsupportedFieldError('LeaveGroupResponse.Members', 2);
  }
}

function decodeMemberResponseV3(r: Reader): MemberResponse {
  const memberId = r.string();
  const groupInstanceId = r.nullableString();
  const errorCode = r.int16();
  return { memberId, groupInstanceId, errorCode };
}

function decodeLeaveGroupResponseV3(r: Reader): LeaveGroupResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Members');
  const members: MemberResponse[] = [];
  for (let i = 0; i < n0; i++) members.push(decodeMemberResponseV3(r));
  return { throttleTimeMs, errorCode, members };
}

function encodeMemberResponseV3(w: Writer, m: MemberResponse): void {
  w.string(m.memberId);
  w.nullableString(m.groupInstanceId);
  w.int16(m.errorCode);
}

function encodeLeaveGroupResponseV3(w: Writer, m: LeaveGroupResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  w.int16(m.errorCode);
  {
    const a = m.members === undefined ? [] : m.members;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMemberResponseV3(w, a[i]);
  }
}

function decodeMemberResponseV4(r: Reader): MemberResponse {
  const memberId = r.compactString();
  const groupInstanceId = r.compactNullableString();
  const errorCode = r.int16();
  const m: MemberResponse = { memberId, groupInstanceId, errorCode };
  r.skipTaggedFields();
  return m;
}

function decodeLeaveGroupResponseV4(r: Reader): LeaveGroupResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const n0 = r.compactArrayLength(5);
  if (n0 < 0) r.fail('null in non-nullable array Members');
  const members: MemberResponse[] = [];
  for (let i = 0; i < n0; i++) members.push(decodeMemberResponseV4(r));
  const m: LeaveGroupResponse = { throttleTimeMs, errorCode, members };
  r.skipTaggedFields();
  return m;
}

function encodeMemberResponseV4(w: Writer, m: MemberResponse): void {
  w.compactString(m.memberId);
  w.compactNullableString(m.groupInstanceId);
  w.int16(m.errorCode);
  w.uvarint(0);
}

function encodeLeaveGroupResponseV4(w: Writer, m: LeaveGroupResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  w.int16(m.errorCode);
  {
    const a = m.members === undefined ? [] : m.members;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMemberResponseV4(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => LeaveGroupRequest) | undefined> = [
  decodeLeaveGroupRequestV0, decodeLeaveGroupRequestV0, decodeLeaveGroupRequestV0, decodeLeaveGroupRequestV3, decodeLeaveGroupRequestV4,
  decodeLeaveGroupRequestV5,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: LeaveGroupRequest) => void) | undefined> = [
  encodeLeaveGroupRequestV0, encodeLeaveGroupRequestV1, encodeLeaveGroupRequestV2, encodeLeaveGroupRequestV3, encodeLeaveGroupRequestV4,
  encodeLeaveGroupRequestV5,
];
const responseDecoders: ReadonlyArray<((r: Reader) => LeaveGroupResponse) | undefined> = [
  decodeLeaveGroupResponseV0, decodeLeaveGroupResponseV1, decodeLeaveGroupResponseV1, decodeLeaveGroupResponseV3,
  decodeLeaveGroupResponseV4, decodeLeaveGroupResponseV4,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: LeaveGroupResponse) => void) | undefined> = [
  encodeLeaveGroupResponseV0, encodeLeaveGroupResponseV1, encodeLeaveGroupResponseV2, encodeLeaveGroupResponseV3,
  encodeLeaveGroupResponseV4, encodeLeaveGroupResponseV4,
];

export const LeaveGroupApi: ApiCodec<LeaveGroupRequest, LeaveGroupResponse> = {
  apiKey: 13,
  name: 'LeaveGroup',
  validVersions: { min: 0, max: 5 },
  firstFlexibleVersion: 4,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 4 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 4 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): LeaveGroupRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('LeaveGroup', 13, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: LeaveGroupRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('LeaveGroup', 13, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): LeaveGroupResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('LeaveGroup', 13, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: LeaveGroupResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('LeaveGroup', 13, version);
    encode(writer, message);
  },
  defaultRequest: defaultLeaveGroupRequest,
  defaultResponse: defaultLeaveGroupResponse,
};
