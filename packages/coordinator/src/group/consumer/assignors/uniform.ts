/**
 * Kafka's `uniform` assignor (UniformAssignor, the default): partitions spread as evenly as possible (no two members
 * differ by more than one partition among the topics they share), and as few moves as possible.
 *
 * - Every member subscribed to the same topics (UniformHomogeneousAssignmentBuilder): each member keeps its current
 *   partitions up to its quota (total / members, one more for the first `total % members`), partitions of topics it
 *   no longer subscribes to are freed, and the free partitions fill the members below their quota.
 * - Members subscribed to different topics (UniformHeterogeneousAssignmentBuilder): each member keeps its current
 *   partitions of topics it still subscribes to; free partitions go, topic by topic (the topic with the fewest
 *   subscribers first), to the subscriber holding the fewest partitions; then partitions move from the most loaded
 *   subscriber of a topic to the least loaded one while they differ by more than one.
 *
 * Rack-aware placement: where member and partition racks are known, a free partition goes preferably to a member
 * on one of its replicas' racks, within the same quotas, so balance and stickiness are unchanged.
 */
import { type Assignment, frozen } from '../assignment';
import {
  isHomogeneous,
  onRack,
  sortedTopics,
  type MemberSpec,
  type PartitionAssignor,
  type TopicDescriber,
} from './assignor';
import { PartitionAssignorError } from './errors';

interface TopicPartition {
  readonly topicId: string;
  readonly partition: number;
}

export const uniformAssignor: PartitionAssignor = {
  name: 'uniform',
  assign(members, topics) {
    if (members.length === 0) return new Map();
    return isHomogeneous(members) ? homogeneous(members, topics) : heterogeneous(members, topics);
  },
};

function homogeneous(members: readonly MemberSpec[], topics: TopicDescriber): Map<string, Assignment> {
  const subscribed = (members[0] as MemberSpec).subscribedTopicIds;
  const out = new Map<string, Assignment>();
  if (subscribed.size === 0) {
    for (const m of members) out.set(m.memberId, new Map());
    return out;
  }
  const held = new Set<string>();
  for (const m of members) for (const [t, parts] of m.assignment) for (const p of parts) held.add(`${t}:${p}`);
  const unassigned: TopicPartition[] = [];
  let total = 0;
  for (const topicId of sortedTopics(subscribed)) {
    const n = topics.partitions(topicId);
    if (n < 0)
      throw new PartitionAssignorError(
        `Members are subscribed to topic ${topicId} which doesn't exist in the topic metadata.`,
      );
    for (let p = 0; p < n; p++) if (!held.has(`${topicId}:${p}`)) unassigned.push({ topicId, partition: p });
    total += n;
  }
  const minQuota = Math.floor(total / members.length);
  let extra = total % members.length;
  const unfilled: { member: MemberSpec; next: Map<string, Set<number>>; remaining: number }[] = [];
  for (const m of members) {
    let quota = minQuota;
    if (extra > 0) {
      quota++;
      extra--;
    }
    const next = new Map<string, Set<number>>();
    for (const topicId of sortedTopics(m.assignment.keys())) {
      const parts = m.assignment.get(topicId) as ReadonlySet<number>;
      if (!subscribed.has(topicId)) continue;
      const partitions = topics.partitions(topicId);
      const kept = new Set<number>();
      for (const p of [...parts].sort((a, b) => a - b)) {
        // A partition beyond the topic's current count cannot be kept (it never is: partitions only grow).
        if (p >= partitions) continue;
        if (quota > 0) {
          kept.add(p);
          quota--;
        } else unassigned.push({ topicId, partition: p });
      }
      if (kept.size > 0) next.set(topicId, kept);
    }
    if (quota > 0) unfilled.push({ member: m, next, remaining: quota });
    else out.set(m.memberId, frozen(next));
  }
  fill(unfilled, unassigned, topics, out);
  return out;
}

/** Hands the free partitions to the members below their quota, rack-local ones first. */
function fill(
  unfilled: { member: MemberSpec; next: Map<string, Set<number>>; remaining: number }[],
  unassigned: TopicPartition[],
  topics: TopicDescriber,
  out: Map<string, Assignment>,
): void {
  const taken = new Set<number>();
  const give = (u: (typeof unfilled)[number], i: number): void => {
    const tp = unassigned[i] as TopicPartition;
    taken.add(i);
    let set = u.next.get(tp.topicId);
    if (!set) u.next.set(tp.topicId, (set = new Set()));
    set.add(tp.partition);
    u.remaining--;
  };
  for (const u of unfilled) {
    if (u.member.rackId === null) continue;
    for (let i = 0; i < unassigned.length && u.remaining > 0; i++) {
      const tp = unassigned[i] as TopicPartition;
      if (!taken.has(i) && onRack(topics, u.member.rackId, tp.topicId, tp.partition)) give(u, i);
    }
  }
  let cursor = 0;
  for (const u of unfilled) {
    while (u.remaining > 0) {
      while (cursor < unassigned.length && taken.has(cursor)) cursor++;
      if (cursor >= unassigned.length) break;
      give(u, cursor);
    }
    out.set(u.member.memberId, frozen(u.next));
  }
  if (taken.size < unassigned.length) throw new PartitionAssignorError('Partitions were left unassigned');
}

