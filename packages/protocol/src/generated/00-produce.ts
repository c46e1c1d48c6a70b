// Generated from protocol-specs/00-produce.json by scripts/gen-protocol.ts. Do not edit.
// Produce (key 0), versions 0-11, flexible from v9.

import type { ApiCodec, RecordsData } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import { writeTaggedField } from '../primitives/tagged-fields';
import type { Writer } from '../primitives/writer';

export interface ProduceRequest {
  transactionalId?: string | null;
  acks: number;
  timeoutMs: number;
  topicData: TopicProduceData[];
}

export interface TopicProduceData {
  name: string;
  partitionData: PartitionProduceData[];
}

export interface PartitionProduceData {
  index: number;
  records: RecordsData;
}

export interface ProduceResponse {
  responses: TopicProduceResponse[];
  throttleTimeMs?: number;
  nodeEndpoints?: NodeEndpoint[];
}

export interface TopicProduceResponse {
  name: string;
  partitionResponses: PartitionProduceResponse[];
}

export interface PartitionProduceResponse {
  index: number;
  errorCode: number;
  baseOffset: number;
  logAppendTimeMs?: number;
  logStartOffset?: number;
  recordErrors?: BatchIndexAndErrorMessage[];
  errorMessage?: string | null;
  currentLeader?: LeaderIdAndEpoch;
}

