// Generated from protocol-specs/68-consumer-group-heartbeat.json by scripts/gen-protocol.ts. Do not edit.
// ConsumerGroupHeartbeat (key 68), versions 0-1, flexible from v0.

import type { ApiCodec, Uuid } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface ConsumerGroupHeartbeatRequest {
  groupId: string;
  memberId: string;
  memberEpoch: number;
  instanceId: string | null;
  rackId: string | null;
  rebalanceTimeoutMs: number;
  subscribedTopicNames: string[] | null;
  subscribedTopicRegex?: string | null;
  serverAssignor: string | null;
  topicPartitions: ConsumerGroupHeartbeatRequestTopicPartitions[] | null;
}

export interface ConsumerGroupHeartbeatRequestTopicPartitions {
  topicId: Uuid;
  partitions: number[];
}

export interface ConsumerGroupHeartbeatResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null;
  memberId: string | null;
  memberEpoch: number;
  heartbeatIntervalMs: number;
  assignment: Assignment | null;
}

export interface Assignment {
  topicPartitions: ConsumerGroupHeartbeatResponseTopicPartitions[];
}

export interface ConsumerGroupHeartbeatResponseTopicPartitions {
  topicId: Uuid;
  partitions: number[];
}

function defaultConsumerGroupHeartbeatRequest(): ConsumerGroupHeartbeatRequest {
  return {
    groupId: '',
    memberId: '',
    memberEpoch: 0,
    instanceId: null,
    rackId: null,
    rebalanceTimeoutMs: -1,
    subscribedTopicNames: null,
    subscribedTopicRegex: null,
    serverAssignor: null,
    topicPartitions: null,
  };
}

function defaultConsumerGroupHeartbeatResponse(): ConsumerGroupHeartbeatResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: null, memberId: null, memberEpoch: 0, heartbeatIntervalMs: 0, assignment: null };
}

