// Generated from protocol-specs/09-offset-fetch.json by scripts/gen-protocol.ts. Do not edit.
// OffsetFetch (key 9), versions 0-9, flexible from v6.

import type { ApiCodec } from '../api-codec';
import { ProtocolEncodeError, UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface OffsetFetchRequest {
  groupId?: string;
  topics?: OffsetFetchRequestTopic[] | null;
  groups?: OffsetFetchRequestGroup[];
  requireStable?: boolean;
}

export interface OffsetFetchRequestTopic {
  name: string;
  partitionIndexes: number[];
}

export interface OffsetFetchRequestGroup {
  groupId: string;
  memberId?: string | null;
  memberEpoch?: number;
  topics: OffsetFetchRequestTopics[] | null;
}

export interface OffsetFetchRequestTopics {
  name: string;
  partitionIndexes: number[];
}

export interface OffsetFetchResponse {
  throttleTimeMs?: number;
  topics?: OffsetFetchResponseTopic[];
  errorCode?: number;
  groups?: OffsetFetchResponseGroup[];
}

export interface OffsetFetchResponseTopic {
  name: string;
  partitions: OffsetFetchResponsePartition[];
}

export interface OffsetFetchResponsePartition {
  partitionIndex: number;
  committedOffset: number;
  committedLeaderEpoch?: number;
  metadata: string | null;
  errorCode: number;
}

export interface OffsetFetchResponseGroup {
  groupId: string;
  topics: OffsetFetchResponseTopics[];
  errorCode: number;
}

export interface OffsetFetchResponseTopics {
  name: string;
  partitions: OffsetFetchResponsePartitions[];
}

export interface OffsetFetchResponsePartitions {
  partitionIndex: number;
  committedOffset: number;
  committedLeaderEpoch: number;
  metadata: string | null;
  errorCode: number;
}

function defaultOffsetFetchRequest(): OffsetFetchRequest {
  return { groupId: '', topics: [], groups: [], requireStable: false };
}

function defaultOffsetFetchResponse(): OffsetFetchResponse {
  return { throttleTimeMs: 0, topics: [], errorCode: 0, groups: [] };
}

function decodeOffsetFetchRequestTopicV0(r: Reader): OffsetFetchRequestTopic {
  const name = r.string();
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array PartitionIndexes');
  const partitionIndexes: number[] = [];
  for (let i = 0; i < n0; i++) partitionIndexes.push(r.int32());
  return { name, partitionIndexes };
}

function decodeOffsetFetchRequestV0(r: Reader): OffsetFetchRequest {
  const groupId = r.string();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: OffsetFetchRequestTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeOffsetFetchRequestTopicV0(r));
  return { groupId, topics, groups: [], requireStable: false };
}

