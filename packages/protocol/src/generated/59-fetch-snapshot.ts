// Generated from protocol-specs/59-fetch-snapshot.json by scripts/gen-protocol.ts. Do not edit.
// FetchSnapshot (key 59), versions 0-1, flexible from v0.

import type { ApiCodec, RecordsData, Uuid } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import { writeTaggedField } from '../primitives/tagged-fields';
import { ZERO_UUID } from '../primitives/uuid';
import type { Writer } from '../primitives/writer';

export interface FetchSnapshotRequest {
  clusterId: string | null;
  replicaId: number;
  maxBytes: number;
  topics: FetchSnapshotRequestTopicSnapshot[];
}

export interface FetchSnapshotRequestTopicSnapshot {
  name: string;
  partitions: FetchSnapshotRequestPartitionSnapshot[];
}

export interface FetchSnapshotRequestPartitionSnapshot {
  partition: number;
  currentLeaderEpoch: number;
  snapshotId: FetchSnapshotRequestSnapshotId;
  position: number;
  replicaDirectoryId?: Uuid;
}

export interface FetchSnapshotRequestSnapshotId {
  endOffset: number;
  epoch: number;
}

export interface FetchSnapshotResponse {
  throttleTimeMs: number;
  errorCode: number;
  topics: FetchSnapshotResponseTopicSnapshot[];
  nodeEndpoints?: NodeEndpoint[];
}

export interface FetchSnapshotResponseTopicSnapshot {
  name: string;
  partitions: FetchSnapshotResponsePartitionSnapshot[];
}

export interface FetchSnapshotResponsePartitionSnapshot {
  index: number;
  errorCode: number;
  snapshotId: FetchSnapshotResponseSnapshotId;
  currentLeader: LeaderIdAndEpoch;
  size: number;
  position: number;
  unalignedRecords: RecordsData;
}

export interface FetchSnapshotResponseSnapshotId {
  endOffset: number;
  epoch: number;
}

export interface LeaderIdAndEpoch {
  leaderId: number;
  leaderEpoch: number;
}

export interface NodeEndpoint {
  nodeId: number;
  host: string;
  port: number;
}

function defaultFetchSnapshotRequest(): FetchSnapshotRequest {
  return { clusterId: null, replicaId: -1, maxBytes: 2147483647, topics: [] };
}

function defaultFetchSnapshotResponse(): FetchSnapshotResponse {
  return { throttleTimeMs: 0, errorCode: 0, topics: [], nodeEndpoints: [] };
}

function defaultLeaderIdAndEpoch(): LeaderIdAndEpoch {
  return { leaderId: 0, leaderEpoch: 0 };
}

function isLeaderIdAndEpochDefault(s: LeaderIdAndEpoch): boolean {
  return !(s.leaderId !== 0) &&
    !(s.leaderEpoch !== 0);
}

function decodeFetchSnapshotRequestSnapshotIdV0(r: Reader): FetchSnapshotRequestSnapshotId {
  const endOffset = r.int64();
  const epoch = r.int32();
  const m: FetchSnapshotRequestSnapshotId = { endOffset, epoch };
  r.skipTaggedFields();
  return m;
}

function decodeFetchSnapshotRequestPartitionSnapshotV0(r: Reader): FetchSnapshotRequestPartitionSnapshot {
  const partition = r.int32();
  const currentLeaderEpoch = r.int32();
  const snapshotId = decodeFetchSnapshotRequestSnapshotIdV0(r);
  const position = r.int64();
  const m: FetchSnapshotRequestPartitionSnapshot = { partition, currentLeaderEpoch, snapshotId, position, replicaDirectoryId: ZERO_UUID };
  r.skipTaggedFields();
  return m;
}

