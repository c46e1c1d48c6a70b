// Generated from protocol-specs/19-create-topics.json by scripts/gen-protocol.ts. Do not edit.
// CreateTopics (key 19), versions 0-7, flexible from v5.

import type { ApiCodec, Uuid } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import { writeTaggedField } from '../primitives/tagged-fields';
import { ZERO_UUID } from '../primitives/uuid';
import type { Writer } from '../primitives/writer';

export interface CreateTopicsRequest {
  topics: CreatableTopic[];
  timeoutMs: number;
  validateOnly?: boolean;
}

export interface CreatableTopic {
  name: string;
  numPartitions: number;
  replicationFactor: number;
  assignments: CreatableReplicaAssignment[];
  configs: CreatableTopicConfig[];
}

export interface CreatableReplicaAssignment {
  partitionIndex: number;
  brokerIds: number[];
}

export interface CreatableTopicConfig {
  name: string;
  value: string | null;
}

export interface CreateTopicsResponse {
  throttleTimeMs?: number;
  topics: CreatableTopicResult[];
}

export interface CreatableTopicResult {
  name: string;
  topicId?: Uuid;
  errorCode: number;
  errorMessage?: string | null;
  topicConfigErrorCode?: number;
  numPartitions?: number;
  replicationFactor?: number;
  configs?: CreatableTopicConfigs[] | null;
}

export interface CreatableTopicConfigs {
  name: string;
  value: string | null;
  readOnly: boolean;
  configSource: number;
  isSensitive: boolean;
}

function defaultCreateTopicsRequest(): CreateTopicsRequest {
  return { topics: [], timeoutMs: 60000, validateOnly: false };
}

function defaultCreateTopicsResponse(): CreateTopicsResponse {
  return { throttleTimeMs: 0, topics: [] };
}

function decodeCreatableReplicaAssignmentV0(r: Reader): CreatableReplicaAssignment {
  const partitionIndex = r.int32();
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array BrokerIds');
  const brokerIds: number[] = [];
  for (let i = 0; i < n0; i++) brokerIds.push(r.int32());
  return { partitionIndex, brokerIds };
}

function decodeCreatableTopicConfigV0(r: Reader): CreatableTopicConfig {
  const name = r.string();
  const value = r.nullableString();
  return { name, value };
}

function decodeCreatableTopicV0(r: Reader): CreatableTopic {
  const name = r.string();
  const numPartitions = r.int32();
  const replicationFactor = r.int16();
  const n0 = r.arrayLength(8);
  if (n0 < 0) r.fail('null in non-nullable array Assignments');
  const assignments: CreatableReplicaAssignment[] = [];
  for (let i = 0; i < n0; i++) assignments.push(decodeCreatableReplicaAssignmentV0(r));
  const n1 = r.arrayLength(4);
  if (n1 < 0) r.fail('null in non-nullable array Configs');
  const configs: CreatableTopicConfig[] = [];
  for (let i = 0; i < n1; i++) configs.push(decodeCreatableTopicConfigV0(r));
  return { name, numPartitions, replicationFactor, assignments, configs };
}

function decodeCreateTopicsRequestV0(r: Reader): CreateTopicsRequest {
  const n0 = r.arrayLength(16);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: CreatableTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeCreatableTopicV0(r));
  const timeoutMs = r.int32();
  return { topics, timeoutMs, validateOnly: false };
}

function encodeCreatableReplicaAssignmentV0(w: Writer, m: CreatableReplicaAssignment): void {
  w.int32(m.partitionIndex);
  {
    const a = m.brokerIds;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
}

function encodeCreatableTopicConfigV0(w: Writer, m: CreatableTopicConfig): void {
  w.string(m.name);
  w.nullableString(m.value);
}

function encodeCreatableTopicV0(w: Writer, m: CreatableTopic): void {
  w.string(m.name);
  w.int32(m.numPartitions);
  w.int16(m.replicationFactor);
  {
    const a = m.assignments;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeCreatableReplicaAssignmentV0(w, a[i]);
  }
  {
    const a = m.configs;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeCreatableTopicConfigV0(w, a[i]);
  }
}

function encodeCreateTopicsRequestV0(w: Writer, m: CreateTopicsRequest): void {
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeCreatableTopicV0(w, a[i]);
  }
  w.int32(m.timeoutMs);
  if (m.validateOnly !== undefined && m.validateOnly !== false) throw new UnsupportedFieldError('CreateTopicsRequest.validateOnly', 0);
}

