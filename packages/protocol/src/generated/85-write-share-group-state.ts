// Generated from protocol-specs/85-write-share-group-state.json by scripts/gen-protocol.ts. Do not edit.
// WriteShareGroupState (key 85), versions 0-0, flexible from v0.

import type { ApiCodec, Uuid } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface WriteShareGroupStateRequest {
  groupId: string;
  topics: WriteStateData[];
}

export interface WriteStateData {
  topicId: Uuid;
  partitions: PartitionData[];
}

export interface PartitionData {
  partition: number;
  stateEpoch: number;
  leaderEpoch: number;
  startOffset: number;
  stateBatches: StateBatch[];
}

export interface StateBatch {
  firstOffset: number;
  lastOffset: number;
  deliveryState: number;
  deliveryCount: number;
}

export interface WriteShareGroupStateResponse {
  results: WriteStateResult[];
}

export interface WriteStateResult {
  topicId: Uuid;
  partitions: PartitionResult[];
}

export interface PartitionResult {
  partition: number;
  errorCode: number;
  errorMessage: string | null;
}

function defaultWriteShareGroupStateRequest(): WriteShareGroupStateRequest {
  return { groupId: '', topics: [] };
}

function defaultWriteShareGroupStateResponse(): WriteShareGroupStateResponse {
  return { results: [] };
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

function decodePartitionDataV0(r: Reader): PartitionData {
  const partition = r.int32();
  const stateEpoch = r.int32();
  const leaderEpoch = r.int32();
  const startOffset = r.int64();
  const n0 = r.compactArrayLength(20);
  if (n0 < 0) r.fail('null in non-nullable array StateBatches');
  const stateBatches: StateBatch[] = [];
  for (let i = 0; i < n0; i++) stateBatches.push(decodeStateBatchV0(r));
  const m: PartitionData = { partition, stateEpoch, leaderEpoch, startOffset, stateBatches };
  r.skipTaggedFields();
  return m;
}

function decodeWriteStateDataV0(r: Reader): WriteStateData {
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(22);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: PartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodePartitionDataV0(r));
  const m: WriteStateData = { topicId, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeWriteShareGroupStateRequestV0(r: Reader): WriteShareGroupStateRequest {
  const groupId = r.compactString();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: WriteStateData[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeWriteStateDataV0(r));
  const m: WriteShareGroupStateRequest = { groupId, topics };
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

function encodePartitionDataV0(w: Writer, m: PartitionData): void {
  w.int32(m.partition);
  w.int32(m.stateEpoch);
  w.int32(m.leaderEpoch);
  w.int64(m.startOffset);
  {
    const a = m.stateBatches;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeStateBatchV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeWriteStateDataV0(w: Writer, m: WriteStateData): void {
  w.uuid(m.topicId);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionDataV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeWriteShareGroupStateRequestV0(w: Writer, m: WriteShareGroupStateRequest): void {
  w.compactString(m.groupId);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeWriteStateDataV0(w, a[i]);
  }
  w.uvarint(0);
}

function decodePartitionResultV0(r: Reader): PartitionResult {
  const partition = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const m: PartitionResult = { partition, errorCode, errorMessage };
  r.skipTaggedFields();
  return m;
}

function decodeWriteStateResultV0(r: Reader): WriteStateResult {
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(8);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: PartitionResult[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodePartitionResultV0(r));
  const m: WriteStateResult = { topicId, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeWriteShareGroupStateResponseV0(r: Reader): WriteShareGroupStateResponse {
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Results');
  const results: WriteStateResult[] = [];
  for (let i = 0; i < n0; i++) results.push(decodeWriteStateResultV0(r));
  const m: WriteShareGroupStateResponse = { results };
  r.skipTaggedFields();
  return m;
}

function encodePartitionResultV0(w: Writer, m: PartitionResult): void {
  w.int32(m.partition);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  w.uvarint(0);
}

function encodeWriteStateResultV0(w: Writer, m: WriteStateResult): void {
  w.uuid(m.topicId);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionResultV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeWriteShareGroupStateResponseV0(w: Writer, m: WriteShareGroupStateResponse): void {
  {
    const a = m.results;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeWriteStateResultV0(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => WriteShareGroupStateRequest) | undefined> = [decodeWriteShareGroupStateRequestV0];
const requestEncoders: ReadonlyArray<((w: Writer, m: WriteShareGroupStateRequest) => void) | undefined> = [
  encodeWriteShareGroupStateRequestV0,
];
const responseDecoders: ReadonlyArray<((r: Reader) => WriteShareGroupStateResponse) | undefined> = [decodeWriteShareGroupStateResponseV0];
const responseEncoders: ReadonlyArray<((w: Writer, m: WriteShareGroupStateResponse) => void) | undefined> = [
  encodeWriteShareGroupStateResponseV0,
];

export const WriteShareGroupStateApi: ApiCodec<WriteShareGroupStateRequest, WriteShareGroupStateResponse> = {
  apiKey: 85,
  name: 'WriteShareGroupState',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: true,
  listeners: ['broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): WriteShareGroupStateRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('WriteShareGroupState', 85, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: WriteShareGroupStateRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('WriteShareGroupState', 85, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): WriteShareGroupStateResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('WriteShareGroupState', 85, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: WriteShareGroupStateResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('WriteShareGroupState', 85, version);
    encode(writer, message);
  },
  defaultRequest: defaultWriteShareGroupStateRequest,
  defaultResponse: defaultWriteShareGroupStateResponse,
};
