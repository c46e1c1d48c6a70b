// Generated from protocol-specs/43-elect-leaders.json by scripts/gen-protocol.ts. Do not edit.
// ElectLeaders (key 43), versions 0-2, flexible from v2.

import type { ApiCodec } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface ElectLeadersRequest {
  electionType?: number;
  topicPartitions: TopicPartitions[] | null;
  timeoutMs: number;
}

export interface TopicPartitions {
  topic: string;
  partitions: number[];
}

export interface ElectLeadersResponse {
  throttleTimeMs: number;
  errorCode?: number;
  replicaElectionResults: ReplicaElectionResult[];
}

export interface ReplicaElectionResult {
  topic: string;
  partitionResult: PartitionResult[];
}

export interface PartitionResult {
  partitionId: number;
  errorCode: number;
  errorMessage: string | null;
}

function defaultElectLeadersRequest(): ElectLeadersRequest {
  return { electionType: 0, topicPartitions: [], timeoutMs: 60000 };
}

function defaultElectLeadersResponse(): ElectLeadersResponse {
  return { throttleTimeMs: 0, errorCode: 0, replicaElectionResults: [] };
}

function decodeTopicPartitionsV0(r: Reader): TopicPartitions {
  const topic = r.string();
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: number[] = [];
  for (let i = 0; i < n0; i++) partitions.push(r.int32());
  return { topic, partitions };
}

function decodeElectLeadersRequestV0(r: Reader): ElectLeadersRequest {
  const n0 = r.arrayLength(6);
  let topicPartitions: TopicPartitions[] | null = null;
  if (n0 >= 0) {
    topicPartitions = [];
    for (let i = 0; i < n0; i++) topicPartitions.push(decodeTopicPartitionsV0(r));
  }
  const timeoutMs = r.int32();
  return { electionType: 0, topicPartitions, timeoutMs };
}

function encodeTopicPartitionsV0(w: Writer, m: TopicPartitions): void {
  w.string(m.topic);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
}

function encodeElectLeadersRequestV0(w: Writer, m: ElectLeadersRequest): void {
  if (m.electionType !== undefined && m.electionType !== 0) throw new UnsupportedFieldError('ElectLeadersRequest.ElectionType', 0);
  {
    const a = m.topicPartitions;
    if (a === null) w.int32(-1);
    else {
      w.arrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeTopicPartitionsV0(w, a[i]);
    }
  }
  w.int32(m.timeoutMs);
}

function decodeElectLeadersRequestV1(r: Reader): ElectLeadersRequest {
  const electionType = r.int8();
  const n0 = r.arrayLength(6);
  let topicPartitions: TopicPartitions[] | null = null;
  if (n0 >= 0) {
    topicPartitions = [];
    for (let i = 0; i < n0; i++) topicPartitions.push(decodeTopicPartitionsV0(r));
  }
  const timeoutMs = r.int32();
  return { electionType, topicPartitions, timeoutMs };
}

function encodeElectLeadersRequestV1(w: Writer, m: ElectLeadersRequest): void {
  w.int8(m.electionType === undefined ? 0 : m.electionType);
  {
    const a = m.topicPartitions;
    if (a === null) w.int32(-1);
    else {
      w.arrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeTopicPartitionsV0(w, a[i]);
    }
  }
  w.int32(m.timeoutMs);
}

function decodeTopicPartitionsV2(r: Reader): TopicPartitions {
  const topic = r.compactString();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: number[] = [];
  for (let i = 0; i < n0; i++) partitions.push(r.int32());
  const m: TopicPartitions = { topic, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeElectLeadersRequestV2(r: Reader): ElectLeadersRequest {
  const electionType = r.int8();
  const n0 = r.compactArrayLength(3);
  let topicPartitions: TopicPartitions[] | null = null;
  if (n0 >= 0) {
    topicPartitions = [];
    for (let i = 0; i < n0; i++) topicPartitions.push(decodeTopicPartitionsV2(r));
  }
  const timeoutMs = r.int32();
  const m: ElectLeadersRequest = { electionType, topicPartitions, timeoutMs };
  r.skipTaggedFields();
  return m;
}

function encodeTopicPartitionsV2(w: Writer, m: TopicPartitions): void {
  w.compactString(m.topic);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.uvarint(0);
}

function encodeElectLeadersRequestV2(w: Writer, m: ElectLeadersRequest): void {
  w.int8(m.electionType === undefined ? 0 : m.electionType);
  {
    const a = m.topicPartitions;
    if (a === null) w.uvarint(0);
    else {
      w.compactArrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeTopicPartitionsV2(w, a[i]);
    }
  }
  w.int32(m.timeoutMs);
  w.uvarint(0);
}

function decodePartitionResultV0(r: Reader): PartitionResult {
  const partitionId = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  return { partitionId, errorCode, errorMessage };
}

function decodeReplicaElectionResultV0(r: Reader): ReplicaElectionResult {
  const topic = r.string();
  const n0 = r.arrayLength(8);
  if (n0 < 0) r.fail('null in non-nullable array PartitionResult');
  const partitionResult: PartitionResult[] = [];
  for (let i = 0; i < n0; i++) partitionResult.push(decodePartitionResultV0(r));
  return { topic, partitionResult };
}

function decodeElectLeadersResponseV0(r: Reader): ElectLeadersResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array ReplicaElectionResults');
  const replicaElectionResults: ReplicaElectionResult[] = [];
  for (let i = 0; i < n0; i++) replicaElectionResults.push(decodeReplicaElectionResultV0(r));
  return { throttleTimeMs, errorCode: 0, replicaElectionResults };
}

function encodePartitionResultV0(w: Writer, m: PartitionResult): void {
  w.int32(m.partitionId);
  w.int16(m.errorCode);
  w.nullableString(m.errorMessage);
}

function encodeReplicaElectionResultV0(w: Writer, m: ReplicaElectionResult): void {
  w.string(m.topic);
  {
    const a = m.partitionResult;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionResultV0(w, a[i]);
  }
}

function encodeElectLeadersResponseV0(w: Writer, m: ElectLeadersResponse): void {
  w.int32(m.throttleTimeMs);
  if (m.errorCode !== undefined && m.errorCode !== 0) throw new UnsupportedFieldError('ElectLeadersResponse.ErrorCode', 0);
  {
    const a = m.replicaElectionResults;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeReplicaElectionResultV0(w, a[i]);
  }
}

function decodeElectLeadersResponseV1(r: Reader): ElectLeadersResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array ReplicaElectionResults');
  const replicaElectionResults: ReplicaElectionResult[] = [];
  for (let i = 0; i < n0; i++) replicaElectionResults.push(decodeReplicaElectionResultV0(r));
  return { throttleTimeMs, errorCode, replicaElectionResults };
}

