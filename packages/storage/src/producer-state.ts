// Per-partition producer state (Kafka's ProducerStateManager / ProducerAppendInfo): for every producer id that wrote
// to the partition, its epoch, the sequence ranges and offsets of its last 5 batches (what a retried batch is matched
// against), the coordinator epoch of its last marker, and the first offset of its open transaction.
//
// Rules, as in Kafka 3.x/4.x (ProducerAppendInfo):
// - a batch whose epoch and sequence range equal one of the producer's last 5 is a duplicate: nothing is written and
//   the original offsets are answered (DUPLICATE_SEQUENCE_NUMBER is never returned, as in Kafka since KIP-360);
// - an epoch below the producer's current one: INVALID_PRODUCER_EPOCH;
// - a new (higher) epoch must start at sequence 0, unless the producer is unknown; within an epoch the first sequence
//   must follow the last one (with Int32 wrap-around): OUT_OF_ORDER_SEQUENCE_NUMBER otherwise;
// - a producer the partition has no state for (never seen, or expired after producer.id.expiration.ms) is accepted at
//   any sequence: Kafka stopped answering UNKNOWN_PRODUCER_ID there, since a client resetting its sequences would
//   re-send and duplicate what it had buffered;
// - a non-transactional batch while the producer has a transaction open: INVALID_TXN_STATE; a transactional batch
//   with none open opens one at its base offset; a control batch (commit/abort marker) closes it, and a marker from
//   an older coordinator epoch is TRANSACTION_COORDINATOR_FENCED.
//
// Snapshot file `<20-digit offset>.snapshot` (Kafka's ProducerStateManager format v1; state as of that offset):
//   Version int16 (1) | Crc uint32 (CRC32C of everything after it) | Count int32 |
//   Count * (ProducerId int64 | Epoch int16 | LastSequence int32 | LastOffset int64 | OffsetDelta int32 |
//            Timestamp int64 | CoordinatorEpoch int32 | CurrentTxnFirstOffset int64 (-1: none))
// As in Kafka, a snapshot keeps only each producer's last batch; the log after the snapshot offset is replayed on load.

import type { Logger } from 'pino';
import { join } from 'node:path';
import { BatchHeaderView, crc32c, KafkaError, readInt64, RecordIterator, writeInt64 } from '@samsa/protocol';
import type { SegmentIO } from './io/segment-io';
import { offsetFileName } from './offsets';

export const SNAPSHOT_SUFFIX = '.snapshot';
/** ProducerStateEntry.NUM_BATCHES_TO_RETAIN: also the client's max.in.flight.requests.per.connection bound. */
export const NUM_BATCHES_TO_RETAIN = 5;
export const NO_PRODUCER_ID = -1;
export const NO_PRODUCER_EPOCH = -1;
export const NO_SEQUENCE = -1;
/** Kafka's producer.id.expiration.ms default (1 day). */
export const DEFAULT_PRODUCER_ID_EXPIRATION_MS = 86_400_000;

const SNAPSHOT_VERSION = 1;
const SNAPSHOT_HEADER = 2 + 4 + 4;
const SNAPSHOT_ENTRY = 8 + 2 + 4 + 8 + 4 + 8 + 4 + 8;
const INT32_MAX = 0x7fffffff;
/** ControlRecordType: ABORT = 0, COMMIT = 1. */
export const ControlRecordType = { ABORT: 0, COMMIT: 1 } as const;

export class OutOfOrderSequenceError extends KafkaError {
  override name = 'OutOfOrderSequenceError';

  constructor(message: string) {
    super('OUT_OF_ORDER_SEQUENCE_NUMBER', message);
  }
}

export class InvalidProducerEpochError extends KafkaError {
  override name = 'InvalidProducerEpochError';

  constructor(message: string) {
    super('INVALID_PRODUCER_EPOCH', message);
  }
}

export class InvalidTxnStateError extends KafkaError {
  override name = 'InvalidTxnStateError';

  constructor(message: string) {
    super('INVALID_TXN_STATE', message);
  }
}

export class TransactionCoordinatorFencedError extends KafkaError {
  override name = 'TransactionCoordinatorFencedError';

  constructor(message: string) {
    super('TRANSACTION_COORDINATOR_FENCED', message);
  }
}

