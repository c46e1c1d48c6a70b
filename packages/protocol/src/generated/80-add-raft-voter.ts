// Generated from protocol-specs/80-add-raft-voter.json by scripts/gen-protocol.ts. Do not edit.
// AddRaftVoter (key 80), versions 0-0, flexible from v0.

import type { ApiCodec, Uuid } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import { ZERO_UUID } from '../primitives/uuid';
import type { Writer } from '../primitives/writer';

export interface AddRaftVoterRequest {
  clusterId: string | null;
  timeoutMs: number;
  voterId: number;
  voterDirectoryId: Uuid;
  listeners: Listener[];
}

export interface Listener {
  name: string;
  host: string;
  port: number;
}

export interface AddRaftVoterResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null;
}

function defaultAddRaftVoterRequest(): AddRaftVoterRequest {
  return { clusterId: '', timeoutMs: 0, voterId: 0, voterDirectoryId: ZERO_UUID, listeners: [] };
}

function defaultAddRaftVoterResponse(): AddRaftVoterResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: '' };
}

function decodeListenerV0(r: Reader): Listener {
  const name = r.compactString();
  const host = r.compactString();
  const port = r.uint16();
  const m: Listener = { name, host, port };
  r.skipTaggedFields();
  return m;
}

function decodeAddRaftVoterRequestV0(r: Reader): AddRaftVoterRequest {
  const clusterId = r.compactNullableString();
  const timeoutMs = r.int32();
  const voterId = r.int32();
  const voterDirectoryId = r.uuid();
  const n0 = r.compactArrayLength(5);
  if (n0 < 0) r.fail('null in non-nullable array Listeners');
  const listeners: Listener[] = [];
  for (let i = 0; i < n0; i++) listeners.push(decodeListenerV0(r));
  const m: AddRaftVoterRequest = { clusterId, timeoutMs, voterId, voterDirectoryId, listeners };
  r.skipTaggedFields();
  return m;
}

function encodeListenerV0(w: Writer, m: Listener): void {
  w.compactString(m.name);
  w.compactString(m.host);
  w.uint16(m.port);
  w.uvarint(0);
}

function encodeAddRaftVoterRequestV0(w: Writer, m: AddRaftVoterRequest): void {
  w.compactNullableString(m.clusterId);
  w.int32(m.timeoutMs);
  w.int32(m.voterId);
  w.uuid(m.voterDirectoryId);
  {
    const a = m.listeners;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListenerV0(w, a[i]);
  }
  w.uvarint(0);
}

function decodeAddRaftVoterResponseV0(r: Reader): AddRaftVoterResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const m: AddRaftVoterResponse = { throttleTimeMs, errorCode, errorMessage };
  r.skipTaggedFields();
  return m;
}

function encodeAddRaftVoterResponseV0(w: Writer, m: AddRaftVoterResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => AddRaftVoterRequest) | undefined> = [decodeAddRaftVoterRequestV0];
const requestEncoders: ReadonlyArray<((w: Writer, m: AddRaftVoterRequest) => void) | undefined> = [encodeAddRaftVoterRequestV0];
const responseDecoders: ReadonlyArray<((r: Reader) => AddRaftVoterResponse) | undefined> = [decodeAddRaftVoterResponseV0];
const responseEncoders: ReadonlyArray<((w: Writer, m: AddRaftVoterResponse) => void) | undefined> = [encodeAddRaftVoterResponseV0];

export const AddRaftVoterApi: ApiCodec<AddRaftVoterRequest, AddRaftVoterResponse> = {
  apiKey: 80,
  name: 'AddRaftVoter',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['controller', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): AddRaftVoterRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('AddRaftVoter', 80, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: AddRaftVoterRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('AddRaftVoter', 80, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): AddRaftVoterResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('AddRaftVoter', 80, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: AddRaftVoterResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('AddRaftVoter', 80, version);
    encode(writer, message);
  },
  defaultRequest: defaultAddRaftVoterRequest,
  defaultResponse: defaultAddRaftVoterResponse,
};
