// Generated from protocol-specs/38-create-delegation-token.json by scripts/gen-protocol.ts. Do not edit.
// CreateDelegationToken (key 38), versions 0-3, flexible from v2.

import type { ApiCodec } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import { EMPTY_BUFFER } from '../primitives/reader';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface CreateDelegationTokenRequest {
  ownerPrincipalType?: string | null;
  ownerPrincipalName?: string | null;
  renewers: CreatableRenewers[];
  maxLifetimeMs: bigint;
}

export interface CreatableRenewers {
  principalType: string;
  principalName: string;
}

export interface CreateDelegationTokenResponse {
  errorCode: number;
  principalType: string;
  principalName: string;
  tokenRequesterPrincipalType?: string;
  tokenRequesterPrincipalName?: string;
  issueTimestampMs: number;
  expiryTimestampMs: bigint;
  maxTimestampMs: bigint;
  tokenId: string;
  hmac: Buffer;
  throttleTimeMs: number;
}

function defaultCreateDelegationTokenRequest(): CreateDelegationTokenRequest {
  return { ownerPrincipalType: '', ownerPrincipalName: '', renewers: [], maxLifetimeMs: 0n };
}

function defaultCreateDelegationTokenResponse(): CreateDelegationTokenResponse {
  return {
    errorCode: 0,
    principalType: '',
    principalName: '',
    tokenRequesterPrincipalType: '',
    tokenRequesterPrincipalName: '',
    issueTimestampMs: 0,
    expiryTimestampMs: 0n,
    maxTimestampMs: 0n,
    tokenId: '',
    hmac: EMPTY_BUFFER,
    throttleTimeMs: 0,
  };
}

function decodeCreatableRenewersV0(r: Reader): CreatableRenewers {
  const principalType = r.string();
  const principalName = r.string();
  return { principalType, principalName };
}

function decodeCreateDelegationTokenRequestV0(r: Reader): CreateDelegationTokenRequest {
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Renewers');
  const renewers: CreatableRenewers[] = [];
  for (let i = 0; i < n0; i++) renewers.push(decodeCreatableRenewersV0(r));
  const maxLifetimeMs = r.int64BigInt();
  return { ownerPrincipalType: '', ownerPrincipalName: '', renewers, maxLifetimeMs };
}

function encodeCreatableRenewersV0(w: Writer, m: CreatableRenewers): void {
  w.string(m.principalType);
  w.string(m.principalName);
}

function encodeCreateDelegationTokenRequestV0(w: Writer, m: CreateDelegationTokenRequest): void {
  if (m.ownerPrincipalType !== undefined && m.ownerPrincipalType !== '') {
    throw new UnsupportedFieldError('CreateDelegationTokenRequest.OwnerPrincipalType', 0);
  }
  if (m.ownerPrincipalName !== undefined && m.ownerPrincipalName !== '') {
    throw new UnsupportedFieldError('CreateDelegationTokenRequest.OwnerPrincipalName', 0);
  }
  {
    const a = m.renewers;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeCreatableRenewersV0(w, a[i]);
  }
  w.int64BigInt(m.maxLifetimeMs);
}

function encodeCreateDelegationTokenRequestV1(w: Writer, m: CreateDelegationTokenRequest): void {
  if (m.ownerPrincipalType !== undefined && m.ownerPrincipalType !== '') {
    throw new UnsupportedFieldError('CreateDelegationTokenRequest.OwnerPrincipalType', 1);
  }
  if (m.ownerPrincipalName !== undefined && m.ownerPrincipalName !== '') {
    throw new UnsupportedFieldError('CreateDelegationTokenRequest.OwnerPrincipalName', 1);
  }
  {
    const a = m.renewers;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeCreatableRenewersV0(w, a[i]);
  }
  w.int64BigInt(m.maxLifetimeMs);
}

function decodeCreatableRenewersV2(r: Reader): CreatableRenewers {
  const principalType = r.compactString();
  const principalName = r.compactString();
  const m: CreatableRenewers = { principalType, principalName };
  r.skipTaggedFields();
  return m;
}

function decodeCreateDelegationTokenRequestV2(r: Reader): CreateDelegationTokenRequest {
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Renewers');
  const renewers: CreatableRenewers[] = [];
  for (let i = 0; i < n0; i++) renewers.push(decodeCreatableRenewersV2(r));
  const maxLifetimeMs = r.int64BigInt();
  const m: CreateDelegationTokenRequest = { ownerPrincipalType: '', ownerPrincipalName: '', renewers, maxLifetimeMs };
  r.skipTaggedFields();
  return m;
}

function encodeCreatableRenewersV2(w: Writer, m: CreatableRenewers): void {
  w.compactString(m.principalType);
  w.compactString(m.principalName);
  w.uvarint(0);
}

