// Generated from protocol-specs/23-offset-for-leader-epoch.json by scripts/gen-protocol.ts. Do not edit.
// OffsetForLeaderEpoch (key 23), versions 0-4, flexible from v4.

import type { ApiCodec } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface OffsetForLeaderEpochRequest {
  replicaId?: number;
  topics: OffsetForLeaderTopic[];
}

export interface OffsetForLeaderTopic {
  topic: string;
  partitions: OffsetForLeaderPartition[];
}

export interface OffsetForLeaderPartition {
  partition: number;
  currentLeaderEpoch?: number;
  leaderEpoch: number;
}

export interface OffsetForLeaderEpochResponse {
  throttleTimeMs?: number;
  topics: OffsetForLeaderTopicResult[];
}

export interface OffsetForLeaderTopicResult {
  topic: string;
  partitions: EpochEndOffset[];
}

export interface EpochEndOffset {
  errorCode: number;
  partition: number;
  leaderEpoch?: number;
  endOffset: number;
}

function defaultOffsetForLeaderEpochRequest(): OffsetForLeaderEpochRequest {
  return { replicaId: -2, topics: [] };
}

function defaultOffsetForLeaderEpochResponse(): OffsetForLeaderEpochResponse {
  return { throttleTimeMs: 0, topics: [] };
}

function decodeOffsetForLeaderPartitionV0(r: Reader): OffsetForLeaderPartition {
  const partition = r.int32();
  const leaderEpoch = r.int32();
  return { partition, currentLeaderEpoch: -1, leaderEpoch };
}

function decodeOffsetForLeaderTopicV0(r: Reader): OffsetForLeaderTopic {
  const topic = r.string();
  const n0 = r.arrayLength(8);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: OffsetForLeaderPartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeOffsetForLeaderPartitionV0(r));
  return { topic, partitions };
}

function decodeOffsetForLeaderEpochRequestV0(r: Reader): OffsetForLeaderEpochRequest {
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: OffsetForLeaderTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeOffsetForLeaderTopicV0(r));
  return { replicaId: -2, topics };
}

function encodeOffsetForLeaderPartitionV0(w: Writer, m: OffsetForLeaderPartition): void {
  w.int32(m.partition);
  w.int32(m.leaderEpoch);
}

function encodeOffsetForLeaderTopicV0(w: Writer, m: OffsetForLeaderTopic): void {
  w.string(m.topic);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetForLeaderPartitionV0(w, a[i]);
  }
}

function encodeOffsetForLeaderEpochRequestV0(w: Writer, m: OffsetForLeaderEpochRequest): void {
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetForLeaderTopicV0(w, a[i]);
  }
}

function decodeOffsetForLeaderPartitionV2(r: Reader): OffsetForLeaderPartition {
  const partition = r.int32();
  const currentLeaderEpoch = r.int32();
  const leaderEpoch = r.int32();
  return { partition, currentLeaderEpoch, leaderEpoch };
}

function decodeOffsetForLeaderTopicV2(r: Reader): OffsetForLeaderTopic {
  const topic = r.string();
  const n0 = r.arrayLength(12);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: OffsetForLeaderPartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeOffsetForLeaderPartitionV2(r));
  return { topic, partitions };
}

function decodeOffsetForLeaderEpochRequestV2(r: Reader): OffsetForLeaderEpochRequest {
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: OffsetForLeaderTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeOffsetForLeaderTopicV2(r));
  return { replicaId: -2, topics };
}

function encodeOffsetForLeaderPartitionV2(w: Writer, m: OffsetForLeaderPartition): void {
  w.int32(m.partition);
  w.int32(m.currentLeaderEpoch === undefined ? -1 : m.currentLeaderEpoch);
  w.int32(m.leaderEpoch);
}

function encodeOffsetForLeaderTopicV2(w: Writer, m: OffsetForLeaderTopic): void {
  w.string(m.topic);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetForLeaderPartitionV2(w, a[i]);
  }
}

function encodeOffsetForLeaderEpochRequestV2(w: Writer, m: OffsetForLeaderEpochRequest): void {
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetForLeaderTopicV2(w, a[i]);
  }
}

function decodeOffsetForLeaderEpochRequestV3(r: Reader): OffsetForLeaderEpochRequest {
  const replicaId = r.int32();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: OffsetForLeaderTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeOffsetForLeaderTopicV2(r));
  return { replicaId, topics };
}

function encodeOffsetForLeaderEpochRequestV3(w: Writer, m: OffsetForLeaderEpochRequest): void {
  w.int32(m.replicaId === undefined ? -2 : m.replicaId);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetForLeaderTopicV2(w, a[i]);
  }
}

