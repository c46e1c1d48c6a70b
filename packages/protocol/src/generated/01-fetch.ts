// Generated from protocol-specs/01-fetch.json by scripts/gen-protocol.ts. Do not edit.
// Fetch (key 1), versions 0-17, flexible from v12.

import type { ApiCodec, RecordsData, Uuid } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import { writeTaggedField } from '../primitives/tagged-fields';
import { ZERO_UUID } from '../primitives/uuid';
import type { Writer } from '../primitives/writer';

export interface FetchRequest {
  clusterId?: string | null;
  replicaId?: number;
  replicaState?: ReplicaState;
  maxWaitMs: number;
  minBytes: number;
  maxBytes?: number;
  isolationLevel?: number;
  sessionId?: number;
  sessionEpoch?: number;
  topics: FetchTopic[];
  forgottenTopicsData?: ForgottenTopic[];
  rackId?: string;
}

export interface ReplicaState {
  replicaId: number;
  replicaEpoch: number;
}

export interface FetchTopic {
  topic?: string;
  topicId?: Uuid;
  partitions: FetchPartition[];
}

export interface FetchPartition {
  partition: number;
  currentLeaderEpoch?: number;
  fetchOffset: number;
  lastFetchedEpoch?: number;
  logStartOffset?: number;
  partitionMaxBytes: number;
  replicaDirectoryId?: Uuid;
}

export interface ForgottenTopic {
  topic?: string;
  topicId?: Uuid;
  partitions: number[];
}

export interface FetchResponse {
  throttleTimeMs?: number;
  errorCode?: number;
  sessionId?: number;
  responses: FetchableTopicResponse[];
  nodeEndpoints?: NodeEndpoint[];
}

export interface FetchableTopicResponse {
  topic?: string;
  topicId?: Uuid;
  partitions: PartitionData[];
}

export interface PartitionData {
  partitionIndex: number;
  errorCode: number;
  highWatermark: number;
  lastStableOffset?: number;
  logStartOffset?: number;
  divergingEpoch?: EpochEndOffset;
  currentLeader?: LeaderIdAndEpoch;
  snapshotId?: SnapshotId;
  abortedTransactions?: AbortedTransaction[] | null;
  preferredReadReplica?: number;
  records: RecordsData;
}

export interface EpochEndOffset {
  epoch: number;
  endOffset: number;
}

export interface LeaderIdAndEpoch {
  leaderId: number;
  leaderEpoch: number;
}

export interface SnapshotId {
  endOffset: number;
  epoch: number;
}

export interface AbortedTransaction {
  producerId: number;
  firstOffset: number;
}

export interface NodeEndpoint {
  nodeId: number;
  host: string;
  port: number;
  rack: string | null;
}

function defaultFetchRequest(): FetchRequest {
  return {
    clusterId: null,
    replicaId: -1,
    replicaState: defaultReplicaState(),
    maxWaitMs: 0,
    minBytes: 0,
    maxBytes: 2147483647,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics: [],
    forgottenTopicsData: [],
    rackId: '',
  };
}

function defaultReplicaState(): ReplicaState {
  return { replicaId: -1, replicaEpoch: -1 };
}

function isReplicaStateDefault(s: ReplicaState): boolean {
  return !(s.replicaId !== -1) &&
    !(s.replicaEpoch !== -1);
}

function defaultFetchResponse(): FetchResponse {
  return { throttleTimeMs: 0, errorCode: 0, sessionId: 0, responses: [], nodeEndpoints: [] };
}

function defaultEpochEndOffset(): EpochEndOffset {
  return { epoch: -1, endOffset: -1 };
}

function isEpochEndOffsetDefault(s: EpochEndOffset): boolean {
  return !(s.epoch !== -1) &&
    !(s.endOffset !== -1);
}

function defaultLeaderIdAndEpoch(): LeaderIdAndEpoch {
  return { leaderId: -1, leaderEpoch: -1 };
}

function isLeaderIdAndEpochDefault(s: LeaderIdAndEpoch): boolean {
  return !(s.leaderId !== -1) &&
    !(s.leaderEpoch !== -1);
}

function defaultSnapshotId(): SnapshotId {
  return { endOffset: -1, epoch: -1 };
}

function isSnapshotIdDefault(s: SnapshotId): boolean {
  return !(s.endOffset !== -1) &&
    !(s.epoch !== -1);
}

function decodeFetchPartitionV0(r: Reader): FetchPartition {
  const partition = r.int32();
  const fetchOffset = r.int64();
  const partitionMaxBytes = r.int32();
  return {
    partition,
    currentLeaderEpoch: -1,
    fetchOffset,
    lastFetchedEpoch: -1,
    logStartOffset: -1,
    partitionMaxBytes,
    replicaDirectoryId: ZERO_UUID,
  };
}

function decodeFetchTopicV0(r: Reader): FetchTopic {
  const topic = r.string();
  const n0 = r.arrayLength(16);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: FetchPartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeFetchPartitionV0(r));
  return { topic, topicId: ZERO_UUID, partitions };
}

function decodeFetchRequestV0(r: Reader): FetchRequest {
  const replicaId = r.int32();
  const maxWaitMs = r.int32();
  const minBytes = r.int32();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: FetchTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeFetchTopicV0(r));
  return {
    clusterId: null,
    replicaId,
    replicaState: defaultReplicaState(),
    maxWaitMs,
    minBytes,
    maxBytes: 2147483647,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics,
    forgottenTopicsData: [],
    rackId: '',
  };
}

function encodeFetchPartitionV0(w: Writer, m: FetchPartition): void {
  w.int32(m.partition);
  w.int64(m.fetchOffset);
  if (m.lastFetchedEpoch !== undefined && m.lastFetchedEpoch !== -1) throw new UnsupportedFieldError('FetchPartition.LastFetchedEpoch', 0);
  w.int32(m.partitionMaxBytes);
}

function encodeFetchTopicV0(w: Writer, m: FetchTopic): void {
  w.string(m.topic === undefined ? '' : m.topic);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchPartitionV0(w, a[i]);
  }
}

function encodeFetchRequestV0(w: Writer, m: FetchRequest): void {
  w.int32(m.replicaId === undefined ? -1 : m.replicaId);
  if (m.replicaState !== undefined && !isReplicaStateDefault(m.replicaState)) {
    throw new UnsupportedFieldError('FetchRequest.ReplicaState', 0);
  }
  w.int32(m.maxWaitMs);
  w.int32(m.minBytes);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchTopicV0(w, a[i]);
  }
  if (m.forgottenTopicsData !== undefined && (m.forgottenTopicsData === null || m.forgottenTopicsData.length !== 0)) {
    throw new UnsupportedFieldError('FetchRequest.ForgottenTopicsData', 0);
  }
}

function encodeFetchPartitionV1(w: Writer, m: FetchPartition): void {
  w.int32(m.partition);
  w.int64(m.fetchOffset);
  if (m.lastFetchedEpoch !== undefined && m.lastFetchedEpoch !== -1) throw new UnsupportedFieldError('FetchPartition.LastFetchedEpoch', 1);
  w.int32(m.partitionMaxBytes);
}

function encodeFetchTopicV1(w: Writer, m: FetchTopic): void {
  w.string(m.topic === undefined ? '' : m.topic);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchPartitionV1(w, a[i]);
  }
}

function encodeFetchRequestV1(w: Writer, m: FetchRequest): void {
  w.int32(m.replicaId === undefined ? -1 : m.replicaId);
  if (m.replicaState !== undefined && !isReplicaStateDefault(m.replicaState)) {
    throw new UnsupportedFieldError('FetchRequest.ReplicaState', 1);
  }
  w.int32(m.maxWaitMs);
  w.int32(m.minBytes);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchTopicV1(w, a[i]);
  }
  if (m.forgottenTopicsData !== undefined && (m.forgottenTopicsData === null || m.forgottenTopicsData.length !== 0)) {
    throw new UnsupportedFieldError('FetchRequest.ForgottenTopicsData', 1);
  }
}

function encodeFetchPartitionV2(w: Writer, m: FetchPartition): void {
  w.int32(m.partition);
  w.int64(m.fetchOffset);
  if (m.lastFetchedEpoch !== undefined && m.lastFetchedEpoch !== -1) throw new UnsupportedFieldError('FetchPartition.LastFetchedEpoch', 2);
  w.int32(m.partitionMaxBytes);
}

function encodeFetchTopicV2(w: Writer, m: FetchTopic): void {
  w.string(m.topic === undefined ? '' : m.topic);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchPartitionV2(w, a[i]);
  }
}

function encodeFetchRequestV2(w: Writer, m: FetchRequest): void {
  w.int32(m.replicaId === undefined ? -1 : m.replicaId);
  if (m.replicaState !== undefined && !isReplicaStateDefault(m.replicaState)) {
    throw new UnsupportedFieldError('FetchRequest.ReplicaState', 2);
  }
  w.int32(m.maxWaitMs);
  w.int32(m.minBytes);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchTopicV2(w, a[i]);
  }
  if (m.forgottenTopicsData !== undefined && (m.forgottenTopicsData === null || m.forgottenTopicsData.length !== 0)) {
    throw new UnsupportedFieldError('FetchRequest.ForgottenTopicsData', 2);
  }
}

function decodeFetchRequestV3(r: Reader): FetchRequest {
  const replicaId = r.int32();
  const maxWaitMs = r.int32();
  const minBytes = r.int32();
  const maxBytes = r.int32();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: FetchTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeFetchTopicV0(r));
  return {
    clusterId: null,
    replicaId,
    replicaState: defaultReplicaState(),
    maxWaitMs,
    minBytes,
    maxBytes,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics,
    forgottenTopicsData: [],
    rackId: '',
  };
}

function encodeFetchPartitionV3(w: Writer, m: FetchPartition): void {
  w.int32(m.partition);
  w.int64(m.fetchOffset);
  if (m.lastFetchedEpoch !== undefined && m.lastFetchedEpoch !== -1) throw new UnsupportedFieldError('FetchPartition.LastFetchedEpoch', 3);
  w.int32(m.partitionMaxBytes);
}

function encodeFetchTopicV3(w: Writer, m: FetchTopic): void {
  w.string(m.topic === undefined ? '' : m.topic);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchPartitionV3(w, a[i]);
  }
}

function encodeFetchRequestV3(w: Writer, m: FetchRequest): void {
  w.int32(m.replicaId === undefined ? -1 : m.replicaId);
  if (m.replicaState !== undefined && !isReplicaStateDefault(m.replicaState)) {
    throw new UnsupportedFieldError('FetchRequest.ReplicaState', 3);
  }
  w.int32(m.maxWaitMs);
  w.int32(m.minBytes);
  w.int32(m.maxBytes === undefined ? 2147483647 : m.maxBytes);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchTopicV3(w, a[i]);
  }
  if (m.forgottenTopicsData !== undefined && (m.forgottenTopicsData === null || m.forgottenTopicsData.length !== 0)) {
    throw new UnsupportedFieldError('FetchRequest.ForgottenTopicsData', 3);
  }
}

function decodeFetchRequestV4(r: Reader): FetchRequest {
  const replicaId = r.int32();
  const maxWaitMs = r.int32();
  const minBytes = r.int32();
  const maxBytes = r.int32();
  const isolationLevel = r.int8();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: FetchTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeFetchTopicV0(r));
  return {
    clusterId: null,
    replicaId,
    replicaState: defaultReplicaState(),
    maxWaitMs,
    minBytes,
    maxBytes,
    isolationLevel,
    sessionId: 0,
    sessionEpoch: -1,
    topics,
    forgottenTopicsData: [],
    rackId: '',
  };
}

