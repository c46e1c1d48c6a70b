// Generated from protocol-specs/54-end-quorum-epoch.json by scripts/gen-protocol.ts. Do not edit.
// EndQuorumEpoch (key 54), versions 0-1, flexible from v1.

import type { ApiCodec, Uuid } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import { writeTaggedField } from '../primitives/tagged-fields';
import type { Writer } from '../primitives/writer';

export interface EndQuorumEpochRequest {
  clusterId: string | null;
  topics: EndQuorumEpochRequestTopicData[];
  leaderEndpoints?: LeaderEndpoint[];
}

export interface EndQuorumEpochRequestTopicData {
  topicName: string;
  partitions: EndQuorumEpochRequestPartitionData[];
}

export interface EndQuorumEpochRequestPartitionData {
  partitionIndex: number;
  leaderId: number;
  leaderEpoch: number;
  preferredSuccessors?: number[];
  preferredCandidates?: ReplicaInfo[];
}

export interface ReplicaInfo {
  candidateId: number;
  candidateDirectoryId: Uuid;
}

export interface LeaderEndpoint {
  name: string;
  host: string;
  port: number;
}

export interface EndQuorumEpochResponse {
  errorCode: number;
  topics: EndQuorumEpochResponseTopicData[];
  nodeEndpoints?: NodeEndpoint[];
}

export interface EndQuorumEpochResponseTopicData {
  topicName: string;
  partitions: EndQuorumEpochResponsePartitionData[];
}

export interface EndQuorumEpochResponsePartitionData {
  partitionIndex: number;
  errorCode: number;
  leaderId: number;
  leaderEpoch: number;
}

export interface NodeEndpoint {
  nodeId: number;
  host: string;
  port: number;
}

function defaultEndQuorumEpochRequest(): EndQuorumEpochRequest {
  return { clusterId: null, topics: [], leaderEndpoints: [] };
}

function defaultEndQuorumEpochResponse(): EndQuorumEpochResponse {
  return { errorCode: 0, topics: [], nodeEndpoints: [] };
}

function decodeEndQuorumEpochRequestPartitionDataV0(r: Reader): EndQuorumEpochRequestPartitionData {
  const partitionIndex = r.int32();
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array PreferredSuccessors');
  const preferredSuccessors: number[] = [];
  for (let i = 0; i < n0; i++) preferredSuccessors.push(r.int32());
  return { partitionIndex, leaderId, leaderEpoch, preferredSuccessors, preferredCandidates: [] };
}

function decodeEndQuorumEpochRequestTopicDataV0(r: Reader): EndQuorumEpochRequestTopicData {
  const topicName = r.string();
  const n0 = r.arrayLength(16);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: EndQuorumEpochRequestPartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeEndQuorumEpochRequestPartitionDataV0(r));
  return { topicName, partitions };
}

function decodeEndQuorumEpochRequestV0(r: Reader): EndQuorumEpochRequest {
  const clusterId = r.nullableString();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: EndQuorumEpochRequestTopicData[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeEndQuorumEpochRequestTopicDataV0(r));
  return { clusterId, topics, leaderEndpoints: [] };
}

function encodeEndQuorumEpochRequestPartitionDataV0(w: Writer, m: EndQuorumEpochRequestPartitionData): void {
  w.int32(m.partitionIndex);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  {
    const a = m.preferredSuccessors === undefined ? [] : m.preferredSuccessors;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
}

function encodeEndQuorumEpochRequestTopicDataV0(w: Writer, m: EndQuorumEpochRequestTopicData): void {
  w.string(m.topicName);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeEndQuorumEpochRequestPartitionDataV0(w, a[i]);
  }
}

function encodeEndQuorumEpochRequestV0(w: Writer, m: EndQuorumEpochRequest): void {
  w.nullableString(m.clusterId);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeEndQuorumEpochRequestTopicDataV0(w, a[i]);
  }
}

function decodeReplicaInfoV1(r: Reader): ReplicaInfo {
  const candidateId = r.int32();
  const candidateDirectoryId = r.uuid();
  const m: ReplicaInfo = { candidateId, candidateDirectoryId };
  r.skipTaggedFields();
  return m;
}

function decodeEndQuorumEpochRequestPartitionDataV1(r: Reader): EndQuorumEpochRequestPartitionData {
  const partitionIndex = r.int32();
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  const n0 = r.compactArrayLength(21);
  if (n0 < 0) r.fail('null in non-nullable array PreferredCandidates');
  const preferredCandidates: ReplicaInfo[] = [];
  for (let i = 0; i < n0; i++) preferredCandidates.push(decodeReplicaInfoV1(r));
  const m: EndQuorumEpochRequestPartitionData = { partitionIndex, leaderId, leaderEpoch, preferredSuccessors: [], preferredCandidates };
  r.skipTaggedFields();
  return m;
}

