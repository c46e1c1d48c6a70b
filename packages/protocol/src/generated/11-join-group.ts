// Generated from protocol-specs/11-join-group.json by scripts/gen-protocol.ts. Do not edit.
// JoinGroup (key 11), versions 0-9, flexible from v6.

import type { ApiCodec } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface JoinGroupRequest {
  groupId: string;
  sessionTimeoutMs: number;
  rebalanceTimeoutMs?: number;
  memberId: string;
  groupInstanceId?: string | null;
  protocolType: string;
  protocols: JoinGroupRequestProtocol[];
  reason?: string | null;
}

export interface JoinGroupRequestProtocol {
  name: string;
  metadata: Buffer;
}

export interface JoinGroupResponse {
  throttleTimeMs?: number;
  errorCode: number;
  generationId: number;
  protocolType?: string | null;
  protocolName: string | null;
  leader: string;
  skipAssignment?: boolean;
  memberId: string;
  members: JoinGroupResponseMember[];
}

export interface JoinGroupResponseMember {
  memberId: string;
  groupInstanceId?: string | null;
  metadata: Buffer;
}

function defaultJoinGroupRequest(): JoinGroupRequest {
  return {
    groupId: '',
    sessionTimeoutMs: 0,
    rebalanceTimeoutMs: -1,
    memberId: '',
    groupInstanceId: null,
    protocolType: '',
    protocols: [],
    reason: null,
  };
}

function defaultJoinGroupResponse(): JoinGroupResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    generationId: -1,
    protocolType: null,
    protocolName: '',
    leader: '',
    skipAssignment: false,
    memberId: '',
    members: [],
  };
}

function decodeJoinGroupRequestProtocolV0(r: Reader): JoinGroupRequestProtocol {
  const name = r.string();
  const metadata = r.bytes();
  return { name, metadata };
}

function decodeJoinGroupRequestV0(r: Reader): JoinGroupRequest {
  const groupId = r.string();
  const sessionTimeoutMs = r.int32();
  const memberId = r.string();
  const protocolType = r.string();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Protocols');
  const protocols: JoinGroupRequestProtocol[] = [];
  for (let i = 0; i < n0; i++) protocols.push(decodeJoinGroupRequestProtocolV0(r));
  return { groupId, sessionTimeoutMs, rebalanceTimeoutMs: -1, memberId, groupInstanceId: null, protocolType, protocols, reason: null };
}

function encodeJoinGroupRequestProtocolV0(w: Writer, m: JoinGroupRequestProtocol): void {
  w.string(m.name);
  w.bytes(m.metadata);
}

function encodeJoinGroupRequestV0(w: Writer, m: JoinGroupRequest): void {
  w.string(m.groupId);
  w.int32(m.sessionTimeoutMs);
  w.string(m.memberId);
  if (m.groupInstanceId !== undefined && m.groupInstanceId !== null) throw new UnsupportedFieldError('JoinGroupRequest.GroupInstanceId', 0);
  w.string(m.protocolType);
  {
    const a = m.protocols;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeJoinGroupRequestProtocolV0(w, a[i]);
  }
}

function decodeJoinGroupRequestV1(r: Reader): JoinGroupRequest {
  const groupId = r.string();
  const sessionTimeoutMs = r.int32();
  const rebalanceTimeoutMs = r.int32();
  const memberId = r.string();
  const protocolType = r.string();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Protocols');
  const protocols: JoinGroupRequestProtocol[] = [];
  for (let i = 0; i < n0; i++) protocols.push(decodeJoinGroupRequestProtocolV0(r));
  return { groupId, sessionTimeoutMs, rebalanceTimeoutMs, memberId, groupInstanceId: null, protocolType, protocols, reason: null };
}

