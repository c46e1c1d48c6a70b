// Generated from protocol-specs/02-list-offsets.json by scripts/gen-protocol.ts. Do not edit.
// ListOffsets (key 2), versions 0-10, flexible from v6.

import type { ApiCodec } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface ListOffsetsRequest {
  replicaId: number;
  isolationLevel?: number;
  topics: ListOffsetsTopic[];
  timeoutMs?: number;
}

export interface ListOffsetsTopic {
  name: string;
  partitions: ListOffsetsPartition[];
}

export interface ListOffsetsPartition {
  partitionIndex: number;
  currentLeaderEpoch?: number;
  timestamp: number;
  maxNumOffsets?: number;
}

export interface ListOffsetsResponse {
  throttleTimeMs?: number;
  topics: ListOffsetsTopicResponse[];
}

export interface ListOffsetsTopicResponse {
  name: string;
  partitions: ListOffsetsPartitionResponse[];
}

export interface ListOffsetsPartitionResponse {
  partitionIndex: number;
  errorCode: number;
  oldStyleOffsets?: number[];
  timestamp?: number;
  offset?: number;
  leaderEpoch?: number;
}

function defaultListOffsetsRequest(): ListOffsetsRequest {
  return { replicaId: 0, isolationLevel: 0, topics: [], timeoutMs: 0 };
}

function defaultListOffsetsResponse(): ListOffsetsResponse {
  return { throttleTimeMs: 0, topics: [] };
}

function decodeListOffsetsPartitionV0(r: Reader): ListOffsetsPartition {
  const partitionIndex = r.int32();
  const timestamp = r.int64();
  const maxNumOffsets = r.int32();
  return { partitionIndex, currentLeaderEpoch: -1, timestamp, maxNumOffsets };
}

function decodeListOffsetsTopicV0(r: Reader): ListOffsetsTopic {
  const name = r.string();
  const n0 = r.arrayLength(16);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: ListOffsetsPartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeListOffsetsPartitionV0(r));
  return { name, partitions };
}

function decodeListOffsetsRequestV0(r: Reader): ListOffsetsRequest {
  const replicaId = r.int32();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: ListOffsetsTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeListOffsetsTopicV0(r));
  return { replicaId, isolationLevel: 0, topics, timeoutMs: 0 };
}

function encodeListOffsetsPartitionV0(w: Writer, m: ListOffsetsPartition): void {
  w.int32(m.partitionIndex);
  w.int64(m.timestamp);
  w.int32(m.maxNumOffsets === undefined ? 1 : m.maxNumOffsets);
}

function encodeListOffsetsTopicV0(w: Writer, m: ListOffsetsTopic): void {
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsPartitionV0(w, a[i]);
  }
}

function encodeListOffsetsRequestV0(w: Writer, m: ListOffsetsRequest): void {
  w.int32(m.replicaId);
  if (m.isolationLevel !== undefined && m.isolationLevel !== 0) throw new UnsupportedFieldError('ListOffsetsRequest.IsolationLevel', 0);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsTopicV0(w, a[i]);
  }
}

function decodeListOffsetsPartitionV1(r: Reader): ListOffsetsPartition {
  const partitionIndex = r.int32();
  const timestamp = r.int64();
  return { partitionIndex, currentLeaderEpoch: -1, timestamp, maxNumOffsets: 1 };
}

function decodeListOffsetsTopicV1(r: Reader): ListOffsetsTopic {
  const name = r.string();
  const n0 = r.arrayLength(12);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: ListOffsetsPartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeListOffsetsPartitionV1(r));
  return { name, partitions };
}

function decodeListOffsetsRequestV1(r: Reader): ListOffsetsRequest {
  const replicaId = r.int32();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: ListOffsetsTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeListOffsetsTopicV1(r));
  return { replicaId, isolationLevel: 0, topics, timeoutMs: 0 };
}

function encodeListOffsetsPartitionV1(w: Writer, m: ListOffsetsPartition): void {
  w.int32(m.partitionIndex);
  w.int64(m.timestamp);
  if (m.maxNumOffsets !== undefined && m.maxNumOffsets !== 1) throw new UnsupportedFieldError('ListOffsetsPartition.MaxNumOffsets', 1);
}

