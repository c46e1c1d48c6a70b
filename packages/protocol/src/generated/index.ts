// Generated from protocol-specs/*.json by scripts/gen-protocol.ts. Do not edit.

import type { ApiCodec } from '../api-codec';
import { lazyCodec } from '../lazy-codec';
import type * as M0 from './00-produce';
import type * as M1 from './01-fetch';
import type * as M2 from './02-list-offsets';
import type * as M3 from './03-metadata';
import type * as M4 from './04-leader-and-isr';
import type * as M5 from './05-stop-replica';
import type * as M6 from './06-update-metadata';
import type * as M7 from './07-controlled-shutdown';
import type * as M8 from './08-offset-commit';
import type * as M9 from './09-offset-fetch';
import type * as M10 from './10-find-coordinator';
import type * as M11 from './11-join-group';
import type * as M12 from './12-heartbeat';
import type * as M13 from './13-leave-group';
import type * as M14 from './14-sync-group';
import type * as M15 from './15-describe-groups';
import type * as M16 from './16-list-groups';
import type * as M17 from './17-sasl-handshake';
import type * as M18 from './18-api-versions';
import type * as M19 from './19-create-topics';
import type * as M20 from './20-delete-topics';
import type * as M21 from './21-delete-records';
import type * as M22 from './22-init-producer-id';
import type * as M23 from './23-offset-for-leader-epoch';
import type * as M24 from './24-add-partitions-to-txn';
import type * as M25 from './25-add-offsets-to-txn';
import type * as M26 from './26-end-txn';
import type * as M27 from './27-write-txn-markers';
import type * as M28 from './28-txn-offset-commit';
import type * as M29 from './29-describe-acls';
import type * as M30 from './30-create-acls';
import type * as M31 from './31-delete-acls';
import type * as M32 from './32-describe-configs';
import type * as M33 from './33-alter-configs';
import type * as M34 from './34-alter-replica-log-dirs';
import type * as M35 from './35-describe-log-dirs';
import type * as M36 from './36-sasl-authenticate';
import type * as M37 from './37-create-partitions';
import type * as M38 from './38-create-delegation-token';
import type * as M39 from './39-renew-delegation-token';
import type * as M40 from './40-expire-delegation-token';
import type * as M41 from './41-describe-delegation-token';
import type * as M42 from './42-delete-groups';
import type * as M43 from './43-elect-leaders';
import type * as M44 from './44-incremental-alter-configs';
import type * as M45 from './45-alter-partition-reassignments';
import type * as M46 from './46-list-partition-reassignments';
import type * as M47 from './47-offset-delete';
import type * as M48 from './48-describe-client-quotas';
import type * as M49 from './49-alter-client-quotas';
import type * as M50 from './50-describe-user-scram-credentials';
import type * as M51 from './51-alter-user-scram-credentials';
import type * as M52 from './52-vote';
import type * as M53 from './53-begin-quorum-epoch';
import type * as M54 from './54-end-quorum-epoch';
import type * as M55 from './55-describe-quorum';
import type * as M56 from './56-alter-partition';
import type * as M57 from './57-update-features';
import type * as M58 from './58-envelope';
import type * as M59 from './59-fetch-snapshot';
import type * as M60 from './60-describe-cluster';
import type * as M61 from './61-describe-producers';
import type * as M62 from './62-broker-registration';
import type * as M63 from './63-broker-heartbeat';
import type * as M64 from './64-unregister-broker';
import type * as M65 from './65-describe-transactions';
import type * as M66 from './66-list-transactions';
import type * as M67 from './67-allocate-producer-ids';
import type * as M68 from './68-consumer-group-heartbeat';
import type * as M69 from './69-consumer-group-describe';
import type * as M70 from './70-controller-registration';
import type * as M71 from './71-get-telemetry-subscriptions';
import type * as M72 from './72-push-telemetry';
import type * as M73 from './73-assign-replicas-to-dirs';
import type * as M74 from './74-list-client-metrics-resources';
import type * as M75 from './75-describe-topic-partitions';
import type * as M76 from './76-share-group-heartbeat';
import type * as M77 from './77-share-group-describe';
import type * as M78 from './78-share-fetch';
import type * as M79 from './79-share-acknowledge';
import type * as M80 from './80-add-raft-voter';
import type * as M81 from './81-remove-raft-voter';
import type * as M82 from './82-update-raft-voter';
import type * as M83 from './83-initialize-share-group-state';
import type * as M84 from './84-read-share-group-state';
import type * as M85 from './85-write-share-group-state';
import type * as M86 from './86-delete-share-group-state';
import type * as M87 from './87-read-share-group-state-summary';
import type * as M90 from './90-describe-share-group-offsets';