function encodeElectLeadersResponseV1(w: Writer, m: ElectLeadersResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode === undefined ? 0 : m.errorCode);
  {
    const a = m.replicaElectionResults;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeReplicaElectionResultV0(w, a[i]);
  }
}

function decodePartitionResultV2(r: Reader): PartitionResult {
  const partitionId = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const m: PartitionResult = { partitionId, errorCode, errorMessage };
  r.skipTaggedFields();
  return m;
}

function decodeReplicaElectionResultV2(r: Reader): ReplicaElectionResult {
  const topic = r.compactString();
  const n0 = r.compactArrayLength(8);
  if (n0 < 0) r.fail('null in non-nullable array PartitionResult');
  const partitionResult: PartitionResult[] = [];
  for (let i = 0; i < n0; i++) partitionResult.push(decodePartitionResultV2(r));
  const m: ReplicaElectionResult = { topic, partitionResult };
  r.skipTaggedFields();
  return m;
}

function decodeElectLeadersResponseV2(r: Reader): ElectLeadersResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array ReplicaElectionResults');
  const replicaElectionResults: ReplicaElectionResult[] = [];
  for (let i = 0; i < n0; i++) replicaElectionResults.push(decodeReplicaElectionResultV2(r));
  const m: ElectLeadersResponse = { throttleTimeMs, errorCode, replicaElectionResults };
  r.skipTaggedFields();
  return m;
}

function encodePartitionResultV2(w: Writer, m: PartitionResult): void {
  w.int32(m.partitionId);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  w.uvarint(0);
}

function encodeReplicaElectionResultV2(w: Writer, m: ReplicaElectionResult): void {
  w.compactString(m.topic);
  {
    const a = m.partitionResult;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionResultV2(w, a[i]);
  }
  w.uvarint(0);
}

function encodeElectLeadersResponseV2(w: Writer, m: ElectLeadersResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode === undefined ? 0 : m.errorCode);
  {
    const a = m.replicaElectionResults;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeReplicaElectionResultV2(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => ElectLeadersRequest) | undefined> = [
  decodeElectLeadersRequestV0, decodeElectLeadersRequestV1, decodeElectLeadersRequestV2,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: ElectLeadersRequest) => void) | undefined> = [
  encodeElectLeadersRequestV0, encodeElectLeadersRequestV1, encodeElectLeadersRequestV2,
];
const responseDecoders: ReadonlyArray<((r: Reader) => ElectLeadersResponse) | undefined> = [
  decodeElectLeadersResponseV0, decodeElectLeadersResponseV1, decodeElectLeadersResponseV2,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: ElectLeadersResponse) => void) | undefined> = [
  encodeElectLeadersResponseV0, encodeElectLeadersResponseV1, encodeElectLeadersResponseV2,
];

export const ElectLeadersApi: ApiCodec<ElectLeadersRequest, ElectLeadersResponse> = {
  apiKey: 43,
  name: 'ElectLeaders',
  validVersions: { min: 0, max: 2 },
  firstFlexibleVersion: 2,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 2 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 2 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): ElectLeadersRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ElectLeaders', 43, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: ElectLeadersRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ElectLeaders', 43, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): ElectLeadersResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ElectLeaders', 43, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: ElectLeadersResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ElectLeaders', 43, version);
    encode(writer, message);
  },
  defaultRequest: defaultElectLeadersRequest,
  defaultResponse: defaultElectLeadersResponse,
};