export interface BatchIndexAndErrorMessage {
  batchIndex: number;
  batchIndexErrorMessage: string | null;
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

function defaultProduceRequest(): ProduceRequest {
  return { transactionalId: null, acks: 0, timeoutMs: 0, topicData: [] };
}

function defaultProduceResponse(): ProduceResponse {
  return { responses: [], throttleTimeMs: 0, nodeEndpoints: [] };
}

function defaultLeaderIdAndEpoch(): LeaderIdAndEpoch {
  return { leaderId: -1, leaderEpoch: -1 };
}

function isLeaderIdAndEpochDefault(s: LeaderIdAndEpoch): boolean {
  return !(s.leaderId !== -1) &&
    !(s.leaderEpoch !== -1);
}

function decodePartitionProduceDataV0(r: Reader): PartitionProduceData {
  const index = r.int32();
  const records = r.records(false);
  return { index, records };
}

function decodeTopicProduceDataV0(r: Reader): TopicProduceData {
  const name = r.string();
  const n0 = r.arrayLength(8);
  if (n0 < 0) r.fail('null in non-nullable array PartitionData');
  const partitionData: PartitionProduceData[] = [];
  for (let i = 0; i < n0; i++) partitionData.push(decodePartitionProduceDataV0(r));
  return { name, partitionData };
}

function decodeProduceRequestV0(r: Reader): ProduceRequest {
  const acks = r.int16();
  const timeoutMs = r.int32();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array TopicData');
  const topicData: TopicProduceData[] = [];
  for (let i = 0; i < n0; i++) topicData.push(decodeTopicProduceDataV0(r));
  return { transactionalId: null, acks, timeoutMs, topicData };
}

function encodePartitionProduceDataV0(w: Writer, m: PartitionProduceData): void {
  w.int32(m.index);
  w.records(m.records, false);
}

function encodeTopicProduceDataV0(w: Writer, m: TopicProduceData): void {
  w.string(m.name);
  {
    const a = m.partitionData;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionProduceDataV0(w, a[i]);
  }
}

function encodeProduceRequestV0(w: Writer, m: ProduceRequest): void {
  if (m.transactionalId !== undefined && m.transactionalId !== null) throw new UnsupportedFieldError('ProduceRequest.TransactionalId', 0);
  w.int16(m.acks);
  w.int32(m.timeoutMs);
  {
    const a = m.topicData;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTopicProduceDataV0(w, a[i]);
  }
}

function encodeProduceRequestV1(w: Writer, m: ProduceRequest): void {
  if (m.transactionalId !== undefined && m.transactionalId !== null) throw new UnsupportedFieldError('ProduceRequest.TransactionalId', 1);
  w.int16(m.acks);
  w.int32(m.timeoutMs);
  {
    const a = m.topicData;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTopicProduceDataV0(w, a[i]);
  }
}

function encodeProduceRequestV2(w: Writer, m: ProduceRequest): void {
  if (m.transactionalId !== undefined && m.transactionalId !== null) throw new UnsupportedFieldError('ProduceRequest.TransactionalId', 2);
  w.int16(m.acks);
  w.int32(m.timeoutMs);
  {
    const a = m.topicData;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTopicProduceDataV0(w, a[i]);
  }
}

function decodeProduceRequestV3(r: Reader): ProduceRequest {
  const transactionalId = r.nullableString();
  const acks = r.int16();
  const timeoutMs = r.int32();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array TopicData');
  const topicData: TopicProduceData[] = [];
  for (let i = 0; i < n0; i++) topicData.push(decodeTopicProduceDataV0(r));
  return { transactionalId, acks, timeoutMs, topicData };
}

function encodeProduceRequestV3(w: Writer, m: ProduceRequest): void {
  w.nullableString(m.transactionalId === undefined ? null : m.transactionalId);
  w.int16(m.acks);
  w.int32(m.timeoutMs);
  {
    const a = m.topicData;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTopicProduceDataV0(w, a[i]);
  }
}

function decodePartitionProduceDataV9(r: Reader): PartitionProduceData {
  const index = r.int32();
  const records = r.records(true);
  const m: PartitionProduceData = { index, records };
  r.skipTaggedFields();
  return m;
}

function decodeTopicProduceDataV9(r: Reader): TopicProduceData {
  const name = r.compactString();
  const n0 = r.compactArrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array PartitionData');
  const partitionData: PartitionProduceData[] = [];
  for (let i = 0; i < n0; i++) partitionData.push(decodePartitionProduceDataV9(r));
  const m: TopicProduceData = { name, partitionData };
  r.skipTaggedFields();
  return m;
}

function decodeProduceRequestV9(r: Reader): ProduceRequest {
  const transactionalId = r.compactNullableString();
  const acks = r.int16();
  const timeoutMs = r.int32();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array TopicData');
  const topicData: TopicProduceData[] = [];
  for (let i = 0; i < n0; i++) topicData.push(decodeTopicProduceDataV9(r));
  const m: ProduceRequest = { transactionalId, acks, timeoutMs, topicData };
  r.skipTaggedFields();
  return m;
}

function encodePartitionProduceDataV9(w: Writer, m: PartitionProduceData): void {
  w.int32(m.index);
  w.records(m.records, true);
  w.uvarint(0);
}

function encodeTopicProduceDataV9(w: Writer, m: TopicProduceData): void {
  w.compactString(m.name);
  {
    const a = m.partitionData;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionProduceDataV9(w, a[i]);
  }
  w.uvarint(0);
}

function encodeProduceRequestV9(w: Writer, m: ProduceRequest): void {
  w.compactNullableString(m.transactionalId === undefined ? null : m.transactionalId);
  w.int16(m.acks);
  w.int32(m.timeoutMs);
  {
    const a = m.topicData;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTopicProduceDataV9(w, a[i]);
  }
  w.uvarint(0);
}

function decodePartitionProduceResponseV0(r: Reader): PartitionProduceResponse {
  const index = r.int32();
  const errorCode = r.int16();
  const baseOffset = r.int64();
  return {
    index,
    errorCode,
    baseOffset,
    logAppendTimeMs: -1,
    logStartOffset: -1,
    recordErrors: [],
    errorMessage: null,
    currentLeader: defaultLeaderIdAndEpoch(),
  };
}

function decodeTopicProduceResponseV0(r: Reader): TopicProduceResponse {
  const name = r.string();
  const n0 = r.arrayLength(14);
  if (n0 < 0) r.fail('null in non-nullable array PartitionResponses');
  const partitionResponses: PartitionProduceResponse[] = [];
  for (let i = 0; i < n0; i++) partitionResponses.push(decodePartitionProduceResponseV0(r));
  return { name, partitionResponses };
}

function decodeProduceResponseV0(r: Reader): ProduceResponse {
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Responses');
  const responses: TopicProduceResponse[] = [];
  for (let i = 0; i < n0; i++) responses.push(decodeTopicProduceResponseV0(r));
  return { responses, throttleTimeMs: 0, nodeEndpoints: [] };
}

function encodePartitionProduceResponseV0(w: Writer, m: PartitionProduceResponse): void {
  w.int32(m.index);
  w.int16(m.errorCode);
  w.int64(m.baseOffset);
  if (m.currentLeader !== undefined && !isLeaderIdAndEpochDefault(m.currentLeader)) {
    throw new UnsupportedFieldError('PartitionProduceResponse.CurrentLeader', 0);
  }
}

function encodeTopicProduceResponseV0(w: Writer, m: TopicProduceResponse): void {
  w.string(m.name);
  {
    const a = m.partitionResponses;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionProduceResponseV0(w, a[i]);
  }
}

function encodeProduceResponseV0(w: Writer, m: ProduceResponse): void {
  {
    const a = m.responses;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTopicProduceResponseV0(w, a[i]);
  }
  if (m.nodeEndpoints !== undefined && (m.nodeEndpoints === null || m.nodeEndpoints.length !== 0)) {
    throw new UnsupportedFieldError('ProduceResponse.NodeEndpoints', 0);
  }
}

function decodeProduceResponseV1(r: Reader): ProduceResponse {
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Responses');
  const responses: TopicProduceResponse[] = [];
  for (let i = 0; i < n0; i++) responses.push(decodeTopicProduceResponseV0(r));
  const throttleTimeMs = r.int32();
  return { responses, throttleTimeMs, nodeEndpoints: [] };
}

function encodePartitionProduceResponseV1(w: Writer, m: PartitionProduceResponse): void {
  w.int32(m.index);
  w.int16(m.errorCode);
  w.int64(m.baseOffset);
  if (m.currentLeader !== undefined && !isLeaderIdAndEpochDefault(m.currentLeader)) {
    throw new UnsupportedFieldError('PartitionProduceResponse.CurrentLeader', 1);
  }
}

function encodeTopicProduceResponseV1(w: Writer, m: TopicProduceResponse): void {
  w.string(m.name);
  {
    const a = m.partitionResponses;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionProduceResponseV1(w, a[i]);
  }
}

function encodeProduceResponseV1(w: Writer, m: ProduceResponse): void {
  {
    const a = m.responses;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTopicProduceResponseV1(w, a[i]);
  }
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  if (m.nodeEndpoints !== undefined && (m.nodeEndpoints === null || m.nodeEndpoints.length !== 0)) {
    throw new UnsupportedFieldError('ProduceResponse.NodeEndpoints', 1);
  }
}

function decodePartitionProduceResponseV2(r: Reader): PartitionProduceResponse {
  const index = r.int32();
  const errorCode = r.int16();
  const baseOffset = r.int64();
  const logAppendTimeMs = r.int64();
  return {
    index,
    errorCode,
    baseOffset,
    logAppendTimeMs,
    logStartOffset: -1,
    recordErrors: [],
    errorMessage: null,
    currentLeader: defaultLeaderIdAndEpoch(),
  };
}

function decodeTopicProduceResponseV2(r: Reader): TopicProduceResponse {
  const name = r.string();
  const n0 = r.arrayLength(22);
  if (n0 < 0) r.fail('null in non-nullable array PartitionResponses');
  const partitionResponses: PartitionProduceResponse[] = [];
  for (let i = 0; i < n0; i++) partitionResponses.push(decodePartitionProduceResponseV2(r));
  return { name, partitionResponses };
}

function decodeProduceResponseV2(r: Reader): ProduceResponse {
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Responses');
  const responses: TopicProduceResponse[] = [];
  for (let i = 0; i < n0; i++) responses.push(decodeTopicProduceResponseV2(r));
  const throttleTimeMs = r.int32();
  return { responses, throttleTimeMs, nodeEndpoints: [] };
}

function encodePartitionProduceResponseV2(w: Writer, m: PartitionProduceResponse): void {
  w.int32(m.index);
  w.int16(m.errorCode);
  w.int64(m.baseOffset);
  w.int64(m.logAppendTimeMs === undefined ? -1 : m.logAppendTimeMs);
  if (m.currentLeader !== undefined && !isLeaderIdAndEpochDefault(m.currentLeader)) {
    throw new UnsupportedFieldError('PartitionProduceResponse.CurrentLeader', 2);
  }
}

function encodeTopicProduceResponseV2(w: Writer, m: TopicProduceResponse): void {
  w.string(m.name);
  {
    const a = m.partitionResponses;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionProduceResponseV2(w, a[i]);
  }
}

function encodeProduceResponseV2(w: Writer, m: ProduceResponse): void {
  {
    const a = m.responses;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTopicProduceResponseV2(w, a[i]);
  }
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  if (m.nodeEndpoints !== undefined && (m.nodeEndpoints === null || m.nodeEndpoints.length !== 0)) {
    throw new UnsupportedFieldError('ProduceResponse.NodeEndpoints', 2);
  }
}

function encodePartitionProduceResponseV3(w: Writer, m: PartitionProduceResponse): void {
  w.int32(m.index);
  w.int16(m.errorCode);
  w.int64(m.baseOffset);
  w.int64(m.logAppendTimeMs === undefined ? -1 : m.logAppendTimeMs);
  if (m.currentLeader !== undefined && !isLeaderIdAndEpochDefault(m.currentLeader)) {
    throw new UnsupportedFieldError('PartitionProduceResponse.CurrentLeader', 3);
  }
}

function encodeTopicProduceResponseV3(w: Writer, m: TopicProduceResponse): void {
  w.string(m.name);
  {
    const a = m.partitionResponses;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionProduceResponseV3(w, a[i]);
  }
}

function encodeProduceResponseV3(w: Writer, m: ProduceResponse): void {
  {
    const a = m.responses;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTopicProduceResponseV3(w, a[i]);
  }
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  if (m.nodeEndpoints !== undefined && (m.nodeEndpoints === null || m.nodeEndpoints.length !== 0)) {
    throw new UnsupportedFieldError('ProduceResponse.NodeEndpoints', 3);
  }
}

function encodePartitionProduceResponseV4(w: Writer, m: PartitionProduceResponse): void {
  w.int32(m.index);
  w.int16(m.errorCode);
  w.int64(m.baseOffset);
  w.int64(m.logAppendTimeMs === undefined ? -1 : m.logAppendTimeMs);
  if (m.currentLeader !== undefined && !isLeaderIdAndEpochDefault(m.currentLeader)) {
    throw new UnsupportedFieldError('PartitionProduceResponse.CurrentLeader', 4);
  }
}

function encodeTopicProduceResponseV4(w: Writer, m: TopicProduceResponse): void {
  w.string(m.name);
  {
    const a = m.partitionResponses;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionProduceResponseV4(w, a[i]);
  }
}

function encodeProduceResponseV4(w: Writer, m: ProduceResponse): void {
  {
    const a = m.responses;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTopicProduceResponseV4(w, a[i]);
  }
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  if (m.nodeEndpoints !== undefined && (m.nodeEndpoints === null || m.nodeEndpoints.length !== 0)) {
    throw new UnsupportedFieldError('ProduceResponse.NodeEndpoints', 4);
  }
}

function decodePartitionProduceResponseV5(r: Reader): PartitionProduceResponse {
  const index = r.int32();
  const errorCode = r.int16();
  const baseOffset = r.int64();
  const logAppendTimeMs = r.int64();
  const logStartOffset = r.int64();
  return {
    index,
    errorCode,
    baseOffset,
    logAppendTimeMs,
    logStartOffset,
    recordErrors: [],
    errorMessage: null,
    currentLeader: defaultLeaderIdAndEpoch(),
  };
}

function decodeTopicProduceResponseV5(r: Reader): TopicProduceResponse {
  const name = r.string();
  const n0 = r.arrayLength(30);
  if (n0 < 0) r.fail('null in non-nullable array PartitionResponses');
  const partitionResponses: PartitionProduceResponse[] = [];
  for (let i = 0; i < n0; i++) partitionResponses.push(decodePartitionProduceResponseV5(r));
  return { name, partitionResponses };
}

function decodeProduceResponseV5(r: Reader): ProduceResponse {
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Responses');
  const responses: TopicProduceResponse[] = [];
  for (let i = 0; i < n0; i++) responses.push(decodeTopicProduceResponseV5(r));
  const throttleTimeMs = r.int32();
  return { responses, throttleTimeMs, nodeEndpoints: [] };
}

function encodePartitionProduceResponseV5(w: Writer, m: PartitionProduceResponse): void {
  w.int32(m.index);
  w.int16(m.errorCode);
  w.int64(m.baseOffset);
  w.int64(m.logAppendTimeMs === undefined ? -1 : m.logAppendTimeMs);
  w.int64(m.logStartOffset === undefined ? -1 : m.logStartOffset);
  if (m.currentLeader !== undefined && !isLeaderIdAndEpochDefault(m.currentLeader)) {
    throw new UnsupportedFieldError('PartitionProduceResponse.CurrentLeader', 5);
  }
}

function encodeTopicProduceResponseV5(w: Writer, m: TopicProduceResponse): void {
  w.string(m.name);
  {
    const a = m.partitionResponses;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionProduceResponseV5(w, a[i]);
  }
}

function encodeProduceResponseV5(w: Writer, m: ProduceResponse): void {
  {
    const a = m.responses;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTopicProduceResponseV5(w, a[i]);
  }
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  if (m.nodeEndpoints !== undefined && (m.nodeEndpoints === null || m.nodeEndpoints.length !== 0)) {
    throw new UnsupportedFieldError('ProduceResponse.NodeEndpoints', 5);
  }
}

function encodePartitionProduceResponseV6(w: Writer, m: PartitionProduceResponse): void {
  w.int32(m.index);
  w.int16(m.errorCode);
  w.int64(m.baseOffset);
  w.int64(m.logAppendTimeMs === undefined ? -1 : m.logAppendTimeMs);
  w.int64(m.logStartOffset === undefined ? -1 : m.logStartOffset);
  if (m.currentLeader !== undefined && !isLeaderIdAndEpochDefault(m.currentLeader)) {
    throw new UnsupportedFieldError('PartitionProduceResponse.CurrentLeader', 6);
  }
}

function encodeTopicProduceResponseV6(w: Writer, m: TopicProduceResponse): void {
  w.string(m.name);
  {
    const a = m.partitionResponses;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionProduceResponseV6(w, a[i]);
  }
}

function encodeProduceResponseV6(w: Writer, m: ProduceResponse): void {
  {
    const a = m.responses;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTopicProduceResponseV6(w, a[i]);
  }
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  if (m.nodeEndpoints !== undefined && (m.nodeEndpoints === null || m.nodeEndpoints.length !== 0)) {
    throw new UnsupportedFieldError('ProduceResponse.NodeEndpoints', 6);
  }
}

function encodePartitionProduceResponseV7(w: Writer, m: PartitionProduceResponse): void {
  w.int32(m.index);
  w.int16(m.errorCode);
  w.int64(m.baseOffset);
  w.int64(m.logAppendTimeMs === undefined ? -1 : m.logAppendTimeMs);
  w.int64(m.logStartOffset === undefined ? -1 : m.logStartOffset);
  if (m.currentLeader !== undefined && !isLeaderIdAndEpochDefault(m.currentLeader)) {
    throw new UnsupportedFieldError('PartitionProduceResponse.CurrentLeader', 7);
  }
}

function encodeTopicProduceResponseV7(w: Writer, m: TopicProduceResponse): void {
  w.string(m.name);
  {
    const a = m.partitionResponses;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionProduceResponseV7(w, a[i]);
  }
}

function encodeProduceResponseV7(w: Writer, m: ProduceResponse): void {
  {
    const a = m.responses;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTopicProduceResponseV7(w, a[i]);
  }
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  if (m.nodeEndpoints !== undefined && (m.nodeEndpoints === null || m.nodeEndpoints.length !== 0)) {
    throw new UnsupportedFieldError('ProduceResponse.NodeEndpoints', 7);
  }
}

function decodeBatchIndexAndErrorMessageV8(r: Reader): BatchIndexAndErrorMessage {
  const batchIndex = r.int32();
  const batchIndexErrorMessage = r.nullableString();
  return { batchIndex, batchIndexErrorMessage };
}

function decodePartitionProduceResponseV8(r: Reader): PartitionProduceResponse {
  const index = r.int32();
  const errorCode = r.int16();
  const baseOffset = r.int64();
  const logAppendTimeMs = r.int64();
  const logStartOffset = r.int64();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array RecordErrors');
  const recordErrors: BatchIndexAndErrorMessage[] = [];
  for (let i = 0; i < n0; i++) recordErrors.push(decodeBatchIndexAndErrorMessageV8(r));
  const errorMessage = r.nullableString();
  return {
    index,
    errorCode,
    baseOffset,
    logAppendTimeMs,
    logStartOffset,
    recordErrors,
    errorMessage,
    currentLeader: defaultLeaderIdAndEpoch(),
  };
}

function decodeTopicProduceResponseV8(r: Reader): TopicProduceResponse {
  const name = r.string();
  const n0 = r.arrayLength(36);
  if (n0 < 0) r.fail('null in non-nullable array PartitionResponses');
  const partitionResponses: PartitionProduceResponse[] = [];
  for (let i = 0; i < n0; i++) partitionResponses.push(decodePartitionProduceResponseV8(r));
  return { name, partitionResponses };
}

function decodeProduceResponseV8(r: Reader): ProduceResponse {
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Responses');
  const responses: TopicProduceResponse[] = [];
  for (let i = 0; i < n0; i++) responses.push(decodeTopicProduceResponseV8(r));
  const throttleTimeMs = r.int32();
  return { responses, throttleTimeMs, nodeEndpoints: [] };
}

function encodeBatchIndexAndErrorMessageV8(w: Writer, m: BatchIndexAndErrorMessage): void {
  w.int32(m.batchIndex);
  w.nullableString(m.batchIndexErrorMessage);
}

function encodePartitionProduceResponseV8(w: Writer, m: PartitionProduceResponse): void {
  w.int32(m.index);
  w.int16(m.errorCode);
  w.int64(m.baseOffset);
  w.int64(m.logAppendTimeMs === undefined ? -1 : m.logAppendTimeMs);
  w.int64(m.logStartOffset === undefined ? -1 : m.logStartOffset);
  {
    const a = m.recordErrors === undefined ? [] : m.recordErrors;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeBatchIndexAndErrorMessageV8(w, a[i]);
  }
  w.nullableString(m.errorMessage === undefined ? null : m.errorMessage);
  if (m.currentLeader !== undefined && !isLeaderIdAndEpochDefault(m.currentLeader)) {
    throw new UnsupportedFieldError('PartitionProduceResponse.CurrentLeader', 8);
  }
}

function encodeTopicProduceResponseV8(w: Writer, m: TopicProduceResponse): void {
  w.string(m.name);
  {
    const a = m.partitionResponses;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionProduceResponseV8(w, a[i]);
  }
}

function encodeProduceResponseV8(w: Writer, m: ProduceResponse): void {
  {
    const a = m.responses;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTopicProduceResponseV8(w, a[i]);
  }
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  if (m.nodeEndpoints !== undefined && (m.nodeEndpoints === null || m.nodeEndpoints.length !== 0)) {
    throw new UnsupportedFieldError('ProduceResponse.NodeEndpoints', 8);
  }
}

function decodeBatchIndexAndErrorMessageV9(r: Reader): BatchIndexAndErrorMessage {
  const batchIndex = r.int32();
  const batchIndexErrorMessage = r.compactNullableString();
  const m: BatchIndexAndErrorMessage = { batchIndex, batchIndexErrorMessage };
  r.skipTaggedFields();
  return m;
}

function decodePartitionProduceResponseV9(r: Reader): PartitionProduceResponse {
  const index = r.int32();
  const errorCode = r.int16();
  const baseOffset = r.int64();
  const logAppendTimeMs = r.int64();
  const logStartOffset = r.int64();
  const n0 = r.compactArrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array RecordErrors');
  const recordErrors: BatchIndexAndErrorMessage[] = [];
  for (let i = 0; i < n0; i++) recordErrors.push(decodeBatchIndexAndErrorMessageV9(r));
  const errorMessage = r.compactNullableString();
  const m: PartitionProduceResponse = {
    index,
    errorCode,
    baseOffset,
    logAppendTimeMs,
    logStartOffset,
    recordErrors,
    errorMessage,
    currentLeader: defaultLeaderIdAndEpoch(),
  };
  r.skipTaggedFields();
  return m;
}

function decodeTopicProduceResponseV9(r: Reader): TopicProduceResponse {
  const name = r.compactString();
  const n0 = r.compactArrayLength(33);
  if (n0 < 0) r.fail('null in non-nullable array PartitionResponses');
  const partitionResponses: PartitionProduceResponse[] = [];
  for (let i = 0; i < n0; i++) partitionResponses.push(decodePartitionProduceResponseV9(r));
  const m: TopicProduceResponse = { name, partitionResponses };
  r.skipTaggedFields();
  return m;
}

function decodeProduceResponseV9(r: Reader): ProduceResponse {
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Responses');
  const responses: TopicProduceResponse[] = [];
  for (let i = 0; i < n0; i++) responses.push(decodeTopicProduceResponseV9(r));
  const throttleTimeMs = r.int32();
  const m: ProduceResponse = { responses, throttleTimeMs, nodeEndpoints: [] };
  r.skipTaggedFields();
  return m;
}

function encodeBatchIndexAndErrorMessageV9(w: Writer, m: BatchIndexAndErrorMessage): void {
  w.int32(m.batchIndex);
  w.compactNullableString(m.batchIndexErrorMessage);
  w.uvarint(0);
}

function encodePartitionProduceResponseV9(w: Writer, m: PartitionProduceResponse): void {
  w.int32(m.index);
  w.int16(m.errorCode);
  w.int64(m.baseOffset);
  w.int64(m.logAppendTimeMs === undefined ? -1 : m.logAppendTimeMs);
  w.int64(m.logStartOffset === undefined ? -1 : m.logStartOffset);
  {
    const a = m.recordErrors === undefined ? [] : m.recordErrors;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeBatchIndexAndErrorMessageV9(w, a[i]);
  }
  w.compactNullableString(m.errorMessage === undefined ? null : m.errorMessage);
  if (m.currentLeader !== undefined && !isLeaderIdAndEpochDefault(m.currentLeader)) {
    throw new UnsupportedFieldError('PartitionProduceResponse.CurrentLeader', 9);
  }
  w.uvarint(0);
}

function encodeTopicProduceResponseV9(w: Writer, m: TopicProduceResponse): void {
  w.compactString(m.name);
  {
    const a = m.partitionResponses;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionProduceResponseV9(w, a[i]);
  }
  w.uvarint(0);
}

function encodeProduceResponseV9(w: Writer, m: ProduceResponse): void {
  {
    const a = m.responses;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTopicProduceResponseV9(w, a[i]);
  }
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  if (m.nodeEndpoints !== undefined && (m.nodeEndpoints === null || m.nodeEndpoints.length !== 0)) {
    throw new UnsupportedFieldError('ProduceResponse.NodeEndpoints', 9);
  }
  w.uvarint(0);
}

function decodeLeaderIdAndEpochV10(r: Reader): LeaderIdAndEpoch {
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  const m: LeaderIdAndEpoch = { leaderId, leaderEpoch };
  r.skipTaggedFields();
  return m;
}

function decodePartitionProduceResponseV10(r: Reader): PartitionProduceResponse {
  const index = r.int32();
  const errorCode = r.int16();
  const baseOffset = r.int64();
  const logAppendTimeMs = r.int64();
  const logStartOffset = r.int64();
  const n0 = r.compactArrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array RecordErrors');
  const recordErrors: BatchIndexAndErrorMessage[] = [];
  for (let i = 0; i < n0; i++) recordErrors.push(decodeBatchIndexAndErrorMessageV9(r));
  const errorMessage = r.compactNullableString();
  const m: PartitionProduceResponse = {
    index,
    errorCode,
    baseOffset,
    logAppendTimeMs,
    logStartOffset,
    recordErrors,
    errorMessage,
    currentLeader: defaultLeaderIdAndEpoch(),
  };
  const tagCount = r.uvarint();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.uvarint();
    const size = r.uvarint();
    const end = r.offset + size;
    switch (tag) {
      case 0: {
        const value = decodeLeaderIdAndEpochV10(r);
        m.currentLeader = value;
        break;
      }
      default:
        r.skip(size);
    }
    if (r.offset > end) r.fail('tagged field overran its size');
    r.offset = end;
  }
  return m;
}

