/**
 * The shape every API handler has: the codec it serves, the version range it serves (ApiVersions advertises exactly
 * this), `handle` (validate, delegate, shape the response; no state of its own) and `errorResponse`, which builds the
 * response Kafka sends when the whole request fails with one error code.
 */
import type { ApiCodec, VersionRange } from '@samsa/protocol';
import type { Logger } from 'pino';
import type { BrokerNode } from '../broker-node';
import type { AuthState, ClientInfo } from '../client-session';
import type { Cluster } from '../cluster';
import type { BrokerGroups } from '../groups';
import type { RequestQuota } from '../quotas/request-quota';
import type { ReplicaManager } from '../replica-manager';
import type { Authorizer } from '../security/authorizer';
import type { ClientTelemetry } from '../telemetry/client-telemetry';
import type { BrokerTransactions } from '../transactions';
import type { BrokerTxnMarkers } from '../txn-markers';

/** Returned by `handle` when the request gets no response at all (acks=0 produce). */
export const NO_RESPONSE: unique symbol = Symbol('no response');
export type NoResponse = typeof NO_RESPONSE;

export interface ApiRange {
  readonly apiKey: number;
  readonly minVersion: number;
  readonly maxVersion: number;
  /** Whether the API is on right now (a feature level, a config); ApiVersions leaves it out otherwise. */
  readonly enabled?: (ctx: RequestContext) => boolean;
}

export type { ClientInfo } from '../client-session';

export interface RequestContext {
  readonly cluster: Cluster;
  /** The broker identity whose listener received the request. */
  readonly node: BrokerNode;
  readonly apiVersion: number;
  readonly correlationId: number;
  readonly client: ClientInfo;
  /** Who the client is (the principal) and over which security protocol it came. */
  readonly auth: AuthState;
  /** The authorizer (`authorizer.class.name`); null when none is configured and every request is allowed. */
  readonly authorizer: Authorizer | null;
  readonly logger: Logger;
  /** Every API this broker serves with its version range, as computed from the registry. */
  readonly supportedApis: readonly ApiRange[];
  /** The partitions hosted by this process: logs, produce, fetch, offsets, internal topics. */
  readonly replicas: ReplicaManager;
  /** The group coordinator (absent when the broker is embedded without one: group APIs then fail). */
  readonly groups?: BrokerGroups;
  /** Producer ids and transactions (absent when embedded without them: those APIs then fail). */
  readonly transactions?: BrokerTransactions;
  /** Writes transaction markers into partitions (WriteTxnMarkers, and the transaction coordinator's EndTxn). */
  readonly txnMarkers?: BrokerTxnMarkers;
  /** Client telemetry subscriptions and pushes (KIP-714; absent when embedded without it: those APIs then fail). */
  readonly telemetry?: ClientTelemetry;
  /**
   * Closes this connection once the responses before this request are written and reads no further requests (a
   * failed acks=0 produce: Kafka closes the connection so the client notices and refreshes its metadata).
   */
  closeConnection(reason: string): void;
  /** This request's client quotas (absent when the broker enforces none): Produce and Fetch record into them. */
  readonly quota?: RequestQuota;
}

export interface Handler<Req, Res> {
  readonly api: ApiCodec<Req, Res>;
  readonly versions: VersionRange;
  /**
   * For an API behind a switch (share groups behind share.version, as Kafka's ApiVersionsResponse leaves them out):
   * whether it is on. ApiVersions advertises it only then; the handler answers UNSUPPORTED_VERSION otherwise.
   */
  readonly enabled?: (ctx: RequestContext) => boolean;
  handle(ctx: RequestContext, request: Req): Res | NoResponse | Promise<Res | NoResponse>;
  /**
   * `message` is the thrown KafkaError's text, for APIs whose response carries an error message; `apiVersion` is the
   * request's, for APIs whose response shape changes with the version (Kafka's `getErrorResponse` reads `version()`).
   */
  errorResponse(request: Req, code: number, message: string | null, apiVersion: number): Res;
}

/** A handler with its message types erased, as the registry holds it. */
export type AnyHandler = Handler<unknown, unknown>;

export function defineHandler<Req, Res>(handler: Handler<Req, Res>): Handler<Req, Res> {
  return handler;
}
