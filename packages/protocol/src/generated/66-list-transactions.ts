// Generated from protocol-specs/66-list-transactions.json by scripts/gen-protocol.ts. Do not edit.
// ListTransactions (key 66), versions 0-1, flexible from v0.

import type { ApiCodec } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface ListTransactionsRequest {
  stateFilters: string[];
  producerIdFilters: number[];
  durationFilter?: number;
}

export interface ListTransactionsResponse {
  throttleTimeMs: number;
  errorCode: number;
  unknownStateFilters: string[];
  transactionStates: TransactionState[];
}

export interface TransactionState {
  transactionalId: string;
  producerId: number;
  transactionState: string;
}

function defaultListTransactionsRequest(): ListTransactionsRequest {
  return { stateFilters: [], producerIdFilters: [], durationFilter: -1 };
}

function defaultListTransactionsResponse(): ListTransactionsResponse {
  return { throttleTimeMs: 0, errorCode: 0, unknownStateFilters: [], transactionStates: [] };
}

function decodeListTransactionsRequestV0(r: Reader): ListTransactionsRequest {
  const n0 = r.compactArrayLength(1);
  if (n0 < 0) r.fail('null in non-nullable array StateFilters');
  const stateFilters: string[] = [];
  for (let i = 0; i < n0; i++) stateFilters.push(r.compactString());
  const n1 = r.compactArrayLength(8);
  if (n1 < 0) r.fail('null in non-nullable array ProducerIdFilters');
  const producerIdFilters: number[] = [];
  for (let i = 0; i < n1; i++) producerIdFilters.push(r.int64());
  const m: ListTransactionsRequest = { stateFilters, producerIdFilters, durationFilter: -1 };
  r.skipTaggedFields();
  return m;
}

function encodeListTransactionsRequestV0(w: Writer, m: ListTransactionsRequest): void {
  {
    const a = m.stateFilters;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.compactString(a[i]);
  }
  {
    const a = m.producerIdFilters;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int64(a[i]);
  }
  if (m.durationFilter !== undefined && m.durationFilter !== -1) {
    throw new UnsupportedFieldError('ListTransactionsRequest.DurationFilter', 0);
  }
  w.uvarint(0);
}

function decodeListTransactionsRequestV1(r: Reader): ListTransactionsRequest {
  const n0 = r.compactArrayLength(1);
  if (n0 < 0) r.fail('null in non-nullable array StateFilters');
  const stateFilters: string[] = [];
  for (let i = 0; i < n0; i++) stateFilters.push(r.compactString());
  const n1 = r.compactArrayLength(8);
  if (n1 < 0) r.fail('null in non-nullable array ProducerIdFilters');
  const producerIdFilters: number[] = [];
  for (let i = 0; i < n1; i++) producerIdFilters.push(r.int64());
  const durationFilter = r.int64();
  const m: ListTransactionsRequest = { stateFilters, producerIdFilters, durationFilter };
  r.skipTaggedFields();
  return m;
}

function encodeListTransactionsRequestV1(w: Writer, m: ListTransactionsRequest): void {
  {
    const a = m.stateFilters;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.compactString(a[i]);
  }
  {
    const a = m.producerIdFilters;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int64(a[i]);
  }
  w.int64(m.durationFilter === undefined ? -1 : m.durationFilter);
  w.uvarint(0);
}

function decodeTransactionStateV0(r: Reader): TransactionState {
  const transactionalId = r.compactString();
  const producerId = r.int64();
  const transactionState = r.compactString();
  const m: TransactionState = { transactionalId, producerId, transactionState };
  r.skipTaggedFields();
  return m;
}

function decodeListTransactionsResponseV0(r: Reader): ListTransactionsResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const n0 = r.compactArrayLength(1);
  if (n0 < 0) r.fail('null in non-nullable array UnknownStateFilters');
  const unknownStateFilters: string[] = [];
  for (let i = 0; i < n0; i++) unknownStateFilters.push(r.compactString());
  const n1 = r.compactArrayLength(11);
  if (n1 < 0) r.fail('null in non-nullable array TransactionStates');
  const transactionStates: TransactionState[] = [];
  for (let i = 0; i < n1; i++) transactionStates.push(decodeTransactionStateV0(r));
  const m: ListTransactionsResponse = { throttleTimeMs, errorCode, unknownStateFilters, transactionStates };
  r.skipTaggedFields();
  return m;
}

function encodeTransactionStateV0(w: Writer, m: TransactionState): void {
  w.compactString(m.transactionalId);
  w.int64(m.producerId);
  w.compactString(m.transactionState);
  w.uvarint(0);
}

function encodeListTransactionsResponseV0(w: Writer, m: ListTransactionsResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  {
    const a = m.unknownStateFilters;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.compactString(a[i]);
  }
  {
    const a = m.transactionStates;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTransactionStateV0(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => ListTransactionsRequest) | undefined> = [
  decodeListTransactionsRequestV0, decodeListTransactionsRequestV1,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: ListTransactionsRequest) => void) | undefined> = [
  encodeListTransactionsRequestV0, encodeListTransactionsRequestV1,
];
const responseDecoders: ReadonlyArray<((r: Reader) => ListTransactionsResponse) | undefined> = [
  decodeListTransactionsResponseV0, decodeListTransactionsResponseV0,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: ListTransactionsResponse) => void) | undefined> = [
  encodeListTransactionsResponseV0, encodeListTransactionsResponseV0,
];

export const ListTransactionsApi: ApiCodec<ListTransactionsRequest, ListTransactionsResponse> = {
  apiKey: 66,
  name: 'ListTransactions',
  validVersions: { min: 0, max: 1 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): ListTransactionsRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ListTransactions', 66, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: ListTransactionsRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ListTransactions', 66, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): ListTransactionsResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ListTransactions', 66, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: ListTransactionsResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ListTransactions', 66, version);
    encode(writer, message);
  },
  defaultRequest: defaultListTransactionsRequest,
  defaultResponse: defaultListTransactionsResponse,
};