function decodeTopicProduceResponseV10(r: Reader): TopicProduceResponse {
  const name = r.compactString();
  const n0 = r.compactArrayLength(33);
  if (n0 < 0) r.fail('null in non-nullable array PartitionResponses');
  const partitionResponses: PartitionProduceResponse[] = [];
  for (let i = 0; i < n0; i++) partitionResponses.push(decodePartitionProduceResponseV10(r));
  const m: TopicProduceResponse = { name, partitionResponses };
  r.skipTaggedFields();
  return m;
}

function decodeNodeEndpointV10(r: Reader): NodeEndpoint {
  const nodeId = r.int32();
  const host = r.compactString();
  const port = r.int32();
  const rack = r.compactNullableString();
  const m: NodeEndpoint = { nodeId, host, port, rack };
  r.skipTaggedFields();
  return m;
}

function decodeProduceResponseV10(r: Reader): ProduceResponse {
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Responses');
  const responses: TopicProduceResponse[] = [];
  for (let i = 0; i < n0; i++) responses.push(decodeTopicProduceResponseV10(r));
  const throttleTimeMs = r.int32();
  const m: ProduceResponse = { responses, throttleTimeMs, nodeEndpoints: [] };
  const tagCount = r.uvarint();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.uvarint();
    const size = r.uvarint();
    const end = r.offset + size;
    switch (tag) {
      case 0: {
        const n1 = r.compactArrayLength(11);
        if (n1 < 0) r.fail('null in non-nullable array NodeEndpoints');
        const value: NodeEndpoint[] = [];
        for (let i = 0; i < n1; i++) value.push(decodeNodeEndpointV10(r));
        m.nodeEndpoints = value;
        break;
      }
      default:
        r.skip(size);
    }
    if (r.offset > end) r.fail('tagged field overran its size');
    r.offset = end;
  }
  return m;
}

