/**
 * Online migration between the two protocols (KIP-848, Kafka 3.8+; `group.consumer.migration.policy`).
 *
 * Upgrade (Kafka's convertToConsumerGroup): a consumer-protocol member joins a classic group of the consumer
 * embedded protocol. The classic group's members become classic members of a new consumer group, at the classic
 * generation as group, assignment and member epoch, each keeping its assignment as target and current assignment;
 * parked JoinGroups and SyncGroups answer REBALANCE_IN_PROGRESS, so classic members rejoin the consumer group.
 * The records: the classic group's tombstone, then the consumer group's records; replayed like any others.
 *
 * Downgrade (Kafka's convertToClassicGroup): the last consumer-protocol member leaves a group whose other members
 * are all classic. The consumer group's tombstones and a classic group Stable at the group epoch, each member's
 * target assignment as its assignment, then a rebalance. This one changes the state in place (the classic group
 * needs its timers and parked requests), so its records are not replayed.
 */
import { CoordinatorError } from '../../runtime/errors';
import type { ClassicGroupManager } from '../classic/classic-groups';
import {
  CONSUMER_PROTOCOL_TYPE,
  parseAssignment,
  parseSubscription,
  serializeAssignment,
  subscriptionVersion,
} from '../classic/consumer-protocol';
import { ClassicGroup } from '../classic/group';
import { ClassicGroupMember } from '../classic/member';
import { GroupState } from '../classic/state';
import { isUpgradeEnabled } from '../config';
import { groupTombstone, type GroupRecord } from '../records';
import type { GroupRegistry } from '../registry';
import { type Assignment, assignmentToList } from './assignment';
import type { ConsumerGroupManager, DowngradeHandler, Result } from './consumer-groups';
import { ConsumerGroup } from './group';
import { type ConsumerGroupMember, MemberState, newMember } from './member';
import {
  currentAssignmentRecord,
  groupEpochRecord,
  memberSubscriptionRecord,
  targetAssignmentEpochRecord,
  targetAssignmentRecord,
} from './records';
import { metadataHash, type TopicsImage } from './topics';

/** Topic names to ids; topics that no longer exist are dropped. */
export function namesToAssignment(
  partitions: readonly { readonly topic: string; readonly partitions: readonly number[] }[],
  topics: TopicsImage,
): Assignment {
  const out = new Map<string, Set<number>>();
  for (const tp of partitions) {
    const t = topics.byName(tp.topic);
    if (!t || tp.partitions.length === 0) continue;
    let set = out.get(t.id);
    if (!set) out.set(t.id, (set = new Set()));
    for (const p of tp.partitions) set.add(p);
  }
  return out;
}

/** Topic ids to names, sorted by name; topics that no longer exist are dropped. */
export function assignmentToNames(a: Assignment, topics: TopicsImage): { topic: string; partitions: number[] }[] {
  const out: { topic: string; partitions: number[] }[] = [];
  for (const tp of assignmentToList(a)) {
    const t = topics.byId(tp.topicId);
    if (t) out.push({ topic: t.name, partitions: tp.partitions });
  }
  return out.sort((x, y) => (x.topic < y.topic ? -1 : x.topic > y.topic ? 1 : 0));
}

export class GroupMigration implements DowngradeHandler {
  readonly #consumer: ConsumerGroupManager;
  readonly #classic: ClassicGroupManager;
  readonly #groups: GroupRegistry;
  readonly #now: () => number;

  constructor(consumer: ConsumerGroupManager, classic: ClassicGroupManager, groups: GroupRegistry, now: () => number) {
    this.#consumer = consumer;
    this.#classic = classic;
    this.#groups = groups;
    this.#now = now;
  }