function encodeFetchPartitionV4(w: Writer, m: FetchPartition): void {
  w.int32(m.partition);
  w.int64(m.fetchOffset);
  if (m.lastFetchedEpoch !== undefined && m.lastFetchedEpoch !== -1) throw new UnsupportedFieldError('FetchPartition.LastFetchedEpoch', 4);
  w.int32(m.partitionMaxBytes);
}

function encodeFetchTopicV4(w: Writer, m: FetchTopic): void {
  w.string(m.topic === undefined ? '' : m.topic);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchPartitionV4(w, a[i]);
  }
}

function encodeFetchRequestV4(w: Writer, m: FetchRequest): void {
  w.int32(m.replicaId === undefined ? -1 : m.replicaId);
  if (m.replicaState !== undefined && !isReplicaStateDefault(m.replicaState)) {
    throw new UnsupportedFieldError('FetchRequest.ReplicaState', 4);
  }
  w.int32(m.maxWaitMs);
  w.int32(m.minBytes);
  w.int32(m.maxBytes === undefined ? 2147483647 : m.maxBytes);
  w.int8(m.isolationLevel === undefined ? 0 : m.isolationLevel);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchTopicV4(w, a[i]);
  }
  if (m.forgottenTopicsData !== undefined && (m.forgottenTopicsData === null || m.forgottenTopicsData.length !== 0)) {
    throw new UnsupportedFieldError('FetchRequest.ForgottenTopicsData', 4);
  }
}

function decodeFetchPartitionV5(r: Reader): FetchPartition {
  const partition = r.int32();
  const fetchOffset = r.int64();
  const logStartOffset = r.int64();
  const partitionMaxBytes = r.int32();
  return {
    partition,
    currentLeaderEpoch: -1,
    fetchOffset,
    lastFetchedEpoch: -1,
    logStartOffset,
    partitionMaxBytes,
    replicaDirectoryId: ZERO_UUID,
  };
}

function decodeFetchTopicV5(r: Reader): FetchTopic {
  const topic = r.string();
  const n0 = r.arrayLength(24);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: FetchPartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeFetchPartitionV5(r));
  return { topic, topicId: ZERO_UUID, partitions };
}

function decodeFetchRequestV5(r: Reader): FetchRequest {
  const replicaId = r.int32();
  const maxWaitMs = r.int32();
  const minBytes = r.int32();
  const maxBytes = r.int32();
  const isolationLevel = r.int8();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: FetchTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeFetchTopicV5(r));
  return {
    clusterId: null,
    replicaId,
    replicaState: defaultReplicaState(),
    maxWaitMs,
    minBytes,
    maxBytes,
    isolationLevel,
    sessionId: 0,
    sessionEpoch: -1,
    topics,
    forgottenTopicsData: [],
    rackId: '',
  };
}

function encodeFetchPartitionV5(w: Writer, m: FetchPartition): void {
  w.int32(m.partition);
  w.int64(m.fetchOffset);
  if (m.lastFetchedEpoch !== undefined && m.lastFetchedEpoch !== -1) throw new UnsupportedFieldError('FetchPartition.LastFetchedEpoch', 5);
  w.int64(m.logStartOffset === undefined ? -1 : m.logStartOffset);
  w.int32(m.partitionMaxBytes);
}

function encodeFetchTopicV5(w: Writer, m: FetchTopic): void {
  w.string(m.topic === undefined ? '' : m.topic);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchPartitionV5(w, a[i]);
  }
}

function encodeFetchRequestV5(w: Writer, m: FetchRequest): void {
  w.int32(m.replicaId === undefined ? -1 : m.replicaId);
  if (m.replicaState !== undefined && !isReplicaStateDefault(m.replicaState)) {
    throw new UnsupportedFieldError('FetchRequest.ReplicaState', 5);
  }
  w.int32(m.maxWaitMs);
  w.int32(m.minBytes);
  w.int32(m.maxBytes === undefined ? 2147483647 : m.maxBytes);
  w.int8(m.isolationLevel === undefined ? 0 : m.isolationLevel);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchTopicV5(w, a[i]);
  }
  if (m.forgottenTopicsData !== undefined && (m.forgottenTopicsData === null || m.forgottenTopicsData.length !== 0)) {
    throw new UnsupportedFieldError('FetchRequest.ForgottenTopicsData', 5);
  }
}

function encodeFetchPartitionV6(w: Writer, m: FetchPartition): void {
  w.int32(m.partition);
  w.int64(m.fetchOffset);
  if (m.lastFetchedEpoch !== undefined && m.lastFetchedEpoch !== -1) throw new UnsupportedFieldError('FetchPartition.LastFetchedEpoch', 6);
  w.int64(m.logStartOffset === undefined ? -1 : m.logStartOffset);
  w.int32(m.partitionMaxBytes);
}

function encodeFetchTopicV6(w: Writer, m: FetchTopic): void {
  w.string(m.topic === undefined ? '' : m.topic);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchPartitionV6(w, a[i]);
  }
}

function encodeFetchRequestV6(w: Writer, m: FetchRequest): void {
  w.int32(m.replicaId === undefined ? -1 : m.replicaId);
  if (m.replicaState !== undefined && !isReplicaStateDefault(m.replicaState)) {
    throw new UnsupportedFieldError('FetchRequest.ReplicaState', 6);
  }
  w.int32(m.maxWaitMs);
  w.int32(m.minBytes);
  w.int32(m.maxBytes === undefined ? 2147483647 : m.maxBytes);
  w.int8(m.isolationLevel === undefined ? 0 : m.isolationLevel);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchTopicV6(w, a[i]);
  }
  if (m.forgottenTopicsData !== undefined && (m.forgottenTopicsData === null || m.forgottenTopicsData.length !== 0)) {
    throw new UnsupportedFieldError('FetchRequest.ForgottenTopicsData', 6);
  }
}

function decodeForgottenTopicV7(r: Reader): ForgottenTopic {
  const topic = r.string();
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: number[] = [];
  for (let i = 0; i < n0; i++) partitions.push(r.int32());
  return { topic, topicId: ZERO_UUID, partitions };
}

function decodeFetchRequestV7(r: Reader): FetchRequest {
  const replicaId = r.int32();
  const maxWaitMs = r.int32();
  const minBytes = r.int32();
  const maxBytes = r.int32();
  const isolationLevel = r.int8();
  const sessionId = r.int32();
  const sessionEpoch = r.int32();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: FetchTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeFetchTopicV5(r));
  const n1 = r.arrayLength(6);
  if (n1 < 0) r.fail('null in non-nullable array ForgottenTopicsData');
  const forgottenTopicsData: ForgottenTopic[] = [];
  for (let i = 0; i < n1; i++) forgottenTopicsData.push(decodeForgottenTopicV7(r));
  return {
    clusterId: null,
    replicaId,
    replicaState: defaultReplicaState(),
    maxWaitMs,
    minBytes,
    maxBytes,
    isolationLevel,
    sessionId,
    sessionEpoch,
    topics,
    forgottenTopicsData,
    rackId: '',
  };
}

function encodeFetchPartitionV7(w: Writer, m: FetchPartition): void {
  w.int32(m.partition);
  w.int64(m.fetchOffset);
  if (m.lastFetchedEpoch !== undefined && m.lastFetchedEpoch !== -1) throw new UnsupportedFieldError('FetchPartition.LastFetchedEpoch', 7);
  w.int64(m.logStartOffset === undefined ? -1 : m.logStartOffset);
  w.int32(m.partitionMaxBytes);
}

function encodeFetchTopicV7(w: Writer, m: FetchTopic): void {
  w.string(m.topic === undefined ? '' : m.topic);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchPartitionV7(w, a[i]);
  }
}

function encodeForgottenTopicV7(w: Writer, m: ForgottenTopic): void {
  w.string(m.topic === undefined ? '' : m.topic);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
}

function encodeFetchRequestV7(w: Writer, m: FetchRequest): void {
  w.int32(m.replicaId === undefined ? -1 : m.replicaId);
  if (m.replicaState !== undefined && !isReplicaStateDefault(m.replicaState)) {
    throw new UnsupportedFieldError('FetchRequest.ReplicaState', 7);
  }
  w.int32(m.maxWaitMs);
  w.int32(m.minBytes);
  w.int32(m.maxBytes === undefined ? 2147483647 : m.maxBytes);
  w.int8(m.isolationLevel === undefined ? 0 : m.isolationLevel);
  w.int32(m.sessionId === undefined ? 0 : m.sessionId);
  w.int32(m.sessionEpoch === undefined ? -1 : m.sessionEpoch);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchTopicV7(w, a[i]);
  }
  {
    const a = m.forgottenTopicsData === undefined ? [] : m.forgottenTopicsData;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeForgottenTopicV7(w, a[i]);
  }
}

function encodeFetchPartitionV8(w: Writer, m: FetchPartition): void {
  w.int32(m.partition);
  w.int64(m.fetchOffset);
  if (m.lastFetchedEpoch !== undefined && m.lastFetchedEpoch !== -1) throw new UnsupportedFieldError('FetchPartition.LastFetchedEpoch', 8);
  w.int64(m.logStartOffset === undefined ? -1 : m.logStartOffset);
  w.int32(m.partitionMaxBytes);
}

function encodeFetchTopicV8(w: Writer, m: FetchTopic): void {
  w.string(m.topic === undefined ? '' : m.topic);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchPartitionV8(w, a[i]);
  }
}

function encodeFetchRequestV8(w: Writer, m: FetchRequest): void {
  w.int32(m.replicaId === undefined ? -1 : m.replicaId);
  if (m.replicaState !== undefined && !isReplicaStateDefault(m.replicaState)) {
    throw new UnsupportedFieldError('FetchRequest.ReplicaState', 8);
  }
  w.int32(m.maxWaitMs);
  w.int32(m.minBytes);
  w.int32(m.maxBytes === undefined ? 2147483647 : m.maxBytes);
  w.int8(m.isolationLevel === undefined ? 0 : m.isolationLevel);
  w.int32(m.sessionId === undefined ? 0 : m.sessionId);
  w.int32(m.sessionEpoch === undefined ? -1 : m.sessionEpoch);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchTopicV8(w, a[i]);
  }
  {
    const a = m.forgottenTopicsData === undefined ? [] : m.forgottenTopicsData;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeForgottenTopicV7(w, a[i]);
  }
}

function decodeFetchPartitionV9(r: Reader): FetchPartition {
  const partition = r.int32();
  const currentLeaderEpoch = r.int32();
  const fetchOffset = r.int64();
  const logStartOffset = r.int64();
  const partitionMaxBytes = r.int32();
  return {
    partition,
    currentLeaderEpoch,
    fetchOffset,
    lastFetchedEpoch: -1,
    logStartOffset,
    partitionMaxBytes,
    replicaDirectoryId: ZERO_UUID,
  };
}

function decodeFetchTopicV9(r: Reader): FetchTopic {
  const topic = r.string();
  const n0 = r.arrayLength(28);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: FetchPartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeFetchPartitionV9(r));
  return { topic, topicId: ZERO_UUID, partitions };
}

