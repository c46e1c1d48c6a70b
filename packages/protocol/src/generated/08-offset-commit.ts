// Generated from protocol-specs/08-offset-commit.json by scripts/gen-protocol.ts. Do not edit.
// OffsetCommit (key 8), versions 0-9, flexible from v8.

import type { ApiCodec } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface OffsetCommitRequest {
  groupId: string;
  generationIdOrMemberEpoch?: number;
  memberId?: string;
  groupInstanceId?: string | null;
  retentionTimeMs?: number;
  topics: OffsetCommitRequestTopic[];
}

export interface OffsetCommitRequestTopic {
  name: string;
  partitions: OffsetCommitRequestPartition[];
}

export interface OffsetCommitRequestPartition {
  partitionIndex: number;
  committedOffset: number;
  committedLeaderEpoch?: number;
  commitTimestamp?: number;
  committedMetadata: string | null;
}

export interface OffsetCommitResponse {
  throttleTimeMs?: number;
  topics: OffsetCommitResponseTopic[];
}

export interface OffsetCommitResponseTopic {
  name: string;
  partitions: OffsetCommitResponsePartition[];
}

export interface OffsetCommitResponsePartition {
  partitionIndex: number;
  errorCode: number;
}

function defaultOffsetCommitRequest(): OffsetCommitRequest {
  return { groupId: '', generationIdOrMemberEpoch: -1, memberId: '', groupInstanceId: null, retentionTimeMs: -1, topics: [] };
}

function defaultOffsetCommitResponse(): OffsetCommitResponse {
  return { throttleTimeMs: 0, topics: [] };
}

function decodeOffsetCommitRequestPartitionV0(r: Reader): OffsetCommitRequestPartition {
  const partitionIndex = r.int32();
  const committedOffset = r.int64();
  const committedMetadata = r.nullableString();
  return { partitionIndex, committedOffset, committedLeaderEpoch: -1, commitTimestamp: -1, committedMetadata };
}

function decodeOffsetCommitRequestTopicV0(r: Reader): OffsetCommitRequestTopic {
  const name = r.string();
  const n0 = r.arrayLength(14);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: OffsetCommitRequestPartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeOffsetCommitRequestPartitionV0(r));
  return { name, partitions };
}

function decodeOffsetCommitRequestV0(r: Reader): OffsetCommitRequest {
  const groupId = r.string();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: OffsetCommitRequestTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeOffsetCommitRequestTopicV0(r));
  return { groupId, generationIdOrMemberEpoch: -1, memberId: '', groupInstanceId: null, retentionTimeMs: -1, topics };
}

function encodeOffsetCommitRequestPartitionV0(w: Writer, m: OffsetCommitRequestPartition): void {
  w.int32(m.partitionIndex);
  w.int64(m.committedOffset);
  if (m.commitTimestamp !== undefined && m.commitTimestamp !== -1) {
    throw new UnsupportedFieldError('OffsetCommitRequestPartition.CommitTimestamp', 0);
  }
  w.nullableString(m.committedMetadata);
}

function encodeOffsetCommitRequestTopicV0(w: Writer, m: OffsetCommitRequestTopic): void {
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetCommitRequestPartitionV0(w, a[i]);
  }
}

function encodeOffsetCommitRequestV0(w: Writer, m: OffsetCommitRequest): void {
  w.string(m.groupId);
  if (m.groupInstanceId !== undefined && m.groupInstanceId !== null) {
    throw new UnsupportedFieldError('OffsetCommitRequest.GroupInstanceId', 0);
  }
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetCommitRequestTopicV0(w, a[i]);
  }
}

function decodeOffsetCommitRequestPartitionV1(r: Reader): OffsetCommitRequestPartition {
  const partitionIndex = r.int32();
  const committedOffset = r.int64();
  const commitTimestamp = r.int64();
  const committedMetadata = r.nullableString();
  return { partitionIndex, committedOffset, committedLeaderEpoch: -1, commitTimestamp, committedMetadata };
}

function decodeOffsetCommitRequestTopicV1(r: Reader): OffsetCommitRequestTopic {
  const name = r.string();
  const n0 = r.arrayLength(22);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: OffsetCommitRequestPartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeOffsetCommitRequestPartitionV1(r));
  return { name, partitions };
}

