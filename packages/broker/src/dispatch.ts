/**
 * One request frame's path through the broker: peek the API key and version → registry lookup (unknown key: close,
 * as Kafka does) → version check (ApiVersions answers an unsupported version with a v0 body carrying
 * UNSUPPORTED_VERSION and its own range, KIP-511; any other API closes) → header decode → body decode (a body that
 * does not decode closes the connection) → handler → `toErrorCode` + `errorResponse` for anything thrown → encode
 * (size prefix, response header of the codec's version, body) → the connection's response queue.
 *
 * The dispatcher never throws: every failure becomes either an error response or a `close` outcome with a reason.
 */
import { decodeRequestHeader, encodeResponseHeader, ErrorCode, Reader, Writer } from '@samsa/protocol';
import type { Logger } from 'pino';
import { FaultInjector } from './control/faults';
import { KafkaError, toErrorCode } from './errors';
import { NO_RESPONSE, type AnyHandler, type RequestContext } from './handlers/handler';
import type { HandlerRegistry } from './handlers/index';

const API_VERSIONS_KEY = 18;
/** api_key int16 + api_version int16 + correlation_id int32: the part of every header that has a fixed place. */
const FIXED_HEADER_BYTES = 8;

export type DispatchOutcome =
  | { readonly kind: 'respond'; readonly response: Promise<readonly Buffer[] | null> }
  | { readonly kind: 'close'; readonly reason: string; readonly details: Record<string, unknown> };

export type ContextFactory = (apiVersion: number, correlationId: number, clientId: string | null) => RequestContext;

export class Dispatcher {
  readonly #registry: HandlerRegistry;
  readonly #faults: FaultInjector;

  /** `faults`: the control plane's hook on the request path; a request costs one boolean check while it is idle. */
  constructor(registry: HandlerRegistry, faults: FaultInjector = new FaultInjector()) {
    this.#registry = registry;
    this.#faults = faults;
  }

  /** Decides synchronously whether the frame gets a response (so its queue slot is taken in order) or a close. */
  dispatch(frame: Buffer, makeContext: ContextFactory): DispatchOutcome {
    if (frame.length < FIXED_HEADER_BYTES) {
      return close('request header truncated', { frameBytes: frame.length });
    }
    const apiKey = frame.readInt16BE(0);
    const apiVersion = frame.readInt16BE(2);
    const handler = this.#registry.get(apiKey);
    if (!handler) return close('unknown API key', { apiKey, apiVersion });
    const { min, max } = handler.versions;
    if (apiVersion < min || apiVersion > max) {
      if (apiKey !== API_VERSIONS_KEY) {
        return close('unsupported API version', {
          apiKey,
          api: handler.api.name,
          apiVersion,
          supported: `${min}-${max}`,
        });
      }
      return { kind: 'respond', response: Promise.resolve(unsupportedApiVersions(handler, frame.readInt32BE(4))) };
    }

    let correlationId: number;
    let clientId: string | null;
    let request: unknown;
    try {
      const reader = new Reader(frame, 0);
      const header = decodeRequestHeader(reader);
      correlationId = header.correlationId;
      clientId = header.clientId;
      request = handler.api.decodeRequest(reader, apiVersion);
    } catch (err) {
      return close('request failed to decode', { apiKey, api: handler.api.name, apiVersion, error: errorText(err) });
    }
    const ctx = makeContext(apiVersion, correlationId, clientId);
    if (this.#faults.active) {
      return this.#faults.intercept({
        handler,
        apiKey,
        ctx,
        request,
        run: (c) => run(handler, c, request),
        fail: async (c, code) =>
          encodeResponse(handler, c.apiVersion, c.correlationId, handler.errorResponse(request, code, null)),
      });
    }
    return { kind: 'respond', response: run(handler, ctx, request) };
  }
}

async function run(handler: AnyHandler, ctx: RequestContext, request: unknown): Promise<readonly Buffer[] | null> {
  let response: unknown;
  try {
    const result = await handler.handle(ctx, request);
    if (result === NO_RESPONSE) return null;
    response = result;
  } catch (err) {
    const code = toErrorCode(err);
    logHandlerFailure(ctx.logger, handler, ctx.apiVersion, code, err);
    response = handler.errorResponse(request, code, err instanceof KafkaError ? err.message : null);
  }
  try {
    return encodeResponse(handler, ctx.apiVersion, ctx.correlationId, response);
  } catch (err) {
    ctx.logger.error({ api: handler.api.name, apiVersion: ctx.apiVersion, err }, 'response failed to encode');
    return encodeResponse(
      handler,
      ctx.apiVersion,
      ctx.correlationId,
      handler.errorResponse(request, ErrorCode.UNKNOWN_SERVER_ERROR, null),
    );
  }
}

/** Size prefix + response header + body, as a list of buffers for one vectored write. */
export function encodeResponse(
  handler: AnyHandler,
  version: number,
  correlationId: number,
  response: unknown,
): Buffer[] {
  const writer = new Writer();
  const sizeAt = writer.reserveInt32();
  encodeResponseHeader(writer, correlationId, handler.api.responseHeaderVersion(version));
  handler.api.encodeResponse(writer, version, response);
  writer.setInt32At(sizeAt, writer.byteLength - 4);
  return writer.toBuffers();
}

/** KIP-511: the request is not parsed; a v0 body says UNSUPPORTED_VERSION and lists only ApiVersions' own range. */
function unsupportedApiVersions(handler: AnyHandler, correlationId: number): Buffer[] {
  const body = {
    ...(handler.api.defaultResponse() as Record<string, unknown>),
    errorCode: ErrorCode.UNSUPPORTED_VERSION,
    apiKeys: [{ apiKey: API_VERSIONS_KEY, minVersion: handler.versions.min, maxVersion: handler.versions.max }],
  };
  return encodeResponse(handler, 0, correlationId, body);
}

function logHandlerFailure(logger: Logger, handler: AnyHandler, apiVersion: number, code: number, err: unknown): void {
  if (code === ErrorCode.UNKNOWN_SERVER_ERROR) {
    logger.error({ api: handler.api.name, apiVersion, err }, 'request failed with an unexpected error');
  } else {
    logger.debug({ api: handler.api.name, apiVersion, code, error: errorText(err) }, 'request failed');
  }
}

function close(reason: string, details: Record<string, unknown>): DispatchOutcome {
  return { kind: 'close', reason, details };
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
