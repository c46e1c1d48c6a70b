// Generated from protocol-specs/78-share-fetch.json by scripts/gen-protocol.ts. Do not edit.
// ShareFetch (key 78), versions 0-2, flexible from v0.

import type { ApiCodec, RecordsData, Uuid } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface ShareFetchRequest {
  groupId: string | null;
  memberId: string | null;
  shareSessionEpoch: number;
  maxWaitMs: number;
  minBytes: number;
  maxBytes: number;
  maxRecords?: number;
  batchSize?: number;
  shareAcquireMode?: number;
  isRenewAck?: boolean;
  topics: FetchTopic[];
  forgottenTopicsData: ForgottenTopic[];
}

export interface FetchTopic {
  topicId: Uuid;
  partitions: FetchPartition[];
}

export interface FetchPartition {
  partitionIndex: number;
  partitionMaxBytes?: number;
  acknowledgementBatches: AcknowledgementBatch[];
}

export interface AcknowledgementBatch {
  firstOffset: number;
  lastOffset: number;
  acknowledgeTypes: number[];
}

export interface ForgottenTopic {
  topicId: Uuid;
  partitions: number[];
}

export interface ShareFetchResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null;
  acquisitionLockTimeoutMs?: number;
  responses: ShareFetchableTopicResponse[];
  nodeEndpoints: NodeEndpoint[];
}

export interface ShareFetchableTopicResponse {
  topicId: Uuid;
  partitions: PartitionData[];
}

export interface PartitionData {
  partitionIndex: number;
  errorCode: number;
  errorMessage: string | null;
  acknowledgeErrorCode: number;
  acknowledgeErrorMessage: string | null;
  currentLeader: LeaderIdAndEpoch;
  records: RecordsData;
  acquiredRecords: AcquiredRecords[];
}

export interface LeaderIdAndEpoch {
  leaderId: number;
  leaderEpoch: number;
}

export interface AcquiredRecords {
  firstOffset: number;
  lastOffset: number;
  deliveryCount: number;
}

export interface NodeEndpoint {
  nodeId: number;
  host: string;
  port: number;
  rack: string | null;
}

function defaultShareFetchRequest(): ShareFetchRequest {
  return {
    groupId: null,
    memberId: '',
    shareSessionEpoch: 0,
    maxWaitMs: 0,
    minBytes: 0,
    maxBytes: 2147483647,
    maxRecords: 0,
    batchSize: 0,
    shareAcquireMode: 0,
    isRenewAck: false,
    topics: [],
    forgottenTopicsData: [],
  };
}

function defaultShareFetchResponse(): ShareFetchResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: null, acquisitionLockTimeoutMs: 0, responses: [], nodeEndpoints: [] };
}

function decodeAcknowledgementBatchV0(r: Reader): AcknowledgementBatch {
  const firstOffset = r.int64();
  const lastOffset = r.int64();
  const n0 = r.compactArrayLength(1);
  if (n0 < 0) r.fail('null in non-nullable array AcknowledgeTypes');
  const acknowledgeTypes: number[] = [];
  for (let i = 0; i < n0; i++) acknowledgeTypes.push(r.int8());
  const m: AcknowledgementBatch = { firstOffset, lastOffset, acknowledgeTypes };
  r.skipTaggedFields();
  return m;
}

function decodeFetchPartitionV0(r: Reader): FetchPartition {
  const partitionIndex = r.int32();
  const partitionMaxBytes = r.int32();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array AcknowledgementBatches');
  const acknowledgementBatches: AcknowledgementBatch[] = [];
  for (let i = 0; i < n0; i++) acknowledgementBatches.push(decodeAcknowledgementBatchV0(r));
  const m: FetchPartition = { partitionIndex, partitionMaxBytes, acknowledgementBatches };
  r.skipTaggedFields();
  return m;
}

