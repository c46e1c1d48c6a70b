// Generated from protocol-specs/20-delete-topics.json by scripts/gen-protocol.ts. Do not edit.
// DeleteTopics (key 20), versions 0-6, flexible from v4.

import type { ApiCodec, Uuid } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import { ZERO_UUID } from '../primitives/uuid';
import type { Writer } from '../primitives/writer';

export interface DeleteTopicsRequest {
  topics?: DeleteTopicState[];
  topicNames?: string[];
  timeoutMs: number;
}

export interface DeleteTopicState {
  name: string | null;
  topicId: Uuid;
}

export interface DeleteTopicsResponse {
  throttleTimeMs?: number;
  responses: DeletableTopicResult[];
}

export interface DeletableTopicResult {
  name: string | null;
  topicId?: Uuid;
  errorCode: number;
  errorMessage?: string | null;
}

function defaultDeleteTopicsRequest(): DeleteTopicsRequest {
  return { topics: [], topicNames: [], timeoutMs: 0 };
}

function defaultDeleteTopicsResponse(): DeleteTopicsResponse {
  return { throttleTimeMs: 0, responses: [] };
}

function decodeDeleteTopicsRequestV0(r: Reader): DeleteTopicsRequest {
  const n0 = r.arrayLength(2);
  if (n0 < 0) r.fail('null in non-nullable array TopicNames');
  const topicNames: string[] = [];
  for (let i = 0; i < n0; i++) topicNames.push(r.string());
  const timeoutMs = r.int32();
  return { topics: [], topicNames, timeoutMs };
}

function encodeDeleteTopicsRequestV0(w: Writer, m: DeleteTopicsRequest): void {
  if (m.topics !== undefined && (m.topics === null || m.topics.length !== 0)) {
    throw new UnsupportedFieldError('DeleteTopicsRequest.Topics', 0);
  }
  {
    const a = m.topicNames === undefined ? [] : m.topicNames;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.string(a[i]);
  }
  w.int32(m.timeoutMs);
}

function encodeDeleteTopicsRequestV1(w: Writer, m: DeleteTopicsRequest): void {
  if (m.topics !== undefined && (m.topics === null || m.topics.length !== 0)) {
    throw new UnsupportedFieldError('DeleteTopicsRequest.Topics', 1);
  }
  {
    const a = m.topicNames === undefined ? [] : m.topicNames;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.string(a[i]);
  }
  w.int32(m.timeoutMs);
}

function encodeDeleteTopicsRequestV2(w: Writer, m: DeleteTopicsRequest): void {
  if (m.topics !== undefined && (m.topics === null || m.topics.length !== 0)) {
    throw new UnsupportedFieldError('DeleteTopicsRequest.Topics', 2);
  }
  {
    const a = m.topicNames === undefined ? [] : m.topicNames;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.string(a[i]);
  }
  w.int32(m.timeoutMs);
}

function encodeDeleteTopicsRequestV3(w: Writer, m: DeleteTopicsRequest): void {
  if (m.topics !== undefined && (m.topics === null || m.topics.length !== 0)) {
    throw new UnsupportedFieldError('DeleteTopicsRequest.Topics', 3);
  }
  {
    const a = m.topicNames === undefined ? [] : m.topicNames;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.string(a[i]);
  }
  w.int32(m.timeoutMs);
}

function decodeDeleteTopicsRequestV4(r: Reader): DeleteTopicsRequest {
  const n0 = r.compactArrayLength(1);
  if (n0 < 0) r.fail('null in non-nullable array TopicNames');
  const topicNames: string[] = [];
  for (let i = 0; i < n0; i++) topicNames.push(r.compactString());
  const timeoutMs = r.int32();
  const m: DeleteTopicsRequest = { topics: [], topicNames, timeoutMs };
  r.skipTaggedFields();
  return m;
}

function encodeDeleteTopicsRequestV4(w: Writer, m: DeleteTopicsRequest): void {
  if (m.topics !== undefined && (m.topics === null || m.topics.length !== 0)) {
    throw new UnsupportedFieldError('DeleteTopicsRequest.Topics', 4);
  }
  {
    const a = m.topicNames === undefined ? [] : m.topicNames;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.compactString(a[i]);
  }
  w.int32(m.timeoutMs);
  w.uvarint(0);
}

