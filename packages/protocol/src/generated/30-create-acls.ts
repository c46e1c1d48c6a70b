// Generated from protocol-specs/30-create-acls.json by scripts/gen-protocol.ts. Do not edit.
// CreateAcls (key 30), versions 0-3, flexible from v2.

import type { ApiCodec } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface CreateAclsRequest {
  creations: AclCreation[];
}

export interface AclCreation {
  resourceType: number;
  resourceName: string;
  resourcePatternType?: number;
  principal: string;
  host: string;
  operation: number;
  permissionType: number;
}

export interface CreateAclsResponse {
  throttleTimeMs: number;
  results: AclCreationResult[];
}

export interface AclCreationResult {
  errorCode: number;
  errorMessage: string | null;
}

function defaultCreateAclsRequest(): CreateAclsRequest {
  return { creations: [] };
}

function defaultCreateAclsResponse(): CreateAclsResponse {
  return { throttleTimeMs: 0, results: [] };
}

function decodeAclCreationV0(r: Reader): AclCreation {
  const resourceType = r.int8();
  const resourceName = r.string();
  const principal = r.string();
  const host = r.string();
  const operation = r.int8();
  const permissionType = r.int8();
  return { resourceType, resourceName, resourcePatternType: 3, principal, host, operation, permissionType };
}

function decodeCreateAclsRequestV0(r: Reader): CreateAclsRequest {
  const n0 = r.arrayLength(9);
  if (n0 < 0) r.fail('null in non-nullable array Creations');
  const creations: AclCreation[] = [];
  for (let i = 0; i < n0; i++) creations.push(decodeAclCreationV0(r));
  return { creations };
}

function encodeAclCreationV0(w: Writer, m: AclCreation): void {
  w.int8(m.resourceType);
  w.string(m.resourceName);
  if (m.resourcePatternType !== undefined && m.resourcePatternType !== 3) {
    throw new UnsupportedFieldError('AclCreation.ResourcePatternType', 0);
  }
  w.string(m.principal);
  w.string(m.host);
  w.int8(m.operation);
  w.int8(m.permissionType);
}

function encodeCreateAclsRequestV0(w: Writer, m: CreateAclsRequest): void {
  {
    const a = m.creations;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAclCreationV0(w, a[i]);
  }
}

function decodeAclCreationV1(r: Reader): AclCreation {
  const resourceType = r.int8();
  const resourceName = r.string();
  const resourcePatternType = r.int8();
  const principal = r.string();
  const host = r.string();
  const operation = r.int8();
  const permissionType = r.int8();
  return { resourceType, resourceName, resourcePatternType, principal, host, operation, permissionType };
}

function decodeCreateAclsRequestV1(r: Reader): CreateAclsRequest {
  const n0 = r.arrayLength(10);
  if (n0 < 0) r.fail('null in non-nullable array Creations');
  const creations: AclCreation[] = [];
  for (let i = 0; i < n0; i++) creations.push(decodeAclCreationV1(r));
  return { creations };
}

function encodeAclCreationV1(w: Writer, m: AclCreation): void {
  w.int8(m.resourceType);
  w.string(m.resourceName);
  w.int8(m.resourcePatternType === undefined ? 3 : m.resourcePatternType);
  w.string(m.principal);
  w.string(m.host);
  w.int8(m.operation);
  w.int8(m.permissionType);
}

function encodeCreateAclsRequestV1(w: Writer, m: CreateAclsRequest): void {
  {
    const a = m.creations;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAclCreationV1(w, a[i]);
  }
}

function decodeAclCreationV2(r: Reader): AclCreation {
  const resourceType = r.int8();
  const resourceName = r.compactString();
  const resourcePatternType = r.int8();
  const principal = r.compactString();
  const host = r.compactString();
  const operation = r.int8();
  const permissionType = r.int8();
  const m: AclCreation = { resourceType, resourceName, resourcePatternType, principal, host, operation, permissionType };
  r.skipTaggedFields();
  return m;
}