function encodeListOffsetsTopicV1(w: Writer, m: ListOffsetsTopic): void {
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsPartitionV1(w, a[i]);
  }
}

function encodeListOffsetsRequestV1(w: Writer, m: ListOffsetsRequest): void {
  w.int32(m.replicaId);
  if (m.isolationLevel !== undefined && m.isolationLevel !== 0) throw new UnsupportedFieldError('ListOffsetsRequest.IsolationLevel', 1);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsTopicV1(w, a[i]);
  }
}

function decodeListOffsetsRequestV2(r: Reader): ListOffsetsRequest {
  const replicaId = r.int32();
  const isolationLevel = r.int8();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: ListOffsetsTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeListOffsetsTopicV1(r));
  return { replicaId, isolationLevel, topics, timeoutMs: 0 };
}

function encodeListOffsetsPartitionV2(w: Writer, m: ListOffsetsPartition): void {
  w.int32(m.partitionIndex);
  w.int64(m.timestamp);
  if (m.maxNumOffsets !== undefined && m.maxNumOffsets !== 1) throw new UnsupportedFieldError('ListOffsetsPartition.MaxNumOffsets', 2);
}

function encodeListOffsetsTopicV2(w: Writer, m: ListOffsetsTopic): void {
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsPartitionV2(w, a[i]);
  }
}

function encodeListOffsetsRequestV2(w: Writer, m: ListOffsetsRequest): void {
  w.int32(m.replicaId);
  w.int8(m.isolationLevel === undefined ? 0 : m.isolationLevel);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsTopicV2(w, a[i]);
  }
}

function encodeListOffsetsPartitionV3(w: Writer, m: ListOffsetsPartition): void {
  w.int32(m.partitionIndex);
  w.int64(m.timestamp);
  if (m.maxNumOffsets !== undefined && m.maxNumOffsets !== 1) throw new UnsupportedFieldError('ListOffsetsPartition.MaxNumOffsets', 3);
}

function encodeListOffsetsTopicV3(w: Writer, m: ListOffsetsTopic): void {
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsPartitionV3(w, a[i]);
  }
}

function encodeListOffsetsRequestV3(w: Writer, m: ListOffsetsRequest): void {
  w.int32(m.replicaId);
  w.int8(m.isolationLevel === undefined ? 0 : m.isolationLevel);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsTopicV3(w, a[i]);
  }
}

function decodeListOffsetsPartitionV4(r: Reader): ListOffsetsPartition {
  const partitionIndex = r.int32();
  const currentLeaderEpoch = r.int32();
  const timestamp = r.int64();
  return { partitionIndex, currentLeaderEpoch, timestamp, maxNumOffsets: 1 };
}

function decodeListOffsetsTopicV4(r: Reader): ListOffsetsTopic {
  const name = r.string();
  const n0 = r.arrayLength(16);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: ListOffsetsPartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeListOffsetsPartitionV4(r));
  return { name, partitions };
}

function decodeListOffsetsRequestV4(r: Reader): ListOffsetsRequest {
  const replicaId = r.int32();
  const isolationLevel = r.int8();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: ListOffsetsTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeListOffsetsTopicV4(r));
  return { replicaId, isolationLevel, topics, timeoutMs: 0 };
}

function encodeListOffsetsPartitionV4(w: Writer, m: ListOffsetsPartition): void {
  w.int32(m.partitionIndex);
  w.int32(m.currentLeaderEpoch === undefined ? -1 : m.currentLeaderEpoch);
  w.int64(m.timestamp);
  if (m.maxNumOffsets !== undefined && m.maxNumOffsets !== 1) throw new UnsupportedFieldError('ListOffsetsPartition.MaxNumOffsets', 4);
}

function encodeListOffsetsTopicV4(w: Writer, m: ListOffsetsTopic): void {
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsPartitionV4(w, a[i]);
  }
}

function encodeListOffsetsRequestV4(w: Writer, m: ListOffsetsRequest): void {
  w.int32(m.replicaId);
  w.int8(m.isolationLevel === undefined ? 0 : m.isolationLevel);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsTopicV4(w, a[i]);
  }
}

