/**
 * The handler registry: one handler per API key. Each handler declares the codec it serves and its version range;
 * ApiVersions is computed from those declarations, so the broker advertises exactly what its handlers serve, and a
 * handler may not claim versions its codec does not define.
 *
 * The handler modules load on the first request (almost always ApiVersions, which needs every range), not when the
 * broker starts: a fresh broker listens before it compiles them.
 */
import type { AnyHandler, ApiRange } from './handler';

/** Every served API's handler, each in the file named after its API key (`NN-<api>.ts`). */
export const HANDLER_MODULES: readonly (() => AnyHandler)[] = [
  () => (require('./00-produce') as typeof import('./00-produce')).produceHandler,
  () => (require('./01-fetch') as typeof import('./01-fetch')).fetchHandler,
  () => (require('./02-list-offsets') as typeof import('./02-list-offsets')).listOffsetsHandler,
  () => (require('./03-metadata') as typeof import('./03-metadata')).metadataHandler,
  () => (require('./08-offset-commit') as typeof import('./08-offset-commit')).offsetCommitHandler,
  () => (require('./09-offset-fetch') as typeof import('./09-offset-fetch')).offsetFetchHandler,
  () => (require('./10-find-coordinator') as typeof import('./10-find-coordinator')).findCoordinatorHandler,
  () => (require('./11-join-group') as typeof import('./11-join-group')).joinGroupHandler,
  () => (require('./12-heartbeat') as typeof import('./12-heartbeat')).heartbeatHandler,
  () => (require('./13-leave-group') as typeof import('./13-leave-group')).leaveGroupHandler,
  () => (require('./14-sync-group') as typeof import('./14-sync-group')).syncGroupHandler,
  () => (require('./15-describe-groups') as typeof import('./15-describe-groups')).describeGroupsHandler,
  () => (require('./16-list-groups') as typeof import('./16-list-groups')).listGroupsHandler,
  () => (require('./17-sasl-handshake') as typeof import('./17-sasl-handshake')).saslHandshakeHandler,
  () => (require('./18-api-versions') as typeof import('./18-api-versions')).apiVersionsHandler,
  () => (require('./19-create-topics') as typeof import('./19-create-topics')).createTopicsHandler,
  () => (require('./20-delete-topics') as typeof import('./20-delete-topics')).deleteTopicsHandler,
  () => (require('./21-delete-records') as typeof import('./21-delete-records')).deleteRecordsHandler,
  () => (require('./22-init-producer-id') as typeof import('./22-init-producer-id')).initProducerIdHandler,
  () =>
    (require('./23-offset-for-leader-epoch') as typeof import('./23-offset-for-leader-epoch'))
      .offsetForLeaderEpochHandler,
  () =>
    (require('./24-add-partitions-to-txn') as typeof import('./24-add-partitions-to-txn')).addPartitionsToTxnHandler,
  () => (require('./25-add-offsets-to-txn') as typeof import('./25-add-offsets-to-txn')).addOffsetsToTxnHandler,
  () => (require('./26-end-txn') as typeof import('./26-end-txn')).endTxnHandler,
  () => (require('./27-write-txn-markers') as typeof import('./27-write-txn-markers')).writeTxnMarkersHandler,
  () => (require('./28-txn-offset-commit') as typeof import('./28-txn-offset-commit')).txnOffsetCommitHandler,
  () => (require('./29-describe-acls') as typeof import('./29-describe-acls')).describeAclsHandler,
  () => (require('./30-create-acls') as typeof import('./30-create-acls')).createAclsHandler,
  () => (require('./31-delete-acls') as typeof import('./31-delete-acls')).deleteAclsHandler,
  () => (require('./32-describe-configs') as typeof import('./32-describe-configs')).describeConfigsHandler,
  () => (require('./33-alter-configs') as typeof import('./33-alter-configs')).alterConfigsHandler,
  () =>
    (require('./34-alter-replica-log-dirs') as typeof import('./34-alter-replica-log-dirs')).alterReplicaLogDirsHandler,
  () => (require('./35-describe-log-dirs') as typeof import('./35-describe-log-dirs')).describeLogDirsHandler,
  () => (require('./36-sasl-authenticate') as typeof import('./36-sasl-authenticate')).saslAuthenticateHandler,
  () => (require('./37-create-partitions') as typeof import('./37-create-partitions')).createPartitionsHandler,
  () => (require('./42-delete-groups') as typeof import('./42-delete-groups')).deleteGroupsHandler,
  () => (require('./43-elect-leaders') as typeof import('./43-elect-leaders')).electLeadersHandler,
  () =>
    (require('./44-incremental-alter-configs') as typeof import('./44-incremental-alter-configs'))
      .incrementalAlterConfigsHandler,
  () =>
    (require('./45-alter-partition-reassignments') as typeof import('./45-alter-partition-reassignments'))
      .alterPartitionReassignmentsHandler,
  () =>
    (require('./46-list-partition-reassignments') as typeof import('./46-list-partition-reassignments'))
      .listPartitionReassignmentsHandler,
  () => (require('./47-offset-delete') as typeof import('./47-offset-delete')).offsetDeleteHandler,
  () =>
    (require('./48-describe-client-quotas') as typeof import('./48-describe-client-quotas'))
      .describeClientQuotasHandler,
  () => (require('./49-alter-client-quotas') as typeof import('./49-alter-client-quotas')).alterClientQuotasHandler,
  () =>
    (require('./50-describe-user-scram-credentials') as typeof import('./50-describe-user-scram-credentials'))
      .describeUserScramCredentialsHandler,
  () =>
    (require('./51-alter-user-scram-credentials') as typeof import('./51-alter-user-scram-credentials'))
      .alterUserScramCredentialsHandler,
  () => (require('./55-describe-quorum') as typeof import('./55-describe-quorum')).describeQuorumHandler,
  () => (require('./57-update-features') as typeof import('./57-update-features')).updateFeaturesHandler,
  () => (require('./60-describe-cluster') as typeof import('./60-describe-cluster')).describeClusterHandler,
  () => (require('./61-describe-producers') as typeof import('./61-describe-producers')).describeProducersHandler,
  () =>
    (require('./65-describe-transactions') as typeof import('./65-describe-transactions')).describeTransactionsHandler,
  () => (require('./66-list-transactions') as typeof import('./66-list-transactions')).listTransactionsHandler,
  () =>
    (require('./68-consumer-group-heartbeat') as typeof import('./68-consumer-group-heartbeat'))
      .consumerGroupHeartbeatHandler,
  () =>
    (require('./69-consumer-group-describe') as typeof import('./69-consumer-group-describe'))
      .consumerGroupDescribeHandler,
  () =>
    (require('./71-get-telemetry-subscriptions') as typeof import('./71-get-telemetry-subscriptions'))
      .getTelemetrySubscriptionsHandler,
  () => (require('./72-push-telemetry') as typeof import('./72-push-telemetry')).pushTelemetryHandler,
  () =>
    (require('./74-list-client-metrics-resources') as typeof import('./74-list-client-metrics-resources'))
      .listClientMetricsResourcesHandler,
  () =>
    (require('./75-describe-topic-partitions') as typeof import('./75-describe-topic-partitions'))
      .describeTopicPartitionsHandler,
  () =>
    (require('./76-share-group-heartbeat') as typeof import('./76-share-group-heartbeat')).shareGroupHeartbeatHandler,
  () => (require('./77-share-group-describe') as typeof import('./77-share-group-describe')).shareGroupDescribeHandler,
  () => (require('./78-share-fetch') as typeof import('./78-share-fetch')).shareFetchHandler,
  () => (require('./79-share-acknowledge') as typeof import('./79-share-acknowledge')).shareAcknowledgeHandler,
  () =>
    (require('./90-describe-share-group-offsets') as typeof import('./90-describe-share-group-offsets'))
      .describeShareGroupOffsetsHandler,
];

