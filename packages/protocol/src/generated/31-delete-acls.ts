// Generated from protocol-specs/31-delete-acls.json by scripts/gen-protocol.ts. Do not edit.
// DeleteAcls (key 31), versions 0-3, flexible from v2.

import type { ApiCodec } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface DeleteAclsRequest {
  filters: DeleteAclsFilter[];
}

export interface DeleteAclsFilter {
  resourceTypeFilter: number;
  resourceNameFilter: string | null;
  patternTypeFilter?: number;
  principalFilter: string | null;
  hostFilter: string | null;
  operation: number;
  permissionType: number;
}

export interface DeleteAclsResponse {
  throttleTimeMs: number;
  filterResults: DeleteAclsFilterResult[];
}

export interface DeleteAclsFilterResult {
  errorCode: number;
  errorMessage: string | null;
  matchingAcls: DeleteAclsMatchingAcl[];
}

export interface DeleteAclsMatchingAcl {
  errorCode: number;
  errorMessage: string | null;
  resourceType: number;
  resourceName: string;
  patternType?: number;
  principal: string;
  host: string;
  operation: number;
  permissionType: number;
}

function defaultDeleteAclsRequest(): DeleteAclsRequest {
  return { filters: [] };
}

function defaultDeleteAclsResponse(): DeleteAclsResponse {
  return { throttleTimeMs: 0, filterResults: [] };
}

function decodeDeleteAclsFilterV0(r: Reader): DeleteAclsFilter {
  const resourceTypeFilter = r.int8();
  const resourceNameFilter = r.nullableString();
  const principalFilter = r.nullableString();
  const hostFilter = r.nullableString();
  const operation = r.int8();
  const permissionType = r.int8();
  return { resourceTypeFilter, resourceNameFilter, patternTypeFilter: 3, principalFilter, hostFilter, operation, permissionType };
}

function decodeDeleteAclsRequestV0(r: Reader): DeleteAclsRequest {
  const n0 = r.arrayLength(9);
  if (n0 < 0) r.fail('null in non-nullable array Filters');
  const filters: DeleteAclsFilter[] = [];
  for (let i = 0; i < n0; i++) filters.push(decodeDeleteAclsFilterV0(r));
  return { filters };
}

function encodeDeleteAclsFilterV0(w: Writer, m: DeleteAclsFilter): void {
  w.int8(m.resourceTypeFilter);
  w.nullableString(m.resourceNameFilter);
  if (m.patternTypeFilter !== undefined && m.patternTypeFilter !== 3) {
    throw new UnsupportedFieldError('DeleteAclsFilter.PatternTypeFilter', 0);
  }
  w.nullableString(m.principalFilter);
  w.nullableString(m.hostFilter);
  w.int8(m.operation);
  w.int8(m.permissionType);
}

function encodeDeleteAclsRequestV0(w: Writer, m: DeleteAclsRequest): void {
  {
    const a = m.filters;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDeleteAclsFilterV0(w, a[i]);
  }
}

function decodeDeleteAclsFilterV1(r: Reader): DeleteAclsFilter {
  const resourceTypeFilter = r.int8();
  const resourceNameFilter = r.nullableString();
  const patternTypeFilter = r.int8();
  const principalFilter = r.nullableString();
  const hostFilter = r.nullableString();
  const operation = r.int8();
  const permissionType = r.int8();
  return { resourceTypeFilter, resourceNameFilter, patternTypeFilter, principalFilter, hostFilter, operation, permissionType };
}

function decodeDeleteAclsRequestV1(r: Reader): DeleteAclsRequest {
  const n0 = r.arrayLength(10);
  if (n0 < 0) r.fail('null in non-nullable array Filters');
  const filters: DeleteAclsFilter[] = [];
  for (let i = 0; i < n0; i++) filters.push(decodeDeleteAclsFilterV1(r));
  return { filters };
}

function encodeDeleteAclsFilterV1(w: Writer, m: DeleteAclsFilter): void {
  w.int8(m.resourceTypeFilter);
  w.nullableString(m.resourceNameFilter);
  w.int8(m.patternTypeFilter === undefined ? 3 : m.patternTypeFilter);
  w.nullableString(m.principalFilter);
  w.nullableString(m.hostFilter);
  w.int8(m.operation);
  w.int8(m.permissionType);
}

function encodeDeleteAclsRequestV1(w: Writer, m: DeleteAclsRequest): void {
  {
    const a = m.filters;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDeleteAclsFilterV1(w, a[i]);
  }
}

function decodeDeleteAclsFilterV2(r: Reader): DeleteAclsFilter {
  const resourceTypeFilter = r.int8();
  const resourceNameFilter = r.compactNullableString();
  const patternTypeFilter = r.int8();
  const principalFilter = r.compactNullableString();
  const hostFilter = r.compactNullableString();
  const operation = r.int8();
  const permissionType = r.int8();
  const m: DeleteAclsFilter = {
    resourceTypeFilter,
    resourceNameFilter,
    patternTypeFilter,
    principalFilter,
    hostFilter,
    operation,
    permissionType,
  };
  r.skipTaggedFields();
  return m;
}

