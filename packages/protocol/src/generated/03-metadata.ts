// Generated from protocol-specs/03-metadata.json by scripts/gen-protocol.ts. Do not edit.
// Metadata (key 3), versions 0-12, flexible from v9.

import type { ApiCodec, Uuid } from '../api-codec';
import { ProtocolEncodeError, UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import { ZERO_UUID } from '../primitives/uuid';
import type { Writer } from '../primitives/writer';

export interface MetadataRequest {
  topics: MetadataRequestTopic[] | null;
  allowAutoTopicCreation?: boolean;
  includeClusterAuthorizedOperations?: boolean;
  includeTopicAuthorizedOperations?: boolean;
}

export interface MetadataRequestTopic {
  topicId?: Uuid;
  name: string | null;
}

export interface MetadataResponse {
  throttleTimeMs?: number;
  brokers: MetadataResponseBroker[];
  clusterId?: string | null;
  controllerId?: number;
  topics: MetadataResponseTopic[];
  clusterAuthorizedOperations?: number;
}

export interface MetadataResponseBroker {
  nodeId: number;
  host: string;
  port: number;
  rack?: string | null;
}

export interface MetadataResponseTopic {
  errorCode: number;
  name: string | null;
  topicId?: Uuid;
  isInternal?: boolean;
  partitions: MetadataResponsePartition[];
  topicAuthorizedOperations?: number;
}

export interface MetadataResponsePartition {
  errorCode: number;
  partitionIndex: number;
  leaderId: number;
  leaderEpoch?: number;
  replicaNodes: number[];
  isrNodes: number[];
  offlineReplicas?: number[];
}

function defaultMetadataRequest(): MetadataRequest {
  return { topics: [], allowAutoTopicCreation: true, includeClusterAuthorizedOperations: false, includeTopicAuthorizedOperations: false };
}

function defaultMetadataResponse(): MetadataResponse {
  return { throttleTimeMs: 0, brokers: [], clusterId: null, controllerId: -1, topics: [], clusterAuthorizedOperations: -2147483648 };
}

function decodeMetadataRequestTopicV0(r: Reader): MetadataRequestTopic {
  const name = r.string();
  return { topicId: ZERO_UUID, name };
}

function decodeMetadataRequestV0(r: Reader): MetadataRequest {
  const n0 = r.arrayLength(2);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: MetadataRequestTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeMetadataRequestTopicV0(r));
  return { topics, allowAutoTopicCreation: true, includeClusterAuthorizedOperations: false, includeTopicAuthorizedOperations: false };
}

function encodeMetadataRequestTopicV0(w: Writer, m: MetadataRequestTopic): void {
  w.string(m.name);
}

function encodeMetadataRequestV0(w: Writer, m: MetadataRequest): void {
  {
    const a = m.topics;
    if (a === null) throw new ProtocolEncodeError('Topics is not nullable in version 0');
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataRequestTopicV0(w, a[i]);
  }
  if (m.allowAutoTopicCreation !== undefined && m.allowAutoTopicCreation !== true) {
    throw new UnsupportedFieldError('MetadataRequest.AllowAutoTopicCreation', 0);
  }
  if (m.includeClusterAuthorizedOperations !== undefined && m.includeClusterAuthorizedOperations !== false) {
    throw new UnsupportedFieldError('MetadataRequest.IncludeClusterAuthorizedOperations', 0);
  }
  if (m.includeTopicAuthorizedOperations !== undefined && m.includeTopicAuthorizedOperations !== false) {
    throw new UnsupportedFieldError('MetadataRequest.IncludeTopicAuthorizedOperations', 0);
  }
}

function decodeMetadataRequestV1(r: Reader): MetadataRequest {
  const n0 = r.arrayLength(2);
  let topics: MetadataRequestTopic[] | null = null;
  if (n0 >= 0) {
    topics = [];
    for (let i = 0; i < n0; i++) topics.push(decodeMetadataRequestTopicV0(r));
  }
  return { topics, allowAutoTopicCreation: true, includeClusterAuthorizedOperations: false, includeTopicAuthorizedOperations: false };
}

function encodeMetadataRequestV1(w: Writer, m: MetadataRequest): void {
  {
    const a = m.topics;
    if (a === null) w.int32(-1);
    else {
      w.arrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeMetadataRequestTopicV0(w, a[i]);
    }
  }
  if (m.allowAutoTopicCreation !== undefined && m.allowAutoTopicCreation !== true) {
    throw new UnsupportedFieldError('MetadataRequest.AllowAutoTopicCreation', 1);
  }
  if (m.includeClusterAuthorizedOperations !== undefined && m.includeClusterAuthorizedOperations !== false) {
    throw new UnsupportedFieldError('MetadataRequest.IncludeClusterAuthorizedOperations', 1);
  }
  if (m.includeTopicAuthorizedOperations !== undefined && m.includeTopicAuthorizedOperations !== false) {
    throw new UnsupportedFieldError('MetadataRequest.IncludeTopicAuthorizedOperations', 1);
  }
}

function encodeMetadataRequestV2(w: Writer, m: MetadataRequest): void {
  {
    const a = m.topics;
    if (a === null) w.int32(-1);
    else {
      w.arrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeMetadataRequestTopicV0(w, a[i]);
    }
  }
  if (m.allowAutoTopicCreation !== undefined && m.allowAutoTopicCreation !== true) {
    throw new UnsupportedFieldError('MetadataRequest.AllowAutoTopicCreation', 2);
  }
  if (m.includeClusterAuthorizedOperations !== undefined && m.includeClusterAuthorizedOperations !== false) {
    throw new UnsupportedFieldError('MetadataRequest.IncludeClusterAuthorizedOperations', 2);
  }
  if (m.includeTopicAuthorizedOperations !== undefined && m.includeTopicAuthorizedOperations !== false) {
    throw new UnsupportedFieldError('MetadataRequest.IncludeTopicAuthorizedOperations', 2);
  }
}

function encodeMetadataRequestV3(w: Writer, m: MetadataRequest): void {
  {
    const a = m.topics;
    if (a === null) w.int32(-1);
    else {
      w.arrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeMetadataRequestTopicV0(w, a[i]);
    }
  }
  if (m.allowAutoTopicCreation !== undefined && m.allowAutoTopicCreation !== true) {
    throw new UnsupportedFieldError('MetadataRequest.AllowAutoTopicCreation', 3);
  }
  if (m.includeClusterAuthorizedOperations !== undefined && m.includeClusterAuthorizedOperations !== false) {
    throw new UnsupportedFieldError('MetadataRequest.IncludeClusterAuthorizedOperations', 3);
  }
  if (m.includeTopicAuthorizedOperations !== undefined && m.includeTopicAuthorizedOperations !== false) {
    throw new UnsupportedFieldError('MetadataRequest.IncludeTopicAuthorizedOperations', 3);
  }
}