function heterogeneous(members: readonly MemberSpec[], topics: TopicDescriber): Map<string, Assignment> {
  const next = new Map<string, Map<string, Set<number>>>();
  const load = new Map<string, number>();
  const subscribers = new Map<string, MemberSpec[]>();
  for (const m of members) {
    next.set(m.memberId, new Map());
    load.set(m.memberId, 0);
    for (const topicId of m.subscribedTopicIds) {
      if (topics.partitions(topicId) < 0)
        throw new PartitionAssignorError(
          `Member ${m.memberId} is subscribed to topic ${topicId} which doesn't exist in the topic metadata.`,
        );
      const list = subscribers.get(topicId) ?? [];
      list.push(m);
      subscribers.set(topicId, list);
    }
  }
  const owner = new Map<string, string>();
  const add = (memberId: string, topicId: string, p: number): void => {
    const a = next.get(memberId) as Map<string, Set<number>>;
    let set = a.get(topicId);
    if (!set) a.set(topicId, (set = new Set()));
    set.add(p);
    load.set(memberId, (load.get(memberId) ?? 0) + 1);
    owner.set(`${topicId}:${p}`, memberId);
  };
  // Stickiness: current partitions of still-subscribed topics stay.
  for (const m of members) {
    for (const [topicId, parts] of m.assignment) {
      if (!m.subscribedTopicIds.has(topicId)) continue;
      const n = topics.partitions(topicId);
      for (const p of parts) if (p < n && !owner.has(`${topicId}:${p}`)) add(m.memberId, topicId, p);
    }
  }
  const order = sortedTopics(subscribers.keys()).sort(
    (a, b) => (subscribers.get(a)?.length ?? 0) - (subscribers.get(b)?.length ?? 0),
  );
  for (const topicId of order) {
    const subs = subscribers.get(topicId) as MemberSpec[];
    const n = topics.partitions(topicId);
    for (let p = 0; p < n; p++) {
      if (owner.has(`${topicId}:${p}`)) continue;
      add(pickLeastLoaded(subs, load, topics, topicId, p).memberId, topicId, p);
    }
  }
  // Balance: move partitions from the most loaded subscriber of a topic to the least loaded while they differ by 2+.
  for (let moved = true, rounds = 0; moved && rounds < 10_000; rounds++) {
    moved = false;
    for (const topicId of order) {
      const subs = subscribers.get(topicId) as MemberSpec[];
      if (subs.length < 2) continue;
      const byLoad = [...subs].sort(
        (a, b) => (load.get(a.memberId) ?? 0) - (load.get(b.memberId) ?? 0) || (a.memberId < b.memberId ? -1 : 1),
      );
      const low = byLoad[0] as MemberSpec;
      const high = byLoad[byLoad.length - 1] as MemberSpec;
      if ((load.get(high.memberId) ?? 0) - (load.get(low.memberId) ?? 0) < 2) continue;
      const parts = next.get(high.memberId)?.get(topicId);
      if (!parts || parts.size === 0) continue;
      const p = Math.max(...parts);
      parts.delete(p);
      load.set(high.memberId, (load.get(high.memberId) ?? 0) - 1);
      add(low.memberId, topicId, p);
      moved = true;
    }
  }
  const out = new Map<string, Assignment>();
  for (const [memberId, a] of next) out.set(memberId, frozen(a));
  return out;
}

function pickLeastLoaded(
  subs: readonly MemberSpec[],
  load: ReadonlyMap<string, number>,
  topics: TopicDescriber,
  topicId: string,
  partition: number,
): MemberSpec {
  let best = subs[0] as MemberSpec;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const m of subs) {
    // Load first; among equally loaded members, one on the partition's rack.
    const score = (load.get(m.memberId) ?? 0) * 2 + (onRack(topics, m.rackId, topicId, partition) ? 0 : 1);
    if (score < bestScore) {
      best = m;
      bestScore = score;
    }
  }
  return best;
}
