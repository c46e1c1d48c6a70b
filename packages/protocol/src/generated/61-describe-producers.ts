// Generated from protocol-specs/61-describe-producers.json by scripts/gen-protocol.ts. Do not edit.
// DescribeProducers (key 61), versions 0-0, flexible from v0.

import type { ApiCodec } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface DescribeProducersRequest {
  topics: TopicRequest[];
}

export interface TopicRequest {
  name: string;
  partitionIndexes: number[];
}

export interface DescribeProducersResponse {
  throttleTimeMs: number;
  topics: TopicResponse[];
}

export interface TopicResponse {
  name: string;
  partitions: PartitionResponse[];
}

export interface PartitionResponse {
  partitionIndex: number;
  errorCode: number;
  errorMessage: string | null;
  activeProducers: ProducerState[];
}

export interface ProducerState {
  producerId: number;
  producerEpoch: number;
  lastSequence: number;
  lastTimestamp: number;
  coordinatorEpoch: number;
  currentTxnStartOffset: number;
}

function defaultDescribeProducersRequest(): DescribeProducersRequest {
  return { topics: [] };
}

function defaultDescribeProducersResponse(): DescribeProducersResponse {
  return { throttleTimeMs: 0, topics: [] };
}

function decodeTopicRequestV0(r: Reader): TopicRequest {
  const name = r.compactString();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array PartitionIndexes');
  const partitionIndexes: number[] = [];
  for (let i = 0; i < n0; i++) partitionIndexes.push(r.int32());
  const m: TopicRequest = { name, partitionIndexes };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeProducersRequestV0(r: Reader): DescribeProducersRequest {
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: TopicRequest[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeTopicRequestV0(r));
  const m: DescribeProducersRequest = { topics };
  r.skipTaggedFields();
  return m;
}

function encodeTopicRequestV0(w: Writer, m: TopicRequest): void {
  w.compactString(m.name);
  {
    const a = m.partitionIndexes;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.uvarint(0);
}

function encodeDescribeProducersRequestV0(w: Writer, m: DescribeProducersRequest): void {
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTopicRequestV0(w, a[i]);
  }
  w.uvarint(0);
}

function decodeProducerStateV0(r: Reader): ProducerState {
  const producerId = r.int64();
  const producerEpoch = r.int32();
  const lastSequence = r.int32();
  const lastTimestamp = r.int64();
  const coordinatorEpoch = r.int32();
  const currentTxnStartOffset = r.int64();
  const m: ProducerState = { producerId, producerEpoch, lastSequence, lastTimestamp, coordinatorEpoch, currentTxnStartOffset };
  r.skipTaggedFields();
  return m;
}

function decodePartitionResponseV0(r: Reader): PartitionResponse {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const n0 = r.compactArrayLength(37);
  if (n0 < 0) r.fail('null in non-nullable array ActiveProducers');
  const activeProducers: ProducerState[] = [];
  for (let i = 0; i < n0; i++) activeProducers.push(decodeProducerStateV0(r));
  const m: PartitionResponse = { partitionIndex, errorCode, errorMessage, activeProducers };
  r.skipTaggedFields();
  return m;
}

function decodeTopicResponseV0(r: Reader): TopicResponse {
  const name = r.compactString();
  const n0 = r.compactArrayLength(9);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: PartitionResponse[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodePartitionResponseV0(r));
  const m: TopicResponse = { name, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeProducersResponseV0(r: Reader): DescribeProducersResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: TopicResponse[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeTopicResponseV0(r));
  const m: DescribeProducersResponse = { throttleTimeMs, topics };
  r.skipTaggedFields();
  return m;
}

function encodeProducerStateV0(w: Writer, m: ProducerState): void {
  w.int64(m.producerId);
  w.int32(m.producerEpoch);
  w.int32(m.lastSequence);
  w.int64(m.lastTimestamp);
  w.int32(m.coordinatorEpoch);
  w.int64(m.currentTxnStartOffset);
  w.uvarint(0);
}

function encodePartitionResponseV0(w: Writer, m: PartitionResponse): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  {
    const a = m.activeProducers;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeProducerStateV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeTopicResponseV0(w: Writer, m: TopicResponse): void {
  w.compactString(m.name);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionResponseV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeDescribeProducersResponseV0(w: Writer, m: DescribeProducersResponse): void {
  w.int32(m.throttleTimeMs);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTopicResponseV0(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => DescribeProducersRequest) | undefined> = [decodeDescribeProducersRequestV0];
const requestEncoders: ReadonlyArray<((w: Writer, m: DescribeProducersRequest) => void) | undefined> = [encodeDescribeProducersRequestV0];
const responseDecoders: ReadonlyArray<((r: Reader) => DescribeProducersResponse) | undefined> = [decodeDescribeProducersResponseV0];
const responseEncoders: ReadonlyArray<((w: Writer, m: DescribeProducersResponse) => void) | undefined> = [
  encodeDescribeProducersResponseV0,
];

export const DescribeProducersApi: ApiCodec<DescribeProducersRequest, DescribeProducersResponse> = {
  apiKey: 61,
  name: 'DescribeProducers',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): DescribeProducersRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DescribeProducers', 61, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: DescribeProducersRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DescribeProducers', 61, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): DescribeProducersResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DescribeProducers', 61, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: DescribeProducersResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DescribeProducers', 61, version);
    encode(writer, message);
  },
  defaultRequest: defaultDescribeProducersRequest,
  defaultResponse: defaultDescribeProducersResponse,
};
