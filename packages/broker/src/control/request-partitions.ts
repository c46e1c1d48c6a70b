/**
 * The topic partitions a decoded request names, for fault rules filtered by topic or partition. Works on the shape
 * the generated codecs share: a top-level array of topics (`name`, `topic` or a `topicId` resolved through the
 * cluster), each with its partitions as objects (`partition`, `partitionIndex`, `index`) or as plain indexes.
 * Only called when a rule has such a filter, so requests pay nothing for it otherwise.
 */
import type { Cluster } from '../cluster';

export interface NamedPartition {
  readonly topic: string;
  /** null when the request names the topic only (Metadata, CreateTopics, ...). */
  readonly partition: number | null;
}

/** Arrays that name topics the request does not act on. */
const IGNORED_FIELDS: ReadonlySet<string> = new Set(['forgottenTopicsData']);

export function requestPartitions(request: unknown, cluster: Cluster): NamedPartition[] {
  const out: NamedPartition[] = [];
  if (typeof request !== 'object' || request === null) return out;
  for (const [field, value] of Object.entries(request)) {
    if (!Array.isArray(value) || IGNORED_FIELDS.has(field)) continue;
    for (const item of value as unknown[]) {
      if (typeof item !== 'object' || item === null) continue;
      const topic = topicOf(item as Record<string, unknown>, cluster);
      if (topic === null) continue;
      const before = out.length;
      for (const inner of Object.values(item)) {
        if (!Array.isArray(inner)) continue;
        for (const p of inner as unknown[]) {
          const index = partitionOf(p);
          if (index !== null) out.push({ topic, partition: index });
        }
      }
      if (out.length === before) out.push({ topic, partition: null });
    }
  }
  return out;
}

function topicOf(item: Record<string, unknown>, cluster: Cluster): string | null {
  const name = item['name'] ?? item['topic'] ?? item['topicName'];
  if (typeof name === 'string' && name !== '') return name;
  const id = item['topicId'];
  if (typeof id === 'string') return cluster.topicById(id)?.name ?? null;
  return null;
}

function partitionOf(p: unknown): number | null {
  if (typeof p === 'number') return p;
  if (typeof p !== 'object' || p === null) return null;
  const o = p as Record<string, unknown>;
  const index = o['partition'] ?? o['partitionIndex'] ?? o['index'];
  return typeof index === 'number' ? index : null;
}
