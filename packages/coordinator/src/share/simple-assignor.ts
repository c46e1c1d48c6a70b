/**
 * The share groups' `simple` assignor (Kafka's SimpleAssignor, KIP-932, as read in apache/kafka). A share-partition
 * may go to several members, so the assignment only has to cover every subscribed partition and spread members
 * roughly evenly:
 *  1. each member is hashed to one of the partitions it subscribes to (Java's String.hashCode, as Kafka);
 *  2. partitions that step 1 left out and no member holds yet go round-robin to their topic's subscribers;
 *  3. members keep what they already hold of the topics they still subscribe to.
 * Homogeneous subscriptions (every member on the same topics) hash over all subscribed partitions at once, as Kafka
 * does; heterogeneous ones per member.
 */

/** Topic id -> sorted partitions. */
export type MemberTopicPartitions = Map<string, number[]>;

const key = (topicId: string, partition: number): string => `${topicId}:${partition}`;

function javaHashCode(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

interface TP {
  readonly topicId: string;
  readonly partition: number;
}

/**
 * `subscriptions`: member id -> subscribed topic ids (existing topics only); `partitions`: a topic's partition count;
 * `current`: what each member holds now.
 */
export function simpleAssign(
  subscriptions: ReadonlyMap<string, readonly string[]>,
  partitions: (topicId: string) => number,
  current: ReadonlyMap<string, MemberTopicPartitions>,
): Map<string, MemberTopicPartitions> {
  const targets = (topicIds: readonly string[]): TP[] => {
    const out: TP[] = [];
    for (const topicId of topicIds) for (let p = 0; p < partitions(topicId); p++) out.push({ topicId, partition: p });
    return out;
  };
  const fresh = new Map<string, { tp: TP; members: string[] }>();
  const give = (tp: TP, member: string): void => {
    const k = key(tp.topicId, tp.partition);
    const entry = fresh.get(k) ?? { tp, members: [] };
    entry.members.push(member);
    fresh.set(k, entry);
  };
  const hashed = (tps: TP[], members: Iterable<string>): void => {
    if (tps.length === 0) return;
    for (const m of members) give(tps[Math.abs(javaHashCode(m) % tps.length)], m);
  };
  const held = new Set<string>();
  for (const a of current.values()) for (const [t, ps] of a) for (const p of ps) held.add(key(t, p));

  const memberIds = [...subscriptions.keys()];
  const topicSets = [...subscriptions.values()].map((ids) => [...ids].sort().join(','));
  const homogeneous = topicSets.every((s) => s === topicSets[0]);
  // Topic id -> its subscribers, in member order.
  const subscribers = new Map<string, string[]>();
  for (const [m, ids] of subscriptions) for (const t of ids) subscribers.set(t, [...(subscribers.get(t) ?? []), m]);

  let all: TP[];
  if (homogeneous) {
    all = targets(subscriptions.get(memberIds[0] ?? '') ?? []);
    hashed(all, memberIds);
  } else {
    const seen = new Set<string>();
    all = [];
    for (const [m, ids] of subscriptions) {
      const tps = targets(ids);
      hashed(tps, [m]);
      for (const tp of tps) {
        const k = key(tp.topicId, tp.partition);
        if (!seen.has(k)) all.push(tp);
        seen.add(k);
      }
    }
  }
  // Round-robin per topic over the partitions nobody got or holds.
  const next = new Map<string, number>();
  for (const tp of all) {
    const k = key(tp.topicId, tp.partition);
    if (fresh.has(k) || held.has(k)) continue;
    const subs = homogeneous ? memberIds : (subscribers.get(tp.topicId) ?? []);
    if (subs.length === 0) continue;
    const i = next.get(homogeneous ? '' : tp.topicId) ?? 0;
    give(tp, subs[i % subs.length]);
    next.set(homogeneous ? '' : tp.topicId, i + 1);
  }

  const result = new Map<string, Set<string>>(memberIds.map((m) => [m, new Set<string>()]));
  for (const [m, a] of current) {
    const subscribed = new Set(subscriptions.get(m) ?? []);
    for (const [t, ps] of a) {
      if (!subscribed.has(t) || partitions(t) === 0) continue;
      for (const p of ps) if (p < partitions(t)) result.get(m)?.add(key(t, p));
    }
  }
  for (const [k, { members }] of fresh) for (const m of members) result.get(m)?.add(k);

  const out = new Map<string, MemberTopicPartitions>();
  for (const [m, keys] of result) {
    const byTopic: MemberTopicPartitions = new Map();
    for (const k of keys) {
      const at = k.lastIndexOf(':');
      const t = k.slice(0, at);
      byTopic.set(t, [...(byTopic.get(t) ?? []), Number(k.slice(at + 1))]);
    }
    for (const ps of byTopic.values()) ps.sort((a, b) => a - b);
    out.set(m, byTopic);
  }
  return out;
}