function decodeFetchRequestV9(r: Reader): FetchRequest {
  const replicaId = r.int32();
  const maxWaitMs = r.int32();
  const minBytes = r.int32();
  const maxBytes = r.int32();
  const isolationLevel = r.int8();
  const sessionId = r.int32();
  const sessionEpoch = r.int32();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: FetchTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeFetchTopicV9(r));
  const n1 = r.arrayLength(6);
  if (n1 < 0) r.fail('null in non-nullable array ForgottenTopicsData');
  const forgottenTopicsData: ForgottenTopic[] = [];
  for (let i = 0; i < n1; i++) forgottenTopicsData.push(decodeForgottenTopicV7(r));
  return {
    clusterId: null,
    replicaId,
    replicaState: defaultReplicaState(),
    maxWaitMs,
    minBytes,
    maxBytes,
    isolationLevel,
    sessionId,
    sessionEpoch,
    topics,
    forgottenTopicsData,
    rackId: '',
  };
}

function encodeFetchPartitionV9(w: Writer, m: FetchPartition): void {
  w.int32(m.partition);
  w.int32(m.currentLeaderEpoch === undefined ? -1 : m.currentLeaderEpoch);
  w.int64(m.fetchOffset);
  if (m.lastFetchedEpoch !== undefined && m.lastFetchedEpoch !== -1) throw new UnsupportedFieldError('FetchPartition.LastFetchedEpoch', 9);
  w.int64(m.logStartOffset === undefined ? -1 : m.logStartOffset);
  w.int32(m.partitionMaxBytes);
}

function encodeFetchTopicV9(w: Writer, m: FetchTopic): void {
  w.string(m.topic === undefined ? '' : m.topic);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchPartitionV9(w, a[i]);
  }
}

function encodeFetchRequestV9(w: Writer, m: FetchRequest): void {
  w.int32(m.replicaId === undefined ? -1 : m.replicaId);
  if (m.replicaState !== undefined && !isReplicaStateDefault(m.replicaState)) {
    throw new UnsupportedFieldError('FetchRequest.ReplicaState', 9);
  }
  w.int32(m.maxWaitMs);
  w.int32(m.minBytes);
  w.int32(m.maxBytes === undefined ? 2147483647 : m.maxBytes);
  w.int8(m.isolationLevel === undefined ? 0 : m.isolationLevel);
  w.int32(m.sessionId === undefined ? 0 : m.sessionId);
  w.int32(m.sessionEpoch === undefined ? -1 : m.sessionEpoch);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchTopicV9(w, a[i]);
  }
  {
    const a = m.forgottenTopicsData === undefined ? [] : m.forgottenTopicsData;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeForgottenTopicV7(w, a[i]);
  }
}

function encodeFetchPartitionV10(w: Writer, m: FetchPartition): void {
  w.int32(m.partition);
  w.int32(m.currentLeaderEpoch === undefined ? -1 : m.currentLeaderEpoch);
  w.int64(m.fetchOffset);
  if (m.lastFetchedEpoch !== undefined && m.lastFetchedEpoch !== -1) throw new UnsupportedFieldError('FetchPartition.LastFetchedEpoch', 10);
  w.int64(m.logStartOffset === undefined ? -1 : m.logStartOffset);
  w.int32(m.partitionMaxBytes);
}

function encodeFetchTopicV10(w: Writer, m: FetchTopic): void {
  w.string(m.topic === undefined ? '' : m.topic);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchPartitionV10(w, a[i]);
  }
}

function encodeFetchRequestV10(w: Writer, m: FetchRequest): void {
  w.int32(m.replicaId === undefined ? -1 : m.replicaId);
  if (m.replicaState !== undefined && !isReplicaStateDefault(m.replicaState)) {
    throw new UnsupportedFieldError('FetchRequest.ReplicaState', 10);
  }
  w.int32(m.maxWaitMs);
  w.int32(m.minBytes);
  w.int32(m.maxBytes === undefined ? 2147483647 : m.maxBytes);
  w.int8(m.isolationLevel === undefined ? 0 : m.isolationLevel);
  w.int32(m.sessionId === undefined ? 0 : m.sessionId);
  w.int32(m.sessionEpoch === undefined ? -1 : m.sessionEpoch);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchTopicV10(w, a[i]);
  }
  {
    const a = m.forgottenTopicsData === undefined ? [] : m.forgottenTopicsData;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeForgottenTopicV7(w, a[i]);
  }
}

function decodeFetchRequestV11(r: Reader): FetchRequest {
  const replicaId = r.int32();
  const maxWaitMs = r.int32();
  const minBytes = r.int32();
  const maxBytes = r.int32();
  const isolationLevel = r.int8();
  const sessionId = r.int32();
  const sessionEpoch = r.int32();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: FetchTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeFetchTopicV9(r));
  const n1 = r.arrayLength(6);
  if (n1 < 0) r.fail('null in non-nullable array ForgottenTopicsData');
  const forgottenTopicsData: ForgottenTopic[] = [];
  for (let i = 0; i < n1; i++) forgottenTopicsData.push(decodeForgottenTopicV7(r));
  const rackId = r.string();
  return {
    clusterId: null,
    replicaId,
    replicaState: defaultReplicaState(),
    maxWaitMs,
    minBytes,
    maxBytes,
    isolationLevel,
    sessionId,
    sessionEpoch,
    topics,
    forgottenTopicsData,
    rackId,
  };
}

function encodeFetchPartitionV11(w: Writer, m: FetchPartition): void {
  w.int32(m.partition);
  w.int32(m.currentLeaderEpoch === undefined ? -1 : m.currentLeaderEpoch);
  w.int64(m.fetchOffset);
  if (m.lastFetchedEpoch !== undefined && m.lastFetchedEpoch !== -1) throw new UnsupportedFieldError('FetchPartition.LastFetchedEpoch', 11);
  w.int64(m.logStartOffset === undefined ? -1 : m.logStartOffset);
  w.int32(m.partitionMaxBytes);
}

function encodeFetchTopicV11(w: Writer, m: FetchTopic): void {
  w.string(m.topic === undefined ? '' : m.topic);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchPartitionV11(w, a[i]);
  }
}

function encodeFetchRequestV11(w: Writer, m: FetchRequest): void {
  w.int32(m.replicaId === undefined ? -1 : m.replicaId);
  if (m.replicaState !== undefined && !isReplicaStateDefault(m.replicaState)) {
    throw new UnsupportedFieldError('FetchRequest.ReplicaState', 11);
  }
  w.int32(m.maxWaitMs);
  w.int32(m.minBytes);
  w.int32(m.maxBytes === undefined ? 2147483647 : m.maxBytes);
  w.int8(m.isolationLevel === undefined ? 0 : m.isolationLevel);
  w.int32(m.sessionId === undefined ? 0 : m.sessionId);
  w.int32(m.sessionEpoch === undefined ? -1 : m.sessionEpoch);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchTopicV11(w, a[i]);
  }
  {
    const a = m.forgottenTopicsData === undefined ? [] : m.forgottenTopicsData;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeForgottenTopicV7(w, a[i]);
  }
  w.string(m.rackId === undefined ? '' : m.rackId);
}

function decodeFetchPartitionV12(r: Reader): FetchPartition {
  const partition = r.int32();
  const currentLeaderEpoch = r.int32();
  const fetchOffset = r.int64();
  const lastFetchedEpoch = r.int32();
  const logStartOffset = r.int64();
  const partitionMaxBytes = r.int32();
  const m: FetchPartition = {
    partition,
    currentLeaderEpoch,
    fetchOffset,
    lastFetchedEpoch,
    logStartOffset,
    partitionMaxBytes,
    replicaDirectoryId: ZERO_UUID,
  };
  r.skipTaggedFields();
  return m;
}

