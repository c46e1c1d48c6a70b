// Generated from protocol-specs/*.json by scripts/gen-protocol.ts. Do not edit.

import type { ApiCodec } from '../api-codec';
import { ProduceApi } from './00-produce';
import { FetchApi } from './01-fetch';
import { ListOffsetsApi } from './02-list-offsets';
import { MetadataApi } from './03-metadata';
import { LeaderAndIsrApi } from './04-leader-and-isr';
import { StopReplicaApi } from './05-stop-replica';
import { UpdateMetadataApi } from './06-update-metadata';
import { ControlledShutdownApi } from './07-controlled-shutdown';
import { OffsetCommitApi } from './08-offset-commit';
import { OffsetFetchApi } from './09-offset-fetch';
import { FindCoordinatorApi } from './10-find-coordinator';
import { JoinGroupApi } from './11-join-group';
import { HeartbeatApi } from './12-heartbeat';
import { LeaveGroupApi } from './13-leave-group';
import { SyncGroupApi } from './14-sync-group';
import { DescribeGroupsApi } from './15-describe-groups';
import { ListGroupsApi } from './16-list-groups';
import { SaslHandshakeApi } from './17-sasl-handshake';
import { ApiVersionsApi } from './18-api-versions';
import { CreateTopicsApi } from './19-create-topics';
import { DeleteTopicsApi } from './20-delete-topics';
import { DeleteRecordsApi } from './21-delete-records';
import { InitProducerIdApi } from './22-init-producer-id';
import { OffsetForLeaderEpochApi } from './23-offset-for-leader-epoch';
import { AddPartitionsToTxnApi } from './24-add-partitions-to-txn';
import { AddOffsetsToTxnApi } from './25-add-offsets-to-txn';
import { EndTxnApi } from './26-end-txn';
import { WriteTxnMarkersApi } from './27-write-txn-markers';
import { TxnOffsetCommitApi } from './28-txn-offset-commit';
import { DescribeAclsApi } from './29-describe-acls';
import { CreateAclsApi } from './30-create-acls';
import { DeleteAclsApi } from './31-delete-acls';
import { DescribeConfigsApi } from './32-describe-configs';
import { AlterConfigsApi } from './33-alter-configs';
import { AlterReplicaLogDirsApi } from './34-alter-replica-log-dirs';
import { DescribeLogDirsApi } from './35-describe-log-dirs';
import { SaslAuthenticateApi } from './36-sasl-authenticate';
import { CreatePartitionsApi } from './37-create-partitions';
import { CreateDelegationTokenApi } from './38-create-delegation-token';
import { RenewDelegationTokenApi } from './39-renew-delegation-token';
import { ExpireDelegationTokenApi } from './40-expire-delegation-token';
import { DescribeDelegationTokenApi } from './41-describe-delegation-token';
import { DeleteGroupsApi } from './42-delete-groups';
import { ElectLeadersApi } from './43-elect-leaders';
import { IncrementalAlterConfigsApi } from './44-incremental-alter-configs';
import { AlterPartitionReassignmentsApi } from './45-alter-partition-reassignments';
import { ListPartitionReassignmentsApi } from './46-list-partition-reassignments';
import { OffsetDeleteApi } from './47-offset-delete';
import { DescribeClientQuotasApi } from './48-describe-client-quotas';
import { AlterClientQuotasApi } from './49-alter-client-quotas';
import { DescribeUserScramCredentialsApi } from './50-describe-user-scram-credentials';
import { AlterUserScramCredentialsApi } from './51-alter-user-scram-credentials';
import { VoteApi } from './52-vote';
import { BeginQuorumEpochApi } from './53-begin-quorum-epoch';
import { EndQuorumEpochApi } from './54-end-quorum-epoch';
import { DescribeQuorumApi } from './55-describe-quorum';
import { AlterPartitionApi } from './56-alter-partition';
import { UpdateFeaturesApi } from './57-update-features';
import { EnvelopeApi } from './58-envelope';
import { FetchSnapshotApi } from './59-fetch-snapshot';
import { DescribeClusterApi } from './60-describe-cluster';
import { DescribeProducersApi } from './61-describe-producers';
import { BrokerRegistrationApi } from './62-broker-registration';
import { BrokerHeartbeatApi } from './63-broker-heartbeat';
import { UnregisterBrokerApi } from './64-unregister-broker';
import { DescribeTransactionsApi } from './65-describe-transactions';
import { ListTransactionsApi } from './66-list-transactions';
import { AllocateProducerIdsApi } from './67-allocate-producer-ids';
import { ConsumerGroupHeartbeatApi } from './68-consumer-group-heartbeat';
import { ConsumerGroupDescribeApi } from './69-consumer-group-describe';
import { ControllerRegistrationApi } from './70-controller-registration';
import { GetTelemetrySubscriptionsApi } from './71-get-telemetry-subscriptions';
import { PushTelemetryApi } from './72-push-telemetry';
import { AssignReplicasToDirsApi } from './73-assign-replicas-to-dirs';
import { ListClientMetricsResourcesApi } from './74-list-client-metrics-resources';
import { DescribeTopicPartitionsApi } from './75-describe-topic-partitions';
import { ShareGroupHeartbeatApi } from './76-share-group-heartbeat';
import { ShareGroupDescribeApi } from './77-share-group-describe';
import { ShareFetchApi } from './78-share-fetch';
import { ShareAcknowledgeApi } from './79-share-acknowledge';
import { AddRaftVoterApi } from './80-add-raft-voter';
import { RemoveRaftVoterApi } from './81-remove-raft-voter';
import { UpdateRaftVoterApi } from './82-update-raft-voter';
import { InitializeShareGroupStateApi } from './83-initialize-share-group-state';
import { ReadShareGroupStateApi } from './84-read-share-group-state';
import { WriteShareGroupStateApi } from './85-write-share-group-state';
import { DeleteShareGroupStateApi } from './86-delete-share-group-state';
import { ReadShareGroupStateSummaryApi } from './87-read-share-group-state-summary';