function decodeEndQuorumEpochRequestTopicDataV1(r: Reader): EndQuorumEpochRequestTopicData {
  const topicName = r.compactString();
  const n0 = r.compactArrayLength(14);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: EndQuorumEpochRequestPartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeEndQuorumEpochRequestPartitionDataV1(r));
  const m: EndQuorumEpochRequestTopicData = { topicName, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeLeaderEndpointV1(r: Reader): LeaderEndpoint {
  const name = r.compactString();
  const host = r.compactString();
  const port = r.uint16();
  const m: LeaderEndpoint = { name, host, port };
  r.skipTaggedFields();
  return m;
}

function decodeEndQuorumEpochRequestV1(r: Reader): EndQuorumEpochRequest {
  const clusterId = r.compactNullableString();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: EndQuorumEpochRequestTopicData[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeEndQuorumEpochRequestTopicDataV1(r));
  const n1 = r.compactArrayLength(5);
  if (n1 < 0) r.fail('null in non-nullable array LeaderEndpoints');
  const leaderEndpoints: LeaderEndpoint[] = [];
  for (let i = 0; i < n1; i++) leaderEndpoints.push(decodeLeaderEndpointV1(r));
  const m: EndQuorumEpochRequest = { clusterId, topics, leaderEndpoints };
  r.skipTaggedFields();
  return m;
}

function encodeReplicaInfoV1(w: Writer, m: ReplicaInfo): void {
  w.int32(m.candidateId);
  w.uuid(m.candidateDirectoryId);
  w.uvarint(0);
}

function encodeEndQuorumEpochRequestPartitionDataV1(w: Writer, m: EndQuorumEpochRequestPartitionData): void {
  w.int32(m.partitionIndex);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  {
    const a = m.preferredCandidates === undefined ? [] : m.preferredCandidates;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeReplicaInfoV1(w, a[i]);
  }
  w.uvarint(0);
}

function encodeEndQuorumEpochRequestTopicDataV1(w: Writer, m: EndQuorumEpochRequestTopicData): void {
  w.compactString(m.topicName);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeEndQuorumEpochRequestPartitionDataV1(w, a[i]);
  }
  w.uvarint(0);
}

function encodeLeaderEndpointV1(w: Writer, m: LeaderEndpoint): void {
  w.compactString(m.name);
  w.compactString(m.host);
  w.uint16(m.port);
  w.uvarint(0);
}

function encodeEndQuorumEpochRequestV1(w: Writer, m: EndQuorumEpochRequest): void {
  w.compactNullableString(m.clusterId);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeEndQuorumEpochRequestTopicDataV1(w, a[i]);
  }
  {
    const a = m.leaderEndpoints === undefined ? [] : m.leaderEndpoints;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderEndpointV1(w, a[i]);
  }
  w.uvarint(0);
}

function decodeEndQuorumEpochResponsePartitionDataV0(r: Reader): EndQuorumEpochResponsePartitionData {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  return { partitionIndex, errorCode, leaderId, leaderEpoch };
}

function decodeEndQuorumEpochResponseTopicDataV0(r: Reader): EndQuorumEpochResponseTopicData {
  const topicName = r.string();
  const n0 = r.arrayLength(14);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: EndQuorumEpochResponsePartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeEndQuorumEpochResponsePartitionDataV0(r));
  return { topicName, partitions };
}

function decodeEndQuorumEpochResponseV0(r: Reader): EndQuorumEpochResponse {
  const errorCode = r.int16();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: EndQuorumEpochResponseTopicData[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeEndQuorumEpochResponseTopicDataV0(r));
  return { errorCode, topics, nodeEndpoints: [] };
}

function encodeEndQuorumEpochResponsePartitionDataV0(w: Writer, m: EndQuorumEpochResponsePartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
}

function encodeEndQuorumEpochResponseTopicDataV0(w: Writer, m: EndQuorumEpochResponseTopicData): void {
  w.string(m.topicName);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeEndQuorumEpochResponsePartitionDataV0(w, a[i]);
  }
}

function encodeEndQuorumEpochResponseV0(w: Writer, m: EndQuorumEpochResponse): void {
  w.int16(m.errorCode);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeEndQuorumEpochResponseTopicDataV0(w, a[i]);
  }
  if (m.nodeEndpoints !== undefined && (m.nodeEndpoints === null || m.nodeEndpoints.length !== 0)) {
    throw new UnsupportedFieldError('EndQuorumEpochResponse.NodeEndpoints', 0);
  }
}

