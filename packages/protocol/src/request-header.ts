// Request header, the part of every request frame before the body (after the int32 size):
//   v0: api_key int16, api_version int16, correlation_id int32          (ControlledShutdown v0 only)
//   v1: v0 + client_id (classic nullable int16-length string)
//   v2: v1 + tagged-field section                                        (flexible API versions)
// client_id stays a classic string even in v2, so an old broker can read any ApiVersions header.
// The header version depends on the API and its version, so key and version are read first; an
// unknown key is still returned (headerVersion null, client id unread) and the caller decides.
import type { ApiCodec } from './api-codec';
import { apiCodecs } from './generated';
import type { Reader } from './primitives/reader';
import type { Writer } from './primitives/writer';

export interface RequestHeader {
  apiKey: number;
  apiVersion: number;
  correlationId: number;
  clientId: string | null;
  /** 0, 1 or 2; null when the API key has no codec (the body and client id were not read). */
  headerVersion: 0 | 1 | 2 | null;
}

/**
 * Header version for a request. Versions outside the codec's range are read with the header of the
 * nearest known version, so an ApiVersions probe from a newer client still parses (KIP-511).
 */
export function requestHeaderVersionFor(codec: ApiCodec<unknown, unknown>, apiVersion: number): 0 | 1 | 2 {
  const { min, max } = codec.validVersions;
  return codec.requestHeaderVersion(Math.min(Math.max(apiVersion, min), max));
}

export function decodeRequestHeader(
  reader: Reader,
  codecs: ReadonlyMap<number, ApiCodec<unknown, unknown>> = apiCodecs,
): RequestHeader {
  const apiKey = reader.int16();
  const apiVersion = reader.int16();
  const correlationId = reader.int32();
  const codec = codecs.get(apiKey);
  if (codec === undefined) return { apiKey, apiVersion, correlationId, clientId: null, headerVersion: null };
  const headerVersion = requestHeaderVersionFor(codec, apiVersion);
  const clientId = headerVersion >= 1 ? reader.nullableString() : null;
  if (headerVersion >= 2) reader.skipTaggedFields();
  return { apiKey, apiVersion, correlationId, clientId, headerVersion };
}

export function encodeRequestHeader(
  writer: Writer,
  header: { apiKey: number; apiVersion: number; correlationId: number; clientId: string | null },
  headerVersion: 0 | 1 | 2,
): void {
  writer.int16(header.apiKey);
  writer.int16(header.apiVersion);
  writer.int32(header.correlationId);
  if (headerVersion >= 1) writer.nullableString(header.clientId);
  if (headerVersion >= 2) writer.uvarint(0);
}