export interface BatchMetadata {
  readonly firstSeq: number;
  readonly lastSeq: number;
  readonly firstOffset: number;
  readonly lastOffset: number;
  readonly timestamp: number;
}

export interface ProducerStateEntry {
  readonly producerId: number;
  producerEpoch: number;
  /** The last batches, oldest first, at most NUM_BATCHES_TO_RETAIN, all of producerEpoch. */
  batches: BatchMetadata[];
  lastTimestamp: number;
  coordinatorEpoch: number;
  /** First offset of the open transaction, -1 when none. */
  currentTxnFirstOffset: number;
}

/** A transaction closed by a marker (Kafka's CompletedTxn). */
export interface CompletedTxn {
  readonly producerId: number;
  readonly firstOffset: number;
  readonly lastOffset: number;
  readonly isAborted: boolean;
}

/** The offsets a retried batch already has. */
export interface DuplicateBatch {
  readonly firstOffset: number;
  readonly lastOffset: number;
  readonly timestamp: number;
}

const lastSeqOf = (baseSequence: number, lastOffsetDelta: number): number =>
  baseSequence + lastOffsetDelta > INT32_MAX
    ? baseSequence + lastOffsetDelta - INT32_MAX - 1
    : baseSequence + lastOffsetDelta;

const inSequence = (lastSeq: number, nextSeq: number): boolean =>
  nextSeq === lastSeq + 1 || (nextSeq === 0 && lastSeq === INT32_MAX);

export class ProducerStateManager {
  #producers = new Map<number, ProducerStateEntry>();
  /** Offset the state is up to date with (the log end when in step with the log). */
  #mapEndOffset = 0;
  readonly producerIdExpirationMs: number;
  /** Open transactions: producer id -> first offset (what the first unstable offset is the minimum of). */
  #ongoing = new Map<number, number>();
  /** min(#ongoing values), -1 when none; kept so that every read_committed fetch reads it in O(1). */
  #firstUnstable = -1;
  /** Scratch per-append overlay: producer id -> [epoch, lastSeq, txnOpen] after earlier batches of the same set. */
  #pending = new Map<number, { epoch: number; lastSeq: number; txnOpen: boolean }>();

  constructor(options: { producerIdExpirationMs?: number } = {}) {
    this.producerIdExpirationMs = options.producerIdExpirationMs ?? DEFAULT_PRODUCER_ID_EXPIRATION_MS;
  }

  get mapEndOffset(): number {
    return this.#mapEndOffset;
  }

  get size(): number {
    return this.#producers.size;
  }

  entry(producerId: number): ProducerStateEntry | undefined {
    return this.#producers.get(producerId);
  }

  entries(): IterableIterator<ProducerStateEntry> {
    return this.#producers.values();
  }

  /** The first offset of the oldest open transaction (what bounds the last stable offset), or -1. */
  firstUnstableOffset(): number {
    return this.#firstUnstable;
  }

  #openTxn(producerId: number, firstOffset: number): void {
    this.#ongoing.set(producerId, firstOffset);
    if (this.#firstUnstable < 0 || firstOffset < this.#firstUnstable) this.#firstUnstable = firstOffset;
  }