function decodeOffsetCommitRequestV1(r: Reader): OffsetCommitRequest {
  const groupId = r.string();
  const generationIdOrMemberEpoch = r.int32();
  const memberId = r.string();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: OffsetCommitRequestTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeOffsetCommitRequestTopicV1(r));
  return { groupId, generationIdOrMemberEpoch, memberId, groupInstanceId: null, retentionTimeMs: -1, topics };
}

function encodeOffsetCommitRequestPartitionV1(w: Writer, m: OffsetCommitRequestPartition): void {
  w.int32(m.partitionIndex);
  w.int64(m.committedOffset);
  w.int64(m.commitTimestamp === undefined ? -1 : m.commitTimestamp);
  w.nullableString(m.committedMetadata);
}

function encodeOffsetCommitRequestTopicV1(w: Writer, m: OffsetCommitRequestTopic): void {
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetCommitRequestPartitionV1(w, a[i]);
  }
}

function encodeOffsetCommitRequestV1(w: Writer, m: OffsetCommitRequest): void {
  w.string(m.groupId);
  w.int32(m.generationIdOrMemberEpoch === undefined ? -1 : m.generationIdOrMemberEpoch);
  w.string(m.memberId === undefined ? '' : m.memberId);
  if (m.groupInstanceId !== undefined && m.groupInstanceId !== null) {
    throw new UnsupportedFieldError('OffsetCommitRequest.GroupInstanceId', 1);
  }
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetCommitRequestTopicV1(w, a[i]);
  }
}

function decodeOffsetCommitRequestV2(r: Reader): OffsetCommitRequest {
  const groupId = r.string();
  const generationIdOrMemberEpoch = r.int32();
  const memberId = r.string();
  const retentionTimeMs = r.int64();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: OffsetCommitRequestTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeOffsetCommitRequestTopicV0(r));
  return { groupId, generationIdOrMemberEpoch, memberId, groupInstanceId: null, retentionTimeMs, topics };
}

function encodeOffsetCommitRequestPartitionV2(w: Writer, m: OffsetCommitRequestPartition): void {
  w.int32(m.partitionIndex);
  w.int64(m.committedOffset);
  if (m.commitTimestamp !== undefined && m.commitTimestamp !== -1) {
    throw new UnsupportedFieldError('OffsetCommitRequestPartition.CommitTimestamp', 2);
  }
  w.nullableString(m.committedMetadata);
}

function encodeOffsetCommitRequestTopicV2(w: Writer, m: OffsetCommitRequestTopic): void {
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetCommitRequestPartitionV2(w, a[i]);
  }
}

function encodeOffsetCommitRequestV2(w: Writer, m: OffsetCommitRequest): void {
  w.string(m.groupId);
  w.int32(m.generationIdOrMemberEpoch === undefined ? -1 : m.generationIdOrMemberEpoch);
  w.string(m.memberId === undefined ? '' : m.memberId);
  if (m.groupInstanceId !== undefined && m.groupInstanceId !== null) {
    throw new UnsupportedFieldError('OffsetCommitRequest.GroupInstanceId', 2);
  }
  w.int64(m.retentionTimeMs === undefined ? -1 : m.retentionTimeMs);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetCommitRequestTopicV2(w, a[i]);
  }
}

function encodeOffsetCommitRequestPartitionV3(w: Writer, m: OffsetCommitRequestPartition): void {
  w.int32(m.partitionIndex);
  w.int64(m.committedOffset);
  if (m.commitTimestamp !== undefined && m.commitTimestamp !== -1) {
    throw new UnsupportedFieldError('OffsetCommitRequestPartition.CommitTimestamp', 3);
  }
  w.nullableString(m.committedMetadata);
}

function encodeOffsetCommitRequestTopicV3(w: Writer, m: OffsetCommitRequestTopic): void {
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetCommitRequestPartitionV3(w, a[i]);
  }
}

