/**
 * The last-resort answer to a request whose own response could not be encoded: the API's default response with the
 * error in its top-level `errorCode` where that version has one, otherwise the bare default response (every list
 * empty), which every version of every API encodes. It exists so that a bug in one handler's response shape costs
 * that request its details, never the client its connection (Kafka's RequestChannel always sends the
 * `getErrorResponse` of the request; the generated codecs refuse fields a version lacks, so a shape that is wrong for
 * one version is caught here instead of closing the socket).
 */
import { UnsupportedFieldError, Writer, type ApiCodec } from '@samsa/protocol';

/** A response body `api` encodes at `version`, carrying `code` when the version has a top-level error code. */
export function genericErrorResponse(api: ApiCodec<unknown, unknown>, version: number, code: number): unknown {
  const defaults = api.defaultResponse() as Record<string, unknown>;
  if ('errorCode' in defaults) {
    const withCode = { ...defaults, errorCode: code };
    if (encodes(api, version, withCode)) return withCode;
  }
  return defaults;
}

function encodes(api: ApiCodec<unknown, unknown>, version: number, body: unknown): boolean {
  try {
    api.encodeResponse(new Writer(), version, body);
    return true;
  } catch (err) {
    if (err instanceof UnsupportedFieldError) return false;
    throw err;
  }
}
