// Generated from protocol-specs/90-describe-share-group-offsets.json by scripts/gen-protocol.ts. Do not edit.
// DescribeShareGroupOffsets (key 90), versions 0-1, flexible from v0.

import type { ApiCodec, Uuid } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface DescribeShareGroupOffsetsRequest {
  groups: DescribeShareGroupOffsetsRequestGroup[];
}

export interface DescribeShareGroupOffsetsRequestGroup {
  groupId: string;
  topics: DescribeShareGroupOffsetsRequestTopic[] | null;
}

export interface DescribeShareGroupOffsetsRequestTopic {
  topicName: string;
  partitions: number[];
}

export interface DescribeShareGroupOffsetsResponse {
  throttleTimeMs: number;
  groups: DescribeShareGroupOffsetsResponseGroup[];
}

export interface DescribeShareGroupOffsetsResponseGroup {
  groupId: string;
  topics: DescribeShareGroupOffsetsResponseTopic[];
  errorCode: number;
  errorMessage: string | null;
}

export interface DescribeShareGroupOffsetsResponseTopic {
  topicName: string;
  topicId: Uuid;
  partitions: DescribeShareGroupOffsetsResponsePartition[];
}

export interface DescribeShareGroupOffsetsResponsePartition {
  partitionIndex: number;
  startOffset: number;
  leaderEpoch: number;
  errorCode: number;
  errorMessage: string | null;
}

function defaultDescribeShareGroupOffsetsRequest(): DescribeShareGroupOffsetsRequest {
  return { groups: [] };
}

function defaultDescribeShareGroupOffsetsResponse(): DescribeShareGroupOffsetsResponse {
  return { throttleTimeMs: 0, groups: [] };
}

