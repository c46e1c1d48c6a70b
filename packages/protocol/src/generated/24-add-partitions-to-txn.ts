// Generated from protocol-specs/24-add-partitions-to-txn.json by scripts/gen-protocol.ts. Do not edit.
// AddPartitionsToTxn (key 24), versions 0-5, flexible from v3.

import type { ApiCodec } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface AddPartitionsToTxnRequest {
  transactions?: AddPartitionsToTxnTransaction[];
  v3AndBelowTransactionalId?: string;
  v3AndBelowProducerId?: number;
  v3AndBelowProducerEpoch?: number;
  v3AndBelowTopics?: AddPartitionsToTxnTopic[];
}

export interface AddPartitionsToTxnTransaction {
  transactionalId: string;
  producerId: number;
  producerEpoch: number;
  verifyOnly: boolean;
  topics: AddPartitionsToTxnTopic[];
}

export interface AddPartitionsToTxnTopic {
  name: string;
  partitions: number[];
}

export interface AddPartitionsToTxnResponse {
  throttleTimeMs: number;
  errorCode?: number;
  resultsByTransaction?: AddPartitionsToTxnResult[];
  resultsByTopicV3AndBelow?: AddPartitionsToTxnTopicResult[];
}

export interface AddPartitionsToTxnResult {
  transactionalId: string;
  topicResults: AddPartitionsToTxnTopicResult[];
}

export interface AddPartitionsToTxnTopicResult {
  name: string;
  resultsByPartition: AddPartitionsToTxnPartitionResult[];
}

export interface AddPartitionsToTxnPartitionResult {
  partitionIndex: number;
  partitionErrorCode: number;
}

function defaultAddPartitionsToTxnRequest(): AddPartitionsToTxnRequest {
  return { transactions: [], v3AndBelowTransactionalId: '', v3AndBelowProducerId: 0, v3AndBelowProducerEpoch: 0, v3AndBelowTopics: [] };
}

function defaultAddPartitionsToTxnResponse(): AddPartitionsToTxnResponse {
  return { throttleTimeMs: 0, errorCode: 0, resultsByTransaction: [], resultsByTopicV3AndBelow: [] };
}

function decodeAddPartitionsToTxnTopicV0(r: Reader): AddPartitionsToTxnTopic {
  const name = r.string();
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: number[] = [];
  for (let i = 0; i < n0; i++) partitions.push(r.int32());
  return { name, partitions };
}

function decodeAddPartitionsToTxnRequestV0(r: Reader): AddPartitionsToTxnRequest {
  const v3AndBelowTransactionalId = r.string();
  const v3AndBelowProducerId = r.int64();
  const v3AndBelowProducerEpoch = r.int16();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array V3AndBelowTopics');
  const v3AndBelowTopics: AddPartitionsToTxnTopic[] = [];
  for (let i = 0; i < n0; i++) v3AndBelowTopics.push(decodeAddPartitionsToTxnTopicV0(r));
  return { transactions: [], v3AndBelowTransactionalId, v3AndBelowProducerId, v3AndBelowProducerEpoch, v3AndBelowTopics };
}

