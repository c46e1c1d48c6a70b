// Generated from protocol-specs/27-write-txn-markers.json by scripts/gen-protocol.ts. Do not edit.
// WriteTxnMarkers (key 27), versions 0-1, flexible from v1.

import type { ApiCodec } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface WriteTxnMarkersRequest {
  markers: WritableTxnMarker[];
}

export interface WritableTxnMarker {
  producerId: number;
  producerEpoch: number;
  transactionResult: boolean;
  topics: WritableTxnMarkerTopic[];
  coordinatorEpoch: number;
}

export interface WritableTxnMarkerTopic {
  name: string;
  partitionIndexes: number[];
}

export interface WriteTxnMarkersResponse {
  markers: WritableTxnMarkerResult[];
}

export interface WritableTxnMarkerResult {
  producerId: number;
  topics: WritableTxnMarkerTopicResult[];
}

export interface WritableTxnMarkerTopicResult {
  name: string;
  partitions: WritableTxnMarkerPartitionResult[];
}

export interface WritableTxnMarkerPartitionResult {
  partitionIndex: number;
  errorCode: number;
}

function defaultWriteTxnMarkersRequest(): WriteTxnMarkersRequest {
  return { markers: [] };
}

function defaultWriteTxnMarkersResponse(): WriteTxnMarkersResponse {
  return { markers: [] };
}

function decodeWritableTxnMarkerTopicV0(r: Reader): WritableTxnMarkerTopic {
  const name = r.string();
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array PartitionIndexes');
  const partitionIndexes: number[] = [];
  for (let i = 0; i < n0; i++) partitionIndexes.push(r.int32());
  return { name, partitionIndexes };
}

function decodeWritableTxnMarkerV0(r: Reader): WritableTxnMarker {
  const producerId = r.int64();
  const producerEpoch = r.int16();
  const transactionResult = r.bool();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: WritableTxnMarkerTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeWritableTxnMarkerTopicV0(r));
  const coordinatorEpoch = r.int32();
  return { producerId, producerEpoch, transactionResult, topics, coordinatorEpoch };
}

function decodeWriteTxnMarkersRequestV0(r: Reader): WriteTxnMarkersRequest {
  const n0 = r.arrayLength(19);
  if (n0 < 0) r.fail('null in non-nullable array Markers');
  const markers: WritableTxnMarker[] = [];
  for (let i = 0; i < n0; i++) markers.push(decodeWritableTxnMarkerV0(r));
  return { markers };
}

function encodeWritableTxnMarkerTopicV0(w: Writer, m: WritableTxnMarkerTopic): void {
  w.string(m.name);
  {
    const a = m.partitionIndexes;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
}

function encodeWritableTxnMarkerV0(w: Writer, m: WritableTxnMarker): void {
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  w.bool(m.transactionResult);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeWritableTxnMarkerTopicV0(w, a[i]);
  }
  w.int32(m.coordinatorEpoch);
}

function encodeWriteTxnMarkersRequestV0(w: Writer, m: WriteTxnMarkersRequest): void {
  {
    const a = m.markers;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeWritableTxnMarkerV0(w, a[i]);
  }
}

function decodeWritableTxnMarkerTopicV1(r: Reader): WritableTxnMarkerTopic {
  const name = r.compactString();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array PartitionIndexes');
  const partitionIndexes: number[] = [];
  for (let i = 0; i < n0; i++) partitionIndexes.push(r.int32());
  const m: WritableTxnMarkerTopic = { name, partitionIndexes };
  r.skipTaggedFields();
  return m;
}

function decodeWritableTxnMarkerV1(r: Reader): WritableTxnMarker {
  const producerId = r.int64();
  const producerEpoch = r.int16();
  const transactionResult = r.bool();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: WritableTxnMarkerTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeWritableTxnMarkerTopicV1(r));
  const coordinatorEpoch = r.int32();
  const m: WritableTxnMarker = { producerId, producerEpoch, transactionResult, topics, coordinatorEpoch };
  r.skipTaggedFields();
  return m;
}

function decodeWriteTxnMarkersRequestV1(r: Reader): WriteTxnMarkersRequest {
  const n0 = r.compactArrayLength(17);
  if (n0 < 0) r.fail('null in non-nullable array Markers');
  const markers: WritableTxnMarker[] = [];
  for (let i = 0; i < n0; i++) markers.push(decodeWritableTxnMarkerV1(r));
  const m: WriteTxnMarkersRequest = { markers };
  r.skipTaggedFields();
  return m;
}

function encodeWritableTxnMarkerTopicV1(w: Writer, m: WritableTxnMarkerTopic): void {
  w.compactString(m.name);
  {
    const a = m.partitionIndexes;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.uvarint(0);
}

function encodeWritableTxnMarkerV1(w: Writer, m: WritableTxnMarker): void {
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  w.bool(m.transactionResult);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeWritableTxnMarkerTopicV1(w, a[i]);
  }
  w.int32(m.coordinatorEpoch);
  w.uvarint(0);
}

function encodeWriteTxnMarkersRequestV1(w: Writer, m: WriteTxnMarkersRequest): void {
  {
    const a = m.markers;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeWritableTxnMarkerV1(w, a[i]);
  }
  w.uvarint(0);
}

function decodeWritableTxnMarkerPartitionResultV0(r: Reader): WritableTxnMarkerPartitionResult {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  return { partitionIndex, errorCode };
}

