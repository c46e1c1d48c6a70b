// Generated from protocol-specs/internal/transaction-log.json by scripts/gen-protocol.ts. Do not edit.
// TransactionLog record (type 0): key v0-0, value v0-1, flexible from v1.

import { UnsupportedVersionError } from '../../errors';
import type { Reader } from '../../primitives/reader';
import { writeTaggedField } from '../../primitives/tagged-fields';
import type { Writer } from '../../primitives/writer';
import type { InternalRecordCodec } from './codec';

export interface TransactionLogKey {
  transactionalId: string;
}

export interface TransactionLogValue {
  producerId: number;
  previousProducerId?: number;
  nextProducerId?: number;
  producerEpoch: number;
  transactionTimeoutMs: number;
  transactionStatus: number;
  transactionPartitions: PartitionsSchema[] | null;
  transactionLastUpdateTimestampMs: number;
  transactionStartTimestampMs: number;
  clientTransactionVersion?: number;
}

export interface PartitionsSchema {
  topic: string;
  partitionIds: number[];
}

function defaultTransactionLogKey(): TransactionLogKey {
  return { transactionalId: '' };
}

function defaultTransactionLogValue(): TransactionLogValue {
  return {
    producerId: 0,
    previousProducerId: -1,
    nextProducerId: -1,
    producerEpoch: 0,
    transactionTimeoutMs: 0,
    transactionStatus: 0,
    transactionPartitions: [],
    transactionLastUpdateTimestampMs: 0,
    transactionStartTimestampMs: 0,
    clientTransactionVersion: 0,
  };
}

function decodeTransactionLogKeyV0(r: Reader): TransactionLogKey {
  const transactionalId = r.string();
  return { transactionalId };
}

function encodeTransactionLogKeyV0(w: Writer, m: TransactionLogKey): void {
  w.string(m.transactionalId);
}

function decodePartitionsSchemaV0(r: Reader): PartitionsSchema {
  const topic = r.string();
  const n0 = r.arrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array PartitionIds');
  const partitionIds: number[] = [];
  for (let i = 0; i < n0; i++) partitionIds.push(r.int32());
  return { topic, partitionIds };
}

function decodeTransactionLogValueV0(r: Reader): TransactionLogValue {
  const producerId = r.int64();
  const producerEpoch = r.int16();
  const transactionTimeoutMs = r.int32();
  const transactionStatus = r.int8();
  const n0 = r.arrayLength(6);
  let transactionPartitions: PartitionsSchema[] | null = null;
  if (n0 >= 0) {
    transactionPartitions = [];
    for (let i = 0; i < n0; i++) transactionPartitions.push(decodePartitionsSchemaV0(r));
  }
  const transactionLastUpdateTimestampMs = r.int64();
  const transactionStartTimestampMs = r.int64();
  return {
    producerId,
    previousProducerId: -1,
    nextProducerId: -1,
    producerEpoch,
    transactionTimeoutMs,
    transactionStatus,
    transactionPartitions,
    transactionLastUpdateTimestampMs,
    transactionStartTimestampMs,
    clientTransactionVersion: 0,
  };
}

function encodePartitionsSchemaV0(w: Writer, m: PartitionsSchema): void {
  w.string(m.topic);
  {
    const a = m.partitionIds;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
}

function encodeTransactionLogValueV0(w: Writer, m: TransactionLogValue): void {
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  w.int32(m.transactionTimeoutMs);
  w.int8(m.transactionStatus);
  {
    const a = m.transactionPartitions;
    if (a === null) w.int32(-1);
    else {
      w.arrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodePartitionsSchemaV0(w, a[i]);
    }
  }
  w.int64(m.transactionLastUpdateTimestampMs);
  w.int64(m.transactionStartTimestampMs);
}

function decodePartitionsSchemaV1(r: Reader): PartitionsSchema {
  const topic = r.compactString();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array PartitionIds');
  const partitionIds: number[] = [];
  for (let i = 0; i < n0; i++) partitionIds.push(r.int32());
  const m: PartitionsSchema = { topic, partitionIds };
  r.skipTaggedFields();
  return m;
}

function decodeTransactionLogValueV1(r: Reader): TransactionLogValue {
  const producerId = r.int64();
  const producerEpoch = r.int16();
  const transactionTimeoutMs = r.int32();
  const transactionStatus = r.int8();
  const n0 = r.compactArrayLength(3);
  let transactionPartitions: PartitionsSchema[] | null = null;
  if (n0 >= 0) {
    transactionPartitions = [];
    for (let i = 0; i < n0; i++) transactionPartitions.push(decodePartitionsSchemaV1(r));
  }
  const transactionLastUpdateTimestampMs = r.int64();
  const transactionStartTimestampMs = r.int64();
  const m: TransactionLogValue = {
    producerId,
    previousProducerId: -1,
    nextProducerId: -1,
    producerEpoch,
    transactionTimeoutMs,
    transactionStatus,
    transactionPartitions,
    transactionLastUpdateTimestampMs,
    transactionStartTimestampMs,
    clientTransactionVersion: 0,
  };
  const tagCount = r.uvarint();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.uvarint();
    const size = r.uvarint();
    const end = r.offset + size;
    switch (tag) {
      case 0: {
        const value = r.int64();
        m.previousProducerId = value;
        break;
      }
      case 1: {
        const value = r.int64();
        m.nextProducerId = value;
        break;
      }
      case 2: {
        const value = r.int16();
        m.clientTransactionVersion = value;
        break;
      }
      default:
        r.skip(size);
    }
    if (r.offset > end) r.fail('tagged field overran its size');
    r.offset = end;
  }
  return m;
}

