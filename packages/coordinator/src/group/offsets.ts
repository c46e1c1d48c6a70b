/**
 * Committed offsets of one coordinator partition (Kafka's OffsetMetadataManager): OffsetCommit, OffsetFetch,
 * OffsetDelete, group deletion and the expiry of offsets (offsets.retention.minutes). Commits and deletions are
 * records that reach the in-memory map only through `replay`, both at run time (after the append) and at start-up.
 */
import { ErrorCode, type OffsetDeleteResponseTopic } from '@samsa/protocol';
import type { CoordinatorResult } from '../runtime/result';
import type { ClassicGroup } from './classic/group';
import { GroupState } from './classic/state';
import type { GroupCoordinatorConfig } from './config';
import { offsetCommitRecord, offsetTombstone, type GroupRecord, type OffsetCommitRecord } from './records';

export interface OffsetAndMetadata {
  readonly committedOffset: number;
  /** -1 when the commit carried no leader epoch. */
  readonly leaderEpoch: number;
  readonly metadata: string;
  readonly commitTimestampMs: number;
  /** Only for commits made with an explicit retention time (OffsetCommit v2-4); null otherwise. */
  readonly expireTimestampMs: number | null;
}

export interface CommitPartition {
  readonly partitionIndex: number;
  readonly committedOffset: number;
  readonly committedLeaderEpoch: number;
  /** v1 only: a client-chosen commit time, -1 for "now". */
  readonly commitTimestamp: number;
  readonly committedMetadata: string | null;
}

export interface CommitTopic {
  readonly name: string;
  readonly partitions: readonly CommitPartition[];
}

export interface PartitionResult {
  readonly partitionIndex: number;
  readonly errorCode: number;
}

export interface TopicResult {
  readonly name: string;
  readonly partitions: PartitionResult[];
}

export interface FetchedPartition {
  readonly partitionIndex: number;
  readonly committedOffset: number;
  readonly committedLeaderEpoch: number;
  readonly metadata: string | null;
  readonly errorCode: number;
}

export interface FetchedTopic {
  readonly name: string;
  readonly partitions: FetchedPartition[];
}

/** Kafka's OffsetCommitRequest.DEFAULT_RETENTION_TIME / DEFAULT_TIMESTAMP. */
const DEFAULT_RETENTION_TIME = -1;
const DEFAULT_TIMESTAMP = -1;
const INVALID_OFFSET = -1;

export class OffsetMetadataManager {
  /** group -> topic -> partition -> offset */
  readonly #offsets = new Map<string, Map<string, Map<number, OffsetAndMetadata>>>();
  readonly #config: GroupCoordinatorConfig;

  constructor(config: GroupCoordinatorConfig) {
    this.#config = config;
  }

  hasOffsets(groupId: string): boolean {
    return this.#offsets.has(groupId);
  }

  offset(groupId: string, topic: string, partition: number): OffsetAndMetadata | undefined {
    return this.#offsets.get(groupId)?.get(topic)?.get(partition);
  }

  /** The commit's records and per-partition results (OFFSET_METADATA_TOO_LARGE for metadata over the limit). */
  commit(groupId: string, topics: readonly CommitTopic[], retentionTimeMs: number, now: number): CoordinatorResult<TopicResult[], GroupRecord> {
    const records: GroupRecord[] = [];
    const response: TopicResult[] = [];
    const expireTimestampMs = retentionTimeMs === DEFAULT_RETENTION_TIME ? null : now + retentionTimeMs;
    for (const topic of topics) {
      const partitions: PartitionResult[] = [];
      response.push({ name: topic.name, partitions });
      for (const p of topic.partitions) {
        if (p.committedMetadata !== null && Buffer.byteLength(p.committedMetadata, 'utf8') > this.#config.offsetMetadataMaxBytes) {
          partitions.push({ partitionIndex: p.partitionIndex, errorCode: ErrorCode.OFFSET_METADATA_TOO_LARGE });
          continue;
        }
        partitions.push({ partitionIndex: p.partitionIndex, errorCode: ErrorCode.NONE });
        records.push(
          offsetCommitRecord(groupId, topic.name, p.partitionIndex, {
            offset: p.committedOffset,
            leaderEpoch: p.committedLeaderEpoch < 0 ? -1 : p.committedLeaderEpoch,
            metadata: p.committedMetadata ?? '',
            commitTimestamp: p.commitTimestamp === DEFAULT_TIMESTAMP ? now : p.commitTimestamp,
            expireTimestamp: expireTimestampMs ?? -1,
          }),
        );
      }
    }
    return { records, response };
  }

  /**
   * The committed offsets of the requested partitions (-1 and empty metadata for none), or of every partition
   * with a commit when `topics` is null. An unknown group has no offsets; it is not an error.
   */
  fetch(groupId: string, topics: readonly { name: string; partitionIndexes: readonly number[] }[] | null): FetchedTopic[] {
    const byTopic = this.#offsets.get(groupId);
    if (topics === null) {
      const all: FetchedTopic[] = [];
      for (const [name, partitions] of byTopic ?? []) {
        const out: FetchedPartition[] = [];
        for (const [partitionIndex, o] of partitions) out.push(fetched(partitionIndex, o));
        all.push({ name, partitions: out });
      }
      return all;
    }
    return topics.map((t) => {
      const partitions = byTopic?.get(t.name);
      return { name: t.name, partitions: t.partitionIndexes.map((p) => fetched(p, partitions?.get(p))) };
    });
  }

