// Generated from protocol-specs/63-broker-heartbeat.json by scripts/gen-protocol.ts. Do not edit.
// BrokerHeartbeat (key 63), versions 0-1, flexible from v0.

import type { ApiCodec, Uuid } from '../api-codec';
import { UnsupportedFieldError, UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import { writeTaggedField } from '../primitives/tagged-fields';
import type { Writer } from '../primitives/writer';

export interface BrokerHeartbeatRequest {
  brokerId: number;
  brokerEpoch: number;
  currentMetadataOffset: number;
  wantFence: boolean;
  wantShutDown: boolean;
  offlineLogDirs?: Uuid[];
}

export interface BrokerHeartbeatResponse {
  throttleTimeMs: number;
  errorCode: number;
  isCaughtUp: boolean;
  isFenced: boolean;
  shouldShutDown: boolean;
}

function defaultBrokerHeartbeatRequest(): BrokerHeartbeatRequest {
  return { brokerId: 0, brokerEpoch: -1, currentMetadataOffset: 0, wantFence: false, wantShutDown: false, offlineLogDirs: [] };
}

function defaultBrokerHeartbeatResponse(): BrokerHeartbeatResponse {
  return { throttleTimeMs: 0, errorCode: 0, isCaughtUp: false, isFenced: true, shouldShutDown: false };
}

function decodeBrokerHeartbeatRequestV0(r: Reader): BrokerHeartbeatRequest {
  const brokerId = r.int32();
  const brokerEpoch = r.int64();
  const currentMetadataOffset = r.int64();
  const wantFence = r.bool();
  const wantShutDown = r.bool();
  const m: BrokerHeartbeatRequest = { brokerId, brokerEpoch, currentMetadataOffset, wantFence, wantShutDown, offlineLogDirs: [] };
  r.skipTaggedFields();
  return m;
}

function encodeBrokerHeartbeatRequestV0(w: Writer, m: BrokerHeartbeatRequest): void {
  w.int32(m.brokerId);
  w.int64(m.brokerEpoch);
  w.int64(m.currentMetadataOffset);
  w.bool(m.wantFence);
  w.bool(m.wantShutDown);
  if (m.offlineLogDirs !== undefined && (m.offlineLogDirs === null || m.offlineLogDirs.length !== 0)) {
    throw new UnsupportedFieldError('BrokerHeartbeatRequest.OfflineLogDirs', 0);
  }
  w.uvarint(0);
}

function decodeBrokerHeartbeatRequestV1(r: Reader): BrokerHeartbeatRequest {
  const brokerId = r.int32();
  const brokerEpoch = r.int64();
  const currentMetadataOffset = r.int64();
  const wantFence = r.bool();
  const wantShutDown = r.bool();
  const m: BrokerHeartbeatRequest = { brokerId, brokerEpoch, currentMetadataOffset, wantFence, wantShutDown, offlineLogDirs: [] };
  const tagCount = r.uvarint();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.uvarint();
    const size = r.uvarint();
    const end = r.offset + size;
    switch (tag) {
      case 0: {
        const n0 = r.compactArrayLength(16);
        if (n0 < 0) r.fail('null in non-nullable array OfflineLogDirs');
        const value: Uuid[] = [];
        for (let i = 0; i < n0; i++) value.push(r.uuid());
        m.offlineLogDirs = value;
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

function encodeBrokerHeartbeatRequestV1(w: Writer, m: BrokerHeartbeatRequest): void {
  w.int32(m.brokerId);
  w.int64(m.brokerEpoch);
  w.int64(m.currentMetadataOffset);
  w.bool(m.wantFence);
  w.bool(m.wantShutDown);
  let tagCount = 0;
  const tagged0 = m.offlineLogDirs !== undefined && (m.offlineLogDirs === null || m.offlineLogDirs.length !== 0);
  if (tagged0) tagCount++;
  w.uvarint(tagCount);
  if (tagged0) {
    writeTaggedField(w, 0, (tw) => {
      {
        const a = m.offlineLogDirs!;
        tw.compactArrayLength(a.length);
        for (let i = 0; i < a.length; i++) tw.uuid(a[i]);
      }
    });
  }
}

function decodeBrokerHeartbeatResponseV0(r: Reader): BrokerHeartbeatResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const isCaughtUp = r.bool();
  const isFenced = r.bool();
  const shouldShutDown = r.bool();
  const m: BrokerHeartbeatResponse = { throttleTimeMs, errorCode, isCaughtUp, isFenced, shouldShutDown };
  r.skipTaggedFields();
  return m;
}

function encodeBrokerHeartbeatResponseV0(w: Writer, m: BrokerHeartbeatResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.bool(m.isCaughtUp);
  w.bool(m.isFenced);
  w.bool(m.shouldShutDown);
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => BrokerHeartbeatRequest) | undefined> = [
  decodeBrokerHeartbeatRequestV0, decodeBrokerHeartbeatRequestV1,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: BrokerHeartbeatRequest) => void) | undefined> = [
  encodeBrokerHeartbeatRequestV0, encodeBrokerHeartbeatRequestV1,
];
const responseDecoders: ReadonlyArray<((r: Reader) => BrokerHeartbeatResponse) | undefined> = [
  decodeBrokerHeartbeatResponseV0, decodeBrokerHeartbeatResponseV0,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: BrokerHeartbeatResponse) => void) | undefined> = [
  encodeBrokerHeartbeatResponseV0, encodeBrokerHeartbeatResponseV0,
];

export const BrokerHeartbeatApi: ApiCodec<BrokerHeartbeatRequest, BrokerHeartbeatResponse> = {
  apiKey: 63,
  name: 'BrokerHeartbeat',
  validVersions: { min: 0, max: 1 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): BrokerHeartbeatRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('BrokerHeartbeat', 63, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: BrokerHeartbeatRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('BrokerHeartbeat', 63, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): BrokerHeartbeatResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('BrokerHeartbeat', 63, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: BrokerHeartbeatResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('BrokerHeartbeat', 63, version);
    encode(writer, message);
  },
  defaultRequest: defaultBrokerHeartbeatRequest,
  defaultResponse: defaultBrokerHeartbeatResponse,
};