function encodePartitionsSchemaV1(w: Writer, m: PartitionsSchema): void {
  w.compactString(m.topic);
  {
    const a = m.partitionIds;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.uvarint(0);
}

function encodeTransactionLogValueV1(w: Writer, m: TransactionLogValue): void {
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  w.int32(m.transactionTimeoutMs);
  w.int8(m.transactionStatus);
  {
    const a = m.transactionPartitions;
    if (a === null) w.uvarint(0);
    else {
      w.compactArrayLength(a.length);
      for (let i = 0; i < a.length; i++) encodePartitionsSchemaV1(w, a[i]);
    }
  }
  w.int64(m.transactionLastUpdateTimestampMs);
  w.int64(m.transactionStartTimestampMs);
  let tagCount = 0;
  const tagged0 = m.previousProducerId !== undefined && m.previousProducerId !== -1;
  if (tagged0) tagCount++;
  const tagged1 = m.nextProducerId !== undefined && m.nextProducerId !== -1;
  if (tagged1) tagCount++;
  const tagged2 = m.clientTransactionVersion !== undefined && m.clientTransactionVersion !== 0;
  if (tagged2) tagCount++;
  w.uvarint(tagCount);
  if (tagged0) {
    writeTaggedField(w, 0, (tw) => {
      tw.int64(m.previousProducerId!);
    });
  }
  if (tagged1) {
    writeTaggedField(w, 1, (tw) => {
      tw.int64(m.nextProducerId!);
    });
  }
  if (tagged2) {
    writeTaggedField(w, 2, (tw) => {
      tw.int16(m.clientTransactionVersion!);
    });
  }
}

const keyDecoders: ReadonlyArray<((r: Reader) => TransactionLogKey) | undefined> = [decodeTransactionLogKeyV0];
const keyEncoders: ReadonlyArray<((w: Writer, m: TransactionLogKey) => void) | undefined> = [encodeTransactionLogKeyV0];
const valueDecoders: ReadonlyArray<((r: Reader) => TransactionLogValue) | undefined> = [
  decodeTransactionLogValueV0, decodeTransactionLogValueV1,
];
const valueEncoders: ReadonlyArray<((w: Writer, m: TransactionLogValue) => void) | undefined> = [
  encodeTransactionLogValueV0, encodeTransactionLogValueV1,
];

export const TransactionLogRecord: InternalRecordCodec<TransactionLogKey, TransactionLogValue> = {
  name: 'TransactionLog',
  recordType: 0,
  readRecordTypes: [0],
  keyVersions: { min: 0, max: 0 },
  valueVersions: { min: 0, max: 1 },
  decodeKey(reader: Reader, version: number): TransactionLogKey {
    const decode = keyDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('TransactionLogKey', 0, version);
    return decode(reader);
  },
  encodeKey(writer: Writer, version: number, message: TransactionLogKey): void {
    const encode = keyEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('TransactionLogKey', 0, version);
    encode(writer, message);
  },
  decodeValue(reader: Reader, version: number): TransactionLogValue {
    const decode = valueDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('TransactionLogValue', 0, version);
    return decode(reader);
  },
  encodeValue(writer: Writer, version: number, message: TransactionLogValue): void {
    const encode = valueEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('TransactionLogValue', 0, version);
    encode(writer, message);
  },
  defaultKey: defaultTransactionLogKey,
  defaultValue: defaultTransactionLogValue,
};