function decodeMetadataRequestV4(r: Reader): MetadataRequest {
  const n0 = r.arrayLength(2);
  let topics: MetadataRequestTopic[] | null = null;
  if (n0 >= 0) {
    topics = [];
    for (let i = 0; i < n0; i++) topics.push(decodeMetadataRequestTopicV0(r));
  }
  const allowAutoTopicCreation = r.bool();
  return { topics, allowAutoTopicCreation, includeClusterAuthorizedOperations: false, includeTopicAuthorizedOperations: false };
}

function encodeMetadataRequestV4(w: Writer, m: MetadataRequest): void {
  {
    const a = m.topics;
    if (a === null) w.int32(-1);
    else {
      w.arrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeMetadataRequestTopicV0(w, a[i]);
    }
  }
  w.bool(m.allowAutoTopicCreation === undefined ? true : m.allowAutoTopicCreation);
  if (m.includeClusterAuthorizedOperations !== undefined && m.includeClusterAuthorizedOperations !== false) {
    throw new UnsupportedFieldError('MetadataRequest.IncludeClusterAuthorizedOperations', 4);
  }
  if (m.includeTopicAuthorizedOperations !== undefined && m.includeTopicAuthorizedOperations !== false) {
    throw new UnsupportedFieldError('MetadataRequest.IncludeTopicAuthorizedOperations', 4);
  }
}

function encodeMetadataRequestV5(w: Writer, m: MetadataRequest): void {
  {
    const a = m.topics;
    if (a === null) w.int32(-1);
    else {
      w.arrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeMetadataRequestTopicV0(w, a[i]);
    }
  }
  w.bool(m.allowAutoTopicCreation === undefined ? true : m.allowAutoTopicCreation);
  if (m.includeClusterAuthorizedOperations !== undefined && m.includeClusterAuthorizedOperations !== false) {
    throw new UnsupportedFieldError('MetadataRequest.IncludeClusterAuthorizedOperations', 5);
  }
  if (m.includeTopicAuthorizedOperations !== undefined && m.includeTopicAuthorizedOperations !== false) {
    throw new UnsupportedFieldError('MetadataRequest.IncludeTopicAuthorizedOperations', 5);
  }
}

function encodeMetadataRequestV6(w: Writer, m: MetadataRequest): void {
  {
    const a = m.topics;
    if (a === null) w.int32(-1);
    else {
      w.arrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeMetadataRequestTopicV0(w, a[i]);
    }
  }
  w.bool(m.allowAutoTopicCreation === undefined ? true : m.allowAutoTopicCreation);
  if (m.includeClusterAuthorizedOperations !== undefined && m.includeClusterAuthorizedOperations !== false) {
    throw new UnsupportedFieldError('MetadataRequest.IncludeClusterAuthorizedOperations', 6);
  }
  if (m.includeTopicAuthorizedOperations !== undefined && m.includeTopicAuthorizedOperations !== false) {
    throw new UnsupportedFieldError('MetadataRequest.IncludeTopicAuthorizedOperations', 6);
  }
}

function encodeMetadataRequestV7(w: Writer, m: MetadataRequest): void {
  {
    const a = m.topics;
    if (a === null) w.int32(-1);
    else {
      w.arrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeMetadataRequestTopicV0(w, a[i]);
    }
  }
  w.bool(m.allowAutoTopicCreation === undefined ? true : m.allowAutoTopicCreation);
  if (m.includeClusterAuthorizedOperations !== undefined && m.includeClusterAuthorizedOperations !== false) {
    throw new UnsupportedFieldError('MetadataRequest.IncludeClusterAuthorizedOperations', 7);
  }
  if (m.includeTopicAuthorizedOperations !== undefined && m.includeTopicAuthorizedOperations !== false) {
    throw new UnsupportedFieldError('MetadataRequest.IncludeTopicAuthorizedOperations', 7);
  }
}

function decodeMetadataRequestV8(r: Reader): MetadataRequest {
  const n0 = r.arrayLength(2);
  let topics: MetadataRequestTopic[] | null = null;
  if (n0 >= 0) {
    topics = [];
    for (let i = 0; i < n0; i++) topics.push(decodeMetadataRequestTopicV0(r));
  }
  const allowAutoTopicCreation = r.bool();
  const includeClusterAuthorizedOperations = r.bool();
  const includeTopicAuthorizedOperations = r.bool();
  return { topics, allowAutoTopicCreation, includeClusterAuthorizedOperations, includeTopicAuthorizedOperations };
}

function encodeMetadataRequestV8(w: Writer, m: MetadataRequest): void {
  {
    const a = m.topics;
    if (a === null) w.int32(-1);
    else {
      w.arrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeMetadataRequestTopicV0(w, a[i]);
    }
  }
  w.bool(m.allowAutoTopicCreation === undefined ? true : m.allowAutoTopicCreation);
  w.bool(m.includeClusterAuthorizedOperations === undefined ? false : m.includeClusterAuthorizedOperations);
  w.bool(m.includeTopicAuthorizedOperations === undefined ? false : m.includeTopicAuthorizedOperations);
}

function decodeMetadataRequestTopicV9(r: Reader): MetadataRequestTopic {
  const name = r.compactString();
  const m: MetadataRequestTopic = { topicId: ZERO_UUID, name };
  r.skipTaggedFields();
  return m;
}

function decodeMetadataRequestV9(r: Reader): MetadataRequest {
  const n0 = r.compactArrayLength(2);
  let topics: MetadataRequestTopic[] | null = null;
  if (n0 >= 0) {
    topics = [];
    for (let i = 0; i < n0; i++) topics.push(decodeMetadataRequestTopicV9(r));
  }
  const allowAutoTopicCreation = r.bool();
  const includeClusterAuthorizedOperations = r.bool();
  const includeTopicAuthorizedOperations = r.bool();
  const m: MetadataRequest = { topics, allowAutoTopicCreation, includeClusterAuthorizedOperations, includeTopicAuthorizedOperations };
  r.skipTaggedFields();
  return m;
}

function encodeMetadataRequestTopicV9(w: Writer, m: MetadataRequestTopic): void {
  w.compactString(m.name);
  w.uvarint(0);
}

