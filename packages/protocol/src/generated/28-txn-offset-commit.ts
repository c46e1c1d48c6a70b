// Generated from protocol-specs/28-txn-offset-commit.json by scripts/gen-protocol.ts. Do not edit.
// TxnOffsetCommit (key 28), versions 0-4, flexible from v3.

import type { ApiCodec } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface TxnOffsetCommitRequest {
  transactionalId: string;
  groupId: string;
  producerId: number;
  producerEpoch: number;
  generationId?: number;
  memberId?: string;
  groupInstanceId?: string | null;
  topics: TxnOffsetCommitRequestTopic[];
}

export interface TxnOffsetCommitRequestTopic {
  name: string;
  partitions: TxnOffsetCommitRequestPartition[];
}

export interface TxnOffsetCommitRequestPartition {
  partitionIndex: number;
  committedOffset: number;
  committedLeaderEpoch?: number;
  committedMetadata: string | null;
}

export interface TxnOffsetCommitResponse {
  throttleTimeMs: number;
  topics: TxnOffsetCommitResponseTopic[];
}

export interface TxnOffsetCommitResponseTopic {
  name: string;
  partitions: TxnOffsetCommitResponsePartition[];
}

export interface TxnOffsetCommitResponsePartition {
  partitionIndex: number;
  errorCode: number;
}

function defaultTxnOffsetCommitRequest(): TxnOffsetCommitRequest {
  return {
    transactionalId: '',
    groupId: '',
    producerId: 0,
    producerEpoch: 0,
    generationId: -1,
    memberId: '',
    groupInstanceId: null,
    topics: [],
  };
}

function defaultTxnOffsetCommitResponse(): TxnOffsetCommitResponse {
  return { throttleTimeMs: 0, topics: [] };
}

function decodeTxnOffsetCommitRequestPartitionV0(r: Reader): TxnOffsetCommitRequestPartition {
  const partitionIndex = r.int32();
  const committedOffset = r.int64();
  const committedMetadata = r.nullableString();
  return { partitionIndex, committedOffset, committedLeaderEpoch: -1, committedMetadata };
}

function decodeTxnOffsetCommitRequestTopicV0(r: Reader): TxnOffsetCommitRequestTopic {
  const name = r.string();
  const n0 = r.arrayLength(14);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: TxnOffsetCommitRequestPartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeTxnOffsetCommitRequestPartitionV0(r));
  return { name, partitions };
}

function decodeTxnOffsetCommitRequestV0(r: Reader): TxnOffsetCommitRequest {
  const transactionalId = r.string();
  const groupId = r.string();
  const producerId = r.int64();
  const producerEpoch = r.int16();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: TxnOffsetCommitRequestTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeTxnOffsetCommitRequestTopicV0(r));
  return { transactionalId, groupId, producerId, producerEpoch, generationId: -1, memberId: '', groupInstanceId: null, topics };
}

function encodeTxnOffsetCommitRequestPartitionV0(w: Writer, m: TxnOffsetCommitRequestPartition): void {
  w.int32(m.partitionIndex);
  w.int64(m.committedOffset);
  w.nullableString(m.committedMetadata);
}

function encodeTxnOffsetCommitRequestTopicV0(w: Writer, m: TxnOffsetCommitRequestTopic): void {
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTxnOffsetCommitRequestPartitionV0(w, a[i]);
  }
}

function encodeTxnOffsetCommitRequestV0(w: Writer, m: TxnOffsetCommitRequest): void {
  w.string(m.transactionalId);
  w.string(m.groupId);
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  if (m.generationId !== undefined && m.generationId !== -1) throw new UnsupportedFieldError('TxnOffsetCommitRequest.GenerationId', 0);
  if (m.memberId !== undefined && m.memberId !== '') throw new UnsupportedFieldError('TxnOffsetCommitRequest.MemberId', 0);
  if (m.groupInstanceId !== undefined && m.groupInstanceId !== null) {
    throw new UnsupportedFieldError('TxnOffsetCommitRequest.GroupInstanceId', 0);
  }
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTxnOffsetCommitRequestTopicV0(w, a[i]);
  }
}

function encodeTxnOffsetCommitRequestV1(w: Writer, m: TxnOffsetCommitRequest): void {
  w.string(m.transactionalId);
  w.string(m.groupId);
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  if (m.generationId !== undefined && m.generationId !== -1) throw new UnsupportedFieldError('TxnOffsetCommitRequest.GenerationId', 1);
  if (m.memberId !== undefined && m.memberId !== '') throw new UnsupportedFieldError('TxnOffsetCommitRequest.MemberId', 1);
  if (m.groupInstanceId !== undefined && m.groupInstanceId !== null) {
    throw new UnsupportedFieldError('TxnOffsetCommitRequest.GroupInstanceId', 1);
  }
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTxnOffsetCommitRequestTopicV0(w, a[i]);
  }
}

