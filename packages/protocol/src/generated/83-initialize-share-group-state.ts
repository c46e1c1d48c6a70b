// Generated from protocol-specs/83-initialize-share-group-state.json by scripts/gen-protocol.ts. Do not edit.
// InitializeShareGroupState (key 83), versions 0-0, flexible from v0.

import type { ApiCodec, Uuid } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface InitializeShareGroupStateRequest {
  groupId: string;
  topics: InitializeStateData[];
}

export interface InitializeStateData {
  topicId: Uuid;
  partitions: PartitionData[];
}

export interface PartitionData {
  partition: number;
  stateEpoch: number;
  startOffset: number;
}

export interface InitializeShareGroupStateResponse {
  results: InitializeStateResult[];
}

export interface InitializeStateResult {
  topicId: Uuid;
  partitions: PartitionResult[];
}

export interface PartitionResult {
  partition: number;
  errorCode: number;
  errorMessage: string | null;
}

function defaultInitializeShareGroupStateRequest(): InitializeShareGroupStateRequest {
  return { groupId: '', topics: [] };
}

function defaultInitializeShareGroupStateResponse(): InitializeShareGroupStateResponse {
  return { results: [] };
}

function decodePartitionDataV0(r: Reader): PartitionData {
  const partition = r.int32();
  const stateEpoch = r.int32();
  const startOffset = r.int64();
  const m: PartitionData = { partition, stateEpoch, startOffset };
  r.skipTaggedFields();
  return m;
}

function decodeInitializeStateDataV0(r: Reader): InitializeStateData {
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(17);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: PartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodePartitionDataV0(r));
  const m: InitializeStateData = { topicId, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeInitializeShareGroupStateRequestV0(r: Reader): InitializeShareGroupStateRequest {
  const groupId = r.compactString();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: InitializeStateData[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeInitializeStateDataV0(r));
  const m: InitializeShareGroupStateRequest = { groupId, topics };
  r.skipTaggedFields();
  return m;
}

function encodePartitionDataV0(w: Writer, m: PartitionData): void {
  w.int32(m.partition);
  w.int32(m.stateEpoch);
  w.int64(m.startOffset);
  w.uvarint(0);
}

function encodeInitializeStateDataV0(w: Writer, m: InitializeStateData): void {
  w.uuid(m.topicId);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionDataV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeInitializeShareGroupStateRequestV0(w: Writer, m: InitializeShareGroupStateRequest): void {
  w.compactString(m.groupId);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeInitializeStateDataV0(w, a[i]);
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

function decodeInitializeStateResultV0(r: Reader): InitializeStateResult {
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(8);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: PartitionResult[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodePartitionResultV0(r));
  const m: InitializeStateResult = { topicId, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeInitializeShareGroupStateResponseV0(r: Reader): InitializeShareGroupStateResponse {
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Results');
  const results: InitializeStateResult[] = [];
  for (let i = 0; i < n0; i++) results.push(decodeInitializeStateResultV0(r));
  const m: InitializeShareGroupStateResponse = { results };
  r.skipTaggedFields();
  return m;
}

function encodePartitionResultV0(w: Writer, m: PartitionResult): void {
  w.int32(m.partition);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  w.uvarint(0);
}

function encodeInitializeStateResultV0(w: Writer, m: InitializeStateResult): void {
  w.uuid(m.topicId);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionResultV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeInitializeShareGroupStateResponseV0(w: Writer, m: InitializeShareGroupStateResponse): void {
  {
    const a = m.results;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeInitializeStateResultV0(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => InitializeShareGroupStateRequest) | undefined> = [
  decodeInitializeShareGroupStateRequestV0,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: InitializeShareGroupStateRequest) => void) | undefined> = [
  encodeInitializeShareGroupStateRequestV0,
];
const responseDecoders: ReadonlyArray<((r: Reader) => InitializeShareGroupStateResponse) | undefined> = [
  decodeInitializeShareGroupStateResponseV0,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: InitializeShareGroupStateResponse) => void) | undefined> = [
  encodeInitializeShareGroupStateResponseV0,
];

export const InitializeShareGroupStateApi: ApiCodec<InitializeShareGroupStateRequest, InitializeShareGroupStateResponse> = {
  apiKey: 83,
  name: 'InitializeShareGroupState',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: true,
  listeners: ['broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): InitializeShareGroupStateRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('InitializeShareGroupState', 83, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: InitializeShareGroupStateRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('InitializeShareGroupState', 83, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): InitializeShareGroupStateResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('InitializeShareGroupState', 83, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: InitializeShareGroupStateResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('InitializeShareGroupState', 83, version);
    encode(writer, message);
  },
  defaultRequest: defaultInitializeShareGroupStateRequest,
  defaultResponse: defaultInitializeShareGroupStateResponse,
};
