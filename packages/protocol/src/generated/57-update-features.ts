// Generated from protocol-specs/57-update-features.json by scripts/gen-protocol.ts. Do not edit.
// UpdateFeatures (key 57), versions 0-2, flexible from v0.

import type { ApiCodec } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface UpdateFeaturesRequest {
  timeoutMs: number;
  featureUpdates: FeatureUpdateKey[];
  validateOnly?: boolean;
}

export interface FeatureUpdateKey {
  feature: string;
  maxVersionLevel: number;
  allowDowngrade?: boolean;
  upgradeType?: number;
}

export interface UpdateFeaturesResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null;
  results?: UpdatableFeatureResult[];
}

export interface UpdatableFeatureResult {
  feature: string;
  errorCode: number;
  errorMessage: string | null;
}

function defaultUpdateFeaturesRequest(): UpdateFeaturesRequest {
  return { timeoutMs: 60000, featureUpdates: [], validateOnly: false };
}

function defaultUpdateFeaturesResponse(): UpdateFeaturesResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: '', results: [] };
}

function decodeFeatureUpdateKeyV0(r: Reader): FeatureUpdateKey {
  const feature = r.compactString();
  const maxVersionLevel = r.int16();
  const allowDowngrade = r.bool();
  const m: FeatureUpdateKey = { feature, maxVersionLevel, allowDowngrade, upgradeType: 1 };
  r.skipTaggedFields();
  return m;
}

function decodeUpdateFeaturesRequestV0(r: Reader): UpdateFeaturesRequest {
  const timeoutMs = r.int32();
  const n0 = r.compactArrayLength(5);
  if (n0 < 0) r.fail('null in non-nullable array FeatureUpdates');
  const featureUpdates: FeatureUpdateKey[] = [];
  for (let i = 0; i < n0; i++) featureUpdates.push(decodeFeatureUpdateKeyV0(r));
  const m: UpdateFeaturesRequest = { timeoutMs, featureUpdates, validateOnly: false };
  r.skipTaggedFields();
  return m;
}

function encodeFeatureUpdateKeyV0(w: Writer, m: FeatureUpdateKey): void {
  w.compactString(m.feature);
  w.int16(m.maxVersionLevel);
  w.bool(m.allowDowngrade === undefined ? false : m.allowDowngrade);
  if (m.upgradeType !== undefined && m.upgradeType !== 1) throw new UnsupportedFieldError('FeatureUpdateKey.UpgradeType', 0);
  w.uvarint(0);
}

function encodeUpdateFeaturesRequestV0(w: Writer, m: UpdateFeaturesRequest): void {
  w.int32(m.timeoutMs);
  {
    const a = m.featureUpdates;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFeatureUpdateKeyV0(w, a[i]);
  }
  if (m.validateOnly !== undefined && m.validateOnly !== false) throw new UnsupportedFieldError('UpdateFeaturesRequest.ValidateOnly', 0);
  w.uvarint(0);
}

function decodeFeatureUpdateKeyV1(r: Reader): FeatureUpdateKey {
  const feature = r.compactString();
  const maxVersionLevel = r.int16();
  const upgradeType = r.int8();
  const m: FeatureUpdateKey = { feature, maxVersionLevel, allowDowngrade: false, upgradeType };
  r.skipTaggedFields();
  return m;
}

function decodeUpdateFeaturesRequestV1(r: Reader): UpdateFeaturesRequest {
  const timeoutMs = r.int32();
  const n0 = r.compactArrayLength(5);
  if (n0 < 0) r.fail('null in non-nullable array FeatureUpdates');
  const featureUpdates: FeatureUpdateKey[] = [];
  for (let i = 0; i < n0; i++) featureUpdates.push(decodeFeatureUpdateKeyV1(r));
  const validateOnly = r.bool();
  const m: UpdateFeaturesRequest = { timeoutMs, featureUpdates, validateOnly };
  r.skipTaggedFields();
  return m;
}

function encodeFeatureUpdateKeyV1(w: Writer, m: FeatureUpdateKey): void {
  w.compactString(m.feature);
  w.int16(m.maxVersionLevel);
  if (m.allowDowngrade !== undefined && m.allowDowngrade !== false) throw new UnsupportedFieldError('FeatureUpdateKey.AllowDowngrade', 1);
  w.int8(m.upgradeType === undefined ? 1 : m.upgradeType);
  w.uvarint(0);
}