function encodeMetadataRequestV9(w: Writer, m: MetadataRequest): void {
  {
    const a = m.topics;
    if (a === null) w.uvarint(0);
    else {
      w.compactArrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeMetadataRequestTopicV9(w, a[i]);
    }
  }
  w.bool(m.allowAutoTopicCreation === undefined ? true : m.allowAutoTopicCreation);
  w.bool(m.includeClusterAuthorizedOperations === undefined ? false : m.includeClusterAuthorizedOperations);
  w.bool(m.includeTopicAuthorizedOperations === undefined ? false : m.includeTopicAuthorizedOperations);
  w.uvarint(0);
}

function decodeMetadataRequestTopicV10(r: Reader): MetadataRequestTopic {
  const topicId = r.uuid();
  const name = r.compactNullableString();
  const m: MetadataRequestTopic = { topicId, name };
  r.skipTaggedFields();
  return m;
}

function decodeMetadataRequestV10(r: Reader): MetadataRequest {
  const n0 = r.compactArrayLength(18);
  let topics: MetadataRequestTopic[] | null = null;
  if (n0 >= 0) {
    topics = [];
    for (let i = 0; i < n0; i++) topics.push(decodeMetadataRequestTopicV10(r));
  }
  const allowAutoTopicCreation = r.bool();
  const includeClusterAuthorizedOperations = r.bool();
  const includeTopicAuthorizedOperations = r.bool();
  const m: MetadataRequest = { topics, allowAutoTopicCreation, includeClusterAuthorizedOperations, includeTopicAuthorizedOperations };
  r.skipTaggedFields();
  return m;
}

function encodeMetadataRequestTopicV10(w: Writer, m: MetadataRequestTopic): void {
  w.uuid(m.topicId === undefined ? ZERO_UUID : m.topicId);
  w.compactNullableString(m.name);
  w.uvarint(0);
}

function encodeMetadataRequestV10(w: Writer, m: MetadataRequest): void {
  {
    const a = m.topics;
    if (a === null) w.uvarint(0);
    else {
      w.compactArrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeMetadataRequestTopicV10(w, a[i]);
    }
  }
  w.bool(m.allowAutoTopicCreation === undefined ? true : m.allowAutoTopicCreation);
  w.bool(m.includeClusterAuthorizedOperations === undefined ? false : m.includeClusterAuthorizedOperations);
  w.bool(m.includeTopicAuthorizedOperations === undefined ? false : m.includeTopicAuthorizedOperations);
  w.uvarint(0);
}

function decodeMetadataRequestV11(r: Reader): MetadataRequest {
  const n0 = r.compactArrayLength(18);
  let topics: MetadataRequestTopic[] | null = null;
  if (n0 >= 0) {
    topics = [];
    for (let i = 0; i < n0; i++) topics.push(decodeMetadataRequestTopicV10(r));
  }
  const allowAutoTopicCreation = r.bool();
  const includeTopicAuthorizedOperations = r.bool();
  const m: MetadataRequest = {
    topics,
    allowAutoTopicCreation,
    includeClusterAuthorizedOperations: false,
    includeTopicAuthorizedOperations,
  };
  r.skipTaggedFields();
  return m;
}

function encodeMetadataRequestV11(w: Writer, m: MetadataRequest): void {
  {
    const a = m.topics;
    if (a === null) w.uvarint(0);
    else {
      w.compactArrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeMetadataRequestTopicV10(w, a[i]);
    }
  }
  w.bool(m.allowAutoTopicCreation === undefined ? true : m.allowAutoTopicCreation);
  if (m.includeClusterAuthorizedOperations !== undefined && m.includeClusterAuthorizedOperations !== false) {
    throw new UnsupportedFieldError('MetadataRequest.IncludeClusterAuthorizedOperations', 11);
  }
  w.bool(m.includeTopicAuthorizedOperations === undefined ? false : m.includeTopicAuthorizedOperations);
  w.uvarint(0);
}

function encodeMetadataRequestV12(w: Writer, m: MetadataRequest): void {
  {
    const a = m.topics;
    if (a === null) w.uvarint(0);
    else {
      w.compactArrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeMetadataRequestTopicV10(w, a[i]);
    }
  }
  w.bool(m.allowAutoTopicCreation === undefined ? true : m.allowAutoTopicCreation);
  if (m.includeClusterAuthorizedOperations !== undefined && m.includeClusterAuthorizedOperations !== false) {
    throw new UnsupportedFieldError('MetadataRequest.IncludeClusterAuthorizedOperations', 12);
  }
  w.bool(m.includeTopicAuthorizedOperations === undefined ? false : m.includeTopicAuthorizedOperations);
  w.uvarint(0);
}

function decodeMetadataResponseBrokerV0(r: Reader): MetadataResponseBroker {
  const nodeId = r.int32();
  const host = r.string();
  const port = r.int32();
  return { nodeId, host, port, rack: null };
}

function decodeMetadataResponsePartitionV0(r: Reader): MetadataResponsePartition {
  const errorCode = r.int16();
  const partitionIndex = r.int32();
  const leaderId = r.int32();
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array ReplicaNodes');
  const replicaNodes: number[] = [];
  for (let i = 0; i < n0; i++) replicaNodes.push(r.int32());
  const n1 = r.arrayLength(4);
  if (n1 < 0) r.fail('null in non-nullable array IsrNodes');
  const isrNodes: number[] = [];
  for (let i = 0; i < n1; i++) isrNodes.push(r.int32());
  return { errorCode, partitionIndex, leaderId, leaderEpoch: -1, replicaNodes, isrNodes, offlineReplicas: [] };
}

function decodeMetadataResponseTopicV0(r: Reader): MetadataResponseTopic {
  const errorCode = r.int16();
  const name = r.string();
  const n0 = r.arrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: MetadataResponsePartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeMetadataResponsePartitionV0(r));
  return { errorCode, name, topicId: ZERO_UUID, isInternal: false, partitions, topicAuthorizedOperations: -2147483648 };
}

function decodeMetadataResponseV0(r: Reader): MetadataResponse {
  const n0 = r.arrayLength(10);
  if (n0 < 0) r.fail('null in non-nullable array Brokers');
  const brokers: MetadataResponseBroker[] = [];
  for (let i = 0; i < n0; i++) brokers.push(decodeMetadataResponseBrokerV0(r));
  const n1 = r.arrayLength(8);
  if (n1 < 0) r.fail('null in non-nullable array Topics');
  const topics: MetadataResponseTopic[] = [];
  for (let i = 0; i < n1; i++) topics.push(decodeMetadataResponseTopicV0(r));
  return { throttleTimeMs: 0, brokers, clusterId: null, controllerId: -1, topics, clusterAuthorizedOperations: -2147483648 };
}