function decodeFetchTopicV12(r: Reader): FetchTopic {
  const topic = r.compactString();
  const n0 = r.compactArrayLength(33);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: FetchPartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeFetchPartitionV12(r));
  const m: FetchTopic = { topic, topicId: ZERO_UUID, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeForgottenTopicV12(r: Reader): ForgottenTopic {
  const topic = r.compactString();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: number[] = [];
  for (let i = 0; i < n0; i++) partitions.push(r.int32());
  const m: ForgottenTopic = { topic, topicId: ZERO_UUID, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeFetchRequestV12(r: Reader): FetchRequest {
  const replicaId = r.int32();
  const maxWaitMs = r.int32();
  const minBytes = r.int32();
  const maxBytes = r.int32();
  const isolationLevel = r.int8();
  const sessionId = r.int32();
  const sessionEpoch = r.int32();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: FetchTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeFetchTopicV12(r));
  const n1 = r.compactArrayLength(3);
  if (n1 < 0) r.fail('null in non-nullable array ForgottenTopicsData');
  const forgottenTopicsData: ForgottenTopic[] = [];
  for (let i = 0; i < n1; i++) forgottenTopicsData.push(decodeForgottenTopicV12(r));
  const rackId = r.compactString();
  const m: FetchRequest = {
    clusterId: null,
    replicaId,
    replicaState: defaultReplicaState(),
    maxWaitMs,
    minBytes,
    maxBytes,
    isolationLevel,
    sessionId,
    sessionEpoch,
    topics,
    forgottenTopicsData,
    rackId,
  };
  const tagCount = r.uvarint();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.uvarint();
    const size = r.uvarint();
    const end = r.offset + size;
    switch (tag) {
      case 0: {
        const value = r.compactNullableString();
        m.clusterId = value;
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

function encodeFetchPartitionV12(w: Writer, m: FetchPartition): void {
  w.int32(m.partition);
  w.int32(m.currentLeaderEpoch === undefined ? -1 : m.currentLeaderEpoch);
  w.int64(m.fetchOffset);
  w.int32(m.lastFetchedEpoch === undefined ? -1 : m.lastFetchedEpoch);
  w.int64(m.logStartOffset === undefined ? -1 : m.logStartOffset);
  w.int32(m.partitionMaxBytes);
  w.uvarint(0);
}

function encodeFetchTopicV12(w: Writer, m: FetchTopic): void {
  w.compactString(m.topic === undefined ? '' : m.topic);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchPartitionV12(w, a[i]);
  }
  w.uvarint(0);
}

function encodeForgottenTopicV12(w: Writer, m: ForgottenTopic): void {
  w.compactString(m.topic === undefined ? '' : m.topic);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.uvarint(0);
}

function encodeFetchRequestV12(w: Writer, m: FetchRequest): void {
  w.int32(m.replicaId === undefined ? -1 : m.replicaId);
  if (m.replicaState !== undefined && !isReplicaStateDefault(m.replicaState)) {
    throw new UnsupportedFieldError('FetchRequest.ReplicaState', 12);
  }
  w.int32(m.maxWaitMs);
  w.int32(m.minBytes);
  w.int32(m.maxBytes === undefined ? 2147483647 : m.maxBytes);
  w.int8(m.isolationLevel === undefined ? 0 : m.isolationLevel);
  w.int32(m.sessionId === undefined ? 0 : m.sessionId);
  w.int32(m.sessionEpoch === undefined ? -1 : m.sessionEpoch);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchTopicV12(w, a[i]);
  }
  {
    const a = m.forgottenTopicsData === undefined ? [] : m.forgottenTopicsData;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeForgottenTopicV12(w, a[i]);
  }
  w.compactString(m.rackId === undefined ? '' : m.rackId);
  let tagCount = 0;
  const tagged0 = m.clusterId !== undefined && m.clusterId !== null;
  if (tagged0) tagCount++;
  w.uvarint(tagCount);
  if (tagged0) {
    writeTaggedField(w, 0, (tw) => {
      tw.compactNullableString(m.clusterId!);
    });
  }
}

function decodeFetchTopicV13(r: Reader): FetchTopic {
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(33);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: FetchPartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeFetchPartitionV12(r));
  const m: FetchTopic = { topic: '', topicId, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeForgottenTopicV13(r: Reader): ForgottenTopic {
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: number[] = [];
  for (let i = 0; i < n0; i++) partitions.push(r.int32());
  const m: ForgottenTopic = { topic: '', topicId, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeFetchRequestV13(r: Reader): FetchRequest {
  const replicaId = r.int32();
  const maxWaitMs = r.int32();
  const minBytes = r.int32();
  const maxBytes = r.int32();
  const isolationLevel = r.int8();
  const sessionId = r.int32();
  const sessionEpoch = r.int32();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: FetchTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeFetchTopicV13(r));
  const n1 = r.compactArrayLength(18);
  if (n1 < 0) r.fail('null in non-nullable array ForgottenTopicsData');
  const forgottenTopicsData: ForgottenTopic[] = [];
  for (let i = 0; i < n1; i++) forgottenTopicsData.push(decodeForgottenTopicV13(r));
  const rackId = r.compactString();
  const m: FetchRequest = {
    clusterId: null,
    replicaId,
    replicaState: defaultReplicaState(),
    maxWaitMs,
    minBytes,
    maxBytes,
    isolationLevel,
    sessionId,
    sessionEpoch,
    topics,
    forgottenTopicsData,
    rackId,
  };
  const tagCount = r.uvarint();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.uvarint();
    const size = r.uvarint();
    const end = r.offset + size;
    switch (tag) {
      case 0: {
        const value = r.compactNullableString();
        m.clusterId = value;
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

function encodeFetchTopicV13(w: Writer, m: FetchTopic): void {
  w.uuid(m.topicId === undefined ? ZERO_UUID : m.topicId);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchPartitionV12(w, a[i]);
  }
  w.uvarint(0);
}

function encodeForgottenTopicV13(w: Writer, m: ForgottenTopic): void {
  w.uuid(m.topicId === undefined ? ZERO_UUID : m.topicId);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.uvarint(0);
}

function encodeFetchRequestV13(w: Writer, m: FetchRequest): void {
  w.int32(m.replicaId === undefined ? -1 : m.replicaId);
  if (m.replicaState !== undefined && !isReplicaStateDefault(m.replicaState)) {
    throw new UnsupportedFieldError('FetchRequest.ReplicaState', 13);
  }
  w.int32(m.maxWaitMs);
  w.int32(m.minBytes);
  w.int32(m.maxBytes === undefined ? 2147483647 : m.maxBytes);
  w.int8(m.isolationLevel === undefined ? 0 : m.isolationLevel);
  w.int32(m.sessionId === undefined ? 0 : m.sessionId);
  w.int32(m.sessionEpoch === undefined ? -1 : m.sessionEpoch);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchTopicV13(w, a[i]);
  }
  {
    const a = m.forgottenTopicsData === undefined ? [] : m.forgottenTopicsData;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeForgottenTopicV13(w, a[i]);
  }
  w.compactString(m.rackId === undefined ? '' : m.rackId);
  let tagCount = 0;
  const tagged0 = m.clusterId !== undefined && m.clusterId !== null;
  if (tagged0) tagCount++;
  w.uvarint(tagCount);
  if (tagged0) {
    writeTaggedField(w, 0, (tw) => {
      tw.compactNullableString(m.clusterId!);
    });
  }
}

function encodeFetchRequestV14(w: Writer, m: FetchRequest): void {
  w.int32(m.replicaId === undefined ? -1 : m.replicaId);
  if (m.replicaState !== undefined && !isReplicaStateDefault(m.replicaState)) {
    throw new UnsupportedFieldError('FetchRequest.ReplicaState', 14);
  }
  w.int32(m.maxWaitMs);
  w.int32(m.minBytes);
  w.int32(m.maxBytes === undefined ? 2147483647 : m.maxBytes);
  w.int8(m.isolationLevel === undefined ? 0 : m.isolationLevel);
  w.int32(m.sessionId === undefined ? 0 : m.sessionId);
  w.int32(m.sessionEpoch === undefined ? -1 : m.sessionEpoch);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchTopicV13(w, a[i]);
  }
  {
    const a = m.forgottenTopicsData === undefined ? [] : m.forgottenTopicsData;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeForgottenTopicV13(w, a[i]);
  }
  w.compactString(m.rackId === undefined ? '' : m.rackId);
  let tagCount = 0;
  const tagged0 = m.clusterId !== undefined && m.clusterId !== null;
  if (tagged0) tagCount++;
  w.uvarint(tagCount);
  if (tagged0) {
    writeTaggedField(w, 0, (tw) => {
      tw.compactNullableString(m.clusterId!);
    });
  }
}

function decodeReplicaStateV15(r: Reader): ReplicaState {
  const replicaId = r.int32();
  const replicaEpoch = r.int64();
  const m: ReplicaState = { replicaId, replicaEpoch };
  r.skipTaggedFields();
  return m;
}

function decodeFetchRequestV15(r: Reader): FetchRequest {
  const maxWaitMs = r.int32();
  const minBytes = r.int32();
  const maxBytes = r.int32();
  const isolationLevel = r.int8();
  const sessionId = r.int32();
  const sessionEpoch = r.int32();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: FetchTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeFetchTopicV13(r));
  const n1 = r.compactArrayLength(18);
  if (n1 < 0) r.fail('null in non-nullable array ForgottenTopicsData');
  const forgottenTopicsData: ForgottenTopic[] = [];
  for (let i = 0; i < n1; i++) forgottenTopicsData.push(decodeForgottenTopicV13(r));
  const rackId = r.compactString();
  const m: FetchRequest = {
    clusterId: null,
    replicaId: -1,
    replicaState: defaultReplicaState(),
    maxWaitMs,
    minBytes,
    maxBytes,
    isolationLevel,
    sessionId,
    sessionEpoch,
    topics,
    forgottenTopicsData,
    rackId,
  };
  const tagCount = r.uvarint();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.uvarint();
    const size = r.uvarint();
    const end = r.offset + size;
    switch (tag) {
      case 0: {
        const value = r.compactNullableString();
        m.clusterId = value;
        break;
      }
      case 1: {
        const value = decodeReplicaStateV15(r);
        m.replicaState = value;
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

function encodeReplicaStateV15(w: Writer, m: ReplicaState): void {
  w.int32(m.replicaId);
  w.int64(m.replicaEpoch);
  w.uvarint(0);
}

function encodeFetchRequestV15(w: Writer, m: FetchRequest): void {
  if (m.replicaId !== undefined && m.replicaId !== -1) throw new UnsupportedFieldError('FetchRequest.ReplicaId', 15);
  w.int32(m.maxWaitMs);
  w.int32(m.minBytes);
  w.int32(m.maxBytes === undefined ? 2147483647 : m.maxBytes);
  w.int8(m.isolationLevel === undefined ? 0 : m.isolationLevel);
  w.int32(m.sessionId === undefined ? 0 : m.sessionId);
  w.int32(m.sessionEpoch === undefined ? -1 : m.sessionEpoch);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchTopicV13(w, a[i]);
  }
  {
    const a = m.forgottenTopicsData === undefined ? [] : m.forgottenTopicsData;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeForgottenTopicV13(w, a[i]);
  }
  w.compactString(m.rackId === undefined ? '' : m.rackId);
  let tagCount = 0;
  const tagged0 = m.clusterId !== undefined && m.clusterId !== null;
  if (tagged0) tagCount++;
  const tagged1 = m.replicaState !== undefined && !isReplicaStateDefault(m.replicaState);
  if (tagged1) tagCount++;
  w.uvarint(tagCount);
  if (tagged0) {
    writeTaggedField(w, 0, (tw) => {
      tw.compactNullableString(m.clusterId!);
    });
  }
  if (tagged1) {
    writeTaggedField(w, 1, (tw) => {
      encodeReplicaStateV15(tw, m.replicaState!);
    });
  }
}

function encodeFetchRequestV16(w: Writer, m: FetchRequest): void {
  if (m.replicaId !== undefined && m.replicaId !== -1) throw new UnsupportedFieldError('FetchRequest.ReplicaId', 16);
  w.int32(m.maxWaitMs);
  w.int32(m.minBytes);
  w.int32(m.maxBytes === undefined ? 2147483647 : m.maxBytes);
  w.int8(m.isolationLevel === undefined ? 0 : m.isolationLevel);
  w.int32(m.sessionId === undefined ? 0 : m.sessionId);
  w.int32(m.sessionEpoch === undefined ? -1 : m.sessionEpoch);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchTopicV13(w, a[i]);
  }
  {
    const a = m.forgottenTopicsData === undefined ? [] : m.forgottenTopicsData;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeForgottenTopicV13(w, a[i]);
  }
  w.compactString(m.rackId === undefined ? '' : m.rackId);
  let tagCount = 0;
  const tagged0 = m.clusterId !== undefined && m.clusterId !== null;
  if (tagged0) tagCount++;
  const tagged1 = m.replicaState !== undefined && !isReplicaStateDefault(m.replicaState);
  if (tagged1) tagCount++;
  w.uvarint(tagCount);
  if (tagged0) {
    writeTaggedField(w, 0, (tw) => {
      tw.compactNullableString(m.clusterId!);
    });
  }
  if (tagged1) {
    writeTaggedField(w, 1, (tw) => {
      encodeReplicaStateV15(tw, m.replicaState!);
    });
  }
}

function decodeFetchPartitionV17(r: Reader): FetchPartition {
  const partition = r.int32();
  const currentLeaderEpoch = r.int32();
  const fetchOffset = r.int64();
  const lastFetchedEpoch = r.int32();
  const logStartOffset = r.int64();
  const partitionMaxBytes = r.int32();
  const m: FetchPartition = {
    partition,
    currentLeaderEpoch,
    fetchOffset,
    lastFetchedEpoch,
    logStartOffset,
    partitionMaxBytes,
    replicaDirectoryId: ZERO_UUID,
  };
  const tagCount = r.uvarint();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.uvarint();
    const size = r.uvarint();
    const end = r.offset + size;
    switch (tag) {
      case 0: {
        const value = r.uuid();
        m.replicaDirectoryId = value;
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

function decodeFetchTopicV17(r: Reader): FetchTopic {
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(33);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: FetchPartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeFetchPartitionV17(r));
  const m: FetchTopic = { topic: '', topicId, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeFetchRequestV17(r: Reader): FetchRequest {
  const maxWaitMs = r.int32();
  const minBytes = r.int32();
  const maxBytes = r.int32();
  const isolationLevel = r.int8();
  const sessionId = r.int32();
  const sessionEpoch = r.int32();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: FetchTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeFetchTopicV17(r));
  const n1 = r.compactArrayLength(18);
  if (n1 < 0) r.fail('null in non-nullable array ForgottenTopicsData');
  const forgottenTopicsData: ForgottenTopic[] = [];
  for (let i = 0; i < n1; i++) forgottenTopicsData.push(decodeForgottenTopicV13(r));
  const rackId = r.compactString();
  const m: FetchRequest = {
    clusterId: null,
    replicaId: -1,
    replicaState: defaultReplicaState(),
    maxWaitMs,
    minBytes,
    maxBytes,
    isolationLevel,
    sessionId,
    sessionEpoch,
    topics,
    forgottenTopicsData,
    rackId,
  };
  const tagCount = r.uvarint();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.uvarint();
    const size = r.uvarint();
    const end = r.offset + size;
    switch (tag) {
      case 0: {
        const value = r.compactNullableString();
        m.clusterId = value;
        break;
      }
      case 1: {
        const value = decodeReplicaStateV15(r);
        m.replicaState = value;
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

function encodeFetchPartitionV17(w: Writer, m: FetchPartition): void {
  w.int32(m.partition);
  w.int32(m.currentLeaderEpoch === undefined ? -1 : m.currentLeaderEpoch);
  w.int64(m.fetchOffset);
  w.int32(m.lastFetchedEpoch === undefined ? -1 : m.lastFetchedEpoch);
  w.int64(m.logStartOffset === undefined ? -1 : m.logStartOffset);
  w.int32(m.partitionMaxBytes);
  let tagCount = 0;
  const tagged0 = m.replicaDirectoryId !== undefined && m.replicaDirectoryId !== ZERO_UUID;
  if (tagged0) tagCount++;
  w.uvarint(tagCount);
  if (tagged0) {
    writeTaggedField(w, 0, (tw) => {
      tw.uuid(m.replicaDirectoryId!);
    });
  }
}

function encodeFetchTopicV17(w: Writer, m: FetchTopic): void {
  w.uuid(m.topicId === undefined ? ZERO_UUID : m.topicId);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchPartitionV17(w, a[i]);
  }
  w.uvarint(0);
}

function encodeFetchRequestV17(w: Writer, m: FetchRequest): void {
  if (m.replicaId !== undefined && m.replicaId !== -1) throw new UnsupportedFieldError('FetchRequest.ReplicaId', 17);
  w.int32(m.maxWaitMs);
  w.int32(m.minBytes);
  w.int32(m.maxBytes === undefined ? 2147483647 : m.maxBytes);
  w.int8(m.isolationLevel === undefined ? 0 : m.isolationLevel);
  w.int32(m.sessionId === undefined ? 0 : m.sessionId);
  w.int32(m.sessionEpoch === undefined ? -1 : m.sessionEpoch);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchTopicV17(w, a[i]);
  }
  {
    const a = m.forgottenTopicsData === undefined ? [] : m.forgottenTopicsData;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeForgottenTopicV13(w, a[i]);
  }
  w.compactString(m.rackId === undefined ? '' : m.rackId);
  let tagCount = 0;
  const tagged0 = m.clusterId !== undefined && m.clusterId !== null;
  if (tagged0) tagCount++;
  const tagged1 = m.replicaState !== undefined && !isReplicaStateDefault(m.replicaState);
  if (tagged1) tagCount++;
  w.uvarint(tagCount);
  if (tagged0) {
    writeTaggedField(w, 0, (tw) => {
      tw.compactNullableString(m.clusterId!);
    });
  }
  if (tagged1) {
    writeTaggedField(w, 1, (tw) => {
      encodeReplicaStateV15(tw, m.replicaState!);
    });
  }
}

function decodePartitionDataV0(r: Reader): PartitionData {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const highWatermark = r.int64();
  const records = r.records(false);
  return {
    partitionIndex,
    errorCode,
    highWatermark,
    lastStableOffset: -1,
    logStartOffset: -1,
    divergingEpoch: defaultEpochEndOffset(),
    currentLeader: defaultLeaderIdAndEpoch(),
    snapshotId: defaultSnapshotId(),
    abortedTransactions: [],
    preferredReadReplica: -1,
    records,
  };
}

function decodeFetchableTopicResponseV0(r: Reader): FetchableTopicResponse {
  const topic = r.string();
  const n0 = r.arrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: PartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodePartitionDataV0(r));
  return { topic, topicId: ZERO_UUID, partitions };
}

function decodeFetchResponseV0(r: Reader): FetchResponse {
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Responses');
  const responses: FetchableTopicResponse[] = [];
  for (let i = 0; i < n0; i++) responses.push(decodeFetchableTopicResponseV0(r));
  return { throttleTimeMs: 0, errorCode: 0, sessionId: 0, responses, nodeEndpoints: [] };
}

function encodePartitionDataV0(w: Writer, m: PartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int64(m.highWatermark);
  if (m.divergingEpoch !== undefined && !isEpochEndOffsetDefault(m.divergingEpoch)) {
    throw new UnsupportedFieldError('PartitionData.DivergingEpoch', 0);
  }
  if (m.currentLeader !== undefined && !isLeaderIdAndEpochDefault(m.currentLeader)) {
    throw new UnsupportedFieldError('PartitionData.CurrentLeader', 0);
  }
  if (m.snapshotId !== undefined && !isSnapshotIdDefault(m.snapshotId)) throw new UnsupportedFieldError('PartitionData.SnapshotId', 0);
  if (m.preferredReadReplica !== undefined && m.preferredReadReplica !== -1) {
    throw new UnsupportedFieldError('PartitionData.PreferredReadReplica', 0);
  }
  w.records(m.records, false);
}

function encodeFetchableTopicResponseV0(w: Writer, m: FetchableTopicResponse): void {
  w.string(m.topic === undefined ? '' : m.topic);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionDataV0(w, a[i]);
  }
}

function encodeFetchResponseV0(w: Writer, m: FetchResponse): void {
  if (m.sessionId !== undefined && m.sessionId !== 0) throw new UnsupportedFieldError('FetchResponse.SessionId', 0);
  {
    const a = m.responses;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchableTopicResponseV0(w, a[i]);
  }
  if (m.nodeEndpoints !== undefined && (m.nodeEndpoints === null || m.nodeEndpoints.length !== 0)) {
    throw new UnsupportedFieldError('FetchResponse.NodeEndpoints', 0);
  }
}

function decodeFetchResponseV1(r: Reader): FetchResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Responses');
  const responses: FetchableTopicResponse[] = [];
  for (let i = 0; i < n0; i++) responses.push(decodeFetchableTopicResponseV0(r));
  return { throttleTimeMs, errorCode: 0, sessionId: 0, responses, nodeEndpoints: [] };
}

function encodePartitionDataV1(w: Writer, m: PartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int64(m.highWatermark);
  if (m.divergingEpoch !== undefined && !isEpochEndOffsetDefault(m.divergingEpoch)) {
    throw new UnsupportedFieldError('PartitionData.DivergingEpoch', 1);
  }
  if (m.currentLeader !== undefined && !isLeaderIdAndEpochDefault(m.currentLeader)) {
    throw new UnsupportedFieldError('PartitionData.CurrentLeader', 1);
  }
  if (m.snapshotId !== undefined && !isSnapshotIdDefault(m.snapshotId)) throw new UnsupportedFieldError('PartitionData.SnapshotId', 1);
  if (m.preferredReadReplica !== undefined && m.preferredReadReplica !== -1) {
    throw new UnsupportedFieldError('PartitionData.PreferredReadReplica', 1);
  }
  w.records(m.records, false);
}

function encodeFetchableTopicResponseV1(w: Writer, m: FetchableTopicResponse): void {
  w.string(m.topic === undefined ? '' : m.topic);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionDataV1(w, a[i]);
  }
}

function encodeFetchResponseV1(w: Writer, m: FetchResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  if (m.sessionId !== undefined && m.sessionId !== 0) throw new UnsupportedFieldError('FetchResponse.SessionId', 1);
  {
    const a = m.responses;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchableTopicResponseV1(w, a[i]);
  }
  if (m.nodeEndpoints !== undefined && (m.nodeEndpoints === null || m.nodeEndpoints.length !== 0)) {
    throw new UnsupportedFieldError('FetchResponse.NodeEndpoints', 1);
  }
}

function encodePartitionDataV2(w: Writer, m: PartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int64(m.highWatermark);
  if (m.divergingEpoch !== undefined && !isEpochEndOffsetDefault(m.divergingEpoch)) {
    throw new UnsupportedFieldError('PartitionData.DivergingEpoch', 2);
  }
  if (m.currentLeader !== undefined && !isLeaderIdAndEpochDefault(m.currentLeader)) {
    throw new UnsupportedFieldError('PartitionData.CurrentLeader', 2);
  }
  if (m.snapshotId !== undefined && !isSnapshotIdDefault(m.snapshotId)) throw new UnsupportedFieldError('PartitionData.SnapshotId', 2);
  if (m.preferredReadReplica !== undefined && m.preferredReadReplica !== -1) {
    throw new UnsupportedFieldError('PartitionData.PreferredReadReplica', 2);
  }
  w.records(m.records, false);
}

function encodeFetchableTopicResponseV2(w: Writer, m: FetchableTopicResponse): void {
  w.string(m.topic === undefined ? '' : m.topic);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionDataV2(w, a[i]);
  }
}

function encodeFetchResponseV2(w: Writer, m: FetchResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  if (m.sessionId !== undefined && m.sessionId !== 0) throw new UnsupportedFieldError('FetchResponse.SessionId', 2);
  {
    const a = m.responses;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchableTopicResponseV2(w, a[i]);
  }
  if (m.nodeEndpoints !== undefined && (m.nodeEndpoints === null || m.nodeEndpoints.length !== 0)) {
    throw new UnsupportedFieldError('FetchResponse.NodeEndpoints', 2);
  }
}

function encodePartitionDataV3(w: Writer, m: PartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int64(m.highWatermark);
  if (m.divergingEpoch !== undefined && !isEpochEndOffsetDefault(m.divergingEpoch)) {
    throw new UnsupportedFieldError('PartitionData.DivergingEpoch', 3);
  }
  if (m.currentLeader !== undefined && !isLeaderIdAndEpochDefault(m.currentLeader)) {
    throw new UnsupportedFieldError('PartitionData.CurrentLeader', 3);
  }
  if (m.snapshotId !== undefined && !isSnapshotIdDefault(m.snapshotId)) throw new UnsupportedFieldError('PartitionData.SnapshotId', 3);
  if (m.preferredReadReplica !== undefined && m.preferredReadReplica !== -1) {
    throw new UnsupportedFieldError('PartitionData.PreferredReadReplica', 3);
  }
  w.records(m.records, false);
}

function encodeFetchableTopicResponseV3(w: Writer, m: FetchableTopicResponse): void {
  w.string(m.topic === undefined ? '' : m.topic);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionDataV3(w, a[i]);
  }
}

function encodeFetchResponseV3(w: Writer, m: FetchResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  if (m.sessionId !== undefined && m.sessionId !== 0) throw new UnsupportedFieldError('FetchResponse.SessionId', 3);
  {
    const a = m.responses;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchableTopicResponseV3(w, a[i]);
  }
  if (m.nodeEndpoints !== undefined && (m.nodeEndpoints === null || m.nodeEndpoints.length !== 0)) {
    throw new UnsupportedFieldError('FetchResponse.NodeEndpoints', 3);
  }
}

function decodeAbortedTransactionV4(r: Reader): AbortedTransaction {
  const producerId = r.int64();
  const firstOffset = r.int64();
  return { producerId, firstOffset };
}

function decodePartitionDataV4(r: Reader): PartitionData {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const highWatermark = r.int64();
  const lastStableOffset = r.int64();
  const n0 = r.arrayLength(16);
  let abortedTransactions: AbortedTransaction[] | null = null;
  if (n0 >= 0) {
    abortedTransactions = [];
    for (let i = 0; i < n0; i++) abortedTransactions.push(decodeAbortedTransactionV4(r));
  }
  const records = r.records(false);
  return {
    partitionIndex,
    errorCode,
    highWatermark,
    lastStableOffset,
    logStartOffset: -1,
    divergingEpoch: defaultEpochEndOffset(),
    currentLeader: defaultLeaderIdAndEpoch(),
    snapshotId: defaultSnapshotId(),
    abortedTransactions,
    preferredReadReplica: -1,
    records,
  };
}

function decodeFetchableTopicResponseV4(r: Reader): FetchableTopicResponse {
  const topic = r.string();
  const n0 = r.arrayLength(30);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: PartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodePartitionDataV4(r));
  return { topic, topicId: ZERO_UUID, partitions };
}

function decodeFetchResponseV4(r: Reader): FetchResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Responses');
  const responses: FetchableTopicResponse[] = [];
  for (let i = 0; i < n0; i++) responses.push(decodeFetchableTopicResponseV4(r));
  return { throttleTimeMs, errorCode: 0, sessionId: 0, responses, nodeEndpoints: [] };
}

function encodeAbortedTransactionV4(w: Writer, m: AbortedTransaction): void {
  w.int64(m.producerId);
  w.int64(m.firstOffset);
}

function encodePartitionDataV4(w: Writer, m: PartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int64(m.highWatermark);
  w.int64(m.lastStableOffset === undefined ? -1 : m.lastStableOffset);
  if (m.divergingEpoch !== undefined && !isEpochEndOffsetDefault(m.divergingEpoch)) {
    throw new UnsupportedFieldError('PartitionData.DivergingEpoch', 4);
  }
  if (m.currentLeader !== undefined && !isLeaderIdAndEpochDefault(m.currentLeader)) {
    throw new UnsupportedFieldError('PartitionData.CurrentLeader', 4);
  }
  if (m.snapshotId !== undefined && !isSnapshotIdDefault(m.snapshotId)) throw new UnsupportedFieldError('PartitionData.SnapshotId', 4);
  {
    const a = m.abortedTransactions === undefined ? [] : m.abortedTransactions;
    if (a === null) w.int32(-1);
    else {
      w.arrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeAbortedTransactionV4(w, a[i]);
    }
  }
  if (m.preferredReadReplica !== undefined && m.preferredReadReplica !== -1) {
    throw new UnsupportedFieldError('PartitionData.PreferredReadReplica', 4);
  }
  w.records(m.records, false);
}

function encodeFetchableTopicResponseV4(w: Writer, m: FetchableTopicResponse): void {
  w.string(m.topic === undefined ? '' : m.topic);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionDataV4(w, a[i]);
  }
}

