// Generated from protocol-specs/87-read-share-group-state-summary.json by scripts/gen-protocol.ts. Do not edit.
// ReadShareGroupStateSummary (key 87), versions 0-0, flexible from v0.

import type { ApiCodec, Uuid } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface ReadShareGroupStateSummaryRequest {
  groupId: string;
  topics: ReadStateSummaryData[];
}

export interface ReadStateSummaryData {
  topicId: Uuid;
  partitions: PartitionData[];
}

export interface PartitionData {
  partition: number;
  leaderEpoch: number;
}

export interface ReadShareGroupStateSummaryResponse {
  results: ReadStateSummaryResult[];
}

export interface ReadStateSummaryResult {
  topicId: Uuid;
  partitions: PartitionResult[];
}

export interface PartitionResult {
  partition: number;
  errorCode: number;
  errorMessage: string | null;
  stateEpoch: number;
  startOffset: number;
}

function defaultReadShareGroupStateSummaryRequest(): ReadShareGroupStateSummaryRequest {
  return { groupId: '', topics: [] };
}

function defaultReadShareGroupStateSummaryResponse(): ReadShareGroupStateSummaryResponse {
  return { results: [] };
}

function decodePartitionDataV0(r: Reader): PartitionData {
  const partition = r.int32();
  const leaderEpoch = r.int32();
  const m: PartitionData = { partition, leaderEpoch };
  r.skipTaggedFields();
  return m;
}

function decodeReadStateSummaryDataV0(r: Reader): ReadStateSummaryData {
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(9);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: PartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodePartitionDataV0(r));
  const m: ReadStateSummaryData = { topicId, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeReadShareGroupStateSummaryRequestV0(r: Reader): ReadShareGroupStateSummaryRequest {
  const groupId = r.compactString();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: ReadStateSummaryData[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeReadStateSummaryDataV0(r));
  const m: ReadShareGroupStateSummaryRequest = { groupId, topics };
  r.skipTaggedFields();
  return m;
}

function encodePartitionDataV0(w: Writer, m: PartitionData): void {
  w.int32(m.partition);
  w.int32(m.leaderEpoch);
  w.uvarint(0);
}

function encodeReadStateSummaryDataV0(w: Writer, m: ReadStateSummaryData): void {
  w.uuid(m.topicId);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionDataV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeReadShareGroupStateSummaryRequestV0(w: Writer, m: ReadShareGroupStateSummaryRequest): void {
  w.compactString(m.groupId);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeReadStateSummaryDataV0(w, a[i]);
  }
  w.uvarint(0);
}

function decodePartitionResultV0(r: Reader): PartitionResult {
  const partition = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const stateEpoch = r.int32();
  const startOffset = r.int64();
  const m: PartitionResult = { partition, errorCode, errorMessage, stateEpoch, startOffset };
  r.skipTaggedFields();
  return m;
}

function decodeReadStateSummaryResultV0(r: Reader): ReadStateSummaryResult {
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(20);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: PartitionResult[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodePartitionResultV0(r));
  const m: ReadStateSummaryResult = { topicId, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeReadShareGroupStateSummaryResponseV0(r: Reader): ReadShareGroupStateSummaryResponse {
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Results');
  const results: ReadStateSummaryResult[] = [];
  for (let i = 0; i < n0; i++) results.push(decodeReadStateSummaryResultV0(r));
  const m: ReadShareGroupStateSummaryResponse = { results };
  r.skipTaggedFields();
  return m;
}

function encodePartitionResultV0(w: Writer, m: PartitionResult): void {
  w.int32(m.partition);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  w.int32(m.stateEpoch);
  w.int64(m.startOffset);
  w.uvarint(0);
}

function encodeReadStateSummaryResultV0(w: Writer, m: ReadStateSummaryResult): void {
  w.uuid(m.topicId);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionResultV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeReadShareGroupStateSummaryResponseV0(w: Writer, m: ReadShareGroupStateSummaryResponse): void {
  {
    const a = m.results;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeReadStateSummaryResultV0(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => ReadShareGroupStateSummaryRequest) | undefined> = [
  decodeReadShareGroupStateSummaryRequestV0,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: ReadShareGroupStateSummaryRequest) => void) | undefined> = [
  encodeReadShareGroupStateSummaryRequestV0,
];
const responseDecoders: ReadonlyArray<((r: Reader) => ReadShareGroupStateSummaryResponse) | undefined> = [
  decodeReadShareGroupStateSummaryResponseV0,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: ReadShareGroupStateSummaryResponse) => void) | undefined> = [
  encodeReadShareGroupStateSummaryResponseV0,
];

export const ReadShareGroupStateSummaryApi: ApiCodec<ReadShareGroupStateSummaryRequest, ReadShareGroupStateSummaryResponse> = {
  apiKey: 87,
  name: 'ReadShareGroupStateSummary',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: true,
  listeners: ['broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): ReadShareGroupStateSummaryRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ReadShareGroupStateSummary', 87, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: ReadShareGroupStateSummaryRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ReadShareGroupStateSummary', 87, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): ReadShareGroupStateSummaryResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ReadShareGroupStateSummary', 87, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: ReadShareGroupStateSummaryResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ReadShareGroupStateSummary', 87, version);
    encode(writer, message);
  },
  defaultRequest: defaultReadShareGroupStateSummaryRequest,
  defaultResponse: defaultReadShareGroupStateSummaryResponse,
};
