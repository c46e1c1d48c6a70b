/**
 * One share-partition (KIP-932; Kafka's SharePartition): the records of a topic partition that a share group reads
 * cooperatively. Offsets below the share-partition start offset (SPSO) are done; offsets from the SPSO up to the
 * share-partition end offset (SPEO, exclusive here: the next offset never fetched) are in flight, each in one of
 * Kafka's states:
 *
 *   Available --acquire--> Acquired --accept--> Acknowledged
 *                             |  \---reject--> Archived
 *                             |---release / lock expiry--> Available, or Archived once the delivery count has
 *                                                          reached group.share.delivery.count.limit
 *
 * An acquisition holds a lock of group.share.record.lock.duration.ms for one member; the lock expires on the
 * injected clock. The SPSO moves over every leading record that is Acknowledged or Archived. The number of in-flight
 * records (SPEO - SPSO) is capped at group.share.partition.max.record.locks: no new record is acquired past the cap.
 *
 * Kafka tracks ranges of whole batches and splits them per offset when needed; this keeps one entry per offset, which
 * the record-lock cap bounds.
 */
import { KafkaError } from '@samsa/protocol';

export const RecordState = {
  AVAILABLE: 'Available',
  ACQUIRED: 'Acquired',
  ACKNOWLEDGED: 'Acknowledged',
  ARCHIVED: 'Archived',
} as const;
export type RecordStateName = (typeof RecordState)[keyof typeof RecordState];

/** The acknowledge types of ShareFetch and ShareAcknowledge (KIP-932; Renew from KIP-1222). */
export const AcknowledgeType = { GAP: 0, ACCEPT: 1, RELEASE: 2, REJECT: 3, RENEW: 4 } as const;

export interface SharePartitionConfig {
  /** group.share.delivery.count.limit (Kafka's default 5) */
  readonly deliveryCountLimit: number;
  /** group.share.record.lock.duration.ms (Kafka's default 30000) */
  readonly lockDurationMs: number;
  /** group.share.partition.max.record.locks (Kafka 4.2's default 2000) */
  readonly maxRecordLocks: number;
}

export const DEFAULT_SHARE_PARTITION_CONFIG: SharePartitionConfig = Object.freeze({
  deliveryCountLimit: 5,
  lockDurationMs: 30_000,
  maxRecordLocks: 2000,
});

/** A run of consecutive acquired offsets with one delivery count (ShareFetch's AcquiredRecords). */
export interface AcquiredRange {
  readonly firstOffset: number;
  readonly lastOffset: number;
  readonly deliveryCount: number;
}

/** One acknowledgement batch: one type for the whole range, or one per offset. */
export interface AcknowledgementBatch {
  readonly firstOffset: number;
  readonly lastOffset: number;
  readonly acknowledgeTypes: readonly number[];
}

/**
 * A share-partition's durable state (Kafka's persister view: ShareSnapshotValue): the SPSO and runs of in-flight
 * offsets with one delivery state and count. Acquired records are written as Available: a lock does not outlive the
 * broker.
 */
export interface SharePartitionState {
  readonly startOffset: number;
  readonly stateBatches: readonly PersistedStateBatch[];
}

export interface PersistedStateBatch {
  readonly firstOffset: number;
  readonly lastOffset: number;
  /** Kafka's RecordState ids: 0 Available, 2 Acknowledged, 4 Archived. */
  readonly deliveryState: number;
  readonly deliveryCount: number;
}

/** group.share.partition.max.record.locks' upper bound: no persisted state spans more offsets. */
const MAX_RESTORED_SPAN = 10_000;

/** RecordState ids of Kafka's persister (RecordState.id). */
export const PersistedDeliveryState = { AVAILABLE: 0, ACQUIRED: 1, ACKNOWLEDGED: 2, ARCHIVED: 4 } as const;

interface InFlightRecord {
  state: RecordStateName;
  deliveryCount: number;
  memberId: string | null;
  lockExpiresAt: number;
}

/**
 * The shape checks of acknowledgement batches (INVALID_REQUEST), before any record is looked at: a range, one type or
 * one per offset, known types.
 */
