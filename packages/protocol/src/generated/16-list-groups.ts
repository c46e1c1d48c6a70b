// Generated from protocol-specs/16-list-groups.json by scripts/gen-protocol.ts. Do not edit.
// ListGroups (key 16), versions 0-5, flexible from v3.

import type { ApiCodec } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface ListGroupsRequest {
  statesFilter?: string[];
  typesFilter?: string[];
}

export interface ListGroupsResponse {
  throttleTimeMs?: number;
  errorCode: number;
  groups: ListedGroup[];
}

export interface ListedGroup {
  groupId: string;
  protocolType: string;
  groupState?: string;
  groupType?: string;
}

function defaultListGroupsRequest(): ListGroupsRequest {
  return { statesFilter: [], typesFilter: [] };
}

function defaultListGroupsResponse(): ListGroupsResponse {
  return { throttleTimeMs: 0, errorCode: 0, groups: [] };
}

function decodeListGroupsRequestV0(_r: Reader): ListGroupsRequest {
  return { statesFilter: [], typesFilter: [] };
}

function encodeListGroupsRequestV0(_w: Writer, m: ListGroupsRequest): void {
  if (m.statesFilter !== undefined && (m.statesFilter === null || m.statesFilter.length !== 0)) {
    throw new UnsupportedFieldError('ListGroupsRequest.StatesFilter', 0);
  }
  if (m.typesFilter !== undefined && (m.typesFilter === null || m.typesFilter.length !== 0)) {
    throw new UnsupportedFieldError('ListGroupsRequest.TypesFilter', 0);
  }
}

function encodeListGroupsRequestV1(_w: Writer, m: ListGroupsRequest): void {
  if (m.statesFilter !== undefined && (m.statesFilter === null || m.statesFilter.length !== 0)) {
    throw new UnsupportedFieldError('ListGroupsRequest.StatesFilter', 1);
  }
  if (m.typesFilter !== undefined && (m.typesFilter === null || m.typesFilter.length !== 0)) {
    throw new UnsupportedFieldError('ListGroupsRequest.TypesFilter', 1);
  }
}

function encodeListGroupsRequestV2(_w: Writer, m: ListGroupsRequest): void {
  if (m.statesFilter !== undefined && (m.statesFilter === null || m.statesFilter.length !== 0)) {
    throw new UnsupportedFieldError('ListGroupsRequest.StatesFilter', 2);
  }
  if (m.typesFilter !== undefined && (m.typesFilter === null || m.typesFilter.length !== 0)) {
    throw new UnsupportedFieldError('ListGroupsRequest.TypesFilter', 2);
  }
}

function decodeListGroupsRequestV3(r: Reader): ListGroupsRequest {
  const m: ListGroupsRequest = { statesFilter: [], typesFilter: [] };
  r.skipTaggedFields();
  return m;
}

function encodeListGroupsRequestV3(w: Writer, m: ListGroupsRequest): void {
  if (m.statesFilter !== undefined && (m.statesFilter === null || m.statesFilter.length !== 0)) {
    throw new UnsupportedFieldError('ListGroupsRequest.StatesFilter', 3);
  }
  if (m.typesFilter !== undefined && (m.typesFilter === null || m.typesFilter.length !== 0)) {
    throw new UnsupportedFieldError('ListGroupsRequest.TypesFilter', 3);
  }
  w.uvarint(0);
}

function decodeListGroupsRequestV4(r: Reader): ListGroupsRequest {
  const n0 = r.compactArrayLength(1);
  if (n0 < 0) r.fail('null in non-nullable array StatesFilter');
  const statesFilter: string[] = [];
  for (let i = 0; i < n0; i++) statesFilter.push(r.compactString());
  const m: ListGroupsRequest = { statesFilter, typesFilter: [] };
  r.skipTaggedFields();
  return m;
}

