// Generated from protocol-specs/53-begin-quorum-epoch.json by scripts/gen-protocol.ts. Do not edit.
// BeginQuorumEpoch (key 53), versions 0-1, flexible from v1.

import type { ApiCodec, Uuid } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import { writeTaggedField } from '../primitives/tagged-fields';
import { ZERO_UUID } from '../primitives/uuid';
import type { Writer } from '../primitives/writer';

export interface BeginQuorumEpochRequest {
  clusterId: string | null;
  voterId?: number;
  topics: BeginQuorumEpochRequestTopicData[];
  leaderEndpoints?: LeaderEndpoint[];
}

export interface BeginQuorumEpochRequestTopicData {
  topicName: string;
  partitions: BeginQuorumEpochRequestPartitionData[];
}

export interface BeginQuorumEpochRequestPartitionData {
  partitionIndex: number;
  voterDirectoryId?: Uuid;
  leaderId: number;
  leaderEpoch: number;
}

export interface LeaderEndpoint {
  name: string;
  host: string;
  port: number;
}

export interface BeginQuorumEpochResponse {
  errorCode: number;
  topics: BeginQuorumEpochResponseTopicData[];
  nodeEndpoints?: NodeEndpoint[];
}

export interface BeginQuorumEpochResponseTopicData {
  topicName: string;
  partitions: BeginQuorumEpochResponsePartitionData[];
}

export interface BeginQuorumEpochResponsePartitionData {
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

function defaultBeginQuorumEpochRequest(): BeginQuorumEpochRequest {
  return { clusterId: null, voterId: -1, topics: [], leaderEndpoints: [] };
}

function defaultBeginQuorumEpochResponse(): BeginQuorumEpochResponse {
  return { errorCode: 0, topics: [], nodeEndpoints: [] };
}

function decodeBeginQuorumEpochRequestPartitionDataV0(r: Reader): BeginQuorumEpochRequestPartitionData {
  const partitionIndex = r.int32();
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  return { partitionIndex, voterDirectoryId: ZERO_UUID, leaderId, leaderEpoch };
}

function decodeBeginQuorumEpochRequestTopicDataV0(r: Reader): BeginQuorumEpochRequestTopicData {
  const topicName = r.string();
  const n0 = r.arrayLength(12);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: BeginQuorumEpochRequestPartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeBeginQuorumEpochRequestPartitionDataV0(r));
  return { topicName, partitions };
}

function decodeBeginQuorumEpochRequestV0(r: Reader): BeginQuorumEpochRequest {
  const clusterId = r.nullableString();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: BeginQuorumEpochRequestTopicData[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeBeginQuorumEpochRequestTopicDataV0(r));
  return { clusterId, voterId: -1, topics, leaderEndpoints: [] };
}

function encodeBeginQuorumEpochRequestPartitionDataV0(w: Writer, m: BeginQuorumEpochRequestPartitionData): void {
  w.int32(m.partitionIndex);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
}

function encodeBeginQuorumEpochRequestTopicDataV0(w: Writer, m: BeginQuorumEpochRequestTopicData): void {
  w.string(m.topicName);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeBeginQuorumEpochRequestPartitionDataV0(w, a[i]);
  }
}

function encodeBeginQuorumEpochRequestV0(w: Writer, m: BeginQuorumEpochRequest): void {
  w.nullableString(m.clusterId);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeBeginQuorumEpochRequestTopicDataV0(w, a[i]);
  }
}

function decodeBeginQuorumEpochRequestPartitionDataV1(r: Reader): BeginQuorumEpochRequestPartitionData {
  const partitionIndex = r.int32();
  const voterDirectoryId = r.uuid();
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  const m: BeginQuorumEpochRequestPartitionData = { partitionIndex, voterDirectoryId, leaderId, leaderEpoch };
  r.skipTaggedFields();
  return m;
}

function decodeBeginQuorumEpochRequestTopicDataV1(r: Reader): BeginQuorumEpochRequestTopicData {
  const topicName = r.compactString();
  const n0 = r.compactArrayLength(29);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: BeginQuorumEpochRequestPartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeBeginQuorumEpochRequestPartitionDataV1(r));
  const m: BeginQuorumEpochRequestTopicData = { topicName, partitions };
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

function decodeBeginQuorumEpochRequestV1(r: Reader): BeginQuorumEpochRequest {
  const clusterId = r.compactNullableString();
  const voterId = r.int32();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: BeginQuorumEpochRequestTopicData[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeBeginQuorumEpochRequestTopicDataV1(r));
  const n1 = r.compactArrayLength(5);
  if (n1 < 0) r.fail('null in non-nullable array LeaderEndpoints');
  const leaderEndpoints: LeaderEndpoint[] = [];
  for (let i = 0; i < n1; i++) leaderEndpoints.push(decodeLeaderEndpointV1(r));
  const m: BeginQuorumEpochRequest = { clusterId, voterId, topics, leaderEndpoints };
  r.skipTaggedFields();
  return m;
}

function encodeBeginQuorumEpochRequestPartitionDataV1(w: Writer, m: BeginQuorumEpochRequestPartitionData): void {
  w.int32(m.partitionIndex);
  w.uuid(m.voterDirectoryId === undefined ? ZERO_UUID : m.voterDirectoryId);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  w.uvarint(0);
}

function encodeBeginQuorumEpochRequestTopicDataV1(w: Writer, m: BeginQuorumEpochRequestTopicData): void {
  w.compactString(m.topicName);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeBeginQuorumEpochRequestPartitionDataV1(w, a[i]);
  }
  w.uvarint(0);
}

function encodeLeaderEndpointV1(w: Writer, m: LeaderEndpoint): void {
  w.compactString(m.name);
  w.compactString(m.host);
  w.uint16(m.port);
  w.uvarint(0);
}

