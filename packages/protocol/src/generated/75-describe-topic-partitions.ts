// Generated from protocol-specs/75-describe-topic-partitions.json by scripts/gen-protocol.ts. Do not edit.
// DescribeTopicPartitions (key 75), versions 0-0, flexible from v0.

import type { ApiCodec, Uuid } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface DescribeTopicPartitionsRequest {
  topics: TopicRequest[];
  responsePartitionLimit: number;
  cursor: DescribeTopicPartitionsRequestCursor | null;
}

export interface TopicRequest {
  name: string;
}

export interface DescribeTopicPartitionsRequestCursor {
  topicName: string;
  partitionIndex: number;
}

export interface DescribeTopicPartitionsResponse {
  throttleTimeMs: number;
  topics: DescribeTopicPartitionsResponseTopic[];
  nextCursor: DescribeTopicPartitionsResponseCursor | null;
}

export interface DescribeTopicPartitionsResponseTopic {
  errorCode: number;
  name: string | null;
  topicId: Uuid;
  isInternal: boolean;
  partitions: DescribeTopicPartitionsResponsePartition[];
  topicAuthorizedOperations: number;
}

export interface DescribeTopicPartitionsResponsePartition {
  errorCode: number;
  partitionIndex: number;
  leaderId: number;
  leaderEpoch: number;
  replicaNodes: number[];
  isrNodes: number[];
  eligibleLeaderReplicas: number[] | null;
  lastKnownElr: number[] | null;
  offlineReplicas: number[];
}

export interface DescribeTopicPartitionsResponseCursor {
  topicName: string;
  partitionIndex: number;
}

function defaultDescribeTopicPartitionsRequest(): DescribeTopicPartitionsRequest {
  return { topics: [], responsePartitionLimit: 2000, cursor: null };
}

function defaultDescribeTopicPartitionsResponse(): DescribeTopicPartitionsResponse {
  return { throttleTimeMs: 0, topics: [], nextCursor: null };
}