function decodeCreateTopicsRequestV1(r: Reader): CreateTopicsRequest {
  const n0 = r.arrayLength(16);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: CreatableTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeCreatableTopicV0(r));
  const timeoutMs = r.int32();
  const validateOnly = r.bool();
  return { topics, timeoutMs, validateOnly };
}

function encodeCreateTopicsRequestV1(w: Writer, m: CreateTopicsRequest): void {
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeCreatableTopicV0(w, a[i]);
  }
  w.int32(m.timeoutMs);
  w.bool(m.validateOnly === undefined ? false : m.validateOnly);
}

function decodeCreatableReplicaAssignmentV5(r: Reader): CreatableReplicaAssignment {
  const partitionIndex = r.int32();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array BrokerIds');
  const brokerIds: number[] = [];
  for (let i = 0; i < n0; i++) brokerIds.push(r.int32());
  const m: CreatableReplicaAssignment = { partitionIndex, brokerIds };
  r.skipTaggedFields();
  return m;
}

function decodeCreatableTopicConfigV5(r: Reader): CreatableTopicConfig {
  const name = r.compactString();
  const value = r.compactNullableString();
  const m: CreatableTopicConfig = { name, value };
  r.skipTaggedFields();
  return m;
}

function decodeCreatableTopicV5(r: Reader): CreatableTopic {
  const name = r.compactString();
  const numPartitions = r.int32();
  const replicationFactor = r.int16();
  const n0 = r.compactArrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Assignments');
  const assignments: CreatableReplicaAssignment[] = [];
  for (let i = 0; i < n0; i++) assignments.push(decodeCreatableReplicaAssignmentV5(r));
  const n1 = r.compactArrayLength(3);
  if (n1 < 0) r.fail('null in non-nullable array Configs');
  const configs: CreatableTopicConfig[] = [];
  for (let i = 0; i < n1; i++) configs.push(decodeCreatableTopicConfigV5(r));
  const m: CreatableTopic = { name, numPartitions, replicationFactor, assignments, configs };
  r.skipTaggedFields();
  return m;
}

function decodeCreateTopicsRequestV5(r: Reader): CreateTopicsRequest {
  const n0 = r.compactArrayLength(10);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: CreatableTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeCreatableTopicV5(r));
  const timeoutMs = r.int32();
  const validateOnly = r.bool();
  const m: CreateTopicsRequest = { topics, timeoutMs, validateOnly };
  r.skipTaggedFields();
  return m;
}

function encodeCreatableReplicaAssignmentV5(w: Writer, m: CreatableReplicaAssignment): void {
  w.int32(m.partitionIndex);
  {
    const a = m.brokerIds;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.uvarint(0);
}

function encodeCreatableTopicConfigV5(w: Writer, m: CreatableTopicConfig): void {
  w.compactString(m.name);
  w.compactNullableString(m.value);
  w.uvarint(0);
}

function encodeCreatableTopicV5(w: Writer, m: CreatableTopic): void {
  w.compactString(m.name);
  w.int32(m.numPartitions);
  w.int16(m.replicationFactor);
  {
    const a = m.assignments;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeCreatableReplicaAssignmentV5(w, a[i]);
  }
  {
    const a = m.configs;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeCreatableTopicConfigV5(w, a[i]);
  }
  w.uvarint(0);
}

function encodeCreateTopicsRequestV5(w: Writer, m: CreateTopicsRequest): void {
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeCreatableTopicV5(w, a[i]);
  }
  w.int32(m.timeoutMs);
  w.bool(m.validateOnly === undefined ? false : m.validateOnly);
  w.uvarint(0);
}

function decodeCreatableTopicResultV0(r: Reader): CreatableTopicResult {
  const name = r.string();
  const errorCode = r.int16();
  return {
    name,
    topicId: ZERO_UUID,
    errorCode,
    errorMessage: '',
    topicConfigErrorCode: 0,
    numPartitions: -1,
    replicationFactor: -1,
    configs: [],
  };
}

function decodeCreateTopicsResponseV0(r: Reader): CreateTopicsResponse {
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: CreatableTopicResult[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeCreatableTopicResultV0(r));
  return { throttleTimeMs: 0, topics };
}

function encodeCreatableTopicResultV0(w: Writer, m: CreatableTopicResult): void {
  w.string(m.name);
  w.int16(m.errorCode);
}

function encodeCreateTopicsResponseV0(w: Writer, m: CreateTopicsResponse): void {
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeCreatableTopicResultV0(w, a[i]);
  }
}

