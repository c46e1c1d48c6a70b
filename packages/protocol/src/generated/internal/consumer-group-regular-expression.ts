// Generated from protocol-specs/internal/consumer-group-regular-expression.json by scripts/gen-protocol.ts. Do not edit.
// ConsumerGroupRegularExpression record (type 16): key v0-0, value v0-0, flexible from v0.

import { UnsupportedVersionError } from '../../errors';
import type { Reader } from '../../primitives/reader';
import type { Writer } from '../../primitives/writer';
import type { InternalRecordCodec } from './codec';

export interface ConsumerGroupRegularExpressionKey {
  groupId: string;
  regularExpression: string;
}

export interface ConsumerGroupRegularExpressionValue {
  topics: string[];
  version: number;
  timestamp: number;
}

function defaultConsumerGroupRegularExpressionKey(): ConsumerGroupRegularExpressionKey {
  return { groupId: '', regularExpression: '' };
}

function defaultConsumerGroupRegularExpressionValue(): ConsumerGroupRegularExpressionValue {
  return { topics: [], version: 0, timestamp: 0 };
}

function decodeConsumerGroupRegularExpressionKeyV0(r: Reader): ConsumerGroupRegularExpressionKey {
  const groupId = r.string();
  const regularExpression = r.string();
  return { groupId, regularExpression };
}

function encodeConsumerGroupRegularExpressionKeyV0(w: Writer, m: ConsumerGroupRegularExpressionKey): void {
  w.string(m.groupId);
  w.string(m.regularExpression);
}

function decodeConsumerGroupRegularExpressionValueV0(r: Reader): ConsumerGroupRegularExpressionValue {
  const n0 = r.compactArrayLength(1);
  if (n0 < 0) r.fail('null in non-nullable array Topics');
  const topics: string[] = [];
  for (let i = 0; i < n0; i++) topics.push(r.compactString());
  const version = r.int64();
  const timestamp = r.int64();
  const m: ConsumerGroupRegularExpressionValue = { topics, version, timestamp };
  r.skipTaggedFields();
  return m;
}

function encodeConsumerGroupRegularExpressionValueV0(w: Writer, m: ConsumerGroupRegularExpressionValue): void {
  {
    const a = m.topics;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) w.compactString(a[i]);
  }
  w.int64(m.version);
  w.int64(m.timestamp);
  w.uvarint(0);
}

const keyDecoders: ReadonlyArray<((r: Reader) => ConsumerGroupRegularExpressionKey) | undefined> = [
  decodeConsumerGroupRegularExpressionKeyV0,
];
const keyEncoders: ReadonlyArray<((w: Writer, m: ConsumerGroupRegularExpressionKey) => void) | undefined> = [
  encodeConsumerGroupRegularExpressionKeyV0,
];
const valueDecoders: ReadonlyArray<((r: Reader) => ConsumerGroupRegularExpressionValue) | undefined> = [
  decodeConsumerGroupRegularExpressionValueV0,
];
const valueEncoders: ReadonlyArray<((w: Writer, m: ConsumerGroupRegularExpressionValue) => void) | undefined> = [
  encodeConsumerGroupRegularExpressionValueV0,
];

export const ConsumerGroupRegularExpressionRecord: InternalRecordCodec<
  ConsumerGroupRegularExpressionKey,
  ConsumerGroupRegularExpressionValue
> = {
  name: 'ConsumerGroupRegularExpression',
  recordType: 16,
  readRecordTypes: [16],
  keyVersions: { min: 0, max: 0 },
  valueVersions: { min: 0, max: 0 },
  decodeKey(reader: Reader, version: number): ConsumerGroupRegularExpressionKey {
    const decode = keyDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ConsumerGroupRegularExpressionKey', 16, version);
    return decode(reader);
  },
  encodeKey(writer: Writer, version: number, message: ConsumerGroupRegularExpressionKey): void {
    const encode = keyEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ConsumerGroupRegularExpressionKey', 16, version);
    encode(writer, message);
  },
  decodeValue(reader: Reader, version: number): ConsumerGroupRegularExpressionValue {
    const decode = valueDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ConsumerGroupRegularExpressionValue', 16, version);
    return decode(reader);
  },
  encodeValue(writer: Writer, version: number, message: ConsumerGroupRegularExpressionValue): void {
    const encode = valueEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ConsumerGroupRegularExpressionValue', 16, version);
    encode(writer, message);
  },
  defaultKey: defaultConsumerGroupRegularExpressionKey,
  defaultValue: defaultConsumerGroupRegularExpressionValue,
};
