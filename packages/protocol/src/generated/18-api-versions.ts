// Generated from protocol-specs/18-api-versions.json by scripts/gen-protocol.ts. Do not edit.
// ApiVersions (key 18), versions 0-4, flexible from v3.

import type { ApiCodec } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import { writeTaggedField } from '../primitives/tagged-fields';
import type { Writer } from '../primitives/writer';

export interface ApiVersionsRequest {
  clientSoftwareName?: string;
  clientSoftwareVersion?: string;
}

export interface ApiVersionsResponse {
  errorCode: number;
  apiKeys: ApiVersion[];
  throttleTimeMs?: number;
  supportedFeatures?: SupportedFeatureKey[];
  finalizedFeaturesEpoch?: number;
  finalizedFeatures?: FinalizedFeatureKey[];
  zkMigrationReady?: boolean;
}

export interface ApiVersion {
  apiKey: number;
  minVersion: number;
  maxVersion: number;
}

export interface SupportedFeatureKey {
  name: string;
  minVersion: number;
  maxVersion: number;
}

export interface FinalizedFeatureKey {
  name: string;
  maxVersionLevel: number;
  minVersionLevel: number;
}

function defaultApiVersionsRequest(): ApiVersionsRequest {
  return { clientSoftwareName: '', clientSoftwareVersion: '' };
}

function defaultApiVersionsResponse(): ApiVersionsResponse {
  return {
    errorCode: 0,
    apiKeys: [],
    throttleTimeMs: 0,
    supportedFeatures: [],
    finalizedFeaturesEpoch: -1,
    finalizedFeatures: [],
    zkMigrationReady: false,
  };
}

function decodeApiVersionsRequestV0(_r: Reader): ApiVersionsRequest {
  return { clientSoftwareName: '', clientSoftwareVersion: '' };
}

function encodeApiVersionsRequestV0(_w: Writer, _m: ApiVersionsRequest): void {}

function decodeApiVersionsRequestV3(r: Reader): ApiVersionsRequest {
  const clientSoftwareName = r.compactString();
  const clientSoftwareVersion = r.compactString();
  const m: ApiVersionsRequest = { clientSoftwareName, clientSoftwareVersion };
  r.skipTaggedFields();
  return m;
}

function encodeApiVersionsRequestV3(w: Writer, m: ApiVersionsRequest): void {
  w.compactString(m.clientSoftwareName === undefined ? '' : m.clientSoftwareName);
  w.compactString(m.clientSoftwareVersion === undefined ? '' : m.clientSoftwareVersion);
  w.uvarint(0);
}

function decodeApiVersionV0(r: Reader): ApiVersion {
  const apiKey = r.int16();
  const minVersion = r.int16();
  const maxVersion = r.int16();
  return { apiKey, minVersion, maxVersion };
}

function decodeApiVersionsResponseV0(r: Reader): ApiVersionsResponse {
  const errorCode = r.int16();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array ApiKeys');
  const apiKeys: ApiVersion[] = [];
  for (let i = 0; i < n0; i++) apiKeys.push(decodeApiVersionV0(r));
  return {
    errorCode,
    apiKeys,
    throttleTimeMs: 0,
    supportedFeatures: [],
    finalizedFeaturesEpoch: -1,
    finalizedFeatures: [],
    zkMigrationReady: false,
  };
}

function encodeApiVersionV0(w: Writer, m: ApiVersion): void {
  w.int16(m.apiKey);
  w.int16(m.minVersion);
  w.int16(m.maxVersion);
}

function encodeApiVersionsResponseV0(w: Writer, m: ApiVersionsResponse): void {
  w.int16(m.errorCode);
  {
    const a = m.apiKeys;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeApiVersionV0(w, a[i]);
  }
}

