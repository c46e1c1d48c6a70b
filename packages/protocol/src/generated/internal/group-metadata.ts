// Generated from protocol-specs/internal/group-metadata.json by scripts/gen-protocol.ts. Do not edit.
// GroupMetadata record (type 2): key v0-0, value v0-4, flexible from v4.

import { UnsupportedVersionError } from '../../errors';
import type { Reader } from '../../primitives/reader';
import type { Writer } from '../../primitives/writer';
import type { InternalRecordCodec } from './codec';

export interface GroupMetadataKey {
  group: string;
}

export interface GroupMetadataValue {
  protocolType: string;
  generation: number;
  protocol: string | null;
  leader: string | null;
  currentStateTimestamp?: number;
  members: MemberMetadata[];
}

export interface MemberMetadata {
  memberId: string;
  groupInstanceId?: string | null;
  clientId: string;
  clientHost: string;
  rebalanceTimeout?: number;
  sessionTimeout: number;
  subscription: Buffer;
  assignment: Buffer;
}

function defaultGroupMetadataKey(): GroupMetadataKey {
  return { group: '' };
}

function defaultGroupMetadataValue(): GroupMetadataValue {
  return { protocolType: '', generation: 0, protocol: '', leader: '', currentStateTimestamp: -1, members: [] };
}

function decodeGroupMetadataKeyV0(r: Reader): GroupMetadataKey {
  const group = r.string();
  return { group };
}

function encodeGroupMetadataKeyV0(w: Writer, m: GroupMetadataKey): void {
  w.string(m.group);
}

function decodeMemberMetadataV0(r: Reader): MemberMetadata {
  const memberId = r.string();
  const clientId = r.string();
  const clientHost = r.string();
  const sessionTimeout = r.int32();
  const subscription = r.bytes();
  const assignment = r.bytes();
  return { memberId, groupInstanceId: null, clientId, clientHost, rebalanceTimeout: 0, sessionTimeout, subscription, assignment };
}

function decodeGroupMetadataValueV0(r: Reader): GroupMetadataValue {
  const protocolType = r.string();
  const generation = r.int32();
  const protocol = r.nullableString();
  const leader = r.nullableString();
  const n0 = r.arrayLength(18);
  if (n0 < 0) r.fail('null in non-nullable array Members');
  const members: MemberMetadata[] = [];
  for (let i = 0; i < n0; i++) members.push(decodeMemberMetadataV0(r));
  return { protocolType, generation, protocol, leader, currentStateTimestamp: -1, members };
}

function encodeMemberMetadataV0(w: Writer, m: MemberMetadata): void {
  w.string(m.memberId);
  w.string(m.clientId);
  w.string(m.clientHost);
  w.int32(m.sessionTimeout);
  w.bytes(m.subscription);
  w.bytes(m.assignment);
}

function encodeGroupMetadataValueV0(w: Writer, m: GroupMetadataValue): void {
  w.string(m.protocolType);
  w.int32(m.generation);
  w.nullableString(m.protocol);
  w.nullableString(m.leader);
  {
    const a = m.members;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMemberMetadataV0(w, a[i]);
  }
}

function decodeMemberMetadataV1(r: Reader): MemberMetadata {
  const memberId = r.string();
  const clientId = r.string();
  const clientHost = r.string();
  const rebalanceTimeout = r.int32();
  const sessionTimeout = r.int32();
  const subscription = r.bytes();
  const assignment = r.bytes();
  return { memberId, groupInstanceId: null, clientId, clientHost, rebalanceTimeout, sessionTimeout, subscription, assignment };
}

function decodeGroupMetadataValueV1(r: Reader): GroupMetadataValue {
  const protocolType = r.string();
  const generation = r.int32();
  const protocol = r.nullableString();
  const leader = r.nullableString();
  const n0 = r.arrayLength(22);
  if (n0 < 0) r.fail('null in non-nullable array Members');
  const members: MemberMetadata[] = [];
  for (let i = 0; i < n0; i++) members.push(decodeMemberMetadataV1(r));
  return { protocolType, generation, protocol, leader, currentStateTimestamp: -1, members };
}

