// Generated from protocol-specs/33-alter-configs.json by scripts/gen-protocol.ts. Do not edit.
// AlterConfigs (key 33), versions 0-2, flexible from v2.

import type { ApiCodec } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface AlterConfigsRequest {
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
  value: string | null;
}

export interface AlterConfigsResponse {
  throttleTimeMs: number;
  responses: AlterConfigsResourceResponse[];
}

export interface AlterConfigsResourceResponse {
  errorCode: number;
  errorMessage: string | null;
  resourceType: number;
  resourceName: string;
}

function defaultAlterConfigsRequest(): AlterConfigsRequest {
  return { resources: [], validateOnly: false };
}

function defaultAlterConfigsResponse(): AlterConfigsResponse {
  return { throttleTimeMs: 0, responses: [] };
}

function decodeAlterableConfigV0(r: Reader): AlterableConfig {
  const name = r.string();
  const value = r.nullableString();
  return { name, value };
}

function decodeAlterConfigsResourceV0(r: Reader): AlterConfigsResource {
  const resourceType = r.int8();
  const resourceName = r.string();
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Configs');
  const configs: AlterableConfig[] = [];
  for (let i = 0; i < n0; i++) configs.push(decodeAlterableConfigV0(r));
  return { resourceType, resourceName, configs };
}

function decodeAlterConfigsRequestV0(r: Reader): AlterConfigsRequest {
  const n0 = r.arrayLength(7);
  if (n0 < 0) r.fail('null in non-nullable array Resources');
  const resources: AlterConfigsResource[] = [];
  for (let i = 0; i < n0; i++) resources.push(decodeAlterConfigsResourceV0(r));
  const validateOnly = r.bool();
  return { resources, validateOnly };
}

function encodeAlterableConfigV0(w: Writer, m: AlterableConfig): void {
  w.string(m.name);
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

function encodeAlterConfigsRequestV0(w: Writer, m: AlterConfigsRequest): void {
  {
    const a = m.resources;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterConfigsResourceV0(w, a[i]);
  }
  w.bool(m.validateOnly);
}

function decodeAlterableConfigV2(r: Reader): AlterableConfig {
  const name = r.compactString();
  const value = r.compactNullableString();
  const m: AlterableConfig = { name, value };
  r.skipTaggedFields();
  return m;
}

function decodeAlterConfigsResourceV2(r: Reader): AlterConfigsResource {
  const resourceType = r.int8();
  const resourceName = r.compactString();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Configs');
  const configs: AlterableConfig[] = [];
  for (let i = 0; i < n0; i++) configs.push(decodeAlterableConfigV2(r));
  const m: AlterConfigsResource = { resourceType, resourceName, configs };
  r.skipTaggedFields();
  return m;
}

function decodeAlterConfigsRequestV2(r: Reader): AlterConfigsRequest {
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Resources');
  const resources: AlterConfigsResource[] = [];
  for (let i = 0; i < n0; i++) resources.push(decodeAlterConfigsResourceV2(r));
  const validateOnly = r.bool();
  const m: AlterConfigsRequest = { resources, validateOnly };
  r.skipTaggedFields();
  return m;
}

function encodeAlterableConfigV2(w: Writer, m: AlterableConfig): void {
  w.compactString(m.name);
  w.compactNullableString(m.value);
  w.uvarint(0);
}

function encodeAlterConfigsResourceV2(w: Writer, m: AlterConfigsResource): void {
  w.int8(m.resourceType);
  w.compactString(m.resourceName);
  {
    const a = m.configs;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterableConfigV2(w, a[i]);
  }
  w.uvarint(0);
}

function encodeAlterConfigsRequestV2(w: Writer, m: AlterConfigsRequest): void {
  {
    const a = m.resources;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterConfigsResourceV2(w, a[i]);
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

function decodeAlterConfigsResponseV0(r: Reader): AlterConfigsResponse {
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

function encodeAlterConfigsResponseV0(w: Writer, m: AlterConfigsResponse): void {
  w.int32(m.throttleTimeMs);
  {
    const a = m.responses;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterConfigsResourceResponseV0(w, a[i]);
  }
}

function decodeAlterConfigsResourceResponseV2(r: Reader): AlterConfigsResourceResponse {
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const resourceType = r.int8();
  const resourceName = r.compactString();
  const m: AlterConfigsResourceResponse = { errorCode, errorMessage, resourceType, resourceName };
  r.skipTaggedFields();
  return m;
}

function decodeAlterConfigsResponseV2(r: Reader): AlterConfigsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Responses');
  const responses: AlterConfigsResourceResponse[] = [];
  for (let i = 0; i < n0; i++) responses.push(decodeAlterConfigsResourceResponseV2(r));
  const m: AlterConfigsResponse = { throttleTimeMs, responses };
  r.skipTaggedFields();
  return m;
}

function encodeAlterConfigsResourceResponseV2(w: Writer, m: AlterConfigsResourceResponse): void {
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  w.int8(m.resourceType);
  w.compactString(m.resourceName);
  w.uvarint(0);
}

function encodeAlterConfigsResponseV2(w: Writer, m: AlterConfigsResponse): void {
  w.int32(m.throttleTimeMs);
  {
    const a = m.responses;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterConfigsResourceResponseV2(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => AlterConfigsRequest) | undefined> = [
  decodeAlterConfigsRequestV0, decodeAlterConfigsRequestV0, decodeAlterConfigsRequestV2,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: AlterConfigsRequest) => void) | undefined> = [
  encodeAlterConfigsRequestV0, encodeAlterConfigsRequestV0, encodeAlterConfigsRequestV2,
];
const responseDecoders: ReadonlyArray<((r: Reader) => AlterConfigsResponse) | undefined> = [
  decodeAlterConfigsResponseV0, decodeAlterConfigsResponseV0, decodeAlterConfigsResponseV2,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: AlterConfigsResponse) => void) | undefined> = [
  encodeAlterConfigsResponseV0, encodeAlterConfigsResponseV0, encodeAlterConfigsResponseV2,
];

export const AlterConfigsApi: ApiCodec<AlterConfigsRequest, AlterConfigsResponse> = {
  apiKey: 33,
  name: 'AlterConfigs',
  validVersions: { min: 0, max: 2 },
  firstFlexibleVersion: 2,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 2 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 2 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): AlterConfigsRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('AlterConfigs', 33, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: AlterConfigsRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('AlterConfigs', 33, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): AlterConfigsResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('AlterConfigs', 33, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: AlterConfigsResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('AlterConfigs', 33, version);
    encode(writer, message);
  },
  defaultRequest: defaultAlterConfigsRequest,
  defaultResponse: defaultAlterConfigsResponse,
};