function decodeDeleteAclsRequestV2(r: Reader): DeleteAclsRequest {
  const n0 = r.compactArrayLength(8);
  if (n0 < 0) r.fail('null in non-nullable array Filters');
  const filters: DeleteAclsFilter[] = [];
  for (let i = 0; i < n0; i++) filters.push(decodeDeleteAclsFilterV2(r));
  const m: DeleteAclsRequest = { filters };
  r.skipTaggedFields();
  return m;
}

function encodeDeleteAclsFilterV2(w: Writer, m: DeleteAclsFilter): void {
  w.int8(m.resourceTypeFilter);
  w.compactNullableString(m.resourceNameFilter);
  w.int8(m.patternTypeFilter === undefined ? 3 : m.patternTypeFilter);
  w.compactNullableString(m.principalFilter);
  w.compactNullableString(m.hostFilter);
  w.int8(m.operation);
  w.int8(m.permissionType);
  w.uvarint(0);
}

function encodeDeleteAclsRequestV2(w: Writer, m: DeleteAclsRequest): void {
  {
    const a = m.filters;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDeleteAclsFilterV2(w, a[i]);
  }
  w.uvarint(0);
}

function decodeDeleteAclsMatchingAclV0(r: Reader): DeleteAclsMatchingAcl {
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  const resourceType = r.int8();
  const resourceName = r.string();
  const principal = r.string();
  const host = r.string();
  const operation = r.int8();
  const permissionType = r.int8();
  return { errorCode, errorMessage, resourceType, resourceName, patternType: 3, principal, host, operation, permissionType };
}

function decodeDeleteAclsFilterResultV0(r: Reader): DeleteAclsFilterResult {
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  const n0 = r.arrayLength(13);
  if (n0 < 0) r.fail('null in non-nullable array MatchingAcls');
  const matchingAcls: DeleteAclsMatchingAcl[] = [];
  for (let i = 0; i < n0; i++) matchingAcls.push(decodeDeleteAclsMatchingAclV0(r));
  return { errorCode, errorMessage, matchingAcls };
}

function decodeDeleteAclsResponseV0(r: Reader): DeleteAclsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(8);
  if (n0 < 0) r.fail('null in non-nullable array FilterResults');
  const filterResults: DeleteAclsFilterResult[] = [];
  for (let i = 0; i < n0; i++) filterResults.push(decodeDeleteAclsFilterResultV0(r));
  return { throttleTimeMs, filterResults };
}

function encodeDeleteAclsMatchingAclV0(w: Writer, m: DeleteAclsMatchingAcl): void {
  w.int16(m.errorCode);
  w.nullableString(m.errorMessage);
  w.int8(m.resourceType);
  w.string(m.resourceName);
  if (m.patternType !== undefined && m.patternType !== 3) throw new UnsupportedFieldError('DeleteAclsMatchingAcl.PatternType', 0);
  w.string(m.principal);
  w.string(m.host);
  w.int8(m.operation);
  w.int8(m.permissionType);
}

function encodeDeleteAclsFilterResultV0(w: Writer, m: DeleteAclsFilterResult): void {
  w.int16(m.errorCode);
  w.nullableString(m.errorMessage);
  {
    const a = m.matchingAcls;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDeleteAclsMatchingAclV0(w, a[i]);
  }
}

function encodeDeleteAclsResponseV0(w: Writer, m: DeleteAclsResponse): void {
  w.int32(m.throttleTimeMs);
  {
    const a = m.filterResults;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDeleteAclsFilterResultV0(w, a[i]);
  }
}

function decodeDeleteAclsMatchingAclV1(r: Reader): DeleteAclsMatchingAcl {
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  const resourceType = r.int8();
  const resourceName = r.string();
  const patternType = r.int8();
  const principal = r.string();
  const host = r.string();
  const operation = r.int8();
  const permissionType = r.int8();
  return { errorCode, errorMessage, resourceType, resourceName, patternType, principal, host, operation, permissionType };
}

function decodeDeleteAclsFilterResultV1(r: Reader): DeleteAclsFilterResult {
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  const n0 = r.arrayLength(14);
  if (n0 < 0) r.fail('null in non-nullable array MatchingAcls');
  const matchingAcls: DeleteAclsMatchingAcl[] = [];
  for (let i = 0; i < n0; i++) matchingAcls.push(decodeDeleteAclsMatchingAclV1(r));
  return { errorCode, errorMessage, matchingAcls };
}

function decodeDeleteAclsResponseV1(r: Reader): DeleteAclsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(8);
  if (n0 < 0) r.fail('null in non-nullable array FilterResults');
  const filterResults: DeleteAclsFilterResult[] = [];
  for (let i = 0; i < n0; i++) filterResults.push(decodeDeleteAclsFilterResultV1(r));
  return { throttleTimeMs, filterResults };
}

