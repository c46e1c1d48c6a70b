/**
 * The records of `__consumer_offsets`, as Kafka writes them: an int16 version (the record type: 0 or 1 for an offset
 * commit, 2 for a classic group's metadata, 3-8 and 16 for a consumer group's (KIP-848) epoch, partition metadata,
 * member subscription, target assignment epoch, member target assignment, member reconciliation state and resolved
 * regex) followed by the key struct, and an int16 version followed by the value struct; a null value is a tombstone,
 * which deletes the key (so a compacted `__consumer_offsets` keeps only what is current). Kafka writes
 * OffsetCommitValue v3 (v1 when the commit carries an explicit expire timestamp), GroupMetadataValue v3 and v0 of
 * the consumer group values, in uncompressed v2 batches; a TxnOffsetCommit's records form one transactional batch of
 * the producer (no sequence number), closed later by the transaction's control batch.
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

/** A consumer group record: its record type, key and value (null: a tombstone). Written at value version 0. */
interface ConsumerRecordOf<T extends string, K, V> {
  readonly type: T;
  readonly key: K;
  readonly value: V | null;
}

export type ConsumerGroupMetadataRecord = ConsumerRecordOf<
  'consumer-group-metadata',
  InternalRecords.ConsumerGroupMetadataKey,
  InternalRecords.ConsumerGroupMetadataValue
>;
export type ConsumerGroupPartitionMetadataRecord = ConsumerRecordOf<
  'consumer-group-partition-metadata',
  InternalRecords.ConsumerGroupPartitionMetadataKey,
  InternalRecords.ConsumerGroupPartitionMetadataValue
>;
export type ConsumerGroupMemberMetadataRecord = ConsumerRecordOf<
  'consumer-group-member-metadata',
  InternalRecords.ConsumerGroupMemberMetadataKey,
  InternalRecords.ConsumerGroupMemberMetadataValue
>;
export type ConsumerGroupTargetAssignmentMetadataRecord = ConsumerRecordOf<
  'consumer-group-target-assignment-metadata',
  InternalRecords.ConsumerGroupTargetAssignmentMetadataKey,
  InternalRecords.ConsumerGroupTargetAssignmentMetadataValue
>;
export type ConsumerGroupTargetAssignmentMemberRecord = ConsumerRecordOf<
  'consumer-group-target-assignment-member',
  InternalRecords.ConsumerGroupTargetAssignmentMemberKey,
  InternalRecords.ConsumerGroupTargetAssignmentMemberValue
>;
export type ConsumerGroupCurrentMemberAssignmentRecord = ConsumerRecordOf<
  'consumer-group-current-member-assignment',
  InternalRecords.ConsumerGroupCurrentMemberAssignmentKey,
  InternalRecords.ConsumerGroupCurrentMemberAssignmentValue
>;
export type ConsumerGroupRegexRecord = ConsumerRecordOf<
  'consumer-group-regex',
  InternalRecords.ConsumerGroupRegularExpressionKey,
  InternalRecords.ConsumerGroupRegularExpressionValue
>;

export type ConsumerGroupRecord =
  | ConsumerGroupMetadataRecord
  | ConsumerGroupPartitionMetadataRecord
  | ConsumerGroupMemberMetadataRecord
  | ConsumerGroupTargetAssignmentMetadataRecord
  | ConsumerGroupTargetAssignmentMemberRecord
  | ConsumerGroupCurrentMemberAssignmentRecord
  | ConsumerGroupRegexRecord;

export type GroupRecord = OffsetCommitRecord | GroupMetadataRecord | ConsumerGroupRecord;

const OFFSET_COMMIT = InternalRecords.OffsetCommitRecord;
const GROUP_METADATA = InternalRecords.GroupMetadataRecord;

type AnyCodec = InternalRecords.InternalRecordCodec<unknown, unknown>;
/** The codec of each consumer group record type. */
const CONSUMER_CODECS: Readonly<Record<ConsumerGroupRecord['type'], AnyCodec>> = {
  'consumer-group-metadata': InternalRecords.ConsumerGroupMetadataRecord as AnyCodec,
  'consumer-group-partition-metadata': InternalRecords.ConsumerGroupPartitionMetadataRecord as AnyCodec,
  'consumer-group-member-metadata': InternalRecords.ConsumerGroupMemberMetadataRecord as AnyCodec,
  'consumer-group-target-assignment-metadata': InternalRecords.ConsumerGroupTargetAssignmentMetadataRecord as AnyCodec,
  'consumer-group-target-assignment-member': InternalRecords.ConsumerGroupTargetAssignmentMemberRecord as AnyCodec,
  'consumer-group-current-member-assignment': InternalRecords.ConsumerGroupCurrentMemberAssignmentRecord as AnyCodec,
  'consumer-group-regex': InternalRecords.ConsumerGroupRegularExpressionRecord as AnyCodec,
};
const CONSUMER_TYPES = new Map<number, ConsumerGroupRecord['type']>(
  (Object.entries(CONSUMER_CODECS) as [ConsumerGroupRecord['type'], AnyCodec][]).flatMap(([type, codec]) =>
    codec.readRecordTypes.map((t) => [t, type] as const),
  ),
);
/** Kafka writes every consumer group value at version 0. */
const CONSUMER_VALUE_VERSION = 0;
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
  } else if (record.type === 'group-metadata') {
    w.int16(GROUP_METADATA.recordType);
    GROUP_METADATA.encodeKey(w, 0, record.key);
  } else {
    const codec = CONSUMER_CODECS[record.type];
    w.int16(codec.recordType);
    codec.encodeKey(w, 0, record.key);
  }
  return w.toBuffer();
}

export function encodeValue(record: GroupRecord): Buffer | null {
  if (record.value === null) return null;
  const w = new Writer(128);
  if (record.type === 'offset-commit') {
    w.int16(record.valueVersion);
    OFFSET_COMMIT.encodeValue(w, record.valueVersion, record.value);
  } else if (record.type === 'group-metadata') {
    w.int16(record.valueVersion);
    GROUP_METADATA.encodeValue(w, record.valueVersion, record.value);
  } else {
    w.int16(CONSUMER_VALUE_VERSION);
    CONSUMER_CODECS[record.type].encodeValue(w, CONSUMER_VALUE_VERSION, record.value);
  }
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
  const consumerType = CONSUMER_TYPES.get(type);
  if (consumerType !== undefined) {
    const codec = CONSUMER_CODECS[consumerType];
    const k = codec.decodeKey(kr, 0);
    if (value === null) return { type: consumerType, key: k, value: null } as ConsumerGroupRecord;
    const vr = new Reader(value, 0);
    return { type: consumerType, key: k, value: codec.decodeValue(vr, vr.int16()) } as ConsumerGroupRecord;
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
