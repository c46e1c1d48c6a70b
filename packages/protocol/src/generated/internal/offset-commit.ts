// Generated from protocol-specs/internal/offset-commit.json by scripts/gen-protocol.ts. Do not edit.
// OffsetCommit record (type 1): key v0-0, value v0-4, flexible from v4.

import { UnsupportedVersionError } from '../../errors';
import type { Reader } from '../../primitives/reader';
import type { Writer } from '../../primitives/writer';
import type { InternalRecordCodec } from './codec';

export interface OffsetCommitKey {
  group: string;
  topic: string;
  partition: number;
}

export interface OffsetCommitValue {
  offset: number;
  leaderEpoch?: number;
  metadata: string;
  commitTimestamp: number;
  expireTimestamp?: number;
}

function defaultOffsetCommitKey(): OffsetCommitKey {
  return { group: '', topic: '', partition: 0 };
}

function defaultOffsetCommitValue(): OffsetCommitValue {
  return { offset: 0, leaderEpoch: -1, metadata: '', commitTimestamp: 0, expireTimestamp: -1 };
}

function decodeOffsetCommitKeyV0(r: Reader): OffsetCommitKey {
  const group = r.string();
  const topic = r.string();
  const partition = r.int32();
  return { group, topic, partition };
}

function encodeOffsetCommitKeyV0(w: Writer, m: OffsetCommitKey): void {
  w.string(m.group);
  w.string(m.topic);
  w.int32(m.partition);
}

function decodeOffsetCommitValueV0(r: Reader): OffsetCommitValue {
  const offset = r.int64();
  const metadata = r.string();
  const commitTimestamp = r.int64();
  return { offset, leaderEpoch: -1, metadata, commitTimestamp, expireTimestamp: -1 };
}

function encodeOffsetCommitValueV0(w: Writer, m: OffsetCommitValue): void {
  w.int64(m.offset);
  w.string(m.metadata);
  w.int64(m.commitTimestamp);
}

function decodeOffsetCommitValueV1(r: Reader): OffsetCommitValue {
  const offset = r.int64();
  const metadata = r.string();
  const commitTimestamp = r.int64();
  const expireTimestamp = r.int64();
  return { offset, leaderEpoch: -1, metadata, commitTimestamp, expireTimestamp };
}

function encodeOffsetCommitValueV1(w: Writer, m: OffsetCommitValue): void {
  w.int64(m.offset);
  w.string(m.metadata);
  w.int64(m.commitTimestamp);
  w.int64(m.expireTimestamp === undefined ? -1 : m.expireTimestamp);
}

function decodeOffsetCommitValueV3(r: Reader): OffsetCommitValue {
  const offset = r.int64();
  const leaderEpoch = r.int32();
  const metadata = r.string();
  const commitTimestamp = r.int64();
  return { offset, leaderEpoch, metadata, commitTimestamp, expireTimestamp: -1 };
}

function encodeOffsetCommitValueV3(w: Writer, m: OffsetCommitValue): void {
  w.int64(m.offset);
  w.int32(m.leaderEpoch === undefined ? -1 : m.leaderEpoch);
  w.string(m.metadata);
  w.int64(m.commitTimestamp);
}

function decodeOffsetCommitValueV4(r: Reader): OffsetCommitValue {
  const offset = r.int64();
  const leaderEpoch = r.int32();
  const metadata = r.compactString();
  const commitTimestamp = r.int64();
  const m: OffsetCommitValue = { offset, leaderEpoch, metadata, commitTimestamp, expireTimestamp: -1 };
  r.skipTaggedFields();
  return m;
}

function encodeOffsetCommitValueV4(w: Writer, m: OffsetCommitValue): void {
  w.int64(m.offset);
  w.int32(m.leaderEpoch === undefined ? -1 : m.leaderEpoch);
  w.compactString(m.metadata);
  w.int64(m.commitTimestamp);
  w.uvarint(0);
}

const keyDecoders: ReadonlyArray<((r: Reader) => OffsetCommitKey) | undefined> = [decodeOffsetCommitKeyV0];
const keyEncoders: ReadonlyArray<((w: Writer, m: OffsetCommitKey) => void) | undefined> = [encodeOffsetCommitKeyV0];
const valueDecoders: ReadonlyArray<((r: Reader) => OffsetCommitValue) | undefined> = [
  decodeOffsetCommitValueV0, decodeOffsetCommitValueV1, decodeOffsetCommitValueV0, decodeOffsetCommitValueV3, decodeOffsetCommitValueV4,
];
const valueEncoders: ReadonlyArray<((w: Writer, m: OffsetCommitValue) => void) | undefined> = [
  encodeOffsetCommitValueV0, encodeOffsetCommitValueV1, encodeOffsetCommitValueV0, encodeOffsetCommitValueV3, encodeOffsetCommitValueV4,
];

export const OffsetCommitRecord: InternalRecordCodec<OffsetCommitKey, OffsetCommitValue> = {
  name: 'OffsetCommit',
  recordType: 1,
  readRecordTypes: [0, 1],
  keyVersions: { min: 0, max: 0 },
  valueVersions: { min: 0, max: 4 },
  decodeKey(reader: Reader, version: number): OffsetCommitKey {
    const decode = keyDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('OffsetCommitKey', 1, version);
    return decode(reader);
  },
  encodeKey(writer: Writer, version: number, message: OffsetCommitKey): void {
    const encode = keyEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('OffsetCommitKey', 1, version);
    encode(writer, message);
  },
  decodeValue(reader: Reader, version: number): OffsetCommitValue {
    const decode = valueDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('OffsetCommitValue', 1, version);
    return decode(reader);
  },
  encodeValue(writer: Writer, version: number, message: OffsetCommitValue): void {
    const encode = valueEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('OffsetCommitValue', 1, version);
    encode(writer, message);
  },
  defaultKey: defaultOffsetCommitKey,
  defaultValue: defaultOffsetCommitValue,
};
