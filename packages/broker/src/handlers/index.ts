/**
 * The handler registry: one handler per API key. ApiVersions is computed from it, so the broker advertises exactly
 * the version ranges its handlers declare. A handler may not claim versions its codec does not define.
 *
 * The table below names each API's codec and the version range its handler serves, and loads the handler module on
 * the API's first request: a fresh broker listens without compiling the handlers (and what only they use) of APIs
 * nobody has called yet. A loaded handler must serve exactly the declared range with the declared codec
 * (`HandlerRegistry.get` checks, test/handlers/index.test.ts loads them all), so the advertised range is the served one.
 */
import {
  type ApiCodec,
  AddOffsetsToTxnApi,
  AddPartitionsToTxnApi,
  AlterClientQuotasApi,
  AlterConfigsApi,
  AlterPartitionReassignmentsApi,
  AlterUserScramCredentialsApi,
  ApiVersionsApi,
  CreateAclsApi,
  CreatePartitionsApi,
  CreateTopicsApi,
  DeleteAclsApi,
  DeleteGroupsApi,
  DeleteRecordsApi,
  DeleteTopicsApi,
  DescribeAclsApi,
  DescribeClientQuotasApi,
  DescribeClusterApi,
  DescribeConfigsApi,
  DescribeGroupsApi,
  DescribeLogDirsApi,
  DescribeProducersApi,
  DescribeTransactionsApi,
  DescribeUserScramCredentialsApi,
  ElectLeadersApi,
  EndTxnApi,
  FetchApi,
  FindCoordinatorApi,
  HeartbeatApi,
  IncrementalAlterConfigsApi,
  InitProducerIdApi,
  JoinGroupApi,
  LeaveGroupApi,
  ListGroupsApi,
  ListOffsetsApi,
  ListPartitionReassignmentsApi,
  ListTransactionsApi,
  MetadataApi,
  OffsetCommitApi,
  OffsetDeleteApi,
  OffsetFetchApi,
  OffsetForLeaderEpochApi,
  ProduceApi,
  SyncGroupApi,
  TxnOffsetCommitApi,
  WriteTxnMarkersApi,
  type VersionRange,
} from '@samsa/protocol';
import type { AnyHandler, ApiRange, Handler } from './handler';

/** A served API whose handler module loads on first use. */
export interface HandlerEntry {
  readonly api: AnyHandler['api'];
  readonly versions: VersionRange;
  load(): AnyHandler;
}

function entry<Req, Res>(
  api: ApiCodec<Req, Res>,
  min: number,
  max: number,
  load: () => Handler<Req, Res>,
): HandlerEntry {
  return { api: api as AnyHandler['api'], versions: { min, max }, load: load as () => AnyHandler };
}

