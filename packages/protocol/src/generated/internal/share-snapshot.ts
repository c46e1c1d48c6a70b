// Generated from protocol-specs/internal/share-snapshot.json by scripts/gen-protocol.ts. Do not edit.
// ShareSnapshot record (type 0): key v0-0, value v0-0, flexible from v0.

import type { Uuid } from '../../api-codec';
import { UnsupportedVersionError } from '../../errors';
import type { Reader } from '../../primitives/reader';
import { ZERO_UUID } from '../../primitives/uuid';
import type { Writer } from '../../primitives/writer';
import type { InternalRecordCodec } from './codec';

export interface ShareSnapshotKey {
  groupId: string;
  topicId: Uuid;
  partition: number;
}

export interface ShareSnapshotValue {
  snapshotEpoch: number;
  stateEpoch: number;
  leaderEpoch: number;
  startOffset: number;
  stateBatches: StateBatch[];
}

export interface StateBatch {
  firstOffset: number;
  lastOffset: number;
  deliveryState: number;
  deliveryCount: number;
}

function defaultShareSnapshotKey(): ShareSnapshotKey {
  return { groupId: '', topicId: ZERO_UUID, partition: 0 };
}

function defaultShareSnapshotValue(): ShareSnapshotValue {
  return { snapshotEpoch: 0, stateEpoch: 0, leaderEpoch: 0, startOffset: 0, stateBatches: [] };
}

function decodeShareSnapshotKeyV0(r: Reader): ShareSnapshotKey {
  const groupId = r.string();
  const topicId = r.uuid();
  const partition = r.int32();
  return { groupId, topicId, partition };
}

function encodeShareSnapshotKeyV0(w: Writer, m: ShareSnapshotKey): void {
  w.string(m.groupId);
  w.uuid(m.topicId);
  w.int32(m.partition);
}

function decodeStateBatchV0(r: Reader): StateBatch {
  const firstOffset = r.int64();
  const lastOffset = r.int64();
  const deliveryState = r.int8();
  const deliveryCount = r.int16();
  const m: StateBatch = { firstOffset, lastOffset, deliveryState, deliveryCount };
  r.skipTaggedFields();
  return m;
}

function decodeShareSnapshotValueV0(r: Reader): ShareSnapshotValue {
  const snapshotEpoch = r.uint16();
  const stateEpoch = r.int32();
  const leaderEpoch = r.int32();
  const startOffset = r.int64();
  const n0 = r.compactArrayLength(20);
  if (n0 < 0) r.fail('null in non-nullable array StateBatches');
  const stateBatches: StateBatch[] = [];
  for (let i = 0; i < n0; i++) stateBatches.push(decodeStateBatchV0(r));
  const m: ShareSnapshotValue = { snapshotEpoch, stateEpoch, leaderEpoch, startOffset, stateBatches };
  r.skipTaggedFields();
  return m;
}

function encodeStateBatchV0(w: Writer, m: StateBatch): void {
  w.int64(m.firstOffset);
  w.int64(m.lastOffset);
  w.int8(m.deliveryState);
  w.int16(m.deliveryCount);
  w.uvarint(0);
}

function encodeShareSnapshotValueV0(w: Writer, m: ShareSnapshotValue): void {
  w.uint16(m.snapshotEpoch);
  w.int32(m.stateEpoch);
  w.int32(m.leaderEpoch);
  w.int64(m.startOffset);
  {
    const a = m.stateBatches;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeStateBatchV0(w, a[i]);
  }
  w.uvarint(0);
}

const keyDecoders: ReadonlyArray<((r: Reader) => ShareSnapshotKey) | undefined> = [decodeShareSnapshotKeyV0];
const keyEncoders: ReadonlyArray<((w: Writer, m: ShareSnapshotKey) => void) | undefined> = [encodeShareSnapshotKeyV0];
const valueDecoders: ReadonlyArray<((r: Reader) => ShareSnapshotValue) | undefined> = [decodeShareSnapshotValueV0];
const valueEncoders: ReadonlyArray<((w: Writer, m: ShareSnapshotValue) => void) | undefined> = [encodeShareSnapshotValueV0];

export const ShareSnapshotRecord: InternalRecordCodec<ShareSnapshotKey, ShareSnapshotValue> = {
  name: 'ShareSnapshot',
  recordType: 0,
  readRecordTypes: [0],
  keyVersions: { min: 0, max: 0 },
  valueVersions: { min: 0, max: 0 },
  decodeKey(reader: Reader, version: number): ShareSnapshotKey {
    const decode = keyDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ShareSnapshotKey', 0, version);
    return decode(reader);
  },
  encodeKey(writer: Writer, version: number, message: ShareSnapshotKey): void {
    const encode = keyEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ShareSnapshotKey', 0, version);
    encode(writer, message);
  },
  decodeValue(reader: Reader, version: number): ShareSnapshotValue {
    const decode = valueDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('ShareSnapshotValue', 0, version);
    return decode(reader);
  },
  encodeValue(writer: Writer, version: number, message: ShareSnapshotValue): void {
    const encode = valueEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('ShareSnapshotValue', 0, version);
    encode(writer, message);
  },
  defaultKey: defaultShareSnapshotKey,
  defaultValue: defaultShareSnapshotValue,
};
