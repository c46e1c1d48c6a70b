// Generated from protocol-specs/56-alter-partition.json by scripts/gen-protocol.ts. Do not edit.
// AlterPartition (key 56), versions 0-3, flexible from v0.

import type { ApiCodec, Uuid } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import { ZERO_UUID } from '../primitives/uuid';
import type { Writer } from '../primitives/writer';

export interface AlterPartitionRequest {
  brokerId: number;
  brokerEpoch: number;
  topics: AlterPartitionRequestTopicData[];
}

export interface AlterPartitionRequestTopicData {
  topicName?: string;
  topicId?: Uuid;
  partitions: AlterPartitionRequestPartitionData[];
}

export interface AlterPartitionRequestPartitionData {
  partitionIndex: number;
  leaderEpoch: number;
  newIsr?: number[];
  newIsrWithEpochs?: BrokerState[];
  leaderRecoveryState?: number;
  partitionEpoch: number;
}

export interface BrokerState {
  brokerId: number;
  brokerEpoch: number;
}

export interface AlterPartitionResponse {
  throttleTimeMs: number;
  errorCode: number;
  topics: AlterPartitionResponseTopicData[];
}

export interface AlterPartitionResponseTopicData {
  topicName?: string;
  topicId?: Uuid;
  partitions: AlterPartitionResponsePartitionData[];
}

export interface AlterPartitionResponsePartitionData {
  partitionIndex: number;
  errorCode: number;
  leaderId: number;
  leaderEpoch: number;
  isr: number[];
  leaderRecoveryState?: number;
  partitionEpoch: number;
}

function defaultAlterPartitionRequest(): AlterPartitionRequest {
  return { brokerId: 0, brokerEpoch: -1, topics: [] };
}

function defaultAlterPartitionResponse(): AlterPartitionResponse {
  return { throttleTimeMs: 0, errorCode: 0, topics: [] };
}

function decodeAlterPartitionRequestPartitionDataV0(r: Reader): AlterPartitionRequestPartitionData {
  const partitionIndex = r.int32();
  const leaderEpoch = r.int32();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array NewIsr');
  const newIsr: number[] = [];
  for (let i = 0; i < n0; i++) newIsr.push(r.int32());
  const partitionEpoch = r.int32();
  const m: AlterPartitionRequestPartitionData = {
    partitionIndex,
    leaderEpoch,
    newIsr,
    newIsrWithEpochs: [],
    leaderRecoveryState: 0,
    partitionEpoch,
  };
  r.skipTaggedFields();
  return m;
}

