/**
 * The "consumer" protocol's member metadata and assignment (Kafka's ConsumerProtocol, ConsumerProtocolSubscription
 * and ConsumerProtocolAssignment): opaque bytes to the group coordinator, read and written by consumers. Every
 * version starts with `version int16`, then the topics (subscription) or topic partitions (assignment), so reading
 * that prefix works for all versions; we write v0, which every consumer reads.
 */
import { Reader, Writer } from '@samsa/protocol';

export const CONSUMER_PROTOCOL_TYPE = 'consumer';

export interface TopicPartitions {
  readonly topic: string;
  readonly partitions: readonly number[];
}

export function encodeSubscription(topics: readonly string[]): Buffer {
  const w = new Writer();
  w.int16(0);
  w.int32(topics.length);
  for (const t of topics) w.string(t);
  w.nullableBytes(null);
  return w.toBuffer();
}

export function decodeSubscription(data: Buffer): string[] | null {
  try {
    const r = new Reader(data, 0);
    r.int16();
    const n = r.int32();
    const topics: string[] = [];
    for (let i = 0; i < n; i++) topics.push(r.string());
    return topics;
  } catch {
    return null;
  }
}

export function encodeAssignment(assignment: readonly TopicPartitions[]): Buffer {
  const w = new Writer();
  w.int16(0);
  w.int32(assignment.length);
  for (const a of assignment) {
    w.string(a.topic);
    w.int32(a.partitions.length);
    for (const p of a.partitions) w.int32(p);
  }
  w.nullableBytes(null);
  return w.toBuffer();
}

/** The assigned partitions, or null when the bytes are not a consumer assignment (another protocol type). */
export function decodeAssignment(data: Buffer): TopicPartitions[] | null {
  if (data.length === 0) return [];
  try {
    const r = new Reader(data, 0);
    r.int16();
    const n = r.int32();
    const out: TopicPartitions[] = [];
    for (let i = 0; i < n; i++) {
      const topic = r.string();
      const m = r.int32();
      const partitions: number[] = [];
      for (let j = 0; j < m; j++) partitions.push(r.int32());
      out.push({ topic, partitions });
    }
    return out;
  } catch {
    return null;
  }
}

/**
 * Kafka's RangeAssignor: per topic, the partitions in order split into contiguous ranges over the members subscribed
 * to it (sorted by member id), the first `partitions % members` members getting one more.
 */
export function rangeAssign(
  members: readonly { memberId: string; topics: readonly string[] }[],
  partitionCounts: ReadonlyMap<string, number>,
): Map<string, TopicPartitions[]> {
  const out = new Map<string, TopicPartitions[]>(members.map((m) => [m.memberId, []]));
  const topics = new Set(members.flatMap((m) => m.topics));
  for (const topic of [...topics].sort()) {
    const count = partitionCounts.get(topic) ?? 0;
    const subscribed = members
      .filter((m) => m.topics.includes(topic))
      .map((m) => m.memberId)
      .sort();
    const per = Math.floor(count / subscribed.length);
    const extra = count % subscribed.length;
    subscribed.forEach((memberId, i) => {
      const start = per * i + Math.min(i, extra);
      const length = per + (i < extra ? 1 : 0);
      if (length === 0) return;
      const partitions = Array.from({ length }, (_, k) => start + k);
      out.get(memberId)?.push({ topic, partitions });
    });
  }
  return out;
}
