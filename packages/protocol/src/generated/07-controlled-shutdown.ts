// Generated from protocol-specs/07-controlled-shutdown.json by scripts/gen-protocol.ts. Do not edit.
// ControlledShutdown (key 7), versions 0-3, flexible from v3.

import type { ApiCodec } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import type { Writer } from '../primitives/writer';

export interface ControlledShutdownRequest {
  brokerId: number;
  brokerEpoch?: number;
}

export interface ControlledShutdownResponse {
  errorCode: number;
  remainingPartitions: RemainingPartition[];
}

export interface RemainingPartition {
  topicName: string;
  partitionIndex: number;
}

function defaultControlledShutdownRequest(): ControlledShutdownRequest {
  return { brokerId: 0, brokerEpoch: -1 };
}

function defaultControlledShutdownResponse(): ControlledShutdownResponse {
  return { errorCode: 0, remainingPartitions: [] };
}

function decodeControlledShutdownRequestV0(r: Reader): ControlledShutdownRequest {
  const brokerId = r.int32();
  return { brokerId, brokerEpoch: -1 };
}

function encodeControlledShutdownRequestV0(w: Writer, m: ControlledShutdownRequest): void {
  w.int32(m.brokerId);
}

function decodeControlledShutdownRequestV2(r: Reader): ControlledShutdownRequest {
  const brokerId = r.int32();
  const brokerEpoch = r.int64();
  return { brokerId, brokerEpoch };
}

function encodeControlledShutdownRequestV2(w: Writer, m: ControlledShutdownRequest): void {
  w.int32(m.brokerId);
  w.int64(m.brokerEpoch === undefined ? -1 : m.brokerEpoch);
}

function decodeControlledShutdownRequestV3(r: Reader): ControlledShutdownRequest {
  const brokerId = r.int32();
  const brokerEpoch = r.int64();
  const m: ControlledShutdownRequest = { brokerId, brokerEpoch };
  r.skipTaggedFields();
  return m;
}

function encodeControlledShutdownRequestV3(w: Writer, m: ControlledShutdownRequest): void {
  w.int32(m.brokerId);
  w.int64(m.brokerEpoch === undefined ? -1 : m.brokerEpoch);
  w.uvarint(0);
}

function decodeRemainingPartitionV0(r: Reader): RemainingPartition {
  const topicName = r.string();
  const partitionIndex = r.int32();
  return { topicName, partitionIndex };
}

function decodeControlledShutdownResponseV0(r: Reader): ControlledShutdownResponse {
  const errorCode = r.int16();
  const n0 = r.arrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array RemainingPartitions');
  const remainingPartitions: RemainingPartition[] = [];
  for (let i = 0; i < n0; i++) remainingPartitions.push(decodeRemainingPartitionV0(r));
  return { errorCode, remainingPartitions };
}

function encodeRemainingPartitionV0(w: Writer, m: RemainingPartition): void {
  w.string(m.topicName);
  w.int32(m.partitionIndex);
}

function encodeControlledShutdownResponseV0(w: Writer, m: ControlledShutdownResponse): void {
  w.int16(m.errorCode);
  {
    const a = m.remainingPartitions;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeRemainingPartitionV0(w, a[i]);
  }
}

function decodeRemainingPartitionV3(r: Reader): RemainingPartition {
  const topicName = r.compactString();
  const partitionIndex = r.int32();
  const m: RemainingPartition = { topicName, partitionIndex };
  r.skipTaggedFields();
  return m;
}

function decodeControlledShutdownResponseV3(r: Reader): ControlledShutdownResponse {
  const errorCode = r.int16();
  const n0 = r.compactArrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array RemainingPartitions');
  const remainingPartitions: RemainingPartition[] = [];
  for (let i = 0; i < n0; i++) remainingPartitions.push(decodeRemainingPartitionV3(r));
  const m: ControlledShutdownResponse = { errorCode, remainingPartitions };
  r.skipTaggedFields();
  return m;
}

function encodeRemainingPartitionV3(w: Writer, m: RemainingPartition): void {
  w.compactString(m.topicName);
  w.int32(m.partitionIndex);
  w.uvarint(0);
}

function encodeControlledShutdownResponseV3(w: Writer, m: ControlledShutdownResponse): void {
  w.int16(m.errorCode);
  {
    const a = m.remainingPartitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeRemainingPartitionV3(w, a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => ControlledShutdownRequest) | undefined> = [
  decodeControlledShutdownRequestV0, decodeControlledShutdownRequestV0, decodeControlledShutdownRequestV2,
  decodeControlledShutdownRequestV3,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: ControlledShutdownRequest) => void) | undefined> = [
  encodeControlledShutdownRequestV0, encodeControlledShutdownRequestV0, encodeControlledShutdownRequestV2,
  encodeControlledShutdownRequestV3,
];
const responseDecoders: ReadonlyArray<((r: Reader) => ControlledShutdownResponse) | undefined> = [
  decodeControlledShutdownResponseV0, decodeControlledShutdownResponseV0, decodeControlledShutdownResponseV0,
  decodeControlledShutdownResponseV3,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: ControlledShutdownResponse) => void) | undefined> = [
  encodeControlledShutdownResponseV0, encodeControlledShutdownResponseV0, encodeControlledShutdownResponseV0,
  encodeControlledShutdownResponseV3,
];

export const ControlledShutdownApi: ApiCodec<ControlledShutdownRequest, ControlledShutdownResponse> = {
  apiKey: 7,
  name: 'ControlledShutdown',
  validVersions: { min: 0, max: 3 },
  firstFlexibleVersion: 3,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version === 0 ? 0 : version >= 3 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 3 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): ControlledShutdownRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ControlledShutdown', 7, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: ControlledShutdownRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ControlledShutdown', 7, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): ControlledShutdownResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ControlledShutdown', 7, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: ControlledShutdownResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ControlledShutdown', 7, version);
    encode(writer, message);
  },
  defaultRequest: defaultControlledShutdownRequest,
  defaultResponse: defaultControlledShutdownResponse,
};