function decodeEndQuorumEpochResponsePartitionDataV1(r: Reader): EndQuorumEpochResponsePartitionData {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  const m: EndQuorumEpochResponsePartitionData = { partitionIndex, errorCode, leaderId, leaderEpoch };
  r.skipTaggedFields();
  return m;
}

function decodeEndQuorumEpochResponseTopicDataV1(r: Reader): EndQuorumEpochResponseTopicData {
  const topicName = r.compactString();
  const n0 = r.compactArrayLength(15);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: EndQuorumEpochResponsePartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeEndQuorumEpochResponsePartitionDataV1(r));
  const m: EndQuorumEpochResponseTopicData = { topicName, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeNodeEndpointV1(r: Reader): NodeEndpoint {
  const nodeId = r.int32();
  const host = r.compactString();
  const port = r.uint16();
  const m: NodeEndpoint = { nodeId, host, port };
  r.skipTaggedFields();
  return m;
}

function decodeEndQuorumEpochResponseV1(r: Reader): EndQuorumEpochResponse {
  const errorCode = r.int16();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: EndQuorumEpochResponseTopicData[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeEndQuorumEpochResponseTopicDataV1(r));
  const m: EndQuorumEpochResponse = { errorCode, topics, nodeEndpoints: [] };
  const tagCount = r.uvarint();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.uvarint();
    const size = r.uvarint();
    const end = r.offset + size;
    switch (tag) {
      case 0: {
        const n1 = r.compactArrayLength(8);
        if (n1 < 0) r.fail('null in non-nullable array NodeEndpoints');
        const value: NodeEndpoint[] = [];
        for (let i = 0; i < n1; i++) value.push(decodeNodeEndpointV1(r));
        m.nodeEndpoints = value;
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

function encodeEndQuorumEpochResponsePartitionDataV1(w: Writer, m: EndQuorumEpochResponsePartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  w.uvarint(0);
}

function encodeEndQuorumEpochResponseTopicDataV1(w: Writer, m: EndQuorumEpochResponseTopicData): void {
  w.compactString(m.topicName);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeEndQuorumEpochResponsePartitionDataV1(w, a[i]);
  }
  w.uvarint(0);
}

function encodeNodeEndpointV1(w: Writer, m: NodeEndpoint): void {
  w.int32(m.nodeId);
  w.compactString(m.host);
  w.uint16(m.port);
  w.uvarint(0);
}

function encodeEndQuorumEpochResponseV1(w: Writer, m: EndQuorumEpochResponse): void {
  w.int16(m.errorCode);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeEndQuorumEpochResponseTopicDataV1(w, a[i]);
  }
  let tagCount = 0;
  const tagged0 = m.nodeEndpoints !== undefined && (m.nodeEndpoints === null || m.nodeEndpoints.length !== 0);
  if (tagged0) tagCount++;
  w.uvarint(tagCount);
  if (tagged0) {
    writeTaggedField(w, 0, (tw) => {
      {
        const a = m.nodeEndpoints!;
        tw.compactArrayLength(a.length);
        for (let i = 0; i < a.length; i++) encodeNodeEndpointV1(tw, a[i]);
      }
    });
  }
}

const requestDecoders: ReadonlyArray<((r: Reader) => EndQuorumEpochRequest) | undefined> = [
  decodeEndQuorumEpochRequestV0, decodeEndQuorumEpochRequestV1,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: EndQuorumEpochRequest) => void) | undefined> = [
  encodeEndQuorumEpochRequestV0, encodeEndQuorumEpochRequestV1,
];
const responseDecoders: ReadonlyArray<((r: Reader) => EndQuorumEpochResponse) | undefined> = [
  decodeEndQuorumEpochResponseV0, decodeEndQuorumEpochResponseV1,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: EndQuorumEpochResponse) => void) | undefined> = [
  encodeEndQuorumEpochResponseV0, encodeEndQuorumEpochResponseV1,
];

export const EndQuorumEpochApi: ApiCodec<EndQuorumEpochRequest, EndQuorumEpochResponse> = {
  apiKey: 54,
  name: 'EndQuorumEpoch',
  validVersions: { min: 0, max: 1 },
  firstFlexibleVersion: 1,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 1 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 1 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): EndQuorumEpochRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('EndQuorumEpoch', 54, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: EndQuorumEpochRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('EndQuorumEpoch', 54, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): EndQuorumEpochResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('EndQuorumEpoch', 54, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: EndQuorumEpochResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('EndQuorumEpoch', 54, version);
    encode(writer, message);
  },
  defaultRequest: defaultEndQuorumEpochRequest,
  defaultResponse: defaultEndQuorumEpochResponse,
};