  #closeTxn(producerId: number): void {
    const first = this.#ongoing.get(producerId);
    if (first === undefined) return;
    this.#ongoing.delete(producerId);
    if (first !== this.#firstUnstable) return;
    let min = -1;
    for (const o of this.#ongoing.values()) if (min < 0 || o < min) min = o;
    this.#firstUnstable = min;
  }

  /**
   * The last stable offset right after `txn` completed (ProducerStateManager.lastStableOffset): the first offset of
   * the oldest other open transaction, else the offset after the marker. Valid once the marker is applied.
   */
  lastStableOffsetAfter(txn: CompletedTxn): number {
    return this.#firstUnstable >= 0 ? this.#firstUnstable : txn.lastOffset + 1;
  }

  /** Open transactions: producer id and first offset. */
  *ongoingTransactions(): IterableIterator<{
    producerId: number;
    producerEpoch: number;
    firstOffset: number;
    lastTimestamp: number;
    coordinatorEpoch: number;
  }> {
    for (const e of this.#producers.values()) {
      if (e.currentTxnFirstOffset >= 0) {
        yield {
          producerId: e.producerId,
          producerEpoch: e.producerEpoch,
          firstOffset: e.currentTxnFirstOffset,
          lastTimestamp: e.lastTimestamp,
          coordinatorEpoch: e.coordinatorEpoch,
        };
      }
    }
  }

  /**
   * Checks a client's record set (offsets not yet assigned) against the state, without changing it. Returns the
   * original offsets when a batch is a retry of one of its producer's last 5; throws the Kafka error otherwise.
   */
  checkClientAppend(records: Buffer, view: BatchHeaderView): DuplicateBatch | null {
    const pending = this.#pending;
    pending.clear();
    let off = 0;
    while (off < records.length) {
      view.at(records, off);
      const size = view.sizeInBytes;
      off += size;
      const pid = view.producerId;
      if (pid < 0) continue;
      const epoch = view.producerEpoch;
      const firstSeq = view.baseSequence;
      const entry = this.#producers.get(pid);
      if (entry && epoch === entry.producerEpoch && !pending.has(pid)) {
        const lastSeq = lastSeqOf(firstSeq, view.lastOffsetDelta);
        for (const b of entry.batches) {
          if (b.firstSeq === firstSeq && b.lastSeq === lastSeq)
            return { firstOffset: b.firstOffset, lastOffset: b.lastOffset, timestamp: b.timestamp };
        }
      }
      const p = pending.get(pid);
      const curEpoch = p ? p.epoch : entry ? entry.producerEpoch : NO_PRODUCER_EPOCH;
      if (view.isControl) throw new InvalidTxnStateError(`producer ${pid} may not write control batches`);
      if (epoch < curEpoch) {
        throw new InvalidProducerEpochError(
          `epoch ${epoch} of producer ${pid} is older than its current epoch ${curEpoch}`,
        );
      }
      if (epoch !== curEpoch) {
        if (firstSeq !== 0 && curEpoch !== NO_PRODUCER_EPOCH) {
          throw new OutOfOrderSequenceError(
            `invalid sequence number ${firstSeq} for new epoch ${epoch} of producer ${pid} (current epoch ${curEpoch})`,
          );
        }
      } else {
        const lastSeq = p
          ? p.lastSeq
          : entry && entry.batches.length > 0
            ? entry.batches[entry.batches.length - 1].lastSeq
            : NO_SEQUENCE;
        // Kafka accepts any sequence when it knows no epoch for the producer (state expired or deleted with the log).
        if (!(entry === undefined && p === undefined) && !inSequence(lastSeq, firstSeq)) {
          throw new OutOfOrderSequenceError(
            `out of order sequence number for producer ${pid}: ${firstSeq} (incoming), ${lastSeq} (current end)`,
          );
        }
      }
      const txnOpen = p ? p.txnOpen : (entry?.currentTxnFirstOffset ?? -1) >= 0;
      if (txnOpen && !view.isTransactional) {
        throw new InvalidTxnStateError(
          `expected a transactional write from producer ${pid}: it has a transaction open`,
        );
      }
      pending.set(pid, {
        epoch,
        lastSeq: lastSeqOf(firstSeq, view.lastOffsetDelta),
        txnOpen: txnOpen || view.isTransactional,
      });
    }
    return null;
  }

  /**
   * Applies an appended record set (offsets assigned) to the state. Control batches close transactions; the closed
   * ones are returned, and passed to `onCompleted` right after their marker is applied, with the last stable offset
   * at that point (what the transaction index records for an abort). Also used to replay the log on load.
   */
  onAppend(
    records: Buffer,
    view: BatchHeaderView,
    onCompleted?: (txn: CompletedTxn, lastStableOffset: number) => void,
  ): CompletedTxn[] {
    let completed: CompletedTxn[] | null = null;
    let off = 0;
    while (off < records.length) {
      view.at(records, off);
      const size = view.sizeInBytes;
      const end = view.lastOffset + 1;
      const t = this.#applyBatch(records, off, view);
      off += size;
      this.#mapEndOffset = end;
      if (t) {
        (completed ??= []).push(t);
        onCompleted?.(t, this.lastStableOffsetAfter(t));
      }
    }
    return completed ?? EMPTY;
  }

  #applyBatch(records: Buffer, off: number, view: BatchHeaderView): CompletedTxn | null {
    const pid = view.producerId;
    if (pid < 0) return null;
    const epoch = view.producerEpoch;
    const timestamp = view.maxTimestamp;
    let entry = this.#producers.get(pid);
    if (!entry) {
      entry = {
        producerId: pid,
        producerEpoch: epoch,
        batches: [],
        lastTimestamp: timestamp,
        coordinatorEpoch: -1,
        currentTxnFirstOffset: -1,
      };
      this.#producers.set(pid, entry);
    }
    if (view.isControl) {
      const marker = readControlMarker(records, off);
      if (epoch > entry.producerEpoch) {
        entry.producerEpoch = epoch;
        entry.batches = [];
      }
      const lastOffset = view.lastOffset;
      const firstOffset = entry.currentTxnFirstOffset >= 0 ? entry.currentTxnFirstOffset : lastOffset;
      entry.currentTxnFirstOffset = -1;
      this.#closeTxn(pid);
      entry.coordinatorEpoch = marker.coordinatorEpoch;
      entry.lastTimestamp = timestamp;
      return { producerId: pid, firstOffset, lastOffset, isAborted: marker.type === ControlRecordType.ABORT };
    }
    if (epoch !== entry.producerEpoch) {
      entry.producerEpoch = epoch;
      entry.batches = [];
    }
    const firstOffset = view.baseOffset;
    if (view.baseSequence >= 0) {
      entry.batches.push({
        firstSeq: view.baseSequence,
        lastSeq: lastSeqOf(view.baseSequence, view.lastOffsetDelta),
        firstOffset,
        lastOffset: view.lastOffset,
        timestamp,
      });
      if (entry.batches.length > NUM_BATCHES_TO_RETAIN) entry.batches.shift();
    }
    entry.lastTimestamp = timestamp;
    if (view.isTransactional && entry.currentTxnFirstOffset < 0) {
      entry.currentTxnFirstOffset = firstOffset;
      this.#openTxn(pid, firstOffset);
    }
    return null;
  }

