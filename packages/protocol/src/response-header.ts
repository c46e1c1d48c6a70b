// Response header, before every response body:
//   v0: correlation_id int32
//   v1: v0 + tagged-field section, always written as the single byte 0x00 (no tags), because some
//       clients skip exactly one byte here.
// ApiVersions responses always use v0 (KIP-511); the codecs' responseHeaderVersion encodes that.
import type { Reader } from './primitives/reader';
import type { Writer } from './primitives/writer';

export interface ResponseHeader {
  correlationId: number;
}

export function encodeResponseHeader(writer: Writer, correlationId: number, headerVersion: 0 | 1): void {
  writer.int32(correlationId);
  if (headerVersion === 1) writer.uvarint(0);
}

export function decodeResponseHeader(reader: Reader, headerVersion: 0 | 1): ResponseHeader {
  const correlationId = reader.int32();
  if (headerVersion === 1) reader.skipTaggedFields();
  return { correlationId };
}
