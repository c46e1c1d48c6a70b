// Generated from protocol-specs/25-add-offsets-to-txn.json by scripts/gen-protocol.ts. Do not edit.
// AddOffsetsToTxn (key 25), versions 0-4, flexible from v3.

import type { ApiCodec } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface AddOffsetsToTxnRequest {
  transactionalId: string;
  producerId: number;
  producerEpoch: number;
  groupId: string;
}

export interface AddOffsetsToTxnResponse {
  throttleTimeMs: number;
  errorCode: number;
}

function defaultAddOffsetsToTxnRequest(): AddOffsetsToTxnRequest {
  return { transactionalId: '', producerId: 0, producerEpoch: 0, groupId: '' };
}

function defaultAddOffsetsToTxnResponse(): AddOffsetsToTxnResponse {
  return { throttleTimeMs: 0, errorCode: 0 };
}

function decodeAddOffsetsToTxnRequestV0(r: Reader): AddOffsetsToTxnRequest {
  const transactionalId = r.string();
  const producerId = r.int64();
  const producerEpoch = r.int16();
  const groupId = r.string();
  return { transactionalId, producerId, producerEpoch, groupId };
}

function encodeAddOffsetsToTxnRequestV0(w: Writer, m: AddOffsetsToTxnRequest): void {
  w.string(m.transactionalId);
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  w.string(m.groupId);
}

function decodeAddOffsetsToTxnRequestV3(r: Reader): AddOffsetsToTxnRequest {
  const transactionalId = r.compactString();
  const producerId = r.int64();
  const producerEpoch = r.int16();
  const groupId = r.compactString();
  const m: AddOffsetsToTxnRequest = { transactionalId, producerId, producerEpoch, groupId };
  r.skipTaggedFields();
  return m;
}

function encodeAddOffsetsToTxnRequestV3(w: Writer, m: AddOffsetsToTxnRequest): void {
  w.compactString(m.transactionalId);
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  w.compactString(m.groupId);
  w.uvarint(0);
}

function decodeAddOffsetsToTxnResponseV0(r: Reader): AddOffsetsToTxnResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  return { throttleTimeMs, errorCode };
}

function encodeAddOffsetsToTxnResponseV0(w: Writer, m: AddOffsetsToTxnResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
}

function decodeAddOffsetsToTxnResponseV3(r: Reader): AddOffsetsToTxnResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const m: AddOffsetsToTxnResponse = { throttleTimeMs, errorCode };
  r.skipTaggedFields();
  return m;
}

function encodeAddOffsetsToTxnResponseV3(w: Writer, m: AddOffsetsToTxnResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => AddOffsetsToTxnRequest) | undefined> = [
  decodeAddOffsetsToTxnRequestV0, decodeAddOffsetsToTxnRequestV0, decodeAddOffsetsToTxnRequestV0, decodeAddOffsetsToTxnRequestV3,
  decodeAddOffsetsToTxnRequestV3,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: AddOffsetsToTxnRequest) => void) | undefined> = [
  encodeAddOffsetsToTxnRequestV0, encodeAddOffsetsToTxnRequestV0, encodeAddOffsetsToTxnRequestV0, encodeAddOffsetsToTxnRequestV3,
  encodeAddOffsetsToTxnRequestV3,
];
const responseDecoders: ReadonlyArray<((r: Reader) => AddOffsetsToTxnResponse) | undefined> = [
  decodeAddOffsetsToTxnResponseV0, decodeAddOffsetsToTxnResponseV0, decodeAddOffsetsToTxnResponseV0, decodeAddOffsetsToTxnResponseV3,
  decodeAddOffsetsToTxnResponseV3,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: AddOffsetsToTxnResponse) => void) | undefined> = [
  encodeAddOffsetsToTxnResponseV0, encodeAddOffsetsToTxnResponseV0, encodeAddOffsetsToTxnResponseV0, encodeAddOffsetsToTxnResponseV3,
  encodeAddOffsetsToTxnResponseV3,
];

export const AddOffsetsToTxnApi: ApiCodec<AddOffsetsToTxnRequest, AddOffsetsToTxnResponse> = {
  apiKey: 25,
  name: 'AddOffsetsToTxn',
  validVersions: { min: 0, max: 4 },
  firstFlexibleVersion: 3,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 3 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 3 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): AddOffsetsToTxnRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('AddOffsetsToTxn', 25, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: AddOffsetsToTxnRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('AddOffsetsToTxn', 25, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): AddOffsetsToTxnResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('AddOffsetsToTxn', 25, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: AddOffsetsToTxnResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('AddOffsetsToTxn', 25, version);
    encode(writer, message);
  },
  defaultRequest: defaultAddOffsetsToTxnRequest,
  defaultResponse: defaultAddOffsetsToTxnResponse,
};