function encodeMemberMetadataV1(w: Writer, m: MemberMetadata): void {
  w.string(m.memberId);
  w.string(m.clientId);
  w.string(m.clientHost);
  w.int32(m.rebalanceTimeout === undefined ? 0 : m.rebalanceTimeout);
  w.int32(m.sessionTimeout);
  w.bytes(m.subscription);
  w.bytes(m.assignment);
}

function encodeGroupMetadataValueV1(w: Writer, m: GroupMetadataValue): void {
  w.string(m.protocolType);
  w.int32(m.generation);
  w.nullableString(m.protocol);
  w.nullableString(m.leader);
  {
    const a = m.members;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMemberMetadataV1(w, a[i]);
  }
}

function decodeGroupMetadataValueV2(r: Reader): GroupMetadataValue {
  const protocolType = r.string();
  const generation = r.int32();
  const protocol = r.nullableString();
  const leader = r.nullableString();
  const currentStateTimestamp = r.int64();
  const n0 = r.arrayLength(22);
  if (n0 < 0) r.fail('null in non-nullable array Members');
  const members: MemberMetadata[] = [];
  for (let i = 0; i < n0; i++) members.push(decodeMemberMetadataV1(r));
  return { protocolType, generation, protocol, leader, currentStateTimestamp, members };
}

function encodeGroupMetadataValueV2(w: Writer, m: GroupMetadataValue): void {
  w.string(m.protocolType);
  w.int32(m.generation);
  w.nullableString(m.protocol);
  w.nullableString(m.leader);
  w.int64(m.currentStateTimestamp === undefined ? -1 : m.currentStateTimestamp);
  {
    const a = m.members;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMemberMetadataV1(w, a[i]);
  }
}

function decodeMemberMetadataV3(r: Reader): MemberMetadata {
  const memberId = r.string();
  const groupInstanceId = r.nullableString();
  const clientId = r.string();
  const clientHost = r.string();
  const rebalanceTimeout = r.int32();
  const sessionTimeout = r.int32();
  const subscription = r.bytes();
  const assignment = r.bytes();
  return { memberId, groupInstanceId, clientId, clientHost, rebalanceTimeout, sessionTimeout, subscription, assignment };
}

function decodeGroupMetadataValueV3(r: Reader): GroupMetadataValue {
  const protocolType = r.string();
  const generation = r.int32();
  const protocol = r.nullableString();
  const leader = r.nullableString();
  const currentStateTimestamp = r.int64();
  const n0 = r.arrayLength(24);
  if (n0 < 0) r.fail('null in non-nullable array Members');
  const members: MemberMetadata[] = [];
  for (let i = 0; i < n0; i++) members.push(decodeMemberMetadataV3(r));
  return { protocolType, generation, protocol, leader, currentStateTimestamp, members };
}

function encodeMemberMetadataV3(w: Writer, m: MemberMetadata): void {
  w.string(m.memberId);
  w.nullableString(m.groupInstanceId === undefined ? null : m.groupInstanceId);
  w.string(m.clientId);
  w.string(m.clientHost);
  w.int32(m.rebalanceTimeout === undefined ? 0 : m.rebalanceTimeout);
  w.int32(m.sessionTimeout);
  w.bytes(m.subscription);
  w.bytes(m.assignment);
}

function encodeGroupMetadataValueV3(w: Writer, m: GroupMetadataValue): void {
  w.string(m.protocolType);
  w.int32(m.generation);
  w.nullableString(m.protocol);
  w.nullableString(m.leader);
  w.int64(m.currentStateTimestamp === undefined ? -1 : m.currentStateTimestamp);
  {
    const a = m.members;
    w.arrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMemberMetadataV3(w, a[i]);
  }
}

function decodeMemberMetadataV4(r: Reader): MemberMetadata {
  const memberId = r.compactString();
  const groupInstanceId = r.compactNullableString();
  const clientId = r.compactString();
  const clientHost = r.compactString();
  const rebalanceTimeout = r.int32();
  const sessionTimeout = r.int32();
  const subscription = r.compactBytes();
  const assignment = r.compactBytes();
  const m: MemberMetadata = { memberId, groupInstanceId, clientId, clientHost, rebalanceTimeout, sessionTimeout, subscription, assignment };
  r.skipTaggedFields();
  return m;
}

