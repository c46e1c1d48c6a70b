// Generated from protocol-specs/35-describe-log-dirs.json by scripts/gen-protocol.ts. Do not edit.
// DescribeLogDirs (key 35), versions 0-4, flexible from v2.

import type { ApiCodec } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface DescribeLogDirsRequest {
  topics: DescribableLogDirTopic[] | null;
}

export interface DescribableLogDirTopic {
  topic: string;
  partitions: number[];
}

export interface DescribeLogDirsResponse {
  throttleTimeMs: number;
  errorCode?: number;
  results: DescribeLogDirsResult[];
}

export interface DescribeLogDirsResult {
  errorCode: number;
  logDir: string;
  topics: DescribeLogDirsTopic[];
  totalBytes?: number;
  usableBytes?: number;
}

export interface DescribeLogDirsTopic {
  name: string;
  partitions: DescribeLogDirsPartition[];
}

export interface DescribeLogDirsPartition {
  partitionIndex: number;
  partitionSize: number;
  offsetLag: number;
  isFutureKey: boolean;
}

function defaultDescribeLogDirsRequest(): DescribeLogDirsRequest {
  return { topics: [] };
}

function defaultDescribeLogDirsResponse(): DescribeLogDirsResponse {
  return { throttleTimeMs: 0, errorCode: 0, results: [] };
}

function decodeDescribableLogDirTopicV0(r: Reader): DescribableLogDirTopic {
  const topic = r.string();
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: number[] = [];
  for (let i = 0; i < n0; i++) partitions.push(r.int32());
  return { topic, partitions };
}

function decodeDescribeLogDirsRequestV0(r: Reader): DescribeLogDirsRequest {
  const n0 = r.arrayLength(6);
  let topics: DescribableLogDirTopic[] | null = null;
  if (n0 >= 0) {
    topics = [];
    for (let i = 0; i < n0; i++) topics.push(decodeDescribableLogDirTopicV0(r));
  }
  return { topics };
}

function encodeDescribableLogDirTopicV0(w: Writer, m: DescribableLogDirTopic): void {
  w.string(m.topic);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
}

function encodeDescribeLogDirsRequestV0(w: Writer, m: DescribeLogDirsRequest): void {
  {
    const a = m.topics;
    if (a === null) w.int32(-1);
    else {
      w.arrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeDescribableLogDirTopicV0(w, a[i]);
    }
  }
}

function decodeDescribableLogDirTopicV2(r: Reader): DescribableLogDirTopic {
  const topic = r.compactString();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: number[] = [];
  for (let i = 0; i < n0; i++) partitions.push(r.int32());
  const m: DescribableLogDirTopic = { topic, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeLogDirsRequestV2(r: Reader): DescribeLogDirsRequest {
  const n0 = r.compactArrayLength(3);
  let topics: DescribableLogDirTopic[] | null = null;
  if (n0 >= 0) {
    topics = [];
    for (let i = 0; i < n0; i++) topics.push(decodeDescribableLogDirTopicV2(r));
  }
  const m: DescribeLogDirsRequest = { topics };
  r.skipTaggedFields();
  return m;
}

function encodeDescribableLogDirTopicV2(w: Writer, m: DescribableLogDirTopic): void {
  w.compactString(m.topic);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.uvarint(0);
}

function encodeDescribeLogDirsRequestV2(w: Writer, m: DescribeLogDirsRequest): void {
  {
    const a = m.topics;
    if (a === null) w.uvarint(0);
    else {
      w.compactArrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeDescribableLogDirTopicV2(w, a[i]);
    }
  }
  w.uvarint(0);
}

function decodeDescribeLogDirsPartitionV0(r: Reader): DescribeLogDirsPartition {
  const partitionIndex = r.int32();
  const partitionSize = r.int64();
  const offsetLag = r.int64();
  const isFutureKey = r.bool();
  return { partitionIndex, partitionSize, offsetLag, isFutureKey };
}

function decodeDescribeLogDirsTopicV0(r: Reader): DescribeLogDirsTopic {
  const name = r.string();
  const n0 = r.arrayLength(21);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: DescribeLogDirsPartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeDescribeLogDirsPartitionV0(r));
  return { name, partitions };
}

function decodeDescribeLogDirsResultV0(r: Reader): DescribeLogDirsResult {
  const errorCode = r.int16();
  const logDir = r.string();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: DescribeLogDirsTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeDescribeLogDirsTopicV0(r));
  return { errorCode, logDir, topics, totalBytes: -1, usableBytes: -1 };
}