  /**
   * Checks a coordinator's own transactional append (a TxnOffsetCommit's records in `__consumer_offsets`): the client
   * checks are skipped, but an epoch older than the producer's current one is INVALID_PRODUCER_EPOCH, so a zombie's
   * write is fenced, as Kafka's log does for coordinator appends.
   */
  checkCoordinatorAppend(producerId: number, producerEpoch: number): void {
    const entry = this.#producers.get(producerId);
    if (entry && producerEpoch < entry.producerEpoch) {
      throw new InvalidProducerEpochError(
        `epoch ${producerEpoch} of producer ${producerId} is older than its current epoch ${entry.producerEpoch}`,
      );
    }
  }

  /**
   * Checks a marker (control batch written by a transaction coordinator) before it is appended: an older
   * coordinator epoch than the producer's last marker is TRANSACTION_COORDINATOR_FENCED, an older producer epoch
   * INVALID_PRODUCER_EPOCH.
   */
  checkMarker(producerId: number, producerEpoch: number, coordinatorEpoch: number): void {
    const entry = this.#producers.get(producerId);
    if (!entry) return;
    if (producerEpoch < entry.producerEpoch) {
      throw new InvalidProducerEpochError(
        `marker epoch ${producerEpoch} of producer ${producerId} is older than ${entry.producerEpoch}`,
      );
    }
    if (coordinatorEpoch < entry.coordinatorEpoch) {
      throw new TransactionCoordinatorFencedError(
        `marker from coordinator epoch ${coordinatorEpoch} for producer ${producerId}, which last saw ${entry.coordinatorEpoch}`,
      );
    }
  }

  /** producer.id.expiration.ms: drops producers idle that long with no open transaction. Returns how many. */
  removeExpiredProducers(now: number, expirationMs: number = this.producerIdExpirationMs): number {
    let removed = 0;
    for (const [pid, e] of this.#producers) {
      if (e.currentTxnFirstOffset < 0 && now - e.lastTimestamp >= expirationMs) {
        this.#producers.delete(pid);
        removed++;
      }
    }
    return removed;
  }