function encodeOffsetFetchRequestTopicV0(w: Writer, m: OffsetFetchRequestTopic): void {
  w.string(m.name);
  {
    const a = m.partitionIndexes;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
}

function encodeOffsetFetchRequestV0(w: Writer, m: OffsetFetchRequest): void {
  w.string(m.groupId === undefined ? '' : m.groupId);
  {
    const a = m.topics === undefined ? [] : m.topics;
    if (a === null) throw new ProtocolEncodeError('Topics is not nullable in version 0');
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetFetchRequestTopicV0(w, a[i]);
  }
  if (m.groups !== undefined && (m.groups === null || m.groups.length !== 0)) {
    throw new UnsupportedFieldError('OffsetFetchRequest.Groups', 0);
  }
  if (m.requireStable !== undefined && m.requireStable !== false) throw new UnsupportedFieldError('OffsetFetchRequest.RequireStable', 0);
}

function encodeOffsetFetchRequestV1(w: Writer, m: OffsetFetchRequest): void {
  w.string(m.groupId === undefined ? '' : m.groupId);
  {
    const a = m.topics === undefined ? [] : m.topics;
    if (a === null) throw new ProtocolEncodeError('Topics is not nullable in version 1');
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetFetchRequestTopicV0(w, a[i]);
  }
  if (m.groups !== undefined && (m.groups === null || m.groups.length !== 0)) {
    throw new UnsupportedFieldError('OffsetFetchRequest.Groups', 1);
  }
  if (m.requireStable !== undefined && m.requireStable !== false) throw new UnsupportedFieldError('OffsetFetchRequest.RequireStable', 1);
}

function decodeOffsetFetchRequestV2(r: Reader): OffsetFetchRequest {
  const groupId = r.string();
  const n0 = r.arrayLength(6);
  let topics: OffsetFetchRequestTopic[] | null = null;
  if (n0 >= 0) {
    topics = [];
    for (let i = 0; i < n0; i++) topics.push(decodeOffsetFetchRequestTopicV0(r));
  }
  return { groupId, topics, groups: [], requireStable: false };
}

function encodeOffsetFetchRequestV2(w: Writer, m: OffsetFetchRequest): void {
  w.string(m.groupId === undefined ? '' : m.groupId);
  {
    const a = m.topics === undefined ? [] : m.topics;
    if (a === null) w.int32(-1);
    else {
      w.arrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeOffsetFetchRequestTopicV0(w, a[i]);
    }
  }
  if (m.groups !== undefined && (m.groups === null || m.groups.length !== 0)) {
    throw new UnsupportedFieldError('OffsetFetchRequest.Groups', 2);
  }
  if (m.requireStable !== undefined && m.requireStable !== false) throw new UnsupportedFieldError('OffsetFetchRequest.RequireStable', 2);
}

function encodeOffsetFetchRequestV3(w: Writer, m: OffsetFetchRequest): void {
  w.string(m.groupId === undefined ? '' : m.groupId);
  {
    const a = m.topics === undefined ? [] : m.topics;
    if (a === null) w.int32(-1);
    else {
      w.arrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeOffsetFetchRequestTopicV0(w, a[i]);
    }
  }
  if (m.groups !== undefined && (m.groups === null || m.groups.length !== 0)) {
    throw new UnsupportedFieldError('OffsetFetchRequest.Groups', 3);
  }
  if (m.requireStable !== undefined && m.requireStable !== false) throw new UnsupportedFieldError('OffsetFetchRequest.RequireStable', 3);
}

function encodeOffsetFetchRequestV4(w: Writer, m: OffsetFetchRequest): void {
  w.string(m.groupId === undefined ? '' : m.groupId);
  {
    const a = m.topics === undefined ? [] : m.topics;
    if (a === null) w.int32(-1);
    else {
      w.arrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeOffsetFetchRequestTopicV0(w, a[i]);
    }
  }
  if (m.groups !== undefined && (m.groups === null || m.groups.length !== 0)) {
    throw new UnsupportedFieldError('OffsetFetchRequest.Groups', 4);
  }
  if (m.requireStable !== undefined && m.requireStable !== false) throw new UnsupportedFieldError('OffsetFetchRequest.RequireStable', 4);
}

function encodeOffsetFetchRequestV5(w: Writer, m: OffsetFetchRequest): void {
  w.string(m.groupId === undefined ? '' : m.groupId);
  {
    const a = m.topics === undefined ? [] : m.topics;
    if (a === null) w.int32(-1);
    else {
      w.arrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeOffsetFetchRequestTopicV0(w, a[i]);
    }
  }
  if (m.groups !== undefined && (m.groups === null || m.groups.length !== 0)) {
    throw new UnsupportedFieldError('OffsetFetchRequest.Groups', 5);
  }
  if (m.requireStable !== undefined && m.requireStable !== false) throw new UnsupportedFieldError('OffsetFetchRequest.RequireStable', 5);
}

function decodeOffsetFetchRequestTopicV6(r: Reader): OffsetFetchRequestTopic {
  const name = r.compactString();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array PartitionIndexes');
  const partitionIndexes: number[] = [];
  for (let i = 0; i < n0; i++) partitionIndexes.push(r.int32());
  const m: OffsetFetchRequestTopic = { name, partitionIndexes };
  r.skipTaggedFields();
  return m;
}

function decodeOffsetFetchRequestV6(r: Reader): OffsetFetchRequest {
  const groupId = r.compactString();
  const n0 = r.compactArrayLength(3);
  let topics: OffsetFetchRequestTopic[] | null = null;
  if (n0 >= 0) {
    topics = [];
    for (let i = 0; i < n0; i++) topics.push(decodeOffsetFetchRequestTopicV6(r));
  }
  const m: OffsetFetchRequest = { groupId, topics, groups: [], requireStable: false };
  r.skipTaggedFields();
  return m;
}

function encodeOffsetFetchRequestTopicV6(w: Writer, m: OffsetFetchRequestTopic): void {
  w.compactString(m.name);
  {
    const a = m.partitionIndexes;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.uvarint(0);
}

function encodeOffsetFetchRequestV6(w: Writer, m: OffsetFetchRequest): void {
  w.compactString(m.groupId === undefined ? '' : m.groupId);
  {
    const a = m.topics === undefined ? [] : m.topics;
    if (a === null) w.uvarint(0);
    else {
      w.compactArrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeOffsetFetchRequestTopicV6(w, a[i]);
    }
  }
  if (m.groups !== undefined && (m.groups === null || m.groups.length !== 0)) {
    throw new UnsupportedFieldError('OffsetFetchRequest.Groups', 6);
  }
  if (m.requireStable !== undefined && m.requireStable !== false) throw new UnsupportedFieldError('OffsetFetchRequest.RequireStable', 6);
  w.uvarint(0);
}

function decodeOffsetFetchRequestV7(r: Reader): OffsetFetchRequest {
  const groupId = r.compactString();
  const n0 = r.compactArrayLength(3);
  let topics: OffsetFetchRequestTopic[] | null = null;
  if (n0 >= 0) {
    topics = [];
    for (let i = 0; i < n0; i++) topics.push(decodeOffsetFetchRequestTopicV6(r));
  }
  const requireStable = r.bool();
  const m: OffsetFetchRequest = { groupId, topics, groups: [], requireStable };
  r.skipTaggedFields();
  return m;
}

function encodeOffsetFetchRequestV7(w: Writer, m: OffsetFetchRequest): void {
  w.compactString(m.groupId === undefined ? '' : m.groupId);
  {
    const a = m.topics === undefined ? [] : m.topics;
    if (a === null) w.uvarint(0);
    else {
      w.compactArrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeOffsetFetchRequestTopicV6(w, a[i]);
    }
  }
  if (m.groups !== undefined && (m.groups === null || m.groups.length !== 0)) {
    throw new UnsupportedFieldError('OffsetFetchRequest.Groups', 7);
  }
  w.bool(m.requireStable === undefined ? false : m.requireStable);
  w.uvarint(0);
}

function decodeOffsetFetchRequestTopicsV8(r: Reader): OffsetFetchRequestTopics {
  const name = r.compactString();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array PartitionIndexes');
  const partitionIndexes: number[] = [];
  for (let i = 0; i < n0; i++) partitionIndexes.push(r.int32());
  const m: OffsetFetchRequestTopics = { name, partitionIndexes };
  r.skipTaggedFields();
  return m;
}

function decodeOffsetFetchRequestGroupV8(r: Reader): OffsetFetchRequestGroup {
  const groupId = r.compactString();
  const n0 = r.compactArrayLength(3);
  let topics: OffsetFetchRequestTopics[] | null = null;
  if (n0 >= 0) {
    topics = [];
    for (let i = 0; i < n0; i++) topics.push(decodeOffsetFetchRequestTopicsV8(r));
  }
  const m: OffsetFetchRequestGroup = { groupId, memberId: null, memberEpoch: -1, topics };
  r.skipTaggedFields();
  return m;
}

function decodeOffsetFetchRequestV8(r: Reader): OffsetFetchRequest {
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Groups');
  const groups: OffsetFetchRequestGroup[] = [];
  for (let i = 0; i < n0; i++) groups.push(decodeOffsetFetchRequestGroupV8(r));
  const requireStable = r.bool();
  const m: OffsetFetchRequest = { groupId: '', topics: [], groups, requireStable };
  r.skipTaggedFields();
  return m;
}

function encodeOffsetFetchRequestTopicsV8(w: Writer, m: OffsetFetchRequestTopics): void {
  w.compactString(m.name);
  {
    const a = m.partitionIndexes;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.uvarint(0);
}

function encodeOffsetFetchRequestGroupV8(w: Writer, m: OffsetFetchRequestGroup): void {
  w.compactString(m.groupId);
  {
    const a = m.topics;
    if (a === null) w.uvarint(0);
    else {
      w.compactArrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeOffsetFetchRequestTopicsV8(w, a[i]);
    }
  }
  w.uvarint(0);
}

function encodeOffsetFetchRequestV8(w: Writer, m: OffsetFetchRequest): void {
  if (m.groupId !== undefined && m.groupId !== '') throw new UnsupportedFieldError('OffsetFetchRequest.GroupId', 8);
  if (m.topics !== undefined && (m.topics === null || m.topics.length !== 0)) {
    throw new UnsupportedFieldError('OffsetFetchRequest.Topics', 8);
  }
  {
    const a = m.groups === undefined ? [] : m.groups;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetFetchRequestGroupV8(w, a[i]);
  }
  w.bool(m.requireStable === undefined ? false : m.requireStable);
  w.uvarint(0);
}

function decodeOffsetFetchRequestGroupV9(r: Reader): OffsetFetchRequestGroup {
  const groupId = r.compactString();
  const memberId = r.compactNullableString();
  const memberEpoch = r.int32();
  const n0 = r.compactArrayLength(3);
  let topics: OffsetFetchRequestTopics[] | null = null;
  if (n0 >= 0) {
    topics = [];
    for (let i = 0; i < n0; i++) topics.push(decodeOffsetFetchRequestTopicsV8(r));
  }
  const m: OffsetFetchRequestGroup = { groupId, memberId, memberEpoch, topics };
  r.skipTaggedFields();
  return m;
}

function decodeOffsetFetchRequestV9(r: Reader): OffsetFetchRequest {
  const n0 = r.compactArrayLength(8);
  if (n0 < 0) r.fail('null in non-nullable array Groups');
  const groups: OffsetFetchRequestGroup[] = [];
  for (let i = 0; i < n0; i++) groups.push(decodeOffsetFetchRequestGroupV9(r));
  const requireStable = r.bool();
  const m: OffsetFetchRequest = { groupId: '', topics: [], groups, requireStable };
  r.skipTaggedFields();
  return m;
}

function encodeOffsetFetchRequestGroupV9(w: Writer, m: OffsetFetchRequestGroup): void {
  w.compactString(m.groupId);
  w.compactNullableString(m.memberId === undefined ? null : m.memberId);
  w.int32(m.memberEpoch === undefined ? -1 : m.memberEpoch);
  {
    const a = m.topics;
    if (a === null) w.uvarint(0);
    else {
      w.compactArrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeOffsetFetchRequestTopicsV8(w, a[i]);
    }
  }
  w.uvarint(0);
}

function encodeOffsetFetchRequestV9(w: Writer, m: OffsetFetchRequest): void {
  if (m.groupId !== undefined && m.groupId !== '') throw new UnsupportedFieldError('OffsetFetchRequest.GroupId', 9);
  if (m.topics !== undefined && (m.topics === null || m.topics.length !== 0)) {
    throw new UnsupportedFieldError('OffsetFetchRequest.Topics', 9);
  }
  {
    const a = m.groups === undefined ? [] : m.groups;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetFetchRequestGroupV9(w, a[i]);
  }
  w.bool(m.requireStable === undefined ? false : m.requireStable);
  w.uvarint(0);
}

function decodeOffsetFetchResponsePartitionV0(r: Reader): OffsetFetchResponsePartition {
  const partitionIndex = r.int32();
  const committedOffset = r.int64();
  const metadata = r.nullableString();
  const errorCode = r.int16();
  return { partitionIndex, committedOffset, committedLeaderEpoch: -1, metadata, errorCode };
}

function decodeOffsetFetchResponseTopicV0(r: Reader): OffsetFetchResponseTopic {
  const name = r.string();
  const n0 = r.arrayLength(16);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: OffsetFetchResponsePartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeOffsetFetchResponsePartitionV0(r));
  return { name, partitions };
}

function decodeOffsetFetchResponseV0(r: Reader): OffsetFetchResponse {
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: OffsetFetchResponseTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeOffsetFetchResponseTopicV0(r));
  return { throttleTimeMs: 0, topics, errorCode: 0, groups: [] };
}

function encodeOffsetFetchResponsePartitionV0(w: Writer, m: OffsetFetchResponsePartition): void {
  w.int32(m.partitionIndex);
  w.int64(m.committedOffset);
  w.nullableString(m.metadata);
  w.int16(m.errorCode);
}

function encodeOffsetFetchResponseTopicV0(w: Writer, m: OffsetFetchResponseTopic): void {
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetFetchResponsePartitionV0(w, a[i]);
  }
}

