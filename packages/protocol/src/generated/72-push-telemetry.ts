// Generated from protocol-specs/72-push-telemetry.json by scripts/gen-protocol.ts. Do not edit.
// PushTelemetry (key 72), versions 0-0, flexible from v0.

import type { ApiCodec, Uuid } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import { EMPTY_BUFFER } from '../primitives/reader';
import type { Reader } from '../primitives/reader';
import { ZERO_UUID } from '../primitives/uuid';
import type { Writer } from '../primitives/writer';

export interface PushTelemetryRequest {
  clientInstanceId: Uuid;
  subscriptionId: number;
  terminating: boolean;
  compressionType: number;
  metrics: Buffer;
}

export interface PushTelemetryResponse {
  throttleTimeMs: number;
  errorCode: number;
}

function defaultPushTelemetryRequest(): PushTelemetryRequest {
  return { clientInstanceId: ZERO_UUID, subscriptionId: 0, terminating: false, compressionType: 0, metrics: EMPTY_BUFFER };
}

function defaultPushTelemetryResponse(): PushTelemetryResponse {
  return { throttleTimeMs: 0, errorCode: 0 };
}

function decodePushTelemetryRequestV0(r: Reader): PushTelemetryRequest {
  const clientInstanceId = r.uuid();
  const subscriptionId = r.int32();
  const terminating = r.bool();
  const compressionType = r.int8();
  const metrics = r.compactBytes();
  const m: PushTelemetryRequest = { clientInstanceId, subscriptionId, terminating, compressionType, metrics };
  r.skipTaggedFields();
  return m;
}

function encodePushTelemetryRequestV0(w: Writer, m: PushTelemetryRequest): void {
  w.uuid(m.clientInstanceId);
  w.int32(m.subscriptionId);
  w.bool(m.terminating);
  w.int8(m.compressionType);
  w.compactBytes(m.metrics);
  w.uvarint(0);
}

function decodePushTelemetryResponseV0(r: Reader): PushTelemetryResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const m: PushTelemetryResponse = { throttleTimeMs, errorCode };
  r.skipTaggedFields();
  return m;
}

function encodePushTelemetryResponseV0(w: Writer, m: PushTelemetryResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => PushTelemetryRequest) | undefined> = [decodePushTelemetryRequestV0];
const requestEncoders: ReadonlyArray<((w: Writer, m: PushTelemetryRequest) => void) | undefined> = [encodePushTelemetryRequestV0];
const responseDecoders: ReadonlyArray<((r: Reader) => PushTelemetryResponse) | undefined> = [decodePushTelemetryResponseV0];
const responseEncoders: ReadonlyArray<((w: Writer, m: PushTelemetryResponse) => void) | undefined> = [encodePushTelemetryResponseV0];

export const PushTelemetryApi: ApiCodec<PushTelemetryRequest, PushTelemetryResponse> = {
  apiKey: 72,
  name: 'PushTelemetry',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): PushTelemetryRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('PushTelemetry', 72, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: PushTelemetryRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('PushTelemetry', 72, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): PushTelemetryResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('PushTelemetry', 72, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: PushTelemetryResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('PushTelemetry', 72, version);
    encode(writer, message);
  },
  defaultRequest: defaultPushTelemetryRequest,
  defaultResponse: defaultPushTelemetryResponse,
};
