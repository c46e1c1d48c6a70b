/**
 * Kafka's `range` assignor (RangeAssignor of the group coordinator): per topic, its subscribers get consecutive
 * ranges of partitions (co-partitioned topics line up member by member, which joins need), at least
 * `partitions / subscribers` each and one more for the first `partitions % subscribers`; a member keeps as much of
 * its current range as that quota allows (sticky), taking the lowest partition numbers it held.
 */
import { type Assignment, frozen } from '../assignment';
import { sortedTopics, type MemberSpec, type PartitionAssignor } from './assignor';
import { PartitionAssignorError } from './errors';

export const rangeAssignor: PartitionAssignor = {
  name: 'range',
  assign(members, topics) {
    const next = new Map<string, Map<string, Set<number>>>();
    for (const m of members) next.set(m.memberId, new Map());
    const perTopic = new Map<string, MemberSpec[]>();
    for (const m of members) {
      for (const topicId of m.subscribedTopicIds) {
        if (topics.partitions(topicId) < 0)
          throw new PartitionAssignorError('Member is subscribed to a non-existent topic');
        const list = perTopic.get(topicId) ?? [];
        list.push(m);
        perTopic.set(topicId, list);
      }
    }
    const add = (memberId: string, topicId: string, partitions: Iterable<number>): void => {
      const a = next.get(memberId) as Map<string, Set<number>>;
      let set = a.get(topicId);
      if (!set) a.set(topicId, (set = new Set()));
      for (const p of partitions) set.add(p);
    };
    for (const topicId of sortedTopics(perTopic.keys())) {
      const subs = perTopic.get(topicId) as MemberSpec[];
      const n = topics.partitions(topicId);
      const minQuota = Math.floor(n / subs.length);
      let withExtra = n % subs.length;
      const sticky = new Set<number>();
      const unfilled: { memberId: string; remaining: number }[] = [];
      for (const m of subs) {
        const current = [...(m.assignment.get(topicId) ?? [])].filter((p) => p < n).sort((a, b) => a - b);
        const retained = Math.min(current.length, minQuota);
        for (let i = 0; i < retained; i++) sticky.add(current[i] as number);
        add(m.memberId, topicId, current.slice(0, retained));
        const remaining = minQuota - current.length;
        if (remaining < 0 && withExtra > 0) {
          withExtra--;
          const p = current[minQuota] as number;
          sticky.add(p);
          add(m.memberId, topicId, [p]);
        } else unfilled.push({ memberId: m.memberId, remaining });
      }
      const free: number[] = [];
      for (let p = 0; p < n; p++) if (!sticky.has(p)) free.push(p);
      let start = 0;
      for (const u of unfilled) {
        let remaining = u.remaining;
        if (withExtra > 0) {
          remaining++;
          withExtra--;
        }
        if (remaining > 0) {
          add(u.memberId, topicId, free.slice(start, start + remaining));
          start += remaining;
        }
      }
    }
    const out = new Map<string, Assignment>();
    for (const [memberId, a] of next) out.set(memberId, frozen(a));
    return out;
  },
};