function encodeAddPartitionsToTxnTopicV0(w: Writer, m: AddPartitionsToTxnTopic): void {
  w.string(m.name);
  {
    const a = m.partitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
}

function encodeAddPartitionsToTxnRequestV0(w: Writer, m: AddPartitionsToTxnRequest): void {
  if (m.transactions !== undefined && (m.transactions === null || m.transactions.length !== 0)) {
    throw new UnsupportedFieldError('AddPartitionsToTxnRequest.Transactions', 0);
  }
  w.string(m.v3AndBelowTransactionalId === undefined ? '' : m.v3AndBelowTransactionalId);
  w.int64(m.v3AndBelowProducerId === undefined ? 0 : m.v3AndBelowProducerId);
  w.int16(m.v3AndBelowProducerEpoch === undefined ? 0 : m.v3AndBelowProducerEpoch);
  {
    const a = m.v3AndBelowTopics === undefined ? [] : m.v3AndBelowTopics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAddPartitionsToTxnTopicV0(w, a[i]);
  }
}

function encodeAddPartitionsToTxnRequestV1(w: Writer, m: AddPartitionsToTxnRequest): void {
  if (m.transactions !== undefined && (m.transactions === null || m.transactions.length !== 0)) {
    throw new UnsupportedFieldError('AddPartitionsToTxnRequest.Transactions', 1);
  }
  w.string(m.v3AndBelowTransactionalId === undefined ? '' : m.v3AndBelowTransactionalId);
  w.int64(m.v3AndBelowProducerId === undefined ? 0 : m.v3AndBelowProducerId);
  w.int16(m.v3AndBelowProducerEpoch === undefined ? 0 : m.v3AndBelowProducerEpoch);
  {
    const a = m.v3AndBelowTopics === undefined ? [] : m.v3AndBelowTopics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAddPartitionsToTxnTopicV0(w, a[i]);
  }
}

function encodeAddPartitionsToTxnRequestV2(w: Writer, m: AddPartitionsToTxnRequest): void {
  if (m.transactions !== undefined && (m.transactions === null || m.transactions.length !== 0)) {
    throw new UnsupportedFieldError('AddPartitionsToTxnRequest.Transactions', 2);
  }
  w.string(m.v3AndBelowTransactionalId === undefined ? '' : m.v3AndBelowTransactionalId);
  w.int64(m.v3AndBelowProducerId === undefined ? 0 : m.v3AndBelowProducerId);
  w.int16(m.v3AndBelowProducerEpoch === undefined ? 0 : m.v3AndBelowProducerEpoch);
  {
    const a = m.v3AndBelowTopics === undefined ? [] : m.v3AndBelowTopics;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAddPartitionsToTxnTopicV0(w, a[i]);
  }
}

function decodeAddPartitionsToTxnTopicV3(r: Reader): AddPartitionsToTxnTopic {
  const name = r.compactString();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: number[] = [];
  for (let i = 0; i < n0; i++) partitions.push(r.int32());
  const m: AddPartitionsToTxnTopic = { name, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeAddPartitionsToTxnRequestV3(r: Reader): AddPartitionsToTxnRequest {
  const v3AndBelowTransactionalId = r.compactString();
  const v3AndBelowProducerId = r.int64();
  const v3AndBelowProducerEpoch = r.int16();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array V3AndBelowTopics');
  const v3AndBelowTopics: AddPartitionsToTxnTopic[] = [];
  for (let i = 0; i < n0; i++) v3AndBelowTopics.push(decodeAddPartitionsToTxnTopicV3(r));
  const m: AddPartitionsToTxnRequest = {
    transactions: [],
    v3AndBelowTransactionalId,
    v3AndBelowProducerId,
    v3AndBelowProducerEpoch,
    v3AndBelowTopics,
  };
  r.skipTaggedFields();
  return m;
}

function encodeAddPartitionsToTxnTopicV3(w: Writer, m: AddPartitionsToTxnTopic): void {
  w.compactString(m.name);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.uvarint(0);
}

function encodeAddPartitionsToTxnRequestV3(w: Writer, m: AddPartitionsToTxnRequest): void {
  if (m.transactions !== undefined && (m.transactions === null || m.transactions.length !== 0)) {
    throw new UnsupportedFieldError('AddPartitionsToTxnRequest.Transactions', 3);
  }
  w.compactString(m.v3AndBelowTransactionalId === undefined ? '' : m.v3AndBelowTransactionalId);
  w.int64(m.v3AndBelowProducerId === undefined ? 0 : m.v3AndBelowProducerId);
  w.int16(m.v3AndBelowProducerEpoch === undefined ? 0 : m.v3AndBelowProducerEpoch);
  {
    const a = m.v3AndBelowTopics === undefined ? [] : m.v3AndBelowTopics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAddPartitionsToTxnTopicV3(w, a[i]);
  }
  w.uvarint(0);
}

function decodeAddPartitionsToTxnTransactionV4(r: Reader): AddPartitionsToTxnTransaction {
  const transactionalId = r.compactString();
  const producerId = r.int64();
  const producerEpoch = r.int16();
  const verifyOnly = r.bool();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: AddPartitionsToTxnTopic[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeAddPartitionsToTxnTopicV3(r));
  const m: AddPartitionsToTxnTransaction = { transactionalId, producerId, producerEpoch, verifyOnly, topics };
  r.skipTaggedFields();
  return m;
}

function decodeAddPartitionsToTxnRequestV4(r: Reader): AddPartitionsToTxnRequest {
  const n0 = r.compactArrayLength(14);
  if (n0 < 0) r.fail('null in non-nullable array Transactions');
  const transactions: AddPartitionsToTxnTransaction[] = [];
  for (let i = 0; i < n0; i++) transactions.push(decodeAddPartitionsToTxnTransactionV4(r));
  const m: AddPartitionsToTxnRequest = {
    transactions,
    v3AndBelowTransactionalId: '',
    v3AndBelowProducerId: 0,
    v3AndBelowProducerEpoch: 0,
    v3AndBelowTopics: [],
  };
  r.skipTaggedFields();
  return m;
}

function encodeAddPartitionsToTxnTransactionV4(w: Writer, m: AddPartitionsToTxnTransaction): void {
  w.compactString(m.transactionalId);
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  w.bool(m.verifyOnly);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAddPartitionsToTxnTopicV3(w, a[i]);
  }
  w.uvarint(0);
}

function encodeAddPartitionsToTxnRequestV4(w: Writer, m: AddPartitionsToTxnRequest): void {
  {
    const a = m.transactions === undefined ? [] : m.transactions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAddPartitionsToTxnTransactionV4(w, a[i]);
  }
  if (m.v3AndBelowTransactionalId !== undefined && m.v3AndBelowTransactionalId !== '') {
    throw new UnsupportedFieldError('AddPartitionsToTxnRequest.V3AndBelowTransactionalId', 4);
  }
  if (m.v3AndBelowProducerId !== undefined && m.v3AndBelowProducerId !== 0) {
    throw new UnsupportedFieldError('AddPartitionsToTxnRequest.V3AndBelowProducerId', 4);
  }
  if (m.v3AndBelowProducerEpoch !== undefined && m.v3AndBelowProducerEpoch !== 0) {
    throw new UnsupportedFieldError('AddPartitionsToTxnRequest.V3AndBelowProducerEpoch', 4);
  }
  if (m.v3AndBelowTopics !== undefined && (m.v3AndBelowTopics === null || m.v3AndBelowTopics.length !== 0)) {
    throw new UnsupportedFieldError('AddPartitionsToTxnRequest.V3AndBelowTopics', 4);
  }
  w.uvarint(0);
}

function encodeAddPartitionsToTxnRequestV5(w: Writer, m: AddPartitionsToTxnRequest): void {
  {
    const a = m.transactions === undefined ? [] : m.transactions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAddPartitionsToTxnTransactionV4(w, a[i]);
  }
  if (m.v3AndBelowTransactionalId !== undefined && m.v3AndBelowTransactionalId !== '') {
    throw new UnsupportedFieldError('AddPartitionsToTxnRequest.V3AndBelowTransactionalId', 5);
  }
  if (m.v3AndBelowProducerId !== undefined && m.v3AndBelowProducerId !== 0) {
    throw new UnsupportedFieldError('AddPartitionsToTxnRequest.V3AndBelowProducerId', 5);
  }
  if (m.v3AndBelowProducerEpoch !== undefined && m.v3AndBelowProducerEpoch !== 0) {
    throw new UnsupportedFieldError('AddPartitionsToTxnRequest.V3AndBelowProducerEpoch', 5);
  }
  if (m.v3AndBelowTopics !== undefined && (m.v3AndBelowTopics === null || m.v3AndBelowTopics.length !== 0)) {
    throw new UnsupportedFieldError('AddPartitionsToTxnRequest.V3AndBelowTopics', 5);
  }
  w.uvarint(0);
}

function decodeAddPartitionsToTxnPartitionResultV0(r: Reader): AddPartitionsToTxnPartitionResult {
  const partitionIndex = r.int32();
  const partitionErrorCode = r.int16();
  return { partitionIndex, partitionErrorCode };
}

function decodeAddPartitionsToTxnTopicResultV0(r: Reader): AddPartitionsToTxnTopicResult {
  const name = r.string();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array ResultsByPartition');
  const resultsByPartition: AddPartitionsToTxnPartitionResult[] = [];
  for (let i = 0; i < n0; i++) resultsByPartition.push(decodeAddPartitionsToTxnPartitionResultV0(r));
  return { name, resultsByPartition };
}

function decodeAddPartitionsToTxnResponseV0(r: Reader): AddPartitionsToTxnResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array ResultsByTopicV3AndBelow');
  const resultsByTopicV3AndBelow: AddPartitionsToTxnTopicResult[] = [];
  for (let i = 0; i < n0; i++) resultsByTopicV3AndBelow.push(decodeAddPartitionsToTxnTopicResultV0(r));
  return { throttleTimeMs, errorCode: 0, resultsByTransaction: [], resultsByTopicV3AndBelow };
}

function encodeAddPartitionsToTxnPartitionResultV0(w: Writer, m: AddPartitionsToTxnPartitionResult): void {
  w.int32(m.partitionIndex);
  w.int16(m.partitionErrorCode);
}

function encodeAddPartitionsToTxnTopicResultV0(w: Writer, m: AddPartitionsToTxnTopicResult): void {
  w.string(m.name);
  {
    const a = m.resultsByPartition;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAddPartitionsToTxnPartitionResultV0(w, a[i]);
  }
}

function encodeAddPartitionsToTxnResponseV0(w: Writer, m: AddPartitionsToTxnResponse): void {
  w.int32(m.throttleTimeMs);
  if (m.resultsByTransaction !== undefined && (m.resultsByTransaction === null || m.resultsByTransaction.length !== 0)) {
    throw new UnsupportedFieldError('AddPartitionsToTxnResponse.ResultsByTransaction', 0);
  }
  {
    const a = m.resultsByTopicV3AndBelow === undefined ? [] : m.resultsByTopicV3AndBelow;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAddPartitionsToTxnTopicResultV0(w, a[i]);
  }
}

function encodeAddPartitionsToTxnResponseV1(w: Writer, m: AddPartitionsToTxnResponse): void {
  w.int32(m.throttleTimeMs);
  if (m.resultsByTransaction !== undefined && (m.resultsByTransaction === null || m.resultsByTransaction.length !== 0)) {
    throw new UnsupportedFieldError('AddPartitionsToTxnResponse.ResultsByTransaction', 1);
  }
  {
    const a = m.resultsByTopicV3AndBelow === undefined ? [] : m.resultsByTopicV3AndBelow;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAddPartitionsToTxnTopicResultV0(w, a[i]);
  }
}

function encodeAddPartitionsToTxnResponseV2(w: Writer, m: AddPartitionsToTxnResponse): void {
  w.int32(m.throttleTimeMs);
  if (m.resultsByTransaction !== undefined && (m.resultsByTransaction === null || m.resultsByTransaction.length !== 0)) {
    throw new UnsupportedFieldError('AddPartitionsToTxnResponse.ResultsByTransaction', 2);
  }
  {
    const a = m.resultsByTopicV3AndBelow === undefined ? [] : m.resultsByTopicV3AndBelow;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAddPartitionsToTxnTopicResultV0(w, a[i]);
  }
}

function decodeAddPartitionsToTxnPartitionResultV3(r: Reader): AddPartitionsToTxnPartitionResult {
  const partitionIndex = r.int32();
  const partitionErrorCode = r.int16();
  const m: AddPartitionsToTxnPartitionResult = { partitionIndex, partitionErrorCode };
  r.skipTaggedFields();
  return m;
}

function decodeAddPartitionsToTxnTopicResultV3(r: Reader): AddPartitionsToTxnTopicResult {
  const name = r.compactString();
  const n0 = r.compactArrayLength(7);
  if (n0 < 0) r.fail('null in non-nullable array ResultsByPartition');
  const resultsByPartition: AddPartitionsToTxnPartitionResult[] = [];
  for (let i = 0; i < n0; i++) resultsByPartition.push(decodeAddPartitionsToTxnPartitionResultV3(r));
  const m: AddPartitionsToTxnTopicResult = { name, resultsByPartition };
  r.skipTaggedFields();
  return m;
}

function decodeAddPartitionsToTxnResponseV3(r: Reader): AddPartitionsToTxnResponse {
  const throttleTimeMs = r.int32();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array ResultsByTopicV3AndBelow');
  const resultsByTopicV3AndBelow: AddPartitionsToTxnTopicResult[] = [];
  for (let i = 0; i < n0; i++) resultsByTopicV3AndBelow.push(decodeAddPartitionsToTxnTopicResultV3(r));
  const m: AddPartitionsToTxnResponse = { throttleTimeMs, errorCode: 0, resultsByTransaction: [], resultsByTopicV3AndBelow };
  r.skipTaggedFields();
  return m;
}

function encodeAddPartitionsToTxnPartitionResultV3(w: Writer, m: AddPartitionsToTxnPartitionResult): void {
  w.int32(m.partitionIndex);
  w.int16(m.partitionErrorCode);
  w.uvarint(0);
}

function encodeAddPartitionsToTxnTopicResultV3(w: Writer, m: AddPartitionsToTxnTopicResult): void {
  w.compactString(m.name);
  {
    const a = m.resultsByPartition;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAddPartitionsToTxnPartitionResultV3(w, a[i]);
  }
  w.uvarint(0);
}

function encodeAddPartitionsToTxnResponseV3(w: Writer, m: AddPartitionsToTxnResponse): void {
  w.int32(m.throttleTimeMs);
  if (m.resultsByTransaction !== undefined && (m.resultsByTransaction === null || m.resultsByTransaction.length !== 0)) {
    throw new UnsupportedFieldError('AddPartitionsToTxnResponse.ResultsByTransaction', 3);
  }
  {
    const a = m.resultsByTopicV3AndBelow === undefined ? [] : m.resultsByTopicV3AndBelow;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAddPartitionsToTxnTopicResultV3(w, a[i]);
  }
  w.uvarint(0);
}

function decodeAddPartitionsToTxnResultV4(r: Reader): AddPartitionsToTxnResult {
  const transactionalId = r.compactString();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array TopicResults');
  const topicResults: AddPartitionsToTxnTopicResult[] = [];
  for (let i = 0; i < n0; i++) topicResults.push(decodeAddPartitionsToTxnTopicResultV3(r));
  const m: AddPartitionsToTxnResult = { transactionalId, topicResults };
  r.skipTaggedFields();
  return m;
}

function decodeAddPartitionsToTxnResponseV4(r: Reader): AddPartitionsToTxnResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array ResultsByTransaction');
  const resultsByTransaction: AddPartitionsToTxnResult[] = [];
  for (let i = 0; i < n0; i++) resultsByTransaction.push(decodeAddPartitionsToTxnResultV4(r));
  const m: AddPartitionsToTxnResponse = { throttleTimeMs, errorCode, resultsByTransaction, resultsByTopicV3AndBelow: [] };
  r.skipTaggedFields();
  return m;
}