function decodeTopicRequestV0(r: Reader): TopicRequest {
  const name = r.compactString();
  const m: TopicRequest = { name };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeTopicPartitionsRequestCursorV0(r: Reader): DescribeTopicPartitionsRequestCursor {
  const topicName = r.compactString();
  const partitionIndex = r.int32();
  const m: DescribeTopicPartitionsRequestCursor = { topicName, partitionIndex };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeTopicPartitionsRequestV0(r: Reader): DescribeTopicPartitionsRequest {
  const n0 = r.compactArrayLength(2);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: TopicRequest[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeTopicRequestV0(r));
  const responsePartitionLimit = r.int32();
  const cursor = r.int8() < 0 ? null : decodeDescribeTopicPartitionsRequestCursorV0(r);
  const m: DescribeTopicPartitionsRequest = { topics, responsePartitionLimit, cursor };
  r.skipTaggedFields();
  return m;
}

function encodeTopicRequestV0(w: Writer, m: TopicRequest): void {
  w.compactString(m.name);
  w.uvarint(0);
}

function encodeDescribeTopicPartitionsRequestCursorV0(w: Writer, m: DescribeTopicPartitionsRequestCursor): void {
  w.compactString(m.topicName);
  w.int32(m.partitionIndex);
  w.uvarint(0);
}

function encodeDescribeTopicPartitionsRequestV0(w: Writer, m: DescribeTopicPartitionsRequest): void {
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTopicRequestV0(w, a[i]);
  }
  w.int32(m.responsePartitionLimit);
  {
    const s = m.cursor;
    if (s === null) w.int8(-1);
    else {
      w.int8(1);
      encodeDescribeTopicPartitionsRequestCursorV0(w, s);
    }
  }
  w.uvarint(0);
}

function decodeDescribeTopicPartitionsResponsePartitionV0(r: Reader): DescribeTopicPartitionsResponsePartition {
  const errorCode = r.int16();
  const partitionIndex = r.int32();
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array ReplicaNodes');
  const replicaNodes: number[] = [];
  for (let i = 0; i < n0; i++) replicaNodes.push(r.int32());
  const n1 = r.compactArrayLength(4);
  if (n1 < 0) r.fail('null in non-nullable array IsrNodes');
  const isrNodes: number[] = [];
  for (let i = 0; i < n1; i++) isrNodes.push(r.int32());
  const n2 = r.compactArrayLength(4);
  let eligibleLeaderReplicas: number[] | null = null;
  if (n2 >= 0) {
    eligibleLeaderReplicas = [];
    for (let i = 0; i < n2; i++) eligibleLeaderReplicas.push(r.int32());
  }
  const n3 = r.compactArrayLength(4);
  let lastKnownElr: number[] | null = null;
  if (n3 >= 0) {
    lastKnownElr = [];
    for (let i = 0; i < n3; i++) lastKnownElr.push(r.int32());
  }
  const n4 = r.compactArrayLength(4);
  if (n4 < 0) r.fail('null in non-nullable array OfflineReplicas');
  const offlineReplicas: number[] = [];
  for (let i = 0; i < n4; i++) offlineReplicas.push(r.int32());
  const m: DescribeTopicPartitionsResponsePartition = {
    errorCode,
    partitionIndex,
    leaderId,
    leaderEpoch,
    replicaNodes,
    isrNodes,
    eligibleLeaderReplicas,
    lastKnownElr,
    offlineReplicas,
  };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeTopicPartitionsResponseTopicV0(r: Reader): DescribeTopicPartitionsResponseTopic {
  const errorCode = r.int16();
  const name = r.compactNullableString();
  const topicId = r.uuid();
  const isInternal = r.bool();
  const n0 = r.compactArrayLength(20);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: DescribeTopicPartitionsResponsePartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeDescribeTopicPartitionsResponsePartitionV0(r));
  const topicAuthorizedOperations = r.int32();
  const m: DescribeTopicPartitionsResponseTopic = { errorCode, name, topicId, isInternal, partitions, topicAuthorizedOperations };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeTopicPartitionsResponseCursorV0(r: Reader): DescribeTopicPartitionsResponseCursor {
  const topicName = r.compactString();
  const partitionIndex = r.int32();
  const m: DescribeTopicPartitionsResponseCursor = { topicName, partitionIndex };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeTopicPartitionsResponseV0(r: Reader): DescribeTopicPartitionsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(26);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: DescribeTopicPartitionsResponseTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeDescribeTopicPartitionsResponseTopicV0(r));
  const nextCursor = r.int8() < 0 ? null : decodeDescribeTopicPartitionsResponseCursorV0(r);
  const m: DescribeTopicPartitionsResponse = { throttleTimeMs, topics, nextCursor };
  r.skipTaggedFields();
  return m;
}

function encodeDescribeTopicPartitionsResponsePartitionV0(w: Writer, m: DescribeTopicPartitionsResponsePartition): void {
  w.int16(m.errorCode);
  w.int32(m.partitionIndex);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  {
    const a = m.replicaNodes;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  {
    const a = m.isrNodes;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  {
    const a = m.eligibleLeaderReplicas;
    if (a === null) w.uvarint(0);
    else {
      w.compactArrayLength(a.length);
      for (let i = 0; i < a.length; i++) w.int32(a[i]);
    }
  }
  {
    const a = m.lastKnownElr;
    if (a === null) w.uvarint(0);
    else {
      w.compactArrayLength(a.length);
      for (let i = 0; i < a.length; i++) w.int32(a[i]);
    }
  }
  {
    const a = m.offlineReplicas;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.uvarint(0);
}

function encodeDescribeTopicPartitionsResponseTopicV0(w: Writer, m: DescribeTopicPartitionsResponseTopic): void {
  w.int16(m.errorCode);
  w.compactNullableString(m.name);
  w.uuid(m.topicId);
  w.bool(m.isInternal);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeTopicPartitionsResponsePartitionV0(w, a[i]);
  }
  w.int32(m.topicAuthorizedOperations);
  w.uvarint(0);
}

function encodeDescribeTopicPartitionsResponseCursorV0(w: Writer, m: DescribeTopicPartitionsResponseCursor): void {
  w.compactString(m.topicName);
  w.int32(m.partitionIndex);
  w.uvarint(0);
}

function encodeDescribeTopicPartitionsResponseV0(w: Writer, m: DescribeTopicPartitionsResponse): void {
  w.int32(m.throttleTimeMs);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeTopicPartitionsResponseTopicV0(w, a[i]);
  }
  {
    const s = m.nextCursor;
    if (s === null) w.int8(-1);
    else {
      w.int8(1);
      encodeDescribeTopicPartitionsResponseCursorV0(w, s);
    }
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => DescribeTopicPartitionsRequest) | undefined> = [
  decodeDescribeTopicPartitionsRequestV0,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: DescribeTopicPartitionsRequest) => void) | undefined> = [
  encodeDescribeTopicPartitionsRequestV0,
];
const responseDecoders: ReadonlyArray<((r: Reader) => DescribeTopicPartitionsResponse) | undefined> = [
  decodeDescribeTopicPartitionsResponseV0,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: DescribeTopicPartitionsResponse) => void) | undefined> = [
  encodeDescribeTopicPartitionsResponseV0,
];

export const DescribeTopicPartitionsApi: ApiCodec<DescribeTopicPartitionsRequest, DescribeTopicPartitionsResponse> = {
  apiKey: 75,
  name: 'DescribeTopicPartitions',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): DescribeTopicPartitionsRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DescribeTopicPartitions', 75, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: DescribeTopicPartitionsRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DescribeTopicPartitions', 75, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): DescribeTopicPartitionsResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DescribeTopicPartitions', 75, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: DescribeTopicPartitionsResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DescribeTopicPartitions', 75, version);
    encode(writer, message);
  },
  defaultRequest: defaultDescribeTopicPartitionsRequest,
  defaultResponse: defaultDescribeTopicPartitionsResponse,
};