function decodeApiVersionsResponseV1(r: Reader): ApiVersionsResponse {
  const errorCode = r.int16();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array ApiKeys');
  const apiKeys: ApiVersion[] = [];
  for (let i = 0; i < n0; i++) apiKeys.push(decodeApiVersionV0(r));
  const throttleTimeMs = r.int32();
  return {
    errorCode,
    apiKeys,
    throttleTimeMs,
    supportedFeatures: [],
    finalizedFeaturesEpoch: -1,
    finalizedFeatures: [],
    zkMigrationReady: false,
  };
}

function encodeApiVersionsResponseV1(w: Writer, m: ApiVersionsResponse): void {
  w.int16(m.errorCode);
  {
    const a = m.apiKeys;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeApiVersionV0(w, a[i]);
  }
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
}

function decodeApiVersionV3(r: Reader): ApiVersion {
  const apiKey = r.int16();
  const minVersion = r.int16();
  const maxVersion = r.int16();
  const m: ApiVersion = { apiKey, minVersion, maxVersion };
  r.skipTaggedFields();
  return m;
}

function decodeSupportedFeatureKeyV3(r: Reader): SupportedFeatureKey {
  const name = r.compactString();
  const minVersion = r.int16();
  const maxVersion = r.int16();
  const m: SupportedFeatureKey = { name, minVersion, maxVersion };
  r.skipTaggedFields();
  return m;
}

function decodeFinalizedFeatureKeyV3(r: Reader): FinalizedFeatureKey {
  const name = r.compactString();
  const maxVersionLevel = r.int16();
  const minVersionLevel = r.int16();
  const m: FinalizedFeatureKey = { name, maxVersionLevel, minVersionLevel };
  r.skipTaggedFields();
  return m;
}

function decodeApiVersionsResponseV3(r: Reader): ApiVersionsResponse {
  const errorCode = r.int16();
  const n0 = r.compactArrayLength(7);
  if (n0 < 0) r.fail('null in non-nullable array ApiKeys');
  const apiKeys: ApiVersion[] = [];
  for (let i = 0; i < n0; i++) apiKeys.push(decodeApiVersionV3(r));
  const throttleTimeMs = r.int32();
  const m: ApiVersionsResponse = {
    errorCode,
    apiKeys,
    throttleTimeMs,
    supportedFeatures: [],
    finalizedFeaturesEpoch: -1,
    finalizedFeatures: [],
    zkMigrationReady: false,
  };
  const tagCount = r.uvarint();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.uvarint();
    const size = r.uvarint();
    const end = r.offset + size;
    switch (tag) {
      case 0: {
        const n1 = r.compactArrayLength(6);
        if (n1 < 0) r.fail('null in non-nullable array SupportedFeatures');
        const value: SupportedFeatureKey[] = [];
        for (let i = 0; i < n1; i++) value.push(decodeSupportedFeatureKeyV3(r));
        m.supportedFeatures = value;
        break;
      }
      case 1: {
        const value = r.int64();
        m.finalizedFeaturesEpoch = value;
        break;
      }
      case 2: {
        const n2 = r.compactArrayLength(6);
        if (n2 < 0) r.fail('null in non-nullable array FinalizedFeatures');
        const value: FinalizedFeatureKey[] = [];
        for (let i = 0; i < n2; i++) value.push(decodeFinalizedFeatureKeyV3(r));
        m.finalizedFeatures = value;
        break;
      }
      case 3: {
        const value = r.bool();
        m.zkMigrationReady = value;
        break;
      }
      default:
        r.skip(size);
    }
    if (r.offset > end) r.fail('tagged field overran its size');
    r.offset = end;
  }
  return m;
}

function encodeApiVersionV3(w: Writer, m: ApiVersion): void {
  w.int16(m.apiKey);
  w.int16(m.minVersion);
  w.int16(m.maxVersion);
  w.uvarint(0);
}

function encodeSupportedFeatureKeyV3(w: Writer, m: SupportedFeatureKey): void {
  w.compactString(m.name);
  w.int16(m.minVersion);
  w.int16(m.maxVersion);
  w.uvarint(0);
}

