/**
 * Server-side assignors (Kafka's ConsumerGroupPartitionAssignor): given every member's subscription (topic ids),
 * rack and current target assignment, and the subscribed topics' partitions and their replicas' racks, compute the
 * next target assignment. Members come sorted by member id, so an assignment is the same on every run.
 */
import type { Assignment } from '../assignment';

export interface MemberSpec {
  readonly memberId: string;
  readonly instanceId: string | null;
  readonly rackId: string | null;
  readonly subscribedTopicIds: ReadonlySet<string>;
  /** The member's current target assignment (the assignor keeps what it can: stickiness). */
  readonly assignment: Assignment;
}

export interface TopicDescriber {
  /** The topic's partition count, -1 when the topic does not exist. */
  partitions(topicId: string): number;
  /** The racks of a partition's replicas (empty when unknown). */
  racks(topicId: string, partition: number): readonly string[];
}

export interface PartitionAssignor {
  /** The name members ask for in ServerAssignor and `group.consumer.assignors` lists. */
  readonly name: string;
  assign(members: readonly MemberSpec[], topics: TopicDescriber): Map<string, Assignment>;
}

/** All members subscribe to the same topics (Kafka's SubscriptionType.HOMOGENEOUS). */
export function isHomogeneous(members: readonly MemberSpec[]): boolean {
  const first = members[0];
  if (!first) return true;
  for (const m of members) {
    if (m.subscribedTopicIds.size !== first.subscribedTopicIds.size) return false;
    for (const t of m.subscribedTopicIds) if (!first.subscribedTopicIds.has(t)) return false;
  }
  return true;
}

/** A partition is on the member's rack when one of its replicas is (rack-aware placement). */
export function onRack(topics: TopicDescriber, rack: string | null, topicId: string, partition: number): boolean {
  return rack !== null && topics.racks(topicId, partition).includes(rack);
}

/** Topic ids in a stable order. */
export const sortedTopics = (ids: Iterable<string>): string[] => [...ids].sort();