function encodeJoinGroupRequestV1(w: Writer, m: JoinGroupRequest): void {
  w.string(m.groupId);
  w.int32(m.sessionTimeoutMs);
  w.int32(m.rebalanceTimeoutMs === undefined ? -1 : m.rebalanceTimeoutMs);
  w.string(m.memberId);
  if (m.groupInstanceId !== undefined && m.groupInstanceId !== null) throw new UnsupportedFieldError('JoinGroupRequest.GroupInstanceId', 1);
  w.string(m.protocolType);
  {
    const a = m.protocols;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeJoinGroupRequestProtocolV0(w, a[i]);
  }
}

function encodeJoinGroupRequestV2(w: Writer, m: JoinGroupRequest): void {
  w.string(m.groupId);
  w.int32(m.sessionTimeoutMs);
  w.int32(m.rebalanceTimeoutMs === undefined ? -1 : m.rebalanceTimeoutMs);
  w.string(m.memberId);
  if (m.groupInstanceId !== undefined && m.groupInstanceId !== null) throw new UnsupportedFieldError('JoinGroupRequest.GroupInstanceId', 2);
  w.string(m.protocolType);
  {
    const a = m.protocols;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeJoinGroupRequestProtocolV0(w, a[i]);
  }
}

function encodeJoinGroupRequestV3(w: Writer, m: JoinGroupRequest): void {
  w.string(m.groupId);
  w.int32(m.sessionTimeoutMs);
  w.int32(m.rebalanceTimeoutMs === undefined ? -1 : m.rebalanceTimeoutMs);
  w.string(m.memberId);
  if (m.groupInstanceId !== undefined && m.groupInstanceId !== null) throw new UnsupportedFieldError('JoinGroupRequest.GroupInstanceId', 3);
  w.string(m.protocolType);
  {
    const a = m.protocols;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeJoinGroupRequestProtocolV0(w, a[i]);
  }
}

function encodeJoinGroupRequestV4(w: Writer, m: JoinGroupRequest): void {
  w.string(m.groupId);
  w.int32(m.sessionTimeoutMs);
  w.int32(m.rebalanceTimeoutMs === undefined ? -1 : m.rebalanceTimeoutMs);
  w.string(m.memberId);
  if (m.groupInstanceId !== undefined && m.groupInstanceId !== null) throw new UnsupportedFieldError('JoinGroupRequest.GroupInstanceId', 4);
  w.string(m.protocolType);
  {
    const a = m.protocols;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeJoinGroupRequestProtocolV0(w, a[i]);
  }
}

function decodeJoinGroupRequestV5(r: Reader): JoinGroupRequest {
  const groupId = r.string();
  const sessionTimeoutMs = r.int32();
  const rebalanceTimeoutMs = r.int32();
  const memberId = r.string();
  const groupInstanceId = r.nullableString();
  const protocolType = r.string();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Protocols');
  const protocols: JoinGroupRequestProtocol[] = [];
  for (let i = 0; i < n0; i++) protocols.push(decodeJoinGroupRequestProtocolV0(r));
  return { groupId, sessionTimeoutMs, rebalanceTimeoutMs, memberId, groupInstanceId, protocolType, protocols, reason: null };
}

function encodeJoinGroupRequestV5(w: Writer, m: JoinGroupRequest): void {
  w.string(m.groupId);
  w.int32(m.sessionTimeoutMs);
  w.int32(m.rebalanceTimeoutMs === undefined ? -1 : m.rebalanceTimeoutMs);
  w.string(m.memberId);
  w.nullableString(m.groupInstanceId === undefined ? null : m.groupInstanceId);
  w.string(m.protocolType);
  {
    const a = m.protocols;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeJoinGroupRequestProtocolV0(w, a[i]);
  }
}

function decodeJoinGroupRequestProtocolV6(r: Reader): JoinGroupRequestProtocol {
  const name = r.compactString();
  const metadata = r.compactBytes();
  const m: JoinGroupRequestProtocol = { name, metadata };
  r.skipTaggedFields();
  return m;
}