function encodeDeleteAclsMatchingAclV1(w: Writer, m: DeleteAclsMatchingAcl): void {
  w.int16(m.errorCode);
  w.nullableString(m.errorMessage);
  w.int8(m.resourceType);
  w.string(m.resourceName);
  w.int8(m.patternType === undefined ? 3 : m.patternType);
  w.string(m.principal);
  w.string(m.host);
  w.int8(m.operation);
  w.int8(m.permissionType);
}

function encodeDeleteAclsFilterResultV1(w: Writer, m: DeleteAclsFilterResult): void {
  w.int16(m.errorCode);
  w.nullableString(m.errorMessage);
  {
    const a = m.matchingAcls;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDeleteAclsMatchingAclV1(w, a[i]);
  }
}

function encodeDeleteAclsResponseV1(w: Writer, m: DeleteAclsResponse): void {
  w.int32(m.throttleTimeMs);
  {
    const a = m.filterResults;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDeleteAclsFilterResultV1(w, a[i]);
  }
}

function decodeDeleteAclsMatchingAclV2(r: Reader): DeleteAclsMatchingAcl {
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const resourceType = r.int8();
  const resourceName = r.compactString();
  const patternType = r.int8();
  const principal = r.compactString();
  const host = r.compactString();
  const operation = r.int8();
  const permissionType = r.int8();
  const m: DeleteAclsMatchingAcl = {
    errorCode,
    errorMessage,
    resourceType,
    resourceName,
    patternType,
    principal,
    host,
    operation,
    permissionType,
  };
  r.skipTaggedFields();
  return m;
}

function decodeDeleteAclsFilterResultV2(r: Reader): DeleteAclsFilterResult {
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const n0 = r.compactArrayLength(11);
  if (n0 < 0) r.fail('null in non-nullable array MatchingAcls');
  const matchingAcls: DeleteAclsMatchingAcl[] = [];
  for (let i = 0; i < n0; i++) matchingAcls.push(decodeDeleteAclsMatchingAclV2(r));
  const m: DeleteAclsFilterResult = { errorCode, errorMessage, matchingAcls };
  r.skipTaggedFields();
  return m;
}

function decodeDeleteAclsResponseV2(r: Reader): DeleteAclsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(5);
  if (n0 < 0) r.fail('null in non-nullable array FilterResults');
  const filterResults: DeleteAclsFilterResult[] = [];
  for (let i = 0; i < n0; i++) filterResults.push(decodeDeleteAclsFilterResultV2(r));
  const m: DeleteAclsResponse = { throttleTimeMs, filterResults };
  r.skipTaggedFields();
  return m;
}

function encodeDeleteAclsMatchingAclV2(w: Writer, m: DeleteAclsMatchingAcl): void {
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  w.int8(m.resourceType);
  w.compactString(m.resourceName);
  w.int8(m.patternType === undefined ? 3 : m.patternType);
  w.compactString(m.principal);
  w.compactString(m.host);
  w.int8(m.operation);
  w.int8(m.permissionType);
  w.uvarint(0);
}

function encodeDeleteAclsFilterResultV2(w: Writer, m: DeleteAclsFilterResult): void {
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  {
    const a = m.matchingAcls;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDeleteAclsMatchingAclV2(w, a[i]);
  }
  w.uvarint(0);
}

function encodeDeleteAclsResponseV2(w: Writer, m: DeleteAclsResponse): void {
  w.int32(m.throttleTimeMs);
  {
    const a = m.filterResults;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDeleteAclsFilterResultV2(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => DeleteAclsRequest) | undefined> = [
  decodeDeleteAclsRequestV0, decodeDeleteAclsRequestV1, decodeDeleteAclsRequestV2, decodeDeleteAclsRequestV2,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: DeleteAclsRequest) => void) | undefined> = [
  encodeDeleteAclsRequestV0, encodeDeleteAclsRequestV1, encodeDeleteAclsRequestV2, encodeDeleteAclsRequestV2,
];
const responseDecoders: ReadonlyArray<((r: Reader) => DeleteAclsResponse) | undefined> = [
  decodeDeleteAclsResponseV0, decodeDeleteAclsResponseV1, decodeDeleteAclsResponseV2, decodeDeleteAclsResponseV2,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: DeleteAclsResponse) => void) | undefined> = [
  encodeDeleteAclsResponseV0, encodeDeleteAclsResponseV1, encodeDeleteAclsResponseV2, encodeDeleteAclsResponseV2,
];

export const DeleteAclsApi: ApiCodec<DeleteAclsRequest, DeleteAclsResponse> = {
  apiKey: 31,
  name: 'DeleteAcls',
  validVersions: { min: 0, max: 3 },
  firstFlexibleVersion: 2,
  deprecatedVersions: { min: 0, max: 0 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 2 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 2 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): DeleteAclsRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DeleteAcls', 31, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: DeleteAclsRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DeleteAcls', 31, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): DeleteAclsResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DeleteAcls', 31, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: DeleteAclsResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DeleteAcls', 31, version);
    encode(writer, message);
  },
  defaultRequest: defaultDeleteAclsRequest,
  defaultResponse: defaultDeleteAclsResponse,
};
