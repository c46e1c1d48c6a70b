// Generated from protocol-specs/46-list-partition-reassignments.json by scripts/gen-protocol.ts. Do not edit.
// ListPartitionReassignments (key 46), versions 0-0, flexible from v0.

import type { ApiCodec } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface ListPartitionReassignmentsRequest {
  timeoutMs: number;
  topics: ListPartitionReassignmentsTopics[] | null;
}

export interface ListPartitionReassignmentsTopics {
  name: string;
  partitionIndexes: number[];
}

export interface ListPartitionReassignmentsResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null;
  topics: OngoingTopicReassignment[];
}

export interface OngoingTopicReassignment {
  name: string;
  partitions: OngoingPartitionReassignment[];
}

export interface OngoingPartitionReassignment {
  partitionIndex: number;
  replicas: number[];
  addingReplicas: number[];
  removingReplicas: number[];
}

function defaultListPartitionReassignmentsRequest(): ListPartitionReassignmentsRequest {
  return { timeoutMs: 60000, topics: null };
}

function defaultListPartitionReassignmentsResponse(): ListPartitionReassignmentsResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: '', topics: [] };
}

function decodeListPartitionReassignmentsTopicsV0(r: Reader): ListPartitionReassignmentsTopics {
  const name = r.compactString();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array PartitionIndexes');
  const partitionIndexes: number[] = [];
  for (let i = 0; i < n0; i++) partitionIndexes.push(r.int32());
  const m: ListPartitionReassignmentsTopics = { name, partitionIndexes };
  r.skipTaggedFields();
  return m;
}

function decodeListPartitionReassignmentsRequestV0(r: Reader): ListPartitionReassignmentsRequest {
  const timeoutMs = r.int32();
  const n0 = r.compactArrayLength(3);
  let topics: ListPartitionReassignmentsTopics[] | null = null;
  if (n0 >= 0) {
    topics = [];
    for (let i = 0; i < n0; i++) topics.push(decodeListPartitionReassignmentsTopicsV0(r));
  }
  const m: ListPartitionReassignmentsRequest = { timeoutMs, topics };
  r.skipTaggedFields();
  return m;
}

function encodeListPartitionReassignmentsTopicsV0(w: Writer, m: ListPartitionReassignmentsTopics): void {
  w.compactString(m.name);
  {
    const a = m.partitionIndexes;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.uvarint(0);
}

function encodeListPartitionReassignmentsRequestV0(w: Writer, m: ListPartitionReassignmentsRequest): void {
  w.int32(m.timeoutMs);
  {
    const a = m.topics;
    if (a === null) w.uvarint(0);
    else {
      w.compactArrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeListPartitionReassignmentsTopicsV0(w, a[i]);
    }
  }
  w.uvarint(0);
}

function decodeOngoingPartitionReassignmentV0(r: Reader): OngoingPartitionReassignment {
  const partitionIndex = r.int32();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Replicas');
  const replicas: number[] = [];
  for (let i = 0; i < n0; i++) replicas.push(r.int32());
  const n1 = r.compactArrayLength(4);
  if (n1 < 0) r.fail('null in non-nullable array AddingReplicas');
  const addingReplicas: number[] = [];
  for (let i = 0; i < n1; i++) addingReplicas.push(r.int32());
  const n2 = r.compactArrayLength(4);
  if (n2 < 0) r.fail('null in non-nullable array RemovingReplicas');
  const removingReplicas: number[] = [];
  for (let i = 0; i < n2; i++) removingReplicas.push(r.int32());
  const m: OngoingPartitionReassignment = { partitionIndex, replicas, addingReplicas, removingReplicas };
  r.skipTaggedFields();
  return m;
}

function decodeOngoingTopicReassignmentV0(r: Reader): OngoingTopicReassignment {
  const name = r.compactString();
  const n0 = r.compactArrayLength(8);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: OngoingPartitionReassignment[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeOngoingPartitionReassignmentV0(r));
  const m: OngoingTopicReassignment = { name, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeListPartitionReassignmentsResponseV0(r: Reader): ListPartitionReassignmentsResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: OngoingTopicReassignment[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeOngoingTopicReassignmentV0(r));
  const m: ListPartitionReassignmentsResponse = { throttleTimeMs, errorCode, errorMessage, topics };
  r.skipTaggedFields();
  return m;
}

function encodeOngoingPartitionReassignmentV0(w: Writer, m: OngoingPartitionReassignment): void {
  w.int32(m.partitionIndex);
  {
    const a = m.replicas;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  {
    const a = m.addingReplicas;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  {
    const a = m.removingReplicas;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.uvarint(0);
}

function encodeOngoingTopicReassignmentV0(w: Writer, m: OngoingTopicReassignment): void {
  w.compactString(m.name);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOngoingPartitionReassignmentV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeListPartitionReassignmentsResponseV0(w: Writer, m: ListPartitionReassignmentsResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOngoingTopicReassignmentV0(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => ListPartitionReassignmentsRequest) | undefined> = [
  decodeListPartitionReassignmentsRequestV0,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: ListPartitionReassignmentsRequest) => void) | undefined> = [
  encodeListPartitionReassignmentsRequestV0,
];
const responseDecoders: ReadonlyArray<((r: Reader) => ListPartitionReassignmentsResponse) | undefined> = [
  decodeListPartitionReassignmentsResponseV0,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: ListPartitionReassignmentsResponse) => void) | undefined> = [
  encodeListPartitionReassignmentsResponseV0,
];

export const ListPartitionReassignmentsApi: ApiCodec<ListPartitionReassignmentsRequest, ListPartitionReassignmentsResponse> = {
  apiKey: 46,
  name: 'ListPartitionReassignments',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['broker', 'controller', 'zkBroker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): ListPartitionReassignmentsRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ListPartitionReassignments', 46, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: ListPartitionReassignmentsRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ListPartitionReassignments', 46, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): ListPartitionReassignmentsResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ListPartitionReassignments', 46, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: ListPartitionReassignmentsResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ListPartitionReassignments', 46, version);
    encode(writer, message);
  },
  defaultRequest: defaultListPartitionReassignmentsRequest,
  defaultResponse: defaultListPartitionReassignmentsResponse,
};