function decodeJoinGroupRequestV6(r: Reader): JoinGroupRequest {
  const groupId = r.compactString();
  const sessionTimeoutMs = r.int32();
  const rebalanceTimeoutMs = r.int32();
  const memberId = r.compactString();
  const groupInstanceId = r.compactNullableString();
  const protocolType = r.compactString();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Protocols');
  const protocols: JoinGroupRequestProtocol[] = [];
  for (let i = 0; i < n0; i++) protocols.push(decodeJoinGroupRequestProtocolV6(r));
  const m: JoinGroupRequest = {
    groupId,
    sessionTimeoutMs,
    rebalanceTimeoutMs,
    memberId,
    groupInstanceId,
    protocolType,
    protocols,
    reason: null,
  };
  r.skipTaggedFields();
  return m;
}

function encodeJoinGroupRequestProtocolV6(w: Writer, m: JoinGroupRequestProtocol): void {
  w.compactString(m.name);
  w.compactBytes(m.metadata);
  w.uvarint(0);
}

function encodeJoinGroupRequestV6(w: Writer, m: JoinGroupRequest): void {
  w.compactString(m.groupId);
  w.int32(m.sessionTimeoutMs);
  w.int32(m.rebalanceTimeoutMs === undefined ? -1 : m.rebalanceTimeoutMs);
  w.compactString(m.memberId);
  w.compactNullableString(m.groupInstanceId === undefined ? null : m.groupInstanceId);
  w.compactString(m.protocolType);
  {
    const a = m.protocols;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeJoinGroupRequestProtocolV6(w, a[i]);
  }
  w.uvarint(0);
}

function decodeJoinGroupRequestV8(r: Reader): JoinGroupRequest {
  const groupId = r.compactString();
  const sessionTimeoutMs = r.int32();
  const rebalanceTimeoutMs = r.int32();
  const memberId = r.compactString();
  const groupInstanceId = r.compactNullableString();
  const protocolType = r.compactString();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Protocols');
  const protocols: JoinGroupRequestProtocol[] = [];
  for (let i = 0; i < n0; i++) protocols.push(decodeJoinGroupRequestProtocolV6(r));
  const reason = r.compactNullableString();
  const m: JoinGroupRequest = { groupId, sessionTimeoutMs, rebalanceTimeoutMs, memberId, groupInstanceId, protocolType, protocols, reason };
  r.skipTaggedFields();
  return m;
}

function encodeJoinGroupRequestV8(w: Writer, m: JoinGroupRequest): void {
  w.compactString(m.groupId);
  w.int32(m.sessionTimeoutMs);
  w.int32(m.rebalanceTimeoutMs === undefined ? -1 : m.rebalanceTimeoutMs);
  w.compactString(m.memberId);
  w.compactNullableString(m.groupInstanceId === undefined ? null : m.groupInstanceId);
  w.compactString(m.protocolType);
  {
    const a = m.protocols;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeJoinGroupRequestProtocolV6(w, a[i]);
  }
  w.compactNullableString(m.reason === undefined ? null : m.reason);
  w.uvarint(0);
}

function decodeJoinGroupResponseMemberV0(r: Reader): JoinGroupResponseMember {
  const memberId = r.string();
  const metadata = r.bytes();
  return { memberId, groupInstanceId: null, metadata };
}

function decodeJoinGroupResponseV0(r: Reader): JoinGroupResponse {
  const errorCode = r.int16();
  const generationId = r.int32();
  const protocolName = r.string();
  const leader = r.string();
  const memberId = r.string();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Members');
  const members: JoinGroupResponseMember[] = [];
  for (let i = 0; i < n0; i++) members.push(decodeJoinGroupResponseMemberV0(r));
  return { throttleTimeMs: 0, errorCode, generationId, protocolType: null, protocolName, leader, skipAssignment: false, memberId, members };
}

function encodeJoinGroupResponseMemberV0(w: Writer, m: JoinGroupResponseMember): void {
  w.string(m.memberId);
  w.bytes(m.metadata);
}

