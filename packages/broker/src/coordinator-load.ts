/**
 * How far a coordinator has loaded its internal topic: the state of each partition's shard, summed up for
 * readiness (`/readyz`) and metrics. A coordinator whose topic does not exist yet has nothing to load.
 */
import type { ShardStatus } from '@samsa/coordinator';
import type { TopicState } from './cluster';

export interface CoordinatorLoad {
  readonly topic: string;
  readonly partitions: number;
  readonly active: number;
  /** Partitions still replaying their log (requests get COORDINATOR_LOAD_IN_PROGRESS). */
  readonly loading: readonly number[];
  /** Partitions whose replay failed (requests get COORDINATOR_NOT_AVAILABLE). */
  readonly failed: readonly number[];
}

export function coordinatorLoad(
  topic: TopicState | undefined,
  status: (partition: number) => ShardStatus | 'unloaded',
): CoordinatorLoad | null {
  if (!topic) return null;
  let active = 0;
  const loading: number[] = [];
  const failed: number[] = [];
  for (const { partition } of topic.partitions) {
    const s = status(partition);
    if (s === 'active') active++;
    else if (s === 'failed') failed.push(partition);
    // 'unloaded' and 'closed': not serving yet (or any more), as for a partition being loaded.
    else loading.push(partition);
  }
  return { topic: topic.name, partitions: topic.partitions.length, active, loading, failed };
}
