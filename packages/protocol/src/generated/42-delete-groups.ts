// Generated from protocol-specs/42-delete-groups.json by scripts/gen-protocol.ts. Do not edit.
// DeleteGroups (key 42), versions 0-2, flexible from v2.

import type { ApiCodec } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface DeleteGroupsRequest {
  groupsNames: string[];
}

export interface DeleteGroupsResponse {
  throttleTimeMs: number;
  results: DeletableGroupResult[];
}

export interface DeletableGroupResult {
  groupId: string;
  errorCode: number;
}

function defaultDeleteGroupsRequest(): DeleteGroupsRequest {
  return { groupsNames: [] };
}

function defaultDeleteGroupsResponse(): DeleteGroupsResponse {
  return { throttleTimeMs: 0, results: [] };
}

function decodeDeleteGroupsRequestV0(r: Reader): DeleteGroupsRequest {
  const n0 = r.arrayLength(2);
  if (n0 < 0) r.fail('null in non-nullable array GroupsNames');
  const groupsNames: string[] = [];
  for (let i = 0; i < n0; i++) groupsNames.push(r.string());
  return { groupsNames };
}

function encodeDeleteGroupsRequestV0(w: Writer, m: DeleteGroupsRequest): void {
  {
    const a = m.groupsNames;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.string(a[i]);
  }
}

function decodeDeleteGroupsRequestV2(r: Reader): DeleteGroupsRequest {
  const n0 = r.compactArrayLength(1);
  if (n0 < 0) r.fail('null in non-nullable array GroupsNames');
  const groupsNames: string[] = [];
  for (let i = 0; i < n0; i++) groupsNames.push(r.compactString());
  const m: DeleteGroupsRequest = { groupsNames };
  r.skipTaggedFields();
  return m;
}

function encodeDeleteGroupsRequestV2(w: Writer, m: DeleteGroupsRequest): void {
  {
    const a = m.groupsNames;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.compactString(a[i]);
  }
  w.uvarint(0);
}

function decodeDeletableGroupResultV0(r: Reader): DeletableGroupResult {
  const groupId = r.string();
  const errorCode = r.int16();
  return { groupId, errorCode };
}

function decodeDeleteGroupsResponseV0(r: Reader): DeleteGroupsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Results');
  const results: DeletableGroupResult[] = [];
  for (let i = 0; i < n0; i++) results.push(decodeDeletableGroupResultV0(r));
  return { throttleTimeMs, results };
}

function encodeDeletableGroupResultV0(w: Writer, m: DeletableGroupResult): void {
  w.string(m.groupId);
  w.int16(m.errorCode);
}

function encodeDeleteGroupsResponseV0(w: Writer, m: DeleteGroupsResponse): void {
  w.int32(m.throttleTimeMs);
  {
    const a = m.results;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDeletableGroupResultV0(w, a[i]);
  }
}

function decodeDeletableGroupResultV2(r: Reader): DeletableGroupResult {
  const groupId = r.compactString();
  const errorCode = r.int16();
  const m: DeletableGroupResult = { groupId, errorCode };
  r.skipTaggedFields();
  return m;
}

function decodeDeleteGroupsResponseV2(r: Reader): DeleteGroupsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Results');
  const results: DeletableGroupResult[] = [];
  for (let i = 0; i < n0; i++) results.push(decodeDeletableGroupResultV2(r));
  const m: DeleteGroupsResponse = { throttleTimeMs, results };
  r.skipTaggedFields();
  return m;
}

function encodeDeletableGroupResultV2(w: Writer, m: DeletableGroupResult): void {
  w.compactString(m.groupId);
  w.int16(m.errorCode);
  w.uvarint(0);
}

function encodeDeleteGroupsResponseV2(w: Writer, m: DeleteGroupsResponse): void {
  w.int32(m.throttleTimeMs);
  {
    const a = m.results;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDeletableGroupResultV2(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => DeleteGroupsRequest) | undefined> = [
  decodeDeleteGroupsRequestV0, decodeDeleteGroupsRequestV0, decodeDeleteGroupsRequestV2,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: DeleteGroupsRequest) => void) | undefined> = [
  encodeDeleteGroupsRequestV0, encodeDeleteGroupsRequestV0, encodeDeleteGroupsRequestV2,
];
const responseDecoders: ReadonlyArray<((r: Reader) => DeleteGroupsResponse) | undefined> = [
  decodeDeleteGroupsResponseV0, decodeDeleteGroupsResponseV0, decodeDeleteGroupsResponseV2,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: DeleteGroupsResponse) => void) | undefined> = [
  encodeDeleteGroupsResponseV0, encodeDeleteGroupsResponseV0, encodeDeleteGroupsResponseV2,
];

export const DeleteGroupsApi: ApiCodec<DeleteGroupsRequest, DeleteGroupsResponse> = {
  apiKey: 42,
  name: 'DeleteGroups',
  validVersions: { min: 0, max: 2 },
  firstFlexibleVersion: 2,
  deprecatedVersions: { min: 0, max: 0 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 2 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 2 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): DeleteGroupsRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DeleteGroups', 42, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: DeleteGroupsRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DeleteGroups', 42, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): DeleteGroupsResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DeleteGroups', 42, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: DeleteGroupsResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DeleteGroups', 42, version);
    encode(writer, message);
  },
  defaultRequest: defaultDeleteGroupsRequest,
  defaultResponse: defaultDeleteGroupsResponse,
};
