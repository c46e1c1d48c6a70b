/**
 * Partitions by topic id, the shape every KIP-848 assignment takes (Kafka's `Map<Uuid, Set<Integer>>`): a member's
 * target assignment, the partitions it owns, those it must revoke. Values are treated as immutable: every change
 * builds a new map.
 */
export type Assignment = ReadonlyMap<string, ReadonlySet<number>>;

export const EMPTY_ASSIGNMENT: Assignment = new Map();

/** Topic partitions as records and responses carry them. */
export interface TopicPartitions {
  readonly topicId: string;
  readonly partitions: readonly number[];
}

export function assignmentFromList(list: readonly TopicPartitions[] | null | undefined): Assignment {
  if (!list || list.length === 0) return EMPTY_ASSIGNMENT;
  const out = new Map<string, Set<number>>();
  for (const tp of list) {
    if (tp.partitions.length === 0) continue;
    let set = out.get(tp.topicId);
    if (!set) out.set(tp.topicId, (set = new Set()));
    for (const p of tp.partitions) set.add(p);
  }
  return out;
}

/** Sorted by topic id, partitions ascending: records and responses are stable. */
export function assignmentToList(a: Assignment): { topicId: string; partitions: number[] }[] {
  const out: { topicId: string; partitions: number[] }[] = [];
  for (const topicId of [...a.keys()].sort()) {
    const partitions = [...(a.get(topicId) as ReadonlySet<number>)].sort((x, y) => x - y);
    if (partitions.length > 0) out.push({ topicId, partitions });
  }
  return out;
}

export function assignmentEquals(a: Assignment, b: Assignment): boolean {
  if (a === b) return true;
  if (sizeOf(a) !== sizeOf(b)) return false;
  for (const [topicId, parts] of a) {
    if (parts.size === 0) continue;
    const other = b.get(topicId);
    if (!other || other.size !== parts.size) return false;
    for (const p of parts) if (!other.has(p)) return false;
  }
  return true;
}

/** The number of partitions. */
export function sizeOf(a: Assignment): number {
  let n = 0;
  for (const parts of a.values()) n += parts.size;
  return n;
}

export function hasPartition(a: Assignment, topicId: string, partition: number): boolean {
  return a.get(topicId)?.has(partition) ?? false;
}

/** Copy into mutable sets, for builders. */
export function mutableCopy(a: Assignment): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const [topicId, parts] of a) if (parts.size > 0) out.set(topicId, new Set(parts));
  return out;
}

/** Drops empty topics so that equal assignments compare equal. */
export function frozen(a: Map<string, Set<number>>): Assignment {
  for (const [topicId, parts] of a) if (parts.size === 0) a.delete(topicId);
  return a;
}

/** `topic-id-0,1,2; ...`, for logs. */
export function assignmentToString(a: Assignment): string {
  return assignmentToList(a)
    .map((tp) => `${tp.topicId}-${tp.partitions.join(',')}`)
    .join('; ');
}