function decodeDescribeShareGroupOffsetsRequestTopicV0(r: Reader): DescribeShareGroupOffsetsRequestTopic {
  const topicName = r.compactString();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: number[] = [];
  for (let i = 0; i < n0; i++) partitions.push(r.int32());
  const m: DescribeShareGroupOffsetsRequestTopic = { topicName, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeShareGroupOffsetsRequestGroupV0(r: Reader): DescribeShareGroupOffsetsRequestGroup {
  const groupId = r.compactString();
  const n0 = r.compactArrayLength(3);
  let topics: DescribeShareGroupOffsetsRequestTopic[] | null = null;
  if (n0 >= 0) {
    topics = [];
    for (let i = 0; i < n0; i++) topics.push(decodeDescribeShareGroupOffsetsRequestTopicV0(r));
  }
  const m: DescribeShareGroupOffsetsRequestGroup = { groupId, topics };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeShareGroupOffsetsRequestV0(r: Reader): DescribeShareGroupOffsetsRequest {
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Groups');
  const groups: DescribeShareGroupOffsetsRequestGroup[] = [];
  for (let i = 0; i < n0; i++) groups.push(decodeDescribeShareGroupOffsetsRequestGroupV0(r));
  const m: DescribeShareGroupOffsetsRequest = { groups };
  r.skipTaggedFields();
  return m;
}

function encodeDescribeShareGroupOffsetsRequestTopicV0(w: Writer, m: DescribeShareGroupOffsetsRequestTopic): void {
  w.compactString(m.topicName);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.uvarint(0);
}

function encodeDescribeShareGroupOffsetsRequestGroupV0(w: Writer, m: DescribeShareGroupOffsetsRequestGroup): void {
  w.compactString(m.groupId);
  {
    const a = m.topics;
    if (a === null) w.uvarint(0);
    else {
      w.compactArrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeDescribeShareGroupOffsetsRequestTopicV0(w, a[i]);
    }
  }
  w.uvarint(0);
}

function encodeDescribeShareGroupOffsetsRequestV0(w: Writer, m: DescribeShareGroupOffsetsRequest): void {
  {
    const a = m.groups;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeShareGroupOffsetsRequestGroupV0(w, a[i]);
  }
  w.uvarint(0);
}

function decodeDescribeShareGroupOffsetsResponsePartitionV0(r: Reader): DescribeShareGroupOffsetsResponsePartition {
  const partitionIndex = r.int32();
  const startOffset = r.int64();
  const leaderEpoch = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const m: DescribeShareGroupOffsetsResponsePartition = { partitionIndex, startOffset, leaderEpoch, errorCode, errorMessage };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeShareGroupOffsetsResponseTopicV0(r: Reader): DescribeShareGroupOffsetsResponseTopic {
  const topicName = r.compactString();
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(20);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: DescribeShareGroupOffsetsResponsePartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeDescribeShareGroupOffsetsResponsePartitionV0(r));
  const m: DescribeShareGroupOffsetsResponseTopic = { topicName, topicId, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeShareGroupOffsetsResponseGroupV0(r: Reader): DescribeShareGroupOffsetsResponseGroup {
  const groupId = r.compactString();
  const n0 = r.compactArrayLength(19);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: DescribeShareGroupOffsetsResponseTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeDescribeShareGroupOffsetsResponseTopicV0(r));
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const m: DescribeShareGroupOffsetsResponseGroup = { groupId, topics, errorCode, errorMessage };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeShareGroupOffsetsResponseV0(r: Reader): DescribeShareGroupOffsetsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Groups');
  const groups: DescribeShareGroupOffsetsResponseGroup[] = [];
  for (let i = 0; i < n0; i++) groups.push(decodeDescribeShareGroupOffsetsResponseGroupV0(r));
  const m: DescribeShareGroupOffsetsResponse = { throttleTimeMs, groups };
  r.skipTaggedFields();
  return m;
}

function encodeDescribeShareGroupOffsetsResponsePartitionV0(w: Writer, m: DescribeShareGroupOffsetsResponsePartition): void {
  w.int32(m.partitionIndex);
  w.int64(m.startOffset);
  w.int32(m.leaderEpoch);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  w.uvarint(0);
}

function encodeDescribeShareGroupOffsetsResponseTopicV0(w: Writer, m: DescribeShareGroupOffsetsResponseTopic): void {
  w.compactString(m.topicName);
  w.uuid(m.topicId);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeShareGroupOffsetsResponsePartitionV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeDescribeShareGroupOffsetsResponseGroupV0(w: Writer, m: DescribeShareGroupOffsetsResponseGroup): void {
  w.compactString(m.groupId);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeShareGroupOffsetsResponseTopicV0(w, a[i]);
  }
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  w.uvarint(0);
}

function encodeDescribeShareGroupOffsetsResponseV0(w: Writer, m: DescribeShareGroupOffsetsResponse): void {
  w.int32(m.throttleTimeMs);
  {
    const a = m.groups;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeShareGroupOffsetsResponseGroupV0(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => DescribeShareGroupOffsetsRequest) | undefined> = [
  decodeDescribeShareGroupOffsetsRequestV0, decodeDescribeShareGroupOffsetsRequestV0,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: DescribeShareGroupOffsetsRequest) => void) | undefined> = [
  encodeDescribeShareGroupOffsetsRequestV0, encodeDescribeShareGroupOffsetsRequestV0,
];
const responseDecoders: ReadonlyArray<((r: Reader) => DescribeShareGroupOffsetsResponse) | undefined> = [
  decodeDescribeShareGroupOffsetsResponseV0, decodeDescribeShareGroupOffsetsResponseV0,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: DescribeShareGroupOffsetsResponse) => void) | undefined> = [
  encodeDescribeShareGroupOffsetsResponseV0, encodeDescribeShareGroupOffsetsResponseV0,
];

export const DescribeShareGroupOffsetsApi: ApiCodec<DescribeShareGroupOffsetsRequest, DescribeShareGroupOffsetsResponse> = {
  apiKey: 90,
  name: 'DescribeShareGroupOffsets',
  validVersions: { min: 0, max: 1 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): DescribeShareGroupOffsetsRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DescribeShareGroupOffsets', 90, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: DescribeShareGroupOffsetsRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DescribeShareGroupOffsets', 90, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): DescribeShareGroupOffsetsResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DescribeShareGroupOffsets', 90, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: DescribeShareGroupOffsetsResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DescribeShareGroupOffsets', 90, version);
    encode(writer, message);
  },
  defaultRequest: defaultDescribeShareGroupOffsetsRequest,
  defaultResponse: defaultDescribeShareGroupOffsetsResponse,
};