  /**
   * Kafka's validateOnlineUpgrade + convertToConsumerGroup: the consumer group the classic group becomes (not yet in
   * the registry: the records' replay puts it there), with its records appended to `records`.
   */
  upgrade(classic: ClassicGroup, records: GroupRecord[]): ConsumerGroup {
    const groupId = classic.groupId;
    const config = this.#consumer.config;
    const refuse = (why: string): never => {
      throw new CoordinatorError(
        'GROUP_ID_NOT_FOUND',
        `Cannot upgrade classic group ${groupId} to consumer group ${why}.`,
      );
    };
    if (!isUpgradeEnabled(config.consumerGroupMigrationPolicy)) refuse('because online upgrade is disabled');
    if (!classic.usesConsumerProtocol) refuse('because the group does not use the consumer embedded protocol');
    if (classic.size > config.consumerGroupMaxSize)
      refuse('because the group size exceeds the consumer group maximum size');

    const topics = this.#consumer.topics;
    const group = new ConsumerGroup(groupId);
    const generation = classic.generationId;
    const members: ConsumerGroupMember[] = [];
    for (const m of classic.members) {
      let subscription: ReturnType<typeof parseSubscription>;
      let assigned: Assignment;
      try {
        subscription = parseSubscription(m.metadata(classic.protocolName));
        assigned = namesToAssignment(parseAssignment(m.assignment), topics);
      } catch {
        return refuse('because the embedded consumer protocol is malformed');
      }
      members.push({
        ...newMember(m.memberId),
        instanceId: m.groupInstanceId,
        rackId: subscription.rackId,
        rebalanceTimeoutMs: m.rebalanceTimeoutMs,
        clientId: m.clientId,
        clientHost: m.clientHost,
        subscribedTopicNames: subscription.topics,
        classicMemberMetadata: {
          sessionTimeoutMs: m.sessionTimeoutMs,
          supportedProtocols: m.protocols.map((p) => ({ name: p.name, metadata: p.metadata })),
        },
        memberEpoch: generation,
        previousMemberEpoch: generation,
        state: MemberState.STABLE,
        assignedPartitions: assigned,
      });
    }
    this.#classic.releaseForUpgrade(classic);
    records.push(groupTombstone(groupId));

    const topicNames = new Set(members.flatMap((m) => m.subscribedTopicNames));
    const hash = metadataHash(topicNames, topics);
    group.setGroupEpoch(generation, hash);
    group.setAssignmentEpoch(generation);
    for (const m of members) {
      group.setTargetAssignment(m.memberId, m.assignedPartitions);
      group.updateMember(m);
    }
    // Kafka's createConsumerGroupRecords.
    for (const m of members) records.push(memberSubscriptionRecord(groupId, m));
    records.push(groupEpochRecord(groupId, generation, hash));
    for (const m of members) records.push(targetAssignmentRecord(groupId, m.memberId, m.assignedPartitions));
    records.push(targetAssignmentEpochRecord(groupId, generation));
    for (const m of members) records.push(currentAssignmentRecord(groupId, m));
    for (const m of members)
      this.#consumer.scheduleSessionTimeout(groupId, m.memberId, m.classicMemberMetadata?.sessionTimeoutMs ?? 0);
    return group;
  }

  /** Kafka's convertToClassicGroup for members leaving (see the header). */
  downgrade(group: ConsumerGroup, leaving: readonly ConsumerGroupMember[], records: GroupRecord[]): Result {
    const groupId = group.groupId;
    const gone = new Set(leaving.map((m) => m.memberId));
    this.#consumer.groupTombstones(group, records);
    const classic = new ClassicGroup(groupId, GroupState.Stable, this.#now(), {
      generationId: group.groupEpoch,
      protocolType: CONSUMER_PROTOCOL_TYPE,
    });
    for (const m of group.members.values()) {
      if (gone.has(m.memberId) || m.classicMemberMetadata === null) continue;
      classic.add(
        new ClassicGroupMember({
          memberId: m.memberId,
          groupInstanceId: m.instanceId,
          clientId: m.clientId,
          clientHost: m.clientHost,
          rebalanceTimeoutMs: m.rebalanceTimeoutMs,
          sessionTimeoutMs: m.classicMemberMetadata.sessionTimeoutMs,
          protocolType: CONSUMER_PROTOCOL_TYPE,
          protocols: m.classicMemberMetadata.supportedProtocols,
        }),
      );
    }
    classic.protocolName = classic.selectProtocol();
    classic.subscribedTopics = classic.computeSubscribedTopics();
    const topics = this.#consumer.topics;
    for (const m of classic.members) {
      m.assignment = serializeAssignment(
        assignmentToNames(group.targetAssignmentOf(m.memberId), topics),
        subscriptionVersion(m.metadata(classic.protocolName)),
      );
    }
    records.push(this.#classic.groupRecordOf(classic));
    for (const id of group.members.keys()) this.#consumer.cancelTimers(groupId, id);
    this.#groups.consumer.delete(groupId);
    const res = this.#classic.adoptDowngraded(
      classic,
      `Downgrade group ${groupId} from consumer to classic for member leaving.`,
    );
    return { records: [...records, ...res.records], response: undefined, replay: false };
  }
}