function encodeListOffsetsPartitionV5(w: Writer, m: ListOffsetsPartition): void {
  w.int32(m.partitionIndex);
  w.int32(m.currentLeaderEpoch === undefined ? -1 : m.currentLeaderEpoch);
  w.int64(m.timestamp);
  if (m.maxNumOffsets !== undefined && m.maxNumOffsets !== 1) throw new UnsupportedFieldError('ListOffsetsPartition.MaxNumOffsets', 5);
}

function encodeListOffsetsTopicV5(w: Writer, m: ListOffsetsTopic): void {
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsPartitionV5(w, a[i]);
  }
}

function encodeListOffsetsRequestV5(w: Writer, m: ListOffsetsRequest): void {
  w.int32(m.replicaId);
  w.int8(m.isolationLevel === undefined ? 0 : m.isolationLevel);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsTopicV5(w, a[i]);
  }
}

function decodeListOffsetsPartitionV6(r: Reader): ListOffsetsPartition {
  const partitionIndex = r.int32();
  const currentLeaderEpoch = r.int32();
  const timestamp = r.int64();
  const m: ListOffsetsPartition = { partitionIndex, currentLeaderEpoch, timestamp, maxNumOffsets: 1 };
  r.skipTaggedFields();
  return m;
}

function decodeListOffsetsTopicV6(r: Reader): ListOffsetsTopic {
  const name = r.compactString();
  const n0 = r.compactArrayLength(17);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: ListOffsetsPartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeListOffsetsPartitionV6(r));
  const m: ListOffsetsTopic = { name, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeListOffsetsRequestV6(r: Reader): ListOffsetsRequest {
  const replicaId = r.int32();
  const isolationLevel = r.int8();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: ListOffsetsTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeListOffsetsTopicV6(r));
  const m: ListOffsetsRequest = { replicaId, isolationLevel, topics, timeoutMs: 0 };
  r.skipTaggedFields();
  return m;
}

function encodeListOffsetsPartitionV6(w: Writer, m: ListOffsetsPartition): void {
  w.int32(m.partitionIndex);
  w.int32(m.currentLeaderEpoch === undefined ? -1 : m.currentLeaderEpoch);
  w.int64(m.timestamp);
  if (m.maxNumOffsets !== undefined && m.maxNumOffsets !== 1) throw new UnsupportedFieldError('ListOffsetsPartition.MaxNumOffsets', 6);
  w.uvarint(0);
}

function encodeListOffsetsTopicV6(w: Writer, m: ListOffsetsTopic): void {
  w.compactString(m.name);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsPartitionV6(w, a[i]);
  }
  w.uvarint(0);
}

function encodeListOffsetsRequestV6(w: Writer, m: ListOffsetsRequest): void {
  w.int32(m.replicaId);
  w.int8(m.isolationLevel === undefined ? 0 : m.isolationLevel);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsTopicV6(w, a[i]);
  }
  w.uvarint(0);
}

function encodeListOffsetsPartitionV7(w: Writer, m: ListOffsetsPartition): void {
  w.int32(m.partitionIndex);
  w.int32(m.currentLeaderEpoch === undefined ? -1 : m.currentLeaderEpoch);
  w.int64(m.timestamp);
  if (m.maxNumOffsets !== undefined && m.maxNumOffsets !== 1) throw new UnsupportedFieldError('ListOffsetsPartition.MaxNumOffsets', 7);
  w.uvarint(0);
}

function encodeListOffsetsTopicV7(w: Writer, m: ListOffsetsTopic): void {
  w.compactString(m.name);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsPartitionV7(w, a[i]);
  }
  w.uvarint(0);
}

function encodeListOffsetsRequestV7(w: Writer, m: ListOffsetsRequest): void {
  w.int32(m.replicaId);
  w.int8(m.isolationLevel === undefined ? 0 : m.isolationLevel);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsTopicV7(w, a[i]);
  }
  w.uvarint(0);
}

function encodeListOffsetsPartitionV8(w: Writer, m: ListOffsetsPartition): void {
  w.int32(m.partitionIndex);
  w.int32(m.currentLeaderEpoch === undefined ? -1 : m.currentLeaderEpoch);
  w.int64(m.timestamp);
  if (m.maxNumOffsets !== undefined && m.maxNumOffsets !== 1) throw new UnsupportedFieldError('ListOffsetsPartition.MaxNumOffsets', 8);
  w.uvarint(0);
}