export * from './api-keys';
export * from './error-codes';
export * as InternalRecords from './internal/index';
export type {
  ProduceRequest, TopicProduceData, PartitionProduceData, ProduceResponse, TopicProduceResponse, PartitionProduceResponse,
  BatchIndexAndErrorMessage,
} from './00-produce';
export const ProduceApi: typeof M0.ProduceApi = lazyCodec({
  apiKey: 0,
  name: 'Produce',
  validVersions: { min: 0, max: 11 },
  firstFlexibleVersion: 9,
  deprecatedVersions: { min: 0, max: 6 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 9 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 9 ? 1 : 0),
}, () => (require('./00-produce') as typeof M0).ProduceApi);
export type * as ProduceMessages from './00-produce';
export type { FetchRequest, FetchResponse, FetchableTopicResponse, SnapshotId, AbortedTransaction } from './01-fetch';
export const FetchApi: typeof M1.FetchApi = lazyCodec({
  apiKey: 1,
  name: 'Fetch',
  validVersions: { min: 0, max: 17 },
  firstFlexibleVersion: 12,
  deprecatedVersions: { min: 0, max: 3 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 12 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 12 ? 1 : 0),
}, () => (require('./01-fetch') as typeof M1).FetchApi);
export type * as FetchMessages from './01-fetch';
export type {
  ListOffsetsRequest, ListOffsetsTopic, ListOffsetsPartition, ListOffsetsResponse, ListOffsetsTopicResponse, ListOffsetsPartitionResponse,
} from './02-list-offsets';
export const ListOffsetsApi: typeof M2.ListOffsetsApi = lazyCodec({
  apiKey: 2,
  name: 'ListOffsets',
  validVersions: { min: 0, max: 10 },
  firstFlexibleVersion: 6,
  deprecatedVersions: { min: 0, max: 0 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 6 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 6 ? 1 : 0),
}, () => (require('./02-list-offsets') as typeof M2).ListOffsetsApi);
export type * as ListOffsetsMessages from './02-list-offsets';
export type {
  MetadataRequest, MetadataRequestTopic, MetadataResponse, MetadataResponseBroker, MetadataResponseTopic, MetadataResponsePartition,
} from './03-metadata';
export const MetadataApi: typeof M3.MetadataApi = lazyCodec({
  apiKey: 3,
  name: 'Metadata',
  validVersions: { min: 0, max: 12 },
  firstFlexibleVersion: 9,
  deprecatedVersions: { min: 0, max: 3 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 9 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 9 ? 1 : 0),
}, () => (require('./03-metadata') as typeof M3).MetadataApi);
export type * as MetadataMessages from './03-metadata';
export type {
  LeaderAndIsrRequest, LeaderAndIsrPartitionState, LeaderAndIsrTopicState, LeaderAndIsrLiveLeader, LeaderAndIsrResponse,
  LeaderAndIsrPartitionError, LeaderAndIsrTopicError,
} from './04-leader-and-isr';
export const LeaderAndIsrApi: typeof M4.LeaderAndIsrApi = lazyCodec({
  apiKey: 4,
  name: 'LeaderAndIsr',
  validVersions: { min: 0, max: 7 },
  firstFlexibleVersion: 4,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 4 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 4 ? 1 : 0),
}, () => (require('./04-leader-and-isr') as typeof M4).LeaderAndIsrApi);
export type * as LeaderAndIsrMessages from './04-leader-and-isr';
export type {
  StopReplicaRequest, StopReplicaPartitionV0, StopReplicaTopicV1, StopReplicaTopicState, StopReplicaPartitionState, StopReplicaResponse,
  StopReplicaPartitionError,
} from './05-stop-replica';
export const StopReplicaApi: typeof M5.StopReplicaApi = lazyCodec({
  apiKey: 5,
  name: 'StopReplica',
  validVersions: { min: 0, max: 4 },
  firstFlexibleVersion: 2,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 2 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 2 ? 1 : 0),
}, () => (require('./05-stop-replica') as typeof M5).StopReplicaApi);
export type * as StopReplicaMessages from './05-stop-replica';
export type {
  UpdateMetadataRequest, UpdateMetadataPartitionState, UpdateMetadataTopicState, UpdateMetadataBroker, UpdateMetadataEndpoint,
  UpdateMetadataResponse,
} from './06-update-metadata';
export const UpdateMetadataApi: typeof M6.UpdateMetadataApi = lazyCodec({
  apiKey: 6,
  name: 'UpdateMetadata',
  validVersions: { min: 0, max: 8 },
  firstFlexibleVersion: 6,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 6 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 6 ? 1 : 0),
}, () => (require('./06-update-metadata') as typeof M6).UpdateMetadataApi);
export type * as UpdateMetadataMessages from './06-update-metadata';
export type { ControlledShutdownRequest, ControlledShutdownResponse, RemainingPartition } from './07-controlled-shutdown';
export const ControlledShutdownApi: typeof M7.ControlledShutdownApi = lazyCodec({
  apiKey: 7,
  name: 'ControlledShutdown',
  validVersions: { min: 0, max: 3 },
  firstFlexibleVersion: 3,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version === 0 ? 0 : version >= 3 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 3 ? 1 : 0),
}, () => (require('./07-controlled-shutdown') as typeof M7).ControlledShutdownApi);
export type * as ControlledShutdownMessages from './07-controlled-shutdown';
export type {
  OffsetCommitRequest, OffsetCommitRequestTopic, OffsetCommitRequestPartition, OffsetCommitResponse, OffsetCommitResponseTopic,
  OffsetCommitResponsePartition,
} from './08-offset-commit';
export const OffsetCommitApi: typeof M8.OffsetCommitApi = lazyCodec({
  apiKey: 8,
  name: 'OffsetCommit',
  validVersions: { min: 0, max: 9 },
  firstFlexibleVersion: 8,
  deprecatedVersions: { min: 0, max: 1 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 8 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 8 ? 1 : 0),
}, () => (require('./08-offset-commit') as typeof M8).OffsetCommitApi);
export type * as OffsetCommitMessages from './08-offset-commit';
export type {
  OffsetFetchRequest, OffsetFetchRequestTopic, OffsetFetchRequestGroup, OffsetFetchRequestTopics, OffsetFetchResponse,
  OffsetFetchResponseTopic, OffsetFetchResponsePartition, OffsetFetchResponseGroup, OffsetFetchResponseTopics,
  OffsetFetchResponsePartitions,
} from './09-offset-fetch';
export const OffsetFetchApi: typeof M9.OffsetFetchApi = lazyCodec({
  apiKey: 9,
  name: 'OffsetFetch',
  validVersions: { min: 0, max: 9 },
  firstFlexibleVersion: 6,
  deprecatedVersions: { min: 0, max: 0 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 6 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 6 ? 1 : 0),
}, () => (require('./09-offset-fetch') as typeof M9).OffsetFetchApi);
export type * as OffsetFetchMessages from './09-offset-fetch';
export type { FindCoordinatorRequest, FindCoordinatorResponse, Coordinator } from './10-find-coordinator';
export const FindCoordinatorApi: typeof M10.FindCoordinatorApi = lazyCodec({
  apiKey: 10,
  name: 'FindCoordinator',
  validVersions: { min: 0, max: 6 },
  firstFlexibleVersion: 3,
  deprecatedVersions: { min: 0, max: 0 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 3 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 3 ? 1 : 0),
}, () => (require('./10-find-coordinator') as typeof M10).FindCoordinatorApi);
export type * as FindCoordinatorMessages from './10-find-coordinator';
export type { JoinGroupRequest, JoinGroupRequestProtocol, JoinGroupResponse, JoinGroupResponseMember } from './11-join-group';
export const JoinGroupApi: typeof M11.JoinGroupApi = lazyCodec({
  apiKey: 11,
  name: 'JoinGroup',
  validVersions: { min: 0, max: 9 },
  firstFlexibleVersion: 6,
  deprecatedVersions: { min: 0, max: 1 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 6 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 6 ? 1 : 0),
}, () => (require('./11-join-group') as typeof M11).JoinGroupApi);
export type * as JoinGroupMessages from './11-join-group';
export type { HeartbeatRequest, HeartbeatResponse } from './12-heartbeat';
export const HeartbeatApi: typeof M12.HeartbeatApi = lazyCodec({
  apiKey: 12,
  name: 'Heartbeat',
  validVersions: { min: 0, max: 4 },
  firstFlexibleVersion: 4,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 4 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 4 ? 1 : 0),
}, () => (require('./12-heartbeat') as typeof M12).HeartbeatApi);
export type * as HeartbeatMessages from './12-heartbeat';
export type { LeaveGroupRequest, MemberIdentity, LeaveGroupResponse, MemberResponse } from './13-leave-group';
export const LeaveGroupApi: typeof M13.LeaveGroupApi = lazyCodec({
  apiKey: 13,
  name: 'LeaveGroup',
  validVersions: { min: 0, max: 5 },
  firstFlexibleVersion: 4,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 4 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 4 ? 1 : 0),
}, () => (require('./13-leave-group') as typeof M13).LeaveGroupApi);
export type * as LeaveGroupMessages from './13-leave-group';
export type { SyncGroupRequest, SyncGroupRequestAssignment, SyncGroupResponse } from './14-sync-group';
export const SyncGroupApi: typeof M14.SyncGroupApi = lazyCodec({
  apiKey: 14,
  name: 'SyncGroup',
  validVersions: { min: 0, max: 5 },
  firstFlexibleVersion: 4,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 4 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 4 ? 1 : 0),
}, () => (require('./14-sync-group') as typeof M14).SyncGroupApi);
export type * as SyncGroupMessages from './14-sync-group';
export type { DescribeGroupsRequest, DescribeGroupsResponse, DescribedGroupMember } from './15-describe-groups';
export const DescribeGroupsApi: typeof M15.DescribeGroupsApi = lazyCodec({
  apiKey: 15,
  name: 'DescribeGroups',
  validVersions: { min: 0, max: 5 },
  firstFlexibleVersion: 5,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 5 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 5 ? 1 : 0),
}, () => (require('./15-describe-groups') as typeof M15).DescribeGroupsApi);
export type * as DescribeGroupsMessages from './15-describe-groups';
export type { ListGroupsRequest, ListGroupsResponse, ListedGroup } from './16-list-groups';
export const ListGroupsApi: typeof M16.ListGroupsApi = lazyCodec({
  apiKey: 16,
  name: 'ListGroups',
  validVersions: { min: 0, max: 5 },
  firstFlexibleVersion: 3,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 3 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 3 ? 1 : 0),
}, () => (require('./16-list-groups') as typeof M16).ListGroupsApi);
export type * as ListGroupsMessages from './16-list-groups';
export type { SaslHandshakeRequest, SaslHandshakeResponse } from './17-sasl-handshake';
export const SaslHandshakeApi: typeof M17.SaslHandshakeApi = lazyCodec({
  apiKey: 17,
  name: 'SaslHandshake',
  validVersions: { min: 0, max: 1 },
  firstFlexibleVersion: null,
  deprecatedVersions: { min: 0, max: 0 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: () => 1,
  responseHeaderVersion: () => 0,
}, () => (require('./17-sasl-handshake') as typeof M17).SaslHandshakeApi);
export type * as SaslHandshakeMessages from './17-sasl-handshake';
export type { ApiVersionsRequest, ApiVersionsResponse, ApiVersion, SupportedFeatureKey, FinalizedFeatureKey } from './18-api-versions';
export const ApiVersionsApi: typeof M18.ApiVersionsApi = lazyCodec({
  apiKey: 18,
  name: 'ApiVersions',
  validVersions: { min: 0, max: 4 },
  firstFlexibleVersion: 3,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 3 ? 2 : 1),
  responseHeaderVersion: () => 0,
}, () => (require('./18-api-versions') as typeof M18).ApiVersionsApi);
export type * as ApiVersionsMessages from './18-api-versions';
export type {
  CreateTopicsRequest, CreatableTopic, CreatableReplicaAssignment, CreatableTopicConfig, CreateTopicsResponse, CreatableTopicResult,
  CreatableTopicConfigs,
} from './19-create-topics';
export const CreateTopicsApi: typeof M19.CreateTopicsApi = lazyCodec({
  apiKey: 19,
  name: 'CreateTopics',
  validVersions: { min: 0, max: 7 },
  firstFlexibleVersion: 5,
  deprecatedVersions: { min: 0, max: 1 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 5 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 5 ? 1 : 0),
}, () => (require('./19-create-topics') as typeof M19).CreateTopicsApi);
export type * as CreateTopicsMessages from './19-create-topics';
export type { DeleteTopicsRequest, DeleteTopicState, DeleteTopicsResponse, DeletableTopicResult } from './20-delete-topics';
export const DeleteTopicsApi: typeof M20.DeleteTopicsApi = lazyCodec({
  apiKey: 20,
  name: 'DeleteTopics',
  validVersions: { min: 0, max: 6 },
  firstFlexibleVersion: 4,
  deprecatedVersions: { min: 0, max: 0 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 4 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 4 ? 1 : 0),
}, () => (require('./20-delete-topics') as typeof M20).DeleteTopicsApi);
export type * as DeleteTopicsMessages from './20-delete-topics';
export type {
  DeleteRecordsRequest, DeleteRecordsTopic, DeleteRecordsPartition, DeleteRecordsResponse, DeleteRecordsTopicResult,
  DeleteRecordsPartitionResult,
} from './21-delete-records';
export const DeleteRecordsApi: typeof M21.DeleteRecordsApi = lazyCodec({
  apiKey: 21,
  name: 'DeleteRecords',
  validVersions: { min: 0, max: 2 },
  firstFlexibleVersion: 2,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 2 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 2 ? 1 : 0),
}, () => (require('./21-delete-records') as typeof M21).DeleteRecordsApi);
export type * as DeleteRecordsMessages from './21-delete-records';
export type { InitProducerIdRequest, InitProducerIdResponse } from './22-init-producer-id';
export const InitProducerIdApi: typeof M22.InitProducerIdApi = lazyCodec({
  apiKey: 22,
  name: 'InitProducerId',
  validVersions: { min: 0, max: 5 },
  firstFlexibleVersion: 2,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 2 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 2 ? 1 : 0),
}, () => (require('./22-init-producer-id') as typeof M22).InitProducerIdApi);
export type * as InitProducerIdMessages from './22-init-producer-id';
export type {
  OffsetForLeaderEpochRequest, OffsetForLeaderTopic, OffsetForLeaderPartition, OffsetForLeaderEpochResponse, OffsetForLeaderTopicResult,
} from './23-offset-for-leader-epoch';
export const OffsetForLeaderEpochApi: typeof M23.OffsetForLeaderEpochApi = lazyCodec({
  apiKey: 23,
  name: 'OffsetForLeaderEpoch',
  validVersions: { min: 0, max: 4 },
  firstFlexibleVersion: 4,
  deprecatedVersions: { min: 0, max: 1 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 4 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 4 ? 1 : 0),
}, () => (require('./23-offset-for-leader-epoch') as typeof M23).OffsetForLeaderEpochApi);
export type * as OffsetForLeaderEpochMessages from './23-offset-for-leader-epoch';
export type {
  AddPartitionsToTxnRequest, AddPartitionsToTxnTransaction, AddPartitionsToTxnTopic, AddPartitionsToTxnResponse, AddPartitionsToTxnResult,
  AddPartitionsToTxnTopicResult, AddPartitionsToTxnPartitionResult,
} from './24-add-partitions-to-txn';
export const AddPartitionsToTxnApi: typeof M24.AddPartitionsToTxnApi = lazyCodec({
  apiKey: 24,
  name: 'AddPartitionsToTxn',
  validVersions: { min: 0, max: 5 },
  firstFlexibleVersion: 3,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 3 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 3 ? 1 : 0),
}, () => (require('./24-add-partitions-to-txn') as typeof M24).AddPartitionsToTxnApi);
export type * as AddPartitionsToTxnMessages from './24-add-partitions-to-txn';
export type { AddOffsetsToTxnRequest, AddOffsetsToTxnResponse } from './25-add-offsets-to-txn';
export const AddOffsetsToTxnApi: typeof M25.AddOffsetsToTxnApi = lazyCodec({
  apiKey: 25,
  name: 'AddOffsetsToTxn',
  validVersions: { min: 0, max: 4 },
  firstFlexibleVersion: 3,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 3 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 3 ? 1 : 0),
}, () => (require('./25-add-offsets-to-txn') as typeof M25).AddOffsetsToTxnApi);
export type * as AddOffsetsToTxnMessages from './25-add-offsets-to-txn';
export type { EndTxnRequest, EndTxnResponse } from './26-end-txn';
export const EndTxnApi: typeof M26.EndTxnApi = lazyCodec({
  apiKey: 26,
  name: 'EndTxn',
  validVersions: { min: 0, max: 5 },
  firstFlexibleVersion: 3,
  deprecatedVersions: null,
  latestVersionUnstable: true,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 3 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 3 ? 1 : 0),
}, () => (require('./26-end-txn') as typeof M26).EndTxnApi);
export type * as EndTxnMessages from './26-end-txn';
export type {
  WriteTxnMarkersRequest, WritableTxnMarker, WritableTxnMarkerTopic, WriteTxnMarkersResponse, WritableTxnMarkerResult,
  WritableTxnMarkerTopicResult, WritableTxnMarkerPartitionResult,
} from './27-write-txn-markers';
export const WriteTxnMarkersApi: typeof M27.WriteTxnMarkersApi = lazyCodec({
  apiKey: 27,
  name: 'WriteTxnMarkers',
  validVersions: { min: 0, max: 1 },
  firstFlexibleVersion: 1,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 1 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 1 ? 1 : 0),
}, () => (require('./27-write-txn-markers') as typeof M27).WriteTxnMarkersApi);
export type * as WriteTxnMarkersMessages from './27-write-txn-markers';
export type {
  TxnOffsetCommitRequest, TxnOffsetCommitRequestTopic, TxnOffsetCommitRequestPartition, TxnOffsetCommitResponse,
  TxnOffsetCommitResponseTopic, TxnOffsetCommitResponsePartition,
} from './28-txn-offset-commit';
export const TxnOffsetCommitApi: typeof M28.TxnOffsetCommitApi = lazyCodec({
  apiKey: 28,
  name: 'TxnOffsetCommit',
  validVersions: { min: 0, max: 4 },
  firstFlexibleVersion: 3,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 3 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 3 ? 1 : 0),
}, () => (require('./28-txn-offset-commit') as typeof M28).TxnOffsetCommitApi);
export type * as TxnOffsetCommitMessages from './28-txn-offset-commit';
export type { DescribeAclsRequest, DescribeAclsResponse, DescribeAclsResource, AclDescription } from './29-describe-acls';
export const DescribeAclsApi: typeof M29.DescribeAclsApi = lazyCodec({
  apiKey: 29,
  name: 'DescribeAcls',
  validVersions: { min: 0, max: 3 },
  firstFlexibleVersion: 2,
  deprecatedVersions: { min: 0, max: 0 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 2 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 2 ? 1 : 0),
}, () => (require('./29-describe-acls') as typeof M29).DescribeAclsApi);
export type * as DescribeAclsMessages from './29-describe-acls';
export type { CreateAclsRequest, AclCreation, CreateAclsResponse, AclCreationResult } from './30-create-acls';
export const CreateAclsApi: typeof M30.CreateAclsApi = lazyCodec({
  apiKey: 30,
  name: 'CreateAcls',
  validVersions: { min: 0, max: 3 },
  firstFlexibleVersion: 2,
  deprecatedVersions: { min: 0, max: 0 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 2 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 2 ? 1 : 0),
}, () => (require('./30-create-acls') as typeof M30).CreateAclsApi);
export type * as CreateAclsMessages from './30-create-acls';
export type {
  DeleteAclsRequest, DeleteAclsFilter, DeleteAclsResponse, DeleteAclsFilterResult, DeleteAclsMatchingAcl,
} from './31-delete-acls';
export const DeleteAclsApi: typeof M31.DeleteAclsApi = lazyCodec({
  apiKey: 31,
  name: 'DeleteAcls',
  validVersions: { min: 0, max: 3 },
  firstFlexibleVersion: 2,
  deprecatedVersions: { min: 0, max: 0 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 2 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 2 ? 1 : 0),
}, () => (require('./31-delete-acls') as typeof M31).DeleteAclsApi);
export type * as DeleteAclsMessages from './31-delete-acls';
export type {
  DescribeConfigsRequest, DescribeConfigsResource, DescribeConfigsResponse, DescribeConfigsResult, DescribeConfigsResourceResult,
  DescribeConfigsSynonym,
} from './32-describe-configs';
export const DescribeConfigsApi: typeof M32.DescribeConfigsApi = lazyCodec({
  apiKey: 32,
  name: 'DescribeConfigs',
  validVersions: { min: 0, max: 4 },
  firstFlexibleVersion: 4,
  deprecatedVersions: { min: 0, max: 0 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 4 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 4 ? 1 : 0),
}, () => (require('./32-describe-configs') as typeof M32).DescribeConfigsApi);
export type * as DescribeConfigsMessages from './32-describe-configs';
export type { AlterConfigsRequest, AlterConfigsResponse } from './33-alter-configs';
export const AlterConfigsApi: typeof M33.AlterConfigsApi = lazyCodec({
  apiKey: 33,
  name: 'AlterConfigs',
  validVersions: { min: 0, max: 2 },
  firstFlexibleVersion: 2,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 2 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 2 ? 1 : 0),
}, () => (require('./33-alter-configs') as typeof M33).AlterConfigsApi);
export type * as AlterConfigsMessages from './33-alter-configs';
export type {
  AlterReplicaLogDirsRequest, AlterReplicaLogDir, AlterReplicaLogDirTopic, AlterReplicaLogDirsResponse, AlterReplicaLogDirTopicResult,
  AlterReplicaLogDirPartitionResult,
} from './34-alter-replica-log-dirs';
export const AlterReplicaLogDirsApi: typeof M34.AlterReplicaLogDirsApi = lazyCodec({
  apiKey: 34,
  name: 'AlterReplicaLogDirs',
  validVersions: { min: 0, max: 2 },
  firstFlexibleVersion: 2,
  deprecatedVersions: { min: 0, max: 0 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 2 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 2 ? 1 : 0),
}, () => (require('./34-alter-replica-log-dirs') as typeof M34).AlterReplicaLogDirsApi);
export type * as AlterReplicaLogDirsMessages from './34-alter-replica-log-dirs';
export type {
  DescribeLogDirsRequest, DescribableLogDirTopic, DescribeLogDirsResponse, DescribeLogDirsResult, DescribeLogDirsTopic,
  DescribeLogDirsPartition,
} from './35-describe-log-dirs';
export const DescribeLogDirsApi: typeof M35.DescribeLogDirsApi = lazyCodec({
  apiKey: 35,
  name: 'DescribeLogDirs',
  validVersions: { min: 0, max: 4 },
  firstFlexibleVersion: 2,
  deprecatedVersions: { min: 0, max: 0 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 2 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 2 ? 1 : 0),
}, () => (require('./35-describe-log-dirs') as typeof M35).DescribeLogDirsApi);
export type * as DescribeLogDirsMessages from './35-describe-log-dirs';
export type { SaslAuthenticateRequest, SaslAuthenticateResponse } from './36-sasl-authenticate';
export const SaslAuthenticateApi: typeof M36.SaslAuthenticateApi = lazyCodec({
  apiKey: 36,
  name: 'SaslAuthenticate',
  validVersions: { min: 0, max: 2 },
  firstFlexibleVersion: 2,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: ['request.authBytes', 'response.authBytes'],
  requestHeaderVersion: (version) => (version >= 2 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 2 ? 1 : 0),
}, () => (require('./36-sasl-authenticate') as typeof M36).SaslAuthenticateApi);
export type * as SaslAuthenticateMessages from './36-sasl-authenticate';
export type {
  CreatePartitionsRequest, CreatePartitionsTopic, CreatePartitionsAssignment, CreatePartitionsResponse, CreatePartitionsTopicResult,
} from './37-create-partitions';
export const CreatePartitionsApi: typeof M37.CreatePartitionsApi = lazyCodec({
  apiKey: 37,
  name: 'CreatePartitions',
  validVersions: { min: 0, max: 3 },
  firstFlexibleVersion: 2,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 2 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 2 ? 1 : 0),
}, () => (require('./37-create-partitions') as typeof M37).CreatePartitionsApi);
export type * as CreatePartitionsMessages from './37-create-partitions';
export type { CreateDelegationTokenRequest, CreatableRenewers, CreateDelegationTokenResponse } from './38-create-delegation-token';
export const CreateDelegationTokenApi: typeof M38.CreateDelegationTokenApi = lazyCodec({
  apiKey: 38,
  name: 'CreateDelegationToken',
  validVersions: { min: 0, max: 3 },
  firstFlexibleVersion: 2,
  deprecatedVersions: { min: 0, max: 0 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: ['response.hmac'],
  requestHeaderVersion: (version) => (version >= 2 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 2 ? 1 : 0),
}, () => (require('./38-create-delegation-token') as typeof M38).CreateDelegationTokenApi);
export type * as CreateDelegationTokenMessages from './38-create-delegation-token';
export type { RenewDelegationTokenRequest, RenewDelegationTokenResponse } from './39-renew-delegation-token';
export const RenewDelegationTokenApi: typeof M39.RenewDelegationTokenApi = lazyCodec({
  apiKey: 39,
  name: 'RenewDelegationToken',
  validVersions: { min: 0, max: 2 },
  firstFlexibleVersion: 2,
  deprecatedVersions: { min: 0, max: 0 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: ['request.hmac'],
  requestHeaderVersion: (version) => (version >= 2 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 2 ? 1 : 0),
}, () => (require('./39-renew-delegation-token') as typeof M39).RenewDelegationTokenApi);
export type * as RenewDelegationTokenMessages from './39-renew-delegation-token';
export type { ExpireDelegationTokenRequest, ExpireDelegationTokenResponse } from './40-expire-delegation-token';
export const ExpireDelegationTokenApi: typeof M40.ExpireDelegationTokenApi = lazyCodec({
  apiKey: 40,
  name: 'ExpireDelegationToken',
  validVersions: { min: 0, max: 2 },
  firstFlexibleVersion: 2,
  deprecatedVersions: { min: 0, max: 0 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: ['request.hmac'],
  requestHeaderVersion: (version) => (version >= 2 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 2 ? 1 : 0),
}, () => (require('./40-expire-delegation-token') as typeof M40).ExpireDelegationTokenApi);
export type * as ExpireDelegationTokenMessages from './40-expire-delegation-token';
export type {
  DescribeDelegationTokenRequest, DescribeDelegationTokenOwner, DescribeDelegationTokenResponse, DescribedDelegationToken,
  DescribedDelegationTokenRenewer,
} from './41-describe-delegation-token';
export const DescribeDelegationTokenApi: typeof M41.DescribeDelegationTokenApi = lazyCodec({
  apiKey: 41,
  name: 'DescribeDelegationToken',
  validVersions: { min: 0, max: 3 },
  firstFlexibleVersion: 2,
  deprecatedVersions: { min: 0, max: 0 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: ['response.tokens[*].hmac'],
  requestHeaderVersion: (version) => (version >= 2 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 2 ? 1 : 0),
}, () => (require('./41-describe-delegation-token') as typeof M41).DescribeDelegationTokenApi);
export type * as DescribeDelegationTokenMessages from './41-describe-delegation-token';
export type { DeleteGroupsRequest, DeleteGroupsResponse, DeletableGroupResult } from './42-delete-groups';
export const DeleteGroupsApi: typeof M42.DeleteGroupsApi = lazyCodec({
  apiKey: 42,
  name: 'DeleteGroups',
  validVersions: { min: 0, max: 2 },
  firstFlexibleVersion: 2,
  deprecatedVersions: { min: 0, max: 0 },
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 2 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 2 ? 1 : 0),
}, () => (require('./42-delete-groups') as typeof M42).DeleteGroupsApi);
export type * as DeleteGroupsMessages from './42-delete-groups';
export type { ElectLeadersRequest, ElectLeadersResponse, ReplicaElectionResult } from './43-elect-leaders';
export const ElectLeadersApi: typeof M43.ElectLeadersApi = lazyCodec({
  apiKey: 43,
  name: 'ElectLeaders',
  validVersions: { min: 0, max: 2 },
  firstFlexibleVersion: 2,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 2 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 2 ? 1 : 0),
}, () => (require('./43-elect-leaders') as typeof M43).ElectLeadersApi);
export type * as ElectLeadersMessages from './43-elect-leaders';
export type { IncrementalAlterConfigsRequest, IncrementalAlterConfigsResponse } from './44-incremental-alter-configs';
export const IncrementalAlterConfigsApi: typeof M44.IncrementalAlterConfigsApi = lazyCodec({
  apiKey: 44,
  name: 'IncrementalAlterConfigs',
  validVersions: { min: 0, max: 1 },
  firstFlexibleVersion: 1,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 1 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 1 ? 1 : 0),
}, () => (require('./44-incremental-alter-configs') as typeof M44).IncrementalAlterConfigsApi);
export type * as IncrementalAlterConfigsMessages from './44-incremental-alter-configs';
export type {
  AlterPartitionReassignmentsRequest, ReassignableTopic, ReassignablePartition, AlterPartitionReassignmentsResponse,
  ReassignableTopicResponse, ReassignablePartitionResponse,
} from './45-alter-partition-reassignments';
export const AlterPartitionReassignmentsApi: typeof M45.AlterPartitionReassignmentsApi = lazyCodec({
  apiKey: 45,
  name: 'AlterPartitionReassignments',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['broker', 'controller', 'zkBroker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./45-alter-partition-reassignments') as typeof M45).AlterPartitionReassignmentsApi);
export type * as AlterPartitionReassignmentsMessages from './45-alter-partition-reassignments';
export type {
  ListPartitionReassignmentsRequest, ListPartitionReassignmentsTopics, ListPartitionReassignmentsResponse, OngoingTopicReassignment,
  OngoingPartitionReassignment,
} from './46-list-partition-reassignments';
export const ListPartitionReassignmentsApi: typeof M46.ListPartitionReassignmentsApi = lazyCodec({
  apiKey: 46,
  name: 'ListPartitionReassignments',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['broker', 'controller', 'zkBroker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./46-list-partition-reassignments') as typeof M46).ListPartitionReassignmentsApi);
export type * as ListPartitionReassignmentsMessages from './46-list-partition-reassignments';
export type {
  OffsetDeleteRequest, OffsetDeleteRequestTopic, OffsetDeleteRequestPartition, OffsetDeleteResponse, OffsetDeleteResponseTopic,
  OffsetDeleteResponsePartition,
} from './47-offset-delete';
export const OffsetDeleteApi: typeof M47.OffsetDeleteApi = lazyCodec({
  apiKey: 47,
  name: 'OffsetDelete',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: null,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: () => 1,
  responseHeaderVersion: () => 0,
}, () => (require('./47-offset-delete') as typeof M47).OffsetDeleteApi);
export type * as OffsetDeleteMessages from './47-offset-delete';
export type {
  DescribeClientQuotasRequest, ComponentData, DescribeClientQuotasResponse, EntryData, EntityData, ValueData,
} from './48-describe-client-quotas';
export const DescribeClientQuotasApi: typeof M48.DescribeClientQuotasApi = lazyCodec({
  apiKey: 48,
  name: 'DescribeClientQuotas',
  validVersions: { min: 0, max: 1 },
  firstFlexibleVersion: 1,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 1 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 1 ? 1 : 0),
}, () => (require('./48-describe-client-quotas') as typeof M48).DescribeClientQuotasApi);
export type * as DescribeClientQuotasMessages from './48-describe-client-quotas';
export type {
  AlterClientQuotasRequest, AlterClientQuotasRequestEntryData, AlterClientQuotasRequestEntityData, OpData, AlterClientQuotasResponse,
  AlterClientQuotasResponseEntryData, AlterClientQuotasResponseEntityData,
} from './49-alter-client-quotas';
export const AlterClientQuotasApi: typeof M49.AlterClientQuotasApi = lazyCodec({
  apiKey: 49,
  name: 'AlterClientQuotas',
  validVersions: { min: 0, max: 1 },
  firstFlexibleVersion: 1,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 1 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 1 ? 1 : 0),
}, () => (require('./49-alter-client-quotas') as typeof M49).AlterClientQuotasApi);
export type * as AlterClientQuotasMessages from './49-alter-client-quotas';
export type {
  DescribeUserScramCredentialsRequest, UserName, DescribeUserScramCredentialsResponse, DescribeUserScramCredentialsResult, CredentialInfo,
} from './50-describe-user-scram-credentials';
export const DescribeUserScramCredentialsApi: typeof M50.DescribeUserScramCredentialsApi = lazyCodec({
  apiKey: 50,
  name: 'DescribeUserScramCredentials',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./50-describe-user-scram-credentials') as typeof M50).DescribeUserScramCredentialsApi);
export type * as DescribeUserScramCredentialsMessages from './50-describe-user-scram-credentials';
export type {
  AlterUserScramCredentialsRequest, ScramCredentialDeletion, ScramCredentialUpsertion, AlterUserScramCredentialsResponse,
  AlterUserScramCredentialsResult,
} from './51-alter-user-scram-credentials';
export const AlterUserScramCredentialsApi: typeof M51.AlterUserScramCredentialsApi = lazyCodec({
  apiKey: 51,
  name: 'AlterUserScramCredentials',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: ['request.upsertions[*].salt', 'request.upsertions[*].saltedPassword'],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./51-alter-user-scram-credentials') as typeof M51).AlterUserScramCredentialsApi);
export type * as AlterUserScramCredentialsMessages from './51-alter-user-scram-credentials';
export type {
  VoteRequest, VoteRequestTopicData, VoteRequestPartitionData, VoteResponse, VoteResponseTopicData, VoteResponsePartitionData,
} from './52-vote';
export const VoteApi: typeof M52.VoteApi = lazyCodec({
  apiKey: 52,
  name: 'Vote',
  validVersions: { min: 0, max: 1 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./52-vote') as typeof M52).VoteApi);
export type * as VoteMessages from './52-vote';
export type {
  BeginQuorumEpochRequest, BeginQuorumEpochRequestTopicData, BeginQuorumEpochRequestPartitionData, BeginQuorumEpochResponse,
  BeginQuorumEpochResponseTopicData, BeginQuorumEpochResponsePartitionData,
} from './53-begin-quorum-epoch';
export const BeginQuorumEpochApi: typeof M53.BeginQuorumEpochApi = lazyCodec({
  apiKey: 53,
  name: 'BeginQuorumEpoch',
  validVersions: { min: 0, max: 1 },
  firstFlexibleVersion: 1,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 1 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 1 ? 1 : 0),
}, () => (require('./53-begin-quorum-epoch') as typeof M53).BeginQuorumEpochApi);
export type * as BeginQuorumEpochMessages from './53-begin-quorum-epoch';
export type {
  EndQuorumEpochRequest, EndQuorumEpochRequestTopicData, EndQuorumEpochRequestPartitionData, ReplicaInfo, EndQuorumEpochResponse,
  EndQuorumEpochResponseTopicData, EndQuorumEpochResponsePartitionData,
} from './54-end-quorum-epoch';
export const EndQuorumEpochApi: typeof M54.EndQuorumEpochApi = lazyCodec({
  apiKey: 54,
  name: 'EndQuorumEpoch',
  validVersions: { min: 0, max: 1 },
  firstFlexibleVersion: 1,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 1 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 1 ? 1 : 0),
}, () => (require('./54-end-quorum-epoch') as typeof M54).EndQuorumEpochApi);
export type * as EndQuorumEpochMessages from './54-end-quorum-epoch';
export type {
  DescribeQuorumRequest, DescribeQuorumRequestTopicData, DescribeQuorumRequestPartitionData, DescribeQuorumResponse,
  DescribeQuorumResponseTopicData, DescribeQuorumResponsePartitionData, Node,
} from './55-describe-quorum';
export const DescribeQuorumApi: typeof M55.DescribeQuorumApi = lazyCodec({
  apiKey: 55,
  name: 'DescribeQuorum',
  validVersions: { min: 0, max: 2 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./55-describe-quorum') as typeof M55).DescribeQuorumApi);
export type * as DescribeQuorumMessages from './55-describe-quorum';
export type {
  AlterPartitionRequest, AlterPartitionRequestTopicData, AlterPartitionRequestPartitionData, BrokerState, AlterPartitionResponse,
  AlterPartitionResponseTopicData, AlterPartitionResponsePartitionData,
} from './56-alter-partition';
export const AlterPartitionApi: typeof M56.AlterPartitionApi = lazyCodec({
  apiKey: 56,
  name: 'AlterPartition',
  validVersions: { min: 0, max: 3 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./56-alter-partition') as typeof M56).AlterPartitionApi);
export type * as AlterPartitionMessages from './56-alter-partition';
export type { UpdateFeaturesRequest, FeatureUpdateKey, UpdateFeaturesResponse, UpdatableFeatureResult } from './57-update-features';
export const UpdateFeaturesApi: typeof M57.UpdateFeaturesApi = lazyCodec({
  apiKey: 57,
  name: 'UpdateFeatures',
  validVersions: { min: 0, max: 2 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./57-update-features') as typeof M57).UpdateFeaturesApi);
export type * as UpdateFeaturesMessages from './57-update-features';
export type { EnvelopeRequest, EnvelopeResponse } from './58-envelope';
export const EnvelopeApi: typeof M58.EnvelopeApi = lazyCodec({
  apiKey: 58,
  name: 'Envelope',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['controller', 'zkBroker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./58-envelope') as typeof M58).EnvelopeApi);
export type * as EnvelopeMessages from './58-envelope';
export type {
  FetchSnapshotRequest, FetchSnapshotRequestTopicSnapshot, FetchSnapshotRequestPartitionSnapshot, FetchSnapshotRequestSnapshotId,
  FetchSnapshotResponse, FetchSnapshotResponseTopicSnapshot, FetchSnapshotResponsePartitionSnapshot, FetchSnapshotResponseSnapshotId,
} from './59-fetch-snapshot';
export const FetchSnapshotApi: typeof M59.FetchSnapshotApi = lazyCodec({
  apiKey: 59,
  name: 'FetchSnapshot',
  validVersions: { min: 0, max: 1 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./59-fetch-snapshot') as typeof M59).FetchSnapshotApi);
export type * as FetchSnapshotMessages from './59-fetch-snapshot';
export type { DescribeClusterRequest, DescribeClusterResponse, DescribeClusterBroker } from './60-describe-cluster';
export const DescribeClusterApi: typeof M60.DescribeClusterApi = lazyCodec({
  apiKey: 60,
  name: 'DescribeCluster',
  validVersions: { min: 0, max: 1 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./60-describe-cluster') as typeof M60).DescribeClusterApi);
export type * as DescribeClusterMessages from './60-describe-cluster';
export type {
  DescribeProducersRequest, DescribeProducersResponse, TopicResponse, PartitionResponse, ProducerState,
} from './61-describe-producers';
export const DescribeProducersApi: typeof M61.DescribeProducersApi = lazyCodec({
  apiKey: 61,
  name: 'DescribeProducers',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./61-describe-producers') as typeof M61).DescribeProducersApi);
export type * as DescribeProducersMessages from './61-describe-producers';
export type { BrokerRegistrationRequest, BrokerRegistrationResponse } from './62-broker-registration';
export const BrokerRegistrationApi: typeof M62.BrokerRegistrationApi = lazyCodec({
  apiKey: 62,
  name: 'BrokerRegistration',
  validVersions: { min: 0, max: 4 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./62-broker-registration') as typeof M62).BrokerRegistrationApi);
export type * as BrokerRegistrationMessages from './62-broker-registration';
export type { BrokerHeartbeatRequest, BrokerHeartbeatResponse } from './63-broker-heartbeat';
export const BrokerHeartbeatApi: typeof M63.BrokerHeartbeatApi = lazyCodec({
  apiKey: 63,
  name: 'BrokerHeartbeat',
  validVersions: { min: 0, max: 1 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./63-broker-heartbeat') as typeof M63).BrokerHeartbeatApi);
export type * as BrokerHeartbeatMessages from './63-broker-heartbeat';
export type { UnregisterBrokerRequest, UnregisterBrokerResponse } from './64-unregister-broker';
export const UnregisterBrokerApi: typeof M64.UnregisterBrokerApi = lazyCodec({
  apiKey: 64,
  name: 'UnregisterBroker',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['broker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./64-unregister-broker') as typeof M64).UnregisterBrokerApi);
export type * as UnregisterBrokerMessages from './64-unregister-broker';
export type { DescribeTransactionsRequest, DescribeTransactionsResponse, TopicData } from './65-describe-transactions';
export const DescribeTransactionsApi: typeof M65.DescribeTransactionsApi = lazyCodec({
  apiKey: 65,
  name: 'DescribeTransactions',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./65-describe-transactions') as typeof M65).DescribeTransactionsApi);
export type * as DescribeTransactionsMessages from './65-describe-transactions';
export type { ListTransactionsRequest, ListTransactionsResponse } from './66-list-transactions';
export const ListTransactionsApi: typeof M66.ListTransactionsApi = lazyCodec({
  apiKey: 66,
  name: 'ListTransactions',
  validVersions: { min: 0, max: 1 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./66-list-transactions') as typeof M66).ListTransactionsApi);
export type * as ListTransactionsMessages from './66-list-transactions';
export type { AllocateProducerIdsRequest, AllocateProducerIdsResponse } from './67-allocate-producer-ids';
export const AllocateProducerIdsApi: typeof M67.AllocateProducerIdsApi = lazyCodec({
  apiKey: 67,
  name: 'AllocateProducerIds',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./67-allocate-producer-ids') as typeof M67).AllocateProducerIdsApi);
export type * as AllocateProducerIdsMessages from './67-allocate-producer-ids';
export type {
  ConsumerGroupHeartbeatRequest, ConsumerGroupHeartbeatRequestTopicPartitions, ConsumerGroupHeartbeatResponse,
  ConsumerGroupHeartbeatResponseTopicPartitions,
} from './68-consumer-group-heartbeat';
export const ConsumerGroupHeartbeatApi: typeof M68.ConsumerGroupHeartbeatApi = lazyCodec({
  apiKey: 68,
  name: 'ConsumerGroupHeartbeat',
  validVersions: { min: 0, max: 1 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: true,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./68-consumer-group-heartbeat') as typeof M68).ConsumerGroupHeartbeatApi);
export type * as ConsumerGroupHeartbeatMessages from './68-consumer-group-heartbeat';
export type { ConsumerGroupDescribeRequest, ConsumerGroupDescribeResponse } from './69-consumer-group-describe';
export const ConsumerGroupDescribeApi: typeof M69.ConsumerGroupDescribeApi = lazyCodec({
  apiKey: 69,
  name: 'ConsumerGroupDescribe',
  validVersions: { min: 0, max: 1 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['zkBroker', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./69-consumer-group-describe') as typeof M69).ConsumerGroupDescribeApi);
export type * as ConsumerGroupDescribeMessages from './69-consumer-group-describe';
export type { ControllerRegistrationRequest, ControllerRegistrationResponse } from './70-controller-registration';
export const ControllerRegistrationApi: typeof M70.ControllerRegistrationApi = lazyCodec({
  apiKey: 70,
  name: 'ControllerRegistration',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./70-controller-registration') as typeof M70).ControllerRegistrationApi);
export type * as ControllerRegistrationMessages from './70-controller-registration';
export type { GetTelemetrySubscriptionsRequest, GetTelemetrySubscriptionsResponse } from './71-get-telemetry-subscriptions';
export const GetTelemetrySubscriptionsApi: typeof M71.GetTelemetrySubscriptionsApi = lazyCodec({
  apiKey: 71,
  name: 'GetTelemetrySubscriptions',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./71-get-telemetry-subscriptions') as typeof M71).GetTelemetrySubscriptionsApi);
export type * as GetTelemetrySubscriptionsMessages from './71-get-telemetry-subscriptions';
export type { PushTelemetryRequest, PushTelemetryResponse } from './72-push-telemetry';
export const PushTelemetryApi: typeof M72.PushTelemetryApi = lazyCodec({
  apiKey: 72,
  name: 'PushTelemetry',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./72-push-telemetry') as typeof M72).PushTelemetryApi);
export type * as PushTelemetryMessages from './72-push-telemetry';
export type {
  AssignReplicasToDirsRequest, AssignReplicasToDirsRequestDirectoryData, AssignReplicasToDirsRequestTopicData,
  AssignReplicasToDirsRequestPartitionData, AssignReplicasToDirsResponse, AssignReplicasToDirsResponseDirectoryData,
  AssignReplicasToDirsResponseTopicData, AssignReplicasToDirsResponsePartitionData,
} from './73-assign-replicas-to-dirs';
export const AssignReplicasToDirsApi: typeof M73.AssignReplicasToDirsApi = lazyCodec({
  apiKey: 73,
  name: 'AssignReplicasToDirs',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./73-assign-replicas-to-dirs') as typeof M73).AssignReplicasToDirsApi);
export type * as AssignReplicasToDirsMessages from './73-assign-replicas-to-dirs';
export type {
  ListClientMetricsResourcesRequest, ListClientMetricsResourcesResponse, ClientMetricsResource,
} from './74-list-client-metrics-resources';
export const ListClientMetricsResourcesApi: typeof M74.ListClientMetricsResourcesApi = lazyCodec({
  apiKey: 74,
  name: 'ListClientMetricsResources',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./74-list-client-metrics-resources') as typeof M74).ListClientMetricsResourcesApi);
export type * as ListClientMetricsResourcesMessages from './74-list-client-metrics-resources';
export type {
  DescribeTopicPartitionsRequest, DescribeTopicPartitionsRequestCursor, DescribeTopicPartitionsResponse,
  DescribeTopicPartitionsResponseTopic, DescribeTopicPartitionsResponsePartition, DescribeTopicPartitionsResponseCursor,
} from './75-describe-topic-partitions';
export const DescribeTopicPartitionsApi: typeof M75.DescribeTopicPartitionsApi = lazyCodec({
  apiKey: 75,
  name: 'DescribeTopicPartitions',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./75-describe-topic-partitions') as typeof M75).DescribeTopicPartitionsApi);
export type * as DescribeTopicPartitionsMessages from './75-describe-topic-partitions';
export type { ShareGroupHeartbeatRequest, ShareGroupHeartbeatResponse } from './76-share-group-heartbeat';
export const ShareGroupHeartbeatApi: typeof M76.ShareGroupHeartbeatApi = lazyCodec({
  apiKey: 76,
  name: 'ShareGroupHeartbeat',
  validVersions: { min: 0, max: 1 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./76-share-group-heartbeat') as typeof M76).ShareGroupHeartbeatApi);
export type * as ShareGroupHeartbeatMessages from './76-share-group-heartbeat';
export type { ShareGroupDescribeRequest, ShareGroupDescribeResponse } from './77-share-group-describe';
export const ShareGroupDescribeApi: typeof M77.ShareGroupDescribeApi = lazyCodec({
  apiKey: 77,
  name: 'ShareGroupDescribe',
  validVersions: { min: 0, max: 1 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./77-share-group-describe') as typeof M77).ShareGroupDescribeApi);
export type * as ShareGroupDescribeMessages from './77-share-group-describe';
export type { ShareFetchRequest, ShareFetchResponse, ShareFetchableTopicResponse, AcquiredRecords } from './78-share-fetch';
export const ShareFetchApi: typeof M78.ShareFetchApi = lazyCodec({
  apiKey: 78,
  name: 'ShareFetch',
  validVersions: { min: 0, max: 2 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./78-share-fetch') as typeof M78).ShareFetchApi);
export type * as ShareFetchMessages from './78-share-fetch';
export type {
  ShareAcknowledgeRequest, AcknowledgeTopic, AcknowledgePartition, ShareAcknowledgeResponse, ShareAcknowledgeTopicResponse,
} from './79-share-acknowledge';
export const ShareAcknowledgeApi: typeof M79.ShareAcknowledgeApi = lazyCodec({
  apiKey: 79,
  name: 'ShareAcknowledge',
  validVersions: { min: 0, max: 2 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./79-share-acknowledge') as typeof M79).ShareAcknowledgeApi);
export type * as ShareAcknowledgeMessages from './79-share-acknowledge';
export type { AddRaftVoterRequest, AddRaftVoterResponse } from './80-add-raft-voter';
export const AddRaftVoterApi: typeof M80.AddRaftVoterApi = lazyCodec({
  apiKey: 80,
  name: 'AddRaftVoter',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['controller', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./80-add-raft-voter') as typeof M80).AddRaftVoterApi);
export type * as AddRaftVoterMessages from './80-add-raft-voter';
export type { RemoveRaftVoterRequest, RemoveRaftVoterResponse } from './81-remove-raft-voter';
export const RemoveRaftVoterApi: typeof M81.RemoveRaftVoterApi = lazyCodec({
  apiKey: 81,
  name: 'RemoveRaftVoter',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['controller', 'broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./81-remove-raft-voter') as typeof M81).RemoveRaftVoterApi);
export type * as RemoveRaftVoterMessages from './81-remove-raft-voter';
export type { UpdateRaftVoterRequest, KRaftVersionFeature, UpdateRaftVoterResponse, CurrentLeader } from './82-update-raft-voter';
export const UpdateRaftVoterApi: typeof M82.UpdateRaftVoterApi = lazyCodec({
  apiKey: 82,
  name: 'UpdateRaftVoter',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['controller'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./82-update-raft-voter') as typeof M82).UpdateRaftVoterApi);
export type * as UpdateRaftVoterMessages from './82-update-raft-voter';
export type {
  InitializeShareGroupStateRequest, InitializeStateData, InitializeShareGroupStateResponse, InitializeStateResult,
} from './83-initialize-share-group-state';
export const InitializeShareGroupStateApi: typeof M83.InitializeShareGroupStateApi = lazyCodec({
  apiKey: 83,
  name: 'InitializeShareGroupState',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: true,
  listeners: ['broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./83-initialize-share-group-state') as typeof M83).InitializeShareGroupStateApi);
export type * as InitializeShareGroupStateMessages from './83-initialize-share-group-state';
export type { ReadShareGroupStateRequest, ReadStateData, ReadShareGroupStateResponse, ReadStateResult } from './84-read-share-group-state';
export const ReadShareGroupStateApi: typeof M84.ReadShareGroupStateApi = lazyCodec({
  apiKey: 84,
  name: 'ReadShareGroupState',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: true,
  listeners: ['broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./84-read-share-group-state') as typeof M84).ReadShareGroupStateApi);
export type * as ReadShareGroupStateMessages from './84-read-share-group-state';
export type {
  WriteShareGroupStateRequest, WriteStateData, WriteShareGroupStateResponse, WriteStateResult,
} from './85-write-share-group-state';
export const WriteShareGroupStateApi: typeof M85.WriteShareGroupStateApi = lazyCodec({
  apiKey: 85,
  name: 'WriteShareGroupState',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: true,
  listeners: ['broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./85-write-share-group-state') as typeof M85).WriteShareGroupStateApi);
export type * as WriteShareGroupStateMessages from './85-write-share-group-state';
export type {
  DeleteShareGroupStateRequest, DeleteStateData, DeleteShareGroupStateResponse, DeleteStateResult,
} from './86-delete-share-group-state';
export const DeleteShareGroupStateApi: typeof M86.DeleteShareGroupStateApi = lazyCodec({
  apiKey: 86,
  name: 'DeleteShareGroupState',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: true,
  listeners: ['broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./86-delete-share-group-state') as typeof M86).DeleteShareGroupStateApi);
export type * as DeleteShareGroupStateMessages from './86-delete-share-group-state';
export type {
  ReadShareGroupStateSummaryRequest, ReadStateSummaryData, ReadShareGroupStateSummaryResponse, ReadStateSummaryResult,
} from './87-read-share-group-state-summary';
export const ReadShareGroupStateSummaryApi: typeof M87.ReadShareGroupStateSummaryApi = lazyCodec({
  apiKey: 87,
  name: 'ReadShareGroupStateSummary',
  validVersions: { min: 0, max: 0 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: true,
  listeners: ['broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./87-read-share-group-state-summary') as typeof M87).ReadShareGroupStateSummaryApi);
export type * as ReadShareGroupStateSummaryMessages from './87-read-share-group-state-summary';
export type {
  DescribeShareGroupOffsetsRequest, DescribeShareGroupOffsetsRequestGroup, DescribeShareGroupOffsetsRequestTopic,
  DescribeShareGroupOffsetsResponse, DescribeShareGroupOffsetsResponseGroup, DescribeShareGroupOffsetsResponseTopic,
  DescribeShareGroupOffsetsResponsePartition,
} from './90-describe-share-group-offsets';
export const DescribeShareGroupOffsetsApi: typeof M90.DescribeShareGroupOffsetsApi = lazyCodec({
  apiKey: 90,
  name: 'DescribeShareGroupOffsets',
  validVersions: { min: 0, max: 1 },
  firstFlexibleVersion: 0,
  deprecatedVersions: null,
  latestVersionUnstable: false,
  listeners: ['broker'],
  sensitiveFields: [],
  requestHeaderVersion: (version) => (version >= 0 ? 2 : 1),
  responseHeaderVersion: (version) => (version >= 0 ? 1 : 0),
}, () => (require('./90-describe-share-group-offsets') as typeof M90).DescribeShareGroupOffsetsApi);
export type * as DescribeShareGroupOffsetsMessages from './90-describe-share-group-offsets';

/** Every generated codec by API key. */
export const apiCodecs: ReadonlyMap<number, ApiCodec<unknown, unknown>> = new Map<number, ApiCodec<unknown, unknown>>([
  [0, ProduceApi as ApiCodec<unknown, unknown>],
  [1, FetchApi as ApiCodec<unknown, unknown>],
  [2, ListOffsetsApi as ApiCodec<unknown, unknown>],
  [3, MetadataApi as ApiCodec<unknown, unknown>],
  [4, LeaderAndIsrApi as ApiCodec<unknown, unknown>],
  [5, StopReplicaApi as ApiCodec<unknown, unknown>],
  [6, UpdateMetadataApi as ApiCodec<unknown, unknown>],
  [7, ControlledShutdownApi as ApiCodec<unknown, unknown>],
  [8, OffsetCommitApi as ApiCodec<unknown, unknown>],
  [9, OffsetFetchApi as ApiCodec<unknown, unknown>],
  [10, FindCoordinatorApi as ApiCodec<unknown, unknown>],
  [11, JoinGroupApi as ApiCodec<unknown, unknown>],
  [12, HeartbeatApi as ApiCodec<unknown, unknown>],
  [13, LeaveGroupApi as ApiCodec<unknown, unknown>],
  [14, SyncGroupApi as ApiCodec<unknown, unknown>],
  [15, DescribeGroupsApi as ApiCodec<unknown, unknown>],
  [16, ListGroupsApi as ApiCodec<unknown, unknown>],
  [17, SaslHandshakeApi as ApiCodec<unknown, unknown>],
  [18, ApiVersionsApi as ApiCodec<unknown, unknown>],
  [19, CreateTopicsApi as ApiCodec<unknown, unknown>],
  [20, DeleteTopicsApi as ApiCodec<unknown, unknown>],
  [21, DeleteRecordsApi as ApiCodec<unknown, unknown>],
  [22, InitProducerIdApi as ApiCodec<unknown, unknown>],
  [23, OffsetForLeaderEpochApi as ApiCodec<unknown, unknown>],
  [24, AddPartitionsToTxnApi as ApiCodec<unknown, unknown>],
  [25, AddOffsetsToTxnApi as ApiCodec<unknown, unknown>],
  [26, EndTxnApi as ApiCodec<unknown, unknown>],
  [27, WriteTxnMarkersApi as ApiCodec<unknown, unknown>],
  [28, TxnOffsetCommitApi as ApiCodec<unknown, unknown>],
  [29, DescribeAclsApi as ApiCodec<unknown, unknown>],
  [30, CreateAclsApi as ApiCodec<unknown, unknown>],
  [31, DeleteAclsApi as ApiCodec<unknown, unknown>],
  [32, DescribeConfigsApi as ApiCodec<unknown, unknown>],
  [33, AlterConfigsApi as ApiCodec<unknown, unknown>],
  [34, AlterReplicaLogDirsApi as ApiCodec<unknown, unknown>],
  [35, DescribeLogDirsApi as ApiCodec<unknown, unknown>],
  [36, SaslAuthenticateApi as ApiCodec<unknown, unknown>],
  [37, CreatePartitionsApi as ApiCodec<unknown, unknown>],
  [38, CreateDelegationTokenApi as ApiCodec<unknown, unknown>],
  [39, RenewDelegationTokenApi as ApiCodec<unknown, unknown>],
  [40, ExpireDelegationTokenApi as ApiCodec<unknown, unknown>],
  [41, DescribeDelegationTokenApi as ApiCodec<unknown, unknown>],
  [42, DeleteGroupsApi as ApiCodec<unknown, unknown>],
  [43, ElectLeadersApi as ApiCodec<unknown, unknown>],
  [44, IncrementalAlterConfigsApi as ApiCodec<unknown, unknown>],
  [45, AlterPartitionReassignmentsApi as ApiCodec<unknown, unknown>],
  [46, ListPartitionReassignmentsApi as ApiCodec<unknown, unknown>],
  [47, OffsetDeleteApi as ApiCodec<unknown, unknown>],
  [48, DescribeClientQuotasApi as ApiCodec<unknown, unknown>],
  [49, AlterClientQuotasApi as ApiCodec<unknown, unknown>],
  [50, DescribeUserScramCredentialsApi as ApiCodec<unknown, unknown>],
  [51, AlterUserScramCredentialsApi as ApiCodec<unknown, unknown>],
  [52, VoteApi as ApiCodec<unknown, unknown>],
  [53, BeginQuorumEpochApi as ApiCodec<unknown, unknown>],
  [54, EndQuorumEpochApi as ApiCodec<unknown, unknown>],
  [55, DescribeQuorumApi as ApiCodec<unknown, unknown>],
  [56, AlterPartitionApi as ApiCodec<unknown, unknown>],
  [57, UpdateFeaturesApi as ApiCodec<unknown, unknown>],
  [58, EnvelopeApi as ApiCodec<unknown, unknown>],
  [59, FetchSnapshotApi as ApiCodec<unknown, unknown>],
  [60, DescribeClusterApi as ApiCodec<unknown, unknown>],
  [61, DescribeProducersApi as ApiCodec<unknown, unknown>],
  [62, BrokerRegistrationApi as ApiCodec<unknown, unknown>],
  [63, BrokerHeartbeatApi as ApiCodec<unknown, unknown>],
  [64, UnregisterBrokerApi as ApiCodec<unknown, unknown>],
  [65, DescribeTransactionsApi as ApiCodec<unknown, unknown>],
  [66, ListTransactionsApi as ApiCodec<unknown, unknown>],
  [67, AllocateProducerIdsApi as ApiCodec<unknown, unknown>],
  [68, ConsumerGroupHeartbeatApi as ApiCodec<unknown, unknown>],
  [69, ConsumerGroupDescribeApi as ApiCodec<unknown, unknown>],
  [70, ControllerRegistrationApi as ApiCodec<unknown, unknown>],
  [71, GetTelemetrySubscriptionsApi as ApiCodec<unknown, unknown>],
  [72, PushTelemetryApi as ApiCodec<unknown, unknown>],
  [73, AssignReplicasToDirsApi as ApiCodec<unknown, unknown>],
  [74, ListClientMetricsResourcesApi as ApiCodec<unknown, unknown>],
  [75, DescribeTopicPartitionsApi as ApiCodec<unknown, unknown>],
  [76, ShareGroupHeartbeatApi as ApiCodec<unknown, unknown>],
  [77, ShareGroupDescribeApi as ApiCodec<unknown, unknown>],
  [78, ShareFetchApi as ApiCodec<unknown, unknown>],
  [79, ShareAcknowledgeApi as ApiCodec<unknown, unknown>],
  [80, AddRaftVoterApi as ApiCodec<unknown, unknown>],
  [81, RemoveRaftVoterApi as ApiCodec<unknown, unknown>],
  [82, UpdateRaftVoterApi as ApiCodec<unknown, unknown>],
  [83, InitializeShareGroupStateApi as ApiCodec<unknown, unknown>],
  [84, ReadShareGroupStateApi as ApiCodec<unknown, unknown>],
  [85, WriteShareGroupStateApi as ApiCodec<unknown, unknown>],
  [86, DeleteShareGroupStateApi as ApiCodec<unknown, unknown>],
  [87, ReadShareGroupStateSummaryApi as ApiCodec<unknown, unknown>],
  [90, DescribeShareGroupOffsetsApi as ApiCodec<unknown, unknown>],
]);
