// Generated from protocol-specs/15-describe-groups.json by scripts/gen-protocol.ts. Do not edit.
// DescribeGroups (key 15), versions 0-5, flexible from v5.

import type { ApiCodec } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface DescribeGroupsRequest {
  groups: string[];
  includeAuthorizedOperations?: boolean;
}

export interface DescribeGroupsResponse {
  throttleTimeMs?: number;
  groups: DescribedGroup[];
}

export interface DescribedGroup {
  errorCode: number;
  groupId: string;
  groupState: string;
  protocolType: string;
  protocolData: string;
  members: DescribedGroupMember[];
  authorizedOperations?: number;
}

export interface DescribedGroupMember {
  memberId: string;
  groupInstanceId?: string | null;
  clientId: string;
  clientHost: string;
  memberMetadata: Buffer;
  memberAssignment: Buffer;
}

function defaultDescribeGroupsRequest(): DescribeGroupsRequest {
  return { groups: [], includeAuthorizedOperations: false };
}

function defaultDescribeGroupsResponse(): DescribeGroupsResponse {
  return { throttleTimeMs: 0, groups: [] };
}

function decodeDescribeGroupsRequestV0(r: Reader): DescribeGroupsRequest {
  const n0 = r.arrayLength(2);
  if (n0 < 0) r.fail('null in non-nullable array Groups');
  const groups: string[] = [];
  for (let i = 0; i < n0; i++) groups.push(r.string());
  return { groups, includeAuthorizedOperations: false };
}

function encodeDescribeGroupsRequestV0(w: Writer, m: DescribeGroupsRequest): void {
  {
    const a = m.groups;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.string(a[i]);
  }
  if (m.includeAuthorizedOperations !== undefined && m.includeAuthorizedOperations !== false) {
    throw new UnsupportedFieldError('DescribeGroupsRequest.IncludeAuthorizedOperations', 0);
  }
}

function encodeDescribeGroupsRequestV1(w: Writer, m: DescribeGroupsRequest): void {
  {
    const a = m.groups;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.string(a[i]);
  }
  if (m.includeAuthorizedOperations !== undefined && m.includeAuthorizedOperations !== false) {
    throw new UnsupportedFieldError('DescribeGroupsRequest.IncludeAuthorizedOperations', 1);
  }
}

function encodeDescribeGroupsRequestV2(w: Writer, m: DescribeGroupsRequest): void {
  {
    const a = m.groups;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.string(a[i]);
  }
  if (m.includeAuthorizedOperations !== undefined && m.includeAuthorizedOperations !== false) {
    throw new UnsupportedFieldError('DescribeGroupsRequest.IncludeAuthorizedOperations', 2);
  }
}

function decodeDescribeGroupsRequestV3(r: Reader): DescribeGroupsRequest {
  const n0 = r.arrayLength(2);
  if (n0 < 0) r.fail('null in non-nullable array Groups');
  const groups: string[] = [];
  for (let i = 0; i < n0; i++) groups.push(r.string());
  const includeAuthorizedOperations = r.bool();
  return { groups, includeAuthorizedOperations };
}

function encodeDescribeGroupsRequestV3(w: Writer, m: DescribeGroupsRequest): void {
  {
    const a = m.groups;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.string(a[i]);
  }
  w.bool(m.includeAuthorizedOperations === undefined ? false : m.includeAuthorizedOperations);
}

function decodeDescribeGroupsRequestV5(r: Reader): DescribeGroupsRequest {
  const n0 = r.compactArrayLength(1);
  if (n0 < 0) r.fail('null in non-nullable array Groups');
  const groups: string[] = [];
  for (let i = 0; i < n0; i++) groups.push(r.compactString());
  const includeAuthorizedOperations = r.bool();
  const m: DescribeGroupsRequest = { groups, includeAuthorizedOperations };
  r.skipTaggedFields();
  return m;
}

function encodeDescribeGroupsRequestV5(w: Writer, m: DescribeGroupsRequest): void {
  {
    const a = m.groups;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.compactString(a[i]);
  }
  w.bool(m.includeAuthorizedOperations === undefined ? false : m.includeAuthorizedOperations);
  w.uvarint(0);
}

