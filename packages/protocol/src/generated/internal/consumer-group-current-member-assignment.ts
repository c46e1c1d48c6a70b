// Generated from protocol-specs/internal/consumer-group-current-member-assignment.json by scripts/gen-protocol.ts. Do not edit.
// ConsumerGroupCurrentMemberAssignment record (type 8): key v0-0, value v0-0, flexible from v0.

import type { Uuid } from '../../api-codec';
import { UnsupportedVersionError } from '../../errors';
import type { Reader } from '../../primitives/reader';
import type { Writer } from '../../primitives/writer';
import type { InternalRecordCodec } from './codec';

export interface ConsumerGroupCurrentMemberAssignmentKey {
  groupId: string;
  memberId: string;
}

export interface ConsumerGroupCurrentMemberAssignmentValue {
  memberEpoch: number;
  previousMemberEpoch: number;
  state: number;
  assignedPartitions: TopicPartitions[];
  partitionsPendingRevocation: TopicPartitions[];
}

export interface TopicPartitions {
  topicId: Uuid;
  partitions: number[];
}

function defaultConsumerGroupCurrentMemberAssignmentKey(): ConsumerGroupCurrentMemberAssignmentKey {
  return { groupId: '', memberId: '' };
}

function defaultConsumerGroupCurrentMemberAssignmentValue(): ConsumerGroupCurrentMemberAssignmentValue {
  return { memberEpoch: 0, previousMemberEpoch: 0, state: 0, assignedPartitions: [], partitionsPendingRevocation: [] };
}

function decodeConsumerGroupCurrentMemberAssignmentKeyV0(r: Reader): ConsumerGroupCurrentMemberAssignmentKey {
  const groupId = r.string();
  const memberId = r.string();
  return { groupId, memberId };
}

function encodeConsumerGroupCurrentMemberAssignmentKeyV0(w: Writer, m: ConsumerGroupCurrentMemberAssignmentKey): void {
  w.string(m.groupId);
  w.string(m.memberId);
}

function decodeTopicPartitionsV0(r: Reader): TopicPartitions {
  const topicId = r.uuid();
  const n0 = r.compactArrayLength(4);
  if (n0 < 0) r.fail('null in non-nullable array Partitions');
  const partitions: number[] = [];
  for (let i = 0; i < n0; i++) partitions.push(r.int32());
  const m: TopicPartitions = { topicId, partitions };
  r.skipTaggedFields();
  return m;
}

function decodeConsumerGroupCurrentMemberAssignmentValueV0(r: Reader): ConsumerGroupCurrentMemberAssignmentValue {
  const memberEpoch = r.int32();
  const previousMemberEpoch = r.int32();
  const state = r.int8();
  const n0 = r.compactArrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array AssignedPartitions');
  const assignedPartitions: TopicPartitions[] = [];
  for (let i = 0; i < n0; i++) assignedPartitions.push(decodeTopicPartitionsV0(r));
  const n1 = r.compactArrayLength(18);
  if (n1 < 0) r.fail('null in non-nullable array PartitionsPendingRevocation');
  const partitionsPendingRevocation: TopicPartitions[] = [];
  for (let i = 0; i < n1; i++) partitionsPendingRevocation.push(decodeTopicPartitionsV0(r));
  const m: ConsumerGroupCurrentMemberAssignmentValue = {
    memberEpoch,
    previousMemberEpoch,
    state,
    assignedPartitions,
    partitionsPendingRevocation,
  };
  r.skipTaggedFields();
  return m;
}

function encodeTopicPartitionsV0(w: Writer, m: TopicPartitions): void {
  w.uuid(m.topicId);
  {
    const a = m.partitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.int32(a[i]);
  }
  w.uvarint(0);
}

function encodeConsumerGroupCurrentMemberAssignmentValueV0(w: Writer, m: ConsumerGroupCurrentMemberAssignmentValue): void {
  w.int32(m.memberEpoch);
  w.int32(m.previousMemberEpoch);
  w.int8(m.state);
  {
    const a = m.assignedPartitions;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTopicPartitionsV0(w, a[i]);
  }
  {
    const a = m.partitionsPendingRevocation;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTopicPartitionsV0(w, a[i]);
  }
  w.uvarint(0);
}

const keyDecoders: ReadonlyArray<((r: Reader) => ConsumerGroupCurrentMemberAssignmentKey) | undefined> = [
  decodeConsumerGroupCurrentMemberAssignmentKeyV0,
];
const keyEncoders: ReadonlyArray<((w: Writer, m: ConsumerGroupCurrentMemberAssignmentKey) => void) | undefined> = [
  encodeConsumerGroupCurrentMemberAssignmentKeyV0,
];
const valueDecoders: ReadonlyArray<((r: Reader) => ConsumerGroupCurrentMemberAssignmentValue) | undefined> = [
  decodeConsumerGroupCurrentMemberAssignmentValueV0,
];
const valueEncoders: ReadonlyArray<((w: Writer, m: ConsumerGroupCurrentMemberAssignmentValue) => void) | undefined> = [
  encodeConsumerGroupCurrentMemberAssignmentValueV0,
];

export const ConsumerGroupCurrentMemberAssignmentRecord: InternalRecordCodec<
  ConsumerGroupCurrentMemberAssignmentKey,
  ConsumerGroupCurrentMemberAssignmentValue
> = {
  name: 'ConsumerGroupCurrentMemberAssignment',
  recordType: 8,
  readRecordTypes: [8],
  keyVersions: { min: 0, max: 0 },
  valueVersions: { min: 0, max: 0 },
  decodeKey(reader: Reader, version: number): ConsumerGroupCurrentMemberAssignmentKey {
    const decode = keyDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ConsumerGroupCurrentMemberAssignmentKey', 8, version);
    return decode(reader);
  },
  encodeKey(writer: Writer, version: number, message: ConsumerGroupCurrentMemberAssignmentKey): void {
    const encode = keyEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ConsumerGroupCurrentMemberAssignmentKey', 8, version);
    encode(writer, message);
  },
  decodeValue(reader: Reader, version: number): ConsumerGroupCurrentMemberAssignmentValue {
    const decode = valueDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ConsumerGroupCurrentMemberAssignmentValue', 8, version);
    return decode(reader);
  },
  encodeValue(writer: Writer, version: number, message: ConsumerGroupCurrentMemberAssignmentValue): void {
    const encode = valueEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ConsumerGroupCurrentMemberAssignmentValue', 8, version);
    encode(writer, message);
  },
  defaultKey: defaultConsumerGroupCurrentMemberAssignmentKey,
  defaultValue: defaultConsumerGroupCurrentMemberAssignmentValue,
};
