// Generated from protocol-specs/32-describe-configs.json by scripts/gen-protocol.ts. Do not edit.
// DescribeConfigs (key 32), versions 0-4, flexible from v4.

import type { ApiCodec } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface DescribeConfigsRequest {
  resources: DescribeConfigsResource[];
  includeSynonyms?: boolean;
  includeDocumentation?: boolean;
}

export interface DescribeConfigsResource {
  resourceType: number;
  resourceName: string;
  configurationKeys: string[] | null;
}

export interface DescribeConfigsResponse {
  throttleTimeMs: number;
  results: DescribeConfigsResult[];
}

export interface DescribeConfigsResult {
  errorCode: number;
  errorMessage: string | null;
  resourceType: number;
  resourceName: string;
  configs: DescribeConfigsResourceResult[];
}

export interface DescribeConfigsResourceResult {
  name: string;
  value: string | null;
  readOnly: boolean;
  isDefault?: boolean;
  configSource?: number;
  isSensitive: boolean;
  synonyms?: DescribeConfigsSynonym[];
  configType?: number;
  documentation?: string | null;
}

export interface DescribeConfigsSynonym {
  name: string;
  value: string | null;
  source: number;
}

function defaultDescribeConfigsRequest(): DescribeConfigsRequest {
  return { resources: [], includeSynonyms: false, includeDocumentation: false };
}

function defaultDescribeConfigsResponse(): DescribeConfigsResponse {
  return { throttleTimeMs: 0, results: [] };
}

function decodeDescribeConfigsResourceV0(r: Reader): DescribeConfigsResource {
  const resourceType = r.int8();
  const resourceName = r.string();
  const n0 = r.arrayLength(2);
  let configurationKeys: string[] | null = null;
  if (n0 >= 0) {
    configurationKeys = [];
    for (let i = 0; i < n0; i++) configurationKeys.push(r.string());
  }
  return { resourceType, resourceName, configurationKeys };
}

function decodeDescribeConfigsRequestV0(r: Reader): DescribeConfigsRequest {
  const n0 = r.arrayLength(7);
  if (n0 < 0) r.fail('null in non-nullable array Resources');
  const resources: DescribeConfigsResource[] = [];
  for (let i = 0; i < n0; i++) resources.push(decodeDescribeConfigsResourceV0(r));
  return { resources, includeSynonyms: false, includeDocumentation: false };
}

function encodeDescribeConfigsResourceV0(w: Writer, m: DescribeConfigsResource): void {
  w.int8(m.resourceType);
  w.string(m.resourceName);
  {
    const a = m.configurationKeys;
    if (a === null) w.int32(-1);
    else {
      w.arrayLength(a.length);
      for (let i = 0; i < a.length; i++) w.string(a[i]);
    }
  }
}

function encodeDescribeConfigsRequestV0(w: Writer, m: DescribeConfigsRequest): void {
  {
    const a = m.resources;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeConfigsResourceV0(w, a[i]);
  }
  if (m.includeSynonyms !== undefined && m.includeSynonyms !== false) {
    throw new UnsupportedFieldError('DescribeConfigsRequest.IncludeSynonyms', 0);
  }
  if (m.includeDocumentation !== undefined && m.includeDocumentation !== false) {
    throw new UnsupportedFieldError('DescribeConfigsRequest.IncludeDocumentation', 0);
  }
}

function decodeDescribeConfigsRequestV1(r: Reader): DescribeConfigsRequest {
  const n0 = r.arrayLength(7);
  if (n0 < 0) r.fail('null in non-nullable array Resources');
  const resources: DescribeConfigsResource[] = [];
  for (let i = 0; i < n0; i++) resources.push(decodeDescribeConfigsResourceV0(r));
  const includeSynonyms = r.bool();
  return { resources, includeSynonyms, includeDocumentation: false };
}

function encodeDescribeConfigsRequestV1(w: Writer, m: DescribeConfigsRequest): void {
  {
    const a = m.resources;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeConfigsResourceV0(w, a[i]);
  }
  w.bool(m.includeSynonyms === undefined ? false : m.includeSynonyms);
  if (m.includeDocumentation !== undefined && m.includeDocumentation !== false) {
    throw new UnsupportedFieldError('DescribeConfigsRequest.IncludeDocumentation', 1);
  }
}