function decodeFetchTopicV0(r: Reader): FetchTopic {
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(10);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: FetchPartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeFetchPartitionV0(r));
  const m: FetchTopic = { topicId, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeForgottenTopicV0(r: Reader): ForgottenTopic {
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: number[] = [];
  for (let i = 0; i < n0; i++) partitions.push(r.int32());
  const m: ForgottenTopic = { topicId, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeShareFetchRequestV0(r: Reader): ShareFetchRequest {
  const groupId = r.compactNullableString();
  const memberId = r.compactNullableString();
  const shareSessionEpoch = r.int32();
  const maxWaitMs = r.int32();
  const minBytes = r.int32();
  const maxBytes = r.int32();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: FetchTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeFetchTopicV0(r));
  const n1 = r.compactArrayLength(18);
  if (n1 < 0) r.fail('null in non-nullable array ForgottenTopicsData');
  const forgottenTopicsData: ForgottenTopic[] = [];
  for (let i = 0; i < n1; i++) forgottenTopicsData.push(decodeForgottenTopicV0(r));
  const m: ShareFetchRequest = {
    groupId,
    memberId,
    shareSessionEpoch,
    maxWaitMs,
    minBytes,
    maxBytes,
    maxRecords: 0,
    batchSize: 0,
    shareAcquireMode: 0,
    isRenewAck: false,
    topics,
    forgottenTopicsData,
  };
  r.skipTaggedFields();
  return m;
}

function encodeAcknowledgementBatchV0(w: Writer, m: AcknowledgementBatch): void {
  w.int64(m.firstOffset);
  w.int64(m.lastOffset);
  {
    const a = m.acknowledgeTypes;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int8(a[i]);
  }
  w.uvarint(0);
}

function encodeFetchPartitionV0(w: Writer, m: FetchPartition): void {
  w.int32(m.partitionIndex);
  w.int32(m.partitionMaxBytes === undefined ? 0 : m.partitionMaxBytes);
  {
    const a = m.acknowledgementBatches;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAcknowledgementBatchV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeFetchTopicV0(w: Writer, m: FetchTopic): void {
  w.uuid(m.topicId);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchPartitionV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeForgottenTopicV0(w: Writer, m: ForgottenTopic): void {
  w.uuid(m.topicId);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.uvarint(0);
}

function encodeShareFetchRequestV0(w: Writer, m: ShareFetchRequest): void {
  w.compactNullableString(m.groupId);
  w.compactNullableString(m.memberId);
  w.int32(m.shareSessionEpoch);
  w.int32(m.maxWaitMs);
  w.int32(m.minBytes);
  w.int32(m.maxBytes);
  if (m.maxRecords !== undefined && m.maxRecords !== 0) throw new UnsupportedFieldError('ShareFetchRequest.MaxRecords', 0);
  if (m.batchSize !== undefined && m.batchSize !== 0) throw new UnsupportedFieldError('ShareFetchRequest.BatchSize', 0);
  if (m.shareAcquireMode !== undefined && m.shareAcquireMode !== 0) {
    throw new UnsupportedFieldError('ShareFetchRequest.ShareAcquireMode', 0);
  }
  if (m.isRenewAck !== undefined && m.isRenewAck !== false) throw new UnsupportedFieldError('ShareFetchRequest.IsRenewAck', 0);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchTopicV0(w, a[i]);
  }
  {
    const a = m.forgottenTopicsData;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeForgottenTopicV0(w, a[i]);
  }
  w.uvarint(0);
}

function decodeFetchPartitionV1(r: Reader): FetchPartition {
  const partitionIndex = r.int32();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array AcknowledgementBatches');
  const acknowledgementBatches: AcknowledgementBatch[] = [];
  for (let i = 0; i < n0; i++) acknowledgementBatches.push(decodeAcknowledgementBatchV0(r));
  const m: FetchPartition = { partitionIndex, partitionMaxBytes: 0, acknowledgementBatches };
  r.skipTaggedFields();
  return m;
}

function decodeFetchTopicV1(r: Reader): FetchTopic {
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: FetchPartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeFetchPartitionV1(r));
  const m: FetchTopic = { topicId, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeShareFetchRequestV1(r: Reader): ShareFetchRequest {
  const groupId = r.compactNullableString();
  const memberId = r.compactNullableString();
  const shareSessionEpoch = r.int32();
  const maxWaitMs = r.int32();
  const minBytes = r.int32();
  const maxBytes = r.int32();
  const maxRecords = r.int32();
  const batchSize = r.int32();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: FetchTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeFetchTopicV1(r));
  const n1 = r.compactArrayLength(18);
  if (n1 < 0) r.fail('null in non-nullable array ForgottenTopicsData');
  const forgottenTopicsData: ForgottenTopic[] = [];
  for (let i = 0; i < n1; i++) forgottenTopicsData.push(decodeForgottenTopicV0(r));
  const m: ShareFetchRequest = {
    groupId,
    memberId,
    shareSessionEpoch,
    maxWaitMs,
    minBytes,
    maxBytes,
    maxRecords,
    batchSize,
    shareAcquireMode: 0,
    isRenewAck: false,
    topics,
    forgottenTopicsData,
  };
  r.skipTaggedFields();
  return m;
}

function encodeFetchPartitionV1(w: Writer, m: FetchPartition): void {
  w.int32(m.partitionIndex);
  if (m.partitionMaxBytes !== undefined && m.partitionMaxBytes !== 0) {
    throw new UnsupportedFieldError('FetchPartition.PartitionMaxBytes', 1);
  }
  {
    const a = m.acknowledgementBatches;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAcknowledgementBatchV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeFetchTopicV1(w: Writer, m: FetchTopic): void {
  w.uuid(m.topicId);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchPartitionV1(w, a[i]);
  }
  w.uvarint(0);
}

function encodeShareFetchRequestV1(w: Writer, m: ShareFetchRequest): void {
  w.compactNullableString(m.groupId);
  w.compactNullableString(m.memberId);
  w.int32(m.shareSessionEpoch);
  w.int32(m.maxWaitMs);
  w.int32(m.minBytes);
  w.int32(m.maxBytes);
  w.int32(m.maxRecords === undefined ? 0 : m.maxRecords);
  w.int32(m.batchSize === undefined ? 0 : m.batchSize);
  if (m.shareAcquireMode !== undefined && m.shareAcquireMode !== 0) {
    throw new UnsupportedFieldError('ShareFetchRequest.ShareAcquireMode', 1);
  }
  if (m.isRenewAck !== undefined && m.isRenewAck !== false) throw new UnsupportedFieldError('ShareFetchRequest.IsRenewAck', 1);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchTopicV1(w, a[i]);
  }
  {
    const a = m.forgottenTopicsData;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeForgottenTopicV0(w, a[i]);
  }
  w.uvarint(0);
}

function decodeShareFetchRequestV2(r: Reader): ShareFetchRequest {
  const groupId = r.compactNullableString();
  const memberId = r.compactNullableString();
  const shareSessionEpoch = r.int32();
  const maxWaitMs = r.int32();
  const minBytes = r.int32();
  const maxBytes = r.int32();
  const maxRecords = r.int32();
  const batchSize = r.int32();
  const shareAcquireMode = r.int8();
  const isRenewAck = r.bool();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: FetchTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeFetchTopicV1(r));
  const n1 = r.compactArrayLength(18);
  if (n1 < 0) r.fail('null in non-nullable array ForgottenTopicsData');
  const forgottenTopicsData: ForgottenTopic[] = [];
  for (let i = 0; i < n1; i++) forgottenTopicsData.push(decodeForgottenTopicV0(r));
  const m: ShareFetchRequest = {
    groupId,
    memberId,
    shareSessionEpoch,
    maxWaitMs,
    minBytes,
    maxBytes,
    maxRecords,
    batchSize,
    shareAcquireMode,
    isRenewAck,
    topics,
    forgottenTopicsData,
  };
  r.skipTaggedFields();
  return m;
}

function encodeFetchPartitionV2(w: Writer, m: FetchPartition): void {
  w.int32(m.partitionIndex);
  if (m.partitionMaxBytes !== undefined && m.partitionMaxBytes !== 0) {
    throw new UnsupportedFieldError('FetchPartition.PartitionMaxBytes', 2);
  }
  {
    const a = m.acknowledgementBatches;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAcknowledgementBatchV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeFetchTopicV2(w: Writer, m: FetchTopic): void {
  w.uuid(m.topicId);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchPartitionV2(w, a[i]);
  }
  w.uvarint(0);
}

function encodeShareFetchRequestV2(w: Writer, m: ShareFetchRequest): void {
  w.compactNullableString(m.groupId);
  w.compactNullableString(m.memberId);
  w.int32(m.shareSessionEpoch);
  w.int32(m.maxWaitMs);
  w.int32(m.minBytes);
  w.int32(m.maxBytes);
  w.int32(m.maxRecords === undefined ? 0 : m.maxRecords);
  w.int32(m.batchSize === undefined ? 0 : m.batchSize);
  w.int8(m.shareAcquireMode === undefined ? 0 : m.shareAcquireMode);
  w.bool(m.isRenewAck === undefined ? false : m.isRenewAck);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchTopicV2(w, a[i]);
  }
  {
    const a = m.forgottenTopicsData;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeForgottenTopicV0(w, a[i]);
  }
  w.uvarint(0);
}

function decodeLeaderIdAndEpochV0(r: Reader): LeaderIdAndEpoch {
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  const m: LeaderIdAndEpoch = { leaderId, leaderEpoch };
  r.skipTaggedFields();
  return m;
}

function decodeAcquiredRecordsV0(r: Reader): AcquiredRecords {
  const firstOffset = r.int64();
  const lastOffset = r.int64();
  const deliveryCount = r.int16();
  const m: AcquiredRecords = { firstOffset, lastOffset, deliveryCount };
  r.skipTaggedFields();
  return m;
}

function decodePartitionDataV0(r: Reader): PartitionData {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const acknowledgeErrorCode = r.int16();
  const acknowledgeErrorMessage = r.compactNullableString();
  const currentLeader = decodeLeaderIdAndEpochV0(r);
  const records = r.records(true);
  const n0 = r.compactArrayLength(19);
  if (n0 < 0) r.fail('null in non-nullable array AcquiredRecords');
  const acquiredRecords: AcquiredRecords[] = [];
  for (let i = 0; i < n0; i++) acquiredRecords.push(decodeAcquiredRecordsV0(r));
  const m: PartitionData = {
    partitionIndex,
    errorCode,
    errorMessage,
    acknowledgeErrorCode,
    acknowledgeErrorMessage,
    currentLeader,
    records,
    acquiredRecords,
  };
  r.skipTaggedFields();
  return m;
}

function decodeShareFetchableTopicResponseV0(r: Reader): ShareFetchableTopicResponse {
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(14);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: PartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodePartitionDataV0(r));
  const m: ShareFetchableTopicResponse = { topicId, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeNodeEndpointV0(r: Reader): NodeEndpoint {
  const nodeId = r.int32();
  const host = r.compactString();
  const port = r.int32();
  const rack = r.compactNullableString();
  const m: NodeEndpoint = { nodeId, host, port, rack };
  r.skipTaggedFields();
  return m;
}

function decodeShareFetchResponseV0(r: Reader): ShareFetchResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Responses');
  const responses: ShareFetchableTopicResponse[] = [];
  for (let i = 0; i < n0; i++) responses.push(decodeShareFetchableTopicResponseV0(r));
  const n1 = r.compactArrayLength(11);
  if (n1 < 0) r.fail('null in non-nullable array NodeEndpoints');
  const nodeEndpoints: NodeEndpoint[] = [];
  for (let i = 0; i < n1; i++) nodeEndpoints.push(decodeNodeEndpointV0(r));
  const m: ShareFetchResponse = { throttleTimeMs, errorCode, errorMessage, acquisitionLockTimeoutMs: 0, responses, nodeEndpoints };
  r.skipTaggedFields();
  return m;
}

function encodeLeaderIdAndEpochV0(w: Writer, m: LeaderIdAndEpoch): void {
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  w.uvarint(0);
}

function encodeAcquiredRecordsV0(w: Writer, m: AcquiredRecords): void {
  w.int64(m.firstOffset);
  w.int64(m.lastOffset);
  w.int16(m.deliveryCount);
  w.uvarint(0);
}

function encodePartitionDataV0(w: Writer, m: PartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  w.int16(m.acknowledgeErrorCode);
  w.compactNullableString(m.acknowledgeErrorMessage);
  encodeLeaderIdAndEpochV0(w, m.currentLeader);
  w.records(m.records, true);
  {
    const a = m.acquiredRecords;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAcquiredRecordsV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeShareFetchableTopicResponseV0(w: Writer, m: ShareFetchableTopicResponse): void {
  w.uuid(m.topicId);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionDataV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeNodeEndpointV0(w: Writer, m: NodeEndpoint): void {
  w.int32(m.nodeId);
  w.compactString(m.host);
  w.int32(m.port);
  w.compactNullableString(m.rack);
  w.uvarint(0);
}

function encodeShareFetchResponseV0(w: Writer, m: ShareFetchResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  if (m.acquisitionLockTimeoutMs !== undefined && m.acquisitionLockTimeoutMs !== 0) {
    throw new UnsupportedFieldError('ShareFetchResponse.AcquisitionLockTimeoutMs', 0);
  }
  {
    const a = m.responses;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeShareFetchableTopicResponseV0(w, a[i]);
  }
  {
    const a = m.nodeEndpoints;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeNodeEndpointV0(w, a[i]);
  }
  w.uvarint(0);
}

function decodeShareFetchResponseV1(r: Reader): ShareFetchResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const acquisitionLockTimeoutMs = r.int32();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Responses');
  const responses: ShareFetchableTopicResponse[] = [];
  for (let i = 0; i < n0; i++) responses.push(decodeShareFetchableTopicResponseV0(r));
  const n1 = r.compactArrayLength(11);
  if (n1 < 0) r.fail('null in non-nullable array NodeEndpoints');
  const nodeEndpoints: NodeEndpoint[] = [];
  for (let i = 0; i < n1; i++) nodeEndpoints.push(decodeNodeEndpointV0(r));
  const m: ShareFetchResponse = { throttleTimeMs, errorCode, errorMessage, acquisitionLockTimeoutMs, responses, nodeEndpoints };
  r.skipTaggedFields();
  return m;
}

function encodeShareFetchResponseV1(w: Writer, m: ShareFetchResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  w.int32(m.acquisitionLockTimeoutMs === undefined ? 0 : m.acquisitionLockTimeoutMs);
  {
    const a = m.responses;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeShareFetchableTopicResponseV0(w, a[i]);
  }
  {
    const a = m.nodeEndpoints;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeNodeEndpointV0(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => ShareFetchRequest) | undefined> = [
  decodeShareFetchRequestV0, decodeShareFetchRequestV1, decodeShareFetchRequestV2,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: ShareFetchRequest) => void) | undefined> = [
  encodeShareFetchRequestV0, encodeShareFetchRequestV1, encodeShareFetchRequestV2,
];
const responseDecoders: ReadonlyArray<((r: Reader) => ShareFetchResponse) | undefined> = [
  decodeShareFetchResponseV0, decodeShareFetchResponseV1, decodeShareFetchResponseV1,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: ShareFetchResponse) => void) | undefined> = [
  encodeShareFetchResponseV0, encodeShareFetchResponseV1, encodeShareFetchResponseV1,
];

export const ShareFetchApi: ApiCodec<ShareFetchRequest, ShareFetchResponse> = {
  apiKey: 78,
  name: 'ShareFetch',
  validVersions: { min: 0, max: 2 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): ShareFetchRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ShareFetch', 78, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: ShareFetchRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ShareFetch', 78, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): ShareFetchResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ShareFetch', 78, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: ShareFetchResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ShareFetch', 78, version);
    encode(writer, message);
  },
  defaultRequest: defaultShareFetchRequest,
  defaultResponse: defaultShareFetchResponse,
};
