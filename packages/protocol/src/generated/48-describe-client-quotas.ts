// Generated from protocol-specs/48-describe-client-quotas.json by scripts/gen-protocol.ts. Do not edit.
// DescribeClientQuotas (key 48), versions 0-1, flexible from v1.

import type { ApiCodec } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface DescribeClientQuotasRequest {
  components: ComponentData[];
  strict: boolean;
}

export interface ComponentData {
  entityType: string;
  matchType: number;
  match: string | null;
}

export interface DescribeClientQuotasResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null;
  entries: EntryData[] | null;
}

export interface EntryData {
  entity: EntityData[];
  values: ValueData[];
}

export interface EntityData {
  entityType: string;
  entityName: string | null;
}

export interface ValueData {
  key: string;
  value: number;
}

function defaultDescribeClientQuotasRequest(): DescribeClientQuotasRequest {
  return { components: [], strict: false };
}

function defaultDescribeClientQuotasResponse(): DescribeClientQuotasResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: '', entries: [] };
}

function decodeComponentDataV0(r: Reader): ComponentData {
  const entityType = r.string();
  const matchType = r.int8();
  const match = r.nullableString();
  return { entityType, matchType, match };
}

function decodeDescribeClientQuotasRequestV0(r: Reader): DescribeClientQuotasRequest {
  const n0 = r.arrayLength(5);
  if (n0 < 0) r.fail('null in non-nullable array Components');
  const components: ComponentData[] = [];
  for (let i = 0; i < n0; i++) components.push(decodeComponentDataV0(r));
  const strict = r.bool();
  return { components, strict };
}

function encodeComponentDataV0(w: Writer, m: ComponentData): void {
  w.string(m.entityType);
  w.int8(m.matchType);
  w.nullableString(m.match);
}

function encodeDescribeClientQuotasRequestV0(w: Writer, m: DescribeClientQuotasRequest): void {
  {
    const a = m.components;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeComponentDataV0(w, a[i]);
  }
  w.bool(m.strict);
}

function decodeComponentDataV1(r: Reader): ComponentData {
  const entityType = r.compactString();
  const matchType = r.int8();
  const match = r.compactNullableString();
  const m: ComponentData = { entityType, matchType, match };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeClientQuotasRequestV1(r: Reader): DescribeClientQuotasRequest {
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Components');
  const components: ComponentData[] = [];
  for (let i = 0; i < n0; i++) components.push(decodeComponentDataV1(r));
  const strict = r.bool();
  const m: DescribeClientQuotasRequest = { components, strict };
  r.skipTaggedFields();
  return m;
}

function encodeComponentDataV1(w: Writer, m: ComponentData): void {
  w.compactString(m.entityType);
  w.int8(m.matchType);
  w.compactNullableString(m.match);
  w.uvarint(0);
}

function encodeDescribeClientQuotasRequestV1(w: Writer, m: DescribeClientQuotasRequest): void {
  {
    const a = m.components;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeComponentDataV1(w, a[i]);
  }
  w.bool(m.strict);
  w.uvarint(0);
}

function decodeEntityDataV0(r: Reader): EntityData {
  const entityType = r.string();
  const entityName = r.nullableString();
  return { entityType, entityName };
}

function decodeValueDataV0(r: Reader): ValueData {
  const key = r.string();
  const value = r.float64();
  return { key, value };
}

function decodeEntryDataV0(r: Reader): EntryData {
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Entity');
  const entity: EntityData[] = [];
  for (let i = 0; i < n0; i++) entity.push(decodeEntityDataV0(r));
  const n1 = r.arrayLength(10);
  if (n1 < 0) r.fail('null in non-nullable array Values');
  const values: ValueData[] = [];
  for (let i = 0; i < n1; i++) values.push(decodeValueDataV0(r));
  return { entity, values };
}

function decodeDescribeClientQuotasResponseV0(r: Reader): DescribeClientQuotasResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  const n0 = r.arrayLength(8);
  let entries: EntryData[] | null = null;
  if (n0 >= 0) {
    entries = [];
    for (let i = 0; i < n0; i++) entries.push(decodeEntryDataV0(r));
  }
  return { throttleTimeMs, errorCode, errorMessage, entries };
}

function encodeEntityDataV0(w: Writer, m: EntityData): void {
  w.string(m.entityType);
  w.nullableString(m.entityName);
}

