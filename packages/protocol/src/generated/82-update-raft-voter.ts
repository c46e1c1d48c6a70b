// Generated from protocol-specs/82-update-raft-voter.json by scripts/gen-protocol.ts. Do not edit.
// UpdateRaftVoter (key 82), versions 0-0, flexible from v0.

import type { ApiCodec, Uuid } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import { writeTaggedField } from '../primitives/tagged-fields';
import { ZERO_UUID } from '../primitives/uuid';
import type { Writer } from '../primitives/writer';

export interface UpdateRaftVoterRequest {
  clusterId: string | null;
  currentLeaderEpoch: number;
  voterId: number;
  voterDirectoryId: Uuid;
  listeners: Listener[];
  kRaftVersionFeature: KRaftVersionFeature;
}

export interface Listener {
  name: string;
  host: string;
  port: number;
}

export interface KRaftVersionFeature {
  minSupportedVersion: number;
  maxSupportedVersion: number;
}

export interface UpdateRaftVoterResponse {
  throttleTimeMs: number;
  errorCode: number;
  currentLeader: CurrentLeader;
}

export interface CurrentLeader {
  leaderId: number;
  leaderEpoch: number;
  host: string;
  port: number;
}

function defaultUpdateRaftVoterRequest(): UpdateRaftVoterRequest {
  return {
    clusterId: '',
    currentLeaderEpoch: 0,
    voterId: 0,
    voterDirectoryId: ZERO_UUID,
    listeners: [],
    kRaftVersionFeature: defaultKRaftVersionFeature(),
  };
}

function defaultKRaftVersionFeature(): KRaftVersionFeature {
  return { minSupportedVersion: 0, maxSupportedVersion: 0 };
}

function defaultUpdateRaftVoterResponse(): UpdateRaftVoterResponse {
  return { throttleTimeMs: 0, errorCode: 0, currentLeader: defaultCurrentLeader() };
}

function defaultCurrentLeader(): CurrentLeader {
  return { leaderId: -1, leaderEpoch: -1, host: '', port: 0 };
}

function isCurrentLeaderDefault(s: CurrentLeader): boolean {
  return !(s.leaderId !== -1) &&
    !(s.leaderEpoch !== -1) &&
    !(s.host !== '') &&
    !(s.port !== 0);
}

function decodeListenerV0(r: Reader): Listener {
  const name = r.compactString();
  const host = r.compactString();
  const port = r.uint16();
  const m: Listener = { name, host, port };
  r.skipTaggedFields();
  return m;
}

function decodeKRaftVersionFeatureV0(r: Reader): KRaftVersionFeature {
  const minSupportedVersion = r.int16();
  const maxSupportedVersion = r.int16();
  const m: KRaftVersionFeature = { minSupportedVersion, maxSupportedVersion };
  r.skipTaggedFields();
  return m;
}

function decodeUpdateRaftVoterRequestV0(r: Reader): UpdateRaftVoterRequest {
  const clusterId = r.compactNullableString();
  const currentLeaderEpoch = r.int32();
  const voterId = r.int32();
  const voterDirectoryId = r.uuid();
  const n0 = r.compactArrayLength(5);
  if (n0 < 0) r.fail('null in non-nullable array Listeners');
  const listeners: Listener[] = [];
  for (let i = 0; i < n0; i++) listeners.push(decodeListenerV0(r));
  const kRaftVersionFeature = decodeKRaftVersionFeatureV0(r);
  const m: UpdateRaftVoterRequest = { clusterId, currentLeaderEpoch, voterId, voterDirectoryId, listeners, kRaftVersionFeature };
  r.skipTaggedFields();
  return m;
}

function encodeListenerV0(w: Writer, m: Listener): void {
  w.compactString(m.name);
  w.compactString(m.host);
  w.uint16(m.port);
  w.uvarint(0);
}

function encodeKRaftVersionFeatureV0(w: Writer, m: KRaftVersionFeature): void {
  w.int16(m.minSupportedVersion);
  w.int16(m.maxSupportedVersion);
  w.uvarint(0);
}

function encodeUpdateRaftVoterRequestV0(w: Writer, m: UpdateRaftVoterRequest): void {
  w.compactNullableString(m.clusterId);
  w.int32(m.currentLeaderEpoch);
  w.int32(m.voterId);
  w.uuid(m.voterDirectoryId);
  {
    const a = m.listeners;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListenerV0(w, a[i]);
  }
  encodeKRaftVersionFeatureV0(w, m.kRaftVersionFeature);
  w.uvarint(0);
}

function decodeCurrentLeaderV0(r: Reader): CurrentLeader {
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  const host = r.compactString();
  const port = r.int32();
  const m: CurrentLeader = { leaderId, leaderEpoch, host, port };
  r.skipTaggedFields();
  return m;
}

function decodeUpdateRaftVoterResponseV0(r: Reader): UpdateRaftVoterResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const m: UpdateRaftVoterResponse = { throttleTimeMs, errorCode, currentLeader: defaultCurrentLeader() };
  const tagCount = r.uvarint();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.uvarint();
    const size = r.uvarint();
    const end = r.offset + size;
    switch (tag) {
      case 0: {
        const value = decodeCurrentLeaderV0(r);
        m.currentLeader = value;
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

function encodeCurrentLeaderV0(w: Writer, m: CurrentLeader): void {
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  w.compactString(m.host);
  w.int32(m.port);
  w.uvarint(0);
}

function encodeUpdateRaftVoterResponseV0(w: Writer, m: UpdateRaftVoterResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  let tagCount = 0;
  const tagged0 = !isCurrentLeaderDefault(m.currentLeader);
  if (tagged0) tagCount++;
  w.uvarint(tagCount);
  if (tagged0) {
    writeTaggedField(w, 0, (tw) => {
      encodeCurrentLeaderV0(tw, m.currentLeader);
    });
  }
}

const requestDecoders: ReadonlyArray<((r: Reader) => UpdateRaftVoterRequest) | undefined> = [decodeUpdateRaftVoterRequestV0];
const requestEncoders: ReadonlyArray<((w: Writer, m: UpdateRaftVoterRequest) => void) | undefined> = [encodeUpdateRaftVoterRequestV0];
const responseDecoders: ReadonlyArray<((r: Reader) => UpdateRaftVoterResponse) | undefined> = [decodeUpdateRaftVoterResponseV0];
const responseEncoders: ReadonlyArray<((w: Writer, m: UpdateRaftVoterResponse) => void) | undefined> = [encodeUpdateRaftVoterResponseV0];

export const UpdateRaftVoterApi: ApiCodec<UpdateRaftVoterRequest, UpdateRaftVoterResponse> = {
  apiKey: 82,
  name: 'UpdateRaftVoter',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): UpdateRaftVoterRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('UpdateRaftVoter', 82, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: UpdateRaftVoterRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('UpdateRaftVoter', 82, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): UpdateRaftVoterResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('UpdateRaftVoter', 82, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: UpdateRaftVoterResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('UpdateRaftVoter', 82, version);
    encode(writer, message);
  },
  defaultRequest: defaultUpdateRaftVoterRequest,
  defaultResponse: defaultUpdateRaftVoterResponse,
};
