// Generated from protocol-specs/05-stop-replica.json by scripts/gen-protocol.ts. Do not edit.
// StopReplica (key 5), versions 0-4, flexible from v2.

import type { ApiCodec } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface StopReplicaRequest {
  controllerId: number;
  isKRaftController?: boolean;
  controllerEpoch: number;
  brokerEpoch?: number;
  deletePartitions?: boolean;
  ungroupedPartitions?: StopReplicaPartitionV0[];
  topics?: StopReplicaTopicV1[];
  topicStates?: StopReplicaTopicState[];
}

export interface StopReplicaPartitionV0 {
  topicName: string;
  partitionIndex: number;
}

export interface StopReplicaTopicV1 {
  name: string;
  partitionIndexes: number[];
}

export interface StopReplicaTopicState {
  topicName: string;
  partitionStates: StopReplicaPartitionState[];
}

export interface StopReplicaPartitionState {
  partitionIndex: number;
  leaderEpoch: number;
  deletePartition: boolean;
}

export interface StopReplicaResponse {
  errorCode: number;
  partitionErrors: StopReplicaPartitionError[];
}

export interface StopReplicaPartitionError {
  topicName: string;
  partitionIndex: number;
  errorCode: number;
}

function defaultStopReplicaRequest(): StopReplicaRequest {
  return {
    controllerId: 0,
    isKRaftController: false,
    controllerEpoch: 0,
    brokerEpoch: -1,
    deletePartitions: false,
    ungroupedPartitions: [],
    topics: [],
    topicStates: [],
  };
}

function defaultStopReplicaResponse(): StopReplicaResponse {
  return { errorCode: 0, partitionErrors: [] };
}

function decodeStopReplicaPartitionV0V0(r: Reader): StopReplicaPartitionV0 {
  const topicName = r.string();
  const partitionIndex = r.int32();
  return { topicName, partitionIndex };
}

function decodeStopReplicaRequestV0(r: Reader): StopReplicaRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const deletePartitions = r.bool();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array UngroupedPartitions');
  const ungroupedPartitions: StopReplicaPartitionV0[] = [];
  for (let i = 0; i < n0; i++) ungroupedPartitions.push(decodeStopReplicaPartitionV0V0(r));
  return {
    controllerId,
    isKRaftController: false,
    controllerEpoch,
    brokerEpoch: -1,
    deletePartitions,
    ungroupedPartitions,
    topics: [],
    topicStates: [],
  };
}

function encodeStopReplicaPartitionV0V0(w: Writer, m: StopReplicaPartitionV0): void {
  w.string(m.topicName);
  w.int32(m.partitionIndex);
}

function encodeStopReplicaRequestV0(w: Writer, m: StopReplicaRequest): void {
  w.int32(m.controllerId);
  if (m.isKRaftController !== undefined && m.isKRaftController !== false) {
    throw new UnsupportedFieldError('StopReplicaRequest.isKRaftController', 0);
  }
  w.int32(m.controllerEpoch);
  w.bool(m.deletePartitions === undefined ? false : m.deletePartitions);
  {
    const a = m.ungroupedPartitions === undefined ? [] : m.ungroupedPartitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeStopReplicaPartitionV0V0(w, a[i]);
  }
  if (m.topics !== undefined && (m.topics === null || m.topics.length !== 0)) {
    throw new UnsupportedFieldError('StopReplicaRequest.Topics', 0);
  }
  if (m.topicStates !== undefined && (m.topicStates === null || m.topicStates.length !== 0)) {
    throw new UnsupportedFieldError('StopReplicaRequest.TopicStates', 0);
  }
}

function decodeStopReplicaTopicV1V1(r: Reader): StopReplicaTopicV1 {
  const name = r.string();
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array PartitionIndexes');
  const partitionIndexes: number[] = [];
  for (let i = 0; i < n0; i++) partitionIndexes.push(r.int32());
  return { name, partitionIndexes };
}

function decodeStopReplicaRequestV1(r: Reader): StopReplicaRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const brokerEpoch = r.int64();
  const deletePartitions = r.bool();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: StopReplicaTopicV1[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeStopReplicaTopicV1V1(r));
  return {
    controllerId,
    isKRaftController: false,
    controllerEpoch,
    brokerEpoch,
    deletePartitions,
    ungroupedPartitions: [],
    topics,
    topicStates: [],
  };
}

