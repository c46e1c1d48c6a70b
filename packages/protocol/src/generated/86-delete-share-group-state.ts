// Generated from protocol-specs/86-delete-share-group-state.json by scripts/gen-protocol.ts. Do not edit.
// DeleteShareGroupState (key 86), versions 0-0, flexible from v0.

import type { ApiCodec, Uuid } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface DeleteShareGroupStateRequest {
  groupId: string;
  topics: DeleteStateData[];
}

export interface DeleteStateData {
  topicId: Uuid;
  partitions: PartitionData[];
}

export interface PartitionData {
  partition: number;
}

export interface DeleteShareGroupStateResponse {
  results: DeleteStateResult[];
}

export interface DeleteStateResult {
  topicId: Uuid;
  partitions: PartitionResult[];
}

export interface PartitionResult {
  partition: number;
  errorCode: number;
  errorMessage: string | null;
}

function defaultDeleteShareGroupStateRequest(): DeleteShareGroupStateRequest {
  return { groupId: '', topics: [] };
}

function defaultDeleteShareGroupStateResponse(): DeleteShareGroupStateResponse {
  return { results: [] };
}

function decodePartitionDataV0(r: Reader): PartitionData {
  const partition = r.int32();
  const m: PartitionData = { partition };
  r.skipTaggedFields();
  return m;
}

function decodeDeleteStateDataV0(r: Reader): DeleteStateData {
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(5);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: PartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodePartitionDataV0(r));
  const m: DeleteStateData = { topicId, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeDeleteShareGroupStateRequestV0(r: Reader): DeleteShareGroupStateRequest {
  const groupId = r.compactString();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: DeleteStateData[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeDeleteStateDataV0(r));
  const m: DeleteShareGroupStateRequest = { groupId, topics };
  r.skipTaggedFields();
  return m;
}

function encodePartitionDataV0(w: Writer, m: PartitionData): void {
  w.int32(m.partition);
  w.uvarint(0);
}

function encodeDeleteStateDataV0(w: Writer, m: DeleteStateData): void {
  w.uuid(m.topicId);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionDataV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeDeleteShareGroupStateRequestV0(w: Writer, m: DeleteShareGroupStateRequest): void {
  w.compactString(m.groupId);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDeleteStateDataV0(w, a[i]);
  }
  w.uvarint(0);
}

function decodePartitionResultV0(r: Reader): PartitionResult {
  const partition = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const m: PartitionResult = { partition, errorCode, errorMessage };
  r.skipTaggedFields();
  return m;
}

function decodeDeleteStateResultV0(r: Reader): DeleteStateResult {
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(8);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: PartitionResult[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodePartitionResultV0(r));
  const m: DeleteStateResult = { topicId, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeDeleteShareGroupStateResponseV0(r: Reader): DeleteShareGroupStateResponse {
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Results');
  const results: DeleteStateResult[] = [];
  for (let i = 0; i < n0; i++) results.push(decodeDeleteStateResultV0(r));
  const m: DeleteShareGroupStateResponse = { results };
  r.skipTaggedFields();
  return m;
}

function encodePartitionResultV0(w: Writer, m: PartitionResult): void {
  w.int32(m.partition);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  w.uvarint(0);
}

function encodeDeleteStateResultV0(w: Writer, m: DeleteStateResult): void {
  w.uuid(m.topicId);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionResultV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeDeleteShareGroupStateResponseV0(w: Writer, m: DeleteShareGroupStateResponse): void {
  {
    const a = m.results;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDeleteStateResultV0(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => DeleteShareGroupStateRequest) | undefined> = [decodeDeleteShareGroupStateRequestV0];
const requestEncoders: ReadonlyArray<((w: Writer, m: DeleteShareGroupStateRequest) => void) | undefined> = [
  encodeDeleteShareGroupStateRequestV0,
];
const responseDecoders: ReadonlyArray<((r: Reader) => DeleteShareGroupStateResponse) | undefined> = [decodeDeleteShareGroupStateResponseV0];
const responseEncoders: ReadonlyArray<((w: Writer, m: DeleteShareGroupStateResponse) => void) | undefined> = [
  encodeDeleteShareGroupStateResponseV0,
];

export const DeleteShareGroupStateApi: ApiCodec<DeleteShareGroupStateRequest, DeleteShareGroupStateResponse> = {
  apiKey: 86,
  name: 'DeleteShareGroupState',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: true,
  listeners: ['broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): DeleteShareGroupStateRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DeleteShareGroupState', 86, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: DeleteShareGroupStateRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DeleteShareGroupState', 86, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): DeleteShareGroupStateResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DeleteShareGroupState', 86, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: DeleteShareGroupStateResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DeleteShareGroupState', 86, version);
    encode(writer, message);
  },
  defaultRequest: defaultDeleteShareGroupStateRequest,
  defaultResponse: defaultDeleteShareGroupStateResponse,
};
