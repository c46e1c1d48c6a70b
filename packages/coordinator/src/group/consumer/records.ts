/**
 * The consumer group records (Kafka's GroupCoordinatorRecordHelpers for consumer groups): what each state change
 * writes, and its tombstone. A member leaves with three tombstones in this order: its current assignment, its
 * target assignment, its subscription; a group goes with its members' tombstones, then its target assignment
 * epoch, partition metadata and epoch, so a replay never meets a record for something already gone.
 */
import { type Assignment, assignmentToList } from './assignment';
import type { ResolvedRegex } from './group';
import type { ConsumerGroupMember } from './member';
import type {
  ConsumerGroupCurrentMemberAssignmentRecord,
  ConsumerGroupMemberMetadataRecord,
  ConsumerGroupMetadataRecord,
  ConsumerGroupPartitionMetadataRecord,
  ConsumerGroupRegexRecord,
  ConsumerGroupTargetAssignmentMemberRecord,
  ConsumerGroupTargetAssignmentMetadataRecord,
} from '../records';

export function groupEpochRecord(groupId: string, epoch: number, metadataHash: number): ConsumerGroupMetadataRecord {
  return { type: 'consumer-group-metadata', key: { groupId }, value: { epoch, metadataHash } };
}

export function groupEpochTombstone(groupId: string): ConsumerGroupMetadataRecord {
  return { type: 'consumer-group-metadata', key: { groupId }, value: null };
}

export function partitionMetadataTombstone(groupId: string): ConsumerGroupPartitionMetadataRecord {
  return { type: 'consumer-group-partition-metadata', key: { groupId }, value: null };
}

export function memberSubscriptionRecord(groupId: string, m: ConsumerGroupMember): ConsumerGroupMemberMetadataRecord {
  return {
    type: 'consumer-group-member-metadata',
    key: { groupId, memberId: m.memberId },
    value: {
      instanceId: m.instanceId,
      rackId: m.rackId,
      clientId: m.clientId,
      clientHost: m.clientHost,
      subscribedTopicNames: [...m.subscribedTopicNames],
      subscribedTopicRegex: m.subscribedTopicRegex,
      rebalanceTimeoutMs: m.rebalanceTimeoutMs,
      serverAssignor: m.serverAssignorName,
      classicMemberMetadata: m.classicMemberMetadata
        ? {
            sessionTimeoutMs: m.classicMemberMetadata.sessionTimeoutMs,
            supportedProtocols: m.classicMemberMetadata.supportedProtocols.map((p) => ({
              name: p.name,
              metadata: p.metadata,
            })),
          }
        : null,
    },
  };
}

export function memberSubscriptionTombstone(groupId: string, memberId: string): ConsumerGroupMemberMetadataRecord {
  return { type: 'consumer-group-member-metadata', key: { groupId, memberId }, value: null };
}

export function targetAssignmentRecord(
  groupId: string,
  memberId: string,
  a: Assignment,
): ConsumerGroupTargetAssignmentMemberRecord {
  return {
    type: 'consumer-group-target-assignment-member',
    key: { groupId, memberId },
    value: { topicPartitions: assignmentToList(a) },
  };
}

export function targetAssignmentTombstone(
  groupId: string,
  memberId: string,
): ConsumerGroupTargetAssignmentMemberRecord {
  return { type: 'consumer-group-target-assignment-member', key: { groupId, memberId }, value: null };
}

export function targetAssignmentEpochRecord(
  groupId: string,
  assignmentEpoch: number,
): ConsumerGroupTargetAssignmentMetadataRecord {
  return { type: 'consumer-group-target-assignment-metadata', key: { groupId }, value: { assignmentEpoch } };
}

export function targetAssignmentEpochTombstone(groupId: string): ConsumerGroupTargetAssignmentMetadataRecord {
  return { type: 'consumer-group-target-assignment-metadata', key: { groupId }, value: null };
}

export function currentAssignmentRecord(
  groupId: string,
  m: ConsumerGroupMember,
): ConsumerGroupCurrentMemberAssignmentRecord {
  return {
    type: 'consumer-group-current-member-assignment',
    key: { groupId, memberId: m.memberId },
    value: {
      memberEpoch: m.memberEpoch,
      previousMemberEpoch: m.previousMemberEpoch,
      state: m.state,
      assignedPartitions: assignmentToList(m.assignedPartitions),
      partitionsPendingRevocation: assignmentToList(m.partitionsPendingRevocation),
    },
  };
}

export function currentAssignmentTombstone(
  groupId: string,
  memberId: string,
): ConsumerGroupCurrentMemberAssignmentRecord {
  return { type: 'consumer-group-current-member-assignment', key: { groupId, memberId }, value: null };
}

export function regexRecord(groupId: string, regex: string, resolved: ResolvedRegex): ConsumerGroupRegexRecord {
  return {
    type: 'consumer-group-regex',
    key: { groupId, regularExpression: regex },
    value: { topics: [...resolved.topics].sort(), version: resolved.version, timestamp: resolved.timestamp },
  };
}

export function regexTombstone(groupId: string, regex: string): ConsumerGroupRegexRecord {
  return { type: 'consumer-group-regex', key: { groupId, regularExpression: regex }, value: null };
}
