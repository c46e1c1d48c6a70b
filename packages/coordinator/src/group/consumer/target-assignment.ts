/**
 * Computes a consumer group's next target assignment (Kafka's TargetAssignmentBuilder): every member's
 * subscription resolved to topic ids (names and regex, topics that exist), its current target assignment (a static
 * member replacing another takes over its predecessor's), the assignor's result, and the records for it: one
 * ConsumerGroupTargetAssignmentMember per member whose assignment changed, then the
 * ConsumerGroupTargetAssignmentMetadata of the new epoch.
 */
import { type Assignment, assignmentEquals, EMPTY_ASSIGNMENT } from './assignment';
import type { MemberSpec, PartitionAssignor, TopicDescriber } from './assignors/assignor';
import type { ConsumerGroup } from './group';
import type { ConsumerGroupMember } from './member';
import type { GroupRecord } from '../records';
import { targetAssignmentEpochRecord, targetAssignmentRecord } from './records';
import type { TopicsImage } from './topics';

export interface TargetAssignmentResult {
  readonly records: GroupRecord[];
  readonly assignments: ReadonlyMap<string, Assignment>;
}

export function computeTargetAssignment(
  group: ConsumerGroup,
  groupEpoch: number,
  assignor: PartitionAssignor,
  topics: TopicsImage,
  updated: ReadonlyMap<string, ConsumerGroupMember | null>,
): TargetAssignmentResult {
  const specs = new Map<string, MemberSpec>();
  const spec = (m: ConsumerGroupMember, assignment: Assignment): MemberSpec => {
    const ids = new Set<string>();
    for (const name of group.memberTopics(m)) {
      const t = topics.byName(name);
      if (t) ids.add(t.id);
    }
    return { memberId: m.memberId, instanceId: m.instanceId, rackId: m.rackId, subscribedTopicIds: ids, assignment };
  };
  for (const [memberId, m] of group.members) specs.set(memberId, spec(m, group.targetAssignmentOf(memberId)));
  for (const [memberId, m] of updated) {
    if (m === null) {
      specs.delete(memberId);
      continue;
    }
    let assignment = group.targetAssignment.get(memberId) ?? EMPTY_ASSIGNMENT;
    const previous = group.staticMemberId(m.instanceId);
    if (previous !== undefined && previous !== memberId) assignment = group.targetAssignmentOf(previous);
    specs.set(memberId, spec(m, assignment));
  }
  const members = [...specs.values()].sort((a, b) => (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0));
  const describer: TopicDescriber = {
    partitions: (topicId) => topics.byId(topicId)?.partitions ?? -1,
    racks: (topicId, p) => topics.byId(topicId)?.partitionRacks(p) ?? [],
  };
  const assignments = assignor.assign(members, describer);
  const records: GroupRecord[] = [];
  for (const m of members) {
    const next = assignments.get(m.memberId) ?? EMPTY_ASSIGNMENT;
    const old = group.targetAssignment.get(m.memberId);
    if (old === undefined || !assignmentEquals(old, next))
      records.push(targetAssignmentRecord(group.groupId, m.memberId, next));
  }
  records.push(targetAssignmentEpochRecord(group.groupId, groupEpoch));
  return { records, assignments };
}
