// Generated from protocol-specs/37-create-partitions.json by scripts/gen-protocol.ts. Do not edit.
// CreatePartitions (key 37), versions 0-3, flexible from v2.

import type { ApiCodec } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface CreatePartitionsRequest {
  topics: CreatePartitionsTopic[];
  timeoutMs: number;
  validateOnly: boolean;
}

export interface CreatePartitionsTopic {
  name: string;
  count: number;
  assignments: CreatePartitionsAssignment[] | null;
}

export interface CreatePartitionsAssignment {
  brokerIds: number[];
}

export interface CreatePartitionsResponse {
  throttleTimeMs: number;
  results: CreatePartitionsTopicResult[];
}

export interface CreatePartitionsTopicResult {
  name: string;
  errorCode: number;
  errorMessage: string | null;
}

function defaultCreatePartitionsRequest(): CreatePartitionsRequest {
  return { topics: [], timeoutMs: 0, validateOnly: false };
}

function defaultCreatePartitionsResponse(): CreatePartitionsResponse {
  return { throttleTimeMs: 0, results: [] };
}

function decodeCreatePartitionsAssignmentV0(r: Reader): CreatePartitionsAssignment {
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array BrokerIds');
  const brokerIds: number[] = [];
  for (let i = 0; i < n0; i++) brokerIds.push(r.int32());
  return { brokerIds };
}

function decodeCreatePartitionsTopicV0(r: Reader): CreatePartitionsTopic {
  const name = r.string();
  const count = r.int32();
  const n0 = r.arrayLength(4);
  let assignments: CreatePartitionsAssignment[] | null = null;
  if (n0 >= 0) {
    assignments = [];
    for (let i = 0; i < n0; i++) assignments.push(decodeCreatePartitionsAssignmentV0(r));
  }
  return { name, count, assignments };
}

function decodeCreatePartitionsRequestV0(r: Reader): CreatePartitionsRequest {
  const n0 = r.arrayLength(10);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: CreatePartitionsTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeCreatePartitionsTopicV0(r));
  const timeoutMs = r.int32();
  const validateOnly = r.bool();
  return { topics, timeoutMs, validateOnly };
}

function encodeCreatePartitionsAssignmentV0(w: Writer, m: CreatePartitionsAssignment): void {
  {
    const a = m.brokerIds;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
}

function encodeCreatePartitionsTopicV0(w: Writer, m: CreatePartitionsTopic): void {
  w.string(m.name);
  w.int32(m.count);
  {
    const a = m.assignments;
    if (a === null) w.int32(-1);
    else {
      w.arrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeCreatePartitionsAssignmentV0(w, a[i]);
    }
  }
}

function encodeCreatePartitionsRequestV0(w: Writer, m: CreatePartitionsRequest): void {
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeCreatePartitionsTopicV0(w, a[i]);
  }
  w.int32(m.timeoutMs);
  w.bool(m.validateOnly);
}

function decodeCreatePartitionsAssignmentV2(r: Reader): CreatePartitionsAssignment {
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array BrokerIds');
  const brokerIds: number[] = [];
  for (let i = 0; i < n0; i++) brokerIds.push(r.int32());
  const m: CreatePartitionsAssignment = { brokerIds };
  r.skipTaggedFields();
  return m;
}

function decodeCreatePartitionsTopicV2(r: Reader): CreatePartitionsTopic {
  const name = r.compactString();
  const count = r.int32();
  const n0 = r.compactArrayLength(2);
  let assignments: CreatePartitionsAssignment[] | null = null;
  if (n0 >= 0) {
    assignments = [];
    for (let i = 0; i < n0; i++) assignments.push(decodeCreatePartitionsAssignmentV2(r));
  }
  const m: CreatePartitionsTopic = { name, count, assignments };
  r.skipTaggedFields();
  return m;
}

function decodeCreatePartitionsRequestV2(r: Reader): CreatePartitionsRequest {
  const n0 = r.compactArrayLength(7);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: CreatePartitionsTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeCreatePartitionsTopicV2(r));
  const timeoutMs = r.int32();
  const validateOnly = r.bool();
  const m: CreatePartitionsRequest = { topics, timeoutMs, validateOnly };
  r.skipTaggedFields();
  return m;
}

