/**
 * What ShareFetch and ShareAcknowledge share (KIP-932): the request's group and member checks, the share session,
 * the topic partitions they name, resolved by topic id on this broker, and acknowledgements applied partition by
 * partition.
 */
import type { ShareSession } from '../share/share-sessions';
import { partitionKey } from '../share/share-sessions';
import type { BrokerGroups } from '../groups';
import type { ReplicaPartition } from '../replica/replica-partition';
import { KafkaError, toErrorCode, toErrorMessage } from '../errors';
import { allows, Op, requireGroup, ResourceType } from './authorize';
import { groupsOf } from './group-context';
import type { RequestContext } from './handler';

export interface ShareRequestBase {
  readonly groupId: string | null;
  readonly memberId: string | null;
  readonly shareSessionEpoch: number;
}

export interface AckBatch {
  readonly firstOffset: number;
  readonly lastOffset: number;
  readonly acknowledgeTypes: readonly number[];
}

export interface ShareCall {
  readonly groups: BrokerGroups;
  readonly groupId: string;
  readonly memberId: string;
  readonly session: ShareSession;
}

/**
 * The request-level checks, in KafkaApis' order: share groups on, group and member ids given (INVALID_REQUEST),
 * READ on the group, then the share session for the epoch.
 */
export function beginShareCall(ctx: RequestContext, request: ShareRequestBase, opens: boolean): ShareCall {
  const groups = groupsOf(ctx);
  if (!groups.shareEnabled()) throw new KafkaError('UNSUPPORTED_VERSION', 'Share groups are not enabled.');
  const groupId = request.groupId ?? '';
  const memberId = request.memberId ?? '';
  if (groupId.trim() === '') throw new KafkaError('INVALID_REQUEST', 'GroupId must be given.');
  if (memberId.trim() === '') throw new KafkaError('INVALID_REQUEST', 'MemberId must be given.');
  requireGroup(ctx, Op.READ, groupId);
  const session = groups.shareSessions.begin(groupId, memberId, request.shareSessionEpoch, opens);
  return { groups, groupId, memberId, session };
}

/** The partition a share request names, led here: UNKNOWN_TOPIC_ID, TOPIC_AUTHORIZATION_FAILED, NOT_LEADER... */
export function sharePartitionOf(ctx: RequestContext, topicId: string, partition: number): ReplicaPartition {
  const topic = ctx.cluster.topicById(topicId);
  if (topic === undefined) throw new KafkaError('UNKNOWN_TOPIC_ID', 'This server does not host this topic ID.');
  if (!allows(ctx, Op.READ, ResourceType.TOPIC, topic.name))
    throw new KafkaError('TOPIC_AUTHORIZATION_FAILED', 'Topic authorization failed.');
  return ctx.replicas.leaderPartition(topic.name, partition, ctx.node.nodeId);
}

/** Applies one partition's acknowledgements; the error code and message of the result (0 and null on success). */
export function acknowledgePartition(
  ctx: RequestContext,
  call: ShareCall,
  topicId: string,
  partition: number,
  batches: readonly AckBatch[],
): { code: number; message: string | null } {
  try {
    sharePartitionOf(ctx, topicId, partition);
    call.groups.sharePartitions.acknowledge(call.groupId, topicId, partition, call.memberId, [...batches]);
    return { code: 0, message: null };
  } catch (err) {
    return { code: toErrorCode(err), message: toErrorMessage(err) };
  }
}

/** The partition's leader as ShareFetch and ShareAcknowledge report it. */
export function currentLeader(p: ReplicaPartition | undefined): { leaderId: number; leaderEpoch: number } {
  return p === undefined
    ? { leaderId: -1, leaderEpoch: -1 }
    : { leaderId: p.state.leader, leaderEpoch: p.state.leaderEpoch };
}

/** A session closing (epoch -1) gives back what the member still holds. */
export function endShareCall(call: ShareCall, epoch: number): void {
  if (epoch === -1) call.groups.sharePartitions.releaseMember(call.groupId, call.memberId);
}

export { partitionKey };