function encodeStopReplicaTopicV1V1(w: Writer, m: StopReplicaTopicV1): void {
  w.string(m.name);
  {
    const a = m.partitionIndexes;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
}

function encodeStopReplicaRequestV1(w: Writer, m: StopReplicaRequest): void {
  w.int32(m.controllerId);
  if (m.isKRaftController !== undefined && m.isKRaftController !== false) {
    throw new UnsupportedFieldError('StopReplicaRequest.isKRaftController', 1);
  }
  w.int32(m.controllerEpoch);
  w.int64(m.brokerEpoch === undefined ? -1 : m.brokerEpoch);
  w.bool(m.deletePartitions === undefined ? false : m.deletePartitions);
  if (m.ungroupedPartitions !== undefined && (m.ungroupedPartitions === null || m.ungroupedPartitions.length !== 0)) {
    throw new UnsupportedFieldError('StopReplicaRequest.UngroupedPartitions', 1);
  }
  {
    const a = m.topics === undefined ? [] : m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeStopReplicaTopicV1V1(w, a[i]);
  }
  if (m.topicStates !== undefined && (m.topicStates === null || m.topicStates.length !== 0)) {
    throw new UnsupportedFieldError('StopReplicaRequest.TopicStates', 1);
  }
}

function decodeStopReplicaTopicV1V2(r: Reader): StopReplicaTopicV1 {
  const name = r.compactString();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array PartitionIndexes');
  const partitionIndexes: number[] = [];
  for (let i = 0; i < n0; i++) partitionIndexes.push(r.int32());
  const m: StopReplicaTopicV1 = { name, partitionIndexes };
  r.skipTaggedFields();
  return m;
}

function decodeStopReplicaRequestV2(r: Reader): StopReplicaRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const brokerEpoch = r.int64();
  const deletePartitions = r.bool();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: StopReplicaTopicV1[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeStopReplicaTopicV1V2(r));
  const m: StopReplicaRequest = {
    controllerId,
    isKRaftController: false,
    controllerEpoch,
    brokerEpoch,
    deletePartitions,
    ungroupedPartitions: [],
    topics,
    topicStates: [],
  };
  r.skipTaggedFields();
  return m;
}

function encodeStopReplicaTopicV1V2(w: Writer, m: StopReplicaTopicV1): void {
  w.compactString(m.name);
  {
    const a = m.partitionIndexes;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.uvarint(0);
}

function encodeStopReplicaRequestV2(w: Writer, m: StopReplicaRequest): void {
  w.int32(m.controllerId);
  if (m.isKRaftController !== undefined && m.isKRaftController !== false) {
    throw new UnsupportedFieldError('StopReplicaRequest.isKRaftController', 2);
  }
  w.int32(m.controllerEpoch);
  w.int64(m.brokerEpoch === undefined ? -1 : m.brokerEpoch);
  w.bool(m.deletePartitions === undefined ? false : m.deletePartitions);
  if (m.ungroupedPartitions !== undefined && (m.ungroupedPartitions === null || m.ungroupedPartitions.length !== 0)) {
    throw new UnsupportedFieldError('StopReplicaRequest.UngroupedPartitions', 2);
  }
  {
    const a = m.topics === undefined ? [] : m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeStopReplicaTopicV1V2(w, a[i]);
  }
  if (m.topicStates !== undefined && (m.topicStates === null || m.topicStates.length !== 0)) {
    throw new UnsupportedFieldError('StopReplicaRequest.TopicStates', 2);
  }
  w.uvarint(0);
}

function decodeStopReplicaPartitionStateV3(r: Reader): StopReplicaPartitionState {
  const partitionIndex = r.int32();
  const leaderEpoch = r.int32();
  const deletePartition = r.bool();
  const m: StopReplicaPartitionState = { partitionIndex, leaderEpoch, deletePartition };
  r.skipTaggedFields();
  return m;
}

function decodeStopReplicaTopicStateV3(r: Reader): StopReplicaTopicState {
  const topicName = r.compactString();
  const n0 = r.compactArrayLength(10);
  if (n0 < 0) r.fail('null in non-nullable array PartitionStates');
  const partitionStates: StopReplicaPartitionState[] = [];
  for (let i = 0; i < n0; i++) partitionStates.push(decodeStopReplicaPartitionStateV3(r));
  const m: StopReplicaTopicState = { topicName, partitionStates };
  r.skipTaggedFields();
  return m;
}

function decodeStopReplicaRequestV3(r: Reader): StopReplicaRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const brokerEpoch = r.int64();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array TopicStates');
  const topicStates: StopReplicaTopicState[] = [];
  for (let i = 0; i < n0; i++) topicStates.push(decodeStopReplicaTopicStateV3(r));
  const m: StopReplicaRequest = {
    controllerId,
    isKRaftController: false,
    controllerEpoch,
    brokerEpoch,
    deletePartitions: false,
    ungroupedPartitions: [],
    topics: [],
    topicStates,
  };
  r.skipTaggedFields();
  return m;
}

