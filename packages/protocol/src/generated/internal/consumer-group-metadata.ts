// Generated from protocol-specs/internal/consumer-group-metadata.json by scripts/gen-protocol.ts. Do not edit.
// ConsumerGroupMetadata record (type 3): key v0-0, value v0-0, flexible from v0.

import { UnsupportedVersionError } from '../../errors';
import type { Reader } from '../../primitives/reader';
import { writeTaggedField } from '../../primitives/tagged-fields';
import type { Writer } from '../../primitives/writer';
import type { InternalRecordCodec } from './codec';

export interface ConsumerGroupMetadataKey {
  groupId: string;
}

export interface ConsumerGroupMetadataValue {
  epoch: number;
  metadataHash: number;
}

function defaultConsumerGroupMetadataKey(): ConsumerGroupMetadataKey {
  return { groupId: '' };
}

function defaultConsumerGroupMetadataValue(): ConsumerGroupMetadataValue {
  return { epoch: 0, metadataHash: 0 };
}

function decodeConsumerGroupMetadataKeyV0(r: Reader): ConsumerGroupMetadataKey {
  const groupId = r.string();
  return { groupId };
}

function encodeConsumerGroupMetadataKeyV0(w: Writer, m: ConsumerGroupMetadataKey): void {
  w.string(m.groupId);
}

function decodeConsumerGroupMetadataValueV0(r: Reader): ConsumerGroupMetadataValue {
  const epoch = r.int32();
  const m: ConsumerGroupMetadataValue = { epoch, metadataHash: 0 };
  const tagCount = r.uvarint();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.uvarint();
    const size = r.uvarint();
    const end = r.offset + size;
    switch (tag) {
      case 0: {
        const value = r.int64();
        m.metadataHash = value;
        break;
      }
      default:
        r.skip(size);
    }
    if (r.offset > end) r.fail('tagged field overran its size');
    r.offset = end;
  }
  return m;
}

function encodeConsumerGroupMetadataValueV0(w: Writer, m: ConsumerGroupMetadataValue): void {
  w.int32(m.epoch);
  let tagCount = 0;
  const tagged0 = m.metadataHash !== 0;
  if (tagged0) tagCount++;
  w.uvarint(tagCount);
  if (tagged0) {
    writeTaggedField(w, 0, (tw) => {
      tw.int64(m.metadataHash);
    });
  }
}

const keyDecoders: ReadonlyArray<((r: Reader) => ConsumerGroupMetadataKey) | undefined> = [decodeConsumerGroupMetadataKeyV0];
const keyEncoders: ReadonlyArray<((w: Writer, m: ConsumerGroupMetadataKey) => void) | undefined> = [encodeConsumerGroupMetadataKeyV0];
const valueDecoders: ReadonlyArray<((r: Reader) => ConsumerGroupMetadataValue) | undefined> = [decodeConsumerGroupMetadataValueV0];
const valueEncoders: ReadonlyArray<((w: Writer, m: ConsumerGroupMetadataValue) => void) | undefined> = [encodeConsumerGroupMetadataValueV0];

export const ConsumerGroupMetadataRecord: InternalRecordCodec<ConsumerGroupMetadataKey, ConsumerGroupMetadataValue> = {
  name: 'ConsumerGroupMetadata',
  recordType: 3,
  readRecordTypes: [3],
  keyVersions: { min: 0, max: 0 },
  valueVersions: { min: 0, max: 0 },
  decodeKey(reader: Reader, version: number): ConsumerGroupMetadataKey {
    const decode = keyDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ConsumerGroupMetadataKey', 3, version);
    return decode(reader);
  },
  encodeKey(writer: Writer, version: number, message: ConsumerGroupMetadataKey): void {
    const encode = keyEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ConsumerGroupMetadataKey', 3, version);
    encode(writer, message);
  },
  decodeValue(reader: Reader, version: number): ConsumerGroupMetadataValue {
    const decode = valueDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ConsumerGroupMetadataValue', 3, version);
    return decode(reader);
  },
  encodeValue(writer: Writer, version: number, message: ConsumerGroupMetadataValue): void {
    const encode = valueEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ConsumerGroupMetadataValue', 3, version);
    encode(writer, message);
  },
  defaultKey: defaultConsumerGroupMetadataKey,
  defaultValue: defaultConsumerGroupMetadataValue,
};