function encodeListGroupsRequestV4(w: Writer, m: ListGroupsRequest): void {
  {
    const a = m.statesFilter === undefined ? [] : m.statesFilter;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.compactString(a[i]);
  }
  if (m.typesFilter !== undefined && (m.typesFilter === null || m.typesFilter.length !== 0)) {
    throw new UnsupportedFieldError('ListGroupsRequest.TypesFilter', 4);
  }
  w.uvarint(0);
}

function decodeListGroupsRequestV5(r: Reader): ListGroupsRequest {
  const n0 = r.compactArrayLength(1);
  if (n0 < 0) r.fail('null in non-nullable array StatesFilter');
  const statesFilter: string[] = [];
  for (let i = 0; i < n0; i++) statesFilter.push(r.compactString());
  const n1 = r.compactArrayLength(1);
  if (n1 < 0) r.fail('null in non-nullable array TypesFilter');
  const typesFilter: string[] = [];
  for (let i = 0; i < n1; i++) typesFilter.push(r.compactString());
  const m: ListGroupsRequest = { statesFilter, typesFilter };
  r.skipTaggedFields();
  return m;
}

function encodeListGroupsRequestV5(w: Writer, m: ListGroupsRequest): void {
  {
    const a = m.statesFilter === undefined ? [] : m.statesFilter;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.compactString(a[i]);
  }
  {
    const a = m.typesFilter === undefined ? [] : m.typesFilter;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.compactString(a[i]);
  }
  w.uvarint(0);
}

function decodeListedGroupV0(r: Reader): ListedGroup {
  const groupId = r.string();
  const protocolType = r.string();
  return { groupId, protocolType, groupState: '', groupType: '' };
}

function decodeListGroupsResponseV0(r: Reader): ListGroupsResponse {
  const errorCode = r.int16();
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Groups');
  const groups: ListedGroup[] = [];
  for (let i = 0; i < n0; i++) groups.push(decodeListedGroupV0(r));
  return { throttleTimeMs: 0, errorCode, groups };
}

function encodeListedGroupV0(w: Writer, m: ListedGroup): void {
  w.string(m.groupId);
  w.string(m.protocolType);
}

function encodeListGroupsResponseV0(w: Writer, m: ListGroupsResponse): void {
  w.int16(m.errorCode);
  {
    const a = m.groups;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListedGroupV0(w, a[i]);
  }
}

function decodeListGroupsResponseV1(r: Reader): ListGroupsResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Groups');
  const groups: ListedGroup[] = [];
  for (let i = 0; i < n0; i++) groups.push(decodeListedGroupV0(r));
  return { throttleTimeMs, errorCode, groups };
}

function encodeListGroupsResponseV1(w: Writer, m: ListGroupsResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  w.int16(m.errorCode);
  {
    const a = m.groups;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListedGroupV0(w, a[i]);
  }
}

function decodeListedGroupV3(r: Reader): ListedGroup {
  const groupId = r.compactString();
  const protocolType = r.compactString();
  const m: ListedGroup = { groupId, protocolType, groupState: '', groupType: '' };
  r.skipTaggedFields();
  return m;
}

function decodeListGroupsResponseV3(r: Reader): ListGroupsResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Groups');
  const groups: ListedGroup[] = [];
  for (let i = 0; i < n0; i++) groups.push(decodeListedGroupV3(r));
  const m: ListGroupsResponse = { throttleTimeMs, errorCode, groups };
  r.skipTaggedFields();
  return m;
}

function encodeListedGroupV3(w: Writer, m: ListedGroup): void {
  w.compactString(m.groupId);
  w.compactString(m.protocolType);
  w.uvarint(0);
}

function encodeListGroupsResponseV3(w: Writer, m: ListGroupsResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  w.int16(m.errorCode);
  {
    const a = m.groups;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListedGroupV3(w, a[i]);
  }
  w.uvarint(0);
}

function decodeListedGroupV4(r: Reader): ListedGroup {
  const groupId = r.compactString();
  const protocolType = r.compactString();
  const groupState = r.compactString();
  const m: ListedGroup = { groupId, protocolType, groupState, groupType: '' };
  r.skipTaggedFields();
  return m;
}

