// Generated from protocol-specs/45-alter-partition-reassignments.json by scripts/gen-protocol.ts. Do not edit.
// AlterPartitionReassignments (key 45), versions 0-0, flexible from v0.

import type { ApiCodec } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface AlterPartitionReassignmentsRequest {
  timeoutMs: number;
  topics: ReassignableTopic[];
}

export interface ReassignableTopic {
  name: string;
  partitions: ReassignablePartition[];
}

export interface ReassignablePartition {
  partitionIndex: number;
  replicas: number[] | null;
}

export interface AlterPartitionReassignmentsResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null;
  responses: ReassignableTopicResponse[];
}

export interface ReassignableTopicResponse {
  name: string;
  partitions: ReassignablePartitionResponse[];
}

export interface ReassignablePartitionResponse {
  partitionIndex: number;
  errorCode: number;
  errorMessage: string | null;
}

function defaultAlterPartitionReassignmentsRequest(): AlterPartitionReassignmentsRequest {
  return { timeoutMs: 60000, topics: [] };
}

function defaultAlterPartitionReassignmentsResponse(): AlterPartitionReassignmentsResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: '', responses: [] };
}

function decodeReassignablePartitionV0(r: Reader): ReassignablePartition {
  const partitionIndex = r.int32();
  const n0 = r.compactArrayLength(4);
  let replicas: number[] | null = null;
  if (n0 >= 0) {
    replicas = [];
    for (let i = 0; i < n0; i++) replicas.push(r.int32());
  }
  const m: ReassignablePartition = { partitionIndex, replicas };
  r.skipTaggedFields();
  return m;
}

function decodeReassignableTopicV0(r: Reader): ReassignableTopic {
  const name = r.compactString();
  const n0 = r.compactArrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: ReassignablePartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeReassignablePartitionV0(r));
  const m: ReassignableTopic = { name, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeAlterPartitionReassignmentsRequestV0(r: Reader): AlterPartitionReassignmentsRequest {
  const timeoutMs = r.int32();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: ReassignableTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeReassignableTopicV0(r));
  const m: AlterPartitionReassignmentsRequest = { timeoutMs, topics };
  r.skipTaggedFields();
  return m;
}

function encodeReassignablePartitionV0(w: Writer, m: ReassignablePartition): void {
  w.int32(m.partitionIndex);
  {
    const a = m.replicas;
    if (a === null) w.uvarint(0);
    else {
      w.compactArrayLength(a.length);
      for (let i = 0; i < a.length; i++) w.int32(a[i]);
    }
  }
  w.uvarint(0);
}

function encodeReassignableTopicV0(w: Writer, m: ReassignableTopic): void {
  w.compactString(m.name);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeReassignablePartitionV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeAlterPartitionReassignmentsRequestV0(w: Writer, m: AlterPartitionReassignmentsRequest): void {
  w.int32(m.timeoutMs);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeReassignableTopicV0(w, a[i]);
  }
  w.uvarint(0);
}

function decodeReassignablePartitionResponseV0(r: Reader): ReassignablePartitionResponse {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const m: ReassignablePartitionResponse = { partitionIndex, errorCode, errorMessage };
  r.skipTaggedFields();
  return m;
}

function decodeReassignableTopicResponseV0(r: Reader): ReassignableTopicResponse {
  const name = r.compactString();
  const n0 = r.compactArrayLength(8);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: ReassignablePartitionResponse[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeReassignablePartitionResponseV0(r));
  const m: ReassignableTopicResponse = { name, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeAlterPartitionReassignmentsResponseV0(r: Reader): AlterPartitionReassignmentsResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Responses');
  const responses: ReassignableTopicResponse[] = [];
  for (let i = 0; i < n0; i++) responses.push(decodeReassignableTopicResponseV0(r));
  const m: AlterPartitionReassignmentsResponse = { throttleTimeMs, errorCode, errorMessage, responses };
  r.skipTaggedFields();
  return m;
}

function encodeReassignablePartitionResponseV0(w: Writer, m: ReassignablePartitionResponse): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  w.uvarint(0);
}

function encodeReassignableTopicResponseV0(w: Writer, m: ReassignableTopicResponse): void {
  w.compactString(m.name);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeReassignablePartitionResponseV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeAlterPartitionReassignmentsResponseV0(w: Writer, m: AlterPartitionReassignmentsResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  {
    const a = m.responses;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeReassignableTopicResponseV0(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => AlterPartitionReassignmentsRequest) | undefined> = [
  decodeAlterPartitionReassignmentsRequestV0,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: AlterPartitionReassignmentsRequest) => void) | undefined> = [
  encodeAlterPartitionReassignmentsRequestV0,
];
const responseDecoders: ReadonlyArray<((r: Reader) => AlterPartitionReassignmentsResponse) | undefined> = [
  decodeAlterPartitionReassignmentsResponseV0,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: AlterPartitionReassignmentsResponse) => void) | undefined> = [
  encodeAlterPartitionReassignmentsResponseV0,
];

export const AlterPartitionReassignmentsApi: ApiCodec<AlterPartitionReassignmentsRequest, AlterPartitionReassignmentsResponse> = {
  apiKey: 45,
  name: 'AlterPartitionReassignments',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['broker', 'controller', 'zkBroker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): AlterPartitionReassignmentsRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('AlterPartitionReassignments', 45, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: AlterPartitionReassignmentsRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('AlterPartitionReassignments', 45, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): AlterPartitionReassignmentsResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('AlterPartitionReassignments', 45, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: AlterPartitionReassignmentsResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('AlterPartitionReassignments', 45, version);
    encode(writer, message);
  },
  defaultRequest: defaultAlterPartitionReassignmentsRequest,
  defaultResponse: defaultAlterPartitionReassignmentsResponse,
};
