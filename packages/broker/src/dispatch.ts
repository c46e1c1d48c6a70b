/**
 * One request frame's path through the broker: peek the API key and version → registry lookup (unknown key: close,
 * as Kafka does) → version check (ApiVersions answers an unsupported version with a v0 body carrying
 * UNSUPPORTED_VERSION and its own range, KIP-511; any other API closes) → header decode → body decode (a body that
 * does not decode closes the connection) → the request's context, from the services this dispatcher owns and the
 * client's session → the control plane's interceptor, when active → handler → `toErrorCode` + `errorResponse` for
 * anything thrown → encode (size prefix, response header of the codec's version, body) → the connection's queue. A
 * response that fails to encode is replaced by the request's error response, and one of those that fails too by the
 * API's generic error response (generic-error-response.ts), so every decoded request gets an answer.
 *
 * Client quotas (quotas/request-quota.ts): each request gets its quota state in its context; once the handler is
 * done the request's throttle is decided, written into the response's throttle_time_ms, and the client is muted for
 * it (KIP-219), its response held for that time too when its version predates KIP-219.
 *
 * The dispatcher never throws: every failure becomes either an error response or a `close` outcome with a reason.
 * Every frame is counted in `stats` by API and version, with the error it was answered with (or the close), and
 * each answered request's latency from its arrival to its encoded response.
 */
import { decodeRequestHeader, encodeResponseHeader, ErrorCode, Reader, Writer } from '@samsa/protocol';
import type { Logger } from 'pino';
import type { ClientSession } from './client-session';
import { KafkaError, toErrorCode } from './errors';
import { NO_RESPONSE, type AnyHandler, type RequestContext } from './handlers/handler';
import type { HandlerRegistry } from './handlers/index';
import { RequestStats, UNKNOWN } from './metrics/request-stats';
import { responseErrorCode } from './metrics/response-errors';
import { genericErrorResponse } from './generic-error-response';
import type { FrameOutcome, FrameProcessor } from './network/frame-processor';
import { NO_THROTTLE, type RequestQuota, type Throttle } from './quotas/request-quota';
import { requestContext, type BrokerServices } from './request-context';
import type { RequestInterceptor } from './request-interceptor';

const API_VERSIONS_KEY = 18;
/** api_key int16 + api_version int16 + correlation_id int32: the part of every header that has a fixed place. */
const FIXED_HEADER_BYTES = 8;
/** Larger than any API version: apiKey * VERSION_SPAN + version names a pair. */
const VERSION_SPAN = 1 << 8;
/** A request that has no body of the handler's to send (it failed, or the fault injector fails it). */
const NO_BODY: unique symbol = Symbol('no body');

export interface DispatcherOptions {
  readonly registry: HandlerRegistry;
  readonly services: BrokerServices;
  /** The control plane's hook on the request path (the fault injector); a request costs one boolean check while it is idle. */
  readonly interceptor?: RequestInterceptor;
  readonly stats?: RequestStats;
}

export class Dispatcher implements FrameProcessor {
  readonly #registry: HandlerRegistry;
  readonly #services: BrokerServices;
  readonly #interceptor: RequestInterceptor | null;
  /** API key and version pairs whose response fallback has been logged already. */
  readonly #fallbacksLogged = new Set<number>();
  /** Requests, errors and latencies by API and version (read by the metrics registry when scraped). */
  readonly stats: RequestStats;

  constructor(options: DispatcherOptions) {
    this.#registry = options.registry;
    this.#services = options.services;
    this.#interceptor = options.interceptor ?? null;
    this.stats = options.stats ?? new RequestStats();
  }

