// Generated from protocol-specs/41-describe-delegation-token.json by scripts/gen-protocol.ts. Do not edit.
// DescribeDelegationToken (key 41), versions 0-3, flexible from v2.

import type { ApiCodec } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface DescribeDelegationTokenRequest {
  owners: DescribeDelegationTokenOwner[] | null;
}

export interface DescribeDelegationTokenOwner {
  principalType: string;
  principalName: string;
}

export interface DescribeDelegationTokenResponse {
  errorCode: number;
  tokens: DescribedDelegationToken[];
  throttleTimeMs: number;
}

export interface DescribedDelegationToken {
  principalType: string;
  principalName: string;
  tokenRequesterPrincipalType?: string;
  tokenRequesterPrincipalName?: string;
  issueTimestamp: number;
  expiryTimestamp: bigint;
  maxTimestamp: bigint;
  tokenId: string;
  hmac: Buffer;
  renewers: DescribedDelegationTokenRenewer[];
}

export interface DescribedDelegationTokenRenewer {
  principalType: string;
  principalName: string;
}

function defaultDescribeDelegationTokenRequest(): DescribeDelegationTokenRequest {
  return { owners: [] };
}

function defaultDescribeDelegationTokenResponse(): DescribeDelegationTokenResponse {
  return { errorCode: 0, tokens: [], throttleTimeMs: 0 };
}

function decodeDescribeDelegationTokenOwnerV0(r: Reader): DescribeDelegationTokenOwner {
  const principalType = r.string();
  const principalName = r.string();
  return { principalType, principalName };
}

function decodeDescribeDelegationTokenRequestV0(r: Reader): DescribeDelegationTokenRequest {
  const n0 = r.arrayLength(4);
  let owners: DescribeDelegationTokenOwner[] | null = null;
  if (n0 >= 0) {
    owners = [];
    for (let i = 0; i < n0; i++) owners.push(decodeDescribeDelegationTokenOwnerV0(r));
  }
  return { owners };
}

function encodeDescribeDelegationTokenOwnerV0(w: Writer, m: DescribeDelegationTokenOwner): void {
  w.string(m.principalType);
  w.string(m.principalName);
}

function encodeDescribeDelegationTokenRequestV0(w: Writer, m: DescribeDelegationTokenRequest): void {
  {
    const a = m.owners;
    if (a === null) w.int32(-1);
    else {
      w.arrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeDescribeDelegationTokenOwnerV0(w, a[i]);
    }
  }
}

