/**
 * The records of `__consumer_offsets`, as Kafka writes them: an int16 version (the record type: 0 or 1 for an offset
 * commit, 2 for group metadata) followed by the key struct, and an int16 version followed by the value struct; a
 * null value is a tombstone. Kafka writes OffsetCommitValue v3 (v1 when the commit carries an explicit expire
 * timestamp) and GroupMetadataValue v3, in uncompressed v2 batches; a TxnOffsetCommit's records form one
 * transactional batch of the producer (no sequence number), closed later by the transaction's control batch.
 */
import {
  buildRecordBatch,
  BatchHeaderView,
  InternalRecords,
  Reader,
  RecordIterator,
  Writer,
  BATCH_LENGTH_OFFSET,
  LOG_OVERHEAD,
} from '@samsa/protocol';
import type { RecordSerde } from '../runtime/runtime';

export type OffsetCommitKey = InternalRecords.OffsetCommitKey;
export type OffsetCommitValue = InternalRecords.OffsetCommitValue;
export type GroupMetadataKey = InternalRecords.GroupMetadataKey;
export type GroupMetadataValue = InternalRecords.GroupMetadataValue;
export type GroupMemberMetadata = InternalRecords.MemberMetadata;

export interface OffsetCommitRecord {
  readonly type: 'offset-commit';
  readonly key: OffsetCommitKey;
  readonly value: OffsetCommitValue | null;
  readonly valueVersion: number;
}

export interface GroupMetadataRecord {
  readonly type: 'group-metadata';
  readonly key: GroupMetadataKey;
  readonly value: GroupMetadataValue | null;
  readonly valueVersion: number;
}

export type GroupRecord = OffsetCommitRecord | GroupMetadataRecord;

const OFFSET_COMMIT = InternalRecords.OffsetCommitRecord;
const GROUP_METADATA = InternalRecords.GroupMetadataRecord;
/** Kafka's current record versions. */
export const GROUP_METADATA_VALUE_VERSION = 3;
const OFFSET_COMMIT_VALUE_VERSION = 3;
const OFFSET_COMMIT_VALUE_VERSION_WITH_EXPIRY = 1;

export function offsetCommitRecord(
  group: string,
  topic: string,
  partition: number,
  value: OffsetCommitValue,
): OffsetCommitRecord {
  const expiring = value.expireTimestamp !== undefined && value.expireTimestamp !== -1;
  return {
    type: 'offset-commit',
    key: { group, topic, partition },
    value,
    valueVersion: expiring ? OFFSET_COMMIT_VALUE_VERSION_WITH_EXPIRY : OFFSET_COMMIT_VALUE_VERSION,
  };
}

export function offsetTombstone(group: string, topic: string, partition: number): OffsetCommitRecord {
  return {
    type: 'offset-commit',
    key: { group, topic, partition },
    value: null,
    valueVersion: OFFSET_COMMIT_VALUE_VERSION,
  };
}

export function groupMetadataRecord(value: GroupMetadataValue, group: string): GroupMetadataRecord {
  return { type: 'group-metadata', key: { group }, value, valueVersion: GROUP_METADATA_VALUE_VERSION };
}

export function groupTombstone(group: string): GroupMetadataRecord {
  return { type: 'group-metadata', key: { group }, value: null, valueVersion: GROUP_METADATA_VALUE_VERSION };
}

export function encodeKey(record: GroupRecord): Buffer {
  const w = new Writer(64);
  if (record.type === 'offset-commit') {
    w.int16(OFFSET_COMMIT.recordType);
    OFFSET_COMMIT.encodeKey(w, 0, record.key);
  } else {
    w.int16(GROUP_METADATA.recordType);
    GROUP_METADATA.encodeKey(w, 0, record.key);
  }
  return w.toBuffer();
}

export function encodeValue(record: GroupRecord): Buffer | null {
  if (record.value === null) return null;
  const w = new Writer(128);
  w.int16(record.valueVersion);
  if (record.type === 'offset-commit') OFFSET_COMMIT.encodeValue(w, record.valueVersion, record.value);
  else GROUP_METADATA.encodeValue(w, record.valueVersion, record.value);
  return w.toBuffer();
}

/** Decodes one key/value pair; null for record types this coordinator does not know (they are skipped). */
export function decodeRecord(key: Buffer, value: Buffer | null): GroupRecord | null {
  const kr = new Reader(key, 0);
  const type = kr.int16();
  if (OFFSET_COMMIT.readRecordTypes.includes(type)) {
    const k = OFFSET_COMMIT.decodeKey(kr, 0);
    if (value === null) return { type: 'offset-commit', key: k, value: null, valueVersion: -1 };
    const vr = new Reader(value, 0);
    const version = vr.int16();
    return { type: 'offset-commit', key: k, value: OFFSET_COMMIT.decodeValue(vr, version), valueVersion: version };
  }
  if (GROUP_METADATA.readRecordTypes.includes(type)) {
    const k = GROUP_METADATA.decodeKey(kr, 0);
    if (value === null) return { type: 'group-metadata', key: k, value: null, valueVersion: -1 };
    const vr = new Reader(value, 0);
    const version = vr.int16();
    return { type: 'group-metadata', key: k, value: GROUP_METADATA.decodeValue(vr, version), valueVersion: version };
  }
  return null;
}

export const groupRecordSerde: RecordSerde<GroupRecord> = {
  serialize(records, now, txn) {
    return buildRecordBatch({
      baseTimestamp: now,
      ...(txn ? { producerId: txn.producerId, producerEpoch: txn.producerEpoch, transactional: true } : {}),
      records: records.map((r) => ({ key: encodeKey(r), value: encodeValue(r), timestamp: now })),
    });
  },
  deserialize(buf) {
    const out: GroupRecord[] = [];
    const view = new BatchHeaderView();
    // A read may return several batches in one buffer.
    for (let pos = 0; pos + LOG_OVERHEAD <= buf.length; ) {
      const size = LOG_OVERHEAD + buf.readInt32BE(pos + BATCH_LENGTH_OFFSET);
      view.at(buf, pos);
      // Control batches are transaction markers: the runtime replays them, they hold no records of this coordinator.
      if (!view.isControl) {
        const it = new RecordIterator(buf, pos);
        while (it.next()) {
          const rec = decodeRecord(it.record.key() ?? Buffer.alloc(0), it.record.value());
          if (rec) out.push(rec);
        }
      }
      pos += size;
    }
    return out;
  },
};