function encodeJoinGroupResponseV0(w: Writer, m: JoinGroupResponse): void {
  w.int16(m.errorCode);
  w.int32(m.generationId);
  w.string(m.protocolName);
  w.string(m.leader);
  if (m.skipAssignment !== undefined && m.skipAssignment !== false) throw new UnsupportedFieldError('JoinGroupResponse.SkipAssignment', 0);
  w.string(m.memberId);
  {
    const a = m.members;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeJoinGroupResponseMemberV0(w, a[i]);
  }
}

function encodeJoinGroupResponseV1(w: Writer, m: JoinGroupResponse): void {
  w.int16(m.errorCode);
  w.int32(m.generationId);
  w.string(m.protocolName);
  w.string(m.leader);
  if (m.skipAssignment !== undefined && m.skipAssignment !== false) throw new UnsupportedFieldError('JoinGroupResponse.SkipAssignment', 1);
  w.string(m.memberId);
  {
    const a = m.members;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeJoinGroupResponseMemberV0(w, a[i]);
  }
}

function decodeJoinGroupResponseV2(r: Reader): JoinGroupResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const generationId = r.int32();
  const protocolName = r.string();
  const leader = r.string();
  const memberId = r.string();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Members');
  const members: JoinGroupResponseMember[] = [];
  for (let i = 0; i < n0; i++) members.push(decodeJoinGroupResponseMemberV0(r));
  return { throttleTimeMs, errorCode, generationId, protocolType: null, protocolName, leader, skipAssignment: false, memberId, members };
}

function encodeJoinGroupResponseV2(w: Writer, m: JoinGroupResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  w.int16(m.errorCode);
  w.int32(m.generationId);
  w.string(m.protocolName);
  w.string(m.leader);
  if (m.skipAssignment !== undefined && m.skipAssignment !== false) throw new UnsupportedFieldError('JoinGroupResponse.SkipAssignment', 2);
  w.string(m.memberId);
  {
    const a = m.members;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeJoinGroupResponseMemberV0(w, a[i]);
  }
}

function encodeJoinGroupResponseV3(w: Writer, m: JoinGroupResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  w.int16(m.errorCode);
  w.int32(m.generationId);
  w.string(m.protocolName);
  w.string(m.leader);
  if (m.skipAssignment !== undefined && m.skipAssignment !== false) throw new UnsupportedFieldError('JoinGroupResponse.SkipAssignment', 3);
  w.string(m.memberId);
  {
    const a = m.members;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeJoinGroupResponseMemberV0(w, a[i]);
  }
}

function encodeJoinGroupResponseV4(w: Writer, m: JoinGroupResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  w.int16(m.errorCode);
  w.int32(m.generationId);
  w.string(m.protocolName);
  w.string(m.leader);
  if (m.skipAssignment !== undefined && m.skipAssignment !== false) throw new UnsupportedFieldError('JoinGroupResponse.SkipAssignment', 4);
  w.string(m.memberId);
  {
    const a = m.members;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeJoinGroupResponseMemberV0(w, a[i]);
  }
}

function decodeJoinGroupResponseMemberV5(r: Reader): JoinGroupResponseMember {
  const memberId = r.string();
  const groupInstanceId = r.nullableString();
  const metadata = r.bytes();
  return { memberId, groupInstanceId, metadata };
}

function decodeJoinGroupResponseV5(r: Reader): JoinGroupResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const generationId = r.int32();
  const protocolName = r.string();
  const leader = r.string();
  const memberId = r.string();
  const n0 = r.arrayLength(8);
  if (n0 < 0) r.fail('null in non-nullable array Members');
  const members: JoinGroupResponseMember[] = [];
  for (let i = 0; i < n0; i++) members.push(decodeJoinGroupResponseMemberV5(r));
  return { throttleTimeMs, errorCode, generationId, protocolType: null, protocolName, leader, skipAssignment: false, memberId, members };
}

function encodeJoinGroupResponseMemberV5(w: Writer, m: JoinGroupResponseMember): void {
  w.string(m.memberId);
  w.nullableString(m.groupInstanceId === undefined ? null : m.groupInstanceId);
  w.bytes(m.metadata);
}

