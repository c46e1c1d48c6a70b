/**
 * Log start, high watermark and last stable offset of many partitions at once: ListOffsets EARLIEST, LATEST, and
 * LATEST at read_committed (KIP-98's LSO), each partition asked of its leader. Partitions without a leader are left
 * out (their leader cannot be asked), and so is everything when the cluster answers with an error: these numbers
 * decorate a view, they never fail it.
 */
import { EARLIEST, LATEST, listOffsets, type KafkaClient, type TopicPartition } from '@samsa/client';

export interface PartitionOffsets {
  readonly logStart: number;
  readonly highWatermark: number;
  readonly lastStable: number;
}

export const tpKey = (topic: string, partition: number): string => `${topic}\u0000${partition}`;

export async function partitionOffsets(
  client: KafkaClient,
  partitions: readonly TopicPartition[],
  options: { lastStable?: boolean } = {},
): Promise<Map<string, PartitionOffsets>> {
  const out = new Map<string, PartitionOffsets>();
  if (partitions.length === 0) return out;
  const tolerant = (at: number, isolation?: 'read_committed') =>
    listOffsets(client, partitions, at, isolation).catch(() => []);
  const [starts, ends, stables] = await Promise.all([
    tolerant(EARLIEST),
    tolerant(LATEST),
    options.lastStable === false ? Promise.resolve([]) : tolerant(LATEST, 'read_committed'),
  ]);
  const stable = new Map(stables.map((o) => [tpKey(o.topic, o.partition), o.offset]));
  const start = new Map(starts.map((o) => [tpKey(o.topic, o.partition), o.offset]));
  for (const e of ends) {
    const key = tpKey(e.topic, e.partition);
    out.set(key, {
      logStart: start.get(key) ?? -1,
      highWatermark: e.offset,
      lastStable: stable.get(key) ?? -1,
    });
  }
  return out;
}
