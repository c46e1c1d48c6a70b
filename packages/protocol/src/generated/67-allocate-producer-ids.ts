// Generated from protocol-specs/67-allocate-producer-ids.json by scripts/gen-protocol.ts. Do not edit.
// AllocateProducerIds (key 67), versions 0-0, flexible from v0.

import type { ApiCodec } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface AllocateProducerIdsRequest {
  brokerId: number;
  brokerEpoch: number;
}

export interface AllocateProducerIdsResponse {
  throttleTimeMs: number;
  errorCode: number;
  producerIdStart: number;
  producerIdLen: number;
}

function defaultAllocateProducerIdsRequest(): AllocateProducerIdsRequest {
  return { brokerId: 0, brokerEpoch: -1 };
}

function defaultAllocateProducerIdsResponse(): AllocateProducerIdsResponse {
  return { throttleTimeMs: 0, errorCode: 0, producerIdStart: 0, producerIdLen: 0 };
}

function decodeAllocateProducerIdsRequestV0(r: Reader): AllocateProducerIdsRequest {
  const brokerId = r.int32();
  const brokerEpoch = r.int64();
  const m: AllocateProducerIdsRequest = { brokerId, brokerEpoch };
  r.skipTaggedFields();
  return m;
}

function encodeAllocateProducerIdsRequestV0(w: Writer, m: AllocateProducerIdsRequest): void {
  w.int32(m.brokerId);
  w.int64(m.brokerEpoch);
  w.uvarint(0);
}

function decodeAllocateProducerIdsResponseV0(r: Reader): AllocateProducerIdsResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const producerIdStart = r.int64();
  const producerIdLen = r.int32();
  const m: AllocateProducerIdsResponse = { throttleTimeMs, errorCode, producerIdStart, producerIdLen };
  r.skipTaggedFields();
  return m;
}

function encodeAllocateProducerIdsResponseV0(w: Writer, m: AllocateProducerIdsResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.int64(m.producerIdStart);
  w.int32(m.producerIdLen);
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => AllocateProducerIdsRequest) | undefined> = [decodeAllocateProducerIdsRequestV0];
const requestEncoders: ReadonlyArray<((w: Writer, m: AllocateProducerIdsRequest) => void) | undefined> = [
  encodeAllocateProducerIdsRequestV0,
];
const responseDecoders: ReadonlyArray<((r: Reader) => AllocateProducerIdsResponse) | undefined> = [decodeAllocateProducerIdsResponseV0];
const responseEncoders: ReadonlyArray<((w: Writer, m: AllocateProducerIdsResponse) => void) | undefined> = [
  encodeAllocateProducerIdsResponseV0,
];

export const AllocateProducerIdsApi: ApiCodec<AllocateProducerIdsRequest, AllocateProducerIdsResponse> = {
  apiKey: 67,
  name: 'AllocateProducerIds',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): AllocateProducerIdsRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('AllocateProducerIds', 67, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: AllocateProducerIdsRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('AllocateProducerIds', 67, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): AllocateProducerIdsResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('AllocateProducerIds', 67, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: AllocateProducerIdsResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('AllocateProducerIds', 67, version);
    encode(writer, message);
  },
  defaultRequest: defaultAllocateProducerIdsRequest,
  defaultResponse: defaultAllocateProducerIdsResponse,
};