function encodeFetchResponseV4(w: Writer, m: FetchResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  if (m.sessionId !== undefined && m.sessionId !== 0) throw new UnsupportedFieldError('FetchResponse.SessionId', 4);
  {
    const a = m.responses;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchableTopicResponseV4(w, a[i]);
  }
  if (m.nodeEndpoints !== undefined && (m.nodeEndpoints === null || m.nodeEndpoints.length !== 0)) {
    throw new UnsupportedFieldError('FetchResponse.NodeEndpoints', 4);
  }
}

function decodePartitionDataV5(r: Reader): PartitionData {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const highWatermark = r.int64();
  const lastStableOffset = r.int64();
  const logStartOffset = r.int64();
  const n0 = r.arrayLength(16);
  let abortedTransactions: AbortedTransaction[] | null = null;
  if (n0 >= 0) {
    abortedTransactions = [];
    for (let i = 0; i < n0; i++) abortedTransactions.push(decodeAbortedTransactionV4(r));
  }
  const records = r.records(false);
  return {
    partitionIndex,
    errorCode,
    highWatermark,
    lastStableOffset,
    logStartOffset,
    divergingEpoch: defaultEpochEndOffset(),
    currentLeader: defaultLeaderIdAndEpoch(),
    snapshotId: defaultSnapshotId(),
    abortedTransactions,
    preferredReadReplica: -1,
    records,
  };
}