function decodeFetchSnapshotRequestTopicSnapshotV0(r: Reader): FetchSnapshotRequestTopicSnapshot {
  const name = r.compactString();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: FetchSnapshotRequestPartitionSnapshot[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeFetchSnapshotRequestPartitionSnapshotV0(r));
  const m: FetchSnapshotRequestTopicSnapshot = { name, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeFetchSnapshotRequestV0(r: Reader): FetchSnapshotRequest {
  const replicaId = r.int32();
  const maxBytes = r.int32();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: FetchSnapshotRequestTopicSnapshot[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeFetchSnapshotRequestTopicSnapshotV0(r));
  const m: FetchSnapshotRequest = { clusterId: null, replicaId, maxBytes, topics };
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

function encodeFetchSnapshotRequestSnapshotIdV0(w: Writer, m: FetchSnapshotRequestSnapshotId): void {
  w.int64(m.endOffset);
  w.int32(m.epoch);
  w.uvarint(0);
}

function encodeFetchSnapshotRequestPartitionSnapshotV0(w: Writer, m: FetchSnapshotRequestPartitionSnapshot): void {
  w.int32(m.partition);
  w.int32(m.currentLeaderEpoch);
  encodeFetchSnapshotRequestSnapshotIdV0(w, m.snapshotId);
  w.int64(m.position);
  w.uvarint(0);
}

function encodeFetchSnapshotRequestTopicSnapshotV0(w: Writer, m: FetchSnapshotRequestTopicSnapshot): void {
  w.compactString(m.name);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchSnapshotRequestPartitionSnapshotV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeFetchSnapshotRequestV0(w: Writer, m: FetchSnapshotRequest): void {
  w.int32(m.replicaId);
  w.int32(m.maxBytes);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchSnapshotRequestTopicSnapshotV0(w, a[i]);
  }
  let tagCount = 0;
  const tagged0 = m.clusterId !== null;
  if (tagged0) tagCount++;
  w.uvarint(tagCount);
  if (tagged0) {
    writeTaggedField(w, 0, (tw) => {
      tw.compactNullableString(m.clusterId);
    });
  }
}

function decodeFetchSnapshotRequestPartitionSnapshotV1(r: Reader): FetchSnapshotRequestPartitionSnapshot {
  const partition = r.int32();
  const currentLeaderEpoch = r.int32();
  const snapshotId = decodeFetchSnapshotRequestSnapshotIdV0(r);
  const position = r.int64();
  const m: FetchSnapshotRequestPartitionSnapshot = { partition, currentLeaderEpoch, snapshotId, position, replicaDirectoryId: ZERO_UUID };
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

function decodeFetchSnapshotRequestTopicSnapshotV1(r: Reader): FetchSnapshotRequestTopicSnapshot {
  const name = r.compactString();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: FetchSnapshotRequestPartitionSnapshot[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeFetchSnapshotRequestPartitionSnapshotV1(r));
  const m: FetchSnapshotRequestTopicSnapshot = { name, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeFetchSnapshotRequestV1(r: Reader): FetchSnapshotRequest {
  const replicaId = r.int32();
  const maxBytes = r.int32();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: FetchSnapshotRequestTopicSnapshot[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeFetchSnapshotRequestTopicSnapshotV1(r));
  const m: FetchSnapshotRequest = { clusterId: null, replicaId, maxBytes, topics };
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

function encodeFetchSnapshotRequestPartitionSnapshotV1(w: Writer, m: FetchSnapshotRequestPartitionSnapshot): void {
  w.int32(m.partition);
  w.int32(m.currentLeaderEpoch);
  encodeFetchSnapshotRequestSnapshotIdV0(w, m.snapshotId);
  w.int64(m.position);
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

function encodeFetchSnapshotRequestTopicSnapshotV1(w: Writer, m: FetchSnapshotRequestTopicSnapshot): void {
  w.compactString(m.name);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchSnapshotRequestPartitionSnapshotV1(w, a[i]);
  }
  w.uvarint(0);
}

function encodeFetchSnapshotRequestV1(w: Writer, m: FetchSnapshotRequest): void {
  w.int32(m.replicaId);
  w.int32(m.maxBytes);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchSnapshotRequestTopicSnapshotV1(w, a[i]);
  }
  let tagCount = 0;
  const tagged0 = m.clusterId !== null;
  if (tagged0) tagCount++;
  w.uvarint(tagCount);
  if (tagged0) {
    writeTaggedField(w, 0, (tw) => {
      tw.compactNullableString(m.clusterId);
    });
  }
}

function decodeFetchSnapshotResponseSnapshotIdV0(r: Reader): FetchSnapshotResponseSnapshotId {
  const endOffset = r.int64();
  const epoch = r.int32();
  const m: FetchSnapshotResponseSnapshotId = { endOffset, epoch };
  r.skipTaggedFields();
  return m;
}

function decodeLeaderIdAndEpochV0(r: Reader): LeaderIdAndEpoch {
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  const m: LeaderIdAndEpoch = { leaderId, leaderEpoch };
  r.skipTaggedFields();
  return m;
}

function decodeFetchSnapshotResponsePartitionSnapshotV0(r: Reader): FetchSnapshotResponsePartitionSnapshot {
  const index = r.int32();
  const errorCode = r.int16();
  const snapshotId = decodeFetchSnapshotResponseSnapshotIdV0(r);
  const size = r.int64();
  const position = r.int64();
  const unalignedRecords = r.records(true);
  const m: FetchSnapshotResponsePartitionSnapshot = {
    index,
    errorCode,
    snapshotId,
    currentLeader: defaultLeaderIdAndEpoch(),
    size,
    position,
    unalignedRecords,
  };
  const tagCount = r.uvarint();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.uvarint();
    const size = r.uvarint();
    const end = r.offset + size;
    switch (tag) {
      case 0: {
        const value = decodeLeaderIdAndEpochV0(r);
        m.currentLeader = value;
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

function decodeFetchSnapshotResponseTopicSnapshotV0(r: Reader): FetchSnapshotResponseTopicSnapshot {
  const name = r.compactString();
  const n0 = r.compactArrayLength(25);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: FetchSnapshotResponsePartitionSnapshot[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeFetchSnapshotResponsePartitionSnapshotV0(r));
  const m: FetchSnapshotResponseTopicSnapshot = { name, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeFetchSnapshotResponseV0(r: Reader): FetchSnapshotResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: FetchSnapshotResponseTopicSnapshot[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeFetchSnapshotResponseTopicSnapshotV0(r));
  const m: FetchSnapshotResponse = { throttleTimeMs, errorCode, topics, nodeEndpoints: [] };
  r.skipTaggedFields();
  return m;
}

function encodeFetchSnapshotResponseSnapshotIdV0(w: Writer, m: FetchSnapshotResponseSnapshotId): void {
  w.int64(m.endOffset);
  w.int32(m.epoch);
  w.uvarint(0);
}

function encodeLeaderIdAndEpochV0(w: Writer, m: LeaderIdAndEpoch): void {
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  w.uvarint(0);
}

function encodeFetchSnapshotResponsePartitionSnapshotV0(w: Writer, m: FetchSnapshotResponsePartitionSnapshot): void {
  w.int32(m.index);
  w.int16(m.errorCode);
  encodeFetchSnapshotResponseSnapshotIdV0(w, m.snapshotId);
  w.int64(m.size);
  w.int64(m.position);
  w.records(m.unalignedRecords, true);
  let tagCount = 0;
  const tagged0 = !isLeaderIdAndEpochDefault(m.currentLeader);
  if (tagged0) tagCount++;
  w.uvarint(tagCount);
  if (tagged0) {
    writeTaggedField(w, 0, (tw) => {
      encodeLeaderIdAndEpochV0(tw, m.currentLeader);
    });
  }
}

function encodeFetchSnapshotResponseTopicSnapshotV0(w: Writer, m: FetchSnapshotResponseTopicSnapshot): void {
  w.compactString(m.name);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchSnapshotResponsePartitionSnapshotV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeFetchSnapshotResponseV0(w: Writer, m: FetchSnapshotResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchSnapshotResponseTopicSnapshotV0(w, a[i]);
  }
  if (m.nodeEndpoints !== undefined && (m.nodeEndpoints === null || m.nodeEndpoints.length !== 0)) {
    throw new UnsupportedFieldError('FetchSnapshotResponse.NodeEndpoints', 0);
  }
  w.uvarint(0);
}

function decodeNodeEndpointV1(r: Reader): NodeEndpoint {
  const nodeId = r.int32();
  const host = r.compactString();
  const port = r.uint16();
  const m: NodeEndpoint = { nodeId, host, port };
  r.skipTaggedFields();
  return m;
}

function decodeFetchSnapshotResponseV1(r: Reader): FetchSnapshotResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: FetchSnapshotResponseTopicSnapshot[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeFetchSnapshotResponseTopicSnapshotV0(r));
  const m: FetchSnapshotResponse = { throttleTimeMs, errorCode, topics, nodeEndpoints: [] };
  const tagCount = r.uvarint();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.uvarint();
    const size = r.uvarint();
    const end = r.offset + size;
    switch (tag) {
      case 0: {
        const n1 = r.compactArrayLength(8);
        if (n1 < 0) r.fail('null in non-nullable array NodeEndpoints');
        const value: NodeEndpoint[] = [];
        for (let i = 0; i < n1; i++) value.push(decodeNodeEndpointV1(r));
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

function encodeNodeEndpointV1(w: Writer, m: NodeEndpoint): void {
  w.int32(m.nodeId);
  w.compactString(m.host);
  w.uint16(m.port);
  w.uvarint(0);
}

function encodeFetchSnapshotResponseV1(w: Writer, m: FetchSnapshotResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeFetchSnapshotResponseTopicSnapshotV0(w, a[i]);
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
        for (let i = 0; i < a.length; i++) encodeNodeEndpointV1(tw, a[i]);
      }
    });
  }
}

const requestDecoders: ReadonlyArray<((r: Reader) => FetchSnapshotRequest) | undefined> = [
  decodeFetchSnapshotRequestV0, decodeFetchSnapshotRequestV1,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: FetchSnapshotRequest) => void) | undefined> = [
  encodeFetchSnapshotRequestV0, encodeFetchSnapshotRequestV1,
];
const responseDecoders: ReadonlyArray<((r: Reader) => FetchSnapshotResponse) | undefined> = [
  decodeFetchSnapshotResponseV0, decodeFetchSnapshotResponseV1,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: FetchSnapshotResponse) => void) | undefined> = [
  encodeFetchSnapshotResponseV0, encodeFetchSnapshotResponseV1,
];

export const FetchSnapshotApi: ApiCodec<FetchSnapshotRequest, FetchSnapshotResponse> = {
  apiKey: 59,
  name: 'FetchSnapshot',
  validVersions: { min: 0, max: 1 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): FetchSnapshotRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('FetchSnapshot', 59, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: FetchSnapshotRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('FetchSnapshot', 59, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): FetchSnapshotResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('FetchSnapshot', 59, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: FetchSnapshotResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('FetchSnapshot', 59, version);
    encode(writer, message);
  },
  defaultRequest: defaultFetchSnapshotRequest,
  defaultResponse: defaultFetchSnapshotResponse,
};