function encodeListOffsetsTopicV8(w: Writer, m: ListOffsetsTopic): void {
  w.compactString(m.name);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsPartitionV8(w, a[i]);
  }
  w.uvarint(0);
}

function encodeListOffsetsRequestV8(w: Writer, m: ListOffsetsRequest): void {
  w.int32(m.replicaId);
  w.int8(m.isolationLevel === undefined ? 0 : m.isolationLevel);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsTopicV8(w, a[i]);
  }
  w.uvarint(0);
}

function encodeListOffsetsPartitionV9(w: Writer, m: ListOffsetsPartition): void {
  w.int32(m.partitionIndex);
  w.int32(m.currentLeaderEpoch === undefined ? -1 : m.currentLeaderEpoch);
  w.int64(m.timestamp);
  if (m.maxNumOffsets !== undefined && m.maxNumOffsets !== 1) throw new UnsupportedFieldError('ListOffsetsPartition.MaxNumOffsets', 9);
  w.uvarint(0);
}

function encodeListOffsetsTopicV9(w: Writer, m: ListOffsetsTopic): void {
  w.compactString(m.name);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsPartitionV9(w, a[i]);
  }
  w.uvarint(0);
}

function encodeListOffsetsRequestV9(w: Writer, m: ListOffsetsRequest): void {
  w.int32(m.replicaId);
  w.int8(m.isolationLevel === undefined ? 0 : m.isolationLevel);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsTopicV9(w, a[i]);
  }
  w.uvarint(0);
}

function decodeListOffsetsRequestV10(r: Reader): ListOffsetsRequest {
  const replicaId = r.int32();
  const isolationLevel = r.int8();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: ListOffsetsTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeListOffsetsTopicV6(r));
  const timeoutMs = r.int32();
  const m: ListOffsetsRequest = { replicaId, isolationLevel, topics, timeoutMs };
  r.skipTaggedFields();
  return m;
}

function encodeListOffsetsPartitionV10(w: Writer, m: ListOffsetsPartition): void {
  w.int32(m.partitionIndex);
  w.int32(m.currentLeaderEpoch === undefined ? -1 : m.currentLeaderEpoch);
  w.int64(m.timestamp);
  if (m.maxNumOffsets !== undefined && m.maxNumOffsets !== 1) throw new UnsupportedFieldError('ListOffsetsPartition.MaxNumOffsets', 10);
  w.uvarint(0);
}

function encodeListOffsetsTopicV10(w: Writer, m: ListOffsetsTopic): void {
  w.compactString(m.name);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsPartitionV10(w, a[i]);
  }
  w.uvarint(0);
}

function encodeListOffsetsRequestV10(w: Writer, m: ListOffsetsRequest): void {
  w.int32(m.replicaId);
  w.int8(m.isolationLevel === undefined ? 0 : m.isolationLevel);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsTopicV10(w, a[i]);
  }
  w.int32(m.timeoutMs === undefined ? 0 : m.timeoutMs);
  w.uvarint(0);
}

function decodeListOffsetsPartitionResponseV0(r: Reader): ListOffsetsPartitionResponse {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const n0 = r.arrayLength(8);
  if (n0 < 0) r.fail('null in non-nullable array OldStyleOffsets');
  const oldStyleOffsets: number[] = [];
  for (let i = 0; i < n0; i++) oldStyleOffsets.push(r.int64());
  return { partitionIndex, errorCode, oldStyleOffsets, timestamp: -1, offset: -1, leaderEpoch: -1 };
}

function decodeListOffsetsTopicResponseV0(r: Reader): ListOffsetsTopicResponse {
  const name = r.string();
  const n0 = r.arrayLength(10);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: ListOffsetsPartitionResponse[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeListOffsetsPartitionResponseV0(r));
  return { name, partitions };
}

function decodeListOffsetsResponseV0(r: Reader): ListOffsetsResponse {
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: ListOffsetsTopicResponse[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeListOffsetsTopicResponseV0(r));
  return { throttleTimeMs: 0, topics };
}