function encodeDescribeConfigsRequestV2(w: Writer, m: DescribeConfigsRequest): void {
  {
    const a = m.resources;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeConfigsResourceV0(w, a[i]);
  }
  w.bool(m.includeSynonyms === undefined ? false : m.includeSynonyms);
  if (m.includeDocumentation !== undefined && m.includeDocumentation !== false) {
    throw new UnsupportedFieldError('DescribeConfigsRequest.IncludeDocumentation', 2);
  }
}

function decodeDescribeConfigsRequestV3(r: Reader): DescribeConfigsRequest {
  const n0 = r.arrayLength(7);
  if (n0 < 0) r.fail('null in non-nullable array Resources');
  const resources: DescribeConfigsResource[] = [];
  for (let i = 0; i < n0; i++) resources.push(decodeDescribeConfigsResourceV0(r));
  const includeSynonyms = r.bool();
  const includeDocumentation = r.bool();
  return { resources, includeSynonyms, includeDocumentation };
}

function encodeDescribeConfigsRequestV3(w: Writer, m: DescribeConfigsRequest): void {
  {
    const a = m.resources;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeConfigsResourceV0(w, a[i]);
  }
  w.bool(m.includeSynonyms === undefined ? false : m.includeSynonyms);
  w.bool(m.includeDocumentation === undefined ? false : m.includeDocumentation);
}

function decodeDescribeConfigsResourceV4(r: Reader): DescribeConfigsResource {
  const resourceType = r.int8();
  const resourceName = r.compactString();
  const n0 = r.compactArrayLength(1);
  let configurationKeys: string[] | null = null;
  if (n0 >= 0) {
    configurationKeys = [];
    for (let i = 0; i < n0; i++) configurationKeys.push(r.compactString());
  }
  const m: DescribeConfigsResource = { resourceType, resourceName, configurationKeys };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeConfigsRequestV4(r: Reader): DescribeConfigsRequest {
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Resources');
  const resources: DescribeConfigsResource[] = [];
  for (let i = 0; i < n0; i++) resources.push(decodeDescribeConfigsResourceV4(r));
  const includeSynonyms = r.bool();
  const includeDocumentation = r.bool();
  const m: DescribeConfigsRequest = { resources, includeSynonyms, includeDocumentation };
  r.skipTaggedFields();
  return m;
}

function encodeDescribeConfigsResourceV4(w: Writer, m: DescribeConfigsResource): void {
  w.int8(m.resourceType);
  w.compactString(m.resourceName);
  {
    const a = m.configurationKeys;
    if (a === null) w.uvarint(0);
    else {
      w.compactArrayLength(a.length);
      for (let i = 0; i < a.length; i++) w.compactString(a[i]);
    }
  }
  w.uvarint(0);
}

function encodeDescribeConfigsRequestV4(w: Writer, m: DescribeConfigsRequest): void {
  {
    const a = m.resources;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeConfigsResourceV4(w, a[i]);
  }
  w.bool(m.includeSynonyms === undefined ? false : m.includeSynonyms);
  w.bool(m.includeDocumentation === undefined ? false : m.includeDocumentation);
  w.uvarint(0);
}

function decodeDescribeConfigsResourceResultV0(r: Reader): DescribeConfigsResourceResult {
  const name = r.string();
  const value = r.nullableString();
  const readOnly = r.bool();
  const isDefault = r.bool();
  const isSensitive = r.bool();
  return { name, value, readOnly, isDefault, configSource: -1, isSensitive, synonyms: [], configType: 0, documentation: '' };
}

function decodeDescribeConfigsResultV0(r: Reader): DescribeConfigsResult {
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  const resourceType = r.int8();
  const resourceName = r.string();
  const n0 = r.arrayLength(7);
  if (n0 < 0) r.fail('null in non-nullable array Configs');
  const configs: DescribeConfigsResourceResult[] = [];
  for (let i = 0; i < n0; i++) configs.push(decodeDescribeConfigsResourceResultV0(r));
  return { errorCode, errorMessage, resourceType, resourceName, configs };
}

function decodeDescribeConfigsResponseV0(r: Reader): DescribeConfigsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(11);
  if (n0 < 0) r.fail('null in non-nullable array Results');
  const results: DescribeConfigsResult[] = [];
  for (let i = 0; i < n0; i++) results.push(decodeDescribeConfigsResultV0(r));
  return { throttleTimeMs, results };
}

function encodeDescribeConfigsResourceResultV0(w: Writer, m: DescribeConfigsResourceResult): void {
  w.string(m.name);
  w.nullableString(m.value);
  w.bool(m.readOnly);
  w.bool(m.isDefault === undefined ? false : m.isDefault);
  w.bool(m.isSensitive);
}

