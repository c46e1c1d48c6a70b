/**
 * Committed offsets of one coordinator partition (Kafka's OffsetMetadataManager): OffsetCommit, TxnOffsetCommit,
 * OffsetFetch, OffsetDelete, group deletion and the expiry of offsets (offsets.retention.minutes). Commits and
 * deletions are records that reach the in-memory maps only through `replay`, both at run time (after the append)
 * and at start-up.
 *
 * Transactional commits (records of a transactional batch) are kept per producer id, pending, invisible to
 * OffsetFetch, until the producer's end-transaction marker: a commit moves them into the committed offsets (unless
 * a later non-transactional commit of the same partition is already there: the record offset decides, as in Kafka),
 * an abort drops them. A tombstone removes the partition's committed offset and its pending ones.
 */
import { ErrorCode, type OffsetDeleteResponseTopic } from '@samsa/protocol';
import type { CoordinatorResult } from '../runtime/result';
import type { ReplayMeta } from '../runtime/txn';
import type { GroupCoordinatorConfig } from './config';
import { offsetCommitRecord, offsetTombstone, type GroupRecord, type OffsetCommitRecord } from './records';

export interface OffsetAndMetadata {
  /**
   * Offset of the log batch that wrote it (-1 when unknown): a transactional commit materialises only over an
   * older commit, whatever the order of the markers.
   */
  readonly recordOffset: number;
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

/** What offsets need of a group, classic or consumer (Kafka's Group interface). */
export interface OffsetGroup {
  readonly groupId: string;
  /** Offsets of a subscribed topic stay (GROUP_SUBSCRIBED_TO_TOPIC, no expiry). */
  isSubscribedToTopic(topic: string): boolean;
  /**
   * Kafka's offsetExpirationCondition: the time an offset's retention counts from, or null when the group's offsets
   * do not expire now.
   */
  offsetExpirationBase(): ((o: OffsetAndMetadata) => number) | null;
}

/** Kafka's OffsetCommitRequest.DEFAULT_RETENTION_TIME / DEFAULT_TIMESTAMP. */
const DEFAULT_RETENTION_TIME = -1;
const DEFAULT_TIMESTAMP = -1;
const INVALID_OFFSET = -1;

/** group -> topic -> partition -> offset */
type OffsetStore = Map<string, Map<string, Map<number, OffsetAndMetadata>>>;

export class OffsetMetadataManager {
  readonly #offsets: OffsetStore = new Map();
  /** Transactional commits not yet completed: producer id -> its offsets. */
  readonly #pending = new Map<number, OffsetStore>();
  /** group -> producer ids with pending offsets for the group. */
  readonly #openTransactionsByGroup = new Map<string, Set<number>>();
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

  /** The group's committed offsets (pending transactional ones are not committed yet). */
  *committed(
    groupId: string,
  ): Iterable<{ readonly topic: string; readonly partition: number; readonly offset: number }> {
    for (const [topic, partitions] of this.#offsets.get(groupId) ?? []) {
      for (const [partition, o] of partitions) yield { topic, partition, offset: o.committedOffset };
    }
  }

  /** A producer's pending transactional offset (not visible to OffsetFetch). */
  pendingOffset(producerId: number, groupId: string, topic: string, partition: number): OffsetAndMetadata | undefined {
    return this.#pending.get(producerId)?.get(groupId)?.get(topic)?.get(partition);
  }