function decodeFetchableTopicResponseV5(r: Reader): FetchableTopicResponse {
  const topic = r.string();
  const n0 = r.arrayLength(38);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: PartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodePartitionDataV5(r));
  return { topic, topicId: ZERO_UUID, partitions };
}

function decodeFetchResponseV5(r: Reader): FetchResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Responses');
  const responses: FetchableTopicResponse[] = [];
  for (let i = 0; i < n0; i++) responses.push(decodeFetchableTopicResponseV5(r));
  return { throttleTimeMs, errorCode: 0, sessionId: 0, responses, nodeEndpoints: [] };
}

function encodePartitionDataV5(w: Writer, m: PartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int64(m.highWatermark);
  w.int64(m.lastStableOffset === undefined ? -1 : m.lastStableOffset);
  w.int64(m.logStartOffset === undefined ? -1 : m.logStartOffset);
  if (m.divergingEpoch !== undefined && !isEpochEndOffsetDefault(m.divergingEpoch)) {
    throw new UnsupportedFieldError('PartitionData.DivergingEpoch', 5);
  }
  if (m.currentLeader !== undefined && !isLeaderIdAndEpochDefault(m.currentLeader)) {
    throw new UnsupportedFieldError('PartitionData.CurrentLeader', 5);
  }
  if (m.snapshotId !== undefined && !isSnapshotIdDefault(m.snapshotId)) throw new UnsupportedFieldError('PartitionData.SnapshotId', 5);
  {
    const a = m.abortedTransactions === undefined ? [] : m.abortedTransactions;
    if (a === null) w.int32(-1);
    else {
      w.arrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeAbortedTransactionV4(w, a[i]);
    }
  }
  if (m.preferredReadReplica !== undefined && m.preferredReadReplica !== -1) {
    throw new UnsupportedFieldError('PartitionData.PreferredReadReplica', 5);
  }
  w.records(m.records, false);
}

function encodeFetchableTopicResponseV5(w: Writer, m: FetchableTopicResponse): void {
  w.string(m.topic === undefined ? '' : m.topic);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionDataV5(w, a[i]);
  }
}

function encodeFetchResponseV5(w: Writer, m: FetchResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  if (m.sessionId !== undefined && m.sessionId !== 0) throw new UnsupportedFieldError('FetchResponse.SessionId', 5);
  {
    const a = m.responses;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchableTopicResponseV5(w, a[i]);
  }
  if (m.nodeEndpoints !== undefined && (m.nodeEndpoints === null || m.nodeEndpoints.length !== 0)) {
    throw new UnsupportedFieldError('FetchResponse.NodeEndpoints', 5);
  }
}

function encodePartitionDataV6(w: Writer, m: PartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int64(m.highWatermark);
  w.int64(m.lastStableOffset === undefined ? -1 : m.lastStableOffset);
  w.int64(m.logStartOffset === undefined ? -1 : m.logStartOffset);
  if (m.divergingEpoch !== undefined && !isEpochEndOffsetDefault(m.divergingEpoch)) {
    throw new UnsupportedFieldError('PartitionData.DivergingEpoch', 6);
  }
  if (m.currentLeader !== undefined && !isLeaderIdAndEpochDefault(m.currentLeader)) {
    throw new UnsupportedFieldError('PartitionData.CurrentLeader', 6);
  }
  if (m.snapshotId !== undefined && !isSnapshotIdDefault(m.snapshotId)) throw new UnsupportedFieldError('PartitionData.SnapshotId', 6);
  {
    const a = m.abortedTransactions === undefined ? [] : m.abortedTransactions;
    if (a === null) w.int32(-1);
    else {
      w.arrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeAbortedTransactionV4(w, a[i]);
    }
  }
  if (m.preferredReadReplica !== undefined && m.preferredReadReplica !== -1) {
    throw new UnsupportedFieldError('PartitionData.PreferredReadReplica', 6);
  }
  w.records(m.records, false);
}

function encodeFetchableTopicResponseV6(w: Writer, m: FetchableTopicResponse): void {
  w.string(m.topic === undefined ? '' : m.topic);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionDataV6(w, a[i]);
  }
}

function encodeFetchResponseV6(w: Writer, m: FetchResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  if (m.sessionId !== undefined && m.sessionId !== 0) throw new UnsupportedFieldError('FetchResponse.SessionId', 6);
  {
    const a = m.responses;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchableTopicResponseV6(w, a[i]);
  }
  if (m.nodeEndpoints !== undefined && (m.nodeEndpoints === null || m.nodeEndpoints.length !== 0)) {
    throw new UnsupportedFieldError('FetchResponse.NodeEndpoints', 6);
  }
}

function decodeFetchResponseV7(r: Reader): FetchResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const sessionId = r.int32();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Responses');
  const responses: FetchableTopicResponse[] = [];
  for (let i = 0; i < n0; i++) responses.push(decodeFetchableTopicResponseV5(r));
  return { throttleTimeMs, errorCode, sessionId, responses, nodeEndpoints: [] };
}

function encodePartitionDataV7(w: Writer, m: PartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int64(m.highWatermark);
  w.int64(m.lastStableOffset === undefined ? -1 : m.lastStableOffset);
  w.int64(m.logStartOffset === undefined ? -1 : m.logStartOffset);
  if (m.divergingEpoch !== undefined && !isEpochEndOffsetDefault(m.divergingEpoch)) {
    throw new UnsupportedFieldError('PartitionData.DivergingEpoch', 7);
  }
  if (m.currentLeader !== undefined && !isLeaderIdAndEpochDefault(m.currentLeader)) {
    throw new UnsupportedFieldError('PartitionData.CurrentLeader', 7);
  }
  if (m.snapshotId !== undefined && !isSnapshotIdDefault(m.snapshotId)) throw new UnsupportedFieldError('PartitionData.SnapshotId', 7);
  {
    const a = m.abortedTransactions === undefined ? [] : m.abortedTransactions;
    if (a === null) w.int32(-1);
    else {
      w.arrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeAbortedTransactionV4(w, a[i]);
    }
  }
  if (m.preferredReadReplica !== undefined && m.preferredReadReplica !== -1) {
    throw new UnsupportedFieldError('PartitionData.PreferredReadReplica', 7);
  }
  w.records(m.records, false);
}

function encodeFetchableTopicResponseV7(w: Writer, m: FetchableTopicResponse): void {
  w.string(m.topic === undefined ? '' : m.topic);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionDataV7(w, a[i]);
  }
}

function encodeFetchResponseV7(w: Writer, m: FetchResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  w.int16(m.errorCode === undefined ? 0 : m.errorCode);
  w.int32(m.sessionId === undefined ? 0 : m.sessionId);
  {
    const a = m.responses;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchableTopicResponseV7(w, a[i]);
  }
  if (m.nodeEndpoints !== undefined && (m.nodeEndpoints === null || m.nodeEndpoints.length !== 0)) {
    throw new UnsupportedFieldError('FetchResponse.NodeEndpoints', 7);
  }
}

function encodePartitionDataV8(w: Writer, m: PartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int64(m.highWatermark);
  w.int64(m.lastStableOffset === undefined ? -1 : m.lastStableOffset);
  w.int64(m.logStartOffset === undefined ? -1 : m.logStartOffset);
  if (m.divergingEpoch !== undefined && !isEpochEndOffsetDefault(m.divergingEpoch)) {
    throw new UnsupportedFieldError('PartitionData.DivergingEpoch', 8);
  }
  if (m.currentLeader !== undefined && !isLeaderIdAndEpochDefault(m.currentLeader)) {
    throw new UnsupportedFieldError('PartitionData.CurrentLeader', 8);
  }
  if (m.snapshotId !== undefined && !isSnapshotIdDefault(m.snapshotId)) throw new UnsupportedFieldError('PartitionData.SnapshotId', 8);
  {
    const a = m.abortedTransactions === undefined ? [] : m.abortedTransactions;
    if (a === null) w.int32(-1);
    else {
      w.arrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeAbortedTransactionV4(w, a[i]);
    }
  }
  if (m.preferredReadReplica !== undefined && m.preferredReadReplica !== -1) {
    throw new UnsupportedFieldError('PartitionData.PreferredReadReplica', 8);
  }
  w.records(m.records, false);
}