function encodeLeaderIdAndEpochV10(w: Writer, m: LeaderIdAndEpoch): void {
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  w.uvarint(0);
}

function encodePartitionProduceResponseV10(w: Writer, m: PartitionProduceResponse): void {
  w.int32(m.index);
  w.int16(m.errorCode);
  w.int64(m.baseOffset);
  w.int64(m.logAppendTimeMs === undefined ? -1 : m.logAppendTimeMs);
  w.int64(m.logStartOffset === undefined ? -1 : m.logStartOffset);
  {
    const a = m.recordErrors === undefined ? [] : m.recordErrors;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeBatchIndexAndErrorMessageV9(w, a[i]);
  }
  w.compactNullableString(m.errorMessage === undefined ? null : m.errorMessage);
  let tagCount = 0;
  const tagged0 = m.currentLeader !== undefined && !isLeaderIdAndEpochDefault(m.currentLeader);
  if (tagged0) tagCount++;
  w.uvarint(tagCount);
  if (tagged0) {
    writeTaggedField(w, 0, (tw) => {
      encodeLeaderIdAndEpochV10(tw, m.currentLeader!);
    });
  }
}

function encodeTopicProduceResponseV10(w: Writer, m: TopicProduceResponse): void {
  w.compactString(m.name);
  {
    const a = m.partitionResponses;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionProduceResponseV10(w, a[i]);
  }
  w.uvarint(0);
}