function decodeConsumerGroupHeartbeatRequestTopicPartitionsV0(r: Reader): ConsumerGroupHeartbeatRequestTopicPartitions {
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: number[] = [];
  for (let i = 0; i < n0; i++) partitions.push(r.int32());
  const m: ConsumerGroupHeartbeatRequestTopicPartitions = { topicId, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeConsumerGroupHeartbeatRequestV0(r: Reader): ConsumerGroupHeartbeatRequest {
  const groupId = r.compactString();
  const memberId = r.compactString();
  const memberEpoch = r.int32();
  const instanceId = r.compactNullableString();
  const rackId = r.compactNullableString();
  const rebalanceTimeoutMs = r.int32();
  const n0 = r.compactArrayLength(1);
  let subscribedTopicNames: string[] | null = null;
  if (n0 >= 0) {
    subscribedTopicNames = [];
    for (let i = 0; i < n0; i++) subscribedTopicNames.push(r.compactString());
  }
  const serverAssignor = r.compactNullableString();
  const n1 = r.compactArrayLength(18);
  let topicPartitions: ConsumerGroupHeartbeatRequestTopicPartitions[] | null = null;
  if (n1 >= 0) {
    topicPartitions = [];
    for (let i = 0; i < n1; i++) topicPartitions.push(decodeConsumerGroupHeartbeatRequestTopicPartitionsV0(r));
  }
  const m: ConsumerGroupHeartbeatRequest = {
    groupId,
    memberId,
    memberEpoch,
    instanceId,
    rackId,
    rebalanceTimeoutMs,
    subscribedTopicNames,
    subscribedTopicRegex: null,
    serverAssignor,
    topicPartitions,
  };
  r.skipTaggedFields();
  return m;
}

function encodeConsumerGroupHeartbeatRequestTopicPartitionsV0(w: Writer, m: ConsumerGroupHeartbeatRequestTopicPartitions): void {
  w.uuid(m.topicId);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.uvarint(0);
}

function encodeConsumerGroupHeartbeatRequestV0(w: Writer, m: ConsumerGroupHeartbeatRequest): void {
  w.compactString(m.groupId);
  w.compactString(m.memberId);
  w.int32(m.memberEpoch);
  w.compactNullableString(m.instanceId);
  w.compactNullableString(m.rackId);
  w.int32(m.rebalanceTimeoutMs);
  {
    const a = m.subscribedTopicNames;
    if (a === null) w.uvarint(0);
    else {
      w.compactArrayLength(a.length);
      for (let i = 0; i < a.length; i++) w.compactString(a[i]);
    }
  }
  if (m.subscribedTopicRegex !== undefined && m.subscribedTopicRegex !== null) {
    throw new UnsupportedFieldError('ConsumerGroupHeartbeatRequest.SubscribedTopicRegex', 0);
  }
  w.compactNullableString(m.serverAssignor);
  {
    const a = m.topicPartitions;
    if (a === null) w.uvarint(0);
    else {
      w.compactArrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeConsumerGroupHeartbeatRequestTopicPartitionsV0(w, a[i]);
    }
  }
  w.uvarint(0);
}

function decodeConsumerGroupHeartbeatRequestV1(r: Reader): ConsumerGroupHeartbeatRequest {
  const groupId = r.compactString();
  const memberId = r.compactString();
  const memberEpoch = r.int32();
  const instanceId = r.compactNullableString();
  const rackId = r.compactNullableString();
  const rebalanceTimeoutMs = r.int32();
  const n0 = r.compactArrayLength(1);
  let subscribedTopicNames: string[] | null = null;
  if (n0 >= 0) {
    subscribedTopicNames = [];
    for (let i = 0; i < n0; i++) subscribedTopicNames.push(r.compactString());
  }
  const subscribedTopicRegex = r.compactNullableString();
  const serverAssignor = r.compactNullableString();
  const n1 = r.compactArrayLength(18);
  let topicPartitions: ConsumerGroupHeartbeatRequestTopicPartitions[] | null = null;
  if (n1 >= 0) {
    topicPartitions = [];
    for (let i = 0; i < n1; i++) topicPartitions.push(decodeConsumerGroupHeartbeatRequestTopicPartitionsV0(r));
  }
  const m: ConsumerGroupHeartbeatRequest = {
    groupId,
    memberId,
    memberEpoch,
    instanceId,
    rackId,
    rebalanceTimeoutMs,
    subscribedTopicNames,
    subscribedTopicRegex,
    serverAssignor,
    topicPartitions,
  };
  r.skipTaggedFields();
  return m;
}

function encodeConsumerGroupHeartbeatRequestV1(w: Writer, m: ConsumerGroupHeartbeatRequest): void {
  w.compactString(m.groupId);
  w.compactString(m.memberId);
  w.int32(m.memberEpoch);
  w.compactNullableString(m.instanceId);
  w.compactNullableString(m.rackId);
  w.int32(m.rebalanceTimeoutMs);
  {
    const a = m.subscribedTopicNames;
    if (a === null) w.uvarint(0);
    else {
      w.compactArrayLength(a.length);
      for (let i = 0; i < a.length; i++) w.compactString(a[i]);
    }
  }
  w.compactNullableString(m.subscribedTopicRegex === undefined ? null : m.subscribedTopicRegex);
  w.compactNullableString(m.serverAssignor);
  {
    const a = m.topicPartitions;
    if (a === null) w.uvarint(0);
    else {
      w.compactArrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeConsumerGroupHeartbeatRequestTopicPartitionsV0(w, a[i]);
    }
  }
  w.uvarint(0);
}

function decodeConsumerGroupHeartbeatResponseTopicPartitionsV0(r: Reader): ConsumerGroupHeartbeatResponseTopicPartitions {
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: number[] = [];
  for (let i = 0; i < n0; i++) partitions.push(r.int32());
  const m: ConsumerGroupHeartbeatResponseTopicPartitions = { topicId, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeAssignmentV0(r: Reader): Assignment {
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array TopicPartitions');
  const topicPartitions: ConsumerGroupHeartbeatResponseTopicPartitions[] = [];
  for (let i = 0; i < n0; i++) topicPartitions.push(decodeConsumerGroupHeartbeatResponseTopicPartitionsV0(r));
  const m: Assignment = { topicPartitions };
  r.skipTaggedFields();
  return m;
}

function decodeConsumerGroupHeartbeatResponseV0(r: Reader): ConsumerGroupHeartbeatResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const memberId = r.compactNullableString();
  const memberEpoch = r.int32();
  const heartbeatIntervalMs = r.int32();
  const assignment = r.int8() < 0 ? null : decodeAssignmentV0(r);
  const m: ConsumerGroupHeartbeatResponse = {
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

function encodeConsumerGroupHeartbeatResponseTopicPartitionsV0(w: Writer, m: ConsumerGroupHeartbeatResponseTopicPartitions): void {
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
    for (let i = 0; i < a.length; i++) encodeConsumerGroupHeartbeatResponseTopicPartitionsV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeConsumerGroupHeartbeatResponseV0(w: Writer, m: ConsumerGroupHeartbeatResponse): void {
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

const requestDecoders: ReadonlyArray<((r: Reader) => ConsumerGroupHeartbeatRequest) | undefined> = [
  decodeConsumerGroupHeartbeatRequestV0, decodeConsumerGroupHeartbeatRequestV1,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: ConsumerGroupHeartbeatRequest) => void) | undefined> = [
  encodeConsumerGroupHeartbeatRequestV0, encodeConsumerGroupHeartbeatRequestV1,
];
const responseDecoders: ReadonlyArray<((r: Reader) => ConsumerGroupHeartbeatResponse) | undefined> = [
  decodeConsumerGroupHeartbeatResponseV0, decodeConsumerGroupHeartbeatResponseV0,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: ConsumerGroupHeartbeatResponse) => void) | undefined> = [
  encodeConsumerGroupHeartbeatResponseV0, encodeConsumerGroupHeartbeatResponseV0,
];

export const ConsumerGroupHeartbeatApi: ApiCodec<ConsumerGroupHeartbeatRequest, ConsumerGroupHeartbeatResponse> = {
  apiKey: 68,
  name: 'ConsumerGroupHeartbeat',
  validVersions: { min: 0, max: 1 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: true,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): ConsumerGroupHeartbeatRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ConsumerGroupHeartbeat', 68, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: ConsumerGroupHeartbeatRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ConsumerGroupHeartbeat', 68, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): ConsumerGroupHeartbeatResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ConsumerGroupHeartbeat', 68, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: ConsumerGroupHeartbeatResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ConsumerGroupHeartbeat', 68, version);
    encode(writer, message);
  },
  defaultRequest: defaultConsumerGroupHeartbeatRequest,
  defaultResponse: defaultConsumerGroupHeartbeatResponse,
};
