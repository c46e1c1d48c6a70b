// Generated from protocol-specs/internal/consumer-group-target-assignment-member.json by scripts/gen-protocol.ts. Do not edit.
// ConsumerGroupTargetAssignmentMember record (type 7): key v0-0, value v0-0, flexible from v0.

import type { Uuid } from '../../api-codec';
import { UnsupportedVersionError } from '../../errors';
import type { Reader } from '../../primitives/reader';
import type { Writer } from '../../primitives/writer';
import type { InternalRecordCodec } from './codec';

export interface ConsumerGroupTargetAssignmentMemberKey {
  groupId: string;
  memberId: string;
}

export interface ConsumerGroupTargetAssignmentMemberValue {
  topicPartitions: TopicPartition[];
}

export interface TopicPartition {
  topicId: Uuid;
  partitions: number[];
}

function defaultConsumerGroupTargetAssignmentMemberKey(): ConsumerGroupTargetAssignmentMemberKey {
  return { groupId: '', memberId: '' };
}

function defaultConsumerGroupTargetAssignmentMemberValue(): ConsumerGroupTargetAssignmentMemberValue {
  return { topicPartitions: [] };
}

function decodeConsumerGroupTargetAssignmentMemberKeyV0(r: Reader): ConsumerGroupTargetAssignmentMemberKey {
  const groupId = r.string();
  const memberId = r.string();
  return { groupId, memberId };
}

function encodeConsumerGroupTargetAssignmentMemberKeyV0(w: Writer, m: ConsumerGroupTargetAssignmentMemberKey): void {
  w.string(m.groupId);
  w.string(m.memberId);
}

function decodeTopicPartitionV0(r: Reader): TopicPartition {
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: number[] = [];
  for (let i = 0; i < n0; i++) partitions.push(r.int32());
  const m: TopicPartition = { topicId, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeConsumerGroupTargetAssignmentMemberValueV0(r: Reader): ConsumerGroupTargetAssignmentMemberValue {
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array TopicPartitions');
  const topicPartitions: TopicPartition[] = [];
  for (let i = 0; i < n0; i++) topicPartitions.push(decodeTopicPartitionV0(r));
  const m: ConsumerGroupTargetAssignmentMemberValue = { topicPartitions };
  r.skipTaggedFields();
  return m;
}

function encodeTopicPartitionV0(w: Writer, m: TopicPartition): void {
  w.uuid(m.topicId);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.uvarint(0);
}

function encodeConsumerGroupTargetAssignmentMemberValueV0(w: Writer, m: ConsumerGroupTargetAssignmentMemberValue): void {
  {
    const a = m.topicPartitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTopicPartitionV0(w, a[i]);
  }
  w.uvarint(0);
}

const keyDecoders: ReadonlyArray<((r: Reader) => ConsumerGroupTargetAssignmentMemberKey) | undefined> = [
  decodeConsumerGroupTargetAssignmentMemberKeyV0,
];
const keyEncoders: ReadonlyArray<((w: Writer, m: ConsumerGroupTargetAssignmentMemberKey) => void) | undefined> = [
  encodeConsumerGroupTargetAssignmentMemberKeyV0,
];
const valueDecoders: ReadonlyArray<((r: Reader) => ConsumerGroupTargetAssignmentMemberValue) | undefined> = [
  decodeConsumerGroupTargetAssignmentMemberValueV0,
];
const valueEncoders: ReadonlyArray<((w: Writer, m: ConsumerGroupTargetAssignmentMemberValue) => void) | undefined> = [
  encodeConsumerGroupTargetAssignmentMemberValueV0,
];

export const ConsumerGroupTargetAssignmentMemberRecord: InternalRecordCodec<
  ConsumerGroupTargetAssignmentMemberKey,
  ConsumerGroupTargetAssignmentMemberValue
> = {
  name: 'ConsumerGroupTargetAssignmentMember',
  recordType: 7,
  readRecordTypes: [7],
  keyVersions: { min: 0, max: 0 },
  valueVersions: { min: 0, max: 0 },
  decodeKey(reader: Reader, version: number): ConsumerGroupTargetAssignmentMemberKey {
    const decode = keyDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ConsumerGroupTargetAssignmentMemberKey', 7, version);
    return decode(reader);
  },
  encodeKey(writer: Writer, version: number, message: ConsumerGroupTargetAssignmentMemberKey): void {
    const encode = keyEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ConsumerGroupTargetAssignmentMemberKey', 7, version);
    encode(writer, message);
  },
  decodeValue(reader: Reader, version: number): ConsumerGroupTargetAssignmentMemberValue {
    const decode = valueDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ConsumerGroupTargetAssignmentMemberValue', 7, version);
    return decode(reader);
  },
  encodeValue(writer: Writer, version: number, message: ConsumerGroupTargetAssignmentMemberValue): void {
    const encode = valueEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ConsumerGroupTargetAssignmentMemberValue', 7, version);
    encode(writer, message);
  },
  defaultKey: defaultConsumerGroupTargetAssignmentMemberKey,
  defaultValue: defaultConsumerGroupTargetAssignmentMemberValue,
};