  /** Whether some producer has a pending transactional offset for the partition. */
  hasPendingTransactionalOffsets(groupId: string, topic: string, partition: number): boolean {
    for (const pid of this.#openTransactionsByGroup.get(groupId) ?? []) {
      if (this.#pending.get(pid)?.get(groupId)?.get(topic)?.has(partition)) return true;
    }
    return false;
  }

  /** Whether some producer has a transaction with pending offsets for the group. */
  hasOpenTransactions(groupId: string): boolean {
    return this.#openTransactionsByGroup.has(groupId);
  }

  /** Producer ids with pending transactional offsets in this partition. */
  openTransactions(): number[] {
    return [...this.#pending.keys()];
  }

  /** The commit's records and per-partition results (OFFSET_METADATA_TOO_LARGE for metadata over the limit). */
  commit(
    groupId: string,
    topics: readonly CommitTopic[],
    retentionTimeMs: number,
    now: number,
  ): CoordinatorResult<TopicResult[], GroupRecord> {
    const records: GroupRecord[] = [];
    const response: TopicResult[] = [];
    const expireTimestampMs = retentionTimeMs === DEFAULT_RETENTION_TIME ? null : now + retentionTimeMs;
    for (const topic of topics) {
      const partitions: PartitionResult[] = [];
      response.push({ name: topic.name, partitions });
      for (const p of topic.partitions) {
        if (
          p.committedMetadata !== null &&
          Buffer.byteLength(p.committedMetadata, 'utf8') > this.#config.offsetMetadataMaxBytes
        ) {
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
  fetch(
    groupId: string,
    topics: readonly { name: string; partitionIndexes: readonly number[] }[] | null,
    requireStable = false,
  ): FetchedTopic[] {
    const byTopic = this.#offsets.get(groupId);
    // KIP-447: with require_stable, a partition with a pending transactional commit answers UNSTABLE_OFFSET_COMMIT
    // (the consumer retries) rather than an offset the transaction is about to replace.
    const one = (name: string, partitionIndex: number, o: OffsetAndMetadata | undefined): FetchedPartition =>
      requireStable && this.hasPendingTransactionalOffsets(groupId, name, partitionIndex)
        ? unstable(partitionIndex)
        : fetched(partitionIndex, o);
    if (topics === null) {
      const all: FetchedTopic[] = [];
      for (const [name, partitions] of byTopic ?? []) {
        const out: FetchedPartition[] = [];
        for (const [partitionIndex, o] of partitions) out.push(one(name, partitionIndex, o));
        all.push({ name, partitions: out });
      }
      return all;
    }
    return topics.map((t) => {
      const partitions = byTopic?.get(t.name);
      return { name: t.name, partitions: t.partitionIndexes.map((p) => one(t.name, p, partitions?.get(p))) };
    });
  }

  /**
   * OffsetDelete: offsets of topics the group still subscribes to stay (GROUP_SUBSCRIBED_TO_TOPIC); partitions
   * without a committed offset are left out of the response, as Kafka does.
   */
  delete(
    group: OffsetGroup,
    topics: readonly { name: string; partitions: readonly { partitionIndex: number }[] }[],
  ): CoordinatorResult<OffsetDeleteResponseTopic[], GroupRecord> {
    const records: GroupRecord[] = [];
    const response: OffsetDeleteResponseTopic[] = [];
    const byTopic = this.#offsets.get(group.groupId);
    for (const topic of topics) {
      const partitions: { partitionIndex: number; errorCode: number }[] = [];
      if (group.isSubscribedToTopic(topic.name)) {
        for (const p of topic.partitions)
          partitions.push({ partitionIndex: p.partitionIndex, errorCode: ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC });
      } else {
        const committed = byTopic?.get(topic.name);
        for (const p of topic.partitions) {
          // A tombstone also clears pending transactional offsets of the partition.
          if (
            committed?.has(p.partitionIndex) ||
            this.hasPendingTransactionalOffsets(group.groupId, topic.name, p.partitionIndex)
          ) {
            partitions.push({ partitionIndex: p.partitionIndex, errorCode: ErrorCode.NONE });
            records.push(offsetTombstone(group.groupId, topic.name, p.partitionIndex));
          }
        }
      }
      response.push({ name: topic.name, partitions });
    }
    return { records, response };
  }

  /** Tombstones for every offset of the group, committed or pending (DeleteGroups); returns how many. */
  deleteAll(groupId: string, records: GroupRecord[]): number {
    let n = 0;
    const committed = this.#offsets.get(groupId);
    for (const [topic, partitions] of committed ?? []) {
      for (const partition of partitions.keys()) {
        records.push(offsetTombstone(groupId, topic, partition));
        n++;
      }
    }
    // One tombstone per partition: pending-only partitions get theirs here.
    const seen = new Set<string>();
    for (const pid of this.#openTransactionsByGroup.get(groupId) ?? []) {
      for (const [topic, partitions] of this.#pending.get(pid)?.get(groupId) ?? []) {
        for (const partition of partitions.keys()) {
          const key = `${partition}:${topic}`;
          if (committed?.get(topic)?.has(partition) || seen.has(key)) continue;
          seen.add(key);
          records.push(offsetTombstone(groupId, topic, partition));
          n++;
        }
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
  cleanupExpired(group: OffsetGroup, records: GroupRecord[], now: number): boolean {
    const byTopic = this.#offsets.get(group.groupId);
    // A group with an ongoing transaction stays, whatever its committed offsets.
    if (!byTopic) return !this.hasOpenTransactions(group.groupId);
    const base = group.offsetExpirationBase();
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
        // An offset a pending transaction is about to replace does not expire yet.
        if (expired && !this.hasPendingTransactionalOffsets(group.groupId, topic, partition))
          records.push(offsetTombstone(group.groupId, topic, partition));
        else allExpired = false;
      }
    }
    return allExpired && !this.hasOpenTransactions(group.groupId);
  }

  /**
   * Applies an offset commit record: a value from a transactional batch (`meta.producerId >= 0`) is pending for
   * that producer; any other value is committed; a tombstone removes the committed offset and the pending ones.
   */
  replay(record: OffsetCommitRecord, meta: ReplayMeta): void {
    const { group, topic, partition } = record.key;
    const value = record.value;
    if (value === null) {
      removeOffset(this.#offsets, group, topic, partition);
      const open = this.#openTransactionsByGroup.get(group);
      for (const pid of open ?? []) {
        const pending = this.#pending.get(pid);
        if (pending) removeOffset(pending, group, topic, partition);
        // Nothing of the group left in that transaction: its marker has nothing to apply here.
        if (!pending?.has(group)) open?.delete(pid);
        if (pending?.size === 0) this.#pending.delete(pid);
      }
      if (open?.size === 0) this.#openTransactionsByGroup.delete(group);
      return;
    }
    const o: OffsetAndMetadata = {
      recordOffset: meta.offset,
      committedOffset: value.offset,
      leaderEpoch: value.leaderEpoch ?? -1,
      metadata: value.metadata,
      commitTimestampMs: value.commitTimestamp,
      expireTimestampMs:
        value.expireTimestamp === undefined || value.expireTimestamp === -1 ? null : value.expireTimestamp,
    };
    if (meta.producerId < 0) {
      putOffset(this.#offsets, group, topic, partition, o);
      return;
    }
    let pending = this.#pending.get(meta.producerId);
    if (!pending) {
      pending = new Map();
      this.#pending.set(meta.producerId, pending);
    }
    putOffset(pending, group, topic, partition, o);
    let open = this.#openTransactionsByGroup.get(group);
    if (!open) {
      open = new Set();
      this.#openTransactionsByGroup.set(group, open);
    }
    open.add(meta.producerId);
  }

  /**
   * The producer's transaction completed: on commit its pending offsets become committed, except where the
   * committed offset was written later in the log (a plain commit after the transactional one); on abort they go.
   */
  replayEndTransactionMarker(producerId: number, committed: boolean): void {
    const pending = this.#pending.get(producerId);
    if (!pending) return;
    this.#pending.delete(producerId);
    for (const group of pending.keys()) {
      const open = this.#openTransactionsByGroup.get(group);
      if (!open) continue;
      open.delete(producerId);
      if (open.size === 0) this.#openTransactionsByGroup.delete(group);
    }
    if (!committed) return;
    for (const [group, byTopic] of pending) {
      for (const [topic, partitions] of byTopic) {
        for (const [partition, o] of partitions) {
          const existing = this.offset(group, topic, partition);
          if (existing === undefined || o.recordOffset > existing.recordOffset)
            putOffset(this.#offsets, group, topic, partition, o);
        }
      }
    }
  }
}

function putOffset(store: OffsetStore, group: string, topic: string, partition: number, o: OffsetAndMetadata): void {
  let byTopic = store.get(group);
  if (!byTopic) {
    byTopic = new Map();
    store.set(group, byTopic);
  }
  let partitions = byTopic.get(topic);
  if (!partitions) {
    partitions = new Map();
    byTopic.set(topic, partitions);
  }
  partitions.set(partition, o);
}

function removeOffset(store: OffsetStore, group: string, topic: string, partition: number): void {
  const byTopic = store.get(group);
  const partitions = byTopic?.get(topic);
  if (!byTopic || !partitions) return;
  partitions.delete(partition);
  if (partitions.size === 0) byTopic.delete(topic);
  if (byTopic.size === 0) store.delete(group);
}

function unstable(partitionIndex: number): FetchedPartition {
  return {
    partitionIndex,
    committedOffset: INVALID_OFFSET,
    committedLeaderEpoch: -1,
    metadata: '',
    errorCode: ErrorCode.UNSTABLE_OFFSET_COMMIT,
  };
}

function fetched(partitionIndex: number, o: OffsetAndMetadata | undefined): FetchedPartition {
  if (!o)
    return {
      partitionIndex,
      committedOffset: INVALID_OFFSET,
      committedLeaderEpoch: -1,
      metadata: '',
      errorCode: ErrorCode.NONE,
    };
  return {
    partitionIndex,
    committedOffset: o.committedOffset,
    committedLeaderEpoch: o.leaderEpoch,
    metadata: o.metadata,
    errorCode: ErrorCode.NONE,
  };
}