  /** Forgets everything (before replaying a log from its start). */
  clear(mapEndOffset = 0): void {
    this.#producers.clear();
    this.#ongoing.clear();
    this.#firstUnstable = -1;
    this.#mapEndOffset = mapEndOffset;
  }

  /** The snapshot bytes of the current state (see the header comment). */
  snapshot(): Buffer {
    const buf = Buffer.alloc(SNAPSHOT_HEADER + this.#producers.size * SNAPSHOT_ENTRY);
    buf.writeInt16BE(SNAPSHOT_VERSION, 0);
    buf.writeInt32BE(this.#producers.size, 6);
    let p = SNAPSHOT_HEADER;
    for (const e of this.#producers.values()) {
      const last = e.batches.length > 0 ? e.batches[e.batches.length - 1] : null;
      writeInt64(buf, p, e.producerId);
      buf.writeInt16BE(e.producerEpoch, p + 8);
      buf.writeInt32BE(last ? last.lastSeq : NO_SEQUENCE, p + 10);
      writeInt64(buf, p + 14, last ? last.lastOffset : -1);
      buf.writeInt32BE(last ? last.lastOffset - last.firstOffset : 0, p + 22);
      writeInt64(buf, p + 26, e.lastTimestamp);
      buf.writeInt32BE(e.coordinatorEpoch, p + 34);
      writeInt64(buf, p + 38, e.currentTxnFirstOffset);
      p += SNAPSHOT_ENTRY;
    }
    buf.writeUInt32BE(crc32c(buf, 6, buf.length), 2);
    return buf;
  }

  /** Replaces the state with a snapshot's, taken at `offset`; throws CorruptSnapshotError on bad bytes. */
  loadSnapshot(buf: Buffer, offset: number): void {
    if (buf.length < SNAPSHOT_HEADER) throw new CorruptSnapshotError(`snapshot of ${buf.length} bytes is truncated`);
    const version = buf.readInt16BE(0);
    if (version !== SNAPSHOT_VERSION) throw new CorruptSnapshotError(`unknown snapshot version ${version}`);
    if (buf.readUInt32BE(2) !== crc32c(buf, 6, buf.length)) throw new CorruptSnapshotError('snapshot CRC mismatch');
    const count = buf.readInt32BE(6);
    if (count < 0 || buf.length !== SNAPSHOT_HEADER + count * SNAPSHOT_ENTRY)
      throw new CorruptSnapshotError('snapshot length does not match its entry count');
    this.#producers.clear();
    this.#ongoing.clear();
    this.#firstUnstable = -1;
    let p = SNAPSHOT_HEADER;
    for (let i = 0; i < count; i++, p += SNAPSHOT_ENTRY) {
      const producerId = readInt64(buf, p);
      const lastSeq = buf.readInt32BE(p + 10);
      const lastOffset = readInt64(buf, p + 14);
      const offsetDelta = buf.readInt32BE(p + 22);
      const timestamp = readInt64(buf, p + 26);
      const batches: BatchMetadata[] =
        lastOffset >= 0 && lastSeq >= 0
          ? [
              {
                firstSeq: Math.max(0, lastSeq - offsetDelta),
                lastSeq,
                firstOffset: lastOffset - offsetDelta,
                lastOffset,
                timestamp,
              },
            ]
          : [];
      const currentTxnFirstOffset = readInt64(buf, p + 38);
      this.#producers.set(producerId, {
        producerId,
        producerEpoch: buf.readInt16BE(p + 8),
        batches,
        lastTimestamp: timestamp,
        coordinatorEpoch: buf.readInt32BE(p + 34),
        currentTxnFirstOffset,
      });
      if (currentTxnFirstOffset >= 0) this.#openTxn(producerId, currentTxnFirstOffset);
    }
    this.#mapEndOffset = offset;
  }
}

const EMPTY: CompletedTxn[] = [];

export class CorruptSnapshotError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorruptSnapshotError';
  }
}

/**
 * The marker of a control batch: key = version int16 | type int16 (ControlRecordType), value = version int16 |
 * coordinatorEpoch int32 (EndTransactionMarker).
 */