function encodeJoinGroupResponseV5(w: Writer, m: JoinGroupResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  w.int16(m.errorCode);
  w.int32(m.generationId);
  w.string(m.protocolName);
  w.string(m.leader);
  if (m.skipAssignment !== undefined && m.skipAssignment !== false) throw new UnsupportedFieldError('JoinGroupResponse.SkipAssignment', 5);
  w.string(m.memberId);
  {
    const a = m.members;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeJoinGroupResponseMemberV5(w, a[i]);
  }
}

function decodeJoinGroupResponseMemberV6(r: Reader): JoinGroupResponseMember {
  const memberId = r.compactString();
  const groupInstanceId = r.compactNullableString();
  const metadata = r.compactBytes();
  const m: JoinGroupResponseMember = { memberId, groupInstanceId, metadata };
  r.skipTaggedFields();
  return m;
}

function decodeJoinGroupResponseV6(r: Reader): JoinGroupResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const generationId = r.int32();
  const protocolName = r.compactString();
  const leader = r.compactString();
  const memberId = r.compactString();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Members');
  const members: JoinGroupResponseMember[] = [];
  for (let i = 0; i < n0; i++) members.push(decodeJoinGroupResponseMemberV6(r));
  const m: JoinGroupResponse = {
    throttleTimeMs,
    errorCode,
    generationId,
    protocolType: null,
    protocolName,
    leader,
    skipAssignment: false,
    memberId,
    members,
  };
  r.skipTaggedFields();
  return m;
}

function encodeJoinGroupResponseMemberV6(w: Writer, m: JoinGroupResponseMember): void {
  w.compactString(m.memberId);
  w.compactNullableString(m.groupInstanceId === undefined ? null : m.groupInstanceId);
  w.compactBytes(m.metadata);
  w.uvarint(0);
}

function encodeJoinGroupResponseV6(w: Writer, m: JoinGroupResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  w.int16(m.errorCode);
  w.int32(m.generationId);
  w.compactString(m.protocolName);
  w.compactString(m.leader);
  if (m.skipAssignment !== undefined && m.skipAssignment !== false) throw new UnsupportedFieldError('JoinGroupResponse.SkipAssignment', 6);
  w.compactString(m.memberId);
  {
    const a = m.members;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeJoinGroupResponseMemberV6(w, a[i]);
  }
  w.uvarint(0);
}

function decodeJoinGroupResponseV7(r: Reader): JoinGroupResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const generationId = r.int32();
  const protocolType = r.compactNullableString();
  const protocolName = r.compactNullableString();
  const leader = r.compactString();
  const memberId = r.compactString();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Members');
  const members: JoinGroupResponseMember[] = [];
  for (let i = 0; i < n0; i++) members.push(decodeJoinGroupResponseMemberV6(r));
  const m: JoinGroupResponse = {
    throttleTimeMs,
    errorCode,
    generationId,
    protocolType,
    protocolName,
    leader,
    skipAssignment: false,
    memberId,
    members,
  };
  r.skipTaggedFields();
  return m;
}

function encodeJoinGroupResponseV7(w: Writer, m: JoinGroupResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  w.int16(m.errorCode);
  w.int32(m.generationId);
  w.compactNullableString(m.protocolType === undefined ? null : m.protocolType);
  w.compactNullableString(m.protocolName);
  w.compactString(m.leader);
  if (m.skipAssignment !== undefined && m.skipAssignment !== false) throw new UnsupportedFieldError('JoinGroupResponse.SkipAssignment', 7);
  w.compactString(m.memberId);
  {
    const a = m.members;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeJoinGroupResponseMemberV6(w, a[i]);
  }
  w.uvarint(0);
}

function encodeJoinGroupResponseV8(w: Writer, m: JoinGroupResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  w.int16(m.errorCode);
  w.int32(m.generationId);
  w.compactNullableString(m.protocolType === undefined ? null : m.protocolType);
  w.compactNullableString(m.protocolName);
  w.compactString(m.leader);
  if (m.skipAssignment !== undefined && m.skipAssignment !== false) throw new UnsupportedFieldError('JoinGroupResponse.SkipAssignment', 8);
  w.compactString(m.memberId);
  {
    const a = m.members;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeJoinGroupResponseMemberV6(w, a[i]);
  }
  w.uvarint(0);
}