function decodeAlterPartitionRequestTopicDataV0(r: Reader): AlterPartitionRequestTopicData {
  const topicName = r.compactString();
  const n0 = r.compactArrayLength(14);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: AlterPartitionRequestPartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeAlterPartitionRequestPartitionDataV0(r));
  const m: AlterPartitionRequestTopicData = { topicName, topicId: ZERO_UUID, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeAlterPartitionRequestV0(r: Reader): AlterPartitionRequest {
  const brokerId = r.int32();
  const brokerEpoch = r.int64();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: AlterPartitionRequestTopicData[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeAlterPartitionRequestTopicDataV0(r));
  const m: AlterPartitionRequest = { brokerId, brokerEpoch, topics };
  r.skipTaggedFields();
  return m;
}

function encodeAlterPartitionRequestPartitionDataV0(w: Writer, m: AlterPartitionRequestPartitionData): void {
  w.int32(m.partitionIndex);
  w.int32(m.leaderEpoch);
  {
    const a = m.newIsr === undefined ? [] : m.newIsr;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  if (m.newIsrWithEpochs !== undefined && (m.newIsrWithEpochs === null || m.newIsrWithEpochs.length !== 0)) {
    throw new UnsupportedFieldError('PartitionData.NewIsrWithEpochs', 0);
  }
  if (m.leaderRecoveryState !== undefined && m.leaderRecoveryState !== 0) {
    throw new UnsupportedFieldError('PartitionData.LeaderRecoveryState', 0);
  }
  w.int32(m.partitionEpoch);
  w.uvarint(0);
}

function encodeAlterPartitionRequestTopicDataV0(w: Writer, m: AlterPartitionRequestTopicData): void {
  w.compactString(m.topicName === undefined ? '' : m.topicName);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterPartitionRequestPartitionDataV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeAlterPartitionRequestV0(w: Writer, m: AlterPartitionRequest): void {
  w.int32(m.brokerId);
  w.int64(m.brokerEpoch);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterPartitionRequestTopicDataV0(w, a[i]);
  }
  w.uvarint(0);
}

function decodeAlterPartitionRequestPartitionDataV1(r: Reader): AlterPartitionRequestPartitionData {
  const partitionIndex = r.int32();
  const leaderEpoch = r.int32();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array NewIsr');
  const newIsr: number[] = [];
  for (let i = 0; i < n0; i++) newIsr.push(r.int32());
  const leaderRecoveryState = r.int8();
  const partitionEpoch = r.int32();
  const m: AlterPartitionRequestPartitionData = {
    partitionIndex,
    leaderEpoch,
    newIsr,
    newIsrWithEpochs: [],
    leaderRecoveryState,
    partitionEpoch,
  };
  r.skipTaggedFields();
  return m;
}

function decodeAlterPartitionRequestTopicDataV1(r: Reader): AlterPartitionRequestTopicData {
  const topicName = r.compactString();
  const n0 = r.compactArrayLength(15);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: AlterPartitionRequestPartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeAlterPartitionRequestPartitionDataV1(r));
  const m: AlterPartitionRequestTopicData = { topicName, topicId: ZERO_UUID, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeAlterPartitionRequestV1(r: Reader): AlterPartitionRequest {
  const brokerId = r.int32();
  const brokerEpoch = r.int64();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: AlterPartitionRequestTopicData[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeAlterPartitionRequestTopicDataV1(r));
  const m: AlterPartitionRequest = { brokerId, brokerEpoch, topics };
  r.skipTaggedFields();
  return m;
}

function encodeAlterPartitionRequestPartitionDataV1(w: Writer, m: AlterPartitionRequestPartitionData): void {
  w.int32(m.partitionIndex);
  w.int32(m.leaderEpoch);
  {
    const a = m.newIsr === undefined ? [] : m.newIsr;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  if (m.newIsrWithEpochs !== undefined && (m.newIsrWithEpochs === null || m.newIsrWithEpochs.length !== 0)) {
    throw new UnsupportedFieldError('PartitionData.NewIsrWithEpochs', 1);
  }
  w.int8(m.leaderRecoveryState === undefined ? 0 : m.leaderRecoveryState);
  w.int32(m.partitionEpoch);
  w.uvarint(0);
}

function encodeAlterPartitionRequestTopicDataV1(w: Writer, m: AlterPartitionRequestTopicData): void {
  w.compactString(m.topicName === undefined ? '' : m.topicName);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterPartitionRequestPartitionDataV1(w, a[i]);
  }
  w.uvarint(0);
}

function encodeAlterPartitionRequestV1(w: Writer, m: AlterPartitionRequest): void {
  w.int32(m.brokerId);
  w.int64(m.brokerEpoch);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterPartitionRequestTopicDataV1(w, a[i]);
  }
  w.uvarint(0);
}

function decodeAlterPartitionRequestTopicDataV2(r: Reader): AlterPartitionRequestTopicData {
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(15);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: AlterPartitionRequestPartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeAlterPartitionRequestPartitionDataV1(r));
  const m: AlterPartitionRequestTopicData = { topicName: '', topicId, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeAlterPartitionRequestV2(r: Reader): AlterPartitionRequest {
  const brokerId = r.int32();
  const brokerEpoch = r.int64();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: AlterPartitionRequestTopicData[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeAlterPartitionRequestTopicDataV2(r));
  const m: AlterPartitionRequest = { brokerId, brokerEpoch, topics };
  r.skipTaggedFields();
  return m;
}

function encodeAlterPartitionRequestPartitionDataV2(w: Writer, m: AlterPartitionRequestPartitionData): void {
  w.int32(m.partitionIndex);
  w.int32(m.leaderEpoch);
  {
    const a = m.newIsr === undefined ? [] : m.newIsr;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  if (m.newIsrWithEpochs !== undefined && (m.newIsrWithEpochs === null || m.newIsrWithEpochs.length !== 0)) {
    throw new UnsupportedFieldError('PartitionData.NewIsrWithEpochs', 2);
  }
  w.int8(m.leaderRecoveryState === undefined ? 0 : m.leaderRecoveryState);
  w.int32(m.partitionEpoch);
  w.uvarint(0);
}

function encodeAlterPartitionRequestTopicDataV2(w: Writer, m: AlterPartitionRequestTopicData): void {
  w.uuid(m.topicId === undefined ? ZERO_UUID : m.topicId);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterPartitionRequestPartitionDataV2(w, a[i]);
  }
  w.uvarint(0);
}

function encodeAlterPartitionRequestV2(w: Writer, m: AlterPartitionRequest): void {
  w.int32(m.brokerId);
  w.int64(m.brokerEpoch);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterPartitionRequestTopicDataV2(w, a[i]);
  }
  w.uvarint(0);
}

function decodeBrokerStateV3(r: Reader): BrokerState {
  const brokerId = r.int32();
  const brokerEpoch = r.int64();
  const m: BrokerState = { brokerId, brokerEpoch };
  r.skipTaggedFields();
  return m;
}

function decodeAlterPartitionRequestPartitionDataV3(r: Reader): AlterPartitionRequestPartitionData {
  const partitionIndex = r.int32();
  const leaderEpoch = r.int32();
  const n0 = r.compactArrayLength(13);
  if (n0 < 0) r.fail('null in non-nullable array NewIsrWithEpochs');
  const newIsrWithEpochs: BrokerState[] = [];
  for (let i = 0; i < n0; i++) newIsrWithEpochs.push(decodeBrokerStateV3(r));
  const leaderRecoveryState = r.int8();
  const partitionEpoch = r.int32();
  const m: AlterPartitionRequestPartitionData = {
    partitionIndex,
    leaderEpoch,
    newIsr: [],
    newIsrWithEpochs,
    leaderRecoveryState,
    partitionEpoch,
  };
  r.skipTaggedFields();
  return m;
}

function decodeAlterPartitionRequestTopicDataV3(r: Reader): AlterPartitionRequestTopicData {
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(15);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: AlterPartitionRequestPartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeAlterPartitionRequestPartitionDataV3(r));
  const m: AlterPartitionRequestTopicData = { topicName: '', topicId, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeAlterPartitionRequestV3(r: Reader): AlterPartitionRequest {
  const brokerId = r.int32();
  const brokerEpoch = r.int64();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: AlterPartitionRequestTopicData[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeAlterPartitionRequestTopicDataV3(r));
  const m: AlterPartitionRequest = { brokerId, brokerEpoch, topics };
  r.skipTaggedFields();
  return m;
}

function encodeBrokerStateV3(w: Writer, m: BrokerState): void {
  w.int32(m.brokerId);
  w.int64(m.brokerEpoch);
  w.uvarint(0);
}

function encodeAlterPartitionRequestPartitionDataV3(w: Writer, m: AlterPartitionRequestPartitionData): void {
  w.int32(m.partitionIndex);
  w.int32(m.leaderEpoch);
  if (m.newIsr !== undefined && (m.newIsr === null || m.newIsr.length !== 0)) throw new UnsupportedFieldError('PartitionData.NewIsr', 3);
  {
    const a = m.newIsrWithEpochs === undefined ? [] : m.newIsrWithEpochs;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeBrokerStateV3(w, a[i]);
  }
  w.int8(m.leaderRecoveryState === undefined ? 0 : m.leaderRecoveryState);
  w.int32(m.partitionEpoch);
  w.uvarint(0);
}

function encodeAlterPartitionRequestTopicDataV3(w: Writer, m: AlterPartitionRequestTopicData): void {
  w.uuid(m.topicId === undefined ? ZERO_UUID : m.topicId);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterPartitionRequestPartitionDataV3(w, a[i]);
  }
  w.uvarint(0);
}

function encodeAlterPartitionRequestV3(w: Writer, m: AlterPartitionRequest): void {
  w.int32(m.brokerId);
  w.int64(m.brokerEpoch);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterPartitionRequestTopicDataV3(w, a[i]);
  }
  w.uvarint(0);
}

function decodeAlterPartitionResponsePartitionDataV0(r: Reader): AlterPartitionResponsePartitionData {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Isr');
  const isr: number[] = [];
  for (let i = 0; i < n0; i++) isr.push(r.int32());
  const partitionEpoch = r.int32();
  const m: AlterPartitionResponsePartitionData = {
    partitionIndex,
    errorCode,
    leaderId,
    leaderEpoch,
    isr,
    leaderRecoveryState: 0,
    partitionEpoch,
  };
  r.skipTaggedFields();
  return m;
}

function decodeAlterPartitionResponseTopicDataV0(r: Reader): AlterPartitionResponseTopicData {
  const topicName = r.compactString();
  const n0 = r.compactArrayLength(20);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: AlterPartitionResponsePartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeAlterPartitionResponsePartitionDataV0(r));
  const m: AlterPartitionResponseTopicData = { topicName, topicId: ZERO_UUID, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeAlterPartitionResponseV0(r: Reader): AlterPartitionResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: AlterPartitionResponseTopicData[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeAlterPartitionResponseTopicDataV0(r));
  const m: AlterPartitionResponse = { throttleTimeMs, errorCode, topics };
  r.skipTaggedFields();
  return m;
}

function encodeAlterPartitionResponsePartitionDataV0(w: Writer, m: AlterPartitionResponsePartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  {
    const a = m.isr;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.int32(m.partitionEpoch);
  w.uvarint(0);
}

function encodeAlterPartitionResponseTopicDataV0(w: Writer, m: AlterPartitionResponseTopicData): void {
  w.compactString(m.topicName === undefined ? '' : m.topicName);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterPartitionResponsePartitionDataV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeAlterPartitionResponseV0(w: Writer, m: AlterPartitionResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterPartitionResponseTopicDataV0(w, a[i]);
  }
  w.uvarint(0);
}

function decodeAlterPartitionResponsePartitionDataV1(r: Reader): AlterPartitionResponsePartitionData {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Isr');
  const isr: number[] = [];
  for (let i = 0; i < n0; i++) isr.push(r.int32());
  const leaderRecoveryState = r.int8();
  const partitionEpoch = r.int32();
  const m: AlterPartitionResponsePartitionData = {
    partitionIndex,
    errorCode,
    leaderId,
    leaderEpoch,
    isr,
    leaderRecoveryState,
    partitionEpoch,
  };
  r.skipTaggedFields();
  return m;
}

function decodeAlterPartitionResponseTopicDataV1(r: Reader): AlterPartitionResponseTopicData {
  const topicName = r.compactString();
  const n0 = r.compactArrayLength(21);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: AlterPartitionResponsePartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeAlterPartitionResponsePartitionDataV1(r));
  const m: AlterPartitionResponseTopicData = { topicName, topicId: ZERO_UUID, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeAlterPartitionResponseV1(r: Reader): AlterPartitionResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const n0 = r.compactArrayLength(3);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: AlterPartitionResponseTopicData[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeAlterPartitionResponseTopicDataV1(r));
  const m: AlterPartitionResponse = { throttleTimeMs, errorCode, topics };
  r.skipTaggedFields();
  return m;
}

function encodeAlterPartitionResponsePartitionDataV1(w: Writer, m: AlterPartitionResponsePartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  {
    const a = m.isr;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.int8(m.leaderRecoveryState === undefined ? 0 : m.leaderRecoveryState);
  w.int32(m.partitionEpoch);
  w.uvarint(0);
}

function encodeAlterPartitionResponseTopicDataV1(w: Writer, m: AlterPartitionResponseTopicData): void {
  w.compactString(m.topicName === undefined ? '' : m.topicName);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterPartitionResponsePartitionDataV1(w, a[i]);
  }
  w.uvarint(0);
}

function encodeAlterPartitionResponseV1(w: Writer, m: AlterPartitionResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterPartitionResponseTopicDataV1(w, a[i]);
  }
  w.uvarint(0);
}

function decodeAlterPartitionResponseTopicDataV2(r: Reader): AlterPartitionResponseTopicData {
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(21);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: AlterPartitionResponsePartitionData[] = [];
  for (let i = 0; i < n0; i++) partitions.push(decodeAlterPartitionResponsePartitionDataV1(r));
  const m: AlterPartitionResponseTopicData = { topicName: '', topicId, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeAlterPartitionResponseV2(r: Reader): AlterPartitionResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: AlterPartitionResponseTopicData[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeAlterPartitionResponseTopicDataV2(r));
  const m: AlterPartitionResponse = { throttleTimeMs, errorCode, topics };
  r.skipTaggedFields();
  return m;
}

function encodeAlterPartitionResponseTopicDataV2(w: Writer, m: AlterPartitionResponseTopicData): void {
  w.uuid(m.topicId === undefined ? ZERO_UUID : m.topicId);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterPartitionResponsePartitionDataV1(w, a[i]);
  }
  w.uvarint(0);
}

function encodeAlterPartitionResponseV2(w: Writer, m: AlterPartitionResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeAlterPartitionResponseTopicDataV2(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => AlterPartitionRequest) | undefined> = [
  decodeAlterPartitionRequestV0, decodeAlterPartitionRequestV1, decodeAlterPartitionRequestV2, decodeAlterPartitionRequestV3,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: AlterPartitionRequest) => void) | undefined> = [
  encodeAlterPartitionRequestV0, encodeAlterPartitionRequestV1, encodeAlterPartitionRequestV2, encodeAlterPartitionRequestV3,
];
const responseDecoders: ReadonlyArray<((r: Reader) => AlterPartitionResponse) | undefined> = [
  decodeAlterPartitionResponseV0, decodeAlterPartitionResponseV1, decodeAlterPartitionResponseV2, decodeAlterPartitionResponseV2,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: AlterPartitionResponse) => void) | undefined> = [
  encodeAlterPartitionResponseV0, encodeAlterPartitionResponseV1, encodeAlterPartitionResponseV2, encodeAlterPartitionResponseV2,
];

export const AlterPartitionApi: ApiCodec<AlterPartitionRequest, AlterPartitionResponse> = {
  apiKey: 56,
  name: 'AlterPartition',
  validVersions: { min: 0, max: 3 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): AlterPartitionRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('AlterPartition', 56, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: AlterPartitionRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('AlterPartition', 56, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): AlterPartitionResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('AlterPartition', 56, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: AlterPartitionResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('AlterPartition', 56, version);
    encode(writer, message);
  },
  defaultRequest: defaultAlterPartitionRequest,
  defaultResponse: defaultAlterPartitionResponse,
};