function encodeDescribeConfigsResultV0(w: Writer, m: DescribeConfigsResult): void {
  w.int16(m.errorCode);
  w.nullableString(m.errorMessage);
  w.int8(m.resourceType);
  w.string(m.resourceName);
  {
    const a = m.configs;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeConfigsResourceResultV0(w, a[i]);
  }
}

function encodeDescribeConfigsResponseV0(w: Writer, m: DescribeConfigsResponse): void {
  w.int32(m.throttleTimeMs);
  {
    const a = m.results;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeConfigsResultV0(w, a[i]);
  }
}

function decodeDescribeConfigsSynonymV1(r: Reader): DescribeConfigsSynonym {
  const name = r.string();
  const value = r.nullableString();
  const source = r.int8();
  return { name, value, source };
}

function decodeDescribeConfigsResourceResultV1(r: Reader): DescribeConfigsResourceResult {
  const name = r.string();
  const value = r.nullableString();
  const readOnly = r.bool();
  const configSource = r.int8();
  const isSensitive = r.bool();
  const n0 = r.arrayLength(5);
  if (n0 < 0) r.fail('null in non-nullable array Synonyms');
  const synonyms: DescribeConfigsSynonym[] = [];
  for (let i = 0; i < n0; i++) synonyms.push(decodeDescribeConfigsSynonymV1(r));
  return { name, value, readOnly, isDefault: false, configSource, isSensitive, synonyms, configType: 0, documentation: '' };
}

function decodeDescribeConfigsResultV1(r: Reader): DescribeConfigsResult {
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  const resourceType = r.int8();
  const resourceName = r.string();
  const n0 = r.arrayLength(11);
  if (n0 < 0) r.fail('null in non-nullable array Configs');
  const configs: DescribeConfigsResourceResult[] = [];
  for (let i = 0; i < n0; i++) configs.push(decodeDescribeConfigsResourceResultV1(r));
  return { errorCode, errorMessage, resourceType, resourceName, configs };
}

function decodeDescribeConfigsResponseV1(r: Reader): DescribeConfigsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(11);
  if (n0 < 0) r.fail('null in non-nullable array Results');
  const results: DescribeConfigsResult[] = [];
  for (let i = 0; i < n0; i++) results.push(decodeDescribeConfigsResultV1(r));
  return { throttleTimeMs, results };
}

function encodeDescribeConfigsSynonymV1(w: Writer, m: DescribeConfigsSynonym): void {
  w.string(m.name);
  w.nullableString(m.value);
  w.int8(m.source);
}

function encodeDescribeConfigsResourceResultV1(w: Writer, m: DescribeConfigsResourceResult): void {
  w.string(m.name);
  w.nullableString(m.value);
  w.bool(m.readOnly);
  if (m.isDefault !== undefined && m.isDefault !== false) throw new UnsupportedFieldError('DescribeConfigsResourceResult.IsDefault', 1);
  w.int8(m.configSource === undefined ? -1 : m.configSource);
  w.bool(m.isSensitive);
  {
    const a = m.synonyms === undefined ? [] : m.synonyms;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeConfigsSynonymV1(w, a[i]);
  }
}

function encodeDescribeConfigsResultV1(w: Writer, m: DescribeConfigsResult): void {
  w.int16(m.errorCode);
  w.nullableString(m.errorMessage);
  w.int8(m.resourceType);
  w.string(m.resourceName);
  {
    const a = m.configs;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeConfigsResourceResultV1(w, a[i]);
  }
}

function encodeDescribeConfigsResponseV1(w: Writer, m: DescribeConfigsResponse): void {
  w.int32(m.throttleTimeMs);
  {
    const a = m.results;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeConfigsResultV1(w, a[i]);
  }
}

function encodeDescribeConfigsResourceResultV2(w: Writer, m: DescribeConfigsResourceResult): void {
  w.string(m.name);
  w.nullableString(m.value);
  w.bool(m.readOnly);
  if (m.isDefault !== undefined && m.isDefault !== false) throw new UnsupportedFieldError('DescribeConfigsResourceResult.IsDefault', 2);
  w.int8(m.configSource === undefined ? -1 : m.configSource);
  w.bool(m.isSensitive);
  {
    const a = m.synonyms === undefined ? [] : m.synonyms;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeConfigsSynonymV1(w, a[i]);
  }
}

