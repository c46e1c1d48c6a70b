// Generated from protocol-specs/74-list-client-metrics-resources.json by scripts/gen-protocol.ts. Do not edit.
// ListClientMetricsResources (key 74), versions 0-0, flexible from v0.

import type { ApiCodec } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface ListClientMetricsResourcesRequest {}

export interface ListClientMetricsResourcesResponse {
  throttleTimeMs: number;
  errorCode: number;
  clientMetricsResources: ClientMetricsResource[];
}

export interface ClientMetricsResource {
  name: string;
}

function defaultListClientMetricsResourcesRequest(): ListClientMetricsResourcesRequest {
  return {};
}

function defaultListClientMetricsResourcesResponse(): ListClientMetricsResourcesResponse {
  return { throttleTimeMs: 0, errorCode: 0, clientMetricsResources: [] };
}

function decodeListClientMetricsResourcesRequestV0(r: Reader): ListClientMetricsResourcesRequest {
  const m: ListClientMetricsResourcesRequest = {};
  r.skipTaggedFields();
  return m;
}

function encodeListClientMetricsResourcesRequestV0(w: Writer, _m: ListClientMetricsResourcesRequest): void {
  w.uvarint(0);
}

function decodeClientMetricsResourceV0(r: Reader): ClientMetricsResource {
  const name = r.compactString();
  const m: ClientMetricsResource = { name };
  r.skipTaggedFields();
  return m;
}

function decodeListClientMetricsResourcesResponseV0(r: Reader): ListClientMetricsResourcesResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const n0 = r.compactArrayLength(2);
  if (n0 < 0) r.fail('null in non-nullable array ClientMetricsResources');
  const clientMetricsResources: ClientMetricsResource[] = [];
  for (let i = 0; i < n0; i++) clientMetricsResources.push(decodeClientMetricsResourceV0(r));
  const m: ListClientMetricsResourcesResponse = { throttleTimeMs, errorCode, clientMetricsResources };
  r.skipTaggedFields();
  return m;
}

function encodeClientMetricsResourceV0(w: Writer, m: ClientMetricsResource): void {
  w.compactString(m.name);
  w.uvarint(0);
}

function encodeListClientMetricsResourcesResponseV0(w: Writer, m: ListClientMetricsResourcesResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  {
    const a = m.clientMetricsResources;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeClientMetricsResourceV0(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => ListClientMetricsResourcesRequest) | undefined> = [
  decodeListClientMetricsResourcesRequestV0,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: ListClientMetricsResourcesRequest) => void) | undefined> = [
  encodeListClientMetricsResourcesRequestV0,
];
const responseDecoders: ReadonlyArray<((r: Reader) => ListClientMetricsResourcesResponse) | undefined> = [
  decodeListClientMetricsResourcesResponseV0,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: ListClientMetricsResourcesResponse) => void) | undefined> = [
  encodeListClientMetricsResourcesResponseV0,
];

export const ListClientMetricsResourcesApi: ApiCodec<ListClientMetricsResourcesRequest, ListClientMetricsResourcesResponse> = {
  apiKey: 74,
  name: 'ListClientMetricsResources',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): ListClientMetricsResourcesRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ListClientMetricsResources', 74, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: ListClientMetricsResourcesRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ListClientMetricsResources', 74, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): ListClientMetricsResourcesResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ListClientMetricsResources', 74, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: ListClientMetricsResourcesResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ListClientMetricsResources', 74, version);
    encode(writer, message);
  },
  defaultRequest: defaultListClientMetricsResourcesRequest,
  defaultResponse: defaultListClientMetricsResourcesResponse,
};