function decodeTxnOffsetCommitRequestPartitionV2(r: Reader): TxnOffsetCommitRequestPartition {
  const partitionIndex = r.int32();
  const committedOffset = r.int64();
  const committedLeaderEpoch = r.int32();
  const committedMetadata = r.nullableString();
  return { partitionIndex, committedOffset, committedLeaderEpoch, committedMetadata };
}

function decodeTxnOffsetCommitRequestTopicV2(r: Reader): TxnOffsetCommitRequestTopic {
  const name = r.string();
  const n0 = r.arrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: TxnOffsetCommitRequestPartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeTxnOffsetCommitRequestPartitionV2(r));
  return { name, partitions };
}

function decodeTxnOffsetCommitRequestV2(r: Reader): TxnOffsetCommitRequest {
  const transactionalId = r.string();
  const groupId = r.string();
  const producerId = r.int64();
  const producerEpoch = r.int16();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: TxnOffsetCommitRequestTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeTxnOffsetCommitRequestTopicV2(r));
  return { transactionalId, groupId, producerId, producerEpoch, generationId: -1, memberId: '', groupInstanceId: null, topics };
}

function encodeTxnOffsetCommitRequestPartitionV2(w: Writer, m: TxnOffsetCommitRequestPartition): void {
  w.int32(m.partitionIndex);
  w.int64(m.committedOffset);
  w.int32(m.committedLeaderEpoch === undefined ? -1 : m.committedLeaderEpoch);
  w.nullableString(m.committedMetadata);
}

function encodeTxnOffsetCommitRequestTopicV2(w: Writer, m: TxnOffsetCommitRequestTopic): void {
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTxnOffsetCommitRequestPartitionV2(w, a[i]);
  }
}

function encodeTxnOffsetCommitRequestV2(w: Writer, m: TxnOffsetCommitRequest): void {
  w.string(m.transactionalId);
  w.string(m.groupId);
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  if (m.generationId !== undefined && m.generationId !== -1) throw new UnsupportedFieldError('TxnOffsetCommitRequest.GenerationId', 2);
  if (m.memberId !== undefined && m.memberId !== '') throw new UnsupportedFieldError('TxnOffsetCommitRequest.MemberId', 2);
  if (m.groupInstanceId !== undefined && m.groupInstanceId !== null) {
    throw new UnsupportedFieldError('TxnOffsetCommitRequest.GroupInstanceId', 2);
  }
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTxnOffsetCommitRequestTopicV2(w, a[i]);
  }
}

function decodeTxnOffsetCommitRequestPartitionV3(r: Reader): TxnOffsetCommitRequestPartition {
  const partitionIndex = r.int32();
  const committedOffset = r.int64();
  const committedLeaderEpoch = r.int32();
  const committedMetadata = r.compactNullableString();
  const m: TxnOffsetCommitRequestPartition = { partitionIndex, committedOffset, committedLeaderEpoch, committedMetadata };
  r.skipTaggedFields();
  return m;
}

function decodeTxnOffsetCommitRequestTopicV3(r: Reader): TxnOffsetCommitRequestTopic {
  const name = r.compactString();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: TxnOffsetCommitRequestPartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeTxnOffsetCommitRequestPartitionV3(r));
  const m: TxnOffsetCommitRequestTopic = { name, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeTxnOffsetCommitRequestV3(r: Reader): TxnOffsetCommitRequest {
  const transactionalId = r.compactString();
  const groupId = r.compactString();
  const producerId = r.int64();
  const producerEpoch = r.int16();
  const generationId = r.int32();
  const memberId = r.compactString();
  const groupInstanceId = r.compactNullableString();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: TxnOffsetCommitRequestTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeTxnOffsetCommitRequestTopicV3(r));
  const m: TxnOffsetCommitRequest = {
    transactionalId,
    groupId,
    producerId,
    producerEpoch,
    generationId,
    memberId,
    groupInstanceId,
    topics,
  };
  r.skipTaggedFields();
  return m;
}

function encodeTxnOffsetCommitRequestPartitionV3(w: Writer, m: TxnOffsetCommitRequestPartition): void {
  w.int32(m.partitionIndex);
  w.int64(m.committedOffset);
  w.int32(m.committedLeaderEpoch === undefined ? -1 : m.committedLeaderEpoch);
  w.compactNullableString(m.committedMetadata);
  w.uvarint(0);
}

function encodeTxnOffsetCommitRequestTopicV3(w: Writer, m: TxnOffsetCommitRequestTopic): void {
  w.compactString(m.name);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTxnOffsetCommitRequestPartitionV3(w, a[i]);
  }
  w.uvarint(0);
}

function encodeTxnOffsetCommitRequestV3(w: Writer, m: TxnOffsetCommitRequest): void {
  w.compactString(m.transactionalId);
  w.compactString(m.groupId);
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  w.int32(m.generationId === undefined ? -1 : m.generationId);
  w.compactString(m.memberId === undefined ? '' : m.memberId);
  w.compactNullableString(m.groupInstanceId === undefined ? null : m.groupInstanceId);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTxnOffsetCommitRequestTopicV3(w, a[i]);
  }
  w.uvarint(0);
}

