/**
 * ListOffsets, each partition asked of its leader: the earliest offset (log start), the latest (high watermark, or
 * the last stable offset at read_committed, KIP-98), or the first offset whose timestamp is at or after a time
 * (KIP-79; the end offset, with timestamp -1, when none is). Kafka's special timestamps: -2 earliest, -1 latest.
 */
import { ListOffsetsApi } from '@samsa/protocol';
import type { KafkaClient } from './client';
import { throwIfError } from './errors';

export const EARLIEST = -2;
export const LATEST = -1;

export interface TopicPartition {
  readonly topic: string;
  readonly partition: number;
}

export interface ListedOffset extends TopicPartition {
  readonly offset: number;
  /** The record's timestamp for a lookup by time; -1 otherwise or when no record is at or after the time. */
  readonly timestamp: number;
}

export type IsolationLevel = 'read_uncommitted' | 'read_committed';

/** Offsets for each partition at `timestamp` (EARLIEST, LATEST or milliseconds since the epoch). */
export async function listOffsets(
  client: KafkaClient,
  partitions: readonly TopicPartition[],
  timestamp: number | ((tp: TopicPartition) => number),
  isolation: IsolationLevel = 'read_uncommitted',
): Promise<ListedOffset[]> {
  const at = typeof timestamp === 'number' ? () => timestamp : timestamp;
  return client.retrying(async () => {
    const byLeader = new Map<number, TopicPartition[]>();
    for (const tp of partitions) {
      const leader = await client.leaderOf(tp.topic, tp.partition);
      byLeader.set(leader, [...(byLeader.get(leader) ?? []), tp]);
    }
    const results = await Promise.all(
      [...byLeader].map(async ([leader, tps]) => {
        const topics = new Map<string, TopicPartition[]>();
        for (const tp of tps) topics.set(tp.topic, [...(topics.get(tp.topic) ?? []), tp]);
        const { response, broker } = await client.sendTo(
          leader,
          ListOffsetsApi,
          (v) => ({
            replicaId: -1,
            ...(v >= 2 ? { isolationLevel: isolation === 'read_committed' ? 1 : 0 } : {}),
            topics: [...topics].map(([name, list]) => ({
              name,
              partitions: list.map((tp) => ({ partitionIndex: tp.partition, timestamp: at(tp) })),
            })),
          }),
          { min: isolation === 'read_committed' ? 2 : 1 },
        );
        const out: ListedOffset[] = [];
        for (const t of response.topics)
          for (const p of t.partitions) {
            throwIfError(p.errorCode, null, broker, `${t.name}/${p.partitionIndex}`);
            out.push({
              topic: t.name,
              partition: p.partitionIndex,
              offset: p.offset ?? -1,
              timestamp: p.timestamp ?? -1,
            });
          }
        return out;
      }),
    );
    return results.flat().sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
  });
}

/** A lookup by time that found no record answers offset -1; Kafka's tools then use the end offset. */
export async function offsetsForTimes(
  client: KafkaClient,
  partitions: readonly TopicPartition[],
  timestampMs: number,
): Promise<ListedOffset[]> {
  const byTime = await listOffsets(client, partitions, timestampMs);
  const missing = byTime.filter((o) => o.offset < 0);
  if (missing.length === 0) return byTime;
  const ends = await listOffsets(client, missing, LATEST);
  const endOf = new Map(ends.map((e) => [`${e.topic}\0${e.partition}`, e.offset]));
  return byTime.map((o) => (o.offset >= 0 ? o : { ...o, offset: endOf.get(`${o.topic}\0${o.partition}`) ?? -1 }));
}