function encodeMetadataResponseBrokerV0(w: Writer, m: MetadataResponseBroker): void {
  w.int32(m.nodeId);
  w.string(m.host);
  w.int32(m.port);
}

function encodeMetadataResponsePartitionV0(w: Writer, m: MetadataResponsePartition): void {
  w.int16(m.errorCode);
  w.int32(m.partitionIndex);
  w.int32(m.leaderId);
  {
    const a = m.replicaNodes;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  {
    const a = m.isrNodes;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
}

function encodeMetadataResponseTopicV0(w: Writer, m: MetadataResponseTopic): void {
  w.int16(m.errorCode);
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponsePartitionV0(w, a[i]);
  }
  if (m.topicAuthorizedOperations !== undefined && m.topicAuthorizedOperations !== -2147483648) {
    throw new UnsupportedFieldError('MetadataResponseTopic.TopicAuthorizedOperations', 0);
  }
}

function encodeMetadataResponseV0(w: Writer, m: MetadataResponse): void {
  {
    const a = m.brokers;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponseBrokerV0(w, a[i]);
  }
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponseTopicV0(w, a[i]);
  }
  if (m.clusterAuthorizedOperations !== undefined && m.clusterAuthorizedOperations !== -2147483648) {
    throw new UnsupportedFieldError('MetadataResponse.ClusterAuthorizedOperations', 0);
  }
}

function decodeMetadataResponseBrokerV1(r: Reader): MetadataResponseBroker {
  const nodeId = r.int32();
  const host = r.string();
  const port = r.int32();
  const rack = r.nullableString();
  return { nodeId, host, port, rack };
}

function decodeMetadataResponseTopicV1(r: Reader): MetadataResponseTopic {
  const errorCode = r.int16();
  const name = r.string();
  const isInternal = r.bool();
  const n0 = r.arrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: MetadataResponsePartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeMetadataResponsePartitionV0(r));
  return { errorCode, name, topicId: ZERO_UUID, isInternal, partitions, topicAuthorizedOperations: -2147483648 };
}

function decodeMetadataResponseV1(r: Reader): MetadataResponse {
  const n0 = r.arrayLength(12);
  if (n0 < 0) r.fail('null in non-nullable array Brokers');
  const brokers: MetadataResponseBroker[] = [];
  for (let i = 0; i < n0; i++) brokers.push(decodeMetadataResponseBrokerV1(r));
  const controllerId = r.int32();
  const n1 = r.arrayLength(9);
  if (n1 < 0) r.fail('null in non-nullable array Topics');
  const topics: MetadataResponseTopic[] = [];
  for (let i = 0; i < n1; i++) topics.push(decodeMetadataResponseTopicV1(r));
  return { throttleTimeMs: 0, brokers, clusterId: null, controllerId, topics, clusterAuthorizedOperations: -2147483648 };
}

function encodeMetadataResponseBrokerV1(w: Writer, m: MetadataResponseBroker): void {
  w.int32(m.nodeId);
  w.string(m.host);
  w.int32(m.port);
  w.nullableString(m.rack === undefined ? null : m.rack);
}

function encodeMetadataResponseTopicV1(w: Writer, m: MetadataResponseTopic): void {
  w.int16(m.errorCode);
  w.string(m.name);
  w.bool(m.isInternal === undefined ? false : m.isInternal);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponsePartitionV0(w, a[i]);
  }
  if (m.topicAuthorizedOperations !== undefined && m.topicAuthorizedOperations !== -2147483648) {
    throw new UnsupportedFieldError('MetadataResponseTopic.TopicAuthorizedOperations', 1);
  }
}

function encodeMetadataResponseV1(w: Writer, m: MetadataResponse): void {
  {
    const a = m.brokers;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponseBrokerV1(w, a[i]);
  }
  w.int32(m.controllerId === undefined ? -1 : m.controllerId);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponseTopicV1(w, a[i]);
  }
  if (m.clusterAuthorizedOperations !== undefined && m.clusterAuthorizedOperations !== -2147483648) {
    throw new UnsupportedFieldError('MetadataResponse.ClusterAuthorizedOperations', 1);
  }
}

function decodeMetadataResponseV2(r: Reader): MetadataResponse {
  const n0 = r.arrayLength(12);
  if (n0 < 0) r.fail('null in non-nullable array Brokers');
  const brokers: MetadataResponseBroker[] = [];
  for (let i = 0; i < n0; i++) brokers.push(decodeMetadataResponseBrokerV1(r));
  const clusterId = r.nullableString();
  const controllerId = r.int32();
  const n1 = r.arrayLength(9);
  if (n1 < 0) r.fail('null in non-nullable array Topics');
  const topics: MetadataResponseTopic[] = [];
  for (let i = 0; i < n1; i++) topics.push(decodeMetadataResponseTopicV1(r));
  return { throttleTimeMs: 0, brokers, clusterId, controllerId, topics, clusterAuthorizedOperations: -2147483648 };
}

function encodeMetadataResponseTopicV2(w: Writer, m: MetadataResponseTopic): void {
  w.int16(m.errorCode);
  w.string(m.name);
  w.bool(m.isInternal === undefined ? false : m.isInternal);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponsePartitionV0(w, a[i]);
  }
  if (m.topicAuthorizedOperations !== undefined && m.topicAuthorizedOperations !== -2147483648) {
    throw new UnsupportedFieldError('MetadataResponseTopic.TopicAuthorizedOperations', 2);
  }
}

function encodeMetadataResponseV2(w: Writer, m: MetadataResponse): void {
  {
    const a = m.brokers;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponseBrokerV1(w, a[i]);
  }
  w.nullableString(m.clusterId === undefined ? null : m.clusterId);
  w.int32(m.controllerId === undefined ? -1 : m.controllerId);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponseTopicV2(w, a[i]);
  }
  if (m.clusterAuthorizedOperations !== undefined && m.clusterAuthorizedOperations !== -2147483648) {
    throw new UnsupportedFieldError('MetadataResponse.ClusterAuthorizedOperations', 2);
  }
}

function decodeMetadataResponseV3(r: Reader): MetadataResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(12);
  if (n0 < 0) r.fail('null in non-nullable array Brokers');
  const brokers: MetadataResponseBroker[] = [];
  for (let i = 0; i < n0; i++) brokers.push(decodeMetadataResponseBrokerV1(r));
  const clusterId = r.nullableString();
  const controllerId = r.int32();
  const n1 = r.arrayLength(9);
  if (n1 < 0) r.fail('null in non-nullable array Topics');
  const topics: MetadataResponseTopic[] = [];
  for (let i = 0; i < n1; i++) topics.push(decodeMetadataResponseTopicV1(r));
  return { throttleTimeMs, brokers, clusterId, controllerId, topics, clusterAuthorizedOperations: -2147483648 };
}

