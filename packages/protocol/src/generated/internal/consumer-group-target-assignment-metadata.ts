// Generated from protocol-specs/internal/consumer-group-target-assignment-metadata.json by scripts/gen-protocol.ts. Do not edit.
// ConsumerGroupTargetAssignmentMetadata record (type 6): key v0-0, value v0-0, flexible from v0.

import { UnsupportedVersionError } from '../../errors';
import type { Reader } from '../../primitives/reader';
import type { Writer } from '../../primitives/writer';
import type { InternalRecordCodec } from './codec';

export interface ConsumerGroupTargetAssignmentMetadataKey {
  groupId: string;
}

export interface ConsumerGroupTargetAssignmentMetadataValue {
  assignmentEpoch: number;
}

function defaultConsumerGroupTargetAssignmentMetadataKey(): ConsumerGroupTargetAssignmentMetadataKey {
  return { groupId: '' };
}

function defaultConsumerGroupTargetAssignmentMetadataValue(): ConsumerGroupTargetAssignmentMetadataValue {
  return { assignmentEpoch: 0 };
}

function decodeConsumerGroupTargetAssignmentMetadataKeyV0(r: Reader): ConsumerGroupTargetAssignmentMetadataKey {
  const groupId = r.string();
  return { groupId };
}

function encodeConsumerGroupTargetAssignmentMetadataKeyV0(w: Writer, m: ConsumerGroupTargetAssignmentMetadataKey): void {
  w.string(m.groupId);
}

function decodeConsumerGroupTargetAssignmentMetadataValueV0(r: Reader): ConsumerGroupTargetAssignmentMetadataValue {
  const assignmentEpoch = r.int32();
  const m: ConsumerGroupTargetAssignmentMetadataValue = { assignmentEpoch };
  r.skipTaggedFields();
  return m;
}

function encodeConsumerGroupTargetAssignmentMetadataValueV0(w: Writer, m: ConsumerGroupTargetAssignmentMetadataValue): void {
  w.int32(m.assignmentEpoch);
  w.uvarint(0);
}

const keyDecoders: ReadonlyArray<((r: Reader) => ConsumerGroupTargetAssignmentMetadataKey) | undefined> = [
  decodeConsumerGroupTargetAssignmentMetadataKeyV0,
];
const keyEncoders: ReadonlyArray<((w: Writer, m: ConsumerGroupTargetAssignmentMetadataKey) => void) | undefined> = [
  encodeConsumerGroupTargetAssignmentMetadataKeyV0,
];
const valueDecoders: ReadonlyArray<((r: Reader) => ConsumerGroupTargetAssignmentMetadataValue) | undefined> = [
  decodeConsumerGroupTargetAssignmentMetadataValueV0,
];
const valueEncoders: ReadonlyArray<((w: Writer, m: ConsumerGroupTargetAssignmentMetadataValue) => void) | undefined> = [
  encodeConsumerGroupTargetAssignmentMetadataValueV0,
];

export const ConsumerGroupTargetAssignmentMetadataRecord: InternalRecordCodec<
  ConsumerGroupTargetAssignmentMetadataKey,
  ConsumerGroupTargetAssignmentMetadataValue
> = {
  name: 'ConsumerGroupTargetAssignmentMetadata',
  recordType: 6,
  readRecordTypes: [6],
  keyVersions: { min: 0, max: 0 },
  valueVersions: { min: 0, max: 0 },
  decodeKey(reader: Reader, version: number): ConsumerGroupTargetAssignmentMetadataKey {
    const decode = keyDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ConsumerGroupTargetAssignmentMetadataKey', 6, version);
    return decode(reader);
  },
  encodeKey(writer: Writer, version: number, message: ConsumerGroupTargetAssignmentMetadataKey): void {
    const encode = keyEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ConsumerGroupTargetAssignmentMetadataKey', 6, version);
    encode(writer, message);
  },
  decodeValue(reader: Reader, version: number): ConsumerGroupTargetAssignmentMetadataValue {
    const decode = valueDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ConsumerGroupTargetAssignmentMetadataValue', 6, version);
    return decode(reader);
  },
  encodeValue(writer: Writer, version: number, message: ConsumerGroupTargetAssignmentMetadataValue): void {
    const encode = valueEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ConsumerGroupTargetAssignmentMetadataValue', 6, version);
    encode(writer, message);
  },
  defaultKey: defaultConsumerGroupTargetAssignmentMetadataKey,
  defaultValue: defaultConsumerGroupTargetAssignmentMetadataValue,
};