function decodeOffsetForLeaderPartitionV4(r: Reader): OffsetForLeaderPartition {
  const partition = r.int32();
  const currentLeaderEpoch = r.int32();
  const leaderEpoch = r.int32();
  const m: OffsetForLeaderPartition = { partition, currentLeaderEpoch, leaderEpoch };
  r.skipTaggedFields();
  return m;
}

function decodeOffsetForLeaderTopicV4(r: Reader): OffsetForLeaderTopic {
  const topic = r.compactString();
  const n0 = r.compactArrayLength(13);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: OffsetForLeaderPartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeOffsetForLeaderPartitionV4(r));
  const m: OffsetForLeaderTopic = { topic, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeOffsetForLeaderEpochRequestV4(r: Reader): OffsetForLeaderEpochRequest {
  const replicaId = r.int32();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: OffsetForLeaderTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeOffsetForLeaderTopicV4(r));
  const m: OffsetForLeaderEpochRequest = { replicaId, topics };
  r.skipTaggedFields();
  return m;
}

function encodeOffsetForLeaderPartitionV4(w: Writer, m: OffsetForLeaderPartition): void {
  w.int32(m.partition);
  w.int32(m.currentLeaderEpoch === undefined ? -1 : m.currentLeaderEpoch);
  w.int32(m.leaderEpoch);
  w.uvarint(0);
}

function encodeOffsetForLeaderTopicV4(w: Writer, m: OffsetForLeaderTopic): void {
  w.compactString(m.topic);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetForLeaderPartitionV4(w, a[i]);
  }
  w.uvarint(0);
}

function encodeOffsetForLeaderEpochRequestV4(w: Writer, m: OffsetForLeaderEpochRequest): void {
  w.int32(m.replicaId === undefined ? -2 : m.replicaId);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetForLeaderTopicV4(w, a[i]);
  }
  w.uvarint(0);
}

function decodeEpochEndOffsetV0(r: Reader): EpochEndOffset {
  const errorCode = r.int16();
  const partition = r.int32();
  const endOffset = r.int64();
  return { errorCode, partition, leaderEpoch: -1, endOffset };
}

function decodeOffsetForLeaderTopicResultV0(r: Reader): OffsetForLeaderTopicResult {
  const topic = r.string();
  const n0 = r.arrayLength(14);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: EpochEndOffset[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeEpochEndOffsetV0(r));
  return { topic, partitions };
}

function decodeOffsetForLeaderEpochResponseV0(r: Reader): OffsetForLeaderEpochResponse {
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: OffsetForLeaderTopicResult[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeOffsetForLeaderTopicResultV0(r));
  return { throttleTimeMs: 0, topics };
}

function encodeEpochEndOffsetV0(w: Writer, m: EpochEndOffset): void {
  w.int16(m.errorCode);
  w.int32(m.partition);
  w.int64(m.endOffset);
}

function encodeOffsetForLeaderTopicResultV0(w: Writer, m: OffsetForLeaderTopicResult): void {
  w.string(m.topic);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeEpochEndOffsetV0(w, a[i]);
  }
}

function encodeOffsetForLeaderEpochResponseV0(w: Writer, m: OffsetForLeaderEpochResponse): void {
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetForLeaderTopicResultV0(w, a[i]);
  }
}

function decodeEpochEndOffsetV1(r: Reader): EpochEndOffset {
  const errorCode = r.int16();
  const partition = r.int32();
  const leaderEpoch = r.int32();
  const endOffset = r.int64();
  return { errorCode, partition, leaderEpoch, endOffset };
}

function decodeOffsetForLeaderTopicResultV1(r: Reader): OffsetForLeaderTopicResult {
  const topic = r.string();
  const n0 = r.arrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: EpochEndOffset[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeEpochEndOffsetV1(r));
  return { topic, partitions };
}

function decodeOffsetForLeaderEpochResponseV1(r: Reader): OffsetForLeaderEpochResponse {
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: OffsetForLeaderTopicResult[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeOffsetForLeaderTopicResultV1(r));
  return { throttleTimeMs: 0, topics };
}

function encodeEpochEndOffsetV1(w: Writer, m: EpochEndOffset): void {
  w.int16(m.errorCode);
  w.int32(m.partition);
  w.int32(m.leaderEpoch === undefined ? -1 : m.leaderEpoch);
  w.int64(m.endOffset);
}

function encodeOffsetForLeaderTopicResultV1(w: Writer, m: OffsetForLeaderTopicResult): void {
  w.string(m.topic);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeEpochEndOffsetV1(w, a[i]);
  }
}