function decodeWritableTxnMarkerTopicResultV0(r: Reader): WritableTxnMarkerTopicResult {
  const name = r.string();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: WritableTxnMarkerPartitionResult[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeWritableTxnMarkerPartitionResultV0(r));
  return { name, partitions };
}

function decodeWritableTxnMarkerResultV0(r: Reader): WritableTxnMarkerResult {
  const producerId = r.int64();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: WritableTxnMarkerTopicResult[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeWritableTxnMarkerTopicResultV0(r));
  return { producerId, topics };
}

function decodeWriteTxnMarkersResponseV0(r: Reader): WriteTxnMarkersResponse {
  const n0 = r.arrayLength(12);
  if (n0 < 0) r.fail('null in non-nullable array Markers');
  const markers: WritableTxnMarkerResult[] = [];
  for (let i = 0; i < n0; i++) markers.push(decodeWritableTxnMarkerResultV0(r));
  return { markers };
}

function encodeWritableTxnMarkerPartitionResultV0(w: Writer, m: WritableTxnMarkerPartitionResult): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
}

function encodeWritableTxnMarkerTopicResultV0(w: Writer, m: WritableTxnMarkerTopicResult): void {
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeWritableTxnMarkerPartitionResultV0(w, a[i]);
  }
}

function encodeWritableTxnMarkerResultV0(w: Writer, m: WritableTxnMarkerResult): void {
  w.int64(m.producerId);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeWritableTxnMarkerTopicResultV0(w, a[i]);
  }
}

function encodeWriteTxnMarkersResponseV0(w: Writer, m: WriteTxnMarkersResponse): void {
  {
    const a = m.markers;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeWritableTxnMarkerResultV0(w, a[i]);
  }
}

function decodeWritableTxnMarkerPartitionResultV1(r: Reader): WritableTxnMarkerPartitionResult {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const m: WritableTxnMarkerPartitionResult = { partitionIndex, errorCode };
  r.skipTaggedFields();
  return m;
}

function decodeWritableTxnMarkerTopicResultV1(r: Reader): WritableTxnMarkerTopicResult {
  const name = r.compactString();
  const n0 = r.compactArrayLength(7);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: WritableTxnMarkerPartitionResult[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeWritableTxnMarkerPartitionResultV1(r));
  const m: WritableTxnMarkerTopicResult = { name, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeWritableTxnMarkerResultV1(r: Reader): WritableTxnMarkerResult {
  const producerId = r.int64();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: WritableTxnMarkerTopicResult[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeWritableTxnMarkerTopicResultV1(r));
  const m: WritableTxnMarkerResult = { producerId, topics };
  r.skipTaggedFields();
  return m;
}

function decodeWriteTxnMarkersResponseV1(r: Reader): WriteTxnMarkersResponse {
  const n0 = r.compactArrayLength(10);
  if (n0 < 0) r.fail('null in non-nullable array Markers');
  const markers: WritableTxnMarkerResult[] = [];
  for (let i = 0; i < n0; i++) markers.push(decodeWritableTxnMarkerResultV1(r));
  const m: WriteTxnMarkersResponse = { markers };
  r.skipTaggedFields();
  return m;
}

function encodeWritableTxnMarkerPartitionResultV1(w: Writer, m: WritableTxnMarkerPartitionResult): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.uvarint(0);
}

function encodeWritableTxnMarkerTopicResultV1(w: Writer, m: WritableTxnMarkerTopicResult): void {
  w.compactString(m.name);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeWritableTxnMarkerPartitionResultV1(w, a[i]);
  }
  w.uvarint(0);
}

function encodeWritableTxnMarkerResultV1(w: Writer, m: WritableTxnMarkerResult): void {
  w.int64(m.producerId);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeWritableTxnMarkerTopicResultV1(w, a[i]);
  }
  w.uvarint(0);
}

function encodeWriteTxnMarkersResponseV1(w: Writer, m: WriteTxnMarkersResponse): void {
  {
    const a = m.markers;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeWritableTxnMarkerResultV1(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => WriteTxnMarkersRequest) | undefined> = [
  decodeWriteTxnMarkersRequestV0, decodeWriteTxnMarkersRequestV1,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: WriteTxnMarkersRequest) => void) | undefined> = [
  encodeWriteTxnMarkersRequestV0, encodeWriteTxnMarkersRequestV1,
];
const responseDecoders: ReadonlyArray<((r: Reader) => WriteTxnMarkersResponse) | undefined> = [
  decodeWriteTxnMarkersResponseV0, decodeWriteTxnMarkersResponseV1,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: WriteTxnMarkersResponse) => void) | undefined> = [
  encodeWriteTxnMarkersResponseV0, encodeWriteTxnMarkersResponseV1,
];

export const WriteTxnMarkersApi: ApiCodec<WriteTxnMarkersRequest, WriteTxnMarkersResponse> = {
  apiKey: 27,
  name: 'WriteTxnMarkers',
  validVersions: { min: 0, max: 1 },
  firstFlexibleVersion: 1,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 1 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 1 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): WriteTxnMarkersRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('WriteTxnMarkers', 27, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: WriteTxnMarkersRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('WriteTxnMarkers', 27, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): WriteTxnMarkersResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('WriteTxnMarkers', 27, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: WriteTxnMarkersResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('WriteTxnMarkers', 27, version);
    encode(writer, message);
  },
  defaultRequest: defaultWriteTxnMarkersRequest,
  defaultResponse: defaultWriteTxnMarkersResponse,
};