type HandlerSource = AnyHandler | (() => AnyHandler);

export class HandlerRegistry {
  readonly #sources: readonly HandlerSource[];
  #byKey: Map<number, AnyHandler> | null = null;
  #supported: readonly ApiRange[] = [];

  /** `handlers`: handlers, or functions loading them on first use (the served APIs by default). */
  constructor(handlers: readonly HandlerSource[] = HANDLER_MODULES) {
    this.#sources = handlers;
  }

  /** The handler of `apiKey`, loading the handlers on first use. */
  get(apiKey: number): AnyHandler | undefined {
    return this.#loaded().get(apiKey);
  }

  /** Every served API with its range, ordered by key: the ApiVersions answer. */
  supportedApis(): readonly ApiRange[] {
    this.#loaded();
    return this.#supported;
  }

  /** Every handler, ordered by API key. */
  handlers(): AnyHandler[] {
    return [...this.#loaded().values()].sort((a, b) => a.api.apiKey - b.api.apiKey);
  }

  #loaded(): Map<number, AnyHandler> {
    if (this.#byKey !== null) return this.#byKey;
    const byKey = new Map<number, AnyHandler>();
    for (const source of this.#sources) {
      const h = typeof source === 'function' ? source() : source;
      const valid = h.api.validVersions;
      if (h.versions.min < valid.min || h.versions.max > valid.max || h.versions.min > h.versions.max) {
        throw new RangeError(
          `${h.api.name} handler serves v${h.versions.min}-${h.versions.max}, outside the spec's v${valid.min}-${valid.max}`,
        );
      }
      if (byKey.has(h.api.apiKey)) throw new RangeError(`two handlers for API key ${h.api.apiKey}`);
      byKey.set(h.api.apiKey, h);
    }
    this.#supported = [...byKey.values()]
      .map((h) => ({
        apiKey: h.api.apiKey,
        minVersion: h.versions.min,
        maxVersion: h.versions.max,
        ...(h.enabled ? { enabled: h.enabled } : {}),
      }))
      .sort((a, b) => a.apiKey - b.apiKey);
    this.#byKey = byKey;
    return byKey;
  }
}