export const HANDLERS: readonly HandlerEntry[] = [
  entry(ProduceApi, 0, 11, () => (require('./00-produce') as typeof import('./00-produce')).produceHandler),
  entry(FetchApi, 0, 17, () => (require('./01-fetch') as typeof import('./01-fetch')).fetchHandler),
  entry(
    ListOffsetsApi,
    0,
    10,
    () => (require('./02-list-offsets') as typeof import('./02-list-offsets')).listOffsetsHandler,
  ),
  entry(MetadataApi, 0, 12, () => (require('./03-metadata') as typeof import('./03-metadata')).metadataHandler),
  entry(
    OffsetCommitApi,
    0,
    9,
    () => (require('./08-offset-commit') as typeof import('./08-offset-commit')).offsetCommitHandler,
  ),
  entry(
    OffsetFetchApi,
    0,
    9,
    () => (require('./09-offset-fetch') as typeof import('./09-offset-fetch')).offsetFetchHandler,
  ),
  entry(
    FindCoordinatorApi,
    0,
    6,
    () => (require('./10-find-coordinator') as typeof import('./10-find-coordinator')).findCoordinatorHandler,
  ),
  entry(JoinGroupApi, 0, 9, () => (require('./11-join-group') as typeof import('./11-join-group')).joinGroupHandler),
  entry(HeartbeatApi, 0, 4, () => (require('./12-heartbeat') as typeof import('./12-heartbeat')).heartbeatHandler),
  entry(
    LeaveGroupApi,
    0,
    5,
    () => (require('./13-leave-group') as typeof import('./13-leave-group')).leaveGroupHandler,
  ),
  entry(SyncGroupApi, 0, 5, () => (require('./14-sync-group') as typeof import('./14-sync-group')).syncGroupHandler),
  entry(
    DescribeGroupsApi,
    0,
    5,
    () => (require('./15-describe-groups') as typeof import('./15-describe-groups')).describeGroupsHandler,
  ),
  entry(
    ListGroupsApi,
    0,
    5,
    () => (require('./16-list-groups') as typeof import('./16-list-groups')).listGroupsHandler,
  ),
  entry(
    ApiVersionsApi,
    0,
    4,
    () => (require('./18-api-versions') as typeof import('./18-api-versions')).apiVersionsHandler,
  ),
  entry(
    CreateTopicsApi,
    0,
    7,
    () => (require('./19-create-topics') as typeof import('./19-create-topics')).createTopicsHandler,
  ),
  entry(
    DeleteTopicsApi,
    0,
    6,
    () => (require('./20-delete-topics') as typeof import('./20-delete-topics')).deleteTopicsHandler,
  ),
  entry(
    DeleteRecordsApi,
    0,
    2,
    () => (require('./21-delete-records') as typeof import('./21-delete-records')).deleteRecordsHandler,
  ),
  entry(
    InitProducerIdApi,
    0,
    5,
    () => (require('./22-init-producer-id') as typeof import('./22-init-producer-id')).initProducerIdHandler,
  ),
  entry(
    OffsetForLeaderEpochApi,
    0,
    4,
    () =>
      (require('./23-offset-for-leader-epoch') as typeof import('./23-offset-for-leader-epoch'))
        .offsetForLeaderEpochHandler,
  ),
  entry(
    AddPartitionsToTxnApi,
    0,
    5,
    () =>
      (require('./24-add-partitions-to-txn') as typeof import('./24-add-partitions-to-txn')).addPartitionsToTxnHandler,
  ),
  entry(
    AddOffsetsToTxnApi,
    0,
    4,
    () => (require('./25-add-offsets-to-txn') as typeof import('./25-add-offsets-to-txn')).addOffsetsToTxnHandler,
  ),
  entry(EndTxnApi, 0, 5, () => (require('./26-end-txn') as typeof import('./26-end-txn')).endTxnHandler),
  entry(
    WriteTxnMarkersApi,
    0,
    1,
    () => (require('./27-write-txn-markers') as typeof import('./27-write-txn-markers')).writeTxnMarkersHandler,
  ),
  entry(
    TxnOffsetCommitApi,
    0,
    4,
    () => (require('./28-txn-offset-commit') as typeof import('./28-txn-offset-commit')).txnOffsetCommitHandler,
  ),
  entry(
    DescribeAclsApi,
    0,
    3,
    () => (require('./29-describe-acls') as typeof import('./29-describe-acls')).describeAclsHandler,
  ),
  entry(
    CreateAclsApi,
    0,
    3,
    () => (require('./30-create-acls') as typeof import('./30-create-acls')).createAclsHandler,
  ),
  entry(
    DeleteAclsApi,
    0,
    3,
    () => (require('./31-delete-acls') as typeof import('./31-delete-acls')).deleteAclsHandler,
  ),
  entry(
    DescribeConfigsApi,
    0,
    4,
    () => (require('./32-describe-configs') as typeof import('./32-describe-configs')).describeConfigsHandler,
  ),
  entry(
    AlterConfigsApi,
    0,
    2,
    () => (require('./33-alter-configs') as typeof import('./33-alter-configs')).alterConfigsHandler,
  ),
  entry(
    DescribeLogDirsApi,
    0,
    4,
    () => (require('./35-describe-log-dirs') as typeof import('./35-describe-log-dirs')).describeLogDirsHandler,
  ),
  entry(
    CreatePartitionsApi,
    0,
    3,
    () => (require('./37-create-partitions') as typeof import('./37-create-partitions')).createPartitionsHandler,
  ),
  entry(
    DeleteGroupsApi,
    0,
    2,
    () => (require('./42-delete-groups') as typeof import('./42-delete-groups')).deleteGroupsHandler,
  ),
  entry(
    ElectLeadersApi,
    0,
    2,
    () => (require('./43-elect-leaders') as typeof import('./43-elect-leaders')).electLeadersHandler,
  ),
  entry(
    IncrementalAlterConfigsApi,
    0,
    1,
    () =>
      (require('./44-incremental-alter-configs') as typeof import('./44-incremental-alter-configs'))
        .incrementalAlterConfigsHandler,
  ),
  entry(
    AlterPartitionReassignmentsApi,
    0,
    0,
    () =>
      (require('./45-alter-partition-reassignments') as typeof import('./45-alter-partition-reassignments'))
        .alterPartitionReassignmentsHandler,
  ),
  entry(
    ListPartitionReassignmentsApi,
    0,
    0,
    () =>
      (require('./46-list-partition-reassignments') as typeof import('./46-list-partition-reassignments'))
        .listPartitionReassignmentsHandler,
  ),
  entry(
    OffsetDeleteApi,
    0,
    0,
    () => (require('./47-offset-delete') as typeof import('./47-offset-delete')).offsetDeleteHandler,
  ),
  entry(
    DescribeClientQuotasApi,
    0,
    1,
    () =>
      (require('./48-describe-client-quotas') as typeof import('./48-describe-client-quotas'))
        .describeClientQuotasHandler,
  ),
  entry(
    AlterClientQuotasApi,
    0,
    1,
    () => (require('./49-alter-client-quotas') as typeof import('./49-alter-client-quotas')).alterClientQuotasHandler,
  ),
  entry(
    DescribeUserScramCredentialsApi,
    0,
    0,
    () =>
      (require('./50-describe-user-scram-credentials') as typeof import('./50-describe-user-scram-credentials'))
        .describeUserScramCredentialsHandler,
  ),
  entry(
    AlterUserScramCredentialsApi,
    0,
    0,
    () =>
      (require('./51-alter-user-scram-credentials') as typeof import('./51-alter-user-scram-credentials'))
        .alterUserScramCredentialsHandler,
  ),
  entry(
    DescribeClusterApi,
    0,
    1,
    () => (require('./60-describe-cluster') as typeof import('./60-describe-cluster')).describeClusterHandler,
  ),
  entry(
    DescribeProducersApi,
    0,
    0,
    () => (require('./61-describe-producers') as typeof import('./61-describe-producers')).describeProducersHandler,
  ),
  entry(
    DescribeTransactionsApi,
    0,
    0,
    () =>
      (require('./65-describe-transactions') as typeof import('./65-describe-transactions'))
        .describeTransactionsHandler,
  ),
  entry(
    ListTransactionsApi,
    0,
    1,
    () => (require('./66-list-transactions') as typeof import('./66-list-transactions')).listTransactionsHandler,
  ),
];