function decodeDescribedGroupMemberV0(r: Reader): DescribedGroupMember {
  const memberId = r.string();
  const clientId = r.string();
  const clientHost = r.string();
  const memberMetadata = r.bytes();
  const memberAssignment = r.bytes();
  return { memberId, groupInstanceId: null, clientId, clientHost, memberMetadata, memberAssignment };
}

function decodeDescribedGroupV0(r: Reader): DescribedGroup {
  const errorCode = r.int16();
  const groupId = r.string();
  const groupState = r.string();
  const protocolType = r.string();
  const protocolData = r.string();
  const n0 = r.arrayLength(14);
  if (n0 < 0) r.fail('null in non-nullable array Members');
  const members: DescribedGroupMember[] = [];
  for (let i = 0; i < n0; i++) members.push(decodeDescribedGroupMemberV0(r));
  return { errorCode, groupId, groupState, protocolType, protocolData, members, authorizedOperations: -2147483648 };
}

function decodeDescribeGroupsResponseV0(r: Reader): DescribeGroupsResponse {
  const n0 = r.arrayLength(14);
  if (n0 < 0) r.fail('null in non-nullable array Groups');
  const groups: DescribedGroup[] = [];
  for (let i = 0; i < n0; i++) groups.push(decodeDescribedGroupV0(r));
  return { throttleTimeMs: 0, groups };
}

function encodeDescribedGroupMemberV0(w: Writer, m: DescribedGroupMember): void {
  w.string(m.memberId);
  w.string(m.clientId);
  w.string(m.clientHost);
  w.bytes(m.memberMetadata);
  w.bytes(m.memberAssignment);
}

function encodeDescribedGroupV0(w: Writer, m: DescribedGroup): void {
  w.int16(m.errorCode);
  w.string(m.groupId);
  w.string(m.groupState);
  w.string(m.protocolType);
  w.string(m.protocolData);
  {
    const a = m.members;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribedGroupMemberV0(w, a[i]);
  }
  if (m.authorizedOperations !== undefined && m.authorizedOperations !== -2147483648) {
    throw new UnsupportedFieldError('DescribedGroup.AuthorizedOperations', 0);
  }
}

function encodeDescribeGroupsResponseV0(w: Writer, m: DescribeGroupsResponse): void {
  {
    const a = m.groups;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribedGroupV0(w, a[i]);
  }
}

function decodeDescribeGroupsResponseV1(r: Reader): DescribeGroupsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(14);
  if (n0 < 0) r.fail('null in non-nullable array Groups');
  const groups: DescribedGroup[] = [];
  for (let i = 0; i < n0; i++) groups.push(decodeDescribedGroupV0(r));
  return { throttleTimeMs, groups };
}

function encodeDescribedGroupV1(w: Writer, m: DescribedGroup): void {
  w.int16(m.errorCode);
  w.string(m.groupId);
  w.string(m.groupState);
  w.string(m.protocolType);
  w.string(m.protocolData);
  {
    const a = m.members;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribedGroupMemberV0(w, a[i]);
  }
  if (m.authorizedOperations !== undefined && m.authorizedOperations !== -2147483648) {
    throw new UnsupportedFieldError('DescribedGroup.AuthorizedOperations', 1);
  }
}

function encodeDescribeGroupsResponseV1(w: Writer, m: DescribeGroupsResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.groups;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribedGroupV1(w, a[i]);
  }
}

function encodeDescribedGroupV2(w: Writer, m: DescribedGroup): void {
  w.int16(m.errorCode);
  w.string(m.groupId);
  w.string(m.groupState);
  w.string(m.protocolType);
  w.string(m.protocolData);
  {
    const a = m.members;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribedGroupMemberV0(w, a[i]);
  }
  if (m.authorizedOperations !== undefined && m.authorizedOperations !== -2147483648) {
    throw new UnsupportedFieldError('DescribedGroup.AuthorizedOperations', 2);
  }
}

function encodeDescribeGroupsResponseV2(w: Writer, m: DescribeGroupsResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.groups;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribedGroupV2(w, a[i]);
  }
}

