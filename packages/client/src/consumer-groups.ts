/**
 * KIP-848 consumer groups described as Kafka's admin client does it (DescribeConsumerGroupsHandler): ConsumerGroupDescribe
 * asked of each group's coordinator, retried after NOT_COORDINATOR or COORDINATOR_LOAD_IN_PROGRESS. A group the
 * coordinator has no consumer group of (unknown, or a classic group) answers GROUP_ID_NOT_FOUND, and a broker older
 * than KIP-848 does not advertise the API: both come back as results without a group, so the caller can ask
 * DescribeGroups instead, as the admin client does.
 */
import { ConsumerGroupDescribeApi } from '@samsa/protocol';
import type { KafkaClient } from './client';
import type { TopicPartitions } from './consumer-protocol';
import { BrokerError, errorFromCode } from './errors';
import { describeGroup, onCoordinator, type GroupDescription } from './groups';

/** Which protocol a member speaks (ConsumerGroupDescribe v1's MemberType): classic during a migration, or consumer. */
export type ConsumerMemberType = 'classic' | 'consumer' | 'unknown';

export interface ConsumerGroupMember {
  readonly memberId: string;
  readonly instanceId: string | null;
  readonly rackId: string | null;
  readonly memberEpoch: number;
  readonly clientId: string;
  readonly clientHost: string;
  readonly subscribedTopicNames: readonly string[];
  readonly subscribedTopicRegex: string | null;
  /** The partitions the member owns now. */
  readonly assignment: TopicPartitions[];
  /** The partitions the coordinator means it to own once the group reconciles. */
  readonly targetAssignment: TopicPartitions[];
  readonly memberType: ConsumerMemberType;
}

export interface ConsumerGroupDescription {
  readonly groupId: string;
  /** Empty, Assigning, Reconciling, Stable or Dead (Kafka's ConsumerGroupState names). */
  readonly state: string;
  readonly groupEpoch: number;
  readonly assignmentEpoch: number;
  /** The server-side assignor: `uniform`, `range`, ... */
  readonly assignor: string;
  readonly coordinator: number;
  readonly members: ConsumerGroupMember[];
}

export interface ConsumerGroupResult {
  readonly groupId: string;
  /** Null when the group is not a KIP-848 group there, or cannot be described: `error` says why. */
  readonly group: ConsumerGroupDescription | null;
  /**
   * GROUP_ID_NOT_FOUND: no consumer group of that id (unknown, or a classic group); UNSUPPORTED_VERSION: the
   * coordinator does not serve ConsumerGroupDescribe (before KIP-848); or the group's own error.
   */
  readonly error: BrokerError | null;
}

/** Describes KIP-848 consumer groups, one result per id in the order given; never throws for one group's error. */
export async function describeConsumerGroups(
  client: KafkaClient,
  groupIds: readonly string[],
): Promise<ConsumerGroupResult[]> {
  return Promise.all(groupIds.map((groupId) => describeOne(client, groupId)));
}

async function describeOne(client: KafkaClient, groupId: string): Promise<ConsumerGroupResult> {
  try {
    return await onCoordinator(client, groupId, async (nodeId) => {
      const conn = await client.connection(nodeId);
      // The ApiVersions answer decides: no ConsumerGroupDescribe means a broker from before KIP-848.
      if (conn.versions(ConsumerGroupDescribeApi) === null)
        return {
          groupId,
          group: null,
          error: new BrokerError(
            'UNSUPPORTED_VERSION',
            'the coordinator does not serve ConsumerGroupDescribe',
            conn.broker,
            groupId,
          ),
        };
      const { response } = await conn.send(ConsumerGroupDescribeApi, () => ({
        groupIds: [groupId],
        includeAuthorizedOperations: false,
      }));
      const g = response.groups.find((x) => x.groupId === groupId);
      if (g === undefined)
        throw new BrokerError('UNKNOWN_SERVER_ERROR', 'no group in the answer', conn.broker, groupId);
      const err = errorFromCode(g.errorCode, g.errorMessage, conn.broker, groupId);
      // Retriable per-group errors (NOT_COORDINATOR, COORDINATOR_LOAD_IN_PROGRESS) go round onCoordinator again.
      if (err !== null && err.errorName !== 'GROUP_ID_NOT_FOUND' && isRefresh(err)) throw err;
      if (err !== null) return { groupId, group: null, error: err };
      return {
        groupId,
        error: null,
        group: {
          groupId: g.groupId,
          state: g.groupState,
          groupEpoch: g.groupEpoch,
          assignmentEpoch: g.assignmentEpoch,
          assignor: g.assignorName,
          coordinator: nodeId,
          members: g.members.map((m) => ({
            memberId: m.memberId,
            instanceId: m.instanceId,
            rackId: m.rackId,
            memberEpoch: m.memberEpoch,
            clientId: m.clientId,
            clientHost: m.clientHost,
            subscribedTopicNames: [...m.subscribedTopicNames],
            subscribedTopicRegex: m.subscribedTopicRegex,
            assignment: partitionsOf(m.assignment.topicPartitions),
            targetAssignment: partitionsOf(m.targetAssignment.topicPartitions),
            memberType: m.memberType === 0 ? 'classic' : m.memberType === 1 ? 'consumer' : 'unknown',
          })),
        },
      };
    });
  } catch (err) {
    if (err instanceof BrokerError) return { groupId, group: null, error: err };
    throw err;
  }
}

function isRefresh(err: BrokerError): boolean {
  return (
    err.retriable ||
    err.errorName === 'NOT_COORDINATOR' ||
    err.errorName === 'COORDINATOR_NOT_AVAILABLE' ||
    err.errorName === 'COORDINATOR_LOAD_IN_PROGRESS'
  );
}

function partitionsOf(list: readonly { topicName: string; partitions: readonly number[] }[]): TopicPartitions[] {
  return list
    .map((t) => ({ topic: t.topicName, partitions: [...t.partitions].sort((a, b) => a - b) }))
    .sort((a, b) => a.topic.localeCompare(b.topic));
}

/**
 * A group of either protocol in DescribeGroups' shape: ConsumerGroupDescribe first (a KIP-848 group, which
 * DescribeGroups reports as Dead), DescribeGroups when the group is not one (GROUP_ID_NOT_FOUND) or the coordinator
 * predates KIP-848 (UNSUPPORTED_VERSION), as Kafka's admin client falls back. A KIP-848 group's protocol type is
 * `consumer` and its protocol the server-side assignor.
 */
export async function describeAnyGroup(client: KafkaClient, groupId: string): Promise<GroupDescription> {
  const [result] = await describeConsumerGroups(client, [groupId]);
  const g = result?.group;
  if (g) {
    return {
      groupId: g.groupId,
      state: g.state,
      protocolType: 'consumer',
      protocol: g.assignor,
      coordinator: g.coordinator,
      members: g.members.map((m) => ({
        memberId: m.memberId,
        groupInstanceId: m.instanceId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        assignment: m.assignment,
      })),
    };
  }
  const why = result?.error?.errorName;
  if (result?.error && why !== 'GROUP_ID_NOT_FOUND' && why !== 'UNSUPPORTED_VERSION') throw result.error;
  return describeGroup(client, groupId);
}
