// Generated from protocol-specs/52-vote.json by scripts/gen-protocol.ts. Do not edit.
// Vote (key 52), versions 0-1, flexible from v0.

import type { ApiCodec, Uuid } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import { writeTaggedField } from '../primitives/tagged-fields';
import { ZERO_UUID } from '../primitives/uuid';
import type { Writer } from '../primitives/writer';

export interface VoteRequest {
  clusterId: string | null;
  voterId?: number;
  topics: VoteRequestTopicData[];
}

export interface VoteRequestTopicData {
  topicName: string;
  partitions: VoteRequestPartitionData[];
}

export interface VoteRequestPartitionData {
  partitionIndex: number;
  candidateEpoch: number;
  candidateId: number;
  candidateDirectoryId?: Uuid;
  voterDirectoryId?: Uuid;
  lastOffsetEpoch: number;
  lastOffset: number;
}

export interface VoteResponse {
  errorCode: number;
  topics: VoteResponseTopicData[];
  nodeEndpoints?: NodeEndpoint[];
}

export interface VoteResponseTopicData {
  topicName: string;
  partitions: VoteResponsePartitionData[];
}

export interface VoteResponsePartitionData {
  partitionIndex: number;
  errorCode: number;
  leaderId: number;
  leaderEpoch: number;
  voteGranted: boolean;
}

export interface NodeEndpoint {
  nodeId: number;
  host: string;
  port: number;
}

function defaultVoteRequest(): VoteRequest {
  return { clusterId: null, voterId: -1, topics: [] };
}

function defaultVoteResponse(): VoteResponse {
  return { errorCode: 0, topics: [], nodeEndpoints: [] };
}

function decodeVoteRequestPartitionDataV0(r: Reader): VoteRequestPartitionData {
  const partitionIndex = r.int32();
  const candidateEpoch = r.int32();
  const candidateId = r.int32();
  const lastOffsetEpoch = r.int32();
  const lastOffset = r.int64();
  const m: VoteRequestPartitionData = {
    partitionIndex,
    candidateEpoch,
    candidateId,
    candidateDirectoryId: ZERO_UUID,
    voterDirectoryId: ZERO_UUID,
    lastOffsetEpoch,
    lastOffset,
  };
  r.skipTaggedFields();
  return m;
}

function decodeVoteRequestTopicDataV0(r: Reader): VoteRequestTopicData {
  const topicName = r.compactString();
  const n0 = r.compactArrayLength(25);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: VoteRequestPartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeVoteRequestPartitionDataV0(r));
  const m: VoteRequestTopicData = { topicName, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeVoteRequestV0(r: Reader): VoteRequest {
  const clusterId = r.compactNullableString();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: VoteRequestTopicData[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeVoteRequestTopicDataV0(r));
  const m: VoteRequest = { clusterId, voterId: -1, topics };
  r.skipTaggedFields();
  return m;
}

function encodeVoteRequestPartitionDataV0(w: Writer, m: VoteRequestPartitionData): void {
  w.int32(m.partitionIndex);
  w.int32(m.candidateEpoch);
  w.int32(m.candidateId);
  w.int32(m.lastOffsetEpoch);
  w.int64(m.lastOffset);
  w.uvarint(0);
}

function encodeVoteRequestTopicDataV0(w: Writer, m: VoteRequestTopicData): void {
  w.compactString(m.topicName);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeVoteRequestPartitionDataV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeVoteRequestV0(w: Writer, m: VoteRequest): void {
  w.compactNullableString(m.clusterId);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeVoteRequestTopicDataV0(w, a[i]);
  }
  w.uvarint(0);
}

function decodeVoteRequestPartitionDataV1(r: Reader): VoteRequestPartitionData {
  const partitionIndex = r.int32();
  const candidateEpoch = r.int32();
  const candidateId = r.int32();
  const candidateDirectoryId = r.uuid();
  const voterDirectoryId = r.uuid();
  const lastOffsetEpoch = r.int32();
  const lastOffset = r.int64();
  const m: VoteRequestPartitionData = {
    partitionIndex,
    candidateEpoch,
    candidateId,
    candidateDirectoryId,
    voterDirectoryId,
    lastOffsetEpoch,
    lastOffset,
  };
  r.skipTaggedFields();
  return m;
}

function decodeVoteRequestTopicDataV1(r: Reader): VoteRequestTopicData {
  const topicName = r.compactString();
  const n0 = r.compactArrayLength(57);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: VoteRequestPartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeVoteRequestPartitionDataV1(r));
  const m: VoteRequestTopicData = { topicName, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeVoteRequestV1(r: Reader): VoteRequest {
  const clusterId = r.compactNullableString();
  const voterId = r.int32();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: VoteRequestTopicData[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeVoteRequestTopicDataV1(r));
  const m: VoteRequest = { clusterId, voterId, topics };
  r.skipTaggedFields();
  return m;
}

function encodeVoteRequestPartitionDataV1(w: Writer, m: VoteRequestPartitionData): void {
  w.int32(m.partitionIndex);
  w.int32(m.candidateEpoch);
  w.int32(m.candidateId);
  w.uuid(m.candidateDirectoryId === undefined ? ZERO_UUID : m.candidateDirectoryId);
  w.uuid(m.voterDirectoryId === undefined ? ZERO_UUID : m.voterDirectoryId);
  w.int32(m.lastOffsetEpoch);
  w.int64(m.lastOffset);
  w.uvarint(0);
}

function encodeVoteRequestTopicDataV1(w: Writer, m: VoteRequestTopicData): void {
  w.compactString(m.topicName);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeVoteRequestPartitionDataV1(w, a[i]);
  }
  w.uvarint(0);
}

function encodeVoteRequestV1(w: Writer, m: VoteRequest): void {
  w.compactNullableString(m.clusterId);
  w.int32(m.voterId === undefined ? -1 : m.voterId);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeVoteRequestTopicDataV1(w, a[i]);
  }
  w.uvarint(0);
}