function decodeTxnOffsetCommitResponsePartitionV0(r: Reader): TxnOffsetCommitResponsePartition {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  return { partitionIndex, errorCode };
}

function decodeTxnOffsetCommitResponseTopicV0(r: Reader): TxnOffsetCommitResponseTopic {
  const name = r.string();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: TxnOffsetCommitResponsePartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeTxnOffsetCommitResponsePartitionV0(r));
  return { name, partitions };
}

function decodeTxnOffsetCommitResponseV0(r: Reader): TxnOffsetCommitResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: TxnOffsetCommitResponseTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeTxnOffsetCommitResponseTopicV0(r));
  return { throttleTimeMs, topics };
}

function encodeTxnOffsetCommitResponsePartitionV0(w: Writer, m: TxnOffsetCommitResponsePartition): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
}

function encodeTxnOffsetCommitResponseTopicV0(w: Writer, m: TxnOffsetCommitResponseTopic): void {
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTxnOffsetCommitResponsePartitionV0(w, a[i]);
  }
}

function encodeTxnOffsetCommitResponseV0(w: Writer, m: TxnOffsetCommitResponse): void {
  w.int32(m.throttleTimeMs);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTxnOffsetCommitResponseTopicV0(w, a[i]);
  }
}

function decodeTxnOffsetCommitResponsePartitionV3(r: Reader): TxnOffsetCommitResponsePartition {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const m: TxnOffsetCommitResponsePartition = { partitionIndex, errorCode };
  r.skipTaggedFields();
  return m;
}

function decodeTxnOffsetCommitResponseTopicV3(r: Reader): TxnOffsetCommitResponseTopic {
  const name = r.compactString();
  const n0 = r.compactArrayLength(7);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: TxnOffsetCommitResponsePartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeTxnOffsetCommitResponsePartitionV3(r));
  const m: TxnOffsetCommitResponseTopic = { name, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeTxnOffsetCommitResponseV3(r: Reader): TxnOffsetCommitResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: TxnOffsetCommitResponseTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeTxnOffsetCommitResponseTopicV3(r));
  const m: TxnOffsetCommitResponse = { throttleTimeMs, topics };
  r.skipTaggedFields();
  return m;
}

function encodeTxnOffsetCommitResponsePartitionV3(w: Writer, m: TxnOffsetCommitResponsePartition): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.uvarint(0);
}

function encodeTxnOffsetCommitResponseTopicV3(w: Writer, m: TxnOffsetCommitResponseTopic): void {
  w.compactString(m.name);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTxnOffsetCommitResponsePartitionV3(w, a[i]);
  }
  w.uvarint(0);
}

function encodeTxnOffsetCommitResponseV3(w: Writer, m: TxnOffsetCommitResponse): void {
  w.int32(m.throttleTimeMs);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTxnOffsetCommitResponseTopicV3(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => TxnOffsetCommitRequest) | undefined> = [
  decodeTxnOffsetCommitRequestV0, decodeTxnOffsetCommitRequestV0, decodeTxnOffsetCommitRequestV2, decodeTxnOffsetCommitRequestV3,
  decodeTxnOffsetCommitRequestV3,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: TxnOffsetCommitRequest) => void) | undefined> = [
  encodeTxnOffsetCommitRequestV0, encodeTxnOffsetCommitRequestV1, encodeTxnOffsetCommitRequestV2, encodeTxnOffsetCommitRequestV3,
  encodeTxnOffsetCommitRequestV3,
];
const responseDecoders: ReadonlyArray<((r: Reader) => TxnOffsetCommitResponse) | undefined> = [
  decodeTxnOffsetCommitResponseV0, decodeTxnOffsetCommitResponseV0, decodeTxnOffsetCommitResponseV0, decodeTxnOffsetCommitResponseV3,
  decodeTxnOffsetCommitResponseV3,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: TxnOffsetCommitResponse) => void) | undefined> = [
  encodeTxnOffsetCommitResponseV0, encodeTxnOffsetCommitResponseV0, encodeTxnOffsetCommitResponseV0, encodeTxnOffsetCommitResponseV3,
  encodeTxnOffsetCommitResponseV3,
];

export const TxnOffsetCommitApi: ApiCodec<TxnOffsetCommitRequest, TxnOffsetCommitResponse> = {
  apiKey: 28,
  name: 'TxnOffsetCommit',
  validVersions: { min: 0, max: 4 },
  firstFlexibleVersion: 3,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 3 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 3 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): TxnOffsetCommitRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('TxnOffsetCommit', 28, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: TxnOffsetCommitRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('TxnOffsetCommit', 28, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): TxnOffsetCommitResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('TxnOffsetCommit', 28, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: TxnOffsetCommitResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('TxnOffsetCommit', 28, version);
    encode(writer, message);
  },
  defaultRequest: defaultTxnOffsetCommitRequest,
  defaultResponse: defaultTxnOffsetCommitResponse,
};
