// Generated from protocol-specs/79-share-acknowledge.json by scripts/gen-protocol.ts. Do not edit.
// ShareAcknowledge (key 79), versions 0-2, flexible from v0.

import type { ApiCodec, Uuid } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface ShareAcknowledgeRequest {
  groupId: string | null;
  memberId: string | null;
  shareSessionEpoch: number;
  isRenewAck?: boolean;
  topics: AcknowledgeTopic[];
}

export interface AcknowledgeTopic {
  topicId: Uuid;
  partitions: AcknowledgePartition[];
}

export interface AcknowledgePartition {
  partitionIndex: number;
  acknowledgementBatches: AcknowledgementBatch[];
}

export interface AcknowledgementBatch {
  firstOffset: number;
  lastOffset: number;
  acknowledgeTypes: number[];
}

export interface ShareAcknowledgeResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null;
  acquisitionLockTimeoutMs?: number;
  responses: ShareAcknowledgeTopicResponse[];
  nodeEndpoints: NodeEndpoint[];
}

export interface ShareAcknowledgeTopicResponse {
  topicId: Uuid;
  partitions: PartitionData[];
}

export interface PartitionData {
  partitionIndex: number;
  errorCode: number;
  errorMessage: string | null;
  currentLeader: LeaderIdAndEpoch;
}

export interface LeaderIdAndEpoch {
  leaderId: number;
  leaderEpoch: number;
}

export interface NodeEndpoint {
  nodeId: number;
  host: string;
  port: number;
  rack: string | null;
}

function defaultShareAcknowledgeRequest(): ShareAcknowledgeRequest {
  return { groupId: null, memberId: '', shareSessionEpoch: 0, isRenewAck: false, topics: [] };
}