function encodeDescribeConfigsResultV2(w: Writer, m: DescribeConfigsResult): void {
  w.int16(m.errorCode);
  w.nullableString(m.errorMessage);
  w.int8(m.resourceType);
  w.string(m.resourceName);
  {
    const a = m.configs;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeConfigsResourceResultV2(w, a[i]);
  }
}

function encodeDescribeConfigsResponseV2(w: Writer, m: DescribeConfigsResponse): void {
  w.int32(m.throttleTimeMs);
  {
    const a = m.results;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeConfigsResultV2(w, a[i]);
  }
}

function decodeDescribeConfigsResourceResultV3(r: Reader): DescribeConfigsResourceResult {
  const name = r.string();
  const value = r.nullableString();
  const readOnly = r.bool();
  const configSource = r.int8();
  const isSensitive = r.bool();
  const n0 = r.arrayLength(5);
  if (n0 < 0) r.fail('null in non-nullable array Synonyms');
  const synonyms: DescribeConfigsSynonym[] = [];
  for (let i = 0; i < n0; i++) synonyms.push(decodeDescribeConfigsSynonymV1(r));
  const configType = r.int8();
  const documentation = r.nullableString();
  return { name, value, readOnly, isDefault: false, configSource, isSensitive, synonyms, configType, documentation };
}

function decodeDescribeConfigsResultV3(r: Reader): DescribeConfigsResult {
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  const resourceType = r.int8();
  const resourceName = r.string();
  const n0 = r.arrayLength(14);
  if (n0 < 0) r.fail('null in non-nullable array Configs');
  const configs: DescribeConfigsResourceResult[] = [];
  for (let i = 0; i < n0; i++) configs.push(decodeDescribeConfigsResourceResultV3(r));
  return { errorCode, errorMessage, resourceType, resourceName, configs };
}

function decodeDescribeConfigsResponseV3(r: Reader): DescribeConfigsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(11);
  if (n0 < 0) r.fail('null in non-nullable array Results');
  const results: DescribeConfigsResult[] = [];
  for (let i = 0; i < n0; i++) results.push(decodeDescribeConfigsResultV3(r));
  return { throttleTimeMs, results };
}

function encodeDescribeConfigsResourceResultV3(w: Writer, m: DescribeConfigsResourceResult): void {
  w.string(m.name);
  w.nullableString(m.value);
  w.bool(m.readOnly);
  if (m.isDefault !== undefined && m.isDefault !== false) throw new UnsupportedFieldError('DescribeConfigsResourceResult.IsDefault', 3);
  w.int8(m.configSource === undefined ? -1 : m.configSource);
  w.bool(m.isSensitive);
  {
    const a = m.synonyms === undefined ? [] : m.synonyms;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeConfigsSynonymV1(w, a[i]);
  }
  w.int8(m.configType === undefined ? 0 : m.configType);
  w.nullableString(m.documentation === undefined ? '' : m.documentation);
}

function encodeDescribeConfigsResultV3(w: Writer, m: DescribeConfigsResult): void {
  w.int16(m.errorCode);
  w.nullableString(m.errorMessage);
  w.int8(m.resourceType);
  w.string(m.resourceName);
  {
    const a = m.configs;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeConfigsResourceResultV3(w, a[i]);
  }
}

function encodeDescribeConfigsResponseV3(w: Writer, m: DescribeConfigsResponse): void {
  w.int32(m.throttleTimeMs);
  {
    const a = m.results;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeConfigsResultV3(w, a[i]);
  }
}