function decodeDescribedGroupV3(r: Reader): DescribedGroup {
  const errorCode = r.int16();
  const groupId = r.string();
  const groupState = r.string();
  const protocolType = r.string();
  const protocolData = r.string();
  const n0 = r.arrayLength(14);
  if (n0 < 0) r.fail('null in non-nullable array Members');
  const members: DescribedGroupMember[] = [];
  for (let i = 0; i < n0; i++) members.push(decodeDescribedGroupMemberV0(r));
  const authorizedOperations = r.int32();
  return { errorCode, groupId, groupState, protocolType, protocolData, members, authorizedOperations };
}

function decodeDescribeGroupsResponseV3(r: Reader): DescribeGroupsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Groups');
  const groups: DescribedGroup[] = [];
  for (let i = 0; i < n0; i++) groups.push(decodeDescribedGroupV3(r));
  return { throttleTimeMs, groups };
}

function encodeDescribedGroupV3(w: Writer, m: DescribedGroup): void {
  w.int16(m.errorCode);
  w.string(m.groupId);
  w.string(m.groupState);
  w.string(m.protocolType);
  w.string(m.protocolData);
  {
    const a = m.members;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribedGroupMemberV0(w, a[i]);
  }
  w.int32(m.authorizedOperations === undefined ? -2147483648 : m.authorizedOperations);
}

function encodeDescribeGroupsResponseV3(w: Writer, m: DescribeGroupsResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.groups;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribedGroupV3(w, a[i]);
  }
}

function decodeDescribedGroupMemberV4(r: Reader): DescribedGroupMember {
  const memberId = r.string();
  const groupInstanceId = r.nullableString();
  const clientId = r.string();
  const clientHost = r.string();
  const memberMetadata = r.bytes();
  const memberAssignment = r.bytes();
  return { memberId, groupInstanceId, clientId, clientHost, memberMetadata, memberAssignment };
}

function decodeDescribedGroupV4(r: Reader): DescribedGroup {
  const errorCode = r.int16();
  const groupId = r.string();
  const groupState = r.string();
  const protocolType = r.string();
  const protocolData = r.string();
  const n0 = r.arrayLength(16);
  if (n0 < 0) r.fail('null in non-nullable array Members');
  const members: DescribedGroupMember[] = [];
  for (let i = 0; i < n0; i++) members.push(decodeDescribedGroupMemberV4(r));
  const authorizedOperations = r.int32();
  return { errorCode, groupId, groupState, protocolType, protocolData, members, authorizedOperations };
}

function decodeDescribeGroupsResponseV4(r: Reader): DescribeGroupsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Groups');
  const groups: DescribedGroup[] = [];
  for (let i = 0; i < n0; i++) groups.push(decodeDescribedGroupV4(r));
  return { throttleTimeMs, groups };
}

function encodeDescribedGroupMemberV4(w: Writer, m: DescribedGroupMember): void {
  w.string(m.memberId);
  w.nullableString(m.groupInstanceId === undefined ? null : m.groupInstanceId);
  w.string(m.clientId);
  w.string(m.clientHost);
  w.bytes(m.memberMetadata);
  w.bytes(m.memberAssignment);
}

function encodeDescribedGroupV4(w: Writer, m: DescribedGroup): void {
  w.int16(m.errorCode);
  w.string(m.groupId);
  w.string(m.groupState);
  w.string(m.protocolType);
  w.string(m.protocolData);
  {
    const a = m.members;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribedGroupMemberV4(w, a[i]);
  }
  w.int32(m.authorizedOperations === undefined ? -2147483648 : m.authorizedOperations);
}

function encodeDescribeGroupsResponseV4(w: Writer, m: DescribeGroupsResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.groups;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribedGroupV4(w, a[i]);
  }
}

function decodeDescribedGroupMemberV5(r: Reader): DescribedGroupMember {
  const memberId = r.compactString();
  const groupInstanceId = r.compactNullableString();
  const clientId = r.compactString();
  const clientHost = r.compactString();
  const memberMetadata = r.compactBytes();
  const memberAssignment = r.compactBytes();
  const m: DescribedGroupMember = { memberId, groupInstanceId, clientId, clientHost, memberMetadata, memberAssignment };
  r.skipTaggedFields();
  return m;
}