function encodeDeleteTopicsRequestV5(w: Writer, m: DeleteTopicsRequest): void {
  if (m.topics !== undefined && (m.topics === null || m.topics.length !== 0)) {
    throw new UnsupportedFieldError('DeleteTopicsRequest.Topics', 5);
  }
  {
    const a = m.topicNames === undefined ? [] : m.topicNames;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.compactString(a[i]);
  }
  w.int32(m.timeoutMs);
  w.uvarint(0);
}

function decodeDeleteTopicStateV6(r: Reader): DeleteTopicState {
  const name = r.compactNullableString();
  const topicId = r.uuid();
  const m: DeleteTopicState = { name, topicId };
  r.skipTaggedFields();
  return m;
}

function decodeDeleteTopicsRequestV6(r: Reader): DeleteTopicsRequest {
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: DeleteTopicState[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeDeleteTopicStateV6(r));
  const timeoutMs = r.int32();
  const m: DeleteTopicsRequest = { topics, topicNames: [], timeoutMs };
  r.skipTaggedFields();
  return m;
}

function encodeDeleteTopicStateV6(w: Writer, m: DeleteTopicState): void {
  w.compactNullableString(m.name);
  w.uuid(m.topicId);
  w.uvarint(0);
}

function encodeDeleteTopicsRequestV6(w: Writer, m: DeleteTopicsRequest): void {
  {
    const a = m.topics === undefined ? [] : m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDeleteTopicStateV6(w, a[i]);
  }
  w.int32(m.timeoutMs);
  w.uvarint(0);
}

function decodeDeletableTopicResultV0(r: Reader): DeletableTopicResult {
  const name = r.string();
  const errorCode = r.int16();
  return { name, topicId: ZERO_UUID, errorCode, errorMessage: null };
}

function decodeDeleteTopicsResponseV0(r: Reader): DeleteTopicsResponse {
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Responses');
  const responses: DeletableTopicResult[] = [];
  for (let i = 0; i < n0; i++) responses.push(decodeDeletableTopicResultV0(r));
  return { throttleTimeMs: 0, responses };
}

function encodeDeletableTopicResultV0(w: Writer, m: DeletableTopicResult): void {
  w.string(m.name);
  w.int16(m.errorCode);
}

function encodeDeleteTopicsResponseV0(w: Writer, m: DeleteTopicsResponse): void {
  {
    const a = m.responses;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDeletableTopicResultV0(w, a[i]);
  }
}

function decodeDeleteTopicsResponseV1(r: Reader): DeleteTopicsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Responses');
  const responses: DeletableTopicResult[] = [];
  for (let i = 0; i < n0; i++) responses.push(decodeDeletableTopicResultV0(r));
  return { throttleTimeMs, responses };
}

function encodeDeleteTopicsResponseV1(w: Writer, m: DeleteTopicsResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.responses;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDeletableTopicResultV0(w, a[i]);
  }
}

function decodeDeletableTopicResultV4(r: Reader): DeletableTopicResult {
  const name = r.compactString();
  const errorCode = r.int16();
  const m: DeletableTopicResult = { name, topicId: ZERO_UUID, errorCode, errorMessage: null };
  r.skipTaggedFields();
  return m;
}

function decodeDeleteTopicsResponseV4(r: Reader): DeleteTopicsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Responses');
  const responses: DeletableTopicResult[] = [];
  for (let i = 0; i < n0; i++) responses.push(decodeDeletableTopicResultV4(r));
  const m: DeleteTopicsResponse = { throttleTimeMs, responses };
  r.skipTaggedFields();
  return m;
}

function encodeDeletableTopicResultV4(w: Writer, m: DeletableTopicResult): void {
  w.compactString(m.name);
  w.int16(m.errorCode);
  w.uvarint(0);
}

function encodeDeleteTopicsResponseV4(w: Writer, m: DeleteTopicsResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.responses;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDeletableTopicResultV4(w, a[i]);
  }
  w.uvarint(0);
}

function decodeDeletableTopicResultV5(r: Reader): DeletableTopicResult {
  const name = r.compactString();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const m: DeletableTopicResult = { name, topicId: ZERO_UUID, errorCode, errorMessage };
  r.skipTaggedFields();
  return m;
}