function encodeAddPartitionsToTxnResultV4(w: Writer, m: AddPartitionsToTxnResult): void {
  w.compactString(m.transactionalId);
  {
    const a = m.topicResults;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAddPartitionsToTxnTopicResultV3(w, a[i]);
  }
  w.uvarint(0);
}

function encodeAddPartitionsToTxnResponseV4(w: Writer, m: AddPartitionsToTxnResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode === undefined ? 0 : m.errorCode);
  {
    const a = m.resultsByTransaction === undefined ? [] : m.resultsByTransaction;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAddPartitionsToTxnResultV4(w, a[i]);
  }
  if (m.resultsByTopicV3AndBelow !== undefined && (m.resultsByTopicV3AndBelow === null || m.resultsByTopicV3AndBelow.length !== 0)) {
    throw new UnsupportedFieldError('AddPartitionsToTxnResponse.ResultsByTopicV3AndBelow', 4);
  }
  w.uvarint(0);
}

function encodeAddPartitionsToTxnResponseV5(w: Writer, m: AddPartitionsToTxnResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode === undefined ? 0 : m.errorCode);
  {
    const a = m.resultsByTransaction === undefined ? [] : m.resultsByTransaction;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAddPartitionsToTxnResultV4(w, a[i]);
  }
  if (m.resultsByTopicV3AndBelow !== undefined && (m.resultsByTopicV3AndBelow === null || m.resultsByTopicV3AndBelow.length !== 0)) {
    throw new UnsupportedFieldError('AddPartitionsToTxnResponse.ResultsByTopicV3AndBelow', 5);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => AddPartitionsToTxnRequest) | undefined> = [
  decodeAddPartitionsToTxnRequestV0, decodeAddPartitionsToTxnRequestV0, decodeAddPartitionsToTxnRequestV0,
  decodeAddPartitionsToTxnRequestV3, decodeAddPartitionsToTxnRequestV4, decodeAddPartitionsToTxnRequestV4,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: AddPartitionsToTxnRequest) => void) | undefined> = [
  encodeAddPartitionsToTxnRequestV0, encodeAddPartitionsToTxnRequestV1, encodeAddPartitionsToTxnRequestV2,
  encodeAddPartitionsToTxnRequestV3, encodeAddPartitionsToTxnRequestV4, encodeAddPartitionsToTxnRequestV5,
];
const responseDecoders: ReadonlyArray<((r: Reader) => AddPartitionsToTxnResponse) | undefined> = [
  decodeAddPartitionsToTxnResponseV0, decodeAddPartitionsToTxnResponseV0, decodeAddPartitionsToTxnResponseV0,
  decodeAddPartitionsToTxnResponseV3, decodeAddPartitionsToTxnResponseV4, decodeAddPartitionsToTxnResponseV4,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: AddPartitionsToTxnResponse) => void) | undefined> = [
  encodeAddPartitionsToTxnResponseV0, encodeAddPartitionsToTxnResponseV1, encodeAddPartitionsToTxnResponseV2,
  encodeAddPartitionsToTxnResponseV3, encodeAddPartitionsToTxnResponseV4, encodeAddPartitionsToTxnResponseV5,
];

export const AddPartitionsToTxnApi: ApiCodec<AddPartitionsToTxnRequest, AddPartitionsToTxnResponse> = {
  apiKey: 24,
  name: 'AddPartitionsToTxn',
  validVersions: { min: 0, max: 5 },
  firstFlexibleVersion: 3,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 3 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 3 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): AddPartitionsToTxnRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('AddPartitionsToTxn', 24, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: AddPartitionsToTxnRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('AddPartitionsToTxn', 24, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): AddPartitionsToTxnResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('AddPartitionsToTxn', 24, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: AddPartitionsToTxnResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('AddPartitionsToTxn', 24, version);
    encode(writer, message);
  },
  defaultRequest: defaultAddPartitionsToTxnRequest,
  defaultResponse: defaultAddPartitionsToTxnResponse,
};
