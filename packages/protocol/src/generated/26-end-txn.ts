// Generated from protocol-specs/26-end-txn.json by scripts/gen-protocol.ts. Do not edit.
// EndTxn (key 26), versions 0-5, flexible from v3.

import type { ApiCodec } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface EndTxnRequest {
  transactionalId: string;
  producerId: number;
  producerEpoch: number;
  committed: boolean;
}

export interface EndTxnResponse {
  throttleTimeMs: number;
  errorCode: number;
  producerId?: number;
  producerEpoch?: number;
}

function defaultEndTxnRequest(): EndTxnRequest {
  return { transactionalId: '', producerId: 0, producerEpoch: 0, committed: false };
}

function defaultEndTxnResponse(): EndTxnResponse {
  return { throttleTimeMs: 0, errorCode: 0, producerId: -1, producerEpoch: -1 };
}

function decodeEndTxnRequestV0(r: Reader): EndTxnRequest {
  const transactionalId = r.string();
  const producerId = r.int64();
  const producerEpoch = r.int16();
  const committed = r.bool();
  return { transactionalId, producerId, producerEpoch, committed };
}

function encodeEndTxnRequestV0(w: Writer, m: EndTxnRequest): void {
  w.string(m.transactionalId);
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  w.bool(m.committed);
}

function decodeEndTxnRequestV3(r: Reader): EndTxnRequest {
  const transactionalId = r.compactString();
  const producerId = r.int64();
  const producerEpoch = r.int16();
  const committed = r.bool();
  const m: EndTxnRequest = { transactionalId, producerId, producerEpoch, committed };
  r.skipTaggedFields();
  return m;
}

function encodeEndTxnRequestV3(w: Writer, m: EndTxnRequest): void {
  w.compactString(m.transactionalId);
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  w.bool(m.committed);
  w.uvarint(0);
}

function decodeEndTxnResponseV0(r: Reader): EndTxnResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  return { throttleTimeMs, errorCode, producerId: -1, producerEpoch: -1 };
}

function encodeEndTxnResponseV0(w: Writer, m: EndTxnResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
}

function decodeEndTxnResponseV3(r: Reader): EndTxnResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const m: EndTxnResponse = { throttleTimeMs, errorCode, producerId: -1, producerEpoch: -1 };
  r.skipTaggedFields();
  return m;
}

function encodeEndTxnResponseV3(w: Writer, m: EndTxnResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.uvarint(0);
}

function decodeEndTxnResponseV5(r: Reader): EndTxnResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const producerId = r.int64();
  const producerEpoch = r.int16();
  const m: EndTxnResponse = { throttleTimeMs, errorCode, producerId, producerEpoch };
  r.skipTaggedFields();
  return m;
}

function encodeEndTxnResponseV5(w: Writer, m: EndTxnResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.int64(m.producerId === undefined ? -1 : m.producerId);
  w.int16(m.producerEpoch === undefined ? -1 : m.producerEpoch);
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => EndTxnRequest) | undefined> = [
  decodeEndTxnRequestV0, decodeEndTxnRequestV0, decodeEndTxnRequestV0, decodeEndTxnRequestV3, decodeEndTxnRequestV3, decodeEndTxnRequestV3,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: EndTxnRequest) => void) | undefined> = [
  encodeEndTxnRequestV0, encodeEndTxnRequestV0, encodeEndTxnRequestV0, encodeEndTxnRequestV3, encodeEndTxnRequestV3, encodeEndTxnRequestV3,
];
const responseDecoders: ReadonlyArray<((r: Reader) => EndTxnResponse) | undefined> = [
  decodeEndTxnResponseV0, decodeEndTxnResponseV0, decodeEndTxnResponseV0, decodeEndTxnResponseV3, decodeEndTxnResponseV3,
  decodeEndTxnResponseV5,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: EndTxnResponse) => void) | undefined> = [
  encodeEndTxnResponseV0, encodeEndTxnResponseV0, encodeEndTxnResponseV0, encodeEndTxnResponseV3, encodeEndTxnResponseV3,
  encodeEndTxnResponseV5,
];

export const EndTxnApi: ApiCodec<EndTxnRequest, EndTxnResponse> = {
  apiKey: 26,
  name: 'EndTxn',
  validVersions: { min: 0, max: 5 },
  firstFlexibleVersion: 3,
  deprecatedVersions: null,
  latestVersionUnstable: true,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 3 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 3 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): EndTxnRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('EndTxn', 26, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: EndTxnRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('EndTxn', 26, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): EndTxnResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('EndTxn', 26, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: EndTxnResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('EndTxn', 26, version);
    encode(writer, message);
  },
  defaultRequest: defaultEndTxnRequest,
  defaultResponse: defaultEndTxnResponse,
};