function encodeUpdateFeaturesRequestV1(w: Writer, m: UpdateFeaturesRequest): void {
  w.int32(m.timeoutMs);
  {
    const a = m.featureUpdates;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFeatureUpdateKeyV1(w, a[i]);
  }
  w.bool(m.validateOnly === undefined ? false : m.validateOnly);
  w.uvarint(0);
}

function encodeFeatureUpdateKeyV2(w: Writer, m: FeatureUpdateKey): void {
  w.compactString(m.feature);
  w.int16(m.maxVersionLevel);
  if (m.allowDowngrade !== undefined && m.allowDowngrade !== false) throw new UnsupportedFieldError('FeatureUpdateKey.AllowDowngrade', 2);
  w.int8(m.upgradeType === undefined ? 1 : m.upgradeType);
  w.uvarint(0);
}

function encodeUpdateFeaturesRequestV2(w: Writer, m: UpdateFeaturesRequest): void {
  w.int32(m.timeoutMs);
  {
    const a = m.featureUpdates;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFeatureUpdateKeyV2(w, a[i]);
  }
  w.bool(m.validateOnly === undefined ? false : m.validateOnly);
  w.uvarint(0);
}

function decodeUpdatableFeatureResultV0(r: Reader): UpdatableFeatureResult {
  const feature = r.compactString();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const m: UpdatableFeatureResult = { feature, errorCode, errorMessage };
  r.skipTaggedFields();
  return m;
}

function decodeUpdateFeaturesResponseV0(r: Reader): UpdateFeaturesResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const n0 = r.compactArrayLength(5);
  if (n0 < 0) r.fail('null in non-nullable array Results');
  const results: UpdatableFeatureResult[] = [];
  for (let i = 0; i < n0; i++) results.push(decodeUpdatableFeatureResultV0(r));
  const m: UpdateFeaturesResponse = { throttleTimeMs, errorCode, errorMessage, results };
  r.skipTaggedFields();
  return m;
}

function encodeUpdatableFeatureResultV0(w: Writer, m: UpdatableFeatureResult): void {
  w.compactString(m.feature);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  w.uvarint(0);
}

function encodeUpdateFeaturesResponseV0(w: Writer, m: UpdateFeaturesResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  {
    const a = m.results === undefined ? [] : m.results;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeUpdatableFeatureResultV0(w, a[i]);
  }
  w.uvarint(0);
}

function decodeUpdateFeaturesResponseV2(r: Reader): UpdateFeaturesResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const m: UpdateFeaturesResponse = { throttleTimeMs, errorCode, errorMessage, results: [] };
  r.skipTaggedFields();
  return m;
}

function encodeUpdateFeaturesResponseV2(w: Writer, m: UpdateFeaturesResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => UpdateFeaturesRequest) | undefined> = [
  decodeUpdateFeaturesRequestV0, decodeUpdateFeaturesRequestV1, decodeUpdateFeaturesRequestV1,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: UpdateFeaturesRequest) => void) | undefined> = [
  encodeUpdateFeaturesRequestV0, encodeUpdateFeaturesRequestV1, encodeUpdateFeaturesRequestV2,
];
const responseDecoders: ReadonlyArray<((r: Reader) => UpdateFeaturesResponse) | undefined> = [
  decodeUpdateFeaturesResponseV0, decodeUpdateFeaturesResponseV0, decodeUpdateFeaturesResponseV2,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: UpdateFeaturesResponse) => void) | undefined> = [
  encodeUpdateFeaturesResponseV0, encodeUpdateFeaturesResponseV0, encodeUpdateFeaturesResponseV2,
];

export const UpdateFeaturesApi: ApiCodec<UpdateFeaturesRequest, UpdateFeaturesResponse> = {
  apiKey: 57,
  name: 'UpdateFeatures',
  validVersions: { min: 0, max: 2 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): UpdateFeaturesRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('UpdateFeatures', 57, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: UpdateFeaturesRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('UpdateFeatures', 57, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): UpdateFeaturesResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('UpdateFeatures', 57, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: UpdateFeaturesResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('UpdateFeatures', 57, version);
    encode(writer, message);
  },
  defaultRequest: defaultUpdateFeaturesRequest,
  defaultResponse: defaultUpdateFeaturesResponse,
};
