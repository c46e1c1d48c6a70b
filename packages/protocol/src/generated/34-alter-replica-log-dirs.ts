// Generated from protocol-specs/34-alter-replica-log-dirs.json by scripts/gen-protocol.ts. Do not edit.
// AlterReplicaLogDirs (key 34), versions 0-2, flexible from v2.

import type { ApiCodec } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface AlterReplicaLogDirsRequest {
  dirs: AlterReplicaLogDir[];
}

export interface AlterReplicaLogDir {
  path: string;
  topics: AlterReplicaLogDirTopic[];
}

export interface AlterReplicaLogDirTopic {
  name: string;
  partitions: number[];
}

export interface AlterReplicaLogDirsResponse {
  throttleTimeMs: number;
  results: AlterReplicaLogDirTopicResult[];
}

export interface AlterReplicaLogDirTopicResult {
  topicName: string;
  partitions: AlterReplicaLogDirPartitionResult[];
}

export interface AlterReplicaLogDirPartitionResult {
  partitionIndex: number;
  errorCode: number;
}

function defaultAlterReplicaLogDirsRequest(): AlterReplicaLogDirsRequest {
  return { dirs: [] };
}

function defaultAlterReplicaLogDirsResponse(): AlterReplicaLogDirsResponse {
  return { throttleTimeMs: 0, results: [] };
}

function decodeAlterReplicaLogDirTopicV0(r: Reader): AlterReplicaLogDirTopic {
  const name = r.string();
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: number[] = [];
  for (let i = 0; i < n0; i++) partitions.push(r.int32());
  return { name, partitions };
}

function decodeAlterReplicaLogDirV0(r: Reader): AlterReplicaLogDir {
  const path = r.string();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: AlterReplicaLogDirTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeAlterReplicaLogDirTopicV0(r));
  return { path, topics };
}

function decodeAlterReplicaLogDirsRequestV0(r: Reader): AlterReplicaLogDirsRequest {
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Dirs');
  const dirs: AlterReplicaLogDir[] = [];
  for (let i = 0; i < n0; i++) dirs.push(decodeAlterReplicaLogDirV0(r));
  return { dirs };
}

function encodeAlterReplicaLogDirTopicV0(w: Writer, m: AlterReplicaLogDirTopic): void {
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
}

function encodeAlterReplicaLogDirV0(w: Writer, m: AlterReplicaLogDir): void {
  w.string(m.path);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterReplicaLogDirTopicV0(w, a[i]);
  }
}

function encodeAlterReplicaLogDirsRequestV0(w: Writer, m: AlterReplicaLogDirsRequest): void {
  {
    const a = m.dirs;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterReplicaLogDirV0(w, a[i]);
  }
}

function decodeAlterReplicaLogDirTopicV2(r: Reader): AlterReplicaLogDirTopic {
  const name = r.compactString();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: number[] = [];
  for (let i = 0; i < n0; i++) partitions.push(r.int32());
  const m: AlterReplicaLogDirTopic = { name, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeAlterReplicaLogDirV2(r: Reader): AlterReplicaLogDir {
  const path = r.compactString();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: AlterReplicaLogDirTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeAlterReplicaLogDirTopicV2(r));
  const m: AlterReplicaLogDir = { path, topics };
  r.skipTaggedFields();
  return m;
}

function decodeAlterReplicaLogDirsRequestV2(r: Reader): AlterReplicaLogDirsRequest {
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Dirs');
  const dirs: AlterReplicaLogDir[] = [];
  for (let i = 0; i < n0; i++) dirs.push(decodeAlterReplicaLogDirV2(r));
  const m: AlterReplicaLogDirsRequest = { dirs };
  r.skipTaggedFields();
  return m;
}

function encodeAlterReplicaLogDirTopicV2(w: Writer, m: AlterReplicaLogDirTopic): void {
  w.compactString(m.name);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.uvarint(0);
}

function encodeAlterReplicaLogDirV2(w: Writer, m: AlterReplicaLogDir): void {
  w.compactString(m.path);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterReplicaLogDirTopicV2(w, a[i]);
  }
  w.uvarint(0);
}

function encodeAlterReplicaLogDirsRequestV2(w: Writer, m: AlterReplicaLogDirsRequest): void {
  {
    const a = m.dirs;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterReplicaLogDirV2(w, a[i]);
  }
  w.uvarint(0);
}

function decodeAlterReplicaLogDirPartitionResultV0(r: Reader): AlterReplicaLogDirPartitionResult {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  return { partitionIndex, errorCode };
}

function decodeAlterReplicaLogDirTopicResultV0(r: Reader): AlterReplicaLogDirTopicResult {
  const topicName = r.string();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: AlterReplicaLogDirPartitionResult[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeAlterReplicaLogDirPartitionResultV0(r));
  return { topicName, partitions };
}

