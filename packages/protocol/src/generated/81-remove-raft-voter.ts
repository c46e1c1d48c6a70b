// Generated from protocol-specs/81-remove-raft-voter.json by scripts/gen-protocol.ts. Do not edit.
// RemoveRaftVoter (key 81), versions 0-0, flexible from v0.

import type { ApiCodec, Uuid } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import { ZERO_UUID } from '../primitives/uuid';
import type { Writer } from '../primitives/writer';

export interface RemoveRaftVoterRequest {
  clusterId: string | null;
  voterId: number;
  voterDirectoryId: Uuid;
}

export interface RemoveRaftVoterResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null;
}

function defaultRemoveRaftVoterRequest(): RemoveRaftVoterRequest {
  return { clusterId: '', voterId: 0, voterDirectoryId: ZERO_UUID };
}

function defaultRemoveRaftVoterResponse(): RemoveRaftVoterResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: '' };
}

function decodeRemoveRaftVoterRequestV0(r: Reader): RemoveRaftVoterRequest {
  const clusterId = r.compactNullableString();
  const voterId = r.int32();
  const voterDirectoryId = r.uuid();
  const m: RemoveRaftVoterRequest = { clusterId, voterId, voterDirectoryId };
  r.skipTaggedFields();
  return m;
}

function encodeRemoveRaftVoterRequestV0(w: Writer, m: RemoveRaftVoterRequest): void {
  w.compactNullableString(m.clusterId);
  w.int32(m.voterId);
  w.uuid(m.voterDirectoryId);
  w.uvarint(0);
}

function decodeRemoveRaftVoterResponseV0(r: Reader): RemoveRaftVoterResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const m: RemoveRaftVoterResponse = { throttleTimeMs, errorCode, errorMessage };
  r.skipTaggedFields();
  return m;
}

function encodeRemoveRaftVoterResponseV0(w: Writer, m: RemoveRaftVoterResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => RemoveRaftVoterRequest) | undefined> = [decodeRemoveRaftVoterRequestV0];
const requestEncoders: ReadonlyArray<((w: Writer, m: RemoveRaftVoterRequest) => void) | undefined> = [encodeRemoveRaftVoterRequestV0];
const responseDecoders: ReadonlyArray<((r: Reader) => RemoveRaftVoterResponse) | undefined> = [decodeRemoveRaftVoterResponseV0];
const responseEncoders: ReadonlyArray<((w: Writer, m: RemoveRaftVoterResponse) => void) | undefined> = [encodeRemoveRaftVoterResponseV0];

export const RemoveRaftVoterApi: ApiCodec<RemoveRaftVoterRequest, RemoveRaftVoterResponse> = {
  apiKey: 81,
  name: 'RemoveRaftVoter',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['controller', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): RemoveRaftVoterRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('RemoveRaftVoter', 81, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: RemoveRaftVoterRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('RemoveRaftVoter', 81, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): RemoveRaftVoterResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('RemoveRaftVoter', 81, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: RemoveRaftVoterResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('RemoveRaftVoter', 81, version);
    encode(writer, message);
  },
  defaultRequest: defaultRemoveRaftVoterRequest,
  defaultResponse: defaultRemoveRaftVoterResponse,
};