function decodeCreatableTopicResultV1(r: Reader): CreatableTopicResult {
  const name = r.string();
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  return {
    name,
    topicId: ZERO_UUID,
    errorCode,
    errorMessage,
    topicConfigErrorCode: 0,
    numPartitions: -1,
    replicationFactor: -1,
    configs: [],
  };
}

function decodeCreateTopicsResponseV1(r: Reader): CreateTopicsResponse {
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: CreatableTopicResult[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeCreatableTopicResultV1(r));
  return { throttleTimeMs: 0, topics };
}

function encodeCreatableTopicResultV1(w: Writer, m: CreatableTopicResult): void {
  w.string(m.name);
  w.int16(m.errorCode);
  w.nullableString(m.errorMessage === undefined ? '' : m.errorMessage);
}

function encodeCreateTopicsResponseV1(w: Writer, m: CreateTopicsResponse): void {
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeCreatableTopicResultV1(w, a[i]);
  }
}

function decodeCreateTopicsResponseV2(r: Reader): CreateTopicsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: CreatableTopicResult[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeCreatableTopicResultV1(r));
  return { throttleTimeMs, topics };
}

function encodeCreateTopicsResponseV2(w: Writer, m: CreateTopicsResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeCreatableTopicResultV1(w, a[i]);
  }
}

function decodeCreatableTopicConfigsV5(r: Reader): CreatableTopicConfigs {
  const name = r.compactString();
  const value = r.compactNullableString();
  const readOnly = r.bool();
  const configSource = r.int8();
  const isSensitive = r.bool();
  const m: CreatableTopicConfigs = { name, value, readOnly, configSource, isSensitive };
  r.skipTaggedFields();
  return m;
}

function decodeCreatableTopicResultV5(r: Reader): CreatableTopicResult {
  const name = r.compactString();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const numPartitions = r.int32();
  const replicationFactor = r.int16();
  const n0 = r.compactArrayLength(6);
  let configs: CreatableTopicConfigs[] | null = null;
  if (n0 >= 0) {
    configs = [];
    for (let i = 0; i < n0; i++) configs.push(decodeCreatableTopicConfigsV5(r));
  }
  const m: CreatableTopicResult = {
    name,
    topicId: ZERO_UUID,
    errorCode,
    errorMessage,
    topicConfigErrorCode: 0,
    numPartitions,
    replicationFactor,
    configs,
  };
  const tagCount = r.uvarint();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.uvarint();
    const size = r.uvarint();
    const end = r.offset + size;
    switch (tag) {
      case 0: {
        const value = r.int16();
        m.topicConfigErrorCode = value;
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

function decodeCreateTopicsResponseV5(r: Reader): CreateTopicsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(12);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: CreatableTopicResult[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeCreatableTopicResultV5(r));
  const m: CreateTopicsResponse = { throttleTimeMs, topics };
  r.skipTaggedFields();
  return m;
}

function encodeCreatableTopicConfigsV5(w: Writer, m: CreatableTopicConfigs): void {
  w.compactString(m.name);
  w.compactNullableString(m.value);
  w.bool(m.readOnly);
  w.int8(m.configSource);
  w.bool(m.isSensitive);
  w.uvarint(0);
}

function encodeCreatableTopicResultV5(w: Writer, m: CreatableTopicResult): void {
  w.compactString(m.name);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage === undefined ? '' : m.errorMessage);
  w.int32(m.numPartitions === undefined ? -1 : m.numPartitions);
  w.int16(m.replicationFactor === undefined ? -1 : m.replicationFactor);
  {
    const a = m.configs === undefined ? [] : m.configs;
    if (a === null) w.uvarint(0);
    else {
      w.compactArrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeCreatableTopicConfigsV5(w, a[i]);
    }
  }
  let tagCount = 0;
  const tagged0 = m.topicConfigErrorCode !== undefined && m.topicConfigErrorCode !== 0;
  if (tagged0) tagCount++;
  w.uvarint(tagCount);
  if (tagged0) {
    writeTaggedField(w, 0, (tw) => {
      tw.int16(m.topicConfigErrorCode!);
    });
  }
}

function encodeCreateTopicsResponseV5(w: Writer, m: CreateTopicsResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeCreatableTopicResultV5(w, a[i]);
  }
  w.uvarint(0);
}