function encodeOffsetCommitRequestV3(w: Writer, m: OffsetCommitRequest): void {
  w.string(m.groupId);
  w.int32(m.generationIdOrMemberEpoch === undefined ? -1 : m.generationIdOrMemberEpoch);
  w.string(m.memberId === undefined ? '' : m.memberId);
  if (m.groupInstanceId !== undefined && m.groupInstanceId !== null) {
    throw new UnsupportedFieldError('OffsetCommitRequest.GroupInstanceId', 3);
  }
  w.int64(m.retentionTimeMs === undefined ? -1 : m.retentionTimeMs);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetCommitRequestTopicV3(w, a[i]);
  }
}

function encodeOffsetCommitRequestPartitionV4(w: Writer, m: OffsetCommitRequestPartition): void {
  w.int32(m.partitionIndex);
  w.int64(m.committedOffset);
  if (m.commitTimestamp !== undefined && m.commitTimestamp !== -1) {
    throw new UnsupportedFieldError('OffsetCommitRequestPartition.CommitTimestamp', 4);
  }
  w.nullableString(m.committedMetadata);
}

function encodeOffsetCommitRequestTopicV4(w: Writer, m: OffsetCommitRequestTopic): void {
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetCommitRequestPartitionV4(w, a[i]);
  }
}

function encodeOffsetCommitRequestV4(w: Writer, m: OffsetCommitRequest): void {
  w.string(m.groupId);
  w.int32(m.generationIdOrMemberEpoch === undefined ? -1 : m.generationIdOrMemberEpoch);
  w.string(m.memberId === undefined ? '' : m.memberId);
  if (m.groupInstanceId !== undefined && m.groupInstanceId !== null) {
    throw new UnsupportedFieldError('OffsetCommitRequest.GroupInstanceId', 4);
  }
  w.int64(m.retentionTimeMs === undefined ? -1 : m.retentionTimeMs);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetCommitRequestTopicV4(w, a[i]);
  }
}

function decodeOffsetCommitRequestV5(r: Reader): OffsetCommitRequest {
  const groupId = r.string();
  const generationIdOrMemberEpoch = r.int32();
  const memberId = r.string();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: OffsetCommitRequestTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeOffsetCommitRequestTopicV0(r));
  return { groupId, generationIdOrMemberEpoch, memberId, groupInstanceId: null, retentionTimeMs: -1, topics };
}

function encodeOffsetCommitRequestPartitionV5(w: Writer, m: OffsetCommitRequestPartition): void {
  w.int32(m.partitionIndex);
  w.int64(m.committedOffset);
  if (m.commitTimestamp !== undefined && m.commitTimestamp !== -1) {
    throw new UnsupportedFieldError('OffsetCommitRequestPartition.CommitTimestamp', 5);
  }
  w.nullableString(m.committedMetadata);
}

function encodeOffsetCommitRequestTopicV5(w: Writer, m: OffsetCommitRequestTopic): void {
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetCommitRequestPartitionV5(w, a[i]);
  }
}

function encodeOffsetCommitRequestV5(w: Writer, m: OffsetCommitRequest): void {
  w.string(m.groupId);
  w.int32(m.generationIdOrMemberEpoch === undefined ? -1 : m.generationIdOrMemberEpoch);
  w.string(m.memberId === undefined ? '' : m.memberId);
  if (m.groupInstanceId !== undefined && m.groupInstanceId !== null) {
    throw new UnsupportedFieldError('OffsetCommitRequest.GroupInstanceId', 5);
  }
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetCommitRequestTopicV5(w, a[i]);
  }
}

function decodeOffsetCommitRequestPartitionV6(r: Reader): OffsetCommitRequestPartition {
  const partitionIndex = r.int32();
  const committedOffset = r.int64();
  const committedLeaderEpoch = r.int32();
  const committedMetadata = r.nullableString();
  return { partitionIndex, committedOffset, committedLeaderEpoch, commitTimestamp: -1, committedMetadata };
}

function decodeOffsetCommitRequestTopicV6(r: Reader): OffsetCommitRequestTopic {
  const name = r.string();
  const n0 = r.arrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: OffsetCommitRequestPartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeOffsetCommitRequestPartitionV6(r));
  return { name, partitions };
}

function decodeOffsetCommitRequestV6(r: Reader): OffsetCommitRequest {
  const groupId = r.string();
  const generationIdOrMemberEpoch = r.int32();
  const memberId = r.string();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: OffsetCommitRequestTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeOffsetCommitRequestTopicV6(r));
  return { groupId, generationIdOrMemberEpoch, memberId, groupInstanceId: null, retentionTimeMs: -1, topics };
}