function encodeNodeEndpointV10(w: Writer, m: NodeEndpoint): void {
  w.int32(m.nodeId);
  w.compactString(m.host);
  w.int32(m.port);
  w.compactNullableString(m.rack);
  w.uvarint(0);
}

function encodeProduceResponseV10(w: Writer, m: ProduceResponse): void {
  {
    const a = m.responses;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTopicProduceResponseV10(w, a[i]);
  }
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  let tagCount = 0;
  const tagged0 = m.nodeEndpoints !== undefined && (m.nodeEndpoints === null || m.nodeEndpoints.length !== 0);
  if (tagged0) tagCount++;
  w.uvarint(tagCount);
  if (tagged0) {
    writeTaggedField(w, 0, (tw) => {
      {
        const a = m.nodeEndpoints!;
        tw.compactArrayLength(a.length);
        for (let i = 0; i < a.length; i++) encodeNodeEndpointV10(tw, a[i]);
      }
    });
  }
}

const requestDecoders: ReadonlyArray<((r: Reader) => ProduceRequest) | undefined> = [
  decodeProduceRequestV0, decodeProduceRequestV0, decodeProduceRequestV0, decodeProduceRequestV3, decodeProduceRequestV3,
  decodeProduceRequestV3, decodeProduceRequestV3, decodeProduceRequestV3, decodeProduceRequestV3, decodeProduceRequestV9,
  decodeProduceRequestV9, decodeProduceRequestV9,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: ProduceRequest) => void) | undefined> = [
  encodeProduceRequestV0, encodeProduceRequestV1, encodeProduceRequestV2, encodeProduceRequestV3, encodeProduceRequestV3,
  encodeProduceRequestV3, encodeProduceRequestV3, encodeProduceRequestV3, encodeProduceRequestV3, encodeProduceRequestV9,
  encodeProduceRequestV9, encodeProduceRequestV9,
];
const responseDecoders: ReadonlyArray<((r: Reader) => ProduceResponse) | undefined> = [
  decodeProduceResponseV0, decodeProduceResponseV1, decodeProduceResponseV2, decodeProduceResponseV2, decodeProduceResponseV2,
  decodeProduceResponseV5, decodeProduceResponseV5, decodeProduceResponseV5, decodeProduceResponseV8, decodeProduceResponseV9,
  decodeProduceResponseV10, decodeProduceResponseV10,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: ProduceResponse) => void) | undefined> = [
  encodeProduceResponseV0, encodeProduceResponseV1, encodeProduceResponseV2, encodeProduceResponseV3, encodeProduceResponseV4,
  encodeProduceResponseV5, encodeProduceResponseV6, encodeProduceResponseV7, encodeProduceResponseV8, encodeProduceResponseV9,
  encodeProduceResponseV10, encodeProduceResponseV10,
];

export const ProduceApi: ApiCodec<ProduceRequest, ProduceResponse> = {
  apiKey: 0,
  name: 'Produce',
  validVersions: { min: 0, max: 11 },
  firstFlexibleVersion: 9,
  deprecatedVersions: { min: 0, max: 6 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 9 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 9 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): ProduceRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('Produce', 0, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: ProduceRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('Produce', 0, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): ProduceResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('Produce', 0, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: ProduceResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('Produce', 0, version);
    encode(writer, message);
  },
  defaultRequest: defaultProduceRequest,
  defaultResponse: defaultProduceResponse,
};
