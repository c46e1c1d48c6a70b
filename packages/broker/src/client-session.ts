/**
 * What the broker knows of one client connection. The connection owns and fills it (the socket's address, the
 * client id each request header carries); the request path reads it into every request's context, and ApiVersions
 * v3+ records the client's software name and version in it.
 *
 * `auth` is the connection's security state (Kafka's AuthenticationContext and KafkaPrincipal): the listener it came
 * in on, that listener's security protocol, and the principal: `User:ANONYMOUS` on PLAINTEXT and SASL connections
 * until they authenticate, the client certificate's mapped subject on SSL listeners with client authentication. The
 * SASL stage of the request path sets it once a SASL exchange completes; an authorizer reads it from every request's
 * context (`ctx.auth.principal`, `ctx.auth.listenerName`).
 */
import type { Logger } from 'pino';
import type { BrokerNode, SecurityProtocol } from './broker-node';

/** What a connection knows about its client; ApiVersions v3+ fills the software fields. */
export interface ClientInfo {
  clientId: string | null;
  softwareName: string | null;
  softwareVersion: string | null;
  /** `host:port` of the client's socket. */
  readonly remoteAddress: string;
  /** The client's IP address alone (what Kafka's ACLs match hosts against). */
  readonly remoteHost: string;
}

export { SECURITY_PROTOCOLS, type SecurityProtocol } from './broker-node';

/** A connection's security state (Kafka's AuthenticationContext with the principal it built). */
export interface AuthState {
  /** `User:<name>` (KafkaPrincipal's `type:name`); `User:ANONYMOUS` until a SASL or TLS handshake names the client. */
  readonly principal: string;
  readonly securityProtocol: SecurityProtocol;
  /** The listener the connection came in on (`PLAINTEXT`, `SASL_SSL`, or a custom name such as `EXTERNAL`). */
  readonly listenerName: string;
  /** The SASL mechanism the client authenticated with; null until then, and on PLAINTEXT and SSL listeners. */
  readonly saslMechanism: string | null;
}

export const ANONYMOUS_PRINCIPAL = 'User:ANONYMOUS';

export const ANONYMOUS: AuthState = {
  principal: ANONYMOUS_PRINCIPAL,
  securityProtocol: 'PLAINTEXT',
  listenerName: 'PLAINTEXT',
  saslMechanism: null,
};

/** One client connection as the request path sees it. */
export interface ClientSession {
  readonly connectionId: number;
  /** The broker identity whose listener accepted the connection. */
  readonly node: BrokerNode;
  readonly client: ClientInfo;
  /** The security state as of now (it changes when a SASL exchange completes). */
  readonly auth: AuthState;
  /** The connection's logger, bound to `{ conn, clientId }` of the latest request. */
  readonly logger: Logger;
  /** Records the client id of the request being read (request headers carry it; it may change). */
  noteClientId(clientId: string | null): void;
  /** Replaces the security state (a SASL exchange completed: the principal it established). */
  authenticated(auth: AuthState): void;
  /**
   * Closes the connection once the responses up to and including the current request are written, reading no
   * further requests (a failed acks=0 produce: Kafka closes the connection so the client notices and refreshes its
   * metadata; a failed authentication, after its error response).
   */
  readonly closeAfterResponses: (reason: string, details?: Record<string, unknown>) => void;
  /**
   * Reads no further request from the client for `ms` from now (KIP-219: a throttled client's channel is muted for
   * the throttle time); requests already received wait too. Responses still go out.
   */
  pauseReadsFor(ms: number): void;
  /**
   * Reads no further request from the client until the returned release is called, as Kafka keeps a channel muted
   * while its request is in flight (the request path does so for clients bound by a quota, so a throttle decided for
   * one request holds back the next).
   */
  holdReads(): () => void;
}