function encodeOffsetCommitRequestPartitionV6(w: Writer, m: OffsetCommitRequestPartition): void {
  w.int32(m.partitionIndex);
  w.int64(m.committedOffset);
  w.int32(m.committedLeaderEpoch === undefined ? -1 : m.committedLeaderEpoch);
  if (m.commitTimestamp !== undefined && m.commitTimestamp !== -1) {
    throw new UnsupportedFieldError('OffsetCommitRequestPartition.CommitTimestamp', 6);
  }
  w.nullableString(m.committedMetadata);
}

function encodeOffsetCommitRequestTopicV6(w: Writer, m: OffsetCommitRequestTopic): void {
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetCommitRequestPartitionV6(w, a[i]);
  }
}

function encodeOffsetCommitRequestV6(w: Writer, m: OffsetCommitRequest): void {
  w.string(m.groupId);
  w.int32(m.generationIdOrMemberEpoch === undefined ? -1 : m.generationIdOrMemberEpoch);
  w.string(m.memberId === undefined ? '' : m.memberId);
  if (m.groupInstanceId !== undefined && m.groupInstanceId !== null) {
    throw new UnsupportedFieldError('OffsetCommitRequest.GroupInstanceId', 6);
  }
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetCommitRequestTopicV6(w, a[i]);
  }
}

function decodeOffsetCommitRequestV7(r: Reader): OffsetCommitRequest {
  const groupId = r.string();
  const generationIdOrMemberEpoch = r.int32();
  const memberId = r.string();
  const groupInstanceId = r.nullableString();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: OffsetCommitRequestTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeOffsetCommitRequestTopicV6(r));
  return { groupId, generationIdOrMemberEpoch, memberId, groupInstanceId, retentionTimeMs: -1, topics };
}

function encodeOffsetCommitRequestPartitionV7(w: Writer, m: OffsetCommitRequestPartition): void {
  w.int32(m.partitionIndex);
  w.int64(m.committedOffset);
  w.int32(m.committedLeaderEpoch === undefined ? -1 : m.committedLeaderEpoch);
  if (m.commitTimestamp !== undefined && m.commitTimestamp !== -1) {
    throw new UnsupportedFieldError('OffsetCommitRequestPartition.CommitTimestamp', 7);
  }
  w.nullableString(m.committedMetadata);
}

function encodeOffsetCommitRequestTopicV7(w: Writer, m: OffsetCommitRequestTopic): void {
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetCommitRequestPartitionV7(w, a[i]);
  }
}

function encodeOffsetCommitRequestV7(w: Writer, m: OffsetCommitRequest): void {
  w.string(m.groupId);
  w.int32(m.generationIdOrMemberEpoch === undefined ? -1 : m.generationIdOrMemberEpoch);
  w.string(m.memberId === undefined ? '' : m.memberId);
  w.nullableString(m.groupInstanceId === undefined ? null : m.groupInstanceId);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetCommitRequestTopicV7(w, a[i]);
  }
}

function decodeOffsetCommitRequestPartitionV8(r: Reader): OffsetCommitRequestPartition {
  const partitionIndex = r.int32();
  const committedOffset = r.int64();
  const committedLeaderEpoch = r.int32();
  const committedMetadata = r.compactNullableString();
  const m: OffsetCommitRequestPartition = { partitionIndex, committedOffset, committedLeaderEpoch, commitTimestamp: -1, committedMetadata };
  r.skipTaggedFields();
  return m;
}

function decodeOffsetCommitRequestTopicV8(r: Reader): OffsetCommitRequestTopic {
  const name = r.compactString();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: OffsetCommitRequestPartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeOffsetCommitRequestPartitionV8(r));
  const m: OffsetCommitRequestTopic = { name, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeOffsetCommitRequestV8(r: Reader): OffsetCommitRequest {
  const groupId = r.compactString();
  const generationIdOrMemberEpoch = r.int32();
  const memberId = r.compactString();
  const groupInstanceId = r.compactNullableString();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: OffsetCommitRequestTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeOffsetCommitRequestTopicV8(r));
  const m: OffsetCommitRequest = { groupId, generationIdOrMemberEpoch, memberId, groupInstanceId, retentionTimeMs: -1, topics };
  r.skipTaggedFields();
  return m;
}

