// Generated from protocol-specs/22-init-producer-id.json by scripts/gen-protocol.ts. Do not edit.
// InitProducerId (key 22), versions 0-5, flexible from v2.

import type { ApiCodec } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface InitProducerIdRequest {
  transactionalId: string | null;
  transactionTimeoutMs: number;
  producerId?: number;
  producerEpoch?: number;
}

export interface InitProducerIdResponse {
  throttleTimeMs: number;
  errorCode: number;
  producerId: number;
  producerEpoch: number;
}

function defaultInitProducerIdRequest(): InitProducerIdRequest {
  return { transactionalId: '', transactionTimeoutMs: 0, producerId: -1, producerEpoch: -1 };
}

function defaultInitProducerIdResponse(): InitProducerIdResponse {
  return { throttleTimeMs: 0, errorCode: 0, producerId: -1, producerEpoch: 0 };
}

function decodeInitProducerIdRequestV0(r: Reader): InitProducerIdRequest {
  const transactionalId = r.nullableString();
  const transactionTimeoutMs = r.int32();
  return { transactionalId, transactionTimeoutMs, producerId: -1, producerEpoch: -1 };
}

function encodeInitProducerIdRequestV0(w: Writer, m: InitProducerIdRequest): void {
  w.nullableString(m.transactionalId);
  w.int32(m.transactionTimeoutMs);
  if (m.producerId !== undefined && m.producerId !== -1) throw new UnsupportedFieldError('InitProducerIdRequest.ProducerId', 0);
  if (m.producerEpoch !== undefined && m.producerEpoch !== -1) throw new UnsupportedFieldError('InitProducerIdRequest.ProducerEpoch', 0);
}

function encodeInitProducerIdRequestV1(w: Writer, m: InitProducerIdRequest): void {
  w.nullableString(m.transactionalId);
  w.int32(m.transactionTimeoutMs);
  if (m.producerId !== undefined && m.producerId !== -1) throw new UnsupportedFieldError('InitProducerIdRequest.ProducerId', 1);
  if (m.producerEpoch !== undefined && m.producerEpoch !== -1) throw new UnsupportedFieldError('InitProducerIdRequest.ProducerEpoch', 1);
}

function decodeInitProducerIdRequestV2(r: Reader): InitProducerIdRequest {
  const transactionalId = r.compactNullableString();
  const transactionTimeoutMs = r.int32();
  const m: InitProducerIdRequest = { transactionalId, transactionTimeoutMs, producerId: -1, producerEpoch: -1 };
  r.skipTaggedFields();
  return m;
}

function encodeInitProducerIdRequestV2(w: Writer, m: InitProducerIdRequest): void {
  w.compactNullableString(m.transactionalId);
  w.int32(m.transactionTimeoutMs);
  if (m.producerId !== undefined && m.producerId !== -1) throw new UnsupportedFieldError('InitProducerIdRequest.ProducerId', 2);
  if (m.producerEpoch !== undefined && m.producerEpoch !== -1) throw new UnsupportedFieldError('InitProducerIdRequest.ProducerEpoch', 2);
  w.uvarint(0);
}

function decodeInitProducerIdRequestV3(r: Reader): InitProducerIdRequest {
  const transactionalId = r.compactNullableString();
  const transactionTimeoutMs = r.int32();
  const producerId = r.int64();
  const producerEpoch = r.int16();
  const m: InitProducerIdRequest = { transactionalId, transactionTimeoutMs, producerId, producerEpoch };
  r.skipTaggedFields();
  return m;
}

function encodeInitProducerIdRequestV3(w: Writer, m: InitProducerIdRequest): void {
  w.compactNullableString(m.transactionalId);
  w.int32(m.transactionTimeoutMs);
  w.int64(m.producerId === undefined ? -1 : m.producerId);
  w.int16(m.producerEpoch === undefined ? -1 : m.producerEpoch);
  w.uvarint(0);
}

function decodeInitProducerIdResponseV0(r: Reader): InitProducerIdResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const producerId = r.int64();
  const producerEpoch = r.int16();
  return { throttleTimeMs, errorCode, producerId, producerEpoch };
}

function encodeInitProducerIdResponseV0(w: Writer, m: InitProducerIdResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
}

function decodeInitProducerIdResponseV2(r: Reader): InitProducerIdResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const producerId = r.int64();
  const producerEpoch = r.int16();
  const m: InitProducerIdResponse = { throttleTimeMs, errorCode, producerId, producerEpoch };
  r.skipTaggedFields();
  return m;
}

function encodeInitProducerIdResponseV2(w: Writer, m: InitProducerIdResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => InitProducerIdRequest) | undefined> = [
  decodeInitProducerIdRequestV0, decodeInitProducerIdRequestV0, decodeInitProducerIdRequestV2, decodeInitProducerIdRequestV3,
  decodeInitProducerIdRequestV3, decodeInitProducerIdRequestV3,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: InitProducerIdRequest) => void) | undefined> = [
  encodeInitProducerIdRequestV0, encodeInitProducerIdRequestV1, encodeInitProducerIdRequestV2, encodeInitProducerIdRequestV3,
  encodeInitProducerIdRequestV3, encodeInitProducerIdRequestV3,
];
const responseDecoders: ReadonlyArray<((r: Reader) => InitProducerIdResponse) | undefined> = [
  decodeInitProducerIdResponseV0, decodeInitProducerIdResponseV0, decodeInitProducerIdResponseV2, decodeInitProducerIdResponseV2,
  decodeInitProducerIdResponseV2, decodeInitProducerIdResponseV2,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: InitProducerIdResponse) => void) | undefined> = [
  encodeInitProducerIdResponseV0, encodeInitProducerIdResponseV0, encodeInitProducerIdResponseV2, encodeInitProducerIdResponseV2,
  encodeInitProducerIdResponseV2, encodeInitProducerIdResponseV2,
];

export const InitProducerIdApi: ApiCodec<InitProducerIdRequest, InitProducerIdResponse> = {
  apiKey: 22,
  name: 'InitProducerId',
  validVersions: { min: 0, max: 5 },
  firstFlexibleVersion: 2,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 2 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 2 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): InitProducerIdRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('InitProducerId', 22, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: InitProducerIdRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('InitProducerId', 22, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): InitProducerIdResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('InitProducerId', 22, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: InitProducerIdResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('InitProducerId', 22, version);
    encode(writer, message);
  },
  defaultRequest: defaultInitProducerIdRequest,
  defaultResponse: defaultInitProducerIdResponse,
};