export function validateAcknowledgementBatches(batches: readonly AcknowledgementBatch[]): void {
  for (const b of batches) {
    if (b.lastOffset < b.firstOffset || b.acknowledgeTypes.length === 0)
      throw new KafkaError('INVALID_REQUEST', `invalid acknowledgement batch ${b.firstOffset}-${b.lastOffset}`);
    if (b.acknowledgeTypes.length > 1 && b.acknowledgeTypes.length !== b.lastOffset - b.firstOffset + 1)
      throw new KafkaError('INVALID_REQUEST', 'acknowledge types do not match the batch length');
    for (const type of b.acknowledgeTypes)
      if (type < AcknowledgeType.GAP || type > AcknowledgeType.RENEW)
        throw new KafkaError('INVALID_REQUEST', `unknown acknowledge type ${type}`);
  }
}

export class SharePartition {
  readonly #config: SharePartitionConfig;
  readonly #now: () => number;
  #startOffset: number;
  #endOffset: number;
  readonly #inFlight = new Map<number, InFlightRecord>();
  /** Whether the durable state (SPSO, states, counts of finished or released records) changed since last taken. */
  #dirty = false;

  /**
   * `startOffset` is the SPSO the partition starts from (share.auto.offset.reset, or the persisted state); `state`,
   * when given, is the persisted state it resumes (Kafka's SharePartition.maybeInitialize): its batches are in
   * flight again, Acquired ones Available with their delivery count, offsets between them Available never delivered.
   */
  constructor(startOffset: number, config: SharePartitionConfig, now: () => number, state?: SharePartitionState) {
    this.#config = config;
    this.#now = now;
    this.#startOffset = state?.startOffset ?? startOffset;
    this.#endOffset = this.#startOffset;
    // A state never spans more than the largest record-lock cap Kafka allows; a record claiming more is cut there.
    const limit = this.#startOffset + MAX_RESTORED_SPAN;
    for (const b of state?.stateBatches ?? []) {
      if (b.lastOffset < b.firstOffset || b.firstOffset >= limit) continue;
      const first = Math.max(b.firstOffset, this.#startOffset);
      for (let o = this.#endOffset; o < first; o++)
        this.#inFlight.set(o, { state: RecordState.AVAILABLE, deliveryCount: 0, memberId: null, lockExpiresAt: 0 });
      const done =
        b.deliveryState === PersistedDeliveryState.ACKNOWLEDGED
          ? RecordState.ACKNOWLEDGED
          : b.deliveryState === PersistedDeliveryState.ARCHIVED
            ? RecordState.ARCHIVED
            : RecordState.AVAILABLE;
      const last = Math.min(b.lastOffset, limit - 1);
      for (let o = Math.max(first, this.#endOffset); o <= last; o++)
        this.#inFlight.set(o, { state: done, deliveryCount: b.deliveryCount, memberId: null, lockExpiresAt: 0 });
      this.#endOffset = Math.max(this.#endOffset, last + 1);
    }
    this.#advanceStartOffset();
  }

  /** The durable state (SPSO and in-flight runs), Acquired records written as Available. */
  snapshot(): SharePartitionState {
    const batches: PersistedStateBatch[] = [];
    let run: { firstOffset: number; lastOffset: number; deliveryState: number; deliveryCount: number } | null = null;
    for (let o = this.#startOffset; o < this.#endOffset; o++) {
      const r = this.#inFlight.get(o);
      if (r === undefined) continue;
      const deliveryState =
        r.state === RecordState.ACKNOWLEDGED
          ? PersistedDeliveryState.ACKNOWLEDGED
          : r.state === RecordState.ARCHIVED
            ? PersistedDeliveryState.ARCHIVED
            : PersistedDeliveryState.AVAILABLE;
      if (
        run !== null &&
        run.lastOffset === o - 1 &&
        run.deliveryState === deliveryState &&
        run.deliveryCount === r.deliveryCount
      )
        run.lastOffset = o;
      else {
        if (run !== null) batches.push(run);
        run = { firstOffset: o, lastOffset: o, deliveryState, deliveryCount: r.deliveryCount };
      }
    }
    if (run !== null) batches.push(run);
    return { startOffset: this.#startOffset, stateBatches: batches };
  }

  /** The durable state is to be written again (the last write failed). */
  markDirty(): void {
    this.#dirty = true;
  }

  /** Whether the durable state changed since the last call (the caller then writes a snapshot). */
  takeDirty(): boolean {
    const dirty = this.#dirty;
    this.#dirty = false;
    return dirty;
  }

  /** SPSO: every offset below it is done. */
  get startOffset(): number {
    return this.#startOffset;
  }

  /** SPEO, exclusive: the first offset never acquired. */
  get endOffset(): number {
    return this.#endOffset;
  }

  /** The state of an offset: undefined below the SPSO (done) and at or past the SPEO (not yet read). */
  stateOf(offset: number): { state: RecordStateName; deliveryCount: number; memberId: string | null } | undefined {
    this.expireLocks();
    const r = this.#inFlight.get(offset);
    return r === undefined ? undefined : { state: r.state, deliveryCount: r.deliveryCount, memberId: r.memberId };
  }

  /**
   * Where the next fetch should read: the first Available in-flight offset, else the SPEO; null when nothing can be
   * acquired (the record-lock cap is reached and nothing in flight is Available).
   */
  nextFetchOffset(): number | null {
    this.expireLocks();
    for (let o = this.#startOffset; o < this.#endOffset; o++) {
      if (this.#inFlight.get(o)?.state === RecordState.AVAILABLE) return o;
    }
    return this.#endOffset - this.#startOffset < this.#config.maxRecordLocks ? this.#endOffset : null;
  }

  /**
   * Acquires, for `memberId`, up to `maxRecords` records among the offsets `[firstOffset, lastOffset]` that were
   * fetched from the log: Available in-flight records and records past the SPEO (up to the record-lock cap).
   * Offsets below the SPSO, and records Acquired, Acknowledged or Archived, are skipped.
   */
  acquire(memberId: string, firstOffset: number, lastOffset: number, maxRecords: number): AcquiredRange[] {
    this.expireLocks();
    const out: AcquiredRange[] = [];
    const expires = this.#now() + this.#config.lockDurationMs;
    let acquired = 0;
    let run: { firstOffset: number; lastOffset: number; deliveryCount: number } | null = null;
    const add = (offset: number, deliveryCount: number): void => {
      if (run !== null && run.lastOffset === offset - 1 && run.deliveryCount === deliveryCount) run.lastOffset = offset;
      else {
        if (run !== null) out.push(run);
        run = { firstOffset: offset, lastOffset: offset, deliveryCount };
      }
      acquired++;
    };
    for (let o = Math.max(firstOffset, this.#startOffset); o <= lastOffset && acquired < maxRecords; o++) {
      if (o < this.#endOffset) {
        const r = this.#inFlight.get(o);
        if (r === undefined || r.state !== RecordState.AVAILABLE) continue;
        r.state = RecordState.ACQUIRED;
        r.deliveryCount++;
        r.memberId = memberId;
        r.lockExpiresAt = expires;
        add(o, r.deliveryCount);
        continue;
      }
      // A new record: only contiguous with the SPEO, and within the record-lock cap.
      if (o !== this.#endOffset || this.#endOffset - this.#startOffset >= this.#config.maxRecordLocks) break;
      this.#inFlight.set(o, { state: RecordState.ACQUIRED, deliveryCount: 1, memberId, lockExpiresAt: expires });
      this.#endOffset = o + 1;
      add(o, 1);
    }
    if (run !== null) out.push(run);
    return out;
  }

  /**
   * Applies a member's acknowledgements (Kafka's SharePartition.acknowledge): every offset must be Acquired by this
   * member, else INVALID_RECORD_STATE and nothing of the request is applied. Gap marks an offset with no record
   * (compacted away, a control record): it is archived. Renew extends the lock (KIP-1222).
   */
  acknowledge(memberId: string, batches: readonly AcknowledgementBatch[]): void {
    this.expireLocks();
    const updates: { offset: number; type: number }[] = [];
    validateAcknowledgementBatches(batches);
    for (const b of batches) {
      const perOffset = b.acknowledgeTypes.length > 1;
      for (let o = b.firstOffset; o <= b.lastOffset; o++) {
        const type = b.acknowledgeTypes[perOffset ? o - b.firstOffset : 0] as number;
        const r = this.#inFlight.get(o);
        if (r === undefined || r.state !== RecordState.ACQUIRED || r.memberId !== memberId)
          throw new KafkaError('INVALID_RECORD_STATE', `offset ${o} is not acquired by member ${memberId}`);
        updates.push({ offset: o, type });
      }
    }
    const renewed = this.#now() + this.#config.lockDurationMs;
    for (const { offset, type } of updates) {
      const r = this.#inFlight.get(offset) as InFlightRecord;
      switch (type) {
        case AcknowledgeType.ACCEPT:
          this.#finish(r, RecordState.ACKNOWLEDGED);
          break;
        case AcknowledgeType.RELEASE:
          this.#release(r);
          break;
        case AcknowledgeType.RENEW:
          r.lockExpiresAt = renewed;
          break;
        default: // GAP, REJECT
          this.#finish(r, RecordState.ARCHIVED);
      }
    }
    this.#advanceStartOffset();
  }

  /**
   * The log start offset moved past the SPSO (retention, DeleteRecords): the records below it are gone, in flight or
   * not, and the share-partition starts there (Kafka's SharePartition.updateCacheAndOffsets).
   */
  moveStartOffset(offset: number): void {
    if (offset <= this.#startOffset) return;
    this.#dirty = true;
    for (const o of [...this.#inFlight.keys()]) if (o < offset) this.#inFlight.delete(o);
    this.#startOffset = offset;
    this.#endOffset = Math.max(this.#endOffset, offset);
    this.#advanceStartOffset();
  }

  /** Releases every record the member holds (it left the group or its share session closed). */
  releaseMember(memberId: string): number {
    let released = 0;
    for (const r of this.#inFlight.values()) {
      if (r.state === RecordState.ACQUIRED && r.memberId === memberId) {
        this.#release(r);
        released++;
      }
    }
    this.#advanceStartOffset();
    return released;
  }

  /** Releases every Acquired record whose lock has expired; returns how many were released. */
  expireLocks(): number {
    const now = this.#now();
    let expired = 0;
    for (const r of this.#inFlight.values()) {
      if (r.state === RecordState.ACQUIRED && r.lockExpiresAt <= now) {
        this.#release(r);
        expired++;
      }
    }
    if (expired > 0) this.#advanceStartOffset();
    return expired;
  }

  /** When the earliest lock expires, or null when nothing is acquired. */
  nextLockExpiry(): number | null {
    let next: number | null = null;
    for (const r of this.#inFlight.values()) {
      if (r.state === RecordState.ACQUIRED && (next === null || r.lockExpiresAt < next)) next = r.lockExpiresAt;
    }
    return next;
  }

  /** Records past the delivery count limit are archived instead of made available again. */
  #release(r: InFlightRecord): void {
    this.#dirty = true;
    if (r.deliveryCount >= this.#config.deliveryCountLimit) this.#finish(r, RecordState.ARCHIVED);
    else {
      r.state = RecordState.AVAILABLE;
      r.memberId = null;
      r.lockExpiresAt = 0;
    }
  }

  #finish(r: InFlightRecord, state: RecordStateName): void {
    this.#dirty = true;
    r.state = state;
    r.memberId = null;
    r.lockExpiresAt = 0;
  }

  #advanceStartOffset(): void {
    while (this.#startOffset < this.#endOffset) {
      const r = this.#inFlight.get(this.#startOffset);
      if (r !== undefined && r.state !== RecordState.ACKNOWLEDGED && r.state !== RecordState.ARCHIVED) break;
      this.#inFlight.delete(this.#startOffset);
      this.#startOffset++;
    }
  }
}