function decodeDescribeDelegationTokenOwnerV2(r: Reader): DescribeDelegationTokenOwner {
  const principalType = r.compactString();
  const principalName = r.compactString();
  const m: DescribeDelegationTokenOwner = { principalType, principalName };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeDelegationTokenRequestV2(r: Reader): DescribeDelegationTokenRequest {
  const n0 = r.compactArrayLength(3);
  let owners: DescribeDelegationTokenOwner[] | null = null;
  if (n0 >= 0) {
    owners = [];
    for (let i = 0; i < n0; i++) owners.push(decodeDescribeDelegationTokenOwnerV2(r));
  }
  const m: DescribeDelegationTokenRequest = { owners };
  r.skipTaggedFields();
  return m;
}

function encodeDescribeDelegationTokenOwnerV2(w: Writer, m: DescribeDelegationTokenOwner): void {
  w.compactString(m.principalType);
  w.compactString(m.principalName);
  w.uvarint(0);
}

function encodeDescribeDelegationTokenRequestV2(w: Writer, m: DescribeDelegationTokenRequest): void {
  {
    const a = m.owners;
    if (a === null) w.uvarint(0);
    else {
      w.compactArrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeDescribeDelegationTokenOwnerV2(w, a[i]);
    }
  }
  w.uvarint(0);
}

function decodeDescribedDelegationTokenRenewerV0(r: Reader): DescribedDelegationTokenRenewer {
  const principalType = r.string();
  const principalName = r.string();
  return { principalType, principalName };
}

function decodeDescribedDelegationTokenV0(r: Reader): DescribedDelegationToken {
  const principalType = r.string();
  const principalName = r.string();
  const issueTimestamp = r.int64();
  const expiryTimestamp = r.int64BigInt();
  const maxTimestamp = r.int64BigInt();
  const tokenId = r.string();
  const hmac = r.bytes();
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Renewers');
  const renewers: DescribedDelegationTokenRenewer[] = [];
  for (let i = 0; i < n0; i++) renewers.push(decodeDescribedDelegationTokenRenewerV0(r));
  return {
    principalType,
    principalName,
    tokenRequesterPrincipalType: '',
    tokenRequesterPrincipalName: '',
    issueTimestamp,
    expiryTimestamp,
    maxTimestamp,
    tokenId,
    hmac,
    renewers,
  };
}

function decodeDescribeDelegationTokenResponseV0(r: Reader): DescribeDelegationTokenResponse {
  const errorCode = r.int16();
  const n0 = r.arrayLength(38);
  if (n0 < 0) r.fail('null in non-nullable array Tokens');
  const tokens: DescribedDelegationToken[] = [];
  for (let i = 0; i < n0; i++) tokens.push(decodeDescribedDelegationTokenV0(r));
  const throttleTimeMs = r.int32();
  return { errorCode, tokens, throttleTimeMs };
}

function encodeDescribedDelegationTokenRenewerV0(w: Writer, m: DescribedDelegationTokenRenewer): void {
  w.string(m.principalType);
  w.string(m.principalName);
}

function encodeDescribedDelegationTokenV0(w: Writer, m: DescribedDelegationToken): void {
  w.string(m.principalType);
  w.string(m.principalName);
  if (m.tokenRequesterPrincipalType !== undefined && m.tokenRequesterPrincipalType !== '') {
    throw new UnsupportedFieldError('DescribedDelegationToken.TokenRequesterPrincipalType', 0);
  }
  if (m.tokenRequesterPrincipalName !== undefined && m.tokenRequesterPrincipalName !== '') {
    throw new UnsupportedFieldError('DescribedDelegationToken.TokenRequesterPrincipalName', 0);
  }
  w.int64(m.issueTimestamp);
  w.int64BigInt(m.expiryTimestamp);
  w.int64BigInt(m.maxTimestamp);
  w.string(m.tokenId);
  w.bytes(m.hmac);
  {
    const a = m.renewers;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribedDelegationTokenRenewerV0(w, a[i]);
  }
}

function encodeDescribeDelegationTokenResponseV0(w: Writer, m: DescribeDelegationTokenResponse): void {
  w.int16(m.errorCode);
  {
    const a = m.tokens;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribedDelegationTokenV0(w, a[i]);
  }
  w.int32(m.throttleTimeMs);
}

function encodeDescribedDelegationTokenV1(w: Writer, m: DescribedDelegationToken): void {
  w.string(m.principalType);
  w.string(m.principalName);
  if (m.tokenRequesterPrincipalType !== undefined && m.tokenRequesterPrincipalType !== '') {
    throw new UnsupportedFieldError('DescribedDelegationToken.TokenRequesterPrincipalType', 1);
  }
  if (m.tokenRequesterPrincipalName !== undefined && m.tokenRequesterPrincipalName !== '') {
    throw new UnsupportedFieldError('DescribedDelegationToken.TokenRequesterPrincipalName', 1);
  }
  w.int64(m.issueTimestamp);
  w.int64BigInt(m.expiryTimestamp);
  w.int64BigInt(m.maxTimestamp);
  w.string(m.tokenId);
  w.bytes(m.hmac);
  {
    const a = m.renewers;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribedDelegationTokenRenewerV0(w, a[i]);
  }
}

function encodeDescribeDelegationTokenResponseV1(w: Writer, m: DescribeDelegationTokenResponse): void {
  w.int16(m.errorCode);
  {
    const a = m.tokens;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribedDelegationTokenV1(w, a[i]);
  }
  w.int32(m.throttleTimeMs);
}

function decodeDescribedDelegationTokenRenewerV2(r: Reader): DescribedDelegationTokenRenewer {
  const principalType = r.compactString();
  const principalName = r.compactString();
  const m: DescribedDelegationTokenRenewer = { principalType, principalName };
  r.skipTaggedFields();
  return m;
}

function decodeDescribedDelegationTokenV2(r: Reader): DescribedDelegationToken {
  const principalType = r.compactString();
  const principalName = r.compactString();
  const issueTimestamp = r.int64();
  const expiryTimestamp = r.int64BigInt();
  const maxTimestamp = r.int64BigInt();
  const tokenId = r.compactString();
  const hmac = r.compactBytes();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Renewers');
  const renewers: DescribedDelegationTokenRenewer[] = [];
  for (let i = 0; i < n0; i++) renewers.push(decodeDescribedDelegationTokenRenewerV2(r));
  const m: DescribedDelegationToken = {
    principalType,
    principalName,
    tokenRequesterPrincipalType: '',
    tokenRequesterPrincipalName: '',
    issueTimestamp,
    expiryTimestamp,
    maxTimestamp,
    tokenId,
    hmac,
    renewers,
  };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeDelegationTokenResponseV2(r: Reader): DescribeDelegationTokenResponse {
  const errorCode = r.int16();
  const n0 = r.compactArrayLength(30);
  if (n0 < 0) r.fail('null in non-nullable array Tokens');
  const tokens: DescribedDelegationToken[] = [];
  for (let i = 0; i < n0; i++) tokens.push(decodeDescribedDelegationTokenV2(r));
  const throttleTimeMs = r.int32();
  const m: DescribeDelegationTokenResponse = { errorCode, tokens, throttleTimeMs };
  r.skipTaggedFields();
  return m;
}

function encodeDescribedDelegationTokenRenewerV2(w: Writer, m: DescribedDelegationTokenRenewer): void {
  w.compactString(m.principalType);
  w.compactString(m.principalName);
  w.uvarint(0);
}

function encodeDescribedDelegationTokenV2(w: Writer, m: DescribedDelegationToken): void {
  w.compactString(m.principalType);
  w.compactString(m.principalName);
  if (m.tokenRequesterPrincipalType !== undefined && m.tokenRequesterPrincipalType !== '') {
    throw new UnsupportedFieldError('DescribedDelegationToken.TokenRequesterPrincipalType', 2);
  }
  if (m.tokenRequesterPrincipalName !== undefined && m.tokenRequesterPrincipalName !== '') {
    throw new UnsupportedFieldError('DescribedDelegationToken.TokenRequesterPrincipalName', 2);
  }
  w.int64(m.issueTimestamp);
  w.int64BigInt(m.expiryTimestamp);
  w.int64BigInt(m.maxTimestamp);
  w.compactString(m.tokenId);
  w.compactBytes(m.hmac);
  {
    const a = m.renewers;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribedDelegationTokenRenewerV2(w, a[i]);
  }
  w.uvarint(0);
}

function encodeDescribeDelegationTokenResponseV2(w: Writer, m: DescribeDelegationTokenResponse): void {
  w.int16(m.errorCode);
  {
    const a = m.tokens;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribedDelegationTokenV2(w, a[i]);
  }
  w.int32(m.throttleTimeMs);
  w.uvarint(0);
}

function decodeDescribedDelegationTokenV3(r: Reader): DescribedDelegationToken {
  const principalType = r.compactString();
  const principalName = r.compactString();
  const tokenRequesterPrincipalType = r.compactString();
  const tokenRequesterPrincipalName = r.compactString();
  const issueTimestamp = r.int64();
  const expiryTimestamp = r.int64BigInt();
  const maxTimestamp = r.int64BigInt();
  const tokenId = r.compactString();
  const hmac = r.compactBytes();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Renewers');
  const renewers: DescribedDelegationTokenRenewer[] = [];
  for (let i = 0; i < n0; i++) renewers.push(decodeDescribedDelegationTokenRenewerV2(r));
  const m: DescribedDelegationToken = {
    principalType,
    principalName,
    tokenRequesterPrincipalType,
    tokenRequesterPrincipalName,
    issueTimestamp,
    expiryTimestamp,
    maxTimestamp,
    tokenId,
    hmac,
    renewers,
  };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeDelegationTokenResponseV3(r: Reader): DescribeDelegationTokenResponse {
  const errorCode = r.int16();
  const n0 = r.compactArrayLength(32);
  if (n0 < 0) r.fail('null in non-nullable array Tokens');
  const tokens: DescribedDelegationToken[] = [];
  for (let i = 0; i < n0; i++) tokens.push(decodeDescribedDelegationTokenV3(r));
  const throttleTimeMs = r.int32();
  const m: DescribeDelegationTokenResponse = { errorCode, tokens, throttleTimeMs };
  r.skipTaggedFields();
  return m;
}

function encodeDescribedDelegationTokenV3(w: Writer, m: DescribedDelegationToken): void {
  w.compactString(m.principalType);
  w.compactString(m.principalName);
  w.compactString(m.tokenRequesterPrincipalType === undefined ? '' : m.tokenRequesterPrincipalType);
  w.compactString(m.tokenRequesterPrincipalName === undefined ? '' : m.tokenRequesterPrincipalName);
  w.int64(m.issueTimestamp);
  w.int64BigInt(m.expiryTimestamp);
  w.int64BigInt(m.maxTimestamp);
  w.compactString(m.tokenId);
  w.compactBytes(m.hmac);
  {
    const a = m.renewers;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribedDelegationTokenRenewerV2(w, a[i]);
  }
  w.uvarint(0);
}

function encodeDescribeDelegationTokenResponseV3(w: Writer, m: DescribeDelegationTokenResponse): void {
  w.int16(m.errorCode);
  {
    const a = m.tokens;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribedDelegationTokenV3(w, a[i]);
  }
  w.int32(m.throttleTimeMs);
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => DescribeDelegationTokenRequest) | undefined> = [
  decodeDescribeDelegationTokenRequestV0, decodeDescribeDelegationTokenRequestV0, decodeDescribeDelegationTokenRequestV2,
  decodeDescribeDelegationTokenRequestV2,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: DescribeDelegationTokenRequest) => void) | undefined> = [
  encodeDescribeDelegationTokenRequestV0, encodeDescribeDelegationTokenRequestV0, encodeDescribeDelegationTokenRequestV2,
  encodeDescribeDelegationTokenRequestV2,
];
const responseDecoders: ReadonlyArray<((r: Reader) => DescribeDelegationTokenResponse) | undefined> = [
  decodeDescribeDelegationTokenResponseV0, decodeDescribeDelegationTokenResponseV0, decodeDescribeDelegationTokenResponseV2,
  decodeDescribeDelegationTokenResponseV3,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: DescribeDelegationTokenResponse) => void) | undefined> = [
  encodeDescribeDelegationTokenResponseV0, encodeDescribeDelegationTokenResponseV1, encodeDescribeDelegationTokenResponseV2,
  encodeDescribeDelegationTokenResponseV3,
];

export const DescribeDelegationTokenApi: ApiCodec<DescribeDelegationTokenRequest, DescribeDelegationTokenResponse> = {
  apiKey: 41,
  name: 'DescribeDelegationToken',
  validVersions: { min: 0, max: 3 },
  firstFlexibleVersion: 2,
  deprecatedVersions: { min: 0, max: 0 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: ['response.tokens[*].hmac'],
  requestHeaderVersion: (version) => (version >= 2 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 2 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): DescribeDelegationTokenRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DescribeDelegationToken', 41, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: DescribeDelegationTokenRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DescribeDelegationToken', 41, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): DescribeDelegationTokenResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DescribeDelegationToken', 41, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: DescribeDelegationTokenResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DescribeDelegationToken', 41, version);
    encode(writer, message);
  },
  defaultRequest: defaultDescribeDelegationTokenRequest,
  defaultResponse: defaultDescribeDelegationTokenResponse,
};
