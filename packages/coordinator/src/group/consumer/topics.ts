/**
 * What the consumer group coordinator knows of the cluster's topics (Kafka's metadata image as the group
 * coordinator reads it): a topic by name or by id, its partition count and the racks of each partition's replicas,
 * every topic name (regex subscriptions), and a version that grows whenever topics are created or deleted, so
 * resolved regular expressions know when to look again. The broker provides a live view of its cluster metadata;
 * tests provide a fixed one.
 */
import { createHash } from 'node:crypto';

export interface TopicImage {
  readonly id: string;
  readonly name: string;
  readonly partitions: number;
  /** The racks of partition `partition`'s replicas; empty when no replica has a rack. */
  partitionRacks(partition: number): readonly string[];
}

export interface TopicsImage {
  byName(name: string): TopicImage | undefined;
  byId(id: string): TopicImage | undefined;
  /** Every topic name (internal topics included; regexes may match them, as in Kafka). */
  names(): Iterable<string>;
  /** Grows with every topic creation or deletion. */
  readonly version: number;
}

export const EMPTY_TOPICS_IMAGE: TopicsImage = {
  byName: () => undefined,
  byId: () => undefined,
  names: () => [],
  version: 0,
};

/**
 * The group's metadata hash (KIP-1101's idea: one number standing for everything the assignment depends on in the
 * subscribed topics): topic name, id, partition count and partition racks, over the subscribed topics that exist,
 * in name order. A change of any of them changes the hash, which bumps the group epoch and recomputes the target
 * assignment. 0 when no subscribed topic exists. The value is 48 bits of a SHA-256, so it stays an exact number.
 */
export function metadataHash(topicNames: Iterable<string>, topics: TopicsImage): number {
  const names = [...new Set(topicNames)].sort();
  const h = createHash('sha256');
  let any = false;
  for (const name of names) {
    const t = topics.byName(name);
    if (!t) continue;
    any = true;
    h.update(`${t.name}\u0000${t.id}\u0000${t.partitions}\u0000`);
    for (let p = 0; p < t.partitions; p++) h.update(`${[...t.partitionRacks(p)].sort().join(',')};`);
    h.update('\u0001');
  }
  if (!any) return 0;
  return h.digest().readUIntBE(0, 6);
}
