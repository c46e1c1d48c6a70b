// Generated from protocol-specs/73-assign-replicas-to-dirs.json by scripts/gen-protocol.ts. Do not edit.
// AssignReplicasToDirs (key 73), versions 0-0, flexible from v0.

import type { ApiCodec, Uuid } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface AssignReplicasToDirsRequest {
  brokerId: number;
  brokerEpoch: number;
  directories: AssignReplicasToDirsRequestDirectoryData[];
}

export interface AssignReplicasToDirsRequestDirectoryData {
  id: Uuid;
  topics: AssignReplicasToDirsRequestTopicData[];
}

export interface AssignReplicasToDirsRequestTopicData {
  topicId: Uuid;
  partitions: AssignReplicasToDirsRequestPartitionData[];
}

export interface AssignReplicasToDirsRequestPartitionData {
  partitionIndex: number;
}

export interface AssignReplicasToDirsResponse {
  throttleTimeMs: number;
  errorCode: number;
  directories: AssignReplicasToDirsResponseDirectoryData[];
}

export interface AssignReplicasToDirsResponseDirectoryData {
  id: Uuid;
  topics: AssignReplicasToDirsResponseTopicData[];
}

export interface AssignReplicasToDirsResponseTopicData {
  topicId: Uuid;
  partitions: AssignReplicasToDirsResponsePartitionData[];
}

export interface AssignReplicasToDirsResponsePartitionData {
  partitionIndex: number;
  errorCode: number;
}

function defaultAssignReplicasToDirsRequest(): AssignReplicasToDirsRequest {
  return { brokerId: 0, brokerEpoch: -1, directories: [] };
}

function defaultAssignReplicasToDirsResponse(): AssignReplicasToDirsResponse {
  return { throttleTimeMs: 0, errorCode: 0, directories: [] };
}

function decodeAssignReplicasToDirsRequestPartitionDataV0(r: Reader): AssignReplicasToDirsRequestPartitionData {
  const partitionIndex = r.int32();
  const m: AssignReplicasToDirsRequestPartitionData = { partitionIndex };
  r.skipTaggedFields();
  return m;
}

