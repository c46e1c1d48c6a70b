/**
 * The share-partitions this broker leads (KIP-932; Kafka's SharePartitionManager): for each (share group, topic
 * partition), the record state machine of @samsa/coordinator, created on the first ShareFetch that names it with its
 * SPSO at the high watermark (share.auto.offset.reset=latest, Kafka's default). ShareFetch reads whole batches from
 * the log and acquires, for the member, the records of them that are Available or new; the response carries the
 * batches and the acquired ranges, and the client keeps only those. Control batches (transaction markers) are never
 * delivered: they are archived as gaps at once.
 *
 * A fetch that acquires nothing waits up to its MaxWaitMs: for new records (the replica manager parks it until data
 * arrives) and for locks to expire, whichever comes first.
 *
 * When the log start offset passes the SPSO (retention, DeleteRecords), the share-partition starts there.
 *
 * The durable state (SPSO, in-flight states and delivery counts) is written to `__share_group_state` whenever it
 * changes (share-state-store.ts), and a share-partition created after a restart resumes from it, records Acquired
 * at the time Available again with their delivery counts.
 */
import {
  AcknowledgeType,
  SharePartition,
  validateAcknowledgementBatches,
  type AcknowledgementBatch,
  type AcquiredRange,
  type SharePartitionConfig,
} from '@samsa/coordinator';
import { BatchHeaderView } from '@samsa/protocol';
import { KafkaError } from '../errors';
import type { ReplicaPartition } from '../replica/replica-partition';
import type { ReplicaManager } from '../replica-manager';
import type { ShareStatePersister } from './share-state-store';

export interface ShareFetchTarget {
  readonly topicId: string;
  readonly partition: ReplicaPartition;
}

export interface ShareFetchResult {
  readonly records: Buffer[];
  readonly acquired: AcquiredRange[];
}

/** attributes bit 5: a control batch (a transaction marker). */
const CONTROL_FLAG = 0x20;
/** How long one wait for new records lasts at most before locks are looked at again. */
const MAX_WAIT_SLICE_MS = 500;

export class SharePartitionManager {
  readonly #replicas: ReplicaManager;
  readonly #config: SharePartitionConfig;
  readonly #now: () => number;
  /** `groupId`, then `topicId:partition`. */
  readonly #partitions = new Map<string, Map<string, SharePartition>>();
  readonly #view = new BatchHeaderView();
  readonly #persister: ShareStatePersister | null;
  /** `topicId:partition` → the leader epoch of the partition when it was last read (written with the state). */
  readonly #leaderEpochs = new Map<string, number>();

  constructor(
    replicas: ReplicaManager,
    config: SharePartitionConfig,
    now: () => number = Date.now,
    persister: ShareStatePersister | null = null,
  ) {
    this.#replicas = replicas;
    this.#config = config;
    this.#now = now;
    this.#persister = persister;
  }

  /** Writes the share-partition's state when it changed (Kafka's SharePartition writes through the persister). */
  #persist(groupId: string, topicId: string, partition: number, sp: SharePartition): void {
    if (!sp.takeDirty() || !this.#persister) return;
    const leaderEpoch = this.#leaderEpochs.get(`${topicId}:${partition}`) ?? 0;
    try {
      this.#persister.write(groupId, topicId, partition, sp.snapshot(), leaderEpoch);
    } catch (err) {
      // Not written (the state topic's partition cannot take it now): the next change writes it again.
      sp.markDirty();
      throw err;
    }
  }

  get lockDurationMs(): number {
    return this.#config.lockDurationMs;
  }