function decodeJoinGroupResponseV9(r: Reader): JoinGroupResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const generationId = r.int32();
  const protocolType = r.compactNullableString();
  const protocolName = r.compactNullableString();
  const leader = r.compactString();
  const skipAssignment = r.bool();
  const memberId = r.compactString();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Members');
  const members: JoinGroupResponseMember[] = [];
  for (let i = 0; i < n0; i++) members.push(decodeJoinGroupResponseMemberV6(r));
  const m: JoinGroupResponse = {
    throttleTimeMs,
    errorCode,
    generationId,
    protocolType,
    protocolName,
    leader,
    skipAssignment,
    memberId,
    members,
  };
  r.skipTaggedFields();
  return m;
}

function encodeJoinGroupResponseV9(w: Writer, m: JoinGroupResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  w.int16(m.errorCode);
  w.int32(m.generationId);
  w.compactNullableString(m.protocolType === undefined ? null : m.protocolType);
  w.compactNullableString(m.protocolName);
  w.compactString(m.leader);
  w.bool(m.skipAssignment === undefined ? false : m.skipAssignment);
  w.compactString(m.memberId);
  {
    const a = m.members;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeJoinGroupResponseMemberV6(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => JoinGroupRequest) | undefined> = [
  decodeJoinGroupRequestV0, decodeJoinGroupRequestV1, decodeJoinGroupRequestV1, decodeJoinGroupRequestV1, decodeJoinGroupRequestV1,
  decodeJoinGroupRequestV5, decodeJoinGroupRequestV6, decodeJoinGroupRequestV6, decodeJoinGroupRequestV8, decodeJoinGroupRequestV8,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: JoinGroupRequest) => void) | undefined> = [
  encodeJoinGroupRequestV0, encodeJoinGroupRequestV1, encodeJoinGroupRequestV2, encodeJoinGroupRequestV3, encodeJoinGroupRequestV4,
  encodeJoinGroupRequestV5, encodeJoinGroupRequestV6, encodeJoinGroupRequestV6, encodeJoinGroupRequestV8, encodeJoinGroupRequestV8,
];
const responseDecoders: ReadonlyArray<((r: Reader) => JoinGroupResponse) | undefined> = [
  decodeJoinGroupResponseV0, decodeJoinGroupResponseV0, decodeJoinGroupResponseV2, decodeJoinGroupResponseV2, decodeJoinGroupResponseV2,
  decodeJoinGroupResponseV5, decodeJoinGroupResponseV6, decodeJoinGroupResponseV7, decodeJoinGroupResponseV7, decodeJoinGroupResponseV9,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: JoinGroupResponse) => void) | undefined> = [
  encodeJoinGroupResponseV0, encodeJoinGroupResponseV1, encodeJoinGroupResponseV2, encodeJoinGroupResponseV3, encodeJoinGroupResponseV4,
  encodeJoinGroupResponseV5, encodeJoinGroupResponseV6, encodeJoinGroupResponseV7, encodeJoinGroupResponseV8, encodeJoinGroupResponseV9,
];

export const JoinGroupApi: ApiCodec<JoinGroupRequest, JoinGroupResponse> = {
  apiKey: 11,
  name: 'JoinGroup',
  validVersions: { min: 0, max: 9 },
  firstFlexibleVersion: 6,
  deprecatedVersions: { min: 0, max: 1 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 6 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 6 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): JoinGroupRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('JoinGroup', 11, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: JoinGroupRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('JoinGroup', 11, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): JoinGroupResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('JoinGroup', 11, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: JoinGroupResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('JoinGroup', 11, version);
    encode(writer, message);
  },
  defaultRequest: defaultJoinGroupRequest,
  defaultResponse: defaultJoinGroupResponse,
};