function encodeMetadataResponseTopicV3(w: Writer, m: MetadataResponseTopic): void {
  w.int16(m.errorCode);
  w.string(m.name);
  w.bool(m.isInternal === undefined ? false : m.isInternal);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponsePartitionV0(w, a[i]);
  }
  if (m.topicAuthorizedOperations !== undefined && m.topicAuthorizedOperations !== -2147483648) {
    throw new UnsupportedFieldError('MetadataResponseTopic.TopicAuthorizedOperations', 3);
  }
}

function encodeMetadataResponseV3(w: Writer, m: MetadataResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.brokers;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponseBrokerV1(w, a[i]);
  }
  w.nullableString(m.clusterId === undefined ? null : m.clusterId);
  w.int32(m.controllerId === undefined ? -1 : m.controllerId);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponseTopicV3(w, a[i]);
  }
  if (m.clusterAuthorizedOperations !== undefined && m.clusterAuthorizedOperations !== -2147483648) {
    throw new UnsupportedFieldError('MetadataResponse.ClusterAuthorizedOperations', 3);
  }
}

function encodeMetadataResponseTopicV4(w: Writer, m: MetadataResponseTopic): void {
  w.int16(m.errorCode);
  w.string(m.name);
  w.bool(m.isInternal === undefined ? false : m.isInternal);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponsePartitionV0(w, a[i]);
  }
  if (m.topicAuthorizedOperations !== undefined && m.topicAuthorizedOperations !== -2147483648) {
    throw new UnsupportedFieldError('MetadataResponseTopic.TopicAuthorizedOperations', 4);
  }
}

function encodeMetadataResponseV4(w: Writer, m: MetadataResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.brokers;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponseBrokerV1(w, a[i]);
  }
  w.nullableString(m.clusterId === undefined ? null : m.clusterId);
  w.int32(m.controllerId === undefined ? -1 : m.controllerId);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponseTopicV4(w, a[i]);
  }
  if (m.clusterAuthorizedOperations !== undefined && m.clusterAuthorizedOperations !== -2147483648) {
    throw new UnsupportedFieldError('MetadataResponse.ClusterAuthorizedOperations', 4);
  }
}

function decodeMetadataResponsePartitionV5(r: Reader): MetadataResponsePartition {
  const errorCode = r.int16();
  const partitionIndex = r.int32();
  const leaderId = r.int32();
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array ReplicaNodes');
  const replicaNodes: number[] = [];
  for (let i = 0; i < n0; i++) replicaNodes.push(r.int32());
  const n1 = r.arrayLength(4);
  if (n1 < 0) r.fail('null in non-nullable array IsrNodes');
  const isrNodes: number[] = [];
  for (let i = 0; i < n1; i++) isrNodes.push(r.int32());
  const n2 = r.arrayLength(4);
  if (n2 < 0) r.fail('null in non-nullable array OfflineReplicas');
  const offlineReplicas: number[] = [];
  for (let i = 0; i < n2; i++) offlineReplicas.push(r.int32());
  return { errorCode, partitionIndex, leaderId, leaderEpoch: -1, replicaNodes, isrNodes, offlineReplicas };
}

function decodeMetadataResponseTopicV5(r: Reader): MetadataResponseTopic {
  const errorCode = r.int16();
  const name = r.string();
  const isInternal = r.bool();
  const n0 = r.arrayLength(22);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: MetadataResponsePartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeMetadataResponsePartitionV5(r));
  return { errorCode, name, topicId: ZERO_UUID, isInternal, partitions, topicAuthorizedOperations: -2147483648 };
}

function decodeMetadataResponseV5(r: Reader): MetadataResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(12);
  if (n0 < 0) r.fail('null in non-nullable array Brokers');
  const brokers: MetadataResponseBroker[] = [];
  for (let i = 0; i < n0; i++) brokers.push(decodeMetadataResponseBrokerV1(r));
  const clusterId = r.nullableString();
  const controllerId = r.int32();
  const n1 = r.arrayLength(9);
  if (n1 < 0) r.fail('null in non-nullable array Topics');
  const topics: MetadataResponseTopic[] = [];
  for (let i = 0; i < n1; i++) topics.push(decodeMetadataResponseTopicV5(r));
  return { throttleTimeMs, brokers, clusterId, controllerId, topics, clusterAuthorizedOperations: -2147483648 };
}

function encodeMetadataResponsePartitionV5(w: Writer, m: MetadataResponsePartition): void {
  w.int16(m.errorCode);
  w.int32(m.partitionIndex);
  w.int32(m.leaderId);
  {
    const a = m.replicaNodes;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  {
    const a = m.isrNodes;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  {
    const a = m.offlineReplicas === undefined ? [] : m.offlineReplicas;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
}

function encodeMetadataResponseTopicV5(w: Writer, m: MetadataResponseTopic): void {
  w.int16(m.errorCode);
  w.string(m.name);
  w.bool(m.isInternal === undefined ? false : m.isInternal);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponsePartitionV5(w, a[i]);
  }
  if (m.topicAuthorizedOperations !== undefined && m.topicAuthorizedOperations !== -2147483648) {
    throw new UnsupportedFieldError('MetadataResponseTopic.TopicAuthorizedOperations', 5);
  }
}

function encodeMetadataResponseV5(w: Writer, m: MetadataResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.brokers;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponseBrokerV1(w, a[i]);
  }
  w.nullableString(m.clusterId === undefined ? null : m.clusterId);
  w.int32(m.controllerId === undefined ? -1 : m.controllerId);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponseTopicV5(w, a[i]);
  }
  if (m.clusterAuthorizedOperations !== undefined && m.clusterAuthorizedOperations !== -2147483648) {
    throw new UnsupportedFieldError('MetadataResponse.ClusterAuthorizedOperations', 5);
  }
}

function encodeMetadataResponseTopicV6(w: Writer, m: MetadataResponseTopic): void {
  w.int16(m.errorCode);
  w.string(m.name);
  w.bool(m.isInternal === undefined ? false : m.isInternal);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponsePartitionV5(w, a[i]);
  }
  if (m.topicAuthorizedOperations !== undefined && m.topicAuthorizedOperations !== -2147483648) {
    throw new UnsupportedFieldError('MetadataResponseTopic.TopicAuthorizedOperations', 6);
  }
}