function decodeCreatableTopicResultV7(r: Reader): CreatableTopicResult {
  const name = r.compactString();
  const topicId = r.uuid();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const numPartitions = r.int32();
  const replicationFactor = r.int16();
  const n0 = r.compactArrayLength(6);
  let configs: CreatableTopicConfigs[] | null = null;
  if (n0 >= 0) {
    configs = [];
    for (let i = 0; i < n0; i++) configs.push(decodeCreatableTopicConfigsV5(r));
  }
  const m: CreatableTopicResult = {
    name,
    topicId,
    errorCode,
    errorMessage,
    topicConfigErrorCode: 0,
    numPartitions,
    replicationFactor,
    configs,
  };
  const tagCount = r.uvarint();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.uvarint();
    const size = r.uvarint();
    const end = r.offset + size;
    switch (tag) {
      case 0: {
        const value = r.int16();
        m.topicConfigErrorCode = value;
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

function decodeCreateTopicsResponseV7(r: Reader): CreateTopicsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(28);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: CreatableTopicResult[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeCreatableTopicResultV7(r));
  const m: CreateTopicsResponse = { throttleTimeMs, topics };
  r.skipTaggedFields();
  return m;
}

function encodeCreatableTopicResultV7(w: Writer, m: CreatableTopicResult): void {
  w.compactString(m.name);
  w.uuid(m.topicId === undefined ? ZERO_UUID : m.topicId);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage === undefined ? '' : m.errorMessage);
  w.int32(m.numPartitions === undefined ? -1 : m.numPartitions);
  w.int16(m.replicationFactor === undefined ? -1 : m.replicationFactor);
  {
    const a = m.configs === undefined ? [] : m.configs;
    if (a === null) w.uvarint(0);
    else {
      w.compactArrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeCreatableTopicConfigsV5(w, a[i]);
    }
  }
  let tagCount = 0;
  const tagged0 = m.topicConfigErrorCode !== undefined && m.topicConfigErrorCode !== 0;
  if (tagged0) tagCount++;
  w.uvarint(tagCount);
  if (tagged0) {
    writeTaggedField(w, 0, (tw) => {
      tw.int16(m.topicConfigErrorCode!);
    });
  }
}

function encodeCreateTopicsResponseV7(w: Writer, m: CreateTopicsResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeCreatableTopicResultV7(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => CreateTopicsRequest) | undefined> = [
  decodeCreateTopicsRequestV0, decodeCreateTopicsRequestV1, decodeCreateTopicsRequestV1, decodeCreateTopicsRequestV1,
  decodeCreateTopicsRequestV1, decodeCreateTopicsRequestV5, decodeCreateTopicsRequestV5, decodeCreateTopicsRequestV5,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: CreateTopicsRequest) => void) | undefined> = [
  encodeCreateTopicsRequestV0, encodeCreateTopicsRequestV1, encodeCreateTopicsRequestV1, encodeCreateTopicsRequestV1,
  encodeCreateTopicsRequestV1, encodeCreateTopicsRequestV5, encodeCreateTopicsRequestV5, encodeCreateTopicsRequestV5,
];
const responseDecoders: ReadonlyArray<((r: Reader) => CreateTopicsResponse) | undefined> = [
  decodeCreateTopicsResponseV0, decodeCreateTopicsResponseV1, decodeCreateTopicsResponseV2, decodeCreateTopicsResponseV2,
  decodeCreateTopicsResponseV2, decodeCreateTopicsResponseV5, decodeCreateTopicsResponseV5, decodeCreateTopicsResponseV7,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: CreateTopicsResponse) => void) | undefined> = [
  encodeCreateTopicsResponseV0, encodeCreateTopicsResponseV1, encodeCreateTopicsResponseV2, encodeCreateTopicsResponseV2,
  encodeCreateTopicsResponseV2, encodeCreateTopicsResponseV5, encodeCreateTopicsResponseV5, encodeCreateTopicsResponseV7,
];

export const CreateTopicsApi: ApiCodec<CreateTopicsRequest, CreateTopicsResponse> = {
  apiKey: 19,
  name: 'CreateTopics',
  validVersions: { min: 0, max: 7 },
  firstFlexibleVersion: 5,
  deprecatedVersions: { min: 0, max: 1 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 5 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 5 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): CreateTopicsRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('CreateTopics', 19, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: CreateTopicsRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('CreateTopics', 19, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): CreateTopicsResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('CreateTopics', 19, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: CreateTopicsResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('CreateTopics', 19, version);
    encode(writer, message);
  },
  defaultRequest: defaultCreateTopicsRequest,
  defaultResponse: defaultCreateTopicsResponse,
};
