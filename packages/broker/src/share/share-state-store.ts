/**
 * The share-partitions' durable state in `__share_group_state` (KIP-932; Kafka's share coordinator behind the
 * DefaultStatePersister). Each change of a share-partition's durable state (a record acknowledged, released,
 * archived, the SPSO moved) is written as a ShareSnapshot record of the whole state to the key's partition
 * (`groupId:topicId:partition`, hashed as FindCoordinator hashes it); the topic is replayed at start-up, the last
 * record of a key winning, and a new share-partition resumes from it (Kafka's ReadShareGroupState).
 *
 * Kafka writes ShareUpdate records between snapshots and prunes the log below the latest snapshot; samsa writes
 * snapshots only (a share-partition holds at most group.share.partition.max.record.locks offsets) and does not prune.
 */
import {
  decodeShareStateBatches,
  encodeShareStateRecords,
  partitionFor,
  type ShareStateRecord,
  type SharePartitionState,
} from '@samsa/coordinator';
import type { TopicState } from '../cluster';
import { InternalTopicLog } from '../internal-topic-log';
import type { ReplicaManager } from '../replica-manager';
import { sharePartitionKey } from './share-partition-key';

export const SHARE_GROUP_STATE_TOPIC = '__share_group_state';

/** What the share-partition manager reads and writes. */
export interface ShareStatePersister {
  read(groupId: string, topicId: string, partition: number): SharePartitionState | undefined;
  write(groupId: string, topicId: string, partition: number, state: SharePartitionState, leaderEpoch: number): void;
  delete(groupId: string, topicId: string, partition: number): void;
}

interface Stored {
  readonly state: SharePartitionState;
  readonly snapshotEpoch: number;
  readonly leaderEpoch: number;
}

export class ShareStateStore implements ShareStatePersister {
  readonly #replicas: ReplicaManager;
  readonly #ensureTopic: () => TopicState;
  readonly #now: () => number;
  /** `groupId:topicId:partition` → the latest state written or replayed. */
  readonly #states = new Map<string, Stored>();

  constructor(replicas: ReplicaManager, ensureTopic: () => TopicState, now: () => number = Date.now) {
    this.#replicas = replicas;
    this.#ensureTopic = ensureTopic;
    this.#now = now;
  }

  /** Replays the partitions of an existing `__share_group_state` (start-up). */
  load(topic: TopicState | undefined): void {
    if (!topic) return;
    for (const p of topic.partitions) {
      for (const batch of new InternalTopicLog(this.#replicas, SHARE_GROUP_STATE_TOPIC, p.partition).batches()) {
        for (const r of decodeShareStateBatches(batch)) this.#apply(r);
      }
    }
  }

  /** The share-partitions of a group that have a state, as `[topicId, partition]`. */
  partitionsOf(groupId: string): [string, number][] {
    const out: [string, number][] = [];
    for (const key of this.#states.keys()) {
      const last = key.lastIndexOf(':');
      const middle = key.lastIndexOf(':', last - 1);
      if (key.slice(0, middle) === groupId) out.push([key.slice(middle + 1, last), Number(key.slice(last + 1))]);
    }
    return out;
  }

  /** The leader epoch the latest state of a share-partition was written at. */
  leaderEpochOf(groupId: string, topicId: string, partition: number): number | undefined {
    return this.#states.get(sharePartitionKey(groupId, topicId, partition))?.leaderEpoch;
  }

  read(groupId: string, topicId: string, partition: number): SharePartitionState | undefined {
    return this.#states.get(sharePartitionKey(groupId, topicId, partition))?.state;
  }

  write(groupId: string, topicId: string, partition: number, state: SharePartitionState, leaderEpoch: number): void {
    const key = sharePartitionKey(groupId, topicId, partition);
    const snapshotEpoch = (this.#states.get(key)?.snapshotEpoch ?? -1) + 1;
    this.#append(key, { groupId, topicId, partition, state: { ...state, snapshotEpoch, leaderEpoch } });
  }

  delete(groupId: string, topicId: string, partition: number): void {
    const key = sharePartitionKey(groupId, topicId, partition);
    if (!this.#states.has(key)) return;
    this.#append(key, { groupId, topicId, partition, state: null });
  }

  #append(key: string, record: ShareStateRecord): void {
    const topic = this.#ensureTopic();
    const batch = encodeShareStateRecords([record], this.#now());
    this.#replicas.appendInternal(SHARE_GROUP_STATE_TOPIC, partitionFor(key, topic.partitions.length), batch);
    this.#apply(record);
  }

  #apply(r: ShareStateRecord): void {
    const key = sharePartitionKey(r.groupId, r.topicId, r.partition);
    if (r.state === null) this.#states.delete(key);
    else
      this.#states.set(key, {
        state: r.state,
        snapshotEpoch: r.state.snapshotEpoch,
        leaderEpoch: r.state.leaderEpoch,
      });
  }
}