function defaultShareAcknowledgeResponse(): ShareAcknowledgeResponse {
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

function decodeAcknowledgePartitionV0(r: Reader): AcknowledgePartition {
  const partitionIndex = r.int32();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array AcknowledgementBatches');
  const acknowledgementBatches: AcknowledgementBatch[] = [];
  for (let i = 0; i < n0; i++) acknowledgementBatches.push(decodeAcknowledgementBatchV0(r));
  const m: AcknowledgePartition = { partitionIndex, acknowledgementBatches };
  r.skipTaggedFields();
  return m;
}

function decodeAcknowledgeTopicV0(r: Reader): AcknowledgeTopic {
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: AcknowledgePartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeAcknowledgePartitionV0(r));
  const m: AcknowledgeTopic = { topicId, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeShareAcknowledgeRequestV0(r: Reader): ShareAcknowledgeRequest {
  const groupId = r.compactNullableString();
  const memberId = r.compactNullableString();
  const shareSessionEpoch = r.int32();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: AcknowledgeTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeAcknowledgeTopicV0(r));
  const m: ShareAcknowledgeRequest = { groupId, memberId, shareSessionEpoch, isRenewAck: false, topics };
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

function encodeAcknowledgePartitionV0(w: Writer, m: AcknowledgePartition): void {
  w.int32(m.partitionIndex);
  {
    const a = m.acknowledgementBatches;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAcknowledgementBatchV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeAcknowledgeTopicV0(w: Writer, m: AcknowledgeTopic): void {
  w.uuid(m.topicId);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAcknowledgePartitionV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeShareAcknowledgeRequestV0(w: Writer, m: ShareAcknowledgeRequest): void {
  w.compactNullableString(m.groupId);
  w.compactNullableString(m.memberId);
  w.int32(m.shareSessionEpoch);
  if (m.isRenewAck !== undefined && m.isRenewAck !== false) throw new UnsupportedFieldError('ShareAcknowledgeRequest.IsRenewAck', 0);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAcknowledgeTopicV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeShareAcknowledgeRequestV1(w: Writer, m: ShareAcknowledgeRequest): void {
  w.compactNullableString(m.groupId);
  w.compactNullableString(m.memberId);
  w.int32(m.shareSessionEpoch);
  if (m.isRenewAck !== undefined && m.isRenewAck !== false) throw new UnsupportedFieldError('ShareAcknowledgeRequest.IsRenewAck', 1);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAcknowledgeTopicV0(w, a[i]);
  }
  w.uvarint(0);
}

function decodeShareAcknowledgeRequestV2(r: Reader): ShareAcknowledgeRequest {
  const groupId = r.compactNullableString();
  const memberId = r.compactNullableString();
  const shareSessionEpoch = r.int32();
  const isRenewAck = r.bool();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: AcknowledgeTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeAcknowledgeTopicV0(r));
  const m: ShareAcknowledgeRequest = { groupId, memberId, shareSessionEpoch, isRenewAck, topics };
  r.skipTaggedFields();
  return m;
}

function encodeShareAcknowledgeRequestV2(w: Writer, m: ShareAcknowledgeRequest): void {
  w.compactNullableString(m.groupId);
  w.compactNullableString(m.memberId);
  w.int32(m.shareSessionEpoch);
  w.bool(m.isRenewAck === undefined ? false : m.isRenewAck);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAcknowledgeTopicV0(w, a[i]);
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

function decodePartitionDataV0(r: Reader): PartitionData {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const currentLeader = decodeLeaderIdAndEpochV0(r);
  const m: PartitionData = { partitionIndex, errorCode, errorMessage, currentLeader };
  r.skipTaggedFields();
  return m;
}

function decodeShareAcknowledgeTopicResponseV0(r: Reader): ShareAcknowledgeTopicResponse {
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(9);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: PartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodePartitionDataV0(r));
  const m: ShareAcknowledgeTopicResponse = { topicId, partitions };
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

function decodeShareAcknowledgeResponseV0(r: Reader): ShareAcknowledgeResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Responses');
  const responses: ShareAcknowledgeTopicResponse[] = [];
  for (let i = 0; i < n0; i++) responses.push(decodeShareAcknowledgeTopicResponseV0(r));
  const n1 = r.compactArrayLength(11);
  if (n1 < 0) r.fail('null in non-nullable array NodeEndpoints');
  const nodeEndpoints: NodeEndpoint[] = [];
  for (let i = 0; i < n1; i++) nodeEndpoints.push(decodeNodeEndpointV0(r));
  const m: ShareAcknowledgeResponse = { throttleTimeMs, errorCode, errorMessage, acquisitionLockTimeoutMs: 0, responses, nodeEndpoints };
  r.skipTaggedFields();
  return m;
}

function encodeLeaderIdAndEpochV0(w: Writer, m: LeaderIdAndEpoch): void {
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  w.uvarint(0);
}

function encodePartitionDataV0(w: Writer, m: PartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  encodeLeaderIdAndEpochV0(w, m.currentLeader);
  w.uvarint(0);
}

function encodeShareAcknowledgeTopicResponseV0(w: Writer, m: ShareAcknowledgeTopicResponse): void {
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

function encodeShareAcknowledgeResponseV0(w: Writer, m: ShareAcknowledgeResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  {
    const a = m.responses;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeShareAcknowledgeTopicResponseV0(w, a[i]);
  }
  {
    const a = m.nodeEndpoints;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeNodeEndpointV0(w, a[i]);
  }
  w.uvarint(0);
}

function decodeShareAcknowledgeResponseV2(r: Reader): ShareAcknowledgeResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const acquisitionLockTimeoutMs = r.int32();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Responses');
  const responses: ShareAcknowledgeTopicResponse[] = [];
  for (let i = 0; i < n0; i++) responses.push(decodeShareAcknowledgeTopicResponseV0(r));
  const n1 = r.compactArrayLength(11);
  if (n1 < 0) r.fail('null in non-nullable array NodeEndpoints');
  const nodeEndpoints: NodeEndpoint[] = [];
  for (let i = 0; i < n1; i++) nodeEndpoints.push(decodeNodeEndpointV0(r));
  const m: ShareAcknowledgeResponse = { throttleTimeMs, errorCode, errorMessage, acquisitionLockTimeoutMs, responses, nodeEndpoints };
  r.skipTaggedFields();
  return m;
}

function encodeShareAcknowledgeResponseV2(w: Writer, m: ShareAcknowledgeResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  w.int32(m.acquisitionLockTimeoutMs === undefined ? 0 : m.acquisitionLockTimeoutMs);
  {
    const a = m.responses;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeShareAcknowledgeTopicResponseV0(w, a[i]);
  }
  {
    const a = m.nodeEndpoints;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeNodeEndpointV0(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => ShareAcknowledgeRequest) | undefined> = [
  decodeShareAcknowledgeRequestV0, decodeShareAcknowledgeRequestV0, decodeShareAcknowledgeRequestV2,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: ShareAcknowledgeRequest) => void) | undefined> = [
  encodeShareAcknowledgeRequestV0, encodeShareAcknowledgeRequestV1, encodeShareAcknowledgeRequestV2,
];
const responseDecoders: ReadonlyArray<((r: Reader) => ShareAcknowledgeResponse) | undefined> = [
  decodeShareAcknowledgeResponseV0, decodeShareAcknowledgeResponseV0, decodeShareAcknowledgeResponseV2,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: ShareAcknowledgeResponse) => void) | undefined> = [
  encodeShareAcknowledgeResponseV0, encodeShareAcknowledgeResponseV0, encodeShareAcknowledgeResponseV2,
];

export const ShareAcknowledgeApi: ApiCodec<ShareAcknowledgeRequest, ShareAcknowledgeResponse> = {
  apiKey: 79,
  name: 'ShareAcknowledge',
  validVersions: { min: 0, max: 2 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): ShareAcknowledgeRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ShareAcknowledge', 79, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: ShareAcknowledgeRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ShareAcknowledge', 79, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): ShareAcknowledgeResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ShareAcknowledge', 79, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: ShareAcknowledgeResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ShareAcknowledge', 79, version);
    encode(writer, message);
  },
  defaultRequest: defaultShareAcknowledgeRequest,
  defaultResponse: defaultShareAcknowledgeResponse,
};