function encodeOffsetCommitRequestPartitionV8(w: Writer, m: OffsetCommitRequestPartition): void {
  w.int32(m.partitionIndex);
  w.int64(m.committedOffset);
  w.int32(m.committedLeaderEpoch === undefined ? -1 : m.committedLeaderEpoch);
  if (m.commitTimestamp !== undefined && m.commitTimestamp !== -1) {
    throw new UnsupportedFieldError('OffsetCommitRequestPartition.CommitTimestamp', 8);
  }
  w.compactNullableString(m.committedMetadata);
  w.uvarint(0);
}

function encodeOffsetCommitRequestTopicV8(w: Writer, m: OffsetCommitRequestTopic): void {
  w.compactString(m.name);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetCommitRequestPartitionV8(w, a[i]);
  }
  w.uvarint(0);
}

function encodeOffsetCommitRequestV8(w: Writer, m: OffsetCommitRequest): void {
  w.compactString(m.groupId);
  w.int32(m.generationIdOrMemberEpoch === undefined ? -1 : m.generationIdOrMemberEpoch);
  w.compactString(m.memberId === undefined ? '' : m.memberId);
  w.compactNullableString(m.groupInstanceId === undefined ? null : m.groupInstanceId);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetCommitRequestTopicV8(w, a[i]);
  }
  w.uvarint(0);
}

function encodeOffsetCommitRequestPartitionV9(w: Writer, m: OffsetCommitRequestPartition): void {
  w.int32(m.partitionIndex);
  w.int64(m.committedOffset);
  w.int32(m.committedLeaderEpoch === undefined ? -1 : m.committedLeaderEpoch);
  if (m.commitTimestamp !== undefined && m.commitTimestamp !== -1) {
    throw new UnsupportedFieldError('OffsetCommitRequestPartition.CommitTimestamp', 9);
  }
  w.compactNullableString(m.committedMetadata);
  w.uvarint(0);
}

function encodeOffsetCommitRequestTopicV9(w: Writer, m: OffsetCommitRequestTopic): void {
  w.compactString(m.name);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetCommitRequestPartitionV9(w, a[i]);
  }
  w.uvarint(0);
}

function encodeOffsetCommitRequestV9(w: Writer, m: OffsetCommitRequest): void {
  w.compactString(m.groupId);
  w.int32(m.generationIdOrMemberEpoch === undefined ? -1 : m.generationIdOrMemberEpoch);
  w.compactString(m.memberId === undefined ? '' : m.memberId);
  w.compactNullableString(m.groupInstanceId === undefined ? null : m.groupInstanceId);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetCommitRequestTopicV9(w, a[i]);
  }
  w.uvarint(0);
}

function decodeOffsetCommitResponsePartitionV0(r: Reader): OffsetCommitResponsePartition {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  return { partitionIndex, errorCode };
}

function decodeOffsetCommitResponseTopicV0(r: Reader): OffsetCommitResponseTopic {
  const name = r.string();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: OffsetCommitResponsePartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeOffsetCommitResponsePartitionV0(r));
  return { name, partitions };
}

function decodeOffsetCommitResponseV0(r: Reader): OffsetCommitResponse {
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: OffsetCommitResponseTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeOffsetCommitResponseTopicV0(r));
  return { throttleTimeMs: 0, topics };
}

function encodeOffsetCommitResponsePartitionV0(w: Writer, m: OffsetCommitResponsePartition): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
}

function encodeOffsetCommitResponseTopicV0(w: Writer, m: OffsetCommitResponseTopic): void {
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetCommitResponsePartitionV0(w, a[i]);
  }
}

function encodeOffsetCommitResponseV0(w: Writer, m: OffsetCommitResponse): void {
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetCommitResponseTopicV0(w, a[i]);
  }
}

function decodeOffsetCommitResponseV3(r: Reader): OffsetCommitResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: OffsetCommitResponseTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeOffsetCommitResponseTopicV0(r));
  return { throttleTimeMs, topics };
}

