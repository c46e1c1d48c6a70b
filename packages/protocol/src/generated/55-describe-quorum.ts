// Generated from protocol-specs/55-describe-quorum.json by scripts/gen-protocol.ts. Do not edit.
// DescribeQuorum (key 55), versions 0-2, flexible from v0.

import type { ApiCodec, Uuid } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import { ZERO_UUID } from '../primitives/uuid';
import type { Writer } from '../primitives/writer';

export interface DescribeQuorumRequest {
  topics: DescribeQuorumRequestTopicData[];
}

export interface DescribeQuorumRequestTopicData {
  topicName: string;
  partitions: DescribeQuorumRequestPartitionData[];
}

export interface DescribeQuorumRequestPartitionData {
  partitionIndex: number;
}

export interface DescribeQuorumResponse {
  errorCode: number;
  errorMessage?: string | null;
  topics: DescribeQuorumResponseTopicData[];
  nodes?: Node[];
}

export interface DescribeQuorumResponseTopicData {
  topicName: string;
  partitions: DescribeQuorumResponsePartitionData[];
}

export interface DescribeQuorumResponsePartitionData {
  partitionIndex: number;
  errorCode: number;
  errorMessage?: string | null;
  leaderId: number;
  leaderEpoch: number;
  highWatermark: number;
  currentVoters: ReplicaState[];
  observers: ReplicaState[];
}

export interface ReplicaState {
  replicaId: number;
  replicaDirectoryId?: Uuid;
  logEndOffset: number;
  lastFetchTimestamp?: number;
  lastCaughtUpTimestamp?: number;
}

export interface Node {
  nodeId: number;
  listeners: Listener[];
}

export interface Listener {
  name: string;
  host: string;
  port: number;
}

function defaultDescribeQuorumRequest(): DescribeQuorumRequest {
  return { topics: [] };
}

function defaultDescribeQuorumResponse(): DescribeQuorumResponse {
  return { errorCode: 0, errorMessage: '', topics: [], nodes: [] };
}

