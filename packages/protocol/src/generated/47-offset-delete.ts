// Generated from protocol-specs/47-offset-delete.json by scripts/gen-protocol.ts. Do not edit.
// OffsetDelete (key 47), versions 0-0, never flexible.

import type { ApiCodec } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface OffsetDeleteRequest {
  groupId: string;
  topics: OffsetDeleteRequestTopic[];
}

export interface OffsetDeleteRequestTopic {
  name: string;
  partitions: OffsetDeleteRequestPartition[];
}

export interface OffsetDeleteRequestPartition {
  partitionIndex: number;
}

export interface OffsetDeleteResponse {
  errorCode: number;
  throttleTimeMs: number;
  topics: OffsetDeleteResponseTopic[];
}

export interface OffsetDeleteResponseTopic {
  name: string;
  partitions: OffsetDeleteResponsePartition[];
}

export interface OffsetDeleteResponsePartition {
  partitionIndex: number;
  errorCode: number;
}

function defaultOffsetDeleteRequest(): OffsetDeleteRequest {
  return { groupId: '', topics: [] };
}

function defaultOffsetDeleteResponse(): OffsetDeleteResponse {
  return { errorCode: 0, throttleTimeMs: 0, topics: [] };
}

function decodeOffsetDeleteRequestPartitionV0(r: Reader): OffsetDeleteRequestPartition {
  const partitionIndex = r.int32();
  return { partitionIndex };
}

function decodeOffsetDeleteRequestTopicV0(r: Reader): OffsetDeleteRequestTopic {
  const name = r.string();
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: OffsetDeleteRequestPartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeOffsetDeleteRequestPartitionV0(r));
  return { name, partitions };
}

function decodeOffsetDeleteRequestV0(r: Reader): OffsetDeleteRequest {
  const groupId = r.string();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: OffsetDeleteRequestTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeOffsetDeleteRequestTopicV0(r));
  return { groupId, topics };
}

function encodeOffsetDeleteRequestPartitionV0(w: Writer, m: OffsetDeleteRequestPartition): void {
  w.int32(m.partitionIndex);
}

function encodeOffsetDeleteRequestTopicV0(w: Writer, m: OffsetDeleteRequestTopic): void {
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetDeleteRequestPartitionV0(w, a[i]);
  }
}

function encodeOffsetDeleteRequestV0(w: Writer, m: OffsetDeleteRequest): void {
  w.string(m.groupId);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetDeleteRequestTopicV0(w, a[i]);
  }
}

function decodeOffsetDeleteResponsePartitionV0(r: Reader): OffsetDeleteResponsePartition {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  return { partitionIndex, errorCode };
}

function decodeOffsetDeleteResponseTopicV0(r: Reader): OffsetDeleteResponseTopic {
  const name = r.string();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: OffsetDeleteResponsePartition[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeOffsetDeleteResponsePartitionV0(r));
  return { name, partitions };
}

function decodeOffsetDeleteResponseV0(r: Reader): OffsetDeleteResponse {
  const errorCode = r.int16();
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: OffsetDeleteResponseTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeOffsetDeleteResponseTopicV0(r));
  return { errorCode, throttleTimeMs, topics };
}

function encodeOffsetDeleteResponsePartitionV0(w: Writer, m: OffsetDeleteResponsePartition): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
}

function encodeOffsetDeleteResponseTopicV0(w: Writer, m: OffsetDeleteResponseTopic): void {
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetDeleteResponsePartitionV0(w, a[i]);
  }
}

function encodeOffsetDeleteResponseV0(w: Writer, m: OffsetDeleteResponse): void {
  w.int16(m.errorCode);
  w.int32(m.throttleTimeMs);
  {
    const a = m.topics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeOffsetDeleteResponseTopicV0(w, a[i]);
  }
}

const requestDecoders: ReadonlyArray<((r: Reader) => OffsetDeleteRequest) | undefined> = [decodeOffsetDeleteRequestV0];
const requestEncoders: ReadonlyArray<((w: Writer, m: OffsetDeleteRequest) => void) | undefined> = [encodeOffsetDeleteRequestV0];
const responseDecoders: ReadonlyArray<((r: Reader) => OffsetDeleteResponse) | undefined> = [decodeOffsetDeleteResponseV0];
const responseEncoders: ReadonlyArray<((w: Writer, m: OffsetDeleteResponse) => void) | undefined> = [encodeOffsetDeleteResponseV0];

export const OffsetDeleteApi: ApiCodec<OffsetDeleteRequest, OffsetDeleteResponse> = {
  apiKey: 47,
  name: 'OffsetDelete',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: null,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: () => 1,
  responseHeaderVersion: () => 0,
  decodeRequest(reader: Reader, version: number): OffsetDeleteRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('OffsetDelete', 47, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: OffsetDeleteRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('OffsetDelete', 47, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): OffsetDeleteResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('OffsetDelete', 47, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: OffsetDeleteResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('OffsetDelete', 47, version);
    encode(writer, message);
  },
  defaultRequest: defaultOffsetDeleteRequest,
  defaultResponse: defaultOffsetDeleteResponse,
};
