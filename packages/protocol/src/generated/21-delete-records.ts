// Generated from protocol-specs/21-delete-records.json by scripts/gen-protocol.ts. Do not edit.
// DeleteRecords (key 21), versions 0-2, flexible from v2.

import type { ApiCodec } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface DeleteRecordsRequest {
  topics: DeleteRecordsTopic[];
  timeoutMs: number;
}

export interface DeleteRecordsTopic {
  name: string;
  partitions: DeleteRecordsPartition[];
}

export interface DeleteRecordsPartition {
  partitionIndex: number;
  offset: number;
}

export interface DeleteRecordsResponse {
  throttleTimeMs: number;
  topics: DeleteRecordsTopicResult[];
}

export interface DeleteRecordsTopicResult {
  name: string;
  partitions: DeleteRecordsPartitionResult[];
}

export interface DeleteRecordsPartitionResult {
  partitionIndex: number;
  lowWatermark: number;
  errorCode: number;
}

function defaultDeleteRecordsRequest(): DeleteRecordsRequest {
  return { topics: [], timeoutMs: 0 };
}

function defaultDeleteRecordsResponse(): DeleteRecordsResponse {
  return { throttleTimeMs: 0, topics: [] };
}

function decodeDeleteRecordsPartitionV0(r: Reader): DeleteRecordsPartition {
  const partitionIndex = r.int32();
  const offset = r.int64();
  return { partitionIndex, offset };
}

function decodeDeleteRecordsTopicV0(r: Reader): DeleteRecordsTopic {
  const name = r.string();
  const n0 = r.arrayLength(12);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: DeleteRecordsPartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeDeleteRecordsPartitionV0(r));
  return { name, partitions };
}

function decodeDeleteRecordsRequestV0(r: Reader): DeleteRecordsRequest {
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: DeleteRecordsTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeDeleteRecordsTopicV0(r));
  const timeoutMs = r.int32();
  return { topics, timeoutMs };
}

function encodeDeleteRecordsPartitionV0(w: Writer, m: DeleteRecordsPartition): void {
  w.int32(m.partitionIndex);
  w.int64(m.offset);
}

function encodeDeleteRecordsTopicV0(w: Writer, m: DeleteRecordsTopic): void {
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDeleteRecordsPartitionV0(w, a[i]);
  }
}

function encodeDeleteRecordsRequestV0(w: Writer, m: DeleteRecordsRequest): void {
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDeleteRecordsTopicV0(w, a[i]);
  }
  w.int32(m.timeoutMs);
}

function decodeDeleteRecordsPartitionV2(r: Reader): DeleteRecordsPartition {
  const partitionIndex = r.int32();
  const offset = r.int64();
  const m: DeleteRecordsPartition = { partitionIndex, offset };
  r.skipTaggedFields();
  return m;
}

function decodeDeleteRecordsTopicV2(r: Reader): DeleteRecordsTopic {
  const name = r.compactString();
  const n0 = r.compactArrayLength(13);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: DeleteRecordsPartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeDeleteRecordsPartitionV2(r));
  const m: DeleteRecordsTopic = { name, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeDeleteRecordsRequestV2(r: Reader): DeleteRecordsRequest {
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: DeleteRecordsTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeDeleteRecordsTopicV2(r));
  const timeoutMs = r.int32();
  const m: DeleteRecordsRequest = { topics, timeoutMs };
  r.skipTaggedFields();
  return m;
}

function encodeDeleteRecordsPartitionV2(w: Writer, m: DeleteRecordsPartition): void {
  w.int32(m.partitionIndex);
  w.int64(m.offset);
  w.uvarint(0);
}

function encodeDeleteRecordsTopicV2(w: Writer, m: DeleteRecordsTopic): void {
  w.compactString(m.name);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDeleteRecordsPartitionV2(w, a[i]);
  }
  w.uvarint(0);
}

function encodeDeleteRecordsRequestV2(w: Writer, m: DeleteRecordsRequest): void {
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDeleteRecordsTopicV2(w, a[i]);
  }
  w.int32(m.timeoutMs);
  w.uvarint(0);
}

function decodeDeleteRecordsPartitionResultV0(r: Reader): DeleteRecordsPartitionResult {
  const partitionIndex = r.int32();
  const lowWatermark = r.int64();
  const errorCode = r.int16();
  return { partitionIndex, lowWatermark, errorCode };
}

