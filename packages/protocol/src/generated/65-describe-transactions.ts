// Generated from protocol-specs/65-describe-transactions.json by scripts/gen-protocol.ts. Do not edit.
// DescribeTransactions (key 65), versions 0-0, flexible from v0.

import type { ApiCodec } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface DescribeTransactionsRequest {
  transactionalIds: string[];
}

export interface DescribeTransactionsResponse {
  throttleTimeMs: number;
  transactionStates: TransactionState[];
}

export interface TransactionState {
  errorCode: number;
  transactionalId: string;
  transactionState: string;
  transactionTimeoutMs: number;
  transactionStartTimeMs: number;
  producerId: number;
  producerEpoch: number;
  topics: TopicData[];
}

export interface TopicData {
  topic: string;
  partitions: number[];
}

function defaultDescribeTransactionsRequest(): DescribeTransactionsRequest {
  return { transactionalIds: [] };
}

function defaultDescribeTransactionsResponse(): DescribeTransactionsResponse {
  return { throttleTimeMs: 0, transactionStates: [] };
}

function decodeDescribeTransactionsRequestV0(r: Reader): DescribeTransactionsRequest {
  const n0 = r.compactArrayLength(1);
  if (n0 < 0) r.fail('null in non-nullable array TransactionalIds');
  const transactionalIds: string[] = [];
  for (let i = 0; i < n0; i++) transactionalIds.push(r.compactString());
  const m: DescribeTransactionsRequest = { transactionalIds };
  r.skipTaggedFields();
  return m;
}

function encodeDescribeTransactionsRequestV0(w: Writer, m: DescribeTransactionsRequest): void {
  {
    const a = m.transactionalIds;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.compactString(a[i]);
  }
  w.uvarint(0);
}

function decodeTopicDataV0(r: Reader): TopicData {
  const topic = r.compactString();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: number[] = [];
  for (let i = 0; i < n0; i++) partitions.push(r.int32());
  const m: TopicData = { topic, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeTransactionStateV0(r: Reader): TransactionState {
  const errorCode = r.int16();
  const transactionalId = r.compactString();
  const transactionState = r.compactString();
  const transactionTimeoutMs = r.int32();
  const transactionStartTimeMs = r.int64();
  const producerId = r.int64();
  const producerEpoch = r.int16();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: TopicData[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeTopicDataV0(r));
  const m: TransactionState = {
    errorCode,
    transactionalId,
    transactionState,
    transactionTimeoutMs,
    transactionStartTimeMs,
    producerId,
    producerEpoch,
    topics,
  };
  r.skipTaggedFields();
  return m;
}

function decodeDescribeTransactionsResponseV0(r: Reader): DescribeTransactionsResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(28);
  if (n0 < 0) r.fail('null in non-nullable array TransactionStates');
  const transactionStates: TransactionState[] = [];
  for (let i = 0; i < n0; i++) transactionStates.push(decodeTransactionStateV0(r));
  const m: DescribeTransactionsResponse = { throttleTimeMs, transactionStates };
  r.skipTaggedFields();
  return m;
}

function encodeTopicDataV0(w: Writer, m: TopicData): void {
  w.compactString(m.topic);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.uvarint(0);
}

function encodeTransactionStateV0(w: Writer, m: TransactionState): void {
  w.int16(m.errorCode);
  w.compactString(m.transactionalId);
  w.compactString(m.transactionState);
  w.int32(m.transactionTimeoutMs);
  w.int64(m.transactionStartTimeMs);
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTopicDataV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeDescribeTransactionsResponseV0(w: Writer, m: DescribeTransactionsResponse): void {
  w.int32(m.throttleTimeMs);
  {
    const a = m.transactionStates;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTransactionStateV0(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => DescribeTransactionsRequest) | undefined> = [decodeDescribeTransactionsRequestV0];
const requestEncoders: ReadonlyArray<((w: Writer, m: DescribeTransactionsRequest) => void) | undefined> = [
  encodeDescribeTransactionsRequestV0,
];
const responseDecoders: ReadonlyArray<((r: Reader) => DescribeTransactionsResponse) | undefined> = [decodeDescribeTransactionsResponseV0];
const responseEncoders: ReadonlyArray<((w: Writer, m: DescribeTransactionsResponse) => void) | undefined> = [
  encodeDescribeTransactionsResponseV0,
];

export const DescribeTransactionsApi: ApiCodec<DescribeTransactionsRequest, DescribeTransactionsResponse> = {
  apiKey: 65,
  name: 'DescribeTransactions',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): DescribeTransactionsRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DescribeTransactions', 65, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: DescribeTransactionsRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DescribeTransactions', 65, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): DescribeTransactionsResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('DescribeTransactions', 65, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: DescribeTransactionsResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('DescribeTransactions', 65, version);
    encode(writer, message);
  },
  defaultRequest: defaultDescribeTransactionsRequest,
  defaultResponse: defaultDescribeTransactionsResponse,
};