function encodeStopReplicaPartitionStateV3(w: Writer, m: StopReplicaPartitionState): void {
  w.int32(m.partitionIndex);
  w.int32(m.leaderEpoch);
  w.bool(m.deletePartition);
  w.uvarint(0);
}

function encodeStopReplicaTopicStateV3(w: Writer, m: StopReplicaTopicState): void {
  w.compactString(m.topicName);
  {
    const a = m.partitionStates;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeStopReplicaPartitionStateV3(w, a[i]);
  }
  w.uvarint(0);
}

function encodeStopReplicaRequestV3(w: Writer, m: StopReplicaRequest): void {
  w.int32(m.controllerId);
  if (m.isKRaftController !== undefined && m.isKRaftController !== false) {
    throw new UnsupportedFieldError('StopReplicaRequest.isKRaftController', 3);
  }
  w.int32(m.controllerEpoch);
  w.int64(m.brokerEpoch === undefined ? -1 : m.brokerEpoch);
  if (m.deletePartitions !== undefined && m.deletePartitions !== false) {
    throw new UnsupportedFieldError('StopReplicaRequest.DeletePartitions', 3);
  }
  if (m.ungroupedPartitions !== undefined && (m.ungroupedPartitions === null || m.ungroupedPartitions.length !== 0)) {
    throw new UnsupportedFieldError('StopReplicaRequest.UngroupedPartitions', 3);
  }
  if (m.topics !== undefined && (m.topics === null || m.topics.length !== 0)) {
    throw new UnsupportedFieldError('StopReplicaRequest.Topics', 3);
  }
  {
    const a = m.topicStates === undefined ? [] : m.topicStates;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeStopReplicaTopicStateV3(w, a[i]);
  }
  w.uvarint(0);
}

function decodeStopReplicaRequestV4(r: Reader): StopReplicaRequest {
  const controllerId = r.int32();
  const isKRaftController = r.bool();
  const controllerEpoch = r.int32();
  const brokerEpoch = r.int64();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array TopicStates');
  const topicStates: StopReplicaTopicState[] = [];
  for (let i = 0; i < n0; i++) topicStates.push(decodeStopReplicaTopicStateV3(r));
  const m: StopReplicaRequest = {
    controllerId,
    isKRaftController,
    controllerEpoch,
    brokerEpoch,
    deletePartitions: false,
    ungroupedPartitions: [],
    topics: [],
    topicStates,
  };
  r.skipTaggedFields();
  return m;
}

function encodeStopReplicaRequestV4(w: Writer, m: StopReplicaRequest): void {
  w.int32(m.controllerId);
  w.bool(m.isKRaftController === undefined ? false : m.isKRaftController);
  w.int32(m.controllerEpoch);
  w.int64(m.brokerEpoch === undefined ? -1 : m.brokerEpoch);
  if (m.deletePartitions !== undefined && m.deletePartitions !== false) {
    throw new UnsupportedFieldError('StopReplicaRequest.DeletePartitions', 4);
  }
  if (m.ungroupedPartitions !== undefined && (m.ungroupedPartitions === null || m.ungroupedPartitions.length !== 0)) {
    throw new UnsupportedFieldError('StopReplicaRequest.UngroupedPartitions', 4);
  }
  if (m.topics !== undefined && (m.topics === null || m.topics.length !== 0)) {
    throw new UnsupportedFieldError('StopReplicaRequest.Topics', 4);
  }
  {
    const a = m.topicStates === undefined ? [] : m.topicStates;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeStopReplicaTopicStateV3(w, a[i]);
  }
  w.uvarint(0);
}