function decodeDescribeLogDirsResponseV0(r: Reader): DescribeLogDirsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(8);
  if (n0 < 0) r.fail('null in non-nullable array Results');
  const results: DescribeLogDirsResult[] = [];
  for (let i = 0; i < n0; i++) results.push(decodeDescribeLogDirsResultV0(r));
  return { throttleTimeMs, errorCode: 0, results };
}

function encodeDescribeLogDirsPartitionV0(w: Writer, m: DescribeLogDirsPartition): void {
  w.int32(m.partitionIndex);
  w.int64(m.partitionSize);
  w.int64(m.offsetLag);
  w.bool(m.isFutureKey);
}

function encodeDescribeLogDirsTopicV0(w: Writer, m: DescribeLogDirsTopic): void {
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeLogDirsPartitionV0(w, a[i]);
  }
}

function encodeDescribeLogDirsResultV0(w: Writer, m: DescribeLogDirsResult): void {
  w.int16(m.errorCode);
  w.string(m.logDir);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeLogDirsTopicV0(w, a[i]);
  }
}

function encodeDescribeLogDirsResponseV0(w: Writer, m: DescribeLogDirsResponse): void {
  w.int32(m.throttleTimeMs);
  {
    const a = m.results;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeLogDirsResultV0(w, a[i]);
  }
}

function decodeDescribeLogDirsPartitionV2(r: Reader): DescribeLogDirsPartition {
  const partitionIndex = r.int32();
  const partitionSize = r.int64();
  const offsetLag = r.int64();
  const isFutureKey = r.bool();
  const m: DescribeLogDirsPartition = { partitionIndex, partitionSize, offsetLag, isFutureKey };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeLogDirsTopicV2(r: Reader): DescribeLogDirsTopic {
  const name = r.compactString();
  const n0 = r.compactArrayLength(22);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: DescribeLogDirsPartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeDescribeLogDirsPartitionV2(r));
  const m: DescribeLogDirsTopic = { name, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeLogDirsResultV2(r: Reader): DescribeLogDirsResult {
  const errorCode = r.int16();
  const logDir = r.compactString();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: DescribeLogDirsTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeDescribeLogDirsTopicV2(r));
  const m: DescribeLogDirsResult = { errorCode, logDir, topics, totalBytes: -1, usableBytes: -1 };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeLogDirsResponseV2(r: Reader): DescribeLogDirsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(5);
  if (n0 < 0) r.fail('null in non-nullable array Results');
  const results: DescribeLogDirsResult[] = [];
  for (let i = 0; i < n0; i++) results.push(decodeDescribeLogDirsResultV2(r));
  const m: DescribeLogDirsResponse = { throttleTimeMs, errorCode: 0, results };
  r.skipTaggedFields();
  return m;
}

function encodeDescribeLogDirsPartitionV2(w: Writer, m: DescribeLogDirsPartition): void {
  w.int32(m.partitionIndex);
  w.int64(m.partitionSize);
  w.int64(m.offsetLag);
  w.bool(m.isFutureKey);
  w.uvarint(0);
}

function encodeDescribeLogDirsTopicV2(w: Writer, m: DescribeLogDirsTopic): void {
  w.compactString(m.name);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeLogDirsPartitionV2(w, a[i]);
  }
  w.uvarint(0);
}

function encodeDescribeLogDirsResultV2(w: Writer, m: DescribeLogDirsResult): void {
  w.int16(m.errorCode);
  w.compactString(m.logDir);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeLogDirsTopicV2(w, a[i]);
  }
  w.uvarint(0);
}

function encodeDescribeLogDirsResponseV2(w: Writer, m: DescribeLogDirsResponse): void {
  w.int32(m.throttleTimeMs);
  {
    const a = m.results;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeLogDirsResultV2(w, a[i]);
  }
  w.uvarint(0);
}

