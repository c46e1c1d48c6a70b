/**
 * The SASL stage of the request path on SASL_PLAINTEXT and SASL_SSL listeners: Kafka's SaslServerAuthenticator in
 * front of the dispatcher. Each connection goes through
 *   HANDSHAKE_OR_VERSIONS: ApiVersions (answered by the dispatcher, once) or SaslHandshake;
 *   HANDSHAKE: SaslHandshake, after an ApiVersions;
 *   AUTHENTICATE: SaslAuthenticate requests (SaslHandshake v1) or raw size-prefixed tokens (v0, for old clients),
 *     each evaluated by the mechanism's SaslServer until it completes;
 *   COMPLETE: every frame goes to the dispatcher with the authenticated principal in the connection's AuthState.
 * Kafka's errors: any other request before the handshake closes the connection (InvalidRequestException); one during
 * AUTHENTICATE is answered with that API's error response carrying ILLEGAL_SASL_STATE; an unknown mechanism gets
 * UNSUPPORTED_SASL_MECHANISM with the enabled list; failed credentials SASL_AUTHENTICATION_FAILED with a message.
 * The connection closes `connection.failed.authentication.delay.ms` after a failure, with one log line (never a
 * password or token): failed credentials are answered at the close, a refused handshake at once.
 *
 * KIP-368: a completed session lasts `connections.max.reauth.ms` (or until an OAUTHBEARER token expires), reported as
 * SaslAuthenticate's session_lifetime_ms. A SaslHandshake on an authenticated connection whose session expires starts
 * a re-authentication with the same mechanism and principal (at most one a second); any other request after the
 * session expired closes the connection, as Kafka's SocketServer does. Without expiry, SaslHandshake reaches its
 * handler, which answers ILLEGAL_SASL_STATE as KafkaApis does.
 */
import {
  decodeRequestHeader,
  ErrorCode,
  Reader,
  SaslAuthenticateApi,
  SaslHandshakeApi,
  type SaslAuthenticateResponse,
  type SaslHandshakeResponse,
} from '@samsa/protocol';
import type { ClientSession } from '../../client-session';
import { encodeResponse, type Dispatcher } from '../../dispatch';
import type { AnyHandler } from '../../handlers/handler';
import type { HandlerRegistry } from '../../handlers/index';
import type { FrameOutcome, FrameProcessor } from '../../network/frame-processor';
import type { SaslListenerConfig } from './sasl-config';
import { SaslFailure, type SaslServer } from './sasl-server';

const API_VERSIONS = 18;
const SASL_HANDSHAKE = 17;
const SASL_AUTHENTICATE = 36;
/** KafkaChannel.MIN_REAUTH_INTERVAL_ONE_SECOND_NANOS. */
const MIN_REAUTH_INTERVAL_MS = 1000;

type Phase = 'handshake-or-versions' | 'handshake' | 'authenticate' | 'bad-mechanism' | 'complete' | 'failed';

interface SessionState {
  phase: Phase;
  /** SaslHandshake v0: tokens come raw, without request headers. */
  raw: boolean;
  server: SaslServer | null;
  mechanism: string | null;
  /** performance.now() after which the session is expired; null: it never expires. */
  expiresAt: number | null;
  lastReauthStart: number;
  /** During a re-authentication: the principal and mechanism that must not change. */
  previous: { readonly principal: string; readonly mechanism: string } | null;
  badMechanismMessage: string | null;
}

export interface SaslAuthenticatorOptions {
  readonly config: SaslListenerConfig;
  readonly dispatcher: Dispatcher;
  readonly registry: HandlerRegistry;
  /** Wall clock (ms), for credential expiry. */
  readonly now?: () => number;
}

export class SaslAuthenticator implements FrameProcessor {
  readonly #config: SaslListenerConfig;
  readonly #dispatcher: Dispatcher;
  readonly #registry: HandlerRegistry;
  readonly #now: () => number;
  readonly #sessions = new WeakMap<ClientSession, SessionState>();