function encodeOffsetForLeaderEpochResponseV1(w: Writer, m: OffsetForLeaderEpochResponse): void {
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetForLeaderTopicResultV1(w, a[i]);
  }
}

function decodeOffsetForLeaderEpochResponseV2(r: Reader): OffsetForLeaderEpochResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: OffsetForLeaderTopicResult[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeOffsetForLeaderTopicResultV1(r));
  return { throttleTimeMs, topics };
}

function encodeOffsetForLeaderEpochResponseV2(w: Writer, m: OffsetForLeaderEpochResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetForLeaderTopicResultV1(w, a[i]);
  }
}

function decodeEpochEndOffsetV4(r: Reader): EpochEndOffset {
  const errorCode = r.int16();
  const partition = r.int32();
  const leaderEpoch = r.int32();
  const endOffset = r.int64();
  const m: EpochEndOffset = { errorCode, partition, leaderEpoch, endOffset };
  r.skipTaggedFields();
  return m;
}

function decodeOffsetForLeaderTopicResultV4(r: Reader): OffsetForLeaderTopicResult {
  const topic = r.compactString();
  const n0 = r.compactArrayLength(19);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: EpochEndOffset[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeEpochEndOffsetV4(r));
  const m: OffsetForLeaderTopicResult = { topic, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeOffsetForLeaderEpochResponseV4(r: Reader): OffsetForLeaderEpochResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: OffsetForLeaderTopicResult[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeOffsetForLeaderTopicResultV4(r));
  const m: OffsetForLeaderEpochResponse = { throttleTimeMs, topics };
  r.skipTaggedFields();
  return m;
}

function encodeEpochEndOffsetV4(w: Writer, m: EpochEndOffset): void {
  w.int16(m.errorCode);
  w.int32(m.partition);
  w.int32(m.leaderEpoch === undefined ? -1 : m.leaderEpoch);
  w.int64(m.endOffset);
  w.uvarint(0);
}

function encodeOffsetForLeaderTopicResultV4(w: Writer, m: OffsetForLeaderTopicResult): void {
  w.compactString(m.topic);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeEpochEndOffsetV4(w, a[i]);
  }
  w.uvarint(0);
}

function encodeOffsetForLeaderEpochResponseV4(w: Writer, m: OffsetForLeaderEpochResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetForLeaderTopicResultV4(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => OffsetForLeaderEpochRequest) | undefined> = [
  decodeOffsetForLeaderEpochRequestV0, decodeOffsetForLeaderEpochRequestV0, decodeOffsetForLeaderEpochRequestV2,
  decodeOffsetForLeaderEpochRequestV3, decodeOffsetForLeaderEpochRequestV4,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: OffsetForLeaderEpochRequest) => void) | undefined> = [
  encodeOffsetForLeaderEpochRequestV0, encodeOffsetForLeaderEpochRequestV0, encodeOffsetForLeaderEpochRequestV2,
  encodeOffsetForLeaderEpochRequestV3, encodeOffsetForLeaderEpochRequestV4,
];
const responseDecoders: ReadonlyArray<((r: Reader) => OffsetForLeaderEpochResponse) | undefined> = [
  decodeOffsetForLeaderEpochResponseV0, decodeOffsetForLeaderEpochResponseV1, decodeOffsetForLeaderEpochResponseV2,
  decodeOffsetForLeaderEpochResponseV2, decodeOffsetForLeaderEpochResponseV4,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: OffsetForLeaderEpochResponse) => void) | undefined> = [
  encodeOffsetForLeaderEpochResponseV0, encodeOffsetForLeaderEpochResponseV1, encodeOffsetForLeaderEpochResponseV2,
  encodeOffsetForLeaderEpochResponseV2, encodeOffsetForLeaderEpochResponseV4,
];

export const OffsetForLeaderEpochApi: ApiCodec<OffsetForLeaderEpochRequest, OffsetForLeaderEpochResponse> = {
  apiKey: 23,
  name: 'OffsetForLeaderEpoch',
  validVersions: { min: 0, max: 4 },
  firstFlexibleVersion: 4,
  deprecatedVersions: { min: 0, max: 1 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 4 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 4 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): OffsetForLeaderEpochRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('OffsetForLeaderEpoch', 23, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: OffsetForLeaderEpochRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('OffsetForLeaderEpoch', 23, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): OffsetForLeaderEpochResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('OffsetForLeaderEpoch', 23, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: OffsetForLeaderEpochResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('OffsetForLeaderEpoch', 23, version);
    encode(writer, message);
  },
  defaultRequest: defaultOffsetForLeaderEpochRequest,
  defaultResponse: defaultOffsetForLeaderEpochResponse,
};
