// Generated from protocol-specs/84-read-share-group-state.json by scripts/gen-protocol.ts. Do not edit.
// ReadShareGroupState (key 84), versions 0-0, flexible from v0.

import type { ApiCodec, Uuid } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface ReadShareGroupStateRequest {
  groupId: string;
  topics: ReadStateData[];
}

export interface ReadStateData {
  topicId: Uuid;
  partitions: PartitionData[];
}

export interface PartitionData {
  partition: number;
  leaderEpoch: number;
}

export interface ReadShareGroupStateResponse {
  results: ReadStateResult[];
}

export interface ReadStateResult {
  topicId: Uuid;
  partitions: PartitionResult[];
}

export interface PartitionResult {
  partition: number;
  errorCode: number;
  errorMessage: string | null;
  stateEpoch: number;
  startOffset: number;
  stateBatches: StateBatch[];
}

export interface StateBatch {
  firstOffset: number;
  lastOffset: number;
  deliveryState: number;
  deliveryCount: number;
}

function defaultReadShareGroupStateRequest(): ReadShareGroupStateRequest {
  return { groupId: '', topics: [] };
}

function defaultReadShareGroupStateResponse(): ReadShareGroupStateResponse {
  return { results: [] };
}

function decodePartitionDataV0(r: Reader): PartitionData {
  const partition = r.int32();
  const leaderEpoch = r.int32();
  const m: PartitionData = { partition, leaderEpoch };
  r.skipTaggedFields();
  return m;
}

function decodeReadStateDataV0(r: Reader): ReadStateData {
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(9);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: PartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodePartitionDataV0(r));
  const m: ReadStateData = { topicId, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeReadShareGroupStateRequestV0(r: Reader): ReadShareGroupStateRequest {
  const groupId = r.compactString();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: ReadStateData[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeReadStateDataV0(r));
  const m: ReadShareGroupStateRequest = { groupId, topics };
  r.skipTaggedFields();
  return m;
}

function encodePartitionDataV0(w: Writer, m: PartitionData): void {
  w.int32(m.partition);
  w.int32(m.leaderEpoch);
  w.uvarint(0);
}

function encodeReadStateDataV0(w: Writer, m: ReadStateData): void {
  w.uuid(m.topicId);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionDataV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeReadShareGroupStateRequestV0(w: Writer, m: ReadShareGroupStateRequest): void {
  w.compactString(m.groupId);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeReadStateDataV0(w, a[i]);
  }
  w.uvarint(0);
}

function decodeStateBatchV0(r: Reader): StateBatch {
  const firstOffset = r.int64();
  const lastOffset = r.int64();
  const deliveryState = r.int8();
  const deliveryCount = r.int16();
  const m: StateBatch = { firstOffset, lastOffset, deliveryState, deliveryCount };
  r.skipTaggedFields();
  return m;
}

function decodePartitionResultV0(r: Reader): PartitionResult {
  const partition = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const stateEpoch = r.int32();
  const startOffset = r.int64();
  const n0 = r.compactArrayLength(20);
  if (n0 < 0) r.fail('null in non-nullable array StateBatches');
  const stateBatches: StateBatch[] = [];
  for (let i = 0; i < n0; i++) stateBatches.push(decodeStateBatchV0(r));
  const m: PartitionResult = { partition, errorCode, errorMessage, stateEpoch, startOffset, stateBatches };
  r.skipTaggedFields();
  return m;
}

function decodeReadStateResultV0(r: Reader): ReadStateResult {
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(21);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: PartitionResult[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodePartitionResultV0(r));
  const m: ReadStateResult = { topicId, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeReadShareGroupStateResponseV0(r: Reader): ReadShareGroupStateResponse {
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Results');
  const results: ReadStateResult[] = [];
  for (let i = 0; i < n0; i++) results.push(decodeReadStateResultV0(r));
  const m: ReadShareGroupStateResponse = { results };
  r.skipTaggedFields();
  return m;
}

function encodeStateBatchV0(w: Writer, m: StateBatch): void {
  w.int64(m.firstOffset);
  w.int64(m.lastOffset);
  w.int8(m.deliveryState);
  w.int16(m.deliveryCount);
  w.uvarint(0);
}

function encodePartitionResultV0(w: Writer, m: PartitionResult): void {
  w.int32(m.partition);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  w.int32(m.stateEpoch);
  w.int64(m.startOffset);
  {
    const a = m.stateBatches;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeStateBatchV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeReadStateResultV0(w: Writer, m: ReadStateResult): void {
  w.uuid(m.topicId);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionResultV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeReadShareGroupStateResponseV0(w: Writer, m: ReadShareGroupStateResponse): void {
  {
    const a = m.results;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeReadStateResultV0(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => ReadShareGroupStateRequest) | undefined> = [decodeReadShareGroupStateRequestV0];
const requestEncoders: ReadonlyArray<((w: Writer, m: ReadShareGroupStateRequest) => void) | undefined> = [
  encodeReadShareGroupStateRequestV0,
];
const responseDecoders: ReadonlyArray<((r: Reader) => ReadShareGroupStateResponse) | undefined> = [decodeReadShareGroupStateResponseV0];
const responseEncoders: ReadonlyArray<((w: Writer, m: ReadShareGroupStateResponse) => void) | undefined> = [
  encodeReadShareGroupStateResponseV0,
];

export const ReadShareGroupStateApi: ApiCodec<ReadShareGroupStateRequest, ReadShareGroupStateResponse> = {
  apiKey: 84,
  name: 'ReadShareGroupState',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: true,
  listeners: ['broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): ReadShareGroupStateRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ReadShareGroupState', 84, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: ReadShareGroupStateRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ReadShareGroupState', 84, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): ReadShareGroupStateResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ReadShareGroupState', 84, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: ReadShareGroupStateResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ReadShareGroupState', 84, version);
    encode(writer, message);
  },
  defaultRequest: defaultReadShareGroupStateRequest,
  defaultResponse: defaultReadShareGroupStateResponse,
};
