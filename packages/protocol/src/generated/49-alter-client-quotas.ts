// Generated from protocol-specs/49-alter-client-quotas.json by scripts/gen-protocol.ts. Do not edit.
// AlterClientQuotas (key 49), versions 0-1, flexible from v1.

import type { ApiCodec } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface AlterClientQuotasRequest {
  entries: AlterClientQuotasRequestEntryData[];
  validateOnly: boolean;
}

export interface AlterClientQuotasRequestEntryData {
  entity: AlterClientQuotasRequestEntityData[];
  ops: OpData[];
}

export interface AlterClientQuotasRequestEntityData {
  entityType: string;
  entityName: string | null;
}

export interface OpData {
  key: string;
  value: number;
  remove: boolean;
}

export interface AlterClientQuotasResponse {
  throttleTimeMs: number;
  entries: AlterClientQuotasResponseEntryData[];
}

export interface AlterClientQuotasResponseEntryData {
  errorCode: number;
  errorMessage: string | null;
  entity: AlterClientQuotasResponseEntityData[];
}

export interface AlterClientQuotasResponseEntityData {
  entityType: string;
  entityName: string | null;
}

function defaultAlterClientQuotasRequest(): AlterClientQuotasRequest {
  return { entries: [], validateOnly: false };
}

function defaultAlterClientQuotasResponse(): AlterClientQuotasResponse {
  return { throttleTimeMs: 0, entries: [] };
}

function decodeAlterClientQuotasRequestEntityDataV0(r: Reader): AlterClientQuotasRequestEntityData {
  const entityType = r.string();
  const entityName = r.nullableString();
  return { entityType, entityName };
}

function decodeOpDataV0(r: Reader): OpData {
  const key = r.string();
  const value = r.float64();
  const remove = r.bool();
  return { key, value, remove };
}

function decodeAlterClientQuotasRequestEntryDataV0(r: Reader): AlterClientQuotasRequestEntryData {
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Entity');
  const entity: AlterClientQuotasRequestEntityData[] = [];
  for (let i = 0; i < n0; i++) entity.push(decodeAlterClientQuotasRequestEntityDataV0(r));
  const n1 = r.arrayLength(11);
  if (n1 < 0) r.fail('null in non-nullable array Ops');
  const ops: OpData[] = [];
  for (let i = 0; i < n1; i++) ops.push(decodeOpDataV0(r));
  return { entity, ops };
}

function decodeAlterClientQuotasRequestV0(r: Reader): AlterClientQuotasRequest {
  const n0 = r.arrayLength(8);
  if (n0 < 0) r.fail('null in non-nullable array Entries');
  const entries: AlterClientQuotasRequestEntryData[] = [];
  for (let i = 0; i < n0; i++) entries.push(decodeAlterClientQuotasRequestEntryDataV0(r));
  const validateOnly = r.bool();
  return { entries, validateOnly };
}

function encodeAlterClientQuotasRequestEntityDataV0(w: Writer, m: AlterClientQuotasRequestEntityData): void {
  w.string(m.entityType);
  w.nullableString(m.entityName);
}

function encodeOpDataV0(w: Writer, m: OpData): void {
  w.string(m.key);
  w.float64(m.value);
  w.bool(m.remove);
}

function encodeAlterClientQuotasRequestEntryDataV0(w: Writer, m: AlterClientQuotasRequestEntryData): void {
  {
    const a = m.entity;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterClientQuotasRequestEntityDataV0(w, a[i]);
  }
  {
    const a = m.ops;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOpDataV0(w, a[i]);
  }
}

function encodeAlterClientQuotasRequestV0(w: Writer, m: AlterClientQuotasRequest): void {
  {
    const a = m.entries;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterClientQuotasRequestEntryDataV0(w, a[i]);
  }
  w.bool(m.validateOnly);
}