function decodeDescribeLogDirsResponseV3(r: Reader): DescribeLogDirsResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const n0 = r.compactArrayLength(5);
  if (n0 < 0) r.fail('null in non-nullable array Results');
  const results: DescribeLogDirsResult[] = [];
  for (let i = 0; i < n0; i++) results.push(decodeDescribeLogDirsResultV2(r));
  const m: DescribeLogDirsResponse = { throttleTimeMs, errorCode, results };
  r.skipTaggedFields();
  return m;
}

function encodeDescribeLogDirsResponseV3(w: Writer, m: DescribeLogDirsResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode === undefined ? 0 : m.errorCode);
  {
    const a = m.results;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeLogDirsResultV2(w, a[i]);
  }
  w.uvarint(0);
}

function decodeDescribeLogDirsResultV4(r: Reader): DescribeLogDirsResult {
  const errorCode = r.int16();
  const logDir = r.compactString();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: DescribeLogDirsTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeDescribeLogDirsTopicV2(r));
  const totalBytes = r.int64();
  const usableBytes = r.int64();
  const m: DescribeLogDirsResult = { errorCode, logDir, topics, totalBytes, usableBytes };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeLogDirsResponseV4(r: Reader): DescribeLogDirsResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const n0 = r.compactArrayLength(21);
  if (n0 < 0) r.fail('null in non-nullable array Results');
  const results: DescribeLogDirsResult[] = [];
  for (let i = 0; i < n0; i++) results.push(decodeDescribeLogDirsResultV4(r));
  const m: DescribeLogDirsResponse = { throttleTimeMs, errorCode, results };
  r.skipTaggedFields();
  return m;
}

function encodeDescribeLogDirsResultV4(w: Writer, m: DescribeLogDirsResult): void {
  w.int16(m.errorCode);
  w.compactString(m.logDir);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeLogDirsTopicV2(w, a[i]);
  }
  w.int64(m.totalBytes === undefined ? -1 : m.totalBytes);
  w.int64(m.usableBytes === undefined ? -1 : m.usableBytes);
  w.uvarint(0);
}

function encodeDescribeLogDirsResponseV4(w: Writer, m: DescribeLogDirsResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode === undefined ? 0 : m.errorCode);
  {
    const a = m.results;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeLogDirsResultV4(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => DescribeLogDirsRequest) | undefined> = [
  decodeDescribeLogDirsRequestV0, decodeDescribeLogDirsRequestV0, decodeDescribeLogDirsRequestV2, decodeDescribeLogDirsRequestV2,
  decodeDescribeLogDirsRequestV2,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: DescribeLogDirsRequest) => void) | undefined> = [
  encodeDescribeLogDirsRequestV0, encodeDescribeLogDirsRequestV0, encodeDescribeLogDirsRequestV2, encodeDescribeLogDirsRequestV2,
  encodeDescribeLogDirsRequestV2,
];
const responseDecoders: ReadonlyArray<((r: Reader) => DescribeLogDirsResponse) | undefined> = [
  decodeDescribeLogDirsResponseV0, decodeDescribeLogDirsResponseV0, decodeDescribeLogDirsResponseV2, decodeDescribeLogDirsResponseV3,
  decodeDescribeLogDirsResponseV4,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: DescribeLogDirsResponse) => void) | undefined> = [
  encodeDescribeLogDirsResponseV0, encodeDescribeLogDirsResponseV0, encodeDescribeLogDirsResponseV2, encodeDescribeLogDirsResponseV3,
  encodeDescribeLogDirsResponseV4,
];

export const DescribeLogDirsApi: ApiCodec<DescribeLogDirsRequest, DescribeLogDirsResponse> = {
  apiKey: 35,
  name: 'DescribeLogDirs',
  validVersions: { min: 0, max: 4 },
  firstFlexibleVersion: 2,
  deprecatedVersions: { min: 0, max: 0 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 2 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 2 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): DescribeLogDirsRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DescribeLogDirs', 35, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: DescribeLogDirsRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DescribeLogDirs', 35, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): DescribeLogDirsResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DescribeLogDirs', 35, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: DescribeLogDirsResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DescribeLogDirs', 35, version);
    encode(writer, message);
  },
  defaultRequest: defaultDescribeLogDirsRequest,
  defaultResponse: defaultDescribeLogDirsResponse,
};