/** What the registry holds per API key: a handler, or an entry whose handler loads on first use. */
type Slot = { handler: AnyHandler } | { entry: HandlerEntry; handler?: AnyHandler };

export class HandlerRegistry {
  readonly #byKey = new Map<number, Slot>();

  /** `handlers`: loaded handlers or lazy entries (the served APIs by default). */
  constructor(handlers: readonly (AnyHandler | HandlerEntry)[] = HANDLERS) {
    for (const h of handlers) {
      const valid = h.api.validVersions;
      if (h.versions.min < valid.min || h.versions.max > valid.max || h.versions.min > h.versions.max) {
        throw new RangeError(
          `${h.api.name} handler serves v${h.versions.min}-${h.versions.max}, outside the spec's v${valid.min}-${valid.max}`,
        );
      }
      if (this.#byKey.has(h.api.apiKey)) throw new RangeError(`two handlers for API key ${h.api.apiKey}`);
      this.#byKey.set(h.api.apiKey, 'load' in h ? { entry: h } : { handler: h });
    }
  }

  /** The handler of `apiKey`, loading its module on first use; throws when it does not match its entry. */
  get(apiKey: number): AnyHandler | undefined {
    const slot = this.#byKey.get(apiKey);
    if (slot === undefined) return undefined;
    if (slot.handler !== undefined) return slot.handler;
    const { entry } = slot as { entry: HandlerEntry };
    const handler = entry.load();
    if (
      handler.api.apiKey !== entry.api.apiKey ||
      handler.versions.min !== entry.versions.min ||
      handler.versions.max !== entry.versions.max
    ) {
      throw new RangeError(
        `${handler.api.name} handler serves v${handler.versions.min}-${handler.versions.max} but the registry declares ` +
          `${entry.api.name} v${entry.versions.min}-${entry.versions.max}`,
      );
    }
    slot.handler = handler;
    return handler;
  }

  /** Every served API with its range, ordered by key: the ApiVersions answer. Loads no handler. */
  supportedApis(): ApiRange[] {
    return [...this.#byKey.values()]
      .map((slot) => ('entry' in slot ? slot.entry : slot.handler))
      .map((h) => ({ apiKey: h.api.apiKey, minVersion: h.versions.min, maxVersion: h.versions.max }))
      .sort((a, b) => a.apiKey - b.apiKey);
  }
}