function encodeFinalizedFeatureKeyV3(w: Writer, m: FinalizedFeatureKey): void {
  w.compactString(m.name);
  w.int16(m.maxVersionLevel);
  w.int16(m.minVersionLevel);
  w.uvarint(0);
}

function encodeApiVersionsResponseV3(w: Writer, m: ApiVersionsResponse): void {
  w.int16(m.errorCode);
  {
    const a = m.apiKeys;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeApiVersionV3(w, a[i]);
  }
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  let tagCount = 0;
  const tagged0 = m.supportedFeatures !== undefined && (m.supportedFeatures === null || m.supportedFeatures.length !== 0);
  if (tagged0) tagCount++;
  const tagged1 = m.finalizedFeaturesEpoch !== undefined && m.finalizedFeaturesEpoch !== -1;
  if (tagged1) tagCount++;
  const tagged2 = m.finalizedFeatures !== undefined && (m.finalizedFeatures === null || m.finalizedFeatures.length !== 0);
  if (tagged2) tagCount++;
  const tagged3 = m.zkMigrationReady !== undefined && m.zkMigrationReady !== false;
  if (tagged3) tagCount++;
  w.uvarint(tagCount);
  if (tagged0) {
    writeTaggedField(w, 0, (tw) => {
      {
        const a = m.supportedFeatures!;
        tw.compactArrayLength(a.length);
        for (let i = 0; i < a.length; i++) encodeSupportedFeatureKeyV3(tw, a[i]);
      }
    });
  }
  if (tagged1) {
    writeTaggedField(w, 1, (tw) => {
      tw.int64(m.finalizedFeaturesEpoch!);
    });
  }
  if (tagged2) {
    writeTaggedField(w, 2, (tw) => {
      {
        const a = m.finalizedFeatures!;
        tw.compactArrayLength(a.length);
        for (let i = 0; i < a.length; i++) encodeFinalizedFeatureKeyV3(tw, a[i]);
      }
    });
  }
  if (tagged3) {
    writeTaggedField(w, 3, (tw) => {
      tw.bool(m.zkMigrationReady!);
    });
  }
}

const requestDecoders: ReadonlyArray<((r: Reader) => ApiVersionsRequest) | undefined> = [
  decodeApiVersionsRequestV0, decodeApiVersionsRequestV0, decodeApiVersionsRequestV0, decodeApiVersionsRequestV3,
  decodeApiVersionsRequestV3,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: ApiVersionsRequest) => void) | undefined> = [
  encodeApiVersionsRequestV0, encodeApiVersionsRequestV0, encodeApiVersionsRequestV0, encodeApiVersionsRequestV3,
  encodeApiVersionsRequestV3,
];
const responseDecoders: ReadonlyArray<((r: Reader) => ApiVersionsResponse) | undefined> = [
  decodeApiVersionsResponseV0, decodeApiVersionsResponseV1, decodeApiVersionsResponseV1, decodeApiVersionsResponseV3,
  decodeApiVersionsResponseV3,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: ApiVersionsResponse) => void) | undefined> = [
  encodeApiVersionsResponseV0, encodeApiVersionsResponseV1, encodeApiVersionsResponseV1, encodeApiVersionsResponseV3,
  encodeApiVersionsResponseV3,
];

export const ApiVersionsApi: ApiCodec<ApiVersionsRequest, ApiVersionsResponse> = {
  apiKey: 18,
  name: 'ApiVersions',
  validVersions: { min: 0, max: 4 },
  firstFlexibleVersion: 3,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 3 ? 2 : 1),
  responseHeaderVersion: () => 0,
  decodeRequest(reader: Reader, version: number): ApiVersionsRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ApiVersions', 18, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: ApiVersionsRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ApiVersions', 18, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): ApiVersionsResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ApiVersions', 18, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: ApiVersionsResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ApiVersions', 18, version);
    encode(writer, message);
  },
  defaultRequest: defaultApiVersionsRequest,
  defaultResponse: defaultApiVersionsResponse,
};