function decodeStopReplicaPartitionErrorV0(r: Reader): StopReplicaPartitionError {
  const topicName = r.string();
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  return { topicName, partitionIndex, errorCode };
}

function decodeStopReplicaResponseV0(r: Reader): StopReplicaResponse {
  const errorCode = r.int16();
  const n0 = r.arrayLength(8);
  if (n0 < 0) r.fail('null in non-nullable array PartitionErrors');
  const partitionErrors: StopReplicaPartitionError[] = [];
  for (let i = 0; i < n0; i++) partitionErrors.push(decodeStopReplicaPartitionErrorV0(r));
  return { errorCode, partitionErrors };
}

function encodeStopReplicaPartitionErrorV0(w: Writer, m: StopReplicaPartitionError): void {
  w.string(m.topicName);
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
}

function encodeStopReplicaResponseV0(w: Writer, m: StopReplicaResponse): void {
  w.int16(m.errorCode);
  {
    const a = m.partitionErrors;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeStopReplicaPartitionErrorV0(w, a[i]);
  }
}

function decodeStopReplicaPartitionErrorV2(r: Reader): StopReplicaPartitionError {
  const topicName = r.compactString();
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const m: StopReplicaPartitionError = { topicName, partitionIndex, errorCode };
  r.skipTaggedFields();
  return m;
}

function decodeStopReplicaResponseV2(r: Reader): StopReplicaResponse {
  const errorCode = r.int16();
  const n0 = r.compactArrayLength(8);
  if (n0 < 0) r.fail('null in non-nullable array PartitionErrors');
  const partitionErrors: StopReplicaPartitionError[] = [];
  for (let i = 0; i < n0; i++) partitionErrors.push(decodeStopReplicaPartitionErrorV2(r));
  const m: StopReplicaResponse = { errorCode, partitionErrors };
  r.skipTaggedFields();
  return m;
}

function encodeStopReplicaPartitionErrorV2(w: Writer, m: StopReplicaPartitionError): void {
  w.compactString(m.topicName);
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.uvarint(0);
}

function encodeStopReplicaResponseV2(w: Writer, m: StopReplicaResponse): void {
  w.int16(m.errorCode);
  {
    const a = m.partitionErrors;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeStopReplicaPartitionErrorV2(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => StopReplicaRequest) | undefined> = [
  decodeStopReplicaRequestV0, decodeStopReplicaRequestV1, decodeStopReplicaRequestV2, decodeStopReplicaRequestV3,
  decodeStopReplicaRequestV4,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: StopReplicaRequest) => void) | undefined> = [
  encodeStopReplicaRequestV0, encodeStopReplicaRequestV1, encodeStopReplicaRequestV2, encodeStopReplicaRequestV3,
  encodeStopReplicaRequestV4,
];
const responseDecoders: ReadonlyArray<((r: Reader) => StopReplicaResponse) | undefined> = [
  decodeStopReplicaResponseV0, decodeStopReplicaResponseV0, decodeStopReplicaResponseV2, decodeStopReplicaResponseV2,
  decodeStopReplicaResponseV2,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: StopReplicaResponse) => void) | undefined> = [
  encodeStopReplicaResponseV0, encodeStopReplicaResponseV0, encodeStopReplicaResponseV2, encodeStopReplicaResponseV2,
  encodeStopReplicaResponseV2,
];

export const StopReplicaApi: ApiCodec<StopReplicaRequest, StopReplicaResponse> = {
  apiKey: 5,
  name: 'StopReplica',
  validVersions: { min: 0, max: 4 },
  firstFlexibleVersion: 2,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 2 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 2 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): StopReplicaRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('StopReplica', 5, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: StopReplicaRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('StopReplica', 5, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): StopReplicaResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('StopReplica', 5, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: StopReplicaResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('StopReplica', 5, version);
    encode(writer, message);
  },
  defaultRequest: defaultStopReplicaRequest,
  defaultResponse: defaultStopReplicaResponse,
};
