// Generated from protocol-specs/29-describe-acls.json by scripts/gen-protocol.ts. Do not edit.
// DescribeAcls (key 29), versions 0-3, flexible from v2.

import type { ApiCodec } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface DescribeAclsRequest {
  resourceTypeFilter: number;
  resourceNameFilter: string | null;
  patternTypeFilter?: number;
  principalFilter: string | null;
  hostFilter: string | null;
  operation: number;
  permissionType: number;
}

export interface DescribeAclsResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null;
  resources: DescribeAclsResource[];
}

export interface DescribeAclsResource {
  resourceType: number;
  resourceName: string;
  patternType?: number;
  acls: AclDescription[];
}

export interface AclDescription {
  principal: string;
  host: string;
  operation: number;
  permissionType: number;
}

function defaultDescribeAclsRequest(): DescribeAclsRequest {
  return {
    resourceTypeFilter: 0,
    resourceNameFilter: '',
    patternTypeFilter: 3,
    principalFilter: '',
    hostFilter: '',
    operation: 0,
    permissionType: 0,
  };
}

function defaultDescribeAclsResponse(): DescribeAclsResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: '', resources: [] };
}

function decodeDescribeAclsRequestV0(r: Reader): DescribeAclsRequest {
  const resourceTypeFilter = r.int8();
  const resourceNameFilter = r.nullableString();
  const principalFilter = r.nullableString();
  const hostFilter = r.nullableString();
  const operation = r.int8();
  const permissionType = r.int8();
  return { resourceTypeFilter, resourceNameFilter, patternTypeFilter: 3, principalFilter, hostFilter, operation, permissionType };
}

function encodeDescribeAclsRequestV0(w: Writer, m: DescribeAclsRequest): void {
  w.int8(m.resourceTypeFilter);
  w.nullableString(m.resourceNameFilter);
  if (m.patternTypeFilter !== undefined && m.patternTypeFilter !== 3) {
    throw new UnsupportedFieldError('DescribeAclsRequest.PatternTypeFilter', 0);
  }
  w.nullableString(m.principalFilter);
  w.nullableString(m.hostFilter);
  w.int8(m.operation);
  w.int8(m.permissionType);
}

function decodeDescribeAclsRequestV1(r: Reader): DescribeAclsRequest {
  const resourceTypeFilter = r.int8();
  const resourceNameFilter = r.nullableString();
  const patternTypeFilter = r.int8();
  const principalFilter = r.nullableString();
  const hostFilter = r.nullableString();
  const operation = r.int8();
  const permissionType = r.int8();
  return { resourceTypeFilter, resourceNameFilter, patternTypeFilter, principalFilter, hostFilter, operation, permissionType };
}

function encodeDescribeAclsRequestV1(w: Writer, m: DescribeAclsRequest): void {
  w.int8(m.resourceTypeFilter);
  w.nullableString(m.resourceNameFilter);
  w.int8(m.patternTypeFilter === undefined ? 3 : m.patternTypeFilter);
  w.nullableString(m.principalFilter);
  w.nullableString(m.hostFilter);
  w.int8(m.operation);
  w.int8(m.permissionType);
}

function decodeDescribeAclsRequestV2(r: Reader): DescribeAclsRequest {
  const resourceTypeFilter = r.int8();
  const resourceNameFilter = r.compactNullableString();
  const patternTypeFilter = r.int8();
  const principalFilter = r.compactNullableString();
  const hostFilter = r.compactNullableString();
  const operation = r.int8();
  const permissionType = r.int8();
  const m: DescribeAclsRequest = {
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

function encodeDescribeAclsRequestV2(w: Writer, m: DescribeAclsRequest): void {
  w.int8(m.resourceTypeFilter);
  w.compactNullableString(m.resourceNameFilter);
  w.int8(m.patternTypeFilter === undefined ? 3 : m.patternTypeFilter);
  w.compactNullableString(m.principalFilter);
  w.compactNullableString(m.hostFilter);
  w.int8(m.operation);
  w.int8(m.permissionType);
  w.uvarint(0);
}

function decodeAclDescriptionV0(r: Reader): AclDescription {
  const principal = r.string();
  const host = r.string();
  const operation = r.int8();
  const permissionType = r.int8();
  return { principal, host, operation, permissionType };
}

function decodeDescribeAclsResourceV0(r: Reader): DescribeAclsResource {
  const resourceType = r.int8();
  const resourceName = r.string();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Acls');
  const acls: AclDescription[] = [];
  for (let i = 0; i < n0; i++) acls.push(decodeAclDescriptionV0(r));
  return { resourceType, resourceName, patternType: 3, acls };
}

function decodeDescribeAclsResponseV0(r: Reader): DescribeAclsResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  const n0 = r.arrayLength(7);
  if (n0 < 0) r.fail('null in non-nullable array Resources');
  const resources: DescribeAclsResource[] = [];
  for (let i = 0; i < n0; i++) resources.push(decodeDescribeAclsResourceV0(r));
  return { throttleTimeMs, errorCode, errorMessage, resources };
}

function encodeAclDescriptionV0(w: Writer, m: AclDescription): void {
  w.string(m.principal);
  w.string(m.host);
  w.int8(m.operation);
  w.int8(m.permissionType);
}

function encodeDescribeAclsResourceV0(w: Writer, m: DescribeAclsResource): void {
  w.int8(m.resourceType);
  w.string(m.resourceName);
  if (m.patternType !== undefined && m.patternType !== 3) throw new UnsupportedFieldError('DescribeAclsResource.PatternType', 0);
  {
    const a = m.acls;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAclDescriptionV0(w, a[i]);
  }
}

function encodeDescribeAclsResponseV0(w: Writer, m: DescribeAclsResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.nullableString(m.errorMessage);
  {
    const a = m.resources;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeAclsResourceV0(w, a[i]);
  }
}

function decodeDescribeAclsResourceV1(r: Reader): DescribeAclsResource {
  const resourceType = r.int8();
  const resourceName = r.string();
  const patternType = r.int8();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Acls');
  const acls: AclDescription[] = [];
  for (let i = 0; i < n0; i++) acls.push(decodeAclDescriptionV0(r));
  return { resourceType, resourceName, patternType, acls };
}

function decodeDescribeAclsResponseV1(r: Reader): DescribeAclsResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  const n0 = r.arrayLength(8);
  if (n0 < 0) r.fail('null in non-nullable array Resources');
  const resources: DescribeAclsResource[] = [];
  for (let i = 0; i < n0; i++) resources.push(decodeDescribeAclsResourceV1(r));
  return { throttleTimeMs, errorCode, errorMessage, resources };
}