function decodeAlterClientQuotasRequestEntityDataV1(r: Reader): AlterClientQuotasRequestEntityData {
  const entityType = r.compactString();
  const entityName = r.compactNullableString();
  const m: AlterClientQuotasRequestEntityData = { entityType, entityName };
  r.skipTaggedFields();
  return m;
}

function decodeOpDataV1(r: Reader): OpData {
  const key = r.compactString();
  const value = r.float64();
  const remove = r.bool();
  const m: OpData = { key, value, remove };
  r.skipTaggedFields();
  return m;
}

function decodeAlterClientQuotasRequestEntryDataV1(r: Reader): AlterClientQuotasRequestEntryData {
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Entity');
  const entity: AlterClientQuotasRequestEntityData[] = [];
  for (let i = 0; i < n0; i++) entity.push(decodeAlterClientQuotasRequestEntityDataV1(r));
  const n1 = r.compactArrayLength(11);
  if (n1 < 0) r.fail('null in non-nullable array Ops');
  const ops: OpData[] = [];
  for (let i = 0; i < n1; i++) ops.push(decodeOpDataV1(r));
  const m: AlterClientQuotasRequestEntryData = { entity, ops };
  r.skipTaggedFields();
  return m;
}

function decodeAlterClientQuotasRequestV1(r: Reader): AlterClientQuotasRequest {
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Entries');
  const entries: AlterClientQuotasRequestEntryData[] = [];
  for (let i = 0; i < n0; i++) entries.push(decodeAlterClientQuotasRequestEntryDataV1(r));
  const validateOnly = r.bool();
  const m: AlterClientQuotasRequest = { entries, validateOnly };
  r.skipTaggedFields();
  return m;
}

function encodeAlterClientQuotasRequestEntityDataV1(w: Writer, m: AlterClientQuotasRequestEntityData): void {
  w.compactString(m.entityType);
  w.compactNullableString(m.entityName);
  w.uvarint(0);
}

function encodeOpDataV1(w: Writer, m: OpData): void {
  w.compactString(m.key);
  w.float64(m.value);
  w.bool(m.remove);
  w.uvarint(0);
}

function encodeAlterClientQuotasRequestEntryDataV1(w: Writer, m: AlterClientQuotasRequestEntryData): void {
  {
    const a = m.entity;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterClientQuotasRequestEntityDataV1(w, a[i]);
  }
  {
    const a = m.ops;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOpDataV1(w, a[i]);
  }
  w.uvarint(0);
}

function encodeAlterClientQuotasRequestV1(w: Writer, m: AlterClientQuotasRequest): void {
  {
    const a = m.entries;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterClientQuotasRequestEntryDataV1(w, a[i]);
  }
  w.bool(m.validateOnly);
  w.uvarint(0);
}

function decodeAlterClientQuotasResponseEntityDataV0(r: Reader): AlterClientQuotasResponseEntityData {
  const entityType = r.string();
  const entityName = r.nullableString();
  return { entityType, entityName };
}

function decodeAlterClientQuotasResponseEntryDataV0(r: Reader): AlterClientQuotasResponseEntryData {
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Entity');
  const entity: AlterClientQuotasResponseEntityData[] = [];
  for (let i = 0; i < n0; i++) entity.push(decodeAlterClientQuotasResponseEntityDataV0(r));
  return { errorCode, errorMessage, entity };
}

function decodeAlterClientQuotasResponseV0(r: Reader): AlterClientQuotasResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(8);
  if (n0 < 0) r.fail('null in non-nullable array Entries');
  const entries: AlterClientQuotasResponseEntryData[] = [];
  for (let i = 0; i < n0; i++) entries.push(decodeAlterClientQuotasResponseEntryDataV0(r));
  return { throttleTimeMs, entries };
}

function encodeAlterClientQuotasResponseEntityDataV0(w: Writer, m: AlterClientQuotasResponseEntityData): void {
  w.string(m.entityType);
  w.nullableString(m.entityName);
}

