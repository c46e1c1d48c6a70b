// Generated from protocol-specs/44-incremental-alter-configs.json by scripts/gen-protocol.ts. Do not edit.
// IncrementalAlterConfigs (key 44), versions 0-1, flexible from v1.

import type { ApiCodec } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface IncrementalAlterConfigsRequest {
  resources: AlterConfigsResource[];
  validateOnly: boolean;
}

export interface AlterConfigsResource {
  resourceType: number;
  resourceName: string;
  configs: AlterableConfig[];
}

export interface AlterableConfig {
  name: string;
  configOperation: number;
  value: string | null;
}

export interface IncrementalAlterConfigsResponse {
  throttleTimeMs: number;
  responses: AlterConfigsResourceResponse[];
}

export interface AlterConfigsResourceResponse {
  errorCode: number;
  errorMessage: string | null;
  resourceType: number;
  resourceName: string;
}

function defaultIncrementalAlterConfigsRequest(): IncrementalAlterConfigsRequest {
  return { resources: [], validateOnly: false };
}

function defaultIncrementalAlterConfigsResponse(): IncrementalAlterConfigsResponse {
  return { throttleTimeMs: 0, responses: [] };
}

function decodeAlterableConfigV0(r: Reader): AlterableConfig {
  const name = r.string();
  const configOperation = r.int8();
  const value = r.nullableString();
  return { name, configOperation, value };
}

function decodeAlterConfigsResourceV0(r: Reader): AlterConfigsResource {
  const resourceType = r.int8();
  const resourceName = r.string();
  const n0 = r.arrayLength(5);
  if (n0 < 0) r.fail('null in non-nullable array Configs');
  const configs: AlterableConfig[] = [];
  for (let i = 0; i < n0; i++) configs.push(decodeAlterableConfigV0(r));
  return { resourceType, resourceName, configs };
}

function decodeIncrementalAlterConfigsRequestV0(r: Reader): IncrementalAlterConfigsRequest {
  const n0 = r.arrayLength(7);
  if (n0 < 0) r.fail('null in non-nullable array Resources');
  const resources: AlterConfigsResource[] = [];
  for (let i = 0; i < n0; i++) resources.push(decodeAlterConfigsResourceV0(r));
  const validateOnly = r.bool();
  return { resources, validateOnly };
}

function encodeAlterableConfigV0(w: Writer, m: AlterableConfig): void {
  w.string(m.name);
  w.int8(m.configOperation);
  w.nullableString(m.value);
}

function encodeAlterConfigsResourceV0(w: Writer, m: AlterConfigsResource): void {
  w.int8(m.resourceType);
  w.string(m.resourceName);
  {
    const a = m.configs;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterableConfigV0(w, a[i]);
  }
}

function encodeIncrementalAlterConfigsRequestV0(w: Writer, m: IncrementalAlterConfigsRequest): void {
  {
    const a = m.resources;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterConfigsResourceV0(w, a[i]);
  }
  w.bool(m.validateOnly);
}

function decodeAlterableConfigV1(r: Reader): AlterableConfig {
  const name = r.compactString();
  const configOperation = r.int8();
  const value = r.compactNullableString();
  const m: AlterableConfig = { name, configOperation, value };
  r.skipTaggedFields();
  return m;
}

function decodeAlterConfigsResourceV1(r: Reader): AlterConfigsResource {
  const resourceType = r.int8();
  const resourceName = r.compactString();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Configs');
  const configs: AlterableConfig[] = [];
  for (let i = 0; i < n0; i++) configs.push(decodeAlterableConfigV1(r));
  const m: AlterConfigsResource = { resourceType, resourceName, configs };
  r.skipTaggedFields();
  return m;
}

function decodeIncrementalAlterConfigsRequestV1(r: Reader): IncrementalAlterConfigsRequest {
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Resources');
  const resources: AlterConfigsResource[] = [];
  for (let i = 0; i < n0; i++) resources.push(decodeAlterConfigsResourceV1(r));
  const validateOnly = r.bool();
  const m: IncrementalAlterConfigsRequest = { resources, validateOnly };
  r.skipTaggedFields();
  return m;
}

function encodeAlterableConfigV1(w: Writer, m: AlterableConfig): void {
  w.compactString(m.name);
  w.int8(m.configOperation);
  w.compactNullableString(m.value);
  w.uvarint(0);
}