function encodeFetchableTopicResponseV8(w: Writer, m: FetchableTopicResponse): void {
  w.string(m.topic === undefined ? '' : m.topic);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionDataV8(w, a[i]);
  }
}

function encodeFetchResponseV8(w: Writer, m: FetchResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  w.int16(m.errorCode === undefined ? 0 : m.errorCode);
  w.int32(m.sessionId === undefined ? 0 : m.sessionId);
  {
    const a = m.responses;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchableTopicResponseV8(w, a[i]);
  }
  if (m.nodeEndpoints !== undefined && (m.nodeEndpoints === null || m.nodeEndpoints.length !== 0)) {
    throw new UnsupportedFieldError('FetchResponse.NodeEndpoints', 8);
  }
}

function encodePartitionDataV9(w: Writer, m: PartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int64(m.highWatermark);
  w.int64(m.lastStableOffset === undefined ? -1 : m.lastStableOffset);
  w.int64(m.logStartOffset === undefined ? -1 : m.logStartOffset);
  if (m.divergingEpoch !== undefined && !isEpochEndOffsetDefault(m.divergingEpoch)) {
    throw new UnsupportedFieldError('PartitionData.DivergingEpoch', 9);
  }
  if (m.currentLeader !== undefined && !isLeaderIdAndEpochDefault(m.currentLeader)) {
    throw new UnsupportedFieldError('PartitionData.CurrentLeader', 9);
  }
  if (m.snapshotId !== undefined && !isSnapshotIdDefault(m.snapshotId)) throw new UnsupportedFieldError('PartitionData.SnapshotId', 9);
  {
    const a = m.abortedTransactions === undefined ? [] : m.abortedTransactions;
    if (a === null) w.int32(-1);
    else {
      w.arrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeAbortedTransactionV4(w, a[i]);
    }
  }
  if (m.preferredReadReplica !== undefined && m.preferredReadReplica !== -1) {
    throw new UnsupportedFieldError('PartitionData.PreferredReadReplica', 9);
  }
  w.records(m.records, false);
}

function encodeFetchableTopicResponseV9(w: Writer, m: FetchableTopicResponse): void {
  w.string(m.topic === undefined ? '' : m.topic);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionDataV9(w, a[i]);
  }
}

function encodeFetchResponseV9(w: Writer, m: FetchResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  w.int16(m.errorCode === undefined ? 0 : m.errorCode);
  w.int32(m.sessionId === undefined ? 0 : m.sessionId);
  {
    const a = m.responses;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchableTopicResponseV9(w, a[i]);
  }
  if (m.nodeEndpoints !== undefined && (m.nodeEndpoints === null || m.nodeEndpoints.length !== 0)) {
    throw new UnsupportedFieldError('FetchResponse.NodeEndpoints', 9);
  }
}

function encodePartitionDataV10(w: Writer, m: PartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int64(m.highWatermark);
  w.int64(m.lastStableOffset === undefined ? -1 : m.lastStableOffset);
  w.int64(m.logStartOffset === undefined ? -1 : m.logStartOffset);
  if (m.divergingEpoch !== undefined && !isEpochEndOffsetDefault(m.divergingEpoch)) {
    throw new UnsupportedFieldError('PartitionData.DivergingEpoch', 10);
  }
  if (m.currentLeader !== undefined && !isLeaderIdAndEpochDefault(m.currentLeader)) {
    throw new UnsupportedFieldError('PartitionData.CurrentLeader', 10);
  }
  if (m.snapshotId !== undefined && !isSnapshotIdDefault(m.snapshotId)) throw new UnsupportedFieldError('PartitionData.SnapshotId', 10);
  {
    const a = m.abortedTransactions === undefined ? [] : m.abortedTransactions;
    if (a === null) w.int32(-1);
    else {
      w.arrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeAbortedTransactionV4(w, a[i]);
    }
  }
  if (m.preferredReadReplica !== undefined && m.preferredReadReplica !== -1) {
    throw new UnsupportedFieldError('PartitionData.PreferredReadReplica', 10);
  }
  w.records(m.records, false);
}

function encodeFetchableTopicResponseV10(w: Writer, m: FetchableTopicResponse): void {
  w.string(m.topic === undefined ? '' : m.topic);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionDataV10(w, a[i]);
  }
}

function encodeFetchResponseV10(w: Writer, m: FetchResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  w.int16(m.errorCode === undefined ? 0 : m.errorCode);
  w.int32(m.sessionId === undefined ? 0 : m.sessionId);
  {
    const a = m.responses;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchableTopicResponseV10(w, a[i]);
  }
  if (m.nodeEndpoints !== undefined && (m.nodeEndpoints === null || m.nodeEndpoints.length !== 0)) {
    throw new UnsupportedFieldError('FetchResponse.NodeEndpoints', 10);
  }
}

function decodePartitionDataV11(r: Reader): PartitionData {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const highWatermark = r.int64();
  const lastStableOffset = r.int64();
  const logStartOffset = r.int64();
  const n0 = r.arrayLength(16);
  let abortedTransactions: AbortedTransaction[] | null = null;
  if (n0 >= 0) {
    abortedTransactions = [];
    for (let i = 0; i < n0; i++) abortedTransactions.push(decodeAbortedTransactionV4(r));
  }
  const preferredReadReplica = r.int32();
  const records = r.records(false);
  return {
    partitionIndex,
    errorCode,
    highWatermark,
    lastStableOffset,
    logStartOffset,
    divergingEpoch: defaultEpochEndOffset(),
    currentLeader: defaultLeaderIdAndEpoch(),
    snapshotId: defaultSnapshotId(),
    abortedTransactions,
    preferredReadReplica,
    records,
  };
}

function decodeFetchableTopicResponseV11(r: Reader): FetchableTopicResponse {
  const topic = r.string();
  const n0 = r.arrayLength(42);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: PartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodePartitionDataV11(r));
  return { topic, topicId: ZERO_UUID, partitions };
}

function decodeFetchResponseV11(r: Reader): FetchResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const sessionId = r.int32();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Responses');
  const responses: FetchableTopicResponse[] = [];
  for (let i = 0; i < n0; i++) responses.push(decodeFetchableTopicResponseV11(r));
  return { throttleTimeMs, errorCode, sessionId, responses, nodeEndpoints: [] };
}

function encodePartitionDataV11(w: Writer, m: PartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int64(m.highWatermark);
  w.int64(m.lastStableOffset === undefined ? -1 : m.lastStableOffset);
  w.int64(m.logStartOffset === undefined ? -1 : m.logStartOffset);
  if (m.divergingEpoch !== undefined && !isEpochEndOffsetDefault(m.divergingEpoch)) {
    throw new UnsupportedFieldError('PartitionData.DivergingEpoch', 11);
  }
  if (m.currentLeader !== undefined && !isLeaderIdAndEpochDefault(m.currentLeader)) {
    throw new UnsupportedFieldError('PartitionData.CurrentLeader', 11);
  }
  if (m.snapshotId !== undefined && !isSnapshotIdDefault(m.snapshotId)) throw new UnsupportedFieldError('PartitionData.SnapshotId', 11);
  {
    const a = m.abortedTransactions === undefined ? [] : m.abortedTransactions;
    if (a === null) w.int32(-1);
    else {
      w.arrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeAbortedTransactionV4(w, a[i]);
    }
  }
  w.int32(m.preferredReadReplica === undefined ? -1 : m.preferredReadReplica);
  w.records(m.records, false);
}

function encodeFetchableTopicResponseV11(w: Writer, m: FetchableTopicResponse): void {
  w.string(m.topic === undefined ? '' : m.topic);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionDataV11(w, a[i]);
  }
}

function encodeFetchResponseV11(w: Writer, m: FetchResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  w.int16(m.errorCode === undefined ? 0 : m.errorCode);
  w.int32(m.sessionId === undefined ? 0 : m.sessionId);
  {
    const a = m.responses;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchableTopicResponseV11(w, a[i]);
  }
  if (m.nodeEndpoints !== undefined && (m.nodeEndpoints === null || m.nodeEndpoints.length !== 0)) {
    throw new UnsupportedFieldError('FetchResponse.NodeEndpoints', 11);
  }
}

function decodeAbortedTransactionV12(r: Reader): AbortedTransaction {
  const producerId = r.int64();
  const firstOffset = r.int64();
  const m: AbortedTransaction = { producerId, firstOffset };
  r.skipTaggedFields();
  return m;
}

function decodeEpochEndOffsetV12(r: Reader): EpochEndOffset {
  const epoch = r.int32();
  const endOffset = r.int64();
  const m: EpochEndOffset = { epoch, endOffset };
  r.skipTaggedFields();
  return m;
}

function decodeLeaderIdAndEpochV12(r: Reader): LeaderIdAndEpoch {
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  const m: LeaderIdAndEpoch = { leaderId, leaderEpoch };
  r.skipTaggedFields();
  return m;
}

function decodeSnapshotIdV12(r: Reader): SnapshotId {
  const endOffset = r.int64();
  const epoch = r.int32();
  const m: SnapshotId = { endOffset, epoch };
  r.skipTaggedFields();
  return m;
}

