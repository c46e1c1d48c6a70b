// Generated from protocol-specs/60-describe-cluster.json by scripts/gen-protocol.ts. Do not edit.
// DescribeCluster (key 60), versions 0-1, flexible from v0.

import type { ApiCodec } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface DescribeClusterRequest {
  includeClusterAuthorizedOperations: boolean;
  endpointType?: number;
}

export interface DescribeClusterResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null;
  endpointType?: number;
  clusterId: string;
  controllerId: number;
  brokers: DescribeClusterBroker[];
  clusterAuthorizedOperations: number;
}

export interface DescribeClusterBroker {
  brokerId: number;
  host: string;
  port: number;
  rack: string | null;
}

function defaultDescribeClusterRequest(): DescribeClusterRequest {
  return { includeClusterAuthorizedOperations: false, endpointType: 1 };
}

function defaultDescribeClusterResponse(): DescribeClusterResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: null,
    endpointType: 1,
    clusterId: '',
    controllerId: -1,
    brokers: [],
    clusterAuthorizedOperations: -2147483648,
  };
}

function decodeDescribeClusterRequestV0(r: Reader): DescribeClusterRequest {
  const includeClusterAuthorizedOperations = r.bool();
  const m: DescribeClusterRequest = { includeClusterAuthorizedOperations, endpointType: 1 };
  r.skipTaggedFields();
  return m;
}

function encodeDescribeClusterRequestV0(w: Writer, m: DescribeClusterRequest): void {
  w.bool(m.includeClusterAuthorizedOperations);
  if (m.endpointType !== undefined && m.endpointType !== 1) throw new UnsupportedFieldError('DescribeClusterRequest.EndpointType', 0);
  w.uvarint(0);
}

function decodeDescribeClusterRequestV1(r: Reader): DescribeClusterRequest {
  const includeClusterAuthorizedOperations = r.bool();
  const endpointType = r.int8();
  const m: DescribeClusterRequest = { includeClusterAuthorizedOperations, endpointType };
  r.skipTaggedFields();
  return m;
}

function encodeDescribeClusterRequestV1(w: Writer, m: DescribeClusterRequest): void {
  w.bool(m.includeClusterAuthorizedOperations);
  w.int8(m.endpointType === undefined ? 1 : m.endpointType);
  w.uvarint(0);
}

function decodeDescribeClusterBrokerV0(r: Reader): DescribeClusterBroker {
  const brokerId = r.int32();
  const host = r.compactString();
  const port = r.int32();
  const rack = r.compactNullableString();
  const m: DescribeClusterBroker = { brokerId, host, port, rack };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeClusterResponseV0(r: Reader): DescribeClusterResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const clusterId = r.compactString();
  const controllerId = r.int32();
  const n0 = r.compactArrayLength(11);
  if (n0 < 0) r.fail('null in non-nullable array Brokers');
  const brokers: DescribeClusterBroker[] = [];
  for (let i = 0; i < n0; i++) brokers.push(decodeDescribeClusterBrokerV0(r));
  const clusterAuthorizedOperations = r.int32();
  const m: DescribeClusterResponse = {
    throttleTimeMs,
    errorCode,
    errorMessage,
    endpointType: 1,
    clusterId,
    controllerId,
    brokers,
    clusterAuthorizedOperations,
  };
  r.skipTaggedFields();
  return m;
}

function encodeDescribeClusterBrokerV0(w: Writer, m: DescribeClusterBroker): void {
  w.int32(m.brokerId);
  w.compactString(m.host);
  w.int32(m.port);
  w.compactNullableString(m.rack);
  w.uvarint(0);
}

function encodeDescribeClusterResponseV0(w: Writer, m: DescribeClusterResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  if (m.endpointType !== undefined && m.endpointType !== 1) throw new UnsupportedFieldError('DescribeClusterResponse.EndpointType', 0);
  w.compactString(m.clusterId);
  w.int32(m.controllerId);
  {
    const a = m.brokers;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeClusterBrokerV0(w, a[i]);
  }
  w.int32(m.clusterAuthorizedOperations);
  w.uvarint(0);
}

function decodeDescribeClusterResponseV1(r: Reader): DescribeClusterResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const endpointType = r.int8();
  const clusterId = r.compactString();
  const controllerId = r.int32();
  const n0 = r.compactArrayLength(11);
  if (n0 < 0) r.fail('null in non-nullable array Brokers');
  const brokers: DescribeClusterBroker[] = [];
  for (let i = 0; i < n0; i++) brokers.push(decodeDescribeClusterBrokerV0(r));
  const clusterAuthorizedOperations = r.int32();
  const m: DescribeClusterResponse = {
    throttleTimeMs,
    errorCode,
    errorMessage,
    endpointType,
    clusterId,
    controllerId,
    brokers,
    clusterAuthorizedOperations,
  };
  r.skipTaggedFields();
  return m;
}

function encodeDescribeClusterResponseV1(w: Writer, m: DescribeClusterResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.compactNullableString(m.errorMessage);
  w.int8(m.endpointType === undefined ? 1 : m.endpointType);
  w.compactString(m.clusterId);
  w.int32(m.controllerId);
  {
    const a = m.brokers;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeDescribeClusterBrokerV0(w, a[i]);
  }
  w.int32(m.clusterAuthorizedOperations);
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => DescribeClusterRequest) | undefined> = [
  decodeDescribeClusterRequestV0, decodeDescribeClusterRequestV1,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: DescribeClusterRequest) => void) | undefined> = [
  encodeDescribeClusterRequestV0, encodeDescribeClusterRequestV1,
];
const responseDecoders: ReadonlyArray<((r: Reader) => DescribeClusterResponse) | undefined> = [
  decodeDescribeClusterResponseV0, decodeDescribeClusterResponseV1,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: DescribeClusterResponse) => void) | undefined> = [
  encodeDescribeClusterResponseV0, encodeDescribeClusterResponseV1,
];

export const DescribeClusterApi: ApiCodec<DescribeClusterRequest, DescribeClusterResponse> = {
  apiKey: 60,
  name: 'DescribeCluster',
  validVersions: { min: 0, max: 1 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): DescribeClusterRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DescribeCluster', 60, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: DescribeClusterRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DescribeCluster', 60, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): DescribeClusterResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DescribeCluster', 60, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: DescribeClusterResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DescribeCluster', 60, version);
    encode(writer, message);
  },
  defaultRequest: defaultDescribeClusterRequest,
  defaultResponse: defaultDescribeClusterResponse,
};