function decodeDescribeConfigsSynonymV4(r: Reader): DescribeConfigsSynonym {
  const name = r.compactString();
  const value = r.compactNullableString();
  const source = r.int8();
  const m: DescribeConfigsSynonym = { name, value, source };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeConfigsResourceResultV4(r: Reader): DescribeConfigsResourceResult {
  const name = r.compactString();
  const value = r.compactNullableString();
  const readOnly = r.bool();
  const configSource = r.int8();
  const isSensitive = r.bool();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Synonyms');
  const synonyms: DescribeConfigsSynonym[] = [];
  for (let i = 0; i < n0; i++) synonyms.push(decodeDescribeConfigsSynonymV4(r));
  const configType = r.int8();
  const documentation = r.compactNullableString();
  const m: DescribeConfigsResourceResult = {
    name,
    value,
    readOnly,
    isDefault: false,
    configSource,
    isSensitive,
    synonyms,
    configType,
    documentation,
  };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeConfigsResultV4(r: Reader): DescribeConfigsResult {
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const resourceType = r.int8();
  const resourceName = r.compactString();
  const n0 = r.compactArrayLength(9);
  if (n0 < 0) r.fail('null in non-nullable array Configs');
  const configs: DescribeConfigsResourceResult[] = [];
  for (let i = 0; i < n0; i++) configs.push(decodeDescribeConfigsResourceResultV4(r));
  const m: DescribeConfigsResult = { errorCode, errorMessage, resourceType, resourceName, configs };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeConfigsResponseV4(r: Reader): DescribeConfigsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(7);
  if (n0 < 0) r.fail('null in non-nullable array Results');
  const results: DescribeConfigsResult[] = [];
  for (let i = 0; i < n0; i++) results.push(decodeDescribeConfigsResultV4(r));
  const m: DescribeConfigsResponse = { throttleTimeMs, results };
  r.skipTaggedFields();
  return m;
}

function encodeDescribeConfigsSynonymV4(w: Writer, m: DescribeConfigsSynonym): void {
  w.compactString(m.name);
  w.compactNullableString(m.value);
  w.int8(m.source);
  w.uvarint(0);
}

function encodeDescribeConfigsResourceResultV4(w: Writer, m: DescribeConfigsResourceResult): void {
  w.compactString(m.name);
  w.compactNullableString(m.value);
  w.bool(m.readOnly);
  if (m.isDefault !== undefined && m.isDefault !== false) throw new UnsupportedFieldError('DescribeConfigsResourceResult.IsDefault', 4);
  w.int8(m.configSource === undefined ? -1 : m.configSource);
  w.bool(m.isSensitive);
  {
    const a = m.synonyms === undefined ? [] : m.synonyms;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeConfigsSynonymV4(w, a[i]);
  }
  w.int8(m.configType === undefined ? 0 : m.configType);
  w.compactNullableString(m.documentation === undefined ? '' : m.documentation);
  w.uvarint(0);
}

function encodeDescribeConfigsResultV4(w: Writer, m: DescribeConfigsResult): void {
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  w.int8(m.resourceType);
  w.compactString(m.resourceName);
  {
    const a = m.configs;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeConfigsResourceResultV4(w, a[i]);
  }
  w.uvarint(0);
}

function encodeDescribeConfigsResponseV4(w: Writer, m: DescribeConfigsResponse): void {
  w.int32(m.throttleTimeMs);
  {
    const a = m.results;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeConfigsResultV4(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => DescribeConfigsRequest) | undefined> = [
  decodeDescribeConfigsRequestV0, decodeDescribeConfigsRequestV1, decodeDescribeConfigsRequestV1, decodeDescribeConfigsRequestV3,
  decodeDescribeConfigsRequestV4,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: DescribeConfigsRequest) => void) | undefined> = [
  encodeDescribeConfigsRequestV0, encodeDescribeConfigsRequestV1, encodeDescribeConfigsRequestV2, encodeDescribeConfigsRequestV3,
  encodeDescribeConfigsRequestV4,
];
const responseDecoders: ReadonlyArray<((r: Reader) => DescribeConfigsResponse) | undefined> = [
  decodeDescribeConfigsResponseV0, decodeDescribeConfigsResponseV1, decodeDescribeConfigsResponseV1, decodeDescribeConfigsResponseV3,
  decodeDescribeConfigsResponseV4,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: DescribeConfigsResponse) => void) | undefined> = [
  encodeDescribeConfigsResponseV0, encodeDescribeConfigsResponseV1, encodeDescribeConfigsResponseV2, encodeDescribeConfigsResponseV3,
  encodeDescribeConfigsResponseV4,
];

export const DescribeConfigsApi: ApiCodec<DescribeConfigsRequest, DescribeConfigsResponse> = {
  apiKey: 32,
  name: 'DescribeConfigs',
  validVersions: { min: 0, max: 4 },
  firstFlexibleVersion: 4,
  deprecatedVersions: { min: 0, max: 0 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 4 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 4 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): DescribeConfigsRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DescribeConfigs', 32, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: DescribeConfigsRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DescribeConfigs', 32, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): DescribeConfigsResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DescribeConfigs', 32, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: DescribeConfigsResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DescribeConfigs', 32, version);
    encode(writer, message);
  },
  defaultRequest: defaultDescribeConfigsRequest,
  defaultResponse: defaultDescribeConfigsResponse,
};