function encodeOffsetFetchResponseV0(w: Writer, m: OffsetFetchResponse): void {
  {
    const a = m.topics === undefined ? [] : m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetFetchResponseTopicV0(w, a[i]);
  }
  if (m.groups !== undefined && (m.groups === null || m.groups.length !== 0)) {
    throw new UnsupportedFieldError('OffsetFetchResponse.Groups', 0);
  }
}

function encodeOffsetFetchResponseV1(w: Writer, m: OffsetFetchResponse): void {
  {
    const a = m.topics === undefined ? [] : m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetFetchResponseTopicV0(w, a[i]);
  }
  if (m.groups !== undefined && (m.groups === null || m.groups.length !== 0)) {
    throw new UnsupportedFieldError('OffsetFetchResponse.Groups', 1);
  }
}

function decodeOffsetFetchResponseV2(r: Reader): OffsetFetchResponse {
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: OffsetFetchResponseTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeOffsetFetchResponseTopicV0(r));
  const errorCode = r.int16();
  return { throttleTimeMs: 0, topics, errorCode, groups: [] };
}

function encodeOffsetFetchResponseV2(w: Writer, m: OffsetFetchResponse): void {
  {
    const a = m.topics === undefined ? [] : m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetFetchResponseTopicV0(w, a[i]);
  }
  w.int16(m.errorCode === undefined ? 0 : m.errorCode);
  if (m.groups !== undefined && (m.groups === null || m.groups.length !== 0)) {
    throw new UnsupportedFieldError('OffsetFetchResponse.Groups', 2);
  }
}