function encodeCreateDelegationTokenRequestV2(w: Writer, m: CreateDelegationTokenRequest): void {
  if (m.ownerPrincipalType !== undefined && m.ownerPrincipalType !== '') {
    throw new UnsupportedFieldError('CreateDelegationTokenRequest.OwnerPrincipalType', 2);
  }
  if (m.ownerPrincipalName !== undefined && m.ownerPrincipalName !== '') {
    throw new UnsupportedFieldError('CreateDelegationTokenRequest.OwnerPrincipalName', 2);
  }
  {
    const a = m.renewers;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeCreatableRenewersV2(w, a[i]);
  }
  w.int64BigInt(m.maxLifetimeMs);
  w.uvarint(0);
}

function decodeCreateDelegationTokenRequestV3(r: Reader): CreateDelegationTokenRequest {
  const ownerPrincipalType = r.compactNullableString();
  const ownerPrincipalName = r.compactNullableString();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Renewers');
  const renewers: CreatableRenewers[] = [];
  for (let i = 0; i < n0; i++) renewers.push(decodeCreatableRenewersV2(r));
  const maxLifetimeMs = r.int64BigInt();
  const m: CreateDelegationTokenRequest = { ownerPrincipalType, ownerPrincipalName, renewers, maxLifetimeMs };
  r.skipTaggedFields();
  return m;
}

function encodeCreateDelegationTokenRequestV3(w: Writer, m: CreateDelegationTokenRequest): void {
  w.compactNullableString(m.ownerPrincipalType === undefined ? '' : m.ownerPrincipalType);
  w.compactNullableString(m.ownerPrincipalName === undefined ? '' : m.ownerPrincipalName);
  {
    const a = m.renewers;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeCreatableRenewersV2(w, a[i]);
  }
  w.int64BigInt(m.maxLifetimeMs);
  w.uvarint(0);
}

function decodeCreateDelegationTokenResponseV0(r: Reader): CreateDelegationTokenResponse {
  const errorCode = r.int16();
  const principalType = r.string();
  const principalName = r.string();
  const issueTimestampMs = r.int64();
  const expiryTimestampMs = r.int64BigInt();
  const maxTimestampMs = r.int64BigInt();
  const tokenId = r.string();
  const hmac = r.bytes();
  const throttleTimeMs = r.int32();
  return {
    errorCode,
    principalType,
    principalName,
    tokenRequesterPrincipalType: '',
    tokenRequesterPrincipalName: '',
    issueTimestampMs,
    expiryTimestampMs,
    maxTimestampMs,
    tokenId,
    hmac,
    throttleTimeMs,
  };
}

function encodeCreateDelegationTokenResponseV0(w: Writer, m: CreateDelegationTokenResponse): void {
  w.int16(m.errorCode);
  w.string(m.principalType);
  w.string(m.principalName);
  if (m.tokenRequesterPrincipalType !== undefined && m.tokenRequesterPrincipalType !== '') {
    throw new UnsupportedFieldError('CreateDelegationTokenResponse.TokenRequesterPrincipalType', 0);
  }
  if (m.tokenRequesterPrincipalName !== undefined && m.tokenRequesterPrincipalName !== '') {
    throw new UnsupportedFieldError('CreateDelegationTokenResponse.TokenRequesterPrincipalName', 0);
  }
  w.int64(m.issueTimestampMs);
  w.int64BigInt(m.expiryTimestampMs);
  w.int64BigInt(m.maxTimestampMs);
  w.string(m.tokenId);
  w.bytes(m.hmac);
  w.int32(m.throttleTimeMs);
}

function encodeCreateDelegationTokenResponseV1(w: Writer, m: CreateDelegationTokenResponse): void {
  w.int16(m.errorCode);
  w.string(m.principalType);
  w.string(m.principalName);
  if (m.tokenRequesterPrincipalType !== undefined && m.tokenRequesterPrincipalType !== '') {
    throw new UnsupportedFieldError('CreateDelegationTokenResponse.TokenRequesterPrincipalType', 1);
  }
  if (m.tokenRequesterPrincipalName !== undefined && m.tokenRequesterPrincipalName !== '') {
    throw new UnsupportedFieldError('CreateDelegationTokenResponse.TokenRequesterPrincipalName', 1);
  }
  w.int64(m.issueTimestampMs);
  w.int64BigInt(m.expiryTimestampMs);
  w.int64BigInt(m.maxTimestampMs);
  w.string(m.tokenId);
  w.bytes(m.hmac);
  w.int32(m.throttleTimeMs);
}

function decodeCreateDelegationTokenResponseV2(r: Reader): CreateDelegationTokenResponse {
  const errorCode = r.int16();
  const principalType = r.compactString();
  const principalName = r.compactString();
  const issueTimestampMs = r.int64();
  const expiryTimestampMs = r.int64BigInt();
  const maxTimestampMs = r.int64BigInt();
  const tokenId = r.compactString();
  const hmac = r.compactBytes();
  const throttleTimeMs = r.int32();
  const m: CreateDelegationTokenResponse = {
    errorCode,
    principalType,
    principalName,
    tokenRequesterPrincipalType: '',
    tokenRequesterPrincipalName: '',
    issueTimestampMs,
    expiryTimestampMs,
    maxTimestampMs,
    tokenId,
    hmac,
    throttleTimeMs,
  };
  r.skipTaggedFields();
  return m;
}