function decodeGroupMetadataValueV4(r: Reader): GroupMetadataValue {
  const protocolType = r.compactString();
  const generation = r.int32();
  const protocol = r.compactNullableString();
  const leader = r.compactNullableString();
  const currentStateTimestamp = r.int64();
  const n0 = r.compactArrayLength(15);
  if (n0 < 0) r.fail('null in non-nullable array Members');
  const members: MemberMetadata[] = [];
  for (let i = 0; i < n0; i++) members.push(decodeMemberMetadataV4(r));
  const m: GroupMetadataValue = { protocolType, generation, protocol, leader, currentStateTimestamp, members };
  r.skipTaggedFields();
  return m;
}

function encodeMemberMetadataV4(w: Writer, m: MemberMetadata): void {
  w.compactString(m.memberId);
  w.compactNullableString(m.groupInstanceId === undefined ? null : m.groupInstanceId);
  w.compactString(m.clientId);
  w.compactString(m.clientHost);
  w.int32(m.rebalanceTimeout === undefined ? 0 : m.rebalanceTimeout);
  w.int32(m.sessionTimeout);
  w.compactBytes(m.subscription);
  w.compactBytes(m.assignment);
  w.uvarint(0);
}

function encodeGroupMetadataValueV4(w: Writer, m: GroupMetadataValue): void {
  w.compactString(m.protocolType);
  w.int32(m.generation);
  w.compactNullableString(m.protocol);
  w.compactNullableString(m.leader);
  w.int64(m.currentStateTimestamp === undefined ? -1 : m.currentStateTimestamp);
  {
    const a = m.members;
    w.compactArrayLength(a.length);
    for (let i = 0; i < a.length; i++) encodeMemberMetadataV4(w, a[i]);
  }
  w.uvarint(0);
}

const keyDecoders: ReadonlyArray<((r: Reader) => GroupMetadataKey) | undefined> = [decodeGroupMetadataKeyV0];
const keyEncoders: ReadonlyArray<((w: Writer, m: GroupMetadataKey) => void) | undefined> = [encodeGroupMetadataKeyV0];
const valueDecoders: ReadonlyArray<((r: Reader) => GroupMetadataValue) | undefined> = [
  decodeGroupMetadataValueV0, decodeGroupMetadataValueV1, decodeGroupMetadataValueV2, decodeGroupMetadataValueV3,
  decodeGroupMetadataValueV4,
];
const valueEncoders: ReadonlyArray<((w: Writer, m: GroupMetadataValue) => void) | undefined> = [
  encodeGroupMetadataValueV0, encodeGroupMetadataValueV1, encodeGroupMetadataValueV2, encodeGroupMetadataValueV3,
  encodeGroupMetadataValueV4,
];

export const GroupMetadataRecord: InternalRecordCodec<GroupMetadataKey, GroupMetadataValue> = {
  name: 'GroupMetadata',
  recordType: 2,
  readRecordTypes: [2],
  keyVersions: { min: 0, max: 0 },
  valueVersions: { min: 0, max: 4 },
  decodeKey(reader: Reader, version: number): GroupMetadataKey {
    const decode = keyDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('GroupMetadataKey', 2, version);
    return decode(reader);
  },
  encodeKey(writer: Writer, version: number, message: GroupMetadataKey): void {
    const encode = keyEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('GroupMetadataKey', 2, version);
    encode(writer, message);
  },
  decodeValue(reader: Reader, version: number): GroupMetadataValue {
    const decode = valueDecoders[version];
    if (decode === undefined) throw new UnsupportedVersionError('GroupMetadataValue', 2, version);
    return decode(reader);
  },
  encodeValue(writer: Writer, version: number, message: GroupMetadataValue): void {
    const encode = valueEncoders[version];
    if (encode === undefined) throw new UnsupportedVersionError('GroupMetadataValue', 2, version);
    encode(writer, message);
  },
  defaultKey: defaultGroupMetadataKey,
  defaultValue: defaultGroupMetadataValue,
};