function decodeDeleteTopicsResponseV5(r: Reader): DeleteTopicsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(5);
  if (n0 < 0) r.fail('null in non-nullable array Responses');
  const responses: DeletableTopicResult[] = [];
  for (let i = 0; i < n0; i++) responses.push(decodeDeletableTopicResultV5(r));
  const m: DeleteTopicsResponse = { throttleTimeMs, responses };
  r.skipTaggedFields();
  return m;
}

function encodeDeletableTopicResultV5(w: Writer, m: DeletableTopicResult): void {
  w.compactString(m.name);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage === undefined ? null : m.errorMessage);
  w.uvarint(0);
}

function encodeDeleteTopicsResponseV5(w: Writer, m: DeleteTopicsResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.responses;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDeletableTopicResultV5(w, a[i]);
  }
  w.uvarint(0);
}

function decodeDeletableTopicResultV6(r: Reader): DeletableTopicResult {
  const name = r.compactNullableString();
  const topicId = r.uuid();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const m: DeletableTopicResult = { name, topicId, errorCode, errorMessage };
  r.skipTaggedFields();
  return m;
}

function decodeDeleteTopicsResponseV6(r: Reader): DeleteTopicsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(21);
  if (n0 < 0) r.fail('null in non-nullable array Responses');
  const responses: DeletableTopicResult[] = [];
  for (let i = 0; i < n0; i++) responses.push(decodeDeletableTopicResultV6(r));
  const m: DeleteTopicsResponse = { throttleTimeMs, responses };
  r.skipTaggedFields();
  return m;
}

function encodeDeletableTopicResultV6(w: Writer, m: DeletableTopicResult): void {
  w.compactNullableString(m.name);
  w.uuid(m.topicId === undefined ? ZERO_UUID : m.topicId);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage === undefined ? null : m.errorMessage);
  w.uvarint(0);
}

function encodeDeleteTopicsResponseV6(w: Writer, m: DeleteTopicsResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.responses;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDeletableTopicResultV6(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => DeleteTopicsRequest) | undefined> = [
  decodeDeleteTopicsRequestV0, decodeDeleteTopicsRequestV0, decodeDeleteTopicsRequestV0, decodeDeleteTopicsRequestV0,
  decodeDeleteTopicsRequestV4, decodeDeleteTopicsRequestV4, decodeDeleteTopicsRequestV6,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: DeleteTopicsRequest) => void) | undefined> = [
  encodeDeleteTopicsRequestV0, encodeDeleteTopicsRequestV1, encodeDeleteTopicsRequestV2, encodeDeleteTopicsRequestV3,
  encodeDeleteTopicsRequestV4, encodeDeleteTopicsRequestV5, encodeDeleteTopicsRequestV6,
];
const responseDecoders: ReadonlyArray<((r: Reader) => DeleteTopicsResponse) | undefined> = [
  decodeDeleteTopicsResponseV0, decodeDeleteTopicsResponseV1, decodeDeleteTopicsResponseV1, decodeDeleteTopicsResponseV1,
  decodeDeleteTopicsResponseV4, decodeDeleteTopicsResponseV5, decodeDeleteTopicsResponseV6,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: DeleteTopicsResponse) => void) | undefined> = [
  encodeDeleteTopicsResponseV0, encodeDeleteTopicsResponseV1, encodeDeleteTopicsResponseV1, encodeDeleteTopicsResponseV1,
  encodeDeleteTopicsResponseV4, encodeDeleteTopicsResponseV5, encodeDeleteTopicsResponseV6,
];

export const DeleteTopicsApi: ApiCodec<DeleteTopicsRequest, DeleteTopicsResponse> = {
  apiKey: 20,
  name: 'DeleteTopics',
  validVersions: { min: 0, max: 6 },
  firstFlexibleVersion: 4,
  deprecatedVersions: { min: 0, max: 0 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 4 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 4 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): DeleteTopicsRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DeleteTopics', 20, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: DeleteTopicsRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DeleteTopics', 20, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): DeleteTopicsResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DeleteTopics', 20, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: DeleteTopicsResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DeleteTopics', 20, version);
    encode(writer, message);
  },
  defaultRequest: defaultDeleteTopicsRequest,
  defaultResponse: defaultDeleteTopicsResponse,
};