function encodeListOffsetsPartitionResponseV0(w: Writer, m: ListOffsetsPartitionResponse): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  {
    const a = m.oldStyleOffsets === undefined ? [] : m.oldStyleOffsets;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int64(a[i]);
  }
  if (m.timestamp !== undefined && m.timestamp !== -1) throw new UnsupportedFieldError('ListOffsetsPartitionResponse.Timestamp', 0);
  if (m.offset !== undefined && m.offset !== -1) throw new UnsupportedFieldError('ListOffsetsPartitionResponse.Offset', 0);
  if (m.leaderEpoch !== undefined && m.leaderEpoch !== -1) throw new UnsupportedFieldError('ListOffsetsPartitionResponse.LeaderEpoch', 0);
}

function encodeListOffsetsTopicResponseV0(w: Writer, m: ListOffsetsTopicResponse): void {
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsPartitionResponseV0(w, a[i]);
  }
}

function encodeListOffsetsResponseV0(w: Writer, m: ListOffsetsResponse): void {
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsTopicResponseV0(w, a[i]);
  }
}

function decodeListOffsetsPartitionResponseV1(r: Reader): ListOffsetsPartitionResponse {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const timestamp = r.int64();
  const offset = r.int64();
  return { partitionIndex, errorCode, oldStyleOffsets: [], timestamp, offset, leaderEpoch: -1 };
}

function decodeListOffsetsTopicResponseV1(r: Reader): ListOffsetsTopicResponse {
  const name = r.string();
  const n0 = r.arrayLength(22);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: ListOffsetsPartitionResponse[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeListOffsetsPartitionResponseV1(r));
  return { name, partitions };
}

function decodeListOffsetsResponseV1(r: Reader): ListOffsetsResponse {
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: ListOffsetsTopicResponse[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeListOffsetsTopicResponseV1(r));
  return { throttleTimeMs: 0, topics };
}

function encodeListOffsetsPartitionResponseV1(w: Writer, m: ListOffsetsPartitionResponse): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (m.oldStyleOffsets !== undefined && (m.oldStyleOffsets === null || m.oldStyleOffsets.length !== 0)) {
    throw new UnsupportedFieldError('ListOffsetsPartitionResponse.OldStyleOffsets', 1);
  }
  w.int64(m.timestamp === undefined ? -1 : m.timestamp);
  w.int64(m.offset === undefined ? -1 : m.offset);
  if (m.leaderEpoch !== undefined && m.leaderEpoch !== -1) throw new UnsupportedFieldError('ListOffsetsPartitionResponse.LeaderEpoch', 1);
}

function encodeListOffsetsTopicResponseV1(w: Writer, m: ListOffsetsTopicResponse): void {
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsPartitionResponseV1(w, a[i]);
  }
}

function encodeListOffsetsResponseV1(w: Writer, m: ListOffsetsResponse): void {
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsTopicResponseV1(w, a[i]);
  }
}

function decodeListOffsetsResponseV2(r: Reader): ListOffsetsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: ListOffsetsTopicResponse[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeListOffsetsTopicResponseV1(r));
  return { throttleTimeMs, topics };
}

function encodeListOffsetsPartitionResponseV2(w: Writer, m: ListOffsetsPartitionResponse): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (m.oldStyleOffsets !== undefined && (m.oldStyleOffsets === null || m.oldStyleOffsets.length !== 0)) {
    throw new UnsupportedFieldError('ListOffsetsPartitionResponse.OldStyleOffsets', 2);
  }
  w.int64(m.timestamp === undefined ? -1 : m.timestamp);
  w.int64(m.offset === undefined ? -1 : m.offset);
  if (m.leaderEpoch !== undefined && m.leaderEpoch !== -1) throw new UnsupportedFieldError('ListOffsetsPartitionResponse.LeaderEpoch', 2);
}

function encodeListOffsetsTopicResponseV2(w: Writer, m: ListOffsetsTopicResponse): void {
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsPartitionResponseV2(w, a[i]);
  }
}

function encodeListOffsetsResponseV2(w: Writer, m: ListOffsetsResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsTopicResponseV2(w, a[i]);
  }
}