function decodeDescribeQuorumRequestPartitionDataV0(r: Reader): DescribeQuorumRequestPartitionData {
  const partitionIndex = r.int32();
  const m: DescribeQuorumRequestPartitionData = { partitionIndex };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeQuorumRequestTopicDataV0(r: Reader): DescribeQuorumRequestTopicData {
  const topicName = r.compactString();
  const n0 = r.compactArrayLength(5);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: DescribeQuorumRequestPartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeDescribeQuorumRequestPartitionDataV0(r));
  const m: DescribeQuorumRequestTopicData = { topicName, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeQuorumRequestV0(r: Reader): DescribeQuorumRequest {
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: DescribeQuorumRequestTopicData[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeDescribeQuorumRequestTopicDataV0(r));
  const m: DescribeQuorumRequest = { topics };
  r.skipTaggedFields();
  return m;
}

function encodeDescribeQuorumRequestPartitionDataV0(w: Writer, m: DescribeQuorumRequestPartitionData): void {
  w.int32(m.partitionIndex);
  w.uvarint(0);
}

function encodeDescribeQuorumRequestTopicDataV0(w: Writer, m: DescribeQuorumRequestTopicData): void {
  w.compactString(m.topicName);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeQuorumRequestPartitionDataV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeDescribeQuorumRequestV0(w: Writer, m: DescribeQuorumRequest): void {
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeQuorumRequestTopicDataV0(w, a[i]);
  }
  w.uvarint(0);
}

function decodeReplicaStateV0(r: Reader): ReplicaState {
  const replicaId = r.int32();
  const logEndOffset = r.int64();
  const m: ReplicaState = { replicaId, replicaDirectoryId: ZERO_UUID, logEndOffset, lastFetchTimestamp: -1, lastCaughtUpTimestamp: -1 };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeQuorumResponsePartitionDataV0(r: Reader): DescribeQuorumResponsePartitionData {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  const highWatermark = r.int64();
  const n0 = r.compactArrayLength(13);
  if (n0 < 0) r.fail('null in non-nullable array CurrentVoters');
  const currentVoters: ReplicaState[] = [];
  for (let i = 0; i < n0; i++) currentVoters.push(decodeReplicaStateV0(r));
  const n1 = r.compactArrayLength(13);
  if (n1 < 0) r.fail('null in non-nullable array Observers');
  const observers: ReplicaState[] = [];
  for (let i = 0; i < n1; i++) observers.push(decodeReplicaStateV0(r));
  const m: DescribeQuorumResponsePartitionData = {
    partitionIndex,
    errorCode,
    errorMessage: '',
    leaderId,
    leaderEpoch,
    highWatermark,
    currentVoters,
    observers,
  };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeQuorumResponseTopicDataV0(r: Reader): DescribeQuorumResponseTopicData {
  const topicName = r.compactString();
  const n0 = r.compactArrayLength(25);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: DescribeQuorumResponsePartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeDescribeQuorumResponsePartitionDataV0(r));
  const m: DescribeQuorumResponseTopicData = { topicName, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeQuorumResponseV0(r: Reader): DescribeQuorumResponse {
  const errorCode = r.int16();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: DescribeQuorumResponseTopicData[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeDescribeQuorumResponseTopicDataV0(r));
  const m: DescribeQuorumResponse = { errorCode, errorMessage: '', topics, nodes: [] };
  r.skipTaggedFields();
  return m;
}

function encodeReplicaStateV0(w: Writer, m: ReplicaState): void {
  w.int32(m.replicaId);
  if (m.replicaDirectoryId !== undefined && m.replicaDirectoryId !== ZERO_UUID) {
    throw new UnsupportedFieldError('ReplicaState.ReplicaDirectoryId', 0);
  }
  w.int64(m.logEndOffset);
  w.uvarint(0);
}

function encodeDescribeQuorumResponsePartitionDataV0(w: Writer, m: DescribeQuorumResponsePartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  w.int64(m.highWatermark);
  {
    const a = m.currentVoters;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeReplicaStateV0(w, a[i]);
  }
  {
    const a = m.observers;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeReplicaStateV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeDescribeQuorumResponseTopicDataV0(w: Writer, m: DescribeQuorumResponseTopicData): void {
  w.compactString(m.topicName);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeQuorumResponsePartitionDataV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeDescribeQuorumResponseV0(w: Writer, m: DescribeQuorumResponse): void {
  w.int16(m.errorCode);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeQuorumResponseTopicDataV0(w, a[i]);
  }
  if (m.nodes !== undefined && (m.nodes === null || m.nodes.length !== 0)) {
    throw new UnsupportedFieldError('DescribeQuorumResponse.Nodes', 0);
  }
  w.uvarint(0);
}

function decodeReplicaStateV1(r: Reader): ReplicaState {
  const replicaId = r.int32();
  const logEndOffset = r.int64();
  const lastFetchTimestamp = r.int64();
  const lastCaughtUpTimestamp = r.int64();
  const m: ReplicaState = { replicaId, replicaDirectoryId: ZERO_UUID, logEndOffset, lastFetchTimestamp, lastCaughtUpTimestamp };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeQuorumResponsePartitionDataV1(r: Reader): DescribeQuorumResponsePartitionData {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  const highWatermark = r.int64();
  const n0 = r.compactArrayLength(29);
  if (n0 < 0) r.fail('null in non-nullable array CurrentVoters');
  const currentVoters: ReplicaState[] = [];
  for (let i = 0; i < n0; i++) currentVoters.push(decodeReplicaStateV1(r));
  const n1 = r.compactArrayLength(29);
  if (n1 < 0) r.fail('null in non-nullable array Observers');
  const observers: ReplicaState[] = [];
  for (let i = 0; i < n1; i++) observers.push(decodeReplicaStateV1(r));
  const m: DescribeQuorumResponsePartitionData = {
    partitionIndex,
    errorCode,
    errorMessage: '',
    leaderId,
    leaderEpoch,
    highWatermark,
    currentVoters,
    observers,
  };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeQuorumResponseTopicDataV1(r: Reader): DescribeQuorumResponseTopicData {
  const topicName = r.compactString();
  const n0 = r.compactArrayLength(25);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: DescribeQuorumResponsePartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeDescribeQuorumResponsePartitionDataV1(r));
  const m: DescribeQuorumResponseTopicData = { topicName, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeQuorumResponseV1(r: Reader): DescribeQuorumResponse {
  const errorCode = r.int16();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: DescribeQuorumResponseTopicData[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeDescribeQuorumResponseTopicDataV1(r));
  const m: DescribeQuorumResponse = { errorCode, errorMessage: '', topics, nodes: [] };
  r.skipTaggedFields();
  return m;
}

function encodeReplicaStateV1(w: Writer, m: ReplicaState): void {
  w.int32(m.replicaId);
  if (m.replicaDirectoryId !== undefined && m.replicaDirectoryId !== ZERO_UUID) {
    throw new UnsupportedFieldError('ReplicaState.ReplicaDirectoryId', 1);
  }
  w.int64(m.logEndOffset);
  w.int64(m.lastFetchTimestamp === undefined ? -1 : m.lastFetchTimestamp);
  w.int64(m.lastCaughtUpTimestamp === undefined ? -1 : m.lastCaughtUpTimestamp);
  w.uvarint(0);
}

function encodeDescribeQuorumResponsePartitionDataV1(w: Writer, m: DescribeQuorumResponsePartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  w.int64(m.highWatermark);
  {
    const a = m.currentVoters;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeReplicaStateV1(w, a[i]);
  }
  {
    const a = m.observers;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeReplicaStateV1(w, a[i]);
  }
  w.uvarint(0);
}

function encodeDescribeQuorumResponseTopicDataV1(w: Writer, m: DescribeQuorumResponseTopicData): void {
  w.compactString(m.topicName);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeQuorumResponsePartitionDataV1(w, a[i]);
  }
  w.uvarint(0);
}

function encodeDescribeQuorumResponseV1(w: Writer, m: DescribeQuorumResponse): void {
  w.int16(m.errorCode);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeQuorumResponseTopicDataV1(w, a[i]);
  }
  if (m.nodes !== undefined && (m.nodes === null || m.nodes.length !== 0)) {
    throw new UnsupportedFieldError('DescribeQuorumResponse.Nodes', 1);
  }
  w.uvarint(0);
}

function decodeReplicaStateV2(r: Reader): ReplicaState {
  const replicaId = r.int32();
  const replicaDirectoryId = r.uuid();
  const logEndOffset = r.int64();
  const lastFetchTimestamp = r.int64();
  const lastCaughtUpTimestamp = r.int64();
  const m: ReplicaState = { replicaId, replicaDirectoryId, logEndOffset, lastFetchTimestamp, lastCaughtUpTimestamp };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeQuorumResponsePartitionDataV2(r: Reader): DescribeQuorumResponsePartitionData {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  const highWatermark = r.int64();
  const n0 = r.compactArrayLength(45);
  if (n0 < 0) r.fail('null in non-nullable array CurrentVoters');
  const currentVoters: ReplicaState[] = [];
  for (let i = 0; i < n0; i++) currentVoters.push(decodeReplicaStateV2(r));
  const n1 = r.compactArrayLength(45);
  if (n1 < 0) r.fail('null in non-nullable array Observers');
  const observers: ReplicaState[] = [];
  for (let i = 0; i < n1; i++) observers.push(decodeReplicaStateV2(r));
  const m: DescribeQuorumResponsePartitionData = {
    partitionIndex,
    errorCode,
    errorMessage,
    leaderId,
    leaderEpoch,
    highWatermark,
    currentVoters,
    observers,
  };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeQuorumResponseTopicDataV2(r: Reader): DescribeQuorumResponseTopicData {
  const topicName = r.compactString();
  const n0 = r.compactArrayLength(26);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: DescribeQuorumResponsePartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeDescribeQuorumResponsePartitionDataV2(r));
  const m: DescribeQuorumResponseTopicData = { topicName, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeListenerV2(r: Reader): Listener {
  const name = r.compactString();
  const host = r.compactString();
  const port = r.uint16();
  const m: Listener = { name, host, port };
  r.skipTaggedFields();
  return m;
}

function decodeNodeV2(r: Reader): Node {
  const nodeId = r.int32();
  const n0 = r.compactArrayLength(5);
  if (n0 < 0) r.fail('null in non-nullable array Listeners');
  const listeners: Listener[] = [];
  for (let i = 0; i < n0; i++) listeners.push(decodeListenerV2(r));
  const m: Node = { nodeId, listeners };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeQuorumResponseV2(r: Reader): DescribeQuorumResponse {
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: DescribeQuorumResponseTopicData[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeDescribeQuorumResponseTopicDataV2(r));
  const n1 = r.compactArrayLength(6);
  if (n1 < 0) r.fail('null in non-nullable array Nodes');
  const nodes: Node[] = [];
  for (let i = 0; i < n1; i++) nodes.push(decodeNodeV2(r));
  const m: DescribeQuorumResponse = { errorCode, errorMessage, topics, nodes };
  r.skipTaggedFields();
  return m;
}

function encodeReplicaStateV2(w: Writer, m: ReplicaState): void {
  w.int32(m.replicaId);
  w.uuid(m.replicaDirectoryId === undefined ? ZERO_UUID : m.replicaDirectoryId);
  w.int64(m.logEndOffset);
  w.int64(m.lastFetchTimestamp === undefined ? -1 : m.lastFetchTimestamp);
  w.int64(m.lastCaughtUpTimestamp === undefined ? -1 : m.lastCaughtUpTimestamp);
  w.uvarint(0);
}

function encodeDescribeQuorumResponsePartitionDataV2(w: Writer, m: DescribeQuorumResponsePartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage === undefined ? '' : m.errorMessage);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  w.int64(m.highWatermark);
  {
    const a = m.currentVoters;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeReplicaStateV2(w, a[i]);
  }
  {
    const a = m.observers;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeReplicaStateV2(w, a[i]);
  }
  w.uvarint(0);
}

function encodeDescribeQuorumResponseTopicDataV2(w: Writer, m: DescribeQuorumResponseTopicData): void {
  w.compactString(m.topicName);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeQuorumResponsePartitionDataV2(w, a[i]);
  }
  w.uvarint(0);
}

function encodeListenerV2(w: Writer, m: Listener): void {
  w.compactString(m.name);
  w.compactString(m.host);
  w.uint16(m.port);
  w.uvarint(0);
}

function encodeNodeV2(w: Writer, m: Node): void {
  w.int32(m.nodeId);
  {
    const a = m.listeners;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeListenerV2(w, a[i]);
  }
  w.uvarint(0);
}

function encodeDescribeQuorumResponseV2(w: Writer, m: DescribeQuorumResponse): void {
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage === undefined ? '' : m.errorMessage);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeQuorumResponseTopicDataV2(w, a[i]);
  }
  {
    const a = m.nodes === undefined ? [] : m.nodes;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeNodeV2(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => DescribeQuorumRequest) | undefined> = [
  decodeDescribeQuorumRequestV0, decodeDescribeQuorumRequestV0, decodeDescribeQuorumRequestV0,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: DescribeQuorumRequest) => void) | undefined> = [
  encodeDescribeQuorumRequestV0, encodeDescribeQuorumRequestV0, encodeDescribeQuorumRequestV0,
];
const responseDecoders: ReadonlyArray<((r: Reader) => DescribeQuorumResponse) | undefined> = [
  decodeDescribeQuorumResponseV0, decodeDescribeQuorumResponseV1, decodeDescribeQuorumResponseV2,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: DescribeQuorumResponse) => void) | undefined> = [
  encodeDescribeQuorumResponseV0, encodeDescribeQuorumResponseV1, encodeDescribeQuorumResponseV2,
];

export const DescribeQuorumApi: ApiCodec<DescribeQuorumRequest, DescribeQuorumResponse> = {
  apiKey: 55,
  name: 'DescribeQuorum',
  validVersions: { min: 0, max: 2 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): DescribeQuorumRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DescribeQuorum', 55, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: DescribeQuorumRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DescribeQuorum', 55, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): DescribeQuorumResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DescribeQuorum', 55, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: DescribeQuorumResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DescribeQuorum', 55, version);
    encode(writer, message);
  },
  defaultRequest: defaultDescribeQuorumRequest,
  defaultResponse: defaultDescribeQuorumResponse,
};