  /** The share-partition, created at the high watermark on first use. */
  partition(groupId: string, topicId: string, p: ReplicaPartition): SharePartition {
    let group = this.#partitions.get(groupId);
    if (group === undefined) {
      group = new Map();
      this.#partitions.set(groupId, group);
    }
    const key = `${topicId}:${p.state.partition}`;
    this.#leaderEpochs.set(key, p.leaderEpoch);
    let sp = group.get(key);
    if (sp === undefined) {
      // The persisted state, else share.auto.offset.reset=latest.
      const state = this.#persister?.read(groupId, topicId, p.state.partition);
      sp = new SharePartition(p.log.highWatermark, this.#config, this.#now, state);
      group.set(key, sp);
    }
    return sp;
  }

  /** An existing share-partition, or undefined (nothing was ever fetched from it by the group). */
  existing(groupId: string, topicId: string, partition: number): SharePartition | undefined {
    return this.#partitions.get(groupId)?.get(`${topicId}:${partition}`);
  }

  /**
   * Acquires records of `targets` for the member, at most `maxRecords` in all, waiting up to `maxWaitMs` when there
   * are none. Per-partition failures are thrown by `read` and caught by the caller, partition by partition.
   */
  async fetch(
    nodeId: number,
    groupId: string,
    memberId: string,
    targets: readonly ShareFetchTarget[],
    limits: { maxRecords: number; maxBytes: number; maxWaitMs: number },
  ): Promise<Map<ShareFetchTarget, ShareFetchResult | Error>> {
    // The wait is real time; the locks live on the share clock (a manual one in tests).
    const deadline = Date.now() + Math.max(0, limits.maxWaitMs);
    for (;;) {
      const out = new Map<ShareFetchTarget, ShareFetchResult | Error>();
      let remaining = limits.maxRecords;
      let acquiredAny = false;
      for (const t of targets) {
        try {
          const r = await this.#read(nodeId, groupId, memberId, t, remaining, limits.maxBytes);
          for (const a of r.acquired) remaining -= a.lastOffset - a.firstOffset + 1;
          if (r.acquired.length > 0) acquiredAny = true;
          out.set(t, r);
        } catch (err) {
          out.set(t, err instanceof Error ? err : new Error(String(err)));
        }
      }
      const left = deadline - Date.now();
      if (acquiredAny || left <= 0 || targets.length === 0) return out;
      await this.#waitForRecords(nodeId, groupId, targets, left);
    }
  }

  /** Applies acknowledgements of one share-partition (INVALID_RECORD_STATE when they do not fit its records). */
  acknowledge(groupId: string, topicId: string, partition: number, memberId: string, batches: AcknowledgementBatch[]) {
    validateAcknowledgementBatches(batches);
    const sp = this.existing(groupId, topicId, partition);
    if (sp === undefined) {
      // Nothing of this share-partition was ever delivered to anyone.
      if (batches.length > 0) throw new KafkaError('INVALID_RECORD_STATE', 'no records of this partition are acquired');
      return;
    }
    sp.acknowledge(memberId, batches);
    this.#persist(groupId, topicId, partition, sp);
  }

  /** Releases what the member holds in every share-partition of the group (it left or closed its session). */
  releaseMember(groupId: string, memberId: string): void {
    for (const [key, sp] of this.#partitions.get(groupId) ?? []) {
      sp.releaseMember(memberId);
      const at = key.lastIndexOf(':');
      try {
        this.#persist(groupId, key.slice(0, at), Number(key.slice(at + 1)), sp);
      } catch {
        // A member leaving (often on a timer) is not failed by the state write; the next change writes it.
      }
    }
  }

  /** Forgets the group's share-partitions (the group was deleted). */
  deleteGroup(groupId: string): void {
    for (const key of this.#partitions.get(groupId)?.keys() ?? []) {
      const at = key.lastIndexOf(':');
      try {
        this.#persister?.delete(groupId, key.slice(0, at), Number(key.slice(at + 1)));
      } catch {
        // The tombstone could not be written: the state stays, and the group's id may read it again.
      }
    }
    this.#partitions.delete(groupId);
  }

  async #read(
    nodeId: number,
    groupId: string,
    memberId: string,
    t: ShareFetchTarget,
    maxRecords: number,
    maxBytes: number,
  ): Promise<ShareFetchResult> {
    const sp = this.partition(groupId, t.topicId, t.partition);
    // Records deleted under the share-partition (retention, DeleteRecords) are skipped, as Kafka does.
    sp.moveStartOffset(t.partition.log.logStartOffset);
    const offset = sp.nextFetchOffset();
    if (offset === null || maxRecords <= 0 || offset >= t.partition.log.highWatermark) {
      this.#persist(groupId, t.topicId, t.partition.state.partition, sp);
      return EMPTY;
    }
    const [read] = await this.#replicas.fetchMessages(
      {
        nodeId,
        maxWaitMs: 0,
        minBytes: 0,
        maxBytes,
        isolationLevel: 0,
        hardMaxBytesLimit: false,
        followerReads: false,
      },
      [{ partition: t.partition, fetchOffset: offset, maxBytes, currentLeaderEpoch: -1, lastFetchedEpoch: -1 }],
    );
    if (read === undefined || read.records.length === 0) {
      this.#persist(groupId, t.topicId, t.partition.state.partition, sp);
      return EMPTY;
    }
    const records: Buffer[] = [];
    const acquired: AcquiredRange[] = [];
    let left = maxRecords;
    const view = this.#view;
    for (const buf of read.records) {
      for (let pos = 0; pos + 61 <= buf.length && left > 0; ) {
        view.at(buf, pos);
        const size = view.sizeInBytes;
        const first = Math.max(view.baseOffset, offset);
        const last = view.lastOffset;
        const control = (view.attributes & CONTROL_FLAG) !== 0;
        view.release();
        if (last >= first) {
          const ranges = sp.acquire(memberId, first, last, control ? last - first + 1 : left);
          if (control) {
            // Transaction markers are no records for the member: archived as gaps at once.
            if (ranges.length > 0)
              sp.acknowledge(
                memberId,
                ranges.map((r) => ({ ...r, acknowledgeTypes: [AcknowledgeType.GAP] })),
              );
          } else if (ranges.length > 0) {
            records.push(buf.subarray(pos, pos + size));
            for (const r of ranges) {
              left -= r.lastOffset - r.firstOffset + 1;
              // Runs continuing across batches are one range, as within a batch.
              const prev = acquired[acquired.length - 1];
              if (prev !== undefined && prev.lastOffset + 1 === r.firstOffset && prev.deliveryCount === r.deliveryCount)
                acquired[acquired.length - 1] = { ...prev, lastOffset: r.lastOffset };
              else acquired.push(r);
            }
          }
        }
        pos += size;
      }
    }
    // Control batches archived as gaps, or an SPSO moved by the log start, change the durable state.
    this.#persist(groupId, t.topicId, t.partition.state.partition, sp);
    return { records, acquired };
  }

  /** Parks until new records reach one of the targets, a lock expires, or `ms` passes. */
  async #waitForRecords(nodeId: number, groupId: string, targets: readonly ShareFetchTarget[], ms: number) {
    let wait = Math.min(ms, MAX_WAIT_SLICE_MS);
    const now = this.#now();
    const waiting = [];
    for (const t of targets) {
      const sp = this.existing(groupId, t.topicId, t.partition.state.partition);
      const expiry = sp?.nextLockExpiry();
      if (expiry !== null && expiry !== undefined) wait = Math.min(wait, Math.max(1, expiry - now));
      waiting.push({
        partition: t.partition,
        fetchOffset: t.partition.log.highWatermark,
        maxBytes: 1,
        currentLeaderEpoch: -1,
        lastFetchedEpoch: -1,
      });
    }
    await this.#replicas.fetchMessages(
      {
        nodeId,
        maxWaitMs: wait,
        minBytes: 1,
        maxBytes: 1,
        isolationLevel: 0,
        hardMaxBytesLimit: false,
        followerReads: false,
      },
      waiting,
    );
  }
}

const EMPTY: ShareFetchResult = Object.freeze({ records: [], acquired: [] }) as ShareFetchResult;