function decodeDescribedGroupV5(r: Reader): DescribedGroup {
  const errorCode = r.int16();
  const groupId = r.compactString();
  const groupState = r.compactString();
  const protocolType = r.compactString();
  const protocolData = r.compactString();
  const n0 = r.compactArrayLength(7);
  if (n0 < 0) r.fail('null in non-nullable array Members');
  const members: DescribedGroupMember[] = [];
  for (let i = 0; i < n0; i++) members.push(decodeDescribedGroupMemberV5(r));
  const authorizedOperations = r.int32();
  const m: DescribedGroup = { errorCode, groupId, groupState, protocolType, protocolData, members, authorizedOperations };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeGroupsResponseV5(r: Reader): DescribeGroupsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(12);
  if (n0 < 0) r.fail('null in non-nullable array Groups');
  const groups: DescribedGroup[] = [];
  for (let i = 0; i < n0; i++) groups.push(decodeDescribedGroupV5(r));
  const m: DescribeGroupsResponse = { throttleTimeMs, groups };
  r.skipTaggedFields();
  return m;
}

function encodeDescribedGroupMemberV5(w: Writer, m: DescribedGroupMember): void {
  w.compactString(m.memberId);
  w.compactNullableString(m.groupInstanceId === undefined ? null : m.groupInstanceId);
  w.compactString(m.clientId);
  w.compactString(m.clientHost);
  w.compactBytes(m.memberMetadata);
  w.compactBytes(m.memberAssignment);
  w.uvarint(0);
}

function encodeDescribedGroupV5(w: Writer, m: DescribedGroup): void {
  w.int16(m.errorCode);
  w.compactString(m.groupId);
  w.compactString(m.groupState);
  w.compactString(m.protocolType);
  w.compactString(m.protocolData);
  {
    const a = m.members;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribedGroupMemberV5(w, a[i]);
  }
  w.int32(m.authorizedOperations === undefined ? -2147483648 : m.authorizedOperations);
  w.uvarint(0);
}

function encodeDescribeGroupsResponseV5(w: Writer, m: DescribeGroupsResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.groups;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribedGroupV5(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => DescribeGroupsRequest) | undefined> = [
  decodeDescribeGroupsRequestV0, decodeDescribeGroupsRequestV0, decodeDescribeGroupsRequestV0, decodeDescribeGroupsRequestV3,
  decodeDescribeGroupsRequestV3, decodeDescribeGroupsRequestV5,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: DescribeGroupsRequest) => void) | undefined> = [
  encodeDescribeGroupsRequestV0, encodeDescribeGroupsRequestV1, encodeDescribeGroupsRequestV2, encodeDescribeGroupsRequestV3,
  encodeDescribeGroupsRequestV3, encodeDescribeGroupsRequestV5,
];
const responseDecoders: ReadonlyArray<((r: Reader) => DescribeGroupsResponse) | undefined> = [
  decodeDescribeGroupsResponseV0, decodeDescribeGroupsResponseV1, decodeDescribeGroupsResponseV1, decodeDescribeGroupsResponseV3,
  decodeDescribeGroupsResponseV4, decodeDescribeGroupsResponseV5,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: DescribeGroupsResponse) => void) | undefined> = [
  encodeDescribeGroupsResponseV0, encodeDescribeGroupsResponseV1, encodeDescribeGroupsResponseV2, encodeDescribeGroupsResponseV3,
  encodeDescribeGroupsResponseV4, encodeDescribeGroupsResponseV5,
];

export const DescribeGroupsApi: ApiCodec<DescribeGroupsRequest, DescribeGroupsResponse> = {
  apiKey: 15,
  name: 'DescribeGroups',
  validVersions: { min: 0, max: 5 },
  firstFlexibleVersion: 5,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 5 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 5 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): DescribeGroupsRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DescribeGroups', 15, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: DescribeGroupsRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DescribeGroups', 15, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): DescribeGroupsResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DescribeGroups', 15, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: DescribeGroupsResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DescribeGroups', 15, version);
    encode(writer, message);
  },
  defaultRequest: defaultDescribeGroupsRequest,
  defaultResponse: defaultDescribeGroupsResponse,
};