function decodeOffsetFetchResponseV3(r: Reader): OffsetFetchResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: OffsetFetchResponseTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeOffsetFetchResponseTopicV0(r));
  const errorCode = r.int16();
  return { throttleTimeMs, topics, errorCode, groups: [] };
}

function encodeOffsetFetchResponseV3(w: Writer, m: OffsetFetchResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.topics === undefined ? [] : m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetFetchResponseTopicV0(w, a[i]);
  }
  w.int16(m.errorCode === undefined ? 0 : m.errorCode);
  if (m.groups !== undefined && (m.groups === null || m.groups.length !== 0)) {
    throw new UnsupportedFieldError('OffsetFetchResponse.Groups', 3);
  }
}

function encodeOffsetFetchResponseV4(w: Writer, m: OffsetFetchResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.topics === undefined ? [] : m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetFetchResponseTopicV0(w, a[i]);
  }
  w.int16(m.errorCode === undefined ? 0 : m.errorCode);
  if (m.groups !== undefined && (m.groups === null || m.groups.length !== 0)) {
    throw new UnsupportedFieldError('OffsetFetchResponse.Groups', 4);
  }
}

function decodeOffsetFetchResponsePartitionV5(r: Reader): OffsetFetchResponsePartition {
  const partitionIndex = r.int32();
  const committedOffset = r.int64();
  const committedLeaderEpoch = r.int32();
  const metadata = r.nullableString();
  const errorCode = r.int16();
  return { partitionIndex, committedOffset, committedLeaderEpoch, metadata, errorCode };
}

