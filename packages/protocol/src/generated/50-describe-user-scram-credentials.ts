// Generated from protocol-specs/50-describe-user-scram-credentials.json by scripts/gen-protocol.ts. Do not edit.
// DescribeUserScramCredentials (key 50), versions 0-0, flexible from v0.

import type { ApiCodec } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface DescribeUserScramCredentialsRequest {
  users: UserName[] | null;
}

export interface UserName {
  name: string;
}

export interface DescribeUserScramCredentialsResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null;
  results: DescribeUserScramCredentialsResult[];
}

export interface DescribeUserScramCredentialsResult {
  user: string;
  errorCode: number;
  errorMessage: string | null;
  credentialInfos: CredentialInfo[];
}

export interface CredentialInfo {
  mechanism: number;
  iterations: number;
}

function defaultDescribeUserScramCredentialsRequest(): DescribeUserScramCredentialsRequest {
  return { users: [] };
}

function defaultDescribeUserScramCredentialsResponse(): DescribeUserScramCredentialsResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: '', results: [] };
}

function decodeUserNameV0(r: Reader): UserName {
  const name = r.compactString();
  const m: UserName = { name };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeUserScramCredentialsRequestV0(r: Reader): DescribeUserScramCredentialsRequest {
  const n0 = r.compactArrayLength(2);
  let users: UserName[] | null = null;
  if (n0 >= 0) {
    users = [];
    for (let i = 0; i < n0; i++) users.push(decodeUserNameV0(r));
  }
  const m: DescribeUserScramCredentialsRequest = { users };
  r.skipTaggedFields();
  return m;
}

function encodeUserNameV0(w: Writer, m: UserName): void {
  w.compactString(m.name);
  w.uvarint(0);
}

function encodeDescribeUserScramCredentialsRequestV0(w: Writer, m: DescribeUserScramCredentialsRequest): void {
  {
    const a = m.users;
    if (a === null) w.uvarint(0);
    else {
      w.compactArrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeUserNameV0(w, a[i]);
    }
  }
  w.uvarint(0);
}

function decodeCredentialInfoV0(r: Reader): CredentialInfo {
  const mechanism = r.int8();
  const iterations = r.int32();
  const m: CredentialInfo = { mechanism, iterations };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeUserScramCredentialsResultV0(r: Reader): DescribeUserScramCredentialsResult {
  const user = r.compactString();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const n0 = r.compactArrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array CredentialInfos');
  const credentialInfos: CredentialInfo[] = [];
  for (let i = 0; i < n0; i++) credentialInfos.push(decodeCredentialInfoV0(r));
  const m: DescribeUserScramCredentialsResult = { user, errorCode, errorMessage, credentialInfos };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeUserScramCredentialsResponseV0(r: Reader): DescribeUserScramCredentialsResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const n0 = r.compactArrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Results');
  const results: DescribeUserScramCredentialsResult[] = [];
  for (let i = 0; i < n0; i++) results.push(decodeDescribeUserScramCredentialsResultV0(r));
  const m: DescribeUserScramCredentialsResponse = { throttleTimeMs, errorCode, errorMessage, results };
  r.skipTaggedFields();
  return m;
}

function encodeCredentialInfoV0(w: Writer, m: CredentialInfo): void {
  w.int8(m.mechanism);
  w.int32(m.iterations);
  w.uvarint(0);
}

function encodeDescribeUserScramCredentialsResultV0(w: Writer, m: DescribeUserScramCredentialsResult): void {
  w.compactString(m.user);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  {
    const a = m.credentialInfos;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeCredentialInfoV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeDescribeUserScramCredentialsResponseV0(w: Writer, m: DescribeUserScramCredentialsResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  {
    const a = m.results;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeUserScramCredentialsResultV0(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => DescribeUserScramCredentialsRequest) | undefined> = [
  decodeDescribeUserScramCredentialsRequestV0,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: DescribeUserScramCredentialsRequest) => void) | undefined> = [
  encodeDescribeUserScramCredentialsRequestV0,
];
const responseDecoders: ReadonlyArray<((r: Reader) => DescribeUserScramCredentialsResponse) | undefined> = [
  decodeDescribeUserScramCredentialsResponseV0,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: DescribeUserScramCredentialsResponse) => void) | undefined> = [
  encodeDescribeUserScramCredentialsResponseV0,
];

export const DescribeUserScramCredentialsApi: ApiCodec<DescribeUserScramCredentialsRequest, DescribeUserScramCredentialsResponse> = {
  apiKey: 50,
  name: 'DescribeUserScramCredentials',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): DescribeUserScramCredentialsRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DescribeUserScramCredentials', 50, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: DescribeUserScramCredentialsRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DescribeUserScramCredentials', 50, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): DescribeUserScramCredentialsResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DescribeUserScramCredentials', 50, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: DescribeUserScramCredentialsResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DescribeUserScramCredentials', 50, version);
    encode(writer, message);
  },
  defaultRequest: defaultDescribeUserScramCredentialsRequest,
  defaultResponse: defaultDescribeUserScramCredentialsResponse,
};