export * from './api-keys';
export * from './error-codes';
export * as InternalRecords from './internal/index';
export type {
  ProduceRequest, TopicProduceData, PartitionProduceData, ProduceResponse, TopicProduceResponse, PartitionProduceResponse,
  BatchIndexAndErrorMessage,
} from './00-produce';
export { ProduceApi };
export * as ProduceMessages from './00-produce';
export type { FetchRequest, FetchResponse, FetchableTopicResponse, SnapshotId, AbortedTransaction } from './01-fetch';
export { FetchApi };
export * as FetchMessages from './01-fetch';
export type {
  ListOffsetsRequest, ListOffsetsTopic, ListOffsetsPartition, ListOffsetsResponse, ListOffsetsTopicResponse, ListOffsetsPartitionResponse,
} from './02-list-offsets';
export { ListOffsetsApi };
export * as ListOffsetsMessages from './02-list-offsets';
export type {
  MetadataRequest, MetadataRequestTopic, MetadataResponse, MetadataResponseBroker, MetadataResponseTopic, MetadataResponsePartition,
} from './03-metadata';
export { MetadataApi };
export * as MetadataMessages from './03-metadata';
export type {
  LeaderAndIsrRequest, LeaderAndIsrPartitionState, LeaderAndIsrTopicState, LeaderAndIsrLiveLeader, LeaderAndIsrResponse,
  LeaderAndIsrPartitionError, LeaderAndIsrTopicError,
} from './04-leader-and-isr';
export { LeaderAndIsrApi };
export * as LeaderAndIsrMessages from './04-leader-and-isr';
export type {
  StopReplicaRequest, StopReplicaPartitionV0, StopReplicaTopicV1, StopReplicaTopicState, StopReplicaPartitionState, StopReplicaResponse,
  StopReplicaPartitionError,
} from './05-stop-replica';
export { StopReplicaApi };
export * as StopReplicaMessages from './05-stop-replica';
export type {
  UpdateMetadataRequest, UpdateMetadataPartitionState, UpdateMetadataTopicState, UpdateMetadataBroker, UpdateMetadataEndpoint,
  UpdateMetadataResponse,
} from './06-update-metadata';
export { UpdateMetadataApi };
export * as UpdateMetadataMessages from './06-update-metadata';
export type { ControlledShutdownRequest, ControlledShutdownResponse, RemainingPartition } from './07-controlled-shutdown';
export { ControlledShutdownApi };
export * as ControlledShutdownMessages from './07-controlled-shutdown';
export type {
  OffsetCommitRequest, OffsetCommitRequestTopic, OffsetCommitRequestPartition, OffsetCommitResponse, OffsetCommitResponseTopic,
  OffsetCommitResponsePartition,
} from './08-offset-commit';
export { OffsetCommitApi };
export * as OffsetCommitMessages from './08-offset-commit';
export type {
  OffsetFetchRequest, OffsetFetchRequestTopic, OffsetFetchRequestGroup, OffsetFetchRequestTopics, OffsetFetchResponse,
  OffsetFetchResponseTopic, OffsetFetchResponsePartition, OffsetFetchResponseGroup, OffsetFetchResponseTopics,
  OffsetFetchResponsePartitions,
} from './09-offset-fetch';
export { OffsetFetchApi };
export * as OffsetFetchMessages from './09-offset-fetch';
export type { FindCoordinatorRequest, FindCoordinatorResponse, Coordinator } from './10-find-coordinator';
export { FindCoordinatorApi };
export * as FindCoordinatorMessages from './10-find-coordinator';
export type { JoinGroupRequest, JoinGroupRequestProtocol, JoinGroupResponse, JoinGroupResponseMember } from './11-join-group';
export { JoinGroupApi };
export * as JoinGroupMessages from './11-join-group';
export type { HeartbeatRequest, HeartbeatResponse } from './12-heartbeat';
export { HeartbeatApi };
export * as HeartbeatMessages from './12-heartbeat';
export type { LeaveGroupRequest, MemberIdentity, LeaveGroupResponse, MemberResponse } from './13-leave-group';
export { LeaveGroupApi };
export * as LeaveGroupMessages from './13-leave-group';
export type { SyncGroupRequest, SyncGroupRequestAssignment, SyncGroupResponse } from './14-sync-group';
export { SyncGroupApi };
export * as SyncGroupMessages from './14-sync-group';
export type { DescribeGroupsRequest, DescribeGroupsResponse, DescribedGroupMember } from './15-describe-groups';
export { DescribeGroupsApi };
export * as DescribeGroupsMessages from './15-describe-groups';
export type { ListGroupsRequest, ListGroupsResponse, ListedGroup } from './16-list-groups';
export { ListGroupsApi };
export * as ListGroupsMessages from './16-list-groups';
export type { SaslHandshakeRequest, SaslHandshakeResponse } from './17-sasl-handshake';
export { SaslHandshakeApi };
export * as SaslHandshakeMessages from './17-sasl-handshake';
export type { ApiVersionsRequest, ApiVersionsResponse, ApiVersion, SupportedFeatureKey, FinalizedFeatureKey } from './18-api-versions';
export { ApiVersionsApi };
export * as ApiVersionsMessages from './18-api-versions';
export type {
  CreateTopicsRequest, CreatableTopic, CreatableReplicaAssignment, CreatableTopicConfig, CreateTopicsResponse, CreatableTopicResult,
  CreatableTopicConfigs,
} from './19-create-topics';
export { CreateTopicsApi };
export * as CreateTopicsMessages from './19-create-topics';
export type { DeleteTopicsRequest, DeleteTopicState, DeleteTopicsResponse, DeletableTopicResult } from './20-delete-topics';
export { DeleteTopicsApi };
export * as DeleteTopicsMessages from './20-delete-topics';
export type {
  DeleteRecordsRequest, DeleteRecordsTopic, DeleteRecordsPartition, DeleteRecordsResponse, DeleteRecordsTopicResult,
  DeleteRecordsPartitionResult,
} from './21-delete-records';
export { DeleteRecordsApi };
export * as DeleteRecordsMessages from './21-delete-records';
export type { InitProducerIdRequest, InitProducerIdResponse } from './22-init-producer-id';
export { InitProducerIdApi };
export * as InitProducerIdMessages from './22-init-producer-id';
export type {
  OffsetForLeaderEpochRequest, OffsetForLeaderTopic, OffsetForLeaderPartition, OffsetForLeaderEpochResponse, OffsetForLeaderTopicResult,
} from './23-offset-for-leader-epoch';
export { OffsetForLeaderEpochApi };
export * as OffsetForLeaderEpochMessages from './23-offset-for-leader-epoch';
export type {
  AddPartitionsToTxnRequest, AddPartitionsToTxnTransaction, AddPartitionsToTxnTopic, AddPartitionsToTxnResponse, AddPartitionsToTxnResult,
  AddPartitionsToTxnTopicResult, AddPartitionsToTxnPartitionResult,
} from './24-add-partitions-to-txn';
export { AddPartitionsToTxnApi };
export * as AddPartitionsToTxnMessages from './24-add-partitions-to-txn';
export type { AddOffsetsToTxnRequest, AddOffsetsToTxnResponse } from './25-add-offsets-to-txn';
export { AddOffsetsToTxnApi };
export * as AddOffsetsToTxnMessages from './25-add-offsets-to-txn';
export type { EndTxnRequest, EndTxnResponse } from './26-end-txn';
export { EndTxnApi };
export * as EndTxnMessages from './26-end-txn';
export type {
  WriteTxnMarkersRequest, WritableTxnMarker, WritableTxnMarkerTopic, WriteTxnMarkersResponse, WritableTxnMarkerResult,
  WritableTxnMarkerTopicResult, WritableTxnMarkerPartitionResult,
} from './27-write-txn-markers';
export { WriteTxnMarkersApi };
export * as WriteTxnMarkersMessages from './27-write-txn-markers';
export type {
  TxnOffsetCommitRequest, TxnOffsetCommitRequestTopic, TxnOffsetCommitRequestPartition, TxnOffsetCommitResponse,
  TxnOffsetCommitResponseTopic, TxnOffsetCommitResponsePartition,
} from './28-txn-offset-commit';
export { TxnOffsetCommitApi };
export * as TxnOffsetCommitMessages from './28-txn-offset-commit';
export type { DescribeAclsRequest, DescribeAclsResponse, DescribeAclsResource, AclDescription } from './29-describe-acls';
export { DescribeAclsApi };
export * as DescribeAclsMessages from './29-describe-acls';
export type { CreateAclsRequest, AclCreation, CreateAclsResponse, AclCreationResult } from './30-create-acls';
export { CreateAclsApi };
export * as CreateAclsMessages from './30-create-acls';
export type {
  DeleteAclsRequest, DeleteAclsFilter, DeleteAclsResponse, DeleteAclsFilterResult, DeleteAclsMatchingAcl,
} from './31-delete-acls';
export { DeleteAclsApi };
export * as DeleteAclsMessages from './31-delete-acls';
export type {
  DescribeConfigsRequest, DescribeConfigsResource, DescribeConfigsResponse, DescribeConfigsResult, DescribeConfigsResourceResult,
  DescribeConfigsSynonym,
} from './32-describe-configs';
export { DescribeConfigsApi };
export * as DescribeConfigsMessages from './32-describe-configs';
export type { AlterConfigsRequest, AlterConfigsResponse } from './33-alter-configs';
export { AlterConfigsApi };
export * as AlterConfigsMessages from './33-alter-configs';
export type {
  AlterReplicaLogDirsRequest, AlterReplicaLogDir, AlterReplicaLogDirTopic, AlterReplicaLogDirsResponse, AlterReplicaLogDirTopicResult,
  AlterReplicaLogDirPartitionResult,
} from './34-alter-replica-log-dirs';
export { AlterReplicaLogDirsApi };
export * as AlterReplicaLogDirsMessages from './34-alter-replica-log-dirs';
export type {
  DescribeLogDirsRequest, DescribableLogDirTopic, DescribeLogDirsResponse, DescribeLogDirsResult, DescribeLogDirsTopic,
  DescribeLogDirsPartition,
} from './35-describe-log-dirs';
export { DescribeLogDirsApi };
export * as DescribeLogDirsMessages from './35-describe-log-dirs';
export type { SaslAuthenticateRequest, SaslAuthenticateResponse } from './36-sasl-authenticate';
export { SaslAuthenticateApi };
export * as SaslAuthenticateMessages from './36-sasl-authenticate';
export type {
  CreatePartitionsRequest, CreatePartitionsTopic, CreatePartitionsAssignment, CreatePartitionsResponse, CreatePartitionsTopicResult,
} from './37-create-partitions';
export { CreatePartitionsApi };
export * as CreatePartitionsMessages from './37-create-partitions';
export type { CreateDelegationTokenRequest, CreatableRenewers, CreateDelegationTokenResponse } from './38-create-delegation-token';
export { CreateDelegationTokenApi };
export * as CreateDelegationTokenMessages from './38-create-delegation-token';
export type { RenewDelegationTokenRequest, RenewDelegationTokenResponse } from './39-renew-delegation-token';
export { RenewDelegationTokenApi };
export * as RenewDelegationTokenMessages from './39-renew-delegation-token';
export type { ExpireDelegationTokenRequest, ExpireDelegationTokenResponse } from './40-expire-delegation-token';
export { ExpireDelegationTokenApi };
export * as ExpireDelegationTokenMessages from './40-expire-delegation-token';
export type {
  DescribeDelegationTokenRequest, DescribeDelegationTokenOwner, DescribeDelegationTokenResponse, DescribedDelegationToken,
  DescribedDelegationTokenRenewer,
} from './41-describe-delegation-token';
export { DescribeDelegationTokenApi };
export * as DescribeDelegationTokenMessages from './41-describe-delegation-token';
export type { DeleteGroupsRequest, DeleteGroupsResponse, DeletableGroupResult } from './42-delete-groups';
export { DeleteGroupsApi };
export * as DeleteGroupsMessages from './42-delete-groups';
export type { ElectLeadersRequest, ElectLeadersResponse, ReplicaElectionResult } from './43-elect-leaders';
export { ElectLeadersApi };
export * as ElectLeadersMessages from './43-elect-leaders';
export type { IncrementalAlterConfigsRequest, IncrementalAlterConfigsResponse } from './44-incremental-alter-configs';
export { IncrementalAlterConfigsApi };
export * as IncrementalAlterConfigsMessages from './44-incremental-alter-configs';
export type {
  AlterPartitionReassignmentsRequest, ReassignableTopic, ReassignablePartition, AlterPartitionReassignmentsResponse,
  ReassignableTopicResponse, ReassignablePartitionResponse,
} from './45-alter-partition-reassignments';
export { AlterPartitionReassignmentsApi };
export * as AlterPartitionReassignmentsMessages from './45-alter-partition-reassignments';
export type {
  ListPartitionReassignmentsRequest, ListPartitionReassignmentsTopics, ListPartitionReassignmentsResponse, OngoingTopicReassignment,
  OngoingPartitionReassignment,
} from './46-list-partition-reassignments';
export { ListPartitionReassignmentsApi };
export * as ListPartitionReassignmentsMessages from './46-list-partition-reassignments';
export type {
  OffsetDeleteRequest, OffsetDeleteRequestTopic, OffsetDeleteRequestPartition, OffsetDeleteResponse, OffsetDeleteResponseTopic,
  OffsetDeleteResponsePartition,
} from './47-offset-delete';
export { OffsetDeleteApi };
export * as OffsetDeleteMessages from './47-offset-delete';
export type {
  DescribeClientQuotasRequest, ComponentData, DescribeClientQuotasResponse, EntryData, EntityData, ValueData,
} from './48-describe-client-quotas';
export { DescribeClientQuotasApi };
export * as DescribeClientQuotasMessages from './48-describe-client-quotas';
export type {
  AlterClientQuotasRequest, AlterClientQuotasRequestEntryData, AlterClientQuotasRequestEntityData, OpData, AlterClientQuotasResponse,
  AlterClientQuotasResponseEntryData, AlterClientQuotasResponseEntityData,
} from './49-alter-client-quotas';
export { AlterClientQuotasApi };
export * as AlterClientQuotasMessages from './49-alter-client-quotas';
export type {
  DescribeUserScramCredentialsRequest, UserName, DescribeUserScramCredentialsResponse, DescribeUserScramCredentialsResult, CredentialInfo,
} from './50-describe-user-scram-credentials';
export { DescribeUserScramCredentialsApi };
export * as DescribeUserScramCredentialsMessages from './50-describe-user-scram-credentials';
export type {
  AlterUserScramCredentialsRequest, ScramCredentialDeletion, ScramCredentialUpsertion, AlterUserScramCredentialsResponse,
  AlterUserScramCredentialsResult,
} from './51-alter-user-scram-credentials';
export { AlterUserScramCredentialsApi };
export * as AlterUserScramCredentialsMessages from './51-alter-user-scram-credentials';
export type {
  VoteRequest, VoteRequestTopicData, VoteRequestPartitionData, VoteResponse, VoteResponseTopicData, VoteResponsePartitionData,
} from './52-vote';
export { VoteApi };
export * as VoteMessages from './52-vote';
export type {
  BeginQuorumEpochRequest, BeginQuorumEpochRequestTopicData, BeginQuorumEpochRequestPartitionData, BeginQuorumEpochResponse,
  BeginQuorumEpochResponseTopicData, BeginQuorumEpochResponsePartitionData,
} from './53-begin-quorum-epoch';
export { BeginQuorumEpochApi };
export * as BeginQuorumEpochMessages from './53-begin-quorum-epoch';
export type {
  EndQuorumEpochRequest, EndQuorumEpochRequestTopicData, EndQuorumEpochRequestPartitionData, ReplicaInfo, EndQuorumEpochResponse,
  EndQuorumEpochResponseTopicData, EndQuorumEpochResponsePartitionData,
} from './54-end-quorum-epoch';
export { EndQuorumEpochApi };
export * as EndQuorumEpochMessages from './54-end-quorum-epoch';
export type {
  DescribeQuorumRequest, DescribeQuorumRequestTopicData, DescribeQuorumRequestPartitionData, DescribeQuorumResponse,
  DescribeQuorumResponseTopicData, DescribeQuorumResponsePartitionData, Node,
} from './55-describe-quorum';
export { DescribeQuorumApi };
export * as DescribeQuorumMessages from './55-describe-quorum';
export type {
  AlterPartitionRequest, AlterPartitionRequestTopicData, AlterPartitionRequestPartitionData, BrokerState, AlterPartitionResponse,
  AlterPartitionResponseTopicData, AlterPartitionResponsePartitionData,
} from './56-alter-partition';
export { AlterPartitionApi };
export * as AlterPartitionMessages from './56-alter-partition';
export type { UpdateFeaturesRequest, FeatureUpdateKey, UpdateFeaturesResponse, UpdatableFeatureResult } from './57-update-features';
export { UpdateFeaturesApi };
export * as UpdateFeaturesMessages from './57-update-features';
export type { EnvelopeRequest, EnvelopeResponse } from './58-envelope';
export { EnvelopeApi };
export * as EnvelopeMessages from './58-envelope';
export type {
  FetchSnapshotRequest, FetchSnapshotRequestTopicSnapshot, FetchSnapshotRequestPartitionSnapshot, FetchSnapshotRequestSnapshotId,
  FetchSnapshotResponse, FetchSnapshotResponseTopicSnapshot, FetchSnapshotResponsePartitionSnapshot, FetchSnapshotResponseSnapshotId,
} from './59-fetch-snapshot';
export { FetchSnapshotApi };
export * as FetchSnapshotMessages from './59-fetch-snapshot';
export type { DescribeClusterRequest, DescribeClusterResponse, DescribeClusterBroker } from './60-describe-cluster';
export { DescribeClusterApi };
export * as DescribeClusterMessages from './60-describe-cluster';
export type {
  DescribeProducersRequest, DescribeProducersResponse, TopicResponse, PartitionResponse, ProducerState,
} from './61-describe-producers';
export { DescribeProducersApi };
export * as DescribeProducersMessages from './61-describe-producers';
export type { BrokerRegistrationRequest, BrokerRegistrationResponse } from './62-broker-registration';
export { BrokerRegistrationApi };
export * as BrokerRegistrationMessages from './62-broker-registration';
export type { BrokerHeartbeatRequest, BrokerHeartbeatResponse } from './63-broker-heartbeat';
export { BrokerHeartbeatApi };
export * as BrokerHeartbeatMessages from './63-broker-heartbeat';
export type { UnregisterBrokerRequest, UnregisterBrokerResponse } from './64-unregister-broker';
export { UnregisterBrokerApi };
export * as UnregisterBrokerMessages from './64-unregister-broker';
export type { DescribeTransactionsRequest, DescribeTransactionsResponse, TopicData } from './65-describe-transactions';
export { DescribeTransactionsApi };
export * as DescribeTransactionsMessages from './65-describe-transactions';
export type { ListTransactionsRequest, ListTransactionsResponse } from './66-list-transactions';
export { ListTransactionsApi };
export * as ListTransactionsMessages from './66-list-transactions';
export type { AllocateProducerIdsRequest, AllocateProducerIdsResponse } from './67-allocate-producer-ids';
export { AllocateProducerIdsApi };
export * as AllocateProducerIdsMessages from './67-allocate-producer-ids';
export type {
  ConsumerGroupHeartbeatRequest, ConsumerGroupHeartbeatRequestTopicPartitions, ConsumerGroupHeartbeatResponse,
  ConsumerGroupHeartbeatResponseTopicPartitions,
} from './68-consumer-group-heartbeat';
export { ConsumerGroupHeartbeatApi };
export * as ConsumerGroupHeartbeatMessages from './68-consumer-group-heartbeat';
export type { ConsumerGroupDescribeRequest, ConsumerGroupDescribeResponse } from './69-consumer-group-describe';
export { ConsumerGroupDescribeApi };
export * as ConsumerGroupDescribeMessages from './69-consumer-group-describe';
export type { ControllerRegistrationRequest, ControllerRegistrationResponse } from './70-controller-registration';
export { ControllerRegistrationApi };
export * as ControllerRegistrationMessages from './70-controller-registration';
export type { GetTelemetrySubscriptionsRequest, GetTelemetrySubscriptionsResponse } from './71-get-telemetry-subscriptions';
export { GetTelemetrySubscriptionsApi };
export * as GetTelemetrySubscriptionsMessages from './71-get-telemetry-subscriptions';
export type { PushTelemetryRequest, PushTelemetryResponse } from './72-push-telemetry';
export { PushTelemetryApi };
export * as PushTelemetryMessages from './72-push-telemetry';
export type {
  AssignReplicasToDirsRequest, AssignReplicasToDirsRequestDirectoryData, AssignReplicasToDirsRequestTopicData,
  AssignReplicasToDirsRequestPartitionData, AssignReplicasToDirsResponse, AssignReplicasToDirsResponseDirectoryData,
  AssignReplicasToDirsResponseTopicData, AssignReplicasToDirsResponsePartitionData,
} from './73-assign-replicas-to-dirs';
export { AssignReplicasToDirsApi };
export * as AssignReplicasToDirsMessages from './73-assign-replicas-to-dirs';
export type {
  ListClientMetricsResourcesRequest, ListClientMetricsResourcesResponse, ClientMetricsResource,
} from './74-list-client-metrics-resources';
export { ListClientMetricsResourcesApi };
export * as ListClientMetricsResourcesMessages from './74-list-client-metrics-resources';
export type {
  DescribeTopicPartitionsRequest, DescribeTopicPartitionsRequestCursor, DescribeTopicPartitionsResponse,
  DescribeTopicPartitionsResponseTopic, DescribeTopicPartitionsResponsePartition, DescribeTopicPartitionsResponseCursor,
} from './75-describe-topic-partitions';
export { DescribeTopicPartitionsApi };
export * as DescribeTopicPartitionsMessages from './75-describe-topic-partitions';
export type { ShareGroupHeartbeatRequest, ShareGroupHeartbeatResponse } from './76-share-group-heartbeat';
export { ShareGroupHeartbeatApi };
export * as ShareGroupHeartbeatMessages from './76-share-group-heartbeat';
export type { ShareGroupDescribeRequest, ShareGroupDescribeResponse } from './77-share-group-describe';
export { ShareGroupDescribeApi };
export * as ShareGroupDescribeMessages from './77-share-group-describe';
export type { ShareFetchRequest, ShareFetchResponse, ShareFetchableTopicResponse, AcquiredRecords } from './78-share-fetch';
export { ShareFetchApi };
export * as ShareFetchMessages from './78-share-fetch';
export type {
  ShareAcknowledgeRequest, AcknowledgeTopic, AcknowledgePartition, ShareAcknowledgeResponse, ShareAcknowledgeTopicResponse,
} from './79-share-acknowledge';
export { ShareAcknowledgeApi };
export * as ShareAcknowledgeMessages from './79-share-acknowledge';
export type { AddRaftVoterRequest, AddRaftVoterResponse } from './80-add-raft-voter';
export { AddRaftVoterApi };
export * as AddRaftVoterMessages from './80-add-raft-voter';
export type { RemoveRaftVoterRequest, RemoveRaftVoterResponse } from './81-remove-raft-voter';
export { RemoveRaftVoterApi };
export * as RemoveRaftVoterMessages from './81-remove-raft-voter';
export type { UpdateRaftVoterRequest, KRaftVersionFeature, UpdateRaftVoterResponse, CurrentLeader } from './82-update-raft-voter';
export { UpdateRaftVoterApi };
export * as UpdateRaftVoterMessages from './82-update-raft-voter';
export type {
  InitializeShareGroupStateRequest, InitializeStateData, InitializeShareGroupStateResponse, InitializeStateResult,
} from './83-initialize-share-group-state';
export { InitializeShareGroupStateApi };
export * as InitializeShareGroupStateMessages from './83-initialize-share-group-state';
export type { ReadShareGroupStateRequest, ReadStateData, ReadShareGroupStateResponse, ReadStateResult } from './84-read-share-group-state';
export { ReadShareGroupStateApi };
export * as ReadShareGroupStateMessages from './84-read-share-group-state';
export type {
  WriteShareGroupStateRequest, WriteStateData, WriteShareGroupStateResponse, WriteStateResult,
} from './85-write-share-group-state';
export { WriteShareGroupStateApi };
export * as WriteShareGroupStateMessages from './85-write-share-group-state';
export type {
  DeleteShareGroupStateRequest, DeleteStateData, DeleteShareGroupStateResponse, DeleteStateResult,
} from './86-delete-share-group-state';
export { DeleteShareGroupStateApi };
export * as DeleteShareGroupStateMessages from './86-delete-share-group-state';
export type {
  ReadShareGroupStateSummaryRequest, ReadStateSummaryData, ReadShareGroupStateSummaryResponse, ReadStateSummaryResult,
} from './87-read-share-group-state-summary';
export { ReadShareGroupStateSummaryApi };
export * as ReadShareGroupStateSummaryMessages from './87-read-share-group-state-summary';

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
]);