  /** Decides synchronously whether the frame gets a response (so its queue slot is taken in order) or a close. */
  process(frame: Buffer, session: ClientSession): FrameOutcome {
    const started = performance.now();
    const stats = this.stats;
    if (frame.length < FIXED_HEADER_BYTES) {
      stats.request(UNKNOWN, UNKNOWN);
      stats.closed(UNKNOWN, UNKNOWN);
      return close('request header truncated', { frameBytes: frame.length });
    }
    const apiKey = frame.readInt16BE(0);
    const apiVersion = frame.readInt16BE(2);
    const handler = this.#registry.get(apiKey);
    if (!handler) {
      stats.request(UNKNOWN, UNKNOWN);
      stats.closed(UNKNOWN, UNKNOWN);
      return close('unknown API key', { apiKey, apiVersion });
    }
    const { min, max } = handler.versions;
    if (apiVersion < min || apiVersion > max) {
      stats.request(apiKey, UNKNOWN);
      if (apiKey !== API_VERSIONS_KEY) {
        stats.closed(apiKey, UNKNOWN);
        return close('unsupported API version', {
          apiKey,
          api: handler.api.name,
          apiVersion,
          supported: `${min}-${max}`,
        });
      }
      stats.error(apiKey, UNKNOWN, ErrorCode.UNSUPPORTED_VERSION);
      const answer = unsupportedApiVersions(handler, frame.readInt32BE(4));
      stats.observe(apiKey, (performance.now() - started) / 1000);
      return { kind: 'respond', response: Promise.resolve(answer) };
    }
    stats.request(apiKey, apiVersion);

    let correlationId: number;
    let request: unknown;
    try {
      const reader = new Reader(frame, 0);
      const header = decodeRequestHeader(reader);
      correlationId = header.correlationId;
      session.noteClientId(header.clientId);
      request = handler.api.decodeRequest(reader, apiVersion);
    } catch (err) {
      stats.closed(apiKey, apiVersion);
      return close('request failed to decode', { apiKey, api: handler.api.name, apiVersion, error: errorText(err) });
    }
    const quota = this.#services.quotas?.begin(
      session.node.nodeId,
      session.auth.principal,
      session.client.clientId,
      apiKey,
      apiVersion,
      frame.length,
    );
    const ctx = requestContext(
      this.#services,
      this.#registry.supportedApis(),
      session,
      apiVersion,
      correlationId,
      quota,
    );
    // Kafka mutes a channel while its request is in flight: for a client bound by a quota, the next request is read
    // only once this one is answered, so its throttle (if any) is in place before then.
    const release = quota?.bindsClient() ? session.holdReads() : null;
    const outcome = this.#dispatch(handler, apiKey, apiVersion, ctx, request, started, session);
    if (release === null) return outcome;
    if (outcome.kind === 'close') {
      release();
      return outcome;
    }
    return { kind: 'respond', response: outcome.response.finally(release) };
  }

  #dispatch(
    handler: AnyHandler,
    apiKey: number,
    apiVersion: number,
    ctx: RequestContext,
    request: unknown,
    started: number,
    session: ClientSession,
  ): FrameOutcome {
    const stats = this.stats;
    const interceptor = this.#interceptor;
    if (interceptor?.active) {
      const outcome = interceptor.intercept({
        handler,
        apiKey,
        ctx,
        request,
        run: (c) => this.#run(handler, c, request, started, session),
        fail: async (c, code) => {
          stats.error(apiKey, apiVersion, code);
          const failed = this.#answer(handler, c, request, NO_BODY, code, null);
          stats.observe(apiKey, (performance.now() - started) / 1000);
          return failed;
        },
      });
      if (outcome.kind === 'close') stats.closed(apiKey, apiVersion);
      return outcome;
    }
    return { kind: 'respond', response: this.#run(handler, ctx, request, started, session) };
  }

  async #run(
    handler: AnyHandler,
    ctx: RequestContext,
    request: unknown,
    started: number,
    session: ClientSession,
  ): Promise<readonly Buffer[] | null> {
    const stats = this.stats;
    let body: unknown = NO_BODY;
    let code: number = ErrorCode.NONE;
    let message: string | null = null;
    let throttle: Throttle = NO_THROTTLE;
    try {
      const pending = handler.handle(ctx, request);
      // The request's time on the event loop so far: decode and the handler's synchronous part (request quota).
      ctx.quota?.addThreadTime((performance.now() - started) * 1e6);
      const result = await pending;
      throttle = finishQuota(ctx.quota);
      if (result === NO_RESPONSE) {
        await applyThrottle(session, throttle);
        return null;
      }
      body = result;
      const carried = responseErrorCode(handler.api.apiKey, body);
      if (carried !== ErrorCode.NONE) stats.error(handler.api.apiKey, ctx.apiVersion, carried);
    } catch (err) {
      code = toErrorCode(err);
      stats.error(handler.api.apiKey, ctx.apiVersion, code);
      logHandlerFailure(ctx.logger, handler, ctx.apiVersion, code, err);
      message = err instanceof KafkaError ? err.message : null;
      throttle = finishQuota(ctx.quota);
    }
    const encoded = this.#answer(handler, ctx, request, body, code, message, throttle.throttleMs);
    stats.observe(handler.api.apiKey, (performance.now() - started) / 1000);
    await applyThrottle(session, throttle);
    return encoded;
  }

  /**
   * The encoded response: the handler's body when it has one and it encodes; else the handler's error response for
   * `code`; else, when that does not build or encode either (a shape wrong for this version), the generic error
   * response of the API and version. A fallback is logged once per API and version, and the connection stays open.
   */
  #answer(
    handler: AnyHandler,
    ctx: RequestContext,
    request: unknown,
    body: unknown,
    code: number,
    message: string | null,
    throttleMs = 0,
  ): Buffer[] {
    const { apiVersion, correlationId } = ctx;
    let failure: unknown = null;
    if (body !== NO_BODY) {
      try {
        return encodeResponse(handler, apiVersion, correlationId, withThrottle(body, throttleMs));
      } catch (err) {
        failure = err;
        code = ErrorCode.UNKNOWN_SERVER_ERROR;
        this.stats.error(handler.api.apiKey, apiVersion, code);
      }
    }
    try {
      const answer = encodeResponse(
        handler,
        apiVersion,
        correlationId,
        withThrottle(handler.errorResponse(request, code, message, apiVersion), throttleMs),
      );
      if (failure !== null) this.#logFallback(ctx, handler, failure, 'error response');
      return answer;
    } catch (err) {
      failure ??= err;
    }
    this.#logFallback(ctx, handler, failure, 'generic error response');
    return encodeResponse(
      handler,
      apiVersion,
      correlationId,
      withThrottle(genericErrorResponse(handler.api, apiVersion, code), throttleMs),
    );
  }

  #logFallback(ctx: RequestContext, handler: AnyHandler, err: unknown, answeredWith: string): void {
    const key = handler.api.apiKey * VERSION_SPAN + ctx.apiVersion;
    if (this.#fallbacksLogged.has(key)) return;
    this.#fallbacksLogged.add(key);
    ctx.logger.error(
      { api: handler.api.name, apiVersion: ctx.apiVersion, err, answeredWith },
      'response failed to encode (logged once per API and version)',
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

function finishQuota(quota: RequestQuota | undefined): Throttle {
  return quota ? quota.finish() : NO_THROTTLE;
}

/** Sets throttle_time_ms on a response body that has the field (versions without it leave it out when encoding). */
function withThrottle(body: unknown, throttleMs: number): unknown {
  if (throttleMs <= 0 || typeof body !== 'object' || body === null || !('throttleTimeMs' in body)) return body;
  return { ...body, throttleTimeMs: throttleMs };
}

/**
 * KIP-219: the client is muted for the throttle time from now; a version that predates KIP-219 also gets its
 * response only once the time is up (the broker throttles before answering).
 */
async function applyThrottle(session: ClientSession, throttle: Throttle): Promise<void> {
  if (throttle.throttleMs <= 0) return;
  session.pauseReadsFor(throttle.throttleMs);
  if (!throttle.clientThrottles) await delay(throttle.throttleMs);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => {
    // A held response does not keep the process alive (the connection does while it is open).
    setTimeout(resolve, Math.min(ms, 0x7fffffff)).unref();
  });
}

function close(reason: string, details: Record<string, unknown>): FrameOutcome {
  return { kind: 'close', reason, details };
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