function decodeVoteResponsePartitionDataV0(r: Reader): VoteResponsePartitionData {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  const voteGranted = r.bool();
  const m: VoteResponsePartitionData = { partitionIndex, errorCode, leaderId, leaderEpoch, voteGranted };
  r.skipTaggedFields();
  return m;
}

function decodeVoteResponseTopicDataV0(r: Reader): VoteResponseTopicData {
  const topicName = r.compactString();
  const n0 = r.compactArrayLength(16);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: VoteResponsePartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeVoteResponsePartitionDataV0(r));
  const m: VoteResponseTopicData = { topicName, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeVoteResponseV0(r: Reader): VoteResponse {
  const errorCode = r.int16();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: VoteResponseTopicData[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeVoteResponseTopicDataV0(r));
  const m: VoteResponse = { errorCode, topics, nodeEndpoints: [] };
  r.skipTaggedFields();
  return m;
}

function encodeVoteResponsePartitionDataV0(w: Writer, m: VoteResponsePartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  w.bool(m.voteGranted);
  w.uvarint(0);
}

function encodeVoteResponseTopicDataV0(w: Writer, m: VoteResponseTopicData): void {
  w.compactString(m.topicName);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeVoteResponsePartitionDataV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeVoteResponseV0(w: Writer, m: VoteResponse): void {
  w.int16(m.errorCode);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeVoteResponseTopicDataV0(w, a[i]);
  }
  if (m.nodeEndpoints !== undefined && (m.nodeEndpoints === null || m.nodeEndpoints.length !== 0)) {
    throw new UnsupportedFieldError('VoteResponse.NodeEndpoints', 0);
  }
  w.uvarint(0);
}

function decodeNodeEndpointV1(r: Reader): NodeEndpoint {
  const nodeId = r.int32();
  const host = r.compactString();
  const port = r.uint16();
  const m: NodeEndpoint = { nodeId, host, port };
  r.skipTaggedFields();
  return m;
}

function decodeVoteResponseV1(r: Reader): VoteResponse {
  const errorCode = r.int16();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: VoteResponseTopicData[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeVoteResponseTopicDataV0(r));
  const m: VoteResponse = { errorCode, topics, nodeEndpoints: [] };
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

function encodeNodeEndpointV1(w: Writer, m: NodeEndpoint): void {
  w.int32(m.nodeId);
  w.compactString(m.host);
  w.uint16(m.port);
  w.uvarint(0);
}

function encodeVoteResponseV1(w: Writer, m: VoteResponse): void {
  w.int16(m.errorCode);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeVoteResponseTopicDataV0(w, a[i]);
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

const requestDecoders: ReadonlyArray<((r: Reader) => VoteRequest) | undefined> = [decodeVoteRequestV0, decodeVoteRequestV1];
const requestEncoders: ReadonlyArray<((w: Writer, m: VoteRequest) => void) | undefined> = [encodeVoteRequestV0, encodeVoteRequestV1];
const responseDecoders: ReadonlyArray<((r: Reader) => VoteResponse) | undefined> = [decodeVoteResponseV0, decodeVoteResponseV1];
const responseEncoders: ReadonlyArray<((w: Writer, m: VoteResponse) => void) | undefined> = [encodeVoteResponseV0, encodeVoteResponseV1];

export const VoteApi: ApiCodec<VoteRequest, VoteResponse> = {
  apiKey: 52,
  name: 'Vote',
  validVersions: { min: 0, max: 1 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): VoteRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('Vote', 52, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: VoteRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('Vote', 52, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): VoteResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('Vote', 52, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: VoteResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('Vote', 52, version);
    encode(writer, message);
  },
  defaultRequest: defaultVoteRequest,
  defaultResponse: defaultVoteResponse,
};