function decodeAssignReplicasToDirsRequestTopicDataV0(r: Reader): AssignReplicasToDirsRequestTopicData {
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(5);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: AssignReplicasToDirsRequestPartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeAssignReplicasToDirsRequestPartitionDataV0(r));
  const m: AssignReplicasToDirsRequestTopicData = { topicId, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeAssignReplicasToDirsRequestDirectoryDataV0(r: Reader): AssignReplicasToDirsRequestDirectoryData {
  const id = r.uuid();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: AssignReplicasToDirsRequestTopicData[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeAssignReplicasToDirsRequestTopicDataV0(r));
  const m: AssignReplicasToDirsRequestDirectoryData = { id, topics };
  r.skipTaggedFields();
  return m;
}

function decodeAssignReplicasToDirsRequestV0(r: Reader): AssignReplicasToDirsRequest {
  const brokerId = r.int32();
  const brokerEpoch = r.int64();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Directories');
  const directories: AssignReplicasToDirsRequestDirectoryData[] = [];
  for (let i = 0; i < n0; i++) directories.push(decodeAssignReplicasToDirsRequestDirectoryDataV0(r));
  const m: AssignReplicasToDirsRequest = { brokerId, brokerEpoch, directories };
  r.skipTaggedFields();
  return m;
}

function encodeAssignReplicasToDirsRequestPartitionDataV0(w: Writer, m: AssignReplicasToDirsRequestPartitionData): void {
  w.int32(m.partitionIndex);
  w.uvarint(0);
}

function encodeAssignReplicasToDirsRequestTopicDataV0(w: Writer, m: AssignReplicasToDirsRequestTopicData): void {
  w.uuid(m.topicId);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAssignReplicasToDirsRequestPartitionDataV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeAssignReplicasToDirsRequestDirectoryDataV0(w: Writer, m: AssignReplicasToDirsRequestDirectoryData): void {
  w.uuid(m.id);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAssignReplicasToDirsRequestTopicDataV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeAssignReplicasToDirsRequestV0(w: Writer, m: AssignReplicasToDirsRequest): void {
  w.int32(m.brokerId);
  w.int64(m.brokerEpoch);
  {
    const a = m.directories;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAssignReplicasToDirsRequestDirectoryDataV0(w, a[i]);
  }
  w.uvarint(0);
}

function decodeAssignReplicasToDirsResponsePartitionDataV0(r: Reader): AssignReplicasToDirsResponsePartitionData {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const m: AssignReplicasToDirsResponsePartitionData = { partitionIndex, errorCode };
  r.skipTaggedFields();
  return m;
}

function decodeAssignReplicasToDirsResponseTopicDataV0(r: Reader): AssignReplicasToDirsResponseTopicData {
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(7);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: AssignReplicasToDirsResponsePartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeAssignReplicasToDirsResponsePartitionDataV0(r));
  const m: AssignReplicasToDirsResponseTopicData = { topicId, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeAssignReplicasToDirsResponseDirectoryDataV0(r: Reader): AssignReplicasToDirsResponseDirectoryData {
  const id = r.uuid();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: AssignReplicasToDirsResponseTopicData[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeAssignReplicasToDirsResponseTopicDataV0(r));
  const m: AssignReplicasToDirsResponseDirectoryData = { id, topics };
  r.skipTaggedFields();
  return m;
}

function decodeAssignReplicasToDirsResponseV0(r: Reader): AssignReplicasToDirsResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Directories');
  const directories: AssignReplicasToDirsResponseDirectoryData[] = [];
  for (let i = 0; i < n0; i++) directories.push(decodeAssignReplicasToDirsResponseDirectoryDataV0(r));
  const m: AssignReplicasToDirsResponse = { throttleTimeMs, errorCode, directories };
  r.skipTaggedFields();
  return m;
}

function encodeAssignReplicasToDirsResponsePartitionDataV0(w: Writer, m: AssignReplicasToDirsResponsePartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.uvarint(0);
}

function encodeAssignReplicasToDirsResponseTopicDataV0(w: Writer, m: AssignReplicasToDirsResponseTopicData): void {
  w.uuid(m.topicId);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAssignReplicasToDirsResponsePartitionDataV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeAssignReplicasToDirsResponseDirectoryDataV0(w: Writer, m: AssignReplicasToDirsResponseDirectoryData): void {
  w.uuid(m.id);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAssignReplicasToDirsResponseTopicDataV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeAssignReplicasToDirsResponseV0(w: Writer, m: AssignReplicasToDirsResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  {
    const a = m.directories;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAssignReplicasToDirsResponseDirectoryDataV0(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => AssignReplicasToDirsRequest) | undefined> = [decodeAssignReplicasToDirsRequestV0];
const requestEncoders: ReadonlyArray<((w: Writer, m: AssignReplicasToDirsRequest) => void) | undefined> = [
  encodeAssignReplicasToDirsRequestV0,
];
const responseDecoders: ReadonlyArray<((r: Reader) => AssignReplicasToDirsResponse) | undefined> = [decodeAssignReplicasToDirsResponseV0];
const responseEncoders: ReadonlyArray<((w: Writer, m: AssignReplicasToDirsResponse) => void) | undefined> = [
  encodeAssignReplicasToDirsResponseV0,
];

export const AssignReplicasToDirsApi: ApiCodec<AssignReplicasToDirsRequest, AssignReplicasToDirsResponse> = {
  apiKey: 73,
  name: 'AssignReplicasToDirs',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): AssignReplicasToDirsRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('AssignReplicasToDirs', 73, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: AssignReplicasToDirsRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('AssignReplicasToDirs', 73, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): AssignReplicasToDirsResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('AssignReplicasToDirs', 73, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: AssignReplicasToDirsResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('AssignReplicasToDirs', 73, version);
    encode(writer, message);
  },
  defaultRequest: defaultAssignReplicasToDirsRequest,
  defaultResponse: defaultAssignReplicasToDirsResponse,
};