function encodeListOffsetsPartitionResponseV3(w: Writer, m: ListOffsetsPartitionResponse): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (m.oldStyleOffsets !== undefined && (m.oldStyleOffsets === null || m.oldStyleOffsets.length !== 0)) {
    throw new UnsupportedFieldError('ListOffsetsPartitionResponse.OldStyleOffsets', 3);
  }
  w.int64(m.timestamp === undefined ? -1 : m.timestamp);
  w.int64(m.offset === undefined ? -1 : m.offset);
  if (m.leaderEpoch !== undefined && m.leaderEpoch !== -1) throw new UnsupportedFieldError('ListOffsetsPartitionResponse.LeaderEpoch', 3);
}

function encodeListOffsetsTopicResponseV3(w: Writer, m: ListOffsetsTopicResponse): void {
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsPartitionResponseV3(w, a[i]);
  }
}

function encodeListOffsetsResponseV3(w: Writer, m: ListOffsetsResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsTopicResponseV3(w, a[i]);
  }
}

function decodeListOffsetsPartitionResponseV4(r: Reader): ListOffsetsPartitionResponse {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const timestamp = r.int64();
  const offset = r.int64();
  const leaderEpoch = r.int32();
  return { partitionIndex, errorCode, oldStyleOffsets: [], timestamp, offset, leaderEpoch };
}

function decodeListOffsetsTopicResponseV4(r: Reader): ListOffsetsTopicResponse {
  const name = r.string();
  const n0 = r.arrayLength(26);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: ListOffsetsPartitionResponse[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeListOffsetsPartitionResponseV4(r));
  return { name, partitions };
}

function decodeListOffsetsResponseV4(r: Reader): ListOffsetsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: ListOffsetsTopicResponse[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeListOffsetsTopicResponseV4(r));
  return { throttleTimeMs, topics };
}

function encodeListOffsetsPartitionResponseV4(w: Writer, m: ListOffsetsPartitionResponse): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (m.oldStyleOffsets !== undefined && (m.oldStyleOffsets === null || m.oldStyleOffsets.length !== 0)) {
    throw new UnsupportedFieldError('ListOffsetsPartitionResponse.OldStyleOffsets', 4);
  }
  w.int64(m.timestamp === undefined ? -1 : m.timestamp);
  w.int64(m.offset === undefined ? -1 : m.offset);
  w.int32(m.leaderEpoch === undefined ? -1 : m.leaderEpoch);
}

function encodeListOffsetsTopicResponseV4(w: Writer, m: ListOffsetsTopicResponse): void {
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsPartitionResponseV4(w, a[i]);
  }
}

function encodeListOffsetsResponseV4(w: Writer, m: ListOffsetsResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsTopicResponseV4(w, a[i]);
  }
}

function encodeListOffsetsPartitionResponseV5(w: Writer, m: ListOffsetsPartitionResponse): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (m.oldStyleOffsets !== undefined && (m.oldStyleOffsets === null || m.oldStyleOffsets.length !== 0)) {
    throw new UnsupportedFieldError('ListOffsetsPartitionResponse.OldStyleOffsets', 5);
  }
  w.int64(m.timestamp === undefined ? -1 : m.timestamp);
  w.int64(m.offset === undefined ? -1 : m.offset);
  w.int32(m.leaderEpoch === undefined ? -1 : m.leaderEpoch);
}

function encodeListOffsetsTopicResponseV5(w: Writer, m: ListOffsetsTopicResponse): void {
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsPartitionResponseV5(w, a[i]);
  }
}

function encodeListOffsetsResponseV5(w: Writer, m: ListOffsetsResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsTopicResponseV5(w, a[i]);
  }
}

function decodeListOffsetsPartitionResponseV6(r: Reader): ListOffsetsPartitionResponse {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const timestamp = r.int64();
  const offset = r.int64();
  const leaderEpoch = r.int32();
  const m: ListOffsetsPartitionResponse = { partitionIndex, errorCode, oldStyleOffsets: [], timestamp, offset, leaderEpoch };
  r.skipTaggedFields();
  return m;
}