function decodeListGroupsResponseV4(r: Reader): ListGroupsResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Groups');
  const groups: ListedGroup[] = [];
  for (let i = 0; i < n0; i++) groups.push(decodeListedGroupV4(r));
  const m: ListGroupsResponse = { throttleTimeMs, errorCode, groups };
  r.skipTaggedFields();
  return m;
}

function encodeListedGroupV4(w: Writer, m: ListedGroup): void {
  w.compactString(m.groupId);
  w.compactString(m.protocolType);
  w.compactString(m.groupState === undefined ? '' : m.groupState);
  w.uvarint(0);
}

function encodeListGroupsResponseV4(w: Writer, m: ListGroupsResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  w.int16(m.errorCode);
  {
    const a = m.groups;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListedGroupV4(w, a[i]);
  }
  w.uvarint(0);
}

function decodeListedGroupV5(r: Reader): ListedGroup {
  const groupId = r.compactString();
  const protocolType = r.compactString();
  const groupState = r.compactString();
  const groupType = r.compactString();
  const m: ListedGroup = { groupId, protocolType, groupState, groupType };
  r.skipTaggedFields();
  return m;
}

function decodeListGroupsResponseV5(r: Reader): ListGroupsResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const n0 = r.compactArrayLength(5);
  if (n0 < 0) r.fail('null in non-nullable array Groups');
  const groups: ListedGroup[] = [];
  for (let i = 0; i < n0; i++) groups.push(decodeListedGroupV5(r));
  const m: ListGroupsResponse = { throttleTimeMs, errorCode, groups };
  r.skipTaggedFields();
  return m;
}

function encodeListedGroupV5(w: Writer, m: ListedGroup): void {
  w.compactString(m.groupId);
  w.compactString(m.protocolType);
  w.compactString(m.groupState === undefined ? '' : m.groupState);
  w.compactString(m.groupType === undefined ? '' : m.groupType);
  w.uvarint(0);
}

function encodeListGroupsResponseV5(w: Writer, m: ListGroupsResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  w.int16(m.errorCode);
  {
    const a = m.groups;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListedGroupV5(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => ListGroupsRequest) | undefined> = [
  decodeListGroupsRequestV0, decodeListGroupsRequestV0, decodeListGroupsRequestV0, decodeListGroupsRequestV3, decodeListGroupsRequestV4,
  decodeListGroupsRequestV5,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: ListGroupsRequest) => void) | undefined> = [
  encodeListGroupsRequestV0, encodeListGroupsRequestV1, encodeListGroupsRequestV2, encodeListGroupsRequestV3, encodeListGroupsRequestV4,
  encodeListGroupsRequestV5,
];
const responseDecoders: ReadonlyArray<((r: Reader) => ListGroupsResponse) | undefined> = [
  decodeListGroupsResponseV0, decodeListGroupsResponseV1, decodeListGroupsResponseV1, decodeListGroupsResponseV3,
  decodeListGroupsResponseV4, decodeListGroupsResponseV5,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: ListGroupsResponse) => void) | undefined> = [
  encodeListGroupsResponseV0, encodeListGroupsResponseV1, encodeListGroupsResponseV1, encodeListGroupsResponseV3,
  encodeListGroupsResponseV4, encodeListGroupsResponseV5,
];

export const ListGroupsApi: ApiCodec<ListGroupsRequest, ListGroupsResponse> = {
  apiKey: 16,
  name: 'ListGroups',
  validVersions: { min: 0, max: 5 },
  firstFlexibleVersion: 3,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 3 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 3 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): ListGroupsRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ListGroups', 16, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: ListGroupsRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ListGroups', 16, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): ListGroupsResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ListGroups', 16, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: ListGroupsResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ListGroups', 16, version);
    encode(writer, message);
  },
  defaultRequest: defaultListGroupsRequest,
  defaultResponse: defaultListGroupsResponse,
};