  constructor(options: SaslAuthenticatorOptions) {
    this.#config = options.config;
    this.#dispatcher = options.dispatcher;
    this.#registry = options.registry;
    this.#now = options.now ?? Date.now;
  }

  process(frame: Buffer, session: ClientSession): FrameOutcome {
    let st = this.#sessions.get(session);
    if (st === undefined) {
      st = {
        phase: 'handshake-or-versions',
        raw: false,
        server: null,
        mechanism: null,
        expiresAt: null,
        lastReauthStart: 0,
        previous: null,
        badMechanismMessage: null,
      };
      this.#sessions.set(session, st);
    }
    if (st.phase === 'complete') return this.#authenticated(frame, session, st);
    if (st.phase === 'failed') return close('request after a failed authentication', {});
    if (st.raw && st.phase === 'authenticate') return this.#rawToken(frame, session, st);
    if (frame.length < 8) return close('request header truncated', { frameBytes: frame.length });
    const apiKey = frame.readInt16BE(0);
    if (st.phase === 'authenticate' || st.phase === 'bad-mechanism') return this.#authenticate(frame, session, st);
    if (apiKey === API_VERSIONS && st.phase === 'handshake-or-versions') {
      st.phase = 'handshake';
      return this.#dispatcher.process(frame, session);
    }
    if (apiKey !== SASL_HANDSHAKE) {
      // Kafka: InvalidRequestException("Unexpected Kafka request of type X during SASL handshake."): no answer.
      return close(`unexpected ${this.#apiName(apiKey)} request during SASL handshake`, {
        apiKey,
        listener: this.#config.listener,
      });
    }
    return this.#handshake(frame, session, st);
  }