function decodeListOffsetsTopicResponseV6(r: Reader): ListOffsetsTopicResponse {
  const name = r.compactString();
  const n0 = r.compactArrayLength(27);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: ListOffsetsPartitionResponse[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeListOffsetsPartitionResponseV6(r));
  const m: ListOffsetsTopicResponse = { name, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeListOffsetsResponseV6(r: Reader): ListOffsetsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: ListOffsetsTopicResponse[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeListOffsetsTopicResponseV6(r));
  const m: ListOffsetsResponse = { throttleTimeMs, topics };
  r.skipTaggedFields();
  return m;
}

function encodeListOffsetsPartitionResponseV6(w: Writer, m: ListOffsetsPartitionResponse): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (m.oldStyleOffsets !== undefined && (m.oldStyleOffsets === null || m.oldStyleOffsets.length !== 0)) {
    throw new UnsupportedFieldError('ListOffsetsPartitionResponse.OldStyleOffsets', 6);
  }
  w.int64(m.timestamp === undefined ? -1 : m.timestamp);
  w.int64(m.offset === undefined ? -1 : m.offset);
  w.int32(m.leaderEpoch === undefined ? -1 : m.leaderEpoch);
  w.uvarint(0);
}

function encodeListOffsetsTopicResponseV6(w: Writer, m: ListOffsetsTopicResponse): void {
  w.compactString(m.name);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsPartitionResponseV6(w, a[i]);
  }
  w.uvarint(0);
}

function encodeListOffsetsResponseV6(w: Writer, m: ListOffsetsResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsTopicResponseV6(w, a[i]);
  }
  w.uvarint(0);
}

function encodeListOffsetsPartitionResponseV7(w: Writer, m: ListOffsetsPartitionResponse): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (m.oldStyleOffsets !== undefined && (m.oldStyleOffsets === null || m.oldStyleOffsets.length !== 0)) {
    throw new UnsupportedFieldError('ListOffsetsPartitionResponse.OldStyleOffsets', 7);
  }
  w.int64(m.timestamp === undefined ? -1 : m.timestamp);
  w.int64(m.offset === undefined ? -1 : m.offset);
  w.int32(m.leaderEpoch === undefined ? -1 : m.leaderEpoch);
  w.uvarint(0);
}

function encodeListOffsetsTopicResponseV7(w: Writer, m: ListOffsetsTopicResponse): void {
  w.compactString(m.name);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsPartitionResponseV7(w, a[i]);
  }
  w.uvarint(0);
}

function encodeListOffsetsResponseV7(w: Writer, m: ListOffsetsResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsTopicResponseV7(w, a[i]);
  }
  w.uvarint(0);
}

function encodeListOffsetsPartitionResponseV8(w: Writer, m: ListOffsetsPartitionResponse): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (m.oldStyleOffsets !== undefined && (m.oldStyleOffsets === null || m.oldStyleOffsets.length !== 0)) {
    throw new UnsupportedFieldError('ListOffsetsPartitionResponse.OldStyleOffsets', 8);
  }
  w.int64(m.timestamp === undefined ? -1 : m.timestamp);
  w.int64(m.offset === undefined ? -1 : m.offset);
  w.int32(m.leaderEpoch === undefined ? -1 : m.leaderEpoch);
  w.uvarint(0);
}

function encodeListOffsetsTopicResponseV8(w: Writer, m: ListOffsetsTopicResponse): void {
  w.compactString(m.name);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsPartitionResponseV8(w, a[i]);
  }
  w.uvarint(0);
}

function encodeListOffsetsResponseV8(w: Writer, m: ListOffsetsResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsTopicResponseV8(w, a[i]);
  }
  w.uvarint(0);
}

function encodeListOffsetsPartitionResponseV9(w: Writer, m: ListOffsetsPartitionResponse): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (m.oldStyleOffsets !== undefined && (m.oldStyleOffsets === null || m.oldStyleOffsets.length !== 0)) {
    throw new UnsupportedFieldError('ListOffsetsPartitionResponse.OldStyleOffsets', 9);
  }
  w.int64(m.timestamp === undefined ? -1 : m.timestamp);
  w.int64(m.offset === undefined ? -1 : m.offset);
  w.int32(m.leaderEpoch === undefined ? -1 : m.leaderEpoch);
  w.uvarint(0);
}