  /**
   * OffsetDelete: offsets of topics the group still subscribes to stay (GROUP_SUBSCRIBED_TO_TOPIC); partitions
   * without a committed offset are left out of the response, as Kafka does.
   */
  delete(group: ClassicGroup, topics: readonly { name: string; partitions: readonly { partitionIndex: number }[] }[]): CoordinatorResult<OffsetDeleteResponseTopic[], GroupRecord> {
    const records: GroupRecord[] = [];
    const response: OffsetDeleteResponseTopic[] = [];
    const byTopic = this.#offsets.get(group.groupId);
    for (const topic of topics) {
      const partitions: { partitionIndex: number; errorCode: number }[] = [];
      if (group.isSubscribedToTopic(topic.name)) {
        for (const p of topic.partitions) partitions.push({ partitionIndex: p.partitionIndex, errorCode: ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC });
      } else {
        const committed = byTopic?.get(topic.name);
        for (const p of topic.partitions) {
          if (committed?.has(p.partitionIndex)) {
            partitions.push({ partitionIndex: p.partitionIndex, errorCode: ErrorCode.NONE });
            records.push(offsetTombstone(group.groupId, topic.name, p.partitionIndex));
          }
        }
      }
      response.push({ name: topic.name, partitions });
    }
    return { records, response };
  }

  /** Tombstones for every offset of the group (DeleteGroups); returns how many. */
  deleteAll(groupId: string, records: GroupRecord[]): number {
    let n = 0;
    for (const [topic, partitions] of this.#offsets.get(groupId) ?? []) {
      for (const partition of partitions.keys()) {
        records.push(offsetTombstone(groupId, topic, partition));
        n++;
      }
    }
    return n;
  }

  /**
   * Adds tombstones for the group's expired offsets; true when the group has none left (then an Empty group
   * may go too). Kafka's rules: explicit expire timestamps (old clients) win; otherwise an Empty group's offsets
   * expire offsets.retention.minutes after it became Empty, a group without protocol type (a "simple" group)
   * after each commit, and a Stable consumer group's offsets of topics it no longer subscribes to after each commit.
   */
  cleanupExpired(group: ClassicGroup, records: GroupRecord[], now: number): boolean {
    const byTopic = this.#offsets.get(group.groupId);
    if (!byTopic) return true;
    const base = expirationBase(group);
    if (base === null) return false;
    let allExpired = true;
    for (const [topic, partitions] of byTopic) {
      if (group.isSubscribedToTopic(topic)) {
        allExpired = false;
        continue;
      }
      for (const [partition, o] of partitions) {
        const expired =
          o.expireTimestampMs !== null ? now >= o.expireTimestampMs : now - base(o) >= this.#config.offsetsRetentionMs;
        if (expired) records.push(offsetTombstone(group.groupId, topic, partition));
        else allExpired = false;
      }
    }
    return allExpired;
  }

  replay(record: OffsetCommitRecord): void {
    const { group, topic, partition } = record.key;
    const value = record.value;
    if (value === null) {
      const byTopic = this.#offsets.get(group);
      const partitions = byTopic?.get(topic);
      if (!byTopic || !partitions) return;
      partitions.delete(partition);
      if (partitions.size === 0) byTopic.delete(topic);
      if (byTopic.size === 0) this.#offsets.delete(group);
      return;
    }
    let byTopic = this.#offsets.get(group);
    if (!byTopic) {
      byTopic = new Map();
      this.#offsets.set(group, byTopic);
    }
    let partitions = byTopic.get(topic);
    if (!partitions) {
      partitions = new Map();
      byTopic.set(topic, partitions);
    }
    partitions.set(partition, {
      committedOffset: value.offset,
      leaderEpoch: value.leaderEpoch ?? -1,
      metadata: value.metadata,
      commitTimestampMs: value.commitTimestamp,
      expireTimestampMs: value.expireTimestamp === undefined || value.expireTimestamp === -1 ? null : value.expireTimestamp,
    });
  }
}

function fetched(partitionIndex: number, o: OffsetAndMetadata | undefined): FetchedPartition {
  if (!o) return { partitionIndex, committedOffset: INVALID_OFFSET, committedLeaderEpoch: -1, metadata: '', errorCode: ErrorCode.NONE };
  return { partitionIndex, committedOffset: o.committedOffset, committedLeaderEpoch: o.leaderEpoch, metadata: o.metadata, errorCode: ErrorCode.NONE };
}

/** The time an offset's retention counts from, per Kafka's offsetExpirationCondition; null: never expires now. */
function expirationBase(group: ClassicGroup): ((o: OffsetAndMetadata) => number) | null {
  if (group.protocolType === null) return (o) => o.commitTimestampMs;
  if (group.is(GroupState.Empty)) {
    const since = group.currentStateTimestamp;
    return (o) => since ?? o.commitTimestampMs;
  }
  if (group.usesConsumerProtocol && group.subscribedTopics !== null && group.is(GroupState.Stable)) return (o) => o.commitTimestampMs;
  return null;
}
