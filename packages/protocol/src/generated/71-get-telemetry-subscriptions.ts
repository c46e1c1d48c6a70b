// Generated from protocol-specs/71-get-telemetry-subscriptions.json by scripts/gen-protocol.ts. Do not edit.
// GetTelemetrySubscriptions (key 71), versions 0-0, flexible from v0.

import type { ApiCodec, Uuid } from '../api-codec';
import { UnsupportedVersionError } from '../errors';
import type { Reader } from '../primitives/reader';
import { ZERO_UUID } from '../primitives/uuid';
import type { Writer } from '../primitives/writer';

export interface GetTelemetrySubscriptionsRequest {
  clientInstanceId: Uuid;
}

export interface GetTelemetrySubscriptionsResponse {
  throttleTimeMs: number;
  errorCode: number;
  clientInstanceId: Uuid;
  subscriptionId: number;
  acceptedCompressionTypes: number[];
  pushIntervalMs: number;
  telemetryMaxBytes: number;
  deltaTemporality: boolean;
  requestedMetrics: string[];
}

function defaultGetTelemetrySubscriptionsRequest(): GetTelemetrySubscriptionsRequest {
  return { clientInstanceId: ZERO_UUID };
}

function defaultGetTelemetrySubscriptionsResponse(): GetTelemetrySubscriptionsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    clientInstanceId: ZERO_UUID,
    subscriptionId: 0,
    acceptedCompressionTypes: [],
    pushIntervalMs: 0,
    telemetryMaxBytes: 0,
    deltaTemporality: false,
    requestedMetrics: [],
  };
}

function decodeGetTelemetrySubscriptionsRequestV0(r: Reader): GetTelemetrySubscriptionsRequest {
  const clientInstanceId = r.uuid();
  const m: GetTelemetrySubscriptionsRequest = { clientInstanceId };
  r.skipTaggedFields();
  return m;
}

function encodeGetTelemetrySubscriptionsRequestV0(w: Writer, m: GetTelemetrySubscriptionsRequest): void {
  w.uuid(m.clientInstanceId);
  w.uvarint(0);
}

function decodeGetTelemetrySubscriptionsResponseV0(r: Reader): GetTelemetrySubscriptionsResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const clientInstanceId = r.uuid();
  const subscriptionId = r.int32();
  const n0 = r.compactArrayLength(1);
  if (n0 < 0) r.fail('null in non-nullable array AcceptedCompressionTypes');
  const acceptedCompressionTypes: number[] = [];
  for (let i = 0; i < n0; i++) acceptedCompressionTypes.push(r.int8());
  const pushIntervalMs = r.int32();
  const telemetryMaxBytes = r.int32();
  const deltaTemporality = r.bool();
  const n1 = r.compactArrayLength(1);
  if (n1 < 0) r.fail('null in non-nullable array RequestedMetrics');
  const requestedMetrics: string[] = [];
  for (let i = 0; i < n1; i++) requestedMetrics.push(r.compactString());
  const m: GetTelemetrySubscriptionsResponse = {
    throttleTimeMs,
    errorCode,
    clientInstanceId,
    subscriptionId,
    acceptedCompressionTypes,
    pushIntervalMs,
    telemetryMaxBytes,
    deltaTemporality,
    requestedMetrics,
  };
  r.skipTaggedFields();
  return m;
}

function encodeGetTelemetrySubscriptionsResponseV0(w: Writer, m: GetTelemetrySubscriptionsResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.uuid(m.clientInstanceId);
  w.int32(m.subscriptionId);
  {
    const a = m.acceptedCompressionTypes;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int8(a[i]);
  }
  w.int32(m.pushIntervalMs);
  w.int32(m.telemetryMaxBytes);
  w.bool(m.deltaTemporality);
  {
    const a = m.requestedMetrics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.compactString(a[i]);
  }
  w.uvarint(0);
}

const requestDecoders: ReadonlyArray<((r: Reader) => GetTelemetrySubscriptionsRequest) | undefined> = [
  decodeGetTelemetrySubscriptionsRequestV0,
];
const requestEncoders: ReadonlyArray<((w: Writer, m: GetTelemetrySubscriptionsRequest) => void) | undefined> = [
  encodeGetTelemetrySubscriptionsRequestV0,
];
const responseDecoders: ReadonlyArray<((r: Reader) => GetTelemetrySubscriptionsResponse) | undefined> = [
  decodeGetTelemetrySubscriptionsResponseV0,
];
const responseEncoders: ReadonlyArray<((w: Writer, m: GetTelemetrySubscriptionsResponse) => void) | undefined> = [
  encodeGetTelemetrySubscriptionsResponseV0,
];

export const GetTelemetrySubscriptionsApi: ApiCodec<GetTelemetrySubscriptionsRequest, GetTelemetrySubscriptionsResponse> = {
  apiKey: 71,
  name: 'GetTelemetrySubscriptions',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
  decodeRequest(reader: Reader, version: number): GetTelemetrySubscriptionsRequest {
    const decode = requestDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('GetTelemetrySubscriptions', 71, version);
    return decode(reader);
  },
  encodeRequest(writer: Writer, version: number, message: GetTelemetrySubscriptionsRequest): void {
    const encode = requestEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('GetTelemetrySubscriptions', 71, version);
    encode(writer, message);
  },
  decodeResponse(reader: Reader, version: number): GetTelemetrySubscriptionsResponse {
    const decode = responseDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('GetTelemetrySubscriptions', 71, version);
    return decode(reader);
  },
  encodeResponse(writer: Writer, version: number, message: GetTelemetrySubscriptionsResponse): void {
    const encode = responseEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('GetTelemetrySubscriptions', 71, version);
    encode(writer, message);
  },
  defaultRequest: defaultGetTelemetrySubscriptionsRequest,
  defaultResponse: defaultGetTelemetrySubscriptionsResponse,
};