export function readControlMarker(records: Buffer, off: number): { type: number; coordinatorEpoch: number } {
  const it = new RecordIterator(records, off);
  if (!it.next()) return { type: -1, coordinatorEpoch: -1 };
  const key = it.record.key();
  const value = it.record.value();
  return {
    type: key && key.length >= 4 ? key.readInt16BE(2) : -1,
    coordinatorEpoch: value && value.length >= 6 ? value.readInt32BE(2) : -1,
  };
}

// ------------------------------------------------------------------ snapshot files and rebuilding

/** Where a producer state is rebuilt from: the partition directory and a way to read the log's batches. */
export interface ProducerStateSource {
  io: SegmentIO;
  dir: string;
  logStartOffset: number;
  logEndOffset: number;
  /** Whole batches from `offset` (the log's read, up to the log end). */
  read(offset: number, maxBytes: number): Buffer[];
  logger: Logger;
  /** Load no snapshot above this offset (default: the log end), so the replay passes through it. */
  snapshotAtOrBelow?: number;
  /** Told of every transaction the replay sees completed (rebuilding transaction indexes). */
  onCompleted?: (txn: CompletedTxn, lastStableOffset: number) => void;
}

const REPLAY_CHUNK = 1024 * 1024;
/** Snapshots kept per partition: the newest, and one before it in case the newest is damaged. */
const SNAPSHOTS_KEPT = 2;

/** Offsets of the snapshot files in `dir`, ascending. */
export function listSnapshotOffsets(io: SegmentIO, dir: string): number[] {
  const out: number[] = [];
  for (const name of io.readdir(dir)) {
    const m = SNAPSHOT_NAME.exec(name);
    if (m) out.push(Number(m[1]));
  }
  return out.sort((a, b) => a - b);
}

const SNAPSHOT_NAME = /^(\d{20})\.snapshot$/;

/**
 * Loads the state as Kafka's LogLoader does: the newest readable snapshot at or below the log end (newer ones
 * describe data that is gone and are deleted), then every batch from its offset (or from the log start) to the end.
 */
export function rebuildProducerState(state: ProducerStateManager, src: ProducerStateSource): void {
  const offsets = listSnapshotOffsets(src.io, src.dir);
  let from = src.logStartOffset;
  const limit = Math.min(src.snapshotAtOrBelow ?? src.logEndOffset, src.logEndOffset);
  state.clear(from);
  for (let i = offsets.length - 1; i >= 0; i--) {
    const path = join(src.dir, offsetFileName(offsets[i], SNAPSHOT_SUFFIX));
    if (offsets[i] > src.logEndOffset) {
      src.io.unlink(path);
      continue;
    }
    if (offsets[i] > limit) continue;
    try {
      const bytes = src.io.readFile(path);
      if (!bytes) continue;
      state.loadSnapshot(bytes, offsets[i]);
      from = Math.max(offsets[i], src.logStartOffset);
      break;
    } catch (err) {
      src.logger.warn({ err, snapshot: path }, 'ignoring unreadable producer state snapshot');
      state.clear(src.logStartOffset);
    }
  }
  const view = new BatchHeaderView();
  while (from < src.logEndOffset) {
    const chunks = src.read(from, REPLAY_CHUNK);
    if (chunks.length === 0) break;
    for (const chunk of chunks) state.onAppend(chunk, view, src.onCompleted);
    if (state.mapEndOffset <= from) break;
    from = state.mapEndOffset;
  }
}

/**
 * Writes `<offset>.snapshot` and removes all but the newest snapshots. As in Kafka's takeSnapshot, nothing is written
 * when no record arrived since the newest snapshot (or ever): closing thousands of idle partitions costs no fsyncs.
 */
export function writeProducerSnapshot(state: ProducerStateManager, io: SegmentIO, dir: string, offset: number): void {
  const existing = listSnapshotOffsets(io, dir);
  if (offset === (existing.at(-1) ?? 0)) return;
  io.writeFileAtomic(join(dir, offsetFileName(offset, SNAPSHOT_SUFFIX)), state.snapshot());
  const offsets = existing.includes(offset) ? existing : [...existing, offset].sort((a, b) => a - b);
  for (let i = 0; i < offsets.length - SNAPSHOTS_KEPT; i++)
    io.unlink(join(dir, offsetFileName(offsets[i], SNAPSHOT_SUFFIX)));
}