function encodeOffsetCommitResponseV3(w: Writer, m: OffsetCommitResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetCommitResponseTopicV0(w, a[i]);
  }
}

function decodeOffsetCommitResponsePartitionV8(r: Reader): OffsetCommitResponsePartition {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const m: OffsetCommitResponsePartition = { partitionIndex, errorCode };
  r.skipTaggedFields();
  return m;
}

function decodeOffsetCommitResponseTopicV8(r: Reader): OffsetCommitResponseTopic {
  const name = r.compactString();
  const n0 = r.compactArrayLength(7);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: OffsetCommitResponsePartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeOffsetCommitResponsePartitionV8(r));
  const m: OffsetCommitResponseTopic = { name, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeOffsetCommitResponseV8(r: Reader): OffsetCommitResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: OffsetCommitResponseTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeOffsetCommitResponseTopicV8(r));
  const m: OffsetCommitResponse = { throttleTimeMs, topics };
  r.skipTaggedFields();
  return m;
}

function encodeOffsetCommitResponsePartitionV8(w: Writer, m: OffsetCommitResponsePartition): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.uvarint(0);
}

function encodeOffsetCommitResponseTopicV8(w: Writer, m: OffsetCommitResponseTopic): void {
  w.compactString(m.name);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetCommitResponsePartitionV8(w, a[i]);
  }
  w.uvarint(0);
}

function encodeOffsetCommitResponseV8(w: Writer, m: OffsetCommitResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetCommitResponseTopicV8(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => OffsetCommitRequest) | undefined> = [
  decodeOffsetCommitRequestV0, decodeOffsetCommitRequestV1, decodeOffsetCommitRequestV2, decodeOffsetCommitRequestV2,
  decodeOffsetCommitRequestV2, decodeOffsetCommitRequestV5, decodeOffsetCommitRequestV6, decodeOffsetCommitRequestV7,
  decodeOffsetCommitRequestV8, decodeOffsetCommitRequestV8,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: OffsetCommitRequest) => void) | undefined> = [
  encodeOffsetCommitRequestV0, encodeOffsetCommitRequestV1, encodeOffsetCommitRequestV2, encodeOffsetCommitRequestV3,
  encodeOffsetCommitRequestV4, encodeOffsetCommitRequestV5, encodeOffsetCommitRequestV6, encodeOffsetCommitRequestV7,
  encodeOffsetCommitRequestV8, encodeOffsetCommitRequestV9,
];
const responseDecoders: ReadonlyArray<((r: Reader) => OffsetCommitResponse) | undefined> = [
  decodeOffsetCommitResponseV0, decodeOffsetCommitResponseV0, decodeOffsetCommitResponseV0, decodeOffsetCommitResponseV3,
  decodeOffsetCommitResponseV3, decodeOffsetCommitResponseV3, decodeOffsetCommitResponseV3, decodeOffsetCommitResponseV3,
  decodeOffsetCommitResponseV8, decodeOffsetCommitResponseV8,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: OffsetCommitResponse) => void) | undefined> = [
  encodeOffsetCommitResponseV0, encodeOffsetCommitResponseV0, encodeOffsetCommitResponseV0, encodeOffsetCommitResponseV3,
  encodeOffsetCommitResponseV3, encodeOffsetCommitResponseV3, encodeOffsetCommitResponseV3, encodeOffsetCommitResponseV3,
  encodeOffsetCommitResponseV8, encodeOffsetCommitResponseV8,
];

export const OffsetCommitApi: ApiCodec<OffsetCommitRequest, OffsetCommitResponse> = {
  apiKey: 8,
  name: 'OffsetCommit',
  validVersions: { min: 0, max: 9 },
  firstFlexibleVersion: 8,
  deprecatedVersions: { min: 0, max: 1 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 8 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 8 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): OffsetCommitRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('OffsetCommit', 8, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: OffsetCommitRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('OffsetCommit', 8, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): OffsetCommitResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('OffsetCommit', 8, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: OffsetCommitResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('OffsetCommit', 8, version);
    encode(writer, message);
  },
  defaultRequest: defaultOffsetCommitRequest,
  defaultResponse: defaultOffsetCommitResponse,
};