function decodePartitionDataV12(r: Reader): PartitionData {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const highWatermark = r.int64();
  const lastStableOffset = r.int64();
  const logStartOffset = r.int64();
  const n0 = r.compactArrayLength(17);
  let abortedTransactions: AbortedTransaction[] | null = null;
  if (n0 >= 0) {
    abortedTransactions = [];
    for (let i = 0; i < n0; i++) abortedTransactions.push(decodeAbortedTransactionV12(r));
  }
  const preferredReadReplica = r.int32();
  const records = r.records(true);
  const m: PartitionData = {
    partitionIndex,
    errorCode,
    highWatermark,
    lastStableOffset,
    logStartOffset,
    divergingEpoch: defaultEpochEndOffset(),
    currentLeader: defaultLeaderIdAndEpoch(),
    snapshotId: defaultSnapshotId(),
    abortedTransactions,
    preferredReadReplica,
    records,
  };
  const tagCount = r.uvarint();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.uvarint();
    const size = r.uvarint();
    const end = r.offset + size;
    switch (tag) {
      case 0: {
        const value = decodeEpochEndOffsetV12(r);
        m.divergingEpoch = value;
        break;
      }
      case 1: {
        const value = decodeLeaderIdAndEpochV12(r);
        m.currentLeader = value;
        break;
      }
      case 2: {
        const value = decodeSnapshotIdV12(r);
        m.snapshotId = value;
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

function decodeFetchableTopicResponseV12(r: Reader): FetchableTopicResponse {
  const topic = r.compactString();
  const n0 = r.compactArrayLength(37);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: PartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodePartitionDataV12(r));
  const m: FetchableTopicResponse = { topic, topicId: ZERO_UUID, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeFetchResponseV12(r: Reader): FetchResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const sessionId = r.int32();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Responses');
  const responses: FetchableTopicResponse[] = [];
  for (let i = 0; i < n0; i++) responses.push(decodeFetchableTopicResponseV12(r));
  const m: FetchResponse = { throttleTimeMs, errorCode, sessionId, responses, nodeEndpoints: [] };
  r.skipTaggedFields();
  return m;
}

function encodeAbortedTransactionV12(w: Writer, m: AbortedTransaction): void {
  w.int64(m.producerId);
  w.int64(m.firstOffset);
  w.uvarint(0);
}

function encodeEpochEndOffsetV12(w: Writer, m: EpochEndOffset): void {
  w.int32(m.epoch);
  w.int64(m.endOffset);
  w.uvarint(0);
}

function encodeLeaderIdAndEpochV12(w: Writer, m: LeaderIdAndEpoch): void {
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  w.uvarint(0);
}

function encodeSnapshotIdV12(w: Writer, m: SnapshotId): void {
  w.int64(m.endOffset);
  w.int32(m.epoch);
  w.uvarint(0);
}

function encodePartitionDataV12(w: Writer, m: PartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int64(m.highWatermark);
  w.int64(m.lastStableOffset === undefined ? -1 : m.lastStableOffset);
  w.int64(m.logStartOffset === undefined ? -1 : m.logStartOffset);
  {
    const a = m.abortedTransactions === undefined ? [] : m.abortedTransactions;
    if (a === null) w.uvarint(0);
    else {
      w.compactArrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodeAbortedTransactionV12(w, a[i]);
    }
  }
  w.int32(m.preferredReadReplica === undefined ? -1 : m.preferredReadReplica);
  w.records(m.records, true);
  let tagCount = 0;
  const tagged0 = m.divergingEpoch !== undefined && !isEpochEndOffsetDefault(m.divergingEpoch);
  if (tagged0) tagCount++;
  const tagged1 = m.currentLeader !== undefined && !isLeaderIdAndEpochDefault(m.currentLeader);
  if (tagged1) tagCount++;
  const tagged2 = m.snapshotId !== undefined && !isSnapshotIdDefault(m.snapshotId);
  if (tagged2) tagCount++;
  w.uvarint(tagCount);
  if (tagged0) {
    writeTaggedField(w, 0, (tw) => {
      encodeEpochEndOffsetV12(tw, m.divergingEpoch!);
    });
  }
  if (tagged1) {
    writeTaggedField(w, 1, (tw) => {
      encodeLeaderIdAndEpochV12(tw, m.currentLeader!);
    });
  }
  if (tagged2) {
    writeTaggedField(w, 2, (tw) => {
      encodeSnapshotIdV12(tw, m.snapshotId!);
    });
  }
}

function encodeFetchableTopicResponseV12(w: Writer, m: FetchableTopicResponse): void {
  w.compactString(m.topic === undefined ? '' : m.topic);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionDataV12(w, a[i]);
  }
  w.uvarint(0);
}

function encodeFetchResponseV12(w: Writer, m: FetchResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  w.int16(m.errorCode === undefined ? 0 : m.errorCode);
  w.int32(m.sessionId === undefined ? 0 : m.sessionId);
  {
    const a = m.responses;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchableTopicResponseV12(w, a[i]);
  }
  if (m.nodeEndpoints !== undefined && (m.nodeEndpoints === null || m.nodeEndpoints.length !== 0)) {
    throw new UnsupportedFieldError('FetchResponse.NodeEndpoints', 12);
  }
  w.uvarint(0);
}

function decodeFetchableTopicResponseV13(r: Reader): FetchableTopicResponse {
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(37);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: PartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodePartitionDataV12(r));
  const m: FetchableTopicResponse = { topic: '', topicId, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeFetchResponseV13(r: Reader): FetchResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const sessionId = r.int32();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Responses');
  const responses: FetchableTopicResponse[] = [];
  for (let i = 0; i < n0; i++) responses.push(decodeFetchableTopicResponseV13(r));
  const m: FetchResponse = { throttleTimeMs, errorCode, sessionId, responses, nodeEndpoints: [] };
  r.skipTaggedFields();
  return m;
}

function encodeFetchableTopicResponseV13(w: Writer, m: FetchableTopicResponse): void {
  w.uuid(m.topicId === undefined ? ZERO_UUID : m.topicId);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionDataV12(w, a[i]);
  }
  w.uvarint(0);
}

function encodeFetchResponseV13(w: Writer, m: FetchResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  w.int16(m.errorCode === undefined ? 0 : m.errorCode);
  w.int32(m.sessionId === undefined ? 0 : m.sessionId);
  {
    const a = m.responses;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchableTopicResponseV13(w, a[i]);
  }
  if (m.nodeEndpoints !== undefined && (m.nodeEndpoints === null || m.nodeEndpoints.length !== 0)) {
    throw new UnsupportedFieldError('FetchResponse.NodeEndpoints', 13);
  }
  w.uvarint(0);
}

function encodeFetchResponseV14(w: Writer, m: FetchResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  w.int16(m.errorCode === undefined ? 0 : m.errorCode);
  w.int32(m.sessionId === undefined ? 0 : m.sessionId);
  {
    const a = m.responses;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchableTopicResponseV13(w, a[i]);
  }
  if (m.nodeEndpoints !== undefined && (m.nodeEndpoints === null || m.nodeEndpoints.length !== 0)) {
    throw new UnsupportedFieldError('FetchResponse.NodeEndpoints', 14);
  }
  w.uvarint(0);
}

function encodeFetchResponseV15(w: Writer, m: FetchResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  w.int16(m.errorCode === undefined ? 0 : m.errorCode);
  w.int32(m.sessionId === undefined ? 0 : m.sessionId);
  {
    const a = m.responses;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchableTopicResponseV13(w, a[i]);
  }
  if (m.nodeEndpoints !== undefined && (m.nodeEndpoints === null || m.nodeEndpoints.length !== 0)) {
    throw new UnsupportedFieldError('FetchResponse.NodeEndpoints', 15);
  }
  w.uvarint(0);
}

function decodeNodeEndpointV16(r: Reader): NodeEndpoint {
  const nodeId = r.int32();
  const host = r.compactString();
  const port = r.int32();
  const rack = r.compactNullableString();
  const m: NodeEndpoint = { nodeId, host, port, rack };
  r.skipTaggedFields();
  return m;
}

function decodeFetchResponseV16(r: Reader): FetchResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const sessionId = r.int32();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Responses');
  const responses: FetchableTopicResponse[] = [];
  for (let i = 0; i < n0; i++) responses.push(decodeFetchableTopicResponseV13(r));
  const m: FetchResponse = { throttleTimeMs, errorCode, sessionId, responses, nodeEndpoints: [] };
  const tagCount = r.uvarint();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.uvarint();
    const size = r.uvarint();
    const end = r.offset + size;
    switch (tag) {
      case 0: {
        const n1 = r.compactArrayLength(11);
        if (n1 < 0) r.fail('null in non-nullable array NodeEndpoints');
        const value: NodeEndpoint[] = [];
        for (let i = 0; i < n1; i++) value.push(decodeNodeEndpointV16(r));
        m.nodeEndpoints = value;
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

function encodeNodeEndpointV16(w: Writer, m: NodeEndpoint): void {
  w.int32(m.nodeId);
  w.compactString(m.host);
  w.int32(m.port);
  w.compactNullableString(m.rack);
  w.uvarint(0);
}

function encodeFetchResponseV16(w: Writer, m: FetchResponse): void {
  w.int32(m.throttleTimeMs === undefined ? 0 : m.throttleTimeMs);
  w.int16(m.errorCode === undefined ? 0 : m.errorCode);
  w.int32(m.sessionId === undefined ? 0 : m.sessionId);
  {
    const a = m.responses;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchableTopicResponseV13(w, a[i]);
  }
  let tagCount = 0;
  const tagged0 = m.nodeEndpoints !== undefined && (m.nodeEndpoints === null || m.nodeEndpoints.length !== 0);
  if (tagged0) tagCount++;
  w.uvarint(tagCount);
  if (tagged0) {
    writeTaggedField(w, 0, (tw) => {
      {
        const a = m.nodeEndpoints!;
        tw.compactArrayLength(a.length);
        for (let i = 0; i < a.length; i++) encodeNodeEndpointV16(tw, a[i]);
      }
    });
  }
}

const requestDecoders: ReadonlyArray<((r: Reader) => FetchRequest) | undefined> = [
  decodeFetchRequestV0, decodeFetchRequestV0, decodeFetchRequestV0, decodeFetchRequestV3, decodeFetchRequestV4, decodeFetchRequestV5,
  decodeFetchRequestV5, decodeFetchRequestV7, decodeFetchRequestV7, decodeFetchRequestV9, decodeFetchRequestV9, decodeFetchRequestV11,
  decodeFetchRequestV12, decodeFetchRequestV13, decodeFetchRequestV13, decodeFetchRequestV15, decodeFetchRequestV15, decodeFetchRequestV17,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: FetchRequest) => void) | undefined> = [
  encodeFetchRequestV0, encodeFetchRequestV1, encodeFetchRequestV2, encodeFetchRequestV3, encodeFetchRequestV4, encodeFetchRequestV5,
  encodeFetchRequestV6, encodeFetchRequestV7, encodeFetchRequestV8, encodeFetchRequestV9, encodeFetchRequestV10, encodeFetchRequestV11,
  encodeFetchRequestV12, encodeFetchRequestV13, encodeFetchRequestV14, encodeFetchRequestV15, encodeFetchRequestV16, encodeFetchRequestV17,
];
const responseDecoders: ReadonlyArray<((r: Reader) => FetchResponse) | undefined> = [
  decodeFetchResponseV0, decodeFetchResponseV1, decodeFetchResponseV1, decodeFetchResponseV1, decodeFetchResponseV4, decodeFetchResponseV5,
  decodeFetchResponseV5, decodeFetchResponseV7, decodeFetchResponseV7, decodeFetchResponseV7, decodeFetchResponseV7,
  decodeFetchResponseV11, decodeFetchResponseV12, decodeFetchResponseV13, decodeFetchResponseV13, decodeFetchResponseV13,
  decodeFetchResponseV16, decodeFetchResponseV16,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: FetchResponse) => void) | undefined> = [
  encodeFetchResponseV0, encodeFetchResponseV1, encodeFetchResponseV2, encodeFetchResponseV3, encodeFetchResponseV4, encodeFetchResponseV5,
  encodeFetchResponseV6, encodeFetchResponseV7, encodeFetchResponseV8, encodeFetchResponseV9, encodeFetchResponseV10,
  encodeFetchResponseV11, encodeFetchResponseV12, encodeFetchResponseV13, encodeFetchResponseV14, encodeFetchResponseV15,
  encodeFetchResponseV16, encodeFetchResponseV16,
];

export const FetchApi: ApiCodec<FetchRequest, FetchResponse> = {
  apiKey: 1,
  name: 'Fetch',
  validVersions: { min: 0, max: 17 },
  firstFlexibleVersion: 12,
  deprecatedVersions: { min: 0, max: 3 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 12 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 12 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): FetchRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('Fetch', 1, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: FetchRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('Fetch', 1, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): FetchResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('Fetch', 1, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: FetchResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('Fetch', 1, version);
    encode(writer, message);
  },
  defaultRequest: defaultFetchRequest,
  defaultResponse: defaultFetchResponse,
};
