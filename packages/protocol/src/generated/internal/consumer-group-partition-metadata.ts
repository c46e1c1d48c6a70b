// Generated from protocol-specs/internal/consumer-group-partition-metadata.json by scripts/gen-protocol.ts. Do not edit.
// ConsumerGroupPartitionMetadata record (type 4): key v0-0, value v0-0, flexible from v0.

import type { Uuid } from '../../api-codec';
import { UnsupportedVersionError } from '../../errors';
import type { Reader } from '../../primitives/reader';
import type { Writer } from '../../primitives/writer';
import type { InternalRecordCodec } from './codec';

export interface ConsumerGroupPartitionMetadataKey {
  groupId: string;
}

export interface ConsumerGroupPartitionMetadataValue {
  topics: TopicMetadata[];
}

export interface TopicMetadata {
  topicId: Uuid;
  topicName: string;
  numPartitions: number;
  partitionMetadata: PartitionMetadata[];
}

export interface PartitionMetadata {
  partition: number;
  racks: string[];
}

function defaultConsumerGroupPartitionMetadataKey(): ConsumerGroupPartitionMetadataKey {
  return { groupId: '' };
}

function defaultConsumerGroupPartitionMetadataValue(): ConsumerGroupPartitionMetadataValue {
  return { topics: [] };
}

function decodeConsumerGroupPartitionMetadataKeyV0(r: Reader): ConsumerGroupPartitionMetadataKey {
  const groupId = r.string();
  return { groupId };
}

function encodeConsumerGroupPartitionMetadataKeyV0(w: Writer, m: ConsumerGroupPartitionMetadataKey): void {
  w.string(m.groupId);
}

function decodePartitionMetadataV0(r: Reader): PartitionMetadata {
  const partition = r.int32();
  const n0 = r.compactArrayLength(1);
  if (n0 < 0) r.fail('null in non-nullable array Racks');
  const racks: string[] = [];
  for (let i = 0; i < n0; i++) racks.push(r.compactString());
  const m: PartitionMetadata = { partition, racks };
  r.skipTaggedFields();
  return m;
}

function decodeTopicMetadataV0(r: Reader): TopicMetadata {
  const topicId = r.uuid();
  const topicName = r.compactString();
  const numPartitions = r.int32();
  const n0 = r.compactArrayLength(6);
  if (n0 < 0) r.fail('null in non-nullable array PartitionMetadata');
  const partitionMetadata: PartitionMetadata[] = [];
  for (let i = 0; i < n0; i++) partitionMetadata.push(decodePartitionMetadataV0(r));
  const m: TopicMetadata = { topicId, topicName, numPartitions, partitionMetadata };
  r.skipTaggedFields();
  return m;
}

function decodeConsumerGroupPartitionMetadataValueV0(r: Reader): ConsumerGroupPartitionMetadataValue {
  const n0 = r.compactArrayLength(23);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: TopicMetadata[] = [];
  for (let i = 0; i < n0; i++) topics.push(decodeTopicMetadataV0(r));
  const m: ConsumerGroupPartitionMetadataValue = { topics };
  r.skipTaggedFields();
  return m;
}

function encodePartitionMetadataV0(w: Writer, m: PartitionMetadata): void {
  w.int32(m.partition);
  {
    const a = m.racks;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.compactString(a[i]);
  }
  w.uvarint(0);
}

function encodeTopicMetadataV0(w: Writer, m: TopicMetadata): void {
  w.uuid(m.topicId);
  w.compactString(m.topicName);
  w.int32(m.numPartitions);
  {
    const a = m.partitionMetadata;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodePartitionMetadataV0(w, a[i]);
  }
  w.uvarint(0);
}

function encodeConsumerGroupPartitionMetadataValueV0(w: Writer, m: ConsumerGroupPartitionMetadataValue): void {
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeTopicMetadataV0(w, a[i]);
  }
  w.uvarint(0);
}

const keyDecoders: ReadonlyArray<((r: Reader) => ConsumerGroupPartitionMetadataKey) | undefined> = [
  decodeConsumerGroupPartitionMetadataKeyV0,
];
const keyEncoders: ReadonlyArray<((w: Writer, m: ConsumerGroupPartitionMetadataKey) => void) | undefined> = [
  encodeConsumerGroupPartitionMetadataKeyV0,
];
const valueDecoders: ReadonlyArray<((r: Reader) => ConsumerGroupPartitionMetadataValue) | undefined> = [
  decodeConsumerGroupPartitionMetadataValueV0,
];
const valueEncoders: ReadonlyArray<((w: Writer, m: ConsumerGroupPartitionMetadataValue) => void) | undefined> = [
  encodeConsumerGroupPartitionMetadataValueV0,
];

export const ConsumerGroupPartitionMetadataRecord: InternalRecordCodec<
  ConsumerGroupPartitionMetadataKey,
  ConsumerGroupPartitionMetadataValue
> = {
  name: 'ConsumerGroupPartitionMetadata',
  recordType: 4,
  readRecordTypes: [4],
  keyVersions: { min: 0, max: 0 },
  valueVersions: { min: 0, max: 0 },
  decodeKey(reader: Reader, version: number): ConsumerGroupPartitionMetadataKey {
    const decode = keyDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ConsumerGroupPartitionMetadataKey', 4, version);
    return decode(reader);
  },
  encodeKey(writer: Writer, version: number, message: ConsumerGroupPartitionMetadataKey): void {
    const encode = keyEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ConsumerGroupPartitionMetadataKey', 4, version);
    encode(writer, message);
  },
  decodeValue(reader: Reader, version: number): ConsumerGroupPartitionMetadataValue {
    const decode = valueDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ConsumerGroupPartitionMetadataValue', 4, version);
    return decode(reader);
  },
  encodeValue(writer: Writer, version: number, message: ConsumerGroupPartitionMetadataValue): void {
    const encode = valueEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ConsumerGroupPartitionMetadataValue', 4, version);
    encode(writer, message);
  },
  defaultKey: defaultConsumerGroupPartitionMetadataKey,
  defaultValue: defaultConsumerGroupPartitionMetadataValue,
};
