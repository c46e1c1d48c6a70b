/**
 * The services a request's handler may use, and the per-request context built from them and the client's session.
 * The request path (dispatch) owns the services; a connection only contributes its session.
 */
import type { ClientSession } from './client-session';
import type { Cluster } from './cluster';
import type { BrokerGroups } from './groups';
import type { ApiRange, RequestContext } from './handlers/handler';
import type { ClientQuotas, RequestQuota } from './quotas/request-quota';
import type { ReplicaManager } from './replica-manager';
import type { ClientTelemetry } from './telemetry/client-telemetry';
import type { BrokerTransactions } from './transactions';
import type { BrokerTxnMarkers } from './txn-markers';

export interface BrokerServices {
  readonly cluster: Cluster;
  readonly replicas: ReplicaManager;
  /** The group coordinator (absent when the broker is embedded without one: group APIs then fail). */
  readonly groups?: BrokerGroups;
  /** Producer ids and transactions (absent when embedded without them: those APIs then fail). */
  readonly transactions?: BrokerTransactions;
  readonly txnMarkers?: BrokerTxnMarkers;
  /** Client quota enforcement (absent when embedded without it: nothing is throttled). */
  readonly quotas?: ClientQuotas;
  /** Client telemetry (KIP-714; absent when embedded without it: the telemetry APIs then fail). */
  readonly telemetry?: ClientTelemetry;
}

export function requestContext(
  services: BrokerServices,
  supportedApis: readonly ApiRange[],
  session: ClientSession,
  apiVersion: number,
  correlationId: number,
  quota?: RequestQuota,
): RequestContext {
  return {
    cluster: services.cluster,
    node: session.node,
    apiVersion,
    correlationId,
    client: session.client,
    auth: session.auth,
    authorizer: services.cluster.authorizer,
    logger: session.logger,
    supportedApis,
    replicas: services.replicas,
    groups: services.groups,
    transactions: services.transactions,
    txnMarkers: services.txnMarkers,
    telemetry: services.telemetry,
    closeConnection: session.closeAfterResponses,
    ...(quota ? { quota } : {}),
  };
}