  /** The hot path once authenticated: one expiry check, then the dispatcher. */
  #authenticated(frame: Buffer, session: ClientSession, st: SessionState): FrameOutcome {
    if (st.expiresAt === null) return this.#dispatcher.process(frame, session);
    const now = performance.now();
    if (
      frame.length >= 2 &&
      frame.readInt16BE(0) === SASL_HANDSHAKE &&
      now - st.lastReauthStart >= MIN_REAUTH_INTERVAL_MS
    ) {
      st.lastReauthStart = now;
      st.previous = { principal: session.auth.principal, mechanism: st.mechanism ?? '' };
      st.phase = 'handshake';
      return this.#handshake(frame, session, st);
    }
    if (now > st.expiresAt) {
      return close('SASL session expired without re-authentication (connections.max.reauth.ms)', {
        principal: session.auth.principal,
      });
    }
    return this.#dispatcher.process(frame, session);
  }

  #handshake(frame: Buffer, session: ClientSession, st: SessionState): FrameOutcome {
    const decoded = this.#decode(frame, session, SASL_HANDSHAKE);
    if ('kind' in decoded) return decoded;
    const { handler, version, correlationId, request } = decoded;
    const mechanism = (request as { mechanism: string }).mechanism;
    st.raw = version === 0;
    const enabled = [...this.#config.mechanisms];
    if (!enabled.includes(mechanism)) {
      const response: SaslHandshakeResponse = { errorCode: ErrorCode.UNSUPPORTED_SASL_MECHANISM, mechanisms: enabled };
      return this.#fail(
        session,
        st,
        encodeResponse(handler, version, correlationId, response),
        { reason: `unsupported SASL mechanism ${mechanism.slice(0, 64)}` },
        'respond-then-delay',
      );
    }
    this.#dispatcher.stats.request(SASL_HANDSHAKE, version);
    if (st.previous !== null && st.previous.mechanism !== mechanism) {
      st.badMechanismMessage = `SASL mechanism '${mechanism}' requested by client is not supported for re-authentication of mechanism '${st.previous.mechanism}'`;
      st.phase = 'bad-mechanism';
    } else {
      st.server = this.#config.server(mechanism);
      st.mechanism = mechanism;
      st.phase = 'authenticate';
    }
    const response: SaslHandshakeResponse = { errorCode: ErrorCode.NONE, mechanisms: enabled };
    return respond(encodeResponse(handler, version, correlationId, response));
  }

  #authenticate(frame: Buffer, session: ClientSession, st: SessionState): FrameOutcome {
    const apiKey = frame.readInt16BE(0);
    if (apiKey !== SASL_AUTHENTICATE) {
      const decoded = this.#decode(frame, session, apiKey);
      if ('kind' in decoded) return decoded;
      const { handler, version, correlationId, request } = decoded;
      const message = `Unexpected Kafka request of type ${handler.api.name} during SASL authentication.`;
      const response = handler.errorResponse(request, ErrorCode.ILLEGAL_SASL_STATE, message, version);
      return this.#fail(session, st, encodeResponse(handler, version, correlationId, response), { reason: message });
    }
    const decoded = this.#decode(frame, session, SASL_AUTHENTICATE);
    if ('kind' in decoded) return decoded;
    const { handler, version, correlationId, request } = decoded;
    this.#dispatcher.stats.request(SASL_AUTHENTICATE, version);
    const failed = (message: string, reason: string): FrameOutcome => {
      const response: SaslAuthenticateResponse = {
        errorCode: ErrorCode.SASL_AUTHENTICATION_FAILED,
        errorMessage: message,
        authBytes: Buffer.alloc(0),
        sessionLifetimeMs: 0,
      };
      return this.#fail(session, st, encodeResponse(handler, version, correlationId, response), { reason });
    };
    if (st.phase === 'bad-mechanism') {
      const message = st.badMechanismMessage ?? 'SASL mechanism changed during re-authentication';
      return failed(message, message);
    }
    const token = (request as { authBytes: Buffer }).authBytes;
    try {
      const outcome = this.#evaluate(session, st, token);
      const response: SaslAuthenticateResponse = {
        errorCode: ErrorCode.NONE,
        errorMessage: null,
        authBytes: outcome.challenge,
        sessionLifetimeMs: outcome.lifetimeMs,
      };
      return respond(encodeResponse(handler, version, correlationId, response));
    } catch (err) {
      if (!(err instanceof SaslFailure)) throw err;
      const message = err.clientMessage ?? this.#genericMessage(st);
      return failed(message, err.reason);
    }
  }

  #rawToken(frame: Buffer, session: ClientSession, st: SessionState): FrameOutcome {
    try {
      const { challenge } = this.#evaluate(session, st, frame);
      const prefix = Buffer.allocUnsafe(4);
      prefix.writeInt32BE(challenge.length, 0);
      return respond([prefix, challenge]);
    } catch (err) {
      if (!(err instanceof SaslFailure)) throw err;
      // SaslHandshake v0 has no way to carry an error: the connection just closes.
      return this.#fail(session, st, null, { reason: err.reason });
    }
  }

  /** Runs one token through the exchange; on completion the connection's principal is set. */
  #evaluate(session: ClientSession, st: SessionState, token: Buffer): { challenge: Buffer; lifetimeMs: number } {
    const server = st.server as SaslServer;
    const step = server.evaluate(token);
    if (!step.complete) return { challenge: step.challenge, lifetimeMs: 0 };
    const principal = `User:${step.authorizationId}`;
    if (st.previous !== null && st.previous.principal !== principal) {
      const [prevType, prevName] = splitPrincipal(st.previous.principal);
      throw new SaslFailure(
        'principal changed during re-authentication',
        `Cannot change principals during re-authentication from ${prevType}.${prevName}: User.${step.authorizationId}`,
      );
    }
    const lifetimeMs = this.#lifetime(server.mechanism, step.credentialExpiresAtMs);
    st.expiresAt = lifetimeMs > 0 || step.credentialExpiresAtMs !== null ? performance.now() + lifetimeMs : null;
    st.phase = 'complete';
    st.server = null;
    const reauthenticated = st.previous !== null;
    st.previous = null;
    session.authenticated({ ...session.auth, principal, saslMechanism: server.mechanism });
    session.logger.debug(
      { principal, mechanism: server.mechanism, sessionLifetimeMs: lifetimeMs },
      reauthenticated ? 're-authenticated' : 'authenticated',
    );
    return { challenge: step.challenge, lifetimeMs };
  }

  /** SaslServerAuthenticator.calcCompletionTimesAndReturnSessionLifetimeMs. */
  #lifetime(mechanism: string, credentialExpiresAtMs: number | null): number {
    const maxReauth = this.#config.maxReauthMs(mechanism);
    if (credentialExpiresAtMs === null) return Math.max(0, maxReauth);
    const remaining = credentialExpiresAtMs - this.#now();
    return Math.max(0, maxReauth > 0 ? Math.min(remaining, maxReauth) : remaining);
  }

  #genericMessage(st: SessionState): string {
    const what = st.previous !== null ? 're-authentication' : 'authentication';
    return `Authentication failed during ${what} due to invalid credentials with SASL mechanism ${st.mechanism ?? ''}`;
  }

  /**
   * Marks the session failed, logs once, answers `response` (if any) and closes the connection after the
   * failed-authentication delay (KafkaChannel's delayed close on authentication failure). Failed credentials are
   * answered after the delay, just before the close (Kafka's sendAuthenticationFailureResponse); a refused handshake
   * is answered at once and the close follows the delay, as SaslServerAuthenticator.handleHandshakeRequest sends its
   * response before failing, so a client reads the error well before the connection ends.
   */
  #fail(
    session: ClientSession,
    st: SessionState,
    response: Buffer[] | null,
    details: { readonly reason: string },
    order: 'delay-then-respond' | 'respond-then-delay' = 'delay-then-respond',
  ): FrameOutcome {
    st.phase = 'failed';
    st.server = null;
    const closeDetails = { listener: this.#config.listener, mechanism: st.mechanism, error: details.reason };
    const closeAfterResponses = () => session.closeAfterResponses('authentication failed', closeDetails);
    const delay = this.#config.failedAuthenticationDelayMs;
    if (order === 'respond-then-delay' && delay > 0) {
      setTimeout(closeAfterResponses, delay).unref();
      return { kind: 'respond', response: Promise.resolve(response) };
    }
    closeAfterResponses();
    const delayed =
      delay > 0
        ? new Promise<Buffer[] | null>((resolve) => setTimeout(() => resolve(response), delay).unref())
        : Promise.resolve(response);
    return { kind: 'respond', response: delayed };
  }

  #decode(
    frame: Buffer,
    session: ClientSession,
    apiKey: number,
  ): FrameOutcome | { handler: AnyHandler; version: number; correlationId: number; request: unknown } {
    const handler = this.#registry.get(apiKey);
    const version = frame.readInt16BE(2);
    if (!handler) return close('unknown API key', { apiKey, apiVersion: version });
    if (version < handler.versions.min || version > handler.versions.max) {
      return close('unsupported API version', { apiKey, api: handler.api.name, apiVersion: version });
    }
    try {
      const reader = new Reader(frame, 0);
      const header = decodeRequestHeader(reader);
      session.noteClientId(header.clientId);
      const request =
        apiKey === SASL_HANDSHAKE
          ? SaslHandshakeApi.decodeRequest(reader, version)
          : apiKey === SASL_AUTHENTICATE
            ? SaslAuthenticateApi.decodeRequest(reader, version)
            : handler.api.decodeRequest(reader, version);
      return { handler, version, correlationId: header.correlationId, request };
    } catch (err) {
      return close('request failed to decode', {
        apiKey,
        api: handler.api.name,
        apiVersion: version,
        error: err instanceof Error ? err.message : String(err),
      });
    }
  }

  #apiName(apiKey: number): string {
    return this.#registry.get(apiKey)?.api.name ?? `API ${apiKey}`;
  }
}

function respond(buffers: Buffer[]): FrameOutcome {
  return { kind: 'respond', response: Promise.resolve(buffers) };
}

function close(reason: string, details: Record<string, unknown>): FrameOutcome {
  return { kind: 'close', reason, details };
}

function splitPrincipal(principal: string): [string, string] {
  const colon = principal.indexOf(':');
  return [principal.slice(0, colon), principal.slice(colon + 1)];
}