function decodeDeleteRecordsTopicResultV0(r: Reader): DeleteRecordsTopicResult {
  const name = r.string();
  const n0 = r.arrayLength(14);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: DeleteRecordsPartitionResult[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeDeleteRecordsPartitionResultV0(r));
  return { name, partitions };
}

function decodeDeleteRecordsResponseV0(r: Reader): DeleteRecordsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: DeleteRecordsTopicResult[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeDeleteRecordsTopicResultV0(r));
  return { throttleTimeMs, topics };
}

function encodeDeleteRecordsPartitionResultV0(w: Writer, m: DeleteRecordsPartitionResult): void {
  w.int32(m.partitionIndex);
  w.int64(m.lowWatermark);
  w.int16(m.errorCode);
}

function encodeDeleteRecordsTopicResultV0(w: Writer, m: DeleteRecordsTopicResult): void {
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDeleteRecordsPartitionResultV0(w, a[i]);
  }
}

function encodeDeleteRecordsResponseV0(w: Writer, m: DeleteRecordsResponse): void {
  w.int32(m.throttleTimeMs);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDeleteRecordsTopicResultV0(w, a[i]);
  }
}

function decodeDeleteRecordsPartitionResultV2(r: Reader): DeleteRecordsPartitionResult {
  const partitionIndex = r.int32();
  const lowWatermark = r.int64();
  const errorCode = r.int16();
  const m: DeleteRecordsPartitionResult = { partitionIndex, lowWatermark, errorCode };
  r.skipTaggedFields();
  return m;
}

function decodeDeleteRecordsTopicResultV2(r: Reader): DeleteRecordsTopicResult {
  const name = r.compactString();
  const n0 = r.compactArrayLength(15);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: DeleteRecordsPartitionResult[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeDeleteRecordsPartitionResultV2(r));
  const m: DeleteRecordsTopicResult = { name, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeDeleteRecordsResponseV2(r: Reader): DeleteRecordsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: DeleteRecordsTopicResult[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeDeleteRecordsTopicResultV2(r));
  const m: DeleteRecordsResponse = { throttleTimeMs, topics };
  r.skipTaggedFields();
  return m;
}

function encodeDeleteRecordsPartitionResultV2(w: Writer, m: DeleteRecordsPartitionResult): void {
  w.int32(m.partitionIndex);
  w.int64(m.lowWatermark);
  w.int16(m.errorCode);
  w.uvarint(0);
}

function encodeDeleteRecordsTopicResultV2(w: Writer, m: DeleteRecordsTopicResult): void {
  w.compactString(m.name);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDeleteRecordsPartitionResultV2(w, a[i]);
  }
  w.uvarint(0);
}

function encodeDeleteRecordsResponseV2(w: Writer, m: DeleteRecordsResponse): void {
  w.int32(m.throttleTimeMs);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDeleteRecordsTopicResultV2(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => DeleteRecordsRequest) | undefined> = [
  decodeDeleteRecordsRequestV0, decodeDeleteRecordsRequestV0, decodeDeleteRecordsRequestV2,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: DeleteRecordsRequest) => void) | undefined> = [
  encodeDeleteRecordsRequestV0, encodeDeleteRecordsRequestV0, encodeDeleteRecordsRequestV2,
];
const responseDecoders: ReadonlyArray<((r: Reader) => DeleteRecordsResponse) | undefined> = [
  decodeDeleteRecordsResponseV0, decodeDeleteRecordsResponseV0, decodeDeleteRecordsResponseV2,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: DeleteRecordsResponse) => void) | undefined> = [
  encodeDeleteRecordsResponseV0, encodeDeleteRecordsResponseV0, encodeDeleteRecordsResponseV2,
];

export const DeleteRecordsApi: ApiCodec<DeleteRecordsRequest, DeleteRecordsResponse> = {
  apiKey: 21,
  name: 'DeleteRecords',
  validVersions: { min: 0, max: 2 },
  firstFlexibleVersion: 2,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 2 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 2 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): DeleteRecordsRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DeleteRecords', 21, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: DeleteRecordsRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DeleteRecords', 21, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): DeleteRecordsResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DeleteRecords', 21, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: DeleteRecordsResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DeleteRecords', 21, version);
    encode(writer, message);
  },
  defaultRequest: defaultDeleteRecordsRequest,
  defaultResponse: defaultDeleteRecordsResponse,
};
