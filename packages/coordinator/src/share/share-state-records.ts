/**
 * The records of `__share_group_state` (KIP-932), as Kafka's share coordinator writes them: key = int16 version 0
 * (ShareSnapshotKey's record type) + (group id, topic id, partition); value = int16 version 0 + ShareSnapshotValue
 * (snapshot epoch, state epoch, leader epoch, SPSO, state batches); a null value is the tombstone of a deleted
 * share-partition state. Only snapshots are written (each one is the whole state), so the last record of a key wins
 * on replay; ShareUpdate records (type 1) are skipped.
 */
import {
  BATCH_LENGTH_OFFSET,
  BatchHeaderView,
  buildRecordBatch,
  InternalRecords,
  LOG_OVERHEAD,
  Reader,
  RecordIterator,
  Writer,
} from '@samsa/protocol';
import type { SharePartitionState } from './share-partition';

const SNAPSHOT = InternalRecords.ShareSnapshotRecord;

export interface ShareStateRecord {
  readonly groupId: string;
  readonly topicId: string;
  readonly partition: number;
  /** null: the state was deleted (the group was). */
  readonly state: (SharePartitionState & { readonly snapshotEpoch: number; readonly leaderEpoch: number }) | null;
}

function encodeKey(r: ShareStateRecord): Buffer {
  const w = new Writer(64 + r.groupId.length * 3);
  w.int16(SNAPSHOT.recordType);
  SNAPSHOT.encodeKey(w, 0, { groupId: r.groupId, topicId: r.topicId, partition: r.partition });
  return w.toBuffer();
}

function encodeValue(r: ShareStateRecord): Buffer | null {
  if (r.state === null) return null;
  const w = new Writer(64 + r.state.stateBatches.length * 24);
  w.int16(0);
  SNAPSHOT.encodeValue(w, 0, {
    // The snapshot epoch is a uint16 on the wire: it wraps as Kafka's does.
    snapshotEpoch: r.state.snapshotEpoch & 0xffff,
    stateEpoch: 0,
    leaderEpoch: r.state.leaderEpoch,
    startOffset: r.state.startOffset,
    stateBatches: r.state.stateBatches.map((b) => ({ ...b })),
  });
  return w.toBuffer();
}

/** One record batch holding the records. */
export function encodeShareStateRecords(records: readonly ShareStateRecord[], now: number): Buffer {
  return buildRecordBatch({
    baseTimestamp: now,
    records: records.map((r) => ({ key: encodeKey(r), value: encodeValue(r), timestamp: now })),
  });
}

/** Decodes one key/value pair; null for records of other types (ShareUpdate) or that do not decode. */
export function decodeShareStateRecord(key: Buffer, value: Buffer | null): ShareStateRecord | null {
  try {
    const kr = new Reader(key, 0);
    if (!SNAPSHOT.readRecordTypes.includes(kr.int16())) return null;
    const k = SNAPSHOT.decodeKey(kr, 0);
    if (value === null) return { ...k, state: null };
    const vr = new Reader(value, 0);
    const v = SNAPSHOT.decodeValue(vr, vr.int16());
    return {
      ...k,
      state: {
        snapshotEpoch: v.snapshotEpoch,
        leaderEpoch: v.leaderEpoch,
        startOffset: v.startOffset,
        stateBatches: v.stateBatches,
      },
    };
  } catch {
    return null;
  }
}

/** Every share state record of a log read (whole batches); control batches are skipped. */
export function decodeShareStateBatches(buf: Buffer): ShareStateRecord[] {
  const out: ShareStateRecord[] = [];
  const view = new BatchHeaderView();
  for (let pos = 0; pos + LOG_OVERHEAD <= buf.length; ) {
    const size = LOG_OVERHEAD + buf.readInt32BE(pos + BATCH_LENGTH_OFFSET);
    view.at(buf, pos);
    const control = view.isControl;
    view.release();
    if (!control) {
      const it = new RecordIterator(buf, pos);
      while (it.next()) {
        const key = it.record.key();
        if (key === null) continue;
        const rec = decodeShareStateRecord(key, it.record.value());
        if (rec) out.push(rec);
      }
    }
    pos += size;
  }
  return out;
}