function decodeAlterReplicaLogDirsResponseV0(r: Reader): AlterReplicaLogDirsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Results');
  const results: AlterReplicaLogDirTopicResult[] = [];
  for (let i = 0; i < n0; i++) results.push(decodeAlterReplicaLogDirTopicResultV0(r));
  return { throttleTimeMs, results };
}

function encodeAlterReplicaLogDirPartitionResultV0(w: Writer, m: AlterReplicaLogDirPartitionResult): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
}

function encodeAlterReplicaLogDirTopicResultV0(w: Writer, m: AlterReplicaLogDirTopicResult): void {
  w.string(m.topicName);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterReplicaLogDirPartitionResultV0(w, a[i]);
  }
}

function encodeAlterReplicaLogDirsResponseV0(w: Writer, m: AlterReplicaLogDirsResponse): void {
  w.int32(m.throttleTimeMs);
  {
    const a = m.results;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterReplicaLogDirTopicResultV0(w, a[i]);
  }
}

function decodeAlterReplicaLogDirPartitionResultV2(r: Reader): AlterReplicaLogDirPartitionResult {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const m: AlterReplicaLogDirPartitionResult = { partitionIndex, errorCode };
  r.skipTaggedFields();
  return m;
}

function decodeAlterReplicaLogDirTopicResultV2(r: Reader): AlterReplicaLogDirTopicResult {
  const topicName = r.compactString();
  const n0 = r.compactArrayLength(7);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: AlterReplicaLogDirPartitionResult[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeAlterReplicaLogDirPartitionResultV2(r));
  const m: AlterReplicaLogDirTopicResult = { topicName, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeAlterReplicaLogDirsResponseV2(r: Reader): AlterReplicaLogDirsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Results');
  const results: AlterReplicaLogDirTopicResult[] = [];
  for (let i = 0; i < n0; i++) results.push(decodeAlterReplicaLogDirTopicResultV2(r));
  const m: AlterReplicaLogDirsResponse = { throttleTimeMs, results };
  r.skipTaggedFields();
  return m;
}

function encodeAlterReplicaLogDirPartitionResultV2(w: Writer, m: AlterReplicaLogDirPartitionResult): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.uvarint(0);
}

function encodeAlterReplicaLogDirTopicResultV2(w: Writer, m: AlterReplicaLogDirTopicResult): void {
  w.compactString(m.topicName);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterReplicaLogDirPartitionResultV2(w, a[i]);
  }
  w.uvarint(0);
}

function encodeAlterReplicaLogDirsResponseV2(w: Writer, m: AlterReplicaLogDirsResponse): void {
  w.int32(m.throttleTimeMs);
  {
    const a = m.results;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterReplicaLogDirTopicResultV2(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => AlterReplicaLogDirsRequest) | undefined> = [
  decodeAlterReplicaLogDirsRequestV0, decodeAlterReplicaLogDirsRequestV0, decodeAlterReplicaLogDirsRequestV2,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: AlterReplicaLogDirsRequest) => void) | undefined> = [
  encodeAlterReplicaLogDirsRequestV0, encodeAlterReplicaLogDirsRequestV0, encodeAlterReplicaLogDirsRequestV2,
];
const responseDecoders: ReadonlyArray<((r: Reader) => AlterReplicaLogDirsResponse) | undefined> = [
  decodeAlterReplicaLogDirsResponseV0, decodeAlterReplicaLogDirsResponseV0, decodeAlterReplicaLogDirsResponseV2,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: AlterReplicaLogDirsResponse) => void) | undefined> = [
  encodeAlterReplicaLogDirsResponseV0, encodeAlterReplicaLogDirsResponseV0, encodeAlterReplicaLogDirsResponseV2,
];

export const AlterReplicaLogDirsApi: ApiCodec<AlterReplicaLogDirsRequest, AlterReplicaLogDirsResponse> = {
  apiKey: 34,
  name: 'AlterReplicaLogDirs',
  validVersions: { min: 0, max: 2 },
  firstFlexibleVersion: 2,
  deprecatedVersions: { min: 0, max: 0 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 2 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 2 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): AlterReplicaLogDirsRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('AlterReplicaLogDirs', 34, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: AlterReplicaLogDirsRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('AlterReplicaLogDirs', 34, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): AlterReplicaLogDirsResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('AlterReplicaLogDirs', 34, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: AlterReplicaLogDirsResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('AlterReplicaLogDirs', 34, version);
    encode(writer, message);
  },
  defaultRequest: defaultAlterReplicaLogDirsRequest,
  defaultResponse: defaultAlterReplicaLogDirsResponse,
};