function encodeListOffsetsTopicResponseV9(w: Writer, m: ListOffsetsTopicResponse): void {
  w.compactString(m.name);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsPartitionResponseV9(w, a[i]);
  }
  w.uvarint(0);
}

function encodeListOffsetsResponseV9(w: Writer, m: ListOffsetsResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsTopicResponseV9(w, a[i]);
  }
  w.uvarint(0);
}

function encodeListOffsetsPartitionResponseV10(w: Writer, m: ListOffsetsPartitionResponse): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (m.oldStyleOffsets !== undefined && (m.oldStyleOffsets === null || m.oldStyleOffsets.length !== 0)) {
    throw new UnsupportedFieldError('ListOffsetsPartitionResponse.OldStyleOffsets', 10);
  }
  w.int64(m.timestamp === undefined ? -1 : m.timestamp);
  w.int64(m.offset === undefined ? -1 : m.offset);
  w.int32(m.leaderEpoch === undefined ? -1 : m.leaderEpoch);
  w.uvarint(0);
}

function encodeListOffsetsTopicResponseV10(w: Writer, m: ListOffsetsTopicResponse): void {
  w.compactString(m.name);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsPartitionResponseV10(w, a[i]);
  }
  w.uvarint(0);
}

function encodeListOffsetsResponseV10(w: Writer, m: ListOffsetsResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListOffsetsTopicResponseV10(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => ListOffsetsRequest) | undefined> = [
  decodeListOffsetsRequestV0, decodeListOffsetsRequestV1, decodeListOffsetsRequestV2, decodeListOffsetsRequestV2,
  decodeListOffsetsRequestV4, decodeListOffsetsRequestV4, decodeListOffsetsRequestV6, decodeListOffsetsRequestV6,
  decodeListOffsetsRequestV6, decodeListOffsetsRequestV6, decodeListOffsetsRequestV10,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: ListOffsetsRequest) => void) | undefined> = [
  encodeListOffsetsRequestV0, encodeListOffsetsRequestV1, encodeListOffsetsRequestV2, encodeListOffsetsRequestV3,
  encodeListOffsetsRequestV4, encodeListOffsetsRequestV5, encodeListOffsetsRequestV6, encodeListOffsetsRequestV7,
  encodeListOffsetsRequestV8, encodeListOffsetsRequestV9, encodeListOffsetsRequestV10,
];
const responseDecoders: ReadonlyArray<((r: Reader) => ListOffsetsResponse) | undefined> = [
  decodeListOffsetsResponseV0, decodeListOffsetsResponseV1, decodeListOffsetsResponseV2, decodeListOffsetsResponseV2,
  decodeListOffsetsResponseV4, decodeListOffsetsResponseV4, decodeListOffsetsResponseV6, decodeListOffsetsResponseV6,
  decodeListOffsetsResponseV6, decodeListOffsetsResponseV6, decodeListOffsetsResponseV6,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: ListOffsetsResponse) => void) | undefined> = [
  encodeListOffsetsResponseV0, encodeListOffsetsResponseV1, encodeListOffsetsResponseV2, encodeListOffsetsResponseV3,
  encodeListOffsetsResponseV4, encodeListOffsetsResponseV5, encodeListOffsetsResponseV6, encodeListOffsetsResponseV7,
  encodeListOffsetsResponseV8, encodeListOffsetsResponseV9, encodeListOffsetsResponseV10,
];

export const ListOffsetsApi: ApiCodec<ListOffsetsRequest, ListOffsetsResponse> = {
  apiKey: 2,
  name: 'ListOffsets',
  validVersions: { min: 0, max: 10 },
  firstFlexibleVersion: 6,
  deprecatedVersions: { min: 0, max: 0 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 6 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 6 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): ListOffsetsRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ListOffsets', 2, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: ListOffsetsRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ListOffsets', 2, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): ListOffsetsResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ListOffsets', 2, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: ListOffsetsResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ListOffsets', 2, version);
    encode(writer, message);
  },
  defaultRequest: defaultListOffsetsRequest,
  defaultResponse: defaultListOffsetsResponse,
};