function decodeOffsetFetchResponseTopicV5(r: Reader): OffsetFetchResponseTopic {
  const name = r.string();
  const n0 = r.arrayLength(20);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: OffsetFetchResponsePartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeOffsetFetchResponsePartitionV5(r));
  return { name, partitions };
}

function decodeOffsetFetchResponseV5(r: Reader): OffsetFetchResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: OffsetFetchResponseTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeOffsetFetchResponseTopicV5(r));
  const errorCode = r.int16();
  return { throttleTimeMs, topics, errorCode, groups: [] };
}

function encodeOffsetFetchResponsePartitionV5(w: Writer, m: OffsetFetchResponsePartition): void {
  w.int32(m.partitionIndex);
  w.int64(m.committedOffset);
  w.int32(m.committedLeaderEpoch === undefined ? -1 : m.committedLeaderEpoch);
  w.nullableString(m.metadata);
  w.int16(m.errorCode);
}

function encodeOffsetFetchResponseTopicV5(w: Writer, m: OffsetFetchResponseTopic): void {
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetFetchResponsePartitionV5(w, a[i]);
  }
}

function encodeOffsetFetchResponseV5(w: Writer, m: OffsetFetchResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.topics === undefined ? [] : m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetFetchResponseTopicV5(w, a[i]);
  }
  w.int16(m.errorCode === undefined ? 0 : m.errorCode);
  if (m.groups !== undefined && (m.groups === null || m.groups.length !== 0)) {
    throw new UnsupportedFieldError('OffsetFetchResponse.Groups', 5);
  }
}