function encodeValueDataV0(w: Writer, m: ValueData): void {
  w.string(m.key);
  w.float64(m.value);
}

function encodeEntryDataV0(w: Writer, m: EntryData): void {
  {
    const a = m.entity;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeEntityDataV0(w, a[i]);
  }
  {
    const a = m.values;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeValueDataV0(w, a[i]);
  }
}

function encodeDescribeClientQuotasResponseV0(w: Writer, m: DescribeClientQuotasResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.nullableString(m.errorMessage);
  {
    const a = m.entries;
    if (a === null) w.int32(-1);
    else {
      w.arrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeEntryDataV0(w, a[i]);
    }
  }
}

function decodeEntityDataV1(r: Reader): EntityData {
  const entityType = r.compactString();
  const entityName = r.compactNullableString();
  const m: EntityData = { entityType, entityName };
  r.skipTaggedFields();
  return m;
}

function decodeValueDataV1(r: Reader): ValueData {
  const key = r.compactString();
  const value = r.float64();
  const m: ValueData = { key, value };
  r.skipTaggedFields();
  return m;
}

function decodeEntryDataV1(r: Reader): EntryData {
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Entity');
  const entity: EntityData[] = [];
  for (let i = 0; i < n0; i++) entity.push(decodeEntityDataV1(r));
  const n1 = r.compactArrayLength(10);
  if (n1 < 0) r.fail('null in non-nullable array Values');
  const values: ValueData[] = [];
  for (let i = 0; i < n1; i++) values.push(decodeValueDataV1(r));
  const m: EntryData = { entity, values };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeClientQuotasResponseV1(r: Reader): DescribeClientQuotasResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const n0 = r.compactArrayLength(3);
  let entries: EntryData[] | null = null;
  if (n0 >= 0) {
    entries = [];
    for (let i = 0; i < n0; i++) entries.push(decodeEntryDataV1(r));
  }
  const m: DescribeClientQuotasResponse = { throttleTimeMs, errorCode, errorMessage, entries };
  r.skipTaggedFields();
  return m;
}

function encodeEntityDataV1(w: Writer, m: EntityData): void {
  w.compactString(m.entityType);
  w.compactNullableString(m.entityName);
  w.uvarint(0);
}

function encodeValueDataV1(w: Writer, m: ValueData): void {
  w.compactString(m.key);
  w.float64(m.value);
  w.uvarint(0);
}

function encodeEntryDataV1(w: Writer, m: EntryData): void {
  {
    const a = m.entity;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeEntityDataV1(w, a[i]);
  }
  {
    const a = m.values;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeValueDataV1(w, a[i]);
  }
  w.uvarint(0);
}

function encodeDescribeClientQuotasResponseV1(w: Writer, m: DescribeClientQuotasResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  {
    const a = m.entries;
    if (a === null) w.uvarint(0);
    else {
      w.compactArrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeEntryDataV1(w, a[i]);
    }
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => DescribeClientQuotasRequest) | undefined> = [
  decodeDescribeClientQuotasRequestV0, decodeDescribeClientQuotasRequestV1,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: DescribeClientQuotasRequest) => void) | undefined> = [
  encodeDescribeClientQuotasRequestV0, encodeDescribeClientQuotasRequestV1,
];
const responseDecoders: ReadonlyArray<((r: Reader) => DescribeClientQuotasResponse) | undefined> = [
  decodeDescribeClientQuotasResponseV0, decodeDescribeClientQuotasResponseV1,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: DescribeClientQuotasResponse) => void) | undefined> = [
  encodeDescribeClientQuotasResponseV0, encodeDescribeClientQuotasResponseV1,
];

export const DescribeClientQuotasApi: ApiCodec<DescribeClientQuotasRequest, DescribeClientQuotasResponse> = {
  apiKey: 48,
  name: 'DescribeClientQuotas',
  validVersions: { min: 0, max: 1 },
  firstFlexibleVersion: 1,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 1 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 1 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): DescribeClientQuotasRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DescribeClientQuotas', 48, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: DescribeClientQuotasRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DescribeClientQuotas', 48, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): DescribeClientQuotasResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DescribeClientQuotas', 48, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: DescribeClientQuotasResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DescribeClientQuotas', 48, version);
    encode(writer, message);
  },
  defaultRequest: defaultDescribeClientQuotasRequest,
  defaultResponse: defaultDescribeClientQuotasResponse,
};