function encodeMetadataResponseV6(w: Writer, m: MetadataResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.brokers;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponseBrokerV1(w, a[i]);
  }
  w.nullableString(m.clusterId === undefined ? null : m.clusterId);
  w.int32(m.controllerId === undefined ? -1 : m.controllerId);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponseTopicV6(w, a[i]);
  }
  if (m.clusterAuthorizedOperations !== undefined && m.clusterAuthorizedOperations !== -2147483648) {
    throw new UnsupportedFieldError('MetadataResponse.ClusterAuthorizedOperations', 6);
  }
}

function decodeMetadataResponsePartitionV7(r: Reader): MetadataResponsePartition {
  const errorCode = r.int16();
  const partitionIndex = r.int32();
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array ReplicaNodes');
  const replicaNodes: number[] = [];
  for (let i = 0; i < n0; i++) replicaNodes.push(r.int32());
  const n1 = r.arrayLength(4);
  if (n1 < 0) r.fail('null in non-nullable array IsrNodes');
  const isrNodes: number[] = [];
  for (let i = 0; i < n1; i++) isrNodes.push(r.int32());
  const n2 = r.arrayLength(4);
  if (n2 < 0) r.fail('null in non-nullable array OfflineReplicas');
  const offlineReplicas: number[] = [];
  for (let i = 0; i < n2; i++) offlineReplicas.push(r.int32());
  return { errorCode, partitionIndex, leaderId, leaderEpoch, replicaNodes, isrNodes, offlineReplicas };
}

function decodeMetadataResponseTopicV7(r: Reader): MetadataResponseTopic {
  const errorCode = r.int16();
  const name = r.string();
  const isInternal = r.bool();
  const n0 = r.arrayLength(26);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: MetadataResponsePartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeMetadataResponsePartitionV7(r));
  return { errorCode, name, topicId: ZERO_UUID, isInternal, partitions, topicAuthorizedOperations: -2147483648 };
}

function decodeMetadataResponseV7(r: Reader): MetadataResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(12);
  if (n0 < 0) r.fail('null in non-nullable array Brokers');
  const brokers: MetadataResponseBroker[] = [];
  for (let i = 0; i < n0; i++) brokers.push(decodeMetadataResponseBrokerV1(r));
  const clusterId = r.nullableString();
  const controllerId = r.int32();
  const n1 = r.arrayLength(9);
  if (n1 < 0) r.fail('null in non-nullable array Topics');
  const topics: MetadataResponseTopic[] = [];
  for (let i = 0; i < n1; i++) topics.push(decodeMetadataResponseTopicV7(r));
  return { throttleTimeMs, brokers, clusterId, controllerId, topics, clusterAuthorizedOperations: -2147483648 };
}

function encodeMetadataResponsePartitionV7(w: Writer, m: MetadataResponsePartition): void {
  w.int16(m.errorCode);
  w.int32(m.partitionIndex);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch === undefined ? -1 : m.leaderEpoch);
  {
    const a = m.replicaNodes;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  {
    const a = m.isrNodes;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  {
    const a = m.offlineReplicas === undefined ? [] : m.offlineReplicas;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
}

function encodeMetadataResponseTopicV7(w: Writer, m: MetadataResponseTopic): void {
  w.int16(m.errorCode);
  w.string(m.name);
  w.bool(m.isInternal === undefined ? false : m.isInternal);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponsePartitionV7(w, a[i]);
  }
  if (m.topicAuthorizedOperations !== undefined && m.topicAuthorizedOperations !== -2147483648) {
    throw new UnsupportedFieldError('MetadataResponseTopic.TopicAuthorizedOperations', 7);
  }
}

function encodeMetadataResponseV7(w: Writer, m: MetadataResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.brokers;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponseBrokerV1(w, a[i]);
  }
  w.nullableString(m.clusterId === undefined ? null : m.clusterId);
  w.int32(m.controllerId === undefined ? -1 : m.controllerId);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponseTopicV7(w, a[i]);
  }
  if (m.clusterAuthorizedOperations !== undefined && m.clusterAuthorizedOperations !== -2147483648) {
    throw new UnsupportedFieldError('MetadataResponse.ClusterAuthorizedOperations', 7);
  }
}

function decodeMetadataResponseTopicV8(r: Reader): MetadataResponseTopic {
  const errorCode = r.int16();
  const name = r.string();
  const isInternal = r.bool();
  const n0 = r.arrayLength(26);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: MetadataResponsePartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeMetadataResponsePartitionV7(r));
  const topicAuthorizedOperations = r.int32();
  return { errorCode, name, topicId: ZERO_UUID, isInternal, partitions, topicAuthorizedOperations };
}

function decodeMetadataResponseV8(r: Reader): MetadataResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(12);
  if (n0 < 0) r.fail('null in non-nullable array Brokers');
  const brokers: MetadataResponseBroker[] = [];
  for (let i = 0; i < n0; i++) brokers.push(decodeMetadataResponseBrokerV1(r));
  const clusterId = r.nullableString();
  const controllerId = r.int32();
  const n1 = r.arrayLength(13);
  if (n1 < 0) r.fail('null in non-nullable array Topics');
  const topics: MetadataResponseTopic[] = [];
  for (let i = 0; i < n1; i++) topics.push(decodeMetadataResponseTopicV8(r));
  const clusterAuthorizedOperations = r.int32();
  return { throttleTimeMs, brokers, clusterId, controllerId, topics, clusterAuthorizedOperations };
}

function encodeMetadataResponseTopicV8(w: Writer, m: MetadataResponseTopic): void {
  w.int16(m.errorCode);
  w.string(m.name);
  w.bool(m.isInternal === undefined ? false : m.isInternal);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponsePartitionV7(w, a[i]);
  }
  w.int32(m.topicAuthorizedOperations === undefined ? -2147483648 : m.topicAuthorizedOperations);
}

function encodeMetadataResponseV8(w: Writer, m: MetadataResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.brokers;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponseBrokerV1(w, a[i]);
  }
  w.nullableString(m.clusterId === undefined ? null : m.clusterId);
  w.int32(m.controllerId === undefined ? -1 : m.controllerId);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponseTopicV8(w, a[i]);
  }
  w.int32(m.clusterAuthorizedOperations === undefined ? -2147483648 : m.clusterAuthorizedOperations);
}

function decodeMetadataResponseBrokerV9(r: Reader): MetadataResponseBroker {
  const nodeId = r.int32();
  const host = r.compactString();
  const port = r.int32();
  const rack = r.compactNullableString();
  const m: MetadataResponseBroker = { nodeId, host, port, rack };
  r.skipTaggedFields();
  return m;
}