function decodeOffsetFetchResponsePartitionV6(r: Reader): OffsetFetchResponsePartition {
  const partitionIndex = r.int32();
  const committedOffset = r.int64();
  const committedLeaderEpoch = r.int32();
  const metadata = r.compactNullableString();
  const errorCode = r.int16();
  const m: OffsetFetchResponsePartition = { partitionIndex, committedOffset, committedLeaderEpoch, metadata, errorCode };
  r.skipTaggedFields();
  return m;
}

function decodeOffsetFetchResponseTopicV6(r: Reader): OffsetFetchResponseTopic {
  const name = r.compactString();
  const n0 = r.compactArrayLength(20);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: OffsetFetchResponsePartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeOffsetFetchResponsePartitionV6(r));
  const m: OffsetFetchResponseTopic = { name, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeOffsetFetchResponseV6(r: Reader): OffsetFetchResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: OffsetFetchResponseTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeOffsetFetchResponseTopicV6(r));
  const errorCode = r.int16();
  const m: OffsetFetchResponse = { throttleTimeMs, topics, errorCode, groups: [] };
  r.skipTaggedFields();
  return m;
}

function encodeOffsetFetchResponsePartitionV6(w: Writer, m: OffsetFetchResponsePartition): void {
  w.int32(m.partitionIndex);
  w.int64(m.committedOffset);
  w.int32(m.committedLeaderEpoch === undefined ? -1 : m.committedLeaderEpoch);
  w.compactNullableString(m.metadata);
  w.int16(m.errorCode);
  w.uvarint(0);
}

function encodeOffsetFetchResponseTopicV6(w: Writer, m: OffsetFetchResponseTopic): void {
  w.compactString(m.name);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetFetchResponsePartitionV6(w, a[i]);
  }
  w.uvarint(0);
}

function encodeOffsetFetchResponseV6(w: Writer, m: OffsetFetchResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.topics === undefined ? [] : m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetFetchResponseTopicV6(w, a[i]);
  }
  w.int16(m.errorCode === undefined ? 0 : m.errorCode);
  if (m.groups !== undefined && (m.groups === null || m.groups.length !== 0)) {
    throw new UnsupportedFieldError('OffsetFetchResponse.Groups', 6);
  }
  w.uvarint(0);
}

function encodeOffsetFetchResponseV7(w: Writer, m: OffsetFetchResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.topics === undefined ? [] : m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetFetchResponseTopicV6(w, a[i]);
  }
  w.int16(m.errorCode === undefined ? 0 : m.errorCode);
  if (m.groups !== undefined && (m.groups === null || m.groups.length !== 0)) {
    throw new UnsupportedFieldError('OffsetFetchResponse.Groups', 7);
  }
  w.uvarint(0);
}

function decodeOffsetFetchResponsePartitionsV8(r: Reader): OffsetFetchResponsePartitions {
  const partitionIndex = r.int32();
  const committedOffset = r.int64();
  const committedLeaderEpoch = r.int32();
  const metadata = r.compactNullableString();
  const errorCode = r.int16();
  const m: OffsetFetchResponsePartitions = { partitionIndex, committedOffset, committedLeaderEpoch, metadata, errorCode };
  r.skipTaggedFields();
  return m;
}

function decodeOffsetFetchResponseTopicsV8(r: Reader): OffsetFetchResponseTopics {
  const name = r.compactString();
  const n0 = r.compactArrayLength(20);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: OffsetFetchResponsePartitions[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeOffsetFetchResponsePartitionsV8(r));
  const m: OffsetFetchResponseTopics = { name, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeOffsetFetchResponseGroupV8(r: Reader): OffsetFetchResponseGroup {
  const groupId = r.compactString();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: OffsetFetchResponseTopics[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeOffsetFetchResponseTopicsV8(r));
  const errorCode = r.int16();
  const m: OffsetFetchResponseGroup = { groupId, topics, errorCode };
  r.skipTaggedFields();
  return m;
}

function decodeOffsetFetchResponseV8(r: Reader): OffsetFetchResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(5);
  if (n0 < 0) r.fail('null in non-nullable array Groups');
  const groups: OffsetFetchResponseGroup[] = [];
  for (let i = 0; i < n0; i++) groups.push(decodeOffsetFetchResponseGroupV8(r));
  const m: OffsetFetchResponse = { throttleTimeMs, topics: [], errorCode: 0, groups };
  r.skipTaggedFields();
  return m;
}

function encodeOffsetFetchResponsePartitionsV8(w: Writer, m: OffsetFetchResponsePartitions): void {
  w.int32(m.partitionIndex);
  w.int64(m.committedOffset);
  w.int32(m.committedLeaderEpoch);
  w.compactNullableString(m.metadata);
  w.int16(m.errorCode);
  w.uvarint(0);
}

function encodeOffsetFetchResponseTopicsV8(w: Writer, m: OffsetFetchResponseTopics): void {
  w.compactString(m.name);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetFetchResponsePartitionsV8(w, a[i]);
  }
  w.uvarint(0);
}