function encodeBeginQuorumEpochRequestV1(w: Writer, m: BeginQuorumEpochRequest): void {
  w.compactNullableString(m.clusterId);
  w.int32(m.voterId === undefined ? -1 : m.voterId);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeBeginQuorumEpochRequestTopicDataV1(w, a[i]);
  }
  {
    const a = m.leaderEndpoints === undefined ? [] : m.leaderEndpoints;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeLeaderEndpointV1(w, a[i]);
  }
  w.uvarint(0);
}

function decodeBeginQuorumEpochResponsePartitionDataV0(r: Reader): BeginQuorumEpochResponsePartitionData {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  return { partitionIndex, errorCode, leaderId, leaderEpoch };
}

function decodeBeginQuorumEpochResponseTopicDataV0(r: Reader): BeginQuorumEpochResponseTopicData {
  const topicName = r.string();
  const n0 = r.arrayLength(14);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: BeginQuorumEpochResponsePartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeBeginQuorumEpochResponsePartitionDataV0(r));
  return { topicName, partitions };
}

function decodeBeginQuorumEpochResponseV0(r: Reader): BeginQuorumEpochResponse {
  const errorCode = r.int16();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: BeginQuorumEpochResponseTopicData[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeBeginQuorumEpochResponseTopicDataV0(r));
  return { errorCode, topics, nodeEndpoints: [] };
}

function encodeBeginQuorumEpochResponsePartitionDataV0(w: Writer, m: BeginQuorumEpochResponsePartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
}

function encodeBeginQuorumEpochResponseTopicDataV0(w: Writer, m: BeginQuorumEpochResponseTopicData): void {
  w.string(m.topicName);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeBeginQuorumEpochResponsePartitionDataV0(w, a[i]);
  }
}

function encodeBeginQuorumEpochResponseV0(w: Writer, m: BeginQuorumEpochResponse): void {
  w.int16(m.errorCode);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeBeginQuorumEpochResponseTopicDataV0(w, a[i]);
  }
  if (m.nodeEndpoints !== undefined && (m.nodeEndpoints === null || m.nodeEndpoints.length !== 0)) {
    throw new UnsupportedFieldError('BeginQuorumEpochResponse.NodeEndpoints', 0);
  }
}

function decodeBeginQuorumEpochResponsePartitionDataV1(r: Reader): BeginQuorumEpochResponsePartitionData {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  const m: BeginQuorumEpochResponsePartitionData = { partitionIndex, errorCode, leaderId, leaderEpoch };
  r.skipTaggedFields();
  return m;
}

function decodeBeginQuorumEpochResponseTopicDataV1(r: Reader): BeginQuorumEpochResponseTopicData {
  const topicName = r.compactString();
  const n0 = r.compactArrayLength(15);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: BeginQuorumEpochResponsePartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeBeginQuorumEpochResponsePartitionDataV1(r));
  const m: BeginQuorumEpochResponseTopicData = { topicName, partitions };
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

function decodeBeginQuorumEpochResponseV1(r: Reader): BeginQuorumEpochResponse {
  const errorCode = r.int16();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: BeginQuorumEpochResponseTopicData[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeBeginQuorumEpochResponseTopicDataV1(r));
  const m: BeginQuorumEpochResponse = { errorCode, topics, nodeEndpoints: [] };
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

function encodeBeginQuorumEpochResponsePartitionDataV1(w: Writer, m: BeginQuorumEpochResponsePartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  w.uvarint(0);
}

function encodeBeginQuorumEpochResponseTopicDataV1(w: Writer, m: BeginQuorumEpochResponseTopicData): void {
  w.compactString(m.topicName);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeBeginQuorumEpochResponsePartitionDataV1(w, a[i]);
  }
  w.uvarint(0);
}

function encodeNodeEndpointV1(w: Writer, m: NodeEndpoint): void {
  w.int32(m.nodeId);
  w.compactString(m.host);
  w.uint16(m.port);
  w.uvarint(0);
}

function encodeBeginQuorumEpochResponseV1(w: Writer, m: BeginQuorumEpochResponse): void {
  w.int16(m.errorCode);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeBeginQuorumEpochResponseTopicDataV1(w, a[i]);
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

const requestDecoders: ReadonlyArray<((r: Reader) => BeginQuorumEpochRequest) | undefined> = [
  decodeBeginQuorumEpochRequestV0, decodeBeginQuorumEpochRequestV1,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: BeginQuorumEpochRequest) => void) | undefined> = [
  encodeBeginQuorumEpochRequestV0, encodeBeginQuorumEpochRequestV1,
];
const responseDecoders: ReadonlyArray<((r: Reader) => BeginQuorumEpochResponse) | undefined> = [
  decodeBeginQuorumEpochResponseV0, decodeBeginQuorumEpochResponseV1,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: BeginQuorumEpochResponse) => void) | undefined> = [
  encodeBeginQuorumEpochResponseV0, encodeBeginQuorumEpochResponseV1,
];

export const BeginQuorumEpochApi: ApiCodec<BeginQuorumEpochRequest, BeginQuorumEpochResponse> = {
  apiKey: 53,
  name: 'BeginQuorumEpoch',
  validVersions: { min: 0, max: 1 },
  firstFlexibleVersion: 1,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 1 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 1 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): BeginQuorumEpochRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('BeginQuorumEpoch', 53, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: BeginQuorumEpochRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('BeginQuorumEpoch', 53, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): BeginQuorumEpochResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('BeginQuorumEpoch', 53, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: BeginQuorumEpochResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('BeginQuorumEpoch', 53, version);
    encode(writer, message);
  },
  defaultRequest: defaultBeginQuorumEpochRequest,
  defaultResponse: defaultBeginQuorumEpochResponse,
};