function encodeAlterClientQuotasResponseEntryDataV0(w: Writer, m: AlterClientQuotasResponseEntryData): void {
  w.int16(m.errorCode);
  w.nullableString(m.errorMessage);
  {
    const a = m.entity;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterClientQuotasResponseEntityDataV0(w, a[i]);
  }
}

function encodeAlterClientQuotasResponseV0(w: Writer, m: AlterClientQuotasResponse): void {
  w.int32(m.throttleTimeMs);
  {
    const a = m.entries;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterClientQuotasResponseEntryDataV0(w, a[i]);
  }
}

function decodeAlterClientQuotasResponseEntityDataV1(r: Reader): AlterClientQuotasResponseEntityData {
  const entityType = r.compactString();
  const entityName = r.compactNullableString();
  const m: AlterClientQuotasResponseEntityData = { entityType, entityName };
  r.skipTaggedFields();
  return m;
}

function decodeAlterClientQuotasResponseEntryDataV1(r: Reader): AlterClientQuotasResponseEntryData {
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Entity');
  const entity: AlterClientQuotasResponseEntityData[] = [];
  for (let i = 0; i < n0; i++) entity.push(decodeAlterClientQuotasResponseEntityDataV1(r));
  const m: AlterClientQuotasResponseEntryData = { errorCode, errorMessage, entity };
  r.skipTaggedFields();
  return m;
}

function decodeAlterClientQuotasResponseV1(r: Reader): AlterClientQuotasResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(5);
  if (n0 < 0) r.fail('null in non-nullable array Entries');
  const entries: AlterClientQuotasResponseEntryData[] = [];
  for (let i = 0; i < n0; i++) entries.push(decodeAlterClientQuotasResponseEntryDataV1(r));
  const m: AlterClientQuotasResponse = { throttleTimeMs, entries };
  r.skipTaggedFields();
  return m;
}

function encodeAlterClientQuotasResponseEntityDataV1(w: Writer, m: AlterClientQuotasResponseEntityData): void {
  w.compactString(m.entityType);
  w.compactNullableString(m.entityName);
  w.uvarint(0);
}

function encodeAlterClientQuotasResponseEntryDataV1(w: Writer, m: AlterClientQuotasResponseEntryData): void {
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  {
    const a = m.entity;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterClientQuotasResponseEntityDataV1(w, a[i]);
  }
  w.uvarint(0);
}

function encodeAlterClientQuotasResponseV1(w: Writer, m: AlterClientQuotasResponse): void {
  w.int32(m.throttleTimeMs);
  {
    const a = m.entries;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterClientQuotasResponseEntryDataV1(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => AlterClientQuotasRequest) | undefined> = [
  decodeAlterClientQuotasRequestV0, decodeAlterClientQuotasRequestV1,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: AlterClientQuotasRequest) => void) | undefined> = [
  encodeAlterClientQuotasRequestV0, encodeAlterClientQuotasRequestV1,
];
const responseDecoders: ReadonlyArray<((r: Reader) => AlterClientQuotasResponse) | undefined> = [
  decodeAlterClientQuotasResponseV0, decodeAlterClientQuotasResponseV1,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: AlterClientQuotasResponse) => void) | undefined> = [
  encodeAlterClientQuotasResponseV0, encodeAlterClientQuotasResponseV1,
];

export const AlterClientQuotasApi: ApiCodec<AlterClientQuotasRequest, AlterClientQuotasResponse> = {
  apiKey: 49,
  name: 'AlterClientQuotas',
  validVersions: { min: 0, max: 1 },
  firstFlexibleVersion: 1,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 1 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 1 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): AlterClientQuotasRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('AlterClientQuotas', 49, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: AlterClientQuotasRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('AlterClientQuotas', 49, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): AlterClientQuotasResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('AlterClientQuotas', 49, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: AlterClientQuotasResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('AlterClientQuotas', 49, version);
    encode(writer, message);
  },
  defaultRequest: defaultAlterClientQuotasRequest,
  defaultResponse: defaultAlterClientQuotasResponse,
};