function encodeOffsetFetchResponseGroupV8(w: Writer, m: OffsetFetchResponseGroup): void {
  w.compactString(m.groupId);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetFetchResponseTopicsV8(w, a[i]);
  }
  w.int16(m.errorCode);
  w.uvarint(0);
}

function encodeOffsetFetchResponseV8(w: Writer, m: OffsetFetchResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  if (m.topics !== undefined && (m.topics === null || m.topics.length !== 0)) {
    throw new UnsupportedFieldError('OffsetFetchResponse.Topics', 8);
  }
  {
    const a = m.groups === undefined ? [] : m.groups;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetFetchResponseGroupV8(w, a[i]);
  }
  w.uvarint(0);
}

function encodeOffsetFetchResponseV9(w: Writer, m: OffsetFetchResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  if (m.topics !== undefined && (m.topics === null || m.topics.length !== 0)) {
    throw new UnsupportedFieldError('OffsetFetchResponse.Topics', 9);
  }
  {
    const a = m.groups === undefined ? [] : m.groups;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetFetchResponseGroupV8(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => OffsetFetchRequest) | undefined> = [
  decodeOffsetFetchRequestV0, decodeOffsetFetchRequestV0, decodeOffsetFetchRequestV2, decodeOffsetFetchRequestV2,
  decodeOffsetFetchRequestV2, decodeOffsetFetchRequestV2, decodeOffsetFetchRequestV6, decodeOffsetFetchRequestV7,
  decodeOffsetFetchRequestV8, decodeOffsetFetchRequestV9,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: OffsetFetchRequest) => void) | undefined> = [
  encodeOffsetFetchRequestV0, encodeOffsetFetchRequestV1, encodeOffsetFetchRequestV2, encodeOffsetFetchRequestV3,
  encodeOffsetFetchRequestV4, encodeOffsetFetchRequestV5, encodeOffsetFetchRequestV6, encodeOffsetFetchRequestV7,
  encodeOffsetFetchRequestV8, encodeOffsetFetchRequestV9,
];
const responseDecoders: ReadonlyArray<((r: Reader) => OffsetFetchResponse) | undefined> = [
  decodeOffsetFetchResponseV0, decodeOffsetFetchResponseV0, decodeOffsetFetchResponseV2, decodeOffsetFetchResponseV3,
  decodeOffsetFetchResponseV3, decodeOffsetFetchResponseV5, decodeOffsetFetchResponseV6, decodeOffsetFetchResponseV6,
  decodeOffsetFetchResponseV8, decodeOffsetFetchResponseV8,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: OffsetFetchResponse) => void) | undefined> = [
  encodeOffsetFetchResponseV0, encodeOffsetFetchResponseV1, encodeOffsetFetchResponseV2, encodeOffsetFetchResponseV3,
  encodeOffsetFetchResponseV4, encodeOffsetFetchResponseV5, encodeOffsetFetchResponseV6, encodeOffsetFetchResponseV7,
  encodeOffsetFetchResponseV8, encodeOffsetFetchResponseV9,
];

export const OffsetFetchApi: ApiCodec<OffsetFetchRequest, OffsetFetchResponse> = {
  apiKey: 9,
  name: 'OffsetFetch',
  validVersions: { min: 0, max: 9 },
  firstFlexibleVersion: 6,
  deprecatedVersions: { min: 0, max: 0 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 6 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 6 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): OffsetFetchRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('OffsetFetch', 9, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: OffsetFetchRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('OffsetFetch', 9, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): OffsetFetchResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('OffsetFetch', 9, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: OffsetFetchResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('OffsetFetch', 9, version);
    encode(writer, message);
  },
  defaultRequest: defaultOffsetFetchRequest,
  defaultResponse: defaultOffsetFetchResponse,
};