function decodeMetadataResponsePartitionV9(r: Reader): MetadataResponsePartition {
  const errorCode = r.int16();
  const partitionIndex = r.int32();
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array ReplicaNodes');
  const replicaNodes: number[] = [];
  for (let i = 0; i < n0; i++) replicaNodes.push(r.int32());
  const n1 = r.compactArrayLength(4);
  if (n1 < 0) r.fail('null in non-nullable array IsrNodes');
  const isrNodes: number[] = [];
  for (let i = 0; i < n1; i++) isrNodes.push(r.int32());
  const n2 = r.compactArrayLength(4);
  if (n2 < 0) r.fail('null in non-nullable array OfflineReplicas');
  const offlineReplicas: number[] = [];
  for (let i = 0; i < n2; i++) offlineReplicas.push(r.int32());
  const m: MetadataResponsePartition = { errorCode, partitionIndex, leaderId, leaderEpoch, replicaNodes, isrNodes, offlineReplicas };
  r.skipTaggedFields();
  return m;
}

function decodeMetadataResponseTopicV9(r: Reader): MetadataResponseTopic {
  const errorCode = r.int16();
  const name = r.compactString();
  const isInternal = r.bool();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: MetadataResponsePartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeMetadataResponsePartitionV9(r));
  const topicAuthorizedOperations = r.int32();
  const m: MetadataResponseTopic = { errorCode, name, topicId: ZERO_UUID, isInternal, partitions, topicAuthorizedOperations };
  r.skipTaggedFields();
  return m;
}

function decodeMetadataResponseV9(r: Reader): MetadataResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(11);
  if (n0 < 0) r.fail('null in non-nullable array Brokers');
  const brokers: MetadataResponseBroker[] = [];
  for (let i = 0; i < n0; i++) brokers.push(decodeMetadataResponseBrokerV9(r));
  const clusterId = r.compactNullableString();
  const controllerId = r.int32();
  const n1 = r.compactArrayLength(10);
  if (n1 < 0) r.fail('null in non-nullable array Topics');
  const topics: MetadataResponseTopic[] = [];
  for (let i = 0; i < n1; i++) topics.push(decodeMetadataResponseTopicV9(r));
  const clusterAuthorizedOperations = r.int32();
  const m: MetadataResponse = { throttleTimeMs, brokers, clusterId, controllerId, topics, clusterAuthorizedOperations };
  r.skipTaggedFields();
  return m;
}

function encodeMetadataResponseBrokerV9(w: Writer, m: MetadataResponseBroker): void {
  w.int32(m.nodeId);
  w.compactString(m.host);
  w.int32(m.port);
  w.compactNullableString(m.rack === undefined ? null : m.rack);
  w.uvarint(0);
}

function encodeMetadataResponsePartitionV9(w: Writer, m: MetadataResponsePartition): void {
  w.int16(m.errorCode);
  w.int32(m.partitionIndex);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch === undefined ? -1 : m.leaderEpoch);
  {
    const a = m.replicaNodes;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  {
    const a = m.isrNodes;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  {
    const a = m.offlineReplicas === undefined ? [] : m.offlineReplicas;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.uvarint(0);
}

function encodeMetadataResponseTopicV9(w: Writer, m: MetadataResponseTopic): void {
  w.int16(m.errorCode);
  w.compactString(m.name);
  w.bool(m.isInternal === undefined ? false : m.isInternal);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponsePartitionV9(w, a[i]);
  }
  w.int32(m.topicAuthorizedOperations === undefined ? -2147483648 : m.topicAuthorizedOperations);
  w.uvarint(0);
}

function encodeMetadataResponseV9(w: Writer, m: MetadataResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.brokers;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponseBrokerV9(w, a[i]);
  }
  w.compactNullableString(m.clusterId === undefined ? null : m.clusterId);
  w.int32(m.controllerId === undefined ? -1 : m.controllerId);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponseTopicV9(w, a[i]);
  }
  w.int32(m.clusterAuthorizedOperations === undefined ? -2147483648 : m.clusterAuthorizedOperations);
  w.uvarint(0);
}

function decodeMetadataResponseTopicV10(r: Reader): MetadataResponseTopic {
  const errorCode = r.int16();
  const name = r.compactString();
  const topicId = r.uuid();
  const isInternal = r.bool();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: MetadataResponsePartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeMetadataResponsePartitionV9(r));
  const topicAuthorizedOperations = r.int32();
  const m: MetadataResponseTopic = { errorCode, name, topicId, isInternal, partitions, topicAuthorizedOperations };
  r.skipTaggedFields();
  return m;
}

function decodeMetadataResponseV10(r: Reader): MetadataResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(11);
  if (n0 < 0) r.fail('null in non-nullable array Brokers');
  const brokers: MetadataResponseBroker[] = [];
  for (let i = 0; i < n0; i++) brokers.push(decodeMetadataResponseBrokerV9(r));
  const clusterId = r.compactNullableString();
  const controllerId = r.int32();
  const n1 = r.compactArrayLength(26);
  if (n1 < 0) r.fail('null in non-nullable array Topics');
  const topics: MetadataResponseTopic[] = [];
  for (let i = 0; i < n1; i++) topics.push(decodeMetadataResponseTopicV10(r));
  const clusterAuthorizedOperations = r.int32();
  const m: MetadataResponse = { throttleTimeMs, brokers, clusterId, controllerId, topics, clusterAuthorizedOperations };
  r.skipTaggedFields();
  return m;
}

function encodeMetadataResponseTopicV10(w: Writer, m: MetadataResponseTopic): void {
  w.int16(m.errorCode);
  w.compactString(m.name);
  w.uuid(m.topicId === undefined ? ZERO_UUID : m.topicId);
  w.bool(m.isInternal === undefined ? false : m.isInternal);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponsePartitionV9(w, a[i]);
  }
  w.int32(m.topicAuthorizedOperations === undefined ? -2147483648 : m.topicAuthorizedOperations);
  w.uvarint(0);
}

function encodeMetadataResponseV10(w: Writer, m: MetadataResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.brokers;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponseBrokerV9(w, a[i]);
  }
  w.compactNullableString(m.clusterId === undefined ? null : m.clusterId);
  w.int32(m.controllerId === undefined ? -1 : m.controllerId);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponseTopicV10(w, a[i]);
  }
  w.int32(m.clusterAuthorizedOperations === undefined ? -2147483648 : m.clusterAuthorizedOperations);
  w.uvarint(0);
}