function decodeCreateAclsRequestV2(r: Reader): CreateAclsRequest {
  const n0 = r.compactArrayLength(8);
  if (n0 < 0) r.fail('null in non-nullable array Creations');
  const creations: AclCreation[] = [];
  for (let i = 0; i < n0; i++) creations.push(decodeAclCreationV2(r));
  const m: CreateAclsRequest = { creations };
  r.skipTaggedFields();
  return m;
}

function encodeAclCreationV2(w: Writer, m: AclCreation): void {
  w.int8(m.resourceType);
  w.compactString(m.resourceName);
  w.int8(m.resourcePatternType === undefined ? 3 : m.resourcePatternType);
  w.compactString(m.principal);
  w.compactString(m.host);
  w.int8(m.operation);
  w.int8(m.permissionType);
  w.uvarint(0);
}

function encodeCreateAclsRequestV2(w: Writer, m: CreateAclsRequest): void {
  {
    const a = m.creations;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAclCreationV2(w, a[i]);
  }
  w.uvarint(0);
}

function decodeAclCreationResultV0(r: Reader): AclCreationResult {
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  return { errorCode, errorMessage };
}

function decodeCreateAclsResponseV0(r: Reader): CreateAclsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Results');
  const results: AclCreationResult[] = [];
  for (let i = 0; i < n0; i++) results.push(decodeAclCreationResultV0(r));
  return { throttleTimeMs, results };
}

function encodeAclCreationResultV0(w: Writer, m: AclCreationResult): void {
  w.int16(m.errorCode);
  w.nullableString(m.errorMessage);
}

function encodeCreateAclsResponseV0(w: Writer, m: CreateAclsResponse): void {
  w.int32(m.throttleTimeMs);
  {
    const a = m.results;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAclCreationResultV0(w, a[i]);
  }
}

function decodeAclCreationResultV2(r: Reader): AclCreationResult {
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const m: AclCreationResult = { errorCode, errorMessage };
  r.skipTaggedFields();
  return m;
}

function decodeCreateAclsResponseV2(r: Reader): CreateAclsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Results');
  const results: AclCreationResult[] = [];
  for (let i = 0; i < n0; i++) results.push(decodeAclCreationResultV2(r));
  const m: CreateAclsResponse = { throttleTimeMs, results };
  r.skipTaggedFields();
  return m;
}

function encodeAclCreationResultV2(w: Writer, m: AclCreationResult): void {
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  w.uvarint(0);
}

function encodeCreateAclsResponseV2(w: Writer, m: CreateAclsResponse): void {
  w.int32(m.throttleTimeMs);
  {
    const a = m.results;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAclCreationResultV2(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => CreateAclsRequest) | undefined> = [
  decodeCreateAclsRequestV0, decodeCreateAclsRequestV1, decodeCreateAclsRequestV2, decodeCreateAclsRequestV2,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: CreateAclsRequest) => void) | undefined> = [
  encodeCreateAclsRequestV0, encodeCreateAclsRequestV1, encodeCreateAclsRequestV2, encodeCreateAclsRequestV2,
];
const responseDecoders: ReadonlyArray<((r: Reader) => CreateAclsResponse) | undefined> = [
  decodeCreateAclsResponseV0, decodeCreateAclsResponseV0, decodeCreateAclsResponseV2, decodeCreateAclsResponseV2,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: CreateAclsResponse) => void) | undefined> = [
  encodeCreateAclsResponseV0, encodeCreateAclsResponseV0, encodeCreateAclsResponseV2, encodeCreateAclsResponseV2,
];

export const CreateAclsApi: ApiCodec<CreateAclsRequest, CreateAclsResponse> = {
  apiKey: 30,
  name: 'CreateAcls',
  validVersions: { min: 0, max: 3 },
  firstFlexibleVersion: 2,
  deprecatedVersions: { min: 0, max: 0 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 2 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 2 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): CreateAclsRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('CreateAcls', 30, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: CreateAclsRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('CreateAcls', 30, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): CreateAclsResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('CreateAcls', 30, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: CreateAclsResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('CreateAcls', 30, version);
    encode(writer, message);
  },
  defaultRequest: defaultCreateAclsRequest,
  defaultResponse: defaultCreateAclsResponse,
};