function encodeAlterConfigsResourceV1(w: Writer, m: AlterConfigsResource): void {
  w.int8(m.resourceType);
  w.compactString(m.resourceName);
  {
    const a = m.configs;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterableConfigV1(w, a[i]);
  }
  w.uvarint(0);
}

function encodeIncrementalAlterConfigsRequestV1(w: Writer, m: IncrementalAlterConfigsRequest): void {
  {
    const a = m.resources;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterConfigsResourceV1(w, a[i]);
  }
  w.bool(m.validateOnly);
  w.uvarint(0);
}

function decodeAlterConfigsResourceResponseV0(r: Reader): AlterConfigsResourceResponse {
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  const resourceType = r.int8();
  const resourceName = r.string();
  return { errorCode, errorMessage, resourceType, resourceName };
}

function decodeIncrementalAlterConfigsResponseV0(r: Reader): IncrementalAlterConfigsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(7);
  if (n0 < 0) r.fail('null in non-nullable array Responses');
  const responses: AlterConfigsResourceResponse[] = [];
  for (let i = 0; i < n0; i++) responses.push(decodeAlterConfigsResourceResponseV0(r));
  return { throttleTimeMs, responses };
}

function encodeAlterConfigsResourceResponseV0(w: Writer, m: AlterConfigsResourceResponse): void {
  w.int16(m.errorCode);
  w.nullableString(m.errorMessage);
  w.int8(m.resourceType);
  w.string(m.resourceName);
}

function encodeIncrementalAlterConfigsResponseV0(w: Writer, m: IncrementalAlterConfigsResponse): void {
  w.int32(m.throttleTimeMs);
  {
    const a = m.responses;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterConfigsResourceResponseV0(w, a[i]);
  }
}

function decodeAlterConfigsResourceResponseV1(r: Reader): AlterConfigsResourceResponse {
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const resourceType = r.int8();
  const resourceName = r.compactString();
  const m: AlterConfigsResourceResponse = { errorCode, errorMessage, resourceType, resourceName };
  r.skipTaggedFields();
  return m;
}

function decodeIncrementalAlterConfigsResponseV1(r: Reader): IncrementalAlterConfigsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Responses');
  const responses: AlterConfigsResourceResponse[] = [];
  for (let i = 0; i < n0; i++) responses.push(decodeAlterConfigsResourceResponseV1(r));
  const m: IncrementalAlterConfigsResponse = { throttleTimeMs, responses };
  r.skipTaggedFields();
  return m;
}

function encodeAlterConfigsResourceResponseV1(w: Writer, m: AlterConfigsResourceResponse): void {
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  w.int8(m.resourceType);
  w.compactString(m.resourceName);
  w.uvarint(0);
}

function encodeIncrementalAlterConfigsResponseV1(w: Writer, m: IncrementalAlterConfigsResponse): void {
  w.int32(m.throttleTimeMs);
  {
    const a = m.responses;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterConfigsResourceResponseV1(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => IncrementalAlterConfigsRequest) | undefined> = [
  decodeIncrementalAlterConfigsRequestV0, decodeIncrementalAlterConfigsRequestV1,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: IncrementalAlterConfigsRequest) => void) | undefined> = [
  encodeIncrementalAlterConfigsRequestV0, encodeIncrementalAlterConfigsRequestV1,
];
const responseDecoders: ReadonlyArray<((r: Reader) => IncrementalAlterConfigsResponse) | undefined> = [
  decodeIncrementalAlterConfigsResponseV0, decodeIncrementalAlterConfigsResponseV1,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: IncrementalAlterConfigsResponse) => void) | undefined> = [
  encodeIncrementalAlterConfigsResponseV0, encodeIncrementalAlterConfigsResponseV1,
];

export const IncrementalAlterConfigsApi: ApiCodec<IncrementalAlterConfigsRequest, IncrementalAlterConfigsResponse> = {
  apiKey: 44,
  name: 'IncrementalAlterConfigs',
  validVersions: { min: 0, max: 1 },
  firstFlexibleVersion: 1,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 1 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 1 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): IncrementalAlterConfigsRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('IncrementalAlterConfigs', 44, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: IncrementalAlterConfigsRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('IncrementalAlterConfigs', 44, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): IncrementalAlterConfigsResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('IncrementalAlterConfigs', 44, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: IncrementalAlterConfigsResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('IncrementalAlterConfigs', 44, version);
    encode(writer, message);
  },
  defaultRequest: defaultIncrementalAlterConfigsRequest,
  defaultResponse: defaultIncrementalAlterConfigsResponse,
};