function encodeCreateDelegationTokenResponseV2(w: Writer, m: CreateDelegationTokenResponse): void {
  w.int16(m.errorCode);
  w.compactString(m.principalType);
  w.compactString(m.principalName);
  if (m.tokenRequesterPrincipalType !== undefined && m.tokenRequesterPrincipalType !== '') {
    throw new UnsupportedFieldError('CreateDelegationTokenResponse.TokenRequesterPrincipalType', 2);
  }
  if (m.tokenRequesterPrincipalName !== undefined && m.tokenRequesterPrincipalName !== '') {
    throw new UnsupportedFieldError('CreateDelegationTokenResponse.TokenRequesterPrincipalName', 2);
  }
  w.int64(m.issueTimestampMs);
  w.int64BigInt(m.expiryTimestampMs);
  w.int64BigInt(m.maxTimestampMs);
  w.compactString(m.tokenId);
  w.compactBytes(m.hmac);
  w.int32(m.throttleTimeMs);
  w.uvarint(0);
}

function decodeCreateDelegationTokenResponseV3(r: Reader): CreateDelegationTokenResponse {
  const errorCode = r.int16();
  const principalType = r.compactString();
  const principalName = r.compactString();
  const tokenRequesterPrincipalType = r.compactString();
  const tokenRequesterPrincipalName = r.compactString();
  const issueTimestampMs = r.int64();
  const expiryTimestampMs = r.int64BigInt();
  const maxTimestampMs = r.int64BigInt();
  const tokenId = r.compactString();
  const hmac = r.compactBytes();
  const throttleTimeMs = r.int32();
  const m: CreateDelegationTokenResponse = {
    errorCode,
    principalType,
    principalName,
    tokenRequesterPrincipalType,
    tokenRequesterPrincipalName,
    issueTimestampMs,
    expiryTimestampMs,
    maxTimestampMs,
    tokenId,
    hmac,
    throttleTimeMs,
  };
  r.skipTaggedFields();
  return m;
}

function encodeCreateDelegationTokenResponseV3(w: Writer, m: CreateDelegationTokenResponse): void {
  w.int16(m.errorCode);
  w.compactString(m.principalType);
  w.compactString(m.principalName);
  w.compactString(m.tokenRequesterPrincipalType === undefined ? '' : m.tokenRequesterPrincipalType);
  w.compactString(m.tokenRequesterPrincipalName === undefined ? '' : m.tokenRequesterPrincipalName);
  w.int64(m.issueTimestampMs);
  w.int64BigInt(m.expiryTimestampMs);
  w.int64BigInt(m.maxTimestampMs);
  w.compactString(m.tokenId);
  w.compactBytes(m.hmac);
  w.int32(m.throttleTimeMs);
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => CreateDelegationTokenRequest) | undefined> = [
  decodeCreateDelegationTokenRequestV0, decodeCreateDelegationTokenRequestV0, decodeCreateDelegationTokenRequestV2,
  decodeCreateDelegationTokenRequestV3,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: CreateDelegationTokenRequest) => void) | undefined> = [
  encodeCreateDelegationTokenRequestV0, encodeCreateDelegationTokenRequestV1, encodeCreateDelegationTokenRequestV2,
  encodeCreateDelegationTokenRequestV3,
];
const responseDecoders: ReadonlyArray<((r: Reader) => CreateDelegationTokenResponse) | undefined> = [
  decodeCreateDelegationTokenResponseV0, decodeCreateDelegationTokenResponseV0, decodeCreateDelegationTokenResponseV2,
  decodeCreateDelegationTokenResponseV3,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: CreateDelegationTokenResponse) => void) | undefined> = [
  encodeCreateDelegationTokenResponseV0, encodeCreateDelegationTokenResponseV1, encodeCreateDelegationTokenResponseV2,
  encodeCreateDelegationTokenResponseV3,
];

export const CreateDelegationTokenApi: ApiCodec<CreateDelegationTokenRequest, CreateDelegationTokenResponse> = {
  apiKey: 38,
  name: 'CreateDelegationToken',
  validVersions: { min: 0, max: 3 },
  firstFlexibleVersion: 2,
  deprecatedVersions: { min: 0, max: 0 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: ['response.hmac'],
  requestHeaderVersion: (version) => (version >= 2 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 2 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): CreateDelegationTokenRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('CreateDelegationToken', 38, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: CreateDelegationTokenRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('CreateDelegationToken', 38, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): CreateDelegationTokenResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('CreateDelegationToken', 38, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: CreateDelegationTokenResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('CreateDelegationToken', 38, version);
    encode(writer, message);
  },
  defaultRequest: defaultCreateDelegationTokenRequest,
  defaultResponse: defaultCreateDelegationTokenResponse,
};