function encodeCreatePartitionsAssignmentV2(w: Writer, m: CreatePartitionsAssignment): void {
  {
    const a = m.brokerIds;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.uvarint(0);
}

function encodeCreatePartitionsTopicV2(w: Writer, m: CreatePartitionsTopic): void {
  w.compactString(m.name);
  w.int32(m.count);
  {
    const a = m.assignments;
    if (a === null) w.uvarint(0);
    else {
      w.compactArrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeCreatePartitionsAssignmentV2(w, a[i]);
    }
  }
  w.uvarint(0);
}

function encodeCreatePartitionsRequestV2(w: Writer, m: CreatePartitionsRequest): void {
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeCreatePartitionsTopicV2(w, a[i]);
  }
  w.int32(m.timeoutMs);
  w.bool(m.validateOnly);
  w.uvarint(0);
}

function decodeCreatePartitionsTopicResultV0(r: Reader): CreatePartitionsTopicResult {
  const name = r.string();
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  return { name, errorCode, errorMessage };
}

function decodeCreatePartitionsResponseV0(r: Reader): CreatePartitionsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Results');
  const results: CreatePartitionsTopicResult[] = [];
  for (let i = 0; i < n0; i++) results.push(decodeCreatePartitionsTopicResultV0(r));
  return { throttleTimeMs, results };
}

function encodeCreatePartitionsTopicResultV0(w: Writer, m: CreatePartitionsTopicResult): void {
  w.string(m.name);
  w.int16(m.errorCode);
  w.nullableString(m.errorMessage);
}

function encodeCreatePartitionsResponseV0(w: Writer, m: CreatePartitionsResponse): void {
  w.int32(m.throttleTimeMs);
  {
    const a = m.results;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeCreatePartitionsTopicResultV0(w, a[i]);
  }
}

function decodeCreatePartitionsTopicResultV2(r: Reader): CreatePartitionsTopicResult {
  const name = r.compactString();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const m: CreatePartitionsTopicResult = { name, errorCode, errorMessage };
  r.skipTaggedFields();
  return m;
}

function decodeCreatePartitionsResponseV2(r: Reader): CreatePartitionsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(5);
  if (n0 < 0) r.fail('null in non-nullable array Results');
  const results: CreatePartitionsTopicResult[] = [];
  for (let i = 0; i < n0; i++) results.push(decodeCreatePartitionsTopicResultV2(r));
  const m: CreatePartitionsResponse = { throttleTimeMs, results };
  r.skipTaggedFields();
  return m;
}

function encodeCreatePartitionsTopicResultV2(w: Writer, m: CreatePartitionsTopicResult): void {
  w.compactString(m.name);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  w.uvarint(0);
}

function encodeCreatePartitionsResponseV2(w: Writer, m: CreatePartitionsResponse): void {
  w.int32(m.throttleTimeMs);
  {
    const a = m.results;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeCreatePartitionsTopicResultV2(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => CreatePartitionsRequest) | undefined> = [
  decodeCreatePartitionsRequestV0, decodeCreatePartitionsRequestV0, decodeCreatePartitionsRequestV2, decodeCreatePartitionsRequestV2,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: CreatePartitionsRequest) => void) | undefined> = [
  encodeCreatePartitionsRequestV0, encodeCreatePartitionsRequestV0, encodeCreatePartitionsRequestV2, encodeCreatePartitionsRequestV2,
];
const responseDecoders: ReadonlyArray<((r: Reader) => CreatePartitionsResponse) | undefined> = [
  decodeCreatePartitionsResponseV0, decodeCreatePartitionsResponseV0, decodeCreatePartitionsResponseV2, decodeCreatePartitionsResponseV2,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: CreatePartitionsResponse) => void) | undefined> = [
  encodeCreatePartitionsResponseV0, encodeCreatePartitionsResponseV0, encodeCreatePartitionsResponseV2, encodeCreatePartitionsResponseV2,
];

export const CreatePartitionsApi: ApiCodec<CreatePartitionsRequest, CreatePartitionsResponse> = {
  apiKey: 37,
  name: 'CreatePartitions',
  validVersions: { min: 0, max: 3 },
  firstFlexibleVersion: 2,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 2 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 2 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): CreatePartitionsRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('CreatePartitions', 37, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: CreatePartitionsRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('CreatePartitions', 37, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): CreatePartitionsResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('CreatePartitions', 37, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: CreatePartitionsResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('CreatePartitions', 37, version);
    encode(writer, message);
  },
  defaultRequest: defaultCreatePartitionsRequest,
  defaultResponse: defaultCreatePartitionsResponse,
};