function decodeMetadataResponseV11(r: Reader): MetadataResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(11);
  if (n0 < 0) r.fail('null in non-nullable array Brokers');
  const brokers: MetadataResponseBroker[] = [];
  for (let i = 0; i < n0; i++) brokers.push(decodeMetadataResponseBrokerV9(r));
  const clusterId = r.compactNullableString();
  const controllerId = r.int32();
  const n1 = r.compactArrayLength(26);
  if (n1 < 0) r.fail('null in non-nullable array Topics');
  const topics: MetadataResponseTopic[] = [];
  for (let i = 0; i < n1; i++) topics.push(decodeMetadataResponseTopicV10(r));
  const m: MetadataResponse = { throttleTimeMs, brokers, clusterId, controllerId, topics, clusterAuthorizedOperations: -2147483648 };
  r.skipTaggedFields();
  return m;
}

function encodeMetadataResponseV11(w: Writer, m: MetadataResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.brokers;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponseBrokerV9(w, a[i]);
  }
  w.compactNullableString(m.clusterId === undefined ? null : m.clusterId);
  w.int32(m.controllerId === undefined ? -1 : m.controllerId);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponseTopicV10(w, a[i]);
  }
  if (m.clusterAuthorizedOperations !== undefined && m.clusterAuthorizedOperations !== -2147483648) {
    throw new UnsupportedFieldError('MetadataResponse.ClusterAuthorizedOperations', 11);
  }
  w.uvarint(0);
}

function decodeMetadataResponseTopicV12(r: Reader): MetadataResponseTopic {
  const errorCode = r.int16();
  const name = r.compactNullableString();
  const topicId = r.uuid();
  const isInternal = r.bool();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: MetadataResponsePartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeMetadataResponsePartitionV9(r));
  const topicAuthorizedOperations = r.int32();
  const m: MetadataResponseTopic = { errorCode, name, topicId, isInternal, partitions, topicAuthorizedOperations };
  r.skipTaggedFields();
  return m;
}

function decodeMetadataResponseV12(r: Reader): MetadataResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(11);
  if (n0 < 0) r.fail('null in non-nullable array Brokers');
  const brokers: MetadataResponseBroker[] = [];
  for (let i = 0; i < n0; i++) brokers.push(decodeMetadataResponseBrokerV9(r));
  const clusterId = r.compactNullableString();
  const controllerId = r.int32();
  const n1 = r.compactArrayLength(26);
  if (n1 < 0) r.fail('null in non-nullable array Topics');
  const topics: MetadataResponseTopic[] = [];
  for (let i = 0; i < n1; i++) topics.push(decodeMetadataResponseTopicV12(r));
  const m: MetadataResponse = { throttleTimeMs, brokers, clusterId, controllerId, topics, clusterAuthorizedOperations: -2147483648 };
  r.skipTaggedFields();
  return m;
}

function encodeMetadataResponseTopicV12(w: Writer, m: MetadataResponseTopic): void {
  w.int16(m.errorCode);
  w.compactNullableString(m.name);
  w.uuid(m.topicId === undefined ? ZERO_UUID : m.topicId);
  w.bool(m.isInternal === undefined ? false : m.isInternal);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponsePartitionV9(w, a[i]);
  }
  w.int32(m.topicAuthorizedOperations === undefined ? -2147483648 : m.topicAuthorizedOperations);
  w.uvarint(0);
}

function encodeMetadataResponseV12(w: Writer, m: MetadataResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  {
    const a = m.brokers;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponseBrokerV9(w, a[i]);
  }
  w.compactNullableString(m.clusterId === undefined ? null : m.clusterId);
  w.int32(m.controllerId === undefined ? -1 : m.controllerId);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMetadataResponseTopicV12(w, a[i]);
  }
  if (m.clusterAuthorizedOperations !== undefined && m.clusterAuthorizedOperations !== -2147483648) {
    throw new UnsupportedFieldError('MetadataResponse.ClusterAuthorizedOperations', 12);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => MetadataRequest) | undefined> = [
  decodeMetadataRequestV0, decodeMetadataRequestV1, decodeMetadataRequestV1, decodeMetadataRequestV1, decodeMetadataRequestV4,
  decodeMetadataRequestV4, decodeMetadataRequestV4, decodeMetadataRequestV4, decodeMetadataRequestV8, decodeMetadataRequestV9,
  decodeMetadataRequestV10, decodeMetadataRequestV11, decodeMetadataRequestV11,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: MetadataRequest) => void) | undefined> = [
  encodeMetadataRequestV0, encodeMetadataRequestV1, encodeMetadataRequestV2, encodeMetadataRequestV3, encodeMetadataRequestV4,
  encodeMetadataRequestV5, encodeMetadataRequestV6, encodeMetadataRequestV7, encodeMetadataRequestV8, encodeMetadataRequestV9,
  encodeMetadataRequestV10, encodeMetadataRequestV11, encodeMetadataRequestV12,
];
const responseDecoders: ReadonlyArray<((r: Reader) => MetadataResponse) | undefined> = [
  decodeMetadataResponseV0, decodeMetadataResponseV1, decodeMetadataResponseV2, decodeMetadataResponseV3, decodeMetadataResponseV3,
  decodeMetadataResponseV5, decodeMetadataResponseV5, decodeMetadataResponseV7, decodeMetadataResponseV8, decodeMetadataResponseV9,
  decodeMetadataResponseV10, decodeMetadataResponseV11, decodeMetadataResponseV12,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: MetadataResponse) => void) | undefined> = [
  encodeMetadataResponseV0, encodeMetadataResponseV1, encodeMetadataResponseV2, encodeMetadataResponseV3, encodeMetadataResponseV4,
  encodeMetadataResponseV5, encodeMetadataResponseV6, encodeMetadataResponseV7, encodeMetadataResponseV8, encodeMetadataResponseV9,
  encodeMetadataResponseV10, encodeMetadataResponseV11, encodeMetadataResponseV12,
];

export const MetadataApi: ApiCodec<MetadataRequest, MetadataResponse> = {
  apiKey: 3,
  name: 'Metadata',
  validVersions: { min: 0, max: 12 },
  firstFlexibleVersion: 9,
  deprecatedVersions: { min: 0, max: 3 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 9 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 9 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): MetadataRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('Metadata', 3, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: MetadataRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('Metadata', 3, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): MetadataResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('Metadata', 3, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: MetadataResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('Metadata', 3, version);
    encode(writer, message);
  },
  defaultRequest: defaultMetadataRequest,
  defaultResponse: defaultMetadataResponse,
};