function encodeDescribeAclsResourceV1(w: Writer, m: DescribeAclsResource): void {
  w.int8(m.resourceType);
  w.string(m.resourceName);
  w.int8(m.patternType === undefined ? 3 : m.patternType);
  {
    const a = m.acls;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAclDescriptionV0(w, a[i]);
  }
}

function encodeDescribeAclsResponseV1(w: Writer, m: DescribeAclsResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.nullableString(m.errorMessage);
  {
    const a = m.resources;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeAclsResourceV1(w, a[i]);
  }
}

function decodeAclDescriptionV2(r: Reader): AclDescription {
  const principal = r.compactString();
  const host = r.compactString();
  const operation = r.int8();
  const permissionType = r.int8();
  const m: AclDescription = { principal, host, operation, permissionType };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeAclsResourceV2(r: Reader): DescribeAclsResource {
  const resourceType = r.int8();
  const resourceName = r.compactString();
  const patternType = r.int8();
  const n0 = r.compactArrayLength(5);
  if (n0 < 0) r.fail('null in non-nullable array Acls');
  const acls: AclDescription[] = [];
  for (let i = 0; i < n0; i++) acls.push(decodeAclDescriptionV2(r));
  const m: DescribeAclsResource = { resourceType, resourceName, patternType, acls };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeAclsResponseV2(r: Reader): DescribeAclsResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const n0 = r.compactArrayLength(5);
  if (n0 < 0) r.fail('null in non-nullable array Resources');
  const resources: DescribeAclsResource[] = [];
  for (let i = 0; i < n0; i++) resources.push(decodeDescribeAclsResourceV2(r));
  const m: DescribeAclsResponse = { throttleTimeMs, errorCode, errorMessage, resources };
  r.skipTaggedFields();
  return m;
}

function encodeAclDescriptionV2(w: Writer, m: AclDescription): void {
  w.compactString(m.principal);
  w.compactString(m.host);
  w.int8(m.operation);
  w.int8(m.permissionType);
  w.uvarint(0);
}

function encodeDescribeAclsResourceV2(w: Writer, m: DescribeAclsResource): void {
  w.int8(m.resourceType);
  w.compactString(m.resourceName);
  w.int8(m.patternType === undefined ? 3 : m.patternType);
  {
    const a = m.acls;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAclDescriptionV2(w, a[i]);
  }
  w.uvarint(0);
}

function encodeDescribeAclsResponseV2(w: Writer, m: DescribeAclsResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  {
    const a = m.resources;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeAclsResourceV2(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => DescribeAclsRequest) | undefined> = [
  decodeDescribeAclsRequestV0, decodeDescribeAclsRequestV1, decodeDescribeAclsRequestV2, decodeDescribeAclsRequestV2,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: DescribeAclsRequest) => void) | undefined> = [
  encodeDescribeAclsRequestV0, encodeDescribeAclsRequestV1, encodeDescribeAclsRequestV2, encodeDescribeAclsRequestV2,
];
const responseDecoders: ReadonlyArray<((r: Reader) => DescribeAclsResponse) | undefined> = [
  decodeDescribeAclsResponseV0, decodeDescribeAclsResponseV1, decodeDescribeAclsResponseV2, decodeDescribeAclsResponseV2,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: DescribeAclsResponse) => void) | undefined> = [
  encodeDescribeAclsResponseV0, encodeDescribeAclsResponseV1, encodeDescribeAclsResponseV2, encodeDescribeAclsResponseV2,
];

export const DescribeAclsApi: ApiCodec<DescribeAclsRequest, DescribeAclsResponse> = {
  apiKey: 29,
  name: 'DescribeAcls',
  validVersions: { min: 0, max: 3 },
  firstFlexibleVersion: 2,
  deprecatedVersions: { min: 0, max: 0 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 2 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 2 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): DescribeAclsRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DescribeAcls', 29, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: DescribeAclsRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DescribeAcls', 29, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): DescribeAclsResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DescribeAcls', 29, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: DescribeAclsResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DescribeAcls', 29, version);
    encode(writer, message);
  },
  defaultRequest: defaultDescribeAclsRequest,
  defaultResponse: defaultDescribeAclsResponse,
};
