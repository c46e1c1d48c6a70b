// Generated from protocol-specs/51-alter-user-scram-credentials.json by scripts/gen-protocol.ts. Do not edit.
// AlterUserScramCredentials (key 51), versions 0-0, flexible from v0.

import type { ApiCodec } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface AlterUserScramCredentialsRequest {
  deletions: ScramCredentialDeletion[];
  upsertions: ScramCredentialUpsertion[];
}

export interface ScramCredentialDeletion {
  name: string;
  mechanism: number;
}

export interface ScramCredentialUpsertion {
  name: string;
  mechanism: number;
  iterations: number;
  salt: Buffer;
  saltedPassword: Buffer;
}

export interface AlterUserScramCredentialsResponse {
  throttleTimeMs: number;
  results: AlterUserScramCredentialsResult[];
}

export interface AlterUserScramCredentialsResult {
  user: string;
  errorCode: number;
  errorMessage: string | null;
}

function defaultAlterUserScramCredentialsRequest(): AlterUserScramCredentialsRequest {
  return { deletions: [], upsertions: [] };
}

function defaultAlterUserScramCredentialsResponse(): AlterUserScramCredentialsResponse {
  return { throttleTimeMs: 0, results: [] };
}

function decodeScramCredentialDeletionV0(r: Reader): ScramCredentialDeletion {
  const name = r.compactString();
  const mechanism = r.int8();
  const m: ScramCredentialDeletion = { name, mechanism };
  r.skipTaggedFields();
  return m;
}

function decodeScramCredentialUpsertionV0(r: Reader): ScramCredentialUpsertion {
  const name = r.compactString();
  const mechanism = r.int8();
  const iterations = r.int32();
  const salt = r.compactBytes();
  const saltedPassword = r.compactBytes();
  const m: ScramCredentialUpsertion = { name, mechanism, iterations, salt, saltedPassword };
  r.skipTaggedFields();
  return m;
}

function decodeAlterUserScramCredentialsRequestV0(r: Reader): AlterUserScramCredentialsRequest {
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Deletions');
  const deletions: ScramCredentialDeletion[] = [];
  for (let i = 0; i < n0; i++) deletions.push(decodeScramCredentialDeletionV0(r));
  const n1 = r.compactArrayLength(9);
  if (n1 < 0) r.fail('null in non-nullable array Upsertions');
  const upsertions: ScramCredentialUpsertion[] = [];
  for (let i = 0; i < n1; i++) upsertions.push(decodeScramCredentialUpsertionV0(r));
  const m: AlterUserScramCredentialsRequest = { deletions, upsertions };
  r.skipTaggedFields();
  return m;
}

function encodeScramCredentialDeletionV0(w: Writer, m: ScramCredentialDeletion): void {
  w.compactString(m.name);
  w.int8(m.mechanism);
  w.uvarint(0);
}

function encodeScramCredentialUpsertionV0(w: Writer, m: ScramCredentialUpsertion): void {
  w.compactString(m.name);
  w.int8(m.mechanism);
  w.int32(m.iterations);
  w.compactBytes(m.salt);
  w.compactBytes(m.saltedPassword);
  w.uvarint(0);
}

function encodeAlterUserScramCredentialsRequestV0(w: Writer, m: AlterUserScramCredentialsRequest): void {
  {
    const a = m.deletions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeScramCredentialDeletionV0(w, a[i]);
  }
  {
    const a = m.upsertions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeScramCredentialUpsertionV0(w, a[i]);
  }
  w.uvarint(0);
}

function decodeAlterUserScramCredentialsResultV0(r: Reader): AlterUserScramCredentialsResult {
  const user = r.compactString();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const m: AlterUserScramCredentialsResult = { user, errorCode, errorMessage };
  r.skipTaggedFields();
  return m;
}

function decodeAlterUserScramCredentialsResponseV0(r: Reader): AlterUserScramCredentialsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(5);
  if (n0 < 0) r.fail('null in non-nullable array Results');
  const results: AlterUserScramCredentialsResult[] = [];
  for (let i = 0; i < n0; i++) results.push(decodeAlterUserScramCredentialsResultV0(r));
  const m: AlterUserScramCredentialsResponse = { throttleTimeMs, results };
  r.skipTaggedFields();
  return m;
}

function encodeAlterUserScramCredentialsResultV0(w: Writer, m: AlterUserScramCredentialsResult): void {
  w.compactString(m.user);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  w.uvarint(0);
}

function encodeAlterUserScramCredentialsResponseV0(w: Writer, m: AlterUserScramCredentialsResponse): void {
  w.int32(m.throttleTimeMs);
  {
    const a = m.results;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterUserScramCredentialsResultV0(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => AlterUserScramCredentialsRequest) | undefined> = [
  decodeAlterUserScramCredentialsRequestV0,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: AlterUserScramCredentialsRequest) => void) | undefined> = [
  encodeAlterUserScramCredentialsRequestV0,
];
const responseDecoders: ReadonlyArray<((r: Reader) => AlterUserScramCredentialsResponse) | undefined> = [
  decodeAlterUserScramCredentialsResponseV0,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: AlterUserScramCredentialsResponse) => void) | undefined> = [
  encodeAlterUserScramCredentialsResponseV0,
];

export const AlterUserScramCredentialsApi: ApiCodec<AlterUserScramCredentialsRequest, AlterUserScramCredentialsResponse> = {
  apiKey: 51,
  name: 'AlterUserScramCredentials',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: ['request.upsertions[*].salt', 'request.upsertions[*].saltedPassword'],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): AlterUserScramCredentialsRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('AlterUserScramCredentials', 51, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: AlterUserScramCredentialsRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('AlterUserScramCredentials', 51, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): AlterUserScramCredentialsResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('AlterUserScramCredentials', 51, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: AlterUserScramCredentialsResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('AlterUserScramCredentials', 51, version);
    encode(writer, message);
  },
  defaultRequest: defaultAlterUserScramCredentialsRequest,
  defaultResponse: defaultAlterUserScramCredentialsResponse,
};
