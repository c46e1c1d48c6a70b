// Generated from protocol-specs/76-share-group-heartbeat.json by scripts/gen-protocol.ts. Do not edit.
// ShareGroupHeartbeat (key 76), versions 0-1, flexible from v0.

import type { ApiCodec, Uuid } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface ShareGroupHeartbeatRequest {
  groupId: string;
  memberId: string;
  memberEpoch: number;
  rackId: string | null;
  subscribedTopicNames: string[] | null;
}

export interface ShareGroupHeartbeatResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null;
  memberId: string | null;
  memberEpoch: number;
  heartbeatIntervalMs: number;
  assignment: Assignment | null;
}

export interface Assignment {
  topicPartitions: TopicPartitions[];
}

export interface TopicPartitions {
  topicId: Uuid;
  partitions: number[];
}

function defaultShareGroupHeartbeatRequest(): ShareGroupHeartbeatRequest {
  return { groupId: '', memberId: '', memberEpoch: 0, rackId: null, subscribedTopicNames: null };
}

function defaultShareGroupHeartbeatResponse(): ShareGroupHeartbeatResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: null, memberId: null, memberEpoch: 0, heartbeatIntervalMs: 0, assignment: null };
}

function decodeShareGroupHeartbeatRequestV0(r: Reader): ShareGroupHeartbeatRequest {
  const groupId = r.compactString();
  const memberId = r.compactString();
  const memberEpoch = r.int32();
  const rackId = r.compactNullableString();
  const n0 = r.compactArrayLength(1);
  let subscribedTopicNames: string[] | null = null;
  if (n0 >= 0) {
    subscribedTopicNames = [];
    for (let i = 0; i < n0; i++) subscribedTopicNames.push(r.compactString());
  }
  const m: ShareGroupHeartbeatRequest = { groupId, memberId, memberEpoch, rackId, subscribedTopicNames };
  r.skipTaggedFields();
  return m;
}

function encodeShareGroupHeartbeatRequestV0(w: Writer, m: ShareGroupHeartbeatRequest): void {
  w.compactString(m.groupId);
  w.compactString(m.memberId);
  w.int32(m.memberEpoch);
  w.compactNullableString(m.rackId);
  {
    const a = m.subscribedTopicNames;
    if (a === null) w.uvarint(0);
    else {
      w.compactArrayLength(a.length);
      for (let i = 0; i < a.length; i++) w.compactString(a[i]);
    }
  }
  w.uvarint(0);
}

function decodeTopicPartitionsV0(r: Reader): TopicPartitions {
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: number[] = [];
  for (let i = 0; i < n0; i++) partitions.push(r.int32());
  const m: TopicPartitions = { topicId, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeAssignmentV0(r: Reader): Assignment {
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array TopicPartitions');
  const topicPartitions: TopicPartitions[] = [];
  for (let i = 0; i < n0; i++) topicPartitions.push(decodeTopicPartitionsV0(r));
  const m: Assignment = { topicPartitions };
  r.skipTaggedFields();
  return m;
}

function decodeShareGroupHeartbeatResponseV0(r: Reader): ShareGroupHeartbeatResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const memberId = r.compactNullableString();
  const memberEpoch = r.int32();
  const heartbeatIntervalMs = r.int32();
  const assignment = r.int8() < 0 ? null : decodeAssignmentV0(r);
  const m: ShareGroupHeartbeatResponse = {
    throttleTimeMs,
    errorCode,
    errorMessage,
    memberId,
    memberEpoch,
    heartbeatIntervalMs,
    assignment,
  };
  r.skipTaggedFields();
  return m;
}

function encodeTopicPartitionsV0(w: Writer, m: TopicPartitions): void {
  w.uuid(m.topicId);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.uvarint(0);
}

function encodeAssignmentV0(w: Writer, m: Assignment): void {
  {
    const a = m.topicPartitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTopicPartitionsV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeShareGroupHeartbeatResponseV0(w: Writer, m: ShareGroupHeartbeatResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  w.compactNullableString(m.memberId);
  w.int32(m.memberEpoch);
  w.int32(m.heartbeatIntervalMs);
  {
    const s = m.assignment;
    if (s === null) w.int8(-1);
    else {
      w.int8(1);
      encodeAssignmentV0(w, s);
    }
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => ShareGroupHeartbeatRequest) | undefined> = [
  decodeShareGroupHeartbeatRequestV0, decodeShareGroupHeartbeatRequestV0,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: ShareGroupHeartbeatRequest) => void) | undefined> = [
  encodeShareGroupHeartbeatRequestV0, encodeShareGroupHeartbeatRequestV0,
];
const responseDecoders: ReadonlyArray<((r: Reader) => ShareGroupHeartbeatResponse) | undefined> = [
  decodeShareGroupHeartbeatResponseV0, decodeShareGroupHeartbeatResponseV0,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: ShareGroupHeartbeatResponse) => void) | undefined> = [
  encodeShareGroupHeartbeatResponseV0, encodeShareGroupHeartbeatResponseV0,
];

export const ShareGroupHeartbeatApi: ApiCodec<ShareGroupHeartbeatRequest, ShareGroupHeartbeatResponse> = {
  apiKey: 76,
  name: 'ShareGroupHeartbeat',
  validVersions: { min: 0, max: 1 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): ShareGroupHeartbeatRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ShareGroupHeartbeat', 76, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: ShareGroupHeartbeatRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ShareGroupHeartbeat', 76, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): ShareGroupHeartbeatResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ShareGroupHeartbeat', 76, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: ShareGroupHeartbeatResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ShareGroupHeartbeat', 76, version);
    encode(writer, message);
  },
  defaultRequest: defaultShareGroupHeartbeatRequest,
  defaultResponse: defaultShareGroupHeartbeatResponse,
};
